"""A state or an armed group named by a noun of its forces and an adjective of it
(events/forces_named.py). Sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from marsad.layers.events.forces_named import doc_groups, force_nouns
from test_events import named_triples as _events


def test_a_group_named_by_a_plural_of_relation_gives_its_adjectives() -> None:
    groups = doc_groups({"e1": ("ORG", None, "الجماعيين"), "e2": ("ORG", None, "مجلس الأمن"),
                         "e3": ("PER", None, "الشماليين")})
    assert groups[next(k for k in groups if k.endswith("يه"))] == "e1"
    assert set(groups.values()) == {"e1"}


def test_the_militias_of_a_named_group_are_its_target_of_an_attack() -> None:
    text = "وتقدم الحوثيون نحو المدينة. وشنت طائرات التحالف غارات على مواقع المليشيات الحوثية قرب الميناء."
    found = _events(text, {"الحوثيون": ("e1", "ORG"), "التحالف": ("e2", "ORG")})
    assert ("ASSAULT", "e2", "e1") in found


def test_the_adjective_of_a_group_the_document_does_not_name_gives_no_side() -> None:
    text = "وشنت طائرات التحالف غارات على مواقع المليشيات الحوثية قرب الميناء."
    found = _events(text, {"التحالف": ("e2", "ORG")})
    assert not any(t == "ASSAULT" for t, _a, _b in found)


def test_a_genitive_force_noun_that_ends_a_persons_title_is_no_side() -> None:
    kinds = {"e1": ("ORG", None, "الحوثيون"), "e3": ("PER", None, "سالم فارس")}
    text = "والتقى قائد للمليشيات الحوثية العميد سالم فارس بالمبعوث."
    person = SimpleNamespace(start=text.index("سالم"), end=text.index("سالم") + 9, entity="e3")
    assert force_nouns(text, 0, len(text), {}, kinds, [person]) == []
    text = "وشنت الطائرات غارات على تجمع للمليشيات الحوثية قرب الميناء."
    found = force_nouns(text, 0, len(text), {}, kinds, [])
    assert [(text[s:e], eid) for s, e, eid in found] == [("للمليشيات الحوثية", "e1")]


def test_an_attack_whose_relative_clause_names_its_doer() -> None:
    found = _events("وتجددت المعارك بعد هجوم شنه مقاتلو الجبهة الشامية على مواقع الجيش الوطني قرب الحدود.",
                    {"الجبهة الشامية": ("e1", "ORG"), "الجيش الوطني": ("e2", "ORG")})
    assert ("ASSAULT", "e1", "e2") in found


def test_the_one_who_repels_an_attack_is_not_its_doer() -> None:
    found = _events("وتصدت الجبهة الشامية لهجوم شنه الجيش الوطني على مواقعها.",
                    {"الجبهة الشامية": ("e1", "ORG"), "الجيش الوطني": ("e2", "ORG")})
    assert ("ASSAULT", "e1", "e2") not in found


def test_an_attack_relative_clause_takes_no_co_subject_nor_patron_as_target() -> None:
    found = _events("وشهدت البلاد هجمات نفذتها الجبهة الشامية التابعة للجيش الوطني.",
                    {"الجبهة الشامية": ("e1", "ORG"), "الجيش الوطني": ("e2", "ORG")})
    assert not any(t == "ASSAULT" for t, _a, _b in found)


def test_a_name_after_an_object_preposition_is_not_the_subject_after_the_verb() -> None:
    found = _events("واحتج أحد النواب على قرار وزارة المالية أمس.", {"وزارة المالية": ("e1", "ORG")})
    assert not any(a == "e1" for _t, a, _b in found)
    found = _events("واحتج مجلس النواب على قرار وزارة المالية أمس.",
                    {"مجلس النواب": ("e2", "ORG"), "وزارة المالية": ("e1", "ORG")})
    assert not any(a == "e1" for _t, a, _b in found)


def test_what_partners_cooperate_against_is_not_their_partner() -> None:
    found = _events("وتتعاون الحكومة الاتحادية مع حلفائها في الحرب على جماعة النصر.",
                    {"الحكومة الاتحادية": ("e1", "ORG"), "جماعة النصر": ("e2", "ORG")})
    assert ("COOPERATE", "e1", "e2") not in found
    found = _events("وتتعاون الحكومة الاتحادية مع جماعة النصر في الحرب على المخدرات.",
                    {"الحكومة الاتحادية": ("e1", "ORG"), "جماعة النصر": ("e2", "ORG")})
    assert ("COOPERATE", "e1", "e2") in found


def test_a_ceasefire_called_for_is_no_shooting() -> None:
    found = _events("ودعت الأردن إلى وقف إطلاق النار في سوريا فورا.", {"الأردن": ("e1", "LOC"), "سوريا": ("e2", "LOC")})
    assert not any(t == "ASSAULT" for t, _a, _b in found)



def test_an_indefinite_force_noun_and_adjective_stand_for_the_state() -> None:
    text = "وشنت مقاتلات سعودية غارات على مواقع للمسلحين. وقتل مسلحين حوثيين جنديا."
    kinds = {"e1": ("LOC", None, "السعودية"), "e3": ("ORG", None, "الحوثيين")}
    found = force_nouns(text, 0, len(text), {"SAU": "e1"}, kinds, [])
    assert [(text[s:e], eid) for s, e, eid in found] == [("مقاتلات سعودية", "e1"), ("مسلحين حوثيين", "e3")]
    # the country's own name after an indefinite noun stays the country ("قوات السعودية")
    text = "وانتشرت قوات السعودية على الحدود."
    assert [eid for _s, _e, eid in force_nouns(text, 0, len(text), {"SAU": "e1"}, kinds, [])] == ["e1"]
