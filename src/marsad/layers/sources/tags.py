"""Agencies standing as a tag rather than in a sentence: a dateline, a code in brackets, a credit.

"الرياض - واس", "موسكو (رويترز) -", "(أ ف ب)", "... الأسعار. «رويترز»", the bare last word of a
paragraph ("... م واس"): where the name stands in its paragraph makes it the copy's source with no
citing word. An agency called by a common word ("العمانية", "بنا", "الفرنسية") counts only there,
in a dateline or in marks and cited, since bare it is an adjective or a place. A name in marks
inside a sentence ("وأخبار «..».") or opening a title stays a noun of that sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.phrases import PhraseTable
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.cameras import camera_of
from marsad.layers.sources.framing import opens_a_title
from marsad.layers.sources.known_entities import shortens_a_body
from marsad.layers.sources.placement import (
    at_paragraph_edge,
    closes_paragraph,
    completes_a_word,
    near_paragraph_start,
)
from marsad.layers.sources.recipients import cites_right_before, said_to
from marsad.layers.sources.words import CLOSING_MARKS, DASHES, OPENING_MARKS, QUOTES, outlet_head

DATELINE_TOKENS = 8      # an agency within this many tokens of the body start may be a dateline
GOVERNED_DEFINITE = ("بال", "وبال", "لل", "ولل")  # a preposition and the article on a word ("بالزميلة")


def tagged(text: str, toks: list[Token], i: int, j: int, body_tok: int) -> bool:
    """An agency code standing as a tag: a dateline ("الرياض - واس", "واس- جدة:"), a code in
    brackets or quotation marks between sentences or closing a paragraph ("(أ ف ب)",
    "... الأسعار. «رويترز»"), or the bare last word of a paragraph ("... م واس")."""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[j] if j < len(toks) else None
    enclosed = prev is not None and nxt is not None and prev.text in OPENING_MARKS and nxt.text in CLOSING_MARKS
    # "بكين - (د.ب.أ):": a dash before the code in brackets is the dateline's too
    dash_before = prev is not None and (prev.text in DASHES or (
        prev.text in OPENING_MARKS and i > 1 and toks[i - 2].text in DASHES))
    # "«هافينغتون بوست ـ عربي»": a dash after a name opened by a mark is inside the name
    dashed = dash_before or (nxt is not None and nxt.text in DASHES + ":" and not (
        prev is not None and prev.text in OPENING_MARKS and prev.end == toks[i].start))
    # "دخلت صحيفة «..» في", "المحرر بالزميلة «..»": the name completes a word before it, a
    # preposition and the article on that word ("بالزميلة"), not a dateline's place
    named = i > 1 and enclosed and (outlet_head(toks[i - 2]) is not None or toks[i - 2].key.startswith(GOVERNED_DEFINITE))
    if i >= body_tok and i - body_tok < DATELINE_TOKENS and (enclosed or dashed) and not named:
        return True
    if dashed and near_paragraph_start(text, toks, i):
        return True
    if enclosed or (prev is not None and prev.text in DASHES):
        # a name in quotation marks right after a word ends its sentence as a noun of it
        # ("وأخبار «..».") rather than as a tag ("... الأسعار. «رويترز»", "... (رويترز)")
        in_sentence = (prev is not None and prev.text in QUOTES and i > 1 and toks[i - 2].kind == "word"
                       and (outlet_head(toks[i - 2]) is None  # "* مجلة «..»" credits the magazine
                            or (i > 2 and toks[i - 3].kind == "word")))  # "محررة لقسم الإعلام في صحيفة «..»"
        if not in_sentence and at_paragraph_edge(text, toks, i, j) and not opens_a_title(text, toks, i, j):
            return True
        before = i - 2
        return enclosed and before >= 0 and toks[before].text in ".!؟?"  # ".«واس» حضر الحفل"
    return closes_paragraph(text, toks, i, j)


def datelines(text: str, toks: list[Token], taken: set[int], dashes: list[int],
              dateline_aliases: PhraseTable[object]) -> list[tuple[int, int, object]]:
    """Agencies named by a common word, as the tag of a dateline only: after a dash among
    the first words of a paragraph and closing its line or followed by a colon or a dash
    ("مسقط - العمانية", "المنامة - بنا:"), not "أبها - فارس العسيري" (a reporter's name)."""
    out = []
    for i in (d + 1 for d in dashes if d + 1 < len(toks)):
        m = dateline_aliases.first_at(toks, i)
        if m is None or taken & set(range(i, m.tok_end)) or toks[i].key != toks[i].splits[0][1]:
            continue
        j = m.tok_end
        closes = j >= len(toks) or toks[j].text in DASHES + ":" or "\n" in text[toks[j - 1].end : toks[j].start]
        if i > 0 and toks[i - 1].text in DASHES and closes and near_paragraph_start(text, toks, i):
            out.append((m.start, m.end, m.values[0]))
            taken.update(range(i, j))
    return out


def quoted_agency_nicknames(doc: Document, toks: list[Token], taken: set[int], dateline_aliases: PhraseTable[object],
                            lex: SpeechLexicon, prefix_of: Callable[[Token], str]) -> list[tuple[int, int, object]]:
    """An agency's name that is also a common word, in quotation marks and cited: "وبحسب
    «الفرنسية»" (Agence France-Presse), or a credit between sentences "... الأسعار. «الألمانية»".
    Bare, "الفرنسية" is an adjective; the marks make it a name."""
    out = []
    for i in dateline_aliases.starts_in(toks):
        if i in taken or i == 0 or toks[i - 1].text not in QUOTES:
            continue
        m = dateline_aliases.first_at(toks, i)
        if m is None or toks[i].key != toks[i].splits[0][1]:
            continue
        j = m.tok_end
        if shortens_a_body(doc, m.start, m.end):
            continue  # "قال «المرصد السوري لحقوق الإنسان» .. وبحسب «المرصد»": the body named in full, not a paper
        if j < len(toks) and toks[j].text in QUOTES and not taken & set(range(i, j)) and (
                cites_right_before(lex, toks, i - 1) or said_to(lex, toks, i, prefix_of(toks[i])) or camera_of(toks, i)
                or (i > 1 and toks[i - 2].text in ".!؟?")
                or (at_paragraph_edge(doc.text, toks, i, j) and not completes_a_word(doc.text, toks, i - 1))):
            out.append((m.start, m.end, m.values[0]))
            taken.update(range(i - 1, j + 1))
    return out
