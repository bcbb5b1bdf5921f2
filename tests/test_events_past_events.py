"""Events a sentence dates years before publication are history, not news (events/past_events.py)."""

from __future__ import annotations

from marsad.layers.dates.layer import DateLayer
from test_events import LAYER, _doc

NAMES = {"جيمي كارتر": ("e1", "PER"), "أنور السادات": ("e2", "PER"), "كوبا": ("e3", "LOC"),
         "الولايات المتحدة": ("e4", "LOC"), "جبهة النصرة": ("e5", "ORG"), "الفرقة 30": ("e6", "ORG")}


def _triples(text: str, published: str = "2015-07-25") -> set[tuple[str, str | None, str | None]]:
    doc = _doc(text, NAMES, published)
    DateLayer()(doc)
    LAYER(doc)
    doc.check_offsets()
    return {(e.type, e.actor, e.target) for e in doc.events}


def test_a_meeting_dated_decades_back_is_history() -> None:
    text = "وفي عام 1978 التقى الرئيس الأميركي جيمي كارتر الرئيس المصري أنور السادات في كامب ديفيد."
    assert not any(t == "CONSULT" for t, _, _ in _triples(text))


def test_the_same_meeting_this_year_is_news() -> None:
    text = "وفي مارس الماضي التقى الرئيس الأميركي جيمي كارتر الرئيس المصري أنور السادات في كامب ديفيد."
    assert ("CONSULT", "e1", "e2") in _triples(text)


def test_a_year_after_since_is_a_starting_point() -> None:
    text = "واستقبلت الولايات المتحدة وزير خارجية كوبا في أول زيارة من نوعها منذ عام 1959."
    assert any(t == "CONSULT" for t, _, _ in _triples(text))


def test_a_year_in_a_relative_clause_dates_its_noun() -> None:
    text = "وخطفت جبهة النصرة عناصر من الفرقة 30 التي تأسست عام 2013 بدعم من واشنطن."
    assert ("ASSAULT", "e5", "e6") in _triples(text)


def test_an_item_of_a_chronology_keeps_its_event() -> None:
    # a "this day in history" piece: its past events are its matter (sentence written for this test)
    text = "أحداث هذا اليوم في التاريخ:\n1978 - التقى الرئيس الأميركي جيمي كارتر الرئيس المصري أنور السادات في كامب ديفيد."
    assert ("CONSULT", "e1", "e2") in _triples(text)
