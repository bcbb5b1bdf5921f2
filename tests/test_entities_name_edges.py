"""Where names begin and end, as unseen news shows them: a family name that is also an ordinary
word ("السعيد", "القاضي", "الحربي" after "عيد") closes a name after a given name or a lineage (lexicon
`word_family_names.tsv`), but not a title that begins with such a word ("الأمين العام") nor a phrase
("القرآن الكريم"); an office or a noun with its pronoun after a full name is no part of it; a foreign
club is named without its country's adjective; a given name is not cut into clitics and a name."""

from __future__ import annotations

import pytest

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


def test_a_family_name_that_is_a_word_ends_a_lineage(ner_layer):
    text = ("افتتح مشروع الطريق الدائري الجديد.\n\n"
            "ودشن المشروع رئيس البلدية ناصر بن عبدالله القاضي بحضور عدد من المسؤولين، "
            "وقال المؤرخ حمد بن علوي القصير إن المنطقة تشهد نهضة.")
    found = names(analysed(ner_layer, text, "2015-08-03"), "PER")
    assert "ناصر بن عبدالله القاضي" in found and "حمد بن علوي القصير" in found
    assert "ناصر بن عبدالله" not in found


def test_a_family_name_that_is_a_word_follows_given_names(layer):
    text = ("اجتمع مجلس إدارة الجمعية الخيرية مساء أمس.\n\n"
            "وحضر الاجتماع المهندس سعد الأمين والأستاذ فهد الخالد، وقدم عبدالله العلي تقريرا عن أعمال الجمعية.")
    found = names(analysed(layer, text, "2015-08-03"), "PER")
    assert {"سعد الأمين", "فهد الخالد", "عبدالله العلي"} <= found


def test_a_title_or_a_phrase_is_no_family_name(layer):
    text = ("عقدت المنظمة اجتماعها السنوي.\n\n"
            "وقال سعد الأمين العام للمنظمة إن الميزانية أقرت، وتلا الطلاب آيات من القرآن الكريم "
            "في شهر رمضان المبارك.")
    found = names(analysed(layer, text, "2015-08-03"), "PER")
    assert not any(n.endswith(("الأمين", "الكريم", "المبارك")) for n in found)


def test_a_short_noun_with_its_pronoun_ends_a_lineage(ner_layer):
    # "شكره" (his thanks) is the object of "قدم", said after the prince's name
    text = ("اختتم الاتحاد اجتماعه الدوري.\n\n"
            "وفي الختام قدم الأمير فيصل بن مساعد شكره للأعضاء على جهودهم خلال الموسم.")
    found = names(analysed(ner_layer, text, "2015-08-03"), "PER")
    assert "فيصل بن مساعد" in found and not any(n.endswith("شكره") for n in found)


def test_an_office_after_a_full_name_ends_it(ner_layer):
    # the tagger runs the name on into the office and its adjective
    text = ("ارتفعت أسعار الأراضي في المدن الكبرى.\n\n"
            "ويرى سعود الشمري المستشار العقاري لعدد من الشركات أن الأسعار ستستقر قريبا.")
    found = names(analysed(ner_layer, text, "2015-08-03"), "PER")
    assert "سعود الشمري" in found and not any("المستشار" in n for n in found)


def test_a_foreign_club_is_named_without_its_countrys_adjective(layer):
    # the KB lists "بورتو البرتغالي" beside "بورتو": one club, named without the adjective
    text = ("انتقالات صيفية نشطة في أوروبا.\n\n"
            "وسجل المهاجم هدفين مع بورتو البرتغالي الموسم الماضي، ثم عاد بورتو إلى التدريبات، "
            "فيما أعلن الاتحاد الكويتي لكرة القدم موعد البطولة.")
    doc = analysed(layer, text, "2015-08-03")
    clubs = [e for e in doc.entities if any(m.text == "بورتو" for m in e.mentions)]
    assert len(clubs) == 1 and {m.text for m in clubs[0].mentions if m.kind == "name"} == {"بورتو"}
    # the country's association keeps its adjective, and the game it governs (entities/sport_fields)
    assert "الاتحاد الكويتي لكرة القدم" in names(doc, "ORG")


def test_the_kb_merges_a_club_entry_named_with_its_countrys_adjective():
    from marsad.kb import alias_key, load_kb

    kb = load_kb()
    porto = kb.lookup(alias_key("بورتو البرتغالي"))
    assert porto and porto[0] in kb.lookup(alias_key("بورتو"))
    assert all(a.name_ar != "الاتحاد" for a in kb.lookup(alias_key("الاتحاد الكويتي")))


