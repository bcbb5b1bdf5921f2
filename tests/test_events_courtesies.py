"""Courtesies heads of state exchange are no political events (events/courtesies.py)."""

from __future__ import annotations

from test_events import named_triples as _events

NAMES = {"الملك حمد": ("e1", "PER"), "الرئيس ماكي سال": ("e2", "PER"), "البرلمان الأفريقي": ("e3", "ORG"),
         "السنغال": ("e4", "LOC"), "الرئيس بيتر موتاريكا": ("e5", "PER")}


def test_a_congratulation_for_a_national_day_or_a_feast_is_a_courtesy() -> None:
    text = "وبعث الملك حمد برقية تهنئة إلى الرئيس ماكي سال رئيس السنغال بمناسبة ذكرى استقلال بلاده."
    assert not any(t == "SUPPORT" for t, _, _ in _events(text, NAMES))
    text = "وهنأ الملك حمد الرئيس ماكي سال بحلول عيد الأضحى المبارك."
    assert not any(t == "SUPPORT" for t, _, _ in _events(text, NAMES))


def test_a_congratulation_on_a_political_act_stays_a_support() -> None:
    text = "وهنأ البرلمان الأفريقي الرئيس ماكي سال بفوزه في الانتخابات الرئاسية."
    assert ("SUPPORT", "e3", "e2") in _events(text, NAMES)


def test_regards_passed_on_are_no_request() -> None:
    text = "وفي ختام المباحثات طلب الرئيس بيتر موتاريكا نقل تحياته إلى الملك حمد."
    assert not any(t == "REQUEST" for t, _, _ in _events(text, NAMES))
    text = "وطلب الرئيس بيتر موتاريكا من الملك حمد دعم بلاده في مجلس الأمن."
    assert ("REQUEST", "e5", "e1") in _events(text, NAMES)
