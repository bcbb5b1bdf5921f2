"""Entity constructions found by probing unlabelled news: the place in a governor's title, a
prayer after a name, a fraction before a measure. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


def run(layer, text, published="2015-08-10"):
    return analysed(layer, text, published)


def test_place_after_a_governors_title(layer):
    doc = run(layer, "افتتح محافظ طريف مهرجان الصيف، وحضر الحفل محافظ الخفجي، ثم هنأ الأهالي لمحافظ ضرما.")
    assert {"طريف", "الخفجي", "ضرما"} <= names(doc, "LOC")


def test_governor_of_a_bank_or_before_his_name_names_no_place(layer):
    doc = run(layer, "قال محافظ البنك المركزي إن التضخم تراجع، وأكد المحافظ سليمان العتيبي أن محافظ "
                     "الهيئة حضر، كما تحدث محافظ الاحتياطي الفيدرالي.")
    assert not names(doc, "LOC")


def test_governorate_named_by_two_words_and_the_object_after_a_governorate(layer):
    doc = run(layer, "زار محافظ أبو عريش المستشفى، وافتتح محافظ طريف المهرجان.")
    assert {"أبو عريش", "طريف"} <= names(doc, "LOC")
    assert not {"المستشفى", "المهرجان"} & names(doc, "LOC")


def test_place_in_a_governors_title_tagged_a_person_by_ner(ner_layer):
    doc = run(ner_layer, "دشن محافظ طبرجل فعاليات العيد في الحديقة العامة.")
    assert "طبرجل" in names(doc, "LOC")
    assert not any("طبرجل" in n for n in names(doc, "PER"))


def test_prayer_after_a_name_is_no_part_of_it(layer):
    doc = run(layer, "أسس الملك عبدالعزيز بن عبدالرحمن آل سعود -رحمه الله- الدولة، "
                     "وزار الوفد متحفا عن الملك فهد - رحمه الله - في جدة.")
    every = {m.text for e in doc.entities for m in e.mentions}
    assert not any("رحمه" in text for text in every)
    assert "عبدالعزيز بن عبدالرحمن آل سعود" in names(doc, "PER")


def test_prayer_formula_is_no_name_but_the_name_rahmatullah_is(ner_layer):
    doc = run(ner_layer, "قال الحاج نور الدين -رحمه الله- إن القرية تغيرت. والتقى الوزير الشيخ رحمة الله "
                         "نوري في كابول.")
    assert not any("رحمه" in t for e in doc.entities for t in (m.text for m in e.mentions))


def test_measure_after_a_fraction_is_no_name(ner_layer):
    doc = run(ner_layer, "اخلط نصف كوب من الحليب مع ربع كوب من السكر وثلث كوب من الطحين.")
    assert not names(doc, "PER")


def test_a_surname_is_a_name_wherever_the_article_repeats_it(ner_layer):
    doc = run(ner_layer, "عينت الشركة الألمانية المديرة ماريا فيلدهاوزن رئيسة تنفيذية جديدة. "
                         "وقالت فيلدهاوزن إن خطتها جاهزة، وأشاد المساهمون بفيلدهاوزن.")
    person = next((e for e in doc.entities if e.type == "PER" and "فيلدهاوزن" in e.name), None)
    assert person is not None
    assert len([m for m in person.mentions if m.kind == "name"]) == 3


def test_no_repeat_of_a_common_word_or_inside_a_ministers_title(ner_layer):
    doc = run(ner_layer, "عبرت السفينة القناة الجديدة صباحا، ثم عادت إلى القناة القديمة. "
                         "وزار وزير الحرس الوطني قوات الحرس الوطني في الشمال.")
    orgs = [m.text for e in doc.entities if e.type == "ORG" for m in e.mentions]
    assert "القناة" not in orgs
    assert not [e for e in doc.entities if e.type == "ORG" and any(
        doc.text[m.start - 5 : m.start].strip() == "وزير" for m in e.mentions)]
