"""Spelling-proof keys of entity names, and when two of them name the same entity.

The dedup template check (`dedup.conflicts`) asks whether a main entity of one document is
mentioned in another. Comparing names as written makes that answer depend on how a layer
happened to spell the entity: one record names a person "الشيخ عبدالله بن حمد الغرير", a wire
copy of the same story "عبدالله الغرير", and a change to the entity rules moves a document from
one spelling to the other. The key of a name keeps what identifies the entity and drops what
varies between copies: match-key folding (hamza seats, ta marbuta, alef maqsura, diacritics),
titles and honorifics before a person's name, the article "ال" of each word, a one-letter
proclitic written onto the first word, and the split spellings of compound given names
("عبد الله" = "عبدالله", "نور الدين", "أبو بكر", "آل سعود").

Two person keys name the same person when their given names agree and the last name of one
is a name of the other ("عبدالله بن حمد الغرير" ~ "عبدالله الغرير" ~ "عبدالله بن حمد"), or when one
is a single name the other contains ("الغرير"); a father's name written in both ("محمد بن
سلمان" / "محمد بن نايف") must agree. Places and organisations: one key's words are all words of
the other ("الرياض" ~ "مدينة الرياض"; "جامعة الملك سعود" !~ "جامعة الملك عبدالعزيز").
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from marsad.arabic.normalize import match_key
from marsad.lexicons import loader

# words that stand before a person's own name and are no part of it ("الأمير"، "الدكتور"، "سمو")
_TITLES = (
    loader.keyed("actors/title_words.tsv", "honorific", match_key)
    | loader.keyed("speaker_words.tsv", "name_honorific", match_key)
)
_NASAB = frozenset({"بن", "ابن", "بنت", "ابنه"})  # "son/daughter of": the next word is a father's name
_JOIN_NEXT = frozenset({"عبد", "ابو", "ابي", "ام", "ال"})  # "عبد الله", "أبو بكر", "آل سعود" (folded): one name
_JOIN_PREV = frozenset({"الدين", "الله"})  # "نور الدين", "عطا الله": one name
_PROCLITICS = "وفبلك"


class NameKey(NamedTuple):
    """An entity of a dedup profile: type, KB id (or ""), and the words of its name key."""

    type: str
    kb: str
    words: tuple[str, ...]

    def encode(self) -> str:
        return f"{self.type}|{self.kb}|{' '.join(self.words)}"


def _bare(word: str) -> str:
    """A name word without its article ("الغرير" -> "غرير"); short words keep it ("الله" stays)."""
    if word.startswith("ال") and len(word) > 4:
        return word[2:]
    if word.startswith("لل") and len(word) > 4:  # "للغرير": ل + ال
        return word[2:]
    return word


def name_words(etype: str, name: str) -> tuple[str, ...]:
    """The words of an entity name's key (see the module docstring); nasab markers kept as "بن"."""
    raw = [w for w in match_key(name).replace("-", " ").split() if any(c.isalpha() for c in w)]
    joined: list[str] = []
    i = 0
    while i < len(raw):
        w = raw[i]
        if w in _JOIN_NEXT and i + 1 < len(raw) and raw[i + 1] not in _NASAB:
            w = ("ال·" if w == "ال" else w) + raw[i + 1]  # "آل" keeps a mark: "آل سعود" is not "سعود"
            i += 1
        elif w in _JOIN_PREV and joined and joined[-1] not in _NASAB:
            joined[-1] += w
            i += 1
            continue
        joined.append(w)
        i += 1
    if etype == "PER":
        # a role phrase and its honorific ahead of the name ("ولي العهد الأمير محمد"): cut after the
        # last title word that stands before any nasab and is not the name's last word
        stop = joined.index("بن") if "بن" in joined else len(joined) - 1
        cut = max((i + 1 for i, w in enumerate(joined[:stop]) if w in _TITLES), default=0)
        joined = joined[cut:]
        if joined and len(joined[0]) > 3 and joined[0][0] in _PROCLITICS and joined[0][1:] in _TITLES:
            joined.pop(0)  # "والأمير"
        words = ["بن" if w in _NASAB else _bare(w) for w in joined]
        while words and words[-1] == "بن":  # a dangling "بن" (a name cut short)
            words.pop()
        return tuple(words)
    return tuple(_bare(w) for w in joined)


def make_key(kb: str | None, etype: str, name: str) -> NameKey:
    return NameKey(etype, kb or "", name_words(etype, name))


@functools.lru_cache(maxsize=65536)
def decode(item: str) -> NameKey:
    """A profile entry back as a `NameKey`; entries of older stores too ("Q123", "PER:الاسم")."""
    parts = item.split("|")
    if len(parts) == 3:
        return NameKey(parts[0], parts[1], tuple(parts[2].split()))
    etype, sep, name = item.partition(":")
    if sep and etype in ("PER", "LOC", "ORG"):
        return NameKey(etype, "", name_words(etype, name))
    return NameKey("", item, ())  # a bare KB id


def _same_word(a: str, b: str, first: bool) -> bool:
    """Equal words; the first word of a name may carry a proclitic the other spelling lacks."""
    if a == b:
        return True
    if not first:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return len(short) >= 3 and long[0] in _PROCLITICS and _bare(long[1:]) == short


def _father(words: tuple[str, ...]) -> str | None:
    for i, w in enumerate(words[:-1]):
        if w == "بن":
            return words[i + 1]
    return None


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    names_a = [w for w in a if w != "بن"]
    names_b = [w for w in b if w != "بن"]
    if not names_a or not names_b:
        return False
    if len(names_a) == 1 or len(names_b) == 1:  # a single name: given or family, either way a name of the other
        one, other = (names_a, names_b) if len(names_a) == 1 else (names_b, names_a)
        return any(_same_word(one[0], w, k == 0) for k, w in enumerate(other))
    if not _same_word(names_a[0], names_b[0], True):
        return False
    fa, fb = _father(a), _father(b)
    if fa and fb and fa != fb:
        return False
    return names_a[-1] in names_b[1:] or names_b[-1] in names_a[1:]


def _contained(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and all(any(_same_word(w, x, i == 0 and j == 0) for j, x in enumerate(long))
                               for i, w in enumerate(short))


def same_entity(a: NameKey, b: NameKey) -> bool:
    """Whether two profile entries name one entity: KB ids decide when both are linked, else names."""
    if a.kb and b.kb:
        return a.kb == b.kb
    if not a.words or not b.words:
        return False
    if a.words == b.words:
        return True  # same name, whatever type a layer gave it
    if a.type == "PER" and b.type == "PER":
        return same_person(a.words, b.words)
    if "PER" in (a.type, b.type):
        return False
    return _contained(a.words, b.words)
