"""A headline's speaker given by a title word only ("خبير: ..."، "رئيس الغرفة التجارية: ...") is
the person the lead names as the subject of a reporting verb (quotes/headline_persons.py). Every
sentence here is written for these tests."""

from __future__ import annotations

from test_quotes import make_doc, quote_with, run


def test_an_indefinite_title_in_a_headline_is_the_person_the_lead_names() -> None:
    body = ("أكد الدكتور سامر الحربي أستاذ الاقتصاد في الجامعة أن أسعار المساكن ستتراجع خلال العامين "
            "المقبلين، مشيرا إلى أن العرض يفوق الطلب في معظم المدن.")
    ents = [("PER", "سامر الحربي", [("سامر الحربي", "name")])]
    doc = run(make_doc(body, title="خبير: أسعار المساكن ستتراجع قريبا", ents=ents))
    assert quote_with(doc, "أسعار المساكن ستتراجع قريبا").speaker.entity == "e1"


def test_a_post_in_a_named_body_is_its_holder_named_in_the_lead() -> None:
    body = ("أعرب رئيس الغرفة التجارية بالإنابة خالد المطيري عن أمله في أن تنتهي الأزمة قريبا، "
            "وقال إن التجار ينتظرون قرارات عاجلة.")
    ents = [("ORG", "الغرفة التجارية", [("الغرفة التجارية", "name")]),
            ("PER", "خالد المطيري", [("خالد المطيري", "name")])]
    doc = run(make_doc(body, title="رئيس الغرفة التجارية بالإنابة: التجار ينتظرون قرارات عاجلة", ents=ents))
    assert quote_with(doc, "التجار ينتظرون قرارات عاجلة").speaker.entity == "e2"


def test_a_feminine_title_skips_a_man_who_speaks_first() -> None:
    body = ("قال المحرر عادل السالم إن الندوة شهدت حضورا كبيرا. وأوضحت الباحثة د. نورة القحطاني أن "
            "التعليم عن بعد يحتاج إلى تطوير أدواته.")
    ents = [("PER", "عادل السالم", [("عادل السالم", "name")]),
            ("PER", "نورة القحطاني", [("نورة القحطاني", "name")])]
    doc = run(make_doc(body, title="باحثة سعودية: التعليم عن بعد يحتاج تطويرا", ents=ents))
    assert quote_with(doc, "التعليم عن بعد يحتاج تطويرا").speaker.entity == "e2"


def test_a_named_headline_speaker_stays() -> None:
    body = "أكد المهندس فهد العتيبي أن المشروع يسير وفق الجدول الزمني المحدد له."
    ents = [("PER", "فهد العتيبي", [("فهد العتيبي", "name")]),
            ("PER", "ماجد الشهري", [("ماجد الشهري", "name")])]
    doc = run(make_doc(body, title="ماجد الشهري: المشروع يسير وفق الجدول", ents=ents))
    assert quote_with(doc, "المشروع يسير وفق الجدول").speaker.entity == "e2"
