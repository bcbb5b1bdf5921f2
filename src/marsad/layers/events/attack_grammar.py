"""The sides of an attack as the grammar of its clause tells them, for events of unnamed
participants (`EventLayer(unnamed=True)`), applied after the layer's first reading:

- an attack noun is the subject of a verb of attack, before it as its antecedent ("في هجمات
  استهدفت أحياء سكنية"، "هجوم انتحاري استهدف حافلة") or right after it ("واستهدف الهجوم قافلة"،
  "استهدفت غارة إسرائيلية موقعا"): no participant before it attacked; the attacker is whoever the
  attack noun names as its own (a nationality, "لـ"، "نفذه"، a light verb's subject) or no one;
- the attack a killing happened in may name who carried it out further on in the clause ("قتل
  خمسة مدنيين في غارات نفذتها طائرات حربية"، "أصيب جنديان في هجوم لمسلحين"): that is the actor;
- the one a victim noun or passive acts upon is the noun phrase right after it ("مقتل ثلاثة
  جنود"، "وأصيب آخرون في اشتباكات بين الجيش والمسلحين"), never a side of a later phrase;
- a place after في, a weapon after ب, a time of day or an agent ("على يد"، "من قبل") is no target.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.clauses import _bare, _past_counts, _performed_by
from marsad.layers.events.mention_positions import PLACE_NOUNS, _agent, _locative, _word_index
from marsad.layers.events.noun_phrases import _imperfect_plural, demonym_keys
from marsad.layers.events.protest_subjects import genitive_chain
from marsad.layers.events.speaker_subject import _pronoun_complement, opened_by
from marsad.layers.events.words import (
    AGENT_AFTER,
    ARMED_AGENTS,
    BARE_STOP,
    CLAUSE_WORDS,
    LIGHT_MASDARS,
    LIGHT_VERBS,
    NUMBER_WORDS,
    PASSIVE_NEXT,
    QUANTITY,
    RELATIVES,
    SELF_REPORTING,
    SUBJECT_SKIP,
    WEAPONS,
    Trigger,
    _Mention,
    _strip_conjunction,
)
from marsad.lexicons import loader

ATTACK_SUBJECTS = loader.keyed("event_words.tsv", "attack_subject", match_key)
CLOCK = loader.keyed("event_words.tsv", "clock", match_key)
ATTACK_ADJECTIVES = loader.keyed("event_words.tsv", "attack_adjective", match_key)
# the attack nouns that name an act, not a weapon: the subject of a verb after it ("واستهدف الهجوم
# ..."), where a weapon after a verb is its object ("فجرت قنبلة")
ATTACK_ACTS = frozenset(match_key(w) for w in (
    "هجوم", "هجمات", "تفجير", "تفجيرات", "انفجار", "اعتداء", "اعتداءات", "عملية", "عمليات", "حملة",
    "حملات", "كمين", "غارة", "غارات", "ضربة", "ضربات", "قصف", "هجومان", "تفجيران"))
# adjectives an attack noun may carry before its verb ("هجوم انتحاري مزدوج استهدف")
ADJECTIVES = 2
# how far after an attack noun its agent may be named ("غارات جوية نفذتها مقاتلات"، "هجوم مماثل لداعش")
AGENT_WORDS = 4
# how far before an attack noun its light verb may stand ("شنت القوات أمس غارة استهدفت")
LIGHT_WORDS = 6
# prepositions that bring the attack a killing happened in ("قتل خمسة في هجوم"، "جراء غارة")
IN_ATTACK = frozenset(match_key(w) for w in ("في", "جراء", "إثر", "اثر", "خلال", "بعد"))
# the instruments of a blow a target never begins with ("برصاصة"، "بحزام ناسف"، "بسكين")
INSTRUMENTS = frozenset(match_key(w) for w in ("رصاصة", "رصاص", "حزام", "سكين", "عبوة", "سلاح", "حجر"))
WOUNDS = frozenset(match_key(w) for w in ("جروح", "جراح", "اصابات", "إصابات", "إصابة", "اصابة"))


def _noun_key(w: Token) -> str:
    """A word's match key without its conjunction, article and accusative ending ("وهجوما" -> "هجوم")."""
    k = _strip_conjunction(w.key)
    k = k[2:] if k.startswith("ال") and len(k) > 4 else k
    return k


def _attack_noun(w: Token) -> bool:
    if w.kind != "word":
        return False
    k = _noun_key(w)
    return k in ATTACK_SUBJECTS or (k.endswith("ا") and k[:-1] in ATTACK_SUBJECTS)


