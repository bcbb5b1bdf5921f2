"""Quotes layer: direct and indirect speech, speakers, cues and channels.

Every sentence here is written for these tests. Entities are built by hand, as the entity
layer would produce them, so the quote logic is tested on its own.
"""

from __future__ import annotations

import pytest

from marsad.document import Document, Entity, Mention, SourceRef
from marsad.layers.quotes.layer import QuoteLayer
from marsad.layers.quotes.marks import find_quotes

LAYER = QuoteLayer()


def make_doc(body: str, title: str = "", ents: list[tuple[str, str, list[tuple[str, str]]]] = (),
             sources: list[tuple[str, str]] = ()) -> Document:
    """ents: (type, name, [(surface, kind), ...]); every occurrence of a surface is a mention."""
    text = f"{title}\n\n{body}" if title else body
    doc = Document(text=text, title=title)
    for n, (typ, name, surfaces) in enumerate(ents, 1):
        mentions = []
        for surface, kind in surfaces:
            pos = text.find(surface)
            while pos >= 0:
                mentions.append(Mention(pos, pos + len(surface), surface, kind))
                pos = text.find(surface, pos + 1)
        doc.entities.append(Entity(f"e{n}", typ, name, None, None, sorted(mentions, key=lambda m: m.start)))
    for surface, eid in sources:
        pos = text.find(surface)
        doc.sources.append(SourceRef(eid, pos, pos + len(surface), surface))
    return doc


def run(doc: Document) -> Document:
    LAYER(doc)
    doc.check_offsets()
    return doc


def person(name: str, *forms: str) -> tuple[str, str, list[tuple[str, str]]]:
    """An entity of `make_doc` for a person named by `name` and its other `forms`."""
    return ("PER", name, [(f, "name") for f in (name, *forms)])


def org(name: str) -> tuple[str, str, list[tuple[str, str]]]:
    """An entity of `make_doc` for a body named by `name`."""
    return ("ORG", name, [(name, "name")])


def texts(doc: Document) -> list[str]:
    """The words of each statement found, in order."""
    return [q.text for q in doc.quotes]


def speaker_texts(body: str, ents: list[tuple[str, str, list[tuple[str, str]]]] = ()) -> list[str | None]:
    """The speaker span of each statement of `body` (None: no speaker named)."""
    return [q.speaker.text if q.speaker else None for q in run(make_doc(body, ents=ents)).quotes]


def speaker_ids(body: str, ents: list[tuple[str, str, list[tuple[str, str]]]] = ()) -> list[str | None]:
    """The speaker entity of each statement of `body` (None: no speaker, or an unlinked span)."""
    return [q.speaker.entity if q.speaker else None for q in run(make_doc(body, ents=ents)).quotes]


def quote_with(doc: Document, words: str):
    found = [q for q in doc.quotes if words in q.text]
    assert found, f"no quote contains {words!r}: {[q.text for q in doc.quotes]}"
    return found[0]


# --- quotation marks ----------------------------------------------------------------------

@pytest.mark.parametrize("marked, inner", [
    ("«نحن مستعدون للحوار»", "نحن مستعدون للحوار"),
    ("“نحن مستعدون للحوار”", "نحن مستعدون للحوار"),
    ("“نحن مستعدون للحوار“", "نحن مستعدون للحوار"),
    ("”نحن مستعدون للحوار”", "نحن مستعدون للحوار"),
    ("»نحن مستعدون للحوار»", "نحن مستعدون للحوار"),
    ("„نحن مستعدون للحوار“", "نحن مستعدون للحوار"),
    ('"نحن مستعدون للحوار"', "نحن مستعدون للحوار"),
])
def test_every_mark_style_pairs(marked, inner):
    text = f"وقال المتحدث {marked} ثم غادر."
    spans = find_quotes(text)
    assert [text[q.start : q.end] for q in spans if q.depth == 0] == [inner]


