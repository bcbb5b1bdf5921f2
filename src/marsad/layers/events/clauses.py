"""Where the participants of a trigger stand in its clause, and whether it reports an event:
light verbs, verbs of undergoing and of occurrence, references, passives, the sides of protests
and attacks. Functions of the word list of one sentence (tokens with punctuation kept)."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document, Span
from marsad.layers.events.descriptions import in_description, leader_clause_before, owned_attack
from marsad.layers.events.direct_objects import direct_object, unnamed_accused
from marsad.layers.events.member_subjects import member_subject
from marsad.layers.events.mention_positions import (
    _agent,
    _counted,
    _gap,
    _in_phrase,
    _introduced_by_preposition,
    _locative,
    _word_index,
    opposed_partner,
    venue_named,
)
from marsad.layers.events.noun_phrases import _imperfect_plural, demonym_keys
from marsad.layers.events.words import (
    AGENT_AFTER,
    AGENT_REACH,
    ARMED_AGENTS,
    BARE_STOP,
    CLAUSE_WORDS,
    CONDEMN,
    CONDEMN_REACH,
    COUNTS,
    GOVERNORS,
    LIGHT_MASDARS,
    LIGHT_REACH,
    LIGHT_VERBS,
    LOCATIVES,
    NUMBER_WORDS,
    OBJECT_WINDOW,
    OCCUR_AFTER,
    OCCUR_REACH,
    OCCUR_VERBS,
    PASSIVE_NEXT,
    PURPOSE_WORDS,
    QUANTITY,
    REFERENCE,
    RELATIVES,
    SELF,
    SUBJECT_REACH,
    SUBJECT_SKIP,
    SUBJECT_WINDOW,
    SUFFER_VERBS,
    TARGET_PREPOSITIONS,
    VIOLENT,
    WEAPONS,
    Trigger,
    _Mention,
    _strip_conjunction,
    object_between,
)
from marsad.lexicons import loader


def _span(doc: Document, m: _Mention | None) -> Span | None:
    return None if m is None else Span(m.start, m.end, doc.text[m.start : m.end])


def _clitic_length(tok: Token) -> int:
    key = tok.key
    return 1 if key[:1] in ("و", "ف") and _strip_conjunction(key) in LIGHT_VERBS else 0


def _light_verb(words: list[Token], i: int) -> int | None:
    """Index of a light verb a few words before a nominal trigger, in the same clause."""
    for k in range(i - 1, max(-1, i - 1 - LIGHT_REACH), -1):
        w = words[k]
        if w.kind == "punct":
            return None
        key = _strip_conjunction(w.key)
        if w.key in LIGHT_VERBS or key in LIGHT_VERBS or (key[:1] in ("ب", "ل") and (key[1:] in LIGHT_VERBS or key[1:] in LIGHT_MASDARS)):
            return k  # "شنت"، "وشنت"، "بشن" (the verbal noun of a light verb: "هدد بشن هجوم")
    return None


def _reference(words: list[Token], i: int, t0: int, trig: Trigger, governed: bool = True) -> bool:
    """Whether a trigger refers to an event told elsewhere rather than reports one: a definite or
    governed noun ("الهجوم"، "بالهجوم"، "بعد هجوم"، "ذكرى اغتيال"), a verb in a relative clause
    ("الذي خطف قبل شهرين"). With `governed=False`, a noun after a governing word still reports one."""
    if trig.pos == "verb":
        return i > 0 and words[i - 1].key in RELATIVES
    w = words[i]
    attached = w.text[: t0 - w.start]
    if "ب" in attached or "ل" in attached or w.key[len(attached):].startswith("ال"):  # "بالهجوم"
        return True
    if not governed:  # the record's named events: "أدان ليون ... عقب لقائه بالوزير" still reports a meeting
        return False
    if i > 0 and _strip_conjunction(words[i - 1].key) in REFERENCE:
        return True
    for k in range(i - 1, max(-1, i - 1 - CONDEMN_REACH), -1):  # "استنكر الوزير تفجيرات ..."
        if words[k].kind == "punct":
            return False
        if words[k].key in CONDEMN or _strip_conjunction(words[k].key) in CONDEMN:
            return True
    return False


def _future(w: Token, t0: int, trig: Trigger) -> bool:
    """Whether a verb trigger carries the future prefix ("سيتظاهرون"، "وستنفذ")."""
    attached = w.text[: t0 - w.start]
    return attached[-1:] == "س" and trig.keys[0][:1] in ("ي", "ت", "ن", "ا", "أ")


def _governs_noun(w: Token) -> bool:
    """Whether a word before a verb-form trigger makes it a verbal noun: a preposition or a noun
    that takes a genitive ("عن قتل"، "عملية خطف"، "بتهمة خطف")."""
    return any(k in GOVERNORS or k in REFERENCE for k in (w.key, _strip_conjunction(w.key)))


def _suffer_participants(words: list[Token], u: int, i: int, n: int,
                         mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The participants of "تعرضت القافلة لهجوم من مسلحين": the target is the subject of the verb
    of undergoing (between it and the trigger, else the nearest before it in its clause), the actor
    one introduced by من/على يد/برصاص right after the trigger (none else)."""
    lo, t_start, t_end = words[u].end, words[i].start, words[i + n - 1].end
    between = [m for m in mentions if lo <= m.start and m.end <= t_start and not _locative(words, m)]
    before = [m for m in mentions if m.end <= words[u].start and u - _word_index(words, m.start) <= SUBJECT_WINDOW
              and not any(w.kind == "punct" for w in words if m.end <= w.start < words[u].start)]
    target = between[0] if between else (before[-1] if before else None)
    actor = None
    for m in mentions:
        j = _word_index(words, m.start)
        if m.start < t_end or j > i + n + 3 or any(w.kind == "punct" and w.text not in QUOTES for w in words[i + n : j]):
            continue
        p = j - 1 if j == 0 or words[j - 1].text not in QUOTES else j - 2  # "نفذتها «حركة الشباب»"
        if (_agent(words, m) or (p >= 0 and (words[p].key == "من" or _performed_by(words[p].key)))) and (
                target is None or m.key != target.key):
            actor = m
            break
    return actor, target


