"""The events layer on sentences with hand-placed entity mentions (the entity layer is tested apart)."""

from __future__ import annotations

from marsad.document import Document, Entity, Mention
from marsad.layers.events import EventLayer


def _doc(text: str, names: dict[str, tuple[str, str]], published: str = "2024-05-02") -> Document:
    """A document whose entities are the given surface forms: {form: (entity id, type)}."""
    doc = Document(text=text, published=published)
    by_id: dict[str, Entity] = {}
    for form, (eid, etype) in names.items():
        start = 0
        while (i := text.find(form, start)) >= 0:
            ent = by_id.setdefault(eid, Entity(eid, etype, form))
            ent.mentions.append(Mention(i, i + len(form), form))
            start = i + len(form)
    doc.entities = list(by_id.values())
    doc.layers.append("entities")
    return doc


LAYER = EventLayer()


def test_verb_first_meeting_with_target_after_maa() -> None:
    doc = _doc("واستقبل الملك عبدالله الثاني في عمان وزير الخارجية الفرنسي جان نويل بارو.",
               {"الملك عبدالله الثاني": ("e1", "PER"), "عمان": ("e2", "LOC"), "جان نويل بارو": ("e3", "PER")})
    LAYER(doc)
    assert [(e.type, e.actor, e.mode) for e in doc.events] == [("CONSULT", "e1", "meet")]
    assert doc.events[0].trigger == "استقبل"
    doc.check_offsets()


def test_subject_first_condemnation() -> None:
    doc = _doc("البحرين تدين الهجوم الإرهابي على مسجد في السعودية.",
               {"البحرين": ("e1", "LOC"), "السعودية": ("e2", "LOC")})
    LAYER(doc)
    types = {(e.type, e.actor, e.target) for e in doc.events}
    assert ("ACCUSE", "e1", "e2") in types


def test_target_after_preposition_is_preferred() -> None:
    doc = _doc("وطالبت الأمم المتحدة في بيان الحكومة السودانية بوقف القتال، ودعت إلى الحوار مع قوات الدعم السريع.",
               {"الأمم المتحدة": ("e1", "ORG"), "الحكومة السودانية": ("e2", "ORG"), "قوات الدعم السريع": ("e3", "ORG")})
    LAYER(doc)
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and req[0].actor == "e1" and req[0].target == "e2"


def test_negated_trigger_is_not_an_event() -> None:
    doc = _doc("ولم تتفق إيران والولايات المتحدة على موعد الجولة المقبلة.",
               {"إيران": ("e1", "LOC"), "الولايات المتحدة": ("e2", "LOC")})
    LAYER(doc)
    assert doc.events == []


def test_no_participant_no_event() -> None:
    doc = _doc("أسفر الهجوم عن سقوط ضحايا. وصرّح وزير الداخلية الأردني بأن التحقيق جار.",
               {"وزير الداخلية الأردني": ("e1", "PER")})
    LAYER(doc)
    assert all(e.type != "ASSAULT" for e in doc.events)


def test_clitic_on_trigger_and_multiword_trigger() -> None:
    doc = _doc("وفرضت عقوبات أوروبية على روسيا، فيما أجرى ماكرون اتصالا هاتفيا مع شولتس.",
               {"روسيا": ("e1", "LOC"), "ماكرون": ("e2", "PER"), "شولتس": ("e3", "PER")})
    LAYER(doc)
    got = {(e.type, e.actor, e.target) for e in doc.events}
    assert ("CONSULT", "e2", "e3") in got
    doc.check_offsets()


def test_capital_stands_for_its_country_when_the_country_is_named() -> None:
    doc = _doc("وطلبت واشنطن من بكين وقف المناورات، فيما قالت الصين إن الطلب مرفوض.",
               {"واشنطن": ("e1", "LOC"), "بكين": ("e2", "LOC"), "الصين": ("e3", "LOC")})
    doc.entities[1].kb = "marsad:loc/beijing"
    doc.entities[2].kb = "marsad:loc/china"
    LAYER(doc)
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and req[0].actor == "e1" and req[0].target == "e3"


def test_genitive_agent_of_a_noun_trigger_and_the_addressee_before_it() -> None:
    doc = _doc("جاء رد الولايات المتحدة على مطالب روسيا الأمنية سلبيا.",
               {"الولايات المتحدة": ("e1", "LOC"), "روسيا": ("e2", "LOC")})
    LAYER(doc)
    assert [(e.type, e.actor, e.target) for e in doc.events] == [("REQUEST", "e2", "e1")]


def test_object_is_not_sought_past_a_new_clause() -> None:
    doc = _doc("طلبت الولايات المتحدة عدم نشر الوثائق، لكن وزير الخارجية أنتوني بلينكن تحدث عنها.",
               {"الولايات المتحدة": ("e1", "LOC"), "أنتوني بلينكن": ("e2", "PER")})
    LAYER(doc)
    assert all(e.target != "e2" for e in doc.events)
