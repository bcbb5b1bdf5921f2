"""A shooting told by "أطلق/فتح ... النار" with its subject between verb and object is an attack
of that subject on whom it was fired at; into the air it is none (events/firings.py). Sentences
written for these tests."""

from __future__ import annotations

from event_fixtures import OPEN
from marsad.document import Document
from test_events_attack_grammar import _sides


def test_the_shooter_between_verb_and_fire_and_whom_it_hit() -> None:
    actor, target = _sides("وأطلق مسلحون ملثمون النار على سيارة القاضي في الحي الشرقي.", "ASSAULT", "أطلق")
    assert actor == "مسلحون ملثمون" and target.startswith("سيارة القاضي")


def test_opening_fire_towards_a_crowd() -> None:
    actor, target = _sides("وفتح الجنود النار باتجاه المتظاهرين قرب المبنى.", "ASSAULT", "فتح")
    assert actor == "الجنود" and target == "المتظاهرين"


def test_a_word_of_manner_is_no_target() -> None:
    _, target = _sides("وأطلقوا النار مباشرة باتجاه رأس الحارس.", "ASSAULT", "أطلقوا النار")
    assert target.startswith("رأس الحارس")


def test_fire_into_the_air_is_no_attack() -> None:
    doc = Document(text="وأطلقت الشرطة النار في الهواء لتفريق الحشد.", published="2024-05-02")
    doc.entities = []
    doc.layers.append("entities")
    OPEN(doc)
    assert not [e for e in doc.events if e.type == "ASSAULT"]