QUOTES = frozenset("«»\"'“”")


def _performed_by(key: str) -> bool:
    """A light verb with the trigger as its object pronoun ("نفذتها"، "شنها"): its subject is the actor."""
    return any(key.endswith(p) and key[: -len(p)] in LIGHT_VERBS for p in ("ها", "ه"))


def _bare(doc: Document, words: list[Token], j: int) -> _Mention | None:
    """The noun phrase at word j as an unlisted participant ("الاسرائيليين"، "زيارة غل"): one word,
    two when the second is not a particle or a clause mark."""
    while j < len(words) and (words[j].text in ("«", '"', "(", "بـ", "ب", "لـ") or words[j].key in ("ب", "ل")):
        j += 1
    if j >= len(words) or words[j].kind != "word" or _strip_conjunction(words[j].key) in BARE_STOP:
        return None
    end = words[j].end
    second = _strip_conjunction(words[j + 1].key) if j + 1 < len(words) and words[j + 1].kind == "word" else None
    if second is not None and second not in BARE_STOP and second not in PURPOSE_WORDS:  # "الطلاب تنديدا": one word
        end = words[j + 1].end
    return _Mention(words[j].start, end, None, "@" + match_key(doc.text[words[j].start : end]))


def _named_or_bare(doc: Document, words: list[Token], j: int, mentions: list[_Mention]) -> _Mention | None:
    """The first of `mentions` starting in word j, else the noun phrase there (`_bare`)."""
    return next((m for m in mentions if words[j].start <= m.start < words[j].end), None) or _bare(doc, words, j)


