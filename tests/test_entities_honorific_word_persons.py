"""Persons after an honorific whose given name is also an ordinary word (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from entity_fixtures import span_candidate
from marsad.arabic.tokens import tokenize
from marsad.kb import load_kb
from marsad.layers.entities.honorific_word_persons import add_honorific_word_persons
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords
from marsad.lexicons.verbs import verb_keys

VERBS = verb_keys()


@pytest.fixture(scope="module")
def words() -> NameWords:
    return NameWords(load_kb())


def _persons(text: str, words: NameWords, cands: list[NameCandidate] | None = None) -> list[str]:
    tokens = tokenize(text)
    out = add_honorific_word_persons(cands or [], tokens, text, words, VERBS)
    return [text[c.start : c.end] for c in out if c.type == "PER"]


def test_a_word_given_name_and_a_family_word_after_an_honorific(words):
    text = "وشارك في الندوة المهندس عمر الراشد، مدير الإدارة الفنية."
    assert _persons(text, words) == ["عمر الراشد"]


def test_a_given_name_of_the_honorific_list_and_a_relational_family(words):
    text = "وأوضح المهندس مطلق الحارثي أن المشروع يكتمل العام المقبل."
    assert _persons(text, words) == ["مطلق الحارثي"]


def test_a_relational_adjective_may_stand_between_the_honorific_and_the_name(words):
    text = "واستقبل السفير السعودي عيد العتيبي الوفد في مقر السفارة."
    assert _persons(text, words) == ["عيد العتيبي"]


def test_a_family_named_like_a_city_after_an_honorific(words):
    text = "وأكد الدكتور خليل الخليل أن الحوار يحتاج إلى صبر."
    tokens = tokenize(text)
    city = span_candidate(text, tokens, "الخليل", "LOC", "kb", start=text.rindex("الخليل"))
    out = add_honorific_word_persons([city], tokens, text, words, VERBS)
    assert [(c.type, text[c.start : c.end]) for c in out] == [("PER", "خليل الخليل")]


def test_a_person_read_across_the_honorific_starts_after_it(words):
    text = "وحاضرت بجامعة الملك سعود الدكتورة إيمان السبيعي عن الأسر المنتجة."
    tokens = tokenize(text)
    run_on = span_candidate(text, tokens, "سعود الدكتورة إيمان السبيعي")
    out = add_honorific_word_persons([run_on], tokens, text, words, VERBS)
    assert [text[c.start : c.end] for c in out] == ["إيمان السبيعي"]


def test_a_phrase_after_an_honorific_is_no_person(words):
    text = "وتحدث المهندس باسم الشركة عن خطط التوسع."
    assert _persons(text, words) == []


def test_a_longer_name_is_left_to_the_lineage_finders(words):
    text = "وقال الشيخ عمر بن سالم إن الموسم جيد."
    assert _persons(text, words) == []


def test_the_preposition_after_an_honorific_is_no_given_name(words):
    text = "ويعرض الأستاذ على الطلاب مسائل عامة."
    assert _persons(text, words) == []


def test_a_preposition_and_a_place_after_the_given_name_end_it(words):
    text = "وقال إن ابنه ولد في مستشفى الأمير فواز بجدة قبل عامين."
    assert _persons(text, words) == []


def test_an_adjective_given_name_before_a_verbal_noun_is_a_phrase(words):
    text = "وكان الفريق حسن التخطيط طوال الموسم."
    assert _persons(text, words) == []


def test_a_relational_family_without_the_article(words):
    text = "وقدمت الدكتورة أمل عسيري ورقة عن الأسر المنتجة."
    assert _persons(text, words) == ["أمل عسيري"]


def test_a_verb_after_a_kings_name_is_no_family(words):
    text = "عمادة شؤون الطلاب بجامعة الملك خالد تكرم المتفوقين."
    tokens = tokenize(text)
    body = span_candidate(text, tokens, "عمادة شؤون الطلاب بجامعة الملك خالد", "ORG")
    out = add_honorific_word_persons([body], tokens, text, words, VERBS)
    assert [c.type for c in out] == ["ORG"]


def test_a_noun_ending_in_alif_maqsura_after_the_preposition_is_no_family(words):
    text = "وستخدم هذه الخطوة الفريق على المدى البعيد."
    assert _persons(text, words) == []
