"""The record's (named) events: who may be a participant, title chains, references, co-subjects,
talks held with a light verb, and quotes whose cue is an event verb. Sentences written for these
tests; entity mentions placed by hand (the entity layer is tested apart)."""

from __future__ import annotations

from marsad.document import Document, Quote, Span, SpeakerRef
from marsad.layers.events import EventLayer
from test_events import _doc

LAYER = EventLayer()


def _events(doc: Document) -> set[tuple[str, str | None, str | None]]:
    LAYER(doc)
    doc.check_offsets()
    return {(e.type, e.actor, e.target) for e in doc.events}


def test_towns_are_where_events_happen_not_who_acts() -> None:
    doc = _doc("وهاجمت بلدة الزهيرية قرية العقيبة بعد خلاف على الأراضي.",
               {"بلدة الزهيرية": ("e1", "LOC"), "قرية العقيبة": ("e2", "LOC")})
    assert _events(doc) == set()
    doc = _doc("وهاجمت إسرائيل لبنان فجر اليوم.", {"إسرائيل": ("e1", "LOC"), "لبنان": ("e2", "LOC")})
    assert ("ASSAULT", "e1", "e2") in _events(doc)


def test_a_body_in_a_persons_title_is_that_person() -> None:
    doc = _doc("واتهم رئيس مجلس النواب أحمد الملا إيران بدعم الجماعات المسلحة.",
               {"مجلس النواب": ("e1", "ORG"), "أحمد الملا": ("e2", "PER"), "إيران": ("e3", "LOC")})
    assert _events(doc) == {("ACCUSE", "e2", "e3")}
    doc = _doc("وانتقد السفير سالم العمري مندوب اليمن لدى جامعة الدول العربية جماعة الحوثي.",
               {"سالم العمري": ("e1", "PER"), "اليمن": ("e2", "LOC"), "جامعة الدول العربية": ("e3", "ORG"),
                "جماعة الحوثي": ("e4", "ORG")})
    assert _events(doc) == {("ACCUSE", "e1", "e4")}


def test_a_part_named_before_its_organisation_is_the_organisation() -> None:
    doc = _doc("وانتقدت الأمانة العامة لمنظمة التعاون الإسلامي إيران بشدة.",
               {"الأمانة العامة": ("e1", "ORG"), "منظمة التعاون الإسلامي": ("e2", "ORG"), "إيران": ("e3", "LOC")})
    assert _events(doc) == {("ACCUSE", "e2", "e3")}


def test_definite_nominal_triggers_refer_to_events() -> None:
    doc = _doc("وقال الوزير إن التعاون بين مصر والسودان لا جدوى منه.",
               {"مصر": ("e1", "LOC"), "السودان": ("e2", "LOC")})
    assert _events(doc) == set()


def test_news_agencies_are_not_participants() -> None:
    doc = _doc("واتهمت رويترز إثيوبيا بالتضييق على مراسليها.", {"رويترز": ("e1", "ORG"), "إثيوبيا": ("e2", "LOC")})
    assert _events(doc) == set()


def test_a_co_subject_is_not_the_target() -> None:
    doc = _doc("ونددت الولايات المتحدة والاتحاد الأوروبي بالهجوم على المدنيين.",
               {"الولايات المتحدة": ("e1", "LOC"), "الاتحاد الأوروبي": ("e2", "ORG")})
    assert _events(doc) == set()
    doc = _doc("وأعلنت وزارة الخارجية اتفاق روسيا وتونس على تشكيل فريق عمل مشترك.",
               {"روسيا": ("e1", "LOC"), "تونس": ("e2", "LOC")})
    assert ("AGREE", "e1", "e2") in _events(doc)  # held together: both sides stay


def test_talks_held_with_a_light_verb() -> None:
    doc = _doc("وتخوض اليونان مفاوضات مع الاتحاد الأوروبي للحصول على قروض جديدة.",
               {"اليونان": ("e1", "LOC"), "الاتحاد الأوروبي": ("e2", "ORG")})
    assert ("CONSULT", "e1", "e2") in _events(doc)


def _quote(doc: Document, words: str, cue: str, speaker: str, entity: str) -> Quote:
    t = doc.text
    qs, cs, ss = t.index(words), t.index(cue), t.index(speaker)
    return Quote("indirect", qs, qs + len(words), words, SpeakerRef(entity, ss, ss + len(speaker), speaker),
                 Span(cs, cs + len(cue), cue))


def test_a_quote_whose_cue_is_an_event_verb_is_an_event_of_its_speaker() -> None:
    text = ("واستقبل الرئيس محمود عباس وفدا من رجال الأعمال. وأضاف في كلمته أن المرحلة صعبة، "
            "مطالبا إسرائيل بوقف الاستيطان فورا.")
    doc = _doc(text, {"محمود عباس": ("e1", "PER"), "إسرائيل": ("e2", "LOC")})
    doc.quotes = [_quote(doc, "إسرائيل بوقف الاستيطان فورا", "مطالبا", "محمود عباس", "e1")]
    doc.layers.append("quotes")
    assert ("REQUEST", "e1", "e2") in _events(doc)
    (ev,) = [e for e in doc.events if e.type == "REQUEST"]
    assert ev.quote is not None and ev.quote.text == "إسرائيل بوقف الاستيطان فورا"
    assert ev.trigger == "مطالبا" and ev.mode is None
    assert Document.from_record(doc.to_record()).events[-1].quote == ev.quote  # the record carries the link


