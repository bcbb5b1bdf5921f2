"""Towns named with no place word after a preposition of place and located at once in a country
or city the KB knows (`located_places.py`). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixture


def places(layer, text):
    return names(analysed(layer, text, "2015-08-10"), "LOC")


def test_a_town_placed_by_b_and_a_country(layer):
    assert "تورينغا" in places(layer, "وانفجرت عبوة في سوق شعبي في تورينغا بنيجيريا أمس.")


def test_a_town_placed_by_a_compass_point(layer):
    assert "زيلفاتا" in places(layer, "وتجمع المحتجون في زيلفاتا شمال فرنسا للمطالبة بالإصلاح.")


def test_a_town_described_by_a_feminine_country_adjective(layer):
    assert "لوفانيو" in places(layer, "ويقيم الفريق معسكره في لوفانيو الإسبانية حتى نهاية الشهر.")


def test_no_ordinary_word_kind_of_place_participle_or_possessed_noun(layer):
    found = places(layer, "وعقد لقاء في مسجد في الكويت، وبرئ في محكمة في لندن، وانضم إلى متطرفين في سوريا، "
                   "وقرأ الكتاب في العاشرة من عمره في موسكو، وألقى كلمة من مقره في رام الله.")
    assert not found & {"مسجد", "محكمة", "متطرفين", "عمره", "مقره"}
    found = places(layer, "واستقبل الأمير ضيوفه في قصره بالرياض، ورغم من تقليل السعودية من أهمية الخبر.")
    assert not found & {"قصره", "تقليل"}


def test_a_noun_placed_by_in_and_a_country_is_no_town(layer):
    found = places(layer, "وشرد الملايين بسبب أعاصير في الصين، وحذر من اقتتال في سوريا.")
    assert not found & {"أعاصير", "اقتتال"}


def test_a_club_takes_a_masculine_adjective(layer):
    assert "رونهايم" not in places(layer, "وانتقل اللاعب من رونهايم الألماني مقابل عشرة ملايين يورو.")
