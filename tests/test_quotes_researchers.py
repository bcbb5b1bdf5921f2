"""Researchers speak for the body they belong to when the article names it ("باحثون من جامعة X"):
"وأشار الباحثون إلى أن" is that university's statement, as a report is its issuer's. Every
sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("ORG", "جامعة الملك سعود", [("جامعة الملك سعود", "name")]),
        ("ORG", "وزارة الصحة", [("وزارة الصحة", "name")])]


def _speakers(body: str) -> list[str | None]:
    doc = run(make_doc(body, ents=ENTS))
    return [q.speaker.entity if q.speaker else None for q in doc.quotes]


def test_researchers_of_a_university_named_before():
    body = ("أجرى باحثون من جامعة الملك سعود دراسة على ألف طالب. "
            "وأوضح الباحثون أن قلة النوم تضعف التحصيل الدراسي.")
    assert _speakers(body)[-1] == "e1"


def test_researchers_with_their_university_in_a_relative_clause():
    body = ("وتابع الباحثون، الذين ينتمون إلى جامعة الملك سعود، ألف طالب مدة عامين. "
            "ووجد الباحثون أن الرياضة اليومية تحسن الذاكرة.")
    assert _speakers(body)[-1] == "e1"


def test_researchers_without_a_body_stay_unnamed():
    body = ("قالت وزارة الصحة إن الحملة بدأت. وأوضح الباحثون أن قلة النوم تضعف التحصيل الدراسي.")
    assert _speakers(body)[-1] != "e1"


def test_their_study_without_an_issuer_is_theirs_too():
    body = ("وتابع الباحثون، الذين ينتمون إلى جامعة الملك سعود، ألف طالب مدة عامين. "
            "وأوضحت الدراسة أن الرياضة اليومية تحسن الذاكرة.")
    assert _speakers(body)[-1] == "e1"
