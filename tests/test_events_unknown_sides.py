"""Dealings between two sides no knowledge base knows and no title ties to a state are dropped
(events/unknown_sides.py)."""

from __future__ import annotations

from marsad.document import Event
from marsad.layers.events.unknown_sides import drop_unknown_dealings
from test_events import LAYER, _doc


def _linked(text: str, names: dict[str, tuple[str, str]], known: dict[str, str]):
    doc = _doc(text, names)
    for ent in doc.entities:
        ent.kb = known.get(ent.id)
    LAYER(doc)
    doc.check_offsets()
    return {(e.type, e.actor, e.target) for e in doc.events}


NAMES = {"سلمان الفارس": ("e1", "PER"), "نادر العتيبي": ("e2", "PER"), "الكويت": ("e3", "LOC"),
         "جمعية أصدقاء التراث": ("e4", "ORG"), "دار الكتب": ("e5", "ORG")}
KNOWN = {"e3": "marsad:loc/kuwait"}


def test_a_meeting_of_two_unknown_persons_is_dropped() -> None:
    text = "والتقى سلمان الفارس نادر العتيبي في الكويت أمس."
    assert not any(t == "CONSULT" for t, _, _ in _linked(text, NAMES, KNOWN))


def test_a_praise_between_two_unknown_bodies_is_dropped() -> None:
    text = "وأشادت جمعية أصدقاء التراث بجهود دار الكتب في حفظ مخطوطات الكويت."
    assert not any(t == "SUPPORT" for t, _, _ in _linked(text, NAMES, KNOWN))


def test_a_title_naming_a_state_keeps_the_dealing() -> None:
    text = "والتقى السفير الكويتي سلمان الفارس نادر العتيبي في الكويت أمس."
    assert ("CONSULT", "e1", "e2") in _linked(text, NAMES, KNOWN)


def test_a_known_side_keeps_the_dealing() -> None:
    text = "والتقى سلمان الفارس نادر العتيبي في الكويت أمس."
    assert ("CONSULT", "e1", "e2") in _linked(text, NAMES, {**KNOWN, "e2": "marsad:per/someone"})



def test_a_title_before_a_comma_still_names_the_state() -> None:
    text = "وقال السفير الكويتي، سلمان الفارس، إنه بحث مع نادر العتيبي التعاون في الكويت."
    doc = _doc(text, NAMES)
    for ent in doc.entities:
        ent.kb = KNOWN.get(ent.id)
    doc.events = [Event(type="CONSULT", start=0, end=len(text), text=text, actor="e1", target="e2",
                        trigger="بحث")]
    drop_unknown_dealings(doc)
    assert len(doc.events) == 1
