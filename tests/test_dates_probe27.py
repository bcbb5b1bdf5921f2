"""Dates: a kind found on develop2 errors of several sets (train8, train7, fresh4, extra) and on
unlabelled articles (session 27): "اليوم" of these days after a pronoun of the third person, after
"العالم", or after "as we know it".

Sentences written for these tests (published Monday 2022-02-14)."""

from __future__ import annotations

from date_fixtures import found, layer  # noqa: F401


def test_today_after_a_pronoun_is_these_days(layer):  # noqa: F811
    assert found(layer, "كانت القرية مهجورة قبل عقدين، وهي اليوم تستقبل آلاف الزوار كل صيف.") == []
    assert found(layer, "بدأ لاعبا في الحي، وها هو اليوم يقود المنتخب في البطولات الكبرى.") == []
    assert found(layer, "عانت الشركة خسائر متتالية، فهي اليوم أكبر مصدر للتمور في المنطقة.") == []


def test_today_of_the_world_and_as_we_know_it_is_these_days(layer):  # noqa: F811
    assert found(layer, "ويرى الباحث أن العالم اليوم يواجه أزمة غذاء غير مسبوقة.") == []
    assert found(layer, "ولم تكن المدينة كما نعرفها اليوم قبل اكتشاف النفط.") == []


def test_today_of_news_stays(layer):  # noqa: F811
    assert found(layer, "ويصل اليوم وفد الشركة إلى الرياض.") == [("اليوم", "2022-02-14")]
    assert found(layer, "وقال الوزير إنه سيلتقي اليوم نظيره الفرنسي.") == [("اليوم", "2022-02-14")]
    assert found(layer, "وأعلنت الشركة اليوم نتائجها المالية.") == [("اليوم", "2022-02-14")]
    # "the day" after a pronoun is not today either way
    assert found(layer, "وهو اليوم الذي تحتفل فيه المدينة بعيدها.") == []


def test_the_night_between_two_weekdays_is_one_date(layer):  # noqa: F811
    # the night of the first day; midnight opens the second
    assert found(layer, "وصادق المجلس ليل الخميس - الجمعة على الميزانية الجديدة.") == [
        ("ليل الخميس - الجمعة", "2022-02-10")]
    assert found(layer, "واندلعت الاشتباكات بعد منتصف ليل الجمعة/السبت في الضواحي.") == [
        ("منتصف ليل الجمعة/السبت", "2022-02-12")]
    # in a paper of a Monday the night of Monday to Tuesday gone by is the week before
    assert found(layer, "وأغلقت الشرطة الطريق ليل الاثنين الثلاثاء بعد الحادث.") == [
        ("ليل الاثنين الثلاثاء", "2022-02-07")]
    assert found(layer, "ويبدأ وقف النار منتصف ليل الثلاثاء - الأربعاء المقبل.") == [
        ("منتصف ليل الثلاثاء - الأربعاء المقبل", "2022-02-16")]


def test_two_weekdays_listed_or_apart_stay_two_dates(layer):  # noqa: F811
    assert found(layer, "ويقام المعرض يومي الخميس والجمعة في الرياض.") != []
    assert len(found(layer, "ويقام المعرض يومي الخميس والجمعة في الرياض.")) == 2
    # days that do not follow each other are no night
    assert len(found(layer, "وتعقد الجلسات ليل الخميس - السبت في القاعة.")) == 2


def test_a_plain_day_stands_for_the_night_it_ends(layer):  # noqa: F811
    s = "واستمرت الاشتباكات إلى ما بعد منتصف ليل الأحد - الاثنين. وقالت الشرطة إنها اعتقلت أمس الاثنين عشرة مسلحين."
    assert found(layer, s, "2022-02-15") == [("أمس الاثنين", "2022-02-14")]
    s = "واعتقلت الشرطة أمس عشرة مسلحين بعد اشتباكات استمرت حتى منتصف ليل الأحد - الاثنين."
    assert found(layer, s, "2022-02-15") == [("أمس", "2022-02-14")]
    # the middle of a month is no night: its longest wording still stands for it
    s = "وتراجعت المبيعات في منتصف أيار (مايو) الماضي، ثم عدلت مبيعات أيار (مايو) الماضي لاحقا."
    assert found(layer, s, "2022-07-15") == [("منتصف أيار (مايو) الماضي", "2022-05")]


def test_two_years_joined_by_a_dash_are_one_period(layer):  # noqa: F811
    assert found(layer, "وارتفعت الإيرادات في العام المالي 2018 - 2019 بنسبة عشرة في المئة.") == [
        ("2018 - 2019", "2018")]
    assert found(layer, "وحكم الرئيس البلاد (1970-1981) بقبضة من حديد.") == [("1970-1981", "1970")]
    assert found(layer, "وتنفذ الوزارة خطتها الخمسية في الفترة 2020 – 2024م.") == [("2020 – 2024م", "2020")]
    # joined by words the two years stay two dates; a later year first is no period
    assert found(layer, "وتضاعف العدد بين عامي 2006 و2010.") == [("عامي 2006", "2006"), ("2010", "2010")]
    assert len(found(layer, "وفي العام 2016 - 2015 تراجعت المبيعات.")) == 2
