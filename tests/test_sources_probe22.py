"""Sources layer: kinds found on a probe of unlabelled articles of several outlets (kept-aside
outlets included): a country's masculine adjective after an outlet word names no outlet, a body's
official channel is no outlet, and outlets the KB lists since (a tech news portal cited without an
outlet word, a tabloid spelled with "دا", a Russian agency by its short name after "وكالة").

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from source_fixtures import names, run


def test_a_masculine_country_adjective_after_an_outlet_word_names_no_outlet():
    assert names(run("وقال الممثل في برنامج حواري على تلفزيون روسي إنه سيعتزل قريبا.")) == []
    assert names(run("وذكر موقع بريطاني متخصص أن الهاتف سيطرح في الخريف.")) == []
    # a name ending like an adjective is still a name
    assert names(run("وقالت قناة دبي إن الحفل سيقام مساء الغد.")) == ["دبي"]


def test_an_official_channel_of_a_body_is_no_outlet():
    assert names(run("وأعلن الاتحاد عبر القناة الرسمية للاتحاد أن المدرب جدد عقده.")) == []
    assert names(run("وبثت الإذاعة الرسمية للجامعة أن التسجيل يبدأ الأحد.")) == []
    # state television named by its country is an outlet
    assert names(run("ونقل التلفزيون الرسمي اليمني عن مصدر عسكري أن القصف توقف.")) == ["التلفزيون الرسمي اليمني"]


def test_outlets_the_kb_lists():
    assert names(run("ويأتي الجهاز بشاشة كبيرة بحسب البوابة العربية للأخبار التقنية.")) == [
        "البوابة العربية للأخبار التقنية"]
    assert names(run("ووصفت صحيفة دايلي ستار انتقال المهاجم بأنه صفقة الموسم.")) == ["دايلي ستار"]
    assert names(run("وقال المتحدث لوكالة ريا إن الزيارة ستتم الشهر المقبل.")) == ["وكالة ريا"]
