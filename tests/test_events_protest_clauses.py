"""Protest sides read from the grammar of the protest's clause (events/protest_subjects.py,
events/protest_sides.py, events/crowds.py), on sentences written for these tests, with no entities:
the sides are common nouns (unnamed mode)."""

from __future__ import annotations

from event_fixtures import occurring_protests as _protests


def test_kana_subject_before_qad() -> None:
    # "كان X قد" names the subject of the pronoun verb
    assert _protests("وكان الفلاحون قد اعتصموا أمام مبنى المحافظة احتجاجا على أسعار القمح.")[0][0] == "الفلاحون"
    assert _protests("وكان عشرات العمال قد أضربوا عن العمل الأسبوع الماضي.")[0][0] == "عشرات العمال"


def test_indefinite_noun_before_imperfect_verb_is_its_subject() -> None:
    # the described noun protests, not the subject of the main verb
    assert _protests("واعتقلت الشرطة أمس طلابا كانوا يتظاهرون ضد قرار الوزارة.")[0][0] == "طلابا"
    assert _protests("وفرقت قوات الأمن عمالا يتظاهرون أمام المصنع للمطالبة بأجورهم.")[0][0] == "عمالا"


def test_definite_count_governs_no_genitive() -> None:
    assert _protests("تظاهر أمس المئات بمدينة البصرة مطالبين بتحسين الخدمات.")[0][0] == "المئات"
    # an indefinite count keeps its noun
    assert _protests("وتجمع حوالي ألف شخص في شارع الحرية.")[0][0] == "شخص"


def test_pressing_the_government_outranks_where_the_stand_is() -> None:
    assert _protests("نظم مئات الأطباء وقفة أمام مقر الوزارة للضغط على الحكومة كي ترفع رواتبهم.")[0][1] == "الحكومة"


def test_adjective_of_the_protesters_is_not_the_target() -> None:
    sides = _protests("تظاهر العشرات من أعضاء جمعية معادية للمهاجرين احتجاجا على قرار البلدية.")
    assert sides[0][1] == "قرار البلدية"


def test_relative_clause_telling_the_day_reports_the_protest() -> None:
    assert _protests("وأثار القرار غضب العمال الذين تظاهروا أمس في العاصمة للمطالبة بإلغائه.")[0][0] == "العمال"
    assert _protests("وتذكر الطلاب الذين تظاهروا قبل عامين ضد الحرب.") == []


def test_plural_pretending_is_no_protest_but_a_square_is_where() -> None:
    assert _protests("وتظاهروا بحب النادي ثم تخلوا عنه.") == []
    sides = _protests("وتظاهروا بساحة التحرير مطالبين بإقالة الحكومة.")
    assert sides and sides[0][0] is None
    assert _protests("وتظاهر آلاف الطلاب بمدينة الكوت.")[0][1] is None


def test_kana_subject_agreeing_in_the_singular() -> None:
    assert _protests("وكانت عائلات من البلدة تظاهرت الاثنين، مطالبة بحماية سكان القرية.")[0][0] == "عائلات"
    # a bracketed name is the subject, not the predicate after it
    assert _protests("وكانت (سلمى) مضربة عن الطعام احتجاجا على سجنها.")[0][0] == "سلمى"
    # a complementizer opens another clause: its own subject
    assert _protests("وكان الوزير قد أعلن أن العمال تظاهروا أمس.")[0][0] == "العمال"


def test_who_a_demand_names_is_not_who_protests() -> None:
    sides = _protests("وتظاهرت أمس، مطالبة بحماية سكان القرية.")
    assert sides and sides[0][0] is None
    # a place mark is passed over: the subject may follow where the protest is
    assert _protests("وتظاهر أمام السفارة آلاف الطلاب.")[0][0] == "الطلاب"


def test_relative_antecedent_past_a_place_and_with_its_adjective() -> None:
    sides = _protests("وأثار القرار غضب السكان المحليين في مدينة الكوت الذين خرجوا إلى الشوارع للاحتجاج عليه.")
    assert sides[0][0] == "السكان المحليين"
    assert _protests("واعتقلت الشرطة عشرات من الشبان الذين تظاهروا أمس أمام البرلمان.")[0][0] == "الشبان"


def test_nationality_adjective_of_the_protest_noun_names_its_people() -> None:
    assert _protests("واندلعت احتجاجات فلسطينية في المدينة ضد الحكومة.") == [("فلسطينية", "الحكومة")]
    # an adjective of size or kind names no one
    assert _protests("واندلعت مظاهرات حاشدة في المدينة ضد الحكومة.") == [(None, "الحكومة")]


def test_street_names_and_sources_are_no_target() -> None:
    assert _protests("وتجمع المحتجون صباحا في شارع «الحرية» وسط المدينة.") == [("المحتجون", None)]
    sides = _protests("وتجمع نحو ألف شخص في الساحة، وحسب أحد المنظمين فإن عددهم تضاعف.")
    assert sides and sides[0][1] is None


