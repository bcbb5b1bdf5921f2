"""A body named by its kind, a word of its own and what it serves (issue 14). Sentences written
for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixture


def bodies(layer, text):
    return names(analysed(layer, text, "2015-08-10"), "ORG")


def test_a_coined_name_between_kind_and_purpose(layer):
    text = ("وقّعت جمعية رفاء لرعاية المرضى اتفاقية مع مؤسسة وهج للإعلام والتدريب، "
            "بحضور مدير مركز قلوان للتأهيل المهني.")
    assert {"جمعية رفاء لرعاية المرضى", "مؤسسة وهج للإعلام والتدريب",
            "مركز قلوان للتأهيل المهني"} <= bodies(layer, text)


def test_a_fixed_epithet_closes_the_purpose(layer):
    text = "وكرّمت جمعية مكنون لتحفيظ القرآن الكريم طلابها المتفوقين."
    assert "جمعية مكنون لتحفيظ القرآن الكريم" in bodies(layer, text)


def test_no_ordinary_noun_nor_adjective_nor_verb(layer):
    text = ("وافتتحت البلدية مركز تدريب للشباب، ودعمت جمعية خيرية للأيتام ومركز إقليمي للتدريب، "
            "وأعلنت شركة تعمل للمقاولات عن وظائف.")
    assert not any(b.startswith(("مركز", "جمعية", "شركة")) for b in bodies(layer, text))


def test_no_participle_nor_verbal_noun(layer):
    text = ("وتعاقدت الجامعة مع شركة متخصصة للتطوير ومركز ممتاز للأبحاث ومعهد للتدريس للعمال، "
            "فيما انتقلت شركة إسكان للعمال إلى المدينة.")
    assert not any(b.startswith(("مركز", "شركة", "معهد")) for b in bodies(layer, text))


def test_a_company_named_before_its_legal_form(layer):
    text = "وارتفع سهم شركة ينابيع القابضة، فيما تراجع سهم شركة عقارية القابضة ووسيط شركة الاستشارات العقارية."
    found = bodies(layer, text)
    assert any(b.startswith("شركة ينابيع القابضة") or b == "ينابيع القابضة" for b in found)
    assert not any("عقارية" in b or "الاستشارات" in b for b in found)
