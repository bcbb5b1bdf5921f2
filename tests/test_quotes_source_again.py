"""A definite description that repeats the head word of an earlier unnamed source ("قال مسؤول
... وأضاف المسؤول") goes on with that source, not with the person named last. Every sentence is
written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("PER", "رامي الخطيب", [("رامي الخطيب", "name"), ("وزير المالية", "title")])]


def _speakers(body: str) -> list[str | None]:
    doc = run(make_doc(body, ents=ENTS))
    return [q.speaker.entity or q.speaker.text if q.speaker else None for q in doc.quotes]


def test_official_described_again_stays_unnamed():
    body = ("قال مسؤول حكومي طلب عدم ذكر اسمه إن وزير المالية رامي الخطيب سيقدم الميزانية غدا. "
            "وأضاف المسؤول أن الحكومة ستخفض الإنفاق.")
    assert _speakers(body) == [None, None]


def test_spokesman_described_again_is_not_the_person_quoted_in_between():
    body = ("قال متحدث باسم البلدية إن المشروع سيكتمل قبل الصيف. "
            "وفي الأثناء قال رامي الخطيب إن التمويل متوفر. "
            "وأضاف المتحدث أن العمل سيبدأ الشهر المقبل.")
    assert _speakers(body)[-1] != "e1"


def test_named_holder_of_the_word_follows_the_usual_rules():
    body = ("قال المتحدث باسم الوزارة رامي الخطيب إن الرواتب ستصرف مبكرا. "
            "وأضاف المتحدث أن الموعد سيعلن غدا.")
    assert _speakers(body) == ["e1", "e1"]


def test_plural_participle_does_not_go_on_with_one_person():
    body = ("قال رامي الخطيب إن الموسم الزراعي كان جيدا. "
            "ويرى مزارعون في المنطقة أن الأسعار منخفضة، مؤكدين أن التكاليف ارتفعت كثيرا.")
    assert _speakers(body)[-1] != "e1"
