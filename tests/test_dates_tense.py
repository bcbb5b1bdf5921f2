"""A bare weekday placed by the tense of its clause: a present verb heading it announces a
scheduled event (the next such day), a past verb reports one (the last such day)."""

from __future__ import annotations

import pytest

from date_fixtures import found, layer  # noqa: F401 - pytest fixture
from marsad.document import Document
from marsad.layers.dates import DateLayer

PUB = "2022-02-16"  # a Wednesday


def values(layer: DateLayer, text: str, published: str = PUB) -> list[tuple[str, str | None]]:
    return found(layer, text, published)


@pytest.mark.parametrize(("text", "expected"), [
    # a present verb heads the clause: the coming day
    ("ويستضيف النادي فريق الضيوف يوم السبت على ملعبه.", [("يوم السبت", "2022-02-19")]),
    ("تنطلق الدورة التدريبية الأحد بمشاركة خمسين متدربا.", [("الأحد", "2022-02-20")]),
    ("وأوضح المتحدث أن اللجنة تعقد جلستها الاثنين في مقر الوزارة.", [("الاثنين", "2022-02-21")]),
    ("البلدية تفتح باب التسجيل يوم الجمعة.", [("يوم الجمعة", "2022-02-18")]),
    # the same day as publication, announced in the present: that day
    ("يفتتح المحافظ المعرض الأربعاء.", [("الأربعاء", "2022-02-16")]),
    # a past verb between the present one and the date governs it: the last such day
    ("ويأتي القرار بعد أن أصدرت المحكمة حكمها الثلاثاء.", [("الثلاثاء", "2022-02-15")]),
    ("قال المدير يوم الأحد إن العمل يستمر.", [("يوم الأحد", "2022-02-13")]),
    # words shaped like a present verb that are not one: a place, a past verb of form V, a verbal noun
    ("ترأس المحافظ اجتماع المجلس البلدي يوم الاثنين.", [("يوم الاثنين", "2022-02-14")]),
    ("زار الوفد منطقة تبوك الخميس.", [("الخميس", "2022-02-10")]),
    ("تنظيم الحفل الختامي جرى السبت.", [("السبت", "2022-02-12")]),
    ("وتابعت الصحف المحلية يومي الاثنين والثلاثاء تفاصيل القضية.",
     [("الاثنين", "2022-02-14"), ("الثلاثاء", "2022-02-15")]),
    # a verb of ت before a masculine plural subject is a past of form V or VI ("تسلم الفائزون"):
    # a present would begin with ي; before a feminine or singular subject it stays a present
    ("وعاد الفريق إلى التدريبات بعد أن تمتع اللاعبون بإجازة يوم الأحد.", [("يوم الأحد", "2022-02-13")]),
    ("وتسلم الفائزون جوائزهم الاثنين في حفل بالنادي.", [("الاثنين", "2022-02-14")]),
    ("وتستقبل الجمعية المتطوعين يوم السبت في مقرها.", [("يوم السبت", "2022-02-19")]),
    # a nisba adjective in the accusative shaped like سـ + a present ("سنيا"): no future
    ("وأفاد ناشطون بأن المسلحين خطفوا عشرين شابا سنيا يوم الأحد.", [("يوم الأحد", "2022-02-13")]),
])
def test_weekday_follows_the_tense_of_its_clause(layer: DateLayer, text: str, expected: list) -> None:
    assert values(layer, text) == expected


