"""Two nationality adjectives after a noun of agreement, talks or cooperation name the two states as
its sides, each way (layers/events/adjective_pairs.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.arabic.tokens import tokenize
from marsad.layers.events.adjective_pairs import names_pair
from marsad.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _pairs(analyzer: Analyzer, text: str, etype: str) -> set[tuple[str | None, str | None]]:
    doc = analyzer.analyze(text, published="2015-08-01")
    doc.check_offsets()
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(e.actor or ""), names.get(e.target or "")) for e in doc.events if e.type == etype}


def test_an_agreement_named_by_two_adjectives_joined_by_a_dash(analyzer: Analyzer) -> None:
    text = ("وقال المسؤول إن الاتفاق الأميركي - التركي بشأن المنطقة الآمنة سيطبق قريبا. "
            "وكانت تركيا والولايات المتحدة قد أعلنتا ذلك الشهر الماضي.")
    pairs = _pairs(analyzer, text, "AGREE")
    assert ("الولايات المتحدة", "تركيا") in pairs and ("تركيا", "الولايات المتحدة") in pairs


def test_talks_named_by_two_juxtaposed_adjectives(analyzer: Analyzer) -> None:
    text = "وتناولت المحادثات السعودية الفرنسية في الرياض ملفات المنطقة. وتعد فرنسا شريكا مهما للسعودية."
    pairs = _pairs(analyzer, text, "CONSULT")
    assert ("المملكة العربية السعودية", "فرنسا") in pairs


def test_cooperation_named_by_adjectives_joined_by_waw(analyzer: Analyzer) -> None:
    text = "وأشاد الوزير بالتعاون المصري والروسي في مجال الطاقة. وتربط مصر وروسيا علاقات قديمة."
    pairs = _pairs(analyzer, text, "COOPERATE")
    assert ("مصر", "روسيا") in pairs


def test_a_single_adjective_or_one_apart_from_the_noun_is_no_pair(analyzer: Analyzer) -> None:
    names = " وتعد فرنسا شريكا مهما للسعودية."
    assert _pairs(analyzer, "وتناولت المحادثات السعودية ملفات المنطقة." + names, "CONSULT") == set()
    # the adjective of the agreement's subject stands between: no pair right after the noun
    assert _pairs(analyzer, "وناقش الوزير الاتفاق النووي الإيراني الفرنسي." + names, "AGREE") == set()


def test_one_state_twice_or_a_state_the_article_does_not_name_is_no_pair(analyzer: Analyzer) -> None:
    assert _pairs(analyzer, "وانطلقت المحادثات اليمنية اليمنية. وتعد اليمن ساحة للصراع.", "CONSULT") == set()
    # Egypt is named only by its adjective: the article names no second state
    assert _pairs(analyzer, "وبحث الجانبان التعاون السعودي المصري في مجال الطاقة. وتعد السعودية شريكا.",
                  "COOPERATE") == set()



def test_two_country_names_are_places_not_a_pair_of_adjectives() -> None:
    states = {"BHR": "e1", "SAU": "e2"}
    assert not names_pair(tokenize("وتجنب الوزير زيارة البحرين والسعودية في جولته"), states)
    assert names_pair(tokenize("وأشاد بالتعاون البحريني السعودي في مجال الأمن"), states)



def test_a_relation_adjective_may_stand_before_the_pair(analyzer: Analyzer) -> None:
    text = "وأشاد الوزير بالتعاون المشترك المصري الروسي في مجال الطاقة. وتربط مصر وروسيا علاقات قديمة."
    assert ("مصر", "روسيا") in _pairs(analyzer, text, "COOPERATE")
