"""Dates two units away and weekdays placed in a named week, found on unlabelled news (session 17):
"الليلة قبل الماضية", "العام قبل الماضي", "الأحد والاثنين في الأسبوع بعد المقبل", a Hijri year
with its Gregorian one after a slash, "القادم من" (coming from) that announces nothing, and a
weekday before a Hijri day set in parentheses. Published on a Monday, 14 February 2022 (the week
runs from Sunday 13 to Saturday 19 February)."""

from __future__ import annotations

import pytest

from date_fixtures import found, layer  # noqa: F401 - pytest fixture


@pytest.mark.parametrize(("text", "expected"), [
    # the night before last is the day before yesterday
    ("وأفادت مصادر محلية أن الطائرات قصفت البلدة الليلة قبل الماضية بعدة غارات.",
     [("الليلة قبل الماضية", "2022-02-12")]),
    ("وقال المتحدث إن الاشتباكات اندلعت الليلة الماضية قرب المعبر.", [("الليلة الماضية", "2022-02-13")]),
    # the year before last, the month before last, the year after next
    ("وتقدمت الشركة بطلب الإدراج منذ العام قبل الماضي دون أن تستوفي الشروط.", [("العام قبل الماضي", "2020")]),
    ("وتراجعت المبيعات في الشهر قبل الماضي إلى أدنى مستوى لها.", [("الشهر قبل الماضي", "2021-12")]),
    ("ويتوقع أن يكتمل المشروع في العام بعد المقبل.", [("العام بعد المقبل", "2024")]),
    # "قبل المقبل" names no year
    ("سيبقى القرار ساريا العام قبل المقبل.", []),
])
def test_two_units_away(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated weekdays of the week after next (Sunday 27 February to Saturday 5 March)
    ("وتقام الأمسيات في المحافظات الشمالية الأحد والاثنين في الأسبوع المقبل، ثم في المحافظات الجنوبية "
     "الأحد والثلاثاء والخميس في الأسبوع بعد المقبل.",
     [("الأحد", "2022-02-20"), ("الاثنين", "2022-02-21"),
      ("الأحد", "2022-02-27"), ("الثلاثاء", "2022-03-01"), ("الخميس", "2022-03-03")]),
    ("وتنطلق الجولة الثانية من التصفيات الاثنين والأربعاء الأسبوع ما بعد المقبل.",
     [("الاثنين", "2022-02-28"), ("الأربعاء", "2022-03-02")]),
    # a weekday of last week, whatever the verb says
    ("وكان الوفد قد وصل يوم الأربعاء من الأسبوع الماضي إلى العاصمة.", [("يوم الأربعاء", "2022-02-09")]),
    ("وستجتمع اللجنة الخميس من هذا الأسبوع لمناقشة التقرير.", [("الخميس", "2022-02-17")]),
])
def test_weekdays_of_a_named_week(layer, text, expected):
    assert found(layer, text) == expected


def test_hijri_year_with_its_gregorian_year(layer):
    assert found(layer, "تأسس المجلس البلدي عام 1343/ 1924 ثم أعيد تنظيمه عام 1372/ 1953.") == [
        ("عام 1343/ 1924", "1924"), ("عام 1372/ 1953", "1953")]


def test_coming_from_announces_nothing(layer):
    # "القادم من" is the participle "coming from": the past verb decides, the Tuesday gone by
    assert found(layer, "وشارك المدافع القادم من النادي الإسباني في المباراة التي خاضها الفريق الثلاثاء.") == [
        ("الثلاثاء", "2022-02-08")]


def test_weekday_before_a_hijri_day_in_parentheses(layer):
    # one date, valued by its day: the weekday is not read apart as the next Thursday
    assert found(layer, "وتسري العروض ابتداء من الخميس (16) رجب 1443هـ الموافق 17 فبراير 2022م.") == [
        ("الخميس (16) رجب 1443هـ الموافق 17 فبراير 2022م", "2022-02-17")]


def test_a_day_written_out_after_a_relative_wording_stands_on_its_own(layer):
    # "أمس" and then "13 فبراير" name one day: the written-out date is listed too (annotators list
    # every explicit date), while a second relative wording ("مساء أمس") joins the first
    text = ("وصل الوفد إلى الرياض أمس في زيارة رسمية. وكان مكتب الوزير قد أعلن أن الوفد سيصل في 13 فبراير "
            "وأن المباحثات ستبدأ مساء أمس.")
    assert found(layer, text) == [("أمس", "2022-02-13"), ("13 فبراير", "2022-02-13")]


