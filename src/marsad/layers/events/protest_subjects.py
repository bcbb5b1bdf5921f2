"""Who protests, read from the grammar of the protest verb's clause:

- an intransitive verb of protest ("تظاهر"، "اعتصم"، "احتشد") takes no object, so a count after it,
  past the time told ("تظاهر أمس مئات الطلاب"، "اعتصم أول من أمس عشرات من العمال"), opens its
  subject wherever the verb stands in its sentence ("وتزامنا مع ذكرى ... تظاهر أمس مئات ..."),
  and no noun before the verb is its actor;
- the word a complementizer brings right before the verb is its subject ("وقال إن أهالي الحي
  تظاهروا"، "باعتبار أن أهله نظموا اعتصاما"), not the speaker before it nor a noun further back;
- who protests is a subject, never the object of a preposition: not where the protest is ("في طهران
  ومشهد"، "أمام البرلمان"، "قرب دمشق"), whom it clashes with ("اشتباكات مع القوات"), nor a
  country something comes from ("من إيران"); a count's partitive ("المئات من الطلاب") and the
  people a protest noun is of ("تظاهرات للمعلمين") stay;
- what is protested, when an unlisted noun phrase, is the whole chain of its genitives ("احتجاجا على
  زيارة وزير الخارجية الإسرائيلي"، "ضد سياسة رئيس الحكومة"): the deed with whose deed it is."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.clauses import DAY_BEFORE, _bare
from marsad.layers.events.mention_positions import PLACE_NOUNS, STREET_PLACES, _locative, _word_index
from marsad.layers.events.protest_actors import _protest_noun
from marsad.layers.events.words import (
    BARE_STOP,
    CLAUSE_WORDS,
    COUNTS,
    LOCATIVES,
    NUMBER_WORDS,
    QUANTITY,
    RELATIVES,
    SUBJECT_SKIP,
    TARGET_PREPOSITIONS,
    TODAY,
    Trigger,
    _Mention,
    _strip_conjunction,
)
from marsad.lexicons import loader

# words of about ("نحو"، "حوالي"): a count follows them, they are none ("ساروا نحو السفارة")
ABOUT = frozenset(match_key(w) for w in ("نحو", "حوالي", "حوالى", "قرابة", "زهاء"))


# counts of thousands and millions in their dual and plural forms ("ألفي شخص"، "ملايين المصريين")
LARGE_COUNTS = frozenset(match_key(w) for w in ("ألفي", "ألفا", "مئتي", "مئتا", "مائتي", "مائتا", "مليون", "ملايين",
                                                "الملايين", "مليوني"))


def _count(w: Token) -> bool:
    return w.kind == "num" or w.text.isdigit() or (w.key in COUNTS and w.key not in ABOUT) or w.key in NUMBER_WORDS \
        or w.key in LARGE_COUNTS


def counted_protesters(doc: Document, words: list[Token], k: int, n: int, trig: Trigger,
                       actor: _Mention | None, mentions: list[_Mention]) -> _Mention | None:
    """The counted subject after a protest verb at k (see the module), else `actor` unchanged."""
    if trig.pos != "verb" or (k > 0 and words[k - 1].key in RELATIVES):
        return actor  # ("أهالي المدينة الذين تظاهروا في شارع 40": the antecedent protests)
    j = k + n
    while j < len(words) and words[j].key in SUBJECT_SKIP:
        j += 1
        if j + 2 < len(words) and words[j].key in DAY_BEFORE and words[j + 1].key == "من":
            j += 2  # "أول من أمس"
    if j < len(words) and _strip_conjunction(words[j].key) in LOCATIVES:
        j = _past_place(words, j)  # "تظاهر في العاصمة الفرنسية يوم السبت آلاف الأشخاص"
    while j < len(words) and words[j].key in QUANTITY and not _count(words[j]):
        j += 1  # "نحو"، "أكثر من"، "عدد من"
    if j >= len(words) or not _count(words[j]):
        return actor
    first = j
    while j < len(words) and (_count(words[j]) or words[j].key in QUANTITY):
        j += 1
    if actor is not None and words[first].start <= actor.start:
        return actor  # the earlier rules found the subject here or later
    if j >= len(words) or words[j].kind != "word" or _strip_conjunction(words[j].key) in BARE_STOP or (
            _strip_conjunction(words[j - 1].key).startswith("ال") and words[j - 1].key[2:] in COUNTS):
        # "تظاهر المئات أمام ..."، "تظاهر المئات بمدينة ...": the count alone is who protests (a
        # definite count governs no genitive)
        last = words[j - 1]
        return _Mention(words[first].start, last.end, None, "@" + match_key(doc.text[words[first].start : last.end]), "CVL")
    named = next((m for m in mentions if words[j].start <= m.start < words[j].end), None)
    noun = named or _bare(doc, words, j)
    if noun is None:
        return actor
    return _Mention(words[first].start, noun.end, noun.entity, noun.key, noun.sector or "CVL", noun.protester)


# how many words a place told between an intransitive protest verb and its counted subject may take
PLACE_REACH = 7


def _past_place(words: list[Token], j: int) -> int:
    """The word after a place phrase opening at the locative j and its times, when a count follows
    them ("في العاصمة الفرنسية باريس يوم السبت آلاف الأشخاص"، "في مدينة الخليل مئات
    الفلسطينيين"); j itself when none does. A count right after the locative counts places ("في
    عشرات المدن")."""
    for y in range(j + 2, min(len(words), j + 1 + PLACE_REACH)):
        w = words[y]
        if w.kind == "punct" or _strip_conjunction(w.key) in BARE_STOP and _strip_conjunction(w.key) not in LOCATIVES:
            return j
        if (_count(w) or (w.key in QUANTITY and y + 1 < len(words) and _count(words[y + 1]))) \
                and not _count(words[y - 1]) and _strip_conjunction(words[y - 1].key) not in LOCATIVES:
            return y
    return j


COMPLEMENTIZERS = frozenset(match_key(w) for w in ("أن", "ان", "إن", "بأن", "بان", "لأن", "لان"))


def complementizer_subject(doc: Document, words: list[Token], k: int, actor: _Mention | None,
                           mentions: list[_Mention]) -> _Mention | None:
    """The subject a complementizer brings right before a protest verb (or the light verb of a
    protest noun) at k, else `actor` unchanged (see the module)."""
    if k < 2 or _strip_conjunction(words[k - 2].key) not in COMPLEMENTIZERS:
        return actor
    w = words[k - 1]
    if w.kind != "word" or w.key in BARE_STOP or _strip_conjunction(w.key) != w.key or _count(w):
        return actor
    if actor is not None and w.start <= actor.start < w.end:
        return actor
    named = next((m for m in mentions if w.start <= m.start < w.end), None)
    return named or _Mention(w.start, w.end, None, "@" + w.key, "CVL")


# words after which a noun is where a protest stands or what it faces, never who protests
PLACE_MARKS = frozenset(match_key(w) for w in ("أمام", "امام", "قبالة", "نحو", "عند", "لدى", "عن", "مع"))


def not_protester(doc: Document, words: list[Token], actor: _Mention | None) -> bool:
    """Whether a protest's actor is the object of a preposition (see the module)."""
    if actor is None:
        return False
    k = _word_index(words, actor.start)
    attached = doc.text[words[k].start : actor.start]
    if attached[-1:] == "ب" or _locative(words, actor) or _place_with_b(doc.text[actor.start : actor.end]):
        return True
    if k == 0 or attached[-1:] == "ل":
        return False
    prev = words[k - 1].key
    bare_prev = _strip_conjunction(prev)
    if prev in ABOUT and _count(words[k]):
        return False  # "نحو ألفي شخص": about, not towards
    if prev in PLACE_MARKS or bare_prev in PLACE_MARKS or prev in LOCATIVES or bare_prev in LOCATIVES:
        return True
    if prev in PLACE_NOUNS or bare_prev in PLACE_NOUNS:
        return True  # "في ضاحية السيدة ..."، "مدينة بغداد": a place's name
    if prev == match_key("من"):
        ent = doc.entity(actor.entity) if actor.entity else None
        return ent is not None and ent.type == "LOC"  # "من إيران"; not "المئات من الطلاب"
    if prev in TARGET_PREPOSITIONS and prev != match_key("من"):
        return True  # "اشتباكات مع القوات"، "إلى البرلمان"
    # "في طهران ومشهد": a place joined to one after a locative
    word = words[k].key
    return word[:1] == "و" and _strip_conjunction(word) != word and k >= 2 and (
        words[k - 2].key in LOCATIVES or _strip_conjunction(words[k - 2].key) in LOCATIVES)


def _place_with_b(text: str) -> bool:
    """Whether a side's words open with ب and a place noun ("بساحة التحرير"، "بمدينة الكوت"):
    where a protest is held."""
    first = _strip_conjunction(match_key(text.split()[0])) if text.split() else ""
    return first[:1] == "ب" and (first[1:] in PLACE_NOUNS or first[1:] in STREET_PLACES)



# how many words a protested noun's chain of genitives may run to
CHAIN_WORDS = 5


# titles a name follows ("تعيين الملا اختر منصور"): a definite word that does not close the chain
_TITLES = frozenset(match_key(w) for w in ("الملا", "الشيخ", "السيد", "الرئيس", "الدكتور", "الأمير", "الملك", "الجنرال",
                                           "العقيد", "اللواء", "الإمام", "المشير", "العميد"))


def genitive_chain(doc: Document, words: list[Token], target: _Mention | None,
                   definite_only: bool = False) -> _Mention | None:
    """An unlisted target widened to the genitives that follow it (see the module): plain words, no
    preposition, conjunction, mark, count or present verb among them, up to CHAIN_WORDS. With
    `definite_only`, only a definite genitive closes it ("مليشيات الحوثي"، "أنصار جماعة الإخوان"),
    for sides where an indefinite word after may be a verb of the clause ("جنود قتلوا")."""
    if target is None or target.entity is not None:
        return target
    a, b = _word_index(words, target.start), _word_index(words, target.end - 1)
    if words[a].key.startswith("ال") and b == a:
        return target  # a definite noun governs no genitive
    if b > a and words[b].key.startswith("ال") and words[b].key not in _TITLES:
        # "نتائج الانتخابات شارك فيها ...": a definite genitive closes the chain; only its definite
        # adjectives follow ("الإصلاحات الاقتصادية الحكومية"، "النظام العسكري الحاكم")
        end = b
        while end + 1 < len(words) and end + 1 - a < CHAIN_WORDS and words[end + 1].kind == "word" \
                and doc.text[words[end].end : words[end + 1].start] == " " and words[end + 1].key.startswith("ال") \
                and words[end + 1].key not in RELATIVES and words[end + 1].key not in BARE_STOP:
            end += 1
        if end == b:
            return target
        return _Mention(target.start, words[end].end, None, target.key, target.sector, target.protester)
    end = b
    while end + 1 < len(words) and end + 1 - a < CHAIN_WORDS:
        w = words[end + 1]
        key = w.key
        if w.kind != "word" or doc.text[words[end].end : w.start] != " " or _strip_conjunction(key) != key \
                or key in BARE_STOP or key in RELATIVES or key[:1] in ("ب", "ل") or _count(w) or key in SUBJECT_SKIP \
                or (key[:1] in ("ي", "ت") and not key.endswith(("ي", "يه", "ية"))):
            break  # ("الخدمات التي"، "الإداري يمر"، "يتظاهرون": a clause of its own)
        if definite_only and not key.startswith("ال"):
            break
        end += 1
        if key.startswith("ال"):
            # the article closes the chain, but an adjective of it may follow ("وزير الخارجية الإسرائيلي")
            nxt = words[end + 1] if end + 1 < len(words) else None
            if nxt is not None and nxt.kind == "word" and nxt.key.startswith("ال") and nxt.key.endswith(("ي", "يه", "ية")) \
                    and nxt.key not in RELATIVES and doc.text[w.end : nxt.start] == " ":
                end += 1
            break
    if end == b:
        return target
    return _Mention(target.start, words[end].end, None, target.key, target.sector, target.protester)


# forms of كان that may open a clause before its subject and the protest verb ("وكان المزارعون قد
# تظاهروا") or carry, right before an imperfect verb, its past ("طلابا كانوا يتظاهرون")
KANA = frozenset(match_key(w) for w in ("كان", "كانت", "كانوا", "كن", "يكون", "تكون", "يكونون"))
# the particle of a completed act between a subject and its verb ("المزارعون قد تظاهروا")
QAD = frozenset(match_key(w) for w in ("قد", "لقد"))
# how many words the subject of كان may take before the verb, and before "قد" and the verb: a
# subject described at length is still one ("وكانت أسر مقيمة في حي الزهور شرق المدينة تظاهرت")
KANA_REACH = 16
QAD_KANA_REACH = 12


def pronoun_verb(key: str) -> bool:
    """Whether a verb carries a plural subject as a pronoun ("تظاهروا"، "يعتصمون"، "ينفذون"):
    its subject, when named, is named before it."""
    return key.endswith(("وا", "ون")) and len(key) > 4


def subject_of_pronoun_verb(doc: Document, words: list[Token], k: int,
                            mentions: list[_Mention]) -> _Mention | None:
    """Who a protest verb at k with a pronoun subject refers to, when the clause's grammar names it:

    - "كان X قد" before the verb: X is the subject of كان and of the verb ("وكان الفلاحون قد
      اعتصموا"، "وكان عشرات العمال قد أضربوا");
    - "X قد" right before it: the definite noun X ("المزارعون قد تظاهروا");
    - an indefinite noun right before an imperfect verb, or before كانوا and the verb: a clause
      describing that noun, its subject ("اعتقلت الشرطة طلابا كانوا يتظاهرون"، "فرقت الشرطة
      عمالا يعتصمون"), not the subject of the main verb nor its object further back.

    None when the words before the verb are none of these."""
    key = _strip_conjunction(words[k].key)
    if k == 0:
        return None
    if not pronoun_verb(key):
        return _kana_subject(doc, words, k, mentions)  # "وكانت عائلات من البلدة تظاهرت"
    p = k - 1
    if words[p].key in PLURAL_RELATIVES and p >= 1:
        # "المرابطين ممن اعتصموا"، "على الطلاب الذين أضربوا": the relative's antecedent, even
        # as the object of a preposition, is who protests
        return _antecedent(doc, words, p, mentions)
    if words[p].key in QAD or _strip_conjunction(words[p].key) in QAD:
        # "كان ... قد" brackets the subject, however long ("وكان المئات من أهالي محافظة البصرة جنوبي
        # العراق قد تظاهروا")
        for c in range(p - 1, max(-1, p - 1 - QAD_KANA_REACH), -1):
            if words[c].kind == "punct":
                break
            if _strip_conjunction(words[c].key) in KANA and c + 1 < p:
                return _subject_at(doc, words, c + 1, p, mentions)
        x = p - 1
        if x >= 0 and words[x].kind == "word" and _strip_conjunction(words[x].key).startswith("ال") and (
                x == 0 or words[x - 1].kind == "punct" or any(
                    m.entity is None and m.sector is not None and words[x].start <= m.start < words[x].end for m in mentions)):
            return _subject_at(doc, words, x, p, mentions)  # "المزارعون قد تظاهروا": the clause's first noun
        return None
    if not key.startswith(("ي", "ت")) and not (p >= 1 and words[p].key in KANA):
        return None  # a past verb right after a noun may be that noun's or a new clause's
    if words[p].key in KANA:
        p -= 1
    if p < 0:
        return None
    w = words[p]
    bare_key = _strip_conjunction(w.key)
    if w.kind != "word" or bare_key != w.key or bare_key.startswith("ال") or bare_key in BARE_STOP \
            or bare_key in QUANTITY or bare_key in SUBJECT_SKIP or _count(w) or bare_key[:1] in ("ب", "ل") \
            or bare_key.endswith(("وا", "ون")):
        return None  # an indefinite noun only, with no preposition attached, not a verb
    named = next((m for m in mentions if m.start < w.end and w.start < m.end), None)
    if named is not None:
        return named
    # a noun in construct before ("عامل منجم"): the phrase from its head, after a count
    if p >= 2 and _count(words[p - 2]) and words[p - 1].kind == "word":
        return _Mention(words[p - 1].start, w.end, None, "@" + match_key(doc.text[words[p - 1].start : w.end]), "CVL")
    return _Mention(w.start, w.end, None, "@" + w.key, "CVL")


# the relatives of people in the plural before a verb with a pronoun subject ("الذين تظاهروا"، "ممن
# اعتصموا"): their antecedent is the verb's subject
PLURAL_RELATIVES = frozenset(match_key(w) for w in ("الذين", "ممن", "اللواتي", "اللاتي"))
# how many words the antecedent may stand before its relative ("السكان في مدينة الرمادي الذين")
ANTECEDENT_REACH = 5


def _antecedent(doc: Document, words: list[Token], r: int, mentions: list[_Mention]) -> _Mention | None:
    """The people a plural relative at r refers to, within reach before it: a listed noun of people
    not standing as a place ("السكان في مدينة الرمادي الذين")، else a plain definite noun right
    before the relative or before a prepositional phrase set after it ("المرابطين بداخله ممن");
    None past a punctuation mark."""
    for x in range(r - 1, max(-1, r - 1 - ANTECEDENT_REACH), -1):
        w = words[x]
        if w.kind == "punct":
            return None
        here = [m for m in mentions if w.start <= m.end - 1 < w.end]
        people = [m for m in here if m.entity is None and m.sector is not None and not _locative(words, m)]
        if people:
            return people[-1]
        key = _strip_conjunction(w.key)
        nxt = words[x + 1]
        before = _strip_conjunction(words[x - 1].key) if x else ""
        if before in PLACE_NOUNS or before in LOCATIVES:
            continue  # "مدينة الرمادي": a place's name
        if not here and key == w.key and key.startswith("ال") and key not in BARE_STOP and key not in RELATIVES and (
                x == r - 1 or nxt.key[:1] in ("ب", "ل") or nxt.key in LOCATIVES):
            # "السكان المحليين في ...": an adjective of a noun of people, with its noun
            noun = next((m for m in mentions if x and m.entity is None and m.sector is not None
                         and words[x - 1].start <= m.end - 1 < words[x - 1].end), None)
            if noun is not None:
                return _Mention(noun.start, w.end, None, noun.key, noun.sector, noun.protester)
            return _Mention(w.start, w.end, None, "@" + key, "CVL")
    return None


def _kana_subject(doc: Document, words: list[Token], k: int, mentions: list[_Mention]) -> _Mention | None:
    """The subject of a form of كان opening the clause a few words before a past protest verb that
    agrees with it in the singular ("وكانت عائلات من البلدة تظاهرت"، "كان حشد من الطلاب قد
    تجمع"): the noun phrase between them, when no other clause opens there."""
    if words[k].key[:1] in ("ي", "ت") and not words[k].key.endswith("ت"):
        return None  # an imperfect, told after its own subject
    key = _strip_conjunction(words[k].key)
    if _protest_noun(key) and (key.startswith("ال") or key.endswith(("ات", "ه"))):
        return None  # a protest noun ("وكانت طهران قد شهدت تظاهرات"): the subject of another verb
    stop = k - 1 if words[k - 1].key in QAD else k
    for c in range(stop - 1, max(-1, stop - 1 - KANA_REACH), -1):
        w = words[c]
        key = _strip_conjunction(w.key)
        if w.kind == "punct" or key in COMPLEMENTIZERS or key in RELATIVES or key in CLAUSE_WORDS:
            return None
        if key in KANA and c + 1 < stop and (c == 0 or words[c - 1].kind == "punct" or w.key != key):
            return _subject_at(doc, words, c + 1, stop, mentions)
    return None


def _subject_at(doc: Document, words: list[Token], x: int, stop: int, mentions: list[_Mention]) -> _Mention | None:
    """The subject starting at word x and ending before word `stop` ("قد"), a count and its noun
    together ("عشرات العمال")."""
    first = x
    while x < len(words) and (_count(words[x]) or words[x].key in QUANTITY):
        x += 1
    if x >= len(words) or words[x].kind != "word" or _strip_conjunction(words[x].key) in BARE_STOP:
        return None
    named = next((m for m in mentions if words[x].start <= m.start < words[x].end), None)
    noun = named or _bare(doc, words, x)
    if noun is not None and noun.end > words[x].end and any(c in doc.text[words[x].end : noun.end] for c in "()«»،,"):
        noun = _Mention(noun.start, words[x].end, noun.entity, noun.key, noun.sector, noun.protester)  # "(الجبوري)"
    if noun is not None and noun.end > words[stop - 1].end:  # ("المزارعون قد": the noun alone)
        noun = _Mention(noun.start, words[x].end, noun.entity, noun.key, noun.sector, noun.protester)
    if noun is None or first == x or words[x - 1].key == "من":
        return noun  # "الآلاف من الفلاحين": the people counted
    return _Mention(words[first].start, noun.end, noun.entity, noun.key, noun.sector or "CVL", noun.protester)


# how many words after a protest verb in a relative clause its day may be told ("الذين تظاهروا
# بكثافة أمس")
DAY_REACH = 3


def relative_told_when(words: list[Token], k: int, end: int) -> bool:
    """Whether a protest verb at k in a relative clause, its words ending before `end`, tells the
    day of the report right after it ("العمال الذين تظاهروا أمس"، "الطلاب الذين اعتصموا اليوم"):
    the clause reports the protest, not one told elsewhere ("الذين تظاهروا من قبل")."""
    if k == 0 or words[k - 1].key not in RELATIVES:
        return False
    if any(w.key in TODAY or _strip_conjunction(w.key) in TODAY for w in words[end : end + DAY_REACH]
           if w.kind == "word"):
        return True
    return _dated(words, end)


# how many words after a protest verb in a relative clause its date may be told, in its clause (the
# sentence's words hold no brackets: "الذين تظاهروا بكثافة (نحو مليون متظاهر) في 14 نيسان")
DATE_REACH = 9
WEEKDAYS = loader.keyed("weekdays.tsv", None, match_key)
# the last words of month names (months.tsv): after a day's number, a date ("14 نيسان"، "3 آب")
MONTH_WORDS = frozenset(match_key(row[0].split()[-1]) for row in loader.table("months.tsv", 4))


def _dated(words: list[Token], end: int) -> bool:
    """Whether a weekday or a day of a month follows a relative clause's protest verb (at `end`) in
    its clause ("الذين خرجوا يوم الجمعة"، "الذين تظاهروا في 14 نيسان"): a protest told with its date,
    not one told before ("الذين أضربوا في الماضي")."""
    for x in range(end, min(len(words), end + DATE_REACH)):
        w = words[x]
        if w.kind == "punct":
            return False
        if w.key in WEEKDAYS or _strip_conjunction(w.key) in WEEKDAYS or (
                w.kind == "num" and x + 1 < len(words) and words[x + 1].key in MONTH_WORDS):
            return True
    return False
