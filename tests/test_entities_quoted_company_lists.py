"""Companies named in quote marks in a list with a company the finders know
(entities/quoted_company_lists). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, names, ner_layer  # noqa: F401 - pytest fixtures


def test_quoted_chains_listed_with_a_known_company(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وتنافس المتاجر المحلية سلاسل عالمية مثل «وول مارت» و«ألدي» في أسعار السلع.", "2015-08-02")
    assert {"وول مارت", "ألدي"} <= names(doc, "ORG")


def test_quoted_ordinary_words_are_no_companies(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وتحدث الوزير عن «النمو» و«الاستقرار» في كلمته أمام «أرامكو».", "2015-08-02")
    assert not {"النمو", "الاستقرار"} & names(doc, "ORG")