def test_nested_and_unclosed_quotes():
    text = "قال «إن جماعة «النمور» تنتشر في القرى» ثم سكت.\nوأضاف “لن نتراجع عن موقفنا مهما حدث\nفقرة أخرى."
    spans = find_quotes(text)
    tops = [text[q.start : q.end] for q in spans if q.depth == 0]
    assert tops[0] == "إن جماعة «النمور» تنتشر في القرى"
    assert tops[1] == "لن نتراجع عن موقفنا مهما حدث"  # runs to the end of its paragraph only


# --- direct quotes ------------------------------------------------------------------------

def test_direct_quote_with_colon_and_named_speaker():
    doc = run(make_doc("وقالت الوزيرة منى العلي: «سنفتتح ثلاث مدارس جديدة قبل نهاية السنة».",
                       ents=[("PER", "منى العلي", [("منى العلي", "name")])]))
    q = quote_with(doc, "سنفتتح ثلاث مدارس")
    assert q.kind == "direct"
    assert q.text == "سنفتتح ثلاث مدارس جديدة قبل نهاية السنة"
    assert q.speaker.entity == "e1"
    assert q.cue.text == "قالت"


def test_unbalanced_quote_runs_to_paragraph_end():
    body = "وقال خالد الرميح: “لن نقبل بأي تأخير في تسليم المشروع لأن السكان ينتظرون منذ سنوات.\nفقرة تالية عن الطقس."
    doc = run(make_doc(body, ents=[("PER", "خالد الرميح", [("خالد الرميح", "name")])]))
    q = quote_with(doc, "لن نقبل")
    assert q.text.endswith("ينتظرون منذ سنوات")
    assert "الطقس" not in q.text


def test_quote_closed_early_keeps_first_part():
    body = ("ونقلت الصحيفة عن سامي الحربي قوله “راجعنا العروض كلها .. واخترنا أفضلها.” المجلس البلدي. "
            "ثم ناقشنا التفاصيل مع الفريق.")
    doc = run(make_doc(body, ents=[("PER", "سامي الحربي", [("سامي الحربي", "name")])]))
    q = quote_with(doc, "راجعنا العروض")
    assert q.speaker.entity == "e1"
    assert q.cue.text == "قوله"


def test_headline_speaker_colon_words():
    doc = run(make_doc("نص الخبر هنا عن الاجتماع.", title="العتيبي: الموسم الزراعي هذا العام أفضل من سابقه",
                       ents=[("PER", "فهد العتيبي", [("العتيبي", "name")])]))
    q = quote_with(doc, "الموسم الزراعي")
    assert q.kind == "direct" and q.speaker.entity == "e1" and q.cue.text == ":"
    assert q.text == "الموسم الزراعي هذا العام أفضل من سابقه"


def test_continuation_verbs_keep_the_speaker():
    body = ("وقال ماجد الشهري «نعمل على توسيع الشبكة لتشمل كل الأحياء الجديدة». "
            "وأضاف «سننتهي من المرحلة الأولى قبل الصيف المقبل بإذن الله». "
            "وتابع أن التمويل متوفر بالكامل من ميزانية البلدية.")
    doc = run(make_doc(body, ents=[("PER", "ماجد الشهري", [("ماجد الشهري", "name")])]))
    for words in ("نعمل على توسيع", "سننتهي من المرحلة", "التمويل متوفر"):
        assert quote_with(doc, words).speaker.entity == "e1"
    assert quote_with(doc, "التمويل متوفر").kind == "indirect"


def test_scare_quotes_and_titles_are_not_quotes():
    body = ("أطلقت الوزارة برنامج «رؤية 2030» للتدريب، وحذرت من تنظيم \"داعش\" في المنطقة. "
            "وشارك فريق «الأمل» في بطولة «كأس الخليج» هذا العام.")
    doc = run(make_doc(body))
    texts = [q.text for q in doc.quotes]
    assert not any(t in ("رؤية 2030", "داعش", "الأمل", "كأس الخليج") for t in texts)


