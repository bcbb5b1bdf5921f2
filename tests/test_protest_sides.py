"""Who protests and against what, in sentences of unnamed participants (events/protest_sides.py,
events/street_protests.py). Sentences written for these tests."""

from __future__ import annotations

from marsad.layers.events import EventLayer
from test_events import _doc, _occurring


def _one(text: str):
    (e,) = _occurring(text, "PROTEST")
    return e


def _one_among(text: str, names: dict[str, tuple[str, str]]):
    """The one protest of a text whose entities are `names` ({form: (entity id, type)})."""
    doc = _doc(text, names)
    EventLayer(unnamed=True)(doc)
    (e,) = [e for e in doc.events if e.type == "PROTEST"]
    return e


def test_going_out_in_a_march_or_to_protest_is_a_protest() -> None:
    e = _one("وخرج المئات من أبناء القبائل في تظاهرة أمس مطالبين بإطلاق سراح المعتقلين.")
    assert e.actor_span.text == "أبناء القبائل"
    e = _one("خرج الآلاف في مسيرة بوسط العاصمة للاحتجاج على ما يصفونه بقمع الشرطة.")
    assert e.target_span.text == "الشرطة"  # what they call it, past "ما يصفونه ب"
    assert not _occurring("وخرج الوزير في زيارة رسمية إلى القاهرة.", "PROTEST")


def test_protest_told_as_done_by_a_verb_of_doing() -> None:
    e = _one("وأبلغه استنكار الحكومة لقيام مجموعة من الطلاب أمس بالتجمع أمام مقر السفارة المصرية في باريس.")
    assert e.actor_span.text == "الطلاب"
    assert e.target_span.text == "المصرية"  # the embassy's country, not the city it stands in
    assert e.trigger.startswith("قيام")
    e = _one("وقام العمال بالاعتصام داخل المصنع احتجاجا على تأخر الرواتب.")
    assert e.actor_span.text == "العمال" and e.target_span.text == "تأخر الرواتب"
    assert not _occurring("وقامت الشرطة بتفريق المتظاهرين بالقوة.", "PROTEST")


def test_embassy_names_the_country_protested() -> None:
    e = _one("تجمع مئات الطلاب أمام السفارة الأميركية في القاهرة.")
    assert e.actor_span.text == "الطلاب" and e.target_span.text == "الأميركية"


def test_counted_crowd_acting_against_a_place_or_body() -> None:
    e = _one("أعاق الآلاف من المتظاهرين عمل البرلمان أمس.")
    assert e.actor_span.text == "المتظاهرين"  # a definite subject is in no construct: its object follows
    e = _one("وهاجم مئات المحتجين مقر البلدية في وسط المدينة.")
    assert e.actor_span.text == "المحتجين"
    # not past another participant: the soldiers carried the protesters
    assert not _occurring("وحمل الجنود مئات المتظاهرين إلى الحافلات.", "PROTEST")
    assert not _occurring("وهاجم المتظاهرون سيارة الشرطة.", "PROTEST")  # not counted: told elsewhere


def test_crowd_told_as_groups_with_a_feminine_verb() -> None:
    e = _one("سارت حشود من المتظاهرين في وسط المدينة معلنة رفضها قرار الحكومة.")
    assert e.actor_span.text == "المتظاهرين" and e.target_span.text == "الحكومة"


def test_crowd_keeping_up_its_own_protest() -> None:
    e = _one("واستمر آلاف العمال في اعتصامهم لليوم الثالث ضد خفض الأجور.")
    assert e.actor_span.text == "العمال" and e.target_span.text == "خفض الأجور"
    e = _one("وواصل المعلمون إضرابهم أمس للمطالبة بزيادة الرواتب.")
    assert e.actor_span.text == "المعلمون"
    assert not _occurring("وتواصل الحكومة سياستها الاقتصادية.", "PROTEST")


def test_target_with_the_sides_coordinated_after_it() -> None:
    text = "وسار المتظاهرون في وسط المدينة ورددوا هتافات معادية لإيران والولايات المتحدة وإسرائيل."
    e = _one_among(text, {"إيران": ("e1", "LOC"), "الولايات المتحدة": ("e2", "LOC"), "إسرائيل": ("e3", "LOC")})
    assert e.target_span.text == "لإيران والولايات المتحدة وإسرائيل"  # the words of the text, whole
    e = _one("وتظاهر مئات الطلاب ضد الحكومة وطالبوا بالإصلاح.")
    assert e.target_span.text == "الحكومة"  # a verb after و is another clause


