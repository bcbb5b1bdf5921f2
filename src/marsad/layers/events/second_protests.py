"""A second protest in the clause after another ("وتظاهر أنصار الحزب الحاكم في العاصمة، فيما خرج
آلاف من أنصار المعارضة في مسيرة مضادة"), read by the events layer with `unnamed=True`: the crowd
rules (street_protests.crowd_protest) read a sentence until its first protest; a clause opened by
"فيما"، "بينما"، "كما"، "في حين" after it may report another crowd's. It is kept only with an
actor of its own: the same crowd going on ("وتظاهر الطلاب ... فيما سار المتظاهرون") is the same
protest.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.street_protests import crowd_protest
from marsad.layers.events.words import _Mention, _strip_conjunction, occurring
from marsad.lexicons import loader

# words that open a clause of its own, a second event's ("فيما"، "بينما")
OPENERS = loader.keyed("event_words.tsv", "second_clause", match_key)


def second_protest(doc: Document, words: list[Token], sent, mentions: list[_Mention], date,
                   mode_of: Callable[[list[Token], int], str | None]) -> None:
    """Read the clause after the sentence's reported protest for a crowd's protest of its own."""
    found = [e for e in doc.events[-8:] if e.type == "PROTEST" and e.start == sent.start and occurring(e)]
    if not found:
        return
    first = found[0]
    at = doc.text.find(first.trigger, sent.start, sent.end) if first.trigger else -1
    if at < 0:
        return
    opener = next((x for x, w in enumerate(words) if w.start > at and (
        _strip_conjunction(w.key) in OPENERS or w.key in OPENERS)), None)
    if opener is None or opener + 1 >= len(words):
        return
    rest = words[opener + 1 :]
    known = {match_key(e.actor_span.text) for e in found if e.actor_span is not None}
    before = len(doc.events)
    crowd_protest(doc, rest, sent, [m for m in mentions if m.start >= rest[0].start], date, mode_of, again=True)
    for e in doc.events[before:]:
        if e.actor_span is None or not occurring(e) or match_key(e.actor_span.text) in known:
            doc.events.remove(e)  # the same crowd, or none named: the protest told first
