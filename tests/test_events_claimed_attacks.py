"""A claim of an attack ("أعلنت جماعة مسؤوليتها عن خطف ..."، "وتبنى التنظيم الهجوم على ...")
makes the claimant the attack's actor (events/claimed_attacks.py). Sentences written for these
tests."""

from __future__ import annotations

from event_fixtures import OPEN
from marsad.document import Document
from test_events_attack_grammar import _sides


def _assaults(text: str) -> list:
    doc = Document(text=text, published="2024-05-02")
    doc.entities = []
    doc.layers.append("entities")
    OPEN(doc)
    doc.check_offsets()
    return [e for e in doc.events if e.type == "ASSAULT"]


def test_the_claimant_of_a_kidnapping_is_its_actor() -> None:
    actor, target = _sides("وأعلنت جماعة مسلحة مسؤوليتها عن خطف ثلاثة مهندسين أجانب في الصحراء.", "ASSAULT", "خطف")
    assert actor == "جماعة مسلحة" and target.startswith("مهندسين")


def test_the_name_a_group_goes_by_is_the_claimant() -> None:
    actor, _ = _sides("وأعلنت مجموعة تطلق على نفسها «جبهة الدفاع عن الشعب في الجنوب الغربي» مسؤوليتها عن "
                      "الهجوم على الثكنة.", "ASSAULT", "الهجوم")
    assert actor == "جبهة الدفاع عن الشعب في الجنوب الغربي"


def test_adopting_an_attack_claims_it() -> None:
    actor, target = _sides("وتبنى التنظيم المتطرف الهجوم على المعسكر.", "ASSAULT", "الهجوم")
    assert actor == "التنظيم المتطرف" and target == "المعسكر"


def test_those_responsible_are_no_claim_nor_is_adopting_a_bill() -> None:
    assert not _assaults("وأعلنت الشرطة ملاحقة المسلحين المسؤولين عن الهجوم.")
    assert not _assaults("ودعا الوزير الدول إلى تبني مشروع قرار يجرم الاعتداء على المقدسات.")


def test_a_claim_no_one_made_is_no_attack_reported() -> None:
    assert all(e.mode == "negated" for e in _assaults("ولم تعلن أي جهة مسؤوليتها عن التفجير."))


def test_a_claim_of_an_attack_pointed_at_or_an_attempt_adopted_reports_none() -> None:
    assert not _assaults("وتبنت الحركة مسؤولية هذا الاعتداء.")
    assert not _assaults("وكان يتزعم مجموعة تبنت محاولة جرت لتفجير المبنى.")
    assert not _assaults("وهو الرجل الذي تبنى في شريط مصور تنفيذ اغتيال الوزير.")


def test_an_adjective_or_a_clause_on_the_claimed_attack_is_no_target() -> None:
    _, target = _sides("أعلن التنظيم مسؤوليته عن التفجير الإرهابي الذي استهدف المسجد.", "ASSAULT", "التفجير")
    assert target == ""
    _, target = _sides("أعلن التنظيم مسؤوليته عن هجوم انتحاري تم تنفيذه بسيارة ملغومة في الحي.", "ASSAULT", "هجوم انتحاري")
    assert target == ""
    _, target = _sides("أعلن التنظيم مسؤوليته عن الهجوم الانتحاري على مقر الشرطة.", "ASSAULT", "الهجوم")
    assert target == "مقر الشرطة"