def test_verse_after_qala_is_not_news_speech():
    doc = run(make_doc("قال تعالى «وتعاونوا على البر والتقوى ولا تعاونوا على الإثم والعدوان»."))
    assert doc.quotes == []


# --- indirect quotes ----------------------------------------------------------------------

def test_verb_first_indirect_with_apposition():
    body = "وقال أحمد سالم، رئيس هيئة الموانئ، إن الحركة التجارية ارتفعت بشكل ملحوظ هذا العام."
    doc = run(make_doc(body, ents=[("PER", "أحمد سالم", [("أحمد سالم", "name")]),
                                   ("ORG", "هيئة الموانئ", [("هيئة الموانئ", "name")])]))
    q = quote_with(doc, "الحركة التجارية")
    assert q.kind == "indirect"
    assert q.text == "إن الحركة التجارية ارتفعت بشكل ملحوظ هذا العام"
    assert q.speaker.entity == "e1"


def test_subject_before_the_verb_and_title_mention():
    body = ("الرئيس التونسي قال إن الانتخابات ستجرى في موعدها المحدد. "
            "وأكد الدبلوماسي أن بلاده ترفض أي تدخل خارجي في شؤونها.")
    doc = run(make_doc(body, ents=[("PER", "قيس سعيد", [("الرئيس التونسي", "title")]),
                                   ("PER", "نبيل عمار", [("الدبلوماسي", "title")])]))
    assert quote_with(doc, "الانتخابات ستجرى").speaker.entity == "e1"
    q = quote_with(doc, "ترفض أي تدخل")
    assert q.speaker.entity == "e2" and q.speaker.text == "الدبلوماسي"


def test_unresolved_title_keeps_span():
    doc = run(make_doc("وقال المتحدث باسم البلدية إن أعمال الصيانة ستنتهي الأسبوع المقبل."))
    q = quote_with(doc, "أعمال الصيانة")
    assert q.speaker is not None and q.speaker.entity is None
    assert q.speaker.text.startswith("المتحدث باسم البلدية")


def test_organisation_speaker_and_feminine_verb():
    body = "أعلنت وزارة الصحة أن عدد الإصابات انخفض إلى أدنى مستوى منذ عامين."
    doc = run(make_doc(body, ents=[("ORG", "وزارة الصحة", [("وزارة الصحة", "name")])]))
    q = quote_with(doc, "عدد الإصابات")
    assert q.speaker.entity == "e1" and q.cue.text == "أعلنت"


def test_participle_continues_the_same_speaker():
    body = ("وشدد سعد المالكي على أن المشروع سيكتمل في موعده، مؤكداً أن الشركة المنفذة "
            "التزمت بكل الشروط الفنية المطلوبة.")
    doc = run(make_doc(body, ents=[("PER", "سعد المالكي", [("سعد المالكي", "name")])]))
    first = quote_with(doc, "المشروع سيكتمل")
    second = quote_with(doc, "الشركة المنفذة")
    assert "الشركة المنفذة" not in first.text
    assert second.speaker.entity == "e1" and second.cue.text == "مؤكداً"


def test_noun_phrase_content_and_short_negative():
    body = ("ودعا نواف الزهراني إلى الإسراع في إنجاز الطرق الجديدة داخل المدينة. "
            "وأكد على أهمية التعاون.")
    doc = run(make_doc(body, ents=[("PER", "نواف الزهراني", [("نواف الزهراني", "name")])]))
    assert quote_with(doc, "الإسراع في إنجاز").speaker.entity == "e1"
    assert not any("أهمية التعاون" in q.text for q in doc.quotes)


