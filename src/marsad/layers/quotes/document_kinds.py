"""A report named by another word than the one that introduced it: "أكدت دراسة أعدتها شركة X أن
... وقال التقرير إن ..."، "أصدرت الوزارة بيانا ... وأوضح التصريح". Arabic news varies the word for
the document it follows ("الدراسة"، "التقرير"، "البيان"); a definite document word whose own kind
was never introduced before refers to the last document introduced with its issuer, whatever its
word. Split from `issuers`, which links a document word to its own kind first."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.document import SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.issuers import IssuerFinder


def issuer_of_other_kind(issuers: IssuerFinder, finder: SpeakerFinder, i: int, stem: str) -> SpeakerRef | None:
    """The issuer of the last document of another kind before token i, named where it was
    introduced; None when a document of the word's own kind stands before (the own-kind search
    decides) or the last document before names no issuer."""
    toks = finder.toks
    body = finder.tok_at(finder.doc.body_start)
    for k in range(i - 1, body - 1, -1):
        other = issuers.document_stem(toks[k])
        if other is None:
            continue
        if other == stem:
            return None
        return issuers.issuer_named_with(finder, k)
    return None
