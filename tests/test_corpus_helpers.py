"""Shared data for the corpus tests: a few articles written for these tests, hand-annotated.

The annotations are made here (not by the layers) so that store, search and export tests do not
depend on what the layers currently find. Offsets are computed from the text, never typed in.
"""

from __future__ import annotations

from pathlib import Path

from marsad.corpus.store import Store
from marsad.corpus.work import finish
from marsad.document import DateExpr, Document, Entity, Event, Mention, Quote, SourceRef, Span, SpeakerRef
from marsad.layers.registry import available_layers

LAVROV_TITLE = "لافروف: موسكو تنتظر ردا مكتوبا من الحلف"
LAVROV_BODY = (
    "أعلن وَزِيرُ الخَارِجِيَّةِ الروسي سيرغي لافروف يوم الثلاثاء أن بلاده ما زالت تنتظر ردا مكتوبا على مقترحاتها. "
    "ونقلت وكالة تاس عن لافروف قوله \"لن نقبل بالمماطلة في قضايا الأمن الأوروبي\". "
    "وكان للافروف لقاء مطول مع نظيره التركي في أنقرة، وقال ولافروف في ختامه إن روسيا ترفض توسع حلف الناتو شرقا."
)
WIRE_BODY = (
    "أطلقت وزارة الصحة اليوم حملة وطنية للتطعيم ضد الحصبة تستهدف أكثر من مليوني طفل في مختلف مناطق المملكة، "
    "وذلك بالتعاون مع المدارس والمراكز الصحية الأولية. وأوضح المتحدث الرسمي باسم الوزارة أن الحملة تستمر "
    "أسبوعين كاملين، وأن الفرق الميدانية ستزور الأحياء البعيدة والقرى النائية لضمان وصول اللقاح إلى جميع "
    "الأطفال المستهدفين. ودعت الوزارة أولياء الأمور إلى التعاون مع الفرق الصحية وإحضار بطاقات التطعيم "
    "الخاصة بأبنائهم، مؤكدة أن اللقاح آمن ومجاني ومعتمد من الجهات الدولية المختصة."
)
WIRE_EDIT = WIRE_BODY.replace("اليوم ", "صباح اليوم ").replace("مؤكدة أن", "ومؤكدة كذلك أن")
ECONOMY_BODY = (
    "ارتفعت أسعار النفط في تعاملات الأربعاء بعد أن أظهرت بيانات رسمية تراجع المخزونات الأمريكية بأكثر من "
    "المتوقع، وفق ما ذكرته وكالة رويترز. وصعد خام برنت إلى أعلى مستوى له منذ ثلاثة أشهر، في حين توقع محللون "
    "أن تستمر الأسعار في الارتفاع مع اقتراب فصل الشتاء وزيادة الطلب على وقود التدفئة في أوروبا."
)
SPORT_BODY = (
    "فاز نادي الهلال على ضيفه النصر بهدفين مقابل هدف في المباراة التي جمعت الفريقين مساء الجمعة على ملعب "
    "المملكة أرينا في الرياض، ليعزز الهلال صدارته لجدول ترتيب الدوري بفارق أربع نقاط عن أقرب ملاحقيه."
)


def _at(text: str, surface: str, n: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(n + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def lavrov_doc() -> Document:
    doc = Document(text=f"{LAVROV_TITLE}\n\n{LAVROV_BODY}", id="lavrov-1", title=LAVROV_TITLE,
                   source="outlet-a", url="https://example.org/a/1", published="2026-01-13", origin="t.jsonl:1")
    t = doc.text
    lav = Entity("e1", "PER", "سيرغي لافروف", "Sergey Lavrov", "marsad:per/sergey-lavrov")
    for surface, n in (("لافروف", 0), ("سيرغي لافروف", 0), ("لافروف", 2)):
        s, e = _at(t, surface, n)
        lav.mentions.append(Mention(s, e, t[s:e], "name"))
    tass = Entity("e2", "ORG", "تاس", "TASS", "marsad:org/tass")
    s, e = _at(t, "تاس")
    tass.mentions.append(Mention(s, e, "تاس"))
    russia = Entity("e3", "LOC", "روسيا", "Russia", "marsad:loc/russia")
    s, e = _at(t, "روسيا")
    russia.mentions.append(Mention(s, e, "روسيا"))
    nato = Entity("e4", "ORG", "حلف الناتو", "NATO", "marsad:org/nato")
    s, e = _at(t, "حلف الناتو")
    nato.mentions.append(Mention(s, e, "حلف الناتو"))
    doc.entities = [lav, tass, russia, nato]
    qs, qe = _at(t, "لن نقبل بالمماطلة في قضايا الأمن الأوروبي")
    ss, se = _at(t, "لافروف", 2)
    cs, ce = _at(t, "قوله")
    doc.quotes = [Quote("direct", qs, qe, t[qs:qe], SpeakerRef("e1", ss, se, t[ss:se]), Span(cs, ce, "قوله"), ["e2"])]
    doc.sources = [SourceRef("e2", *_at(t, "تاس"), "تاس")]
    ds, de = _at(t, "يوم الثلاثاء")
    doc.dates = [DateExpr(ds, de, t[ds:de], "2026-01-13")]
    es, ee = _at(t, "إن روسيا ترفض توسع حلف الناتو شرقا")
    doc.events = [Event("REJECT", es, ee, t[es:ee], actor="e3", target="e4", date="2026-01-13", trigger="ترفض")]
    doc.layers = ["entities", "dates", "sources", "quotes", "events"]
    return doc


def plain_doc(doc_id: str, title: str, body: str, published: str | None, source: str | None) -> Document:
    doc = Document(text=f"{title}\n\n{body}", id=doc_id, title=title, source=source, published=published,
                   origin=f"t.jsonl:{doc_id}")
    if "رويترز" in body:
        reuters = Entity("e1", "ORG", "رويترز", "Reuters", "marsad:org/reuters")
        s, e = _at(doc.text, "رويترز")
        reuters.mentions.append(Mention(s, e, "رويترز"))
        doc.entities = [reuters]
        doc.sources = [SourceRef("e1", s, e, "رويترز")]
    return doc


def sample_docs() -> list[Document]:
    return [
        lavrov_doc(),
        plain_doc("wire-a", "حملة وطنية للتطعيم ضد الحصبة", WIRE_BODY, "2026-03-02", "outlet-a"),
        plain_doc("wire-b", "الصحة تطلق حملة تطعيم تستهدف مليوني طفل", WIRE_EDIT, "2026-03-01", "outlet-b"),
        plain_doc("oil-1", "النفط يرتفع مع تراجع المخزونات", ECONOMY_BODY, "2026-02-11", "outlet-b"),
        plain_doc("sport-1", "الهلال يتغلب على النصر ويعزز صدارته", SPORT_BODY, "2026-02-20", "outlet-c"),
    ]


def build_store(path: Path, docs: list[Document] | None = None) -> Store:
    store = Store(path)
    store.begin()
    for doc in docs if docs is not None else sample_docs():
        doc.check_offsets()
        store.add(finish(doc, f"raw-{doc.id}"))
    store.commit()
    return store


def light_layers() -> list[str]:
    """A cheap real pipeline for tests that run the analyzer."""
    return ["dates"] if "dates" in available_layers() else []


def test_sample_annotations_are_consistent() -> None:
    for doc in sample_docs():
        doc.check_offsets()