def test_an_embassy_marched_to_names_the_country_protested() -> None:
    e = _one("وتوجه المتظاهرون إلى مقر السفارة البريطانية.")
    assert e.target_span.text == "البريطانية"
    e = _one("وتظاهر مئات الطلاب قرب السفارة الإسرائيلية ضد الحكومة.")
    assert e.target_span.text == "الحكومة"  # what it is against, marked, before where it is held


def test_women_protesters_and_strikers_are_protesters() -> None:
    e = _one("وتجمعت مئات المتظاهرات أمام مقر البرلمان احتجاجا على قانون الأحوال الشخصية.")
    assert e.actor_span.text == "المتظاهرات"


def test_a_side_is_the_whole_words_that_name_it() -> None:
    e = _one("واعتصم مئات العمال أمس احتجاجا على معاملة الإدارة للمتظاهرين.")
    assert e.actor_span.text == "العمال"
    e = _one("وتظاهر مئات الطلاب أمس تنديدا بالحكومة.")
    assert e.target_span.text == "بالحكومة"


def test_a_protested_deed_names_its_agent_as_target() -> None:
    e = _one("وتظاهر مئات الطلاب أمس احتجاجا على مقتل شابين على يد قوات الأمن في العاصمة.")
    assert e.target_span.text == "قوات الأمن"
    e = _one("وتظاهر آلاف السكان احتجاجا على اعتقال ناشطين من قبل الشرطة.")
    assert e.target_span.text == "الشرطة"


def test_a_protested_side_with_its_leader_and_a_repeated_preposition() -> None:
    text = "وتظاهر الآلاف احتجاجا على غارات القوات التي تقودها فرنسا."
    e = _one_among(text, {"فرنسا": ("e1", "LOC")})
    assert e.target_span.text == "القوات التي تقودها فرنسا"
    text = "وتجمع مئات المتظاهرين احتجاجا على الحكومة وعلى البرلمان."
    assert _one(text).target_span.text == "الحكومة وعلى البرلمان"


def test_a_protested_act_with_its_doer_in_a_relative_clause() -> None:
    # the verb reaches the act through a preposition, or the act is two coordinated nouns
    e = _one("ونفذ المعلمون إضرابا شاملا احتجاجا على الإصلاحات التي تقوم بها وزارة التعليم منذ العام الماضي.")
    assert e.target_span.text == "الإصلاحات التي تقوم بها وزارة التعليم"
    e = _one("ويواصل عشرات الأسرى إضرابهم عن الطعام احتجاجا على سياسات العزل والتفتيش التي تمارسها إدارة السجن بحقهم.")
    assert e.target_span.text == "سياسات العزل والتفتيش التي تمارسها إدارة السجن"


def test_a_town_told_with_b_is_where_a_protest_is_held() -> None:
    (e,) = _occurring("واندلعت مظاهرات احتجاجية في قرية الشيخ بمحافظة الجيزة.", "PROTEST")
    assert e.target_span is None


def test_a_count_with_no_noun_after_it_is_who_protests() -> None:
    e = _one("واعتصم المئات أمام مقر الوزارة للمطالبة بصرف الرواتب.")
    assert e.actor_span.text == "المئات"
    e = _one("تظاهر الآلاف في وسط المدينة ضد الحكومة.")
    assert e.actor_span.text == "الآلاف"


def test_a_verb_of_objecting_takes_its_target_after_ala() -> None:
    e = _one("احتج مئات العمال أمس على تسريح زملائهم.")
    assert e.actor_span.text == "العمال" and e.target_span.text == "تسريح زملائهم"


def test_a_side_ends_before_a_mark_a_time_or_another_verb() -> None:
    e = _one("وخرجت مظاهرات حاشدة في عدة مدن تندد بقرار الحكومة.")
    assert e.actor_span is None  # the protest is not its own actor
    e = _one("تظاهر آلاف الكوريين أمام السفارة اليابانية.")
    assert e.actor_span.text == "الكوريين" and e.target_span.text == "اليابانية"


def test_a_protest_noun_names_its_crowd_with_l() -> None:
    (e,) = _occurring("وانطلقت مسيرة احتجاجية للمعلمين في شوارع المدينة.", "PROTEST")
    assert e.actor_span.text == "للمعلمين"
    (e,) = _occurring("واندلعت مظاهرات للمطالبة بالإصلاح.", "PROTEST")
    assert e.actor_span is None  # a purpose, not a crowd


