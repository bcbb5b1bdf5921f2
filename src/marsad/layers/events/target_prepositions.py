"""A protest's target read from the word right after a mark, when that word is the preposition the
mark takes ("معربين عن استيائهم من قرار المحافظ"، "غضبهم من تأخر الرواتب"): the target is what
follows the preposition, not the preposition with it. Read by the events layer with `unnamed=True`
after the rules that give a protest its unlisted sides."""

from __future__ import annotations

from marsad.document import Document, Span

# prepositions of what anger or discontent is at, written apart from the noun after them
_AT = ("من ", "حيال ", "إزاء ", "ازاء ")


def without_preposition(doc: Document, sent) -> None:
    """Drop a leading preposition of what anger is at from the targets of the sentence's protests."""
    for e in doc.events[-8:]:
        span = e.target_span
        if e.type != "PROTEST" or e.start != sent.start or span is None:
            continue
        head = next((p for p in _AT if span.text.startswith(p) and len(span.text) > len(p)), None)
        if head is not None:
            start = span.start + len(head)
            e.target_span = Span(start, span.end, doc.text[start : span.end])
