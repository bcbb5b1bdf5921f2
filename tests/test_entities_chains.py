"""Bodies named by a construct chain (issue 14): a head word, indefinite nouns in construct and a
definite noun or a place that closes the chain; a hospital named by what it treats. Sentences
written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer, span_candidate  # noqa: F401 - pytest fixtures


def orgs(layer, text):
    return names(analysed(layer, text, "2015-08-10"), "ORG")


def test_indefinite_links_closed_by_a_definite_noun(layer):
    assert "هيئة رعاية مرضى السكري" in orgs(layer, "وأطلقت هيئة رعاية مرضى السكري حملة توعية واسعة.")
    assert "مؤسسة موانئ الساحل" in orgs(layer, "وتسلمت مؤسسة موانئ الساحل الشحنة كاملة.")


def test_a_chain_closed_by_a_place(layer):
    assert "مجلس أعيان قبائل تبوك" in orgs(layer, "واجتمع مجلس أعيان قبائل تبوك مساء أمس.")
    assert "غرفة تجارة وصناعة أبها" in orgs(layer, "ونظمت غرفة تجارة وصناعة أبها ملتقى للمستثمرين.")
    assert "مجلس شباب منطقة جازان" in orgs(layer, "ونظم مجلس شباب منطقة جازان حفلا للمتطوعين.")


def test_a_place_after_a_preposition_is_where_the_body_is(ner_layer):
    assert not any("بالدمام" in n for n in orgs(ner_layer, "وافتتح مكتب هندسي بالدمام أبوابه للعملاء."))


def test_a_room_is_no_body(layer):
    assert not orgs(layer, "وتلقت غرفة عمليات الدفاع بلاغا عن الحريق.")


def test_hospitals_named_by_what_they_treat(layer):
    assert "مستشفى أمراض القلب" in orgs(layer, "ونقل المريض إلى مستشفى أمراض القلب فجر اليوم.")


def test_a_hospital_named_after_a_body_holds_its_name(ner_layer):
    assert "مستشفى الحرس الوطني" in orgs(ner_layer, "ونقل الطفل إلى مستشفى الحرس الوطني أمس.")


def test_an_unknown_name_and_what_the_body_serves(layer):
    assert "جمعية بسمة للرعاية" in orgs(layer, "ووزعت جمعية بسمة للرعاية السلال الغذائية.")


def test_no_chain_through_adjectives_verbs_titles_or_purposes(layer):
    assert not orgs(layer, "وشكلت الوزارة لجنة مختصة لدراسة الطلبات المقدمة.")
    assert not orgs(layer, "وقال المتحدث إن شركة فرنسية تدير المطار منذ سنوات.")
    assert not orgs(layer, "ونددت صحيفة قريبة من حزب رئيس الحكومة بالقرار.")
    assert not orgs(layer, "وسيمول المشروع من صندوق تديره البنوك المحلية.")


def test_no_chain_ending_with_the_body_of_the_article(layer):
    assert not orgs(layer, "واجتمع مجلس أمناء الجمعية لمناقشة الميزانية.")
    assert not orgs(layer, "وأعلنت لجنة تحكيم المسابقة أسماء الفائزين.")


def test_a_rank_after_a_chain_is_the_person_s(layer):
    names = orgs(layer, "وزار مدير قيادة حرس حدود المنطقة المقدم خالد العتيبي المصابين.")
    assert not any("المقدم" in n for n in names)


def test_a_committee_needs_more_than_its_task(layer):
    assert not orgs(layer, "وباشرت لجنة تقييم العروض عملها صباح اليوم.")
    assert "لجنة حماية الصحافيين الدولية" in orgs(layer, "وطالبت لجنة حماية الصحافيين الدولية بالإفراج عنه.")


def test_the_verb_called_out_is_no_club(layer):
    assert not orgs(layer, "ثم نادى حارس المرمى على زملائه.")


def test_two_nouns_joined_in_the_name(layer):
    assert "مستشفى الأمراض الصدرية والتنفسية" in orgs(layer, "وأحيل إلى مستشفى الأمراض الصدرية والتنفسية أمس.")
    assert "هيئة رعاية الأيتام والأرامل" in orgs(layer, "ووزعت هيئة رعاية الأيتام والأرامل الكسوة.")


def test_no_second_body_joined_to_the_name(layer):
    names = orgs(layer, "وانتقد مجلس أعيان قبائل تبوك والحكومة المحلية القرار.")
    assert not any("الحكومة" in n for n in names)
    assert not any("المنظمات" in n for n in orgs(layer, "وحضرت هيئة رعاية الأيتام والمنظمات الدولية اللقاء."))


def test_a_purpose_after_the_place_is_the_clause_s(layer):
    names = orgs(layer, "ودعا مجلس شباب منطقة جازان للمساهمة في الحملة.")
    assert "مجلس شباب منطقة جازان" in names


def _cut_chain(layer, text: str, cut: str, known: str) -> set[str]:
    """Run the chain finder on `text` where NER ended a body at `cut` and the KB knows `known`."""
    from marsad.arabic.tokens import tokenize
    from marsad.layers.entities.name_candidate import NameCandidate

    tokens = tokenize(text)

    def cand(words: str, source: str) -> NameCandidate:
        return span_candidate(text, tokens, words, "ORG", source)

    cands = [cand(cut, "ner"), cand(known, "kb")]
    return {text[c.start:c.end] for c in layer.mentions.construct_chains.add(cands, tokens, text)}


def test_a_chain_cut_before_the_known_body_that_closes_it(layer):
    found = _cut_chain(layer, "وأصدر اتحاد مصارف جامعة الدول العربية تقريره السنوي أمس.",
                       "اتحاد مصارف", "جامعة الدول العربية")
    assert found == {"اتحاد مصارف جامعة الدول العربية"}
    # a name of its own before the body is no chain waiting for its possessor
    found = _cut_chain(layer, "والتقت لجنة مختصة مجلس الأمن الدولي أمس.", "لجنة مختصة", "مجلس الأمن الدولي")
    assert found == {"لجنة مختصة", "مجلس الأمن الدولي"}


def test_an_office_every_body_has_named_with_an_unknown_body_after_it(layer):
    from marsad.arabic.tokens import tokenize
    from marsad.layers.entities.name_candidate import NameCandidate

    text = "وذكر تقرير الأمانة العامة لرابطة مصدري التمور أن الصادرات ارتفعت."
    tokens = tokenize(text)

    def cand(words: str, source: str) -> NameCandidate:
        return span_candidate(text, tokens, words, "ORG", source)

    cands = [cand("الأمانة العامة", "kb"), cand("رابطة مصدري التمور", "ner")]
    found = {text[c.start:c.end] for c in layer.mentions.construct_chains.add(cands, tokens, text)}
    assert found == {"الأمانة العامة لرابطة مصدري التمور"}