def test_condemning_by_going_out_and_an_unlisted_agent() -> None:
    e = _one("وخرج الآلاف من أنصار الحزب إلى الشوارع تنديدا بالاحتلال.")
    assert e.target_span.text == "بالاحتلال"
    e = _one("وتظاهر المئات من سكان الحي احتجاجا على هدم منازلهم من قبل البلدية.")
    assert e.target_span.text == "البلدية"


def test_a_protested_thing_with_who_did_it() -> None:
    e = _one("وتظاهر الآلاف احتجاجا على الرسوم المسيئة التي نشرتها مجلة فرنسية.")
    assert e.target_span.text == "الرسوم المسيئة التي نشرتها مجلة فرنسية"
    e = _one("وتظاهر الطلاب احتجاجا على القانون الذي صدر أمس.")
    assert e.target_span.text == "القانون"  # no object pronoun: nobody named as its doer
    e = _one("وتظاهر العمال ضد الإدارة التي يتهمونها بالفساد.")
    assert e.target_span.text == "الإدارة"  # the protesters' own verb names no doer


def test_a_count_before_a_plural_verb_or_after_a_place() -> None:
    e = _one("الآلاف يتظاهرون في العاصمة ضد الحكومة.")
    assert e.actor_span.text == "الآلاف" and e.target_span.text == "الحكومة"
    e = _one("وتظاهر في العاصمة الآلاف من أنصار المعارضة.")
    assert e.actor_span.text == "أنصار المعارضة" and e.target_span is None


def test_a_protested_body_with_its_other_name_after_it() -> None:
    text = "وتظاهر مئات الطلاب ضد حلف شمال الأطلسي (الناتو) في العاصمة."
    e = _one_among(text, {"حلف شمال الأطلسي": ("e1", "ORG"), "الناتو": ("e1", "ORG")})
    assert e.target_span.text == "حلف شمال الأطلسي (الناتو)"


def test_followers_of_a_leader_protest_as_one_phrase() -> None:
    e = _one("ونظم أنصار الزعيم مظاهرة في وسط المدينة.")
    assert e.actor_span.text == "أنصار الزعيم" and e.target_span is None
    e = _one("تجمع مؤيدو الحزب أمام مقر الحكومة مطالبين باستقالتها.")
    assert e.actor_span.text.startswith("مؤيدو الحزب")


def test_organiser_named_before_in_protest_is_the_actor() -> None:
    e = _one("وشهدت العاصمة أمس مسيرة كبيرة نظمتها نقابات المعلمين احتجاجا على خفض الأجور.")
    assert e.actor_span.text == "نقابات المعلمين" and e.target_span.text == "خفض الأجور"


def test_a_place_witnessing_a_protest_is_not_its_actor() -> None:
    e = _one("وشهدت المدينة الساحلية مظاهرات حاشدة ضد الحكومة المركزية.")
    assert e.actor_span is None and e.target_span.text.startswith("الحكومة")


def test_the_protesters_side_ends_before_a_verb_time_or_protest_of_its_own() -> None:
    e = _one("وتظاهر نحو 300 شخص يحملون الأعلام للمطالبة بإقالة المحافظ.")
    assert e.actor_span.text == "شخص"
    e = _one("تجمع العشرات خارج مقر البلدية احتجاجا على انقطاع الماء.")
    assert e.actor_span.text == "العشرات"  # not the place outside which they gather
    e = _one("تظاهر مؤخرا سائقون في العاصمة احتجاجا على رفع أسعار الوقود.")
    assert e.actor_span.text == "سائقون"


def test_protesting_against_marks_the_target() -> None:
    e = _one("وخرج مئات الأهالي إلى الشوارع محتجين على قرار البلدية هدم السوق القديم.")
    assert e.actor_span.text == "الأهالي" and e.target_span.text.startswith("قرار")


def test_pretending_is_not_demonstrating() -> None:
    assert not _occurring("كان المسؤول يتظاهر بالمرض كلما طلب منه الحضور.", "PROTEST")
    assert not _occurring("وتظاهرت الوزيرة بأنها لم تسمع السؤال.", "PROTEST")
    assert _occurring("وتظاهر المئات بالقرب من البرلمان ضد قانون الانتخابات.", "PROTEST")


