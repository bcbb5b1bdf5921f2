"""Where a person's name starts: at a given name the finders know (`given_persons.py`), the Gulf
given names of the hand lexicon `gulf_given_names.tsv` among them, and at a foreign name's F that
the tagger took for the conjunction ف (`ner_spans.py`); not at the verb before a person's name
("وطالب الدلبحي ...", `ner_spans.py`)."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


def test_a_gulf_given_name_starts_a_local_persons_name(layer):
    text = ("كرّمت إدارة التعليم المعلمين المتميزين.\n\n"
            "وسلّم الجوائز معيض الشهراني بحضور مشبب آل مفرح وعدد من مديري المدارس.")
    found = names(analysed(layer, text, "2015-08-01"), "PER")
    assert "معيض الشهراني" in found and "مشبب آل مفرح" in found


def test_a_gulf_given_name_that_is_also_a_word_needs_a_family_after_it(layer):
    text = ("أعلنت الجهات المعنية عن قائمة جديدة.\n\n"
            "وقالت إن عدد المفرج عنهم بلغ عشرين، وإن مفرج عنهم آخرين سيعودون، وجمعان يهد الجدار القديم.")
    found = names(analysed(layer, text, "2015-08-01"), "PER")
    assert not any(n.startswith(("مفرج", "جمعان")) for n in found)


def test_a_foreign_name_keeps_its_initial_f(ner_layer):
    # the tagger reads the F of "فيدريكا" as the conjunction ف; the name begins with it
    text = ("اجتماع أوروبي في بروكسل.\n\n"
            "وقالت منسقة الشؤون الخارجية فيدريكا موغيريني إن الاتفاق صامد، وأضاف الباحث فرانك هولدر أن الوقت ضيق.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "فيدريكا موغيريني" in found and "يدريكا موغيريني" not in found


def test_a_past_verb_before_a_named_person_is_no_part_of_the_name(ner_layer):
    # "طالب" demands here, its subject is the man named in full before
    text = ("أوضح رئيس لجنة المقاولين سعود الدلبحي أن السوق تحتاج تنظيما.\n\n"
            "وطالب الدلبحي الجهات المعنية بأهمية التحرك السريع. "
            "وقال مدير التعليم حمدان العمري إن الاستعدادات اكتملت. وأردف العمري أن المدارس جاهزة.")
    doc = analysed(ner_layer, text, "2015-08-01")
    found = names(doc, "PER")
    assert not any(n.startswith(("طالب", "أردف")) for n in found)
    dalbahi = [e for e in doc.entities if e.name == "سعود الدلبحي"]
    assert dalbahi and "الدلبحي" in {m.text for m in dalbahi[0].mentions}


def test_a_given_name_that_is_also_a_verb_stays_after_an_honorific(ner_layer):
    text = ("ندوة ثقافية في الكويت.\n\n"
            "وتحدث في الندوة الشيخ طالب الرفاعي عن الرواية، وأشاد الرفاعي بالحضور.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "طالب الرفاعي" in found


def test_a_given_name_with_nunation_is_the_indefinite_word(ner_layer):
    text = "وأكد أن المقاومة تحتجز عددا من الأسرى وأن التحقيق جارٍ معهم. ولم يستبعد البكري أن يكون بينهم قادة."
    assert not any(p.startswith("جار") for p in names(analysed(ner_layer, text, "2015-08-01"), "PER"))
    text = "وقال الشيخ جار الله الخالدي إن العمل مستمر."
    assert "جار الله الخالدي" in names(analysed(ner_layer, text, "2015-08-01"), "PER")
    text = "وكان النبي يعدل بين أصحابه؛ فعن أنسٍ قال: كان النبي يبدأ بالسلام."
    assert "أنس" in {p.rstrip("ٍ") for p in names(analysed(ner_layer, text, "2015-08-01"), "PER")}


def test_no_given_name_after_the_futures_s(layer):
    # "وسلمى مول": a mall; the tokenizer also reads و + س + "لمى", and a name takes no س before it
    text = ("فعاليات الصيف في المدينة.\n\n"
            "وتقام الفعاليات في منتزه المغواة وسلمى مول وسلمى سيتي طوال أيام العيد.")
    found = names(analysed(layer, text, "2015-08-01"), "PER")
    assert not any(n.startswith("لمى") for n in found)


def test_an_unknown_given_name_and_a_family_nisba_after_an_honorific(layer):
    doc = analysed(layer, "ويرى المحلل السياسي سحبان الغنوشي أن المفاوضات طويلة. وأضاف الغنوشي أن الحل بعيد.",
                   "2015-08-10")
    assert "سحبان الغنوشي" in {e.name for e in doc.entities if e.type == "PER"}
    # a country's adjective is no family name; an ordinary word no given name
    doc = analysed(layer, "وقال الخبير الاقتصادي الأمريكي إن الأسواق هادئة.", "2015-08-10")
    assert not [e for e in doc.entities if e.type == "PER"]


def test_a_word_given_name_after_a_role_noun_of_the_titled_finder(layer):
    # "أمل" is hope as well; after "المتطوعة" (a role noun of titled_person_heads.tsv) it opens a
    # name (`ali_persons.py`), as after the speaker's person nouns
    text = ("نظمت جمعية خيرية حملة لتنظيف الشاطئ.\n\n"
            "وقالت المتطوعة أمل ناصر إن الحملة نجحت، وأضافت المعلمة إيمان خالد أن العمل مستمر.")
    found = names(analysed(layer, text, "2015-08-01"), "PER")
    assert "أمل ناصر" in found and "إيمان خالد" in found


def test_a_definite_family_name_ends_the_name_before_the_clause_goes_on(layer):  # noqa: F811
    for text, name in (("وتولى الملف مسفر القحطاني المنتدبين من الوزارة منذ العام الماضي.", "مسفر القحطاني"),
                       ("وتسلم مفلح العتيبي ترسية المشروع من الأمانة أمس.", "مفلح العتيبي")):
        assert names(analysed(layer, text, "2015-07-23"), "PER") == {name}
