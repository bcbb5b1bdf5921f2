"""Quotes layer: where a statement ends, and statements met on unlabelled news (issue #14, session 13).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, org, person, quote_with, run, texts


# --- "ويرى أن" after a statement: the speaker's view, not "it is seen that" -----------------
def test_view_verb_goes_on_after_a_statement():
    body = ("وقال مدير المصنع فهد السالم إن الإنتاج سيتضاعف قريبا.\n"
            "ويرى أن الطلب المحلي سيواصل النمو خلال السنوات الخمس المقبلة.")
    doc = run(make_doc(body, ents=[person("فهد السالم")]))
    assert quote_with(doc, "الطلب المحلي سيواصل النمو").text.startswith("أن الطلب")


def test_view_verb_with_nobody_speaking_before_stays_impersonal():
    body = ("انخفضت أسعار الحديد في الأسواق المحلية خلال الأسبوع الماضي.\n"
            "ويرى أن الطلب المحلي سيواصل النمو خلال السنوات الخمس المقبلة.")
    doc = run(make_doc(body))
    assert not any("الطلب المحلي" in t for t in texts(doc))


# --- a new reporting verb with its words at once ends the clause before it ------------------
def test_present_verb_with_a_colon_starts_a_new_statement():
    body = ("وأوضحت صاحبة المتجر نورة العتيبي أن الإقبال تضاعف في الصيف وتضيف: "
            "\"نفتح أبوابنا حتى منتصف الليل طوال أيام الأسبوع\".")
    doc = run(make_doc(body, ents=[person("نورة العتيبي")]))
    assert quote_with(doc, "الإقبال تضاعف").text == "أن الإقبال تضاعف في الصيف"
    assert quote_with(doc, "نفتح أبوابنا").kind == "direct"


def test_present_verb_of_the_clauses_own_subject_goes_on():
    body = "وأكد رئيس البلدية أن الفرق الميدانية تتابع المخالفات وتعمل على إزالتها في أسرع وقت."
    doc = run(make_doc(body))
    assert quote_with(doc, "تتابع المخالفات").text.endswith("في أسرع وقت")


# --- "وبين" repeating "between" far into a clause does not cut it -----------------------------
def test_between_repeated_after_a_long_first_member():
    body = ("وأكد الباحث سامي الخالدي أنه يجب الفصل بين النسيان العادي الذي يصيب الإنسان في مراحل "
            "متقدمة من العمر وبين الأمراض التي تصيب خلايا الدماغ.")
    doc = run(make_doc(body, ents=[person("سامي الخالدي")]))
    assert quote_with(doc, "النسيان العادي").text.endswith("خلايا الدماغ")


def test_between_as_a_verb_with_its_clause_still_cuts():
    body = "وقال الوزير إن الخطة ستنفذ خلال العام وبين أن تمويلها متوفر بالكامل."
    doc = run(make_doc(body))
    assert quote_with(doc, "الخطة ستنفذ").text == "إن الخطة ستنفذ خلال العام"


# --- "as X says in a report" closing a sentence --------------------------------------------
def test_as_a_body_says_in_a_report():
    body = ("ولا تزال المعارك مستمرة في الأحياء الشرقية من المدينة منذ أسابيع، "
            "كما تقول منظمة العفو الدولية في تقرير نشرته أمس.")
    doc = run(make_doc(body, ents=[org("منظمة العفو الدولية")]))
    q = quote_with(doc, "المعارك مستمرة في الأحياء")
    assert q.speaker.text == "منظمة العفو الدولية"


def test_as_with_an_object_of_its_own_is_no_attribution():
    body = "وتواصل الفرق أعمال الصيانة في الطرق الرئيسية، كما تقول الوزارة إن العمل سينتهي قريبا."
    doc = run(make_doc(body, ents=[org("الوزارة")]))
    assert not any("أعمال الصيانة" in t for t in texts(doc))


# --- "according to the source" closing a sentence ------------------------------------------
def test_according_to_the_source_closing_a_sentence():
    body = ("وقال مصدر في الاتحاد إن اللجنة ستجتمع الأحد. "
            "وستناقش اللجنة ملفات اللاعبين المحترفين في اجتماعها المقبل، بحسب المصدر.")
    doc = run(make_doc(body))
    assert quote_with(doc, "ملفات اللاعبين المحترفين").cue.text == "بحسب"


def test_view_verb_after_a_subheading():
    body = ("وقالت المهندسة ريم الشهري إن المشروع يسير وفق الجدول.\n\nمراحل التنفيذ\n\n"
            "ويرى أن المرحلة الثانية ستبدأ مع مطلع العام المقبل في جميع المواقع.")
    doc = run(make_doc(body, ents=[person("ريم الشهري")]))
    assert quote_with(doc, "المرحلة الثانية ستبدأ").text.startswith("أن المرحلة")


def test_as_a_body_in_a_place_says_in_a_report():
    body = ("ولا تتبنى الجماعات المسلحة عادة الهجمات على الأسواق الشعبية، "
            "كما تقول بعثة الأمم المتحدة في كابول في تقرير صدر هذا الأسبوع.")
    doc = run(make_doc(body, ents=[org("بعثة الأمم المتحدة"), ("LOC", "كابول", [("كابول", "name")])]))
    assert quote_with(doc, "الهجمات على الأسواق الشعبية").cue is not None


def test_short_quotation_after_a_verb_and_colon_is_said_even_if_tagged_as_a_name():
    body = ("فقال المدرب: كان الفريق متعبا بعد الرحلة الطويلة، ثم التفت إلى اللاعبين ويقول: «نحن جاهزون». "
            "وغادر الملعب بعد ذلك.")
    doc = run(make_doc(body, ents=[("ORG", "نحن جاهزون", [("نحن جاهزون", "name")])]))
    assert quote_with(doc, "نحن جاهزون").kind == "direct"



# --- headlines "Speaker + present reporting verb + what was said" ----------------------------
BODY = "وعقدت اللجنة اجتماعها الدوري أمس في مقرها بحضور عدد من الأعضاء."


def test_headline_body_denies_a_noun_phrase():
    title = "وزارة الصحة تنفي تسجيل إصابات جديدة في المنطقة الشرقية"
    doc = run(make_doc(BODY, title=title, ents=[org("وزارة الصحة")]))
    q = quote_with(doc, "تسجيل إصابات جديدة")
    assert q.kind == "indirect" and q.speaker.text == "وزارة الصحة"
    assert q.text == "تسجيل إصابات جديدة في المنطقة الشرقية"


def test_headline_statement_stops_at_a_break():
    title = "الرياض تدعو إلى تهدئة شاملة في المنطقة.. وتحذر من التصعيد"
    doc = run(make_doc(BODY, title=title, ents=[("LOC", "الرياض", [("الرياض", "name")])]))
    assert quote_with(doc, "تهدئة شاملة").text == "إلى تهدئة شاملة في المنطقة"


def test_headline_with_no_named_speaker_or_a_past_verb_is_no_statement():
    for title in ("الأمطار تكشف عيوب الطرق في الأحياء الجنوبية",
                  "وزارة الصحة أعلنت أمس تسجيل إصابات جديدة"):
        doc = run(make_doc(BODY, title=title, ents=[org("وزارة الصحة")]))
        assert not any(q.start < len(title) for q in doc.quotes), title


def test_a_second_according_to_after_a_first_one_inside_the_sentence():
    body = ("وارتفعت مبيعات السيارات الصغيرة بسرعة خلال العام، وذلك وفقا لتقرير أصدرته رابطة المصنعين، "
            "ووفقا لبيانات أخرى يتداولها التجار.")
    doc = run(make_doc(body, ents=[org("رابطة المصنعين")]))
    assert quote_with(doc, "مبيعات السيارات الصغيرة") is not None


def test_according_to_the_source_that_opened_the_sentence_gives_one_statement():
    body = "وحسب المصدر فإن القوات وصلت إلى أطراف المدينة صباح أمس، وفق المصدر نفسه."
    doc = run(make_doc(body))
    assert len([q for q in doc.quotes if "القوات وصلت" in q.text]) == 1


# --- "إلى جانبهم" is "beside them", not the turn phrase "من جانبهم" ------------------------------
def test_beside_them_before_a_participle_does_not_cut_the_clause():
    body = ("وعبر شقيق الفقيد سالم الحربي عن شكره للقيادة على مواساة الأسرة والوقوف إلى جانبهم، "
            "مؤكدا أن الأسرة كلها فداء للوطن.")
    doc = run(make_doc(body, ents=[person("سالم الحربي")]))
    assert quote_with(doc, "شكره للقيادة").text.endswith("والوقوف إلى جانبهم")


def test_turn_phrase_with_its_preposition_still_cuts():
    body = "وقال الوزير إن الخطة ستنفذ خلال العام، ومن جانبه أكد المدير أن التمويل متوفر."
    doc = run(make_doc(body))
    assert quote_with(doc, "الخطة ستنفذ").text == "إن الخطة ستنفذ خلال العام"
