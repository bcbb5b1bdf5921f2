"""Two sides joined as the subject of a dual verb of talks (layers/events/joint_subjects.py), and the
city of a venue after ب as where a meeting is held (layers/events/mention_positions.py); sentences
written for these tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Analyzer
from test_events import named_triples as _named_triples


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _pairs(analyzer: Analyzer, text: str, etype: str = "CONSULT") -> set[tuple[str, str]]:
    doc = analyzer.analyze(text, published="2024-03-10")
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(e.actor or ""), names.get(e.target or "")) for e in doc.events if e.type == etype}


def test_two_states_joined_before_a_dual_verb_of_talks(analyzer: Analyzer) -> None:
    pairs = _pairs(analyzer, "فرنسا والمغرب تبحثان تعزيز التعاون الأمني بين البلدين")
    assert ("فرنسا", "المغرب") in pairs


def test_a_minister_and_his_counterpart_launch_talks(analyzer: Analyzer) -> None:
    pairs = _pairs(analyzer, "وزير الخارجية الأردني أيمن الصفدي ونظيره التركي هاكان فيدان يلتقيان في أنقرة الأسبوع المقبل")
    assert any(a == "أيمن الصفدي" and t and "فيدان" in t for a, t in pairs)


def test_a_singular_verb_after_joined_sides_is_not_read_as_talks_between_them(analyzer: Analyzer) -> None:
    # the verb's subject is the second side only: France meets no one here
    assert ("فرنسا", "المغرب") not in _pairs(analyzer, "وقالت فرنسا، والمغرب يبحث مع إسبانيا ملف الهجرة")


def test_the_city_of_a_palace_is_where_a_king_receives_a_minister(analyzer: Analyzer) -> None:
    pairs = _pairs(analyzer, "استقبل الملك عبد الله الثاني في قصر الحسينية بعمان وزير الخارجية "
                             "الفرنسي جان نويل بارو.")
    assert any(t and "بارو" in t for _, t in pairs)
    assert not any(t == "عمان" for _, t in pairs)


def _headline(analyzer: Analyzer, title: str, body: str) -> set[tuple[str, str]]:
    doc = analyzer.analyze(body, title=title, published="2024-03-10")
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(e.actor or ""), names.get(e.target or "")) for e in doc.events if e.type == "ACCUSE"}


def test_a_headline_statement_of_a_hostile_deed_accuses_its_subject(analyzer: Analyzer) -> None:
    # layers/events/headline_claims.py
    pairs = _headline(analyzer, "أردوغان: إسرائيل تعرقل وصول المساعدات إلى غزة",
                      "قال الرئيس التركي رجب طيب أردوغان في كلمة أمس إن الوضع الإنساني صعب.")
    assert any("أردوغان" in (a or "") and t == "إسرائيل" for a, t in pairs)


def test_a_headline_statement_of_no_hostile_deed_accuses_no_one(analyzer: Analyzer) -> None:
    assert not _headline(analyzer, "أردوغان: إسرائيل وافقت على فتح المعابر",
                         "قال الرئيس التركي رجب طيب أردوغان في كلمة أمس إن الوضع الإنساني صعب.")


def test_an_attack_a_state_moved_to_carry_out_is_its_own(analyzer: Analyzer) -> None:
    # layers/events/deed_verbs.py: a purpose noun after a verb of moving or hastening
    assert ("روسيا", "أوكرانيا") in _pairs(analyzer, "وتحركت روسيا لمهاجمة مواقع أوكرانيا على الحدود.", "ASSAULT")
    assert ("إثيوبيا", "الصومال") in _pairs(analyzer, "وسارعت إثيوبيا إلى قصف مواقع الصومال.", "ASSAULT")


def test_an_attack_told_as_a_reproach_is_no_assault(analyzer: Analyzer) -> None:
    assert not _pairs(analyzer, "وانتقد الوزير مهاجمة الرئيس للصحافة في خطابه.", "ASSAULT")


def test_a_war_declared_on_a_party_threatens_it_not_the_one_named_in_the_cause(analyzer: Analyzer) -> None:
    pairs = _pairs(analyzer, "حركة الشباب تعلن الحرب على الرئيس الصومالي حسن شيخ محمود بسبب تعاونه مع إثيوبيا", "THREATEN")
    assert pairs and not any(t == "إثيوبيا" for _, t in pairs)


def test_a_green_light_given_to_a_state_supports_it(analyzer: Analyzer) -> None:
    pairs = _pairs(analyzer, "مجلس الأمن يعطي الضوء الأخضر لفرنسا لنشر قوات في مالي", "SUPPORT")
    assert any(t == "فرنسا" for _, t in pairs)


def test_a_headline_statement_that_a_state_obstructed_accuses_it(analyzer: Analyzer) -> None:
    pairs = _headline(analyzer, "ماكرون: روسيا عطلت قرار مجلس الأمن",
                      "قال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحافي إن المشاورات مستمرة.")
    assert any("ماكرون" in (a or "") and t == "روسيا" for a, t in pairs)


def test_disowning_statements_against_a_state_rejects_their_author(analyzer: Analyzer) -> None:
    doc = analyzer.analyze("الأردن يتبرأ من تصريحات النائب خليل عطية ضد مصر", published="2024-03-10")
    names = {e.id: e.name for e in doc.entities}
    kinds = {(e.type, names.get(e.actor or ""), names.get(e.target or "")) for e in doc.events}
    assert ("REJECT", "الأردن", "خليل عطية") in kinds


def test_money_allotted_to_help_a_state_is_aid(analyzer: Analyzer) -> None:
    # layers/events/deed_verbs.py: an aid noun of purpose after a verb of giving
    assert ("اليابان", "الأردن") in _pairs(analyzer, "وخصصت اليابان 50 مليون دولار لمساعدة الأردن.", "AID")


def test_a_force_joined_to_the_subject_is_a_second_attacker() -> None:
    names = {"الحوثيون": ("e1", "ORG"), "صالح": ("e2", "PER"), "تعز": ("e3", "LOC")}
    text = "وفي تعز قصف الحوثيون وقوات صالح أحياء سكنية بقذائف الهاون."
    assert ("ASSAULT", "e1", "e2") not in _named_triples(text, names)


def test_a_headline_statement_denying_a_deed_accuses_no_one(analyzer: Analyzer) -> None:
    # layers/events/headline_claims.py: "لن تدخل" is entering denied, no interference told
    assert not _headline(analyzer, "أردوغان: إسرائيل لن تعرقل وصول المساعدات إلى غزة",
                         "قال الرئيس التركي رجب طيب أردوغان في كلمة أمس إن الوضع الإنساني صعب.")
