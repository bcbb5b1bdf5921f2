"""Sources layer: outlets sharing a name told apart by the country adjective after it
(`namesakes.py`), and two outlets joined by "و" after a verb of reporting or obtaining.

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from marsad.document import Document, Mention
from marsad.layers.entities.add import add_entity
from source_fixtures import LAYER, names, run


def _kb_of_sources(doc: Document) -> list[str | None]:
    kbs = {e.id: e.kb for e in doc.entities}
    return [kbs.get(s.entity) for s in doc.sources]


def test_a_bare_daily_star_is_the_british_tabloid():
    doc = run("وقالت صحيفة ديلي ستار إن المدرب سيرحل عن النادي في الصيف.")
    assert names(doc) == ["ديلي ستار"]
    assert _kb_of_sources(doc) == ["marsad:outlet/daily-star-gb"]
    doc = run("وذكرت صحيفة «ديلي ستار» البريطانية أن اللاعب رفض العرض.")
    assert _kb_of_sources(doc) == ["marsad:outlet/daily-star-gb"]


def test_the_lebanese_adjective_picks_the_beirut_paper():
    doc = run("وأوردت صحيفة «الديلي ستار»، اللبنانية الناطقة بالإنجليزية، أن الحكومة اجتمعت.")
    assert names(doc) == ["الديلي ستار"]
    assert _kb_of_sources(doc) == ["marsad:outlet/daily-star-lb"]


def test_the_entity_layers_reading_of_a_namesake_is_corrected():
    text = "ونقلت صحيفة الديلي ستار اللبنانية عن مصدر وزاري أن الجلسة أرجئت."
    doc = Document(text=text, title="")
    start = text.index("الديلي ستار")
    add_entity(doc, "ORG", "ديلي ستار", [Mention(start, start + len("الديلي ستار"), "الديلي ستار", "name")],
               kb="marsad:outlet/daily-star-gb")
    LAYER(doc)
    assert _kb_of_sources(doc) == ["marsad:outlet/daily-star-lb"]
