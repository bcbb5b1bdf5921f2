"""Names inside the description of another named side are no participant (events/descriptions.py)."""

from __future__ import annotations

from marsad.layers.events import EventLayer
from test_event_record_checks import _quote
from test_events import _doc
from test_events import named_triples as _events

NAMES = {"منظمة التعاون": ("e1", "ORG"), "ماليزيا": ("e2", "LOC"), "ميانمار": ("e3", "LOC"),
         "بنغلاديش": ("e4", "LOC"), "حركة الشباب": ("e5", "ORG"), "تنظيم القاعدة": ("e6", "ORG"),
         "الجيش الكيني": ("e7", "ORG")}


def test_a_name_in_a_relative_clause_about_the_speaker_is_not_the_one_called_on() -> None:
    text = "وطالبت منظمة التعاون، التي تضم ماليزيا منذ تأسيسها، حكومة ميانمار بوقف العنف ضد الأقلية."
    doc = _doc(text, NAMES)
    words = "التي تضم ماليزيا منذ تأسيسها، حكومة ميانمار بوقف العنف ضد الأقلية"
    doc.quotes = [_quote(doc, words, "وطالبت", "منظمة التعاون", "e1")]
    doc.layers.append("quotes")
    EventLayer()(doc)
    triples = {(e.type, e.actor, e.target) for e in doc.events}
    assert ("REQUEST", "e1", "e2") not in triples
    assert ("REQUEST", "e1", "e3") in triples  # past the comma that closes the clause


def test_a_name_in_an_apposition_about_the_actor_is_not_the_target() -> None:
    text = "وهاجمت حركة الشباب ذراع تنظيم القاعدة في شرق أفريقيا قاعدة عسكرية للجيش الكيني."
    assert not any(tg == "e6" for _, _, tg in _events(text, NAMES))


def test_a_relative_clause_after_the_object_does_not_hide_the_object() -> None:
    text = "واتهمت ماليزيا ميانمار التي تستضيف وفدا من بنغلاديش بانتهاك حقوق الأقلية."
    assert ("ACCUSE", "e2", "e3") in _events(text, NAMES)


def test_a_relative_after_a_name_in_a_phrase_is_about_the_phrase_head() -> None:
    # the militias backed by Malaysia refuse; Myanmar is the relative's own subject
    text = "وقال إن الفصائل المدعومة من ماليزيا التي ترفض ميانمار التفاوض معها لم تشارك في الهجوم."
    assert not any(t == "REJECT" and a == "e2" for t, a, _ in _events(text, NAMES))
    # a name not in a phrase stays the antecedent that acts
    text = "وقالت بنغلاديش إن ماليزيا التي تتهم ميانمار بقمع الأقلية لم تقدم أي دليل."
    assert ("ACCUSE", "e2", "e3") in _events(text, NAMES)


def test_a_name_after_between_stays_the_antecedent() -> None:
    text = "وجرت المفاوضات بين ماليزيا التي تتهم ميانمار بقمع الأقلية وبنغلاديش."
    assert ("ACCUSE", "e2", "e3") in _events(text, NAMES)


def test_an_attack_noun_with_a_lam_phrase_names_its_attacker() -> None:
    text = "وقتل ثلاثة جنود في هجمات متفرقة لحركة الشباب على مواقع الجيش الكيني."
    assert ("ASSAULT", "e5", "e7") in _events(text, NAMES)
    text = "وشن الجيش الكيني غارات جوية لليوم الثالث على مواقع حركة الشباب."
    assert ("ASSAULT", "e7", "e5") in _events(text, NAMES)


def test_a_speaker_whose_relative_clause_holds_the_cue_keeps_the_one_called_on() -> None:
    text = "وأشاد الوزير بمواقف منظمة التعاون التي طالبت ميانمار بوقف العنف ضد الأقلية."
    doc = _doc(text, NAMES)
    doc.quotes = [_quote(doc, "ميانمار بوقف العنف ضد الأقلية", "طالبت", "منظمة التعاون", "e1")]
    doc.layers.append("quotes")
    EventLayer()(doc)
    assert ("REQUEST", "e1", "e3") in {(e.type, e.actor, e.target) for e in doc.events}


def test_the_leader_named_after_biqiyadat_is_no_target() -> None:
    found = _events("واستهدفت مقاتلات التحالف بقيادة الولايات المتحدة مستودعات تنظيم داعش قرب الرقة.",
                    {"التحالف": ("e1", "ORG"), "الولايات المتحدة": ("e2", "LOC"), "تنظيم داعش": ("e3", "ORG"),
                     "الرقة": ("e4", "LOC")})
    assert ("ASSAULT", "e1", "e3") in found
    assert not any(t == "ASSAULT" and b == "e2" for t, _a, b in found)


def test_a_relative_clause_naming_only_the_leader_ends_with_its_name() -> None:
    found = _events("قصفت طائرات التحالف الذي تقوده السعودية معسكرا لجماعة الحوثي في صعدة.",
                    {"التحالف": ("e1", "ORG"), "السعودية": ("e2", "LOC"), "الحوثي": ("e3", "ORG"),
                     "صعدة": ("e4", "LOC")})
    assert ("ASSAULT", "e1", "e3") in found
