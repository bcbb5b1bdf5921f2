"""Headline labels before a colon ("بروفايل: ..."، "قصة مصورة: ..."، "الطقس: ...") are no speakers;
real speakers before a colon still are. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from test_quotes import make_doc, quote_with, run, texts

BODY = "وجاءت التفاصيل في سياق متابعة الصحيفة للموضوع خلال الأسبوع الجاري."


@pytest.mark.parametrize("title", [
    "بروفايل: سالم الدوسري.. مهندس عاد إلى قريته بعد ثلاثين عاما",
    "قصة مصورة: آلاف الزوار يملؤون ساحات المهرجان في ليلته الأولى",
    "بالفيديو: سيول جارفة تغلق طريقا رئيسيا شمال المدينة",
    "الطقس: أمطار رعدية متوقعة على المرتفعات الجنوبية غدا",
    "أسعار النفط: برنت يرتفع في مستهل تعاملات الأسبوع",
    "شاشة الناقد: فيلمان جديدان عن الحياة في الصحراء",
    "انتخابات الاتحاد: ثلاثة مرشحين يتنافسون على مقعد الرئاسة",
    "تغطية خاصة: المدينة تودع ضحايا الحادث في جنازة مهيبة",
    "رسميا: النادي يجدد عقد حارسه الأول لثلاثة مواسم",
    "إلى مدير التعليم: متى تنتهي معاناة معلمات القرى؟",
    "أيها المسؤولون: الطرق الريفية تنتظر منكم التفاتة",
    "من الميدان: يوم كامل مع فرق الإسعاف في موسم الحج",
])
def test_a_label_before_a_headline_colon_is_no_speaker(title: str) -> None:
    assert texts(run(make_doc(BODY, title=title))) == []


def test_a_place_before_a_headline_opened_by_a_figure_is_a_label() -> None:
    ents = [("LOC", "كينيا", [("كينيا", "name")])]
    doc = run(make_doc(BODY, title="كينيا: 15 قتيلا في فيضانات تضرب الساحل الشرقي", ents=ents))
    assert texts(doc) == []
    doc = run(make_doc(BODY, title="كينيا: لن نقبل بأي تدخل في انتخاباتنا المقبلة", ents=ents))
    assert quote_with(doc, "لن نقبل").speaker.entity == "e1"


def test_a_speaker_before_a_headline_colon_still_speaks() -> None:
    ents = [("ORG", "وزارة الصحة", [("وزارة الصحة", "name")])]
    doc = run(make_doc(BODY, title="وزارة الصحة: لا إصابات جديدة بالحمى في المنطقة", ents=ents))
    q = quote_with(doc, "لا إصابات")
    assert q.kind == "direct" and q.speaker.entity == "e1"
    doc = run(make_doc(BODY, title="مصدر: المفاوضات تستأنف الأسبوع المقبل في العاصمة"))
    assert quote_with(doc, "المفاوضات تستأنف").kind == "direct"


def test_a_report_headline_speaks_for_the_body_that_issued_it() -> None:
    ents = [("ORG", "هيئة الإحصاء", [("هيئة الإحصاء", "name")])]
    body = ("أظهر تقرير صادر عن هيئة الإحصاء أن نسبة البطالة بين الشباب تراجعت خلال العام الماضي. "
            "وأضاف التقرير أن القطاع الخاص استوعب معظم الوظائف الجديدة.")
    doc = run(make_doc(body, title="تقرير: البطالة بين الشباب تتراجع للعام الثاني", ents=ents))
    q = quote_with(doc, "البطالة بين الشباب تتراجع")
    assert q.kind == "direct" and q.speaker.entity == "e1"


def test_a_study_headline_speaks_for_the_university_that_conducted_it() -> None:
    ents = [("ORG", "جامعة الملك سعود", [("جامعة الملك سعود", "name")])]
    body = ("كشفت دراسة أجرتها جامعة الملك سعود أن ساعات النوم عند الطلاب تقل في أيام الاختبارات. "
            "وأوصت الدراسة بتنظيم مواعيد المذاكرة.")
    doc = run(make_doc(body, title="دراسة: الطلاب ينامون أقل في موسم الاختبارات", ents=ents))
    q = quote_with(doc, "الطلاب ينامون أقل")
    assert q.kind == "direct" and q.speaker.entity == "e1"


@pytest.mark.parametrize("title", [
    "تقرير: الأسواق الشعبية تستعيد زبائنها بعد الترميم",
    "دراسة: المشي اليومي يخفف آلام الظهر عند الموظفين",
])
def test_a_report_headline_with_no_issuer_named_stays_a_label(title: str) -> None:
    body = ("تشهد الأسواق القديمة حركة متزايدة هذه الأيام بحسب ما رصدته الصحيفة في جولة ميدانية. "
            "ويقول الباعة إن الزبائن عادوا بعد انتهاء أعمال الصيانة.")
    assert not any(q.speaker is not None and q.speaker.text in ("تقرير", "دراسة") for q in run(make_doc(body, title=title)).quotes)
    assert not any("الأسواق الشعبية تستعيد" in q.text or "المشي اليومي" in q.text for q in run(make_doc(body, title=title)).quotes)


@pytest.mark.parametrize("body", [
    "أصدرت غرفة التجارة تقريرها الفصلي عن أداء المصانع في المنطقة. وبين التقرير أن الإنتاج ارتفع بوضوح.",
    "نشرت الصحيفة مقتطفات من تقرير لغرفة التجارة عن أداء المصانع في المنطقة خلال الربع الأخير.",
])
def test_a_report_headline_finds_its_issuer_before_or_after_the_report(body: str) -> None:
    ents = [("ORG", "غرفة التجارة", [("غرفة التجارة", "name")])]
    doc = run(make_doc(body, title="تقرير: إنتاج المصانع يرتفع في الربع الأخير", ents=ents))
    assert quote_with(doc, "إنتاج المصانع يرتفع").speaker.entity == "e1"


def test_a_speaker_in_escaped_quotation_marks_before_a_headline_colon_speaks() -> None:
    # some outlets' titles keep their quotation marks escaped as HTML ("&quot;")
    ents = [("ORG", "هيئة الطيران", [("هيئة الطيران", "name")])]
    doc = run(make_doc(BODY, title="&quot;هيئة الطيران&quot;: لا تأخير في رحلات العودة بعد العيد", ents=ents))
    q = quote_with(doc, "لا تأخير في رحلات")
    assert q.kind == "direct" and q.speaker.entity == "e1"
    assert q.text == "لا تأخير في رحلات العودة بعد العيد"


def test_a_place_with_a_word_of_judgement_after_it_speaks():
    ents = [("LOC", "المنامة", [("المنامة", "name")])]
    doc = run(make_doc(BODY, title="المنامة: تصريحات المسؤول الأجنبي تدخل سافر ومرفوض", ents=ents))
    assert quote_with(doc, "تدخل سافر").kind == "direct"


def test_a_controversial_decision_is_a_label_not_a_speaker():
    assert texts(run(make_doc(BODY, title="قرار مثير للجدل: الحكم يلغي هدفا صحيحا في الدقيقة الأخيرة"))) == []


# --- a place the entity layer does not know, shown a place by the body (qfd14) ---------------
def _headline_quotes(title: str, body: str) -> list:
    from marsad.pipeline import analyze
    doc = analyze(body, title=title)
    return [q for q in doc.quotes if q.start < doc.body_start]


def test_unknown_place_in_the_dateline_is_a_label():
    body = "سالم العمري - سبق - تربة: وقع الحادث صباح اليوم على الطريق العام، ونقل المصابون إلى المستشفى."
    assert _headline_quotes("تربة: وفاة شخصين في حادث مروري على الطريق العام", body) == []


def test_unknown_place_after_a_place_noun_in_the_body_is_a_label():
    body = "وقع الحادث صباح اليوم في محافظة تربة، ونقل المصابون إلى المستشفى العام."
    assert _headline_quotes("تربة: وفاة شخصين في حادث مروري على الطريق العام", body) == []


def test_reporters_family_name_in_the_byline_still_speaks():
    body = "سالم الفهد - سبق - الرياض: أكد المتحدث عبدالله الفهد أن المملكة لن تسمح بذلك أبدا."
    qs = _headline_quotes("الفهد: المملكة لن تسمح بالتدخل في شؤونها الداخلية", body)
    assert qs and qs[0].text.startswith("المملكة لن تسمح")


def test_unknown_place_with_a_voice_speaks():
    body = "محمد العمري - سبق - تربة: أعلنت البلدية حملة لإزالة التعديات على الأراضي الزراعية."
    qs = _headline_quotes("تربة: لن نسمح بالتعدي على الأراضي الزراعية", body)
    assert qs and qs[0].text.startswith("لن نسمح")


def test_a_headline_of_names_only_is_no_statement():
    body = ("قال اللاعب محمد حسين إن الفريق جاهز، وأكد سعود الفريدي أن المباراة صعبة، "
            "وقال عمر هوساوي إن الجماهير ستدعم الفريق.")
    assert _headline_quotes("تصريح لاعبي النادي: محمد حسين وسعود الفريدي وعمر هوساوي", body) == []
