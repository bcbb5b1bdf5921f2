"""Persons with a given name of two words ("آنا ماريا", "علي أكبر") that the finders cut
(sentences written for these tests)."""

from __future__ import annotations

from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.compound_given_names import repair_compound_given_names
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords

WORDS = NameWords(load_kb())
VERBS = frozenset({"قال", "اكد"})


def _cand(tokens, text, a, b, typ="PER"):
    start, end = tokens[a].start, tokens[b - 1].end
    return NameCandidate(start, end, a, b, typ, alias_key(text[start:end]), None, "ner")


def _spans(cands, text):
    return [text[c.start : c.end] for c in cands]


def test_a_person_begun_at_the_second_part_takes_the_first():
    text = "وأوضحت المحامية آنا ماريا غونزاليس أن الحكم نهائي."
    tokens = tokenize(text)
    out = repair_compound_given_names([_cand(tokens, text, 3, 5)], tokens, text, WORDS, VERBS)
    assert _spans(out, text) == ["آنا ماريا غونزاليس"]


def test_a_person_ended_with_the_compound_takes_the_family_name():
    text = "وصرح المستشار علي أكبر هاشمي للصحفيين أمس."
    tokens = tokenize(text)
    out = repair_compound_given_names([_cand(tokens, text, 2, 4)], tokens, text, WORDS, VERBS)
    assert _spans(out, text) == ["علي أكبر هاشمي"]


def test_a_compound_after_a_title_is_a_new_person():
    text = "وزار الدكتور محمد جواد كريمي المستشفى."
    tokens = tokenize(text)
    assert _spans(repair_compound_given_names([], tokens, text, WORDS, VERBS), text) == ["محمد جواد كريمي"]


def test_ala_before_a_superlative_is_no_name():
    text = "وأكد علي أكبر قدر من التعاون، وحصل الفريق على أكبر عدد من النقاط."
    tokens = tokenize(text)
    assert repair_compound_given_names([], tokens, text, WORDS, VERBS) == []


def test_an_adjective_after_the_compound_stays_out():
    text = "وقال الرئيس جان بيير الفرنسي المولد إنه سيعود."
    tokens = tokenize(text)
    out = repair_compound_given_names([_cand(tokens, text, 2, 4)], tokens, text, WORDS, VERBS)
    assert _spans(out, text) == ["جان بيير"]


def test_the_conjunction_an_before_a_given_name_is_no_first_part():
    text = "وأضاف أن كلير ستتولى إدارة المشروع."
    tokens = tokenize(text)
    out = repair_compound_given_names([_cand(tokens, text, 2, 3)], tokens, text, WORDS, VERBS)
    assert _spans(out, text) == ["كلير"]
