"""Researchers who speak for the body they belong to: "وأشار الباحثون إلى أن" after "دراسة أجراها
باحثون من جامعة شيفيلد" or "وقام الباحثون، الذين ينتمون لجامعة X، بـ...". The study is that body's
as a report is its issuer's (GUIDE.md: a report's statements belong to the body that issued it when
the article names it); the annotated sets give such statements to the university.

The researchers' body is the one named right after a researchers word (`quote_words.tsv`,
researchers), at most a preposition or a relative clause of belonging between them; the last such
before the statement's subject, else one right after the subject itself. A study with no issuer
named ("وأوضحت الدراسة" left as it is by the issuer rules) is those researchers' too."""

from __future__ import annotations

from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import QUOTE_WORDS, SpeakerFinder
from marsad.lexicons.loader import words

RESEARCHERS = words(QUOTE_WORDS, "researchers")
ARTICLE = "ال"
BODY_GAP_TOKENS = 4  # "باحثون من"، "الباحثون، الذين ينتمون لـ": tokens from the word to the body's name
STUDY = "دراسه"  # match key of "دراسة": the researchers' study speaks for their body as they do
GAP_STOPS = frozenset(".؛:!?؟")  # a sentence's end between them: the body is another's


def researchers_body(finder: SpeakerFinder, sp: SpeakerRef) -> SpeakerRef | None:
    """The body the researchers of the unlinked subject `sp` ("الباحثون"، "الباحثين") belong to,
    keeping the span as written; None when `sp` is no researchers word alone or no body is named
    with researchers in the article up to the subject's sentence."""
    if sp.entity is not None:
        return None
    i0, i1 = finder.tok_at(sp.start), finder.tok_at(sp.end)
    if i1 - i0 != 1 or not (_researchers(finder, i0) or _study(finder, i0)):
        return None
    _, hi = finder.sent_tok_range(finder.sent_of(sp.start))
    # the body right after the researchers themselves; after "الدراسة" a body may be the journal
    # that published it ("الدراسة التي نشرتها مجلة X"): only researchers named before count
    body = _body_after(finder, i0, hi) if _researchers(finder, i0) else None
    if body is None:
        lo = finder.tok_at(finder.doc.body_start)
        for k in range(i0 - 1, lo - 1, -1):
            if _researchers(finder, k) and (body := _body_after(finder, k, hi)) is not None:
                break
    return SpeakerRef(body, sp.start, sp.end, sp.text) if body is not None else None


def _study(finder: SpeakerFinder, k: int) -> bool:
    """"وأوضحت الدراسة": the definite study word alone (its issuer, when named, was found before)."""
    tok = finder.toks[k]
    return tok.is_word and any(st == ARTICLE + STUDY and tok.key[: len(tok.key) - len(st)] in ("", "و", "ف")
                               for _, st in tok.splits)


def _researchers(finder: SpeakerFinder, k: int) -> bool:
    tok = finder.toks[k]
    return tok.is_word and any(st.removeprefix(ARTICLE) in RESEARCHERS for _, st in tok.splits)


def _body_after(finder: SpeakerFinder, k: int, hi: int) -> str | None:
    """The id of the first organisation named within a few tokens after the researchers word at k
    (no sentence end or other name between)."""
    toks = finder.toks
    for j in range(k + 1, min(k + 1 + BODY_GAP_TOKENS + 1, len(toks))):
        if toks[j].text in GAP_STOPS:
            return None
        r = finder.mention_at_token(j)
        if r is not None:
            return r.entity.id if r.entity.type == "ORG" and r.entity.id not in finder.source_entities else None
    return None
