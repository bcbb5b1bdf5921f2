"""A Saudi body's plain name in a story abroad or with the Red Cross names no Saudi body.
Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer  # noqa: F401 - pytest fixture

CRESCENT = "marsad:org/saudi-red-crescent"


def _links(layer, text: str) -> dict[str, str | None]:
    doc = analysed(layer, text, "2015-08-10")
    return {m.text: e.kb for e in doc.entities for m in e.mentions if m.kind == "name"}


def test_a_red_crescent_in_a_story_from_another_country_is_not_the_saudi_one(layer):
    text = ("قتل عشرون شخصا في هجوم على سوق شمال شرق نيجيريا، بحسب الهلال الأحمر. "
            "وقال مسؤول محلي إن الجيش طوق المنطقة.")
    assert _links(layer, text)["الهلال الأحمر"] is None


def test_the_red_crescent_with_the_red_cross_is_the_movement(layer):
    text = "وأعلن الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر إرسال فرق طبية."
    assert _links(layer, text)["الهلال الأحمر"] is None


def test_at_home_or_beside_anything_saudi_the_link_stays(layer):
    assert _links(layer, "وتم نقل المصاب عن طريق الهلال الأحمر إلى مستشفى بجدة.")["الهلال الأحمر"] == CRESCENT
    assert _links(layer, "وقدم الهلال الأحمر الإسعافات للمصابين في الحادث.")["الهلال الأحمر"] == CRESCENT
    text = "وأرسل الديوان الملكي مساعدات إلى اليمن بتوجيه من الملك سلمان."
    assert _links(layer, text)["الديوان الملكي"] is not None