def test_according_to_constructions():
    body = ("وبحسب هيئة الأرصاد، فإن موجة الحر ستستمر حتى نهاية الأسبوع المقبل. "
            "وستفتح المدارس أبوابها في الأول من سبتمبر القادم، وفقاً لما أعلنته وزارة التعليم.")
    doc = run(make_doc(body, ents=[("ORG", "هيئة الأرصاد", [("هيئة الأرصاد", "name")]),
                                   ("ORG", "وزارة التعليم", [("وزارة التعليم", "name")])]))
    q1 = quote_with(doc, "إن موجة الحر")
    assert q1.kind == "indirect" and q1.speaker.entity == "e1"
    assert q1.text.startswith("إن موجة الحر")
    q2 = quote_with(doc, "ستفتح المدارس")
    assert q2.speaker.entity == "e2"


def test_via_agency_on_relayed_quote():
    body = "ونقلت وكالة رويترز عن المتحدث باسم الشركة سامر حداد قوله إن الإنتاج سيرتفع العام المقبل."
    doc = make_doc(body, ents=[("ORG", "رويترز", [("رويترز", "name")]),
                               ("PER", "سامر حداد", [("سامر حداد", "name")])],
                   sources=[("رويترز", "e1")])
    run(doc)
    q = quote_with(doc, "الإنتاج سيرتفع")
    assert q.speaker.entity == "e2" and q.via == ["e1"] and q.cue.text == "قوله"


def test_speaker_null_when_nobody_is_named():
    doc = run(make_doc("وأضاف أن الأسعار ستعود إلى الارتفاع خلال الشهر المقبل."))
    q = quote_with(doc, "الأسعار ستعود")
    assert q.speaker is None


def test_quote_inside_reported_clause_is_one_direct_quote():
    body = 'وقال عمر الفارس إن "الفريق جاهز تماما للمباراة النهائية يوم الجمعة".'
    doc = run(make_doc(body, ents=[("PER", "عمر الفارس", [("عمر الفارس", "name")])]))
    found = [q for q in doc.quotes if "الفريق جاهز" in q.text]
    assert len(found) == 1 and found[0].kind == "direct" and found[0].speaker.entity == "e1"


def test_speaker_named_by_colon_only():
    # the person named before the colon speaks; a bare description there ("المندوب السعودي:")
    # is an unnamed source, which the annotation conventions (GUIDE.md) leave without a speaker
    body = "وفي ختام الجلسة، المندوب السعودي عبدالله المعلمي: «نرفض أي مساس بسيادة الدول الأعضاء في المنظمة»."
    doc = run(make_doc(body, ents=[("PER", "عبدالله المعلمي", [("عبدالله المعلمي", "name")])]))
    q = quote_with(doc, "نرفض أي مساس")
    assert q.speaker is not None and q.speaker.entity == "e1" and q.speaker.text == "عبدالله المعلمي"


def test_feminine_verb_prefers_the_agreeing_speaker():
    body = ("وقالت الوزيرة هدى الراشد إن الخطة ستنفذ على مراحل خلال العام. "
            "وقال المستشار فيصل العمري إن التمويل مضمون بالكامل من الصندوق. "
            "وأضافت أن المرحلة الأولى تبدأ في المدارس الحكومية.")
    doc = run(make_doc(body, ents=[("PER", "هدى الراشد", [("هدى الراشد", "name")]),
                                   ("PER", "فيصل العمري", [("فيصل العمري", "name")])]))
    assert quote_with(doc, "التمويل مضمون").speaker.entity == "e2"
    assert quote_with(doc, "المرحلة الأولى").speaker.entity == "e1"


def test_description_resolved_to_the_name_given_earlier():
    body = ("وقال وزير النقل الأردني خالد سعيد إن الطريق الجديد سيفتتح في الربيع. "
            "وأضاف الوزير أن العمل يجري على مدار الساعة لإنجازه.")
    doc = run(make_doc(body, ents=[("PER", "خالد سعيد", [("خالد سعيد", "name")])]))
    q = quote_with(doc, "العمل يجري")
    assert q.speaker.text == "الوزير" and q.speaker.entity == "e1"


