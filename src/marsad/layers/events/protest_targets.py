"""What a protest is against, widened from the participant a mark introduces: the agent of a
protested deed ("احتجاجا على مقتل مدنيين على يد قوات ..."), a named body's other name set after
it ("وزارة الدفاع الأميركية البنتاغون"), who leads it ("قوات التحالف بقيادة ...") and the sides
coordinated with it ("معادية لإيران والولايات المتحدة")."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.clauses import _bare, _named_or_bare
from marsad.layers.events.mention_positions import _agent, _word_index
from marsad.layers.events.words import RELATIVES, _Mention, _strip_conjunction
from marsad.lexicons import loader

# how far after a protested deed its agent may be named ("مقتل ثلاثة مدنيين على يد قوات ...")
DEED_REACH = 6


def _deed_agent(doc: Document, words: list[Token], deed: _Mention, actor: _Mention | None,
                mentions: list[_Mention]) -> _Mention | None:
    """Who did the deed a protest is against, when the text names its agent ("احتجاجا على مقتل
    مدنيين على يد قوات الاحتلال"، "تنديدا باعتقال طلاب من قبل الشرطة"): the protest is against
    the agent, not the victims."""
    x = _word_index(words, deed.end - 1) + 1
    for y in range(x, min(len(words), x + DEED_REACH)):
        if words[y].kind == "punct":
            return None
        for m in mentions:
            if words[y].start <= m.start < words[y].end and _agent(words, m) and (actor is None or m.key != actor.key):
                return m
        if y > x and words[y].key in ("يد", "قبل") and words[y - 1].key in ("على", "من"):
            return _bare(doc, words, y + 1)  # "من قبل البلدية": an agent the lexicon does not list
    return None


# who leads a side, named after it ("قوات التحالف بقيادة الولايات المتحدة"، "التي تقودها")
LED_BY = loader.keyed("event_words.tsv", "led_by", match_key)


def _with_apposition(doc: Document, words: list[Token], side: _Mention, mentions: list[_Mention]) -> _Mention:
    """A named side with the name of the same body set right after it, bare or in brackets
    ("وزارة الدفاع الأميركية البنتاغون"، "حلف شمال الأطلسي (الناتو)"): the words naming it, all of them."""
    x = _word_index(words, side.end - 1) + 1
    if x >= len(words) or words[x].kind != "word" or doc.text[side.end : words[x].start].strip() not in ("", "("):
        return side
    again = next((m for m in mentions if m.start == words[x].start and m.entity is not None), None)
    entity = doc.entity(again.entity) if again is not None else None
    if entity is None or entity.type != "ORG" or (ent := doc.entity(side.entity)) is None or ent.type != "ORG":
        return side  # (the same body named twice, or an organisation's other name)
    bracket = "(" in doc.text[side.end : again.start] and doc.text[again.end : again.end + 1] == ")"
    return _Mention(side.start, again.end + bracket, side.entity, side.key, side.sector, side.protester)


def _with_leader(doc: Document, words: list[Token], side: _Mention, mentions: list[_Mention]) -> _Mention:
    """A side with who leads or does it, when a phrase right after it names them ("قوات التحالف
    بقيادة الولايات المتحدة"، "القوات التي تقودها فرنسا"، "الرسوم التي نشرتها صحيفة دنماركية"):
    the words naming what is protested, all of them."""
    x = _word_index(words, side.end - 1) + 1
    if x + 1 < len(words) and words[x].key.startswith("وال") and words[x + 1].key in RELATIVES:
        x += 1  # "سياسات القمع والتنكيل التي تمارسها": a noun coordinated within the side
    if x + 3 < len(words) and words[x].key in RELATIVES and words[x + 2].key in _OF_IT:
        x += 2  # "العملية التي تقوم بها الحكومة": a verb reaching the side through a preposition
    elif x + 2 < len(words) and words[x].key in RELATIVES and _resumptive(words[x + 1].key):
        x += 1  # "التي تقودها"، "الذي أصدره": a verb whose object is the side
    elif x + 1 >= len(words) or words[x].key not in LED_BY:
        return side
    if words[x + 1].key[:1] in ("ب", "ل"):
        return side  # "التي يتهمونها بالفساد": what it is told of, not who did it
    leader = _named_or_bare(doc, words, x + 1, mentions)
    if leader is None:
        return side
    return _Mention(side.start, leader.end, side.entity, side.key, side.sector, side.protester)


# a preposition carrying the side as a pronoun after a relative clause's verb ("تقوم بها"، "تقوم به")
_OF_IT = frozenset(match_key(w) for w in ("بها", "به"))


def _resumptive(key: str) -> bool:
    """Whether a word reads as a verb carrying its object as a pronoun ("تقودها"، "نشرتها"،
    "أصدره"، "اتخذتها"): the relative clause it opens names who did what a protest is against."""
    if key in LED_BY:
        return True
    stem = key[:-2] if key.endswith("ها") else key[:-1] if key.endswith("ه") else ""
    # not a verb with its own plural subject ("يتهمونها"، "اتخذوها"): the doer is named after it
    return len(stem) >= 3 and not key.startswith("ال") and not stem.endswith(("ون", "و", "ين"))


def _with_coordinated(words: list[Token], side: _Mention, mentions: list[_Mention]) -> _Mention:
    """A side with the sides coordinated after it by و ("هتافات معادية لإيران والولايات المتحدة
    وإسرائيل"): the words naming what is protested, all of them."""
    end = side.end
    while True:
        x = _word_index(words, end - 1) + 1
        if x >= len(words) or words[x].key[:1] != "و" or words[x].kind != "word":
            break
        at = words[x].start + 1
        if _strip_conjunction(words[x].key) in _REPEATED and x + 1 < len(words):
            at = words[x + 1].start  # "احتجاجا على المذكرة وعلى المحكمة": the preposition said again
        nxt = [m for m in mentions if m.start == at and (m.entity is not None or m.sector is not None)]
        if not nxt:
            break
        end = nxt[0].end
    return side if end == side.end else _Mention(side.start, end, side.entity, side.key, side.sector, side.protester)


# a preposition of a protest's target said again before a coordinated side ("وعلى"، "وضد")
_REPEATED = frozenset(match_key(w) for w in ("على", "ضد"))


# words of a part of a body between ل and its people ("لعدد من المسؤولين"، "لبعض الوزراء")
_SOME = frozenset(match_key(w) for w in ("عدد", "بعض"))
# how many words an issue may run before the ل of its author ("التصريحات الأخيرة المسيئة لـ")
AUTHOR_REACH = 3
# plural nouns of office holders, an author of what a protest is against after ل ("للمسؤولين")
OFFICE_HOLDERS = frozenset(match_key(w) for w in (
    "وزراء", "مسؤولين", "مسئولين", "نواب", "قادة", "زعماء", "حكومة", "سلطات", "حكومات"))


# the sectors of an unnamed body that decides or acts on others, an issue's author after ل ("للحكومة"،
# "للشرطة"): not people an issue may be for ("للاجئين"، "للطلاب")
AUTHORITY_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD", "PTY"))


def _with_author(doc: Document, words: list[Token], side: _Mention, mentions: list[_Mention]) -> _Mention:
    """An issue a protest is against with its author after ل, past the issue's adjectives
    ("التصريحات العدائية لعدد من المسؤولين الإيرانيين"، "الزيارة المرتقبة للرئيس الأميركي"): the
    words naming what is protested, its author among them. Not a place (where a visit goes,
    "زيارته للصين"), nor the protesters."""
    if side.entity is not None or side.sector is not None:
        return side
    first = _word_index(words, side.start)
    x = _word_index(words, side.end - 1) + 1
    while x < len(words) and x - first <= AUTHOR_REACH and words[x].kind == "word" and words[x].key.startswith("ال"):
        x += 1  # the adjectives ("العدائية")
    if x >= len(words) or x - first > AUTHOR_REACH or words[x].kind != "word" or words[x].key[:1] != "ل" \
            or words[x].key in RELATIVES:
        return side
    y, some = x, False
    if match_key(words[x].text[1:]) in _SOME and x + 2 < len(words) and words[x + 1].key == "من":
        y, some = x + 2, True  # "لعدد من المسؤولين": the people counted
    author = next((m for m in mentions if words[y].start <= m.start < words[y].end
                   and (some or m.start > words[y].start)), None)
    head = _article_off(words[y].key if some else words[y].key[1:])
    if author is None and head in OFFICE_HOLDERS:
        # an unlisted body of office holders ("لعدد من الوزراء البريطانيين"، "للمسؤولين الإيرانيين")
        author = _bare(doc, words, y)
    if author is None:
        return side
    entity = doc.entity(author.entity) if author.entity is not None else None
    if (entity is not None and entity.type == "LOC") or author.protester \
            or (entity is None and author.sector not in AUTHORITY_SECTORS and head not in OFFICE_HOLDERS):
        return side  # ("المساعدات للاجئين": who an issue is for, not who made it)
    return _Mention(side.start, author.end, side.entity, side.key, side.sector, side.protester)


def _article_off(key: str) -> str:
    """A word's key without its article, read after a ل ("لمسؤولين" of "للمسؤولين") too."""
    if key.startswith("ال"):
        return key[2:]
    return key[1:] if key.startswith("ل") and len(key) > 4 else key
