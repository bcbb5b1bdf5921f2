"""The doer of a sentence's attack, named in another clause of it as the one who carried out "the"
attack: "قتل 22 شخصا في هجوم انتحاري، وورد أن انتحارية نفذت الهجوم"، "أسفر الهجوم عن مقتل 33 شخصا
... وقالت إن قبائل مسلحة هي التي ارتكبت المجازر".

A definite attack noun after a light verb ("نفذت الهجوم"، "ارتكبت المجزرة") names an attack the
text has told, so it reports none of its own (events/occurrence.py light_told); but its subject is
who did the attack. When the same sentence reports an attack whose doer it names nowhere else, that
subject is its actor. Only a clause told as done counts (no negation, plan or question: "لم تنفذ
أي جهة الهجوم" names no one), and only a doer that is not the attack's target.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.document import Document, Span
from marsad.layers.events.occurrence import named_before
from marsad.layers.events.words import NOT_OCCURRING, _Mention


def told_doer(words: list[Token], i: int, v: int | None, actor: _Mention | None, reports: bool, mode: str | None) -> _Mention | None:
    """The subject of the light verb at words[v] of the definite attack noun at words[i], when the
    clause names the doer of an attack told elsewhere; None otherwise."""
    if v is None or reports or mode is not None or actor is None or not named_before(words, i):
        return None
    return actor


def fill_doers(doc: Document, sent_start: int, doer: _Mention) -> None:
    """Give the sentence's attacks with no actor the doer its other clause names."""
    for e in doc.events:
        if e.start != sent_start or e.type != "ASSAULT" or e.actor is not None or e.actor_span is not None:
            continue
        if e.mode in NOT_OCCURRING:
            continue
        if e.target_span is not None and (e.target_span.start < doer.end and doer.start < e.target_span.end):
            continue  # the one attacked is no attacker
        if e.target is not None and e.target == doer.entity:
            continue
        e.actor = doer.entity
        e.actor_span = Span(doer.start, doer.end, doc.text[doer.start : doer.end])
        e.actor_sector = doer.sector
