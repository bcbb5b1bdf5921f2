"""Pairing quotation marks the way real Arabic news uses them.

Web text mixes every style: «...», “...”, ”...”, “...“, „...“, "...", ‹...›, »...» (guillemets
typed the wrong way round), quotes nested in quotes, and quotes that are opened and never
closed. Pairing works paragraph by paragraph, so one stray mark cannot swallow the article:

- two families, guillemets (« » ‹ ›) and double quotes (“ ” „ " and the like); a mark of one
  family never closes the other, so «... "..." ...» nests naturally;
- « ‹ „ open, except that « glued to the end of a word while a guillemet is open closes it
  (»...« and «...«: the closing mark typed the wrong way round; the quotation ends at the first
  plausible closing mark instead of running on to the end of the paragraph);
- » › close an open guillemet, and open one when none is open (»...»), unless it sits where a
  closing mark sits (doubled, "«...»»", or glued to a word's end before punctuation): then it is stray;
- “ ” " are symmetric in practice: each closes the open double quote, or opens one;
- a « that opens while another is still open nests inside it, unless the paragraph's closing
  marks cannot close both: then the first was never closed and ends with its last sentence before
  the second («A. وأضاف: «B»), so it does not swallow the next speaker's statement;
- a quote still open at the end of the paragraph runs to the end of the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GUILLEMET_OPEN = "«‹"
GUILLEMET_CLOSE = "»›"
DOUBLE_OPEN = "„"
DOUBLE_SYMMETRIC = "“”\"‟″"
QUOTE_CHARS = frozenset(GUILLEMET_OPEN + GUILLEMET_CLOSE + DOUBLE_OPEN + DOUBLE_SYMMETRIC)
_QUOTE_MARK = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation: the opening mark at `open`, words in [start, end), closing mark at `close`."""

    open: int
    start: int
    end: int
    close: int | None   # None: never closed, runs to the end of the paragraph
    depth: int          # 0 for a top-level quotation, 1 for a quotation inside another


def _family(ch: str) -> str:
    return "g" if ch in GUILLEMET_OPEN or ch in GUILLEMET_CLOSE else "d"


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Every quotation in `text[start:end]`, paragraph by paragraph, in order of opening."""
    end = len(text) if end is None else end
    out: list[QuoteSpan] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        para_end = end if nl < 0 else nl
        out.extend(_pair(text, pos, para_end))
        pos = para_end + 1
    out.sort(key=lambda q: q.open)
    return out


def _pair(text: str, start: int, end: int) -> list[QuoteSpan]:
    stack: list[tuple[str, int]] = []  # (family, offset of opening mark)
    out: list[QuoteSpan] = []
    for m in _QUOTE_MARK.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        fam = _family(ch)
        open_idx = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == fam), None)
        if ch in GUILLEMET_OPEN or ch == DOUBLE_OPEN:
            closes = ch in GUILLEMET_OPEN and open_idx is not None and _looks_closing(text, i, start, end)
            if not closes and ch in GUILLEMET_OPEN and open_idx is not None:
                o = stack[open_idx][1]
                stop = _unclosed_guillemet_end(text, o, i, end)
                if stop is not None:
                    # "«A. وأضاف: «B»": the first quotation was never closed; it ends with its sentence
                    del stack[open_idx:]
                    out.append(_span(text, o, None, depth=open_idx, para_end=stop))
                    open_idx = None
        else:  # » › close an open one of their family; “ ” " close an open double quote
            closes = open_idx is not None
            if not closes and ch in GUILLEMET_CLOSE and _stray_closer(text, i, start, end):
                continue  # "«...»»"، "...مصيرهم».": a stray closing mark, no quotation opens here
        if ch in '"' and not closes and _looks_closing(text, i, start, end):
            continue  # a stray straight quote glued to the end of a word: not an opener
        if closes and ch in DOUBLE_SYMMETRIC and _looks_opening(text, i, start, end):
            o = stack[open_idx][1]
            stop = _last_sentence_end(text, o + 1, i)
            if stop is not None:
                # "«A. وقال B «C»": the first quotation was never closed; it ends with its sentence
                del stack[open_idx:]
                out.append(_span(text, o, None, depth=open_idx, para_end=stop))
                closes = False
            elif text[o] == ch and _looks_opening(text, o, start, end) and _closers_ahead(text, i, end, ch) >= 2:
                # "قال "إن الفريق سيلعب "مباراتين" قبل الموسم"": a quotation inside one opened by the
                # same mark; two marks glued to a word's end later close the inner one, then the outer
                closes = False
        if closes and open_idx is not None:
            fam_, o = stack[open_idx]
            del stack[open_idx:]
            out.append(_span(text, o, i, depth=open_idx))
        else:
            stack.append((fam, i))
    for depth, (_, o) in enumerate(stack):
        out.append(_span(text, o, None, depth=depth, para_end=end))
    return [q for q in out if q.end > q.start]


def _unclosed_guillemet_end(text: str, o: int, i: int, end: int) -> int | None:
    """Where the guillemet opened at `o` ends when another one opens at `i` before it closed and
    the paragraph's closing marks after `i` cannot close both ("«A. وأضاف: «B»" with no second »):
    just after the last sentence end between them. None when the outer one may still close later
    (real nesting, "«A «B» C»") or no sentence ends between them."""
    closers = sum(text.count(c, i, end) for c in GUILLEMET_CLOSE)
    openers = sum(text.count(c, i, end) for c in GUILLEMET_OPEN)
    if closers > openers:
        return None
    return _last_sentence_end(text, o + 1, i)


def _closers_ahead(text: str, i: int, end: int, ch: str) -> int:
    """How many marks `ch` after offset i sit where a closing mark sits, up to the next one that
    sits where an opening mark sits (or the paragraph end): "... تعالى: "...ولعنه"، مضيفا: "..."":
    a second quotation opened later takes the last closing mark."""
    n = 0
    for k in range(i + 1, end):
        if text[k] != ch:
            continue
        if _looks_closing(text, k, i + 1, end):
            n += 1
        elif _looks_opening(text, k, i + 1, end):
            break
    return n


def _looks_opening(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return before.isspace() and after.isalnum()


def _stray_closer(text: str, i: int, start: int, end: int) -> bool:
    """A » with no guillemet open that cannot open one: doubled ("»»"), or glued to the end of a
    word with punctuation or the paragraph end right after it ("...مصيرهم».")."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else ""
    return before in GUILLEMET_CLOSE or (before.isalnum() and (not after or after in ".،,؛:!?؟"))


def _last_sentence_end(text: str, start: int, end: int) -> int | None:
    """Offset just after the last ". " (or ! ? ؟) in text[start:end], if any; a dot after a
    one-letter word is an abbreviation ("د. فلان"), no sentence end."""
    best = None
    for k in range(start, end - 1):
        if text[k] in ".!?؟" and text[k + 1].isspace() and text[k - 1] != ".":
            if text[k] == "." and text[k - 1].isalpha() and (k - 2 < start or not text[k - 2].isalpha()):
                continue
            best = k + 1
    return best


def _looks_closing(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return before.isalnum() and (after.isspace() or after in ".،,؛:!?؟")


def _span(text: str, open_: int, close: int | None, depth: int, para_end: int = 0) -> QuoteSpan:
    s = open_ + 1
    e = close if close is not None else para_end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or (close is None and text[e - 1] in ".،,؛")):
        e -= 1  # an unclosed quotation ends with its paragraph's last word
    return QuoteSpan(open_, s, e, close, depth)