def test_an_order_or_count_of_protests_is_not_who_protests() -> None:
    e = _one("وخرجت أولى المظاهرات في المدينة الساحلية أمس.")
    assert e.actor_span is None
    e = _one("وتظاهر آلاف الطلاب أمس في ساحة الجامعة.")
    assert e.actor_span.text == "الطلاب"


def test_protesters_are_never_the_target_of_their_gathering() -> None:
    e = _one("ونظم تجمع من المحتجين أمام البرلمان.")
    assert e.actor_span.text == "المحتجين" and e.target_span.text == "البرلمان"


def test_light_verb_subject_named_before_the_protest_noun() -> None:
    e = _one("ونظمت الجالية المغربية في مدريد تظاهرة احتجاجية ضد قرار الترحيل.")
    assert e.actor_span.text == "الجالية المغربية" and e.target_span.text.startswith("قرار")


def test_the_genitive_of_the_protesters_noun_is_theirs() -> None:
    e = _one("تظاهر سكان حي الزيتون أمس احتجاجا على انقطاع الكهرباء.")
    assert e.actor_span.text == "سكان حي الزيتون" and e.target_span.text.startswith("انقطاع")


def test_a_time_counted_is_not_a_protester() -> None:
    e = _one("وقال المحامي إن الأسير مستمر في إضرابه منذ 40 يوما احتجاجا على اعتقاله الإداري.")
    assert e.actor_span is None or "يوما" not in e.actor_span.text


def test_who_takes_part_in_a_protest_protests() -> None:
    e = _one("وشارك في المظاهرة طلاب ومعلمون من عدة مدارس.")
    assert e.actor_span.text.startswith("طلاب")
    e = _one("وخرجت في المدينة مظاهرة احتجاجية شارك فيها عشرات من الأطباء للتنديد بالاعتداء على زميلهم.")
    assert e.actor_span.text == "الأطباء"


def test_a_count_with_from_nearer_the_verb_names_its_subject() -> None:
    e = _one("وقال شهود إن المئات من عمال المصنع خرجوا في مسيرة إلى مقر الإدارة.")
    assert e.actor_span.text.startswith("عمال المصنع")
    e = _one("إذ تظاهر صباح أمس المئات احتجاجا على ارتفاع الأسعار.")
    assert e.actor_span.text == "المئات"


def test_a_word_of_purpose_ends_an_unlisted_actor() -> None:
    e = _one("وتظاهر آلاف المزارعين تنديدا بقرار الحكومة خفض الدعم.")
    assert e.actor_span.text == "المزارعين"
    e = _one("واعتصم عشرات الأطباء مطالبين بزيادة رواتبهم.")
    assert e.actor_span.text == "الأطباء"


def test_a_second_crowd_in_a_later_clause_protests_too() -> None:
    found = _occurring("واعتصم موظفو البلدية أمام مقرها، بينما خرج مئات من سائقي الأجرة في مسيرة إلى وزارة النقل.",
                       "PROTEST")
    actors = {e.actor_span.text for e in found if e.actor_span}
    assert any(a.startswith("موظفو") for a in actors) and any("سائقي" in a for a in actors)


def test_a_lone_count_is_who_protests_past_the_time_told_after_it() -> None:
    # the body whose building the crowd stands before is what is protested, not who protests
    e = _one("وتظاهر المئات أمس أمام مكتب الأمم المتحدة في غزة.")
    assert e.actor_span.text == "المئات" and e.target_span.text == "الأمم المتحدة"
    e = _one("واعتصم العشرات مساء أمس أمام مبنى وزارة الخارجية.")
    assert e.actor_span.text == "العشرات" and e.target_span.text == "وزارة الخارجية"


def test_a_lone_count_is_who_protests_before_a_word_of_solidarity() -> None:
    e = _one("وتظاهر الآلاف أمس تأييدا للرئيس المنتخب.")
    assert e.actor_span.text == "الآلاف"
    e = _one("واعتصم المئات تضامنا مع الأسرى المضربين.")
    assert e.actor_span.text == "المئات"


def test_who_acts_in_protest_is_the_subject_of_the_verb_opening_the_clause() -> None:
    # the body whose session is boycotted stands nearer "احتجاجا" but is the verb's object
    e = _one("وقاطع نواب المعارضة جلسة البرلمان أمس احتجاجا على قانون الانتخابات.")
    assert "المعارضة" in e.actor_span.text and "البرلمان" not in e.actor_span.text
    e = _one("وأغلق التجار أبواب السوق احتجاجا على الضرائب الجديدة.")
    assert e.actor_span.text == "التجار"


