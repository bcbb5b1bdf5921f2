"""Sources layer: agencies and outlets cited as the origin of the content.

Sentences written for these tests; a small KB of agencies is built here so the tests do not
depend on the shipped KB contents (one test checks the shipped KB as well).
"""

from __future__ import annotations

from marsad.document import Document, Entity, Mention
from marsad.kb import Actor, KnowledgeBase
from marsad.layers.sources import SourceLayer
from source_fixtures import names

KB = KnowledgeBase([
    Actor("test:agency/sputnik", "ORG", "agency", "سبوتنيك", "Sputnik", ["وكالة سبوتنيك"]),
    Actor("test:agency/reuters", "ORG", "agency", "رويترز", "Reuters", ["وكالة رويترز"]),
    Actor("test:agency/spa", "ORG", "agency", "واس", "Saudi Press Agency", ["وكالة الأنباء السعودية"]),
    Actor("test:agency/afp", "ORG", "agency", "فرانس برس", "AFP", ["أ ف ب", "وكالة فرانس برس"]),
])
LAYER = SourceLayer(kb=KB)


def run(body: str, title: str = "", entities: list[Entity] | None = None) -> Document:
    text = f"{title}\n\n{body}" if title else body
    doc = Document(text=text, title=title, entities=list(entities or []))
    LAYER(doc)
    doc.check_offsets()
    return doc


def test_citing_verb_links_and_adds_the_agency_entity():
    doc = run("ونقلت سبوتنيك عن مسؤول في الوزارة قوله إن المحادثات ستستأنف غدا.")
    assert names(doc) == ["سبوتنيك"]
    ent = doc.entity(doc.sources[0].entity)
    assert ent.kb == "test:agency/sputnik" and ent.type == "ORG" and ent.name_en == "Sputnik"
    assert ent.id == "e1" and ent.mentions[0].text == "سبوتنيك"


def test_existing_entity_is_reused_not_duplicated():
    body = "وذلك حسبما أفادت رويترز في تقرير لها عن السوق."
    at = body.index("رويترز")
    existing = Entity("e4", "ORG", "رويترز", "Reuters", "test:agency/reuters",
                      [Mention(at, at + 6, "رويترز", "name")])
    doc = run(body, entities=[existing])
    assert names(doc) == ["رويترز"]
    assert doc.sources[0].entity == "e4"
    assert len(doc.entities) == 1


def test_according_to_and_agency_with_outlet_word():
    doc = run("وبحسب وكالة الأنباء السعودية، فإن الأمطار ستستمر. وأضاف المسؤول ذلك نقلا عن رويترز.")
    assert names(doc) == ["وكالة الأنباء السعودية", "رويترز"]


def test_dateline_and_bracketed_code():
    doc = run("افتتح المعرض أبوابه للزوار صباح اليوم.\nوشارك فيه أكثر من مئة عارض. (أ ف ب)",
              title="افتتاح معرض الكتاب")
    assert names(doc) == ["أ ف ب"]
    doc = run("الرياض - واس\nافتتح أمير المنطقة المعرض صباح اليوم.", title="افتتاح معرض الكتاب")
    assert names(doc) == ["واس"]


def test_interview_counts_as_citation():
    doc = run("وأوضح الوزير في مقابلة مع رويترز أن الإنتاج سيرتفع.")
    assert names(doc) == ["رويترز"]


def test_mere_mention_is_not_a_source():
    doc = run("حصل المصور على جائزة من رويترز العام الماضي عن صوره في الصحراء.")
    assert doc.sources == []


def test_outlet_missing_from_kb_is_kept():
    doc = run("وذكرت صحيفة الوادي المحلية أن الطريق سيغلق أسبوعا. وأوضحت وكالة «النخيل» أن العمل بدأ.")
    assert names(doc) == ["صحيفة الوادي المحلية", "النخيل"]
    assert all(doc.entity(s.entity).kb is None for s in doc.sources)


def test_generic_wires_are_not_a_named_source():
    doc = run("سبق- وكالات: أعلنت الشرطة توقيف ثلاثة أشخاص.", title="توقيف مشتبه بهم")
    assert doc.sources == []


def test_shipped_kb_finds_sputnik_and_tass():
    layer = SourceLayer()
    doc = Document(text="ونقلت سبوتنيك عن الوزير قوله ذلك. وبحسب تقرير تاس، قال الدبلوماسي إن الحوار مستمر.")
    layer(doc)
    doc.check_offsets()
    assert [doc.entity(s.entity).name_en for s in doc.sources] == ["Sputnik", "TASS"]


def test_words_said_to_an_agency():
    doc = run("وقال عضو في المجلس البلدي لرويترز إن الانتخابات ستجرى في موعدها.")
    assert names(doc) == ["رويترز"]


def test_short_code_with_a_clitic_is_not_an_agency():
    doc = run("وقال فواس المحامي إن القضية انتهت. وذكرت واس أن الأمطار غزيرة.")
    assert names(doc) == ["واس"]


def test_outlet_addressed_with_separate_preposition():
    doc = run("وقال مسؤول في الشركة لـ«رويترز» إن الإنتاج سيتوقف أسبوعا.")
    assert names(doc) == ["رويترز"]


def test_open_class_outlets_by_construction():
    doc = run("وذكرت صحيفة «النجمة» الهولندية أن المباراة أجلت. وقالت صحيفة البرق المسائي أن السوق هادئة.")
    assert names(doc) == ["النجمة", "صحيفة البرق المسائي"]  # a noun phrase keeps its head
    doc = run("بحسب ما نشر موقع قناة «الساحل» الإخبارية فإن الطريق أغلق.")
    assert names(doc) == ["الساحل"]
    doc = run("ونقلت وكالة أنباء «الواحة» عن شهود أن الحريق أخمد. وأفادت وكالة أنباء الفرات بأن السد امتلأ.")
    assert names(doc) == ["الواحة", "وكالة أنباء الفرات"]


