"""A head of state named by "الرئيس" and his last name alone (sentences written for these tests)."""

from __future__ import annotations

from entity_fixtures import analysed, layer  # noqa: F401 - pytest fixtures


def _persons(doc):
    return {(m.text, e.kb) for e in doc.entities if e.type == "PER" for m in e.mentions if m.kind == "name"}


def test_the_title_and_the_last_name_of_a_president(layer):  # noqa: F811
    doc = analysed(layer, "ووافق الرئيس اليمني هادي على الهدنة بعد اتصالات مع الأمم المتحدة.", "2015-07-25")
    assert ("هادي", "marsad:per/abd-rabbuh-mansur-hadi") in _persons(doc)


def test_a_given_name_that_starts_a_full_name_is_not_taken_alone(layer):  # noqa: F811
    doc = analysed(layer, "واستقبل الرئيس هادي سالم الشريف وفدا من رجال الأعمال.", "2015-07-25")
    assert not any(text == "هادي" for text, _kb in _persons(doc))
