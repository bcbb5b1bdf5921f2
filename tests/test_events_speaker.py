"""The record's events whose subject is the pronoun of a reported statement's speaker
(events/speaker_subject.py), and towns that are where an attack happens, not whom it targets.
Sentences written for these tests; entity mentions and quotes placed by hand."""

from __future__ import annotations

from test_event_record_checks import _events, _quote
from test_events import _doc


def test_a_meeting_announced_with_a_pronoun_subject_is_the_speakers() -> None:
    text = "وأعلن وزير الخارجية النمساوي، كارل بيرغر، أمس أنه سيلتقي نظيره القطري في الدوحة الشهر المقبل."
    doc = _doc(text, {"كارل بيرغر": ("e1", "PER"), "الدوحة": ("e2", "LOC"), "قطر": ("e3", "LOC")})
    doc.quotes = [_quote(doc, "أنه سيلتقي نظيره القطري في الدوحة الشهر المقبل", "وأعلن", "كارل بيرغر", "e1")]
    doc.layers.append("quotes")
    assert not any(e[1] == "e2" for e in _events(doc))  # the city is where, not who meets


def test_the_joined_verb_of_the_speakers_clause_is_the_speakers() -> None:
    text = "وقال الرئيس الكيني جون موانغي إنه سيسافر إلى أديس أبابا الأسبوع المقبل ويجتمع مع رئيس الوزراء هايلي ديسالين."
    names = {"جون موانغي": ("e1", "PER"), "أديس أبابا": ("e2", "LOC"), "هايلي ديسالين": ("e3", "PER")}
    doc = _doc(text, names)
    doc.quotes = [_quote(doc, "إنه سيسافر إلى أديس أبابا الأسبوع المقبل ويجتمع مع رئيس الوزراء هايلي ديسالين",
                         "وقال", "جون موانغي", "e1")]
    doc.layers.append("quotes")
    found = _events(doc)
    assert ("CONSULT", "e1", "e3") in found
    assert not any(a == "e2" for _t, a, _g in found)


def test_an_intention_to_visit_is_the_speakers_visit() -> None:
    text = "وأعلنت المفوضة الأوروبية آنا ليندفال اعتزامها زيارة كوبا خلال الخريف."
    doc = _doc(text, {"آنا ليندفال": ("e1", "PER"), "كوبا": ("e2", "LOC")})
    doc.quotes = [_quote(doc, "اعتزامها زيارة كوبا خلال الخريف", "وأعلنت", "آنا ليندفال", "e1")]
    doc.layers.append("quotes")
    assert ("CONSULT", "e1", "e2") in _events(doc)


def test_a_joined_verb_with_its_own_subject_keeps_it() -> None:
    text = "وقال الوزير سامي عادل إنه سيزور بغداد، ويلتقي الرئيس العراقي فؤاد حسين نظيره الإيراني."
    names = {"سامي عادل": ("e1", "PER"), "بغداد": ("e2", "LOC"), "فؤاد حسين": ("e3", "PER")}
    doc = _doc(text, names)
    doc.quotes = [_quote(doc, "إنه سيزور بغداد، ويلتقي الرئيس العراقي فؤاد حسين نظيره الإيراني", "وقال", "سامي عادل", "e1")]
    doc.layers.append("quotes")
    assert ("CONSULT", "e1", "e3") not in _events(doc)


def test_a_statement_the_complementizer_does_not_open_lends_no_speaker() -> None:
    # the quote layer ran two statements together: the second speaker's verb is no act of the first
    text = ("وقال الوزير سامي عادل إن الأزمة طويلة، في سياق آخر أعلن المبعوث هانز مولر أنه سيجتمع مع "
            "الرئيس فؤاد حسين.")
    names = {"سامي عادل": ("e1", "PER"), "هانز مولر": ("e2", "PER"), "فؤاد حسين": ("e3", "PER")}
    doc = _doc(text, names)
    doc.quotes = [_quote(doc, "إن الأزمة طويلة، في سياق آخر أعلن المبعوث هانز مولر أنه سيجتمع مع الرئيس فؤاد حسين",
                         "وقال", "سامي عادل", "e1")]
    doc.layers.append("quotes")
    assert ("CONSULT", "e1", "e3") not in _events(doc)


def test_a_town_shelled_is_where_the_attack_happens() -> None:
    text = "وقصفت روسيا مدينة حلب أمس."
    doc = _doc(text, {"روسيا": ("e1", "LOC"), "حلب": ("e2", "LOC")})
    assert not any(t == "e2" for _k, _a, t in _events(doc))


def test_a_statement_blaming_a_named_party_accuses_it() -> None:
    text = "وقالت الخارجية الكويتية في بيان إن التصريحات تكشف الأطماع التوسعية لإيران في المنطقة."
    doc = _doc(text, {"الخارجية الكويتية": ("e1", "ORG"), "إيران": ("e2", "LOC")})
    doc.entities[1].kb = "marsad:loc/iran"
    doc.quotes = [_quote(doc, "إن التصريحات تكشف الأطماع التوسعية لإيران في المنطقة", "وقالت", "الخارجية الكويتية", "e1")]
    doc.layers.append("quotes")
    assert ("ACCUSE", "e1", "e2") in _events(doc)
    (ev,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert ev.trigger == "الأطماع" and ev.quote is not None


def test_the_wronged_and_unknown_parties_are_not_blamed() -> None:
    text = "وقال الوزير خالد سامي إن الانتهاكات بحق سكان اليمن مستمرة، وإن ممارسات شركة النور تضر بالسوق."
    doc = _doc(text, {"خالد سامي": ("e1", "PER"), "اليمن": ("e2", "LOC"), "شركة النور": ("e3", "ORG")})
    doc.entities[1].kb = "marsad:loc/yemen"
    doc.quotes = [_quote(doc, "إن الانتهاكات بحق سكان اليمن مستمرة، وإن ممارسات شركة النور تضر بالسوق", "وقال",
                         "خالد سامي", "e1")]
    doc.layers.append("quotes")
    assert not any(t == "ACCUSE" for t, _a, _g in _events(doc))
