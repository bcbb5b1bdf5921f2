"""A person's name said again with a proclitic the tagger kept (`clitic_repeats.py`): one person,
not two."""

from __future__ import annotations

from entity_fixtures import analysed, names, ner_layer  # noqa: F401 - pytest fixtures


def test_a_name_said_again_after_wa_is_the_same_person(ner_layer):
    text = ("كرمت البلدية الفنانة سميرة توفيق أمس في حفل كبير.\n\n"
            "وسميرة توفيق التي جرى تكريمها مؤخرا من قبل البلدية غنت في الحفل أغنيتين.")
    doc = analysed(ner_layer, text, "2015-08-01")
    assert "وسميرة توفيق" not in names(doc, "PER")
    assert sum(1 for e in doc.entities if e.type == "PER" and "توفيق" in e.name) == 1
