"""The terminal view: one table per layer that ran, entity ids shown by name."""

from __future__ import annotations

from rich.console import Console

from marsad.view import LAYER_VIEWS, DocumentView
from test_corpus_helpers import lavrov_doc


def _shown(doc) -> str:
    console = Console(record=True, width=200, color_system=None)
    DocumentView(console).show(doc)
    return console.export_text()


def test_each_layer_that_ran_gets_its_table():
    doc = lavrov_doc()
    out = _shown(doc)
    for layer, view in LAYER_VIEWS.items():
        assert f"{view.title} ({len(getattr(doc, layer))})" in out, layer
    assert "سيرغي لافروف (Sergey Lavrov)" in out  # the quote's speaker, resolved to its entity
    doc.layers = ["dates"]
    out = _shown(doc)
    assert "Dates (1)" in out and "Quotes" not in out and "Entities" not in out
