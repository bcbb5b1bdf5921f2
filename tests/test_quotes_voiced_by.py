"""A body that speaks "على لسان" a named person: the person is the speaker; with no one named
after "على لسان" the body stays. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, org, person, run, speaker_ids


def test_person_named_after_on_the_tongue_of_speaks_with_complementiser():
    body = "وأوضحت شركة النسيج الوطنية على لسان رئيسها التنفيذي سامي الحارثي أن المبيعات تضاعفت هذا العام."
    ents = [org("شركة النسيج الوطنية"), person("سامي الحارثي")]
    assert speaker_ids(body, ents) == ["e2"]


def test_person_named_after_on_the_tongue_of_speaks_with_noun_content():
    body = "وأكدت وزارة الزراعة على لسان متحدثها الرسمي المهندس فهد الدوسري استمرار حملات الرقابة على الأسواق."
    ents = [org("وزارة الزراعة"), person("فهد الدوسري")]
    doc = run(make_doc(body, ents=ents))
    assert [q.speaker.entity for q in doc.quotes] == ["e2"]
    assert doc.quotes[0].text.startswith("استمرار")


def test_quoted_body_name_then_on_the_tongue_of():
    body = "وبينت «المؤسسة» على لسان مديرها العام ماجد السهلي أن التوسعة ستكتمل قبل نهاية العام."
    ents = [("ORG", "المؤسسة", [("المؤسسة", "name")]), person("ماجد السهلي")]
    assert speaker_ids(body, ents) == ["e2"]


def test_unnamed_voice_keeps_the_body():
    body = "وأكدت وزارة النقل على لسان مصدر مسؤول فيها أن أعمال الصيانة ستنتهي قريبا."
    ents = [org("وزارة النقل")]
    assert speaker_ids(body, ents) == ["e1"]


def test_person_near_an_unnamed_voice_is_not_the_voice():
    body = "وأعلنت الهيئة على لسان مصدر مقرب من المدير خالد العتيبي أن القرار نهائي."
    ents = [("ORG", "الهيئة", [("الهيئة", "name")]), person("خالد العتيبي")]
    assert speaker_ids(body, ents) != ["e2"]
