"""Two bodies sharing a head word in the dual ("وزارتي الداخلية والخارجية"), and persons named
"علي" + a family name, which the given-name finder leaves out for "على" spelt "علي". Sentences
written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixture


def _orgs(doc):
    return {e.name for e in doc.entities if e.type == "ORG"}


def test_two_ministries_after_a_dual_head(layer):
    doc = analysed(layer, "وبحث الاجتماع التنسيق بين وزارتي الصحة والتجارة في مراقبة الأسواق.", "2015-08-10")
    assert {"وزارة الصحة", "وزارة التجارة"} <= _orgs(doc)
    assert {"الصحة", "التجارة"} <= names(doc, "ORG")


def test_two_universities_named_after_kings(ner_layer):
    doc = analysed(ner_layer, "وتعاون باحثون من جامعتي الملك سعود والملك فيصل في دراسة المياه.", "2015-08-10")
    assert {"جامعة الملك سعود", "جامعة الملك فيصل"} <= _orgs(doc)
    assert not names(doc, "PER")  # the kings the universities are named after are no mention


def test_second_name_stops_where_the_sentence_goes_on(layer):
    doc = analysed(layer, "وأقر مجلسا النواب والشيوخ الميزانية الجديدة بعد نقاش طويل.", "2015-08-10")
    assert {"النواب", "الشيوخ"} <= names(doc, "ORG")
    assert not any("الميزانية" in n for n in names(doc, "ORG"))


def test_a_dual_without_a_second_name_adds_nothing(layer):
    doc = analysed(layer, "وقال إن وزارتي تعمل على الملف منذ سنوات.", "2015-08-10")
    assert not _orgs(doc)


def test_ali_and_a_family_name_is_a_person(layer):
    doc = analysed(layer, "وأكد المتحدث علي الزهراني أن الفرق الميدانية باشرت العمل، وأضاف الزهراني أن "
                          "الحصيلة ارتفعت.", "2015-08-10")
    assert "علي الزهراني" in names(doc, "PER")


def test_ali_as_the_preposition_is_no_person(layer):
    doc = analysed(layer, "وحصل المنتخب علي التوالي على المركز الأول وعلي الصعيد المحلي تحسنت النتائج.",
                   "2015-08-10")
    assert not any(n.startswith(("علي", "وعلي")) for n in names(doc, "PER"))


def test_a_board_and_a_general_presidency(layer):
    doc = analysed(layer, "وأصدر ديوان المظالم حكما، فيما أعلنت الرئاسة العامة لرعاية الشباب دعمها للأندية.",
                   "2015-08-10")
    assert {"ديوان المظالم", "الرئاسة العامة لرعاية الشباب"} <= names(doc, "ORG")


def test_the_office_of_an_emirate_or_a_poets_collection_is_no_body(layer):
    doc = analysed(layer, "واستقبل ديوان الإمارة المراجعين، وقرأ الحضور قصائد من ديوان الشاعر.", "2015-08-10")
    assert not any(n.startswith("ديوان") for n in names(doc, "ORG"))


def test_other_given_names_that_are_words(layer):
    doc = analysed(layer, "وأوضح الرائد عمر الشمراني أن الدوريات انتشرت، وبلغ عمر الطفل عامين.", "2015-08-10")
    assert "عمر الشمراني" in names(doc, "PER")
    assert not any("الطفل" in n for n in names(doc, "PER"))


def test_a_purpose_of_two_parts_stays_in_the_name(layer):
    doc = analysed(layer, "ووقعت الجمعية الخيرية لتحفيظ القرآن ورعاية الأيتام اتفاقا مع الرئاسة العامة للأرصاد "
                          "ووزارة الصحة.", "2015-08-10")
    orgs = names(doc, "ORG")
    assert "الجمعية الخيرية لتحفيظ القرآن ورعاية الأيتام" in orgs
    assert not any(n.endswith("ووزارة الصحة") for n in orgs)


def test_towns_named_by_short_or_ordinary_words_after_their_governorate(layer):
    doc = analysed(layer, "وامتدت الاشتباكات إلى محافظة إب ومحافظة حجة، فيما أقيم المهرجان بمحافظة حقل.",
                   "2015-08-10")
    assert {"محافظة إب", "محافظة حجة", "محافظة حقل"} <= names(doc, "LOC")
    assert not names(analysed(layer, "وقال إن حجة الوزارة ضعيفة وإن الحقل واسع.", "2015-08-10"), "LOC")


def test_a_country_adjective_after_a_body_is_the_bodys(layer):
    doc = analysed(layer, "ووقعت جمعية السرطان السعودية اتفاقا، فيما أعلنت «سابك» السعودية أرباحها.", "2015-08-10")
    assert "جمعية السرطان السعودية" in names(doc, "ORG")
    assert not names(doc, "LOC")


def test_ali_joins_the_family_name_tagged_alone(ner_layer):
    doc = analysed(ner_layer, "وضمت القائمة النهائية للمنتخب اللاعبين فهد المولد، علي الزبيدي، وسالم الدوسري.",
                   "2015-08-10")
    assert "الزبيدي" not in names(doc, "PER")


def test_dual_place_heads_keep_the_names_already_read(ner_layer):
    doc = analysed(ner_layer, "وخسر النظام مدينتي إدلب وجسر الشغور، وتحاصر المقاومة منطقتي خور مكسر وكريتر بعدن.",
                   "2015-08-10")
    places = names(doc, "LOC")
    assert "جسر الشغور" in places and "جسر" not in places
    assert not any(p.endswith("بعدن") for p in places)


def test_no_body_from_a_masculine_adjective_or_a_name_beginning_with_lam(layer):
    doc = analysed(layer, "وأعلن مرشحو سباق الرئاسة الأميركي مواقفهم بعد تخرجهم في جامعة ليستر وشهادة الماجستير.",
                   "2015-08-10")
    orgs = names(doc, "ORG")
    assert not any("الرئاسة" in n for n in orgs)
    assert not any("وشهادة" in n for n in orgs)


def test_press_spellings_of_country_names(layer):
    doc = analysed(layer, "وتشمل الاشتراطات القادمين من غينيا وليبريا والجابون وكوت ديفوار.", "2015-08-10")
    found = {e.name_en for e in doc.entities if e.type == "LOC"}
    assert {"Liberia", "Gabon", "Ivory Coast"} <= found
