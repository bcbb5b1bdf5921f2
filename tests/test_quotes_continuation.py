"""A pro-drop reporting verb coordinated with a clause that names a new subject speaks for that
subject, not for the last speaker. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, person, run, speaker_ids

ENTS = [("PER", "سالم الراشد", [("سالم الراشد", "name")]),
        ("PER", "منيرة الحسن", [("منيرة الحسن", "name")]),
        ("ORG", "رابطة المعلمين", [("رابطة المعلمين", "name")]),
        ("LOC", "تونس", [("تونس", "name")])]


def _speakers(body: str) -> list[str | None]:
    return speaker_ids(body, ENTS)


def test_coordinated_clause_with_a_new_subject_takes_the_verb():
    body = ("قال سالم الراشد إن المدارس ستفتح أبوابها الشهر المقبل. "
            "وانتقدت رابطة المعلمين القرار وأكدت أن المباني غير جاهزة.")
    assert _speakers(body) == ["e1", "e3"]


def test_person_who_reacts_then_writes():
    body = ("قال سالم الراشد إن الحملة نجحت. "
            "وتفاعلت الكاتبة منيرة الحسن مع الوسم وكتبت أن «الحملة أعادت الأمل للأسر».")
    assert _speakers(body)[-1] == "e2"


def test_country_acting_with_a_feminine_verb():
    body = ("قال سالم الراشد إن المفاوضات متعثرة. "
            "في المقابل، رحبت تونس رسميا بالمبادرة وشددت على أهمية الحوار بين الأطراف.")
    assert _speakers(body)[-1] == "e4"


def test_verb_that_does_not_agree_is_not_the_clause_subject():
    # "وأضاف" (masculine) cannot be the association's ("انتقدت الرابطة")
    body = ("قال سالم الراشد إن الميزانية تكفي، وانتقدت رابطة المعلمين التأخير، "
            "وأضاف أن الرواتب ستصرف في موعدها.")
    assert _speakers(body)[-1] == "e1"


def test_continuation_without_a_new_clause_keeps_the_speaker():
    body = ("قال سالم الراشد إن المدارس ستفتح أبوابها الشهر المقبل، "
            "وأضاف أن رابطة المعلمين وافقت على الجدول.")
    assert _speakers(body) == ["e1", "e1"]


def test_noun_after_a_comma_opens_no_clause():
    # "بقرار الوزير": a phrase after the comma, not a verb with its subject
    body = ("وأشاد سالم الراشد، بقرار رابطة المعلمين في بيان قائلا إن «القرار يخدم الطلاب».")
    assert _speakers(body)[-1] == "e1"


def test_reported_clause_ends_before_a_coordinated_clause_with_a_new_subject():
    body = ("قال سالم الراشد إن المدارس ستفتح أبوابها الشهر المقبل، "
            "ثم انتقدت رابطة المعلمين القرار وأكدت أن المباني غير جاهزة.")
    doc = run(make_doc(body, ents=ENTS))
    assert "رابطة" not in doc.quotes[0].text
    assert [q.speaker.entity for q in doc.quotes] == ["e1", "e3"]


def test_reported_clause_ends_before_another_speaker_takes_the_floor():
    body = ("وحذرت رابطة المعلمين من أن الإضراب قد يطول، من جهته قال سالم الراشد إن "
            "الوزارة ستلتقي ممثلي المعلمين، وأكد أن الحوار هو الحل.")
    doc = run(make_doc(body, ents=ENTS))
    assert "الراشد" not in doc.quotes[0].text
    assert [q.speaker.entity for q in doc.quotes] == ["e3", "e1", "e1"]


def test_reporting_verb_right_after_a_relative_pronoun_speaks_for_its_antecedent():
    # the sentence is about the association; "الذي قال" is the minister's own statement
    body = ("واحتجت رابطة المعلمين على قرار الوزير سالم الراشد الذي قال إن الدوام سيبدأ مبكرا.")
    assert _speakers(body)[-1] == "e1"


def test_relative_after_a_body_headed_by_a_title_is_the_holder():
    body = ("وانتقد الطلاب منيرة الحسن رئيسة رابطة المعلمين التي قالت إن الإضراب مستمر.")
    assert _speakers(body)[-1] == "e2"


def test_relative_after_a_common_noun_names_nobody():
    body = ("ويؤكد الازدحام في الشوارع صحة الرواية التي تقول إن عدد السيارات تضاعف.")
    doc = run(make_doc(body, ents=ENTS))
    assert all(q.speaker is None for q in doc.quotes)


def test_missed_name_after_a_verb_that_agrees_takes_the_reporting_verb():
    # "منى الدوسري" is unknown to the entity layer; the feminine verbs agree
    body = ("قال سالم الراشد إن الفعاليات مميزة. فيما أبدت منى الدوسري سعادتها بالمهرجان، "
            "وقالت: «سعدنا بالفرصة التي أتيحت لذوي الاحتياجات الخاصة».")
    doc = run(make_doc(body, ents=ENTS))
    assert doc.quotes[-1].speaker is not None and doc.quotes[-1].speaker.text == "منى الدوسري"


def test_speaker_carried_through_paragraphs_of_subjectless_verbs():
    # "وقدم الشكر" ... "وثمن كذلك": the story stays with the last speaker, however long the thanks
    body = ("قال سالم الراشد إن المهرجان سيقام في موعده.\n\n"
            "وقدم الشكر لأعضاء اللجنة على جهودهم في الإعداد.\n\n"
            "كما قدم الشكر للمتطوعين من أبناء المدينة.\n\n"
            "وثمن كذلك الجهود التي بذلتها رابطة المعلمين في التنظيم.\n\n"
            "وأكد أن الدورة المقبلة ستشهد برامج جديدة للزوار.")
    assert _speakers(body)[-1] == "e1"


def test_chain_ends_at_a_paragraph_with_a_named_subject():
    body = ("قال سالم الراشد إن المهرجان سيقام في موعده.\n\n"
            "وقدم الشكر لأعضاء اللجنة على جهودهم في الإعداد.\n\n"
            "كما قدم الشكر للمتطوعين من أبناء المدينة.\n\n"
            "واستقبلت منيرة الحسن الوفود المشاركة في المهرجان.\n\n"
            "وأكدت أن الدورة المقبلة ستشهد برامج جديدة للزوار.")
    assert _speakers(body)[-1] != "e1"


def _statement_speakers(body: str) -> list[str | None]:
    """Each statement's speaker text (an unlinked span too)."""
    return [q.speaker.text if q.speaker else None for q in run(make_doc(body, ents=ENTS)).quotes]


