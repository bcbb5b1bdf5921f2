"""Place names after a place word that begin with a word of place names (خان, بني: "مخيم خان
الشيح", "بلدة خان بني سعد"), and a hotel of a chain named with its city ("فندق فورسيزون القاهرة")
(entities/name_patterns). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


def test_a_camp_named_after_a_caravanserai(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وتعرضت أطراف مخيم خان الشيح لقصف مدفعي عنيف مساء أمس.", "2015-08-02")
    places = names(doc, "LOC")
    assert "مخيم خان الشيح" in places
    assert "مخيم خان" not in places


def test_two_words_that_begin_names_then_the_name(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وانفجرت سيارة مفخخة في سوق بلدة خان بني سعد شمال العاصمة.", "2015-08-02")
    places = {p.removeprefix("بلدة ") for p in names(doc, "LOC")}
    assert "خان بني سعد" in places


def test_a_hotel_of_a_chain_and_its_city(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وأقامت الجمعية حفلها السنوي في فندق فورسيزون القاهرة مساء الخميس.", "2015-08-02")
    assert "فندق فورسيزون القاهرة" in names(doc, "LOC")


def test_a_hotel_in_a_city_after_a_preposition_keeps_them_apart(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وأقامت الجمعية حفلها السنوي في فندق فورسيزون في القاهرة مساء الخميس.", "2015-08-02")
    assert "القاهرة" in names(doc, "LOC")


def test_a_mosque_named_after_an_imam_whose_name_is_also_a_preposition(layer):  # noqa: F811
    doc = analysed(layer, "وفجر انتحاري نفسه داخل مسجد الإمام علي أثناء صلاة الجمعة.", "2015-08-02")
    assert "مسجد الإمام علي" in names(doc, "LOC")