def test_a_given_name_read_as_clitics_and_a_name_is_the_whole_word(ner_layer):
    # "كميل" and "فكري" are given names whole; «بسام» stands alone in its quote marks
    text = ("أخبار الانتقالات الصيفية.\n\n"
            "وتعاقد النادي مع المدافع كميل زاياتي لموسم واحد. وقال فكري علي صالح إنه سعيد. "
            "وقال «بسام» إن الحادث وقع مساء أمس، وتقفز سمكة كبيرة في الحوض.")
    doc = analysed(ner_layer, text, "2015-08-03")
    found = names(doc, "PER")
    assert {"كميل زاياتي", "فكري علي صالح", "بسام"} <= found
    assert not {"ميل زاياتي", "ري علي صالح", "سام"} & found
    assert "مكة" not in names(doc, "LOC")  # "سمكة" (a fish) is no "س" + "مكة"


def test_a_longer_name_with_another_given_name_is_not_the_known_person(ner_layer):
    # "سلمان الدوسري" is a known journalist; "فهد سلمان الدوسري" is another man of the family, and
    # "عبدالعزيز بن سعود" + "بن فهد" is not the prince whose father's father is Nayef
    text = ("زيارات ميدانية للمستشفيات.\n\n"
            "وزار الوفد المصاب فهد سلمان الدوسري في المستشفى، وحضر الأمير عبدالعزيز بن سعود بن فهد "
            "الحفل، وتحدث الرئيس جمال عبد الناصر في الفيلم الوثائقي.")
    doc = analysed(ner_layer, text, "2015-08-03")
    by_name = {m.text: e for e in doc.entities for m in e.mentions if m.kind == "name"}
    assert by_name["فهد سلمان الدوسري"].kb is None
    assert by_name["عبدالعزيز بن سعود بن فهد"].kb is None
    assert by_name["جمال عبد الناصر"].kb is not None  # the whole name of the known man


@pytest.mark.parametrize(("body", "name", "kb"), [
    # "محمد مصطفى" (a known man named by two given names) + the family name "قانصو": a man of that family
    ("وألقى الباحث محمد مصطفى قانصو محاضرة عن تاريخ الطباعة في المشرق.", "محمد مصطفى قانصو", None),
    # ... the two names alone keep the link
    ("وقدم المحاضر محمد مصطفى ورقة عن اقتصاد المنطقة.", "محمد مصطفى", "marsad:per/mohammad-mustafa"),
    # a given name before the kunya "أبو طالب": a man of that name, not the one the KB knows by the kunya
    ("وسلم مدير التعليم الدكتور موفق أبو طالب الجوائز للطلاب المتفوقين.", "موفق أبو طالب", None),
])
def test_a_family_name_after_a_known_name_of_given_names_is_another_man(ner_layer, body, name, kb):
    doc = analysed(ner_layer, "ندوة ثقافية في الجامعة.\n\n" + body, "2015-08-03")
    by_name = {m.text: e for e in doc.entities for m in e.mentions if m.kind == "name"}
    assert by_name[name].kb == kb


def test_a_given_name_that_is_a_word_names_a_namesake_before_a_known_family_name(ner_layer):
    # "سامي" is also an adjective; before "الجعفري" it begins a local man's name, no Iraqi minister
    text = ("افتتاح مركز جديد للجمعية.\n\n"
            "وأكد مدير الجمعية سامي الجعفري، أن المركز يخدم الأسر. وقضت المحكمة على المالكي بالسجن.")
    doc = analysed(ner_layer, text, "2015-08-03")
    local = [e for e in doc.entities if any(m.text == "سامي الجعفري" for m in e.mentions)]
    assert local and local[0].kb is None
    assert not any(m.text.startswith("على") for e in doc.entities for m in e.mentions)


def test_a_known_full_name_and_another_persons_name_after_it_are_two_people(ner_layer):
    # the tagger runs the envoy's name on into his spokeswoman's
    text = ("جهود أممية للحل في سوريا.\n\n"
            "وأكدت المتحدثة باسم دي ميستورا جيسي شاهين أمس أن المبعوث سيلتقي الوفدين تباعا.")
    doc = analysed(ner_layer, text, "2015-08-03")
    by_name = {m.text: e for e in doc.entities for m in e.mentions if m.kind == "name"}
    assert by_name["دي ميستورا"].kb is not None and by_name["جيسي شاهين"].kb is None


def test_an_honorific_after_and_is_no_part_of_a_listed_name(ner_layer):
    # a list of guests, each with his honorific joined by و
    text = ("كرمت الجمعية الداعمين في حفلها السنوي.\n\n"
            "وحضر الحفل المهندس خالد الوبران والمهندس نصر الهنداوي والشيخ أحمد صبري والشيخ سلطان بن حريب.")
    found = names(analysed(ner_layer, text, "2015-08-03"), "PER")
    assert not any(n.startswith(("المهندس", "الشيخ")) for n in found)
    assert {"نصر الهنداوي", "أحمد صبري"} <= found


