"""A new layer with a new kind of annotation is one module and one registration: the record carries
it, reading a record rebuilds it, the store keeps its rows, the terminal view shows it."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass

import pytest
from rich.console import Console

from marsad.corpus.tables import Table
from marsad.document import Document, SpanAnnotation
from marsad.layers.registry import register, unregister
from marsad.pipeline import Analyzer
from marsad.view import DocumentView
from test_corpus_helpers import build_store

TEXT = ("ارتفعت صادرات المملكة غير النفطية بنسبة 12.5% في الربع الثاني، "
        "بينما تراجعت الواردات ٣ في المئة مقارنة بالعام الماضي.")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
PERCENT = re.compile(r"([0-9٠-٩]+(?:[.,][0-9٠-٩]+)?)\s*(?:%|٪|في المئة|في المائة)")


# --- the whole layer: its annotation, its rows, itself --------------------------------------
@dataclass(slots=True)
class Percentage(SpanAnnotation):
    start: int
    end: int
    text: str
    value: float


def _rows(doc: Document, actors: dict) -> list[tuple]:
    return [(p.start, p.end, p.text, p.value) for p in doc.extensions.get("percentages", [])]


PERCENT_TABLES = (Table("percentages", ("char_start", "char_end", "text", "value"), _rows),)


class PercentageLayer:
    name = "percentages"
    requires = ()
    assigns = ("percentages",)

    def __init__(self, minimum: float = 0.0) -> None:
        self.minimum = minimum

    def __call__(self, doc: Document) -> Document:
        found = doc.extensions.setdefault("percentages", [])
        for m in PERCENT.finditer(doc.text):
            value = float(m.group(1).translate(DIGITS).replace(",", "."))
            if value >= self.minimum:
                found.append(Percentage(m.start(), m.end(), m.group(0), value))
        return doc


@pytest.fixture
def percentages():
    register("percentages", PercentageLayer, assigns=("percentages",), defaults={"minimum": 0.0},
             annotation=Percentage, tables=PERCENT_TABLES)
    yield
    unregister("percentages")


def test_the_layer_runs_by_name_with_its_options(percentages):
    doc = Analyzer(["percentages"]).analyze(TEXT, published="2015-07-21")
    found = doc.extensions["percentages"]
    assert [(p.text, p.value) for p in found] == [("12.5%", 12.5), ("٣ في المئة", 3.0)]
    assert all(doc.text[p.start : p.end] == p.text for p in found)
    doc.check_offsets()
    big = Analyzer(["percentages"], {"percentages": {"minimum": 10}}).analyze(TEXT)
    assert [p.value for p in big.extensions["percentages"]] == [12.5]


def test_the_record_carries_it_and_reading_rebuilds_it(percentages):
    doc = Analyzer(["percentages"]).analyze(TEXT, published="2015-07-21")
    record = json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
    assert record["extensions"]["percentages"][0] == {"start": doc.extensions["percentages"][0].start,
                                                      "end": doc.extensions["percentages"][0].end,
                                                      "text": "12.5%", "value": 12.5}
    again = Document.from_record(record)
    assert again.extensions == doc.extensions
    assert isinstance(again.extensions["percentages"][0], Percentage)


def test_layers_without_extensions_keep_their_record(percentages):
    record = Analyzer(["dates"]).analyze(TEXT, published="2015-07-21").to_record()
    assert "extensions" not in record


def test_the_store_keeps_its_rows_in_a_table_it_creates(percentages, tmp_path):
    doc = Analyzer(["percentages"]).analyze(TEXT, published="2015-07-21")
    store = build_store(tmp_path / "m.db", [doc])
    rows = store.conn.execute("SELECT char_start, char_end, text, value FROM percentages ORDER BY char_start")
    assert rows.fetchall() == [(p.start, p.end, p.text, p.value) for p in doc.extensions["percentages"]]


def test_the_terminal_view_shows_it(percentages):
    doc = Analyzer(["percentages"]).analyze(TEXT, published="2015-07-21")
    out = io.StringIO()
    DocumentView(Console(file=out, width=160)).show(doc)
    assert "percentages" in out.getvalue() and "12.5" in out.getvalue()