def test_a_march_held_or_joined_by_a_crowd_is_a_protest() -> None:
    e = _one("ونظم أنصار المعارضة أمس مسيرة حاشدة في وسط العاصمة.")
    assert "أنصار المعارضة" in e.actor_span.text
    e = _one("وشارك المئات في مسيرة ضد رفع أسعار الخبز.")
    assert e.actor_span.text == "المئات"
    # a course, a walk for a cause, or a march with no crowd nor anything protested is none
    assert not _occurring("وشارك رئيس الوزراء في مسيرة السلام منذ بدايتها.", "PROTEST")
    assert not _occurring("ونظمت البلدية مسيرة رياضية للتوعية بمرض السكري.", "PROTEST")
    assert not _occurring("وواصل اللاعب مسيرته مع النادي.", "PROTEST")
    # written for this test: joining a march is taking part in it
    e = _one("وانضم مئات العمال إلى مسيرة تطالب بزيادة الأجور.")
    assert e.actor_span.text == "العمال"
    assert not _occurring("وانضمت الشركة إلى مسيرة التحديث في القطاع.", "PROTEST")
    # one's own course, whatever stands before someone later in the sentence
    for verb in ("وانضم خلال مسيرته إلى ثلاثة أندية", "وشارك خلال مسيرته في ثلاث بطولات"):
        assert not _occurring(f"ويتقن اللاعب الهجوم من الأطراف {verb}، وكانت آخر مباراة له أمام فريق العاصمة.",
                              "PROTEST")


def test_a_stand_held_by_a_counted_crowd_is_a_protest_of_the_crowd() -> None:
    e = _one("ونظم نحو 200 محام وقفة أمام قصر العدل.")
    assert e.actor_span.text == "محام"  # who holds it, not read on into the stand
    assert not _occurring("وشارك الحجاج في وقفة عرفات.", "PROTEST")


def test_purpose_of_a_protest_after_a_long_list_of_places() -> None:
    e = _one("وتظاهر أمس مئات المزارعين في عدد من القرى الواقعة شمال البلاد، وفي ضواحي العاصمة، "
             "وفي مدن أخرى عديدة، احتجاجا على قرار الحكومة رفع أسعار الوقود.")
    assert e.target_span.text == "الحكومة"  # the decision's owner, past the places told first
    # a mark of another clause far on is not the protest's: the minister's words are his own
    e = _one("وتظاهر أمس مئات المزارعين في عدد من القرى الواقعة شمال البلاد، وفي ضواحي العاصمة، "
             "وفي مدن أخرى عديدة، وقال الوزير إن الحكومة ترفض الضغوط ضد قرارها.")
    assert e.target_span is None


def test_a_place_joined_to_places_after_a_locative_is_no_target() -> None:
    e = _one_among("وخرجت تظاهرات غاضبة في الموصل وتكريت والرمادي.",
                   {"الموصل": ("e1", "LOC"), "تكريت": ("e2", "LOC"), "الرمادي": ("e3", "LOC")})
    assert e.target is None and e.target_span is None


def test_the_side_a_demanded_act_falls_on_is_the_target() -> None:
    e = _one("واعتصم عشرات الموظفين أمام مبنى المحافظة مطالبين بإقالة مدير التربية.")
    assert e.target_span.text == "مدير التربية"
    e = _one("وتظاهر الآلاف في الساحة الرئيسية للمطالبة بمحاسبة المسؤولين عن الفساد.")
    assert e.target_span.text.startswith("المسؤولين")
    e = _one("وتظاهر المئات في المدينة للمطالبة بتحسين الخدمات.")
    assert e.target_span.text == "بتحسين الخدمات"  # an issue, no side: the act as a whole


def test_a_lack_protested_is_the_target() -> None:
    e = _one("وتظاهر مئات السكان أمس احتجاجا على عدم صرف رواتبهم منذ أشهر.")
    assert e.target_span.text.startswith("عدم صرف")