def _assault_sides(doc: Document, words: list[Token], i: int, n: int, trig: Trigger, actor: _Mention | None,
                   target: _Mention | None, mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The sides of a verbal attack in a sentence of unnamed participants. A verb after its subject
    and followed by a preposition, not an object, is a passive ("شخصين قتلا في الهجوم"، "11 مدنيا
    قتلوا بانفجار"): its subject is the target and the actor only an agent. An active verb with an
    actor and no target takes the word after it (past a time word) as its object ("مجهولين خطفوا
    أمس القنصل"). A verb opening its clause whose subject is not an armed one, or is counted, is a
    passive too ("قتل جنديان"، "وخطف ثلاثة جنود"), unless an object follows its subject.
    A noun after a preposition before the verb is not its subject ("مهبطا للطائرات ... وخطفوا")."""
    if actor is not None and actor.end <= words[i].start and _introduced_by_preposition(words, actor) and \
            words[_word_index(words, actor.start) - 1].key != "من":  # "فرقة من قوات ..." stays
        # "اقتحم مسلحون مهبطا للطائرات ... وخطفوا": a noun after a preposition is no subject
        subjects = [m for m in mentions if m.end <= actor.start and i - _word_index(words, m.start) <= 2 * SUBJECT_WINDOW
                    and not _introduced_by_preposition(words, m) and not _locative(words, m)]
        actor = subjects[-1] if subjects else None
    j = i + n
    while j < len(words) and words[j].key in SUBJECT_SKIP:
        j += 1
    if j + 2 < len(words) and words[j].key in DAY_BEFORE and words[j + 1].key == "من" and words[j + 2].key in SUBJECT_SKIP:
        j += 3  # "أول من أمس"
    nxt = words[j] if j < len(words) else None
    after_passive = nxt is not None and (nxt.key in PASSIVE_NEXT or _strip_conjunction(nxt.key) in PASSIVE_NEXT)
    if trig.mode in ("kill", "abduct") and trig.arg != "patient" and actor is None and after_passive:
        # "ثمانية أشخاص، بينهم طفلان، قتلوا جراء ...": the subject before, past a parenthesis
        before = [m for m in mentions if m.end <= words[i].start and i - _word_index(words, m.start) <= SUBJECT_WINDOW]
        if before:
            agents = [m for m in mentions if m.start >= words[i].end and _agent(words, m)]
            return (agents[0] if agents else None), _with_first_conjunct(doc, words, before[-1], mentions)
    if trig.mode in ("kill", "abduct") and trig.arg != "patient" and (actor is None or actor.start >= words[i].end) \
            and nxt is not None and not after_passive:
        first = _subject_after(doc, words, j, mentions)
        if first is not None and not _object_after(words, first, mentions) and (
                _counted(words, _word_index(words, first.start)) or first.sector not in ARMED_AGENTS):
            # "قتل جنديان"، "وخطف ثلاثة جنود"، "قتل أحد عناصر الشرطة بنيران مسلحين": a passive
            # whose subject is the one killed; the actor only an agent named after it
            agents = [m for m in mentions if m.start >= first.end and _agent(words, m)]
            return (agents[0] if agents else None), first
    passive = trig.mode in ("kill", "abduct") and trig.arg != "patient" and actor is not None and actor.end <= words[i].start and nxt is not None and (
        nxt.kind == "punct" or after_passive
        or (nxt.text[:1] == "ب" and nxt.key not in TARGET_PREPOSITIONS and not any(
            m.start == nxt.start for m in mentions)))
    if passive:
        agents = [m for m in mentions if m.start >= words[i].end and _agent(words, m)]
        subject = actor
        # "قال مسؤولون إن أربعة من حراس الأمن قتلوا": the subject of the passive is after "إن"
        for c in range(i - 1, _word_index(words, actor.end - 1), -1):
            if _strip_conjunction(words[c].key) in COMPLEMENTIZERS:
                inside = [m for m in mentions if words[c].end <= m.start and m.end <= words[i].start]
                bare = _bare(doc, words, _past_counts(words, c + 1))
                if bare is not None and bare.end > words[i].start:  # "مقاتلا قتل": not into the verb
                    bare = _Mention(bare.start, words[i - 1].end, None, "@" + match_key(doc.text[bare.start : words[i - 1].end]))
                subject = inside[0] if inside else (bare if bare is not None and bare.start < words[i].start else actor)
                break
        return (agents[0] if agents else None), _with_first_conjunct(doc, words, subject, mentions)
    if actor is not None and actor.start >= words[i].end and (
            target is None or target.start > words[min(_next_word(words, actor), len(words) - 1)].end):
        # "وخطف مسلحون مهندسا أجنبيا": the object follows the subject of a verb opening its clause,
        # before any participant further on ("هاجم مسلحون دورية للشرطة"، "سياسيين بينهم زعيمة ...")
        k = _next_word(words, actor)
        if k < len(words) and words[k].kind == "word" and _strip_conjunction(words[k].key) == words[k].key \
                and words[k].key not in TARGET_PREPOSITIONS and words[k].key not in LOCATIVES \
                and not _imperfect_plural(words[k].key):  # "مسلحون يرتدون زي الشرطة ...": a clause on the subject
            at_k = [m for m in mentions if words[k].start <= m.start < words[k].end and m.key != actor.key]
            target = at_k[0] if at_k else _bare(doc, words, _past_counts(words, k))
        elif k < len(words) and _imperfect_plural(words[k].key):
            target = _after_describing_clause(doc, words, k, target, mentions)
        return actor, target
    counted_object = nxt is not None and (nxt.kind == "num" or nxt.key in NUMBER_WORDS) and (
        target is None or target.start > nxt.end)  # "خطفت 23 من الكوريين": the count marks the object
    if actor is not None and nxt is not None and actor.end <= words[i].start and (
            target is None or _locative(words, target) or counted_object):
        # "مجهولين خطفوا أمس القنصل ... في بيشاور": the object is the word after the verb, not a
        # place further on
        at_j = [m for m in mentions if nxt.start <= m.start < nxt.end and m.key != actor.key]
        if at_j:
            target = at_j[0]
        elif _strip_conjunction(nxt.key) not in TARGET_PREPOSITIONS and nxt.key not in LOCATIVES:
            k = _past_counts(words, j)
            at_k = [m for m in mentions if k < len(words) and words[k].start <= m.start < words[k].end]
            target = at_k[0] if at_k else (_bare(doc, words, k) or target)
    return actor, target


def _count_word(w: Token) -> bool:
    """Whether a word is a count, past a conjunction ("ونحو"، "و12"، "50")."""
    key = _strip_conjunction(w.key)
    return w.kind == "num" or key in QUANTITY or key in NUMBER_WORDS or (w.key[:1] == "و" and w.key[1:].isdigit())


def _with_first_conjunct(doc: Document, words: list[Token], subject: _Mention, mentions: list[_Mention]) -> _Mention:
    """The subject of a passive told as a list of counted groups ("200 مسلح ونحو 50 جنديا قتلوا"):
    all of them, from the first; the one nearest the verb is only the last. Common nouns only."""
    k = _word_index(words, subject.start)
    if k >= 2 and words[k - 1].key == "من" and words[k].start == subject.start:
        # "ثلاثة جنود من الجيش قتلوا": the one killed is the head before the partitive, the body
        # after it only says whose they are
        head = [m for m in mentions if m.entity is None and words[k - 2].start <= m.start < words[k - 2].end]
        if head:
            subject = _Mention(head[-1].start, subject.end, None, "@" + match_key(doc.text[head[-1].start : subject.end]),
                               head[-1].sector)
            k -= 2
    if subject.entity is not None:
        return subject
    first = k
    while first > 0 and _count_word(words[first - 1]):
        first -= 1
    if first == k or words[first].key[:1] != "و" or not (words[first].key != _strip_conjunction(words[first].key)
                                                         or words[first].key[1:].isdigit()):
        return subject  # the last group opens with no "و" and a count ("ونحو 50"، "و12")
    earlier = [m for m in mentions if m.entity is None and m.end <= words[first].start
               and first - _word_index(words, m.end - 1) <= 2]  # (an adjective between: "مسلح إسلامي")
    if not earlier:
        return subject
    start = earlier[-1].start
    return _Mention(start, subject.end, None, "@" + match_key(doc.text[start : subject.end]), subject.sector)


# how far after a clause describing the subject ("مسلحون يرتدون زي الشرطة") the count marking the
# verb's object may stand ("... خمسة أجانب"), in words
DESCRIBED_REACH = 7


def _after_describing_clause(doc: Document, words: list[Token], k: int, target: _Mention | None,
                             mentions: list[_Mention]) -> _Mention | None:
    """The object of a verb whose subject a present-tense clause describes ("وخطف مسلحون يرتدون زي
    الشرطة خمسة أجانب"): the clause's own object ("زي الشرطة") is not it; a count after the clause
    marks the verb's object. With no count, a target read inside the clause is none."""
    for j in range(k + 2, min(len(words), k + 1 + DESCRIBED_REACH)):
        if words[j].kind == "punct":
            break
        if words[j].kind == "num" or words[j].key in NUMBER_WORDS:
            x = _past_counts(words, j)
            if x < len(words):
                at_x = [m for m in mentions if words[x].start <= m.start < words[x].end]
                return at_x[0] if at_x else (_bare(doc, words, x) or target)
            break
    inside = words[min(len(words) - 1, k + 2)].end  # the clause verb's object and its genitive
    return None if target is not None and target.start < inside else target


ADVERBIAL = frozenset(match_key(w) for w in ("احتجاجا", "احتجاجاً", "واحتجاجا"))
COMPLEMENTIZERS = frozenset(match_key(w) for w in ("إن", "ان", "أن", "انه", "إنه", "أنه"))
DAY_BEFORE = frozenset(match_key(w) for w in ("أول", "اول"))
ONE_OF = frozenset(match_key(w) for w in ("أحد", "احد", "إحدى", "احدى"))


def _next_word(words: list[Token], m: _Mention) -> int:
    """The index of the first word after a mention past time words ("مسلحون أمس دورية"); may be len(words)."""
    k = _word_index(words, m.end - 1) + 1
    while k < len(words) and words[k].key in SUBJECT_SKIP:
        k += 1
    return k


def _past_counts(words: list[Token], j: int) -> int:
    """The index of the first word at or after j that is not a count ("47 إرهابيا"، "عشرات المدنيين")."""
    while j < len(words) and (words[j].kind == "num" or words[j].key in QUANTITY or words[j].key in ONE_OF
                              or words[j].key in NUMBER_WORDS or words[j].key in ("عددا", "عشرات")):
        j += 1
    return j


def _subject_after(doc: Document, words: list[Token], j: int, mentions: list[_Mention]) -> _Mention | None:
    """The participant right after a verb (past counts): a mention, else a bare noun phrase."""
    k = _past_counts(words, j)
    if k >= len(words) or words[k].kind != "word" or _strip_conjunction(words[k].key) in TARGET_PREPOSITIONS:
        return None
    # a listed participant at that word or the next ("خمسة أشخاص": a number word before it)
    at = [m for m in mentions if words[j].start <= m.start < words[min(k + 1, len(words) - 1)].end
          and not _locative(words, m)]
    if at:
        return at[0]
    return _bare(doc, words, k)


def _object_after(words: list[Token], first: _Mention, mentions: list[_Mention]) -> bool:
    """Whether a participant follows a verb's subject as its object ("قتلت القوات 5 مسلحين")."""
    k = _word_index(words, first.end - 1) + 1
    for x in range(k, min(len(words), k + 3)):
        w = words[x]
        if w.kind == "punct" or (w.key[:1] == "و" and w.key != _strip_conjunction(w.key)):
            return False
        if w.kind == "num" or w.key in COUNTS or any(
                w.start <= m.start < w.end and not _agent(words, m) and not _introduced_by_preposition(words, m)
                and not _locative(words, m) for m in mentions):
            return True
    return False


def _unnamed_agent(doc: Document, words: list[Token], i: int, n: int, actor: _Mention | None,
                   target: _Mention | None, mentions: list[_Mention]) -> _Mention | None:
    """The actor of an attack of unnamed participants. A suicide bomber ("فجر نفسه") is the armed
    participant nearest before the verb, or right after it ("فجرت انتحارية نفسها"). With no actor in
    the clause: one introduced as agent after the trigger ("بنيران مسلحين"، "على يد"), one after a
    word naming the perpetrator ("في هجوم نفذه متطرف"، "نسب إلى المتمردين"), or the nationality
    after the attack's weapon ("جراء ضربة جوية أميركية"، "دبابات أميركية")."""
    def other(m: _Mention | None) -> bool:
        return m is not None and (target is None or m.key != target.key)

    end = i + n
    self_bombing = any(words[k].key in SELF for k in range(i, min(len(words), end + 2)))
    if self_bombing and (actor is None or actor.sector not in ARMED_AGENTS):
        armed = [m for m in mentions if m.sector in ARMED_AGENTS and (
            m.end <= words[i].start or _word_index(words, m.start) <= end)]
        before = [m for m in armed if m.end <= words[i].start]
        pick = before[-1] if before else (armed[0] if armed else None)
        if pick is not None:
            return pick
    if actor is not None:
        return actor
    demonyms = demonym_keys()
    for k in range(i, min(len(words), end + AGENT_REACH)):
        w = words[k]
        if w.kind == "punct" and w.text not in "،«»\"":
            break
        if k >= end:
            for m in mentions:
                if w.start <= m.start < w.end and _agent(words, m) and other(m):
                    return m
        key = _strip_conjunction(w.key)
        if k >= end and (key in AGENT_AFTER or _performed_by(key)):
            after = [m for m in mentions if k < _word_index(words, m.start) <= k + 3 and other(m)]
            if after:
                return after[0]
            y = k + 1
            while y < len(words) and (words[y].text in QUOTES or _strip_conjunction(words[y].key) in ("الى", "إلى", "الي")):
                y += 1
            bare = _bare(doc, words, y)
            return bare if other(bare) else None
        if key in WEAPONS or key[1:] in WEAPONS and key[:1] in ("ب", "ل"):
            for y in range(k + 1, min(len(words), k + 4)):
                x = words[y]
                if x.kind != "word":
                    break
                xk = match_key(x.text).strip("«»\"'")
                xk = xk[2:] if xk.startswith("ال") else xk
                if xk in demonyms:
                    return _Mention(x.start, x.start + len(x.text.rstrip("«»\"'.،")), None, "@" + xk)
    return None


def _suffer_verb(words: list[Token], i: int, t0: int) -> int | None:
    """Index of a verb of undergoing a few words before a nominal trigger introduced by ل or من
    ("تعرضت القافلة لهجوم"، "نجا من محاولة اغتيال"), or of "تم" right before it ("تم اغتيال")."""
    if i > 0 and _strip_conjunction(words[i - 1].key) in ("تم", "يتم"):
        return i - 1
    if not (words[i].text[: t0 - words[i].start].endswith("ل") or (i > 0 and words[i - 1].key == "من")):
        return None
    for k in range(i - 1, max(-1, i - 1 - LIGHT_REACH), -1):
        w = words[k]
        if w.kind == "punct":
            return None
        if w.key in SUFFER_VERBS or _strip_conjunction(w.key) in SUFFER_VERBS:
            return k
    return None


def _occurs(words: list[Token], i: int, n: int) -> bool:
    """Whether a verb of occurrence governs a nominal trigger: before it in its clause ("اندلعت
    امس مظاهرات") or right after it ("انفجار هز المدينة"، "هجوم استهدف")."""
    for k in range(i - 1, max(-1, i - 1 - OCCUR_REACH), -1):
        if words[k].kind == "punct":
            break
        if words[k].key in OCCUR_VERBS or _strip_conjunction(words[k].key) in OCCUR_VERBS:
            return True
    for k in range(i + n, min(len(words), i + n + OCCUR_AFTER)):
        if words[k].kind == "punct":
            break
        if words[k].key in OCCUR_VERBS or _strip_conjunction(words[k].key) in OCCUR_VERBS:
            return True
    return False


def _as_patient(trig: Trigger) -> Trigger:
    return Trigger(trig.keys, trig.type, trig.pos, trig.mode, "patient")


def _as_noun(trig: Trigger) -> Trigger:
    return Trigger(trig.keys, trig.type, "noun", trig.mode, trig.arg)


def _as_verb(trig: Trigger) -> Trigger:
    return Trigger(trig.keys, trig.type, "verb", trig.mode, trig.arg)


# conjunctions that open a clause of time or cause: a participant before one is not the subject of
# a verb after it ("13 شخصا أصيبوا بعدما نفذت القوات ضربة": the forces struck)
SUBORDINATORS = frozenset(match_key(w) for w in ("بعدما", "عندما", "حينما", "بينما", "فيما", "لما", "كلما", "ريثما"))


# the honorifics and styles between a nominal trigger and the name of its genitive agent
HONORIFIC_KEYS = loader.keyed("actors/title_words.tsv", "honorific", match_key) | frozenset(
    match_key(w) for w in ("جلالة", "سمو", "صاحب", "السمو", "الملكي", "فخامة", "معالي", "دولة"))


_WITH = match_key("مع")
_MEMBERSHIP = frozenset(match_key(w) for w in ("يضم", "تضم", "ضم", "ضمت", "يشمل", "تشمل", "يتألف", "يتكون"))


def _guest_with(words: list[Token], j: int) -> int | None:
    """Index of the "مع" that introduces the guest of a meeting, within OBJECT_WINDOW words after its
    trigger (ending at `j`) and in the same clause."""
    for k in range(j, min(len(words), j + OBJECT_WINDOW)):
        w = words[k]
        if w.kind == "punct" and w.text != "،":
            return None
        if w.key == _WITH:
            return k
    return None


def _participants(
    words: list[Token], i: int, n: int, trig: Trigger, mentions: list[_Mention]
) -> tuple[_Mention | None, _Mention | None]:
    t_start, t_end = words[i].start, words[i + n - 1].end
    before = [m for m in mentions if m.end <= t_start and i - _word_index(words, m.start) <= SUBJECT_WINDOW]
    after = [m for m in mentions if m.start >= t_end and _word_index(words, m.start) - (i + n) <= OBJECT_WINDOW]
    with_at = _guest_with(words, i + n) if trig.type == "CONSULT" else None
    if with_at is None and trig.type == "CONSULT":
        # "بحث رئيس هيئة الأركان ... الفريق أول فلان في عمان أمس مع ...": the host's own long title
        # stands between the verb and "مع"; look for it from the end of the names after the verb
        with_at = next((k for m in after if (k := _guest_with(words, _word_index(words, m.end - 1) + 1)) is not None),
                       None)
    if with_at is not None:
        # "بحث الوزير في القاهرة مع نائب رئيس الوزراء ووزير الخارجية في جمهورية ... فلان": the guest's
        # long title follows "مع"; the window for the guest is measured from "مع"
        # a member named through "يضم" belongs to a delegation that may be the host's own ("التقى الوزير
        # المسؤولين مع وفد سعودي يضم فلانا"): none is the guest
        after += [m for m in mentions if m not in after and m.start >= t_end
                  and 0 < _word_index(words, m.start) - with_at <= OBJECT_WINDOW
                  and not any(_strip_conjunction(w.key) in _MEMBERSHIP for w in words[with_at : _word_index(words, m.start)])]
    # a clause mark between a mention and the trigger puts it in another clause
    before = [m for m in before if not any(w.kind == "punct" or _strip_conjunction(w.key) in SUBORDINATORS
                                           for w in words if m.end <= w.start < t_start)]
    after = [m for m in after if not any((w.kind == "punct" and w.text != "،")
                                         or (w.key in CLAUSE_WORDS and not leader_clause_before(words, x, m, mentions))
                                         or _strip_conjunction(w.key) in SUBORDINATORS
                                         for x, w in enumerate(words) if t_end <= w.start < m.start)]
    # "دعت الجامعة، التي تعتبر قطر عضوا فيها، ..."، "جبهة النصرة ذراع تنظيم القاعدة": a name
    # describing another is no participant (events/descriptions.py)
    after = [m for m in after if not in_description(words, t_end, m, mentions)]
    before = [m for m in before if not _locative(words, m)]
    if trig.type == "CONSULT":  # "اجتمع في فرع وزارة الخارجية بجدة مع ...": the ministry is the venue
        before = [m for m in before if not venue_named(words, m)]
        after = [m for m in after if not venue_named(words, m)]
    places = [m for m in after if _locative(words, m)]
    after = [m for m in after if not _locative(words, m)]
    if trig.arg == "patient":
        # "اغتيل الصحفي برصاص مسلحين"، "مقتل خمسة جنود": the one acted upon follows
        agents = [m for m in after if _agent(words, m)]
        patients = [m for m in after if not _agent(words, m)]
        actor = agents[0] if agents else None
        target = patients[0] if patients else None
        if target is None and trig.pos == "verb" and before:
            target = before[-1]  # "الصحفي اغتيل ..."
        if target is not None and actor is not None and target.key == actor.key:
            actor = None
        return actor, target
    actor: _Mention | None = None
    first_after = after[0] if after else None
    k_first = _word_index(words, first_after.start) if first_after else 0
    gap = _gap(words, i + n, k_first) if first_after else 99
    if trig.pos == "noun" and 0 < gap < 99 and all(w.key in HONORIFIC_KEYS or _strip_conjunction(w.key) in HONORIFIC_KEYS for w in words[i + n : k_first]):
        gap = 0  # "زيارة صاحب السمو الملكي الأمير فلان"، "لقاء فخامة الرئيس فلان": the honorifics head the genitive
    genitive = False
    object_first = first_after is not None and trig.type in VIOLENT and trig.pos == "verb" and (
        _counted(words, k_first) or (first_after.entity is None and first_after.sector == "CVL"))
    if first_after is not None and trig.pos == "verb" and first_after.entity is not None \
            and member_subject(words, i + n, k_first) and not words[k_first].text[: first_after.start - words[k_first].start]:
        actor = first_after  # "هاجم مسلحون من جماعة بوكو حرام ...": the body acts through its men
    elif first_after is not None and owned_attack(words, i, n, trig, first_after):
        actor, genitive = first_after, True  # "هجمات منفصلة لحزب العمال": the party's attacks
    elif first_after and not _introduced_by_preposition(words, first_after) and not object_first:
        if trig.pos == "noun" and gap == 0:
            actor, genitive = first_after, True  # "مطالب روسيا": the agent is the genitive
        elif trig.pos == "verb" and gap <= SUBJECT_REACH and not object_between(words, i + n, k_first) and (
                not before or _in_phrase(words, before[-1], mentions) and words[i - 1].key not in RELATIVES):
            actor = first_after  # verb-subject order, possibly after a title phrase
    if actor is None and before:
        actor = before[-1]
    if actor is None and with_at is not None and trig.pos == "verb":
        # "بحث رئيس هيئة الأركان ... الفريق أول فلان في عمان أمس مع ...": the name between the verb
        # and its "مع" is the host, however long the title before it
        actor = next((m for m in after if _word_index(words, m.start) < with_at
                      and not _introduced_by_preposition(words, m)), None)
    rest = [m for m in after if (actor is None or m.key != actor.key) and not opposed_partner(words, m, trig.type)]
    target = next((m for m in rest if _introduced_by_preposition(words, m)), None)
    if trig.pos == "verb":  # "اتهمت تركيا روسيا بشن غارات على سوريا": Russia is accused
        target = direct_object(words, rest, target, mentions) or target
    if trig.pos == "verb" and unnamed_accused(words, i, n, trig.keys[0], mentions):
        return actor, None  # "اتهاماتهم للقيادات السنية ... بغداد": the accused are unnamed
    if target is None and rest:
        target = rest[0]
    if target is None and genitive:
        # "رد واشنطن على مطالب روسيا": the demands are addressed to whoever stands before them
        target = next((m for m in reversed(before) if m.key != actor.key), None)
    if target is None:
        # "تدين الهجوم في السعودية": the place is what the event is about, for want of another
        target = next((m for m in places if m.entity is not None and (actor is None or m.key != actor.key)), None)
    if trig.type not in VIOLENT and trig.type != "PROTEST":
        # "اتهام حماس من قبل إسرائيل"، "بعد اتهامه من قبل الرئيس فلان": the one named after "من
        # قبل" does the act; the side the rules took for its doer is the one it is done to
        agent = next((m for m in after if _agent(words, m) and m.entity is not None), None)
        if agent is not None and (actor is None or agent.key != actor.key):
            other = actor if actor is not None else (target if target is not None and target.key != agent.key else None)
            actor, target = agent, other
    return actor, target


# nouns of the members of a body ("جنوده"، "عناصرها"، "أفراده"), on match keys without their
# possessive pronoun: "أعلن الجيش مقتل أحد جنوده" tells of an attack on the army
MEMBER_NOUNS = frozenset(match_key(w) for w in (
    "جنود", "عناصر", "أفراد", "افراد", "رجال", "مقاتلي", "أعضاء", "اعضاء", "ضباط", "منتسبي", "حراس",
    "موظفي", "رعايا", "مواطني"))
POSSESSIVES = ("هم", "ها", "ه")


def members_owner(words: list[Token], i: int, n: int, mentions: list[_Mention]) -> _Mention | None:
    """The body whose members a toll counts ("أعلن الجيش الأميركي مقتل اثنين من جنوده"، "نعت الحركة
    أحد عناصرها"): the participant before the trigger in its clause, the pronoun's antecedent."""
    for x in range(i + n, min(len(words), i + n + 4)):
        if words[x].kind == "punct":
            return None
        key = _strip_conjunction(words[x].key)
        if any(key.endswith(p) and match_key(key[: -len(p)]) in MEMBER_NOUNS for p in POSSESSIVES):
            before = [m for m in mentions if m.end <= words[i].start and i - _word_index(words, m.start) <= SUBJECT_WINDOW
                      and not _locative(words, m) and not _introduced_by_preposition(words, m)
                      and not any(w.kind == "punct" for w in words if m.end <= w.start < words[i].start)]
            return before[-1] if before else None
    return None


# what a body acts through, possessed ("طائراته"، "قواتها"، "مدفعيته"): the body is the actor
INSTRUMENT_NOUNS = MEMBER_NOUNS | frozenset(match_key(w) for w in (
    "طائرات", "قوات", "مقاتلات", "مدفعية", "دبابات", "صواريخ", "وحدات", "سفن", "بوارج", "مروحيات"))


def possessor_subject(words: list[Token], i: int, mentions: list[_Mention]) -> _Mention | None:
    """The body a possessed subject right before a verb belongs to ("قال الجيش في بيان، أمس، إن
    طائراته قصفت ..."): the nearest participant before it in the sentence, past commas."""
    if i == 0:
        return None
    key = _strip_conjunction(words[i - 1].key)
    if not any(key.endswith(p) and key[: -len(p)] in INSTRUMENT_NOUNS for p in POSSESSIVES):
        return None
    before = [m for m in mentions if m.end <= words[i - 1].start and (m.entity is not None or m.sector is not None)
              and not _locative(words, m) and not _introduced_by_preposition(words, m)
              and not any(w.kind == "punct" and w.text != "،" for w in words if m.end <= w.start < words[i - 1].start)]
    return before[-1] if before else None