def _adjective(w: Token, definite: bool | None = None) -> bool:
    """Whether a word can be an adjective of an attack noun: a nisba or a listed participle
    ("انتحاري"، "جوية"، "مفخخة"، "مماثل"), agreeing with the noun in definiteness when told
    (`definite`); not a noun of a place or of an attack ("قرية"، "عملية")."""
    if w.kind != "word" or _strip_conjunction(w.key) != w.key or w.key in BARE_STOP:
        return False
    if definite is not None and w.key.startswith("ال") != definite:
        return False
    k = w.key[2:] if w.key.startswith("ال") else w.key
    if k in ATTACK_SUBJECTS or k in PLACE_NOUNS or match_key("ال" + k) in PLACE_NOUNS:
        return False
    return k in ATTACK_ADJECTIVES or (k.endswith("ا") and k[:-1] in ATTACK_ADJECTIVES) or (
        len(k) >= 4 and k.endswith(("ي", "يه", "يا")))  # ("مسلحا"، "انتحاريا": accusative)


def _definite(w: Token) -> bool:
    return _strip_conjunction(w.key).startswith("ال")


def attack_before(words: list[Token], i: int) -> int | None:
    """The attack noun a verb at i follows as its relative clause ("هجمات استهدفت"، "سيارة مفخخة
    استهدفت"، "الهجوم الذي استهدف"): its index."""
    x = i - 1
    if x >= 0 and words[x].key in RELATIVES:
        x -= 1
    last = x
    for _ in range(ADJECTIVES + 1):
        if x < 0 or words[x].kind != "word":
            return None
        if _attack_noun(words[x]):
            # the adjectives between agree with it ("هجوم انتحاري"، "الغارة الجوية")
            agree = all(_adjective(words[y], _definite(words[x])) for y in range(x + 1, last + 1))
            return x if agree else None
        if not _adjective(words[x]):
            return None
        x -= 1
    return None


def attack_after(words: list[Token], i: int, n: int) -> int | None:
    """The attack noun right after a verb at i, its subject ("واستهدف الهجوم"، "قتلت الغارة")."""
    j = i + n
    while j < len(words) and words[j].key in SUBJECT_SKIP:
        j += 1
    if j >= len(words) or not _attack_noun(words[j]) or _strip_conjunction(words[j].key) != words[j].key:
        return None
    k = _noun_key(words[j])
    return j if k in ATTACK_ACTS or k[:-1] in ATTACK_ACTS else None


def _demonym(words: list[Token], y: int) -> _Mention | None:
    w = words[y]
    k = match_key(w.text).strip("«»\"'")
    k = k[2:] if k.startswith("ال") else k
    if w.kind == "word" and k in demonym_keys():
        return _Mention(w.start, w.start + len(w.text.rstrip("«»\"'.،")), None, "@" + k)
    return None


def _at(doc: Document, words: list[Token], y: int, mentions: list[_Mention]) -> _Mention | None:
    """The participant starting in word y (a ل or ب read off), else the noun phrase there."""
    if y >= len(words):
        return None
    m = next((m for m in mentions if words[y].start <= m.start < words[y].end), None)
    bare = None if m is not None else _bare(doc, words, y)
    if bare is not None and y + 1 < len(words) and bare.end == words[y + 1].end and (
            words[y + 1].key in AGENT_COUNTS or words[y + 1].key in NUMBER_WORDS or words[y + 1].key in QUANTITY):
        # "الطيران عدة غارات": the count begins the object, not a word of the side
        bare = _Mention(words[y].start, words[y].end, None, "@" + words[y].key)
    return m or bare


def _organised(doc: Document, m: _Mention) -> bool:
    """Whether a named participant is a person, a body or a people, not a place."""
    ent = doc.entity(m.entity) if m.entity else None
    return ent is not None and ent.type in ("ORG", "PER", "NORP")


