"""A place where an attack happened is its setting, not its target (events/place_settings.py).
Sentences written for these tests."""

from __future__ import annotations

from marsad.document import Span
from marsad.layers.events.place_settings import setting
from test_events import _doc
from test_events import named_triples as _events


def _targets(found: set[tuple[str, str | None, str | None]]) -> set[str | None]:
    return {target for t, _a, target in found if t in ("ASSAULT", "COERCE")}


def test_the_second_place_of_a_list_after_fi_is_no_target() -> None:
    names = {"التحالف الدولي": ("e1", "ORG"), "ليبيا": ("e3", "LOC"), "تونس": ("e4", "LOC")}
    found = _events("ونفذ التحالف الدولي 30 ضربة جوية ضد التنظيم في ليبيا وتونس أمس.", names)
    assert ("ASSAULT", "e1", None) in found
    assert not {"e3", "e4"} & _targets(found)


def test_the_city_a_deputy_was_killed_in_is_no_target() -> None:
    names = {"حركة الشباب": ("e1", "ORG"), "نيروبي": ("e2", "LOC")}
    found = _events("وقتلت حركة الشباب نائبا في البرلمان في نيروبي.", names)
    assert found == {("ASSAULT", "e1", None)}


def test_a_place_after_the_border_with_is_no_target() -> None:
    names = {"الجيش الأفغاني": ("e1", "ORG"), "إيران": ("e3", "LOC")}
    found = _events("وقتل الجيش الأفغاني عشرة مسلحين على الحدود مع إيران.", names)
    assert "e3" not in _targets(found)


def test_a_place_struck_after_ala_stays_the_target() -> None:
    names = {"التحالف العربي": ("e1", "ORG"), "اليمن": ("e2", "LOC")}
    assert ("ASSAULT", "e1", "e2") in _events("وشن التحالف العربي غارات جوية على اليمن.", names)


def test_settings_by_construction() -> None:
    text = "وأدانت الحكومة مجزرة قونية، وهجوما بأنقرة، وغارات على أضنة."
    doc = _doc(text, {"قونية": ("e1", "LOC"), "أنقرة": ("e2", "LOC"), "أضنة": ("e3", "LOC")})
    spans = [Span(m.start, m.end, m.text) for e in doc.entities for m in e.mentions]
    konya, ankara, adana = spans
    assert setting(doc, konya, spans)  # in construct with a massacre noun
    assert setting(doc, ankara, spans)  # after attached ب of place
    assert not setting(doc, adana, spans)  # struck: after على


def test_a_district_after_fi_is_no_target_whatever_its_type() -> None:
    names = {"مديرية الشيخ عثمان": ("e1", "ORG"), "قوات الحكومة": ("e2", "ORG")}
    found = _events("وقتلت قوات الحكومة خمسة مسلحين في مديرية الشيخ عثمان.", names)
    assert "e1" not in _targets(found)


def test_attacks_in_a_country_with_no_other_object_keep_it() -> None:
    names = {"حركة الشباب": ("e1", "ORG"), "كينيا": ("e2", "LOC")}
    assert ("ASSAULT", "e1", "e2") in _events("وشنت حركة الشباب هجمات دموية أخرى في كينيا.", names)


def test_a_date_between_the_attacks_and_their_place_is_no_object() -> None:
    names = {"حركة الشباب": ("e1", "ORG"), "كينيا": ("e2", "LOC")}
    found = _events("وشنت حركة الشباب هجمات 21 أيلول (سبتمبر) 2013 في كينيا.", names)
    assert ("ASSAULT", "e1", "e2") in found


def test_bare_sites_struck_in_a_country_keep_it() -> None:
    names = {"إسرائيل": ("e1", "LOC"), "لبنان": ("e2", "LOC")}
    assert ("ASSAULT", "e1", "e2") in _events("وقالت مصادر إن إسرائيل أغارت على مواقع في لبنان.", names)


def test_attacks_over_a_year_in_a_country_keep_it() -> None:
    names = {"الجيش الأمريكي": ("e1", "ORG"), "الصومال": ("e2", "LOC")}
    found = _events("وبدأ الجيش الأمريكي بشن غارات جوية على مدى عام في الصومال.", names)
    assert ("ASSAULT", "e1", "e2") in found


def test_an_armed_groups_killings_in_a_country_are_against_it() -> None:
    # the victims a common noun, the country after في: the insurgents' violence is against the state
    names = {"جماعة بوكو حرام": ("e1", "ORG"), "نيجيريا": ("e2", "LOC")}
    found = _events("وقتل مسلحون من جماعة بوكو حرام ثلاثين قرويا في شمال شرقي نيجيريا أمس.", names)
    assert ("ASSAULT", "e1", "e2") in found


def test_a_state_forces_killings_in_a_country_leave_it_the_setting() -> None:
    # not an armed group: the country stays where the act happened
    names = {"الجيش الأفغاني": ("e1", "ORG"), "أفغانستان": ("e2", "LOC")}
    found = _events("وقتل الجيش الأفغاني عشرين مسلحا في شرق أفغانستان.", names)
    assert "e2" not in _targets(found)


def test_an_armed_groups_attack_past_the_object_window_finds_the_country() -> None:
    # the group's name, an adjective and the victims put the country far from the verb
    names = {"جماعة بوكو حرام": ("e1", "ORG"), "نيجيريا": ("e2", "LOC")}
    found = _events("وقتل مسلحون من جماعة بوكو حرام المتشددة عشرات القرويين في قريتين في شمال شرقي نيجيريا.", names)
    assert ("ASSAULT", "e1", "e2") in found


def test_a_country_in_another_clause_is_not_the_groups_target() -> None:
    names = {"جماعة بوكو حرام": ("e1", "ORG"), "نيجيريا": ("e2", "LOC")}
    found = _events("وقتل مسلحون من جماعة بوكو حرام عشرات القرويين أمس، فيما زار الوزير نيجيريا.", names)
    assert "e2" not in _targets(found)


def test_quotes_round_the_groups_name_do_not_part_it_from_the_country() -> None:
    names = {"حركة الشباب": ("e1", "ORG"), "كينيا": ("e2", "LOC")}
    found = _events("وقتل مسلحون من «حركة الشباب» الصومالية تسعة عمال في شرق كينيا أمس.", names)
    assert ("ASSAULT", "e1", "e2") in found


def test_a_groups_attack_on_another_sides_positions_is_not_on_the_country() -> None:
    # "مواقعها": the sites are the movement's, not the country's
    names = {"حركة طالبان": ("e0", "ORG"), "تنظيم داعش": ("e1", "ORG"), "أفغانستان": ("e2", "LOC")}
    found = _events("وتتعرض حركة طالبان لهجمات يشنها تنظيم داعش على مواقعها بشرق أفغانستان.", names)
    assert ("ASSAULT", "e1", "e2") not in found


def test_a_comma_between_the_groups_attack_and_the_country_keeps_it_the_setting() -> None:
    names = {"جبهة النصرة": ("e1", "ORG"), "سوريا": ("e2", "LOC")}
    found = _events("وتقوم جبهة النصرة باستهداف، وملاحقة، الفصائل المعتدلة في سوريا.", names)
    assert ("ASSAULT", "e1", "e2") not in found


def test_a_groups_shelling_by_the_border_with_a_country_is_not_on_it() -> None:
    names = {"الحوثيين": ("e1", "ORG"), "اليمن": ("e2", "LOC")}
    found = _events("وردت القوات على قصف الحوثيين لقرية على الحدود مع اليمن أمس.", names)
    assert ("ASSAULT", "e1", "e2") not in found