def test_generic_outlet_words_and_websites_name_no_outlet():
    doc = run("وذكرت صحيفة محلية أن الأسعار ارتفعت. ونشر موقع الوزارة أن التسجيل بدأ.")
    assert doc.sources == []


def test_outlet_word_as_recipient_of_the_statement():
    doc = run("وقال مسؤول أمني رفيع في المحافظة لإذاعة «صوت الجبل» إن الهدوء عاد.")
    assert names(doc) == ["صوت الجبل"]
    doc = run("وأضاف الوزير في تصريح لـ«صحيفة الفجر» أن الخطة جاهزة.")
    assert names(doc) == ["الفجر"]
    doc = run("وقال لـ«النهار الجديد» خبير في الأسواق إن الأسعار ستنخفض.")
    assert names(doc) == ["النهار الجديد"]


def test_quoted_name_after_a_distant_preposition_is_not_a_recipient():
    doc = run("وقال سامر العلي المدير العام لـ«شركة الريف» إن الأرباح زادت.")
    assert doc.sources == []


def test_agency_tags_between_sentences_and_closing_a_paragraph():
    doc = run("ارتفعت أسعار النفط في التعاملات المبكرة اليوم. «رويترز»\nوتراجع الدولار أمام اليورو.")
    assert names(doc) == ["رويترز"]
    doc = run("افتتح الأمير المعرض مساء أمس بحضور المسؤولين 2015 م واس\nوشارك في المعرض مئة عارض.")
    assert names(doc) == ["واس"]


def test_call_with_an_agency_and_receiving_a_copy():
    doc = run("وأكد المدير في اتصال هاتفي مع وكالة «رويترز» أن المصنع لم يتضرر.")
    assert names(doc) == ["رويترز"]
    doc = run("وتلقت وكالة الأنباء السعودية نسخة منه، وجاء فيه أن الصادرات زادت.")
    assert names(doc) == ["وكالة الأنباء السعودية"]


def test_a_title_before_an_agency_name_makes_a_person():
    doc = run("ويقول البروفيسور واس إن التجربة نجحت في المختبر.")
    assert doc.sources == []


def test_dotted_acronym_in_arabic_letters():
    layer = SourceLayer()
    doc = Document(text="وقال المتحدث إن المفاوضات مستمرة. (يو. بي. آي)")
    layer(doc)
    doc.check_offsets()
    assert [doc.entity(s.entity).name_en for s in doc.sources] == ["United Press International"]


def test_an_outlet_named_as_an_employer_is_not_cited():
    doc = run("وقال سليم داود، رئيس التحرير التنفيذي لصحيفة «الصباح الجديد»، إن الطبعة ستصدر غدا.")
    assert doc.sources == []
    doc = run("وأكدت ليلى حسن المديرة العامة لوكالة أنباء «الواحة» أن الموقع سيطلق قريبا.")
    assert doc.sources == []
    doc = run("وعمل سنوات مراسلا رياضيا لإذاعة «صوت الجبل». وقال الكاتب في صحيفة «النجمة» إن الرواية نجحت.")
    assert doc.sources == []
    doc = run("وقال مذيع قناة «الساحل» إن البرنامج توقف.")
    assert doc.sources == []


def test_words_said_to_an_outlet_by_a_head_of_another_body_stay_cited():
    doc = run("وقال رئيس الوزراء لوكالة رويترز إن الحكومة ستقر الميزانية. وأفاد مراسل سبوتنيك بأن الطريق أغلق.")
    assert names(doc) == ["وكالة رويترز", "سبوتنيك"]  # a correspondent who reports cites the agency


def test_an_outlet_as_subject_of_a_business_verb_or_a_plural_verb_is_not_cited():
    doc = run("انضمت صحيفة «رويترز» إلى تحالف للناشرين في أوروبا.", title="تحالف جديد للناشرين")
    assert doc.sources == []
    doc = run("ورفع المحتجون لافتات كتب عليها «دعوا قناة الحرية تبث».")
    assert doc.sources == []



def test_a_name_completing_a_place_after_a_preposition_is_not_cited():
    # the verb's subject is the manager; the agency's name only completes the street
    doc = run("وقال مدير الفرع في شارع رويترز خالد السالم: العمل مستمر.")
    assert doc.sources == []
    # an outlet word or a report word there keeps the name a source
    assert names(run("وقال في تقرير رويترز إن الأسعار ارتفعت.")) == ["رويترز"]


def test_an_accusative_noun_is_never_an_agency_name():
    layer = SourceLayer(kb=KnowledgeBase([Actor("test:agency/ansa", "ORG", "agency", "أنسا", "ANSA", [])]))
    doc = Document(text="وكتب عنه النقاد مديحاً وأنساً كبيرين.")
    layer(doc)
    assert doc.sources == []


def test_an_interview_of_someone_with_an_outlet():
    assert names(run("وفي مقابلة للنائب سعيد مع وكالة رويترز قال إن البرلمان سيصوت.")) == ["وكالة رويترز"]
    layer_doc = Document(text="وفي حوار للوزير مع قناة «الشمس» أوضح أن الاتفاق قريب.")
    LAYER(layer_doc)
    assert names(layer_doc) == ["الشمس"]
