"""Talks told as a noun with "بين X و Y" (events/between_talks.py). Sentences written for these tests."""

from __future__ import annotations

from marsad.layers.events import EventLayer
from test_events import _doc

LAYER = EventLayer()

NAMES = {"عمر حداد": ("e1", "PER"), "سالم الراشد": ("e2", "PER"), "تونس": ("e3", "LOC"), "الأردن": ("e4", "LOC")}


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = _doc(text, NAMES)
    LAYER(doc)
    doc.check_offsets()
    return {(e.type, e.actor, e.target) for e in doc.events}


def test_a_meeting_between_two_leaders_with_titles() -> None:
    found = _events("وأكد البيان أن الاجتماع الذي عقد أمس بين الرئيس عمر حداد ورئيس الوزراء سالم الراشد كان مثمرا.")
    assert ("CONSULT", "e1", "e2") in found


def test_talks_between_two_states() -> None:
    assert ("CONSULT", "e3", "e4") in _events("وتناولت المباحثات بين تونس والأردن ملفات المنطقة.")


def test_no_meeting_when_the_second_side_is_not_joined_by_wa() -> None:
    found = _events("وجرى اللقاء بين الرئيس عمر حداد، الذي وصل أمس، والوفود في تونس.")
    assert not any(t == "CONSULT" and {a, g} == {"e1", "e3"} for t, a, g in found)


def test_relations_between_states_are_no_event() -> None:
    assert _events("وتحدث عن العلاقات بين تونس والأردن.") == set()