def test_a_protest_told_as_a_reaction_names_what_it_answers() -> None:
    e = _one("وتظاهر آلاف المواطنين في الشوارع كردة فعل على السياسات الفاشلة للحكومة.")
    assert e.target_span.text.startswith("السياسات الفاشلة")
    # a protest kept up names what it answers whole, with who does it, and not itself as who keeps it up
    e = _one("ويواصل المعتقلون إضرابهم عن الطعام ردا على الإجراءات التي تنفذها إدارة السجن بحقهم.")
    assert e.actor_span.text == "المعتقلون"
    assert e.target_span.text == "الإجراءات التي تنفذها إدارة السجن"


def test_the_people_a_protest_noun_names_protest() -> None:
    e = _one("وخرجت مظاهرات أنصار المعارضة في المدينة احتجاجا على نتائج الانتخابات.")
    assert e.actor_span.text == "أنصار المعارضة"
    e = _one("وخرجت مظاهرات الجمعة في المدينة.")
    assert e.actor_span is None  # a day is no people


def test_a_place_after_wasat_is_where() -> None:
    # "وسط" opens with و but is a locative, not a conjunction
    e = _one_among("وتجمع مئات المحتجين وسط الخرطوم.", {"الخرطوم": ("e1", "LOC")})
    assert e.target is None and e.target_span is None


def test_whom_a_demand_is_addressed_to_is_the_target() -> None:
    e = _one("وتظاهر العمال مطالبين الشركة بصرف رواتبهم المتأخرة.")
    assert e.target_span.text == "الشركة"  # not what is asked of it
    e = _one("وخرج المئات في مسيرة طالبوا فيها الحكومة بالتدخل.")
    assert e.target_span.text == "الحكومة"


def test_how_far_a_protest_reaches_is_no_target() -> None:
    e = _one("وامتدت المظاهرات من الموانئ حتى الأحياء الشمالية ضد غلاء الأسعار.")
    assert e.target_span.text.startswith("غلاء الأسعار")
    e = _one("وسار المتظاهرون حتى مقر الحكومة.")
    assert e.target_span.text == "الحكومة"  # a body's building after حتى: the body


def test_what_a_deplored_act_fell_on_is_not_the_target() -> None:
    # the mosque is what the attacks fell on; the embassy's country is what the protest faces
    e = _one_among("تظاهر عشرات الناشطين أمام السفارة الإسرائيلية في عمان احتجاجا على الاعتداءات على المسجد الأقصى.",
                   {"عمان": ("e1", "LOC"), "المسجد الأقصى": ("e2", "LOC")})
    assert e.target_span.text == "الإسرائيلية"


def test_a_place_after_inda_is_not_part_of_who_protests() -> None:
    e = _one("تظاهر مئات الفلسطينيين عند حاجز قلنديا ضد الاحتلال الإسرائيلي.")
    assert e.actor_span.text == "الفلسطينيين"


def test_who_carried_out_a_protest_named_past_its_adjective() -> None:
    e = _one("شهدت البلدة أمس مظاهرة كبيرة نفذها المئات تستنكر توقيف المدونين.")
    assert e.actor_span.text == "المئات"  # not the bloggers whose arrest is denounced


def test_subject_of_kana_described_at_length() -> None:
    e = _one("وكانت أسر عديدة مقيمة في حي الزهور شرق المدينة تظاهرت أمس مطالبة بالإفراج عن أبنائها.")
    assert e.actor_span.text.startswith("أسر")
    # a protest noun after كان ... شهدت is the object of the verb of witnessing, not its subject's act
    e = _one("وكانت الموانئ وبعض المصانع قد شهدت الشهر الماضي مظاهرات للعمال من أجل أجورهم.")
    assert e.actor_span is None or "عمال" in e.actor_span.text


def test_a_pronoun_is_never_the_target() -> None:
    e = _one("نظم العمال مسيرة طالبوا فيها برفع الأجور.")
    assert e.target_span is None or "فيها" not in e.target_span.text
    e = _one("تظاهر المئات من أنصار الرئيس المعزول مطالبين بعودته إلى الحكم.")
    assert e.target_span is None


def test_the_author_of_a_protested_issue_after_lam() -> None:
    e = _one("تظاهر مئات الطلاب في العاصمة احتجاجا على التصريحات المسيئة لعدد من الوزراء البريطانيين.")
    assert e.target_span.text.endswith("الوزراء البريطانيين")
    e = _one_among("خرج المئات إلى الشوارع احتجاجا على الزيارة المرتقبة للرئيس الأمريكي.",
                   {"رئيس الأمريكي": ("e1", "PER")})
    assert e.target_span.text.endswith("الأمريكي")
    # where a visit goes is no author
    e = _one_among("تظاهر الآلاف احتجاجا على زيارة الوزير للصين.", {"الصين": ("e1", "LOC")})
    assert "الصين" not in e.target_span.text


