""""في حين" ("whereas"), a contrast written as two words, ends a reported clause before another
reporting verb, like "فيما" and "بينما". Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("PER", "سعيد الراشد", [("سعيد الراشد", "name"), ("الراشد", "surname")]),
        ("ORG", "صحيفة الأنباء", [("صحيفة الأنباء", "name")])]


def _quotes(body: str) -> list[tuple[str, str | None]]:
    doc = run(make_doc(body, ents=ENTS))
    for q in doc.quotes:
        assert body[q.start : q.end] == q.text
    return [(q.text, q.speaker.text if q.speaker else None) for q in doc.quotes]


def test_whereas_after_a_comma_opens_the_next_statement():
    body = ("وأكد سعيد الراشد أن الحريق لم يسفر عن إصابات بين العمال، في حين ذكرت صحيفة الأنباء "
            "أن النيران التهمت مستودعين كاملين.")
    assert _quotes(body) == [("أن الحريق لم يسفر عن إصابات بين العمال", "سعيد الراشد"),
                             ("أن النيران التهمت مستودعين كاملين", "صحيفة الأنباء")]


def test_whereas_without_a_comma_opens_it_too():
    body = ("وأكد سعيد الراشد أن الحريق لم يسفر عن إصابات بين العمال في حين ذكرت صحيفة الأنباء "
            "أن النيران التهمت مستودعين كاملين.")
    assert [speaker for _, speaker in _quotes(body)] == ["سعيد الراشد", "صحيفة الأنباء"]


def test_whereas_before_an_ordinary_verb_keeps_the_clause():
    body = ("وأكد سعيد الراشد أن المبيعات ارتفعت في الربع الأول، في حين تراجعت الأرباح بسبب "
            "ارتفاع تكاليف النقل.")
    assert _quotes(body) == [("أن المبيعات ارتفعت في الربع الأول، في حين تراجعت الأرباح بسبب ارتفاع تكاليف النقل",
                              "سعيد الراشد")]
