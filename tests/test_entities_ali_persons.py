"""A person's name that goes on over "علي" as a father's name (sentences written for these tests)."""

from __future__ import annotations

from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.ali_persons import join_across_ali
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords

WORDS = NameWords(load_kb())


def _cand(tokens, text, a, b, typ="PER"):
    start, end = tokens[a].start, tokens[b - 1].end
    return NameCandidate(start, end, a, b, typ, alias_key(text[start:end]), None, "ner")


def _spans(cands, text):
    return [text[c.start : c.end] for c in cands]


def test_a_name_cut_before_ali_runs_on_to_the_person_tagged_from_it():
    text = "وتقدم الجندي سالم مبارك علي القرني بطلب نقل."
    tokens = tokenize(text)
    cands = [_cand(tokens, text, 2, 4), _cand(tokens, text, 4, 6)]
    assert _spans(join_across_ali(cands, tokens, text, WORDS), text) == ["سالم مبارك علي القرني"]


def test_a_name_cut_before_ali_takes_the_family_name_no_one_holds():
    text = "وصرح النائب فهاد علي الزامل للصحفيين."
    tokens = tokenize(text)
    out = join_across_ali([_cand(tokens, text, 2, 3)], tokens, text, WORDS)
    assert _spans(out, text) == ["فهاد علي الزامل"]


def test_ali_as_the_preposition_before_an_ordinary_word_ends_the_name():
    text = "وحصل سالم علي الجائزة بعد المباراة."
    tokens = tokenize(text)
    out = join_across_ali([_cand(tokens, text, 1, 2)], tokens, text, WORDS)
    assert _spans(out, text) == ["سالم"]
    text = "وكرم المدير سالم القرني، علي الفور."
    tokens = tokenize(text)
    out = join_across_ali([_cand(tokens, text, 2, 4)], tokens, text, WORDS)
    assert _spans(out, text) == ["سالم القرني"]



def test_a_name_ends_with_ali_before_a_comma():
    text = "وتقدم المقيم سالم مبارك علي، بشكوى إلى الشرطة."
    tokens = tokenize(text)
    out = join_across_ali([_cand(tokens, text, 2, 4)], tokens, text, WORDS)
    assert _spans(out, text) == ["سالم مبارك علي"]
