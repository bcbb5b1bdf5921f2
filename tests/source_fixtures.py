"""Shared by the sources tests: the layer on the shipped KB, run on a body under an optional title,
and the texts of the sources it found."""

from __future__ import annotations

from marsad.document import Document
from marsad.layers.sources import SourceLayer

LAYER = SourceLayer()


def run(body: str, title: str = "") -> Document:
    """The title and body as one Document through the sources layer, its offsets checked."""
    text = f"{title}\n\n{body}" if title else body
    doc = Document(text=text, title=title)
    LAYER(doc)
    doc.check_offsets()
    return doc


def names(doc: Document) -> list[str]:
    """The text of every source of the document, in order."""
    return [s.text for s in doc.sources]
