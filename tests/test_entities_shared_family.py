"""Two persons after a dual noun share one family name (sentences written for these tests)."""

from __future__ import annotations

from entity_fixtures import analysed, layer  # noqa: F401 - pytest fixture
from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.shared_family import add_shared_family

WORDS = NameWords(load_kb())


def test_the_first_brother_takes_the_family_name_of_the_second():
    text = "وكرم الحفل الشقيقين فهد وسلطان العتيبي على إنجازهما."
    tokens = tokenize(text)
    start = text.index("سلطان العتيبي")
    second = NameCandidate(start, start + len("سلطان العتيبي"), 4, 6, "PER", alias_key("سلطان العتيبي"), None, "ner")
    out = add_shared_family([second], tokens, text, WORDS)
    first = [c for c in out if c is not second]
    assert [(text[c.start : c.end], c.display) for c in first] == [("فهد", "فهد العتيبي")]


def test_the_second_person_is_added_where_the_tagger_missed_him():
    text = "واستقبل الأخوان ناصر ومشعل الدوسري الضيوف."
    out = add_shared_family([], tokenize(text), text, WORDS)
    assert sorted(text[c.start : c.end] for c in out) == ["مشعل الدوسري", "ناصر"]


def test_two_given_names_without_a_family_name_name_no_one(layer):
    doc = analysed(layer, "وحضر الشقيقان محمد وأحمد الاجتماع أمس.", "2015-08-01")
    assert not [e for e in doc.entities if e.type == "PER"]


def test_the_entity_is_named_with_the_shared_family_name(layer):
    doc = analysed(layer, "واستقبل الأخوان ناصر ومشعل الدوسري الضيوف.", "2015-08-01")
    assert {e.name for e in doc.entities if e.type == "PER"} >= {"ناصر الدوسري", "مشعل الدوسري"}
