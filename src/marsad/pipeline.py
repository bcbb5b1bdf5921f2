"""The pipeline: raw record -> cleaned Document -> every available layer, in dependency order.

`Analyzer` loads each layer's resources once and is reused for any number of documents (one per
worker process in batch runs). Layers are found by name; a layer whose module is not part of
this installation is simply absent, and each record's `layers` field says which ones ran. The
layers, their requirements and options are in `marsad.layers.registry`.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from marsad.document import Document
from marsad.ingest.record import RawRecord, ReadError
from marsad.layers.registry import REGISTRY, Layer, LayerConfig, PipelineError, plan, spec, validate

__all__ = ["AnalysisError", "Analyzer", "PipelineError", "analyze"]


class AnalysisError(RuntimeError):
    """A layer failed on one document. Carries the document origin and the layer name."""

    def __init__(self, origin: str, layer: str, exc: BaseException) -> None:
        super().__init__(f"{origin}: layer {layer!r} failed: {type(exc).__name__}: {exc}")
        self.origin = origin
        self.layer = layer


# the languages a layer reads, unless it says otherwise (`languages = None`: any language)
ARABIC_ONLY = ("ar",)
REFREEZE_DOCS = 500  # documents between two `gc.freeze()` of what the layers have cached
# Net allocations of container objects between two young collections (Python's default: 700).
# An analysis leaves no cycles behind, so a young collection only walks the documents still
# alive (a batch worker holds a chunk of them) and finds nothing to free: with the default, one
# ran after nearly every document, and every tenth walked ten documents again, ~0.5 ms an article
# (~5% of ingest). At this threshold they run a few times per thousand articles; a cycle made
# elsewhere is still found, a little later.
YOUNG_COLLECTION_THRESHOLD = 100_000
log = logging.getLogger(__name__)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the block (one left off by the caller stays off)."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _build(steps: Sequence[str | Layer] | None, config: LayerConfig) -> list[Layer]:
    """Layer names alone run in registry order, whatever order they are given in (what
    `--layers` gives); a list with layer instances runs in the order given."""
    if steps is None or all(isinstance(s, str) for s in steps):
        return [s.build(config.get(s.name)) for s in plan(steps, config)]
    # instances are checked before any registered layer loads its resources
    validate([spec(s) if isinstance(s, str) else s for s in steps], config)
    named = [s for s in steps if isinstance(s, str)]
    absent = [n for n in named if not REGISTRY[n].available()]
    if absent:
        raise PipelineError(f"layer(s) not available in this installation: {', '.join(absent)}")
    return [REGISTRY[s].build(config.get(s)) if isinstance(s, str) else s for s in steps]


class Analyzer:
    """Build once, call many times: `Analyzer()(doc)` or `Analyzer().analyze(text, ...)`.

    `steps`: layer names or layer instances (anything with `name`, `requires`, `assigns` and
    `__call__(doc)`); None runs every available layer. `config` maps a layer name to the options
    its factory is built with, e.g. `{"entities": {"ner_network": True}}`.
    """

    def __init__(self, steps: Sequence[str | Layer] | None = None, config: LayerConfig | None = None) -> None:
        self.config: dict[str, dict] = {name: dict(options) for name, options in (config or {}).items()}
        self.layers: list[Layer] = _build(steps, self.config)
        # The resources just loaded (KB, lexicons, models: millions of objects) live as long as
        # the process. Moved out of the cyclic garbage collector's reach, they are not traversed
        # again at every full collection an analysis triggers (about a tenth of the time per
        # article otherwise). Nothing is freed by this; it is what gc.freeze is for.
        gc.freeze()
        young, *older = gc.get_threshold()
        if 0 < young < YOUNG_COLLECTION_THRESHOLD:  # 0: the caller turned automatic collection off
            gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *older)
        self._since_freeze = 0

    @property
    def layer_names(self) -> list[str]:
        return [layer.name for layer in self.layers]

    def __call__(self, doc: Document) -> Document:
        # The cyclic garbage collector waits until the document is done: an analysis allocates
        # tens of thousands of short-lived objects (freed as they go, none in cycles), and
        # collections in between would traverse every cache the layers and the tagger keep
        # (about 5% of the time per article). A collector the caller turned off stays off.
        skipped: list[str] = []
        with _collector_paused():
            for layer in self.layers:
                languages = getattr(layer, "languages", ARABIC_ONLY)
                if languages is not None and doc.language not in languages:
                    skipped.append(layer.name)
                    continue
                try:
                    layer(doc)
                except Exception as exc:  # a bug in a layer must not kill a batch: report it
                    raise AnalysisError(doc.origin or doc.id, layer.name, exc) from exc
                doc.layers.append(layer.name)
        if skipped:
            doc.warnings.append(f"language {doc.language!r}, not Arabic: these layers did not run: {', '.join(skipped)}")
        self._since_freeze += 1
        if self._since_freeze >= REFREEZE_DOCS and gc.isenabled():
            # What outlives this many documents is what the layers cache (analyses leave no
            # cycles behind): frozen too, full collections stop re-traversing it (they cost
            # about 4% of the time per article otherwise). The collection first frees any
            # cycle, so nothing unreachable is frozen.
            self._since_freeze = 0
            gc.collect()
            gc.freeze()
        return doc

    def prepare(self, docs: Sequence[Document]) -> None:
        """Work that pays to do for several documents at once, done before `self(doc)` is called on
        each of them (the NER tagger tags all their sentences in one pass): the same output, less
        fixed cost per document. Each layer with a `prepare(docs)` hook is given the documents it
        reads. Optional: a document analysed without it, or one it failed on, is analysed alone
        as ever; so a failure here is dropped, and `self(doc)` meets it on that document."""
        for layer in self.layers:
            hook = getattr(layer, "prepare", None)
            if hook is None:
                continue
            languages = getattr(layer, "languages", ARABIC_ONLY)
            mine = [d for d in docs if languages is None or d.language in languages]
            try:
                with _collector_paused():  # as in `__call__`
                    hook(mine)
            except Exception:  # one bad document must fail alone, in its own analysis
                log.debug("layer %s: prepare failed; its documents are analysed one by one", layer.name,
                          exc_info=True)

    def document(self, record: RawRecord, published: str | None = None) -> Document:
        from marsad.ingest.build import make_document

        return make_document(record, published=published)

    def analyze(
        self,
        text: str | bytes,
        title: str = "",
        published: str | None = None,
        *,
        id: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> Document:
        """Analyse one article. Bytes are decoded as the readers decode files (UTF-8, UTF-16,
        Windows-1256), and what that took is said in `doc.warnings`."""
        warnings: list[str] = []
        if isinstance(text, bytes | bytearray):
            from marsad.ingest.encoding import DecodeError, decode_bytes

            try:
                decoded = decode_bytes(bytes(text))
            except DecodeError as exc:
                raise ValueError(f"cannot read these bytes as text: {exc}") from None
            text, warnings = decoded.text, decoded.warnings
        elif not isinstance(text, str):
            raise TypeError(f"analyze() takes the article as str or bytes, not {type(text).__name__}")
        record = RawRecord(body=text, title=title, warnings=warnings, id=id, published=published, source=source,
                           url=url, origin=id or "<text>")
        return self(self.document(record))

    def run(
        self, items: Iterable[RawRecord | ReadError], published: str | None = None
    ) -> Iterator[Document | ReadError | AnalysisError]:
        """Analyse a stream of records in order; failures are yielded, never raised."""
        for item in items:
            if isinstance(item, ReadError):
                yield item
                continue
            try:
                doc = self.document(item, published=published)
            except Exception as exc:
                yield ReadError(item.origin, f"could not build document: {type(exc).__name__}: {exc}")
                continue
            if not doc.text.strip():  # as `ingest` does: nothing to analyse is a failure, said
                yield ReadError(item.origin, "empty document: no title and no text after cleaning")
                continue
            try:
                yield self(doc)
            except AnalysisError as exc:
                yield exc
            except Exception as exc:  # one record's trouble, never the run's
                yield ReadError(item.origin, f"analysis failed: {type(exc).__name__}: {exc}")


_default: Analyzer | None = None


def analyze(text: str, title: str = "", published: str | None = None, **meta) -> Document:
    """Analyse one text with a shared default Analyzer (built on first use)."""
    global _default
    if _default is None:
        _default = Analyzer()
    return _default.analyze(text, title=title, published=published, **meta)
