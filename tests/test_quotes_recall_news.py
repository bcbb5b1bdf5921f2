"""Quotes layer: statements missed on unlabelled news (names with a particle, modal openers,
a surname after a homograph verb).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, person, quote_with, run, texts


def test_a_dutch_name_particle_is_no_consequence_clause():
    body = "وقال فان دن برخ إن المساعدات ستصل إلى المدينة خلال الأيام القليلة المقبلة."
    doc = run(make_doc(body, ents=[person("دن برخ")]))
    assert quote_with(doc, "المساعدات ستصل").text.startswith("إن المساعدات")


def test_fan_without_hamza_before_a_place_still_answers():
    body = "وإذا تأخر التمويل، فان المملكة ستتولى تنفيذ المشروع بنفسها كما قال الوزير."
    doc = run(make_doc(body, ents=[("LOC", "المملكة", [("المملكة", "name")])]))
    assert not any(t.startswith("المملكة ستتولى") for t in texts(doc))


def test_a_modal_after_the_subject_opens_the_statement():
    body = "وقال الوزير خالد العمر يجب أن نعمل معا لحماية البيئة في المنطقة."
    doc = run(make_doc(body, ents=[person("خالد العمر")]))
    q = quote_with(doc, "نعمل معا")
    assert q.text.startswith("يجب أن") and q.speaker.text == "خالد العمر"


def test_a_modal_with_no_complementiser_after_a_title():
    body = "وقال مدير الشرطة ينبغي على السائقين الالتزام بالسرعة المحددة على الطريق الدائري."
    doc = run(make_doc(body))
    assert quote_with(doc, "الالتزام بالسرعة").text.startswith("ينبغي على")


def test_an_opener_swallowed_by_the_subject_is_cut_off_it():
    body = "وقال المتحدث الرسمي لا شك أن الإجراءات الجديدة ستحد من المخالفات المرورية."
    doc = run(make_doc(body))
    q = quote_with(doc, "الإجراءات الجديدة")
    assert q.text.startswith("لا شك أن") and q.speaker.text == "المتحدث الرسمي"


def test_a_surname_after_a_homograph_verb_then_the_clause():
    body = "وتابع العتيبي أن فرق الإنقاذ وصلت إلى موقع الحادث بعد دقائق من البلاغ."
    doc = run(make_doc(body))
    q = quote_with(doc, "فرق الإنقاذ وصلت")
    assert q.speaker.text == "العتيبي"


def test_between_two_members_is_still_a_preposition():
    body = "وتتراوح أعمار المشاركين بين العشرين والثلاثين عاما في جميع الفئات المشاركة."
    assert texts(run(make_doc(body))) == []


def test_a_relative_clause_set_off_by_commas_is_skipped_before_the_preposition():
    body = "ودعت منظمة العفو الدولية، التي يصفها مسؤولون حكوميون بأنها منحازة، إلى الإفراج الفوري عن جميع المعتقلين."
    doc = run(make_doc(body, ents=[("ORG", "منظمة العفو الدولية", [("منظمة العفو الدولية", "name")])]))
    assert quote_with(doc, "الإفراج الفوري").text.startswith("إلى الإفراج")


def test_a_relative_clause_with_its_own_clause_before_the_verbs_clause():
    body = "وقال المتحدث، الذي أكد أن التحقيقات مستمرة منذ أسابيع، إن الجناة سيحاسبون أمام القضاء قريبا."
    doc = run(make_doc(body))
    assert quote_with(doc, "الجناة سيحاسبون").text.startswith("إن الجناة")
