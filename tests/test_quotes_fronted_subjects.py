"""A subject standing before its reporting verb in the same clause: the verb agrees with it, so
the words right after the verb are its object or the content it announces, never a second
subject. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import org, person, speaker_ids, speaker_texts


def test_body_before_the_verb_speaks_not_the_object_after_it():
    body = "والبلدية أكدت حرصها على أن تنتهي أعمال الرصف قبل بداية العام الدراسي."
    assert speaker_texts(body) == ["البلدية"]


def test_title_before_the_verb_speaks_not_the_verbal_noun_after_it():
    body = "مدير التعليم أعلن استمرار الدوام الصيفي وأن المدارس ستفتح أبوابها بعد شهر."
    assert speaker_texts(body) == ["مدير التعليم"]


def test_emphatic_pronoun_between_subject_and_verb():
    body = "والنقابة نفسها أكدت تمسكها بأن يحصل العمال على كامل حقوقهم المتأخرة."
    assert speaker_texts(body) == ["النقابة"]


def test_demonstrative_subject_inside_a_clause_after_that():
    body = "وأضاف الباحث أن هذه الدراسة أكدت أهمية أن ينام الطلاب ثماني ساعات قبل الامتحان."
    assert "أهمية" not in speaker_texts(body)


def test_verb_with_and_before_it_keeps_the_subject_after_it():
    body = "والبلدية بدأت أعمال الرصف، وأكدت اللجنة المشرفة أن العمل سينتهي قبل العام الدراسي."
    assert speaker_texts(body) == ["اللجنة المشرفة"]


def test_noun_resumed_by_the_verbs_object_pronoun_is_not_its_subject():
    body = "والمشروع الجديد وصفه رئيس البلدية بأنه خطوة مهمة لخدمة سكان الأحياء الشرقية."
    assert "المشروع الجديد" not in speaker_texts(body)


def test_member_named_before_his_body_speaks_not_the_body():
    # "الدكتور فلان عضو مجلس الشورى قال:": the body closes the member's title, right before the verb
    ents = [person("فهد العمري"), org("مجلس الشورى")]
    body = ("وتوالت ردود الفعل على الحادث في المنطقة.\n\n"
            "الدكتور فهد العمري عضو مجلس الشورى قال: إن ما جرى عمل مدان لا يقبله أحد.")
    assert speaker_ids(body, ents) == ["e1"]


def test_person_opening_a_sentence_before_its_verb_is_whom_the_next_participle_goes_on_with():
    # "المواطن فلان اعتاد ...": the story turns to a new person, named before a verb that is no
    # reporting verb; the participle opening the next sentence is his, not the last speaker's
    body = ("وقال مدير الجمعية أحمد الزهراني إن موسم الصيف كان ناجحا هذا العام. "
            "المواطن خالد المطيري اعتاد أن يبيع الذرة المشوية على الكورنيش كل صيف. "
            "مشيرا إلى أنه يجني دخلا جيدا يساعد به أسرته الكبيرة.")
    ents = [person("أحمد الزهراني"), person("خالد المطيري")]
    assert speaker_texts(body, ents) == ["أحمد الزهراني", "خالد المطيري"]
