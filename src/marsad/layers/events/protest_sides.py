"""The sides of a protest: who gathers (a crowd named before a gathering verb, "الآلاف من X", the
subject of an act done "احتجاجا") and what it is against, read from its marks first ("ضد"،
"للمطالبة بـ"، slogans and refusals) before where it marches ("أمام مقر X")."""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.clauses import ADVERBIAL, DAY_BEFORE, _bare, _named_or_bare, _performed_by
from marsad.layers.events.crowds import PROTEST_SIGNS
from marsad.layers.events.mention_positions import (
    PLACE_NOUNS,
    _introduced_by_preposition,
    _locative,
    _word_index,
)
from marsad.layers.events.noun_phrases import _nationality
from marsad.layers.events.protest_actors import (
    FOLLOWERS,
    _counts_protests,
    _followers,
    _opening_subject,
    _organiser_before,
    _protest_noun,
    _witness,
)
from marsad.layers.events.protest_marks import SOLIDARITY, _mark_word, _protest_mark, _purpose_mark
from marsad.layers.events.protest_places import _not_protested
from marsad.layers.events.protest_subjects import QAD, subject_of_pronoun_verb
from marsad.layers.events.protest_targets import (
    _deed_agent,
    _with_apposition,
    _with_author,
    _with_coordinated,
    _with_leader,
)
from marsad.layers.events.words import (
    BARE_STOP,
    CLAUSE_WORDS,
    COUNTS,
    EMBASSIES,
    LIGHT_VERBS,
    LOCATIVES,
    NUMBER_WORDS,
    QUANTITY,
    REFERENCE,
    RELATIVES,
    STREET_REACH,
    STREETS,
    SUBJECT_SKIP,
    SUBJECT_WINDOW,
    TARGET_PREPOSITIONS,
    TARGET_SKIP,
    _Mention,
    _strip_conjunction,
)
from marsad.lexicons import loader


