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

Two person keys name one person unless they contradict each other: other given names, other
fathers' names ("محمد بن سلمان" / "محمد بن نايف"), or two family names neither of which the other
name holds ("عبدالله الغرير" / "عبدالله الفلاسي"). So "عبدالله بن حمد الغرير", "عبدالله الغرير",
"عبدالله بن حمد" and "الغرير" are one person, whichever parts a rule found. Places and bodies: the
words of one key are all words of the other ("الرياض" ~ "مدينة الرياض"; "جامعة الملك سعود" !~
"جامعة الملك عبدالعزيز"), whatever type each record gave them. Transliterated words match by their
consonants ("لوس أنجليس" / "لوس أنجلوس", "تيلور" / "تايلور"); known given names do not ("سعيد" is
not "سعد"). KB ids decide when both entities are linked, unless they are two ids for one name
spelled two ways (the KB holds a few entities twice: "هوغو شافيز" / "هوجو تشافيز").
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from marsad.arabic.normalize import match_key
from marsad.lexicons import loader

# words that stand before a person's own name and are no part of it ("الأمير"، "الدكتور"، "سمو")
_TITLES = (
    loader.keyed("actors/title_words.tsv", "honorific", match_key)
    | loader.keyed("speaker_words.tsv", "name_honorific", match_key)
)
_NASAB = frozenset({"بن", "ابن", "بنت", "ابنه"})  # "son/daughter of": the next word is a father's name
_JOIN_NEXT = frozenset({"عبد", "ابو", "ابا", "ابي", "ام", "ال"})  # "عبد الله", "أبو بكر", "آل سعود" (folded): one name
_JOIN_PREV = frozenset({"الدين", "الله"})  # "نور الدين", "عطا الله": one name
_PROCLITICS = "وفبلك"
# generic words that open a body's name and that copies add or drop ("قوات التحالف" / "التحالف")
_BODY_HEADS = frozenset({"شركه", "نادي", "قوات", "فريق", "مجموعه", "صحيفه", "جريده", "تنظيم", "جماعه"})
_VOWELS = re.compile("[اوي]")
_PUNCT = re.compile(r"[^\w\s]")  # "إم.تي.في", "آل-سعود"
# Arabic and foreign given names (match keys), compared as written: their vowels tell names apart
_GIVEN = frozenset(row[0] for name in ("actors/given_names.tsv", "actors/foreign_given_names.tsv")
                   for row in loader.read_tsv(name))
_DOUBLED = re.compile(r"([^\Wل])\1")  # not the لل of "الله" ("عبدالله" keeps it)


class NameKey(NamedTuple):
    """An entity of a dedup profile: type, KB id (or ""), and the words of its name key."""

    type: str
    kb: str
    words: tuple[str, ...]

    def encode(self) -> str:
        return f"{self.type}|{self.kb}|{' '.join(self.words)}"


def _bare(word: str) -> str:
    """A name word without its article ("الغرير" -> "غرير"); short words keep it ("الله" stays).

    Transliterated names are spelled several ways: a letter written twice ("فلوميننزي" /
    "فلومينزي") is kept once (but "لل", as in "عبدالله"), and "أميركا" is written as "أمريكا".
    """
    if len(word) > 4 and word.startswith(("ال", "لل")):  # "للغرير": ل + ال
        word = word[2:]
    word = _DOUBLED.sub(r"\1", word)
    return word.replace("اميرك", "امريك")


def name_words(etype: str, name: str) -> tuple[str, ...]:
    """The words of an entity name's key (see the module docstring); nasab markers kept as "بن"."""
    # "شؤون" / "شئون", "مسؤول" / "مسئول": a hamza before و written on either seat, or not at all
    name = name.replace("ؤو", "و").replace("ئو", "و")
    raw = [w for w in _PUNCT.sub(" ", match_key(name)).split() if any(c.isalpha() for c in w)]
    joined: list[str] = []
    i = 0
    while i < len(raw):
        w = raw[i]
        if w in _JOIN_NEXT and i + 1 < len(raw) and raw[i + 1] not in _NASAB:
            # "آل" keeps a mark ("آل سعود" is not "سعود"); "أبا خليل", "أبي خليل" are "أبو خليل"
            w = {"ال": "ال·", "ابا": "ابو", "ابي": "ابو"}.get(w, w) + raw[i + 1]
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
        while words and words[-1] in ("بن", "ال"):  # a dangling "بن" or "آل" (a name cut short)
            words.pop()
        return tuple(words)
    words = [_bare(w) for w in joined]
    if len(words) > 1 and words[0] in _BODY_HEADS:  # "شركة جلاكسو" ~ "جلاكسو البريطانية"
        words.pop(0)
    return tuple(words)


@functools.lru_cache(maxsize=65536)
def make_key(kb: str | None, etype: str, name: str) -> NameKey:
    """The key of an entity (an immutable tuple, so one copy is shared): the same names recur in
    article after article, and each document's profile keys all its entities."""
    return NameKey(etype, kb or "", name_words(etype, name))


