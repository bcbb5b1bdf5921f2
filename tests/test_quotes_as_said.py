"""Statements whose speaker comes after the words: "...، كما قال فلان" (issue #14).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.ingest import RawRecord
from marsad.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def quotes(analyzer: Analyzer, body: str) -> list:
    doc = analyzer(analyzer.document(RawRecord(body=body, title="خبر محلي")))
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
    return doc.quotes


def test_words_before_as_said_are_the_speakers(analyzer: Analyzer) -> None:
    body = ("أعيد فتح الطريق الساحلي في العاصمة أمام حركة السير بعد إغلاقه ثلاثة أيام، "
            "كما قال المتحدث باسم وزارة النقل خالد العتيبي.")
    found = [q for q in quotes(analyzer, body) if "الطريق الساحلي" in q.text]
    assert len(found) == 1
    assert found[0].text.startswith("أعيد فتح") and found[0].text.endswith("ثلاثة أيام")
    assert found[0].speaker is not None and "خالد العتيبي" in found[0].speaker.text


def test_quoted_words_before_as_said_are_direct(analyzer: Analyzer) -> None:
    body = ('وتوقفت الرحلات صباح اليوم.\n\nوبالنتيجة "أغلق المطار الدولي أمام الرحلات القادمة حتى إشعار آخر"، '
            "كما قال متحدث باسم هيئة الطيران المدني، سامي الحربي، موضحا أن السلطات تتابع الوضع عن كثب.")
    found = [q for q in quotes(analyzer, body) if "المطار الدولي" in q.text]
    assert len(found) == 1 and found[0].kind == "direct"
    assert found[0].text == "أغلق المطار الدولي أمام الرحلات القادمة حتى إشعار آخر"
    assert found[0].speaker is not None and "سامي الحربي" in found[0].speaker.text


def test_unnamed_people_give_no_statement(analyzer: Analyzer) -> None:
    body = "تراجعت أسعار الخضار في الأسواق المحلية خلال الأسبوع الماضي، كما يقول البعض، لكن التجار يشكون."
    assert not [q for q in quotes(analyzer, body) if "أسعار الخضار" in q.text]


def test_quoted_words_inside_the_writers_sentence_leave_no_edges(analyzer: Analyzer) -> None:
    body = ("وتتمثل المهمة الثانية للنشرة في «مهاجمة» التنظيم المنافس و«كشف» مزاعمه أمام أتباعه، "
            "كما يقول الباحث سالم القحطاني، لكنها لم تنجح حتى الآن.")
    assert not [q for q in quotes(analyzer, body) if "مهاجمة» التنظيم" in q.text]


def test_an_aside_inside_his_clause_gives_the_whole_sentence(analyzer: Analyzer) -> None:
    body = "يتعين على الفريق، كما يقول مدربه سالم القحطاني، مضاعفة التدريبات الصباحية قبل المباراة النهائية."
    found = [q for q in quotes(analyzer, body) if "يتعين على الفريق" in q.text]
    assert len(found) == 1 and found[0].text.endswith("المباراة النهائية")
    assert found[0].speaker is not None and "سالم القحطاني" in found[0].speaker.text


def test_the_aside_belongs_to_the_clause_joined_last(analyzer: Analyzer) -> None:
    body = ("قضى الشاعر سنوات طويلة في القرية الصغيرة بعيدا عن المدن الكبرى، وظلت قصائده الأولى "
            "حبيسة الأدراج، كما يقول الناقد سالم القحطاني، حتى نشرها صديقه بعد رحيله.")
    found = [q for q in quotes(analyzer, body) if "حبيسة الأدراج" in q.text]
    assert len(found) == 1 and found[0].text.startswith("وظلت قصائده")


def test_as_said_opening_the_sentence_gives_the_clause_after_it(analyzer: Analyzer) -> None:
    body = ("تراجعت مبيعات السيارات في الربع الثاني. وكما توقع صندوق النقد الدولي في تقريره الأخير، "
            "سوف تنمو اقتصادات الخليج بوتيرة أبطأ هذا العام.")
    found = [q for q in quotes(analyzer, body) if "اقتصادات الخليج" in q.text]
    assert len(found) == 1
    assert found[0].text == "سوف تنمو اقتصادات الخليج بوتيرة أبطأ هذا العام"
    assert found[0].speaker is not None and "صندوق النقد الدولي" in found[0].speaker.text


def test_as_said_after_a_fronted_phrase_gives_the_clause_after_it(analyzer: Analyzer) -> None:
    body = ("تراجعت مبيعات السيارات في الربع الثاني. وعلاوة على ذلك، كما أقرت وزارة الاقتصاد، "
            "تحتاج هذه الأرقام إلى مراجعة دقيقة قبل نهاية العام.")
    found = [q for q in quotes(analyzer, body) if "هذه الأرقام" in q.text]
    assert len(found) == 1 and found[0].text.startswith("تحتاج هذه الأرقام")


def test_also_with_a_setting_after_the_comma_keeps_its_object(analyzer: Analyzer) -> None:
    body = "وانتهى الاجتماع مساء أمس. كما أكد الوزير، خلال اللقاء، أهمية التعاون بين البلدين في مجال الطاقة."
    found = [q for q in quotes(analyzer, body) if "التعاون بين البلدين" in q.text]
    assert len(found) == 1 and found[0].text.startswith("أهمية التعاون")


def test_as_you_wrote_names_nobody(analyzer: Analyzer) -> None:
    body = ("شكرا على رسالتك. وآلام الظهر، كما ذكرت في رسالتك، قد تجعل المشي لمسافات طويلة صعبا "
            "لكن العلاج الطبيعي يساعد كثيرا.")
    assert not [q for q in quotes(analyzer, body) if "المشي لمسافات" in q.text]


def test_as_a_report_issued_by_a_body_showed_gives_the_body(analyzer: Analyzer) -> None:
    body = ("تراجعت مبيعات السيارات في الربع الثاني. وكما أظهر تقرير التوقعات الاقتصادية، الصادر عن "
            "صندوق النقد الدولي، سوف تنمو اقتصادات الخليج بوتيرة أبطأ هذا العام.")
    found = [q for q in quotes(analyzer, body) if "اقتصادات الخليج" in q.text]
    assert len(found) == 1 and found[0].text.startswith("سوف تنمو")
    assert found[0].speaker is not None and "صندوق النقد الدولي" in found[0].speaker.text
