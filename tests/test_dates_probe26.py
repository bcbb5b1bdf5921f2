"""Dates: kinds found on develop2 errors and unlabelled articles (session 26): "the two" described
by a dual adjective, "اليوم" of these days or of the day told of, the "آب" of "واتس آب", the
second name of a month pair whose first was refused, a month pair written with a backslash, and a
span of years after its noun followed by a word of quantity.

Sentences written for these tests (published Monday 2022-02-14)."""

from __future__ import annotations

from date_fixtures import found, layer  # noqa: F401


def test_the_two_described_by_a_dual_adjective_is_no_monday(layer):  # noqa: F811
    assert found(layer, "وأسعف الهلال الأحمر ثلاثة مصابين بينما رفض الاثنين الآخرين النقل.") == []
    assert found(layer, "وأوضح المتحدث أن الاثنين المقبوض عليهما اعترفا بالتهريب.") == []
    assert found(layer, "ونقلت جثث المتوفين الاثنين الموجودين في المستشفى إلى ذويهم.") == []
    # the modifiers of two days are no adjectives of "the two"
    assert found(layer, "تعقد اللجنة اجتماعها يومي الأحد والاثنين المقبلين.") == [
        ("الأحد", "2022-02-20"), ("الاثنين المقبلين", "2022-02-21")]
    assert found(layer, "ويصل المنتخب إلى جدة الاثنين المقبل.") == [("الاثنين المقبل", "2022-02-21")]


def test_today_of_these_days_or_of_the_day_told_of(layer):  # noqa: F811
    assert found(layer, "ولا تزال ذكرى ذاك اليوم الجميل حاضرة في أذهان الأهالي.") == []
    assert found(layer, "وتلك هي المسافة بين أحلام الأمس وواقع اليوم المرير.") == []
    assert found(layer, "حديثي اليوم عن الصبر على الغربة.") == []
    assert found(layer, "ويرى المحلل أن ما يحصل اليوم في الأسواق مبالغ فيه.") == []
    assert found(layer, "وأصبحت الشركة التي تمتلك اليوم أربعين فرعا أكبر مصدر للتمور.") == []
    assert found(layer, "ويطالب الملاك بالبيوت التي يسكنها اليوم غرباء.") == []
    # the day itself stays
    assert found(layer, "ويصل اليوم وفد الشركة إلى الرياض.") == [("اليوم", "2022-02-14")]
    assert found(layer, "وقال الوزير إن ما حدث اليوم لن يتكرر.") == [("اليوم", "2022-02-14")]


def test_the_month_of_whatsapp_is_no_august(layer):  # noqa: F811
    assert found(layer, "مزايا جديدة لهاتفك بعد تحديث واتس آب القادم") == []
    assert found(layer, "وأرسل الطلاب صورهم عبر الواتس آب المخصص للمدرسة.") == []
    assert found(layer, "ويطلق التطبيق خدمته في آب المقبل.") == [("آب المقبل", "2022-08")]


def test_the_other_name_of_a_refused_month_is_no_date(layer):  # noqa: F811
    assert found(layer, "وتدهورت العلاقات منذ ثورة 30 يونيو (حزيران) في مصر.") == []
    assert found(layer, "ووصل الوفد في 30 يونيو (حزيران) إلى القاهرة.") == [("30 يونيو (حزيران)", "2021-06-30")]
    assert found(layer, "والتقى الطرفان في يونيو (حزيران) الماضي.") == [("يونيو (حزيران) الماضي", "2021-06")]


def test_a_month_pair_written_with_a_backslash_is_one_date(layer):  # noqa: F811
    assert found(layer, "واستحوذت الشركة على التطبيق في شباط\\فبراير 2014 بصفقة ضخمة.") == [
        ("شباط\\فبراير 2014", "2014-02")]


def test_a_span_of_years_after_its_noun_before_a_word_of_quantity(layer):  # noqa: F811
    # one period by its two ends, valued by its start (session 27: the annotators list it as one item)
    assert found(layer, "وتضاعفت أسعار الأراضي خلال الفترة 2011 - 2014 عدة أضعاف.") == [
        ("2011 - 2014", "2011")]
    # a count of things after the span: an amount
    assert found(layer, "بلغ عدد الزوار 2011 - 2014 زائرا.") == []


def test_a_weekday_after_bi_without_yawm_is_a_place(layer):  # noqa: F811
    assert found(layer, "وهطلت أمطار غزيرة على مركز الصناعية بالخميس وحي الراقي.") == []
    assert found(layer, "واحتفل الأهالي بيوم الخميس الماضي بالعيد.") == [("يوم الخميس الماضي", "2022-02-10")]


def test_a_day_or_month_of_every_year_is_no_date(layer):  # noqa: F811
    assert found(layer, "ويلتقي خبراء الاقتصاد في يوليو (تموز) من كل عام في جنيف.") == []
    assert found(layer, "وتنتهي السنة المالية للأندية في نهاية شهر يونيو من كل سنة.") == []
    # the dates coordinated before it are of every year too
    assert found(layer, "ويمنع العمل تحت الشمس من 15 يونيو وحتى 15 سبتمبر من كل عام.") == []
    assert found(layer, "وتصرف الأرباح في العاشر من مارس والعاشر من سبتمبر من كل عام.") == []
    # a date of its own before another sentence part stays
    assert found(layer, "زار الوفد الرياض في 5 فبراير ويعود إليها في يوليو من كل عام.") == [
        ("5 فبراير", "2022-02-05")]


def test_lamasa_touched_is_no_yesterday(layer):  # noqa: F811
    assert found(layer, "وارتفع المؤشر بعد أن لامس 98 نقطة في التعاملات المبكرة.") == []
    assert found(layer, "وقع اللاعب العقد بمبلغ لامس حاجز الخمسين مليونا.") == []
    assert found(layer, "وعاد الوفد أمس إلى الرياض.") == [("أمس", "2022-02-13")]


def test_ghadan_after_a_present_verb_is_tomorrow(layer):  # noqa: F811
    assert found(layer, "وتنطلق غدا الدورة الثانية من البطولة.") == [("غدا", "2022-02-15")]
    assert found(layer, "ويصادف غدا الذكرى الأولى لافتتاح الجسر.") == [("غدا", "2022-02-15")]
    # the verb "became" keeps its reading
    assert found(layer, "وهكذا غدا الحلم حقيقة.") == []
    assert found(layer, "وقد غدا الخطر أكبر من قبل.") == []


def test_today_after_what_or_who_and_a_present_verb_is_these_days(layer):  # noqa: F811
    assert found(layer, "وما يعانيه أهل المدينة اليوم أكبر من كل وصف.") == []
    assert found(layer, "ويقع الموقع في ما يعرف اليوم بحي الشهداء.") == []
    assert found(layer, "لأن من يقرأ الرواية اليوم يجد فيها صورة المجتمع.") == []
    # a past auxiliary, or a verb without ما/من, tells of the day
    assert found(layer, "وكان ما تم عرضه اليوم ثمرة تدريب طويل.") == [("اليوم", "2022-02-14")]
    assert found(layer, "ويعقد المجلس اجتماعه اليوم في الرياض.") == [("اليوم", "2022-02-14")]


def test_a_season_over_two_years_after_its_noun(layer):  # noqa: F811
    assert found(layer, "ويتطلع الفريق إلى لقب الدوري لموسم 2021-2022 نتيجة صفقاته الجديدة.") == [
        ("2021-2022", "2021")]
