"""Who a statement is given to when the subject at its verb only describes someone: a definite
description right after a named person's words is that person ("وشدد المسؤول الأردني" after the
spokesman named before), unless the article introduced an unnamed one with that word; and a turn
phrase ("من جانبه") before a verb that is no reporting verb does not hide the subject that the
next pro-drop statement goes on with. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, org, person, run


def _speakers(body: str, ents: list) -> list[str | None]:
    doc = run(make_doc(body, ents=ents))
    return [q.speaker.entity or q.speaker.text if q.speaker else None for q in doc.quotes]


def test_official_right_after_the_named_spokesman_is_him():
    ents = [person("رامي الخطيب"), org("وزارة الخارجية الأردنية")]
    body = ("وقال المتحدث باسم وزارة الخارجية الأردنية رامي الخطيب إن بلاده ترحب بالاتفاق الجديد. "
            "وشدد المسؤول الأردني على أن الحوار هو الطريق الوحيد لحل الأزمة.")
    assert _speakers(body, ents) == ["e1", "e1"]


def test_official_introduced_unnamed_before_stays_unnamed():
    ents = [person("رامي الخطيب")]
    body = ("التقى الوزير رامي الخطيب مسؤولا أمريكيا في عمان أمس. "
            "وقال رامي الخطيب إن اللقاء كان مثمرا. "
            "وأكد المسؤول الأمريكي أن بلاده ستدعم المشروع.")
    assert _speakers(body, ents)[-1] != "e1"


def test_official_after_an_unnamed_source_is_not_the_person_named_earlier():
    ents = [person("رامي الخطيب")]
    body = ("قال رامي الخطيب إن الميزانية ستعلن غدا. "
            "وقالت مصادر مطلعة إن الإنفاق سيرتفع. "
            "وأوضح المسؤول أن الرواتب لن تتأثر.")
    assert _speakers(body, ents)[-1] != "e1"


def test_turn_phrase_before_a_verb_of_doing_keeps_its_subject():
    ents = [person("رامي الخطيب"), person("سامي العتيبي")]
    body = ("وأوضح رامي الخطيب أن الحملة ستبدأ الأسبوع المقبل في جميع المدن.\n"
            "من جانبه استعرض مساعد الرئيس التنفيذي للإعلام سامي العتيبي خطة الحملة الإعلامية ومراحلها؛ "
            "موضحا أنه تم إعداد شعار جديد للحملة.")
    assert _speakers(body, ents)[-1] == "e2"


def test_official_of_another_country_is_not_the_person_named_before():
    ents = [person("رامي الخطيب")]
    body = ("وقال وزير الخارجية الأردني رامي الخطيب إن المحادثات كانت صريحة. "
            "وأكد المسؤول المصري أن بلاده تدعم الحل السياسي.")
    assert _speakers(body, ents)[-1] != "e1"


def test_official_after_a_turn_phrase_takes_the_floor_himself():
    ents = [person("رامي الخطيب")]
    body = ("وقال رامي الخطيب إن البلدين سيوقعان اتفاقية للتعاون الزراعي.\n"
            "من جانبه، أعرب المسؤول عن أمله في توسيع التعاون ليشمل الصناعة.")
    assert _speakers(body, ents)[-1] != "e1"


def test_name_joined_to_lam_after_the_verb_was_told_the_words():
    ents = [person("خالد العمري"), org("رويترز")]
    body = ("أعلن وزير الطاقة خالد العمري خطة لزيادة الإنتاج. "
            "وقال لرويترز إن الأسعار ستتحسن قبل نهاية العام.")
    assert _speakers(body, ents)[-1] != "e2"


def test_subject_after_the_one_told_is_the_speaker():
    ents = [person("خالد العمري"), org("رويترز")]
    body = "وقال لرويترز وزير الطاقة خالد العمري إن الأسعار ستتحسن قبل نهاية العام."
    assert _speakers(body, ents) == ["e1"]


def test_name_cut_after_its_lam_behind_a_noun_is_still_the_speaker():
    # the entity layer read "وموند" off the paper's name "لوموند": a word stands between the verb
    # and the name, so its "ل" is no preposition
    ents = [org("وموند")]
    body = "وذكرت صحيفة «لوموند» الفرنسية أن الحكومة ستعلن خطتها الأسبوع المقبل."
    assert _speakers(body, ents) == ["e1"]
