"""A listed company named after the word for its share in a market report
(entities/share_companies). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixtures


def test_company_between_share_and_price(layer):  # noqa: F811
    doc = analysed(layer, "وصعد سهم النخبة القابضة 4.2 في المئة، لكن سهم رمال للتطوير والاستثمار هبط 3 في المئة.",
                   "2015-08-02")
    assert {"النخبة القابضة", "رمال للتطوير والاستثمار"} <= names(doc, "ORG")


def test_company_name_ends_before_a_report_word(layer):  # noqa: F811
    doc = analysed(layer, "وارتفع المؤشر مدعوما بسهم الخليجية للأسمنت ذي الثقل في السوق.", "2015-08-02")
    assert "الخليجية للأسمنت" in names(doc, "ORG")


def test_counted_and_generic_shares_name_no_company(layer):  # noqa: F811
    doc = analysed(layer, "وبلغ عدد الأسهم المتداولة 265 مليون سهم متداول، وتراجع سهم الشركة 3 في المائة.",
                   "2015-08-02")
    assert not names(doc, "ORG") & {"متداول", "الشركة"}
