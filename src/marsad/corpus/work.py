"""The CPU-heavy part of ingestion, run in worker processes: one raw record -> what the store needs.

A worker builds its `Analyzer` once (`init_worker`) and turns chunks of raw records into
`Analysed` results (record JSON, MinHash signature, full-text index terms) or `Failed` ones.
Nothing here touches the store: the main process is the only writer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from marsad.corpus.budget import NO_BUDGET, RecordGuard, RecordTimeout
from marsad.corpus.dedup import entity_profile, signature
from marsad.corpus.tables import StoreRows, store_rows
from marsad.corpus.text_index import index_fields
from marsad.document import Document
from marsad.ingest.record import RawRecord
from marsad.layers.registry import LayerConfig
from marsad.pipeline import AnalysisError, Analyzer


@dataclass(slots=True)
class Analysed:
    raw_hash: str
    hash: str
    record_json: str
    sig: bytes | None
    title_idx: str
    body_idx: str
    ents: str = ""  # entity profile for the dedup template check (dedup.entity_profile)
    # the analysed document itself while the result stays in the process that made it (an
    # in-process run): the store reads its rows from it instead of parsing `record_json` back.
    # Never pickled: a result crossing a process boundary is its record JSON and its `rows`.
    doc: Document | None = field(default=None, repr=False, compare=False)
    # the store's rows of the document and its signature's band keys (`tables.store_rows`), made
    # when the result is pickled (in the worker that analysed it): the writing process stores
    # them as they come, without parsing the record back into a document or hashing the bands.
    # None: the store reads `doc` or `record_json`.
    rows: StoreRows | None = field(default=None, repr=False, compare=False)

    def __getstate__(self) -> tuple:
        rows = self.rows
        if rows is None and self.doc is not None:
            try:
                rows = store_rows(self.doc, self.sig)
            except Exception:  # the store rebuilds the document from its JSON, and fails it by name
                rows = None
        return (self.raw_hash, self.hash, self.record_json, self.sig, self.title_idx, self.body_idx, self.ents, rows)

    def __setstate__(self, state: tuple) -> None:
        (self.raw_hash, self.hash, self.record_json, self.sig, self.title_idx, self.body_idx, self.ents,
         self.rows) = state
        self.doc = None


@dataclass(slots=True)
class Failed:
    origin: str
    error: str
    raw_hash: str | None = None
    # the worker that analysed it passed its memory budget: the pool replaces its workers
    replace_worker: bool = False


Result = Analysed | Failed
T = TypeVar("T")


def raw_hash(rec: RawRecord, published: str | None = None) -> str:
    """Identity of a raw record (and the fallback date it is analysed with): rerun skip key."""
    payload = json.dumps(
        [rec.id, rec.title, rec.body, rec.published, rec.source, rec.url, rec.author, published],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# one encoder for every record: `json.dumps` with options builds a new one per call; records are
# trees of plain values, so the check for circular references is skipped (same output)
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def doc_hash(doc_id: str, text: str) -> str:
    """Identity of a stored document: its id and cleaned text."""
    return hashlib.sha256(f"{doc_id}\0{text}".encode()).hexdigest()


def finish(doc: Document, rh: str) -> Result:
    """Check an analysed document and compute what the store needs from it."""
    try:
        doc.check_offsets()
    except ValueError as exc:
        return Failed(doc.origin or doc.id, f"offset check failed: {exc}", rh)
    tokens = doc.tokens  # cached on the document: the layers have already computed keys and splits
    body_start = doc.body_start
    title_idx, body_idx = index_fields(tokens, body_start)
    body_words = [t.key for t in tokens if t.kind != "punct" and t.start >= body_start]
    return Analysed(
        raw_hash=rh,
        hash=doc_hash(doc.id, doc.text),
        record_json=_RECORD_ENCODER.encode(doc.to_record()),
        sig=signature(words=body_words or [t.key for t in tokens if t.kind != "punct"]),
        title_idx=title_idx,
        body_idx=body_idx,
        ents=entity_profile(doc.entities, body_start),
        doc=doc,
    )


def origin_of(rec: RawRecord) -> str:
    return rec.origin or str(rec.id or "<record>")


def build(analyzer: Analyzer, rec: RawRecord, published: str | None = None) -> tuple[str, Document] | Failed:
    """(raw hash, document) of a record, or its `Failed`: never an exception."""
    origin = origin_of(rec)
    try:
        rh = raw_hash(rec, published)
    except Exception as exc:  # e.g. a lone surrogate from a caller that bypassed the readers
        return Failed(origin, f"unusable record: {type(exc).__name__}: {exc}")
    try:
        doc = analyzer.document(rec, published=published)
    except Exception as exc:
        return Failed(origin, f"could not build document: {type(exc).__name__}: {exc}", rh)
    if not doc.text.strip():
        return Failed(origin, "empty document: no title and no text after cleaning", rh)
    return rh, doc


def analyse_built(analyzer: Analyzer, origin: str, rh: str, doc: Document) -> Result:
    """A built document's result; whatever goes wrong with it is its `Failed`, never an exception."""
    try:
        analyzer(doc)
    except AnalysisError as exc:
        return Failed(origin, str(exc), rh)
    except Exception as exc:  # the analyzer wraps layer errors; anything else is still one document's
        return Failed(origin, f"analysis failed: {type(exc).__name__}: {exc}", rh)
    try:
        return finish(doc, rh)
    except Exception as exc:  # the record could not be serialised or indexed: still one record's
        return Failed(origin, f"could not prepare for the store: {type(exc).__name__}: {exc}", rh)


