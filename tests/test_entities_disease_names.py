"""A virus, a syndrome or a disease read as a person or a place. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, person_candidate  # noqa: F401 - pytest fixtures
from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key
from marsad.layers.entities.disease_names import drop_disease_names
from marsad.layers.entities.name_candidate import NameCandidate


def _kept(text: str, name: str, typ: str = "PER") -> bool:
    tokens, cand = person_candidate(text, name)
    cand.type = typ
    return bool(drop_disease_names([cand], tokens, text))


def test_a_virus_and_its_name_are_no_persons():
    assert not _kept("وأعلنت الوزارة تسجيل حالتين بفيروس كورونا في المنطقة.", "كورونا")
    assert not _kept("وأعلنت الوزارة تسجيل حالتين بفيروس كورونا في المنطقة.", "فيروس")
    assert not _kept("وحذر الأطباء من فيروس «زيكا» في أمريكا الجنوبية.", "زيكا")


def test_a_syndromes_region_is_no_place_and_a_name_elsewhere_stays(layer):
    doc = analysed(layer, "وسجلت الوزارة حالة إصابة جديدة بمتلازمة الشرق الأوسط التنفسية في جدة.", "2015-08-10")
    assert "الشرق الأوسط" not in {m.text for e in doc.entities for m in e.mentions}
    assert _kept("وزار خالد الفيصل المرضى في المستشفى.", "خالد الفيصل")
    assert _kept("ويعاني المريض منذ سنوات، وقال كورونا إن الأطباء لم يشخصوا حالته.", "كورونا")


def test_a_disease_named_alone_elsewhere_is_no_person():
    text = "زيكا يصل إلى المدينة. وأكدت الوزارة إصابة ثلاثة أشخاص بفيروس زيكا أمس."
    tokens = tokenize(text)
    cands = []
    for start in (text.index("زيكا"), text.rindex("زيكا")):
        i = next(k for k, t in enumerate(tokens) if t.start <= start < t.end)
        cands.append(NameCandidate(start, start + 4, i, i + 1, "PER", alias_key("زيكا"), None, "ner"))
    assert drop_disease_names(cands, tokens, text) == []
