"""Protests found and their sides (events/protest_occurrences.py and the protest modules it works
with), on sentences written for these tests, with no entities: the sides are common nouns
(unnamed mode)."""

from __future__ import annotations

from event_fixtures import occurring_protests as _protests


def test_a_definite_protest_noun_after_a_verb_of_taking_place_reports_it() -> None:
    assert len(_protests("وجرت التظاهرة في أجواء هادئة وسط انتشار أمني كثيف.")) == 1
    assert len(_protests("وانتهى الاعتصام مساء أمس دون حوادث تذكر.")) == 1
    # a subordinate clause tells the time of another event; other nouns are no protest
    assert not _protests("وبعد أن جرت التظاهرة عاد المشاركون إلى منازلهم.")
    assert not _protests("وجرت الانتخابات في موعدها المحدد.")


def test_a_counted_crowd_going_out_chanting_protests() -> None:
    ((actor, target),) = _protests("وخرج مئات الطلاب من جامعة القاهرة مرددين هتافات تطالب برحيل الوزير.")
    assert actor == "الطلاب" and target == "الوزير"
    assert len(_protests("خرج الآلاف من سكان البلدة أمس إلى الساحة رافعين شعارات ضد الغلاء.")) == 1
    # one person going out with a banner is no crowd
    assert not _protests("وخرج الرجل من منزله حاملين لافتات.")


def test_a_second_clause_opened_by_fima_has_its_own_subject() -> None:
    got = _protests("وتظاهر آلاف العمال في باريس، فيما أضرب سائقو القطارات في ليون.")
    assert [a for a, _ in got] == ["العمال", "سائقو القطارات"]


def test_protests_a_cause_set_off_took_place() -> None:
    assert _protests("وأثار القرار احتجاجات واسعة في المدينة.") == [(None, None)]
    assert len(_protests("وأدى ارتفاع الأسعار إلى مظاهرات في عدة مدن.")) == 1
    assert len(_protests("وأثارت الزيارة موجة احتجاجات في الجامعات.")) == 1
    # who protests is named after the protests; the cause's subject is not its side
    assert _protests("ما أثار احتجاجات من المزارعين ضد وزارة الزراعة.") == [("المزارعين", "وزارة الزراعة")]
    assert _protests("وأثار القانون احتجاجات عنيفة على مدى أسابيع.") == [(None, None)]
    # feared or called for, or told as the time of something else: no protest
    assert not _protests("وأثار القرار مخاوف من احتجاجات في المدينة.")
    assert not _protests("مما أدى إلى مواجهة بعد احتجاجات في الحي.")


def test_protesters_who_objected_on_a_day_protested() -> None:
    got = _protests("وفرقت الشرطة المتظاهرين الذين احتجوا أمس على قرار الحكومة.")
    assert got and got[0][0] == "المتظاهرين"


def test_a_protest_entering_its_nth_day_is_going_on() -> None:
    assert _protests("ودخل إضراب عمال المناجم يومه الخامس.") == [("عمال المناجم", None)]
    assert len(_protests("ويدخل اعتصام المعلمين أمام الوزارة أسبوعه الثاني.")) == 1
    assert not _protests("ودخل الوزير مكتبه يومه الأول.")


def test_a_relative_clause_telling_the_day_reports_a_definite_protest() -> None:
    assert _protests("وفرقت الشرطة الاعتصام الذي نظمه العمال أمس أمام المصنع.") == [("العمال", "المصنع")]
    # the main clause's subject is not who protests
    assert _protests("وقالت الشرطة إن المظاهرة التي انطلقت صباح الأحد قرب البرلمان كانت سلمية.") == [(None, None)]
    assert not _protests("وتحدث الكاتب عن المظاهرات التي شهدتها البلاد قبل عشرين عاما.")


def test_an_issue_of_a_side_outranks_the_embassy_the_protest_stands_at() -> None:
    got = _protests("وتظاهر العشرات أمام السفارة الفرنسية ضد تصريحات الرئيس الفرنسي.")
    assert got == [("العشرات", "تصريحات الرئيس الفرنسي")]
    # an issue of no side leaves the body whose building it is
    assert _protests("واحتشد المئات أمام مقر الحكومة احتجاجا على رفع الأسعار.")[0][1] == "الحكومة"


def test_a_relative_clause_protest_told_with_its_date_is_reported() -> None:
    got = _protests("وأثار ذلك غضب العلمانيين الذين تظاهروا بكثافة (نحو مليون متظاهر) في 14 نيسان في أنقرة.")
    assert got and got[0][0] == "العلمانيين"
    # the antecedent protests, not the number of the street after the verb
    got = _protests("وأعدم التنظيم نحو 50 شخصا من أهالي المدينة الذين تظاهروا في شارع 40 يوم الجمعة.")
    assert got and got[0][0] == "أهالي المدينة"
    assert not _protests("وقال إن العمال الذين أضربوا في الماضي لم يحصلوا على شيء.")


def test_whose_protest_after_its_noun_not_whom_it_backs() -> None:
    assert _protests("وخرجت مظاهرة حاشدة لأنصار المعارضة في العاصمة.")[0][0].endswith("أنصار المعارضة")
    assert _protests("وأدى رفضها إلى تظاهرات مؤيدة للأكراد في جنوب البلاد.") == [(None, None)]


def test_a_protest_a_counted_crowd_joined_took_place() -> None:
    got = _protests("وأحرجت التظاهرات التي شارك فيها مئات الطلاب أمام القاعة إدارة الجامعة.")
    assert got and got[0][0] == "الطلاب"
    assert not _protests("وتحدث عن التظاهرات التي شارك فيها والده قبل سنوات.")


def test_one_march_done_or_kept_up_is_a_protest_only_with_a_protest_cue() -> None:
    # a team's walk, a newspaper's career: no protester, nothing it is against
    assert not _protests("وقام فريق الكشافة أمس بمسيرة إلى الحديقة العامة وسط الأمطار.")
    assert not _protests("ونأمل أن تواصل المجلة مسيرتها المتميزة في خدمة القراء.")
    # protesters marching, a march against something, a march told as a protest
    assert len(_protests("وواصل المحتجون مسيرتهم نحو مقر البرلمان.")) == 1
    assert len(_protests("وقام العمال أمس بمسيرة احتجاجا على تأخر رواتبهم.")) == 1
    assert len(_protests("وقام مئات العمال أمس بمسيرة احتجاجية أمام مقر الشركة.")) == 1
