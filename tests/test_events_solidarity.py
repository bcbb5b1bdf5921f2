"""Solidarity and condolence cables between states: "تقف مع"، "تقف إلى جانب"، "وقوف بلاده بجانب"،
"مواساة". Sentences written for these tests."""

from __future__ import annotations

from test_events import named_triples as _events


def test_standing_with_a_state_supports_it() -> None:
    found = _events("وأكدت كندا في بيانها أنها تقف مع تونس في مواجهة الإرهاب.",
                    {"كندا": ("e1", "LOC"), "تونس": ("e2", "LOC")})
    assert ("SUPPORT", "e1", "e2") in found


def test_standing_beside_a_state_supports_it() -> None:
    found = _events("وقال الرئيس البرازيلي إن البرازيل تقف إلى جانب الأرجنتين في أزمتها المالية.",
                    {"البرازيل": ("e1", "LOC"), "الأرجنتين": ("e2", "LOC")})
    assert ("SUPPORT", "e1", "e2") in found


def test_the_bare_noun_of_standing_beside_a_state() -> None:
    found = _events("وأكد المتحدث باسم الحكومة رامي داود في بيان وقوف بلاده بجانب الكويت ضد الإرهاب.",
                    {"رامي داود": ("e1", "PER"), "الكويت": ("e2", "LOC")})
    assert ("SUPPORT", "e1", "e2") in found


def test_condolences_to_a_state_support_it() -> None:
    found = _events("وأعرب وزير الخارجية النمساوي كارل هوبر عن مواساة حكومته لدولة الكويت حكومة وشعبا.",
                    {"كارل هوبر": ("e1", "PER"), "الكويت": ("e2", "LOC")})
    assert ("SUPPORT", "e1", "e2") in found


def test_a_player_standing_with_his_team_is_no_event() -> None:
    found = _events("وقال المدرب سامر حداد إن اللاعب يقف مع زملائه في نادي الهلال.",
                    {"سامر حداد": ("e1", "PER"), "نادي الهلال": ("e2", "ORG")})
    assert not any(t == "SUPPORT" for t, _a, _b in found)
