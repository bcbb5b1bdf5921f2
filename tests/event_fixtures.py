"""Helpers shared by the event tests: the events layer alone in its unnamed mode, on a sentence
with no entities, so that every side is a common noun."""

from __future__ import annotations

from marsad.document import Document
from marsad.layers.events import EventLayer, occurring

OPEN = EventLayer(unnamed=True)


def occurring_protests(text: str) -> list[tuple[str | None, str | None]]:
    """(actor words, target words) of the occurring PROTEST events of a sentence."""
    doc = Document(text=text, published="2024-05-02")
    doc.entities = []
    doc.layers.append("entities")
    OPEN(doc)
    doc.check_offsets()
    return [(e.actor_span and e.actor_span.text, e.target_span and e.target_span.text)
            for e in doc.events if e.type == "PROTEST" and occurring(e)]