@pytest.mark.parametrize(("text", "expected"), [
    # a Hijri year and its Gregorian year joined by a dash are one date
    ("وتنطلق فعاليات المهرجان في دورته العاشرة (1443هـ - 2022م) بمشاركة واسعة.", [("1443هـ - 2022م", "2022")]),
    # a range of Hijri days given again in Gregorian days after "الموافق من"
    ("وتقام الدورة خلال الفترة من 17 - 19 رجب 1443هـ الموافق من 18 - 20 فبراير 2022م في جدة.",
     [("17 - 19 رجب 1443هـ الموافق من 18 - 20 فبراير 2022م", "2022-02-18")]),
])
def test_hijri_and_gregorian_side_by_side(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "في أعقاب" (in the wake of): what it follows has happened, whatever "المقبلة" said before
    ("ويتوقع المحللون مزيدا من الخسائر في الأسابيع المقبلة في أعقاب موجة البيع يوم الخميس.",
     [("يوم الخميس", "2022-02-10")]),
    # an accusative verbal noun ("تأثرا") is no present verb heading the clause
    ("وكان النحاس أقل المعادن تأثرا بموجة الهبوط يوم الخميس.", [("يوم الخميس", "2022-02-10")]),
])
def test_past_clauses_of_bare_weekdays(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "اليوم الاثنين الموافق ..." names the day, then gives its date: one expression
    ("وتلقت الفرق البلاغ ظهر اليوم الاثنين الموافق 13/ 7 /1443هـ وباشرت الموقع.",
     [("اليوم الاثنين الموافق 13/ 7 /1443هـ", "2022-02-14")]),
    # a date in quote marks after its weekday: the marks belong to it
    ("وأوضح أنه في يوم الخميس الموافق “9-7-1443هـ” راجع المستشفى.",
     [("يوم الخميس الموافق “9-7-1443هـ”", "2022-02-10")]),
])
def test_a_day_named_then_dated(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a year glued to its month
    ("وشهدت المدينة هجمات في أيار/مايو2019، وحزيران/يونيو2020.",
     [("أيار/مايو2019", "2019-05"), ("حزيران/يونيو2020", "2020-06")]),
    # a full stop typed before the year that ends the sentence
    ("وتراجع عدد الفقراء إلى النصف منذ عام .1990", [("عام .1990", "1990")]),
    # a Hijri year with هـ and its Gregorian one after a slash; a Hijri season written from its end
    ("صدر الكتاب عن تاريخ التعليم حتى عام 1384هـ/1964م.", [("عام 1384هـ/1964م", "1964")]),
    ("وتنطلق الانتخابات البلدية في دورتها الثالثة 1437/1436هـ قريبا.", [("1437/1436هـ", "2015")]),
])
def test_years_written_close(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # months listed together share the year written after the last
    ("واستمرت المعارك في شهري يوليو وأغسطس 2014 دون توقف.",
     [("شهري يوليو", "2014-07"), ("أغسطس 2014", "2014-08")]),
    ("وأجريت الدراسة في مارس وأبريل ومايو 2019.",
     [("مارس", "2019-03"), ("أبريل", "2019-04"), ("مايو 2019", "2019-05")]),
    # a month after the last one in the calendar is of the year before
    ("وتراجعت الأسعار في ديسمبر ويناير 2020.", [("ديسمبر", "2019-12"), ("يناير 2020", "2020-01")]),
    # a month placed by its own modifier keeps its year
    ("وارتفعت المبيعات في مايو الماضي ويونيو 2019.", [("مايو الماضي", "2021-05"), ("يونيو 2019", "2019-06")]),
    # two Hijri years after "العام الدراسي", without هـ
    ("ونجح الطلاب في اختبارات التسريع للعام الدراسي 1442/1443 بتفوق.", [("1442/1443", "2021")]),
])
def test_years_shared_along_a_list(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday read ahead only by a present or future verb, falling on the day before publication:
    # the article was written that day for it (a week ahead would say "المقبل")
    ("وأعلن البيت الأبيض أن الرئيس سيلقي خطابا الأحد حول الاتفاق.", [("الأحد", "2022-02-13")]),
    # ... but the day of the week of a date named before stays in that week
    ("وينتقل الفريق إلى الدمام الاثنين المقبل لملاقاة الاتفاق الأحد من الأسبوع ذاته.",
     [("الاثنين المقبل", "2022-02-21"), ("الأحد", "2022-02-20")]),
    # an event a relative clause schedules, in the present tense, is ahead
    ("ويستعد الفريق للمباراة التي تقام الخميس على ملعب المدينة.", [("الخميس", "2022-02-17")]),
    # a relative day with its weekday, then the date of that day: one expression
    ("ونفذ الحكم أمس الأحد 12/ 7/ 1443هـ في الرياض.", [("أمس الأحد 12/ 7/ 1443هـ", "2022-02-13")]),
    ("وتقام الدورة الثالثة مساء يوم الجمعة المقبل (17 رجب) بالقاعة الكبرى.",
     [("يوم الجمعة المقبل (17 رجب)", "2022-02-18")]),
])
def test_weekdays_near_publication(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the paper Al-Yaum named after a detached "لـ", and the rubric "صورة اليوم": no date
    ("مدير الجمعية لـ اليـــوم : نعمل على توسيع البرامج", []),
    ("صورة اليوم .. طيور مهاجرة تحط على شاطئ البحر", []),
    # "اليوم" meaning today keeps its date
    ("وصل الوفد اليوم إلى الرياض.", [("اليوم", "2022-02-14")]),
])
def test_today_as_a_name(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day of the current (next, last) month with the month left out
    ("ويسافر رئيس الاتحاد إلى الدوحة في 20 الجاري لحضور الاجتماع.", [("20 الجاري", "2022-02-20")]),
    ("وتنتهي المهلة يوم الخميس 17 الجاري.", [("يوم الخميس 17 الجاري", "2022-02-17")]),
    ("وكانت الشركة قد أعلنت نتائجها منذ 25 الماضي.", [("25 الماضي", "2022-01-25")]),
    # a number counted with its noun before is no day
    ("وتضاعفت الصادرات خلال الأعوام الـ 5 الماضية.", []),
])
def test_a_day_of_a_month_left_out(layer, text, expected):
    assert found(layer, text) == expected


def test_a_day_of_the_same_month_by_dhat(layer):
    assert found(layer, "ويلعب الفريق وديته الأولى في 20 الجاري، والثانية في 24 من ذات الشهر.") == [
        ("20 الجاري", "2022-02-20"), ("24 من ذات الشهر", "2022-02-24")]