def test_name_closing_a_description_without_entity():
    doc = run(make_doc("وقال المتحدث باسم الشرطة رامي العلوان إن التحقيقات ما زالت جارية في الحادث."))
    q = quote_with(doc, "التحقيقات ما زالت")
    assert q.speaker.text == "رامي العلوان"


def test_colon_without_quotation_marks_is_direct():
    doc = run(make_doc("ورد المدرب قائلا: لن نفرط في أي نقطة هذا الموسم مهما كانت الظروف.",
                       ents=[("PER", "المدرب", [("المدرب", "title")])]))
    q = quote_with(doc, "لن نفرط")
    assert q.kind == "direct" and q.cue.text == "قائلا"


def test_participle_with_noun_phrase_content():
    body = "وانتقد سامر النجار القرار الأخير، واصفا إياه بالخطوة المتسرعة وغير المدروسة."
    doc = run(make_doc(body, ents=[("PER", "سامر النجار", [("سامر النجار", "name")])]))
    q = quote_with(doc, "إياه بالخطوة")
    assert q.speaker.entity == "e1"


def test_attribution_after_the_quotation():
    body = "وأنهى الوزيران لقاءهما أمس «لبحث ملفات التعاون الاقتصادي والتجاري بين البلدين» بحسب وزارة الخارجية."
    doc = run(make_doc(body, ents=[("ORG", "وزارة الخارجية", [("وزارة الخارجية", "name")])]))
    q = quote_with(doc, "لبحث ملفات التعاون")
    assert q.kind == "direct" and q.speaker.entity == "e1"


def test_unclosed_quote_ends_where_the_next_quote_opens():
    body = ('وقال ناصر الشمري "نفخر بهذا الإنجاز الكبير لفريق العمل كله. وقال زميله فهد الدوسري '
            '"سنواصل العمل على تطوير الخدمات الرقمية للمراجعين".')
    doc = run(make_doc(body, ents=[("PER", "ناصر الشمري", [("ناصر الشمري", "name")]),
                                   ("PER", "فهد الدوسري", [("فهد الدوسري", "name")])]))
    assert quote_with(doc, "نفخر بهذا").speaker.entity == "e1"
    assert "وقال زميله" not in quote_with(doc, "نفخر بهذا").text
    assert quote_with(doc, "سنواصل العمل").speaker.entity == "e2"


def test_transfer_noun_is_not_a_relay_verb():
    body = "وقال أنور الحسن، مدير مركز التدريب ونقل التقنية، إن الدورة تبدأ الشهر المقبل في الرياض."
    doc = run(make_doc(body, ents=[("PER", "أنور الحسن", [("أنور الحسن", "name")])]))
    q = quote_with(doc, "الدورة تبدأ")
    assert q.cue.text == "قال" and q.speaker.entity == "e1"


def test_quoted_names_and_terms_after_a_colon_are_not_quotes():
    body = ("ويقول الباحث سليم حداد إن الأرقام الصادرة عن «المركز الوطني للإحصاء الزراعي» تؤكد ذلك. "
            "وأطلق الناشطون على الحملة اسما واحدا هو: «الأرض لنا».")
    doc = run(make_doc(body, ents=[("PER", "سليم حداد", [("سليم حداد", "name")]),
                                   ("ORG", "المركز الوطني للإحصاء الزراعي",
                                    [("المركز الوطني للإحصاء الزراعي", "name")])]))
    assert not any(q.text in ("المركز الوطني للإحصاء الزراعي", "الأرض لنا") for q in doc.quotes)
    assert quote_with(doc, "الأرقام الصادرة").speaker.entity == "e1"


def test_dateline_agency_is_the_channel_of_every_quote():
    body = "الرياض - واس\nوقال سعد الحربي إن موسم الحج سيشهد افتتاح مشاريع جديدة للنقل."
    doc = make_doc(body, title="افتتاح مشاريع النقل",
                   ents=[("ORG", "واس", [("واس", "name")]), ("PER", "سعد الحربي", [("سعد الحربي", "name")])],
                   sources=[("واس", "e1")])
    run(doc)
    assert quote_with(doc, "موسم الحج").via == ["e1"]


