"""A federation's name runs on over the game it governs (entities/sport_fields). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


@pytest.mark.parametrize("text, body", [
    ("وأعلن الاتحاد الكويتي لكرة القدم تأجيل انطلاق البطولة إلى الشهر المقبل.", "الاتحاد الكويتي لكرة القدم"),
    ("وتم الاتفاق بين الرئاسة العامة لرعاية الشباب والاتحاد السعودي لكرة القدم على جدولة الديون.",
     "الاتحاد السعودي لكرة القدم"),
    ("وقرر الاتحاد الدولي لألعاب القوى إيقاف العداء عامين بسبب المنشطات.", "الاتحاد الدولي لألعاب القوى"),
])
def test_a_federation_is_named_with_its_game(ner_layer, text, body):
    doc = analysed(ner_layer, "أخبار رياضية.\n\n" + text, "2015-08-03")
    assert body in names(doc, "ORG")


def test_a_clause_of_purpose_after_a_body_is_no_part_of_its_name(ner_layer):
    doc = analysed(ner_layer, "أخبار دولية.\n\nوتحرك الاتحاد الأوروبي لمواجهة أزمة اللاجئين على حدوده.",
                   "2015-08-03")
    assert not [n for n in names(doc, "ORG") if "لمواجهة" in n]