def attack_agent(doc: Document, words: list[Token], x: int, mentions: list[_Mention]) -> _Mention | None:
    """Who the attack noun at x names as having carried it out: a nationality after it ("غارة
    أميركية"), its genitive with ل ("هجوم لداعش"), a verb of doing with it as object ("نفذه
    مسلحون"، "التي شنتها الطائرات"), or the subject of a light verb before it ("شن المسلحون هجوما")."""
    y = x + 1
    while y < min(len(words), x + 1 + AGENT_WORDS):
        w = words[y]
        if (d := _demonym(words, y)) is not None:
            return d
        key = _strip_conjunction(w.key)
        if key in RELATIVES:
            y += 1
            continue
        if key in AGENT_AFTER or _performed_by(key):
            after = [m for m in mentions if y < _word_index(words, m.start) <= y + 3]
            return after[0] if after else _bare(doc, words, y + 1)
        if w.kind == "word" and w.key[:1] == "ل" and w.key == key and len(key) > 3 and w.text[:1] == "ل":
            inside = [m for m in mentions if w.start < m.start < w.end]
            if inside:  # "هجوم لداعش"، "كمين للمقاومة": the attack's own
                return inside[0]
            return None
        if y == x + 1 and not _definite(words[x]) and not words[x].key.endswith("ا"):
            # "ضربات طيران التحالف"، "هجوم المسلحين": the genitive of a noun in construct, unless a place
            gen = next((m for m in mentions if m.start == w.start), None)
            if gen is not None and (gen.sector is not None or _organised(doc, gen)):
                return gen
        if not _adjective(w, _definite(words[x])):
            break
        y += 1
    for v in range(x - 1, max(-1, x - 1 - LIGHT_WORDS), -1):
        if words[v].kind == "punct":
            return None
        key = _strip_conjunction(words[v].key)
        if key in LIGHT_VERBS or key in LIGHT_MASDARS or (key[:1] in ("ب", "ل") and key[1:] in LIGHT_MASDARS):
            y = v + 1
            if all(words[z].kind == "num" or words[z].key in QUANTITY or words[z].key in AGENT_COUNTS
                   or words[z].key in NUMBER_WORDS for z in range(y, x)):
                # "الطيران شن عدة غارات": no subject between; the one before the verb, if any
                w = words[v - 1] if v > 0 else None
                if key in LIGHT_VERBS and w is not None and w.kind == "word" and w.key not in BARE_STOP \
                        and not _attack_noun(w):
                    named = [m for m in mentions if w.start < m.end <= w.end]
                    return named[-1] if named else _Mention(w.start, w.end, None, "@" + w.key)
                return None
            return _at(doc, words, y, mentions)  # "شن المسلحون هجوما"، "تنفيذ طائرات التحالف ضربات"
    return None


def clause_agent(doc: Document, words: list[Token], i: int, n: int, mentions: list[_Mention]) -> tuple[_Mention, int] | None:
    """The agent the clause of a killing names for the attack it happened in ("قتل 12 شخصا في
    غارات جوية نفذها الجيش"، "أصيب جنديان في هجوم لداعش"): the agent and the attack noun's index."""
    for y in range(i + n, len(words)):
        w = words[y]
        if (w.kind == "punct" and w.text not in "،«»\"()") or _strip_conjunction(w.key) in CLAUSE_WORDS:
            return None
        if not _attack_noun(w):
            continue
        attached = w.text[:1] in ("ب",) and _noun_key(w)[:1] != "ب"
        if not (attached or (y > 0 and _strip_conjunction(words[y - 1].key) in IN_ATTACK)):
            continue
        y2 = y + 1
        while y2 < len(words) and _adjective(words[y2], _definite(w)) and _demonym(words, y2) is None and y2 - y <= ADJECTIVES:
            y2 += 1
        if y2 < len(words) and (_demonym(words, y2) is not None or _strip_conjunction(words[y2].key) in AGENT_AFTER
                                or _performed_by(_strip_conjunction(words[y2].key)) or words[y2].key in RELATIVES
                                or words[y2].key[:1] == "ل"):
            agent = attack_agent(doc, words, y, mentions)
            if agent is not None:
                return agent, y
        elif y2 == y + 1 < len(words) and not _definite(w) and not w.key.endswith("ا") \
                and words[y2].key.startswith("ال"):
            # "قتل خمسة جنود في هجمات المسلحين": an armed genitive of the noun in construct
            gen = next((m for m in mentions if m.start == words[y2].start), None)
            if gen is not None and gen.sector in ARMED_AGENTS:
                return gen, y
    return None


def _first_word(words: list[Token], m: _Mention) -> Token:
    return words[_word_index(words, m.start)]


def no_target(doc: Document, words: list[Token], target: _Mention | None) -> bool:
    """Whether a side cannot be the one attacked: where it happened, after في ("غارات في سوريا";
    "قصفت الطائرات مدينة حلب" keeps the city struck), a time of day, a weapon after ب."""
    if target is None:
        return False
    w = _first_word(words, target)
    key = _strip_conjunction(w.key)
    if key in CLOCK or key in SUBJECT_SKIP or (key[:1] == "ب" and (key[1:] in WEAPONS or key[1:] in INSTRUMENTS)):
        return True
    return _locative(words, target)


# particles no victim's phrase begins with ("تعرض للضرب حتى الموت")
PARTICLES = frozenset(match_key(w) for w in ("حتى", "عن", "منذ", "ضد", "لدى", "عند", "إلى", "الى", "نحو"))
COMPLEMENTIZERS = frozenset(match_key(w) for w in ("أن", "ان", "إن", "بأن", "بان"))
TIME_WORDS = loader.keyed("event_words.tsv", "time_unit", match_key) | frozenset(
    match_key(w) for w in ("الأسبوع", "الاسبوع", "الشهر", "العام", "الماضي", "الماضية", "الفائت"))
