"""The reporting verb's agreement against the candidates' given names (`speaker_gender`): a
feminine verb is said by no man the article names by a man's given name, a masculine one by no
woman. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, person, run

from marsad.layers.quotes.attribution import SpeakerFinder
from marsad.layers.quotes.speaker_gender import agreeing_subject, given_name_genders, name_gender
from marsad.layers.quotes.speech_lexicon import load_speech_lexicon


def _speakers(doc):
    return [(q.text[:20], q.speaker.text if q.speaker else None, q.speaker.entity if q.speaker else None)
            for q in doc.quotes]


def test_a_man_named_deep_in_the_phrase_is_no_subject_of_a_feminine_verb():
    # the body is unknown to the entity layer; the sergeant is the object's genitive
    body = ("أعلنت قيادة حرس الحدود في بيان لها اليوم مقتل الرقيب سعد ناصر العتيبي، "
            "مؤكدة أن التحقيق جار لمعرفة ملابسات الحادث.")
    doc = run(make_doc(body, ents=[person("سعد ناصر العتيبي")]))
    assert doc.quotes
    assert all(entity != "e1" for _, _, entity in _speakers(doc)), _speakers(doc)
    # the phrase read again up to the name: the body's head and the definite words of its name
    finder = SpeakerFinder(doc, load_speech_lexicon())
    read = finder.subject_after(1, len(finder.toks), fallback=True)
    assert read is not None and read.entity == "e1"
    sp = agreeing_subject(finder, read, "f", 1, lambda lo, hi: finder.subject_after(lo, hi, fallback=True))
    assert sp is not None and sp.entity is None and sp.text == "قيادة حرس الحدود"
    assert agreeing_subject(finder, read, "m", 1, lambda lo, hi: None) is read


def test_the_byline_man_does_not_go_on_a_feminine_verb():
    body = ("خالد الراشد - الرياض: حذرت طبيبة مختصة في أمراض القلب من الإفراط في تناول "
            "المنبهات، مؤكدة أن أضرارها على الشباب تفوق ما يظنون من فوائدها.")
    doc = run(make_doc(body, ents=[person("خالد الراشد")]))
    assert doc.quotes
    assert all(entity != "e1" for _, _, entity in _speakers(doc)), _speakers(doc)


def test_the_verbs_own_subject_right_after_it_stays():
    # a man named right after a feminine verb is its subject as written (a typo or a body's
    # spokesman): the rules do not move it
    body = "وأكدت الوزارة على لسان المتحدث سالم الغامدي أن المدارس ستفتح في موعدها."
    doc = run(make_doc(body, ents=[person("سالم الغامدي")]))
    assert doc.quotes


def test_name_gender_reads_the_given_name_of_a_full_name():
    assert given_name_genders()
    doc = make_doc("قالت نورة الزهراني إن الحملة نجحت. وقال فهد الشمري إن الحملة تأخرت.",
                   ents=[person("نورة الزهراني"), person("فهد الشمري"), person("الزهراني")])
    genders = [name_gender(e) for e in doc.entities]
    assert genders == ["f", "m", None]  # a surname alone tells nothing


def test_the_spokesman_a_body_speaks_through_keeps_its_feminine_verbs():
    # "على لسان": the body's feminine verb, the man's words; the given name does not undo that
    body = ("أوضحت وزارة الصحة على لسان متحدثها الرسمي محمد العبدالعالي أن الحالات الجديدة مستقرة. "
            "وأضافت أن الفرق الطبية تتابع المخالطين.")
    doc = run(make_doc(body, ents=[person("محمد العبدالعالي"), ("ORG", "وزارة الصحة", [("وزارة الصحة", "name")])]))
    assert [q.speaker.entity if q.speaker else None for q in doc.quotes] == ["e1", "e1"]
