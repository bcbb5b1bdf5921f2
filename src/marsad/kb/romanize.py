"""A readable Latin spelling of an Arabic name, for names the knowledge base does not know.

Not a transliteration standard: the aim is a name an English reader can say and recognise
("أوليج بوستنيكوف" -> "Olij Bostnikof", "عبد الله" -> "Abd Allah"). Long vowels are written,
short vowels are guessed only where a consonant cluster would be unreadable.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from marsad.arabic.normalize import match_key, strip_diacritics

_CONS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'", "ئ": "'",
    "ؤ": "'", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ک": "k",
}
_VOWELISH = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ى": "a", "ة": "a", "و": "o", "ي": "i"}
_SHADDA = "\u0651"
# Russian, Ukrainian and Serbian surname endings, long enough not to catch Arabic words
# ("معروف" and "رؤوف" are shorter than the minimum): (ending key, Latin, minimum key length)
_SLAVIC_ENDINGS = (("وفا", "ova", 7), ("وف", "ov", 6), ("سكي", "sky", 6), ("فيتش", "vich", 7), ("يتش", "ich", 6), ("ينكو", "enko", 7))
_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")


@functools.lru_cache(maxsize=1)
def known_names() -> dict[str, str]:
    """Match key -> English spelling of every given name and particle of romanize_names.tsv."""
    return {key: english for key, english, _ in _read_names()}


@functools.lru_cache(maxsize=1)
def common_names() -> frozenset[str]:
    """Match keys of the file's core list (before its first "# --" section): names so common
    that alone ("قال محمد") they name nobody in particular."""
    return frozenset(key for key, _, core in _read_names() if core)


def _read_names() -> list[tuple[str, str, bool]]:
    path = resources.files("marsad.lexicons") / "actors" / "romanize_names.tsv"
    out: list[tuple[str, str, bool]] = []
    core = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# --"):
            core = False
        if line.startswith("#") or "\t" not in line:
            continue
        ar, en = line.split("\t", 1)
        out.append((match_key(ar), en.strip(), core))
    return out


@functools.lru_cache(maxsize=100_000)
def _word(w: str) -> str:
    known = known_names()
    key = match_key(w)
    if key in known:
        return known[key]
    if key.startswith("ال") and key[2:] in known:
        return "al-" + known[key[2:]]
    if key.startswith("عبد") and key[3:] in known:  # عبدالله, عبدالرحمن written as one word
        return "Abd" + known[key[3:]].lower().replace("al-", "al")
    plain = strip_diacritics(w)
    for ending, latin, min_len in _SLAVIC_ENDINGS:
        if key.endswith(ending) and len(key) >= min_len:
            return _word(plain[: -len(ending)]) + latin
    shadda_at = {i - 1 for i, ch in enumerate(w) if ch == _SHADDA}
    w = plain
    prefix = ""
    if w.startswith("ال") and len(w) > 3:
        prefix, w = "al-", w[2:]
    out: list[str] = []
    kinds: list[str] = []  # "c" consonant, "v" vowel, per output unit
    n = len(w)
    for i, ch in enumerate(w):
        if ch in ("و", "ي"):
            # consonant at the start of a word or next to a vowel, else a long vowel
            prev_v = bool(kinds) and kinds[-1] == "v"
            nxt = w[i + 1] if i + 1 < n else ""
            if i == 1 and w[0] in "اأإآ":  # "أو..." / "إي..." at the start: one vowel
                out[-1], kinds[-1] = ("o" if ch == "و" else "i"), "v"
                continue
            if i == 0 or prev_v or (nxt in _VOWELISH and nxt not in ("و", "ي", "ة")):
                unit, kind = ("w" if ch == "و" else "y"), "c"
            else:
                unit, kind = _VOWELISH[ch], "v"
        elif ch in _VOWELISH:
            unit, kind = _VOWELISH[ch], "v"
            if ch in ("أ", "إ", "آ") and i > 0:
                unit, kind = "'" + ("a" if ch != "إ" else "i"), "v"
        elif ch in _CONS:
            unit, kind = _CONS[ch], "c"
        else:
            continue
        # a third consonant in a row, or two at the start of a word: supply a short vowel
        start_cluster = len(kinds) == 1 and n <= 5  # short native-looking word: "مح" -> "Mah"
        if kind == "c" and kinds and kinds[-1] == "c" and (start_cluster or (len(kinds) > 1 and kinds[-2] == "c")):
            out.append("a")
            kinds.append("v")
        out.append(unit)
        kinds.append(kind)
        if i in shadda_at and kind == "c":
            out.append(unit[-1])
            kinds.append("c")
    s = "".join(out).strip("'")
    if not s:
        return ""
    return prefix + s[0].upper() + s[1:] if not prefix else prefix.capitalize() + s[0].upper() + s[1:]


@functools.lru_cache(maxsize=100_000)
def romanize(name: str) -> str:
    """Latin spelling of an Arabic name, word by word; non-Arabic words are kept as they are.
    Memoised: the same names recur article after article."""
    parts: list[str] = []
    for token in name.split():
        if _WORD.fullmatch(strip_diacritics(token)):
            r = _word(token)
            if r:
                parts.append(r)
        elif token.strip():
            parts.append(token)
    return " ".join(parts)


def slug(text: str) -> str:
    """An id-friendly slug of a Latin name: lower case, ASCII letters and digits joined by '-'."""
    import unicodedata

    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")
