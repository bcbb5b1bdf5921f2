"""Unnamed groups and indefinite sources at the reporting verb name no speaker (GUIDE.md: "مصدر
مسؤول" -> speaker null), even right after a named person spoke: "قال عدد من الأهالي"، "وأكد
آخرون"، "وذكرت وسائل إعلام"، "وقال مسؤول أمني". A definite description ("وأكد المسؤول الأمني")
may still refer back. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from tests.test_quotes import make_doc, quote_with, run, speaker_ids

MINISTER = [("PER", "سامي الراشد", [("سامي الراشد", "name")])]
NAMED_FIRST = "وقال وزير النقل سامي الراشد إن الطريق الجديد يفتتح في الخريف المقبل.\n\n"


@pytest.mark.parametrize("statement", [
    "وأكد عدد من الأهالي أن المياه انقطعت عن الحي منذ ثلاثة أيام.",
    "وأكد آخرون أن المياه انقطعت عن الحي منذ ثلاثة أيام.",
    "وذكرت وسائل إعلام محلية أن المياه انقطعت عن الحي منذ ثلاثة أيام.",
    "وقال بعض السكان إن المياه انقطعت عن الحي منذ ثلاثة أيام.",
    "وقال أحد الموظفين إن المياه انقطعت عن الحي منذ ثلاثة أيام.",
    "ويرى مختصون أن المياه انقطعت عن الحي بسبب أعطال قديمة.",
    "وقال مسؤولون في البلدية إن المياه انقطعت عن الحي منذ ثلاثة أيام.",
    "وقال مسؤول أمني إن المياه انقطعت عن الحي منذ ثلاثة أيام.",
    "وقال موظف آخر في الشركة إن المياه انقطعت عن الحي منذ ثلاثة أيام.",
    "وقال مصدر لـ«الأنباء» إن المياه انقطعت عن الحي منذ ثلاثة أيام.",
])
def test_an_unnamed_group_after_a_named_speaker_is_no_one(statement):
    doc = run(make_doc(NAMED_FIRST + statement, ents=MINISTER))
    assert quote_with(doc, "الطريق الجديد").speaker.entity == "e1"
    assert quote_with(doc, "المياه انقطعت").speaker is None


def test_a_group_alone_gives_no_speaker_span():
    doc = run(make_doc("وقال عدد من المزارعين إن الأمطار تأخرت هذا الموسم."))
    assert quote_with(doc, "الأمطار تأخرت").speaker is None


def test_a_continuation_of_an_unnamed_group_stays_unnamed():
    body = (NAMED_FIRST + "وأكد عدد من السائقين أن الطريق القديم مزدحم طوال اليوم، "
            "مشيرين إلى أن الحوادث تكررت هذا الشهر.")
    doc = run(make_doc(body, ents=MINISTER))
    assert quote_with(doc, "الطريق القديم مزدحم").speaker is None
    assert quote_with(doc, "الحوادث تكررت").speaker is None


def test_all_of_named_people_still_speak():
    # "كل من" names the speakers that follow: it is no unnamed group
    body = "وقال كل من الوزير سامي الراشد والسفير ماجد العلي إن الزيارة ناجحة."
    ents = MINISTER + [("PER", "ماجد العلي", [("ماجد العلي", "name")])]
    assert quote_with(run(make_doc(body, ents=ents)), "الزيارة ناجحة").speaker is not None



def test_the_outlet_spoken_to_is_no_body_behind_the_source():
    body = NAMED_FIRST + "وقال مصدر لصحيفة الأنباء إن المياه انقطعت عن الحي منذ ثلاثة أيام."
    ents = MINISTER + [("ORG", "صحيفة الأنباء", [("صحيفة الأنباء", "name")])]
    assert quote_with(run(make_doc(body, ents=ents)), "المياه انقطعت").speaker is None


def test_a_participle_right_after_an_unnamed_source_stays_unnamed():
    body = (NAMED_FIRST + "ويقول أحد المهندسين في المشروع إن «العمل تأخر. والمعدات لم تصل بعد»، "
            "مشيرا إلى أن الشركة طلبت مهلة إضافية.")
    doc = run(make_doc(body, ents=MINISTER))
    assert quote_with(doc, "العمل تأخر").speaker is None
    assert quote_with(doc, "الشركة طلبت مهلة").speaker is None


def test_a_named_writer_before_another_time_speaks():
    # "مرة أخرى" after the name is no unnamed subject: the writer named after the verb speaks
    body = "عن هذا كتب سامي الراشد، مرة أخرى: «الطرق القديمة تحتاج إلى صيانة عاجلة»."
    assert quote_with(run(make_doc(body, ents=MINISTER)), "الطرق القديمة").speaker.entity == "e1"


def test_a_group_the_entity_layer_took_for_a_name_is_no_one():
    body = NAMED_FIRST + "وقال ناشطون محليون إن المياه انقطعت عن الحي منذ ثلاثة أيام."
    ents = MINISTER + [("ORG", "ناشطون محليون", [("ناشطون محليون", "name")])]
    assert quote_with(run(make_doc(body, ents=ents)), "المياه انقطعت").speaker is None


def test_officials_of_a_body_in_construct_are_unnamed():
    # "وقال مسؤولو الهيئة": unnamed officials, as "مسؤولون في الهيئة"; not the person quoted before
    ents = [("PER", "سالم الراشد", [("سالم الراشد", "name")])]
    body = ("قال سالم الراشد إن الموسم السياحي بدأ مبكرا هذا العام. "
            "وقال مسؤولو الهيئة إن نسبة إشغال الفنادق بلغت ذروتها في الأسبوع الأول.")
    assert speaker_ids(body, ents)[-1] is None


@pytest.mark.parametrize("statement", [
    "لكن البعض يشكك في هذه الوعود ويرى أن المشروع سيتأخر سنوات.",
    "فيما كثيرون يتابعون الأعمال بقلق ويقولون إن المشروع سيتأخر سنوات.",
])
def test_a_group_subject_opening_the_sentence_is_no_one(statement):
    # "البعض ... ويرى": the coordinated reporting verb shares the indefinite subject, not the minister
    doc = run(make_doc(NAMED_FIRST + statement, ents=MINISTER))
    assert quote_with(doc, "الطريق الجديد").speaker.entity == "e1"
    assert quote_with(doc, "المشروع سيتأخر").speaker is None


def test_a_count_of_things_is_no_group_subject():
    # "عدد الزوار": the number of visitors, no subject of people; the minister goes on
    body = NAMED_FIRST + "وعدد الركاب تضاعف خلال العام الماضي، مؤكدا أن الطريق سيخفف الزحام."
    doc = run(make_doc(body, ents=MINISTER))
    assert quote_with(doc, "سيخفف الزحام").speaker.entity == "e1"


def test_one_of_the_findings_is_no_group_of_people():
    # "وأحد أهم النتائج ...، موضحة": a share of the study's findings, no group of people; the
    # researcher named before goes on
    body = ("وقالت الباحثة سلمى القاسمي إن الدراسة شملت ألف طفل.\n\n"
            "وأحد أهم النتائج يخص النوم، موضحة أن النوم المبكر يحسن التحصيل الدراسي.")
    doc = run(make_doc(body, ents=[("PER", "سلمى القاسمي", [("سلمى القاسمي", "name")])]))
    assert quote_with(doc, "النوم المبكر").speaker is not None