@functools.lru_cache(maxsize=65536)
def decode(item: str) -> NameKey:
    """A profile entry back as a `NameKey`; entries of older stores too ("Q123", "PER:الاسم")."""
    parts = item.split("|", 2)
    if len(parts) == 3:
        return NameKey(parts[0], parts[1], tuple(parts[2].split()))
    etype, sep, name = item.partition(":")
    if sep and etype in ("PER", "LOC", "ORG"):
        return NameKey(etype, "", name_words(etype, name))
    return NameKey("", item, ())  # a bare KB id


def _skeleton(word: str) -> str:
    """A word's consonants: without long vowels and hamza seats ("انجليس" = "انجلوس", "اليكسيس" =
    "الكسيس" once their article is taken), "g" written غ or ج ("مارغريت" = "مارجريت")."""
    return _VOWELS.sub("", word).replace("غ", "ج").replace("تش", "ش")  # "ch": "تشافيز" / "شافيز"


def _same_word(a: str, b: str, first: bool) -> bool:
    """Equal words, or spellings of one transliterated word (the inner vowels are written or not:
    "تايلور" / "تيلور"; known given names only by the letter for "g": "سعيد" is not "سعد"); the
    first word of a name may carry a proclitic the other spelling lacks."""
    if a == b or a.replace("غ", "ج") == b.replace("غ", "ج"):
        return True
    if min(len(a), len(b)) >= 4 and a not in _GIVEN and b not in _GIVEN and _skeleton(a) == _skeleton(b):
        return True
    if not first:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return len(short) >= 3 and long[0] in _PROCLITICS and _same_word(_bare(long[1:]), short, False)


def _father(words: tuple[str, ...]) -> str | None:
    for i, w in enumerate(words[:-1]):
        if w == "بن":
            return words[i + 1]
    return None


def _family(words: tuple[str, ...]) -> str | None:
    """The last word when it is no father's name (not right after "بن")."""
    return words[-1] if len(words) >= 2 and words[-2] != "بن" else None


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One person unless the names contradict: other given names, other fathers' names, or two
    family names neither of which the other name holds. A name that gives the father's name and
    one that gives the family name ("عصام بن عبداللطيف" / "عصام الملا") do not contradict: a rule
    that finds or misses part of a name must not turn one person into two."""
    names_a = [w for w in a if w != "بن"]
    names_b = [w for w in b if w != "بن"]
    if not names_a or not names_b:
        return False
    if len(names_a) == 1 or len(names_b) == 1:  # a single name: given or family, either way a name of the other
        one, other = (names_a, names_b) if len(names_a) == 1 else (names_b, names_a)
        return any(_same_word(one[0], w, k == 0) for k, w in enumerate(other))
    if len(names_a) > len(names_b):
        a, b, names_a, names_b = b, a, names_b, names_a
    # the longer may open with words a title list missed ("مغنية البوب تيلور سويفت"), not with a
    # given name ("محمد عبدالله الغرير" is Abdullah's son)
    for skip in range(min(3, len(names_b) - 1) + 1):
        if skip and names_b[skip - 1] in _GIVEN:
            break
        if not _same_word(names_a[0], names_b[skip], True):
            continue
        rest_a, rest_b = names_a[1:], names_b[skip + 1:]
        fa, fb = _father(a), _father(b)
        if fa and fb and not _same_word(fa, fb, False):
            return False
        ga, gb = _family(a), _family(b)
        return not (ga and gb and not _same_word(ga, gb, False)
                    and not any(_same_word(ga, w, False) for w in rest_b)
                    and not any(_same_word(gb, w, False) for w in rest_a))
    return False


def _contained(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every word of the shorter key is a word of the longer; its first may carry a proclitic."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and all(any(_same_word(w, x, i == 0) for x in long) for i, w in enumerate(short))


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(a) and len(a) == len(b) and all(_same_word(x, y, False) for x, y in zip(a, b, strict=True))


def same_entity(a: NameKey, b: NameKey) -> bool:
    """Whether two profile entries name one entity: KB ids decide when both are linked, else names."""
    if a.kb and b.kb:  # two ids for one spelling of a name are one entity the KB holds twice
        return a.kb == b.kb or _same_words(a.words, b.words)
    if not a.words or not b.words:
        return False
    if a.words == b.words or "".join(a.words) == "".join(b.words):
        return True  # same name, whatever type a layer gave it and however it split the words
    if a.type == "PER" and b.type == "PER":
        return same_person(a.words, b.words)
    # places and bodies, or one name typed differently by two records ("ألو فايز" a person in one,
    # "فريق ألو فايز" a body in the other): the words of one are words of the other
    return _contained(tuple(w for w in a.words if w != "بن"), tuple(w for w in b.words if w != "بن"))
