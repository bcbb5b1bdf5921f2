"""Foreign clubs named between "نادي"/"فريق" and their country's adjective. Sentences written for
these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


def test_club_between_head_and_country_adjective(layer):
    doc = analysed(layer, "وقع المهاجم عقدا مع نادي كاشيما الياباني لمدة موسمين، بعد أن لعب لفريق ماسيو "
                          "البرازيلي وفريق طوكيو فيردي الياباني.", "2015-08-10")
    assert {"كاشيما", "ماسيو"} <= names(doc, "ORG")
    assert not {n for n in names(doc, "ORG") if n.startswith(("نادي", "فريق")) or n.endswith("الياباني")}


def test_with_the_ner_too(ner_layer):
    doc = analysed(ner_layer, "وخسر الفريق مباراته الودية أمام فريق سيمباري الأوغندي بهدفين.", "2015-08-10")
    assert "سيمباري" in names(doc, "ORG")


def test_no_club_without_the_adjective_or_of_ordinary_words(layer):
    doc = analysed(layer, "وشارك فريق عمل الوزارة في الاجتماع، وزار فريق الإنقاذ الإيطالي الموقع، "
                          "وأعلن نادي كاشيما أمس عن مدربه.", "2015-08-10")
    orgs = names(doc, "ORG")
    assert "عمل" not in orgs and "الإنقاذ" not in orgs and "كاشيما" not in orgs