def test_a_paper_named_in_its_own_dateline_is_an_organisation(layer):
    # "سبق" is a common word ("preceded"); between the dateline's dashes it is the paper
    doc = analysed(layer, "افتتاح حديقة جديدة\n\nفهد العلي- سبق- الطائف: افتتحت البلدية حديقة عامة.", "2015-08-03")
    assert "سبق" in names(doc, "ORG")
    doc = analysed(layer, "حملة تفتيش\n\nخالد الشمري- سبق- المدينة: أسفرت حملة تفتيشية عن مخالفات.", "2015-08-03")
    assert "المدينة" not in names(doc, "ORG")  # after the paper, the dateline's place
    doc = analysed(layer, "رأي\n\nقال إنه سبق - وأن زار المكان مرتين.", "2015-08-03")
    assert "سبق" not in names(doc, "ORG")


def test_a_body_named_with_the_two_holy_mosques_keeps_their_adjective(layer):
    text = ("تحذير للمسافرين.\n\n"
            "وأصدرت سفارة خادم الحرمين الشريفين في أثينا تحذيرا للمواطنين، فيما واصل التحالف ضرب "
            "أهداف الحوثيين المدعومين من إيران.")
    found = names(analysed(layer, text, "2015-08-03"), "ORG")
    assert "سفارة خادم الحرمين الشريفين" in found and "سفارة خادم الحرمين" not in found
    assert not any(n.endswith("المدعومين") for n in found)


def test_the_red_crescent_of_a_saudi_paper_and_another_countrys_body(layer):
    # "الهلال الأحمر" alone in a Saudi paper is the Saudi authority; with another country's adjective
    # after it, a body of that country, as "مجلس الشورى الإيراني" is no Saudi Shura
    text = ("حادث مروري على طريق الباحة.\n\n"
            "ونقل المصابون بواسطة الهلال الأحمر إلى المستشفى. وأقر مجلس الشورى الإيراني قانونا جديدا، "
            "وأسعف الهلال الأحمر الفلسطيني الجرحى في غزة.")
    doc = analysed(layer, text, "2015-08-03")
    by_name = {m.text: e for e in doc.entities for m in e.mentions if m.kind == "name"}
    assert by_name["الهلال الأحمر"].kb == "marsad:org/saudi-red-crescent"
    assert by_name["مجلس الشورى الإيراني"].kb is None
    assert by_name["الهلال الأحمر الفلسطيني"].kb is None


def test_a_national_societys_name_with_arab_before_its_countrys_adjective(layer):
    # "الهلال الأحمر العربي السوري" is the Syrian society's own name: "العربي" stands between the
    # name the KB gives the Saudi authority and the other country's adjective
    text = ("قافلة إغاثة جديدة.\n\n"
            "وأدخلت فرق الهلال الأحمر العربي السوري شاحنات الدقيق إلى الحي الشرقي صباح الأحد.")
    doc = analysed(layer, text, "2015-08-03")
    by_name = {m.text: e for e in doc.entities for m in e.mentions if m.kind == "name"}
    assert "الهلال الأحمر" not in by_name
    assert by_name["الهلال الأحمر العربي السوري"].kb is None


def test_a_clubs_initials_before_its_name_keep_the_club(ner_layer):
    # "إيه سي" (A.C.) before "ميلان": the tagger's longer name is the same club
    text = "انتقالات صيفية.\n\nوكان اللاعب قد لعب لفريق إيه سي ميلان الإيطالي ثلاثة مواسم قبل انتقاله."
    doc = analysed(ner_layer, text, "2015-08-03")
    milan = [e for e in doc.entities if any("ميلان" in m.text for m in e.mentions)]
    assert milan and milan[0].kb is not None


@pytest.mark.parametrize("text, full, famous", [
    # the tagger reads only the family's relational name: the word given name before it makes him a
    # local man (namesakes._word_given_before_nisba), no Iraqi minister
    ("وفاز عمار الجعفري بالمركز الأول في سباق الهجن.", "عمار الجعفري", "الجعفري"),
    ("وتسلم غالب المالكي جائزة الموظف المثالي.", "غالب المالكي", "المالكي"),
])
def test_a_word_given_name_before_a_nisba_the_tagger_reads_alone(ner_layer, layer, text, full, famous):
    for lay in (ner_layer, layer):
        doc = analysed(lay, "تكريم المتفوقين في المحافظة.\n\n" + text, "2015-08-03")
        by_name = {m.text: e for e in doc.entities for m in e.mentions if m.kind == "name"}
        assert famous not in by_name and by_name[full].kb is None
