"""The holder's name right after an office's phrase, a name no lexicon knows (sentences written
for these tests)."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


def test_a_foreign_name_after_an_office_and_its_body(layer):
    doc = analysed(layer, "وقال محافظ البنك المركزي تاكيرو ناكامورا، إن الأسعار ستبقى مستقرة.", "2015-08-01")
    assert "تاكيرو ناكامورا" in names(doc, "PER")


def test_a_name_after_a_spokesman_ends_before_a_preposition_after_a_given_name(layer):
    doc = analysed(layer, "وأعلن المتحدث باسم وزارة النقل اليمنية راجح مسعود عن افتتاح الطريق.", "2015-08-01")
    assert "راجح مسعود" in names(doc, "PER")


def test_an_office_in_construct_then_an_unknown_name_before_inna(layer):
    doc = analysed(layer, "وقال رئيس تحرير المجلة لارس هولم إن المقال نشر كاملا.", "2015-08-01")
    assert "لارس هولم" in names(doc, "PER")


def test_the_tagger_body_run_into_the_name_is_cut(ner_layer):
    doc = analysed(ner_layer, "وحضر اللقاء حاكم المصرف تاكيرو ناكامورا، ولم يعلق على القرار.", "2015-08-01")
    assert "تاكيرو ناكامورا" in names(doc, "PER")
    assert not any("ناكامورا" in n for n in names(doc, "ORG"))


def test_no_name_after_a_preposition_of_the_office(layer):
    # "المدير العام في" + a company: the body the office is of, not its holder
    doc = analysed(layer, "وأكد كارل برنر المدير العام في فيرولكس ميدل إيست، أن الطلب يزداد.", "2015-08-01")
    assert not any("فيرولكس" in n for n in names(doc, "PER"))


def test_no_name_after_a_definite_person_noun_and_an_ordinary_word(layer):
    # a definite head takes no construct: "الشاعر داخل قالب ..." names nobody
    doc = analysed(layer, "وضع الشاعر داخل قالب شعري باذخ صورا كثيرة.", "2015-08-01")
    assert names(doc, "PER") == set()


def test_no_name_from_an_unknown_word_without_a_sure_end(layer):
    # an unknown first word needs a mark, a particle or a relative after the name
    doc = analysed(layer, "وحقق الفريق السعودي ميداليتين برونزيتين في الأولمبياد.", "2015-08-01")
    assert names(doc, "PER") == set()


def test_no_name_from_adjectives_an_accusative_or_a_clitic_verb(layer):
    doc = analysed(layer, "وتحدث سام ديلر، وهو مستشار تلفزيوني رياضي، عن البث.", "2015-08-01")
    assert not any("تلفزيوني" in n for n in names(doc, "PER"))
    doc = analysed(layer, "وكذلك قدم الفنان اعتذارا جميلا، مؤكدا أنه جديد.", "2015-08-01")
    assert names(doc, "PER") == set()


def test_a_person_found_from_his_second_word_starts_at_his_first_name(ner_layer):
    doc = analysed(ner_layer, "وأوضح الدكتور إقبال الشمراني، رئيس القسم، أن البرنامج ناجح.", "2015-08-01")
    assert "إقبال الشمراني" in names(doc, "PER")
    doc = analysed(ner_layer, "وحضر اللقاء واللواء علي سالم الحربي قائد القوة.", "2015-08-01")
    assert "علي سالم الحربي" in names(doc, "PER")


def test_no_first_name_from_a_rank_a_link_or_a_site(layer):
    doc = analysed(layer, "وقال المتحدث باسم مجلس المحافظة إن الوضع هادئ.", "2015-08-01")
    assert not any(n.startswith("باسم") for n in names(doc, "PER"))
    doc = analysed(layer, "وصلى المصلون في مسجد الشيخ زايد وسيم الكبير.", "2015-08-01")
    assert not any(n.startswith("زايد") for n in names(doc, "PER"))