def test_a_side_ends_before_a_reason_or_a_time_of_its_clause() -> None:
    e = _one("تظاهر الطلاب احتجاجا على القرار للمرة الثانية.")
    assert e.target_span.text == "القرار"
    e = _one("تظاهر الطلاب احتجاجا على القرار لأنه يضر بهم.")
    assert e.target_span.text == "القرار"


def test_a_side_ends_before_the_protest_purpose() -> None:
    # a name read too far ("نادي الضباط للاحتجاج") stops before the purpose
    e = _one_among("احتشد الممرضون قرب نادي الفروسية للاحتجاج على تقليص المناوبات.",
                   {"نادي الفروسية للاحتجاج": ("e1", "ORG")})
    assert "للاحتجاج" not in e.target_span.text


def test_who_an_issue_is_for_is_not_its_author() -> None:
    e = _one("اعتصم العشرات قرب مكتب الجمعية للاحتجاج على وقف المنح للطلاب.")
    assert "للطلاب" not in e.target_span.text
    e = _one("اعتصم العمال احتجاجا على القرار الأخير للحكومة.")
    assert e.target_span.text.endswith("للحكومة")


def test_people_an_act_is_done_to_are_not_the_target() -> None:
    # the workers are who the demanded payment is for; the ministry is before whose building they stand
    e = _one_among("احتشد السائقون أمام مبنى وزارة النقل للمطالبة بتسديد أجور الموظفين.",
                   {"وزارة النقل": ("e1", "ORG")})
    assert e.target_span.text == "وزارة النقل"
    e = _one("شهدت بلدات كثيرة احتجاجات على تأخير رواتب المعلمين هذا الشهر.")
    assert e.target_span.text.startswith("تأخير")
    # with the act's object after ل, the genitive is who did it
    e = _one("خرجت مسيرات في القرى استنكارا لاقتلاع المستوطنين الإسرائيليين لأشجار الزيتون.")
    assert e.target_span.text.startswith("المستوطنين")


def test_a_place_described_or_spread_to_is_no_target() -> None:
    e = _one_among("احتشد مساء السبت عشرات المزارعين في مدينة الحلة مركز محافظة بابل.",
                   {"مدينة الحلة": ("e1", "LOC"), "محافظة بابل": ("e2", "LOC")})
    assert e.target_span is None
    e = _one_among("وامتدت الاعتصامات من الموصل إلى بلدات الشمال.", {"الموصل": ("e1", "LOC")})
    assert e.target_span is None
    # the place it spread to, after "إلى"
    e = _one_among("وامتدت الاعتصامات إلى كركوك.", {"كركوك": ("e1", "LOC")})
    assert e.target_span is None


def test_who_backs_a_protest_is_not_its_target() -> None:
    e = _one_among("اندلعت احتجاجات مدعومة من حزب الخضر في ثلاث ولايات.",
                   {"حزب الخضر": ("e1", "ORG")})
    assert e.target_span is None and e.actor_span.text == "حزب الخضر"


def test_who_did_what_was_done_in_protest_named_before_its_verb() -> None:
    e = _one("وقالت مصادر إن الوزير استقال احتجاجا على القرار.")
    assert e.actor_span.text == "الوزير"
    e = _one_among("وذكر موقع الهيئة أن سامي العلي استقال احتجاجا على دمج الإدارتين.",
                   {"سامي العلي": ("e1", "PER")})
    assert e.actor_span.text == "سامي العلي"
    e = _one("وبدأ الصيادون تحركا في عدة موانئ احتجاجا على ارتفاع أسعار الوقود.")
    assert e.actor_span.text == "الصيادون"  # a definite plural in the nominative after the verb
    # what is left, behind a preposition, is not who protests
    e = _one("وأعلن الحزب انسحابه من الحكومة احتجاجا على القانون.")
    assert e.actor_span is None or "الحكومة" not in e.actor_span.text


def test_the_people_a_protest_noun_names_by_nationality_or_who_leads_it() -> None:
    e = _one("تواصلت احتجاجات اللبنانيين شهرا كاملا احتجاجا على تراكم النفايات.")
    assert e.actor_span.text == "اللبنانيين"
    e = _one("أثار القرار احتجاجا واسعا قاده طلاب الجامعة.")
    assert e.actor_span.text == "طلاب الجامعة" and e.target_span is None


