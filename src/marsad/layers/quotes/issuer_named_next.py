"""A report introduced without its issuer ("كشف تقرير إحصائي مصري أن ..."، "قال تقرير اقتصادي
متخصص إن ...") whose issuer the next sentences name with the report again: "وأوضح الجهاز X في
تقرير له أن ..." (the body's own report, "له"/"لها") or "ووفقا لتقرير الأمانة العامة لـ X" (the
report in construct with its issuer). Arabic news opens with the finding and names the body after
it; the annotators give that body for the opening statement too (GUIDE.md: a report speaks for
the body that issued it when the article names it).

Only the next mention of the document word, within a sentence or two, counts, and only with its
issuer right beside it: a report introduced anew further on ("وكان الصندوق قد أصدر تقريرا") or
one whose issuer is not beside it may be another document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder

if TYPE_CHECKING:
    from marsad.layers.quotes.issuers import IssuerFinder

SENTENCES_ON = 2  # the issuer's sentence follows the opening one, or the one after it
OWN = frozenset({"له", "لها"})  # match keys of "its own" after the document word: "في تقرير له"


def issuer_named_next(issuers: IssuerFinder, finder: SpeakerFinder, i: int, k: int) -> SpeakerRef | None:
    """The issuer of the described indefinite document word at token i named with the next
    indefinite mention of its kind at token k ("في تقرير له" after its issuer, "لتقرير X")."""
    toks = finder.toks
    if toks[i].key.startswith("ال") or issuers._bare(toks, i):
        return None  # a definite or bare document word is looked for elsewhere
    if finder.sent_of(toks[k].start) - finder.sent_of(toks[i].start) > SENTENCES_ON:
        return None
    if k + 1 < len(toks) and toks[k + 1].key in OWN:
        return issuers._issuer_before(finder, k)  # "وأوضح الجهاز ... في تقرير له"
    return issuers._issuer_after(finder, k)  # "ووفقا لتقرير الأمانة العامة لاتحاد X"
