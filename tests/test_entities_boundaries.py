"""Where a person's or a place's name found by pattern starts and stops (sentences written for
these tests)."""

from __future__ import annotations

from entity_fixtures import layer, ner_layer  # noqa: F401 - pytest fixtures
from marsad.document import Document


def run(layer, text):
    doc = Document(text=text, published="2015-07-25")
    layer(doc)
    doc.check_offsets()
    return doc


def names(doc, typ):
    return {m.text for e in doc.entities if e.type == typ for m in e.mentions if m.kind == "name"}


def test_waw_and_a_definite_nisba_joins_a_second_actor(layer):
    doc = run(layer, "واتهمت الحكومة مسلحي صالح والحوثي بقصف الأحياء السكنية.")
    assert not any("والحوثي" in n for n in names(doc, "PER"))


def test_foreign_name_starting_with_wal_is_kept(layer):
    doc = run(layer, "وأسس جون والتون متجرا صغيرا في أركنساس.")
    assert any(n.startswith("جون والتون") for n in names(doc, "PER"))


def test_mountains_keep_their_place_word(ner_layer):
    doc = run(ner_layer, "وتحصن المسلحون في جبال زاغروس قرب الحدود.")
    assert "جبال زاغروس" in names(doc, "LOC")


def test_a_town_is_named_without_its_place_word(ner_layer):
    doc = run(ner_layer, "وسقطت قذيفتان على مدينة ماريوبول أمس.")
    assert not any(n.startswith("مدينة") for n in names(doc, "LOC"))
