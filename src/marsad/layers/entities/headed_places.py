"""A name read as a person or an unknown body that a place's head word begins, or that stands right
after one, is the place: "[ميدان الدوارق]" (a square), "شاطئ [بوجعفر]" (a beach), "مشعر [عرفات]".

No person's name begins with "ميدان", "شارع", "حي" or "شاطئ", and a man's name right after such a
word names the square, the street or the camp after him (GUIDE: a site named after a person is one
entity, the outer one). Unknown names only: a name the KB knows ("شارع الملك فهد") is left to the
finders of roads and sites.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, move_start
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.titles import content_key
from marsad.layers.entities.word_lists import PLACE_HEADS
from marsad.lexicons.loader import keyed

# the heads of places the pattern finders know, and those of squares, shores and holy sites
_HEADS = PLACE_HEADS | keyed("headed_places.tsv", "head", alias_key)
# the heads of squares, shores and holy sites alone (no place word of the patterns: "جبل" is a name too)
_SQUARE_HEADS = keyed("headed_places.tsv", "head", alias_key)
# heads that also begin a body's name: a body they begin stays a body
_BODY_HEADS = keyed("headed_places.tsv", "body_head", alias_key)
# heads that are also given names ("سهل"): the place unless a lineage word follows
_GIVEN_HEADS = keyed("headed_places.tsv", "given_head", alias_key)
_LINEAGE = frozenset(alias_key(w) for w in ("بن", "ابن", "بنت"))


def _head(tok: Token) -> int | None:
    """Where the head word begins in the token (a text offset: "بمشعر" after ب), or None."""
    if not tok.is_word:
        return None
    for off, stem in tok.splits:
        clitic = tok.key[: len(tok.key) - len(stem)]
        if stem in _HEADS and all(ch in "وفبلك" for ch in clitic):
            return off
    return None


def _plain_of(tok: Token, words: NameWords) -> bool:
    """Is `tok`, after a head that is also a given name, what the place is of: a definite word or
    a place the KB knows ("سهل الغاب", "سهل نينوى"), not a lineage word or a family name ("سهل بن
    سعد", "سهل حفظي")?"""
    if tok.key in _LINEAGE:
        return False
    return tok.key.startswith("ال") or any(a.type == "LOC" for a in words.kb.lookup(tok.key))


def retype_headed_places(cands: list[NameCandidate], tokens: list[Token], text: str, words: NameWords) -> None:
    """Retype (and, for a name after a head, extend over the head) the unknown persons and bodies
    a place's head begins. A body only as the tagger read it: a finder's body ("منظمة «جبل
    الهيكل»") was named with its own head."""
    taken = claimed(cands)
    common = words.common
    for c in cands:
        if c.actor is not None or c.type not in ("PER", "ORG") or c.type == "ORG" and c.source != "ner":
            continue
        first = tokens[c.tok_start]
        head = content_key(first)
        if c.tok_end - c.tok_start >= 2 and head in _HEADS and c.start == _head(first) \
                and (c.type == "PER" or head not in _BODY_HEADS):
            c.type = "LOC"
            continue
        if c.type == "PER" and c.tok_end - c.tok_start >= 2 and first.key in _GIVEN_HEADS and c.start == first.start \
                and _plain_of(tokens[c.tok_start + 1], words):
            c.type = "LOC"  # "سهل الغاب", "سهل البقاع": the plain, not a man named Sahl ("سهل حفظي")
            continue
        i = c.tok_start
        if c.type != "PER" or i == 0 or i - 1 in taken or c.start != tokens[i].start \
                or text[tokens[i - 1].end : c.start] != " ":
            continue
        at = _head(tokens[i - 1])
        if at is None or c.tok_end - i == 1 and (c.key in common or c.key.startswith("ال") and not c.key.endswith("ي")):
            # "سوق العقار": the market of a thing, an ordinary (definite) word the tagger took for a
            # name, which the layer drops when it stands alone
            continue
        move_start(c, i - 1, tokens, text, at=at)
        c.type = "LOC"
        taken.add(i - 1)


def bare_head(c: NameCandidate, tokens: list[Token]) -> bool:
    """"كورنيش", "ميدان", "شاطئ" alone, an unknown one-word place NER tagged: a head word of squares
    and shores with no name read with it names nothing ("كورنيش" of "كورنيش جدة" is the city's)."""
    return c.type == "LOC" and c.actor is None and c.tok_end - c.tok_start == 1 \
        and any(stem in _SQUARE_HEADS for _off, stem in tokens[c.tok_start].splits) \
        and c.end == tokens[c.tok_start].end
