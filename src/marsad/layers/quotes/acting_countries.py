"""Two more ways a country speaks as its government, beside `DocumentFacts.acting_place`.

- "قطر ممثلة في وزارة الخارجية أكدت ...": the country goes on into its verb through "ممثلة في
  X" (or "ممثلة بـX"); the verb comes after the body that represents it, not right after "ممثلة".
- "1963 - إندونيسيا تعلن أن ..."، "قطر تدين التفجير وتؤكد أن": the country stands right before the
  feminine cue verb, its subject in subject-verb order. Only the statement of that very cue takes
  it as a candidate (a country before some other verb may be its object or a place).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key

if TYPE_CHECKING:
    from marsad.arabic.tokens import Token
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.document_index import MentionRef
    from marsad.layers.quotes.patterns import QuoteCandidate

REPRESENTED = match_key("ممثلة")
REPRESENTED_BY = frozenset(match_key(w) for w in ("في", "ب"))
REPRESENTATIVE_TOKENS = 8    # "ممثلة في وزارة الخارجية والتعاون الدولي أكدت": the verb this close


def represented_then_acts(toks: list[Token], j: int, feminine_past: Callable[[str], bool]) -> bool:
    """Does token j open "ممثلة في/بـ X" followed, within REPRESENTATIVE_TOKENS words, by a feminine
    past verb (`feminine_past`, by match key) before any sentence punctuation?"""
    if j >= len(toks) or toks[j].key != REPRESENTED or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    if not (nxt.key in REPRESENTED_BY or nxt.key.startswith("ب") and len(nxt.key) > 2):
        return False
    for k in range(j + 2, min(len(toks), j + 2 + REPRESENTATIVE_TOKENS)):
        t = toks[k]
        if not t.is_word:
            if t.text in ".:؛;!؟?":
                return False
            continue
        if feminine_past(t.key):
            return True
    return False


def country_before_cue(finder: SpeakerFinder, cand: QuoteCandidate, governing: frozenset[str],
                       in_pp: Callable[[MentionRef], bool]) -> MentionRef | None:
    """The country (or capital) named right before the feminine cue verb, no preposition
    governing it: "إندونيسيا تعلن أن"، "وقطر تؤكد أن"."""
    if cand.gender != "f" or cand.cue_tok is None or cand.cue_tok == 0:
        return None
    i = cand.cue_tok
    r = finder.covering(i - 1)
    if r is None or r.entity.type != "LOC" or r.entity.kb not in governing or in_pp(r):
        return None
    if finder.tok_at(r.end) != i:
        return None  # something stands between the name and the verb
    return r if opens_clause(finder, r) else None


def opens_clause(finder: SpeakerFinder, r: MentionRef) -> bool:
    """Does the mention open its clause: nothing before it, or punctuation, a number or a dash
    ("1963 - إندونيسيا")? After a word it is that word's genitive or object ("في سوق لندن قالت")."""
    k = finder.token_holding(r.start) - 1
    return k < 0 or not finder.toks[k].is_word or finder.toks[k].text.isdigit()


def fronted_country(finder: SpeakerFinder, cand: QuoteCandidate, governing: frozenset[str],
                    in_pp: Callable[[MentionRef], bool]) -> MentionRef | None:
    """The country that is the fronted subject of the feminine cue verb itself: right before it
    (`country_before_cue`), or before "ممثلة في X" that the cue verb closes ("قطر ممثلة في وزارة
    الخارجية أكدت"). None when the cue has no such subject."""
    found = country_before_cue(finder, cand, governing, in_pp)
    if found is not None or cand.gender != "f" or cand.cue_tok is None:
        return found
    toks, i = finder.toks, cand.cue_tok
    for j in range(i - 2, max(-1, i - 2 - REPRESENTATIVE_TOKENS), -1):
        if toks[j].key != REPRESENTED:
            continue
        if not represented_then_acts(toks, j, lambda key, k=i: key == toks[k].key):
            return None
        r = finder.covering(j - 1) if j > 0 else None
        if r is None or r.entity.type != "LOC" or r.entity.kb not in governing or in_pp(r) \
                or finder.tok_at(r.end) != j or not opens_clause(finder, r):
            return None
        return r
    return None
