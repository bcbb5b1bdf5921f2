"""Date constructions found missing or misread on unlabelled news (issue #14): ordinals after إلى
and ل, coordinated weekdays, years after a period word with ب, and the tense of bare weekdays."""

from __future__ import annotations

import pytest

from date_fixtures import found, layer  # noqa: F401 - pytest fixture


@pytest.mark.parametrize(("text", "expected"), [
    # an ordinal day after إلى is a day, not an ordinal qualifying a noun
    ("أرجأت المحكمة النظر في القضية إلى السابع من مارس لإتاحة الوقت للدفاع.",
     [("السابع من مارس", "2022-03-07")]),
    # ل + an ordinal with its article is written لل: the day is read, the ل kept in the span
    ("تقام المباراة الختامية يوم (الخميس) الموافق للسادس عشر من شهر رجب على الملعب الرئيس.",
     [("(الخميس) الموافق للسادس عشر من شهر رجب", "2022-02-17")]),
    # a year after a period word carrying the preposition ب
    ("بلغت احتياطيات المصرف بنهاية 2021 نحو 450 مليار ريال.", [("2021", "2021")]),
])
def test_days_and_years_after_a_preposition(layer, text, expected):
    assert found(layer, text) == expected


def test_coordinated_weekdays_share_the_modifier_after_the_last(layer):
    assert found(layer, "يستقبل المعهد المتقدمين أيام الأحد والاثنين والثلاثاء المقبلة في مقره.") == [
        ("الأحد", "2022-02-20"), ("الاثنين", "2022-02-21"), ("الثلاثاء المقبلة", "2022-02-22")]


def test_coordinated_weekdays_of_every_week_are_a_habit(layer):
    assert found(layer, "يفتح السوق الشعبي أبوابه أيام الخميس والجمعة والسبت من كل أسبوع.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday opening its clause, followed by a present verb and its subject: announced
    ("اجتماع الجمعية.. الخميس تعقد الجمعية العمومية اجتماعها السنوي.", [("الخميس", "2022-02-17")]),
    # a word in brackets is an aside, not the verb of the clause
    ("وأعلن النادي عبر حسابه في موقع (تويتر) صباح السبت ضم لاعب جديد.", [("السبت", "2022-02-12")]),
    # a name that begins like ف + a present verb is no verb
    ("افتتح الأمير فيصل بن سلمان المعرض الخميس في قاعة المدينة.", [("الخميس", "2022-02-10")]),
    # a present verb opening the sentence governs a date after a long chain of titles
    ("يرعى صاحب السمو الملكي الأمير خالد بن فيصل بن عبدالعزيز أمير المنطقة الثلاثاء حفل التخرج.",
     [("الثلاثاء", "2022-02-15")]),
])
def test_the_tense_of_a_bare_weekday(layer, text, expected):
    assert found(layer, text) == expected


def test_a_weekday_named_again_is_the_one_announced(layer):
    text = ("يلتقي المنتخب نظيره الأردني يوم الجمعة المقبل. وأكد المدرب أن جميع اللاعبين جاهزون "
            "لمباراة الجمعة بعد فترة الإعداد.")
    # the same day said twice is listed once (the guide's convention); read as last Friday it would be two
    assert found(layer, text) == [("يوم الجمعة المقبل", "2022-02-18")]


@pytest.mark.parametrize(("text", "expected"), [
    # the year of a work listed after its kind in brackets
    ("من مؤلفاته: ظلال المدينة (رواية) 1998، وأوراق الخريف (شعر) 2004.",
     [("1998", "1998"), ("2004", "2004")]),
    ("قدرت إيرادات المهرجان العام الماضي 2021 ما يزيد على مليون ريال.", [("العام الماضي 2021", "2021")]),
    ("أقيمت الدورة في 2003 و2004م بالعاصمة.", [("2003", "2003"), ("2004م", "2004")]),
    # a birth cohort is a person's attribute, like an age
    ("يشارك في الدوري اللاعبون من مواليد 2003 و2004م فقط.", []),
    ("أكدت اللجنة أن بطولة آسيا 2023 ستقام في ثلاث مدن.", [("2023", "2023")]),
    ("وكانت دورة الدوحة 2006 شهدت مشاركة قياسية.", [("2006", "2006")]),
    ("وجاءت أرباح المصرف للربع الثالث 2021 دون التوقعات.", [("2021", "2021")]),
    ("وهي مفاوضات يعود أولها إلى 2011.", [("2011", "2011")]),
    ("ارتفعت المبيعات 12 بالمئة مقارنة مع 2020.", [("2020", "2020")]),
    # amounts stay amounts
    ("ارتفع عدد المتطوعين إلى 2000 متطوع.", []),
    ("حصل المرشح على 2000 صوت في الدائرة.", []),
])
def test_bare_years_in_more_constructions(layer, text, expected):
    assert found(layer, text) == expected


def test_a_day_of_the_same_month(layer):
    text = "غادر الفريق في السادس من يناير، وعاد في الـ20 من الشهر نفسه بعد المعسكر."
    assert found(layer, text) == [("السادس من يناير", "2022-01-06"), ("الـ20 من الشهر نفسه", "2022-01-20")]
    # without a month named before it, the day cannot be placed
    assert found(layer, "عاد الوفد في الـ20 من الشهر نفسه.") == []
    # the month named before is Hijri: the day is of that Hijri month
    assert found(layer, "بدأ المعسكر في الثالث من شوال الماضي وانتهى في العاشر من الشهر نفسه.") == [
        ("الثالث من شوال الماضي", "2021-05-15"), ("العاشر من الشهر نفسه", "2021-05-22")]


@pytest.mark.parametrize("text", [
    "تنتج المصفاة نحو 400 ألف برميل باليوم من الوقود.",  # per day
    "إننا اليوم أمام مرحلة جديدة من العمل المشترك.",  # we, these days
    "لدينا اليوم أدوات لم تكن متاحة قبل عقد.",
    "كان القرار بيد قلة، بينما اليوم يشارك فيه الجميع.",  # the contrast word as written, not stripped
])
def test_today_that_is_no_day(layer, text):
    assert found(layer, text) == []


def test_a_month_of_every_year_is_no_date(layer):
    assert found(layer, "اقترحت الجمعية إحياء الذكرى كل يوليو في الساحة العامة.") == []


def test_a_clause_headed_by_a_present_verb_glued_to_wa_announces(layer):
    assert found(layer, "ويختتم ليفربول جولته الآسيوية الأربعاء بمواجهة ودية.") == [("الأربعاء", "2022-02-16")]