RESUMPTIVE = frozenset(match_key(w) for w in ("فيه", "فيها", "فيهم", "فيهما", "خلاله", "خلالها"))
# count words that stand for the people counted ("أصيب العشرات بجروح"), not "من"، "أكثر"
COUNTED = frozenset(match_key(w) for w in ("عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "الاف", "ألف", "الف"))
# words of a count's size passed over before the counted ("ما يقارب"، "عدد كبير من")
COUNT_WORDS = frozenset(match_key(w) for w in ("يقارب", "كبير", "قليل", "محدود", "الأقل", "الاقل"))


def _patient_start(words: list[Token], j: int) -> int:
    while j < len(words) and (words[j].key in COUNT_WORDS or words[j].kind == "num"):
        j = _past_counts(words, j + 1)
    return _past_counts(words, j)


def adjacent_patient(doc: Document, words: list[Token], i: int, n: int, target: _Mention | None,
                     mentions: list[_Mention]) -> _Mention | None:
    """The one a victim noun or passive acts upon: the noun phrase right after it, past its count
    ("مقتل أكثر من 20 مسلحا"، "مقتل ما يقارب 6 من المقاومة"), not a side of a later phrase ("أصيب
    آخران في اشتباكات بين القوات ..."); the count alone before a preposition ("أصيب العشرات
    بجروح"); none when a preposition follows at once."""
    t_end = words[i + n - 1].end
    if target is not None and target.start < t_end:
        return target
    c = i + n
    while c < len(words) and (words[c].key in SUBJECT_SKIP or (words[c].key[:1] == "ب" and words[c].key[1:] in WOUNDS)):
        c += 1  # "وأصيب صباح أمس أربعة جنود"، "وأصيب بجروح ثلاثة آخرون"
    j = _patient_start(words, _past_counts(words, c))
    if j >= len(words) or words[j].kind != "word" or _strip_conjunction(words[j].key) != words[j].key:
        return target  # "مقتل وإصابة 30 شخصا": the next trigger shares it
    if words[j].key == "من":
        if j == c:
            return None  # "مقتل من في السيارتين": whoever was there, no phrase to name
        j += 1  # "ستة من الجنود": the counted after من
        if j >= len(words):
            return target
    if target is not None and words[j].start <= target.start < words[min(j + 1, len(words) - 1)].end:
        return target
    attached = words[j].key[:1] in ("ب", "ل") and words[j].text[:1] in ("ب", "ل")
    if j == c and (attached or words[j].key in BARE_STOP):
        return None  # "أصيبوا بجروح": the one hit stands before the verb
    attached = attached and j > c
    if words[j].key in BARE_STOP or attached or _agent(words, _Mention(words[j].start, words[j].end, None, "")):
        counted = any(w.kind == "num" or w.text.isdigit() or w.key in NUMBER_WORDS or w.key in COUNTED for w in words[c:j])
        if counted and words[j - 1].kind != "punct" and (attached or words[j].key in BARE_STOP):
            a = words[c].start  # "أصيب العشرات بجروح"، "قتل 40 في ...": the count is who was hit
            return _Mention(a, words[j - 1].end, None, "@" + match_key(doc.text[a : words[j - 1].end]))
        return None
    if _attack_noun(words[j]) or words[j].key in PARTICLES:
        return target if target is not None and target.start >= words[j].end else None  # "انفجار قنبلة"
    named = next((m for m in mentions if words[j].start <= m.start < words[j].end), None)
    if named is not None:
        return named
    if j + 1 < len(words) and words[j + 1].key[:1] in ("ب", "ل") and words[j + 1].text[:1] in ("ب", "ل"):
        return _Mention(words[j].start, words[j].end, None, "@" + words[j].key)  # "آخر بجروح"
    if j + 2 < len(words) and words[j + 1].key == "من" and target is not None \
            and words[j + 2].start <= target.start < words[j + 2].end:
        # "مقتل 34 عنصرا من حزب الله": the members with the body they belong to
        return _Mention(words[j].start, target.end, target.entity, target.key, target.sector, target.protester)
    # the noun with the word after it ("قياديين حوثيين"، "القيادي البارز"), unless that word opens
    # a next item, a phrase, a clause or a time ("عقيد وإصابة"، "آخر مساء"، "شخصا يبرز")
    nxt = words[j + 1] if j + 1 < len(words) else None
    end = words[j].end
    if nxt is not None and nxt.kind == "word" and _strip_conjunction(nxt.key) == nxt.key \
            and nxt.key not in BARE_STOP and nxt.key not in SUBJECT_SKIP and nxt.key not in CLOCK \
            and nxt.key[:1] not in ("ب", "ل") and not _verb_like(nxt.key) and not _attack_noun(nxt) \
            and nxt.key not in NUMBER_WORDS:
        end = nxt.end
    return _Mention(words[j].start, end, None, "@" + match_key(doc.text[words[j].start : end]))


def _clause_verb(words: list[Token], i: int, trig: Trigger) -> int | None:
    """The index of the verb that carries the attack's subject: the trigger itself when it is a verb,
    else the light verb of the attack noun in the same clause ("نفذت غارات"), None when there is none."""
    if trig.pos != "noun":
        return i
    v = next((x for x in range(i - 1, max(-1, i - 1 - LIGHT_WORDS), -1)
              if words[x].kind != "punct" and _strip_conjunction(words[x].key) in LIGHT_VERBS), -1)
    if v < 0 or any(w.kind == "punct" for w in words[v:i]):
        return None
    return v


def _complementizer_subject(doc: Document, words: list[Token], i: int, trig: Trigger,
                            mentions: list[_Mention]) -> _Mention | None:
    """The word a complementizer brings right before the verb of an attack, or before the light
    verb of an attack noun ("إن التحالف شن غارات"، "أن المسلحين هاجموا"): the verb's subject."""
    v = _clause_verb(words, i, trig)
    if v is None:
        return None
    if v < 2 or words[v - 2].key not in COMPLEMENTIZERS or _strip_conjunction(words[v].key) != words[v].key:
        return None
    w = words[v - 1]
    if w.kind != "word" or w.key in BARE_STOP or w.key in NUMBER_WORDS or _attack_noun(w) \
            or _strip_conjunction(w.key) != w.key or w.text.rstrip("،.«»\"'").endswith(POSSESSED):
        return None  # ("أن قواته قتلت": the body the forces belong to, read by clauses.possessor_subject)
    named = [m for m in mentions if w.start < m.end <= w.end]
    return named[-1] if named else _Mention(w.start, w.end, None, "@" + w.key)


def _verb_like(key: str) -> bool:
    """Whether a word reads as a present verb ("يبرز"، "يرتدون"), not a nisba ("يمني"، "تركي")."""
    return _imperfect_plural(key) or (key[:1] in ("ي", "ت") and not key.endswith(("ي", "يه", "يين", "يون")))


# a word after a verb of attack that shows it has no object: it is a passive ("قتلوا في"، "قتل جراء")
def _no_object(words: list[Token], j: int) -> bool:
    if j >= len(words) or words[j].kind == "punct":
        return True
    w = words[j]
    key = _strip_conjunction(w.key)
    if key != w.key and (w.text[1:2].isdigit() or key in PASSIVE_NEXT or key[:1] in ("ي", "أ", "ا")):
        return True  # "و32 أصيبوا"، "وأصيب آخرون": the next item of a toll
    return w.key in PASSIVE_NEXT or (w.key[:1] == "ب" and w.text[:1] == "ب" and w.key[1:] in WEAPONS | INSTRUMENTS | ATTACK_SUBJECTS)


def _subject_right_before(doc: Document, words: list[Token], i: int, mentions: list[_Mention]) -> _Mention | None:
    """The subject standing right before a verb ("جنديين قتلا"، "و32 أصيبوا"، "بوتو، قد قتلت"): a
    participant ending there, or a count; none after a relative, a preposition or a clause word."""
    if _strip_conjunction(words[i].key) != words[i].key:
        return None  # "... وقتل فيه 12 شخصا": a verb after و opens a clause of its own
    if i + 1 < len(words) and words[i + 1].key in RESUMPTIVE:
        return None  # "مواجهات ... قتل فيها ثلاثة": a clause on the noun before, its subject after
    x = i - 1
    if x >= 0 and _strip_conjunction(words[x].key) == "قد":
        x -= 1
    if x >= 0 and words[x].text == "،":
        x -= 1
    if x < 0 or words[x].kind not in ("word", "num") or _strip_conjunction(words[x].key) in BARE_STOP:
        return None
    ending = [m for m in mentions if words[x].start < m.end <= words[x].end and not _locative(words, m)
              and not _agent(words, m)]
    if ending:
        m = ending[-1]
        k = _word_index(words, m.start)
        if k > 0 and (words[k - 1].key in BARE_STOP and words[k - 1].key not in ("ان", "إن", "أن", "انه", "بأن", "بان", "من")):
            return None  # "في هجوم على المدنيين قتلوا": not a subject
        return m
    w = words[x]
    if w.kind == "word" and x > 0 and words[x - 1].key in COMPLEMENTIZERS and not _attack_noun(w):
        # "أن متطرفا قتل واعتقل 16": the word the complementizer brings is the verb's subject
        return _Mention(w.start, w.end, None, "@" + w.key)
    digits = w.text.lstrip("وف")
    if digits.isdigit() or w.key in NUMBER_WORDS:
        a = w.start + (len(w.text) - len(digits))
        if w.key in NUMBER_WORDS and x > 0 and words[x - 1].kind == "word" and words[x - 1].key not in BARE_STOP \
                and _strip_conjunction(words[x - 1].key) == words[x - 1].key:
            a = words[x - 1].start  # "مهندسين اثنين": the counted noun before its number
        return _Mention(a, w.end, None, "@" + match_key(doc.text[a : w.end]))
    return None


# possessive endings of a noun ("زوجته"، "شقيقها"، "أبناءهم")
POSSESSED = ("ه", "ها", "هم", "هما")
# the people a possessive names as someone's own: kin, fellows, guards ("زوجته"، "شقيقها"، "زميله")
PEOPLE = loader.keyed("event_words.tsv", "kin", match_key) | frozenset(match_key(w) for w in (
    "أخ", "اخ", "أخا", "اخا", "أخت", "اخت", "أب", "اب", "أبا", "ابا", "أم", "ام", "والدي", "زميل", "صديق", "جار",
    "حارس", "أبناء", "ابناء", "أطفال", "اطفال", "إخوة", "اخوة", "طفل", "طفلة"))
# shares of a group with its pronoun ("غالبيتهم"، "بينهم" is a preposition)
SHARES = tuple(match_key(w) for w in ("غالبيت", "معظم", "بعض", "جميع", "أغلب", "اغلب", "كل", "أحد", "احد", "بين", "من"))


def _possessed_object(words: list[Token], side: _Mention) -> _Mention | None:
    """A noun with a possessive pronoun right after a verb's subject ("قتل رجل ثلاثيني زوجته"): the
    object of an active verb, so the subject is no passive's."""
    k = _word_index(words, side.end - 1) + 1
    first = _word_index(words, side.start)
    if k >= len(words) or words[k].kind != "word" or words[k].start - side.end > 1 or (
            first > 0 and (words[first - 1].kind == "num" or words[first - 1].key in NUMBER_WORDS)):
        return None  # ("قتل 33 شخصا غالبيتهم": counted, the ones killed)
    if any(words[k].key.startswith(q) for q in SHARES):
        return None  # "معظمهم"، "جميعهم": a share of the subject, no object
    w = words[k]
    key = w.key
    text = w.text.rstrip("،.«»\"'")  # the written ه of a pronoun, not the ة of a feminine noun
    if _strip_conjunction(key) != key or key in BARE_STOP or key in NUMBER_WORDS or key[:1] in ("ي", "ت", "ب", "ل") \
            or key.startswith("ال") or len(key) < 4 or not text.endswith(POSSESSED):
        return None
    stem = next((key[: -len(p)] for p in ("هما", "هم", "ها", "ه") if key.endswith(p)), key)
    if stem not in PEOPLE and stem.rstrip("ت") not in PEOPLE and match_key(stem.rstrip("ت") + "ة") not in PEOPLE:
        return None  # "قتل طفل عمره عام": a word of the subject, not a person it killed
    return _Mention(w.start, w.end, None, "@" + key)


def _place_name(doc: Document, words: list[Token], side: _Mention) -> bool:
    """Whether a side is the name of a place: after a place noun ("ولاية كولورادو"), or a place
    brought by من ("من نيجيريا")."""
    k = _word_index(words, side.start)
    if k == 0 or words[k].start < side.start:
        return False
    prev = _strip_conjunction(words[k - 1].key)
    if any(p in PLACE_NOUNS or match_key("ال" + p) in PLACE_NOUNS for p in (prev, words[k - 1].key)):
        return True  # ("ولاية": a و of its own, not a conjunction)
    ent = doc.entity(side.entity) if side.entity else None
    return prev == "من" and ent is not None and ent.type == "LOC"


# the marks of a passive's agent, as words ("على يد"، "من قبل"، "بأيدي"، "برصاص"، "بنيران")
AGENT_PAIRS = frozenset(((match_key("على"), match_key("يد")), (match_key("على"), match_key("أيدي")),
                         (match_key("من"), match_key("قبل"))))
AGENT_WORDS_ATTACHED = frozenset(match_key(w) for w in ("بأيدي", "بيد", "برصاص", "بنيران", "برصاصة"))
# how far after a trigger the agent's mark may stand in its clause
MARKED_REACH = 12


def marked_agent(doc: Document, words: list[Token], i: int, n: int, mentions: list[_Mention]) -> _Mention | None:
    """The agent a mark names after a victim's trigger in its clause, past a count ("تم اغتصابها من
    قبل عدة ضباط"، "تعرض للضرب بأيدي حشد"، "قتل برصاص قناص"): the participant after the mark."""
    for y in range(i + n, min(len(words), i + n + MARKED_REACH)):
        w = words[y]
        if (w.kind == "punct" and w.text not in "«»\"") or _strip_conjunction(w.key) in CLAUSE_WORDS:
            return None
        if y + 1 < len(words) and (w.key, words[y + 1].key) in AGENT_PAIRS:
            start = y + 2
        elif w.key in AGENT_WORDS_ATTACHED:
            start = y + 1
        else:
            continue
        while start < len(words) and words[start].text in QUOTE_MARKS:
            start += 1
        j = _past_counts(words, start)
        while j < len(words) and words[j].key in AGENT_COUNTS:
            j = _past_counts(words, j + 1)
        if j >= len(words) or words[j].kind != "word" or words[j].key in BARE_STOP:
            return None
        return _at(doc, words, j, mentions)
    return None


QUOTE_MARKS = frozenset("«»\"'“”")
AGENT_COUNTS = frozenset(match_key(w) for w in ("عدة", "بضعة", "مجموعة", "عناصر"))


def _without_instrument(words: list[Token], side: _Mention | None, mentions: list[_Mention]) -> _Mention | None:
    """An unlisted two-word side whose second word is a weapon or a wound after ب ("مدني برصاصة"،
    "آخر بجروح") or opens a next item with و ("شخصان وأصيب"): the first word only."""
    if side is None or side.entity is not None:
        return side
    a, b = _word_index(words, side.start), _word_index(words, side.end - 1)
    w = words[b]
    if b == a + 1 and _strip_conjunction(w.key) != w.key and not any(m.start <= w.start < m.end for m in mentions):
        # "شخصان وأصيب": the next item of a toll, not a word of the side
        return _Mention(side.start, words[a].end, None, "@" + words[a].key, side.sector, side.protester)
    if b != a + 1 or w.key[:1] != "ب" or w.text[:1] != "ب" or w.key[1:] not in WEAPONS | INSTRUMENTS | WOUNDS \
            or any(m.start == w.start for m in mentions):
        return side  # ("اجتماعا لقوات الصحوة": a genitive with ل stays)
    return _Mention(side.start, words[a].end, None, "@" + words[a].key, side.sector, side.protester)


def attack_sides(doc: Document, words: list[Token], i: int, n: int, trig: Trigger, actor: _Mention | None,
                 target: _Mention | None, mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The sides of an unnamed attack read again by the grammar of its clause (see the module)."""
    t_end = words[i + n - 1].end
    if target is not None and _agent(words, target):
        actor, target = actor or target, None  # "على يد مسلحين": who attacked, not who was attacked
    if trig.pos == "verb" and trig.arg != "patient":
        x = attack_before(words, i)
        vso = False
        if x is None:
            x = attack_after(words, i, n)
            vso = x is not None
        if x is not None:
            actor = attack_agent(doc, words, x, mentions)
            if vso:  # the object follows the attack noun and its adjectives and agent
                y = x + 1
                while y < len(words) and (_adjective(words[y], _definite(words[x])) or _demonym(words, y) is not None):
                    y += 1
                y = _past_counts(words, y)
                if target is not None and target.start >= words[y - 1].end:
                    pass  # the first reading found the object past the attack noun
                elif y < len(words) and words[y].kind == "word" and words[y].key not in BARE_STOP:
                    target = _at(doc, words, y, mentions)
                else:
                    target = None
            elif target is not None and target.start < t_end:
                target = None
    if trig.arg != "patient" and (subject := _complementizer_subject(doc, words, i, trig, mentions)) is not None \
            and (actor is None or actor.end <= subject.start) and (target is None or target.key != subject.key):
        actor = subject  # "وقالت الوزارة إن التحالف شن 13 غارة": the coalition, not the ministry
    if trig.arg == "patient" and trig.mode != "explosives" and (
            target is not None or trig.pos == "verb" or words[i].key in SELF_REPORTING
            or _strip_conjunction(words[i].key) in SELF_REPORTING):
        # (a victim noun with no side found is read again only when it is a toll: "مقتل"، "إصابة")
        if trig.pos == "verb" and target is not None and target.end <= words[i].start \
                and _strip_conjunction(words[i].key) != words[i].key:
            # "وقتل جندي وأصيب آخر": a verb after و opens its clause; its subject follows it
            target = adjacent_patient(doc, words, i, n, None, mentions) or target
        else:
            target = adjacent_patient(doc, words, i, n, target, mentions)
        if trig.pos == "verb" and (target is None or target.end <= words[i].start):
            # "و32 أصيبوا بجروح": the subject right before the verb, not a noun further back
            target = _subject_right_before(doc, words, i, mentions) or target
    if trig.pos == "verb" and trig.mode in ("kill", "abduct") and i + n < len(words) and words[i + n].key in RESUMPTIVE:
        # "مواجهات ... قتل فيها الأسبوع الماضي ثلاثة": the one killed follows the pronoun and the time
        j = i + n + 1
        while j < len(words) and (words[j].key in SUBJECT_SKIP or words[j].key in TIME_WORDS):
            j += 1
        j = _past_counts(words, j)
        if j < len(words) and words[j].kind == "word" and words[j].key not in BARE_STOP:
            target = _at(doc, words, j, mentions)
            if actor is not None and actor.end <= words[i].start:
                actor = None
    if trig.pos == "verb" and trig.mode in ("kill", "abduct") and _no_object(words, i + n):
        subject = _subject_right_before(doc, words, i, mentions)
        if subject is not None and (target is None or target.start >= t_end or target.key == subject.key):
            # "11 شخصا قتلوا و32 أصيبوا بجروح"، "بوتو، قد قتلت في هجوم": a passive whose subject was hit
            if actor is not None and (actor.key == subject.key or actor.end <= subject.start):
                actor = None  # (nor is a speaker before it, "أعلنت الوزارة أن ...", the attacker)
            target = subject
    if actor is None and (agent := marked_agent(doc, words, i, n, mentions)) is not None and (
            target is None or agent.key != target.key):
        actor = agent  # "تم اغتصابها من قبل عدة ضباط": who did it, named after its mark
    if (actor is None or (actor.start >= t_end and not _agent(words, actor))) and (
            found := clause_agent(doc, words, i, n, mentions)) is not None:
        agent, y = found
        if actor is None or actor.end <= words[y].start:
            actor = agent  # "قتل تسعة عناصر من التنظيم في الغارات التي نفذتها مقاتلات": the aircraft
    if trig.pos == "verb" and trig.mode == "kill" and actor is None and target is not None and target.start >= t_end:
        obj = _possessed_object(words, target)
        if obj is not None:  # "قتل رجل زوجته": the subject after the verb killed its object
            actor, target = target, obj
    if actor is not None and _place_name(doc, words, actor):
        actor = None  # "في ولاية كولورادو وقتل فيه"، "مدير منفذ مدينة بنغازي": a place acts on no one
    if no_target(doc, words, target):
        target = None
    target = _without_instrument(words, target, mentions)
    if target is not None and target.start >= t_end:
        target = genitive_chain(doc, words, target, definite_only=True)  # "أنصار جماعة الإخوان"
    if trig.pos == "verb" and trig.arg != "patient" and target is not None and target.start >= t_end \
            and (described := _described_subject(doc, words, i, mentions)) is not None:
        actor = described  # "ضد مسلحين هاجموا دورية": the indefinite noun the verb describes attacked
    if actor is None and trig.arg != "patient" and trig.mode is not None \
            and (speaker := _stating_subject(doc, words, i, trig, mentions)) is not None \
            and (target is None or target.key != speaker.key):
        # "وأقر التحالف ...، أنه نفذ ضربات جوية": who states it did the attack; not for a verb of no
        # mode, which may be no blow ("أوضحت الشركة أنها استهدفت فصل الصيف": aimed at)
        actor = speaker
    if actor is not None and target is not None and actor.key == target.key:
        target = None
    return actor, target


def _stating_subject(doc: Document, words: list[Token], i: int, trig: Trigger,
                     mentions: list[_Mention]) -> _Mention | None:
    """The speaker of the statement whose complementizer carries the subject pronoun of the verb of
    an attack, or of the light verb of an attack noun ("أعلن الجيش، في بيان، أنه قصف ..."، "أنها نفذت
    غارات"): the one who says it attacked."""
    v = _clause_verb(words, i, trig)
    if v is None:
        return None
    if v < 1 or not _pronoun_complement(words, v - 1) or _strip_conjunction(words[v].key) != words[v].key:
        return None
    speaker = opened_by(doc, words[v - 1])
    if speaker is None or speaker.start is None or speaker.end is None:
        return None
    named = next((m for m in mentions if m.start == speaker.start and m.end == speaker.end), None)
    if named is not None:
        return named
    key = speaker.entity or "@" + match_key(doc.text[speaker.start : speaker.end])
    return _Mention(speaker.start, speaker.end, speaker.entity, key)


def _described_subject(doc: Document, words: list[Token], i: int, mentions: list[_Mention]) -> _Mention | None:
    """The indefinite common noun right before a verb with no conjunction on it, which the verb's
    clause describes ("على مسلحين هاجموا دورية"، "ضد مقاتلين استهدفوا القافلة"): an indefinite noun's
    relative clause takes no relative pronoun, and the noun is its subject."""
    if i == 0 or words[i - 1].kind != "word" or _strip_conjunction(words[i].key) != words[i].key:
        return None
    noun = next((m for m in mentions if m.end == words[i - 1].end and m.entity is None), None)
    if noun is None or doc.text[noun.start : noun.end].startswith(("ال", "لل")):
        return None
    return noun
