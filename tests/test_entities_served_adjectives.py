"""What a body serves, closed by its adjectives (`served_adjectives`): a relational adjective, a
fixed epithet, two adjectives joined by و, a people after a plural of people, على + the object of
a purpose noun, a plural adjective after a plural complement. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, ner_layer  # noqa: F401 - pytest fixtures


def orgs(layer, text):
    return {e.name for e in analysed(layer, text, "2015-08-10").entities if e.type == "ORG"}


def test_a_relational_adjective_of_what_the_body_serves(layer):
    assert "الاتحاد العام للنقابات الفنية" in orgs(layer, "وترأس الاتحاد العام للنقابات الفنية اجتماعا طارئا أمس.")


def test_a_fixed_epithet_closes_the_name(layer):
    names = orgs(layer, "ودعمت المؤسسة العامة لتحلية المياه المالحة مشروعا جديدا في الشرقية.")
    assert "المؤسسة العامة لتحلية المياه المالحة" in names


def test_two_adjectives_joined_by_wa(layer):
    names = orgs(layer, "وارتفع رأس المال السوقي لبورصة النيل للشركات الصغيرة والمتوسطة هذا الشهر.")
    assert "بورصة النيل للشركات الصغيرة والمتوسطة" in names


def test_a_people_after_a_plural_of_people(layer):
    names = orgs(layer, "وبعث رئيس الاتحاد العام للمحامين العرب برقية تهنئة.")
    assert "الاتحاد العام للمحامين العرب" in names


def test_ala_and_the_object_of_a_purpose_noun(layer):
    names = orgs(layer, "ونظمت اللجنة الوطنية للرقابة على المنشطات ورشة للاعبين.")
    assert "اللجنة الوطنية للرقابة على المنشطات" in names


def test_a_plural_adjective_after_a_plural_complement(layer):
    names = orgs(layer, "وأعلن حزب اليونانيين المستقلين انسحابه من الحكومة.")
    assert "حزب اليونانيين المستقلين" in names


def test_a_word_after_the_purpose_that_is_no_adjective_stays_out(layer):
    names = orgs(layer, "وأعلنت الهيئة العامة للسياحة الأسبوع الماضي عن برنامج صيفي.")
    assert "الهيئة العامة للسياحة" in names
    assert not any("الأسبوع" in n for n in names)


def test_an_adjective_before_a_country_adjective_titles_a_person(layer):
    names = orgs(layer, "واختار الاتحاد الآسيوي لكرة القدم الدولي السعودي فهد المرداسي حكما للمباراة.")
    assert not any("الدولي" in n for n in names)
