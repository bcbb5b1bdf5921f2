"""The batch runner: read -> skip what is stored -> analyse (any executor) -> write, resumably.

The main process reads the inputs, drops raw records already analysed (by raw-record hash,
before any analysis), sends the rest in chunks to the executor and writes the results in input
order. Documents are committed in batches (`BATCH_DOCS`, or every `BATCH_SECONDS`); each
document's rows are written together under a savepoint. A run killed at any point leaves the
store consistent; the next run continues where the last commit ended.
"""

from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from marsad.corpus.executor import Executor, Handle
from marsad.corpus.store import Store
from marsad.corpus.tables import document_of
from marsad.corpus.work import Analysed, Failed, Result, raw_hash
from marsad.ingest.record import RawRecord, ReadError

CHUNK_DOCS = 16
# Each commit rewrites every index page its batch touched, and the keys of the LSH, raw-hash and
# document-hash indexes are hashes (spread over all pages): with 200 documents per commit, a
# long run wrote ~90 pages per document. Readers see new documents at each commit.
BATCH_DOCS = 1000
BATCH_SECONDS = 10.0


@dataclass
class IngestStats:
    read: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    failed_before: int = 0  # of `failed`: records that had already failed the same way in this store
    # failures named on stderr as they happen (--quiet: none, --verbose: all); past them, the
    # store's list (`marsad stats --failures`) is the place to look
    named_failures: int = 10
    clustered: int = 0
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0
    total: int | None = None

    @property
    def done(self) -> int:
        return self.stored + self.skipped + self.failed

    @property
    def rate(self) -> float:
        """Articles analysed and stored per second (skipped ones excluded)."""
        return self.stored / self.elapsed if self.elapsed > 0 else 0.0

    def tick(self) -> None:
        self.elapsed = time.monotonic() - self.started

    def summary(self) -> str:
        return (
            f"read {self.read}, stored {self.stored}, skipped (already stored) {self.skipped}, "
            f"failed {self.failed}{f' ({self.failed_before} as in an earlier run)' if self.failed_before else ''}, "
            f"joined a duplicate cluster {self.clustered}, "
            f"elapsed {self.elapsed:.1f}s, {self.rate:.1f} articles/s"
        )


class _Writer:
    """Consumes results in order and commits in batches."""

    def __init__(
        self, store: Store, stats: IngestStats, on_progress: Callable[[IngestStats], None] | None,
        batch_docs: int = BATCH_DOCS,
    ) -> None:
        self.store = store
        self.batch_docs = batch_docs
        self.stats = stats
        self.on_progress = on_progress
        self.pending_docs = 0
        self.last_commit = time.monotonic()
        store.begin()

    def failure(self, origin: str, error: str, rh: str | None) -> None:
        # what a hostile record put in its origin or message (a lone surrogate) must not stop
        # the run at the very place that reports it
        origin, error = _printable(origin), _printable(error)
        self.stats.failed_before += self.store.add_failure(origin, error, rh)
        self.stats.failed += 1
        named = self.stats.named_failures
        if self.stats.failed <= named:
            print(f"marsad: failed: {origin}: {error}", file=sys.stderr)
        elif self.stats.failed == named + 1 and named:
            print("marsad: more records failed; `marsad stats --failures` lists them all", file=sys.stderr)

    def consume(self, results: list[Result]) -> None:
        for res in results:
            if isinstance(res, Failed):
                self.failure(res.origin, res.error, res.raw_hash)
                continue
            try:
                outcome = self.store.add(res)
            except Exception as exc:  # a row the store refuses is this document's failure, not the run's
                self.failure(_origin(res), f"store: {type(exc).__name__}: {exc}", res.raw_hash)
                continue
            if outcome == "skipped":
                self.stats.skipped += 1
            else:
                self.stats.stored += 1
                self.pending_docs += 1
                if outcome == "clustered":
                    self.stats.clustered += 1
        self.maybe_commit()
        self.progress()

    def maybe_commit(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or self.pending_docs >= self.batch_docs or now - self.last_commit >= BATCH_SECONDS:
            self.store.commit()
            self.store.begin()
            self.pending_docs = 0
            self.last_commit = now

    def progress(self) -> None:
        self.stats.tick()
        if self.on_progress:
            self.on_progress(self.stats)

    def finish(self) -> None:
        self.store.clear_resolved_failures()
        self.store.commit()
        self.progress()


def _origin(res: Analysed) -> str:
    try:
        doc = document_of(res)
    except Exception:  # the record the store refused may not even read back
        return f"<raw record {res.raw_hash[:12]}>"
    return doc.origin or doc.id


def _printable(text: str) -> str:
    """`text` as valid UTF-8 (lone surrogates replaced), to store and print."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def _chunks(
    items: Iterable[RawRecord | ReadError], store: Store, writer: _Writer, published: str | None, size: int,
    keep_failure: Callable[[Failed], None] | None = None,
) -> Iterator[list[RawRecord]]:
    chunk: list[RawRecord] = []
    for item in items:
        writer.stats.read += 1
        if isinstance(item, ReadError):
            writer.failure(item.origin, item.message, None)
            if keep_failure is not None:  # an engine whose output is loaded elsewhere keeps it too
                keep_failure(Failed(item.origin, item.message, None))
            continue
        try:
            seen = store.seen(raw_hash(item, published))
        except Exception as exc:  # a record that cannot even be hashed is its own failure
            writer.failure(item.origin or str(item.id), f"unusable record: {type(exc).__name__}: {exc}", None)
            continue
        if seen:
            writer.stats.skipped += 1
            if writer.stats.skipped % 500 == 0:
                writer.progress()
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_batch(
    items: Iterable[RawRecord | ReadError],
    store: Store,
    executor: Executor,
    *,
    published: str | None = None,
    chunk_size: int | None = None,
    on_progress: Callable[[IngestStats], None] | None = None,
    stats: IngestStats | None = None,
    batch_docs: int = BATCH_DOCS,
) -> IngestStats:
    """Analyse and store every item; returns the counts. Ctrl-C commits what is done, then re-raises."""
    stats = stats or IngestStats()
    chunk_size = chunk_size or getattr(executor, "chunk_size", CHUNK_DOCS)
    writer = _Writer(store, stats, on_progress, batch_docs)
    in_flight: deque[Handle] = deque()
    try:
        for chunk in _chunks(items, store, writer, published, chunk_size, getattr(executor, "keep_failure", None)):
            in_flight.append(executor.submit(chunk))
            while len(in_flight) >= max(1, executor.window):
                writer.consume(in_flight.popleft().result())
        while in_flight:
            writer.consume(in_flight.popleft().result())
    finally:
        # every consumed document is complete: keep them (also on Ctrl-C or a crash elsewhere)
        writer.finish()
    return stats


def consume_results(
    results: Iterable[list[Result]], store: Store, on_progress: Callable[[IngestStats], None] | None = None,
    stats: IngestStats | None = None,
) -> IngestStats:
    """Write already analysed results (e.g. Parquet shards from the Dask engine) into the store."""
    stats = stats or IngestStats()
    writer = _Writer(store, stats, on_progress)
    try:
        for chunk in results:
            stats.read += len(chunk)
            writer.consume(chunk)
    finally:
        writer.finish()
    return stats
