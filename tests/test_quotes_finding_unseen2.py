"""Quotes layer: statements found (or not) on news the rules were not written from, continued
(issue #14): state clauses between the verb and "إن", settings that say nothing, passives.

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, person, run, texts


# --- a state clause between the verb and "إن" ("وقالت وهي تبكي إنها ...") ---------------------
def test_state_clause_between_verb_and_in():
    body = "وقالت الأم وهي تبكي إنها فقدت ابنها الوحيد في الحادث المروري."
    doc = run(make_doc(body))
    assert any(t.startswith("إنها فقدت ابنها") for t in texts(doc))


def test_state_clause_with_no_subject_before_it():
    body = "وقال وهو يغالب دموعه إن والده كان رجلا طيبا يساعد الجميع."
    doc = run(make_doc(body))
    assert any(t.startswith("إن والده كان") for t in texts(doc))


def test_verb_of_knowing_in_the_clause_keeps_its_an():
    body = "وقال الرجل وهو يعلم أن الطريق طويل، سنحاول مرة أخرى."
    doc = run(make_doc(body))
    assert not any(t.startswith("أن الطريق طويل") for t in texts(doc))


# --- a setting and its topic, with nothing said ---------------------------------------------
def test_setting_about_a_topic_says_nothing():
    body = "وأكدت الصحيفة في تقرير لها عن الأوضاع الإنسانية في المدن الساحلية."
    doc = run(make_doc(body))
    assert not doc.quotes


def test_setting_about_a_topic_then_the_clause():
    body = "وأكدت الصحيفة في تقرير لها عن الأوضاع الإنسانية أن الحرب ستطول في المدن الساحلية."
    doc = run(make_doc(body))
    assert any(t.startswith("أن الحرب ستطول") for t in texts(doc))


def test_the_verbs_own_about_after_a_setting_is_said():
    body = "وأعرب الوزير في بيان له عن قلقه من تدهور الأوضاع في المدن الساحلية."
    doc = run(make_doc(body))
    assert any(t.startswith("عن قلقه من تدهور") for t in texts(doc))


# --- a continuation verb with its colon left out ---------------------------------------------
def test_continuation_then_a_past_verb_and_a_construct_subject():
    body = "وافتتح الأمير المشروع أمس. وأضاف بلغت تكلفة المشروع نحو مليار ريال على مدى ثلاث سنوات."
    doc = run(make_doc(body))
    assert any(t.startswith("بلغت تكلفة المشروع") for t in texts(doc))


def test_continuation_then_a_past_verb_and_a_preposition_is_no_statement():
    body = "وأضاف ذهب إلى المدينة مع أصدقائه في الصيف الماضي."
    doc = run(make_doc(body))
    assert not any(t.startswith("ذهب إلى") for t in texts(doc))


def test_continuation_with_its_subject_then_kama_and_a_past_verb():
    body = ("وأصدرت القيادة بيانا عن العمليات. "
            "وأضاف البيان كما استهدفت الطائرات مواقع للمسلحين قرب الحدود الشمالية.")
    doc = run(make_doc(body))
    assert any(t.startswith("استهدفت الطائرات مواقع") for t in texts(doc))


def test_continuation_with_kama_and_a_later_clause_keeps_the_clause():
    body = "وأضاف البيان كما هو معروف فإن الأمور تسير نحو التهدئة في المنطقة."
    doc = run(make_doc(body))
    assert not any(t.startswith("هو معروف") for t in texts(doc))


# --- "بمناسبة" is the occasion, not the content of a verb taking "بـ" ------------------------
def test_on_the_occasion_of_is_no_content_of_sarraha():
    body = ("صرح المتحدث الرسمي للمجلس الشيخ سالم بن فهد الدوسري بمناسبة افتتاح المبنى الجديد للمحكمة، "
            "حيث قال: إن المبنى سيخدم سكان المحافظة كلها.")
    doc = run(make_doc(body))
    assert not any(t.startswith("بمناسبة") for t in texts(doc))
    assert any(t.startswith("إن المبنى سيخدم") for t in texts(doc))


def test_the_verbs_own_bi_after_the_occasion():
    body = "وطالب سالم الفهد بمناسبة العيد بزيادة عدد الحافلات في الأحياء البعيدة عن المركز."
    doc = run(make_doc(body, ents=[person("سالم الفهد")]))
    assert any(t.startswith("بزيادة عدد الحافلات") for t in texts(doc))


# --- "فيما بين" is "between", no second statement ---------------------------------------------
def test_fima_bayna_does_not_end_the_clause():
    body = "وأكد المتحدث أن التعاون فيما بين رجال الأمن والمواطنين ساعد على كشف الخلية سريعا."
    doc = run(make_doc(body))
    assert any(t.endswith("كشف الخلية سريعا") for t in texts(doc))


def test_fima_then_a_verb_of_saying_still_ends_it():
    body = "وأكد المتحدث أن التعاون ساعد على كشف الخلية سريعا، فيما ذكر خبير أن الخلية كانت صغيرة."
    doc = run(make_doc(body))
    assert any(t.endswith("كشف الخلية سريعا") for t in texts(doc))


# --- a group subject's "من" phrases are no part of what it said ------------------------------
def test_group_subjects_partitives_before_the_object():
    body = "واعتبر عدد من كبار السن من أهالي القرية الاحتفال بالعيد اليوم أقل بهجة من أعياد الماضي."
    doc = run(make_doc(body))
    assert any(t.startswith("الاحتفال بالعيد اليوم") for t in texts(doc))


# --- a verbal noun after an impersonal modal ("لا يمكن وصفه") ---------------------------------
def test_verbal_noun_after_a_modal_is_no_reporting_verb():
    body = "إنهم طيبون بشكل لا يمكن وصفه، فهم يحبون بسرعة ويغضبون بسرعة أكبر من غيرهم."
    doc = run(make_doc(body))
    assert not doc.quotes


def test_group_subjects_partitive_closed_by_a_place_name():
    body = "واعتبر عدد من كبار السن من أهالي عسير الاحتفال بالعيد اليوم عبئا ثقيلا على رب الأسرة."
    doc = run(make_doc(body, ents=[("LOC", "عسير", [("عسير", "name")])]))
    assert any(t.startswith("الاحتفال بالعيد اليوم") for t in texts(doc))


# --- "بدوره" after a noun of the clause is its "in turn" --------------------------------------
def test_bidawrihim_after_a_noun_does_not_end_the_clause():
    body = "وأشار المتحدث إلى أن الموقوفين بدورهم كشفوا أسماء من يساعدهم في تهريب الأموال."
    doc = run(make_doc(body))
    assert any(t.endswith("في تهريب الأموال") for t in texts(doc))


def test_bidawrihi_after_a_comma_opens_another_speaker():
    body = "وأشار المتحدث إلى أن المتهمين سيحالون إلى المحكمة قريبا، بدوره قال المحامي إن موكله بريء."
    doc = run(make_doc(body))
    assert any(t.endswith("إلى المحكمة قريبا") for t in texts(doc))


# --- the present "ويقول" with a named subject and bare words ---------------------------------
def test_present_yaqul_then_a_named_subject_and_bare_words():
    body = ("وارتفعت أسعار الذبائح هذا العام. "
            "ويقول سالم الفهد تشهد المطابخ توافد أعداد كبيرة من الأهالي في أيام العيد.")
    doc = run(make_doc(body, ents=[person("سالم الفهد")]))
    q = next(q for q in doc.quotes if q.text.startswith("تشهد المطابخ"))
    assert q.speaker.text == "سالم الفهد"


def test_present_yaqul_of_an_unnamed_saying_stays_silent():
    body = "ويقول المثل الشعبي القديم إذا كثر الطباخون فسدت الطبخة في البيت."
    doc = run(make_doc(body))
    assert not any(t.startswith("القديم") for t in texts(doc))


def test_bare_words_then_another_speakers_clause_after_a_comma():
    body = ("وارتفعت أسعار الذبائح هذا العام. "
            "ويقول سالم الفهد تشهد المطابخ توافد أعداد كبيرة من الأهالي، وأوضح العامل في المطبخ أن "
            "الطلبات تضاعفت في العيد.")
    doc = run(make_doc(body, ents=[person("سالم الفهد")]))
    assert any(t.startswith("تشهد المطابخ") for t in texts(doc))
    assert any(t.startswith("أن الطلبات تضاعفت") for t in texts(doc))


# --- passives read as reporting verbs ---------------------------------------------------------
def test_passive_itubira_reports_no_view():
    body = "ودفع الحادث الوزير للقول إن الهجوم اعتبر إرهابيا بما أن راية التنظيم وجدت في المكان."
    doc = run(make_doc(body))
    assert not any(q.cue is not None and q.cue.text == "اعتبر" for q in doc.quotes)


def test_active_itabara_with_its_subject_still_reports():
    body = "واعتبر سالم الفهد أن القرار خاطئ ولا يخدم مصلحة المواطنين في المنطقة."
    doc = run(make_doc(body, ents=[person("سالم الفهد")]))
    assert any(t.startswith("أن القرار خاطئ") for t in texts(doc))


def test_mutalaba_as_a_predicate_is_no_demand():
    body = "والجهات المعنية مطالبة بأن توفر الحماية للسكان في الأحياء الفقيرة."
    doc = run(make_doc(body))
    assert not doc.quotes


def test_mutaliba_after_a_verb_of_going_out_is_a_demand():
    body = "وخرجت الجماهير مطالبة بإسقاط الحكومة ومحاسبة المسؤولين عن الفساد في البلاد."
    doc = run(make_doc(body))
    assert any(t.startswith("بإسقاط الحكومة") for t in texts(doc))


def test_an_tuwaqqi_is_signing_not_expecting():
    body = "ومن المقرر أن توقع الشركتان اتفاقية تنص على أن تتولى الشركة الوطنية تشغيل المحطة."
    doc = run(make_doc(body))
    assert not doc.quotes


def test_itabarat_after_a_relative_pronoun_is_active():
    body = "وتتقدم العاصمة، التي اعتبرت نفسها دوما اللاعب الرئيسي في الملف، بمبادرة جديدة للحل."
    doc = run(make_doc(body))
    assert any(q.cue is not None and q.cue.text == "اعتبرت" for q in doc.quotes)


# --- "في" and a named place after the subject is where it is, not what it said ----------------
def test_fi_and_a_named_place_after_the_subject_with_its_abbreviation():
    body = ("وأعلنت رابطة المزارعين الكبرى في الولايات المتحدة (رام)، حربا على قرار الحكومة "
            "الأخير بسبب الضرائب الجديدة.")
    doc = run(make_doc(body, ents=[("LOC", "الولايات المتحدة", [("الولايات المتحدة", "name")]),
                                   ("ORG", "رابطة المزارعين الكبرى", [("رابطة المزارعين الكبرى", "name")])]))
    assert any(t.startswith("حربا على قرار") for t in texts(doc))


def test_a_setting_cut_by_the_next_verb_says_nothing():
    body = "وفجر المدرب مفاجأة عندما أعلن في تصريح لإحدى الإذاعات المحلية قال فيه إن اللاعب لم يوقع بعد."
    doc = run(make_doc(body))
    assert texts(doc) == ["إن اللاعب لم يوقع بعد"]


# --- "كلمة ... أكد فيها" + a noun phrase ------------------------------------------------------
def test_speech_then_akkada_fiha_and_a_noun_phrase():
    body = "وألقى سالم الفهد كلمة أكد فيها استمرار الدعم للمشروعات الصغيرة في المنطقة."
    doc = run(make_doc(body, ents=[person("سالم الفهد")]))
    assert "استمرار الدعم للمشروعات الصغيرة في المنطقة" in texts(doc)


def test_speech_then_akkada_khilaluha_and_a_content_noun():
    body = "وألقى سالم الفهد كلمة أكد خلالها أهمية الدعم للمشروعات الصغيرة في المنطقة."
    doc = run(make_doc(body, ents=[person("سالم الفهد")]))
    assert "أهمية الدعم للمشروعات الصغيرة في المنطقة" in texts(doc)


def test_a_thing_that_akkada_fiha_with_no_speech_says_nothing():
    body = "وزار الوفد المعرض الذي أكدت فيه الشركات الصغيرة حضورها القوي هذا العام."
    doc = run(make_doc(body))
    assert not any(t.startswith("فيه") or t.startswith("الشركات") for t in texts(doc))


# --- a construct plural of people as the subject of a noun-phrase statement ------------------
def test_construct_plural_of_people_says_its_noun_phrase():
    body = "من جهتهم، أكد مديرو المدارس جاهزية الفصول لبدء العام الدراسي الجديد في موعده."
    doc = run(make_doc(body))
    assert any(t.startswith("جاهزية الفصول") for t in texts(doc))


def test_construct_plural_subjects_genitive_is_no_object():
    body = "وخلال الشوط الأول، طالب لاعبو الفريق بركلتي جزاء ولكن الحكم رفض احتساب أي منهما."
    doc = run(make_doc(body))
    assert not any(t.startswith("الفريق") for t in texts(doc))