def test_missed_name_before_the_relative_pronoun_speaks():
    # the entity layer did not name the coach; "الذي يرى" is his, not the last speaker's
    body = ("قال سالم الراشد إن الموسم سيكون صعبا على الفرق الصغيرة. "
            "ويخالفه المدرب خالد العتيبي الذي يرى أن الفرق الصغيرة استعدت جيدا.")
    assert _statement_speakers(body)[-1] == "خالد العتيبي"


def test_words_before_the_relative_pronoun_that_are_no_name_speak_for_no_one_new():
    # "بحسب تقرير للجنة الذي": no given name opens the words, so no name is read off them
    body = ("قال سالم الراشد إن الإصابات تراجعت، بحسب تقرير للجنة الذي أشار إلى أن الأرقام أولية.")
    assert "تقرير" not in (_statement_speakers(body)[-1] or "")


def test_body_in_construct_between_kana_and_qad_speaks():
    # "وكانت هيئة ... قد أعلنت": the subject "كان" puts before the verb, not the analyst quoted before
    body = ("قال سالم الراشد إن أسعار الشقق ستنخفض قليلا هذا العام. "
            "وكانت هيئة العقار في المنطقة الشرقية قد أعلنت أن الصفقات زادت في الربع الأول.")
    assert (_statement_speakers(body)[-1] or "").startswith("هيئة العقار")


def test_plain_description_between_kana_and_qad_is_not_the_last_speaker():
    # "وكان والد الطالب قد اتهم": an unnamed person; the words are not the official's
    body = ("قال سالم الراشد إن المدرسة اتخذت كل الإجراءات اللازمة. "
            "وكان والد الطالب قد اتهم المدرسة بأنها أهملت حالة ابنه الصحية.")
    assert _speakers(body)[-1] is None


def test_three_word_description_between_kana_and_qad_is_not_the_last_speaker():
    # "وكان شقيق اللاعب المصاب قد": three words of a plain description, the longest the rule
    # reads before "قد" ("قد" itself is not one of them)
    body = ("قال سالم الراشد إن النادي وفر للاعب المصاب أفضل علاج ممكن. "
            "وكان شقيق اللاعب المصاب قد اتهم النادي بأنه أهمل علاج أخيه.")
    assert _speakers(body)[-1] is None


def test_four_word_description_before_qad_is_too_long_to_read_as_a_subject():
    # four words before "قد" are more than a plain description: the rule leaves them alone
    body = ("قال سالم الراشد إن النادي وفر للاعب المصاب أفضل علاج ممكن. "
            "وكان شقيق اللاعب المصاب الأكبر قد اتهم النادي بأنه أهمل علاج أخيه.")
    assert _speakers(body)[-1] == "e1"



MEN = [("PER", "سالم الراشد", [("سالم الراشد", "name"), ("الراشد", "name")]),
       ("PER", "فهد العمري", [("فهد العمري", "name")]),
       ("ORG", "الحكومة الإسرائيلية", [("الحكومة الإسرائيلية", "name")])]


def test_named_person_before_a_plain_verb_changes_who_goes_on():
    # "لكن المتحدث ...، فهد العمري، حمل ... . وقال": the sentence's own subject, not the last speaker
    body = ("قال سالم الراشد إن الخطة ستنفذ في موعدها. وأضاف الراشد أن التمويل متوفر. "
            "لكن المتحدث باسم اللجنة الأهلية، فهد العمري، حمل الحكومة الإسرائيلية مسؤولية التأخير. "
            "وقال إن الأسر المتضررة لم تتسلم شيئا حتى الآن.")
    assert speaker_ids(body, MEN)[-1] == "e2"


