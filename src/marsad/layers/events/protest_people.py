"""Who protests, read from the crowd around a protest's words: counts and masses ("المئات"،
"أعداد كبيرة من الأميركيين"), the people a protest noun names as its own ("مظاهرة لأنصار الحزب"،
"احتجاجات الطلاب"، "مظاهرات فلسطينية"), who organises or takes part in it, and the subject of a
clause told before it ("وبدأ مئات المعتقلين إضرابا ... احتجاجا")."""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.clauses import ADVERBIAL, _bare, _named_or_bare, _performed_by
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
    _protest_noun,
)
from marsad.layers.events.protest_marks import _mark_word, _purpose_mark
from marsad.layers.events.protest_subjects import QAD
from marsad.layers.events.words import (
    BARE_STOP,
    CLAUSE_WORDS,
    COUNTS,
    LIGHT_VERBS,
    NUMBER_WORDS,
    QUANTITY,
    STREET_REACH,
    STREETS,
    SUBJECT_SKIP,
    SUBJECT_WINDOW,
    _Mention,
    _strip_conjunction,
)
from marsad.lexicons import loader


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
