"""A lone verb before a colon ("واختتم: «...»") is no name: the last speaker goes on; and another
name of a body in quotation marks after the body ("مدير مركز X «دار Y» فلان") leads on to the
holder of the title. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import speaker_ids

ENTS = [("PER", "خالد الزعاق", [("خالد الزعاق", "name")]),
        ("PER", "فهد بن ناصر القحطاني", [("فهد بن ناصر القحطاني", "name")]),
        ("ORG", "مركز الأمير سلطان الاجتماعي", [("مركز الأمير سلطان الاجتماعي", "name")])]


def test_closing_verb_before_a_colon_keeps_the_last_speaker():
    body = ("قال الباحث خالد الزعاق إن «الأمطار ستتأخر هذا العام في معظم مناطق المملكة».\n\n"
            "واختتم: «أما المناطق الشمالية فستكون الأجواء فيها معتدلة نسبيا في المساء».")
    assert speaker_ids(body, ENTS) == ["e1", "e1"]


def test_khatam_before_a_colon_keeps_the_last_speaker():
    body = ("قال الباحث خالد الزعاق إن «الأمطار ستتأخر هذا العام في معظم مناطق المملكة».\n\n"
            "وختم: «ننصح المسافرين بمتابعة النشرات الجوية قبل الانطلاق في رحلاتهم».")
    assert speaker_ids(body, ENTS) == ["e1", "e1"]


def test_quoted_other_name_of_the_body_then_its_director():
    body = ("وأوضح مدير مركز الأمير سلطان الاجتماعي «دار الرعاية» فهد بن ناصر القحطاني أن المركز "
            "استقبل أكثر من ألفي زائر خلال أيام العيد الماضية.")
    assert speaker_ids(body, ENTS) == ["e2"]


ADVISER_ENTS = [("PER", "باراك أوباما", [("أوباما", "name")]),
                ("PER", "جون مارتن", [("جون مارتن", "name")])]


def test_adviser_of_a_named_person_then_his_own_name():
    body = "وقال مستشار أوباما الدكتور جون مارتن إن الإدارة لن تتراجع عن الاتفاق مع الحلفاء."
    assert speaker_ids(body, ADVISER_ENTS) == ["e2"]


def test_adviser_of_the_president_named_then_his_own_name():
    body = "وقال مستشار الرئيس أوباما الدكتور جون مارتن: إن الإدارة لن تتراجع عن الاتفاق مع الحلفاء."
    assert speaker_ids(body, ADVISER_ENTS) == ["e2"]


def test_the_named_person_alone_after_the_title_still_speaks_through_it():
    body = "وقال الرئيس أوباما إن الإدارة لن تتراجع عن الاتفاق مع الحلفاء."
    assert speaker_ids(body, ADVISER_ENTS) == ["e1"]
