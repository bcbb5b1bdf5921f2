"""Foreign persons named by a foreign given name as the Arabic press spells it and one or two
unknown surname words, in a person's context (issue 14). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


def persons(layer, text):
    return names(analysed(layer, text, "2015-08-10"), "PER")


def test_after_a_profession_and_a_nationality(layer):
    assert "ديبورا إسترين" in persons(layer, "قالت الباحثة الأمريكية ديبورا إسترين إن الدراسة شملت ألف شخص.")
    assert "كارل لاغرفيلد" in persons(layer, "ويرى المصمم كارل لاغرفيلد أن الموسم كان صعبا.")


def test_before_an_apposition_or_after_a_reporting_verb(layer):
    assert "بنجامين هول" in persons(layer, "وأوضح بنجامين هول، مدير المشروع، أن العمل بدأ.")
    assert "دارسي وود" in persons(layer, "قال دارسي وود إن الفريق مستعد للمباراة.")


def test_in_a_list_of_persons(layer):
    assert "أماندا سايفريد" in persons(layer, "شارك في الفيلم جيسون كلارك وأماندا سايفريد.")


def test_a_name_that_is_also_a_word_needs_a_title(layer):
    assert "صديق خان" in persons(layer, "التقى المدرب صديق خان باللاعبين أمس.")
    assert not persons(layer, "نشأ جيل جديد من الشباب في المدينة.")
    assert not persons(layer, "وقال صديق قديم للعائلة إن الرحلة تأجلت.")


def test_no_noun_with_a_pronoun_nor_a_participle_as_surname(layer):
    assert not any("قوله" in p or "متحدثا" in p for p in
                   persons(layer, "ونقلت الصحيفة عن محامي ميليسا قوله إن الموكلة بريئة. وتابع جيسيكا متحدثا عن القضية."))


def test_a_given_name_before_a_surname_the_tagger_found_alone(ner_layer):
    """Only the surname tagged: the foreign given name before it starts the name; "الان" (now)
    takes a title first."""
    assert "الان ديشويتز" in persons(ner_layer, "وقال المحلل الان ديشويتز في تقرير نشره أمس إن الأسواق ستتعافى.")
    found = persons(ner_layer, "والان أوباما يواجه ضغوطا كبيرة في الكونغرس.")
    assert not any(p.startswith("الان") for p in found)
    assert not persons(ner_layer, "وقال المدرب الان ليس وقت الحديث عن اللقب.")


def test_a_person_the_tagger_read_as_a_body_is_the_person():
    from marsad.arabic.tokens import tokenize
    from marsad.kb import alias_key, load_kb
    from marsad.layers.entities.foreign_persons import ForeignPersons
    from marsad.layers.entities.name_candidate import NameCandidate
    from marsad.layers.entities.name_words import NameWords
    from marsad.lexicons.verbs import verb_keys

    kb = load_kb()
    finder = ForeignPersons(kb, NameWords(kb), verb_keys())
    text = "ويرى توميسلاف ماركوفيتش (40 عاما) أن الحل قريب، وأكد ماركوفيتش أنه متفائل."
    tokens = tokenize(text)

    def cand(span: str, nth: int = 0) -> NameCandidate:
        start = text.index(span) if nth == 0 else text.index(span, text.index(span) + 1)
        end = start + len(span)
        a = next(i for i, t in enumerate(tokens) if t.start <= start < t.end)
        b = next(i for i, t in enumerate(tokens) if t.start < end <= t.end) + 1
        return NameCandidate(start, end, a, b, "ORG", alias_key(span), None, "ner")

    full, surname = cand("توميسلاف ماركوفيتش"), cand("ماركوفيتش", 1)
    finder.add([full, surname], tokens, text)
    assert full.type == "PER" and surname.type == "PER"