def test_a_month_date_keeps_its_nearest_reading_after_a_present_verb(layer: DateLayer) -> None:
    # a present verb does not push a month date a year ahead: the nearest 3 January is the past one
    assert values(layer, "تتناول الدراسة الأرقام المنشورة في 3 يناير.") == [("3 يناير", "2022-01-03")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وخلال 2019 سجلت الهيئة ارتفاعا في الطلبات.", [("2019", "2019")]),
    ("وفي 2008 أعلنت الحكومة خطة للإسكان.", [("2008", "2008")]),
    ("ووزعت الجمعية 2019 سلة غذائية على الأسر.", []),
    ("وفي 2000 حالة سجلت الوزارة الإصابات.", []),
])
def test_bare_year_before_a_past_verb_and_its_subject(layer: DateLayer, text: str, expected: list) -> None:
    assert values(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتنتهي الأعمال في أواخر آب المقبل.", [("أواخر آب المقبل", "2022-08")]),
    ("وصلت الشحنة منتصف آب الماضي.", [("منتصف آب الماضي", "2021-08")]),
    ("كرم الحفل أول أب يتبرع بكليته.", []),
])
def test_ab_is_a_month_with_a_modifier_or_a_period_word(layer: DateLayer, text: str, expected: list) -> None:
    assert values(layer, text) == expected


def test_a_weekday_repeating_a_named_day_is_one_date(layer: DateLayer) -> None:
    # "أمس الثلاثاء" then "الثلاثاء": the same day under the same weekday, listed once
    text = "افتتح الوزير أمس الثلاثاء المعرض. وشهد المعرض الثلاثاء إقبالا كبيرا."
    doc = Document(text=text, published=PUB)
    layer(doc)
    assert [(d.text, d.value) for d in doc.dates] == [("أمس الثلاثاء", "2022-02-15")]
    assert [sp.text for sp in doc.dates[0].occurrences] == ["الثلاثاء"]


def test_different_days_of_one_weekday_stay_apart(layer: DateLayer) -> None:
    text = "اجتمعت اللجنة الخميس الماضي، وتجتمع مجددا الخميس المقبل."
    assert values(layer, text) == [("الخميس الماضي", "2022-02-10"), ("الخميس المقبل", "2022-02-17")]


def test_last_weekday_is_a_week_back_when_yesterday_has_that_name(layer: DateLayer) -> None:
    # published on a Wednesday: "أمس الثلاثاء" is yesterday, so "الثلاثاء الماضي" is the Tuesday before
    text = "عاد الفريق أمس الثلاثاء من معسكره الذي بدأ يوم الثلاثاء الماضي."
    assert values(layer, text) == [("أمس الثلاثاء", "2022-02-15"), ("يوم الثلاثاء الماضي", "2022-02-08")]
    # ... and so it is without أمس: a paper of Wednesday was written on Tuesday, whose last Tuesday
    # is the one before
    assert values(layer, "بدأ المعسكر يوم الثلاثاء الماضي.") == [("يوم الثلاثاء الماضي", "2022-02-08")]
    assert values(layer, "بدأ المعسكر يوم الاثنين الماضي.") == [("يوم الاثنين الماضي", "2022-02-14")]


