"""Bodies named by their kind and their task (`task_bodies`), and the complements and enders that
keep a head from naming a body. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, ner_layer  # noqa: F401 - pytest fixtures


def orgs(layer, text):
    return {e.name for e in analysed(layer, text, "2015-08-10").entities if e.type == "ORG"}


def test_a_head_its_task_and_the_object(layer):
    assert "جهاز مكافحة الإرهاب" in orgs(layer, "وقال جهاز مكافحة الإرهاب إن عناصره طوقوا المبنى.")
    assert "مكتب رعاية الشباب" in orgs(layer, "وطلب النادي من مكتب رعاية الشباب تحديد موعد الانتخابات.")


def test_a_head_read_with_a_clitic(layer):
    assert "وكالة تنمية الصادرات" in orgs(layer, "وذكر تقرير أصدرته وكالة تنمية الصادرات أن الطلب تراجع.")


def test_the_object_keeps_its_relational_adjective_and_one_conjunct(layer):
    names = orgs(layer, "وتقدمت وحدات حماية الشعب الكردية نحو البلدة أمس.")
    assert "وحدات حماية الشعب الكردية" in names
    names = orgs(layer, "وافتتح المحافظ مركز رعاية المسنين والأيتام في الحي.")
    assert "مركز رعاية المسنين والأيتام" in names


def test_a_task_outside_the_lexicon_names_no_body(layer):
    assert not orgs(layer, "واتصل العميل بمكتب خدمة العملاء لتقديم شكوى.")


def test_a_definite_head_with_a_task_names_no_body(layer):
    assert not any("حماية" in n for n in orgs(layer, "وقال إن الجهاز حماية المستهلك من الغش واجبه الأول."))


def test_faculty_and_a_committee_for_one_matter_are_no_bodies(layer):
    names = orgs(layer, "وشارك أعضاء هيئة التدريس في الورشة التي نظمتها الجامعة.")
    assert "هيئة التدريس" not in names
    names = orgs(layer, "وأحيلت القضية إلى لجنة النظر في المخالفات للبت فيها.")
    assert "لجنة النظر" not in names


def test_whose_side_a_force_is_on_is_no_part_of_its_name(layer):
    names = orgs(layer, "واشتبك المقاتلون مع قوات الحماية الشعبية الموالية للنظام قرب البلدة.")
    assert not any("الموالية" in n for n in names)
