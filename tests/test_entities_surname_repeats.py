"""A person's family name alone after a title or a verb of saying, when it is also an ordinary
word (issue 14). Sentences written for these tests; the person named in full is given as a
candidate, as NER or the KB would find it."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.surname_repeats import add_surname_repeats


@pytest.fixture(scope="module")
def words():
    return NameWords(load_kb())


def repeats(words, text, full_name):
    """The words found as the person's family name alone, given the person's full name."""
    tokens = Document(text=text).tokens
    start = text.index(full_name)
    first = next(i for i, t in enumerate(tokens) if t.start == start)
    last = next(i for i, t in enumerate(tokens) if t.end == start + len(full_name))
    person = NameCandidate(start, start + len(full_name), first, last + 1, "PER", alias_key(full_name), None, "ner")
    return [text[c.start : c.end] for c in add_surname_repeats([person], tokens, words) if c is not person]


def test_family_name_after_a_reporting_verb_or_a_rank(words):
    text = ("قال المهندس سامي الطويل إن الأعمال تسير وفق الخطة. وأضاف الطويل أن المشروع يخدم الحي "
            "على المدى الطويل، فيما أشار اللواء الطويل إلى تعاون الأهالي.")
    assert repeats(words, text, "سامي الطويل") == ["الطويل", "الطويل"]


def test_no_family_name_from_an_ordinal_or_a_particle(words):
    text = "واستقبل الملك عبدالله الثاني الوفد، وحضر النائب الثاني لرئيس الوزراء اللقاء."
    assert repeats(words, text, "عبدالله الثاني") == []
    assert repeats(words, "وشدد محمد على أهمية الحوار، كما أكد على ضرورة التهدئة.", "محمد على") == []


def test_a_noun_under_the_article_is_no_verb(words):
    text = "قال الدكتور فهد الشريف إن النقل الشريف للمعلومة واجب."
    assert repeats(words, text, "فهد الشريف") == []


def test_a_word_after_a_verb_and_before_a_noun_is_its_object(words):
    text = "قال المهندس سامي العمر إن المبنى آمن. وأكد العمر الافتراضي للمبنى تقرير الهيئة، وأضاف العمر أن الصيانة دورية."
    assert repeats(words, text, "سامي العمر") == ["العمر"]


def test_a_complementiser_with_its_preposition(words):
    text = "قال الباحث رامي العلي إن النتائج أولية. وأفاد العلي بأن العينة صغيرة."
    assert repeats(words, text, "رامي العلي") == ["العلي"]


def test_a_family_name_that_is_a_given_name_after_a_title_only(words):
    text = ("التقى الوفد سعيد ناصر. وقال الدكتور ناصر إن الحوار مستمر، وأضاف ناصر أن الوضع هادئ، "
            "فيما قال اللواء ناصر الحربي إن الطرق آمنة.")
    assert repeats(words, text, "سعيد ناصر") == ["ناصر"]


def test_family_name_between_commas_after_a_title(words):
    # the title phrase, a comma, the family name alone and a comma: the name in apposition
    text = ("استقبل الرئيس نظيره البرتغالي، جواو مارتينيش، في القصر. وناقش الرئيس مع رئيس البرتغال، "
            "مارتينيش، ملف الهجرة.")
    assert repeats(words, text, "جواو مارتينيش") == ["مارتينيش"]


def test_no_family_name_from_a_word_alone_after_a_sentence_end(words):
    # a comma before but a sentence mark opens the phrase: no apposition
    text = "قال سامي الطويل إن الأعمال تسير. ، الطويل، المدى ما زال بعيدا."
    assert repeats(words, text, "سامي الطويل") == []
