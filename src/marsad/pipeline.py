"""The pipeline: raw record -> cleaned Document -> every available layer, in dependency order.

`Analyzer` loads each layer's resources once and is reused for any number of documents (one per
worker process in batch runs). Layers are found by name; a layer whose module is not part of
this installation is simply absent, and each record's `layers` field says which ones ran.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
from collections.abc import Iterable, Iterator, Sequence

from marsad.document import Document
from marsad.ingest.record import RawRecord, ReadError

# name -> "module:Class", in the order they run. Each layer's `requires` is checked against it.
LAYER_REGISTRY: dict[str, str] = {
    "entities": "marsad.layers.entities.layer:EntityLayer",
    "dates": "marsad.layers.dates.layer:DateLayer",
    "sources": "marsad.layers.sources:SourceLayer",
    "quotes": "marsad.layers.quotes.layer:QuoteLayer",
    "events": "marsad.layers.events:EventLayer",
    "tone": "marsad.layers.tone:ToneLayer",
}


class PipelineError(RuntimeError):
    """The pipeline cannot be built: an unknown layer, or one whose requirements come later."""


class AnalysisError(RuntimeError):
    """A layer failed on one document. Carries the document origin and the layer name."""

    def __init__(self, origin: str, layer: str, exc: BaseException) -> None:
        super().__init__(f"{origin}: layer {layer!r} failed: {type(exc).__name__}: {exc}")
        self.origin = origin
        self.layer = layer


def _load_layer(name: str):
    module_name, _, class_name = LAYER_REGISTRY[name].partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None  # not part of this installation yet
        raise
    return getattr(module, class_name)()


def available_layers() -> list[str]:
    return [n for n in LAYER_REGISTRY if importlib.util.find_spec(LAYER_REGISTRY[n].partition(":")[0])]


REFREEZE_DOCS = 500  # documents between two `gc.freeze()` of what the layers have cached


class Analyzer:
    """Build once, call many times: `Analyzer()(doc)` or `Analyzer().analyze(text, ...)`."""

    def __init__(self, layers: Sequence[str] | None = None) -> None:
        names = list(LAYER_REGISTRY) if layers is None else list(layers)
        unknown = [n for n in names if n not in LAYER_REGISTRY]
        if unknown:
            raise PipelineError(f"unknown layer(s): {', '.join(unknown)}; known: {', '.join(LAYER_REGISTRY)}")
        names.sort(key=list(LAYER_REGISTRY).index)
        self.layers = []
        for name in names:
            layer = _load_layer(name)
            if layer is None:
                if layers is not None:
                    raise PipelineError(f"layer {name!r} is not available in this installation")
                continue
            self.layers.append(layer)
        ran: set[str] = set()
        for layer in self.layers:
            missing = [r for r in getattr(layer, "requires", ()) if r not in ran]
            if missing:
                raise PipelineError(f"layer {layer.name!r} requires {missing} to run before it")
            ran.add(layer.name)
        # The resources just loaded (KB, lexicons, models: millions of objects) live as long as
        # the process. Moved out of the cyclic garbage collector's reach, they are not traversed
        # again at every full collection an analysis triggers (about a tenth of the time per
        # article otherwise). Nothing is freed by this; it is what gc.freeze is for.
        gc.freeze()
        self._since_freeze = 0

    @property
    def layer_names(self) -> list[str]:
        return [layer.name for layer in self.layers]

    def __call__(self, doc: Document) -> Document:
        # The cyclic garbage collector waits until the document is done: an analysis allocates
        # tens of thousands of short-lived objects (freed as they go, none in cycles), and
        # collections in between would traverse every cache the layers and the tagger keep
        # (about 5% of the time per article). A collector the caller turned off stays off.
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            for layer in self.layers:
                try:
                    layer(doc)
                except Exception as exc:  # a bug in a layer must not kill a batch: report it
                    raise AnalysisError(doc.origin or doc.id, layer.name, exc) from exc
                doc.layers.append(layer.name)
        finally:
            if paused:
                gc.enable()
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

    def document(self, record: RawRecord, published: str | None = None) -> Document:
        from marsad.ingest.build import make_document

        return make_document(record, published=published)

    def analyze(
        self,
        text: str,
        title: str = "",
        published: str | None = None,
        *,
        id: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> Document:
        record = RawRecord(body=text, title=title, id=id, published=published, source=source, url=url,
                           origin=id or "<text>")
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
            try:
                yield self(doc)
            except AnalysisError as exc:
                yield exc


_default: Analyzer | None = None


def analyze(text: str, title: str = "", published: str | None = None, **meta) -> Document:
    """Analyse one text with a shared default Analyzer (built on first use)."""
    global _default
    if _default is None:
        _default = Analyzer()
    return _default.analyze(text, title=title, published=published, **meta)
