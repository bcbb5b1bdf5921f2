"""A name the article has named is a name wherever the article repeats it: "باولا شنايدر" ...
"وقالت شنايدر", "جبهة تحرير الساحل" ... "لجبهة تحرير الساحل".

The gazetteer finds a known name at every occurrence, but NER tags an unknown one from its
context, so that the same name is found once and missed at its other occurrences (a surname
alone after a verb, a place after a preposition). An unknown name found once is repeated, with
any clitic before it ("وشنايدر"), at the words nothing else claimed; the repeats have the type of
the name and join its entity by their key. A name of one word is repeated only when it is part of
a person's full name and no ordinary word nor a given name, which alone name nobody in particular
("سامية", "عمر"): a word NER took alone for a body's or a place's name ("القناة", "الزكاة") is too
often an ordinary word. A name is repeated only when the article finds it with a single type
("القناة" a place here, a body there).
"""

from __future__ import annotations

from marsad.arabic.form_memo import key_positions
from marsad.arabic.tokens import PROCLITIC_SEQUENCES, Token
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import NameWords

REPEATED_TYPES = ("PER", "ORG", "LOC")
MIN_LETTERS = 4  # shorter words are too often another word's spelling ("مين", "عز")


def _repeatable(words: NameWords, key: str, typ: str, found: int, full_names: set[str]) -> bool:
    """A family or first name alone when the article names the person in full ("شنايدر" of "باولا
    شنايدر"); a name of two words or more found twice, or a person's opening with a given name
    ("عز الدين"). NER's false alarms are found once, in a context that misled it ("ارتفاع هرمون
    الحليب"): repeated, they would be found everywhere."""
    parts = key.split(" ")
    if len(parts) == 1:
        word = parts[0]
        return typ == "PER" and word in full_names and len(word) >= MIN_LETTERS \
            and word not in words.common and word not in words.given_names \
            and not (word.startswith("ال") and not word.endswith("ي"))  # "العقار": no family name
    if not all(w.isalpha() for w in parts):
        return False  # "جدة شو 36": a festival's or a programme's name with its year, whatever NER took it for
    return found >= 2 or typ == "PER" and parts[0] in words.given_names


def _full_name_parts(cands: list[NameCandidate]) -> set[str]:
    """The first and last words of the persons' full names ("باولا شنايدر"; not "الوكيل العقاري":
    a name does not open with the article)."""
    parts: set[str] = set()
    for c in cands:
        if c.type == "PER" and " " in c.key and not c.key.startswith("ال"):
            words = c.key.split(" ")
            parts.update((words[0], words[-1]))
    return parts


def _reading_at(tok: Token, by_first: dict[str, list[list[str]]]) -> tuple[int, list[list[str]] | None]:
    """Where a name's first word begins in `tok`, when `tok` is that word with a clitic before it
    ("وشنايدر"; not "الأطباق" for "أطباق"), and the names opening with it."""
    for off, stem in tok.splits:
        forms = by_first.get(stem)
        if forms is not None and "ال" not in tok.text[: off - tok.start]:
            return off, forms
    return 0, None


def _unknown_name_word(words: NameWords, tokens: list[Token], k: int, taken: set[int]) -> bool:
    """Is token k a word right next to the name that may be a word of a name, and unclaimed?"""
    if k < 0 or k >= len(tokens) or k in taken or not tokens[k].is_word:
        return False
    return words.name_like(tokens[k]) and not words.kb.lookup(tokens[k].key)


def add_repeats(cands: list[NameCandidate], tokens: list[Token], words: NameWords) -> list[NameCandidate]:
    """The candidates and the repeats of the unknown names among them."""
    types: dict[str, set[str]] = {}
    found: dict[str, int] = {}
    for c in cands:
        if c.actor is None and c.type in REPEATED_TYPES:
            types.setdefault(c.key, set()).add(c.type)
            found[c.key] = found.get(c.key, 0) + 1
    full_names = _full_name_parts(cands)
    single = {key: next(iter(t)) for key, t in types.items() if len(t) == 1}
    names = {key: typ for key, typ in single.items() if _repeatable(words, key, typ, found[key], full_names)}
    if not names:
        return cands
    by_first: dict[str, list[list[str]]] = {}
    for key in sorted(names, key=lambda k: -k.count(" ")):
        parts = key.split(" ")
        by_first.setdefault(parts[0], []).append(parts)
    taken = claimed(cands)
    added: list[NameCandidate] = []
    # most words hold no name's first word: their clitic readings are not worth making. A
    # reading's stem is the word's key after a proclitic sequence, so only the keys made of one
    # and a name's first word may have one: those tokens are found by key, not by looking at all
    keys = [clitics + first for first in by_first for clitics in PROCLITIC_SEQUENCES]
    for i in key_positions(tokens, keys):
        tok = tokens[i]
        if i in taken or not tok.is_word:
            continue
        off, forms = _reading_at(tok, by_first)
        if forms is None:
            continue
        for parts in forms:  # the longest first
            j = i + len(parts)
            if j > len(tokens) or any(k in taken or tokens[k].key != parts[k - i] for k in range(i + 1, j)):
                continue
            if _unknown_name_word(words, tokens, j, taken) or off == tok.start \
                    and _unknown_name_word(words, tokens, i - 1, taken) and not tokens[i - 1].key.startswith("ال"):
                break  # part of a longer name nothing found ("شنايدر إلكتريك", "مارك شنايدر")
            key = " ".join(parts)
            added.append(NameCandidate(off, tokens[j - 1].end, i, j, names[key], key, None, "repeat"))
            taken.update(range(i, j))
            break
    return with_added(cands, added)
