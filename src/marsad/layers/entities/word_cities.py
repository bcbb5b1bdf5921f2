"""A city whose name is also an ordinary word, where the sentence shows a place: "كورنيش الخبر",
"بقطاع الخبر", "الواجهة البحرية بالخبر", "في الدمام والخبر" (Khobar; "الخبر" is also the news item).

The KB holds such a city with its administrative word only ("محافظة الخبر"). The bare word is the
city (lexicon: word_cities.tsv) after a word in construct with a place ("كورنيش", "بلدية",
"قطاع"); after ب or "في" that follow a definite relational adjective, which ends the name of a
site or a body ("الواجهة البحرية بالخبر", "المستشفى التعليمي في الخبر"), not a verb, a noun with its
pronoun or a subject ("لم تكترث الأسواق بالخبر", "إعلانها بالخبر", "وجاء في الخبر"); and joined by "و" to a place the article names ("الدمام والخبر", "بالخبر والدمام"). Not
when a definite adjective follows, which describes the news ("الخبر العاجل").
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import clitic_reading
from marsad.lexicons.loader import keyed, table

_LEXICON = "word_cities.tsv"
_CITIES = {alias_key(row[0]): row[2] for row in table(_LEXICON, 2) if row[1] == "city"}
_CITY_KEYS = frozenset(_CITIES)
_GOVERNORS = keyed(_LEXICON, "governor", alias_key)
_IN = alias_key("في")
_CLITICS = ("", "و", "ب", "وب")
# every written form of a city word with its clitics: a set membership of each token's key
_FORMS = frozenset(c + k for c in _CLITICS for k in _CITY_KEYS)


def _city_at(tok: Token) -> tuple[int, str] | None:
    """(offset in the word, city key) of a city word after its clitics, or None."""
    if tok.key not in _FORMS:
        return None
    return clitic_reading(tok, _CITY_KEYS, _CLITICS)


def _governed(tok: Token) -> bool:
    """"كورنيش", "بقطاع", "وبلدية": an indefinite word in construct with a place."""
    found = clitic_reading(tok, _GOVERNORS, ("", "و", "ب", "ل", "وب", "ول"))
    return found is not None


def _described_before(tokens: list[Token], k: int) -> bool:
    """Is token k a definite relational adjective ("البحرية", "التعليمي"), which ends the name of
    a site or a body that a place phrase then locates? (A definite noun may be the subject that
    the news is about: "لم تكترث الأسواق بالخبر".)"""
    if k < 0 or not tokens[k].is_word:
        return False
    key = tokens[k].key.removeprefix("و")
    return key.startswith("ال") and len(key) > 4 and key.endswith(("ي", "يه"))


def add_word_cities(cands: list[NameCandidate], tokens: list[Token], text: str,
                    kb: KnowledgeBase) -> list[NameCandidate]:
    """The candidates with each unclaimed city word the sentence shows a place, linked to its city."""
    if not any(tok.key in _FORMS for tok in tokens):
        return cands  # most articles: no city word at all
    taken = claimed(cands)
    place_ends = {c.tok_end for c in cands if c.type == "LOC"}
    place_starts = {c.tok_start for c in cands if c.type == "LOC"}
    added: list[NameCandidate] = []
    for i, tok in enumerate(tokens):
        if i in taken:
            continue
        found = _city_at(tok)
        if found is None:
            continue
        rel, key = found
        clitic = tok.key[:rel]
        nxt = i + 1
        if adjacent(tokens, nxt) and tokens[nxt].text.startswith("ال"):  # as written: "آلاف" follows a place
            continue  # "الخبر العاجل", "في الخبر الذي": the news described
        joined = ("و" in clitic and i in place_ends) \
            or (adjacent(tokens, nxt) and tokens[nxt].key.startswith("و") and nxt in place_starts)
        governed = clitic in ("", "و") and i > 0 and adjacent(tokens, i) and _governed(tokens[i - 1]) \
            and not tokens[i - 1].key.startswith("ال")
        placed = ("ب" in clitic and _described_before(tokens, i - 1)) \
            or (clitic == "" and i > 0 and tokens[i - 1].key == _IN and _described_before(tokens, i - 2))
        if not (joined or governed or placed):
            continue
        actor = kb.get(_CITIES[key])
        start = tok.start + rel
        added.append(NameCandidate(start, tok.end, i, i + 1, "LOC", key, actor, "pattern"))
    return with_added(cands, added)
