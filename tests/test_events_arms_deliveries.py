"""Arms handed by one side to another are an AID of the giver to the receiver
(events/arms_deliveries.py)."""

from __future__ import annotations

from test_events import named_triples as _events

NAMES = {"فرنسا": ("e1", "LOC"), "لبنان": ("e2", "LOC"), "الشرطة الفرنسية": ("e3", "ORG"),
         "النيابة العامة": ("e4", "ORG")}


def test_a_state_handing_over_arms_aids_the_receiver() -> None:
    text = "وقالت مصادر عسكرية إن فرنسا سلمت ست مروحيات حديثة إلى لبنان مطلع الشهر."
    assert ("AID", "e1", "e2") in _events(text, NAMES)
    text = "وأعلنت فرنسا أمس تسليم لبنان دفعة أولى من المدرعات الخفيفة وعشرين دبابة."
    assert ("AID", "e1", "e2") in _events(text, NAMES)


def test_handing_over_no_arms_is_no_aid() -> None:
    text = "وسلمت الشرطة الفرنسية المتهم إلى النيابة العامة صباح الأحد."
    assert not any(t == "AID" for t, _, _ in _events(text, NAMES))


def test_refused_arms_are_no_aid() -> None:
    text = "وانتقد رئيس الوزراء رفض فرنسا تزويد لبنان بالصواريخ المضادة للدروع."
    assert not any(t == "AID" for t, _, _ in _events(text, NAMES))
