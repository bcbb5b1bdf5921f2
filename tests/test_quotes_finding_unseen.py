"""Quotes layer: constructions met on news the rules were not written from (issue #14).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, person, quote_with, run, texts


# --- a preposition inside the subject is not the verb's noun-phrase content ------------------
def test_preposition_in_the_subjects_description_before_a_name():
    body = "وأكد المشرف على المخيم الصيفي سالم بن ناصر الحربي أن عدد المشاركين تجاوز خمسمئة طالب هذا العام."
    doc = run(make_doc(body, ents=[person("سالم بن ناصر الحربي")]))
    q = quote_with(doc, "عدد المشاركين تجاوز")
    assert q.text.startswith("أن عدد") and q.speaker.text == "سالم بن ناصر الحربي"


def test_preposition_inside_the_subjects_name():
    body = "وأكد خالد بن علي رئيس الجمعية المكلف، أن الحملة ستشمل جميع الأحياء الشمالية من المدينة."
    doc = run(make_doc(body, ents=[person("خالد بن علي")]))
    assert quote_with(doc, "الحملة ستشمل جميع الأحياء").text.startswith("أن الحملة")


def test_a_bodys_name_keeps_the_object_and_its_preposition():
    body = "ودعت وزارة الصحة المراجعين إلى ارتداء الكمامات داخل المستشفيات بأنها ضرورية في هذه المرحلة."
    doc = run(make_doc(body, ents=[("ORG", "وزارة الصحة", [("وزارة الصحة", "name")])]))
    assert quote_with(doc, "ارتداء الكمامات").text.startswith("المراجعين إلى")


# --- "according to" a bare surname, and a quotation before "حسبما أعلن X، موضحا" ------------
def test_according_to_a_surname_closing_the_sentence():
    body = ("وقال القاضي مامادو كين إن الجلسات ستبدأ في الخريف. "
            "وسيتم بث عدد من الجلسات على الهواء مباشرة عبر التلفزيون الرسمي، بحسب كين.")
    doc = run(make_doc(body, ents=[person("مامادو كين", "كين")]))
    assert quote_with(doc, "بث عدد من الجلسات").cue.text == "بحسب"


def test_according_to_an_unknown_single_name_but_not_to_a_need():
    body = ("وستفتح القاعات أمام الجمهور بعد انتهاء أعمال الصيانة في نهاية الشهر، بحسب فورتان. "
            "وسيتم توزيع الأدوية على المرضى في الأحياء البعيدة، حسب حاجتهم. "
            "وسيتم توزيع المساعدات على الأسر في القرى الحدودية، بحسب دبلوماسيين.")
    doc = run(make_doc(body))
    assert quote_with(doc, "ستفتح القاعات أمام الجمهور").speaker.text == "فورتان"
    assert not any("الأدوية" in t for t in texts(doc))
    assert all(q.speaker is None or q.speaker.text != "دبلوماسيين" for q in doc.quotes)


def test_quotation_before_hasabama_with_a_participle_after_the_source():
    body = ("لكن الموكل «قرر عدم حضور الجلسات المقبلة»، حسبما أعلن محاميه جان دوبوا، "
            "موضحا أن الحضور حق وليس واجبا على أحد.")
    doc = run(make_doc(body, ents=[person("جان دوبوا")]))
    assert quote_with(doc, "قرر عدم حضور الجلسات").kind == "direct"
    assert quote_with(doc, "الحضور حق وليس واجبا")


# --- homographs and impersonal forms with a named subject --------------------------------
def test_impersonal_form_with_a_named_subject_reports():
    body = ("ويرى سالم الحربي أن الأسعار سترتفع خلال الأشهر المقبلة في المنطقة. "
            "ويرى أن الطقس سيتحسن في الأيام المقبلة.")
    doc = run(make_doc(body, ents=[person("سالم الحربي")]))
    assert quote_with(doc, "الأسعار سترتفع").speaker.text == "سالم الحربي"
    body = "وانتهى الاجتماع مساء أمس. ويرى أن الطقس سيتحسن في الأيام المقبلة على معظم المناطق."
    assert not run(make_doc(body)).quotes


def test_title_then_abbreviated_name_before_the_clause():
    body = "ويرى أستاذ الاقتصاد في الجامعة د.سالم الحربي أن الأسواق ستتعافى قبل نهاية العام الجاري."
    doc = run(make_doc(body, ents=[person("سالم الحربي")]))
    assert quote_with(doc, "الأسواق ستتعافى").speaker.text == "سالم الحربي"


def test_continuation_homograph_after_a_surname():
    body = ("وقال مدير البطولة سالم المطيري إن التحضيرات اكتملت. "
            "وتابع المطيري أنه سيتم فحص جميع اللاعبين قبل المباريات النهائية.")
    doc = run(make_doc(body, ents=[person("سالم المطيري")]))
    assert quote_with(doc, "فحص جميع اللاعبين").cue.text == "تابع"


# --- a short quotation inside a reported clause ----------------------------------------
def test_a_short_quotation_opening_the_reported_clause():
    body = 'وذكرت الوكالة الرسمية أن "هذا الإنجاز" يأتي بعد عامين من العمل المتواصل في المشروع.'
    doc = run(make_doc(body, ents=[("ORG", "الوكالة الرسمية", [("الوكالة الرسمية", "name")])]))
    assert texts(doc) == ['أن "هذا الإنجاز" يأتي بعد عامين من العمل المتواصل في المشروع']


# --- "as X announced" closing a sentence, and a noun phrase kept with its preposition ------
def test_as_announced_by_closes_the_sentence():
    body = ("وتأجلت جلسة محاكمة المتهمين الخمسة إلى منتصف الشهر المقبل لإتاحة الوقت للدفاع، "
            "كما أعلنت المحكمة الجزائية التي تنظر القضية أمس.")
    doc = run(make_doc(body))
    q = quote_with(doc, "تأجلت جلسة محاكمة المتهمين")
    assert q.cue.text == "أعلنت" and q.text.endswith("لإتاحة الوقت للدفاع")
    body = "وتأجلت الجلسة إلى منتصف الشهر المقبل، كما أعلنت المحكمة القبض على شاهد جديد في القضية."
    assert not any("تأجلت" in t for t in texts(run(make_doc(body))))


def test_noun_phrase_content_keeps_its_preposition():
    body = "ودعا القائد العسكري سالم الحربي إلى مواجهة الجماعات المسلحة في المناطق الحدودية، وطالب الحكومة بدعم قواته."
    doc = run(make_doc(body, ents=[person("سالم الحربي")]))
    assert quote_with(doc, "مواجهة الجماعات المسلحة").text.startswith("إلى مواجهة")


# --- what reads like a reporting word but reports nothing ------------------------------
def test_passive_expectation_is_nobodys_statement():
    body = ("وارتفعت أسعار النفط أمس في الأسواق العالمية، بينما يتوقع أن يبلغ العجز في الموازنة "
            "نحو عشرة في المئة هذا العام.")
    assert not run(make_doc(body)).quotes


def test_participle_as_adjective_or_predicate():
    body = ("وكان ذلك أمراً متوقعاً بسبب اعتماد الموازنة على النفط، فإن التراجع يطرح أسئلة كثيرة. "
            "وجاء الانخفاض أسرع مما كانت متوقعة أن تكون عليه الأسعار في هذا الربع.")
    assert not run(make_doc(body)).quotes


def test_even_if_is_no_complementiser():
    body = ("وقال الوزير سالم الحربي إن الحكومة تدعو، وإن كانت لا تضغط بما يكفي، إلى إشراك "
            "الشباب في الحياة العامة في جميع المناطق.")
    doc = run(make_doc(body, ents=[person("سالم الحربي")]))
    assert not any(t.startswith("إن كانت") for t in texts(doc))


def test_according_to_a_named_source_then_the_clause_with_no_comma():
    body = "وحسب وكالة «الأنباء الوطنية» يأتي القرار الجديد ضمن حزمة إجراءات لحماية المستهلكين في البلاد."
    doc = run(make_doc(body, ents=[("ORG", "الأنباء الوطنية", [("الأنباء الوطنية", "name")])]))
    q = quote_with(doc, "يأتي القرار الجديد")
    assert q.text.startswith("يأتي") and q.speaker.text == "الأنباء الوطنية"
    body = "وحسب الخطة الموضوعة يأتي القرار الجديد ضمن حزمة إجراءات لحماية المستهلكين في البلاد."
    assert not run(make_doc(body)).quotes


def test_place_label_before_an_event_headline():
    doc = run(make_doc("وقالت الشرطة إن التحقيق مستمر.", title="تونس: اعتقال مطلوب خطير في العاصمة",
                       ents=[("LOC", "تونس", [("تونس", "name")])]))
    assert not any(q.cue is not None and q.cue.text == ":" for q in doc.quotes)


def test_according_to_x_then_a_new_clause_after_a_comma():
    body = ("أصيب أربعة عمال في حريق اندلع داخل مستودع للأخشاب جنوب المدينة، حسبما ذكر الدفاع المدني أمس، "
            "إذ قال المتحدث باسمه إن الفرق سيطرت على الحريق خلال ساعة.")
    doc = run(make_doc(body, ents=[("ORG", "الدفاع المدني", [("الدفاع المدني", "name")])]))
    q = quote_with(doc, "أربعة عمال في حريق")
    assert q.cue.text == "حسبما" and q.speaker.entity == "e1" and "إذ" not in q.text
    assert quote_with(doc, "الفرق سيطرت على الحريق")


def test_that_was_explained_by_x_gives_back_the_last_sentence_of_a_paragraph_that_reports_too():
    body = ("وقال المدير إن الحملة مستمرة طوال الصيف. وتم إنقاذ الطفل وتقديم الإسعافات الأولية اللازمة له "
            "وتسليمه لوالده وحالته الصحية مستقرة. أوضح ذلك العميد سالم الفهد الناطق الإعلامي لحرس الحدود.")
    doc = run(make_doc(body, ents=[person("سالم الفهد")]))
    q = quote_with(doc, "وتقديم الإسعافات الأولية")
    assert q.cue.text == "أوضح" and q.speaker.entity == "e1" and "الحملة" not in q.text
