"""A speaker described by a title, named in the next sentence with a description sharing a word
of the first (quotes/named_next.py). Every sentence here is written for these tests."""

from __future__ import annotations

from test_quotes import make_doc, quote_with, run


def test_a_described_speaker_named_in_the_next_sentence_said_the_first_words() -> None:
    body = ("وأعلن قائد حرس الحدود في المنطقة الشمالية أن الدوريات ضبطت كميات من الممنوعات. "
            "وقال العقيد ناصر البلوي قائد حرس الحدود بالمنطقة إن العملية استمرت ثلاثة أيام.")
    ents = [("PER", "ناصر البلوي", [("ناصر البلوي", "name")])]
    doc = run(make_doc(body, ents=ents))
    assert quote_with(doc, "الدوريات ضبطت").speaker.entity == "e1"


def test_a_member_of_a_party_named_next_with_his_party() -> None:
    body = ("وقال عضو في حزب الرئيس السابق سالم الحمدي إن الحوار مع المعارضة سيبدأ قريبا. "
            "وقال خالد العمري القيادي بالحزب لوكالة محلية إن الاجتماعات ستعقد في العاصمة.")
    ents = [("PER", "سالم الحمدي", [("سالم الحمدي", "name")]),
            ("PER", "خالد العمري", [("خالد العمري", "name")])]
    doc = run(make_doc(body, ents=ents))
    assert quote_with(doc, "الحوار مع المعارضة").speaker.entity == "e2"


def test_two_posts_alike_are_no_sign_of_one_person() -> None:
    body = ("ويقول رئيس النادي الأدبي إن الموسم الثقافي سيبدأ بعد العيد. "
            "ويقول الكاتب ورئيس جمعية المسرح فهد السبيعي إن العروض ستقام في الصيف.")
    ents = [("PER", "فهد السبيعي", [("فهد السبيعي", "name")])]
    doc = run(make_doc(body, ents=ents))
    q = quote_with(doc, "الموسم الثقافي")
    assert q.speaker is None or q.speaker.entity != "e1"


def test_an_unnamed_source_stays_unnamed() -> None:
    body = ("وقال مصدر في الشرطة إن التحقيقات ما زالت جارية. "
            "وقال المتحدث باسم الشرطة العقيد سعد الغامدي إن المتهمين أحيلوا إلى النيابة.")
    ents = [("PER", "سعد الغامدي", [("سعد الغامدي", "name")])]
    doc = run(make_doc(body, ents=ents))
    q = quote_with(doc, "التحقيقات ما زالت")
    assert q.speaker is None or q.speaker.entity != "e1"


def test_a_definite_title_refers_back_not_forward() -> None:
    body = ("أعلن الدكتور سامي الرشيد وزير الثقافة إطلاق مسابقة للقصة القصيرة. "
            "وقال الوزير في بيان لوزارة الثقافة إن الجوائز ستوزع في الخريف. "
            "وأضاف الدكتور ماجد الفهد أمين المجلس الأعلى للثقافة أن المشاركة مفتوحة للجميع.")
    ents = [("PER", "سامي الرشيد", [("سامي الرشيد", "name"), ("وزير الثقافة", "title")]),
            ("PER", "ماجد الفهد", [("ماجد الفهد", "name")])]
    doc = run(make_doc(body, ents=ents))
    q = quote_with(doc, "الجوائز ستوزع")
    assert q.speaker is None or q.speaker.entity != "e2"