def analyse(analyzer: Analyzer, rec: RawRecord, published: str | None = None) -> Result:
    """One record's result; whatever goes wrong with it is its `Failed`, never an exception."""
    built = build(analyzer, rec, published)
    if isinstance(built, Failed):
        return built
    return analyse_built(analyzer, origin_of(rec), *built)


def analyse_within(analyzer: Analyzer, guard: RecordGuard, rec: RawRecord, published: str | None) -> Result:
    """`analyse` under the budgets: a record over its time is a failure, and so is the record
    during which a pool worker passed its memory budget (the worker is then replaced)."""
    return _guarded(guard, rec, published, lambda: analyse(analyzer, rec, published))


def _guarded(guard: RecordGuard, rec: RawRecord, published: str | None, step: Callable[[], T]) -> T | Failed:
    """`step` (one record's work) under the budgets (see `analyse_within`)."""
    result: T | Failed
    try:
        guard.begin()
        result = step()
    except RecordTimeout:
        result = Failed(origin_of(rec), guard.budget.time_message(), _hash_or_none(rec, published))
    finally:
        guard.end()
    return _over_memory(guard, rec, result)


def _over_memory(guard: RecordGuard, rec: RawRecord, result: T) -> T | Failed:
    """`result`, or the record's failure if the worker has just passed its memory budget."""
    rss = guard.memory_crossed()
    if rss is None:
        return result
    rh = result.raw_hash if isinstance(result, Analysed | Failed) else result[0]  # type: ignore[index]
    return Failed(origin_of(rec), guard.budget.memory_message(rss), rh, replace_worker=True)


def analyse_many(analyzer: Analyzer, guard: RecordGuard, chunk: Sequence[RawRecord],
                 published: str | None) -> list[Result]:
    """`analyse_within` of each record of a chunk, the work that pays to do for several documents
    at once done for all of them first (`Analyzer.prepare`: the same results, faster). A record
    still fails alone, named: building its document and analysing it are that record's steps
    under the budgets; preparing is one more step, for the chunk, which only saves work (should
    it fail or run out of time, each document is analysed alone)."""
    if len(chunk) < 2:
        return [analyse_within(analyzer, guard, rec, published) for rec in chunk]
    built = [_guarded(guard, rec, published, lambda rec=rec: build(analyzer, rec, published)) for rec in chunk]
    try:
        guard.begin()
        analyzer.prepare([b[1] for b in built if not isinstance(b, Failed)])
    except RecordTimeout:
        analyzer.prepare([])  # forget what was half done
    finally:
        guard.end()
    out: list[Result] = []
    for rec, b in zip(chunk, built, strict=True):
        if isinstance(b, Failed):
            out.append(b)
        else:
            out.append(_guarded(guard, rec, published,
                                lambda rec=rec, b=b: analyse_built(analyzer, origin_of(rec), *b)))
    analyzer.prepare([])  # the chunk's documents are not kept past it
    return out


def _hash_or_none(rec: RawRecord, published: str | None) -> str | None:
    try:
        return raw_hash(rec, published)
    except Exception:
        return None


# --- worker process state: one Analyzer per process ----------------------------------------
_ANALYZER: Analyzer | None = None
_PUBLISHED: str | None = None
_GUARD: RecordGuard | None = None


def init_worker(
    layers: Sequence[str] | None, published: str | None, config: LayerConfig | None = None,
    guard: RecordGuard | None = None,
) -> RecordGuard:
    """Build this process's Analyzer (the layers by name, each with its options from `config`);
    `guard` holds each record to its budget (default: none)."""
    global _ANALYZER, _PUBLISHED, _GUARD
    _ANALYZER = Analyzer(layers, config)
    _PUBLISHED = published
    _GUARD = guard or RecordGuard(NO_BUDGET)
    return _GUARD


def analyse_chunk(chunk: list[RawRecord]) -> list[Result]:
    if _ANALYZER is None or _GUARD is None:
        raise RuntimeError("init_worker was not called in this process")
    return analyse_many(_ANALYZER, _GUARD, chunk, _PUBLISHED)
