"""Shared by the date tests: the layer (built once a module) and the helper that reads what it found."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.layers.dates import DateLayer

PUB = "2022-02-14"  # a Monday; 13 Rajab 1443


@pytest.fixture(scope="module")
def layer() -> DateLayer:
    return DateLayer()


def found(layer: DateLayer, text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    """The (text, value) of every date the layer finds in `text` published on `published`."""
    doc = Document(text=text, published=published)
    layer(doc)
    doc.check_offsets()
    return [(d.text, d.value) for d in doc.dates]
