"""Entities that name a quote's speaker (issue 14): a person after an office and a body, names
NER cut or ran on. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, ner_layer  # noqa: F401 - pytest fixtures
from marsad.document import Document


def names(layer, text: str) -> set[tuple[str, str]]:
    doc = analysed(layer, text, "2015-08-10")
    return {(e.type, m.text) for e in doc.entities for m in e.mentions if m.kind != "title"}


def test_a_person_after_an_office_and_a_body_is_a_person(ner_layer):
    found = names(ner_layer, "وقال رئيس نادي هانزا روستوك كريستيان مولر إن الفريق سيتعاقد مع مدافع جديد.")
    assert ("PER", "كريستيان مولر") in found
    assert not any(t == "ORG" and "مولر" in text for t, text in found)
    found = names(ner_layer, "وقال الرئيس التنفيذي للشركة جون ستامبف إن الأرباح تراجعت.")
    assert ("PER", "جون ستامبف") in found


def test_a_body_named_after_a_person_stays_a_body(ner_layer):
    assert ("ORG", "شركة جون ديري") in names(ner_layer, "وأعلنت شركة جون ديري عن أرباح قياسية.")
    assert ("ORG", "مؤسسة بيل جيتس") in names(ner_layer, "وقال رئيس مؤسسة بيل جيتس إن اللقاح جاهز.")


def test_a_person_after_a_place_head_starts_at_the_given_name(ner_layer):
    found = names(ner_layer, "وأكد شريف مقاطعة هاريس جون بول براون أن أحدا لم يصب في الحادث.")
    assert ("PER", "جون بول براون") in found
    assert not any(t == "PER" and "هاريس" in text for t, text in found)


def test_an_age_adjective_is_no_name(ner_layer):
    found = names(ner_layer, "وقال ستيني من سكان الحي إن المياه انقطعت منذ يومين.")
    assert not any("ستيني" in text for _t, text in found)


def test_a_name_after_yudaa_is_a_person(ner_layer):
    found = names(ner_layer, "غير أن باحثا في جامعة أكسفورد يدعى مارتن هولبروك ألف كتابا عن المذنبات.")
    assert ("PER", "مارتن هولبروك") in found
    assert not any("ألف" in text for _t, text in found)
    found = names(ner_layer, "وقال المدعو أبو علي إن السلاح له.")
    assert ("PER", "أبو علي") in found


def test_yudaa_before_a_preposition_names_nobody(ner_layer):
    assert not any(t == "PER" for t, _x in names(ner_layer, "وأوقفت الشرطة شابا يدعى إلى التحقيق."))


def test_a_security_force_named_by_a_plural_and_the_country_adjective(ner_layer):
    assert ("ORG", "قوات الأمن المصرية") in names(ner_layer, "وقالت قوات الأمن المصرية إنها أحبطت الهجوم.")
    assert ("ORG", "أجهزة المخابرات الأردنية") in names(ner_layer, "وكشفت أجهزة المخابرات الأردنية عن الخلية.")
    # the adjective agrees with the army, not with the plural: the army alone is the name
    assert ("ORG", "الجيش اللبناني") in names(ner_layer, "وشاركت قوات الجيش اللبناني في العملية.")
    assert not any(t == "ORG" for t, _x in names(ner_layer, "وانتشرت قوات الأمن في الشوارع."))


def test_a_three_word_name_the_tagger_split_is_one_person(ner_layer):
    from marsad.layers.entities.name_candidate import span_candidate

    text = "ونقلت الوكالة عن مازن شيخ حسن قوله إن الهجوم فشل."
    tokens = Document(text=text).tokens
    at = {t.text: k for k, t in enumerate(tokens)}
    spans = [span_candidate(tokens, text, at["مازن"], at["حسن"], "PER"),
             span_candidate(tokens, text, at["حسن"], at["حسن"] + 1, "PER")]
    joined = ner_layer.mentions.ner_spans._join_split_persons(spans, tokens, text)
    assert [c.key for c in joined] == ["مازن شيخ حسن"]
    found = names(ner_layer, "واستقبل محمود عباس بنيامين نتنياهو في رام الله.")
    assert {("PER", "محمود عباس"), ("PER", "بنيامين نتنياهو")} <= found


def test_a_foreign_body_named_with_of_or_the_is_one_organisation(ner_layer):
    found = names(ner_layer, "وقال بنك أوف نيويورك ميلون إن الطلب على السندات تراجع.")
    assert ("ORG", "بنك أوف نيويورك ميلون") in found
    assert not any(t == "LOC" for t, _x in found)
    found = names(ner_layer, "ونشرت صحيفة ذي غارديان البريطانية تقريرا مطولا.")
    assert ("ORG", "صحيفة ذي غارديان") in found


def test_of_without_a_body_head_names_nothing(ner_layer):
    assert not any(t == "ORG" for t, _x in names(ner_layer, "وقال أوف إنه لا يعرف شيئا عن الأمر."))


def test_a_given_name_and_a_family_nisba_are_a_person(layer):
    found = names(layer, "وأكد مدير الإدارة سلطان الزهراني أن الأعمال اكتملت.")
    assert ("PER", "سلطان الزهراني") in found


def test_a_country_adjective_after_a_given_name_is_no_family_name(layer):
    found = names(layer, "وقال فهد المصري إن الاتفاق تم.")
    assert ("PER", "فهد المصري") not in found
