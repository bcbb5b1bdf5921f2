"""Quotes layer: statement forms found missing on unlabelled news (a probe of reporting cues).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, person, quote_with, run, texts


# --- a homograph verb ("بين"، "تابع") with its setting "في كلمته" before the clause ----------
def test_bayyana_with_its_setting_before_the_clause():
    body = "وبين في محاضرته التي ألقاها مساء أمس بالنادي الأدبي أن القراءة تبني وعي الأجيال القادمة."
    doc = run(make_doc(body))
    assert quote_with(doc, "القراءة تبني وعي الأجيال").cue.text.endswith("بين")


def test_taba_with_its_setting_before_a_colon():
    body = "وتابع في تصريحات للصحفيين عقب الاجتماع: لن نقبل بأي تأخير في تسليم المشاريع المتعثرة."
    doc = run(make_doc(body))
    assert quote_with(doc, "لن نقبل بأي تأخير").cue.text.endswith("تابع")


def test_between_then_fi_without_a_clause_is_no_statement():
    body = "وتتراوح الأسعار بين في المئة وعشرين في المئة من قيمة العقار المعروض للبيع."
    assert texts(run(make_doc(body))) == []


# --- "وفقا لـ X، <verb> ...": a named source set off by a comma at the sentence start --------
def test_according_to_a_statement_then_a_verb_clause():
    body = "ووفقا لبيان النادي، تم الاتفاق بين الإدارتين على انتقال الحارس مقابل مليوني ريال."
    doc = run(make_doc(body))
    q = quote_with(doc, "تم الاتفاق بين الإدارتين")
    assert q.cue.text == "ووفقا" and q.text.startswith("تم الاتفاق")


def test_according_to_a_news_outlet_is_the_news_itself():
    body = "ووفقا لصحيفة الأخبار المحلية، تم الاتفاق بين الناديين على انتقال الحارس مقابل مليوني ريال."
    assert texts(run(make_doc(body))) == []


def test_according_to_a_source_whose_clause_reports_itself():
    body = "وبحسب سامي العتيبي، نشرت الصحيفة تقريرا تقول فيه إن المشروع سيتأخر عامين."
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert all(q.cue.text != "وبحسب" for q in doc.quotes)


def test_according_to_a_named_person_then_a_future_verb():
    body = "وبحسب سامي العتيبي، سيبدأ تسجيل الطلاب الجدد في الأسبوع الأول من الشهر المقبل."
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    q = quote_with(doc, "سيبدأ تسجيل الطلاب")
    assert q.speaker is not None and q.speaker.text == "سامي العتيبي"


def test_according_to_a_plan_or_figures_is_no_statement():
    body = ("ووفقا للخطة الجديدة، سيتم افتتاح الجسر في نهاية العام الجاري. "
            "وبحسب الأرقام الأخيرة، ارتفع عدد الزوار إلى مليون زائر في الصيف.")
    assert texts(run(make_doc(body))) == []


# --- "ونقل" as the noun "transfer" does not end a reported clause --------------------------
def test_transfer_inside_a_reported_clause():
    body = ("وأوضح المتحدث الرسمي للهلال الأحمر، أن الحادث أسفر عن إصابة ثلاثة أشخاص "
            "تم إسعافهم في الموقع ونقل الحالات إلى مستشفى المدينة العام.")
    doc = run(make_doc(body))
    assert quote_with(doc, "أسفر عن إصابة ثلاثة").text.endswith("مستشفى المدينة العام")


def test_relayed_statement_still_ends_the_clause_before_it():
    body = ("وقال المتحدث إن الطريق سيفتح غدا أمام السيارات، ونقل التلفزيون الرسمي عن الوزير "
            "أن الأعمال ستنتهي قبل الموعد المحدد.")
    doc = run(make_doc(body))
    assert quote_with(doc, "الطريق سيفتح غدا").text.endswith("أمام السيارات")


# --- the two parties of a joint statement speak ("وأكد الجانبان على ...") -------------------
def test_the_two_sides_state_a_noun_phrase():
    body = ("واختتم الوزيران محادثاتهما في العاصمة أمس. وأكد الجانبان على أهمية تنسيق المواقف في "
            "المحافل الدولية. كما أكد الطرفان رفضهما القاطع لأي تدخل في الشؤون الداخلية للدول.")
    doc = run(make_doc(body))
    assert quote_with(doc, "أهمية تنسيق المواقف").speaker.text == "الجانبان"
    assert quote_with(doc, "رفضهما القاطع لأي تدخل").speaker.text == "الطرفان"


# --- the verb of "بحسب ما أعلنت X في بيان" has no words of its own ------------------------
def test_the_verb_of_an_according_phrase_has_no_content():
    body = "واتفق البلدان على إنهاء العقد وتعويض المشتري، بحسب ما أعلنت الرئاسة في بيان مساء الخميس."
    doc = run(make_doc(body, ents=[("ORG", "الرئاسة", [("الرئاسة", "name")])]))
    assert texts(doc) == ["واتفق البلدان على إنهاء العقد وتعويض المشتري"]



# --- "حسب ما" forms: a relayed source in quotation marks, the writer's own back-reference -----
def test_according_to_what_a_paper_relayed_from_a_quoted_source():
    body = "ووفق ما نقلت مجلة \"الأسبوع\" الفرنسية، عن \"لو موند\"، فإن المفاوضات توقفت بسبب الخلاف على الأسعار."
    doc = run(make_doc(body))
    assert quote_with(doc, "المفاوضات توقفت بسبب الخلاف").cue.text == "ووفق"


def test_according_to_what_was_said_before_is_the_writers_own():
    body = "وارتفعت تكاليف البناء في المدن الكبرى خلال العام الماضي، وفقا لما سبق ذكره في الفصل الأول."
    assert texts(run(make_doc(body))) == []


# --- a body the entity layer did not name states a noun phrase ------------------------------
def test_an_unnamed_body_headed_by_an_organisation_word():
    body = "وأعلنت إدارة المهرجان عن تمديد فعاليات الدورة الحالية أسبوعا إضافيا بسبب الإقبال."
    doc = run(make_doc(body))
    assert quote_with(doc, "تمديد فعاليات الدورة الحالية").speaker.text.startswith("إدارة المهرجان")


def test_the_health_affairs_of_a_region_reveal_a_noun_phrase():
    body = "وكشفت الشؤون الصحية في المحافظة عن إصابة ممرض في اعتداء داخل قسم الطوارئ مساء أمس."
    doc = run(make_doc(body))
    assert quote_with(doc, "إصابة ممرض في اعتداء").cue.text.endswith("كشفت")


def test_a_thing_as_subject_still_states_nothing():
    body = "وأكدت النتائج على تفوق الفريق في جميع المباريات التي خاضها خلال الموسم."
    assert texts(run(make_doc(body))) == []


def test_according_to_the_information_is_nobodys_statement():
    body = "ووفقا للمعلومات، تطمح الهيئة إلى إنشاء عشر مدن صناعية جديدة بحلول نهاية العقد."
    assert texts(run(make_doc(body))) == []


# --- headlines "Speaker + present reporting verb" after an abbreviated title ------------------------
def test_headline_report_after_an_abbreviated_title():
    title = "د. سالم الحربي يشيد بتجربة المدارس في التعليم عن بعد"
    doc = run(make_doc("وزار المدارس أمس برفقة عدد من المسؤولين.", title=title, ents=[person("سالم الحربي")]))
    assert quote_with(doc, "بتجربة المدارس في التعليم").speaker.text == "سالم الحربي"


# --- two words after a named subject of "أكد"/"نفى" when a content noun opens them ----------------
def test_a_short_affirmed_content_after_a_named_subject():
    body = "وأكد المحامي سعد الحربي صحة إجراءات القضية، وقال إن الحكم سيصدر قريبا."
    doc = run(make_doc(body, ents=[person("سعد الحربي")]))
    assert quote_with(doc, "صحة إجراءات القضية").speaker.text == "سعد الحربي"


def test_a_claim_of_responsibility_stays_no_statement():
    body = "وأعلن سعد الحربي مسؤوليته عن الحادث."
    doc = run(make_doc(body, ents=[person("سعد الحربي")]))
    assert not any("مسؤوليته" in t for t in texts(doc))


# --- the verb of an according-to phrase between a verb and its clause is only the channel --------
def test_according_to_a_paper_between_the_verb_and_its_clause():
    body = "وأوضحت الوزارة وفقا لما ذكرت صحيفة الأخبار، أن المكاتب ستعمل يوم السبت خلال شهر الصيف."
    doc = run(make_doc(body, ents=[("ORG", "الوزارة", [("الوزارة", "name")])]))
    q = quote_with(doc, "المكاتب ستعمل يوم السبت")
    assert q.cue.text.endswith("أوضحت")


def test_a_region_emirate_announces_a_noun_phrase():
    body = "وأعلنت إمارة المنطقة القبض على ثلاثة أشخاص ظهروا في مقطع متداول على مواقع التواصل."
    doc = run(make_doc(body))
    assert quote_with(doc, "القبض على ثلاثة أشخاص").speaker.text.startswith("إمارة المنطقة")


# --- a quotation inside one opened by the same straight mark --------------------------------
def test_nested_straight_quotes_keep_the_outer_quotation_whole():
    from marsad.layers.quotes.marks import find_quotes

    text = 'وقال المدرب "إن الفريق سيخوض "مباراتين" وديتين قبل بداية الموسم" وأكد جاهزية اللاعبين.'
    outer = [q for q in find_quotes(text) if q.depth == 0]
    assert [text[q.start : q.end] for q in outer] == ['إن الفريق سيخوض "مباراتين" وديتين قبل بداية الموسم']
    doc = run(make_doc(text))
    assert quote_with(doc, "وديتين قبل بداية الموسم").kind == "direct"


def test_two_straight_quotations_in_a_row_stay_apart():
    from marsad.layers.quotes.marks import find_quotes

    text = 'ووصف القرار بأنه "خطوة مهمة" و"بداية جديدة" للعلاقات بين البلدين.'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["خطوة مهمة", "بداية جديدة"]


# --- "صرح بذلك فلان": what was said before, not the speaker's description ----------------------
def test_sarraha_bidhalika_gives_back_the_sentence_before():
    body = ("تنطلق البطولة الجديدة في الأسبوع القادم بمشاركة عشرين فريقا من مختلف المناطق.\n\n"
            "صرح بذلك خالد المطيري المتحدث الرسمي للاتحاد عبر حسابه الرسمي في تويتر.")
    doc = run(make_doc(body, ents=[person("خالد المطيري")]))
    assert quote_with(doc, "تنطلق البطولة الجديدة").speaker.text == "خالد المطيري"
    assert not any("حسابه الرسمي" in t for t in texts(doc))


def test_a_quoted_verse_then_a_second_quotation_stay_apart():
    from marsad.layers.quotes.marks import find_quotes

    text = ('وقال الشيخ: "إن هذا العمل منكر، حيث يقول تعالى: "ولا تفسدوا في الأرض"، '
            'مضيفا: "نسأل الله أن يحفظ البلاد من كل سوء".')
    quoted = [text[q.start : q.end] for q in find_quotes(text) if q.depth == 0]
    assert "نسأل الله أن يحفظ البلاد من كل سوء" in quoted


# --- a reported clause goes on through "؛" when the next part only goes on with it ------------
def test_a_reported_clause_goes_on_through_a_semicolon_and_mimma():
    body = ("وقال عضو المجلس إن صيانة الجسر قد تتأخر بسبب نزع الملكيات؛ مما قد يرفع تكلفة المشروع "
            "على الأمانة. وأضاف أن العمل مستمر.")
    doc = run(make_doc(body))
    assert quote_with(doc, "صيانة الجسر قد تتأخر").text.endswith("تكلفة المشروع على الأمانة")


def test_a_semicolon_before_a_new_statement_still_ends_the_clause():
    body = "وقال المدير إن الفريق سيغادر غدا إلى المعسكر؛ حيث أكد المدرب أن اللاعبين جاهزون."
    doc = run(make_doc(body))
    assert quote_with(doc, "الفريق سيغادر غدا").text.endswith("إلى المعسكر")


# --- "بينت"، "بينوا": with an ending the verb is never the preposition "between" ----------------
def test_explained_with_a_feminine_ending_far_from_its_clause():
    body = ("وبينت الباحثة نوال الشهري في حديث لـ»الصحيفة» أن عدم وضوح الإجراءات يؤخر "
            "انطلاق المشاريع الصغيرة.")
    doc = run(make_doc(body, ents=[person("نوال الشهري")]))
    q = quote_with(doc, "عدم وضوح الإجراءات")
    assert q.speaker is not None and q.speaker.text == "نوال الشهري"


def test_between_without_an_ending_is_still_a_preposition():
    body = "وتوزعت الجوائز بين الفائزين في حفل أقيم مساء أمس في مقر النادي."
    doc = run(make_doc(body))
    assert not doc.quotes
