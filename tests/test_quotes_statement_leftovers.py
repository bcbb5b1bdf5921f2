"""Quotes layer: statement kinds met on unlabelled news after the statement helper of session 17
(the verb's preposition after a setting, bodies of plans and reports, headline place labels,
passives, two dots).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

import pytest

from test_quotes import make_doc, person, quote_with, run, texts


# --- the verb's own preposition after a setting and a comma ---------------------------------
def test_preposition_after_a_long_setting_and_a_comma():
    body = ("وطالب رئيس جمعية المزارعين بالمنطقة الجنوبية سالم العمري في كلمته التي ألقاها أمس خلال "
            "افتتاح الملتقى الزراعي الثاني لمنتجي التمور في قاعة المؤتمرات، بتوفير قروض ميسرة لصغار "
            "المزارعين في القرى.")
    doc = run(make_doc(body, ents=[person("سالم العمري")]))
    q = quote_with(doc, "قروض ميسرة لصغار")
    assert q.text.startswith("بتوفير") and q.speaker.text == "سالم العمري"


def test_setting_before_the_verbs_preposition_is_not_part_of_the_statement():
    body = "ودعا مدير المرور في تصريح صحفي أمس، إلى الالتزام بالسرعات المحددة على الطرق السريعة خلال العطلة."
    doc = run(make_doc(body))
    assert quote_with(doc, "الالتزام بالسرعات المحددة").text.startswith("إلى الالتزام")


def test_preposition_after_a_relative_clause_describing_the_subject():
    body = ("طالبت الرابطة الأهلية التي تدير عشرات المدارس الصغيرة في الأحياء الشعبية القديمة، "
            "بتخصيص حافلات لنقل التلاميذ من بيوتهم.")
    doc = run(make_doc(body, ents=[("ORG", "الرابطة الأهلية", [("الرابطة الأهلية", "name")])]))
    assert quote_with(doc, "حافلات لنقل التلاميذ").text.startswith("بتخصيص")


# --- two dots close a clause before the next statement ---------------------------------------
def test_two_dots_end_the_clause_before_a_participle_and_a_report():
    body = ("وأكد المدير سامي الرشيد أن أعمال الصيانة ستنتهي قبل بداية العام الدراسي.. مبينا أن "
            "الإدارة خصصت فرقا إضافية للعمل ليلا ..كما تفيد تقارير محلية بأن الميزانية تضاعفت هذا العام.")
    doc = run(make_doc(body, ents=[person("سامي الرشيد")]))
    assert quote_with(doc, "أعمال الصيانة ستنتهي").text.endswith("العام الدراسي")
    assert quote_with(doc, "خصصت فرقا إضافية").text.endswith("للعمل ليلا")
    assert quote_with(doc, "الميزانية تضاعفت")


# --- a place before a headline colon speaks only with a voice in the words -------------------
PLACE_BODY = "وجاءت التفاصيل في سياق متابعة الصحيفة للأحداث خلال الأسبوع الجاري."


@pytest.mark.parametrize("title", [
    "البرتغال: استنفار في الموانئ تحسبا لعاصفة قوية",
    "البرتغال: حكومة الأقلية أمام اختبار صعب في البرلمان",
    "البرتغال: إنقاذ 230 مهاجرا قبالة السواحل الجنوبية",
])
def test_a_place_before_news_words_is_a_label(title: str) -> None:
    ents = [("LOC", "البرتغال", [("البرتغال", "name")])]
    assert texts(run(make_doc(PLACE_BODY, title=title, ents=ents))) == []


@pytest.mark.parametrize("title, anchor", [
    ("البرتغال: لن نقبل بأي شروط مسبقة للحوار", "لن نقبل"),
    ("البرتغال: حدودنا مفتوحة أمام الباحثين عن الأمان", "حدودنا مفتوحة"),
    ("البرتغال: نرحب بقرار المحكمة الأوروبية الأخير", "نرحب بقرار"),
    ("البرتغال: الاتفاق سيفتح صفحة جديدة مع الجيران", "سيفتح صفحة"),
])
def test_a_place_speaks_with_a_first_person_or_future_word(title: str, anchor: str) -> None:
    ents = [("LOC", "البرتغال", [("البرتغال", "name")])]
    assert quote_with(run(make_doc(PLACE_BODY, title=title, ents=ents)), anchor).speaker.entity == "e1"


def test_a_place_before_a_view_clause_speaks():
    ents = [("LOC", "البرتغال", [("البرتغال", "name")])]
    doc = run(make_doc(PLACE_BODY, title="البرتغال: من المؤسف أن تتأخر المفاوضات مرة أخرى", ents=ents))
    assert quote_with(doc, "من المؤسف أن تتأخر").speaker.entity == "e1"


# --- a formula of worship is nobody's news --------------------------------------------------
def test_a_formula_of_worship_is_no_statement():
    body = ("وروى الشيخ قصة الرجل الذي قال لا إله إلا الله.. ثم أضاف الشيخ سالم الهاجري أن "
            "الرحمة أساس التعامل بين الناس في كل مكان.")
    doc = run(make_doc(body, ents=[person("سالم الهاجري")]))
    assert not any(q.text.strip() == "لا إله إلا الله" for q in doc.quotes)
    assert quote_with(doc, "الرحمة أساس التعامل")


# --- a passive of "اتهم" / "وصف" is nobody's statement ---------------------------------------
def test_passive_accused_with_its_preposition_is_no_statement():
    body = ("وقال المحامي سعد العتيبي إن موكله بريء. وكان الموظف قد اتُّهم بالتلاعب في حسابات الشركة "
            "خلال السنوات الثلاث الماضية. واتهم بتسريبه وثائق سرية إلى جهات خارجية قبل عامين.")
    doc = run(make_doc(body, ents=[person("سعد العتيبي")]))
    assert not any("بالتلاعب" in q.text or "وثائق سرية" in q.text for q in doc.quotes)


def test_active_accusation_with_a_subject_opening_with_ba_still_reports():
    body = "واتهمت باكستان جارتها بخرق اتفاق وقف إطلاق النار على الحدود المشتركة مرة أخرى."
    doc = run(make_doc(body, ents=[("LOC", "باكستان", [("باكستان", "name")])]))
    assert quote_with(doc, "بخرق اتفاق وقف")


# --- a command ("قيادة") speaks; its prayer does not -----------------------------------------
def test_a_command_announces_a_death():
    body = ("أعلنت قيادة حرس الحدود وفاة أحد أفرادها أثناء أداء مهامه في القطاع الشمالي. "
            "وسألت القيادة الله أن يتغمده بواسع رحمته. وأكد الجار الله أن الفقيد كان مثالا للانضباط في عمله.")
    doc = run(make_doc(body))
    q = quote_with(doc, "وفاة أحد أفرادها")
    assert q.speaker.text.startswith("قيادة حرس الحدود")
    assert not any("يتغمده" in q.text for q in doc.quotes)
    assert quote_with(doc, "الفقيد كان مثالا")  # "الجار الله" is a name, not a prayer


# --- a plan or a regulation sets out demands ------------------------------------------------
def test_a_plan_demands_and_calls():
    body = ("وطالبت الخطة الخمسية الجديدة للتنمية بإنشاء مراكز تدريب مهني في جميع المحافظات. "
            "ودعت الاستراتيجية إلى مضاعفة عدد المقاعد الجامعية في التخصصات التقنية.")
    doc = run(make_doc(body))
    assert quote_with(doc, "مراكز تدريب مهني").text.startswith("بإنشاء")
    assert quote_with(doc, "مضاعفة عدد المقاعد")


def test_according_to_a_plan_stays_no_statement():
    body = "ووفقا للخطة المعتمدة، سيتم توسيع الطريق الدائري خلال العامين المقبلين."
    assert texts(run(make_doc(body))) == []


def test_an_object_opening_with_lam_is_kept():
    body = "وطالب رئيس الرابطة سعد المطيري لجنة المسابقات بتأجيل مباريات الجولة الأولى أسبوعا كاملا."
    doc = run(make_doc(body, ents=[person("سعد المطيري")]))
    assert quote_with(doc, "بتأجيل مباريات الجولة").text.startswith("لجنة المسابقات")


# --- "قال" + a long title and a name closed by a comma, then bare words -----------------------
def test_words_after_a_comma_closing_a_named_subject():
    body = ("وقال المتحدث الرسمي باسم الهلال الأحمر في المنطقة الجنوبية ماجد الشهري، فور الوصول "
            "باشرت الفرق إسعاف المصابين ونقلهم إلى المستشفى العام.")
    doc = run(make_doc(body, ents=[person("ماجد الشهري")]))
    q = quote_with(doc, "باشرت الفرق إسعاف")
    assert q.text.startswith("فور الوصول") and q.speaker.text == "ماجد الشهري"


def test_a_description_after_the_comma_is_no_statement():
    body = "وقال ماجد الشهري، الذي يرأس الفريق منذ ثلاث سنوات في المنطقة الجنوبية بالكامل."
    doc = run(make_doc(body, ents=[person("ماجد الشهري")]))
    assert texts(doc) == []


# --- a participle followed at once by a nominal clause (its أن left out) ----------------------
def test_participle_then_a_nominal_clause_without_an():
    body = ("وأوضح مدير الجمعية سالم الحربي أن التسجيل مستمر حتى نهاية الشهر، موضحا الجمعية ستوزع "
            "السلال الغذائية على الأسر المسجلة الأسبوع المقبل.")
    doc = run(make_doc(body, ents=[person("سالم الحربي")]))
    q = quote_with(doc, "ستوزع السلال الغذائية")
    assert q.text.startswith("الجمعية ستوزع") and q.speaker.text == "سالم الحربي"


def test_participle_with_its_preposition_is_not_a_bare_clause():
    body = "وأوضح مدير الجمعية سالم الحربي أن التسجيل مستمر، مشيرا الى ارتفاع عدد الأسر المسجلة هذا العام."
    doc = run(make_doc(body, ents=[person("سالم الحربي")]))
    assert quote_with(doc, "ارتفاع عدد الأسر").text.startswith("الى ارتفاع")
