"""The days of the two feasts as dates (`marsad.layers.dates.feasts`), found on unlabelled news of
the days after Eid al-Fitr: "أول أيام عيد الفطر", "ثاني أيام العيد", "يوم عيد الأضحى". Published on
Monday 14 February 2022 (13 Rajab 1443): the last Eid al-Fitr fell on 13 May 2021, the last Eid
al-Adha on 20 July 2021, the next ones on 2 May and 9 July 2022."""

from __future__ import annotations

import pytest

from date_fixtures import found, layer  # noqa: F401 - pytest fixture


@pytest.mark.parametrize(("text", "expected"), [
    # a day of a feast gone by, named by its place in the feast
    ("وازدحمت الحدائق العامة بالزوار منذ أول أيام عيد الفطر المبارك.", [("أول أيام عيد الفطر", "2021-05-13")]),
    ("وأقامت البلدية حفلا للأطفال في ثاني أيام عيد الفطر على الواجهة البحرية.",
     [("ثاني أيام عيد الفطر", "2021-05-14")]),
    # "العيد" alone: the nearer feast gone by (Eid al-Adha of July)
    ("وأعلن المستشفى أنه استقبل عشرات الحالات في ثاني أيام العيد.", [("ثاني أيام العيد", "2021-07-21")]),
    ("وسافرت العائلة إلى أبها صباح يوم عيد الأضحى.", [("صباح يوم عيد الأضحى", "2021-07-20")]),
    # announced with a future verb: the coming feast
    ("وستقام العروض الشعبية في ثاني أيام عيد الأضحى بساحة المهرجان.", [("ثاني أيام عيد الأضحى", "2022-07-10")]),
    # a feast of every year, another feast, a prayer, the bare "يوم العيد" of a feature: no date
    ("وتقام العرضة يوم عيد الفطر من كل عام.", []),
    ("ويحتفل الأهالي في أول أيام العيد الوطني بالألعاب النارية.", []),
    ("وأدى المصلون صلاة العيد في الجامع الكبير.", []),
    ("وتحرص الأمهات على إعداد الحلوى الشعبية صباح يوم العيد.", []),
    # a custom or a piece of advice in the sentence: every year's feast, no date
    ("واعتاد سكان القرية استقبال أول أيام عيد الفطر بإفطار جماعي في الساحة.", []),
    ("وينصح الأطباء المرضى بتجنب الحلويات الدسمة في أول أيام العيد.", []),
    ("وهو طبق تحرص الأسر على تقديمه صباح يوم عيد الأضحى.", []),
    # ... but only in its own sentence
    ("واعتاد الفريق الفوز على أرضه. وأقيم الحفل في ثاني أيام العيد.", [("ثاني أيام العيد", "2021-07-21")]),
])
def test_days_of_the_feasts(layer, text, expected):
    assert found(layer, text) == expected