def test_a_thing_that_came_in_protest_is_no_protester() -> None:
    e = _one("وقالت الصحيفة إن القرار جاء احتجاجا على تصريحات الوزير.")
    assert e.actor_span is None or "القرار" not in e.actor_span.text


def test_joining_a_protest_past_a_long_count() -> None:
    e = _one("وشارك نحو عشرة آلاف شخص في تظاهرة ضد العولمة في مدينة جنوى.")
    assert e.actor_span.text == "شخص" and e.target_span.text == "العولمة"


def test_a_policy_protested_is_named_with_its_author() -> None:
    # "سياسة" elsewhere refers to acts told before; after a protest's mark it heads what is protested
    e = _one("ونظم المعلمون اعتصاما احتجاجا على سياسة وزير التربية.")
    assert e.target_span.text == "سياسة وزير التربية"
    e = _one("وخرج المئات في مسيرة احتجاجا على سياسة التقشف.")
    assert e.target_span.text == "سياسة التقشف"


def test_an_embassy_named_with_its_country() -> None:
    e = _one_among("وتجمع مئات المحتجين أمام سفارة الدنمارك في دمشق احتجاجا على نشر الرسوم.",
                   {"سفارة الدنمارك": ("e1", "ORG"), "دمشق": ("e2", "LOC")})
    assert e.target_span.text == "سفارة الدنمارك"


def test_a_counted_subject_after_a_place_and_a_time() -> None:
    e = _one("وتظاهر في بيروت أمس مئات من أنصار التيار الوطني الحر.")
    assert e.actor_span.text.startswith("أنصار التيار") and e.target_span is None


def test_a_definite_plural_takes_no_definite_genitive() -> None:
    e = _one("وأغلق مئات السائقين الطريق الرئيسي احتجاجا على رفع الرسوم.")
    assert e.actor_span.text == "السائقين"


def test_a_definite_genitive_closes_what_is_protested() -> None:
    e = _one("وخرجت مسيرات في عدة بلدات احتجاجا على قانون الضرائب شارك فيها عشرات الآلاف.")
    assert e.target_span.text == "قانون الضرائب"
    assert e.actor_span is not None and e.actor_span.text == "الآلاف"  # who took part, told past the purpose
    e = _one("وأضرب العمال احتجاجا على الإصلاحات الاقتصادية الحكومية.")
    assert e.target_span.text == "الإصلاحات الاقتصادية الحكومية"


def test_a_title_does_not_close_what_is_protested() -> None:
    e = _one("وتظاهر الطلاب احتجاجا على تعيين الشيخ عبد الله مفتيا.")
    assert "عبد" in e.target_span.text


def test_a_side_read_into_the_purpose_ends_before_it() -> None:
    # the tagger ran the club's name on into "للاحتجاج": the purpose opens what the protest is for
    e = _one_among("ونظم نادي الضباط للاحتجاج على القرار وقفة أمام الوزارة.",
                   {"نادي الضباط للاحتجاج": ("e1", "ORG")})
    assert e.actor_span.text == "نادي الضباط"


def test_a_demanded_release_is_the_act_with_who_is_released() -> None:
    e = _one("وقالت النقابة إن المظاهرة التي انطلقت أمس قرب البرلمان ضمت نحو ألف معلم "
             "للمطالبة بإطلاق سراح زملاء لهم معتقلين.")
    assert e.target_span.text == "إطلاق سراح زملاء لهم"


def test_people_named_with_their_owner_after_lam_hold_the_protest() -> None:
    # written for this test: "لسكانها" is a crowd noun with the pronoun of the town it belongs to
    from test_events_attack_grammar import _sides
    actor, _ = _sides("وشهدت البلدة أمس مظاهرة لسكانها المحاصرين منذ أشهر احتجاجا على نقص الغذاء.", "PROTEST", "مظاهرة")
    assert "سكانها" in actor


def test_a_definite_count_before_its_time_and_place_is_who_protests() -> None:
    # written for this test: the time after the count, then where ("وسط المدينة") is no side
    e = _one("واعتصم العشرات صباح أمس وسط المدينة القديمة احتجاجا على هدم المحال.")
    assert e.actor_span.text == "العشرات"
    assert e.target_span.text == "هدم المحال"
