"""A KB person's name without the honorific of the KB's first alias. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer  # noqa: F401 - pytest fixture
from marsad.layers.entities.layer import EntityLayer


def test_a_kb_persons_name_drops_a_leading_honorific(layer):
    doc = analysed(layer, "واستقبل الأمير محمد بن نايف في جدة أمس وفدا من رجال الأعمال.", "2015-08-10")
    names = {e.name for e in doc.entities if e.type == "PER"}
    assert "محمد بن نايف" in names and "الأمير محمد بن نايف" not in names
    # the mention keeps what the text says
    assert "الأمير محمد بن نايف" in {m.text for e in doc.entities for m in e.mentions}


def test_a_two_word_name_or_a_family_name_keeps_its_words():
    assert EntityLayer._without_honorific("الملك سلمان") == "الملك سلمان"
    assert EntityLayer._without_honorific("عبدالعزيز آل الشيخ") == "عبدالعزيز آل الشيخ"
    assert EntityLayer._without_honorific("الشيخ صباح الأحمد الجابر") == "صباح الأحمد الجابر"
