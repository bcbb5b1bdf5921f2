"""A place named inside a body's name after an administrative word: "أمانة منطقة الرياض", "بلدية
محافظة الخبر", "الإدارة العامة للتعليم بمنطقة مكة المكرمة", "حكومة إقليم كردستان".

The Saudi and Gulf press names the local branch of a ministry, a municipality, a police or a
customs office by the region it serves, the administrative word included. The region is then an
entity of the article of its own (the guide's places are every named region; the annotators list
"منطقة الرياض" beside "أمانة منطقة الرياض"), though no finder of places sees it, since the body's
name claims its words. So is the city whose countryside a place is ("ريف حلب": "حلب"). The place is added inside the body, which stays whole: from the
administrative word (after its ب/ل) to the body's end, when the body ends with the place's name
(one to three words), or to the end of a longer place the KB knows ("إدارة تعليم محافظة جدة
للبنين"). Not in a university's, a club's or a team's name ("جامعة ولاية يوتاه", "نادي مدينة
الملك"), which carry a place without serving it; a definite administrative word
("المنطقة الشرقية") only when the KB knows the whole place.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, with_added
from marsad.layers.entities.name_words import NameWords, clitic_reading
from marsad.layers.entities.place_words import indefinite_place_name

_ADMIN = frozenset(alias_key(w) for w in (
    "منطقة", "محافظة", "مدينة", "إقليم", "ولاية", "مقاطعة", "مديرية", "حي", "المنطقة", "المحافظة",
))
_ADMIN_ENDINGS = tuple(_ADMIN)
_CLITICS = ("", "ب", "ل")  # "بمنطقة مكة المكرمة", "لمحافظة جدة"
# bodies that carry a place in their name without serving it as its administration
_NOT_SERVING = frozenset(alias_key(w) for w in (
    "جامعة", "الجامعة", "كلية", "نادي", "النادي", "منتخب", "فريق", "متحف", "معرض", "مهرجان", "بطولة",
))
# "مدينة الملك عبدالله الاقتصادية", "مدينة الأمير سلطان": a city or a complex named after a royal is a
# body of its own, found by the finders of bodies
_ROYALS = frozenset(alias_key(w) for w in ("الملك", "الأمير", "الشيخ", "السلطان"))
_MAX_NAME = 3
_COUNTRYSIDE = alias_key("ريف")
_COUNTRYSIDES = frozenset({_COUNTRYSIDE})
# the offices of a local or national government named by the place they serve ("بلدية الخبر", "صحة
# جدة"); not a university's, a hospital's or a club's head, whose place names them only
_SERVING_HEADS = frozenset(alias_key(w) for w in (
    "بلدية", "أمانة", "إمارة", "شرطة", "مرور", "صحة", "تعليم", "حكومة", "جوازات", "محافظة",
))
# the city words that the KB holds with their administrative word only ("الخبر": "محافظة الخبر")
_WORD_CITY_KEYS = {alias_key("الخبر"): alias_key("محافظة الخبر")}


def _place_actor(kb: KnowledgeBase, key: str) -> Actor | None:
    return next((a for a in kb.lookup(key) if a.type == "LOC"), None)


def _adjective(kb: KnowledgeBase, tok: Token) -> bool:
    """A definite country adjective or a relational one ("الإسبانية", "الجنوبي") after the name."""
    key = tok.key
    return kb.demonym(key) is not None or key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 5


def _admin_at(tok: Token) -> tuple[int, str] | None:
    """(offset in the word, stem) of an administrative word, after ب/ل or none, or None."""
    if not tok.is_word or not tok.key.endswith(_ADMIN_ENDINGS):
        return None  # most words: the clitic readings are not worth making
    return clitic_reading(tok, _ADMIN, _CLITICS)


def _known_place(kb: KnowledgeBase, tokens: list[Token], text: str, start: int, k: int,
                 end: int) -> tuple[int, Actor | None] | None:
    """(end token, actor) of the longest place from the administrative word at token k whose
    whole key or name's key the KB knows, within [k+1, end); None if none."""
    for j in range(min(end, k + 1 + _MAX_NAME), k + 1, -1):
        whole = alias_key(text[start : tokens[j - 1].end])
        actor = _place_actor(kb, whole) or _place_actor(kb, alias_key(text[tokens[k + 1].start : tokens[j - 1].end]))
        if actor is not None:
            return j, actor
    return None


