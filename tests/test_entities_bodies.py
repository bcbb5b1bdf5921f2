"""Bodies named by a head word and its complements (issue 14): adjectives ending with a country's,
what the body serves (ل + a noun in construct), qualified heads (forces, centres, departments),
a city's police. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, ner_layer  # noqa: F401 - pytest fixtures
from marsad.document import Document


def orgs(layer, text):
    return {e.name for e in analysed(layer, text, "2015-08-10").entities if e.type == "ORG"}


def test_adjectives_ending_with_a_country_name_a_body(layer):
    assert "الكلية البحرية الأردنية" in orgs(layer, "تخرج الضابط من الكلية البحرية الأردنية قبل عشرين عاما.")
    assert "الملحقية الثقافية الكويتية" in orgs(layer, "راجع الطالب الملحقية الثقافية الكويتية في لندن.")


def test_a_company_is_not_named_by_adjectives_alone(layer):
    assert not orgs(layer, "وقعت الشركة النفطية الفرنسية عقدا جديدا أمس.")


def test_what_a_body_serves_after_its_adjective(layer):
    assert "المرصد الوطني لحقوق المرأة" in orgs(layer, "وقال المرصد الوطني لحقوق المرأة إن الأرقام ارتفعت.")
    assert "الشركة الكويتية لتكرير النفط" in orgs(layer, "وفازت الشركة الكويتية لتكرير النفط بالعقد.")


def test_a_plural_subject_after_lam_is_no_purpose(layer):
    names = orgs(layer, "وفي المركز التأهيلي لاحظ الباحثون تحسنا كبيرا.")
    assert not any("الباحثون" in n for n in names)


def test_a_state_body_named_by_its_country_adjective(layer):
    assert "الاتحاد الإسباني" in orgs(layer, "عاقبه الاتحاد الإسباني بغرامة كبيرة.")
    assert "المنتخب المغربي" in orgs(layer, "وانضم المهاجم إلى المنتخب المغربي هذا الصيف.")


def test_qualified_heads_need_a_rank_a_country_or_a_purpose(layer):
    assert "قوات الطوارئ الخاصة" in orgs(layer, "وتقدمت قوات الطوارئ الخاصة نحو الموقع.")
    assert "مركز البحوث العلمي للدراسات الاستراتيجية" in orgs(
        layer, "وقال مركز البحوث العلمي للدراسات الاستراتيجية إن التقرير جاهز.")
    assert not orgs(layer, "وأكدت قوات النظام تقدمها في مركز المدينة.")
    assert not orgs(layer, "وقالت إدارة الأزمة إن الوضع مستقر.")


def test_the_clause_purpose_is_no_part_of_a_force_name(layer):
    names = orgs(layer, "وصل أفراد قوات الطوارئ لأداء الصلاة في المسجد.")
    assert not any("لأداء" in n for n in names)


def test_a_generic_complement_with_a_rank_adjective_is_a_name(layer):
    assert "مديرية الأمن العام" in orgs(layer, "ونشرت مديرية الأمن العام بيانا مساء أمس.")


def test_a_force_of_a_named_body_leaves_the_body(layer):
    assert "الحرس الجمهوري" in orgs(layer, "انسحبت الفرقة التابعة لقوات الحرس الجمهوري من المدينة.")


def test_specific_to_a_region_is_no_regional_branch(layer):
    names = orgs(layer, "استهدف الهجوم مقر قوات الطوارئ الخاصة بمنطقة جازان.")
    assert "قوات الطوارئ الخاصة" in names


def test_a_city_police_leaves_out_the_country_adjective(layer):
    assert "شرطة دبي" in orgs(layer, "وقال نائب رئيس شرطة دبي الإماراتية إن التحقيق مستمر.")


def test_a_place_told_a_statement_in_quotes_is_the_outlet(layer):
    doc = Document(text="وقال المتحدث لـ«الرياض» إن الحركة في الرياض طبيعية.", published="2015-08-10")
    layer(doc)
    types = sorted(e.type for e in doc.entities if e.name == "الرياض")
    assert types == ["LOC", "ORG"]


def test_a_place_told_a_statement_in_brackets_after_lam_tatweel_is_the_outlet(layer):
    doc = Document(text="وقال رئيس البلدية لـ(الرياض) إن العمل في الرياض يسير وفق الخطة.", published="2015-08-10")
    layer(doc)
    types = sorted(e.type for e in doc.entities if e.name == "الرياض")
    assert types == ["LOC", "ORG"]
    # brackets without "لـ": a place
    doc = Document(text="ووصلت القافلة إلى (الرياض) مساء أمس.", published="2015-08-10")
    layer(doc)
    assert {e.type for e in doc.entities if e.name == "الرياض"} == {"LOC"}


def test_quoted_places_not_told_anything_stay_places(layer):
    doc = Document(text="وشملت الغارات «صنعاء» و«عدن» أمس.", published="2015-08-10")
    layer(doc)
    assert {e.type for e in doc.entities} == {"LOC"}


def test_a_name_without_its_head_word_is_the_same_body(ner_layer):
    doc = Document(text="أعلنت شركة فورد أرباحا كبيرة، وقالت فورد إن المبيعات زادت.", published="2015-08-10")
    ner_layer(doc)
    bodies = [e for e in doc.entities if e.type == "ORG"]
    assert len(bodies) == 1 and {m.text for m in bodies[0].mentions} == {"شركة فورد", "فورد"}


def test_a_radio_named_after_a_body_is_not_that_body(ner_layer):
    doc = Document(text="وقالت إذاعة الأمم المتحدة إن الأمم المتحدة سترسل مساعدات.", published="2015-08-10")
    ner_layer(doc)
    assert len([e for e in doc.entities if e.type == "ORG"]) == 2


def test_two_spellings_of_a_foreign_name_are_one_person(layer):
    from marsad.layers.entities.coref import _spelled_alike

    assert _spelled_alike("سيغوندو", "سيجوندو") and _spelled_alike("ميستورا", "مستورا")
    assert not _spelled_alike("سعد", "سعيد") and not _spelled_alike("كاستيلو", "كاسترو")


def test_town_council_and_embassy_of_a_country(layer):
    found = orgs(layer, "أعلنت بلدية الدمام إغلاق عشرة مطاعم، وأصدرت سفارة ألمانيا في الرياض تحذيرا لرعاياها، "
                        "وتابعت قنصلية فرنسا في جدة الأمر.")
    assert {"بلدية الدمام", "سفارة ألمانيا", "قنصلية فرنسا"} <= found


def test_a_body_named_after_a_title_and_a_given_name_no_finder_found(layer):
    names = orgs(layer, "نقل المصاب إلى مستشفى الأمير سلطان في المحافظة، ثم افتتح المحافظ مركز الأمير نايف للتدريب.")
    assert {"مستشفى الأمير سلطان", "مركز الأمير نايف للتدريب"} <= names
    names = orgs(layer, "وقال مدير المكتب إن الأمير سلطان وصل أمس.")
    assert not {n for n in names if "سلطان" in n}


def test_a_body_name_under_the_article_is_an_ordinary_word(layer):
    doc = Document(text="تناسب الألعاب مختلف الأعمار، وقال مسؤول في الأوبك إن الإنتاج مستقر.", published="2015-08-10")
    layer(doc)
    assert [e.kb for e in doc.entities] == ["marsad:org/opec"]


def test_a_currency_after_an_amount_is_no_body(ner_layer):
    names = orgs(ner_layer, "سدد النادي 800 ألف ريال للاعب، وبلغ الدين 5.3 مليار يورو.")
    assert not {n for n in names if n in ("ريال", "يورو")}


def test_a_measure_after_an_amount_is_no_name(ner_layer):
    doc = Document(text="ضبط المفتشون أغذية مخالفة.\n\nوتصدر الأرز القائمة بواقع 676660 كيلو غرام، تلاه السكر.",
                   published="2015-08-10")
    ner_layer(doc)
    assert not [e for e in doc.entities if "غرام" in e.name]


def test_a_rank_after_a_ministry_is_no_part_of_its_name(ner_layer):
    doc = Document(text="وقال الناطق الرسمي باسم وزارة الداخلية العقيد سامي الحربي إن الوضع مستقر.", published="2015-08-10")
    ner_layer(doc)
    assert "وزارة الداخلية" in {e.name for e in doc.entities if e.type == "ORG"}
    assert not [e for e in doc.entities if "العقيد" in e.name]


def test_a_company_form_adjective_ends_the_company_name_before_it(layer):
    doc = Document(text="صعد سهم إعمار العقارية وتراجع سهم المملكة القابضة، فيما هدأ الطلب في سوق لندن العقارية.", published="2015-08-10")
    layer(doc)
    bodies = {m.text for e in doc.entities if e.type == "ORG" for m in e.mentions}
    assert {"إعمار العقارية", "المملكة القابضة"} <= bodies
    assert not any("لندن" in b for b in bodies)
    assert "لندن" in {m.text for e in doc.entities if e.type == "LOC" for m in e.mentions}


def test_a_device_named_in_latin_letters_is_no_body(ner_layer):
    doc = analysed(ner_layer, "وكشفت شركة سامسونج عن هاتف Galaxy A8 الجديد، كما طرحت لوحة مفاتيح باسم "
                   "“Wireless Bluetooth Keyboard” بسعر منخفض، وقال محللون في بنك HSBC إن الطلب سيرتفع.",
                   "2015-08-01")
    found = {m.text for e in doc.entities for m in e.mentions}
    assert not any("Galaxy" in n or "Keyboard" in n for n in found)


def test_the_developer_is_named_where_a_cue_shows_it(layer):
    doc = Document(text="وارتفع سهم إعمار بنسبة اثنين في المائة، فيما دعا الوزير إلى إعادة إعمار المدن وتحديد أعمار "
                        "اللاعبين.", published="2015-08-10")
    layer(doc)
    found = [m.text for e in doc.entities if e.type == "ORG" for m in e.mentions if m.kind == "name"]
    assert found == ["إعمار"]


def test_a_cell_named_by_a_complement_and_a_relational_adjective(layer):
    found = orgs(layer, "وأعلنت خلية الإعلام الأمني أمس إحباط هجوم. وقالت الخلية إن القوات اعتقلت اثنين.")
    assert "خلية الإعلام الأمني" in found
    # a cell of a group, a beehive, an indefinite cell: no body's name
    assert not any(n.startswith("خلية") for n in orgs(layer, "وراقب المزارع خلية النحل قرب خلية إرهابية نائمة."))


def test_a_command_of_forces_named_by_rank_or_country(layer):
    assert "قيادة العمليات المشتركة" in orgs(layer, "وقال ضابط في قيادة العمليات المشتركة إن الهجوم بدأ فجرا.")
    assert "قيادة القوات البرية الأردنية" in orgs(layer, "وأعلنت قيادة القوات البرية الأردنية مقتل ثلاثة مسلحين.")


def test_driving_is_no_command(layer):
    assert not orgs(layer, "وأكد الوزير أن قيادة المرأة للسيارة ليست أولوية الآن.")
    assert not orgs(layer, "وتعلم قيادة السيارة في عامه الأخير.")


def test_a_nationality_alone_after_a_qualified_head_is_a_person(layer):
    names = orgs(layer, "وواصل الفريق تدريباته بقيادة اليوناني ستافروس استعدادا للموسم.")
    assert not any(n.startswith("قيادة") for n in names)


def test_leading_a_team_is_no_command(layer):
    names = orgs(layer, "وأعلن الاتحاد التعاقد مع المدرب الأرجنتيني لقيادة المنتخب السعودي في التصفيات.")
    assert not any(n.startswith("قيادة") for n in names)


def test_an_exchange_and_a_party_named_by_their_adjective(layer):
    assert "البورصة الأردنية" in orgs(layer, "وأغلقت البورصة الأردنية على ارتفاع طفيف.")
    assert "الحزب الاشتراكي" in orgs(layer, "ورفض الحزب الاشتراكي المشاركة في الحكومة الجديدة.")
    # an ordinary adjective leaves the common noun
    assert not any(n.startswith("الحزب") for n in orgs(layer, "وخرج الحزب الحاكم بخسارة كبيرة."))


def test_a_state_body_after_lam_and_the_merged_article(layer):
    names = orgs(layer, "وسلمت شحنة للجيش الأردني في ساعة متأخرة.")
    assert any(n.endswith("جيش الأردني") for n in names)
    assert any(n.endswith("حرس الجمهوري") for n in orgs(layer, "وانضم مجندون جدد للحرس الجمهوري قبل عام."))
    assert not orgs(layer, "وقدم الأهالي الدعم للجيش والشرطة.")


def test_the_presidency_run_for_is_no_body(layer):
    assert not orgs(layer, "وأعلن المرشحون للرئاسة الأميركية معارضتهم للاتفاق.")


def test_a_title_ending_with_a_state_body_after_lam(layer):
    # the title's holder is named next; the body after a definite noun of the title is not taken
    names = orgs(layer, "والتقى رئيس الأركان العامة للجيش الليبي اللواء عبدالرزاق الناظوري بالوفد.")
    assert not any(n.endswith("جيش الليبي") for n in names)


def test_a_body_word_before_a_place_read_after_b_is_no_body_of_that_place(layer):  # noqa: F811
    for text in ("وأرسلت الشركة أجهزة طبية لمستشفى بمحافظة الأحساء قبل شهرين.",
                 "واعتمدت الوزارة مشاريع بلدية بمحافظة القريات هذا العام."):
        doc = analysed(layer, text, "2015-07-26")
        assert not any(m.text.startswith(("مستشفى", "بلدية")) for e in doc.entities for m in e.mentions)