def test_people_joined_to_who_protests_protest_with_them() -> None:
    assert _protests("وشارك في الاحتجاج مئات الأطباء والممرضين.") == [("الأطباء والممرضين", None)]
    assert _protests("وتظاهر الطلاب والأساتذة أمام الوزارة.") == [("الطلاب والأساتذة", "الوزارة")]
    # a side joined to the target stays the target's
    assert _protests("وتظاهر الطلاب أمام الوزارة والبرلمان.") == [("الطلاب", "الوزارة والبرلمان")]


def test_a_mass_of_people_is_the_people_it_counts() -> None:
    assert _protests("وتظاهر أعداد كبيرة من الأميركيين في نيويورك احتجاجا على الاتفاق.")[0][0] == "الأميركيين"
    assert _protests("وتجمع حشود غفيرة من المواطنين أمام البرلمان.")[0][0] == "المواطنين"


def test_a_place_witnessing_protests_does_not_protest() -> None:
    sides = _protests("وتشهد العديد من مدن العراق موجة احتجاجات للأسبوع الثاني على التوالي احتجاجا على نقص الخدمات.")
    assert sides and all(actor is None for actor, _ in sides)


def test_an_audience_gathering_to_watch_or_attend_is_no_protest() -> None:
    assert _protests("واحتشد آلاف المواطنين في الشوارع المحيطة بالحديقة لمشاهدة الألعاب النارية.") == []
    assert _protests("وتجمع مئات الطلاب أمام الجامعة لحضور حفل التخرج.") == []
    # a protest against someone's attending stays one
    assert _protests("وتجمع مئات الطلاب أمام الجامعة للاحتجاج على حضور الوزير.") == [("الطلاب", "حضور الوزير")]


def test_counted_subject_after_the_place_told_first() -> None:
    actor, target = _protests("تظاهر في العاصمة الفرنسية باريس يوم السبت آلاف الأشخاص ضد الحرب.")[0]
    assert actor.endswith("الأشخاص") and target == "الحرب"
    assert _protests("وتظاهر أمس في مدينة الخليل مئات الفلسطينيين احتجاجا على إغلاق الحرم.")[0][0] == "مئات الفلسطينيين"
    # a count right after the locative counts places
    assert _protests("وتظاهر الطلاب في عشرات المدن ضد الحكومة.")[0][0] == "الطلاب"


def test_about_before_a_count_is_no_place() -> None:
    assert _protests("وتظاهر نحو ألفي شخص أمام السفارة في القاهرة.")[0][0] == "ألفي شخص"


def test_subject_of_the_verb_opening_the_clause_of_ihtijajan() -> None:
    assert _protests("وبدأ مئات المعتقلين إضرابا عن الطعام احتجاجا على ظروف احتجازهم.")[0] == ("المعتقلين", "ظروف احتجازهم")
    assert _protests("وانسحب وزير الخارجية من الجلسة احتجاجا على الكلمة.")[0][0] == "وزير الخارجية"
    assert _protests("وقد انسحب وزير الخارجية من القاعة احتجاجا على الكلمة.")[0][0] == "وزير الخارجية"
    # no subject named: none taken from a prepositional phrase
    assert _protests("وانسحب من الجلسة احتجاجا على الكلمة.")[0][0] is None


def test_who_organised_a_protest_that_went_out() -> None:
    assert _protests("وخرجت مظاهرة حاشدة نظمتها الحركة في وسط المدينة.")[0][0] == "الحركة"


def test_nearest_people_antecedent_of_a_pronoun_verb() -> None:
    sides = _protests("وتعالت الأصوات بلوم الحكومات المتعاقبة مما زاد من غضب اليونانيين، حيث تظاهروا في الشوارع.")
    assert sides[0][0] == "اليونانيين"


def test_the_protest_ihtijajan_gives_the_reason_of_names_its_people() -> None:
    sides = _protests("وخلال المسيرة الأسبوعية لأهالي القرية غرب المدينة، احتجاجا على الجدار، أصيب متظاهران.")
    assert sides[0] == ("لأهالي القرية", "الجدار")


def test_a_demanded_act_is_the_issue_and_a_pronoun_no_side() -> None:
    sides = _protests("وتظاهر عشرات الناشطين للمطالبة بالإفراج عن المعتقلين السياسيين.")
    assert sides[0][1].endswith("الإفراج عن المعتقلين السياسيين")
    assert _protests("وتظاهر المعلمون للمطالبة بحقوقهم.") == [("المعلمون", None)]


def test_a_place_named_after_its_noun_is_no_target() -> None:
    sides = _protests("ونظمت تظاهرات مماثلة في مدن أخرى من بينها العاصمة دكا.")
    assert sides and sides[0][1] is None


def test_kana_and_qad_bracket_a_long_subject() -> None:
    actor, _ = _protests("و كان المئات من أهالي محافظة البصرة جنوبي العراق قد تظاهروا أمس احتجاجا على انقطاع الكهرباء.")[0]
    assert actor.startswith("أهالي")
