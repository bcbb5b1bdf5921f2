"""Dates read wrongly on unlabelled news (session 14): "الماضي" on the publication's own day or month,
a foreign place name shaped like a future verb, and the Moroccan month name "غشت" that is also a
verb. Sentences written for these tests."""

from __future__ import annotations

from date_fixtures import found, layer  # noqa: F401 - pytest fixture


def test_past_day_on_the_publication_day_is_a_year_ago(layer):
    assert found(layer, "وبدأ تطبيق القرار في 14 فبراير الماضي بعد موافقة المجلس.") == [
        ("14 فبراير الماضي", "2021-02-14")]


def test_past_day_earlier_in_the_month_is_this_month(layer):
    assert found(layer, "وكانت اللجنة قد اجتمعت في 3 فبراير الماضي لبحث الملف.") == [
        ("3 فبراير الماضي", "2022-02-03")]


def test_past_month_named_early_in_that_month_is_last_years(layer):
    assert found(layer, "وانتقل اللاعب إلى النادي في فبراير الماضي قادما من الدوري الإيطالي.") == [
        ("فبراير الماضي", "2021-02")]
    # late in the month, the press names the weeks of this month already gone
    assert found(layer, "وارتفع المؤشر في فبراير الماضي إلى أعلى مستوياته.", "2022-02-26") == [
        ("فبراير الماضي", "2022-02")]


def test_current_month_is_this_month(layer):
    assert found(layer, "وتنتهي المهلة في 20 فبراير الجاري.") == [("20 فبراير الجاري", "2022-02-20")]


def test_a_place_name_shaped_like_a_future_verb_is_no_future(layer):
    # "سيفاري" reads as س + a present verb; after "مدينة" it is the town's name
    assert found(layer, "وأفاد مصدر أن الاشتباكات في مدينة سيفاري استمرت الجمعة وأوقعت قتلى.") == [
        ("الجمعة", "2022-02-11")]
    assert found(layer, "وأكد المدرب أن الفريق سيلعب الجمعة أمام منافسه.") == [("الجمعة", "2022-02-18")]


def test_ghasht_is_a_verb_unless_it_is_dated(layer):
    assert found(layer, "ويرى المراقبون أن الشركة قد غشت في بياناتها المالية.") == []
    assert found(layer, "وأعلنت الوزارة في الرباط يوم 3 غشت عن الخطة.", "2022-08-10") == [
        ("3 غشت", "2022-08-03")]


def test_a_weekday_with_the_date_it_falls_on(layer):
    assert found(layer, "ويستمر التسجيل حتى نهاية دوام يوم الخميس بتاريخ 20/7/1443هـ.") == [
        ("يوم الخميس بتاريخ 20/7/1443هـ", "2022-02-21")]
    assert found(layer, "وانتهت المرحلة الأولى بنهاية تداول يوم الأربعاء، تاريخ 8 رجب 1443هـ.") == [
        ("يوم الأربعاء، تاريخ 8 رجب 1443هـ", "2022-02-09")]


def test_the_number_two_and_a_place_named_after_a_day_are_no_weekdays(layer):
    assert found(layer, "ويستهدف البنك إبقاء التضخم عند مستوى الاثنين في المائة.") == []
    assert found(layer, "ونقل المصاب إلى مستشفى الخميس العام لتلقي العلاج.") == []


def test_a_short_quoted_name_does_not_end_the_clause(layer):
    # the present verb before the quoted name announces the match: the coming Thursday
    assert found(layer, "النصر يلاقي «الفيصلي» الخميس في ختام معسكره.") == [("الخميس", "2022-02-17")]


def test_a_hijri_year_written_without_its_suffix(layer):
    assert found(layer, "وتسعى الوزارة إلى رفع عدد الأسرة بحلول العام 1450 إلى عشرين ألفا.") == [
        ("العام 1450", "2028")]
    assert found(layer, "وتعود المخطوطة إلى عام 1453م كما يقول الباحثون.") == [("عام 1453م", "1453")]
    # a year ahead of the current Hijri one told in the past is a Gregorian year of history
    assert found(layer, "وشيّد القصر التاريخي في عام 1450 على ضفة النهر.") == [("عام 1450", "1450")]
    assert found(layer, "وافتتحت أول مدرسة للبنات في المدينة عام 1380 بعد مطالبات الأهالي.") == [("عام 1380", "1960")]


def test_a_plan_that_was_is_past(layer):
    assert found(layer, "وكان من المقرر أن ينطلق «المؤتمر الدولي» في 10 يناير لكنه تأجل.") == [
        ("10 يناير", "2022-01-10")]
    assert found(layer, "ومن المقرر أن ينطلق «المؤتمر الدولي» في 10 مارس.") == [("10 مارس", "2022-03-10")]


def test_names_shaped_like_a_future_verb_and_coordinated_hijri_years(layer):
    # "ستريت" of Wall Street is no س + verb: the past report keeps the past Tuesday
    assert found(layer, "وتراجعت الأسهم في وول ستريت بنحو 3 في المائة الثلاثاء.", "2022-02-18") == [
        ("الثلاثاء", "2022-02-15")]
    assert found(layer, "وبلغت القضايا خلال عامي 1441 و1442 نحو ألف قضية.") == [
        ("عامي 1441", "2020"), ("1442", "2021")]


def test_weekdays_after_a_future_one_and_verbs_ending_in_ta(layer):
    # the Saturday coordinated after a coming Friday is the day after it
    assert found(layer, "وأعلنت الشرطة أنه سيتم إغلاق الطرق يومي الجمعة والسبت.", "2022-02-16") == [
        ("الجمعة", "2022-02-18"), ("السبت", "2022-02-19")]
    # "يصوت" is a present verb ending with its root's ت, announcing the vote
    assert found(layer, "البرلمان يصوت الخميس على الميزانية.") == [("الخميس", "2022-02-17")]
    assert found(layer, "وارتفع الخام 40 سنتا الثلاثاء في التعاملات.", "2022-02-18") == [("الثلاثاء", "2022-02-15")]


def test_days_excepted_from_a_routine_are_no_dates(layer):
    assert found(layer, "ويعمل المركز يوميا عدا الجمعة والسبت.") == []


def test_names_in_quotes_or_after_a_verb_of_saying_are_no_future_verbs(layer):
    assert found(layer, "وقالت شركة «سنترال» الخميس إنها خفضت الوظائف.", "2022-02-15") == [("الخميس", "2022-02-10")]
    assert found(layer, "وقال ستيوارت لصحيفة «الغارديان» في يناير إنه تعب.", "2022-02-15") == [("يناير", "2022-01")]


def test_a_condition_looks_ahead(layer):
    assert found(layer, "وفي حال تأخر السداد يوم الخميس فإن الشركة ستدفع غرامة.") == [("يوم الخميس", "2022-02-17")]
    # "في حالة" + a noun is "in the case of", no condition
    assert found(layer, "وفي حالة السفينة التي غرقت الأربعاء بدأت المياه تتسرب.", "2022-02-18") == [
        ("الأربعاء", "2022-02-16")]


def test_a_plan_that_was_keeps_a_modifier_ahead(layer):
    assert found(layer, "وكان من المقرر أن تقام البطولة بين شهري نوفمبر وديسمبر المقبلين.", "2022-08-10") == [
        ("شهري نوفمبر", "2022-11"), ("ديسمبر المقبلين", "2022-12")]