@pytest.mark.parametrize(("text", "expected"), [
    # a year in brackets after a title or a noun, whatever follows the bracket
    ("وعرضت القناة مسلسل «الدرب الطويل» (2004) ضمن دورتها الصيفية.", [("2004", "2004")]),
    ("وأعاد الكاتب نشر ديوانه الأول (1987) بطبعة جديدة.", [("1987", "1987")]),
    # a number word before the bracket makes it an amount
    ("وحصد المتسابق ثلاثة آلاف (3000) نقطة.", []),
    ("واشترى النادي ألفين (2000) كرة.", []),
    # a verb and its subject after a year named by a preposition
    ("وبحلول 2025 تنتقل الإدارات إلى المبنى الجديد.", [("2025", "2025")]),
    ("ومنذ 2017 ستتولى اللجنة الإشراف.", [("2017", "2017")]),
    # a preposition after the year of an event (a plan's year names the plan: test_dates_plans.py)
    ("وتستعد المدينة لاستضافة معرض 2030 عبر مبادرات عدة.", [("2030", "2030")]),
])
def test_bare_years_in_brackets_and_before_clauses(layer: DateLayer, text: str, expected: list) -> None:
    assert values(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the date sits in an embedded clause whose own verb is past: the present verb outside does not govern it
    ("وذكرت المصادر أن الأمن يحقق في السرقة التي وقعت الأحد.", [("الأحد", "2022-02-13")]),
    ("تشير الأدلة إلى أن الحريق بدأ الاثنين.", [("الاثنين", "2022-02-14")]),
    # a noun with a possessive suffix between the verb and the date does not stop it
    ("وأفاد المتحدث أن الهيئة تعقد اجتماعها الأحد.", [("الأحد", "2022-02-20")]),
])
def test_embedded_clauses_keep_their_own_tense(layer: DateLayer, text: str, expected: list) -> None:
    assert values(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a preposition a year that is not a round hundred stays a year before any verb or noun
    ("وتعمل الشركة في السوق منذ 2009 وتخطط للتوسع.", [("2009", "2009")]),
    ("وكان قد انتقل إلى لندن في 1974 ليكمل دراسته.", [("1974", "1974")]),
    ("وأقيمت البطولة منذ1988 بلا انقطاع.", [("1988", "1988")]),
    # a round number, a feminine noun or a time unit after it is what is counted
    ("ووزعت المؤسسة الكتب في 2000 مدرسة.", []),
    ("وسجلت في 2017 حالة إصابة.", []),
    ("ومضى على الحادث منذ 1825 يوما.", []),
    # a title in quotes then its year, and a year followed by the day of the event
    ("وتقام دورة «الخليج» 2019 في الدوحة.", [("2019", "2019")]),
    ("وتجرى قرعة بطولة 2023 يوم الأحد المقبل.", [("2023", "2023"), ("يوم الأحد المقبل", "2022-02-20")]),
])
def test_years_after_prepositions_and_titles(layer: DateLayer, text: str, expected: list) -> None:
    assert values(layer, text) == expected


def test_tomorrow_with_another_weekday_is_the_nearest_one(layer: DateLayer) -> None:
    # published on a Wednesday, written on the Sunday: "غد الاثنين" is the Monday just before
    # written two days before the paper's date: unsure (the guide's annotators leave it optional)
    assert values(layer, "وتبدأ المحاكمة غد الاثنين في العاصمة.") == []
    assert values(layer, "وتبدأ المحاكمة غد الخميس في العاصمة.", "2022-02-17") == [("غد الخميس", "2022-02-17")]
    assert values(layer, "وعاد الوفد أمس الأحد إلى العاصمة.") == []
    assert values(layer, "ويصل الوفد غدا الخميس.") == [("غدا الخميس", "2022-02-17")]


def test_a_relative_year_spelled_out_by_its_number_is_one_date(layer: DateLayer) -> None:
    assert values(layer, "وتراجعت المبيعات خلال العام الماضي 2021 بنسبة طفيفة.") == [("العام الماضي 2021", "2021")]
    assert values(layer, "وزادت الصادرات مطلع العام الحالي 2022م.") == [("مطلع العام الحالي 2022م", "2022")]


def test_a_weekday_in_brackets_is_a_head_of_its_date(layer: DateLayer) -> None:
    text = "وصل الوفد أمس (الثلاثاء) إلى الرياض. وكان الثلاثاء حافلا باللقاءات."
    doc = Document(text=text, published=PUB)
    layer(doc)
    assert [(d.text, d.value) for d in doc.dates] == [("أمس (الثلاثاء)", "2022-02-15")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتعمل الخطة خلال المدة من 2016 وحتى 2019 على مراحل.", [("2016", "2016"), ("2019", "2019")]),
    ("وفي المدة بين 2003 حتى 2008 تضاعف الإنتاج.", [("2003", "2003"), ("2008", "2008")]),
    ("ويتراوح الإيجار بين 1500 و2000 درهم.", []),
])
def test_year_ranges(layer: DateLayer, text: str, expected: list) -> None:
    assert values(layer, text) == expected


def test_the_nth_weekday_of_a_month_is_not_a_bare_weekday(layer: DateLayer) -> None:
    assert values(layer, "وأقيمت الصلاة في الجمعة الأخيرة من شهر رجب.") == []
    assert values(layer, "وتعقد الجلسة الاثنين الثاني من كل شهر.") == []


