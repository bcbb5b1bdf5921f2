"""Two views of Arabic text: the *display* text a reader sees, and *match keys* used for lookups.

Display normalisation changes as little as possible (NFC, Arabic presentation forms folded to
ordinary letters, invisible and control characters removed, spacing before Arabic punctuation
repaired); every span offset in marsad points into display text.
Match keys fold the spelling variation Arabic news is full of (hamza seats, alef maqsura,
ta marbuta, diacritics, tatweel, Eastern digits) so that lookups succeed whatever the spelling.
`match_key_map` returns the key together with an index map back into the original string, so a
match found on keys can always be reported as a span of the display text.
"""

from __future__ import annotations

import re
import unicodedata

# Harakat, Quranic annotation marks, superscript alef, and tatweel: removed from match keys.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Bidi embedding/override/isolate controls, directional marks, zero-width characters, BOM,
# soft hyphen: invisible in a browser, harmful in offsets and lookups.
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# "كلمة ، كلمة" -> "كلمة، كلمة": machine translation and some CMSs put a space before the mark.
# Applied after _HSPACE, when every run of horizontal space is one " ": starting with that
# literal space lets the regex engine skip ahead (same result as "(?<=\S)[ \t\u00a0]+...").
_SPACE_BEFORE_PUNCT = re.compile(r" (?<=\S )([،؛؟:!.,;?](?!\.))(?=\s|$)")
# any run of horizontal space other than a single " " (which is already what it becomes)
_HSPACE = re.compile(
    r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*"
    r"| [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+"
)
# Control characters that a CMS or a bad conversion left in the text (alyaum has "\x1a" where a
# picture or bullet was): invisible, yet a word glued to one is not a word. Those that Python's
# str.splitlines counts as line breaks become one, the others a space. Private-use characters
# (a Wingdings bullet "\uf0fc" pasted from a word processor) show as boxes: a space too.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]")
_CONTROL_AS_LINE = frozenset("\x0b\x0c\x1c\x1d\x1e\x85")
# The Arabic thousands separator used as a comma ("«...»٬ في شارع"): a comma unless between digits.
_THOUSANDS_AS_COMMA = re.compile(r"\u066c(?!\d)|(?<!\d)\u066c")
# Arabic presentation forms (contextual glyph forms, lam-alef and other letter ligatures): text
# copied from a PDF or an old CMS is sometimes written in them, and then no word matches any
# lexicon. Each folds to its compatibility decomposition (NFKC restricted to these blocks); the
# lam-alef ligature becomes two letters. A harakah's isolated form decomposes to space + mark:
# the mark alone is kept, on the letter it followed. Whole-word ligatures (ﷺ, ﷻ, ﷲ, the rial
# sign) are signs the writer chose and stay as they are.
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def _presentation_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
        folded = unicodedata.normalize("NFKC", chr(cp))
        if folded == chr(cp) or len(folded) > 3:
            continue
        if folded[0] == " " and all(unicodedata.combining(c) for c in folded[1:]):
            folded = folded[1:]
        table[cp] = folded
    return table


_PRESENTATION_TABLE = _presentation_table()
# any character one of the three rare repairs looks for: the classes above and the thousands separator
_RARE = re.compile(f"[{_CONTROL.pattern[1:-1]}\u066c{_PRESENTATION.pattern[1:-1]}]")
_BLANK_LINES = re.compile(r"\n{3,}")
# horizontal space other than " ": without it, and without two spaces in a row, _HSPACE finds nothing
_HSPACE_CHAR = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _FOLD[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _FOLD[_d] = str(_i)
_FOLD_TABLE = str.maketrans(_FOLD)
_DIACRITIC_SET = frozenset(
    chr(c) for c in list(range(0x0610, 0x061B)) + list(range(0x064B, 0x0660)) + [0x0670]
    + list(range(0x06D6, 0x06EE)) + [0x0640]
)

ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")


def normalize_display(text: str) -> str:
    """Normalise text for display and storage. Idempotent.

    Presentation forms folded, NFC, invisible and control characters removed, CRLF/CR to LF, runs of horizontal space to one space,
    trailing spaces stripped, space before Arabic punctuation removed, at most one blank line.
    """
    # each step is skipped when a fast test shows it would change nothing (the common case)
    rare = _RARE.search(text)  # one scan for the three rare repairs below (most texts need none)
    if rare and _PRESENTATION.search(text, rare.start()):
        text = text.translate(_PRESENTATION_TABLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    if rare and _CONTROL.search(text):
        text = _CONTROL.sub(lambda m: "\n" if m.group() in _CONTROL_AS_LINE else " ", text)
    if rare and "\u066c" in text:
        text = _THOUSANDS_AS_COMMA.sub("،", text)
    # after the removals: an invisible character between two marks kept them out of NFC order
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "  " in text or _HSPACE_CHAR.search(text):
        text = _HSPACE.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


_FOLD_PAIRS = tuple(_FOLD.items())
_LONG = 256  # from this length, folding by str.replace (C string search) beats str.translate


# keys of strings up to _SHORT characters (words, names: most calls) are memoised, at most
# _SHORT_KEYS_KEPT of them (then all are forgotten at once, so a long batch cannot grow the memo;
# about 8 MB when full); a key equal to its string is that string, not a copy
_SHORT = 32
_SHORT_KEYS: dict[str, str] = {}
_SHORT_KEYS_KEPT = 50_000


def match_key(text: str) -> str:
    """The lookup key of a string: diacritics and tatweel removed, letters and digits folded."""
    if len(text) <= _SHORT:
        key = _SHORT_KEYS.get(text)
        if key is None:
            if len(_SHORT_KEYS) >= _SHORT_KEYS_KEPT:
                _SHORT_KEYS.clear()
            key = _DIACRITICS.sub("", text).translate(_FOLD_TABLE).lower()
            _SHORT_KEYS[text] = key = text if key == text else key
        return key
    text = _DIACRITICS.sub("", text)
    if len(text) < _LONG:
        return text.translate(_FOLD_TABLE).lower()
    # the same folding: every fold is one character to one character that is itself never folded
    for ch, folded in _FOLD_PAIRS:
        if ch in text:
            text = text.replace(ch, folded)
    return text.lower()


def match_key_shifts(text: str) -> tuple[str, list[int] | None]:
    """`match_key_map(text)`, with None for the map when it is the identity (nothing removed,
    nothing lengthened: most words), from `match_key`'s memo without making the map."""
    key = match_key(text)
    if len(key) == len(text) and not _DIACRITICS.search(text):
        return key, None
    return match_key_map(text)


def match_key_map(text: str) -> tuple[str, list[int]]:
    """`match_key(text)` and, for each key character, its index in `text` (plus an end sentinel).

    Folding is one-to-one per character, so the only thing that shifts offsets is the removal
    of diacritics; the map lets a match on the key be reported as `text[map[i]:map[j]]`.
    """
    if not _DIACRITICS.search(text):
        key = text.translate(_FOLD_TABLE).lower()
        if len(key) == len(text):  # the common case: nothing removed, nothing lengthened
            return key, list(range(len(text) + 1))
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DIACRITIC_SET:
            continue
        out.append(ch.translate(_FOLD_TABLE).lower() if len(ch.lower()) == 1 else ch)
        idx.append(i)
    idx.append(len(text))
    return "".join(out), idx


def is_arabic(text: str) -> bool:
    return bool(ARABIC_LETTER.search(text))


def strip_diacritics(text: str) -> str:
    return _DIACRITICS.sub("", text)
