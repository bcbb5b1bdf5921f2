"""Roads named after the places they join or a person, and place words the tagger cut (issue 14).
Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


def places(layer, text):
    return names(analysed(layer, text, "2015-08-10"), "LOC")


def test_a_road_between_two_places(layer):
    assert "طريق الطائف الرياض السريع" in places(layer, "وانقلبت شاحنة على طريق الطائف الرياض السريع فجرا.")
    assert "طريق جدة - مكة" in places(layer, "وأغلق المرور طريق جدة - مكة لساعات.")


def test_a_road_named_after_a_place_keeps_its_adjective(layer):
    assert "طريق القصيم القديم" in places(layer, "وتعمل الفرق على صيانة طريق القصيم القديم.")


def test_a_road_named_after_a_titled_person(ner_layer):
    found = places(ner_layer, "وتزدحم السيارات على طريق الملك فهد كل مساء.")
    assert "طريق الملك فهد" in found


def test_by_way_of_and_a_roadmap_are_no_roads(layer):
    found = places(layer, "وصلت الشحنة عن طريق جدة، ضمن خارطة طريق لبنان الجديدة.")
    assert not any(n.startswith("طريق") for n in found)


def test_a_name_tagged_inside_a_place_word_begins_with_it(ner_layer):
    found = places(ner_layer, "وتوجه الوفد إلى ولاية إيلينوي الأمريكية.")
    assert not any(n.startswith("اية") for n in found)


def test_a_road_named_after_a_person_whose_title_the_name_left_out(ner_layer):
    doc = analysed(ner_layer, "وافتتحت البلدية جسرا جديدا عند تقاطع طريق الشيخ جابر الصباح مع طريق الخرج.",
                   "2015-08-10")
    assert "طريق الشيخ جابر الصباح" in names(doc, "LOC")
    assert not names(doc, "PER")


def test_a_road_named_by_an_unknown_word(layer):
    found = places(layer, "وتعمل الأمانة على توسعة طريق خريص شرق المدينة، بينما بقي طريق سريع آخر مغلقا، "
                   "ويؤخذ الدواء عن طريق الفم.")
    assert "طريق خريص" in found
    assert not any(n.startswith("طريق") and n != "طريق خريص" for n in found)


def test_an_unknown_road_name_of_two_words(layer):
    found = places(layer, "وأقيمت نقطة تفتيش على طريق بئر لحفن، وأخرى على طريق ضهر البيدر.")
    assert {"طريق بئر لحفن", "طريق ضهر البيدر"} <= found


def test_a_road_written_with_and_without_its_dash_is_one_entity(layer):
    doc = analysed(layer, "وأغلقت الدوريات طريق جدة – مكة صباحا، ثم أعادت فتح طريق جدة مكة بعد ساعتين.", "2015-08-10")
    roads = [e for e in doc.entities if e.type == "LOC" and e.name.startswith("طريق")]
    assert len(roads) == 1
    assert {m.text for m in roads[0].mentions} == {"طريق جدة – مكة", "طريق جدة مكة"}
