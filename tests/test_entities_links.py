"""Entities other layers build on: names two KB entries share, bodies of different states,
coalitions, verbs before names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixture
from marsad.document import Document
from marsad.layers.entities.homographs import marks_by_letter

OMAN, AMMAN = "marsad:loc/oman", "marsad:loc/amman"


def run(layer, text, published="2019-04-10"):
    return analysed(layer, text, published)


def linked(doc, surface):
    """The KB id of the entity with a mention written `surface`."""
    return next(e.kb for e in doc.entities for m in e.mentions if m.text == surface)


@pytest.mark.parametrize("text, surface, expected", [
    # the shadda on the meem is written: the Jordanian capital
    ("هبطت طائرة الوفد في مطار عمّان مساء الخميس.", "عمّان", AMMAN),
    # a head word that says it is a city
    ("عاد الرئيس إلى العاصمة عمان بعد جولة قصيرة.", "عمان", AMMAN),
    # the country of the city named in the sentence
    ("وقال مسؤول أردني إن المحادثات في عمان كانت مثمرة.", "عمان", AMMAN),
    # the sultanate's own adjective
    ("وأكد المسؤول العماني أن عمان ستواصل وساطتها.", "عمان", OMAN),
    # listed with countries, though Jordan is named too: a country
    ("اجتمع ممثلو الأردن وعمان والبحرين في القاهرة.", "عمان", OMAN),
    # no cue: the KB's most likely entry
    ("وصلت شحنة جديدة إلى عمان هذا الأسبوع.", "عمان", OMAN),
])
def test_a_name_two_places_share_is_told_apart_by_the_document(layer, text, surface, expected):
    assert linked(run(layer, text), surface) == expected


def test_marks_are_read_per_letter():
    assert marks_by_letter("عمّان") == {1: "\u0651"}
    assert marks_by_letter("عُمان") == {0: "\u064f"}


def test_bodies_of_two_states_are_never_one_entity(layer):
    doc = run(layer, "رحبت وزارة الخارجية الأردنية بالقرار، ثم قالت الخارجية الإيطالية إنها تدرسه، "
                     "وأضافت وزارة الخارجية أن الاتصالات مستمرة.")
    owners = {m.text: e.id for e in doc.entities for m in e.mentions}
    assert owners["الخارجية الإيطالية"] != owners["وزارة الخارجية الأردنية"]
    # the name without an adjective is the single body named with one
    assert owners["وزارة الخارجية"] == owners["وزارة الخارجية الأردنية"]


def test_same_body_named_with_and_without_its_adjective_stays_one(layer):
    doc = run(layer, "أصدرت هيئة الرقابة النووية الفنلندية تقريرا، وقالت هيئة الرقابة النووية إن المحطة آمنة.")
    owners = {m.text: e.id for e in doc.entities for m in e.mentions}
    assert owners["هيئة الرقابة النووية"] == owners["هيئة الرقابة النووية الفنلندية"]


def test_the_bare_coalition_is_the_one_named_before(layer):
    doc = run(layer, "أكد التحالف العربي أن قوات التحالف أسقطت طائرة مسيرة، وقال التحالف إنه سيرد.")
    coalition = [e for e in doc.entities if e.kb == "marsad:org/arab-coalition-yemen"]
    assert len(coalition) == 1
    assert {m.text for m in coalition[0].mentions} == {"التحالف العربي", "قوات التحالف", "التحالف"}


def test_international_coalition_is_an_organisation(layer):
    doc = run(layer, "نفذ التحالف الدولي ضربات جديدة، وأعلن التحالف أن مقاتليه تقدموا.")
    coalition = [e for e in doc.entities if e.kb == "marsad:org/global-coalition-isis"]
    assert len(coalition) == 1 and {m.text for m in coalition[0].mentions} == {"التحالف الدولي", "التحالف"}


def test_a_coalition_unnamed_but_striking_is_one_body(layer):
    doc = run(layer, "استهدفت غارات التحالف مخزنا للذخيرة، وقالت قيادة التحالف إن العملية نجحت.")
    bodies = [e for e in doc.entities if any("التحالف" in m.text for m in e.mentions)]
    assert len(bodies) == 1 and bodies[0].type == "ORG"


def test_an_alliance_in_general_is_no_organisation(layer):
    doc = run(layer, "ويرى الكاتب أن التحالف الاستراتيجي بين الشركتين سيدوم، وأن التحالف مفيد.")
    assert not any("التحالف" in m.text for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize("text, first, last, expected", [
    ("ويرى كمال الدباغ ضرورة إصلاح القانون.", "ويرى", "الدباغ", "كمال الدباغ"),
    ("وتؤكد ليلى حداد أن المشروع تأخر.", "وتؤكد", "حداد", "ليلى حداد"),
    # a given name that is also a verb form begins the name
    ("وقال يزيد الراشد إن الفريق جاهز.", "يزيد", "الراشد", "يزيد الراشد"),
    # a verb takes no ب: "بيري" is a name (Perry), as a plural verb would not come before its subject
    ("وصرح قائد شرطة بيري جون ماكلين بأن التحقيق مستمر.", "بيري", "ماكلين", "بيري جون ماكلين"),
    ("وأعلنت شركة فيرون ماتيكس أنها ستتوسع.", "فيرون", "ماتيكس", "فيرون ماتيكس"),
])
def test_a_present_tense_verb_is_no_part_of_the_name_after_it(layer, text, first, last, expected):
    from marsad.kb import alias_key
    from marsad.layers.entities.name_candidate import NameCandidate

    doc = Document(text=text)
    toks = doc.tokens
    a = next(i for i, t in enumerate(toks) if t.text == first)
    b = next(i for i, t in enumerate(toks) if t.text == last) + 1
    cand = NameCandidate(toks[a].start, toks[b - 1].end, a, b, "PER",
                         alias_key(text[toks[a].start : toks[b - 1].end]), None, "ner")
    cand = layer.mentions.ner_spans.trim(cand, toks, text)
    assert text[cand.start : cand.end] == expected



def test_a_fathers_name_alone_is_not_the_son():
    """"مشعل بن سعود" ... "سعود": "سعود" after "بن" is the father's name; alone it names someone
    else; a family name alone still joins its full name (sentences written for this test)."""
    from marsad.arabic.tokens import tokenize
    from marsad.kb import alias_key, load_kb
    from marsad.layers.entities.coref import NameCoref
    from marsad.layers.entities.name_candidate import NameCandidate

    def cands(text, spans):
        tokens = tokenize(text)
        out = []
        for a, b in spans:
            start, end = tokens[a].start, tokens[b - 1].end
            out.append(NameCandidate(start, end, a, b, "PER", alias_key(text[start:end]), None, "ner"))
        return out

    son, father = cands("وقال مشعل بن سعود إن الطريق افتتح في عهد سعود قبل عقود.", [(1, 4), (9, 10)])
    NameCoref(load_kb())([son, father])
    assert son.cluster != father.cluster
    full, short = cands("وقال مشعل الدوسري إن الطريق افتتح وأضاف الدوسري أنه جاهز.", [(1, 3), (7, 8)])
    NameCoref(load_kb())([full, short])
    assert full.cluster == short.cluster


@pytest.mark.parametrize("text, full", [
    # a Gulf given name the generated list lacks, before a family name the KB links alone
    ("وقال مسفر المالكي مدير مكتب التعليم في المحافظة إن الدراسة تبدأ الأحد.", "مسفر المالكي"),
    ("وأوضح جمعان الأسد أن أعمال الطريق ستنتهي قبل الصيف.", "جمعان الأسد"),
    # a given name of the generated list, without the tagger
    ("وأكد محمد المالكي رئيس البلدية أن المشروع تأخر.", "محمد المالكي"),
])
def test_a_local_namesake_is_not_the_famous_person(layer, text, full):
    doc = run(layer, text)
    person = next(e for e in doc.entities if any(m.text == full for m in e.mentions))
    assert person.kb is None


def test_a_bare_family_name_after_a_namesake_is_the_namesake(layer):
    doc = run(layer, "وقال مشبب المالكي إن الحملة مستمرة، وأضاف المالكي أن الفرق جاهزة.")
    assert not any(e.kb == "marsad:per/nouri-al-maliki" for e in doc.entities)


def test_the_famous_persons_own_given_name_keeps_the_link(layer):
    doc = run(layer, "وقال نوري المالكي إن الحكومة ستجتمع غدا.")
    assert linked(doc, "نوري المالكي") == "marsad:per/nouri-al-maliki"


def test_an_ordinary_word_in_waw_is_no_given_name(layer):
    # "وجود" (presence) is و + the name "جود" to the tokenizer
    doc = run(layer, "تراجع أداء الفريق رغم وجود كاسياس في المرمى.")
    assert all(m.text != "وجود كاسياس" for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize("text, body", [
    # a party whose one-word name the KB knows as a person's
    ("وانتقد حزب ميرتس اليساري خطة الحكومة الجديدة.", "حزب ميرتس"),
    ("وقال متحدث لحزب ميرتس إن التصويت تأجل.", "حزب ميرتس"),
])
def test_a_person_word_after_hizb_names_the_party(layer, text, body):
    doc = run(layer, text)
    assert body in names(doc, "ORG")
    assert not any(e.kb == "marsad:per/friedrich-merz" for e in doc.entities)


def test_the_party_of_a_person_named_in_full_stays_the_person(layer):
    doc = run(layer, "وقال نوري المالكي إن حزب المالكي لن يتراجع عن موقفه.")
    assert linked(doc, "المالكي") == "marsad:per/nouri-al-maliki"


def test_a_palace_of_a_head_of_state_is_his_office(layer):
    doc = run(layer, "وأعلن قصر الإليزيه أمس أن الرئيس سيزور المنطقة، فيما رفض قصر باكنغهام التعليق.")
    types = {e.name: e.type for e in doc.entities}
    assert types.get("قصر الإليزيه") == "ORG" and types.get("قصر باكنغهام") == "ORG"
    assert linked(doc, "قصر باكنغهام") == "marsad:org/buckingham-palace"
