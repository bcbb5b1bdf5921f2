"""Dates: kinds found on unlabelled articles (session 25): "اليوم" as the last word of an outlet's
name in marks, and "أمسّ" of "في أمسّ الحاجة" (the direst need).

Sentences written for these tests."""

from __future__ import annotations

from date_fixtures import found, layer  # noqa: F401


def test_today_closing_a_name_in_marks_is_part_of_the_name(layer):  # noqa: F811
    assert found(layer, "ونشرت صحيفة «المصري اليوم» تقريرا عن الأسعار.") == []
    assert found(layer, 'ونقلت صحيفة "الإمارات اليوم" عن مصادر أن القرار صدر.') == []
    assert found(layer, "وبثت قناة «اليمن اليوم» مقابلة مع القيادي.") == []


def test_today_closing_a_quotation_is_still_today(layer):  # noqa: F811
    # the opening mark is far back: a quotation that ends on the word, a day meant
    assert found(layer, "وقال الوزير: «سنعلن نتائج التحقيق كاملة اليوم».") == [("اليوم", "2022-02-14")]
    assert found(layer, "افتتح «اليوم» المعرض.") == []  # the paper alone in marks, as before


def test_the_direst_need_is_no_yesterday(layer):  # noqa: F811
    assert found(layer, "نحن في أمسّ الحاجة إلى حلول عاجلة.") == []
    assert found(layer, "والأسر بأمس الحاجة للدعم.") == []
    assert found(layer, "وصل الوفد أمس إلى الرياض.") == [("أمس", "2022-02-13")]


def test_the_two_as_subject_of_a_plural_verb_is_no_monday(layer):  # noqa: F811
    assert found(layer, "وأنا متأكد أن الاثنين تحدثوا مع المدرب.") == []
    assert found(layer, "لأن الاثنين يريدون اللعب أساسيين.") == []
    # a singular verb, or a modifier, leaves the day
    assert found(layer, "وأكد أن الاثنين المقبل سيشهد توقيع العقد.") == [("الاثنين المقبل", "2022-02-21")]


def test_a_sentence_opening_present_verb_before_a_name_looks_ahead(layer):  # noqa: F811
    # published on Monday 2022-02-14: the coming Wednesday, not the one gone by
    assert found(layer, "تصل ماري إلى جدة الأربعاء في أول زيارة لها.") == [("الأربعاء", "2022-02-16")]
    assert found(layer, "يزور ماكرون القاهرة الأربعاء.") == [("الأربعاء", "2022-02-16")]
    # a verb of "ت" in four letters may be a past of form V: the day gone by
    assert found(layer, "ترأس ماكرون الاجتماع الأربعاء.") == [("الأربعاء", "2022-02-09")]
    # a particle after the verb is no name: "يبدو أن" tells of what happened
    assert found(layer, "يوم الأربعاء، يبدو أن رئيس الحكومة أجرى تغييرا في موقفه.") == [("يوم الأربعاء", "2022-02-09")]


def test_a_weekday_a_thing_starts_from_with_no_verb_is_the_coming_one(layer):  # noqa: F811
    # published on Monday 2022-02-14
    assert found(layer, "وقالت النقابة إنه لا بديل عن الإضراب ابتداء من الساعة 9 من يوم الأربعاء.") == [
        ("يوم الأربعاء", "2022-02-16")]
    assert found(layer, "والمعرض مفتوح للزوار اعتبارا من مساء الخميس.") == [("الخميس", "2022-02-17")]
    # a past verb of the clause keeps the day gone by
    assert found(layer, "وتم تشغيل المحطة اعتبارا من يوم الأربعاء.") == [("يوم الأربعاء", "2022-02-09")]


def test_a_past_of_form_v_or_vi_before_an_indefinite_subject_keeps_the_day_gone_by(layer):  # noqa: F811
    # published on Monday 2022-02-14: "تداول" and "تعادل" are pasts ("circulated", "drew"), not presents of "ت"
    assert found(layer, "وفي تطور لافت للقضية تداول ناشطون مساء الأحد صورا جديدة.") == [("الأحد", "2022-02-13")]
    assert found(layer, "تعادل الفريق مع ضيفه السبت في مباراة مثيرة.") == [("السبت", "2022-02-12")]
