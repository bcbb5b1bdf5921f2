"""Quotes layer: statement kinds met on unlabelled news after the statement helper of session 17
(the verb's preposition after a setting, bodies of plans and reports, headline place labels,
passives, two dots).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, person, quote_with, run


# --- the verb's own preposition after a setting and a comma ---------------------------------
def test_preposition_after_a_long_setting_and_a_comma():
    body = ("وطالب رئيس جمعية المزارعين بالمنطقة الجنوبية سالم العمري في كلمته التي ألقاها أمس خلال "
            "افتتاح الملتقى الزراعي الثاني لمنتجي التمور في قاعة المؤتمرات، بتوفير قروض ميسرة لصغار "
            "المزارعين في القرى.")
    doc = run(make_doc(body, ents=[person("سالم العمري")]))
    q = quote_with(doc, "قروض ميسرة لصغار")
    assert q.text.startswith("بتوفير") and q.speaker.text == "سالم العمري"


def test_setting_before_the_verbs_preposition_is_not_part_of_the_statement():
    body = "ودعا مدير المرور في تصريح صحفي أمس، إلى الالتزام بالسرعات المحددة على الطرق السريعة خلال العطلة."
    doc = run(make_doc(body))
    assert quote_with(doc, "الالتزام بالسرعات المحددة").text.startswith("إلى الالتزام")


def test_preposition_after_a_relative_clause_describing_the_subject():
    body = ("طالبت الرابطة الأهلية التي تدير عشرات المدارس الصغيرة في الأحياء الشعبية القديمة، "
            "بتخصيص حافلات لنقل التلاميذ من بيوتهم.")
    doc = run(make_doc(body, ents=[("ORG", "الرابطة الأهلية", [("الرابطة الأهلية", "name")])]))
    assert quote_with(doc, "حافلات لنقل التلاميذ").text.startswith("بتخصيص")


# --- two dots close a clause before the next statement ---------------------------------------
def test_two_dots_end_the_clause_before_a_participle_and_a_report():
    body = ("وأكد المدير سامي الرشيد أن أعمال الصيانة ستنتهي قبل بداية العام الدراسي.. مبينا أن "
            "الإدارة خصصت فرقا إضافية للعمل ليلا ..كما تفيد تقارير محلية بأن الميزانية تضاعفت هذا العام.")
    doc = run(make_doc(body, ents=[person("سامي الرشيد")]))
    assert quote_with(doc, "أعمال الصيانة ستنتهي").text.endswith("العام الدراسي")
    assert quote_with(doc, "خصصت فرقا إضافية").text.endswith("للعمل ليلا")
    assert quote_with(doc, "الميزانية تضاعفت")
