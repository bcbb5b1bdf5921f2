"""A name that begins a set phrase: "مسقط رأسه" (his birthplace), "النيل من" (to harm).

Some places' and persons' names are also ordinary words that open a fixed phrase: "مسقط" (Muscat)
is a place of falling in "مسقط رأسه" (his birthplace), "النيل" (the Nile) the verbal noun of
"نال من" (to harm) in "محاولة النيل من الدولة", "ينبع" (Yanbu) the verb "stems" in "ينبع من
قناعة", "حسن" (Hassan) the word "good" in "حسن الجوار". When the word after the name is one of the
phrase's forms (lexicon `name_idioms.tsv`), the one-word name is no mention. A place keeps its
reading where a preposition or a word that heads a place's name stands right before it ("وصل إلى
ينبع من جدة", "مياه النيل من المنبع", "محافظة ينبع").
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.lexicons.loader import table

# name key -> the keys of the words that make it a set phrase when they follow it
IDIOMS: dict[str, frozenset[str]] = {
    alias_key(row[0]): frozenset(alias_key(w) for w in row[1].split()) for row in table("name_idioms.tsv", 2)
}
# words before the name that make it the place ("محافظة ينبع", "نهر النيل من")
_PLACE_HEADS = frozenset(alias_key(w) for w in (
    "مدينة", "محافظة", "محافظ", "ميناء", "مطار", "نهر", "مياه", "حوض", "دلتا", "وادي", "ضفاف", "ضفة",
    "كورنيش", "منابع", "عاصمة", "العاصمة"))
# prepositions before the name that make it the place ("وصل إلى ينبع من جدة"); not before a verbal
# noun, which takes them too ("تهدف إلى النيل من")
_PREPOSITIONS = frozenset(alias_key(w) for w in ("إلى", "الى", "في", "من", "عن", "على", "حتى", "نحو"))
_VERBAL_NOUNS = frozenset(alias_key(w) for w in ("النيل", "نيل"))
# plurals that name no place before "المقدسة" wherever they stand ("خدمة الحجاج بالبقاع المقدسة",
# "مفتي القدس والديار المقدسة": the holy places, not the Bekaa)
_HOLY_PLACES = frozenset(alias_key(w) for w in ("البقاع", "الديار"))
_ALWAYS = _VERBAL_NOUNS | _HOLY_PLACES


def _idiom(c: NameCandidate, tokens: list[Token], text: str) -> bool:
    if c.tok_end - c.tok_start != 1 or c.tok_end >= len(tokens) or c.end != tokens[c.tok_start].end:
        return False
    name = alias_key(text[c.start : c.end])
    follows = IDIOMS.get(name)
    nxt = tokens[c.tok_end]
    if follows is None or not nxt.is_word or nxt.start - c.end > 1 or nxt.key not in follows:
        return False
    # a clitic preposition on the name places it ("بينبع من"), unless the name is a verbal noun ("للنيل من")
    clitics = text[tokens[c.tok_start].start : c.start]
    if clitics not in ("", "و", "ف") and not (name in _ALWAYS and clitics in ("ل", "لل", "ب", "ول", "ولل", "وب")):
        return False
    if c.tok_start == 0:
        return True
    prev = tokens[c.tok_start - 1]
    placed = prev.key in _PLACE_HEADS or prev.key in _PREPOSITIONS and name not in _ALWAYS
    return not (prev.is_word and placed)


def drop_name_idioms(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """The candidates without one-word names that open a set phrase ("مسقط رأسه")."""
    return [c for c in cands if not _idiom(c, tokens, text)]
