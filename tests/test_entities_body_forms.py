"""One body named in several forms in an article: with and without a unit word before it, with and
without a country adjective after it, with its head word the tagger left out. Sentences written for
these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, ner_layer, span_candidate  # noqa: F401 - pytest fixtures
from marsad.arabic.tokens import tokenize
from marsad.layers.entities.left_heads import extend_left_head


def test_a_proper_name_drops_the_country_adjective(layer):
    assert layer._without_country_adjective("جامعة أكسفورد البريطانية") == "جامعة أكسفورد"
    assert layer._without_country_adjective("بنك ناتيكسيس الفرنسي") == "بنك ناتيكسيس"


def test_an_ordinary_or_a_country_complement_keeps_it(layer):
    assert layer._without_country_adjective("وزارة الخارجية الأمريكية") == "وزارة الخارجية الأمريكية"
    assert layer._without_country_adjective("شركة نفط الكويتية") == "شركة نفط الكويتية"
    assert layer._without_country_adjective("سفارة قطر الأمريكية") == "سفارة قطر الأمريكية"


def _entities_with(doc, form: str) -> list:
    return [e for e in doc.entities if any(m.text == form for m in e.mentions)]


def test_a_unit_word_before_a_body_of_the_article_is_that_body(ner_layer):
    text = ("أحبطت دوريات حرس الحدود في المنطقة الشمالية محاولة تهريب، وأوضح المتحدث باسم قيادة حرس "
            "الحدود أن المهربين أوقفوا.")
    doc = analysed(ner_layer, text, "2015-08-01")
    holders = _entities_with(doc, "حرس الحدود")
    assert len(holders) == 1
    assert "قيادة حرس الحدود" not in {e.name for e in doc.entities if e not in holders}


def test_two_ministries_with_one_head_stay_apart(ner_layer):
    text = "وقالت وزارة الداخلية إن الحادث قيد التحقيق، فيما أعلنت وزارة الخارجية استدعاء السفير."
    doc = analysed(ner_layer, text, "2015-08-01")
    assert len(_entities_with(doc, "وزارة الداخلية")) == 1
    assert _entities_with(doc, "وزارة الداخلية") != _entities_with(doc, "وزارة الخارجية")


def _extended(text: str, span: str) -> str:
    tokens = tokenize(text)
    c = span_candidate(text, tokens, span, "ORG")
    extend_left_head(c, tokens, text, set())
    return text[c.start : c.end]


def test_the_head_word_left_out_starts_the_name():
    assert _extended("ونشرت وكالة ناسا صورا جديدة للكوكب", "ناسا") == "وكالة ناسا"
    assert _extended("قدم الوفد طلبا للمجلس الأولمبي الآسيوي أمس", "الأولمبي الآسيوي") == "مجلس الأولمبي الآسيوي"
    assert _extended("التقى رئيس الاتحاد الدولي للسباحة", "الدولي للسباحة") == "الاتحاد الدولي للسباحة"


def test_a_definite_head_before_a_name_that_is_no_adjective_stays_out():
    assert _extended("وقالت المؤسسة أرامكو إن الإنتاج ارتفع", "أرامكو") == "أرامكو"
    assert _extended("وقال رئيس إدارة الجوازات إن العمل مستمر", "الجوازات") == "الجوازات"


def test_an_ordinary_word_named_as_a_body_in_quote_marks(layer):
    text = "وأعلنت الشركة في إفصاح على «تداول» أمس عن أرباحها، وارتفع حجم تداول الأسهم في الجلسة."
    doc = analysed(layer, text, "2015-08-01")
    found = [e for e in doc.entities if e.kb == "marsad:org/tadawul"]
    assert len(found) == 1 and [m.text for m in found[0].mentions] == ["تداول"]


def test_the_website_cue_names_the_body_and_plain_trading_stays_a_word(layer):
    doc = analysed(layer, "ونشرت الشركة قوائمها المالية على موقع تداول مساء الأحد.", "2015-08-01")
    assert any(e.kb == "marsad:org/tadawul" for e in doc.entities)
    doc = analysed(layer, "وبلغت قيمة تداول الأسهم في نهاية تداول يوم الخميس مليار ريال.", "2015-08-01")
    assert not any(e.kb == "marsad:org/tadawul" for e in doc.entities)


def test_a_broken_plural_body_and_its_feminine_country_adjective(layer):
    doc = analysed(layer, "وضبطت الجمارك الأردنية شحنة مخدرات، فيما ألغت الخطوط الكويتية رحلتين.", "2015-08-01")
    orgs = {m.text for e in doc.entities if e.type == "ORG" for m in e.mentions}
    assert {"الجمارك الأردنية", "الخطوط الكويتية"} <= orgs


def test_a_plural_with_an_adjective_of_another_kind_is_no_body(layer):
    doc = analysed(layer, "وقطعت القوات خطوط الإمداد الرئيسية وشددت الرقابة على الجمارك البرية.", "2015-08-01")
    assert not [e for e in doc.entities if e.type == "ORG"]


def test_a_quoted_share_names_its_company_without_the_word(layer):
    text = "وتصدر سهم «الأسمدة العربية» الارتفاعات بنسبة 4 في المائة، تلاه سهم \"مطاحن\" بنسبة 2 في المائة."
    doc = analysed(layer, text, "2015-08-01")
    orgs = {e.name for e in doc.entities if e.type == "ORG"}
    assert {"الأسمدة العربية", "مطاحن"} <= orgs


def test_shares_of_a_sector_are_no_company(layer):
    doc = analysed(layer, "وتراجعت أسهم «البتروكيماويات» في ختام تعاملات الأسبوع.", "2015-08-01")
    assert not [e for e in doc.entities if e.type == "ORG"]
