"""A verb of giving a reason ("برر"، "عزا"، "أرجع") takes its subject, then the thing explained,
then the reason after "إلى" or "بـ": the thing explained is no part of the speaker. Every sentence
is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, person, run, speaker_texts


def test_thing_justified_after_a_title_is_not_the_speaker():
    body = "وبرر الرئيس رفع الضرائب بأن الميزانية تحتاج إلى موارد جديدة."
    assert speaker_texts(body) == ["الرئيس"]


def test_verbal_noun_right_after_the_verb_is_the_thing_explained():
    body = ("قال مدير الشركة سامي الحربي إن العمل مستمر رغم الصعوبات. "
            "وأرجع تراجع المبيعات إلى ضعف التسويق في الأشهر الماضية.")
    doc = run(make_doc(body, ents=[person("سامي الحربي")]))
    assert [q.speaker.entity if q.speaker else None for q in doc.quotes] == ["e1", "e1"]


def test_plural_verb_with_a_verbal_noun_object_names_no_speaker():
    body = "وكان كثير من المحللين عزوا رد الفعل إلى الضغوط الشعبية المتزايدة."
    assert all(sp != "رد" for sp in speaker_texts(body))


def test_named_subject_of_a_reason_verb_stays():
    body = "وعزا الوزير خالد الفهد التأخير إلى نقص العمالة في المشروع."
    assert speaker_texts(body, [person("خالد الفهد")]) == ["خالد الفهد"]


def test_definite_noun_justified_after_a_title_and_its_adjective_is_cut_off():
    body = "وبرر المتحدث الرسمي التأجيل بأن الاستعدادات لم تكتمل بعد."
    assert speaker_texts(body) == ["المتحدث الرسمي"]


def test_thing_explained_after_a_body_is_cut_off():
    body = "وعزت البلدية انقطاع المياه إلى أعمال الصيانة في الشبكة الرئيسية للحي."
    assert speaker_texts(body) == ["البلدية"]


def test_thing_explained_after_a_construct_title_is_cut_off():
    body = "وعزا مدير المدرسة الغياب إلى موجة الحر التي تشهدها المحافظة هذا الأسبوع."
    assert speaker_texts(body) == ["مدير المدرسة"]


def test_reason_verb_with_its_subject_before_it_is_a_statement():
    body = "والمتحدث باسم الجامعة أرجع تأخر النتائج إلى عطل فني أصاب نظام التسجيل الإلكتروني."
    assert speaker_texts(body) == ["المتحدث باسم الجامعة"]
