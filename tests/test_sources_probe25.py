"""Sources: kinds found on unlabelled articles (session 25): a wire's name with "ل" glued to it
after a long subject, the words opening right after it.

Sentences written for these tests."""

from __future__ import annotations

from source_fixtures import names, run


def test_a_glued_lam_after_a_long_subject_receives_the_words():
    s = ("وقال ماركو بيتر الذي أسس الشركة عام 2010 والمدير السابق للأبحاث في مجموعة الصناعات "
         "الدوائية الألمانية باير لرويترز إن التجارب ستبدأ قريبا.")
    assert names(run(s)) == ["رويترز"]


def test_a_glued_lam_with_no_statement_after_is_no_recipient():
    s = "وأعد الخبير الذي عمل طويلا في مجموعة الصناعات الدوائية الألمانية باير تقريرا لرويترز عن السوق."
    assert names(run(s)) in ([], ["رويترز"])  # unchanged: the report made for the agency


def test_a_second_name_in_marks_spelled_in_arabic_letters_or_a_common_word():
    s = "وقالت شبكتا «إن بي سي» و«سي بي إس-إن بي سي» الأمريكيتان إن الرحلة ألغيت."
    assert names(run(s)) == ["إن بي سي", "سي بي إس-إن بي سي"]
    # a paper called by a common word, in marks after a first paper: the paper, not the region
    assert names(run("وذكرت صحيفتا «الحياة» و«الشرق الأوسط» أن الاجتماع تأجل.")) == ["الحياة", "الشرق الأوسط"]
    assert names(run("وزار الوفد «الحياة» و«الشرق الأوسط» الأسبوع الماضي.")) == []
