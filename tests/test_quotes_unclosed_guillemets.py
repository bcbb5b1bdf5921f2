"""A « opened again before any » closed: real nesting, or a first quotation never closed."""

from __future__ import annotations

from marsad.layers.quotes.marks import find_quotes
from test_quotes import make_doc, person, quote_with, run


def _top(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text) if q.depth == 0]


def test_an_unclosed_quotation_ends_with_its_sentence_before_the_next_one():
    text = ("وقال المهندس سامي الحربي: «إن أعمال الصيانة ستنتهي قبل نهاية الشهر الحالي. "
            "وأضاف مدير البلدية فهد العتيبي: «سنفتح الطريق أمام السيارات بعد اكتمال الأعمال».")
    assert _top(text) == ["إن أعمال الصيانة ستنتهي قبل نهاية الشهر الحالي",
                          "سنفتح الطريق أمام السيارات بعد اكتمال الأعمال"]
    for q in find_quotes(text):
        assert text[q.start : q.end] == text[q.start : q.end].strip()


def test_the_second_quotation_gets_its_own_speaker():
    body = ("وقال المهندس سامي الحربي: «إن أعمال الصيانة ستنتهي قبل نهاية الشهر الحالي. "
            "وأضاف مدير البلدية فهد العتيبي: «سنفتح الطريق أمام السيارات بعد اكتمال الأعمال».")
    doc = run(make_doc(body, ents=[person("سامي الحربي"), person("فهد العتيبي")]))
    assert quote_with(doc, "سنفتح الطريق أمام السيارات").speaker.text == "فهد العتيبي"
    first = quote_with(doc, "إن أعمال الصيانة ستنتهي")
    assert "سنفتح" not in first.text


def test_a_short_quotation_inside_a_closed_one_stays_nested():
    text = ("وقال المحلل: «لن يدوم الاتفاق طويلا. فما يسمى «الحل المؤقت» "
            "مجرد تهدئة قبل الصيف» بحسب تقديره.")
    assert _top(text) == ["لن يدوم الاتفاق طويلا. فما يسمى «الحل المؤقت» مجرد تهدئة قبل الصيف"]


def test_an_unclosed_quotation_without_a_sentence_end_runs_on_as_before():
    text = "وقال المدير: «إن المشروع الذي يعرف باسم «الواحة» سيكتمل قريبا"
    assert _top(text) == ["إن المشروع الذي يعرف باسم «الواحة» سيكتمل قريبا"]


def test_a_title_abbreviation_is_no_sentence_end():
    text = "وأوضح «د. ماجد السبيعي «المستشار في الهيئة أن التقرير سيصدر قريبا"
    assert _top(text) == ["د. ماجد السبيعي «المستشار في الهيئة أن التقرير سيصدر قريبا"]
