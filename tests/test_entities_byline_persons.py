"""Reporters named in a story's byline line (issue ent3). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixtures


def _persons(layer, text):
    return names(analysed(layer, text, "2015-08-10"), "PER")


def test_a_reporter_whose_given_name_is_also_a_word(layer):
    text = "افتتاح معرض الكتاب\n\nعمر إبراهيم – الرياض\n\nافتتح المعرض أبوابه أمس للزوار."
    assert "عمر إبراهيم" in _persons(layer, text)


def test_two_reporters_separated_by_a_comma(layer):
    text = "أمطار على جدة\n\nفهد الغامدي، سامي الحربي – جدة\n\nهطلت أمطار غزيرة على المدينة."
    assert {"فهد الغامدي", "سامي الحربي"} <= _persons(layer, text)


def test_a_line_of_words_is_no_byline(layer):
    text = "تقرير\n\nأمطار غزيرة – جدة\n\nهطلت أمطار غزيرة على المدينة."
    assert not _persons(layer, text)


def test_a_reporter_named_with_a_word_given_name_like_ghalib(layer):
    text = "ضبط مستودع مخالف\n\nغالب العنزي – بريدة\n\nضبطت الجهات المختصة مستودعا مخالفا في المدينة."
    assert "غالب العنزي" in _persons(layer, text)


def test_success_of_a_club_is_no_person(layer):
    text = "وأشاد المدرب بنجاح النادي في تنظيم المعسكر الصيفي هذا العام."
    assert not any(n.startswith("نجاح") for n in _persons(layer, text))