def test_the_sentence_event_of_a_quote_cue_is_linked_not_repeated() -> None:
    text = "وطالب المتحدث نبيل حمدان في تصريح صحفي إسرائيل بالتوقف فورا عن اقتحام المدن."
    doc = _doc(text, {"نبيل حمدان": ("e1", "PER"), "إسرائيل": ("e2", "LOC")})
    doc.quotes = [_quote(doc, "في تصريح صحفي إسرائيل بالتوقف فورا عن اقتحام المدن", "وطالب", "نبيل حمدان", "e1")]
    doc.layers.append("quotes")
    LAYER(doc)
    requests = [e for e in doc.events if e.type == "REQUEST"]
    assert [(e.actor, e.target) for e in requests] == [("e1", "e2")]
    assert requests[0].quote is not None


def test_a_prayer_or_a_call_to_an_action_names_no_addressee() -> None:
    text = "وقدم الأمير خالد الفيصل التعازي لأسر الضحايا، داعيا الله أن يحفظ السعودية من كل سوء."
    doc = _doc(text, {"خالد الفيصل": ("e1", "PER"), "السعودية": ("e2", "LOC")})
    doc.quotes = [_quote(doc, "الله أن يحفظ السعودية من كل سوء", "داعيا", "خالد الفيصل", "e1")]
    doc.layers.append("quotes")
    assert _events(doc) == set()


def test_the_seat_of_a_body_is_not_a_participant() -> None:
    doc = _doc("وأكد المتحدث استنكار مجلس النواب بمملكة البحرين لهذا العمل الإرهابي.",
               {"مجلس النواب": ("e1", "ORG"), "مملكة البحرين": ("e2", "LOC")})
    assert _events(doc) == set()


def test_without_the_quotes_layer_the_record_says_quote_events_are_missing():
    from marsad.layers.events import QUOTES_NOT_RUN
    from marsad.pipeline import Analyzer

    text = "واتهم وزير الخارجية الإيراني محمد جواد ظريف الولايات المتحدة بتقويض الاتفاق النووي."
    doc = Analyzer(["entities", "dates", "events"]).analyze(text, title="خبر", published="2017-09-22")
    assert QUOTES_NOT_RUN in doc.warnings
    full = Analyzer().analyze(text, title="خبر", published="2017-09-22")
    assert QUOTES_NOT_RUN not in full.warnings


def test_a_title_chain_set_off_by_an_honorific_names_its_holder_as_actor() -> None:
    doc = _doc("وانتقد رئيس البرلمان العربي الدكتور سالم الحربي إيران بسبب تدخلاتها في شؤون جيرانها.",
               {"سالم الحربي": ("e1", "PER"), "إيران": ("e2", "LOC")})
    assert _events(doc) == {("ACCUSE", "e1", "e2")}
    doc = _doc("وانتقد رئيس البرلمان العربي، الدكتور سالم الحربي إيران بسبب تدخلاتها.",
               {"سالم الحربي": ("e1", "PER"), "إيران": ("e2", "LOC")})
    assert _events(doc) == {("ACCUSE", "e1", "e2")}
    # without an honorific a second name right after the first is the verb's object
    doc = _doc("وانتقد رئيس البرلمان العربي سالم الحربي إيران بسبب تدخلاتها.",
               {"سالم الحربي": ("e1", "PER"), "إيران": ("e2", "LOC")})
    assert _events(doc) == {("ACCUSE", "e1", "e2")}
    # without an honorific or that second name, or with a head of state's, the name may be the
    # body's object
    doc = _doc("وانتقد رئيس البرلمان العربي سالم الحربي بسبب تصريحاته.", {"سالم الحربي": ("e1", "PER")})
    assert _events(doc) == set()
    doc = _doc("وانتقد رئيس البرلمان الإيراني الرئيس حسن روحاني بسبب الاتفاق.",
               {"حسن روحاني": ("e1", "PER")})
    assert _events(doc) == set()
    doc = _doc("ويتهم القضاء الفرنسي الدكتور كمال داود بتلقي رشاوى من شركة الأفق.",
               {"كمال داود": ("e1", "PER"), "شركة الأفق": ("e2", "ORG")})
    assert _events(doc) == set()


def test_a_possessed_verbal_noun_after_the_speakers_complementizer_is_the_speakers_act() -> None:
    doc = _doc("وقال وزير الخارجية سامي العتيبي إن اتهاماته لإيران بتهريب السلاح تستند إلى وثائق.",
               {"سامي العتيبي": ("e1", "PER"), "إيران": ("e2", "LOC")})
    assert _events(doc) == {("ACCUSE", "e1", "e2")}
    doc = _doc("وأعلنت الحكومة الكويتية أن زيارتها لمصر تهدف إلى تعزيز التعاون.",
               {"الحكومة الكويتية": ("e1", "ORG"), "مصر": ("e2", "LOC")})
    assert ("CONSULT", "e1", "e2") in _events(doc)
    # the pronoun does not agree with the speaker, or another name stands between to take it up
    doc = _doc("وقال سامي العتيبي إن اتهاماتها لإيران لا أساس لها.",
               {"سامي العتيبي": ("e1", "PER"), "إيران": ("e2", "LOC")})
    assert _events(doc) == set()
    doc = _doc("وقال سامي العتيبي إن مراد الشامي تراجع وإن اتهاماته لإيران لا أساس لها.",
               {"سامي العتيبي": ("e1", "PER"), "مراد الشامي": ("e2", "PER"), "إيران": ("e3", "LOC")})
    assert ("ACCUSE", "e1", "e3") not in _events(doc)
