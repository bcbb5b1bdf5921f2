"""Date constructions of a later probe of unlabelled news (issue #14): family names that are weekdays
after a title, weekdays of a habit, a modifier after a parenthesised weekday, numeric dates written
with an en dash, the delivery month of a futures contract, البارحة, and غدا as a verb after فقد."""

from __future__ import annotations

import pytest

from date_fixtures import found, layer  # noqa: F401 - pytest fixture


@pytest.mark.parametrize("text", [
    # a weekday right after a title that only heads a person's name is a family name
    "وتفقد الدكتور الخميس أقسام الكلية الجديدة، واطلع المهندس الجمعة على سير العمل.",
    "وأوضح د. السبت في ختام الجولة أن المشروع يسير وفق الخطة.",
    # weekdays of a schedule repeated every week
    "تقام منافسات الفئات السنية يوم الأحد وفرق الرجال يوم الثلاثاء من كل أسبوع.",
    "يلتقي أعضاء النادي الخميس كل أسبوع في المقر الرئيس.",
    # غدا after the particle قد carrying ف or و is the verb "became"
    "فقد غدا الحي أكثر ازدحاما مما كان عليه قبل سنوات.",
    # الاثنين after "أي من" or "أحد" is "the two"
    "ولم يحسم الناخبون خيارهم لأي من الاثنين حتى الآن.",
    "وسيختار المجلس أحد الاثنين لرئاسة اللجنة.",
    # الأمس after other nouns is the past
    "وعاد نجوم الأمس إلى الملاعب في مباراة خيرية.",
    # the pulpits of Friday prayers
    "ودعت الوزارة إلى توظيف منابر الجمعة في التوعية بأضرار التدخين.",
    # a day and month after a noun that names an event by them, set in parentheses
    "وسنحتفل بذكرى انتفاضة (17 فبراير) في الميادين.",
    # أول before a Hijri month without a weekday is "the first" of something, no day
    "وكان أول رمضان يقضيه بعيدا عن عائلته.",
])
def test_not_dates(layer, text):
    assert found(layer, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the modifier after a weekday set in parentheses places it
    ("وتستأنف التدريبات مساء يوم ( الأربعاء ) المقبل على ملعب النادي.",
     [("( الأربعاء ) المقبل", "2022-02-16")]),
    # a numeric Hijri date whose first dash is an en dash
    ("ويستمر التسجيل حتى نهاية دوام يوم الأربعاء الموافق 15 – 7 - 1443هـ.",
     [("يوم الأربعاء الموافق 15 – 7 - 1443هـ", "2022-02-16")]),
    # the delivery month of a futures contract is the coming one (December 2022, not 2021)
    ("وارتفعت العقود الآجلة للذهب تسليم ديسمبر 0.4 بالمئة.", [("ديسمبر", "2022-12")]),
    # أول after a weekday names the first day of the Hijri month; the weekday picks the year
    # (1 Sha'ban 1443 is Friday 2022-03-04; the past verb alone would pick the one gone by)
    ("وتقرر تخصيص يوم الجمعة أول شعبان لاستقبال الطلبات.", [("يوم الجمعة أول شعبان", "2022-03-04")]),
    # "بعد غدا" written with the alif of tanween, its weekday agreeing (14 February is a Monday)
    ("ويغلق باب التسجيل بعد غداً الأربعاء.", [("بعد غداً الأربعاء", "2022-02-16")]),
    # الأمس after the noun of a trading day or a time of day is yesterday
    ("وارتفعت أسهم المصارف في ختام تعاملات الأمس.", [("الأمس", "2022-02-13")]),
    ("واندلع الحريق ظهيرة الأمس في أحد المستودعات.", [("الأمس", "2022-02-13")]),
    # البارحة: yesterday
    ("وصل المنتخب البارحة إلى العاصمة استعدادا للمباراة.", [("البارحة", "2022-02-13")]),
    # "البارحة الأولى": the day before yesterday
    ("وافتتحت الدورة التدريبية البارحة الأولى بحضور المدربين.", [("البارحة الأولى", "2022-02-12")]),
])
def test_dates(layer, text, expected):
    assert found(layer, text) == expected


