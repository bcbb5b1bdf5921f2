"""Speakers given through a body: a document whose issuer is named after a comma ("تقرير ...،
الصادر عن X، أن"), and the government of a place ("حكومة الأردن"، "الحكومة البريطانية") that
speaks as the place, as its authorities do; a report, circular or letter whose issuer is named where
it was introduced. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from tests.test_quotes import make_doc, run

from marsad.pipeline import Analyzer


def speakers(doc) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.entity, q.speaker.text) if q.speaker else (None, None) for q in doc.quotes]


def test_issuer_after_a_comma_and_an_issuing_participle():
    body = ("وأكد تقرير الأمن الغذائي لعام 2014، الصادر عن منظمة الزراعة الدولية، أن إنتاج القمح "
            "تراجع في عدد من دول المنطقة.")
    doc = run(make_doc(body, ents=[("ORG", "منظمة الزراعة الدولية", [("منظمة الزراعة الدولية", "name")])]))
    assert speakers(doc)[0][0] == "e1"


def test_issuer_after_a_comma_and_a_relative_clause():
    body = ("وأوضح التقرير، الذي أعدته هيئة الإحصاء الوطنية، أن نسبة البطالة انخفضت خلال العام "
            "الماضي.")
    doc = run(make_doc(body, ents=[("ORG", "هيئة الإحصاء الوطنية", [("هيئة الإحصاء الوطنية", "name")])]))
    assert speakers(doc)[0][0] == "e1"


def test_another_clause_after_the_comma_names_no_issuer():
    # "وهو الأول من نوعه" describes the report, it does not say who issued it: the body after
    # "مع" is no issuer
    body = ("وأوضح التقرير، وهو الأول من نوعه بالتعاون مع هيئة الإحصاء الوطنية، أن نسبة البطالة "
            "انخفضت.")
    doc = run(make_doc(body, ents=[("ORG", "هيئة الإحصاء الوطنية", [("هيئة الإحصاء الوطنية", "name")])]))
    assert all(s[0] != "e1" for s in speakers(doc))


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def _linked(analyzer, text: str) -> list[str | None]:
    doc = analyzer.analyze(text, published="2015-08-10")
    names = {e.id: e.name for e in doc.entities}
    return [names.get(q.speaker.entity) if q.speaker and q.speaker.entity else None for q in doc.quotes]


def test_government_of_a_named_country_speaks_as_the_country(analyzer):
    text = "ومن جهتها، دعت حكومة الأردن في بيان أصدرته أمس إلى ضرورة توحيد الجهود الدولية لمواجهة الإرهاب."
    assert _linked(analyzer, text) == ["الأردن"]


def test_government_with_the_adjective_of_a_country_named_before(analyzer):
    text = ("زار وزير الخارجية بريطانيا الأسبوع الماضي. "
            "وأعلنت الحكومة البريطانية أنها ستفرض قيودا جديدة على الهجرة خلال العام المقبل.")
    assert _linked(analyzer, text) == ["بريطانيا"]


def test_report_opening_the_story_is_the_one_its_issuer_names_in_the_next_sentence():
    body = ("كشف تقرير اقتصادي عن أن صادرات الأسمدة تراجعت خلال العام الماضي. "
            "وأوضحت هيئة التجارة الخارجية في تقرير لها اليوم، أن قيمة الصادرات بلغت ثلاثة مليارات دولار.")
    doc = run(make_doc(body, ents=[("ORG", "هيئة التجارة الخارجية", [("هيئة التجارة الخارجية", "name")])]))
    assert [s[0] for s in speakers(doc)] == ["e1", "e1"]


def test_report_named_in_construct_with_its_issuer_next():
    body = ("قال تقرير مصرفي متخصص إن المصارف الخليجية حققت أرباحا قياسية. "
            "ووفقا لتقرير اتحاد المصارف العربية فإن الودائع ارتفعت بنسبة كبيرة.")
    doc = run(make_doc(body, ents=[("ORG", "اتحاد المصارف العربية", [("اتحاد المصارف العربية", "name")])]))
    assert speakers(doc)[0][0] == "e1"


def test_report_of_another_body_far_on_is_not_the_opening_one():
    body = ("قال تقرير مصرفي متخصص إن المصارف الخليجية حققت أرباحا قياسية. "
            "وارتفعت الودائع في الربع الثاني. وتراجعت القروض العقارية قليلا. وزادت أرباح المصارف الصغيرة. "
            "وكان تقرير اتحاد المصارف العربية قد أشار إلى أن الودائع ارتفعت.")
    doc = run(make_doc(body, ents=[("ORG", "اتحاد المصارف العربية", [("اتحاد المصارف العربية", "name")])]))
    assert speakers(doc)[0][0] != "e1"


def test_circular_speaks_for_the_minister_who_issued_it(analyzer):
    text = ("وكان وزير التعليم الدكتور خالد العمري قد أصدر، الأحد الماضي، تعميما بتفويض مديري المدارس. "
            "وجاء في التعميم أن من بين الضوابط تطبيق المنهج الجديد.")
    assert _linked(analyzer, text) == ["خالد العمري"]


def test_letter_speaks_for_the_subject_that_sent_it_not_its_object(analyzer):
    text = ("فاجأ نادي الاتحاد الرياضي الهيئة العامة للرياضة بخطاب يعلن فيه فتح باب الترشح. "
            "وجاء في الخطاب أن استقبال الملفات يستمر أسبوعين.")
    assert _linked(analyzer, text) == ["نادي الاتحاد"]
