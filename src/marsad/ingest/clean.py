"""Boilerplate cleaning: take the web furniture off a scraped article body, say what went and why.

The patterns are data (`lexicons/boilerplate.tsv`); this module only knows *where* each kind
of pattern may apply. Cleaning is conservative: a line is removed only when a pattern matches
the whole of it (a sentence that merely contains "شارك" or "اقرأ أيضا" stays), except at the
very end of the body, where a wire-end marker, a tag string or a "related link" glued to the
last sentence is cut off as a suffix, and contact lines (e-mail, SMS service) are dropped.

Every non-empty line of the input is a paragraph of the output; paragraphs are separated by
one blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.document import Removal

LEXICON = Path(__file__).resolve().parent.parent / "lexicons" / "boilerplate.tsv"
SCOPES = ("line", "tail", "cut", "block", "tail-inline", "head-inline")

# Lines longer than this are prose: no whole-line furniture pattern is tried on them.
LINE_MAX = 300
# Suffix patterns look at this many characters at the end of the last line.
TAIL_WINDOW = 500
# A "read also" block: the heading plus at most this many following lines, each at most this
# many words and not ending like a sentence.
BLOCK_MAX_LINES = 8
BLOCK_MAX_WORDS = 16

# Letters whose spellings vary in scraped news: a pattern letter matches any of its group.
_VARIANTS = {}
for _group in ("اأإآٱ", "يىئ", "هة", "وؤ"):
    for _ch in _group:
        _VARIANTS[_ch] = _group
_MARKS = "[\u064b-\u065f\u0670\u0640]*"


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or ch == "\u0671"


def loosen(pattern: str) -> str:
    """Rewrite a pattern so each Arabic letter also matches its spelling variants and may carry
    harakat or tatweel: "تعليقا" matches "تعليقاً", "اقرأ أيضا" matches "إقرأ ايضاً"."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
                out.append(ch)
            else:
                out.append(_VARIANTS.get(ch, ch))
        elif ch == "[":
            in_class = True
            out.append(ch)
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # a literal ] first in the class
                out.append("]")
                i += 1
        elif _is_arabic_letter(ch):
            variants = _VARIANTS.get(ch)
            letter = f"[{variants}]" if variants else ch
            out.append(f"(?:{letter}{_MARKS})")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


@dataclass(frozen=True)
class Rules:
    """Compiled patterns, one alternation per scope; group names map back to reasons."""

    line: re.Pattern[str] | None
    tail: re.Pattern[str] | None
    cut: re.Pattern[str] | None
    block: re.Pattern[str] | None
    tail_inline: tuple[tuple[re.Pattern[str], str], ...]
    head_inline: tuple[tuple[re.Pattern[str], str], ...]
    reasons: dict[str, str]


def load_rules(path: Path = LEXICON) -> Rules:
    """Read the boilerplate lexicon (reason, scope, regex; `#` lines are comments)."""
    by_scope: dict[str, list[tuple[str, str]]] = {s: [] for s in SCOPES}
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) != 3 or parts[1] not in SCOPES:
            raise ValueError(f"{path}:{lineno}: expected 'reason<TAB>scope<TAB>regex', got {raw!r}")
        reason, scope, pattern = parts
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{path}:{lineno}: bad regex: {exc}") from exc
        by_scope[scope].append((reason, loosen(pattern)))

    reasons: dict[str, str] = {}

    def alternation(scope: str) -> re.Pattern[str] | None:
        items = by_scope[scope]
        if not items:
            return None
        parts = []
        for k, (reason, pat) in enumerate(items):
            name = f"{scope.replace('-', '_')}{k}"
            reasons[name] = reason
            parts.append(f"(?P<{name}>{pat})")
        return re.compile("|".join(parts))

    return Rules(
        line=alternation("line"),
        tail=alternation("tail"),
        cut=alternation("cut"),
        block=alternation("block"),
        tail_inline=tuple((re.compile(f"(?:{p})$"), r) for r, p in by_scope["tail-inline"]),
        head_inline=tuple((re.compile(f"^(?:{p})"), r) for r, p in by_scope["head-inline"]),
        reasons=reasons,
    )


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    return load_rules()


