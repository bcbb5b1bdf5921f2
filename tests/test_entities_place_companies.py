"""Companies named after a place in market news: one ORG, no place inside (issue ent3).
Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixtures


def _run(layer, text):
    doc = analysed(layer, text, "2015-08-10")
    return names(doc, "ORG"), names(doc, "LOC")


def test_a_company_word_a_place_and_its_trade(layer):
    orgs, places = _run(layer, "وتراجع سهم شركة البحرين للتأمين بنسبة 2 في المائة.")
    assert "شركة البحرين للتأمين" in orgs
    assert "البحرين" not in places


def test_a_stock_word_is_no_part_of_the_name(layer):
    orgs, places = _run(layer, "وارتفع سهم الكويت الوطني بنسبة 1.2 في المائة.")
    assert "الكويت الوطني" in orgs
    assert "الكويت" not in places


def test_a_trade_word_before_the_place(layer):
    orgs, places = _run(layer, "وحققت أسمنت الرياض أرباحا أعلى، وصعد سهم صناعات قطر.")
    assert {"أسمنت الرياض", "صناعات قطر"} <= orgs
    assert not places & {"الرياض", "قطر"}


def test_a_trade_only_a_company_has_needs_no_company_word(layer):
    orgs, places = _run(layer, "وتصدرت الأسهم المرتفعة البنوك والإمارات للاتصالات المتكاملة.")
    assert "الإمارات للاتصالات المتكاملة" in orgs


def test_a_journey_for_a_purpose_stays_a_place(layer):
    orgs, places = _run(layer, "وسافر الوفد إلى تركيا للسياحة، وعادت الأسهم السعودية للتداول.")
    assert "تركيا" in places
    assert not any(o.startswith(("تركيا", "السعودية")) for o in orgs)


def test_the_trade_ends_before_a_purpose(layer):
    orgs, _ = _run(layer, "وتسعى شركة جدة للاستثمار والسياحة لتعزيز التعاون مع الجهات.")
    assert "شركة جدة للاستثمار والسياحة" in orgs


def test_a_list_of_companies_is_no_one_name(layer):
    orgs, _ = _run(layer, "وتصدرت الارتفاع أسهم شركات الكويت للتموين والإنماء والخدمات الأرضية.")
    assert "الكويت للتموين" in orgs
    assert not any("الإنماء" in o for o in orgs)


def test_where_shares_went_is_no_trade(layer):
    orgs, places = _run(layer, "بيانات ضعيفة تدفع أسهم أوروبا للهبوط مجددا.")
    assert not any(o.startswith("أوروبا") for o in orgs)


def test_the_definite_company_word_keeps_its_article(layer):
    orgs, _ = _run(layer, "وارتفعت أرباح المجموعة السعودية للاستثمار الصناعي الشركة الأم للمصافي.")
    assert "المجموعة السعودية للاستثمار الصناعي" in orgs
