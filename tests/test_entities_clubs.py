"""Football clubs named by one word in a sports report, and the words NER runs into after a person's
name (issue 14). Sentences written for these tests."""

from __future__ import annotations

import pytest

from entity_fixtures import analysed, layer, ner_layer  # noqa: F401 - pytest fixtures


def run(layer, text, published="2015-08-10"):
    return analysed(layer, text, published)


def orgs(doc):
    return {m.text for e in doc.entities if e.type == "ORG" for m in e.mentions}


def test_clubs_of_a_match_report(layer):
    doc = run(layer, "تغلب الهلال على الرائد في مباراة الدوري أمس، وقال مدرب الفريق إن اللاعب المصاب "
                     "سيعود قبل لقاء الشباب، فيما يستعد العين الإماراتي لمواجهة الوحدة.")
    assert {"الهلال", "الرائد", "الشباب", "العين", "الوحدة"} <= orgs(doc)
    hilal = next(e for e in doc.entities if "الهلال" in e.name)
    assert hilal.kb == "marsad:org/al-hilal"
    assert not [e for e in doc.entities if e.type == "LOC" and e.name == "العين"]


def test_ordinary_word_without_a_cue_is_no_club(layer):
    doc = run(layer, "قال المدرب بعد المباراة إن الشباب في الفريق قدموا موسما جيدا، وإن الاتحاد الدولي "
                     "لم يرد بعد على شكوى اللاعب.")
    assert not {"الشباب", "الاتحاد"} & orgs(doc)


def test_no_club_outside_a_sports_report(layer):
    doc = run(layer, "أعلن الهلال الأحمر وصول قافلة إلى العين، وأكد أن النصر على الوباء قريب.")
    assert not {"الهلال", "النصر", "العين"} & orgs(doc)


def test_person_name_stops_before_an_adverb_or_possessed_noun(ner_layer):
    doc = run(ner_layer, "وكتب الإعلامي سامي الحربي مغرداً عن المباراة، ورحب المدرب خالد العمري بعودته "
                         "إلى الفريق، وقدم رئيس النادي فهد الدوسري شكره للجماهير.")
    names = {m.text for e in doc.entities if e.type == "PER" for m in e.mentions if m.kind == "name"}
    assert not {n for n in names if n.endswith(("مغرداً", "بعودته", "شكره"))}


def test_a_town_before_a_masculine_country_adjective_is_its_club(ner_layer):
    # the town would take "الإيطالية"; named once with the adjective, the town is the club throughout
    doc = run(ner_layer, "ويلتقي الفريق الأول لكرة القدم بالهلال مساء الأربعاء أمام فيرونا الإيطالي في "
                         "مباراة ودية ضمن معسكره، وقال المدرب إن اللاعبين جاهزون، وسجل المهاجم هدفين في "
                         "المباراة السابقة أمام فيرونا.")
    assert "فيرونا" in orgs(doc)
    assert not [e for e in doc.entities if e.type == "LOC" and e.name == "فيرونا"]


def test_a_known_city_before_a_country_adjective_is_its_club(layer):
    doc = run(layer, "وخاض الفريق مباراة ودية أمام دبي الإماراتي وفاز بهدفين، وسيلعب المدرب بالتشكيلة "
                     "الأساسية أمام الوصل في الجولة المقبلة من الدوري.")
    assert "دبي" in orgs(doc)


@pytest.mark.parametrize("text, place", [
    # the town without the adjective stays a town
    ("وقال المدرب إن الفريق سافر إلى روما لإقامة معسكره استعدادا للدوري، ويلعب اللاعبون مباراتين "
     "وديتين هناك.", "روما"),
    # a country with a masculine adjective is a region, no club
    ("وزار وفد من اللاعبين والمدرب منطقة المغرب العربي للمشاركة في مباراة البطولة.", "المغرب العربي"),
])
def test_a_place_without_the_adjective_or_a_country_stays_a_place(layer, text, place):
    doc = run(layer, text)
    assert place in {m.text for e in doc.entities if e.type == "LOC" for m in e.mentions}


def test_a_town_named_in_a_clubs_name_is_the_club_in_the_report(layer):
    # "مانشستر يونايتد" names the club; "مانشستر" alone in the same match report is the club, not the city
    doc = run(layer, "أكد مدرب مانشستر يونايتد أن الفريق سيلعب مباراة ودية قبل انطلاق الدوري، وقال "
                     "المهاجم إنه سعيد بالعودة إلى مانشستر بعد موسم مع النادي الإسباني.")
    assert "مانشستر" in orgs(doc)
    assert not [e for e in doc.entities if e.type == "LOC" and e.name == "مانشستر"]
    # named as a town ("مدينة مانشستر"), it stays the town
    doc = run(layer, "أكد مدرب مانشستر يونايتد أن الفريق سيلعب مباراة ودية قبل انطلاق الدوري، وقال "
                     "المهاجم إنه سعيد بالسكن في مدينة مانشستر بعد موسم مع النادي الإسباني.")
    assert "مانشستر" not in orgs(doc)


def test_a_town_outside_a_sports_report_stays_a_place(layer):
    doc = run(layer, "وصل رئيس الوزراء إلى مانشستر لافتتاح مصنع جديد، وزار ملعب مانشستر يونايتد.")
    assert not {"مانشستر"} & orgs(doc)


def test_a_club_named_with_the_english_adjective_is_named_without_it(layer):
    doc = run(layer, "وذكرت تقارير أن نادي مانشستر يونايتد الإنجليزي يستعد لتقديم عرض للاعب، وقال المدرب "
                     "إن المباراة المقبلة في الدوري صعبة.")
    names = {m.text for e in doc.entities for m in e.mentions if m.kind == "name"}
    assert not [n for n in names if n.endswith("الإنجليزي")]


def test_a_players_duo_cues_a_towns_club(layer):
    doc = run(layer, "وتفاوض إدارة النادي ثنائي القادسية قبل بداية الموسم، وقال المدرب إن اللاعب جاهز "
                     "للمباراة المقبلة في الدوري.")
    assert "القادسية" in orgs(doc)
    # with the article the word is no cue: "الثنائي العربي" is a pair of Arab players
    doc = run(layer, "ويعول المدرب على الثنائي العربي في المباراة المقبلة، وقال اللاعب إن الدوري صعب "
                     "هذا الموسم.")
    assert "العربي" not in orgs(doc)


def test_a_player_word_with_the_article_still_cues_the_club(layer):
    doc = run(layer, "وتسعى الإدارة لإقناع اللاعب للاتحاد قبل الموسم، وقال المدرب إن المباراة المقبلة في "
                     "الدوري صعبة.")
    assert "اتحاد" in orgs(doc) or "الاتحاد" in orgs(doc)


def test_first_division_clubs_with_a_cue(layer):
    doc = run(layer, "وحقق ضمك فوزا ثمينا أمام الخلود في مباراة الدوري، فيما تعادل هجر والرائد، ويستعد مدرب الفريق "
                     "للقاء أبها الأسبوع المقبل.")
    assert {"ضمك", "هجر", "الخلود", "أبها"} <= orgs(doc)


def test_a_club_that_is_a_word_stays_a_word_without_a_cue(layer):
    doc = run(layer, "قال المدرب بعد المباراة إن هجر الملاعب ليس حلا، وإن العدالة تقتضي إعادة اللقاء.")
    assert not {"هجر", "العدالة"} & orgs(doc)