def _full(pattern: re.Pattern[str] | None, line: str, reasons: dict[str, str]) -> str | None:
    """The reason of the first pattern that matches the whole line, or None."""
    if pattern is None or len(line) > LINE_MAX:
        return None
    m = pattern.fullmatch(line)
    return reasons[m.lastgroup] if m and m.lastgroup else None


_SENTENCE_END = (".", "!", "؟", "?", "»", "”", '"', ")")


def _headline_like(line: str) -> bool:
    return len(line) <= 160 and len(line.split()) <= BLOCK_MAX_WORDS and not line.endswith(".")


def clean_body(text: str, rules: Rules | None = None) -> tuple[str, list[Removal]]:
    """Remove web furniture from an article body. Returns (clean text, removals in text order)."""
    r = rules or default_rules()
    reasons = r.reasons
    lines = [s for s in (ln.strip() for ln in text.split("\n")) if s]
    if not lines:
        return "", []
    keep = [True] * len(lines)
    why: list[str | None] = [None] * len(lines)
    # suffix/prefix removals: (line index, removed text, reason, at_end)
    inline: list[tuple[int, str, str, bool]] = []

    # 1. whole lines anywhere: furniture lines, comment sections, read-also blocks
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        if len(line) > LINE_MAX:
            i += 1
            continue
        reason = _full(r.cut, line, reasons)
        if reason:
            if i > 0 and i >= n // 2:
                for j in range(i, n):
                    if keep[j]:
                        keep[j], why[j] = False, reason
                break
            keep[i], why[i] = False, reason
            i += 1
            continue
        reason = _full(r.block, line, reasons)
        if reason:
            keep[i], why[i] = False, reason
            j = i + 1
            while j < n and j <= i + BLOCK_MAX_LINES and _headline_like(lines[j]):
                keep[j], why[j] = False, reason
                j += 1
            i = j
            continue
        reason = _full(r.line, line, reasons)
        if reason:
            keep[i], why[i] = False, reason
        i += 1

    # 2. the end of the body: trailing furniture lines and suffixes glued to the last line
    while True:
        last = max((k for k in range(n) if keep[k]), default=-1)
        if last < 0:
            break
        line = lines[last]
        reason = _full(r.tail, line, reasons) or _full(r.line, line, reasons)
        if reason:
            keep[last], why[last] = False, reason
            continue
        cut = _cut_suffix(line, r)
        if cut is None:
            break
        pos, reason = cut
        inline.append((last, line[pos:], reason, True))
        lines[last] = line[:pos].rstrip()
        if not lines[last]:
            keep[last] = False
            why[last] = None  # already recorded as an inline removal

    # 3. the start of the body: slider/navigation text glued before the first line
    first = next((k for k in range(n) if keep[k]), None)
    if first is not None and r.head_inline:
        line = lines[first]
        for pat, reason in r.head_inline:
            m = pat.match(line)
            if m and m.end() > 0:
                inline.append((first, line[: m.end()], reason, False))
                lines[first] = line[m.end() :].lstrip()
                if not lines[first]:
                    keep[first] = False
                break

    removals: list[Removal] = []
    inline.sort(key=lambda x: (x[0], x[3]))
    k_inline = 0
    for k in range(n):
        while k_inline < len(inline) and inline[k_inline][0] == k and not inline[k_inline][3]:
            _, piece, reason, _ = inline[k_inline]
            removals.append(Removal(piece.strip(), reason))
            k_inline += 1
        if not keep[k] and why[k] is not None:
            removals.append(Removal(lines[k], why[k] or ""))
        # suffixes were cut from the end inwards: report them in text order
        ends = []
        while k_inline < len(inline) and inline[k_inline][0] == k:
            ends.append(inline[k_inline])
            k_inline += 1
        for _, piece, reason, _ in reversed(ends):
            removals.append(Removal(piece.strip(), reason))
    return "\n\n".join(lines[k] for k in range(n) if keep[k]), removals


def _cut_suffix(line: str, r: Rules) -> tuple[int, str] | None:
    """Where a furniture suffix starts in the last line, and its reason; None if none."""
    start = max(0, len(line) - TAIL_WINDOW)
    for pat, reason in r.tail_inline:
        m = pat.search(line, start)
        if m and m.end() > m.start():
            return (m.start("cut") if "cut" in pat.groupindex else m.start()), reason
    return None
