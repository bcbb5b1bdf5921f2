"""Tagging the documents of a chunk together (`NerTagger.tag_many`, `Analyzer.prepare`,
`work.analyse_many`) gives what tagging each alone gives, and a bad record still fails alone."""

from __future__ import annotations

import numpy as np
import pytest

from marsad.corpus import work
from marsad.corpus.budget import NO_BUDGET, RecordGuard
from marsad.document import Document
from marsad.ingest.record import RawRecord
from marsad.ner.viterbi import viterbi
from marsad.pipeline import Analyzer

# Our own sentences. The same surname appears in two texts in different roles (a person in one,
# a company in the other), so a text's second-stage memory must not leak into the next one's.
TEXTS = [
    "استقبل الرئيس اللبناني ميشال عون في قصر بعبدا وفدا من البنك الدولي . وقال عون إن لبنان يحتاج إلى دعم عاجل .\n"
    "وأضاف عون أن الحكومة ستعرض خطتها على صندوق النقد الدولي الشهر المقبل .",
    "أعلنت شركة عون للمقاولات في عمان توقيع عقد جديد مع وزارة الأشغال العامة الأردنية .\n"
    "وقالت عون للمقاولات إن المشروع يمتد ثلاث سنوات .",
    "نعم",
    "التقى وزير الخارجية المصري سامح شكري نظيره التركي في أنقرة ، وبحثا العلاقات بين القاهرة وأنقرة .",
    ". . .",
]


@pytest.fixture(scope="module")
def tagger():
    from marsad.ner.tagger import NerTagger

    return NerTagger.load()


def _docs() -> list[Document]:
    return [Document(text=t) for t in TEXTS]


def test_tagging_documents_together_gives_each_its_own_spans(tagger) -> None:
    alone = [tagger.tag(d) for d in _docs()]
    assert any(alone)
    assert tagger.tag_many(_docs()) == alone
    assert tagger.tag_many(_docs()[::-1]) == alone[::-1]
    assert tagger.tag_many([]) == []


def test_prepared_spans_are_answered_for_those_documents_only(tagger) -> None:
    docs = _docs()
    alone = [tagger.tag(Document(text=t)) for t in TEXTS]
    tagger.prepare(docs)
    assert [tagger.tag(d) for d in docs] == alone
    # another document object with the same text is tagged as ever
    assert tagger.tag(Document(text=TEXTS[0])) == alone[0]
    tagger.prepare([])
    assert not tagger._ready


def test_batched_viterbi_equals_sentence_by_sentence() -> None:
    rng = np.random.default_rng(7)
    lens = np.array([5, 0, 1, 12, 3, 12, 7], dtype=np.int64)
    score = rng.normal(size=(int(lens.sum()), 9))
    trans = rng.normal(size=(9, 9))
    together = viterbi(score, trans, lens)
    alone, at = [], 0
    for n in lens.tolist():
        alone.append(viterbi(score[at:at + n], trans, np.array([n])) if n else np.zeros(0, dtype=np.int64))
        at += n
    assert together.tolist() == np.concatenate(alone).tolist()


class _FailsOnMarker:
    """A layer that fails on one document (by a word in it) and whose `prepare` may fail too."""

    name = "fails_on_marker"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __init__(self, prepare_fails: bool = False) -> None:
        self.prepare_fails = prepare_fails
        self.prepared = 0

    def prepare(self, docs) -> None:
        self.prepared += 1
        if self.prepare_fails:
            raise RuntimeError("prepare broke")

    def __call__(self, doc: Document) -> Document:
        if "قنبلة" in doc.text:
            raise ValueError("marked document")
        return doc


def _records() -> list[RawRecord]:
    bodies = [*TEXTS[:2], "خبر فيه كلمة قنبلة لا غير .", TEXTS[3], "   "]
    return [RawRecord(body=b, title=f"خبر {i}" if b.strip() else "", id=f"r{i}", origin=f"in.jsonl:{i + 1}")
            for i, b in enumerate(bodies)]


@pytest.mark.parametrize("prepare_fails", [False, True])
def test_a_chunk_gives_what_its_records_give_one_by_one_and_a_bad_one_fails_alone(prepare_fails) -> None:
    layer = _FailsOnMarker(prepare_fails)
    analyzer = Analyzer(["entities", layer])
    guard = RecordGuard(NO_BUDGET)
    recs = _records()
    together = work.analyse_many(analyzer, guard, recs, None)
    alone = [work.analyse_within(analyzer, guard, rec, None) for rec in recs]
    assert layer.prepared >= 1
    assert [type(r).__name__ for r in together] == ["Analysed", "Analysed", "Failed", "Analysed", "Failed"]
    assert together[2].origin == "in.jsonl:3" and "marked document" in together[2].error
    assert together[4].origin == "in.jsonl:5" and "empty document" in together[4].error
    assert together == alone
    assert not analyzer.layers[0].ner._ready  # the chunk's documents are not kept
