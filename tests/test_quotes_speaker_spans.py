"""Speaker spans built by construction: no content noun, no trailing description, the name after a
title chain's own honorific. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from tests.test_quotes import make_doc, org, person, quote_with, run

from marsad.layers.quotes.layer import QuoteLayer


def test_content_noun_before_a_quotation_is_no_subject():
    # "وأكد حرص بلاده على «...»": the subject is dropped, the noun opens what was said
    body = ("قال وزير الخارجية سالم الراشد إن المحادثات كانت مثمرة. "
            "وأكد حرص بلاده على «تعزيز التعاون مع الدول المجاورة في كل المجالات».")
    doc = run(make_doc(body, ents=[("PER", "سالم الراشد", [("سالم الراشد", "name")])]))
    assert [q.speaker.entity for q in doc.quotes] == ["e1", "e1"]


def test_unknown_name_stops_before_its_description():
    body = "وقال ماجد الفلاحي رئيس رابطة المزارعين في المنطقة: إن موسم الحصاد تأخر أسبوعين هذا العام."
    doc = run(make_doc(body))
    assert doc.quotes[0].speaker.text == "ماجد الفلاحي"


def test_name_after_the_honorific_closing_a_title_chain():
    body = "وقال مدير إدارة المياه بالمدينة المهندس العربي بوزيد: إن محطة التحلية الجديدة ستعمل الشهر المقبل."
    doc = run(make_doc(body, ents=[("LOC", "المدينة", [("المدينة", "name")])]))
    assert doc.quotes[0].speaker.text == "العربي بوزيد"


def test_name_in_apposition_after_a_description():
    body = "وأعلنت منسقة البرامج في المنظمة، سلمى القاسمي، عزمها زيارة المخيمات الشهر المقبل."
    doc = run(make_doc(body))
    assert doc.quotes[0].speaker.text == "سلمى القاسمي"


def test_no_apposition_after_a_relative_clause():
    # the name after "الذي يرأسه ..." is that other holder's, not the speaker's
    body = ("وقال عضو في المجلس الذي يرأسه رئيس البلدية، خالد المنصور، إن الموازنة "
            "الجديدة لا تكفي لإصلاح الطرق.")
    doc = run(make_doc(body))
    assert doc.quotes[0].speaker is None or doc.quotes[0].speaker.text != "خالد المنصور"


def test_title_joined_to_a_first_title_links_back_to_its_holder():
    body = ("وصل نادر الخطيب المبعوث الخاص ومنسق شؤون المياه الإقليمية بوزارة الزراعة إلى العاصمة أمس. "
            "وأوضح منسق شؤون المياه الإقليمية الأردني أن المحادثات تناولت تقاسم مياه النهر.")
    doc = run(make_doc(body, ents=[("PER", "نادر الخطيب", [("نادر الخطيب", "name")]),
                                   ("ORG", "وزارة الزراعة", [("وزارة الزراعة", "name")])]))
    assert doc.quotes[0].speaker.entity == "e1"


def test_unnamed_spokesman_described_by_his_body_speaks_for_it():
    body = "وقال المتحدث الرسمي بهيئة الطيران المدني إن الرحلات ستعود إلى مواعيدها بعد يومين."
    doc = run(make_doc(body, ents=[("ORG", "هيئة الطيران المدني", [("هيئة الطيران المدني", "name")])]))
    assert doc.quotes[0].speaker.entity == "e1"


def test_one_word_name_after_its_honorific_before_a_relative_clause():
    body = ("وبرزت خلافات داخل الحركة، ومن بين المعارضين الملا برهان الذي صرح في تسجيل صوتي "
            "وقال إن القيادة الجديدة لم تستشر أحدا.")
    doc = run(make_doc(body))
    assert [q.speaker.text for q in doc.quotes if q.speaker] == ["برهان"] * len(doc.quotes)


def test_title_word_the_entity_layer_took_for_a_name_gives_way_to_the_holder():
    # "مدعي" read as a person by the entity layer: the name closing the title chain speaks
    body = "أعلن مدعي عام مدينة ليون الفرنسية جان بيير دوبون، اليوم، أن التحقيق في الحادث مستمر."
    doc = run(make_doc(body, ents=[("PER", "مدعي", [("مدعي", "name")]),
                                   ("PER", "جان بيير دوبون", [("جان بيير دوبون", "name")])]))
    assert doc.quotes[0].speaker.entity == "e2"


def test_name_in_apposition_after_a_title_and_a_quoted_body():
    body = ("وقالت مديرة «الرابطة الدولية لحماية الطفولة»، سارة جونسون، لوكالة الأنباء، "
            "إن «الوضع يتدهور بسرعة في المخيمات».")
    doc = run(make_doc(body, ents=[("PER", "سارة جونسون", [("سارة جونسون", "name")])]))
    assert doc.quotes[0].speaker.entity == "e1"


def test_a_quotation_after_an_unnamed_official_stays_a_statement():
    body = "وقال مسؤول «لن نسمح بذلك أبدا»، مضيفا أن القرار نهائي."
    doc = run(make_doc(body))
    assert any("لن نسمح بذلك" in q.text for q in doc.quotes)


def test_headline_outlet_the_speaker_spoke_to_is_not_the_speaker():
    # "X لـ«الصحيفة»: ...": the paper received the words; the title before it is linked forward
    title = "محافظ جدة ل «عكاظ»: المشاريع ستنجز قبل نهاية العام"
    body = "قال محافظ جدة مشعل الحربي إن المشاريع ستنجز قبل نهاية العام الجاري."
    doc = run(make_doc(body, title=title, ents=[("LOC", "جدة", [("جدة", "name")]),
                                                ("ORG", "عكاظ", [("عكاظ", "name")]),
                                                ("PER", "مشعل الحربي", [("مشعل الحربي", "name")])]))
    head = [q for q in doc.quotes if q.end <= len(title)]
    assert head and head[0].speaker is not None and head[0].speaker.entity == "e3"


def test_outlet_told_after_a_verb_of_telling_is_not_the_rules_speaker():
    # the rules' proposal (the learned ranker may still weigh the outlet among the actors around)
    body = "وكانت مصادر ميدانية في المنطقة أبلغت «الحياة» أن السائق فقد الاتصال بأسرته منذ يومين."
    doc = make_doc(body, ents=[("ORG", "الحياة", [("الحياة", "name")])])
    QuoteLayer(speaker_model=False)(doc)
    assert doc.quotes and doc.quotes[0].speaker is None


def test_speaker_after_the_outlet_told():
    body = "أبلغ «الوطن» مدير عام الصحة بالمنطقة فهد الحارثي أن المستشفى الجديد يفتتح الشهر المقبل."
    doc = run(make_doc(body, ents=[("ORG", "الوطن", [("الوطن", "name")]),
                                   ("PER", "فهد الحارثي", [("فهد الحارثي", "name")])]))
    assert doc.quotes[0].speaker.entity == "e2"


def test_definite_head_with_adjectives_refers_to_the_last_body_of_its_kind():
    body = ("كشفت شركة «نوكيا» الفنلندية عن هاتف جديد بحسب موقع «تك رادار». "
            "وقالت الشركة الفنلندية إن الهاتف سيطرح في الأسواق الشهر المقبل. "
            "وقال الموقع البريطاني إن السعر لم يحدد بعد.")
    doc = run(make_doc(body, ents=[("ORG", "نوكيا", [("نوكيا", "name")]),
                                   ("ORG", "تك رادار", [("تك رادار", "name")])],
                       sources=[("تك رادار", "e2")]))
    assert quote_with(doc, "الهاتف سيطرح").speaker.entity == "e1"
    assert quote_with(doc, "السعر لم يحدد").speaker.entity == "e2"


def test_name_in_apposition_closed_by_the_complementiser():
    # the writer left out the comma after the name: "النائب عن الكتلة، فلان إن ..."
    body = ("نفى سالم الفهد نائب رئيس الوزراء توقف الحملة العسكرية. من جهته قال النائب في البرلمان "
            "عن كتلة الإصلاح، خالد العبيدي إن الحرب ستكون طويلة.")
    doc = run(make_doc(body, ents=[("PER", "سالم الفهد", [("سالم الفهد", "name")]),
                                   ("PER", "خالد العبيدي", [("خالد العبيدي", "name")])]))
    assert quote_with(doc, "الحرب ستكون طويلة").speaker.entity == "e2"


def test_headline_speaker_speaking_to_a_title_holder():
    # "ولي العهد للرئيس الفرنسي:": the one spoken to is cut off; the title is linked to its holder,
    # whose name the entity layer cut short before the title ("... بن حمد | بن عيسى ولي العهد")
    title = "ولي العهد للرئيس الفرنسي: العلاقات بين البلدين متينة وراسخة"
    body = ("جاء ذلك خلال زيارة الأمير سلمان بن حمد بن عيسى ولي العهد إلى باريس التي استقبله فيها "
            "الرئيس الفرنسي فرنسوا هولاند.")
    doc = run(make_doc(body, title=title, ents=[("PER", "سلمان بن حمد", [("الأمير سلمان بن حمد", "name")]),
                                                ("PER", "فرنسوا هولاند", [("الرئيس الفرنسي", "title"),
                                                                          ("فرنسوا هولاند", "name")])]))
    head = [q for q in doc.quotes if q.end <= len(title)]
    assert head and head[0].speaker is not None and head[0].speaker.entity == "e1"


def test_title_is_not_linked_to_a_person_named_in_a_later_clause():
    # "المصدر ... فلان" across a relative clause: the person after "الذي" is not the source
    body = ("وقال مصدر مقرب من اللاعب الذي يدربه المدرب كارلوس ألبرتو إن العقد سيوقع قريبا. "
            "وأضاف المصدر أن المفاوضات انتهت.")
    doc = run(make_doc(body, ents=[("PER", "كارلوس ألبرتو", [("كارلوس ألبرتو", "name")])]))
    assert all(q.speaker is None or q.speaker.entity != "e1" for q in doc.quotes)


def test_the_latter_is_the_one_named_last():
    body = ("شكر رئيس النادي سالم الحربي رئيس الاتحاد خالد العمري بعد أن أعلن الأخير عن دعمه "
            "الكامل للفريق في البطولة القارية.")
    doc = run(make_doc(body, ents=[("PER", "سالم الحربي", [("سالم الحربي", "name")]),
                                   ("PER", "خالد العمري", [("خالد العمري", "name")])]))
    assert quote_with(doc, "دعمه الكامل للفريق").speaker.entity == "e2"


def test_description_repeated_without_the_bodys_head_word():
    # "رئيس الهلال" after "رئيس نادي الهلال فلان": the same description, the club's head word left out
    body = ("استقبل رئيس نادي الهلال الأمير سعد بن فهد اللاعبين أمس في مقر النادي. "
            "وقال رئيس الهلال إن الفريق جاهز للمباراة النهائية.")
    doc = run(make_doc(body, ents=[("PER", "سعد بن فهد", [("سعد بن فهد", "name")])]))
    assert quote_with(doc, "الفريق جاهز").speaker.entity == "e1"


def test_speaker_span_ends_before_the_addressees_preposition():
    # the entity layer ran "سعاد" on into "لـ" of "لـ«الصحيفة»"
    body = 'وقالت المعلمة سعاد لـ"الصحيفة": "حالتي الصحية تدهورت كثيرا في الأشهر الماضية".'
    doc = run(make_doc(body, ents=[("PER", "سعاد لـ", [("سعاد لـ", "name")])]))
    assert doc.quotes[0].speaker.text == "سعاد"


def _headline_speaker(title: str, ents: list) -> str | None:
    doc = run(make_doc("قال المسؤول إن العمل مستمر في المشاريع كلها.", title=title, ents=ents))
    head = [q for q in doc.quotes if q.end <= len(title)]
    assert head
    return head[0].speaker.text if head[0].speaker else None


def test_headline_place_addressed_with_a_joined_la_is_not_the_speaker():
    ents = [("LOC", "فرنسا", [("فرنسا", "name")])]
    assert _headline_speaker("دول الجوار لفرنسا: نريد التعاون في ملف الهجرة", ents) == "دول الجوار"


def test_headline_noun_with_its_owners_pronoun_is_whom_the_speaker_addressed():
    assert _headline_speaker("«البلدية» لموظفيها: لا إجازات قبل نهاية المشروع", []) == "البلدية"


def test_headline_participle_of_addressing_ends_the_speaker():
    assert _headline_speaker("الراشد مخاطبا الخريجين: المستقبل لكم", []) == "الراشد"


def test_religious_honorific_before_a_title_is_no_speaker():
    # "سماحة" and "فضيلة" honour the one after them, as "معالي" does
    doc = run(make_doc("وأفاد سماحة المفتي أن الصيام واجب على القادر."))
    q = quote_with(doc, "الصيام واجب")
    assert q.speaker is not None and q.speaker.text == "المفتي"


@pytest.mark.parametrize("body,speaker", [
    ("وأعلنت كلية الهندسة أن التسجيل في برامج الدراسات العليا يبدأ الأحد.", "كلية الهندسة"),
    ("وقال خفر السواحل إن زوارق الإنقاذ انتشلت عشرين شخصا.", "خفر السواحل"),
    ("وأوضحت دائرة الأراضي أن المخططات الجديدة جاهزة للتوزيع.", "دائرة الأراضي"),
    ("وذكرت دار الأوبرا أن الحفل سيقام في موعده.", "دار الأوبرا"),
])
def test_body_head_word_runs_through_its_definite_name(body, speaker):
    # an unnamed body opened by its head word: the speaker is the whole name, not the head alone
    doc = run(make_doc(body))
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == [speaker]


def test_family_name_before_an_occupation_is_part_of_the_name():
    # "وهب" is also a verb and no entity covers the name: the occupation after the family name
    # shows the definite word is the name's, not the verb's object
    doc = run(make_doc("وقال وهب الشمراني بائع خضار في السوق إن الأسعار ارتفعت هذا الأسبوع."))
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == ["وهب الشمراني"]


@pytest.mark.parametrize("body,speaker", [
    ("ودعت الكلية الطلاب المقبولين إلى مراجعة مقرها يوم الأحد المقبل.", "الكلية"),
    ("ودعت الجامعة الطالبات المستجدات إلى حضور اللقاء التعريفي.", "الجامعة"),
])
def test_plural_people_after_a_definite_body_word_are_its_object(body, speaker):
    doc = run(make_doc(body))
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == [speaker]


@pytest.mark.parametrize("body", [
    "وناشدت الحكومة المؤقتة برئاسة خالد المنصور الأهالي الالتزام بالهدوء والتعاون مع الشرطة، مؤكدة أن الأمن "
    "سيعود قريبا.",
    "وقالت القوات المشتركة بقيادة العقيد خالد المنصور إن الطريق سيغلق مؤقتا.",
])
def test_the_person_heading_a_body_is_not_its_voice(body):
    # "برئاسة فلان"، "بقيادة العقيد فلان": the person is the object of the verbal noun; the body speaks
    doc = run(make_doc(body, ents=[("PER", "خالد المنصور", [("خالد المنصور", "name")])]))
    assert all(q.speaker is not None and q.speaker.entity != "e1" for q in doc.quotes)
    assert doc.quotes[-1].speaker.text.startswith(("الحكومة", "القوات"))


@pytest.mark.parametrize("body,content", [
    ("وناشدت اللجنة برئاسة خالد المنصور الطلاب مراجعة جداول الاختبارات قبل نهاية الأسبوع.",
     "الطلاب مراجعة جداول الاختبارات قبل نهاية الأسبوع"),
    ("وناشدت الهيئة الانتقالية بقيادة العقيد خالد المنصور الفصائل المسلحة وقف إطلاق النار فورا.",
     "الفصائل المسلحة وقف إطلاق النار فورا"),
    ("ودعت الهيئة الانتقالية بقيادة العقيد خالد المنصور الفصائل المسلحة إلى وقف إطلاق النار فورا.",
     "الفصائل المسلحة إلى وقف إطلاق النار فورا"),
    ("وطالبت اللجنة برئاسة خالد المنصور الوزارة بمراجعة قرار رفع الرسوم الجامعية.",
     "الوزارة بمراجعة قرار رفع الرسوم الجامعية"),
    ("ودعا مجلس إدارة النادي، برئاسة خالد المنصور، الأعضاء إلى حضور الجمعية العمومية الأسبوع المقبل.",
     "الأعضاء إلى حضور الجمعية العمومية الأسبوع المقبل"),
])
def test_the_statement_starts_after_the_phrase_of_who_heads_the_body(body, content):
    # "ناشدت اللجنة برئاسة فلان الطلاب": the leader's phrase describes the subject; the body's
    # words start at its object
    doc = run(make_doc(body, ents=[("PER", "خالد المنصور", [("خالد المنصور", "name")])]))
    assert [q.text for q in doc.quotes] == [content]
    assert doc.quotes[0].speaker.entity != "e1"


def test_a_name_ends_before_a_phrase_of_attendance():
    body = "وأكد خالد المنصور بحضور الوزير أن الطريق سيغلق مؤقتا."
    doc = run(make_doc(body, ents=[("PER", "خالد المنصور", [("خالد المنصور", "name")])]))
    assert doc.quotes[0].speaker.text == "خالد المنصور"


def test_the_speakers_own_capacity_ends_the_description():
    body = "وأعرب الملك باسمه واسم شعب المملكة عن أصدق التهاني للرئيس بمناسبة فوزه في الانتخابات."
    doc = run(make_doc(body))
    assert doc.quotes[0].speaker.text == "الملك"


def test_a_body_named_by_its_head_word_issues_the_statement():
    # "وأصدرت القيادة ... بيانا أعلنت فيه": the body that issued the statement speaks, not the
    # minister named before
    body = ("وقال وزير النقل سامي الراشد إن الطريق الجديد يفتتح في الخريف المقبل.\n\n"
            "وأصدرت القيادة العسكرية في المنطقة بيانا أعلنت فيه أن الطريق سيغلق مؤقتا.")
    doc = run(make_doc(body, ents=[("PER", "سامي الراشد", [("سامي الراشد", "name")])]))
    assert quote_with(doc, "سيغلق مؤقتا").speaker.text.startswith("القيادة العسكرية")


def test_praise_after_a_rulers_title_does_not_stop_the_link():
    # "الملك المفدى": the king named before; the word of praise is no part of what refers back
    from marsad.layers.quotes.attribution import SpeakerFinder
    body = ("بعث الملك فهد بن سالم برقية تهنئة للرئيس بمناسبة ذكرى الاستقلال.\n\n"
            "وأكد الملك المفدى باسمه واسم شعب المملكة أن العلاقات بين البلدين متينة.")
    doc = make_doc(body, ents=[("PER", "الملك فهد بن سالم", [("الملك فهد بن سالم", "name")])])
    finder = SpeakerFinder(doc, QuoteLayer().lex)
    start = body.index("الملك المفدى")
    assert finder.antecedent(start, start + len("الملك المفدى")).id == "e1"


def test_praise_of_a_leadership_is_the_verbs_own_object():
    # "أشاد فلان بقيادة فلان": "بقيادة" is what "أشاد" takes, not a phrase describing the subject
    body = "وأشاد خالد المنصور بقيادة رئيس الإقليم الحكيمة في إدارة الأزمة الأخيرة."
    doc = run(make_doc(body, ents=[("PER", "خالد المنصور", [("خالد المنصور", "name")])]))
    assert doc.quotes and doc.quotes[0].text.startswith("بقيادة")


def test_an_unknown_bodys_construct_head_runs_through_its_definite_words():
    # "مفوضية حقوق" alone is cut from the body's name: the definite words close the chain
    body = "وأعلنت مفوضية حقوق الطفل الأردنية أن عدد المدارس المتضررة بلغ أربعين مدرسة."
    doc = run(make_doc(body))
    assert quote_with(doc, "عدد المدارس").speaker.text == "مفوضية حقوق الطفل الأردنية"


def test_a_persons_name_keeps_the_definite_object_out():
    # a name is no common noun: the definite word after it is the verb's object
    body = "وحذر فيصل المزارعين من زراعة القمح في الصيف، مؤكدا أن المياه لا تكفي."
    doc = run(make_doc(body))
    sp = quote_with(doc, "المياه لا تكفي").speaker
    assert sp is None or "المزارعين" not in sp.text


def test_a_document_word_is_no_construct_head():
    # "بيان الاتحاد": the document's issuer is found apart, the span is not run on
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speech_lexicon import load_speech_lexicon
    doc = make_doc("وقال بيان الاتحاد إن البطولة ستقام في موعدها.")
    finder = SpeakerFinder(doc, load_speech_lexicon())
    sp = finder.span_ref(finder.toks[1].start, finder.toks[1].end)
    assert finder.through_construct_chain(sp, len(finder.toks)) is sp
    head = finder.span_ref(finder.toks[1].start, finder.toks[1].end)
    assert head.text == "بيان"


def test_a_rank_after_the_comma_opens_the_holders_name_whatever_follows_it():
    # the spokesman's name in apposition, then where he said it before the complementiser
    body = ("وأوضح المتحدث الرسمي لمديرية الشؤون الصحية بالمنطقة، المقدم سامي فهد الحربي في تصريح صحفي، "
            "أن الحادث وقع عند الفجر.")
    doc = run(make_doc(body, ents=[person("سامي فهد الحربي"), org("مديرية الشؤون الصحية")]))
    sp = quote_with(doc, "الحادث وقع").speaker
    assert sp.entity == "e1" and sp.text == "سامي فهد الحربي"
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speech_lexicon import load_speech_lexicon
    finder = SpeakerFinder(doc, load_speech_lexicon())
    comp = next(i for i, t in enumerate(finder.toks) if t.text == "أن")
    assert finder.subject_after(1, comp).entity == "e1"  # the rules' own reading, before the ranker


def test_the_supervisors_name_closes_his_description():
    body = "وأكد المشرف على مراكز الاختبار في حي الروضة، العقيد ماجد بن سعود، أن المراكز جاهزة."
    doc = run(make_doc(body, ents=[person("ماجد بن سعود")]))
    sp = quote_with(doc, "المراكز جاهزة").speaker
    assert sp.entity == "e1"


def test_the_name_closing_a_title_chain_between_kana_and_qad_is_the_verbs_subject():
    # the entity layer did not find the spokesman's name; the rules read it before "قد"
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.cue_speaker import holder_before_qad
    from marsad.layers.quotes.speech_lexicon import load_speech_lexicon
    doc = make_doc("وكان المتحدث باسم البلدية ناصر بادي قد قال في وقت سابق إن الطرق ستفتح.")
    finder = SpeakerFinder(doc, load_speech_lexicon())
    verb = next(i for i, t in enumerate(finder.toks) if t.text == "قال")
    sp = holder_before_qad(finder, verb)
    assert sp is not None and sp.text == "ناصر بادي"
    # a description alone is left to the resolution (it may refer back to someone named before)
    doc = make_doc("وكان مدير الشرطة قد أوضح أن التحقيق مستمر.")
    finder = SpeakerFinder(doc, load_speech_lexicon())
    assert holder_before_qad(finder, next(i for i, t in enumerate(finder.toks) if t.text == "أوضح")) is None


def test_a_body_noun_after_a_definite_subject_is_the_verbs_object():
    # a definite noun heads no construct: "الصحيفة" is what the palace accused, no adjective
    body = "واتهم القصر الصحيفة أمس بإساءة استخدام الصورة، مؤكدا أن نشرها خرق للقانون."
    doc = run(make_doc(body))
    assert quote_with(doc, "نشرها خرق").speaker.text == "القصر"


def test_a_nisba_after_a_definite_subject_stays_its_adjective():
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speech_lexicon import load_speech_lexicon
    doc = make_doc("وأكدت الانتخابات البلدية أن المراكز جاهزة.")
    finder = SpeakerFinder(doc, load_speech_lexicon())
    sp = finder.span_ref(finder.toks[1].start, finder.toks[2].end)
    assert finder.before_object_noun(sp).text == "الانتخابات البلدية"


@pytest.mark.parametrize("body, speaker", [
    ("ودعا رئيس المجلس الأعلى للشباب كافة أبناء الوطن إلى المشاركة في الحملة.", "رئيس المجلس الأعلى للشباب"),
    ("وطالب الناشط مازن الهلالي جميع الجهات المختصة بالتحقيق في الحادثة.", "مازن الهلالي"),
])
def test_subject_stops_before_a_quantifier_opening_the_object(body, speaker):
    # "كافة"، "جميع" open the verb's object: no word of a name or a title chain
    doc = run(make_doc(body))
    assert [q.speaker.text for q in doc.quotes] == [speaker]


def test_quantifier_after_its_noun_stays_in_the_subject():
    # "كافة" after the noun stresses it ("فروعه كافة"); the subject ends at "أن"
    body = "وأكدت فروعه كافة أن الخدمة ستعود خلال ساعات."
    doc = run(make_doc(body))
    assert [q.speaker.text for q in doc.quotes] == ["فروعه كافة"]


def test_each_of_after_a_spokesman_stays_in_the_subject():
    # "كل من" lists the bodies the spokesmen speak for; no object opens there
    body = "وأكد متحدثون باسم كل من نقابة المهندسين واتحاد المقاولين أن الإضراب سيستمر."
    doc = run(make_doc(body))
    assert [q.speaker is None or "كل" in q.speaker.text for q in doc.quotes] == [True]


def test_name_in_a_description_ends_at_its_family_name():
    # after "العمر" the common noun "خطط" opens the object of "أوضح", no word of the name
    body = "وأوضح مدير المشروع خالد العمر خطط التوسعة قائلا إن العمل سينتهي العام المقبل."
    doc = run(make_doc(body))
    assert [q.speaker.text for q in doc.quotes] == ["خالد العمر"]


def test_compound_given_name_goes_on_after_its_definite_word():
    body = "وأوضح مدير المشروع عبد الله سالم الحربي أن العمل سينتهي العام المقبل."
    doc = run(make_doc(body))
    assert [q.speaker.text for q in doc.quotes] == ["عبد الله سالم الحربي"]
