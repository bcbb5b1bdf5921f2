"""Speakers on unseen news (issue #14), the kinds found on unlabelled articles: the reporter of the
byline is never a speaker, a name in apposition may carry "بن", and two parties at once ("وأكد
الجانبان") keep their statement against the one named before. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, person, quote_with, run


def test_byline_reporter_is_no_speaker():
    body = ("سامر العنزي- سبق- الرياض: افتتحت البلدية الحديقة الجديدة في حي النرجس أمس.\n\n"
            "وقال: إن الحديقة ستستقبل الزوار طوال أيام الأسبوع.")
    doc = run(make_doc(body, ents=[person("سامر العنزي")]))
    assert quote_with(doc, "الحديقة ستستقبل").speaker is None or \
        quote_with(doc, "الحديقة ستستقبل").speaker.entity != "e1"


def test_byline_on_a_line_of_its_own():
    body = ("نواف الحربي – جدة\n\n"
            "أغلقت الأمانة ثلاثة مطاعم مخالفة في حي الصفا.\n\n"
            "وأضاف أن الجولات الرقابية ستتواصل حتى نهاية الشهر.")
    doc = run(make_doc(body, ents=[person("نواف الحربي")]))
    sp = quote_with(doc, "الجولات الرقابية").speaker
    assert sp is None or sp.entity != "e1"


def test_byline_name_quoted_again_may_speak():
    body = ("سامر العنزي- سبق- الرياض: افتتحت البلدية الحديقة الجديدة.\n\n"
            "وقال سامر العنزي إن الحديقة ستستقبل الزوار طوال الأسبوع.")
    doc = run(make_doc(body, ents=[person("سامر العنزي")]))
    assert quote_with(doc, "الحديقة ستستقبل").speaker.entity == "e1"


def test_name_with_nasab_in_apposition_after_a_description():
    body = ("وأوضح الباحث في قسم الفيزياء بجامعة الشرق، ماجد بن سالم العمري، "
            "أن التجربة ستتكرر في الربيع المقبل.")
    assert quote_with(run(make_doc(body)), "التجربة ستتكرر").speaker.text == "ماجد بن سالم العمري"


def test_two_parties_at_once_are_not_the_last_speaker():
    body = ("وقال وزير الخارجية سامي الراشد إن المحادثات كانت مثمرة.\n\n"
            "وأكد الجانبان أهمية مواصلة التنسيق في الملفات الإقليمية.")
    doc = run(make_doc(body, ents=[person("سامي الراشد")]))
    assert quote_with(doc, "المحادثات كانت مثمرة").speaker.entity == "e1"
    assert quote_with(doc, "مواصلة التنسيق").speaker.text == "الجانبان"


def test_two_parties_keep_their_statement_against_a_speaker_named_before():
    body = ("استقبل الرئيس سامي الراشد نظيره في القصر أمس، وقال الراشد إن الزيارة تاريخية.\n\n"
            "وأكد البلدان أهمية العمل المشترك في مكافحة التهريب على الحدود.")
    doc = run(make_doc(body, ents=[person("سامي الراشد", "الراشد")]))
    assert quote_with(doc, "العمل المشترك").speaker.text == "البلدان"


def test_speech_given_by_the_one_after_li():
    body = ("افتتح أمير المنطقة الأمير خالد بن سعد مشروع الإسكان بحضور وزير الإسكان ماجد الحقيل.\n\n"
            "وأقيم حفل بهذه المناسبة تخلله كلمة لوزير الإسكان، أوضح فيها أن المشروع أول مشاريع "
            "الوزارة في المنطقة.\n\nوبين أن الوحدات ستسلم قبل نهاية العام.")
    minister = ("PER", "ماجد الحقيل", [("ماجد الحقيل", "name"), ("وزير الإسكان", "title")])
    doc = run(make_doc(body, ents=[person("خالد بن سعد"), minister]))
    assert quote_with(doc, "أول مشاريع").speaker.entity == "e2"
    assert quote_with(doc, "الوحدات ستسلم").speaker.entity == "e2"


def test_telegram_to_the_one_after_li_is_not_his():
    body = ("بعث الأمير خالد بن سعد برقية لوزير الإسكان ماجد الحقيل، أكد فيها أن المشروع "
            "نجح في موعده.")
    doc = run(make_doc(body, ents=[person("خالد بن سعد"), person("ماجد الحقيل")]))
    assert quote_with(doc, "نجح في موعده").speaker.entity == "e1"


def test_his_highness_is_not_the_minister_who_spoke_last():
    body = ("زار أمير المنطقة الأمير خالد بن سعد المشروع السكني، يرافقه وزير الإسكان ماجد الحقيل.\n\n"
            "وقال وزير الإسكان ماجد الحقيل إن الوحدات ستسلم قبل نهاية العام.\n\n"
            "ثم تجول أمير المنطقة في المشروع والتقى بعدد من السكان.\n\n"
            "وعبر سموه عن سعادته بإنجاز المشروع في موعده.")
    prince = ("PER", "خالد بن سعد", [("خالد بن سعد", "name"), ("أمير المنطقة", "title")])
    minister = ("PER", "ماجد الحقيل", [("ماجد الحقيل", "name"), ("وزير الإسكان", "title")])
    doc = run(make_doc(body, ents=[prince, minister]))
    assert quote_with(doc, "الوحدات ستسلم").speaker.entity == "e2"
    sp = quote_with(doc, "بإنجاز المشروع").speaker
    assert sp is None or sp.entity != "e2"


def test_name_after_a_person_noun_closed_by_the_paper_spoken_to():
    body = 'وقال المواطن فارس القحطاني لــ "سبق": انتظرت الرد على طلبي ثلاثة أشهر.'
    assert quote_with(run(make_doc(body)), "انتظرت الرد").speaker.text == "فارس القحطاني"
    body = "وقال المواطن فارس القحطاني لصحيفة الأنباء إن الطلب تأخر ثلاثة أشهر."
    assert quote_with(run(make_doc(body)), "الطلب تأخر").speaker.text == "فارس القحطاني"


def test_an_honoured_name_before_a_dash_is_no_byline():
    body = "الأمير خالد بن سعد - أمير المنطقة: «سنفتتح المستشفى الجديد قبل نهاية العام»."
    doc = run(make_doc(body, ents=[person("خالد بن سعد")]))
    assert quote_with(doc, "سنفتتح المستشفى").speaker.entity == "e1"


def test_officials_of_a_body_are_not_the_person_named_before():
    body = ("وقال رئيس رابطة التجار سامي الراشد إن القواعد الجديدة تضر بالمتاجر الصغيرة.\n\n"
            "في المقابل ينفي مسؤولو الاتحاد الأوروبي أن تكون القواعد موجهة ضد أي بلد.")
    ents = [person("سامي الراشد"), ("ORG", "الاتحاد الأوروبي", [("الاتحاد الأوروبي", "name")])]
    doc = run(make_doc(body, ents=ents))
    assert quote_with(doc, "تضر بالمتاجر").speaker.entity == "e1"
    sp = quote_with(doc, "موجهة ضد").speaker
    assert sp is None or sp.entity != "e1"


def test_speech_of_a_body_given_by_a_person_is_the_person_s():
    # "ألقى فلان كلمة اللجنة أوضح فيها أن": the committee is whose speech it was; the one who gave
    # it speaks, though the committee is named right before the verb
    body = ("ثم ألقى مدير إدارة المهرجان سامي بن محمد الحربي كلمة اللجنة العليا للمهرجان أوضح فيها "
            "أن المهرجان يحظى بدعم كبير من أمير المنطقة، لافتاً النظر إلى أن الجائزة جاءت نتيجة جهد كبير.")
    doc = run(make_doc(body, ents=[person("سامي بن محمد الحربي"),
                                   ("ORG", "اللجنة العليا للمهرجان", [("اللجنة العليا للمهرجان", "name")])]))
    assert [q.speaker.entity for q in doc.quotes] == ["e1", "e1"]


def test_statement_of_a_body_with_no_speech_noun_stays_the_body_s():
    body = "وأصدرت وزارة الصحة بيانا أكدت فيه أن الحالات تراجعت في الأسبوع الماضي."
    doc = run(make_doc(body, ents=[("ORG", "وزارة الصحة", [("وزارة الصحة", "name")])]))
    assert [q.speaker.entity for q in doc.quotes] == ["e1"]
