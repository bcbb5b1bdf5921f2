"""A state or a group named only by an adjective of relation on what an attack hits
(events/nisba_objects.py). Sentences written for these tests."""

from __future__ import annotations

from marsad.layers.events.nisba_objects import named_groups, nisba_objects, relation_key
from test_events import named_triples as _events


def test_an_indefinite_adjective_reads_as_the_definite_key() -> None:
    assert relation_key("حوثيًّا") == "الحوثي"
    assert relation_key("كينية") == "الكينيه"
    assert relation_key("الإسرائيلية") == "الاسراييليه"


def test_a_group_named_by_a_head_and_a_relation_word_gives_its_adjectives() -> None:
    groups = named_groups({"e1": ("ORG", None, "جماعة الحوثي"), "e2": ("ORG", None, "جماعة الإخوان"),
                           "e3": ("ORG", None, "وزارة الداخلية")})
    assert groups["الحوثيه"] == "e1" and groups["الحوثي"] == "e1"
    assert set(groups.values()) == {"e1"}


def test_an_attacked_camp_with_the_adjective_of_a_named_group_is_that_group() -> None:
    text = "وتحاصر جماعة الحوثي المدينة منذ شهر. وقصفت طائرات التحالف فجر اليوم معسكرًا حوثيًّا قرب المطار."
    found = _events(text, {"جماعة الحوثي": ("e1", "ORG"), "التحالف": ("e2", "ORG"), "المطار": ("e3", "LOC")})
    assert ("ASSAULT", "e2", "e1") in found
    assert not any(b == "e3" for _t, _a, b in found)


def test_the_adjective_of_a_named_state_on_a_base_is_that_state() -> None:
    text = "وقالت كينيا إن مقاتلي الحركة هاجموا قاعدةً كينيةً في جنوب الصومال."
    kinds = {"e1": ("LOC", "kb-ken", "كينيا")}
    found = nisba_objects(text, 0, len(text), {"KEN": "e1"}, kinds, [])
    assert [(text[s:e], eid) for s, e, eid in found] == [("قاعدةً كينيةً", "e1")]


def test_an_adjective_of_a_state_the_document_does_not_name_gives_no_side() -> None:
    text = "وهاجم المسلحون دورية إسرائيلية قرب الحدود."
    assert nisba_objects(text, 0, len(text), {"EGY": "e1"}, {"e1": ("LOC", "kb-egy", "مصر")}, []) == []


def test_a_relation_adjective_that_names_no_side_is_left_alone() -> None:
    text = "وتفقد الوزير مواقع سياحية في المدينة."
    kinds = {"e1": ("ORG", None, "جماعة الحوثي")}
    assert nisba_objects(text, 0, len(text), {}, kinds, []) == []


def test_an_installation_named_by_a_states_adjective_is_never_the_actor() -> None:
    from marsad.document import Document, Event, Span
    from marsad.layers.events.nisba_objects import drop_acting_installations

    text = "وأشار إلى فتح المعسكرات الإيرانية لتدريب المهربين، وقتلت طائرة أمريكية مسلحين."
    doc = Document(text=text, published="2015-08-01")
    camp, plane = text.index("المعسكرات"), text.index("طائرة")
    doc.events = [
        Event(start=0, end=len(text), text=text, type="ASSAULT", actor="e1", target="e2",
              actor_span=Span(camp, camp + len("المعسكرات الإيرانية"), "المعسكرات الإيرانية")),
        Event(start=0, end=len(text), text=text, type="ASSAULT", actor="e3", target=None,
              actor_span=Span(plane, plane + len("طائرة أمريكية"), "طائرة أمريكية")),
    ]
    drop_acting_installations(doc)
    assert [e.actor for e in doc.events] == ["e3"]


def test_a_base_an_attack_is_launched_from_is_not_its_target() -> None:
    kinds = {"e1": ("LOC", "kb-tur", "تركيا")}
    text = "وسمحت أنقرة للطائرات باستخدام قاعدة تركية، وانطلقت المقاتلات من قاعدة تركية أخرى لقصف معاقل تركية."
    found = nisba_objects(text, 0, len(text), {"TUR": "e1"}, kinds, [])
    assert [text[s:e] for s, e, _eid in found] == ["معاقل تركية"]
