"""A condemned deed's condemner is not its doer; its victim is not the one condemned; a person in a
carried picture is not a protester (events/condemned_deeds.py)."""

from __future__ import annotations

from test_events import named_triples as _events

NAMES = {"هيلين كلارك": ("e1", "PER"), "سامر النجار": ("e2", "PER"), "إسرائيل": ("e3", "LOC"),
         "جامعة الدول العربية": ("e4", "ORG"), "نابلس": ("e5", "LOC")}


def test_the_one_who_condemns_a_killing_did_not_kill() -> None:
    text = "وأدانت المسؤولة الأممية هيلين كلارك بشدة قتل الصبي سامر النجار برصاص حي قرب نابلس."
    events = _events(text, NAMES)
    assert not any(t == "ASSAULT" for t, _, _ in events)
    assert ("ACCUSE", "e1", "e2") not in events  # the boy is the victim, not the one condemned


def test_a_condemned_deed_keeps_its_doer_and_the_condemnation_its_target() -> None:
    text = "ودانت جامعة الدول العربية اعتداءات إسرائيل المتكررة على المصلين."
    assert ("ACCUSE", "e4", "e3") in _events(text, NAMES)
    text = "وهاجمت إسرائيل أمس قرية قرب نابلس وقتلت الصبي سامر النجار."
    assert ("ASSAULT", "e3", "e2") in _events(text, NAMES)


def test_a_person_in_a_carried_picture_does_not_protest() -> None:
    text = "وتظاهر المئات في نابلس وهم يرفعون صور الصبي سامر النجار ويرددون هتافات."
    assert not any(a == "e2" for _, a, _ in _events(text, NAMES))


def test_a_court_convicting_someone_of_a_deed_keeps_him_its_doer() -> None:
    names = {"المحكمة العليا": ("e1", "ORG"), "خالد المري": ("e2", "PER"), "كول": ("e3", "ORG")}
    text = "ودانت المحكمة العليا خالد المري في تفجير المدمرة «كول» قبل عشر سنوات."
    assert ("ASSAULT", "e2", "e3") in _events(text, names)

