"""Sentence splitting for news prose.

Splits at paragraph breaks and after each run of terminal marks (. ! ? ؟ ؛ …): a run with ! ? ؟
or ؛ in it ("!!", "؟!", "..!") always ends a sentence. A full stop does not before a digit (3.5),
after a one-letter abbreviation ("أ. ف. ب"), inside a dotted acronym ("ان.بي.سي") or after the
initial of a foreign name ("جورج بي. بوش"). An ellipsis (".." , "...", "…") is a pause inside a
sentence as often as a full stop, so it ends one only when what follows opens a new statement
("... ..كما أعلن", "... .. وقال": `lexicons/sentence_openers.tsv`) or when its first dot follows a
number ("عام 2014.. اعتمد": a full stop, then more dots). Closing quotation marks and
brackets that follow the terminal marks stay with the sentence they close.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from marsad.arabic.normalize import match_key, strip_diacritics
from marsad.lexicons.loader import words

# a run of terminal marks; whether it ends the sentence is `_ends_sentence`'s call
_TERMINAL_RUN = re.compile(r"[.!?؟؛…]+")
_ELLIPSIS_MARKS = frozenset(".…")
# a word with its harakat and tatweel, to compare with the sentence openers by match key
_WORD = re.compile(r"[^\W\d_][\w\u064b-\u065f\u0670\u0640]*")
_CLOSERS = "\"'”’»›)]}"
_PARAGRAPH = re.compile(r"\n+")
_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")  # Arabic vowel marks, tanween, shadda, sukun
ACRONYM_PIECE_LETTERS = 3  # "ان.بي.سي": the pieces of a dotted acronym are this short


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def _is_abbreviation(text: str, dot: int) -> bool:
    # a single letter before the dot, itself preceded by a space or line start: "أ. ف. ب" (not the
    # alif after a tanween, "جدًا.": the mark belongs to the word before, which ends there)
    if dot >= 1 and text[dot - 1].isalpha() and (dot == 1 or not text[dot - 2].isalnum()
                                                 and not _DIACRITICS.match(text[dot - 2])):
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
    while start > 0 and (text[start - 1].isalpha() or _DIACRITICS.match(text[start - 1])):
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


def _ends_sentence(text: str, sent_start: int, start: int, end: int, para_end: int) -> bool:
    """Whether the run of terminal marks text[start:end] ends the sentence begun at `sent_start`."""
    if end < para_end and text[end].isdecimal():
        return False  # "3.5", "الفقرة 2.3", "؟3" in a list
    if end - start == 1 and text[start] == ".":
        return not _is_abbreviation(text, start)
    if any(ch not in _ELLIPSIS_MARKS for ch in text[start:end]):
        return True
    if text[start] == "." and start > 0 and text[start - 1].isdecimal():
        return True  # "عام 2014.. اعتمد": the first dot is a full stop after a number, as it always was
    if _quote_open(text, sent_start, start):
        return False  # «... موضة.. لقد تحول الأمر»، «أيمن الظواهري.. كما عرفته»: inside the quotation
    return _opens_statement(text, end, para_end)


def _quote_open(text: str, start: int, end: int) -> bool:
    """Whether a quotation mark opened in text[start:end] is still open at `end`."""
    return text.count("«", start, end) > text.count("»", start, end) or \
        text.count("“", start, end) > text.count("”", start, end)


def _opens_statement(text: str, pos: int, para_end: int) -> bool:
    """Whether the words after an ellipsis (past spaces and closing marks) open a new statement."""
    while pos < para_end and (text[pos] == " " or text[pos] in _CLOSERS):
        pos += 1
    keys: list[str] = []
    openers = _openers()
    for m in _WORD.finditer(text, pos, min(para_end, pos + 60)):
        if m.start() != pos:
            break  # only words separated by single spaces make a phrase
        if not keys and strip_diacritics(m.group()).lstrip("و").startswith("إما"):
            break  # "إما ... وإما" (either ... or) has the match key of "أما"
        keys.append(match_key(m.group()))
        if " ".join(keys) in openers:
            return True
        if len(keys) == 3 or m.end() >= para_end or text[m.end()] != " ":
            break
        pos = m.end() + 1
    return False


@functools.cache
def _openers() -> frozenset[str]:
    return frozenset(" ".join(match_key(w) for w in entry.split()) for entry in words("sentence_openers.tsv"))


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    para_start = 0
    paragraph = 0
    for para_match in [*_PARAGRAPH.finditer(text), None]:
        para_end = para_match.start() if para_match else len(text)
        start = para_start
        for m in _TERMINAL_RUN.finditer(text, para_start, para_end):
            if not _ends_sentence(text, start, m.start(), m.end(), para_end):
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
