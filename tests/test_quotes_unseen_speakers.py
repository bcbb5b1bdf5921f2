"""Speakers on news the rules were not written from (issue #14): a continuation after an unnamed
source stays unnamed, and the names the entity layer misses are read whole (after a definite
title, an honorific, in apposition before a colon, in quotation marks after a body's head word),
without the one spoken to. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, quote_with, run

MINISTER = [("PER", "سامي الراشد", [("سامي الراشد", "name")])]


def _speaker_text(body: str, anchor: str) -> str | None:
    q = quote_with(run(make_doc(body)), anchor)
    return q.speaker.text if q.speaker else None


def test_continuation_after_an_unnamed_source_stays_unnamed():
    body = ("وقال وزير النقل سامي الراشد إن الطريق الجديد يفتتح في الخريف المقبل.\n\n"
            "وفي سياق آخر، قال مصدر أمني إن القوات ستتسلم المعبر الحدودي يوم الأحد، "
            "مشيرا إلى أن الترتيبات اكتملت بالكامل.\n\n"
            "وأضاف أن الدوريات ستنتشر على الطريق الساحلي منذ الصباح.")
    doc = run(make_doc(body, ents=MINISTER))
    assert quote_with(doc, "الطريق الجديد يفتتح").speaker.entity == "e1"
    assert quote_with(doc, "الترتيبات اكتملت").speaker is None
    assert quote_with(doc, "الدوريات ستنتشر").speaker is None


def test_named_speaker_after_an_unnamed_source_speaks_again():
    body = ("قال مصدر أمني إن القوات ستتسلم المعبر الحدودي يوم الأحد.\n\n"
            "وقال وزير النقل سامي الراشد إن الطريق الجديد يفتتح في الخريف المقبل، "
            "مضيفا أن الدوريات ستنتشر على الطريق الساحلي.")
    doc = run(make_doc(body, ents=MINISTER))
    assert quote_with(doc, "الدوريات ستنتشر").speaker.entity == "e1"


def test_name_right_after_a_definite_title():
    body = "وقال المحلل سامر حداد، وهو أستاذ في الجامعة، إن البرنامج سيعود في الموسم المقبل."
    assert _speaker_text(body, "البرنامج سيعود") == "سامر حداد"


def test_name_in_apposition_before_a_colon():
    body = "وقال حاكم ولاية أوريغون، جون بارلو: «سنعيد فتح المدارس الأسبوع المقبل»."
    assert _speaker_text(body, "سنعيد فتح") == "جون بارلو"


def test_family_name_after_an_honorific():
    body = "وشدد الدكتور فهد الحمدان على أن المستشفيات الجديدة ستعمل بكامل طاقتها خلال عامين."
    assert _speaker_text(body, "المستشفيات الجديدة") == "فهد الحمدان"


def test_family_name_closing_the_subject_before_a_colon():
    body = "وكتب ناصر الدوسري: «لا أحد يستطيع أن يمنع الناس من السفر في الإجازة»."
    assert _speaker_text(body, "لا أحد يستطيع") == "ناصر الدوسري"


def test_object_after_a_name_is_still_no_family_name():
    body = "وحذر بايدن المشرعين من أن الوقت ينفد أمام الاتفاق الجديد."
    assert _speaker_text(body, "الوقت ينفد") == "بايدن"


def test_the_paper_spoken_to_is_not_part_of_the_name():
    body = "وقالت مارثا كلاين لصحيفة محلية إن ابنها كان يحب كرة القدم منذ طفولته."
    assert _speaker_text(body, "ابنها كان يحب") == "مارثا كلاين"


def test_quoted_name_after_an_outlet_or_body_word():
    assert _speaker_text("وقالت شبكة «نور نيوز» إن الانفجار وقع قرب مبنى البلدية صباح اليوم.",
                         "الانفجار وقع") == "نور نيوز"
    assert _speaker_text("وأعلنت منظمة «أطباء الصحراء» أن فرقها وصلت إلى القرى المنكوبة.",
                         "فرقها وصلت") == "أطباء الصحراء"


def test_verb_inside_an_unnamed_sources_words_reports_its_own_subject():
    body = ("ونقلت صحيفة محلية عن مصادر حكومية أن سامي الراشد أجرى اتصالات هاتفية مع رؤساء البلديات، "
            "قال فيها «إننا ماضون في خطة تطوير الطرق حتى نهاية العام».")
    doc = run(make_doc(body, ents=MINISTER))
    assert quote_with(doc, "ماضون في خطة").speaker.entity == "e1"


def test_whose_statement_lam_names_is_kept_in_the_span():
    body = "وقال بيان لوزارة الصحة إن حملة التطعيم ستبدأ مطلع الشهر المقبل في كل المدارس."
    speaker = _speaker_text(body, "حملة التطعيم")
    assert speaker is not None and speaker != "بيان"


def test_unnamed_source_opening_the_sentence_goes_on_in_a_participle():
    body = ("وقال وزير النقل سامي الراشد إن الطريق الجديد يفتتح في الخريف المقبل.\n\n"
            "لكن مصادر مطلعة كشفت عن خلافات بين الشركات المنفذة، مشيرة إلى أن الموعد قد يتأجل.")
    doc = run(make_doc(body, ents=MINISTER))
    assert quote_with(doc, "الموعد قد يتأجل").speaker is None


def test_reports_of_a_named_body_are_no_unnamed_source():
    body = ("وقال وزير النقل سامي الراشد إن الطريق الجديد يفتتح في الخريف المقبل.\n\n"
            "لكن تقارير الهيئة العامة للطرق أشارت إلى أن الموعد قد يتأجل.")
    doc = run(make_doc(body, ents=MINISTER))
    speaker = quote_with(doc, "الموعد قد يتأجل").speaker
    assert speaker is None or speaker.text != "تقارير"


def test_agent_of_a_statement_issued_with_fi_hi():
    body = ("قال المتحدث الرسمي باسم الدفاع المدني، العقيد سامي الراشد، إن الحريق أخمد بالكامل.\n\n"
            "وقال مصدر في الموقع إن الأضرار محدودة.\n\n"
            "وفي المساء، أصدر المتحدث الرسمي باسم الدفاع المدني بيانا جديدا أكد فيه أن التحقيق بدأ.")
    doc = run(make_doc(body, ents=MINISTER))
    assert quote_with(doc, "التحقيق بدأ").speaker.entity == "e1"


def test_speaker_of_a_speech_he_gave():
    body = ("وقال مصدر في الوزارة إن الحفل أقيم في القاعة الكبرى.\n\n"
            "وألقى سامي الراشد كلمة في الحفل قال فيها: «نحن فخورون بهذا الإنجاز الكبير».")
    doc = run(make_doc(body, ents=MINISTER))
    assert quote_with(doc, "فخورون بهذا الإنجاز").speaker.entity == "e1"


def test_participle_after_a_sentence_opened_by_a_subjectless_verb():
    ents = MINISTER + [("ORG", "الهلال الأحمر", [("الهلال الأحمر", "name")])]
    body = ("وقال سامي الراشد إن المساعدات وصلت إلى المدينة صباح اليوم.\n\n"
            "وقال بهذه المناسبة نشكر الهلال الأحمر على جهوده الكبيرة في الإغاثة، مؤكدا أن التوزيع سيستمر أسبوعا.")
    doc = run(make_doc(body, ents=ents))
    assert quote_with(doc, "التوزيع سيستمر").speaker.entity == "e1"


def test_authority_and_forces_named_by_their_definite_genitive():
    assert _speaker_text("وقالت سلطة المياه والصرف الصحي إن الضخ سيعود إلى الأحياء الشرقية مساء الغد.",
                         "الضخ سيعود") == "سلطة المياه والصرف الصحي"
    assert _speaker_text("وأكدت قوات الدفاع الجوي أنها اعترضت طائرة مسيرة فوق الحدود الجنوبية.",
                         "اعترضت طائرة") == "قوات الدفاع الجوي"


def test_word_after_a_name_particle_stays_in_the_name():
    # "آل" is no article and "علي" after "ابن" no preposition: the name runs on past the particle
    body = ("وأكد آل حمدان أن الفريق سيضم لاعبين من الخارج قبل بداية الموسم.\n\n"
            "وقال ابن علي للصحفيين إن المدرب باق حتى نهاية عقده.")
    assert _speaker_text(body, "الفريق سيضم لاعبين") == "آل حمدان"
    assert _speaker_text(body, "المدرب باق حتى") == "ابن علي"


def test_named_subject_between_kana_and_qad_keeps_its_words():
    body = ("قال وزير النقل سامي الراشد إن الطريق الجديد يفتتح في الخريف المقبل.\n\n"
            "وكان المتحدث باسم البلدية ناصر عبود قد قال إن أعمال الصيانة تنتهي خلال أسبوعين.")
    q = quote_with(run(make_doc(body, ents=MINISTER)), "أعمال الصيانة تنتهي")
    assert q.speaker is not None and q.speaker.text == "ناصر عبود"


def test_title_between_kana_and_qad_held_by_nobody_named_is_unnamed():
    body = ("قال وزير النقل سامي الراشد إن الطريق الجديد يفتتح في الخريف المقبل.\n\n"
            "وكان مدير المرور قد أوضح أن الدوريات تنتشر عند المداخل طوال العطلة.")
    doc = run(make_doc(body, ents=MINISTER))
    q = quote_with(doc, "الدوريات تنتشر عند")
    assert q.speaker is not None and q.speaker.entity is None and q.speaker.text == "مدير المرور"


def test_holder_before_the_body_of_his_title_before_qad():
    body = ("قال مدرب الفريق إن اللاعبين جاهزون للمباراة.\n\n"
            "وكان خالد المنصور رئيس نادي الوحدة قد طالب عبر صحيفة محلية بأن يراجع الاتحاد العقوبات.")
    ents = [("PER", "خالد المنصور", [("خالد المنصور", "name")]), ("ORG", "نادي الوحدة", [("نادي الوحدة", "name")])]
    q = quote_with(run(make_doc(body, ents=ents)), "يراجع الاتحاد العقوبات")
    assert q.speaker is not None and q.speaker.entity == "e1"


def test_unit_of_a_body_between_kana_and_qad_is_the_subject():
    body = ("قال وزير النقل سامي الراشد إن الطريق الجديد يفتتح في الخريف المقبل.\n\n"
            "وكانت قيادة الفرق الميدانية لتحالف الإغاثة الدولي قد أعلنت في بيان أمس أن قافلة جديدة وصلت إلى المدينة.")
    ents = MINISTER + [("ORG", "تحالف الإغاثة الدولي", [("تحالف الإغاثة الدولي", "name")])]
    q = quote_with(run(make_doc(body, ents=ents)), "قافلة جديدة وصلت")
    assert q.speaker is not None and q.speaker.text == "قيادة الفرق الميدانية لتحالف الإغاثة الدولي"


def test_name_in_quotation_marks_closing_a_title_is_the_holder():
    body = 'وأوضح مدير فرع الهيئة في المنطقة "سالم البقمي"؛ أن أعمال التوسعة تنتهي قبل موسم الحج.'
    ents = [("PER", "سالم البقمي", [("سالم البقمي", "name")]), ("ORG", "الهيئة", [("الهيئة", "name")])]
    q = quote_with(run(make_doc(body, ents=ents)), "أعمال التوسعة تنتهي")
    assert q.speaker is not None and q.speaker.entity == "e1"


def test_sound_masculine_plural_after_a_feminine_verb_is_its_object():
    body = ("وتحدثت صحيفة النهار عن زيارة الوفد ودعت المواطنين إلى اغتنام «الفرص التي تفتحها الزيارة»، "
            "وأضافت: «علينا أن نتجاوز الخلافات الصغيرة».")
    ents = [("ORG", "صحيفة النهار", [("صحيفة النهار", "name")])]
    doc = run(make_doc(body, ents=ents))
    for words in ("الفرص التي تفتحها", "نتجاوز الخلافات الصغيرة"):
        q = quote_with(doc, words)
        assert q.speaker is not None and q.speaker.entity == "e1"


def test_cited_outlet_opening_the_clause_speaks_for_its_feminine_verbs():
    body = ("وعنونت مجلة الأسبوع «المدينة تستعد» مع صورة للملعب. "
            "وتحدثت صحيفة الفجر الجديد عن «ظاهرة كريم ناصر» ودعت المشجعين إلى دعم المنتخب "
            "واغتنام «الفرصة التي لا تتكرر كثيرا»، وأضافت: «البطولة اختبار لنا جميعا».")
    ents = [("ORG", "مجلة الأسبوع", [("مجلة الأسبوع", "name")]), ("ORG", "الفجر الجديد", [("صحيفة الفجر الجديد", "name")]),
            ("PER", "كريم ناصر", [("كريم ناصر", "name")])]
    # both papers are outlets the article cites
    doc = run(make_doc(body, ents=ents, sources=[("مجلة الأسبوع", "e1"), ("صحيفة الفجر الجديد", "e2")]))
    for words in ("الفرصة التي لا تتكرر", "البطولة اختبار لنا"):
        q = quote_with(doc, words)
        assert q.speaker is not None and q.speaker.entity == "e2"
