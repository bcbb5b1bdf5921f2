"""Accusations told by a circumstantial participle, "...، متهمًا X بـ ..."
(events/participle_accusations.py). Sentences written for these tests; entity mentions,
knowledge-base links and quotes placed by hand."""

from __future__ import annotations

from test_event_record_checks import _events, _quote
from test_events import _doc
from test_events_responsibility import _known


def test_a_participle_after_a_quote_is_the_speakers_accusation() -> None:
    text = "وقال محافظ الميناء سالم باعشن إنه سيغلق الرصيف، متهما جماعة الحوثي بنهب شحنات الإغاثة."
    doc = _known(_doc(text, {"سالم باعشن": ("e1", "PER"), "جماعة الحوثي": ("e2", "ORG")}), "e2")
    doc.quotes = [_quote(doc, "إنه سيغلق الرصيف", "وقال", "سالم باعشن", "e1")]
    assert ("ACCUSE", "e1", "e2") in _events(doc)
    (ev,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert ev.quote is not None and ev.trigger == "متهما"


def test_a_participle_after_a_deed_is_the_subjects_accusation() -> None:
    text = "ونشر السفير السابق داني أيالون مقالا مطولا، متهما الرئيس باراك أوباما بإضعاف التحالف."
    doc = _known(_doc(text, {"داني أيالون": ("e1", "PER"), "باراك أوباما": ("e2", "PER")}), "e2")
    assert ("ACCUSE", "e1", "e2") in _events(doc)


def test_an_accused_man_is_no_accusation() -> None:
    # "متهمًا سعوديًا": the participle is a noun, the nisba a man, not the kingdom
    text = "وأصدرت المحكمة الجزائية بقيادة القاضي ماجد العتيبي حكمها، متهما سعوديا بتهريب الأسلحة."
    doc = _known(_doc(text, {"ماجد العتيبي": ("e1", "PER"), "سعوديا": ("e2", "LOC")}), "e2")
    assert not any(t == "ACCUSE" for t, _a, _g in _events(doc))


def test_no_accusation_of_a_party_the_knowledge_base_does_not_know() -> None:
    text = "وانتقل اللاعب سامي الخالدي إلى نادٍ آخر، متهما وكيله فهد العمري بإخفاء العرض عنه."
    doc = _known(_doc(text, {"سامي الخالدي": ("e1", "PER"), "فهد العمري": ("e2", "PER")}))
    assert not any(t == "ACCUSE" for t, _a, _g in _events(doc))


def test_a_movement_named_by_its_plural_is_accused() -> None:
    text = "وقال الوزير عادل باحميد إن الوضع خطير، متهما المسلحين الحوثيين بمصادرة الوقود."
    doc = _known(_doc(text, {"عادل باحميد": ("e1", "PER"), "الحوثيين": ("e2", "ORG")}), "e2")
    doc.entities[1].name = "جماعة الحوثي"
    doc.quotes = [_quote(doc, "إن الوضع خطير", "وقال", "عادل باحميد", "e1")]
    assert ("ACCUSE", "e1", "e2") in _events(doc)