def test_a_period_under_way_is_this_years(layer):
    # yearless ends around the publication day (14 February): the period running now, though the clause
    # looks ahead
    assert found(layer, "وستبقى التخفيضات سارية في الفترة بين 20 يناير و10 مارس.") == [
        ("20 يناير", "2022-01-20"), ("10 مارس", "2022-03-10")]


def test_a_comparison_with_the_expected_announces_nothing(layer):
    # "أقل من المتوقع" compares; "من المتوقع أن" announces
    assert found(layer, "نمت الصادرات بوتيرة أقل بكثير من المتوقع في يناير.") == [("يناير", "2022-01")]
    assert found(layer, "ومن المتوقع أن تعلن النتائج في يناير.") == [("يناير", "2023-01")]
    assert found(layer, "ومن المفترض أن تبدأ الأعمال في ديسمبر.") == [("ديسمبر", "2022-12")]


def test_a_hijri_weekday_a_day_off_the_calendar_still_picks_the_year(layer):
    # 20 Rajab 1443 is Monday 2022-02-21 by Umm al-Qura; the paper, counting from a sighting, calls it
    # Sunday: that year's date all the same, not 20 Rajab of a year gone by that the past verb would pick
    assert found(layer, "وحددت اللجنة آخر موعد للتسجيل يوم الأحد 20 رجب.") == [("يوم الأحد 20 رجب", "2022-02-21")]


@pytest.mark.parametrize(("text", "expected"), [
    # a date after إلى/حتى in a clause of putting off or extending is the one ahead, though the verb is past
    ("وأرجأت المحكمة الجنائية النظر في الدعوى إلى الخميس.", [("الخميس", "2022-02-17")]),
    ("وأعلنت الهيئة تمديد فترة استقبال الطلبات حتى 3 مارس.", [("3 مارس", "2022-03-03")]),
    ("وقرر البنك المركزي تأجيل رفع سعر الفائدة حتى ديسمبر.", [("ديسمبر", "2022-12")]),
    # without such a word the past verb places it before publication
    ("واستمرت المفاوضات حتى الخميس.", [("الخميس", "2022-02-10")]),
])
def test_a_deferred_date_is_ahead(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the year or month of the date named before, or the month before or after it
    ("افتتح المصنع في 2012 وفي العام نفسه بدأ التصدير.", [("2012", "2012"), ("العام نفسه", "2012")]),
    ("تراجعت الصادرات في أكتوبر بعد ارتفاعها في الشهر السابق.",
     [("أكتوبر", "2021-10"), ("الشهر السابق", "2021-09")]),
    ("وصلت البعثة في 9 سبتمبر وعادت في الشهر التالي.", [("9 سبتمبر", "2021-09-09"), ("الشهر التالي", "2021-10")]),
    # the month of the date before in the year the modifier names
    ("بلغت الصادرات في ديسمبر مليار ريال مقابل 800 مليون في الشهر نفسه من العام الماضي.",
     [("ديسمبر", "2021-12"), ("الشهر نفسه من العام الماضي", "2020-12")]),
    ("ارتفعت المبيعات في ديسمبر 5 في المائة عن نفس الشهر في العام الماضي.",
     [("ديسمبر", "2021-12"), ("نفس الشهر في العام الماضي", "2020-12")]),
    # the same year as a date whose year is only inferred is not placed by it
    ("وفي 3 يناير في العام نفسه سافر إلى القاهرة.", [("3 يناير", "2022-01-03")]),
    # without a date before it the month cannot be placed; العام after a definite noun is "general"
    ("وارتفعت الصادرات مقارنة بالشهر السابق.", []),
    ("وأكد المدير العام نفسه أن الخطة تسير وفق الجدول.", []),
])
def test_a_period_counted_from_the_date_before(layer, text, expected):
    assert found(layer, text) == expected

