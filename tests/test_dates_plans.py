"""Dates: years that name a plan or a vision, phone numbers, and "اليوم" meaning these days (the
guide lists "حاليا" among the non-dates), found on a probe of unlabelled opinion and news articles.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from date_fixtures import found, layer  # noqa: F401 - pytest fixture


@pytest.mark.parametrize(("text", "expected"), [
    ("وتعمل الوزارة على تحقيق أهداف رؤية 2030 في قطاع الصحة.", []),
    ("وتسعى الهيئة ضمن خطة 2020 إلى رفع كفاءة الإنفاق.", []),
    ("ويأتي المشروع ضمن برنامج التحول الوطني 2020 ورؤية المملكة 2030.", []),
    ("وتمضي الشركة في تنفيذ استراتيجيتها 2025 بثبات.", []),
    # the year of a plan named with "العام" is a date; so is the year of an event
    ("وناقش المجلس خطة العمل للعام 2023 في جلسته.", [("2023", "2023")]),
    ("وتستعد الدوحة لاستضافة مونديال 2022 بملاعب جديدة.", [("2022", "2022")]),
    # a phone number is no year
    ("ويمكن الإبلاغ عن المخالفات عبر الرقم الموحد 1909 على مدار الساعة.", []),
])
def test_years_naming_a_plan_or_a_number(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "اليوم" opening a sentence with a verb of becoming or "فإن": these days
    ("كانت القرية معزولة. واليوم أصبحت مقصدا للسياح من كل مكان.", []),
    ("واليوم فإن التعاون بين البلدين يمر بأفضل مراحله.", []),
    # "ما يجري اليوم": what goes on these days
    ("إن ما يجري اليوم في المنطقة يتطلب وحدة الصف.", []),
    # the day itself
    ("وصل الوفد أمس. واليوم بدأت الاجتماعات في الرياض.", [("أمس", "2022-02-13"), ("اليوم", "2022-02-14")]),
    ("اليوم يفتتح الأمير المعرض في مركز المدينة.", [("اليوم", "2022-02-14")]),
])
def test_today_as_these_days(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of becoming right after "اليوم", or before it with a subject of two words
    ("وقال المحافظ إن المدينة اليوم باتت أكثر نظافة.", []),
    ("حتى أصبح معرض الكتاب اليوم موعدا ينتظره القراء.", []),
    # a clause-opening "واليوم" with a verb of seeming
    ("وكانت الشركة تخسر كل عام، واليوم يبدو أنها تتعافى.", []),
    ("وقال المتحدث إن القوات وصلت اليوم إلى المدينة.", [("اليوم", "2022-02-14")]),
])
def test_today_with_verbs_of_becoming_and_seeming(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "الاثنين" before a dual verb is "the two"
    ("وقال المدرب إن الاثنين يعرفان بعضهما جيدا.", []),
    # a present verb of "ي" heading its clause before a subject in construct announces the day
    ("ينطلق مهرجان الربيع الخميس في الحديقة العامة.", [("الخميس", "2022-02-17")]),
    # a name in marks before a present verb is its subject
    ("«مهرجان الربيع» يبدأ الخميس", [("الخميس", "2022-02-17")]),
    # a verb of "ت" may be a past of form V: no announcement read
    ("تبنى مجلس الأمن بالإجماع الخميس قرارا جديدا.", [("الخميس", "2022-02-10")]),
])
def test_weekdays_the_two_and_announced_days(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's name shaped like a future verb does not make the clause future
    ("خفضت وكالة ستاندارد اند بورز الخميس تصنيف الشركة.", [("الخميس", "2022-02-10")]),
    # "فغدا" before an indefinite accusative is "and so it became"
    ("وتعلم الطفل القراءة فغدا قارئا نهما للكتب.", []),
    ("ويصل الوفد غدا صباحا إلى المدينة.", [("غدا", "2022-02-15")]),
])
def test_names_like_future_verbs_and_became(layer, text, expected):
    assert found(layer, text) == expected


def test_a_weekday_closing_a_shows_name_in_marks(layer):
    assert found(layer, "وقال الشيخ في برنامج «حديث الجمعة» إن الزكاة واجبة.") == []
    assert found(layer, "ويصدر ملحق «الأربعاء» الثقافي كل أسبوع.") == []
    assert found(layer, "وقال في برنامج «الثامنة» الخميس إن البطالة تتفاقم.") == [("الخميس", "2022-02-10")]


@pytest.mark.parametrize(("text", "expected"), [
    # a noun phrase before the weekday and a future verb after it
    ("ومباراة الخميس ستكون حاسمة للفريقين.", [("الخميس", "2022-02-17")]),
    # not past a complementiser: the future of the words reported
    ("وقال خبير الأرصاد في مدينته مساء الخميس إن العاصفة ستشتد.", [("الخميس", "2022-02-10")]),
    # not when a verb before governs the day
    ("والاتفاقية التي وقعها الطرفان صباح الخميس ربما ستنتهي بالفشل.", [("الخميس", "2022-02-10")]),
])
def test_a_weekday_after_a_noun_phrase_takes_the_tense_after_it(layer, text, expected):
    assert found(layer, text) == expected


def test_future_verbs_whose_stem_ends_in_ha(layer):
    assert found(layer, "سيواجه الفريق منافسه الخميس في الدوحة.") == [("الخميس", "2022-02-17")]
    assert found(layer, "وسيتوجه الوفد إلى جدة الخميس.") == [("الخميس", "2022-02-17")]
    assert found(layer, "وفرضت الشرطة سيطرة كاملة على الحي الخميس.") == [("الخميس", "2022-02-10")]
