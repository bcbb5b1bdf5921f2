"""A verb that opens a quoted statement begins a clause of its own.

"وقال مدير المرصد فلان «خطفت الجبهة أمس أربعة مقاتلين ...»": the quote opens with its verb, whose
subject follows it (verb-subject order); the speaker named before the quotation mark framed the
statement and did not act. The events layer reads its words without quotation marks, so a name
before the mark would otherwise be taken for a subject that precedes its verb.
A quote that goes on from a complementizer's clause ("وصرح مسؤول أن الوزير «رحب بقرار ...»"، "وقال
إنه «يناشد ...»") continues that clause: the name or pronoun before the mark is its subject.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.document import Document

OPENING_MARKS = "«\"“"  # the marks a direct quote opens with; "«" and "“" open nothing else
LEAD = 3  # characters before a word searched for the mark (a space may stand between)
# complementizers, bare or with a pronoun: a quote after one continues its clause
COMPLEMENTS = frozenset(match_key(w) for w in (
    "أن", "إن", "ان", "بأن", "بان", "أنه", "إنه", "انه", "أنها", "إنها", "انها", "أنهم", "إنهم", "انهم", "بأنه", "بأنها"))


def opens_quote(doc: Document, start: int) -> bool:
    """Whether the word at offset `start` is the first of a direct quote framed by its cue and
    speaker: an opening mark right before it, the quote layer's direct quote starting there (a
    straight mark may close one), its cue before it and no complementizer between."""
    lead = doc.text[max(0, start - LEAD) : start].rstrip()
    if not lead or lead[-1] not in OPENING_MARKS:
        return False
    for q in doc.quotes:
        if q.kind == "direct" and start - LEAD <= q.start <= start and q.cue is not None and q.cue.end <= start:
            framing = doc.text[q.cue.end : start].split()
            return not any(match_key(w.strip("«\"“:،,")) in COMPLEMENTS for w in framing)
    return False