def test_verbal_noun_with_article_and_added_verbs():
    body = ("وختم ماهر الخطيب حديثه بالقول: «سنبقى إلى جانب أهلنا حتى تنتهي هذه الأزمة». "
            "وزاد أن فرق الإغاثة ستصل إلى القرى المتضررة خلال يومين.")
    doc = run(make_doc(body, ents=[("PER", "ماهر الخطيب", [("ماهر الخطيب", "name")])]))
    assert quote_with(doc, "سنبقى إلى جانب").speaker.entity == "e1"
    assert quote_with(doc, "فرق الإغاثة").speaker.entity == "e1"


def test_attribution_verb_after_the_quotation():
    body = "«لن نقبل بأي تسوية تنتقص من حقوق المزارعين في المنطقة»، قال رئيس الجمعية عادل الربيعي."
    doc = run(make_doc(body, ents=[("PER", "عادل الربيعي", [("عادل الربيعي", "name")])]))
    q = quote_with(doc, "لن نقبل بأي تسوية")
    assert q.kind == "direct" and q.speaker.entity == "e1" and q.cue.text == "قال"


def test_the_report_speaks_for_its_author():
    body = ("وقال البنك الدولي في تقريره السنوي إن النمو سيتباطأ في المنطقة هذا العام. "
            "وأشار التقرير إلى أن أسعار الغذاء ستبقى مرتفعة حتى نهاية العام المقبل.")
    doc = run(make_doc(body, ents=[("ORG", "البنك الدولي", [("البنك الدولي", "name")])]))
    q = quote_with(doc, "أسعار الغذاء")
    assert q.speaker.text == "التقرير" and q.speaker.entity == "e1"


def test_unnamed_subject_found_by_surname():
    body = ("وصل المدرب جورج سانتوس إلى الرياض أمس. "
            "وبينما يستعد الفريق للمباراة، ما زال سانتوس يراهن على اللاعبين الشباب، مؤكدا أن المستقبل لهم.")
    doc = run(make_doc(body, ents=[("PER", "جورج سانتوس", [("جورج سانتوس", "name")])]))
    q = quote_with(doc, "المستقبل لهم")
    assert q.speaker.entity == "e1" and q.speaker.text == "سانتوس"


def test_unknown_organisation_named_for_its_purpose_is_the_whole_speaker():
    doc = run(make_doc("ودعت الرابطة الدولية للمزارعين الحكومات إلى دعم صغار المنتجين، "
                       "وقالت في بيان: «نطالب بخطة عاجلة للموسم المقبل»."))
    q = quote_with(doc, "نطالب بخطة عاجلة")
    assert q.speaker is not None and q.speaker.text == "الرابطة الدولية للمزارعين"


def test_name_after_an_organisation_head_in_construct_state_names_the_organisation():
    body = ("قالت الدكتورة سلمى العبيدي، مديرة المركز الوطني للبحوث الزراعية «نماء»، إن الموسم جيد. "
            "وقالت مديرة مركز نماء إن التجارب ستتوسع العام المقبل.")
    doc = run(make_doc(body, ents=[("PER", "سلمى العبيدي", [("سلمى العبيدي", "name")]),
                                   ("PER", "نماء", [("نماء", "name")])]))  # a tagger's mistake
    q = quote_with(doc, "التجارب ستتوسع")
    assert q.speaker is None or q.speaker.entity != "e2"


def test_quote_words_lexicon_has_a_header_and_full_sections():
    from marsad.lexicons.loader import lexicon_path, words

    text = lexicon_path("quote_words.tsv").read_text(encoding="utf-8")
    assert text.startswith("#") and "written by the marsad developers" in text.lower()
    for section in ("title_proclitic", "preposition_clitic", "perfect_particle", "contrast_conjunction",
                    "clause_pronoun", "relative_ma"):
        assert words("quote_words.tsv", section), section