def test_reporting_verb_without_a_statement_still_names_who_goes_on():
    # the aside is too long for "وقال فهد العمري ... إنهم" to be found as a statement; the
    # "وأضاف" after it is still his, not the speaker before
    body = ("قال سالم الراشد إن المعرض افتتح أمس، وأضاف أن الإقبال كبير. "
            "وقال فهد العمري، وهو أحد أقدم العارضين في السوق الشعبي بالمنطقة منذ أكثر من عشرين عاما "
            "ويعرفه الزوار جيدا في كل موسم من مواسم المعرض، إنهم باعوا معظم بضاعتهم. "
            "وأضاف أن عدد الزوار تجاوز التوقعات.")
    assert speaker_ids(body, MEN)[-1] == "e2"


def test_there_was_before_qad_is_no_described_subject():
    # "وكان هناك تقرير للجنة قد أشار": "هناك" (there was) opens no description of a speaker
    body = ("قال سالم الراشد إن الإصابات تراجعت هذا الشهر. "
            "وكان هناك تقرير للجنة قد أشار إلى أن الأرقام ما زالت أولية.")
    assert not (_statement_speakers(body)[-1] or "").startswith("هناك")


def test_subject_between_kana_and_qad_ends_before_qad():
    # "وكان رئيس الأمن العام قد أوضح": the title refers back to the official named before, and
    # the speaker's words stop before "قد"
    body = ("صرح رئيس الأمن العام سالم الراشد بأن البحث مستمر عن المشتبه بهم في الحادث.\n\n"
            "وكان رئيس الأمن العام قد أوضح في وقت سابق أنه تم اتخاذ عدد من التدابير الأمنية.")
    doc = run(make_doc(body, ents=ENTS))
    last = doc.quotes[-1].speaker
    assert last is not None and last.entity == "e1" and not last.text.endswith("قد")


def test_person_named_before_a_relative_pronoun_and_a_reporting_verb_has_his_own_statement():
    # "... لموقف الوزير فلان الذي أوضح أن ...": inside the first speaker's clause, the one named
    # before "الذي" takes the floor; his words are not the first speaker's
    body = ("وقال النائب سامر الحداد إن الاتفاق سيئ. "
            "وأوضح أن ذلك يعود لموقف وزير المالية خالد العمري الذي أكد أن الميزانية لا تسمح بزيادة الرواتب.")
    ents = [("PER", "سامر الحداد", [("سامر الحداد", "name")]), ("PER", "خالد العمري", [("خالد العمري", "name")])]
    doc = run(make_doc(body, ents=ents))
    said = {q.text: q.speaker.entity if q.speaker else None for q in doc.quotes}
    assert said["أن الميزانية لا تسمح بزيادة الرواتب"] == "e2"
    assert [e for t, e in said.items() if "يعود لموقف" in t] == ["e1"]


def test_relative_pronoun_after_a_thing_keeps_the_clause():
    # "القرار الذي أعلن": no person or body before the pronoun; the clause goes on
    body = "وقال النائب سامر الحداد إن القرار الذي أعلن أمس أن الضرائب سترتفع قرار خاطئ."
    doc = run(make_doc(body, ents=[("PER", "سامر الحداد", [("سامر الحداد", "name")])]))
    assert len(doc.quotes) == 1 and doc.quotes[0].speaker.entity == "e1"


def test_also_and_a_verb_with_its_complementiser_open_the_next_statement_without_a_comma():
    body = "وقال الوزير سامر الحداد إن المشروع سينتهي قريبا كما أكد أن التمويل متوفر."
    doc = run(make_doc(body, ents=[("PER", "سامر الحداد", [("سامر الحداد", "name")])]))
    assert [q.text for q in doc.quotes] == ["إن المشروع سينتهي قريبا", "أن التمويل متوفر"]
    assert [q.speaker.entity for q in doc.quotes] == ["e1", "e1"]


def test_as_the_experts_said_stays_inside_the_clause():
    # "كما أكد الخبراء ...": "as" with a subject and no complementiser; no statement of its own here
    body = "وقال الوزير سامر الحداد إن المشروع سينتهي قريبا كما أكد الخبراء في تقاريرهم السابقة."
    doc = run(make_doc(body, ents=[("PER", "سامر الحداد", [("سامر الحداد", "name")])]))
    assert len(doc.quotes) == 1


def test_reported_clause_ends_before_a_coordinated_clause_whose_subject_has_a_title():
    # "ويتفق المحلل السياسي فلان مع ...، ويرى أن": the title words stand between the verb and its subject
    body = ("ويرى سامي الراشد أن دعم الحلول السياسية هو الطريق الأسلم للبلاد، ويتفق المحلل السياسي "
            "خالد المنصور مع ما ذهب إليه الراشد، ويرى أن الحكومة انتهجت سياسة حكيمة في السنوات الماضية.")
    doc = run(make_doc(body, ents=[person("سامي الراشد", "الراشد"), person("خالد المنصور")]))
    assert "المنصور" not in doc.quotes[0].text
    assert [q.speaker.entity for q in doc.quotes] == ["e1", "e2"]
