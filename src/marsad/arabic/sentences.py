"""Sentence splitting for news prose.

Splits at . ! ? ؟ ؛ and at paragraph breaks; an ellipsis (".." or "…") does not end a
sentence, nor does a full stop between digits (3.5) or after a one-letter abbreviation
("أ. ف. ب"), inside a dotted acronym ("ان.بي.سي") or after the initial of a foreign name
("جورج بي. بوش"). Closing quotation marks and brackets that follow the terminal mark stay with the
sentence they close.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from marsad.lexicons.loader import words

# A terminal mark not between dots/digits, or a full stop after a digit and not before one:
# "(?<![.\d])[.!?؟؛](?![.\d])|(?<=\d)\.(?!\d)", written to start with the mark itself so
# the regex engine can skip straight to candidates (same matches, about 8x faster).
_TERMINAL = re.compile(r"[.!?؟؛](?:(?<![.\d].)(?![.\d])|(?<=\d\.)(?!\d))")
_CLOSERS = "\"'”’»›)]}"
_PARAGRAPH = re.compile(r"\n+")
ACRONYM_PIECE_LETTERS = 3  # "ان.بي.سي": the pieces of a dotted acronym are this short


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def _is_abbreviation(text: str, dot: int) -> bool:
    # a single letter before the dot, itself preceded by a space or line start: "أ. ف. ب"
    if dot >= 1 and text[dot - 1].isalpha() and (dot == 1 or not text[dot - 2].isalnum()):
        return True
    before = _word_before(text, dot)
    if not before:
        return False
    after = _word_after(text, dot + 1)
    if after and len(before) <= ACRONYM_PIECE_LETTERS and len(after) <= ACRONYM_PIECE_LETTERS:
        return True  # "ان.بي.سي": pieces of a dotted acronym with no space after the dot
    # "جورج بي. بوش": the name of a Latin letter, an initial, with a word right after the space
    return not after and before in _letter_names() and dot + 2 < len(text) and text[dot + 1] == " " \
        and text[dot + 2].isalpha()


def _word_before(text: str, dot: int) -> str:
    start = dot
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:dot] if start == 0 or not text[start - 1].isalnum() else ""


def _word_after(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end] if end == len(text) or not text[end].isalnum() else ""


@functools.cache
def _letter_names() -> frozenset[str]:
    return words("latin_letter_names.tsv")


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
