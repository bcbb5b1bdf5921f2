"""Where a person's or a place's name found by pattern starts and stops (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures
from marsad.arabic.tokens import tokenize
from marsad.document import Document
from marsad.kb import load_kb
from marsad.layers.entities.name_candidate import move_start, span_candidate
from marsad.layers.entities.name_extension import (
    extend_adjectives,
    extend_after_honorific,
    extend_family_name,
)
from marsad.layers.entities.name_words import NameWords


def run(layer, text, published="2015-07-25"):
    return analysed(layer, text, published)


def test_waw_and_a_definite_nisba_joins_a_second_actor(layer):
    doc = run(layer, "واتهمت الحكومة مسلحي صالح والحوثي بقصف الأحياء السكنية.")
    assert not any("والحوثي" in n for n in names(doc, "PER"))


def test_foreign_name_starting_with_wal_is_kept(layer):
    doc = run(layer, "وأسس جون والتون متجرا صغيرا في أركنساس.")
    assert any(n.startswith("جون والتون") for n in names(doc, "PER"))


def test_mountains_keep_their_place_word(ner_layer):
    doc = run(ner_layer, "وتحصن المسلحون في جبال زاغروس قرب الحدود.")
    assert "جبال زاغروس" in names(doc, "LOC")


def test_a_town_is_named_without_its_place_word(ner_layer):
    doc = run(ner_layer, "وسقطت قذيفتان على مدينة ماريوبول أمس.")
    assert not any(n.startswith("مدينة") for n in names(doc, "LOC"))


def _person(text, words_in_name, first=0, typ="PER"):
    """Tokens of `text` and an NER candidate over `words_in_name` words from word `first`."""
    tokens = list(tokenize(text))
    words = [k for k, t in enumerate(tokens) if t.is_word]
    a, b = words[first], words[first + words_in_name - 1] + 1
    return tokens, span_candidate(tokens, text, a, b, typ)


@pytest.fixture(scope="module")
def name_words():
    return NameWords(load_kb())


def test_family_name_after_given_names_the_tagger_cut(name_words):
    text = "وأكد خالد فهد الرويلي من إدارة المرور أن الطريق مفتوح."
    tokens, c = _person(text, 2, first=1)
    extend_family_name(c, tokens, text, name_words.given_names, name_words.name_like, set())
    assert text[c.start : c.end] == "خالد فهد الرويلي"


def test_participle_with_its_complement_is_no_family_name(name_words):
    text = "ورأيت خالد فهد المنشغل بالكتابة في المقهى."
    tokens, c = _person(text, 2, first=1)
    extend_family_name(c, tokens, text, name_words.given_names, name_words.name_like, set())
    assert text[c.start : c.end] == "خالد فهد"


def test_first_name_between_honorific_and_surname(name_words):
    text = "وبين الدكتور جمال الحربي أن الدراسة انتهت."
    tokens, c = _person(text, 1, first=3)
    extend_after_honorific(c, tokens, text, name_words.given_names, name_words.name_like, set())
    assert text[c.start : c.end] == "جمال الحربي"


def test_owner_of_is_no_honorific(name_words):
    text = "وقال صاحب متجر الحربي إن الأسعار ارتفعت."
    tokens, c = _person(text, 1, first=3)
    extend_after_honorific(c, tokens, text, name_words.given_names, name_words.name_like, set())
    assert text[c.start : c.end] == "الحربي"


def test_a_bank_keeps_its_relational_adjective():
    text = "وارتفع سهم بنك الواحة الوطني في ختام التداولات."
    tokens, c = _person(text, 2, first=2, typ="ORG")
    extend_adjectives(c, tokens, text, set(), load_kb().demonym)
    assert text[c.start : c.end] == "بنك الواحة الوطني"


def test_a_team_does_not_take_the_adjective_of_its_sport():
    text = "وخسر فريق الواحة الكروي مباراته الأولى."
    tokens, c = _person(text, 1, first=2, typ="ORG")
    extend_adjectives(c, tokens, text, set(), load_kb().demonym)
    assert text[c.start : c.end] == "الواحة"


def test_the_kings_embassy_is_no_reference_to_the_king(layer):
    doc = run(layer, "ونفت سفارة خادم الحرمين الشريفين في باريس صحة ما تداولته المواقع.")
    assert not any(e.kb == "marsad:per/king-salman" for e in doc.entities)


def test_an_under_secretary_is_not_the_secretary(layer):
    doc = run(layer, "وقالت وكيلة وزير الخارجية الأمريكي إن المحادثات مستمرة.")
    assert not any(m.kind == "title" for e in doc.entities for m in e.mentions)


def test_a_given_name_that_is_an_ordinary_word_needs_a_name_after_it(layer):
    doc = run(layer, "أشاد النقاد بحسن ذوقه وبحسن المنتظر في عمله، وغرق قارب نزهة تعطل قرب الشاطئ، "
                     "ووجه المدير تحية خالصة للفريق. وقالت نزهة الشمري إن حسن بن عمر حضر مع حسن الدباغ.")
    persons = {m.text for e in doc.entities if e.type == "PER" for m in e.mentions}
    assert not persons & {"حسن ذوقه", "حسن المنتظر", "نزهة تعطل", "تحية خالصة"}
    assert {"نزهة الشمري", "حسن بن عمر", "حسن الدباغ"} <= persons


def test_a_verb_joined_by_wa_before_a_name_is_no_part_of_it(layer):
    doc = Document(text="وزاد الفلاني أن الخطة جاهزة، وأبو سعد الهاشمي غائب، وحضر ويلي جونز.")
    tokens = doc.tokens
    spans = layer.mentions.ner_spans
    for words, kept in (("وزاد الفلاني", "الفلاني"), ("وأبو سعد الهاشمي", "وأبو سعد الهاشمي"),
                        ("ويلي جونز", "ويلي جونز")):
        a = next(i for i, t in enumerate(tokens) if t.text == words.split()[0])
        cand = span_candidate(tokens, doc.text, a, a + len(words.split()), "PER")
        trimmed = spans.trim(cand, tokens, doc.text)
        assert doc.text[trimmed.start : trimmed.end] == kept


def test_a_separate_clitic_and_a_second_relational_name_end_a_person(layer):
    doc = Document(text="وقالت سلمى لـ«الصحيفة» إن مسلحي ناصر والعنزي انسحبوا، وحاورنا راشد س. أمس.")
    tokens = doc.tokens
    spans = layer.mentions.ner_spans
    for words, kept in (("سلمى لـ", "سلمى"), ("ناصر والعنزي", "ناصر"), ("راشد س", "راشد س")):
        a = next(i for i, t in enumerate(tokens) if t.text == words.split()[0])
        cand = span_candidate(tokens, doc.text, a, a + 2, "PER")
        trimmed = spans.trim(cand, tokens, doc.text)
        assert trimmed is not None and doc.text[trimmed.start : trimmed.end] == kept


def test_a_word_name_before_an_ordinary_word_is_a_phrase(layer):
    doc = Document(text="ودعا البيان إلى احترام مبادئ حسن الجوار، وقال حسن الحربي إن الوفد وصل.")
    tokens = doc.tokens
    spans = layer.mentions.ner_spans
    at = {t.text: i for i, t in enumerate(tokens)}
    phrase = span_candidate(tokens, doc.text, at["الجوار"] - 1, at["الجوار"] + 1, "PER")
    name = span_candidate(tokens, doc.text, at["الحربي"] - 1, at["الحربي"] + 1, "PER")
    assert spans.trim(phrase, tokens, doc.text) is None
    assert spans.trim(name, tokens, doc.text) is not None


def test_a_telegram_after_the_senders_name_is_not_part_of_it(ner_layer):
    doc = analysed(ner_layer, "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لرئيس "
                   "جمهورية بنين بمناسبة ذكرى استقلال بلاده.", "2015-08-01")
    persons = names(doc, "PER")
    assert not any("برقية" in p or "تهنئة" in p for p in persons)
    assert not any(p.startswith("سعود") for p in persons)


def test_a_prayer_after_a_name_ends_it(ner_layer):
    doc = analysed(ner_layer, "وذكر الخطيب أن الخليفة عثمان رضي الله عنه جمع المصحف.", "2015-08-01")
    assert not any(p.endswith("رضي") for p in names(doc, "PER"))


def test_the_day_a_body_spoke_is_not_part_of_its_name(ner_layer):
    doc = analysed(ner_layer, "قالت وزارة الخارجية اليوم الأحد إن تركيا طلبت عقد اجتماع طارئ، وذكرت قناة روسيا "
                   "اليوم أن الوفد وصل.", "2015-08-01")
    bodies = names(doc, "ORG")
    assert "وزارة الخارجية" in bodies
    assert not any("الأحد" in b for b in bodies)


def test_a_name_built_on_allah_is_not_a_prayer(ner_layer):
    doc = analysed(ner_layer, "يؤكد الدكتور أحمد غرم الله الزهراني أن الحالة مستقرة.", "2015-08-01")
    assert "أحمد غرم الله الزهراني" in names(doc, "PER")


def test_move_start_takes_the_span_and_key_back_to_a_token_or_an_offset():
    text = "وصل وعلي الزبيدي إلى المدينة."
    tokens = tokenize(text)
    c = span_candidate(tokens, text, 2, 3, "PER")
    assert c is not None and text[c.start : c.end] == "الزبيدي"
    move_start(c, 1, tokens, text, at=tokens[1].start + 1)  # after the و
    assert (c.tok_start, text[c.start : c.end]) == (1, "علي الزبيدي")
    assert c.key.endswith("الزبيدي") and c.key.startswith("علي")
    move_start(c, 0, tokens, text)
    assert text[c.start : c.end] == "وصل وعلي الزبيدي"


def test_a_plural_place_word_with_a_clitic_letter_is_no_place(ner_layer):
    doc = run(ner_layer, "ويعمل الفريق في ولايات كانساس ونبراسكا وأيوا منذ سنوات.")
    assert not any(n in ("لايات", "ولايات") for n in names(doc, "LOC"))


def test_one_word_tagged_a_person_after_a_place_word_is_the_place(ner_layer):
    doc = run(ner_layer, "وأعلنت السلطات في ولاية أوريغون حالة الطوارئ بسبب الحرائق.")
    assert "أوريغون" in names(doc, "LOC") | {n.removeprefix("ولاية ") for n in names(doc, "LOC")}
    assert "أوريغون" not in names(doc, "PER")


def test_family_name_that_is_an_ordinary_word_after_an_honorific(ner_layer):
    # "العمرة" is the Umrah too: after "المهندس" + a given name it is the man's family name
    doc = analysed(ner_layer, "وقال المهندس محمد العمرة إن المعرض سجل إقبالا كبيرا هذا العام.", "2015-07-25")
    assert "محمد العمرة" in names(doc, "PER")


def test_feminine_participle_after_an_honorific_and_a_given_name_is_no_family_name(ner_layer):
    # "الثابتة" agrees with "رؤية", the noun before the prince's name
    doc = analysed(ner_layer, "وأشاد الوزير برؤية الأمير سعود الثابتة في السياسة الخارجية.", "2015-07-25")
    assert not any(n.endswith("الثابتة") for n in names(doc, "PER"))


def test_a_deputy_after_a_womans_name_is_no_part_of_it(ner_layer):
    # "نائبة" (the feminine of "نائب", lexicon title_words.tsv) starts what the person is, as "نائب" does
    text = ("زيارة رسمية لوزيرة كرواتية إلى القاهرة.\n\n"
            "استقبل وزير الخارجية المصري أمس ميلينا يوفانوفيتش نائبة رئيس الوزراء الكرواتي في مقر الوزارة.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert not any(n.endswith("نائبة") for n in found)


def test_a_role_cut_off_a_name_after_a_clitic_keeps_the_name_start(ner_layer):
    # the trailing role is cut off; the name still begins after the "ل" stuck to its first word
    text = ("أعلنت الهيئة العامة للطيران المدني استئناف الرحلات إلى المطار.\n\n"
            "وفي تصريح لأحمد فؤاد المتحدث الرسمي باسم الهيئة قال إن الرحلات ستعود تدريجيا.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "أحمد فؤاد" in found and "لأحمد فؤاد" not in found