def _protest_sides(doc: Document, words: list[Token], k: int, n: int, actor: _Mention | None,
                   target: _Mention | None, mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The sides of a protest: who protests is the subject after a verb that opens its clause
    ("وتظاهر آلاف الطلاب"، "احتشد عدد من الشبان"), whoever stands before it otherwise; what is
    protested is introduced by ضد، مناهضة، احتجاجا على، مطالبين or أمام ("أمام مقر الحكومة"),
    not the place where it happens."""
    actor = _subject_after_verb(doc, words, k, n, actor, mentions)
    held_by = _held_by(doc, words, k + n, mentions)
    if held_by is not None and _protest_noun(_strip_conjunction(words[k + n - 1].key)):
        actor = held_by  # "تظاهرة لأنصار المعارضة"، "مسيرة للطلاب": whose protest it is
    elif k + n < len(words) and _protest_noun(_strip_conjunction(words[k + n].key)) and (
            held_by := _held_by(doc, words, k + n + 1, mentions)) is not None:
        actor = held_by  # "خرجت مظاهرة حاشدة لأنصار المعارضة": the noun after its verb, whose it is
    if actor is None and _protest_noun(_strip_conjunction(words[k + n - 1].key)):
        # "اندلعت تظاهرات العراقيين"، "احتجاجات الطلاب": the people the protest noun names in construct
        actor = _genitive_people(doc, words, k + n, mentions)
    actor = _pronoun_subject(doc, words, k, n, actor, mentions)
    actor = _organiser_or_purpose_subject(doc, words, k, n, actor, mentions)
    target = _protest_target(doc, words, k, n, actor, target, mentions)
    if target is not None and _backer(words, target):
        # "تظاهرات مدعومة من الحزب"، "بدعوة من النقابة": who backs or calls the protest, not its target
        actor, target = actor or target, None
    if actor is not None and actor.entity is None and _protest_noun(_strip_conjunction(
            match_key(doc.text[actor.start : actor.end].split()[0]))):
        # "خرجت مظاهرات حاشدة": the protest is not its own actor; the people it names in construct
        # are ("خرجت مظاهرات أنصار المعارضة"، "اندلعت احتجاجات الطلاب")
        actor = _genitive_people(doc, words, _word_index(words, actor.start) + 1, mentions)
    if target is not None and target.entity is not None:  # "مبنى وزارة الدفاع الأميركية البنتاغون"
        target = _with_apposition(doc, words, target, mentions)
    actor, target = _followers(doc, words, actor, target, mentions)
    if actor is not None and (_witness(words, k, actor) or _counts_protests(doc, words, actor)):
        actor = None  # "شهدت بغداد مظاهرات"، "المدينة التي شهدت احتجاجات": where, not who; "أولى المظاهرات"
    if (people := _nisba_people(words, k + n)) is not None and (actor is None or actor.end <= words[k].start):
        # "لتفريق مظاهرات فلسطينية": the protest's people by the adjective of its noun, not who
        # disperses it
        actor = people
    partook = None
    if actor is None:
        actor = _partaker(doc, words, k, n, mentions)  # "وشارك في المظاهرة نواب"، "مظاهرة شارك فيها عشرات"
        partook = actor
    if actor is None and k + n + 1 < len(words) and words[k + n].key == "من":
        actor = next((m for m in mentions if words[k + n + 1].start <= m.start < words[k + n + 1].end
                      and (m.protester or m.sector in CROWD_SECTORS)), None)  # "تجمع من المحتجين"
    if target is not None and (target.protester or actor is not None and target.start < actor.end
                               and actor.start < target.end):
        # protesters are who protests, never the target ("تجمع من المتظاهرين")
        actor, target = actor or target, None
    if actor is None and k > 0:
        actor = _light_verb_subject(doc, words, k, mentions)  # "نظمت الجالية في المدينة تظاهرة"
    if actor is not None and actor is not partook and _after_mark(words, k + n, actor):
        # "تظاهرت عائلات الاثنين، مطالبة بحماية سكان القرية": who a demand names is not who protests
        actor = None
    actor = _trimmed(words, actor, own=True)
    actor, target = _joined_sides(doc, words, actor, target, mentions)
    actor = _with_fellows(words, _partitive(doc, words, actor, mentions), target, mentions)
    return whole_words(words, _trimmed(words, _before_purpose(words, actor), own=True)), \
        whole_words(words, _trimmed(words, _before_purpose(words, target)))


def _definite_plural_then_noun(words: list[Token], a: int) -> bool:
    """Whether word a is a definite sound plural ("السائقين"، "المحتجون") and the word after it a
    definite noun that cannot be its adjective (no plural or nisba ending: "الطريق"، "الشارع")."""
    first, second = _strip_conjunction(words[a].key), words[a + 1].key
    return first.startswith("ال") and first.endswith(("ين", "ون")) and second.startswith("ال") \
        and not second.endswith(("ين", "ون", "يه", "ي", "ات"))


def _before_purpose(words: list[Token], side: _Mention | None) -> _Mention | None:
    """A side cut before a word stating the protest's purpose inside it, as a name read too far
    may run ("نادي الضباط للاحتجاج على ..."): the purpose opens what the protest is for, no side."""
    if side is None:
        return None
    a, b = _word_index(words, side.start), _word_index(words, side.end - 1)
    for z in range(a + 1, b + 1):
        if _purpose_mark(words, z) and _strip_conjunction(words[z].key) not in ("على", "علي"):
            return _Mention(side.start, words[z - 1].end, side.entity, side.key, side.sector, side.protester)
    return side


def _subject_after_verb(doc: Document, words: list[Token], k: int, n: int, actor: _Mention | None,
                        mentions: list[_Mention]) -> _Mention | None:
    """Who protests as the subject after the protest's verb: a mention inside the trigger phrase
    ("سار المتظاهرون"), else, when the verb opens its clause, the participant past the counts and times
    after it ("وتظاهر أمس آلاف الطلاب"، "تظاهر أمس المئات بمدينة البصرة"، "واعتصم المئات أمام المقر")."""
    # ("فيما" read whole: the و/ف stripped off it leaves no clause word)
    opens = k == 0 or words[k - 1].kind == "punct" or _strip_conjunction(words[k - 1].key) in CLAUSE_WORDS \
        or words[k - 1].key in CLAUSE_WORDS \
        or words[k].key[:1] in ("و", "ف") and _strip_conjunction(words[k].key) != words[k].key \
        or (k >= 2 and _strip_conjunction(words[k - 2].key) in LOCATIVES and (k == 2 or words[k - 3].kind == "punct"))
    # ("وفي غواتيمالا نزل آلاف الأشخاص": a place put first opens the clause too); a relative's verb has
    # its antecedent as subject ("أهالي الفلوجة الذين تظاهروا في شارع 40")
    opens = opens and not (k > 0 and words[k - 1].key in RELATIVES)
    inside = [m for m in mentions if words[k].start <= m.start and m.end <= words[k + n - 1].end]
    j = k + n
    while j < len(words) and (words[j].key in QUANTITY or words[j].kind == "num" or words[j].key in SUBJECT_SKIP
                              or words[j].key in NUMBER_WORDS):
        j += 1
        if j + 2 < len(words) and words[j].key in DAY_BEFORE and words[j + 1].key == "من":
            j += 2  # "خرج مساء أول من أمس مئات ..."
    c = j + 2
    while c < len(words) and words[c].key in SUBJECT_SKIP:
        c += 1  # "وتظاهر في بيروت أمس مئات من ...": a time after the place
    if c < len(words) and j + 1 < len(words) and j == k + n and _strip_conjunction(words[j].key) in LOCATIVES \
            and words[j + 1].kind == "word" and words[c].kind in ("word", "num") and (
                words[c].key in QUANTITY or words[c].key in NUMBER_WORDS or words[c].kind == "num"):
        # "وتظاهر في العاصمة الآلاف من ...": a place told before the counted subject
        j = c
        while j < len(words) and (words[j].key in QUANTITY or words[j].key in NUMBER_WORDS or words[j].kind == "num"):
            j += 1
    if inside:
        actor = inside[0]  # "سار المتظاهرون": the trigger phrase holds its subject
    elif opens and j < len(words):
        at_j = [m for m in mentions if words[j].start <= m.start < words[j].end + 1]
        if at_j:
            actor = at_j[0]
        elif _definite_count(words, j - 1) and j - 1 >= k + n:
            # "تظاهر أمس المئات بمدينة البصرة": a definite count governs no genitive; it is who protests
            actor = _Mention(words[j - 1].start, words[j - 1].end, None, "@" + words[j - 1].key, "CVL")
        elif _mark_word(words, j):
            if (c := _count_before(words, k + n, j)) is not None:
                # "واعتصم المئات أمام المقر"، "تظاهر العشرات مساء أمس أمام ...": the count is who protests
                actor = _Mention(words[c].start, words[c].end, None, "@" + words[c].key, "CVL")
        elif actor is None or actor.end <= words[k].start or actor.start > words[j].end or _locative(words, actor):
            # "وتجمع عشرات الفلسطينيين في ميدان ...": the subject right after the verb, not a place further on
            actor = _partitive(doc, words, _bare(doc, words, j), mentions) or actor
    return actor


def _pronoun_subject(doc: Document, words: list[Token], k: int, n: int, actor: _Mention | None,
                     mentions: list[_Mention]) -> _Mention | None:
    """Who a verb with its subject as a pronoun refers to, named before it ("وخرج الطلاب ...
    وساروا"), or none after it; who the clause names as the subject of كان or a relative verb."""
    if _strip_conjunction(words[k].key).endswith(("وا", "ون")) and (actor is None or actor.start >= words[k].start
                                                             or actor.entity is not None):
        # "وخرج الطلاب ... وساروا نحو السفارة"، "الآلاف من النيباليين قد خرجوا": the verb carries its
        # subject as a pronoun; the protesters are named before it
        before = _subject_before(doc, words, k, mentions)
        if before is not None:
            actor = before
        elif actor is not None and actor.start >= words[k + n - 1].end:
            # "ممن اعتصموا بداخله في وجه المستوطنين": a verb with its subject as a pronoun has none
            # after it; who follows is its object or the object of a preposition
            actor = None
    if (said := subject_of_pronoun_verb(doc, words, k, mentions)) is not None:
        # "وكان الفلاحون قد اعتصموا"، "اعتقلت الشرطة طلابا كانوا يتظاهرون": the clause names it
        actor = said
    return actor


def _organiser_or_purpose_subject(doc: Document, words: list[Token], k: int, n: int, actor: _Mention | None,
                                  mentions: list[_Mention]) -> _Mention | None:
    """Who organised a protest ("مظاهرة نظمها حزب البعث"), or, for an act done "احتجاجا",
    the protesters of its clause or the subject of its verb ("وقاطع نواب المعارضة الجلسة احتجاجا")."""
    if words[k].key in ADVERBIAL and actor is not None and actor.end <= words[k].start and not actor.protester \
            and actor.sector not in CROWD_SECTORS and _introduced_by_preposition(words, actor):
        # "أعلن الحزب انسحابه من الحكومة احتجاجا": what is left, not who protests (people after من
        # are who is counted: "أكثر من 200 شخص معظمهم من الطلاب")
        actor = None
    if (by := _organised_at(words, k + n)) is not None:
        # "مظاهرة نظمها حزب البعث"، "مسيرة دعا إليها ..."، "وخرجت مظاهرة حاشدة نظمتها الحركة": who
        # organised it protests
        after = [m for m in mentions if by < _word_index(words, m.start) <= by + 3]
        actor = after[0] if after else (_bare(doc, words, by + 1) or actor)
    elif words[k].key in ADVERBIAL and (organiser := _organiser_before(doc, words, k, mentions)) is not None:
        actor = organiser  # "مسيرات نظمتها النقابات احتجاجا على ...": who organised what was done in protest
    elif words[k].key in ADVERBIAL and not any(m.protester and m.start >= words[k].start for m in ([actor] if actor else [])):
        # "خرج مئات من المتظاهرين تدعمهم الأحزاب احتجاجا على ...": the protesters of the clause;
        # else who did what was done in protest ("أحرق أحد التونسيين نفسه احتجاجا")
        before = [m for m in mentions if m.protester and m.end <= words[k].start]
        if before:
            actor = before[-1]
        elif actor is None:
            # "وبدأ مئات المعتقلين إضرابا عن الطعام احتجاجا": the counted subject of the clause's verb
            actor = _subject_before(doc, words, k, mentions) or _counted_opening(doc, words, k, mentions) \
                or _holder_before(doc, words, k, mentions) or _noun_before_verb(doc, words, k, mentions)
        elif (subject := _opening_subject(words, k, mentions) or _counted_opening(doc, words, k, mentions)) is not None \
                and subject.start < actor.start:
            actor = subject  # "وقاطع نواب المعارضة جلسة البرلمان احتجاجا": the verb's subject, not its object
    return actor


def _protest_target(doc: Document, words: list[Token], k: int, n: int, actor: _Mention | None,
                    target: _Mention | None, mentions: list[_Mention]) -> _Mention | None:
    """What a protest (its trigger the n words at k) is against: the side its marks name ("احتجاجا
    على القرار"، "ضد الحكومة"), else the participant found after it unless that is where it happens
    or who protests; with neither, its purpose told far on, past a long list of places."""
    objection = _strip_conjunction(words[k].key).startswith(_OBJECTING)
    marked = _marked_protest_target(doc, words, k + n, actor, mentions, objection=objection)
    if marked is None and _not_protested(doc, words, actor, target):
        target = None  # where it happens, or the protesters themselves, is not what is protested
    if marked is None and target is None:
        marked = _marked_protest_target(doc, words, k + n, actor, mentions, objection=objection, far=True)
    return target if marked is None else _whole_target(doc, words, marked, actor, mentions)


def _whole_target(doc: Document, words: list[Token], marked: _Mention, actor: _Mention | None,
                  mentions: list[_Mention]) -> _Mention:
    """What a mark of a protest names ("احتجاجا على القرار"، "ضد الحكومة"), with the name set beside
    it, who did the deplored act ("على يد قوات الاحتلال"), the sides joined to it and who leads or
    does it ("الإجراءات التي تنفذها إدارة السجون")."""
    target = _with_apposition(doc, words, marked, mentions) if marked.entity is not None else _with_author(
        doc, words, marked, mentions)
    return _with_leader(doc, words, _with_coordinated(words, _deed_agent(doc, words, marked, actor, mentions) or target,
                                                      mentions), mentions)


def marked_target(doc: Document, words: list[Token], start: int, actor: _Mention | None,
                  mentions: list[_Mention]) -> _Mention | None:
    """What a protest whose words end before word `start` is against, by its marks, whole."""
    marked = _marked_protest_target(doc, words, start, actor, mentions)
    return None if marked is None else _whole_target(doc, words, marked, actor, mentions)


# words of backing or calling before من and who does it ("مدعومة من"، "بدعوة من"، "بتنظيم من")
_BACKING = frozenset(match_key(w) for w in ("مدعومة", "مدعوم", "مدعومه", "بدعم", "بدعوة", "بتنظيم", "بمشاركة",
                                            "بدعوه", "بقيادة", "يقودها", "تقودها", "ينظمها", "تنظمها"))


def _backer(words: list[Token], side: _Mention) -> bool:
    """Whether a side is named after a word of backing or calling and من ("مدعومة من حزب ...")."""
    x = _word_index(words, side.start)
    if x >= 1 and words[x - 1].key == "من":
        x -= 1
    return x >= 1 and _strip_conjunction(words[x - 1].key) in _BACKING


def _joined_sides(doc: Document, words: list[Token], actor: _Mention | None, target: _Mention | None,
                  mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """Who protests with what is joined to it: the genitive of its noun in construct ("سكان حي
    واكام"), and a side joined to it by و ("مئات الأطباء والممرضين"), which is then no target."""
    if actor is not None and (genitive := _genitive_of(doc, words, actor, mentions)) is not None:
        # "تظاهر سكان حي واكام": the noun after the actor's is its genitive, part of who protests
        if target is not None and target.start < genitive.end and genitive.start < target.end:
            target = None
        actor = _Mention(actor.start, genitive.end, actor.entity, actor.key, actor.sector, actor.protester)
    if actor is not None and target is not None and target.start > actor.end \
            and doc.text[actor.end : target.start].strip() in ("و", "") and doc.text[actor.end : target.start + 1].split() \
            and doc.text[actor.end : target.start + 1].split()[0].startswith("و") and not target.protester:
        # "وشارك في الاحتجاج مئات الأطباء والممرضين": a side joined to who protests protests with them
        actor, target = _Mention(actor.start, target.end, actor.entity, actor.key, actor.sector, actor.protester), None
    return actor, target


def _genitive_people(doc: Document, words: list[Token], x: int, mentions: list[_Mention]) -> _Mention | None:
    """The people a protest noun before word x names as its genitive: protesters, a crowd's sector,
    an organisation, or followers ("أنصار المعارضة"); not a day or a place ("مظاهرات الجمعة")."""
    if x >= len(words) or words[x].kind != "word" or doc.text[words[x - 1].end : words[x].start] != " ":
        return None
    named = next((m for m in mentions if m.start == words[x].start), None)
    if named is not None and (named.protester or named.sector in CROWD_SECTORS or (
            named.entity is not None and (ent := doc.entity(named.entity)) is not None and ent.type == "ORG")):
        return named
    key = words[x].key[2:] if words[x].key.startswith("ال") else words[x].key
    if named is None and key.endswith(("يين", "يون")) and _nationality(key[:-2]):
        # "تظاهرات العراقيين"، "احتجاجات الأكراد" (a people by its nationality, in the plural)
        return _Mention(words[x].start, words[x].end, None, "@" + words[x].key, "CVL")
    return _bare(doc, words, x) if words[x].key in FOLLOWERS else None


def _with_fellows(words: list[Token], actor: _Mention | None, target: _Mention | None,
                  mentions: list[_Mention]) -> _Mention | None:
    """An actor with the people coordinated right after it by و ("وتظاهر الطلاب والأساتذة"):
    who protests, all of them; not forces ("الطلاب والشرطة" clash) nor the target."""
    if actor is None:
        return None
    end = actor.end
    while True:
        x = _word_index(words, end - 1) + 1
        if x >= len(words) or words[x].kind != "word" or words[x].key[:1] != "و":
            break
        nxt = next((m for m in mentions if m.start == words[x].start + 1 and m.entity is None
                    and (m.protester or m.sector in CROWD_SECTORS)), None)
        if nxt is None or (target is not None and nxt.start < target.end and target.start < nxt.end):
            break
        end = nxt.end
    return actor if end == actor.end else _Mention(actor.start, end, actor.entity, actor.key, actor.sector, actor.protester)


def _after_mark(words: list[Token], start: int, actor: _Mention) -> bool:
    """Whether an actor comes after a mark of what the protest is against, between the trigger's
    end (word `start`) and it ("... مطالبة بحماية سكان القرية"، "ضد الحكومة"): the mark's side, not
    the subject. A place mark is passed over: a subject may follow where the protest is ("تظاهر
    أمام السفارة آلاف الطلاب")."""
    if actor.protester or actor.start < words[min(start, len(words) - 1)].start:
        return False
    a = _word_index(words, actor.start)
    return any(_protest_mark(words, x) and _strip_conjunction(words[x].key) not in PLACE_MARKS
               for x in range(start, a))


# nouns of a number or a mass of people, whose people follow with من ("أعداد كبيرة من الأميركيين"،
# "حشود غفيرة من المواطنين"، "مجموعة من الشبان")
MASS_NOUNS = frozenset(match_key(w) for w in ("أعداد", "اعداد", "حشود", "جموع", "حشد", "جمع", "مجموعة", "مجموعات",
                                              "جماهير", "عدد", "الكثير", "كثير"))


def _partitive(doc: Document, words: list[Token], side: _Mention | None, mentions: list[_Mention]) -> _Mention | None:
    """A bare side headed by a noun of number or mass, with its adjective, followed by من: the
    people counted ("أعداد كبيرة من الأميركيين": the Americans)."""
    if side is None or side.entity is not None:
        return side
    a, b = _word_index(words, side.start), _word_index(words, side.end - 1)
    if b == a and b + 3 < len(words) and words[b + 1].kind == "word" and words[b + 2].key == "من" \
            and not words[b + 1].key.startswith("ال"):
        b += 1  # "حشود غفيرة من المواطنين": past the adjective
    if _strip_conjunction(words[a].key) not in MASS_NOUNS or b + 2 >= len(words) or words[b + 1].key != "من":
        return side
    return _named_or_bare(doc, words, b + 2, mentions) or side


def _counted_opening(doc: Document, words: list[Token], k: int, mentions: list[_Mention]) -> _Mention | None:
    """The subject right after the verb opening the clause of "احتجاجا" at k, counted or not ("وبدأ
    مئات المعتقلين إضرابا ... احتجاجا"، "وانسحب وزير الخارجية من الجلسة احتجاجا"): a noun after
    the verb with no preposition before it is its subject."""
    c = k - 1
    while c > 0 and words[c - 1].kind != "punct" and _strip_conjunction(words[c - 1].key) not in CLAUSE_WORDS:
        c -= 1
    first = c  # where the clause opens, before "قد"
    if _strip_conjunction(words[c].key) in QAD:
        c += 1  # "وقد انسحب الوفد"
    opener = _strip_conjunction(words[c].key)
    if c + 2 >= k or words[c].kind != "word" or opener.startswith("ال") or opener in BARE_STOP \
            or opener in SUBJECT_SKIP or any(words[c].start <= m.start < words[c].end for m in mentions):
        return None  # a clause opened by a noun, a particle or a time: no verb-first clause
    x = c + 1
    while x < k and words[x].key in SUBJECT_SKIP:
        x += 1
    if x + 1 >= k or words[x].kind != "word" or words[x].key in BARE_STOP or words[x].key[:1] in ("ب", "ل"):
        return None  # a preposition: no subject here ("وزير" keeps its و: no conjunction read off)
    if k - c > OPENING_CLAUSE or not (first == 0 or words[first - 1].kind == "punct" or words[first].key[:1] in ("و", "ف")):
        return None  # the clause's first word only, in a short clause
    if words[x].key in QUANTITY or words[x].kind == "num" or words[x].key in NUMBER_WORDS:
        y = x + 1  # "مئات المعتقلين"، "عدد من رؤساء الأقسام": the people counted
        if y < k and words[y].key == "من":
            y += 1
        noun = _named_or_bare(doc, words, y, mentions) if y < k else None
    else:  # a person or a body named, or a title ("وزير الخارجية"), right after the verb
        noun = next((m for m in mentions if words[x].start <= m.start < words[x].end and (
            m.entity is not None or m.sector is not None)), None)
        if noun is None and words[x].key in TITLE_HEADS:
            noun = _bare(doc, words, x)
        elif noun is None and _nominative_plural(words[x].key):
            # "وبدأ المزارعون تحركا ... احتجاجا": a definite plural in the nominative is the subject,
            # with its adjective ("المزارعون الفرنسيون")
            end = x + 1 if x + 1 < k and _nominative_plural(words[x + 1].key) else x
            noun = _Mention(words[x].start, words[end].end, None, "@" + words[x].key, "CVL")
    return None if noun is None or noun.end > words[k].start else noun


def _nominative_plural(key: str) -> bool:
    """Whether a word is a definite masculine plural in the nominative ("المزارعون"، "الموظفون")."""
    return key.startswith("ال") and key.endswith("ون") and len(key) > 6


# words that open a clause whose first noun is its subject ("إن"، "أن"): the noun, then its verb
_NOUN_FIRST = frozenset(match_key(w) for w in ("إن", "أن", "ان", "لأن", "لان", "بأن", "بان", "كما", "حيث"))


# verbs of coming or being, whose subject "احتجاجا" describes ("جاء القرار احتجاجا"): no protester
_COMING = frozenset(match_key(w) for w in ("جاء", "جاءت", "يأتي", "تأتي", "ياتي", "تاتي", "كان", "كانت", "يكون", "تكون",
                                           "أتى", "اتى", "أتت", "اتت"))


def _noun_before_verb(doc: Document, words: list[Token], k: int, mentions: list[_Mention]) -> _Mention | None:
    """The subject of a singular verb right before "احتجاجا" at k, told before the verb in a clause
    opened by إن or أن, or at the sentence's start ("وقالت مصادر إن الوزير استقال احتجاجا"،
    "وأشار إلى أن سامي العلي استقال أيضا احتجاجا"): a named person or body, or a definite noun."""
    v = k - 1
    while v > 0 and words[v].key in SUBJECT_SKIP:
        v -= 1  # "استقال أيضا احتجاجا"
    if v < 1 or words[v].kind != "word" or words[v].key.startswith(("ال", "ب", "ل")) or words[v].key in BARE_STOP \
            or words[v].key.endswith(("ون", "ين", "ات")) or any(words[v].start <= m.start < words[v].end for m in mentions) \
            or _strip_conjunction(words[v].key) in _COMING:
        return None  # no past verb right before; "إن القرار جاء احتجاجا": what a thing is, not who acts
    named = next((m for m in mentions if m.end == words[v - 1].end and m.entity is not None), None)
    if named is not None:
        a = _word_index(words, named.start)
    elif _strip_conjunction(words[v - 1].key).startswith("ال") and words[v - 1].key not in BARE_STOP:
        a = v - 1
        if a >= 1 and words[a - 1].kind == "word" and not words[a - 1].key.startswith("ال") \
                and words[a - 1].key not in BARE_STOP and _strip_conjunction(words[a - 1].key) not in _NOUN_FIRST:
            a -= 1  # "وزير الصحة استقال": the noun in construct before
        named = _Mention(words[a].start, words[v - 1].end, None, "@" + match_key(doc.text[words[a].start : words[v - 1].end]))
    else:
        return None
    opener = words[a - 1] if a >= 1 else None
    if opener is not None and opener.kind == "word" and _strip_conjunction(opener.key) not in _NOUN_FIRST:
        return None  # the noun is no clause's first: an object or a genitive of something before
    if _locative(words, named) or _introduced_by_preposition(words, named):
        return None
    return named


# how many words the clause of "احتجاجا" may run from its verb (past them, its verb is another's)
OPENING_CLAUSE = 10
# nouns of an office heading a title after a verb ("وانسحب وزير الخارجية"، "رئيس الوفد")
TITLE_HEADS = frozenset(match_key(w) for w in ("وزير", "رئيس", "نائب", "سفير", "وفد", "الوفد", "أعضاء", "نواب",
                                               "ممثلو", "ممثلي", "قادة", "زعيم", "مندوب"))


# how many words before "احتجاجا" the protest it tells the reason of may be named
HOLDER_REACH = 12


def _holder_before(doc: Document, words: list[Token], k: int, mentions: list[_Mention]) -> _Mention | None:
    """Whose protest "احتجاجا" at k gives the reason of, by the protest noun before it and the
    people it names as its own ("وخلال المسيرة الأسبوعية لأهالي القرية، احتجاجا على الجدار")."""
    for x in range(k - 1, max(-1, k - 1 - HOLDER_REACH), -1):
        if words[x].kind == "punct" and words[x].text != "،":
            return None
        if _protest_noun(_strip_conjunction(words[x].key)) and words[x].key not in ADVERBIAL:
            return _held_by(doc, words, x + 1, mentions)
    return None


def _organised_at(words: list[Token], x: int) -> int | None:
    """The index of a verb of organising at x, or after the protest noun (and its adjective) that
    a verb of going out has there ("وخرجت مظاهرة حاشدة نظمتها الحركة")."""
    # a protest noun that is the trigger itself ends before x: its adjective may stand at x
    # ("مظاهرة حاشدة نفذها المئات")
    noun_before = x > 0 and _protest_noun(_strip_conjunction(words[x - 1].key))
    for y in range(x, min(len(words), x + 3)):
        key = _strip_conjunction(words[y].key)
        if _performed_by(key) or key in _LED_IT:
            return y
        if words[y].kind != "word" or (y == x and not noun_before and not _protest_noun(key)) \
                or ((y > x or noun_before) and not _protest_noun(key) and not key.endswith(("ة", "ه", "يه", "ا"))):
            return None  # past the protest noun, only an adjective ("حاشدة"، "احتجاجية")
    return None


# verbs of leading with the protest as their object pronoun ("احتجاج قاده طلاب"، "مسيرة تقودها النقابات"):
# who leads it protests
_LED_IT = frozenset(match_key(w) for w in ("قاده", "قادها", "قادته", "قادتها", "قادوه", "قادوها", "يقوده", "يقودها",
                                           "تقوده", "تقودها", "يقودونها"))


def _nisba_people(words: list[Token], x: int) -> _Mention | None:
    """The nationality adjective right after a protest noun ending before word x ("مظاهرات
    فلسطينية"، "احتجاجات كردية"، "التظاهرات الطلابية" is no nationality): the people who hold it."""
    if x < 1 or x >= len(words) or not _protest_noun(_strip_conjunction(words[x - 1].key)):
        return None
    w = words[x]
    key = w.key  # (no conjunction read off: "فلسطينية" opens with ف)
    if w.kind != "word":
        return None
    bare = key[2:] if key.startswith("ال") else key
    stem = bare[:-1] if bare.endswith(("ه", "ة")) else ""
    if not stem or not _nationality(stem):
        return None
    return _Mention(w.start, w.end, None, "@" + key, "CVL")


# words introducing who tells ("حسب"، "بحسب"، "وفق"): a source, not a side
# how many words before a protest noun its light verb may stand ("نظمت الجالية الإيرانية في باريس تظاهرة")
LIGHT_REACH = 6


# verbs of taking part ("شارك في المظاهرة"، "شارك فيها"): their subject protests
PARTAKE = frozenset(match_key(w) for w in ("شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "يشاركون"))
# how far after a protest's trigger "شارك فيها" may name who took part in it, past its purpose
# ("واندلعت تظاهرات في عدة مدن احتجاجا على نتائج الانتخابات شارك فيها عشرات الآلاف")
PARTAKE_REACH = 12


def _partaker(doc: Document, words: list[Token], k: int, n: int, mentions: list[_Mention]) -> _Mention | None:
    """Who takes part in a protest, named after the verb of taking part: "وشارك في المظاهرة نواب
    ومجموعات" (the verb before the protest noun) or "مظاهرة شارك فيها عشرات من النشطاء" (after it)."""
    x = k + n
    if _strip_conjunction(words[k].key) in PARTAKE and x + 1 < len(words) and words[x].key == "في" \
            and _protest_noun(_strip_conjunction(words[x + 1].key)):
        x += 2  # the trigger is the verb: "شارك" + "في المظاهرة"
    else:  # "فيها" after the protest noun, past its adjectives ("خرجت مظاهرة احتجاجية شارك فيها")
        x = next((y for y in range(x, min(len(words) - 1, x + PARTAKE_REACH))
                  if _strip_conjunction(words[y].key) in PARTAKE and words[y + 1].key in ("فيها", "فيه")
                  and not any(w.kind == "punct" for w in words[k:y])), -1) + 2
        if x < 2:
            return None
    count = None
    while x < len(words) and (words[x].key in SUBJECT_SKIP or words[x].key in COUNTS or _definite_count(words, x) or (
            words[x].key == "من" and words[x - 1].key in COUNTS)):  # "عشرات من النشطاء", not "من أجل"
        if words[x].key in COUNTS or _definite_count(words, x):
            count = x
        x += 1
    if x >= len(words) or words[x].kind != "word" or _mark_word(words, x) or words[x].key in BARE_STOP \
            or words[x].key == "من":  # "من أجل": a purpose, not who took part
        if count is not None and _definite_count(words, count):
            # "شارك فيها عشرات الآلاف": a definite count with nothing counted after it is who took part
            return _Mention(words[count].start, words[count].end, None, "@" + words[count].key, "CVL")
        return None
    return _named_or_bare(doc, words, x, mentions)


def _light_verb_subject(doc: Document, words: list[Token], k: int, mentions: list[_Mention]) -> _Mention | None:
    """Who a light verb before a protest noun has as subject, named between them ("ونظمت الجالية
    الإيرانية في بروكسل تظاهرة"، "نفذ عمال الموانئ أمس إضرابا"): the participant right after the verb."""
    if not _protest_noun(_strip_conjunction(words[k].key)):
        return None
    for x in range(k - 1, max(-1, k - 1 - LIGHT_REACH), -1):
        if words[x].kind == "punct":
            return None
        if _strip_conjunction(words[x].key) in LIGHT_VERBS and x + 1 < k:
            if words[x + 1].key in SUBJECT_SKIP or _mark_word(words, x + 1):
                return None
            return _named_or_bare(doc, words, x + 1, mentions)
    return None


def _genitive_of(doc: Document, words: list[Token], actor: _Mention, mentions: list[_Mention]) -> _Mention | None:
    """The genitive after an unnamed actor's noun in construct ("سكان حي واكام"، "طلاب جامعة
    القاهرة"، "عمال المناجم"): a noun in construct has no article and no nunation (not "المتظاهرين
    عمل البرلمان", a subject and its object)."""
    last = _word_index(words, actor.end - 1)
    head = _strip_conjunction(words[last].key)
    if actor.entity is not None or head.startswith("ال") or head.endswith(("ون", "ين", "ا")) or last + 1 >= len(words):
        return None
    nxt = words[last + 1]
    if nxt.kind != "word" or doc.text[actor.end : nxt.start] != " " or _mark_word(words, last + 1) \
            or nxt.key in SUBJECT_SKIP or nxt.key in BARE_STOP or _protest_noun(_strip_conjunction(nxt.key)):
        return None
    named = next((m for m in mentions if m.start == nxt.start), None)
    if named is not None:
        return named
    if nxt.key in PLACE_NOUNS:
        return _bare(doc, words, last + 1)  # "حي واكام": a place noun with its name
    return _Mention(nxt.start, nxt.end, None, "@" + nxt.key) if nxt.key.startswith("ال") else None


# adjectives of a protest naming whom it backs or opposes after ل ("مؤيدة للحكومة"، "مناهضة للحرب")
_FOR_OR_AGAINST = loader.keyed("protest_cues.tsv", "for_or_against", match_key)


def _held_by(doc: Document, words: list[Token], x: int, mentions: list[_Mention]) -> _Mention | None:
    """The people a protest noun names as its own with ل, right after it or its adjective ("مظاهرة
    لأنصار الحزب"، "اعتصام مفتوح للعمال"، "مسيرة لحركة المعارضة"); not a mark ("للمطالبة")."""
    for y in range(x, min(len(words), x + 2)):
        w = words[y]
        if w.kind != "word":
            return None
        if w.key[:1] == "ل" and not _mark_word(words, y):
            for m in mentions:
                if w.start < m.start < w.end and (m.protester or m.sector in CROWD_SECTORS or (
                        m.entity is not None and (ent := doc.entity(m.entity)) is not None and ent.type == "ORG")):
                    return m
            return _possessed_people(words, y)
        if not match_key(w.text).endswith(("ة", "ه", "يه", "ي")) or _strip_conjunction(w.key) in _FOR_OR_AGAINST:
            # only an adjective ("احتجاجية"، "حاشدة"، "مفتوح") stands between; "مظاهرات مؤيدة للأكراد"
            # names whom they back, not whose they are
            return None
    return None


# the pronoun suffixes of a noun of people owned by a place or a group ("لسكانها"، "لأهاليهم")
_OWNER_SUFFIXES = tuple(match_key(w) for w in ("ها", "هم", "ه"))


@lru_cache(maxsize=1)
def _people_nouns() -> dict[str, str]:
    """The one-word common nouns of people of lexicons/event_actors.tsv, by match key, with their sector."""
    return {match_key(row[0]): row[1] for row in loader.table("event_actors.tsv", 2) if " " not in row[0]}


def _possessed_people(words: list[Token], y: int) -> _Mention | None:
    """The people named after ل with a pronoun of whose they are ("مظاهرة لسكانها المحاصرين"،
    "اعتصام لأهاليهم"): a crowd noun of the actor lexicon, the word past its ل."""
    w = words[y]
    key = w.key[1:]
    for suffix in _OWNER_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            sector = _people_nouns().get(key[: -len(suffix)])
            if sector in CROWD_SECTORS:
                return _Mention(w.start + 1, w.end, None, "@" + key, sector)
    return None


def _count_before(words: list[Token], first: int, j: int) -> int | None:
    """The count standing alone as the subject between a protest verb (its words end before `first`)
    and the mark at j, past the times told after it ("المئات أمس"، "العشرات مساء أمس"): its index."""
    c = j - 1
    while c >= first and words[c].key in SUBJECT_SKIP and words[c].key not in QUANTITY:
        c -= 1
    return c if c >= first and (words[c].key in QUANTITY or words[c].key in NUMBER_WORDS) else None


def _definite_count(words: list[Token], x: int) -> bool:
    """Whether word x is a count with the article ("المئات"، "الآلاف"، "العشرات"): a noun of its
    own, whose people follow with من ("المئات من الطلاب"), never as its genitive."""
    if x < 0 or words[x].kind != "word":
        return False
    key = _strip_conjunction(words[x].key)
    return key.startswith("ال") and key[2:] in COUNTS  # (not "ألف", whose match key starts so)


def _trimmed(words: list[Token], side: _Mention | None, own: bool = False) -> _Mention | None:
    """A two-word unlisted side without a second word that starts what follows it: a mark ("الإيرانيين
    أمام"، "مقرها تضامنا"، "نادي الصحافة للاحتجاج"), a time ("للعولمة أمس"), a verb after و
    ("الصرب وأحرقوا") or of its own ("شخص يرفعون"), or, after who protests, their protest
    ("السائقون إضرابات")."""
    if side is None or side.entity is not None:
        return side
    a, b = _word_index(words, side.start), _word_index(words, side.end - 1)
    if b != a + 1 and not (b == a + 2 and words[a + 1].kind == "word" and _mark_word(words, b)):
        return side
    if b == a + 1 and own and _definite_plural_then_noun(words, a):
        # "مئات السائقين الطريق": a definite plural takes no definite genitive; the word after is the
        # verb's object, not part of who acts
        return _Mention(side.start, words[a].end, side.entity, side.key, side.sector, side.protester)
    if b == a + 1 and _definite_count(words, a) and words[b].key != "من":
        # "نفذها المئات تندد ..."، "المئات أمس": a definite count governs no genitive, it is a side alone
        return _Mention(side.start, words[a].end, side.entity, side.key, side.sector, side.protester)
    last = _strip_conjunction(words[b].key)
    verb = words[b].key[:1] in ("و", "ف") and last.endswith("وا") and len(last) > 4
    # (not a mark of what is protested: "المتظاهرين المناهضين" is one phrase)
    mark = last in PLACE_MARKS or last in SUBJECT_SKIP or (_mark_word(words, b) and not _protest_mark(words, b))
    # "نحو 500 شخص يرفعون ..."، "ينفذ السائقون إضرابات": a verb of the side or the protest it holds
    # (a protest noun after an actor is its protest; after a target it may be the target: "تلك التظاهرة")
    verb = verb or (last[:1] in ("ي", "ت") and last.endswith("ون") and len(last) > 4) or (own and _protest_noun(last))
    # "نتائج الانتخابات شارك فيها": a verb with the protest as a pronoun after it opens a clause of its own
    verb = verb or (b + 1 < len(words) and words[b + 1].key in _PRONOUN_PREPOSITIONS)
    if not (verb or mark or last in SOLIDARITY or last in _ADJUNCT_OPENERS):
        return side
    return _Mention(side.start, words[b - 1].end, side.entity, side.key, side.sector, side.protester)


# words opening a reason or a time of the clause ("القرار لأنه ..."، "القرار للمرة الثانية"، "لليوم
# الثالث"): never the second word of a side
_ADJUNCT_OPENERS = frozenset(match_key(w) for w in (
    "لأن", "لان", "لأنه", "لانه", "لأنها", "لانها", "لأنهم", "لانهم", "للمرة", "لليوم", "لمدة", "لفترة", "طيلة", "طوال"))
def whole_words(words: list[Token], side: _Mention | None) -> _Mention | None:
    """A side as the words of the text that name it, with the clitics attached to its first word
    ("للمتظاهرين"، "لإيران"، "والشرطة"): a side's words are the sentence's words, not a piece of one."""
    if side is None:
        return None
    first = words[_word_index(words, side.start)]
    if first.start >= side.start or first.kind != "word":
        return side
    return _Mention(first.start, side.end, side.entity, side.key, side.sector, side.protester)


def _subject_before(doc: Document, words: list[Token], k: int, mentions: list[_Mention]) -> _Mention | None:
    """Who a verb with a plural pronoun subject refers to: the nearest common-noun participant
    before it in its sentence ("الطلاب"), else the noun a count introduces ("الآلاف من النيباليين")."""
    before = [m for m in mentions if m.end <= words[k].start and k - _word_index(words, m.start) <= 2 * SUBJECT_WINDOW
              and m.entity is None and m.sector is not None and not _locative(words, m)
              and not _introduced_by_preposition(words, m)]
    # a count with من nearer the verb than any such participant introduces its subject ("وقال سكان
    # إن العشرات من سكان المدينة خرجوا")
    nearest = _word_index(words, before[-1].start) if before else -1
    for x in range(k - 1, max(nearest, k - 2 * SUBJECT_WINDOW, 0), -1):
        if words[x].kind == "punct" and words[x].text != "،":
            break
        if words[x].key == "من" and (words[x - 1].key in QUANTITY or words[x - 1].key in NUMBER_WORDS):
            counted = next((m for m in mentions if words[x + 1].start <= m.start < words[x + 1].end
                            and m.entity is None), None) or _bare(doc, words, x + 1)
            if counted is not None:
                return counted
    if before:
        # a people named by its nationality nearer the verb is the nearer antecedent ("غضب اليونانيين
        # على الحكومات المتعاقبة، حيث تظاهروا"): the pronoun refers to the nearest people
        for x in range(k - 1, _word_index(words, before[-1].end - 1), -1):
            if words[x].kind == "punct" and words[x].text != "،":
                break
            key = words[x].key[2:] if words[x].key.startswith("ال") else words[x].key
            if key.endswith(("ين", "ون")) and _nationality(key) and not _introduced_by_preposition(
                    words, _Mention(words[x].start, words[x].end, None, "")):
                return _Mention(words[x].start, words[x].end, None, "@" + words[x].key)
        return before[-1]
    for x in range(k - 1, max(-1, k - 2 * SUBJECT_WINDOW), -1):
        if words[x].kind == "punct" and words[x].text != "،":
            break
        if words[x].key == "من" and x > 0 and (words[x - 1].key in QUANTITY or words[x - 1].key in NUMBER_WORDS):
            return _bare(doc, words, x + 1)
        if x == k - 1 and words[x].kind == "word" and words[x].key not in TIME_UNITS:  # ("31 يوما احتجاجا")
            counted = x > 0 and (words[x - 1].key in COUNTS or words[x - 1].key in NUMBER_WORDS
                                 or words[x - 1].kind == "num") and words[x].key not in BARE_STOP
            if counted or words[x].key in COUNTS:
                # "نحو مئتي شخص تظاهروا"، "الآلاف يتظاهرون": the counted noun, or the count, right before
                return _Mention(words[x].start, words[x].end, None, "@" + words[x].key, "CVL")
        key = words[x].key[2:] if words[x].key.startswith("ال") else words[x].key
        if key.endswith(("ين", "ون")) and _nationality(key) and not _introduced_by_preposition(
                words, _Mention(words[x].start, words[x].end, None, "")):
            # "أحد التونسيين"، "الأكراد": a people named by its nationality
            return _Mention(words[x].start, words[x].end, None, "@" + words[x].key)
    return None


# units of time, counted like people ("منذ 31 يوما"): never who protests
TIME_UNITS = loader.keyed("event_words.tsv", "time_unit", match_key)
# marks of a protest's target that name where it is held ("أمام مقر الحكومة"، "نحو السفارة"): the
# target only when no mark names what it is against ("قبالة البرلمان للمطالبة باستقالة الحكومة")
PLACE_MARKS = frozenset(match_key(w) for w in ("أمام", "امام", "قبالة", "نحو", "حتى"))
# words a protest's target may stand after its verb: a mark often comes after the place and the
# time ("احتشد الآلاف أمس، في ظل طقس ممطر، قبالة البرلمان للمطالبة باستقالة الحكومة")
MARK_REACH = 20
# words the purpose of a protest ("احتجاجا على"، "تنديدا بـ"، "للمطالبة بـ") may stand after its verb,
# past a list of the places it was held in ("تظاهر المزارعون في القرى ...، وفي ضواحي العاصمة، وفي
# مدن أخرى، احتجاجا على قرار الحكومة"): the purpose closes the clause, however long its places
PURPOSE_REACH = 40
# the stems of a verb of objecting, whose object على introduces ("احتج"، "يحتجون"، "احتجت")
_OBJECTING = tuple(match_key(w) for w in ("احتج", "يحتج", "تحتج", "نحتج"))


def _marked_protest_target(doc: Document, words: list[Token], start: int, actor: _Mention | None,
                           mentions: list[_Mention], objection: bool = False, far: bool = False) -> _Mention | None:
    """The participant after a mark of a protest's target in its clause (past the words such a
    mark takes: "أمام مقر"، "للمطالبة باستقالة"). A side (a name or a noun of a sector) is preferred
    to an issue ("أمام مقر الحكومة احتجاجا على رفع الأسعار": the government), and what it is against
    to where it marches ("قبالة البرلمان للمطالبة باستقالة الحكومة"). With `far`, when the clause
    named no side of its own, its purpose is looked for past the usual reach."""
    ranked: list[tuple[int, int, _Mention]] = []
    for x in range(start, min(len(words), start + (PURPOSE_REACH if far else MARK_REACH))):
        w = words[x]
        if w.kind == "punct" and w.text != "،":
            break
        if x >= start + MARK_REACH and (_strip_conjunction(w.key) in CLAUSE_WORDS or ranked):
            break  # far on, only the clause's own purpose, before another clause opens
        if x >= start + MARK_REACH and not _purpose_mark(words, x):
            continue
        if _strip_conjunction(w.key) in _TOWARDS and not (x + 1 < len(words) and _strip_conjunction(
                words[x + 1].key) in BUILDINGS):
            continue  # "امتدت حتى الحدود الشرقية"، "نحو وسط المدينة": how far, not a body's building
        if not _protest_mark(words, x, objection):
            embassy = _embassy_state(words, x + 1) if _strip_conjunction(w.key) in EMBASSIES else None
            if embassy is not None:  # "وتوجه المتظاهرون إلى السفارة البريطانية": where it marches
                ranked.append((1, x, embassy))
            continue
        y = x + 1
        if y < len(words) and words[y].key in ("على", "علي"):
            y += 1  # "محتجين على القرار": the preposition the mark takes
        y0 = y
        while y < len(words) and (words[y].key in TARGET_SKIP or _strip_conjunction(words[y].key) in TARGET_SKIP
                                  or _protest_mark(words, y) or words[y].key in _PRONOUN_PREPOSITIONS):
            y += 1  # ("وصفته": no و to read off; "طالبوا فيها بـ": the protest itself, a pronoun)
        after = [m for m in mentions if y < len(words) and (
                    words[y].start <= m.start <= words[min(y + 2, len(words) - 1)].start
                    # a name that holds a word passed over ("أمام سفارة الدنمارك": the embassy named whole)
                    or (y0 < len(words) and words[y0].start <= m.start < words[y].start < m.end
                        and words[_word_index(words, m.start)].key in EMBASSIES | BUILDINGS))
                 and (actor is None or m.key != actor.key) and not (actor is not None and m.start < actor.end)
                 and not _locative(words, m)  # "أمام مقر البرلمان في العاصمة": not the city
                 and not _behind_preposition(words, y, m) and not _patient_genitive(words, y, m)]
        found = _embassy_state(words, y) or (after[0] if after else _bare(doc, words, y) or _lack_of(doc, words, y)
                                             or _reference_head(doc, words, y, mentions))
        if found is not None and found.entity is None and (demanded := _demanded(doc, words, y, mentions)) is not False:
            found = demanded  # "للمطالبة بالإفراج عن المعتقلين": who the demanded act is about
        elif found is not None and found.entity is None and _addressed(words, x, found):
            # "مطالبين الشركة بصرف رواتبهم": whom the demand is addressed to, without what it asks
            found = _Mention(found.start, words[y].end, None, "@" + words[y].key, found.sector, found.protester)
        if found is None or (actor is not None and found.start < actor.end and actor.start < found.end):
            continue
        place = _strip_conjunction(w.key) in PLACE_MARKS
        # (a mark of its own, not على read as an objection's: "رش مواد على وجوه نساء" is a deed's)
        side = found.entity is not None or found.sector is not None or (
            not place and _strip_conjunction(w.key) not in ("على", "علي") and _issue_of_side(words, found, mentions))
        # "أعضاء جمعية معادية للمهاجرين ... احتجاجا على القرار": an adjective of who protests names
        # what they are, the protest's own mark what it is against
        own = actor is not None and x == _word_index(words, actor.end - 1) + 1 and _adjectival_mark(w.key)
        ranked.append(((0 if side else 2) + (1 if place else 0) + (3 if own else 0), x, found))
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _issue_of_side(words: list[Token], issue: _Mention, mentions: list[_Mention]) -> bool:
    """Whether an issue a mark names is that of a side, in construct right after its first word: a
    named or a sector's participant ("ضد تصريحات الرئيس الفرنسي") or a nationality ("تنديدا
    بالعدوان الإسرائيلي"), no preposition between ("على وجوه نساء" is whom the deed fell on).
    Such an issue names whom the protest is against, before where it is held ("أمام السفارة
    الأمريكية")."""
    x = _word_index(words, issue.start) + 1
    if x >= len(words) or words[x].kind != "word":
        return False
    if any(words[x].start <= m.start < words[x].end and (m.entity is not None or m.sector is not None)
           for m in mentions):
        return True
    # the genitive's or the issue's nationality ("العدوان الإسرائيلي"، "تصريحات الرئيس الفرنسي")
    return any(w.kind == "word" and _nationality(_strip_article(w.key)) for w in words[x : x + 2])


def _reference_head(doc: Document, words: list[Token], y: int, mentions: list[_Mention]) -> _Mention | None:
    """What a protest is against when its first word is one that elsewhere refers to an event told
    before ("احتجاجا على سياسة وزير التربية"، "ضد موجة الغلاء"): the word with the noun after it,
    whose side (the minister, a government) it takes."""
    if y + 1 >= len(words) or words[y].kind != "word" or _strip_conjunction(words[y].key) not in REFERENCE:
        return None
    head = _named_or_bare(doc, words, y + 1, mentions)
    if head is None or head.start != words[y + 1].start:
        return None
    return _Mention(words[y].start, head.end, head.entity, head.key, head.sector, head.protester)


def _behind_preposition(words: list[Token], y: int, m: _Mention) -> bool:
    """Whether a participant after the first word of what a mark names (at y) stands behind a
    preposition of its own ("احتجاجا على الاعتداءات على المسجد"، "تنديدا بالهجوم على القرية"): it
    is what the deplored act fell on, inside the issue, not the side the protest is against."""
    a = _word_index(words, m.start)
    return a > y and any(_strip_conjunction(words[z].key) in TARGET_PREPOSITIONS for z in range(y + 1, a))


# the sectors of people an act is done to or for ("اعتقال الطلاب"، "مستحقات العمال"): in a genitive
# inside the issue a protest is against, who the act fell on, not the side it is against
PATIENT_SECTORS = frozenset(("CVL", "LAB", "EDU", "REF", "HLH", "MED", "REL", "BUS", "OPP"))


def _patient_genitive(words: list[Token], y: int, m: _Mention) -> bool:
    """Whether an unnamed participant of people stands as a genitive in the issue that starts at
    y ("احتجاجا على اعتقال الطلاب"، "للمطالبة بصرف مستحقات العمال"، "على استخدام صور النساء"):
    who the act is done to. Not when the act's object follows with ل: then the genitive is its doer
    ("استنكارا لحرق المستوطنين للطفل")."""
    if m.entity is not None or m.sector not in PATIENT_SECTORS or m.protester:
        return False
    a = _word_index(words, m.start)
    if a <= y or words[y].kind != "word":
        return False
    b = _word_index(words, m.end - 1)
    z = b + 1
    if z < len(words) and words[z].kind == "word" and words[z].key.startswith("ال") and words[z].key.endswith(("يين", "يون")):
        z += 1  # the doers' adjective ("المستوطنين الإسرائيليين للطفل")
    return not (z < len(words) and words[z].kind == "word" and words[z].key[:1] == "ل" and words[z].key not in BARE_STOP
                and words[z].key not in _ADJUNCT_OPENERS)


# marks of where a march goes ("حتى"، "نحو"): what it is against only when a body's building follows
# ("ساروا حتى مقر الحكومة"، "نحو السفارة")
_TOWARDS = frozenset(match_key(w) for w in ("حتى", "نحو"))
# the buildings of a body after such a mark (the words passed over after a mark, but "ب" and the
# words of calling: "مقر"، "مبنى"، "السفارة"، "قصر")
BUILDINGS = frozenset(w for w in TARGET_SKIP if len(w) > 2 and not w.startswith(("وصف", "يصف", "تصف", "اعتبر", "يعتبر",
                                                                                 "تعتبر", "سمو", "اسمو", "يسمو"))) | EMBASSIES


# the stems of the marks that are adjectives ("معادية"، "المناهضين"، "المناوئة"): they may describe
# who protests rather than mark what the protest is against
_ADJECTIVAL_STEMS = tuple(match_key(w) for w in ("معاد", "مناهض", "مناوئ", "مناوي"))


def _adjectival_mark(key: str) -> bool:
    key = _strip_conjunction(key)
    return (key[2:] if key.startswith("ال") else key).startswith(_ADJECTIVAL_STEMS)


# nouns of a lack, before what is lacking ("احتجاجا على عدم توفر الخدمات"): a negation elsewhere
LACK_NOUNS = frozenset(match_key(w) for w in ("عدم",))


def _lack_of(doc: Document, words: list[Token], y: int) -> _Mention | None:
    """The lack a protest is against, its noun with what is lacking ("عدم توفر الخدمات"، "عدم صرف
    الرواتب"): an issue, though its first word negates elsewhere."""
    if y + 1 >= len(words) or _strip_conjunction(words[y].key) not in LACK_NOUNS:
        return None
    lacking = _bare(doc, words, y + 1)
    if lacking is None:
        return None
    return _Mention(words[y].start, lacking.end, None, "@" + match_key(doc.text[words[y].start : lacking.end]))


# the word between a release and who is released ("إطلاق سراح المعتقلين")
_RELEASE = match_key("سراح")


def _demanded(doc: Document, words: list[Token], y: int, mentions: list[_Mention]) -> _Mention | None | bool:
    """A demanded act at y that is a verbal noun with ب naming no side itself: with the object after
    عن ("الإفراج عن المعتقلين"، "الكشف عن مصير المفقودين"), or none when only a pronoun follows
    ("بحقوقهم"، "بالسماح لهم"). False when the words at y are no such act."""
    key = words[y].key if y < len(words) else ""
    if key[:1] != "ب" or len(key) < 5 or any(words[y].start <= m.start < words[y].end for m in mentions):
        return False
    nxt = words[y + 1] if y + 1 < len(words) else None
    if nxt is not None and (nxt.key in ("عن", "من") or nxt.key == _RELEASE) and y + 2 < len(words):
        # the act with its object, an issue as a whole (as "اعتقال الناشطين" after "احتجاجا على");
        # "بإطلاق سراح المعتقلين" as "بالإفراج عن المعتقلين"
        about = _named_or_bare(doc, words, y + 2, mentions)
        if about is None:
            return None
        start = words[y].start + 1  # past the ب
        return _Mention(start, about.end, None, "@" + match_key(doc.text[start : about.end]))
    if key.endswith(("هم", "ها", "هن")) or (nxt is not None and nxt.key in ("لهم", "لها", "له", "به", "بهم")):
        return None
    if not key.startswith("بال") and words[y].text.endswith("ه") and (nxt is None or nxt.kind != "word" or nxt.key in BARE_STOP):
        return None  # "مطالبين بعودته": the act of one told before, as a pronoun, names no side
    if nxt is not None and nxt.kind == "word" and _strip_article(key[1:]) in ACTS_ON_SIDES:
        # "مطالبين بإقالة مدير التربية"، "بمحاكمة رئيس الوزراء السابق نوري المالكي": the side the
        # demanded act falls on, its name when a title leads to it
        named = next((m for m in mentions if m.entity is not None and nxt.start <= m.start <= words[min(y + 4, len(words) - 1)].start
                      and not any(w.kind == "punct" for w in words[y + 1 : _word_index(words, m.start)])), None)
        return named or _named_or_bare(doc, words, y + 1, mentions) or False
    return False


# a preposition with a pronoun between a mark and what it names ("طالبوا فيها برفع الأجور"): the
# protest itself, never its side
_PRONOUN_PREPOSITIONS = frozenset(match_key(w) for w in (
    "فيها", "فيه", "فيهم", "خلالها", "خلاله", "عبرها", "منها", "منه"))


# the stems of the verbs and participles of demanding, whose object is whom a demand is addressed to
_DEMAND_STEMS = tuple(match_key(w) for w in ("مطالب", "طالب", "يطالب", "تطالب"))


def _addressed(words: list[Token], x: int, found: _Mention) -> bool:
    """Whether a two-word side after a mark of demanding at x is its addressee with the demanded
    act after ب ("مطالبين الحكومة بتوفير"): the act is no part of whom it is addressed to."""
    if not _strip_conjunction(words[x].key).startswith(_DEMAND_STEMS):
        return False
    a, b = _word_index(words, found.start), _word_index(words, found.end - 1)
    return b == a + 1 and words[b].key[:1] == "ب" and len(words[b].key) > 3


def _strip_article(key: str) -> str:
    return key[2:] if key.startswith("ال") else key


# verbal nouns of an act demanded of or against a side ("بإقالة"، "بمحاكمة"، "برحيل"): the side after
# them is what the protest is against
ACTS_ON_SIDES = loader.keyed("event_words.tsv", "act_on_side", match_key)


def _embassy_state(words: list[Token], y: int) -> _Mention | None:
    """The country whose embassy a protest marches to, by the nationality after the embassy ("أمام
    السفارة الأميركية": the United States)."""
    if 0 < y < len(words) and words[y - 1].key in EMBASSIES:
        key = words[y].key[2:] if words[y].key.startswith("ال") else words[y].key
        if _nationality(key):
            return _Mention(words[y].start, words[y].end, None, "@" + words[y].key, "GOV")
    return None


def _to_streets(words: list[Token], k: int) -> bool:
    """Whether a verb of going out is told as a protest within its clause: "إلى الشوارع"/"في شوارع"
    ("نزل آلاف الأشخاص إلى الشوارع"), a protest it goes out in ("خرج الآلاف في مسيرة") or one it
    goes out for ("خرج مئات الطلاب للاحتجاج على ...") or chanting and raising banners ("خرج الآلاف
    رافعين شعارات")."""
    for j in range(k + 1, min(len(words), k + 1 + STREET_REACH)):
        if words[j].kind == "punct" and words[j].text not in "()":
            return False
        key = _strip_conjunction(words[j].key)
        if key in STREETS or _protest_noun(key[2:] if key[:2] == "لل" else "") or (
                _protest_noun(key) and _strip_conjunction(words[j - 1].key) == "في"):
            return True
        if (_purpose_mark(words, j) or key in PROTEST_SIGNS) and _crowd_counted(words, k + 1):
            # "خرج الآلاف تنديدا بالقرار"، "نزل مئات الطلاب مطالبين بـ ..."، "خرج الآلاف مرددين هتافات":
            # a crowd out for a cause, or chanting one
            return True
    return False


def _crowd_counted(words: list[Token], x: int) -> bool:
    """Whether a count opens the subject at word x, past the times told first ("خرج أمس الآلاف"،
    "نزل مئات الطلاب"، "خرج نحو ألف شخص"): a crowd, not one person going out."""
    while x < len(words) and words[x].key in SUBJECT_SKIP and words[x].key not in QUANTITY:
        x += 1
    return x < len(words) and (words[x].key in COUNTS or words[x].key in NUMBER_WORDS or words[x].kind == "num"
                               or _definite_count(words, x) or words[x].key in QUANTITY)


def _gathering(words: list[Token], i: int, n: int, mentions: list[_Mention]) -> bool:
    """Whether a gathering verb has people as its subject: a count or a common-noun actor right
    after it ("تجمع مئات العمال"، "تجمع المتظاهرون") or protesters right before it."""
    end = words[min(len(words), i + n + 3) - 1].end
    lo = words[i - 2].start if i >= 2 else words[0].start
    if any(w.key in COUNTS or w.kind == "num" for w in words[i + n : i + n + 3]):
        return True
    return any(m.entity is None and words[i + n - 1].end <= m.start < end for m in mentions) or any(
        (m.protester or (m.entity is None and m.sector in CROWD_SECTORS)) and lo <= m.start < words[i].start
        for m in mentions)


# the sectors of people who gather to protest ("أن العمال تجمعوا"), not of forces that mass
CROWD_SECTORS = frozenset(("CVL", "LAB", "EDU", "OPP", "PTY", "REL", "MED", "REF", "HLH", "JUD", "BUS"))
