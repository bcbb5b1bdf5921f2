"""Names of things in quote marks: a ship, a storm, a film, a programme, a festival.

The press names a ship, a storm, a pet, a film or a television programme in quote marks or
brackets after the noun that says what it is: "السفينة الثالثة (ميسان)", "برنامج (ديلي شو)",
"الدجاجة المسماة (سيسيلي)", "مهرجان (جدة شو 36)". The tagger reads such names as persons,
bodies or places, and a KB place may be the ship's namesake; the gold counts none of them. A
candidate that lies inside quote marks opened right after a noun of `titled_things.tsv` is
dropped; the noun of a ship, a storm, an animal or a film may also stand two words further back,
past its adjectives or a verb of naming ("السفينة الثانية تدعى (X)"). Only the quoted mention
goes: a book or a journey titled after a person ("«رحلة ابن فضلان»") leaves his other mentions,
and the same name unquoted elsewhere is left to the other rules.

A KB person inside such a title is kept (a prize or a programme named after him still names
him), and a KB place or body only goes when it fills the quote alone after a noun of a thing
("السفينة (ميسان)"), not after "مهرجان" or "برنامج", which bodies head too.
"""

from __future__ import annotations

from bisect import bisect_right

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.lexicons.loader import keyed

WORK_CUES = keyed("titled_things.tsv", "work", alias_key)
THING_CUES = keyed("titled_things.tsv", "thing", alias_key)
NAMING = keyed("titled_things.tsv", "naming", alias_key)
# quote marks and brackets that open a title, with their closing mark
_PAIRS = {"«": "»", "“": "”", '"': '"', "(": ")"}
_CLOSERS = frozenset("»”)")
_MARKS = tuple(_CLOSERS | set(_PAIRS))
_MAX_QUOTE = 60  # characters: a longer quoted stretch is a statement, not a name
_FAR = 2  # words a thing's noun may stand before the quote ("السفينة الثالثة (X)")
_POSSESSIVE = ("ها", "ه")  # "مسلسله الجديد", "برنامجها"
_ARTICLE_ALONE = frozenset({"الـ", "ال"})  # "ألعاب الـ (تلي ماتش)"


def _quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(opening mark, closing mark) offsets of the quote marks around [start, end) on one line."""
    lo = max(text.rfind("\n", 0, start) + 1, start - _MAX_QUOTE)
    # the nearest mark before the name (asked for every candidate: one search per mark, in C)
    i = max(text.rfind(mark, lo, start) for mark in _MARKS)
    if i < 0:
        return None
    ch = text[i]
    if ch in _CLOSERS:
        return None
    line_start = text.rfind("\n", 0, i) + 1
    if ch == '"' and text.count('"', line_start, i) % 2:
        return None  # a closing mark: the name is after a quote, not in one
    j = text.find(_PAIRS[ch], end, i + _MAX_QUOTE)
    if j < 0 or "\n" in text[end:j]:
        return None
    return i, j


def _stem_keys(tok: Token) -> set[str]:
    """The clitic readings of a word, also without a possessive pronoun ("مسلسله" -> "مسلسل")."""
    keys = {stem for _off, stem in tok.splits}
    for key in list(keys):
        for p in _POSSESSIVE:
            if key.endswith(p) and len(key) - len(p) >= 3:
                keys.add(key[: -len(p)])
    return keys


def _end(tok: Token) -> int:
    return tok.end


def _words_before(tokens: list[Token], offset: int, n: int) -> list[Token]:
    """Up to `n` words right before `offset`, nearest first, stopping at punctuation."""
    out: list[Token] = []
    # the last token that ends by `offset`: token ends rise through the text, so a bisection
    k = bisect_right(tokens, offset, key=_end) - 1
    while k >= 0 and len(out) < n:
        tok = tokens[k]
        if not tok.is_word:
            if tok.text.strip("ـ") or not tok.text:
                break
        else:
            out.append(tok)
        k -= 1
    return out


def _cue(tokens: list[Token], opener: int) -> str | None:
    """"work" or "thing" when the quote opened at `opener` names a work or a thing, else None."""
    before = [t for t in _words_before(tokens, opener, _FAR + 2) if t.text not in _ARTICLE_ALONE]
    if not before:
        return None
    first = _stem_keys(before[0])
    if first & THING_CUES:
        return "thing"
    if first & WORK_CUES:
        return "work"
    # a thing's noun further back, past its adjectives ("السفينة الثالثة") or a verb of naming:
    # not past an indefinite word, which may be a character's name ("بطل الفيلم أوين (ممثل)")
    for k, tok in enumerate(before[: _FAR + 1]):
        keys = _stem_keys(tok)
        if k and keys & THING_CUES:
            return "thing"
        if not (keys & NAMING or tok.key.startswith("ال")):
            return None
    return None


def _fills_quote(c: NameCandidate, text: str, around: tuple[int, int]) -> bool:
    return not text[around[0] + 1 : c.start].strip() and not text[c.end : around[1]].strip()


def _title(c: NameCandidate, tokens: list[Token], text: str) -> str | None:
    """"work" or "thing" when `c` is (in) the quoted name of a work or a thing, else None; an
    unknown name right after a thing's noun is one without quote marks too ("الإعصار نوبارا")."""
    around = _quote_around(text, c.start, c.end)
    if around is None:
        if c.actor is not None or c.tok_start == 0 or not tokens[c.tok_start - 1].is_word:
            return None
        return "thing" if _stem_keys(tokens[c.tok_start - 1]) & THING_CUES else None
    kind = _cue(tokens, around[0])
    if kind is None or c.actor is None:
        return kind
    if c.actor.type == "PER" or kind != "thing":
        return None
    return kind if _fills_quote(c, text, around) else None


def drop_work_titles(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """The candidates without the names of ships, storms, films and the like in quote marks; a
    thing's unknown name goes also where it stands alone in quote marks without its noun
    ("وبعد أن تتعافى (سيسيلي)" after "الدجاجة (سيسيلي)")."""
    kinds = [_title(c, tokens, text) for c in cands]
    things = {c.key for c, kind in zip(cands, kinds, strict=True) if kind == "thing" and c.actor is None}

    def quoted_thing(c: NameCandidate) -> bool:
        if c.actor is not None or c.key not in things:
            return False
        around = _quote_around(text, c.start, c.end)
        return around is not None and _fills_quote(c, text, around)

    return [c for c, kind in zip(cands, kinds, strict=True) if kind is None and not quoted_thing(c)]
