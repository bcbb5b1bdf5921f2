"""Date constructions of a second probe of unlabelled news of every outlet: a weekday in quotes after
a relative day, the start of a range joined by وحتى/وإلى, and اليوم or الأمس meaning these days or
the past (a state that obtains these days, "بين الأمس واليوم")."""

from __future__ import annotations

import pytest

from date_fixtures import found, layer  # noqa: F401 - pytest fixture


@pytest.mark.parametrize(("text", "expected"), [
    # the weekday of a relative day may be set in quotes as well as in brackets: one expression
    ('وتوقع الصيادون أن تعود بقية القوارب غدا "الثلاثاء" محملة بالأسماك.', [('غدا "الثلاثاء"', "2022-02-15")]),
    ("وعقدت اللجنة اجتماعها الأول أمس «الأحد» في مقر الغرفة.", [("أمس «الأحد»", "2022-02-13")]),
])
def test_a_quoted_weekday_belongs_to_its_relative_day(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a start without its year, the end coming next year: the start is of the end's year too
    ("ويقام المعرض في الفترة من 28 أبريل وحتى 3 مايو المقبلين في مركز المعارض.",
     [("28 أبريل", "2022-04-28"), ("3 مايو المقبلين", "2022-05-03")]),
    ("وتستمر الدورة من 20 أبريل حتى 2 مايو 2022 في مقر المعهد.",
     [("20 أبريل", "2022-04-20"), ("2 مايو 2022", "2022-05-02")]),
    # a range over the new year keeps its start in the year before the end
    ("وتقام البطولة من 28 ديسمبر وإلى 4 يناير المقبلين.",
     [("28 ديسمبر", "2022-12-28"), ("4 يناير المقبلين", "2023-01-04")]),
])
def test_the_start_of_a_range_is_less_than_a_year_before_its_end(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize("text", [
    # the past against these days
    "ويقارن الكتاب بين الأمس واليوم في حياة أهل القرية.",
    "فالنخب التي دافعت عن الحريات بالأمس واليوم تضيق بها ذرعا.",
    # a state that obtains these days
    "إن التباين الموجود اليوم بين الجيلين لا يعني القطيعة.",
    "ولا يرضى كثيرون عن الوضع الراهن اليوم في الأسواق.",
])
def test_the_past_and_these_days_are_no_dates(layer, text):
    assert found(layer, text) == []


def test_yesterday_and_today_as_days_stay(layer):
    assert found(layer, "وصل الوفد أمس واليوم يلتقي وزير الخارجية.") == [
        ("أمس", "2022-02-13"), ("اليوم", "2022-02-14")]


def test_the_weekday_of_that_day_is_read_alone(layer):
    # "ذلك اليوم" is the day of the story: its weekday in quotes is not today's
    assert found(layer, "وخرجت صبيحة ذلك اليوم «الخميس» إلى السوق كعادتي.") == [("الخميس", "2022-02-10")]


def test_years_joined_by_an_en_dash_are_both_years(layer):
    # a life or a term in brackets, the years joined by an en dash as often as by a hyphen
    assert found(layer, "ويستعيد المعرض سيرة الشاعر الراحل (1921 – 1987) وأعماله.") == [
        ("1921", "1921"), ("1987", "1987")]


@pytest.mark.parametrize(("text", "expected"), [
    # the same period of the year before: the current period compared, whatever year an earlier
    # sentence named
    ("وتراجعت المبيعات في 2020. وارتفعت الأرباح خلال الربع الحالي مقارنة بالربع المماثل من العام السابق.",
     [("2020", "2020"), ("العام السابق", "2021")]),
    # a year named in the same sentence is the period compared
    ("وبلغت الأرباح في 2019 نحو مليار ريال مقارنة بالفترة المماثلة من العام السابق.",
     [("2019", "2019"), ("العام السابق", "2018")]),
])
def test_the_same_period_of_the_year_before(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize("text", [
    # a verb of living, seeing or seeming right before اليوم: these days
    "إن الازدحام الذي نراه اليوم في شوارع المدينة نتيجة غياب التخطيط.",
    "فنحن نعيش اليوم زمن التحولات السريعة.",
    "وتبدو اليوم تلك المخاوف مبالغا فيها.",
])
def test_today_after_a_verb_of_living_or_seeing_is_these_days(layer, text):
    assert found(layer, text) == []


def test_we_witness_today_an_opening_stays_a_date(layer):
    assert found(layer, "وقال الوزير: نشهد اليوم افتتاح المرحلة الأولى من المشروع.") == [("اليوم", "2022-02-14")]


@pytest.mark.parametrize(("text", "expected"), [
    # the attacks of 2001, named by their day after a noun of the event or after بعد/منذ
    ("وتغيرت سياسات السفر كثيرا بعد أحداث 11 سبتمبر وما تلاها من حروب.", [("11 سبتمبر", "2001-09-11")]),
    ("ومنذ الحادي عشر من سبتمبر تراجعت الثقة بين الطرفين.", [("الحادي عشر من سبتمبر", "2001-09-11")]),
    # a coming 11 September stays one
    ("وتنطلق الدراسة في 11 سبتمبر المقبل في جميع المدارس.", [("11 سبتمبر المقبل", "2022-09-11")]),
    ("وسيعقد المؤتمر بعد 11 سبتمبر في العاصمة.", [("11 سبتمبر", "2022-09-11")]),
])
def test_eleven_september_without_a_year(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the bracketed name first: one month, the year after the second name is its year
    ("ويتنافس المرشحون على الرئاسة في (نوفمبر) تشرين الثاني 2024 بعد حملة طويلة.",
     [("(نوفمبر) تشرين الثاني 2024", "2024-11")]),
    ("وأغلقت المصارف أبوابها في 28 (يونيو) حزيران لوقف نزوح الأموال.", [("28 (يونيو) حزيران", "2021-06-28")]),
    # a bracketed month alone stays a month
    ("وأشار تقرير (مايو) إلى تراجع المبيعات.", [("مايو", "2021-05")]),
])
def test_a_month_pair_with_the_bracketed_name_first(layer, text, expected):
    assert found(layer, text) == expected
