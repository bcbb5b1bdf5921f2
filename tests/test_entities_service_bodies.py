"""State services named by what they do (`service_bodies`): civil defence and border guard, with
their head word and a country's adjective. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, ner_layer  # noqa: F401 - pytest fixtures


def orgs(layer, text):
    return {e.name for e in analysed(layer, text, "2015-08-10").entities if e.type == "ORG"}


def test_the_service_alone(layer):
    assert "الدفاع المدني" in orgs(layer, "وباشرت فرق الدفاع المدني إخماد الحريق في المستودع.")
    assert "حرس الحدود" in orgs(layer, "وضبطت دوريات حرس الحدود قاربا يحمل مهربين.")


def test_a_head_in_construct_is_part_of_the_name(layer):
    assert "قيادة حرس الحدود" in orgs(layer, "وقال المتحدث باسم قيادة حرس الحدود إن الدوريات عززت.")
    assert "إدارة الدفاع المدني" in orgs(layer, "وشاركت إدارة الدفاع المدني في تأمين المهرجان.")


def test_a_country_adjective_says_whose_service(layer):
    assert "قوات حرس الحدود الأردنية" in orgs(layer, "وأحبطت قوات حرس الحدود الأردنية محاولة تهريب.")


def test_a_directorate_named_by_its_purpose_stays_whole(layer):
    names = orgs(layer, "وأعلنت المديرية العامة للدفاع المدني رفع درجة الاستعداد.")
    assert "المديرية العامة للدفاع المدني" in names
    assert "الدفاع المدني" not in names


def test_a_general_directorate_after_a_preposition_keeps_its_purpose(layer):
    names = orgs(layer, "وقال المتحدث الرسمي للإدارة العامة للدفاع المدني بمكة إن الحريق أخمد.")
    assert not any(n in ("الدفاع المدني", "دفاع المدني") for n in names)
