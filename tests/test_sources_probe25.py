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


def test_an_unlisted_name_of_four_words_before_the_statement():
    assert names(run("وقالت صحيفة ساوث تشاينا مورنينغ بوست إن الرحلة ألغيت.")) == ["ساوث تشاينا مورنينغ بوست"]
    # a word after three that is a time word or an adjective of origin still closes the name
    assert names(run("وذكرت صحيفة نيو ستريتس تايمز الماليزية أن الاستفتاء سيجرى.")) == ["نيو ستريتس تايمز"]


def test_a_transliterated_network_name_the_tagger_read_in_part_as_a_body():
    assert names(run("وقالت شبكة فوكس بيزنس إن الصفقة ألغيت.")) == ["فوكس بيزنس"]
    # a body's own site stays no source
    assert names(run("وذكر موقع وزارة الخارجية الأمريكية أن الجهاز سيطرح.")) == []


def test_a_headline_spelling_of_a_known_paper():
    doc = run("قالت مصادر إن الاتفاق يشمل تحديث السفن.", title="واشنطون بوست: اتفاق على تطوير الأسطول")
    assert names(doc) == ["واشنطون بوست"]


def test_a_tagged_body_counts_against_a_site_name_only_when_it_spans_the_name():
    from marsad.document import Document, Entity, Mention
    from marsad.layers.sources.known_entities import known_body

    text = "وقالت شبكة فوكس بيزنس إن الصفقة ألغيت."
    start = text.index("فوكس")
    end = text.index(" إن")
    part = Document(text=text, entities=[Entity("e1", "ORG", "فوكس", mentions=[Mention(start, start + 4, "فوكس")])])
    assert not known_body(part, start, end)
    whole = Document(text=text, entities=[Entity("e1", "ORG", "فوكس بيزنس", mentions=[Mention(start, end, text[start:end])])])
    assert known_body(whole, start, end)


def test_to_an_outlet_after_an_aside_closed_by_a_comma():
    s = "وقال ماثيو، المتحدث باسم شركة الطيران، إلى صحيفة «لوس أنجلوس تايمز»: «سنعوض الركاب»."
    assert names(run(s)) == ["لوس أنجلوس تايمز"]
    assert names(run("وأوضحت مصادر في الاتحاد، إلى وكالة الأنباء الألمانية: «المفاوضات مستمرة».")) == [
        "وكالة الأنباء الألمانية"]
    # no verb of saying before the comma: a destination
    assert names(run("وأرسل الوفد رسالة الشكر، إلى صحيفة الأهرام.")) == []


def test_a_pair_of_outlets_then_a_dual_verb_of_citing():
    s = "وكانت قناتا «سي بي إس» و«إن بي سي» الأمريكيتان قد ذكرتا أن الرحلة ألغيت."
    assert names(run(s)) == ["سي بي إس", "إن بي سي"]
    assert names(run("صحيفتا «الحياة» و«لوموند» نشرتا أن الاتفاق وشيك.")) == ["الحياة", "لوموند"]


def test_a_glued_lam_then_the_words_in_marks_after_a_long_subject():
    s = ("وقال ماركو بيتر الذي أسس الشركة عام 2010 والمدير السابق للأبحاث في مجموعة الصناعات "
         "الدوائية الألمانية باير لرويترز \"هدفنا إنتاج أدوية أرخص\".")
    assert names(run(s)) == ["رويترز"]