def test_a_weekday_after_a_statement_is_its_day(layer: DateLayer) -> None:
    # "بيان" is a statement, not ب + a given name: the weekday after it dates the statement
    assert values(layer, "وقالت الهيئة في بيان الاثنين إنها أوقفت العمل.") == [("الاثنين", "2022-02-14")]
    assert values(layer, "وقال خالد الاثنين إنه سيعود.") == []


def test_a_day_number_in_parentheses(layer: DateLayer) -> None:
    # sports pages set numbers apart in parentheses: "(20) رمضان" is still a day of that month
    assert values(layer, "وتقام المباراة الثانية يوم (20) رمضان المقبل.") == [("(20) رمضان المقبل", "2022-04-21")]
    assert values(layer, "وتقام المباراة يوم (3) مارس المقبل.") == [("(3) مارس المقبل", "2022-03-03")]


def test_days_counted_back_roughly_are_not_reported(layer: DateLayer) -> None:
    assert values(layer, "غادر المدرب النادي قبل أسبوعين.") == []
    assert values(layer, "افتتح المصنع قبل خمس سنوات.") == []


def test_earlier_in_the_month_is_unsure(layer: DateLayer) -> None:
    # "في وقت سابق من الشهر": which month is left to the reader; the guide leaves it unsure
    assert values(layer, "وكان الوزير قد زار المدينة في وقت سابق من الشهر.") == []
    assert values(layer, "وضمه النادي في وقت سابق من الشهر الحالي.") == [("وقت سابق من الشهر الحالي", "2022-02")]


def test_ghada_after_a_particle_is_the_verb_became(layer: DateLayer) -> None:
    assert values(layer, "وكون هذا الخطر قد غدا عابرا للحدود.") == []
    assert values(layer, "وهو الملعب الذي غدا رمزا للمدينة.") == []
    assert values(layer, "وتصل البعثة غدا إلى العاصمة.") == [("غدا", "2022-02-17")]
    assert values(layer, "وقامت السلطات في وقت سابق من العام الماضي بإغلاق المعبر.") == [
        ("وقت سابق من العام الماضي", "2021")]
    assert values(layer, "وفي وقت سابق من هذا الشهر أعلنت الشركة أرباحها.") == [("وقت سابق من هذا الشهر", "2022-02")]


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday opening a headline or a teaser line before two dots: the day it announces
    ("الجمعة.. فرق الكشافة تجوب شوارع المدينة\n\nتنطلق فعاليات المهرجان بمشاركة واسعة.",
     [("الجمعة", "2022-02-18")]),
    ("وتناول المقال تاريخ الموانئ في المنطقة.\n\nالسبت .. الجزء الثاني", [("السبت", "2022-02-19")]),
    # the same day in a sentence stays read by its verb
    ("وعقدت اللجنة اجتماعها الجمعة.. ثم انصرف الأعضاء.", [("الجمعة", "2022-02-11")]),
])
def test_weekday_opening_a_headline(layer: DateLayer, text: str, expected: list) -> None:
    assert values(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday after "عشية" and the event: the event's day, the coming one
    ("وقال المدرب في مؤتمر صحافي عشية مباراة نصف النهائي الخميس إن فريقه جاهز.", [("الخميس", "2022-02-17")]),
    # a verb between tells of the event: read by that verb
    ("وتوتر الوضع عشية الانتخابات التي جرت الأحد.", [("الأحد", "2022-02-13")]),
    # a comma before "بعد المقبل": still the week after next
    ("ويمكن سحب المبلغ كاملا الأحد، بعد المقبل، من الفروع.", [("الأحد، بعد المقبل", "2022-02-27")]),
])
def test_weekday_of_an_eve_and_the_week_after_next(layer: DateLayer, text: str, expected: list) -> None:
    assert values(layer, text) == expected