def add_body_places(cands: list[NameCandidate], tokens: list[Token], text: str, kb: KnowledgeBase,
                    words: NameWords) -> list[NameCandidate]:
    """The candidates with the place each body's name serves, after its administrative word."""
    places = {(c.start, c.end) for c in cands if c.type == "LOC"}
    added: list[NameCandidate] = []
    for c in cands:
        if c.type != "ORG" or c.tok_end - c.tok_start < 3:
            continue
        first = tokens[c.tok_start]
        if any(stem in _NOT_SERVING for _off, stem in first.splits):
            continue
        for k in range(c.tok_start + 1, c.tok_end - 1):
            found = _admin_at(tokens[k])
            if found is None:
                continue
            rel, stem = found
            start = tokens[k].start + rel
            known = _known_place(kb, tokens, text, start, k, c.tok_end)
            if known is not None:
                j, actor = known
            elif stem.startswith("ال") or c.tok_end - k - 1 > _MAX_NAME \
                    or not self_named(tokens, k + 1, c.tok_end, words):
                break
            else:
                j, actor = c.tok_end, None
                while j > k + 2 and _adjective(kb, tokens[j - 1]):
                    j -= 1  # "مجلس مدينة ماربيا الإسبانية": the country's adjective describes the body
            end = tokens[j - 1].end
            if (start, end) not in places:
                added.append(NameCandidate(start, end, k, j, "LOC", alias_key(text[start:end]), actor, "pattern"))
                places.add((start, end))
            break
    added += _countryside_cities(cands, tokens, text, kb, places)
    added += _served_cities(cands, tokens, text, kb, places)
    return with_added(cands, added)


def _countryside_cities(cands: list[NameCandidate], tokens: list[Token], text: str, kb: KnowledgeBase,
                        places: set[tuple[int, int]]) -> list[NameCandidate]:
    """"ريف دمشق", "بريف حلب الشمالي": the city whose countryside is named is a place of the article
    too (the annotators list "حلب" for "ريف حلب"); added inside the countryside's name when the KB
    knows it as a place."""
    added: list[NameCandidate] = []
    for c in cands:
        if c.type != "LOC" or c.tok_end - c.tok_start < 2 or not tokens[c.tok_start].key.endswith(_COUNTRYSIDE) \
                or clitic_reading(tokens[c.tok_start], _COUNTRYSIDES, ("", "و", "ب", "وب", "ل")) is None:
            continue  # "ريف دمشق", "بريف حلب"
        for j in range(min(c.tok_end, c.tok_start + 3), c.tok_start + 1, -1):
            start, end = tokens[c.tok_start + 1].start, tokens[j - 1].end
            actor = _place_actor(kb, alias_key(text[start:end]))
            if actor is not None:
                if (start, end) not in places:
                    added.append(NameCandidate(start, end, c.tok_start + 1, j, "LOC", alias_key(text[start:end]),
                                               actor, "pattern"))
                    places.add((start, end))
                break
    return added


def _served_cities(cands: list[NameCandidate], tokens: list[Token], text: str, kb: KnowledgeBase,
                   places: set[tuple[int, int]]) -> list[NameCandidate]:
    """"بلدية الخبر", "صحة جدة", "مرور الأحساء", "حكومة كابول": a local government's office named by
    the place it serves in construct, without an administrative word; the place is one of the
    article's when the KB knows it (the annotators list it) and it ends the body's name."""
    added: list[NameCandidate] = []
    for c in cands:
        a = c.tok_start + 1
        if c.type != "ORG" or c.tok_end - a < 1 or c.tok_end - a > _MAX_NAME \
                or tokens[c.tok_start].key not in _SERVING_HEADS or c.start != tokens[c.tok_start].start:
            continue
        start, end = tokens[a].start, tokens[c.tok_end - 1].end
        if (start, end) in places:
            continue
        key = alias_key(text[start:end])
        actor = _place_actor(kb, key) or _place_actor(kb, _WORD_CITY_KEYS.get(key, ""))
        if actor is not None and actor.kind != "country":  # "أمانة عمان" is Amman's, not Oman's
            added.append(NameCandidate(start, end, a, c.tok_end, "LOC", key, actor, "pattern"))
            places.add((start, end))
    return added


def self_named(tokens: list[Token], a: int, b: int, words: NameWords) -> bool:
    """Do the words [a, b) after an administrative word read as a place's name: words only, the
    first no royal title ("مدينة الملك ..."), no purpose ("للبنين"), and an indefinite first word
    a name's shape rather than an adjective agreeing with the administrative word."""
    if any(not tokens[m].is_word or tokens[m].key.startswith("لل") for m in range(a, b)):
        return False
    tok = tokens[a]
    if tok.key in _ROYALS or tok.key in words.common:
        return False
    return tok.key.startswith("ال") or indefinite_place_name(words, tok)
