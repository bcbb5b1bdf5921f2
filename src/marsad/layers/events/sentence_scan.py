"""The sentences a word-triggered event rule reads: their words and the named sides in them.

Rules that look for one kind of word (a clearing, a delivery of arms) skip every sentence without
it, then walk its words (punctuation dropped, clause marks kept) with the named mentions of the
sentence, a title standing for its holder (`checks.title_holders`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from marsad.arabic.sentences import Sentence
from marsad.arabic.tokens import Token, token_starts
from marsad.document import Document
from marsad.layers.events.checks import title_holders
from marsad.layers.events.words import CLAUSE_MARKS, _Mention


def scanned_sentences(doc: Document, mentions: list[_Mention], kinds: dict,
                      has_word: Callable[[str], bool]) -> Iterator[tuple[int, Sentence, list[Token], list[_Mention]]]:
    """(index, sentence, its words, its named mentions) for each sentence whose text `has_word`."""
    m_starts = [m.start for m in mentions]
    tokens = doc.tokens
    starts = token_starts(tokens)
    for s_index, sent in enumerate(doc.sentences):
        if not has_word(sent.text):
            continue
        words = [t for t in tokens[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
                 if t.kind != "punct" or t.text in CLAUSE_MARKS]
        near = mentions[bisect_left(m_starts, sent.start) : bisect_right(m_starts, sent.end)]
        yield s_index, sent, words, title_holders(doc, [m for m in near if m.end <= sent.end and m.entity is not None], kinds)
