"""A sentence opened by its topic ("وعن خطته قال"), a body named again by its head word when the
entity layer never found it ("وأضافت القنصلية" after "القنصلية الفرنسية"), and a report named
with another word than the one that introduced it ("دراسة ... وقال التقرير"). Every sentence is
written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run


def speaker_texts(doc) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in doc.quotes]


def offsets_hold(doc) -> bool:
    return all(doc.text[q.speaker.start:q.speaker.end] == q.speaker.text for q in doc.quotes if q.speaker)


def test_names_in_a_fronted_topic_are_not_the_speaker():
    ents = [("PER", "سلمى الأحمد", [("سلمى الأحمد", "name")]),
            ("PER", "ليلى مراد", [("ليلى مراد", "name")])]
    body = ("قالت المطربة سلمى الأحمد إن ألبومها الجديد سيصدر في الخريف المقبل بعد تأخير طويل.\n"
            "وعن تجربتها مع الراحلة ليلى مراد في حفلات القاهرة القديمة قالت: «تعلمت منها احترام "
            "الجمهور والوقوف على المسرح بثقة».")
    doc = run(make_doc(body, ents=ents))
    assert doc.quotes[-1].speaker is not None and doc.quotes[-1].speaker.entity == "e1"
    assert offsets_hold(doc)


def test_a_verb_of_speech_inside_the_topic_keeps_its_own_clause():
    # "وعن ذلك أكد الوزير": the subject follows the verb; nothing changes
    ents = [("PER", "خالد العمري", [("خالد العمري", "name")]),
            ("PER", "سامر يوسف", [("سامر يوسف", "name")])]
    body = ("قال خالد العمري إن المشروع سيكتمل قريبا.\n"
            "وعن ذلك أكد سامر يوسف أن التمويل متوفر بالكامل.")
    doc = run(make_doc(body, ents=ents))
    assert doc.quotes[-1].speaker is not None and doc.quotes[-1].speaker.entity == "e2"


def test_a_body_the_entity_layer_missed_is_named_again_by_its_head_word():
    body = ("أعلنت القنصلية الفرنسية في دبي أن مكتب التأشيرات سيغلق أبوابه خلال عطلة العيد.\n"
            "وأضافت القنصلية في بيان أن الطلبات العاجلة ستقبل عبر البريد الإلكتروني.\n"
            "وأوضح البيان أن المكتب سيعود إلى العمل في الأسبوع التالي.")
    doc = run(make_doc(body))
    assert speaker_texts(doc) == ["القنصلية الفرنسية"] * 3
    assert offsets_hold(doc)


def test_a_report_named_with_another_word_speaks_for_the_study_s_issuer():
    body = ("أظهرت دراسة أعدتها شركة «نوفا» للاستشارات أن الطلب على الطاقة الشمسية تضاعف خلال "
            "عامين.\nوقال التقرير إن أسعار الألواح الشمسية انخفضت بنحو الثلث في الفترة نفسها.")
    doc = run(make_doc(body))
    assert speaker_texts(doc) == ["نوفا", "نوفا"]
    assert offsets_hold(doc)


def test_a_title_subject_is_the_person_named_in_apposition_after_it():
    # the earlier head of another committee must not take the later one's words
    ents = [("PER", "ماجد الحربي", [("ماجد الحربي", "name")]),
            ("PER", "ناصر القحطاني", [("ناصر القحطاني", "name")])]
    body = ("قال رئيس اللجنة المنظمة للمهرجان ماجد الحربي إن التحضيرات اكتملت.\n"
            "وأوضح رئيس اللجنة الفنية بالمهرجان، المهندس ناصر القحطاني، أن المسرح الرئيسي جاهز "
            "لاستقبال العروض. وأكد أن الفرق المشاركة وصلت جميعها.")
    doc = run(make_doc(body, ents=ents))
    assert [q.speaker.entity if q.speaker else None for q in doc.quotes][1:] == ["e2", "e2"]
    assert offsets_hold(doc)


def test_a_name_closing_the_topic_right_before_the_verb_is_not_its_subject():
    ents = [("PER", "سلمان الفرج", [("سلمان الفرج", "name")]),
            ("PER", "ياسر القحطاني", [("ياسر القحطاني", "name")])]
    for topic in ("وبخصوص عودة ياسر القحطاني قال:", "وفيما يتعلق بعقد ياسر القحطاني قال:",
                  "وردا على سؤال حول مستقبل ياسر القحطاني قال:"):
        body = ("قال المدرب سلمان الفرج إن الفريق جاهز للمباراة المقبلة.\n"
                f"{topic} «القرار بيد الإدارة وحدها».")
        doc = run(make_doc(body, ents=ents))
        assert doc.quotes[-1].speaker is not None and doc.quotes[-1].speaker.entity == "e1", topic
        assert offsets_hold(doc)

