"""Quotes layer: how statements are found and delimited (issue #14).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from marsad.layers.quotes.marks import find_quotes
from test_quotes import make_doc, quote_with, run, texts


# --- quotation marks typed the wrong way round -------------------------------------------
def test_reversed_guillemets_end_at_the_first_closing_mark():
    text = "قال المدير »سنفتح الفرع الجديد قريبا« ثم غادر القاعة مع الوفد المرافق."
    [q] = find_quotes(text)
    assert text[q.start : q.end] == "سنفتح الفرع الجديد قريبا" and q.close is not None
    text = "وقال «الأسعار ستنخفض في الربع المقبل« وأضاف أن الطلب «مستقر» حاليا."
    tops = [text[q.start : q.end] for q in find_quotes(text) if q.depth == 0]
    assert tops == ["الأسعار ستنخفض في الربع المقبل", "مستقر"]


def test_nested_guillemets_still_nest():
    text = "قال «إن حملة «الأمل» مستمرة حتى الشتاء» ثم سكت."
    tops = [text[q.start : q.end] for q in find_quotes(text) if q.depth == 0]
    assert tops == ["إن حملة «الأمل» مستمرة حتى الشتاء"]


# --- names after naming words are not quotes ------------------------------------------------
def test_quotation_after_a_naming_word_is_a_name():
    body = ("وكشفت الهيئة عن خطة ما يسمى بـ«مشروع تطوير الواجهة البحرية الجديد» في المدينة. "
            "وقاد الهجوم رجل يدعى «أبو سالم الحلبي» بحسب الشهود. "
            "وتدعي الشركة المنافسة أنها تملك حقوق التصميم منذ سنوات. "
            "ويرى الكاتب في كتابه «مدن على حافة الصحراء الكبرى» أن التخطيط تأخر كثيرا.")
    doc = run(make_doc(body))
    assert not any("الواجهة البحرية" in t or "أبو سالم" in t or "حافة الصحراء" in t for t in texts(doc))
    assert quote_with(doc, "تملك حقوق التصميم").cue.text == "تدعي"


# --- statements without أن / إن ------------------------------------------------------------
def test_participle_with_a_noun_object_keeps_its_object():
    body = ("وقال الوزير فهد السالم إن المشروع يسير وفق الخطة، مؤكدا نجاح الفريق في التعامل مع الأزمة "
            "على أنها فرصة للتطوير.")
    doc = run(make_doc(body, ents=[("PER", "فهد السالم", [("فهد السالم", "name")])]))
    q = quote_with(doc, "نجاح الفريق")
    assert q.text.startswith("نجاح الفريق") and q.speaker.entity == "e1"
    assert "فرصة للتطوير" in q.text and not any(t == "فرصة للتطوير" for t in texts(doc))


def test_feminine_participle_after_an_indefinite_noun_is_an_adjective():
    body = "وسجلت المستشفيات 40 إصابة مؤكدة على الأقل خلال الأسبوع، وزيارة غير معلنة للوفد الطبي إلى المدينة."
    assert run(make_doc(body)).quotes == []


def test_announced_object_is_the_statement():
    body = "وأعلنت وزارة الصحة، أمس، افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية قبل نهاية العام."
    doc = run(make_doc(body, ents=[("ORG", "وزارة الصحة", [("وزارة الصحة", "name")])]))
    q = quote_with(doc, "افتتاح ثلاثة مستشفيات")
    assert q.speaker.entity == "e1" and q.kind == "indirect"


def test_demonstrative_object_is_no_new_statement():
    body = "أكد ذلك سعد الماجد مدير الفرع في تصريحه للصحيفة خلال الجولة."
    doc = run(make_doc(body, ents=[("PER", "سعد الماجد", [("سعد الماجد", "name")])]))
    assert doc.quotes == []


def test_call_to_all_of_a_group_keeps_a_dropped_subject():
    body = ("وقال المتحدث باسم البلدية ماجد العتيبي إن الحملة تبدأ غدا. "
            "ودعا جميع السكان إلى التعاون مع فرق النظافة في الأحياء.")
    doc = run(make_doc(body, ents=[("PER", "ماجد العتيبي", [("ماجد العتيبي", "name")])]))
    q = quote_with(doc, "التعاون مع فرق النظافة")
    assert q.speaker is not None and q.speaker.entity == "e1"


def test_wish_and_results_are_statements():
    body = ("وتمنى المدرب خالد الحربي أن يحقق الفريق نتيجة إيجابية في المباراة المقبلة. "
            "وأظهرت دراسة حديثة أن نصف السكان يمارسون الرياضة بانتظام.")
    doc = run(make_doc(body, ents=[("PER", "خالد الحربي", [("خالد الحربي", "name")])]))
    assert quote_with(doc, "يحقق الفريق نتيجة").speaker.entity == "e1"
    quote_with(doc, "نصف السكان يمارسون")


def test_noun_phrase_statement_runs_on_past_a_semicolon():
    body = ("وأشار الخبير سامي العمر إلى ارتفاع الحرارة؛ بسبب كتلة هوائية قادمة من الجنوب، "
            "مضيفا أن الأمطار ستعود الأسبوع المقبل.")
    doc = run(make_doc(body, ents=[("PER", "سامي العمر", [("سامي العمر", "name")])]))
    q = quote_with(doc, "ارتفاع الحرارة")
    assert "كتلة هوائية" in q.text and "الأمطار" not in q.text


def test_noun_phrase_stops_where_another_statement_begins():
    body = "وأعلنت الحكومة الترحيب بالاتفاق، وأصدرت بيانا قالت فيه إنه خطوة مهمة نحو حل الأزمة."
    doc = run(make_doc(body, ents=[("ORG", "الحكومة", [("الحكومة", "name")])]))
    assert "خطوة مهمة" not in quote_with(doc, "الترحيب بالاتفاق").text
    assert quote_with(doc, "خطوة مهمة نحو حل").cue.text == "قالت"


def test_while_clause_opens_a_second_statement():
    body = "وأظهرت نتائج المسح أن المبيعات ارتفعت كثيرا فيما ذكر أحد التجار أن الأسعار ما زالت مرتفعة."
    doc = run(make_doc(body))
    assert "الأسعار" not in quote_with(doc, "المبيعات ارتفعت").text
    quote_with(doc, "الأسعار ما زالت مرتفعة")


# --- the subject set off by a semicolon, and an addressee before it ------------------------
def test_semicolon_after_the_speaker_name():
    body = "من جهته، أوضح نواف الشمري؛ محلل مالي، أن السوق تمر بمرحلة تصحيح طبيعية هذا الشهر."
    doc = run(make_doc(body))
    assert quote_with(doc, "السوق تمر بمرحلة").speaker is not None  # a name the entity layer missed
    doc = run(make_doc(body, ents=[("PER", "نواف الشمري", [("نواف الشمري", "name")])]))
    assert quote_with(doc, "السوق تمر بمرحلة").speaker.entity == "e1"


def test_outlet_given_the_words_is_not_the_speaker():
    body = 'وقال لـ "الصحيفة" سالم الفهد؛ مدير الفرع في جدة، "إن المبيعات تضاعفت خلال الموسم".'
    doc = run(make_doc(body, ents=[("PER", "سالم الفهد", [("سالم الفهد", "name")]),
                                   ("ORG", "الصحيفة", [("الصحيفة", "name")])]))
    q = quote_with(doc, "المبيعات تضاعفت")
    assert q.kind == "direct" and q.speaker.entity == "e1"


# --- "according to X, then ..." and homographs of reporting verbs ---------------------------
def test_according_to_a_named_source_then_fa_qad():
    body = ("ووفقا للتقرير فقد ضاعف المعهد عدد برامجه التدريبية خلال العام الماضي. "
            "ووفقا للأرقام الأخيرة فقد ارتفعت المبيعات بنسبة كبيرة.")
    doc = run(make_doc(body))
    quote_with(doc, "ضاعف المعهد عدد برامجه")
    assert not any("ارتفعت المبيعات" in t for t in texts(doc))


def test_verb_with_shadda_is_never_the_preposition():
    body = "وبيّن رئيس اللجنة في تصريح للصحيفة أن الموسم الزراعي سيبدأ مبكرا هذا العام."
    quote_with(run(make_doc(body)), "الموسم الزراعي سيبدأ")


def test_books_are_not_a_writing_verb():
    body = "وتذكر كتب التاريخ القديمة أنها كانت مدينة تجارية كبيرة على طريق القوافل."
    assert not any(q.cue.text == "كتب" for q in run(make_doc(body)).quotes)
    body = "حيث كتب الباحث في مدونته: «المدن الصغيرة تحتاج إلى خطط نقل مختلفة تماما»."
    assert quote_with(run(make_doc(body)), "المدن الصغيرة تحتاج").kind == "direct"


# --- headlines ----------------------------------------------------------------------------
def test_headline_speaker_in_quotation_marks_after_a_lead_in():
    doc = run(make_doc("وأصدرت الهيئة بيانا حول الحادثة.",
                       title="بعد حادثة الجسر.. «هيئة الطرق»: لن نتهاون مع أي مقاول مخالف"))
    q = quote_with(doc, "لن نتهاون مع أي مقاول")
    assert q.kind == "direct" and q.speaker.text == "هيئة الطرق"


def test_object_with_a_dropped_subject_follows_the_verb_or_its_setting():
    body = ("وقال الوزير نبيل الراشد إن الوزارة تتابع الملف. "
            "وأكد في تصريحات صحفية أمس ضرورة حماية العاملين في القطاع الصحي من الاعتداءات. "
            "وجاء ذلك في البيان الذي أعلنت عنه الوزارة مساء أمس بعد اجتماع طويل.")
    doc = run(make_doc(body, ents=[("PER", "نبيل الراشد", [("نبيل الراشد", "name")])]))
    assert quote_with(doc, "ضرورة حماية العاملين").speaker.entity == "e1"
    assert not any("الوزارة مساء" in t for t in texts(doc))


# --- statements with no complementiser and no colon --------------------------------------------
def test_clause_opener_right_after_the_verb_starts_the_statement():
    body = ("وقال الوزير فهد السالم إن الخطة جاهزة. وعن الأسعار قال ليس هناك ما يبرر رفعها في هذا الوقت. "
            "وأضاف في كلمته لقد عملنا طويلا من أجل هذا اليوم.")
    doc = run(make_doc(body, ents=[("PER", "فهد السالم", [("فهد السالم", "name")])]))
    assert quote_with(doc, "ما يبرر").text == "ليس هناك ما يبرر رفعها في هذا الوقت"
    assert quote_with(doc, "عملنا طويلا").text == "لقد عملنا طويلا من أجل هذا اليوم"


def test_subject_before_qad_leaves_the_noun_after_the_verb_as_object():
    body = "كانت الشركة الكورية قد أعلنت الشهر الماضي بيع مصنعين في آسيا بتراجع عن خطط التوسع السابقة."
    doc = run(make_doc(body))
    assert quote_with(doc, "مصنعين").text == "بيع مصنعين في آسيا بتراجع عن خطط التوسع السابقة"


# --- a cited agency as the subject of its own reporting verb ----------------------------------
AGENCY = "وكالة الأنباء الفرنسية"


def agency_doc(body: str):
    return run(make_doc(body, ents=[("ORG", AGENCY, [(AGENCY, "name")]), ("PER", "سالم العلي", [("سالم العلي", "name")])],
                        sources=[(AGENCY, "e1")]))


def test_agency_subject_speaks_unless_a_source_follows_it():
    q = quote_with(agency_doc("وذكرت وكالة الأنباء الفرنسية أن الاشتباكات استمرت حتى فجر اليوم."), "الاشتباكات")
    assert q.speaker.entity == "e1"
    q = quote_with(agency_doc("وذكرت وكالة الأنباء الفرنسية، أمس، عن سالم العلي أن الاشتباكات استمرت حتى الفجر."),
                   "الاشتباكات")
    assert q.speaker.entity == "e2" and q.via == ["e1"]
    q = quote_with(agency_doc("وقال سالم العلي لوكالة الأنباء الفرنسية إن الاشتباكات استمرت حتى الفجر."), "الاشتباكات")
    assert q.speaker.entity == "e2"


# --- a reporting verb with a noun that opens its content (issue #14) ---------------------------
def test_content_noun_after_the_subject_opens_the_statement():
    doc = run(make_doc("وأكد وزير النقل أهمية صيانة الطرق السريعة قبل موسم الأمطار."))
    assert quote_with(doc, "صيانة").text == "أهمية صيانة الطرق السريعة قبل موسم الأمطار"
    doc = run(make_doc("ونفى المتحدث باسم الهيئة وجود أي نقص في الأدوية بالمستشفيات الحكومية."))
    assert quote_with(doc, "نقص").text == "وجود أي نقص في الأدوية بالمستشفيات الحكومية"
    doc = run(make_doc("وأكدت الجمعية التزامها بتوزيع السلال الغذائية على الأسر قبل العيد."))
    assert quote_with(doc, "السلال").text.startswith("التزامها بتوزيع")
    doc = run(make_doc("وأوضح التقرير ضرورة خفض الإنفاق على المشاريع المتعثرة في العام المقبل."))
    assert quote_with(doc, "خفض الإنفاق").text.startswith("ضرورة خفض")


def test_content_noun_inside_a_name_or_after_a_thing_is_no_statement():
    doc = run(make_doc("وأكد رئيس لجنة دعم المزارعين أن الموسم سيكون جيدا هذا العام بفضل الأمطار."))
    assert quote_with(doc, "الموسم").text == "أن الموسم سيكون جيدا هذا العام بفضل الأمطار"
    doc = run(make_doc("ولا شك أن هذه الطريقة أكدت نجاحها بدليل أنها تنتشر في مدن كثيرة حول العالم."))
    assert texts(doc) == []


def test_complementiser_of_a_time_phrase_is_not_the_verbs():
    doc = run(make_doc("وأكد المدرب سالم العمري نجاح المعسكر الخارجي الذي انتهى أمس بعد أن خاض الفريق أربع مباريات.",
                       ents=[("PER", "سالم العمري", [("سالم العمري", "name")])]))
    assert quote_with(doc, "المعسكر").text.startswith("نجاح المعسكر الخارجي")


def test_description_of_the_subject_and_abbreviation_dots_do_not_hide_the_clause():
    doc = run(make_doc("وأوضح سالم الفهد، وهو خبير في أسواق المال، أن الأسهم ستواصل الصعود حتى نهاية العام.",
                       ents=[("PER", "سالم الفهد", [("سالم الفهد", "name")])]))
    q = quote_with(doc, "الأسهم")
    assert q.text == "أن الأسهم ستواصل الصعود حتى نهاية العام" and q.speaker.entity == "e1"
    doc = run(make_doc("وقال متحدث باسم الشرطة لوكالة الأنباء الألمانية (د. ب. أ) إن التحقيق ما زال جاريا مع الموقوفين."))
    assert quote_with(doc, "التحقيق").text == "إن التحقيق ما زال جاريا مع الموقوفين"
    doc = run(make_doc("وقال سالم الفهد وهو يغادر القاعة ثم ركب سيارته بعد أن ودع الحضور في الحفل."))
    assert texts(doc) == []


# --- quoted names next to the complementiser ------------------------------------------------
def test_quoted_name_before_or_after_the_complementiser_is_no_statement():
    doc = run(make_doc("وقال «مركز الدراسات الإقليمية» إن المنطقة تواجه موجة جفاف غير مسبوقة هذا العام."))
    assert texts(doc) == ["إن المنطقة تواجه موجة جفاف غير مسبوقة هذا العام"]
    doc = run(make_doc("وقالت المنظمة إن «الرابطة»، التي تضم مئات الأعضاء، تقف إلى جانب الحكومة بشكل كامل."))
    assert quote_with(doc, "تقف إلى جانب").text.startswith("إن «الرابطة»")
    doc = run(make_doc("وقال الوزير إن «الأمور تسير على ما يرام»."))
    assert [(q.kind, q.text) for q in doc.quotes] == [("direct", "الأمور تسير على ما يرام")]


def test_a_name_opening_with_a_verse_word_still_speaks():
    doc = run(make_doc("وقال عز الدين العلي إن الوضع في المدينة مستقر تماما."))
    assert quote_with(doc, "مستقر").text == "إن الوضع في المدينة مستقر تماما"
    doc = run(make_doc("قال عز وجل في كتابه الكريم إن الصبر مفتاح الفرج."))
    assert texts(doc) == []


# --- asides, rules and labels that are nobody's statement ------------------------------------
def test_writer_asides_and_rules_are_not_statements():
    doc = run(make_doc("والجدير ذكره أن النادي سيلعب مباراته المقبلة على أرضه وبين جماهيره."))
    assert texts(doc) == []
    doc = run(make_doc("ووفقا للتعليمات المعمول بها في الجامعة، فإن الطالب يفصل بعد ثلاثة إنذارات متتالية."))
    assert texts(doc) == []
    doc = run(make_doc("وبحسب الخبراء، فإن الأسعار سترتفع خلال الأشهر المقبلة بشكل كبير."))
    assert quote_with(doc, "الأسعار").text == "إن الأسعار سترتفع خلال الأشهر المقبلة بشكل كبير"


def test_place_before_a_headline_with_its_own_subject_is_a_label():
    body = "وعقد الاجتماع في القصر الجمهوري بحضور عدد من الوزراء والمسؤولين."
    ents = [("LOC", "السودان", [("السودان", "name")]), ("PER", "عمر البشير", [("البشير", "name")])]
    doc = run(make_doc(body, title="السودان: البشير يترأس اجتماعا لتحديد موعد الحوار", ents=ents))
    assert texts(doc) == []
    doc = run(make_doc(body, title="السودان: نرفض أي تدخل في شؤوننا الداخلية", ents=ents))
    assert quote_with(doc, "نرفض").speaker.entity == "e1"


def test_bayyana_with_a_subject_set_off_by_a_comma_reports():
    doc = run(make_doc("وبين مدير فرع الوزارة بالمنطقة، أن العمل يسير وفق الخطة المرسومة."))
    assert quote_with(doc, "العمل يسير").text == "أن العمل يسير وفق الخطة المرسومة"
    doc = run(make_doc("وبين الوزارة والشركة خلاف قديم، إلا أن العمل في المشروع مستمر."))
    assert texts(doc) == []


def test_statement_right_after_the_subject_without_a_complementiser():
    doc = run(make_doc("وقال سالم الفهد لـ«الجريدة» لا خيار أمام المزارعين إلا التعاون مع الجمعية.",
                       ents=[("PER", "سالم الفهد", [("سالم الفهد", "name")])]))
    q = quote_with(doc, "لا خيار")
    assert q.text == "لا خيار أمام المزارعين إلا التعاون مع الجمعية" and q.speaker.entity == "e1"
    doc = run(make_doc("وقال الوزير لن نسمح بأي تجاوز على المال العام."))
    q = quote_with(doc, "نسمح")
    assert q.text == "لن نسمح بأي تجاوز على المال العام" and q.speaker.text == "الوزير"
    doc = run(make_doc("هذا يوضح للجميع أنك تعني ما تقول وأنك لن تتراجع عن موقفك أبدا."))
    assert not any("تتراجع" in t for t in texts(doc))
    doc = run(make_doc("قال بعد إلحاح طويل: «داعش» والخلافة قضية معقدة جدا."))
    assert quote_with(doc, "الخلافة").text == "«داعش» والخلافة قضية معقدة جدا"


def test_stray_closing_guillemet_opens_nothing():
    text = "وقال «نعمل على تطوير القطاع»» وأضاف أن الخطة جاهزة تماما."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["نعمل على تطوير القطاع"]
    text = "وقال المدير إن الخطة لم تنجح كما توقعنا». وأضاف أن الفريق سيعمل على تعديلها."
    assert find_quotes(text) == []
    text = "وقال إن» الأسعار ستنخفض في الربع المقبل بشكل واضح»."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["الأسعار ستنخفض في الربع المقبل بشكل واضح"]


def test_noun_with_a_feminine_ending_is_not_a_reporting_verb():
    doc = run(make_doc("وصفة النجاح لا تتغير مهما تغيرت الظروف من حولنا في كل مكان."))
    assert texts(doc) == []


def test_what_a_document_says():
    doc = run(make_doc("وأصدرت الهيئة بيانا مساء أمس. وجاء في البيان أن عدد المخالفات ارتفع إلى مائة مخالفة."))
    q = quote_with(doc, "المخالفات")
    assert q.text == "أن عدد المخالفات ارتفع إلى مائة مخالفة" and q.cue.text == "وجاء"
    doc = run(make_doc("وجاء ذلك خلال زيارته للمنطقة أمس برفقة عدد من المسؤولين."))
    assert texts(doc) == []
    doc = run(make_doc("وقال المدير الذي جاء إلى المدينة أمس إن المشروع سينتهي قريبا."))
    assert texts(doc) == ["إن المشروع سينتهي قريبا"]


def test_description_of_the_subject_going_on_after_a_comma_is_not_the_statement():
    body = ("وأشاد عضو مجلس الجمعية، وأستاذ التاريخ بالجامعة، والمشرف على المتحف الدكتور سالم الفهد، "
            "بقرار الوزير في تغريدة نشرها أمس.")
    doc = run(make_doc(body, ents=[("PER", "سالم الفهد", [("سالم الفهد", "name")])]))
    assert not any("وأستاذ" in t for t in texts(doc))


def test_second_statement_after_idh_or_haythu_is_its_own():
    doc = run(make_doc("وأعلنت الحكومة أن القاعدة تحولت إلى منصة لانطلاق الجنود، إذ تقول الوزارة إن آلاف الجنود يتمركزون هناك."))
    assert texts(doc) == ["أن القاعدة تحولت إلى منصة لانطلاق الجنود", "إن آلاف الجنود يتمركزون هناك"]


# --- the extent of a statement ---------------------------------------------------------------
def test_complementiser_carrying_a_pronoun_is_part_of_the_statement():
    doc = run(make_doc("وقالت الشركة إنها ستفتح فرعا جديدا في المدينة الشهر المقبل."))
    assert texts(doc) == ["إنها ستفتح فرعا جديدا في المدينة الشهر المقبل"]
    doc = run(make_doc("وأوضح المدرب بأنه سيعتمد على اللاعبين الشباب في المباراة القادمة."))
    assert texts(doc) == ["أنه سيعتمد على اللاعبين الشباب في المباراة القادمة"]
    doc = run(make_doc("وأكد المدير أن العمل سيبدأ في الموقع الأسبوع المقبل."))
    assert texts(doc) == ["أن العمل سيبدأ في الموقع الأسبوع المقبل"]


def test_between_repeated_is_no_new_statement():
    doc = run(make_doc("وذكر اللاعب أن المفاوضات بينه وبين إدارة النادي استمرت ثلاثة أيام فقط."))
    assert texts(doc) == ["أن المفاوضات بينه وبين إدارة النادي استمرت ثلاثة أيام فقط"]
    doc = run(make_doc("وقال الوزير إن الخلاف بين الشركة الوطنية وبين المقاول انتهى أمس."))
    assert texts(doc) == ["إن الخلاف بين الشركة الوطنية وبين المقاول انتهى أمس"]


def test_event_noun_after_the_subject_and_its_asides_opens_the_statement():
    ents = [("ORG", "شرطة المدينة", [("شرطة المدينة", "name")]), ("PER", "سعد الفهد", [("سعد الفهد", "name")])]
    doc = run(make_doc("وأعلنت شرطة المدينة، اليوم (الأحد)، مقتل ثلاثة لصوص في مواجهة مع دورية أمنية.", ents=ents))
    assert texts(doc) == ["مقتل ثلاثة لصوص في مواجهة مع دورية أمنية"]
    doc = run(make_doc("ونفى سعد الفهد -مدير النادي- توقف المفاوضات مع المدرب الجديد للفريق الأول.", ents=ents))
    assert texts(doc) == ["توقف المفاوضات مع المدرب الجديد للفريق الأول"]


def test_hinting_and_accusing_are_statements():
    doc = run(make_doc("وألمح المدرب إلى أن الفريق سيتعاقد مع مهاجم جديد قبل بداية الموسم."))
    assert texts(doc) == ["أن الفريق سيتعاقد مع مهاجم جديد قبل بداية الموسم"]
    ents = [("LOC", "الهند", [("الهند", "name")]), ("LOC", "باكستان", [("باكستان", "name")])]
    doc = run(make_doc("واتهمت الهند باكستان بخرق اتفاق الهدنة على الحدود المشتركة بين البلدين.", ents=ents))
    q = quote_with(doc, "بخرق اتفاق الهدنة")
    assert q.cue.text == "اتهمت" and q.speaker.entity == "e1"


def test_content_noun_set_apart_from_a_later_complementiser_is_the_statement():
    ents = [("PER", "سعد الفهد", [("سعد الفهد", "name")])]
    body = "ونفى سعد الفهد توقف أعمال الصيانة في الملعب الرئيسي، مجددا التأكيد على أن الافتتاح في موعده."
    doc = run(make_doc(body, ents=ents))
    q = quote_with(doc, "توقف أعمال الصيانة")
    assert q.text.startswith("توقف أعمال الصيانة") and q.cue.text == "نفى"


def test_complementiser_after_a_long_description_of_the_subject():
    ents = [("PER", "سعد الفهد", [("سعد الفهد", "name")])]
    body = ("وأوضح الدكتور سعد الفهد استشاري أمراض القلب والشرايين ورئيس قسم الباطنة في المستشفى الجامعي "
            "بالمدينة المنورة، المشرف على علاج المرضى القادمين من القرى المجاورة، أنه سيتم نقل المريض "
            "إلى العناية المركزة.")
    doc = run(make_doc(body, ents=ents))
    q = quote_with(doc, "سيتم نقل المريض")
    assert q.text.startswith("أنه سيتم") and q.speaker.entity == "e1"


def test_impersonal_passive_right_after_the_verb_opens_the_statement():
    doc = run(make_doc("وقال مدير الشرطة إن الحادث وقع ليلا. وأضاف تم القبض على المشتبه به بعد ساعات من البحث."))
    assert "تم القبض على المشتبه به بعد ساعات من البحث" in texts(doc)


def test_subheading_with_a_named_speaker_and_a_colon():
    ents = [("PER", "سعد الفهد", [("سعد الفهد", "name")])]
    body = ("وافتتح الوزير المعرض أمس بحضور عدد من المسؤولين.\n\n"
            "سعد الفهد: المعرض يفتح أبوابا جديدة للمصممين الشباب\n\n"
            "وتجول الوزير في أجنحة المعرض.")
    doc = run(make_doc(body, ents=ents))
    q = quote_with(doc, "يفتح أبوابا")
    assert q.kind == "direct" and q.text == "المعرض يفتح أبوابا جديدة للمصممين الشباب" and q.speaker.entity == "e1"
    doc = run(make_doc("وافتتح الوزير المعرض أمس.\n\nملاحظة: المعرض مفتوح للجميع طوال الأسبوع\n\nوتجول الوزير."))
    assert texts(doc) == []


def test_answer_clause_of_a_fronted_phrase_is_not_the_verbs():
    doc = run(make_doc("وعلى ما ذكر فإن الصبر مفتاح الفرج في كل الأحوال والظروف."))
    assert texts(doc) == []
    body = ("وغاب اللاعب عن المباراة بحسب ما أكده النادي أمس بعد أن تعرض لإصابة في الركبة خلال التدريبات.")
    doc = run(make_doc(body))
    assert not any(t.startswith("تعرض لإصابة") for t in texts(doc))


def test_quoted_name_of_the_speaker_before_a_colon():
    doc = run(make_doc('وقالت "أم سالم": إنها تعمل في المستشفى منذ عشرين عاما.'))
    assert texts(doc) == ["إنها تعمل في المستشفى منذ عشرين عاما"]
    doc = run(make_doc('وقالت "أم سالم" لـ"الصحيفة": إنها تنتظر الرد منذ شهور طويلة.'))
    assert texts(doc) == ["إنها تنتظر الرد منذ شهور طويلة"]


def test_reporting_verb_after_a_relative_pronoun():
    body = "وتحدثنا إلى مدير الفرع الذي بين أن الفرع سيفتح أبوابه مساء كل يوم خلال الشهر."
    doc = run(make_doc(body))
    assert texts(doc) == ["أن الفرع سيفتح أبوابه مساء كل يوم خلال الشهر"]
    body = "والتقينا مدير الفرع سالم العتيبي الذي أكد حدوث تأخير في تسليم الطلبات للعملاء."
    assert texts(run(make_doc(body))) == ["حدوث تأخير في تسليم الطلبات للعملاء"]
    body = "ولم تكن النتيجة التي أعلنت في المؤشر مفاجئة للسوق، التي قدرت انخفاض المبيعات بنسبة كبيرة."
    assert texts(run(make_doc(body))) == []


def test_verb_with_that_as_object_gives_back_the_paragraph_before():
    ents = [("PER", "سعد الفهد", [("سعد الفهد", "name")])]
    body = ("ارتفع عدد زوار المعرض هذا العام إلى مائة ألف زائر. وشارك فيه ثلاثون بلدا. "
            "أوضح ذلك مدير المعرض سعد الفهد في مؤتمر صحفي أمس.")
    doc = run(make_doc(body, ents=ents))
    q = quote_with(doc, "مائة ألف زائر")
    assert q.text == "ارتفع عدد زوار المعرض هذا العام إلى مائة ألف زائر. وشارك فيه ثلاثون بلدا"
    assert q.speaker.entity == "e1"
    body = "ارتفع عدد زوار المعرض هذا العام كثيرا. وأكد ذلك أن المدينة تجذب السياح من كل مكان."
    assert not any("زوار المعرض" in t for t in texts(run(make_doc(body))))


def test_counting_as_with_a_quotation():
    doc = run(make_doc("واستنكرت الرابطة القرار وعدته «خطوة إلى الوراء» في بيان أمس."))
    q = quote_with(doc, "خطوة إلى الوراء")
    assert q.kind == "direct" and q.cue.text == "عدته"
    assert texts(run(make_doc("وقرأ الكتاب بعدها في المكتبة وعدها بزيارة قريبة للمدينة."))) == []


def test_also_after_a_comma_opens_a_second_statement():
    # "...، كما دعت X إلى ...": the first statement ends at the comma, the second is a statement of its own
    body = ("ودانت الجامعة العربية القصف، وطالبت الحكومة باحترام سيادة البلاد على أراضيها، "
            "كما دعت الجامعة العربية الطرفين إلى التعاون للحفاظ على السلام.")
    doc = run(make_doc(body, ents=[("ORG", "الجامعة العربية", [("الجامعة العربية", "name")])]))
    first = quote_with(doc, "باحترام سيادة البلاد")
    assert "التعاون" not in first.text
    assert quote_with(doc, "التعاون للحفاظ على السلام").speaker.entity == "e1"
