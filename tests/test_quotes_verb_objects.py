"""A noun phrase after a reporting verb that may be its object, not its subject: "واتهم الرئيس
السابق فلان بأنه" (a verb that takes its object before its preposition, with only one phrase
between them). Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("PER", "سعيد الراشد", [("سعيد الراشد", "name"), ("الراشد", "surname")]),
        ("PER", "فهد المالكي", [("فهد المالكي", "name")]),
        ("ORG", "جماعة الفجر", [("جماعة الفجر", "name")]),
        ("LOC", "الرياض", [("الرياض", "name")]),
        ("LOC", "طهران", [("طهران", "name")])]


def _speakers(body: str) -> list[str | None]:
    doc = run(make_doc(body, ents=ENTS))
    return [q.speaker.entity if q.speaker else None for q in doc.quotes]


def test_the_one_accused_after_a_subjectless_verb_is_its_object():
    body = ("قال الرئيس سعيد الراشد إن الحكومة ستعود إلى العاصمة قريبا. "
            "واتهم الرئيس السابق فهد المالكي بأنه يقف وراء الهجمات على المدن. "
            "وشدد على أن الدولة لن تتهاون مع من يحمل السلاح.")
    assert _speakers(body) == ["e1", "e1", "e1"]


def test_a_body_described_after_a_subjectless_verb_is_its_object():
    body = ("قال الرئيس سعيد الراشد إن الحكومة ستعود إلى العاصمة قريبا. "
            "ووصف جماعة الفجر بأنها خطر على المنطقة كلها.")
    assert _speakers(body) == ["e1", "e1"]


def test_subject_and_object_both_after_the_verb():
    body = ("قال الرئيس سعيد الراشد إن الحكومة ستعود إلى العاصمة قريبا. "
            "واتهمت الرياض طهران بأنها تدعم الجماعات المسلحة في المنطقة.")
    assert _speakers(body) == ["e1", "e4"]


def test_subject_then_object_described_keeps_the_subject():
    body = ("قال فهد المالكي إن الحوار هو الطريق الوحيد. "
            "ووصف الراشد جماعة الفجر بأنها خطر على المنطقة كلها.")
    assert _speakers(body) == ["e2", "e1"]


def test_a_name_inside_a_phrase_of_the_sentence_before_is_no_subject():
    body = ("وقدم الأهالي شكرهم لحكومة الرئيس سعيد الراشد على إنجاز المشروع في وقته. "
            "وأكد أن المشروع سيخدم أهالي القرى المجاورة.")
    assert _speakers(body) == [None]


def test_a_subject_of_the_sentence_before_is_still_gone_on_with():
    body = ("واستقبل الرئيس سعيد الراشد وفدا من رجال الأعمال في مكتبه. "
            "وأكد أن المشروع سيخدم أهالي القرى المجاورة.")
    assert _speakers(body) == ["e1"]


def test_the_writer_s_first_person_is_no_actor_named_before():
    body = ("قاد الرئيس سعيد الراشد البلاد في ظروف صعبة خلال السنوات الماضية.\n\n"
            "وأنا أقول إن التجربة تحتاج إلى مراجعة هادئة بعيدا عن العواطف.")
    assert _speakers(body) == [None]


def test_first_person_going_on_with_a_speech_quoted_just_before():
    body = ("وقال الرئيس سعيد الراشد في كلمته: «اسمحوا لي أن أخرج عن النص المكتوب».\n\n"
            "ولكنني أقول لكم إن المواطن البسيط هو الأهم بالنسبة لي.")
    assert _speakers(body)[-1] == "e1"
