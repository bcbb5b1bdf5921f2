"""The layer registry: what each layer needs, what it writes, its options, and how to build it.

Each layer is registered once, here, with
- `requires`: what earlier steps must have assigned on the Document before it runs;
- `assigns`: what it writes on the Document ("entities", "dates", "sources", ...);
- `defaults`: its options and their default values (the only options its factory accepts);
- `factory`: "module:callable", imported only when the layer is built, so a layer whose module
  is not part of this installation is just "not available".

`validate(steps)` is the one check of a pipeline, used by `Analyzer` and by every executor
before it starts workers: unknown names, requirements no earlier step assigns, and two steps
writing the same thing (a step may add to what an earlier one assigned only if it declares
that it requires it, as `sources` adds agencies to `entities`).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from marsad.document import EXTENSION_TYPES, Document

LayerConfig = Mapping[str, Mapping[str, Any]]


class PipelineError(RuntimeError):
    """The pipeline cannot be built: an unknown layer or option, or a requirement nothing assigns."""


@runtime_checkable
class Layer(Protocol):
    """What a pipeline step is: built once, then `layer(doc)` writes what it `assigns`.

    A layer may also say which document languages it reads (`languages = ("ar",)` is assumed;
    `None` for any): the Analyzer skips it, with a warning, on documents in other languages.
    """

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class LayerSpec:
    name: str
    factory: str | Callable[..., Layer]  # "module:callable" (imported when built) or the callable
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    defaults: Mapping[str, Any] = field(default_factory=dict)
    # a layer the Document has no field for: the class of what it writes in doc.extensions[name]
    # and the store tables its annotations fill ("module:attr" strings or the objects themselves)
    annotation: str | type | None = None
    tables: str | Sequence[Any] | None = None

    @property
    def module(self) -> str | None:
        return self.factory.partition(":")[0] if isinstance(self.factory, str) else None

    def available(self) -> bool:
        if self.module is None:
            return True
        try:
            return importlib.util.find_spec(self.module) is not None
        except ModuleNotFoundError:  # a parent package is missing
            return False

    def options(self, given: Mapping[str, Any] | None) -> dict[str, Any]:
        """The defaults overridden by `given`; an option the layer does not have is an error."""
        unknown = sorted(set(given or {}) - set(self.defaults))
        if unknown:
            known = ", ".join(sorted(self.defaults)) or "none"
            raise PipelineError(f"layer {self.name!r} has no option(s) {', '.join(unknown)} (its options: {known})")
        return {**self.defaults, **(given or {})}

    def build(self, given: Mapping[str, Any] | None = None) -> Layer:
        if not self.available():
            raise PipelineError(f"layer {self.name!r} is not available in this installation")
        layer = _resolve(self.factory)(**self.options(given))
        declared = (getattr(layer, "name", None), tuple(getattr(layer, "requires", ())),
                    tuple(getattr(layer, "assigns", ())))
        if declared != (self.name, self.requires, self.assigns):
            raise PipelineError(f"layer {self.name!r} is registered as {(self.name, self.requires, self.assigns)} "
                                f"but its factory built one declaring {declared}")
        return layer


    def store_tables(self) -> tuple[Any, ...]:
        """The store tables (`corpus.tables.Table`) this layer's annotations fill, if it says."""
        return tuple(_resolve(self.tables)) if self.tables is not None else ()


def _resolve(ref: Any) -> Any:
    """An object named "module:attr" (imported now), or the object itself."""
    if not isinstance(ref, str):
        return ref
    module, _, attr = ref.partition(":")
    return getattr(importlib.import_module(module), attr)


# name -> spec, in the order the layers run when they are asked for by name
REGISTRY: dict[str, LayerSpec] = {}


def register(name: str, factory: str | Callable[..., Layer], *, requires: Sequence[str] = (),
             assigns: Sequence[str] = (), defaults: Mapping[str, Any] | None = None,
             annotation: str | type | None = None, tables: str | Sequence[Any] | None = None) -> LayerSpec:
    """Register a layer. A layer that writes something the Document has no field for gives the
    `annotation` class of what it writes in `doc.extensions[name]` (the record carries it, reading
    a record rebuilds it) and, to be stored, its `tables` (rows per document); nothing else in
    marsad needs to change for it."""
    if name in REGISTRY:
        raise PipelineError(f"layer {name!r} is already registered")
    spec = REGISTRY[name] = LayerSpec(name, factory, tuple(requires), tuple(assigns), dict(defaults or {}),
                                      annotation, tables)
    if annotation is not None:
        EXTENSION_TYPES[name] = annotation
    return spec


def unregister(name: str) -> None:
    """Forget a layer registered at run time (a plug-in, a test)."""
    REGISTRY.pop(name, None)
    EXTENSION_TYPES.pop(name, None)


register("entities", "marsad.layers.entities.layer:EntityLayer", assigns=("entities",),
         defaults={"use_ner": True, "ner_network": False})
register("dates", "marsad.layers.dates.layer:DateLayer", assigns=("dates",))
register("sources", "marsad.layers.sources:SourceLayer", requires=("entities",), assigns=("sources", "entities"))
register("quotes", "marsad.layers.quotes.layer:QuoteLayer", requires=("entities", "sources"), assigns=("quotes",),
         defaults={"speaker_model": True})
register("events", "marsad.layers.events:EventLayer", requires=("entities", "dates"), assigns=("events",),
         defaults={"unnamed": False})
register("tone", "marsad.layers.tone:ToneLayer", assigns=("tone",))


def registered() -> list[str]:
    """Every registered layer name, in run order."""
    return list(REGISTRY)


def available_layers() -> list[str]:
    """The registered layers whose module is part of this installation, in run order."""
    return [name for name, spec in REGISTRY.items() if spec.available()]


def spec(name: str) -> LayerSpec:
    try:
        return REGISTRY[name]
    except KeyError:
        raise PipelineError(f"unknown layer {name!r}; known: {', '.join(REGISTRY)}") from None


Step = str | LayerSpec | Layer


def _check_known(names: Sequence[str]) -> None:
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise PipelineError(f"unknown layer(s): {', '.join(unknown)}; known: {', '.join(REGISTRY)}")


def validate(steps: Sequence[Step], config: LayerConfig | None = None) -> list[str]:
    """Check a pipeline without building anything; returns its step names in order.

    Steps are layer names, specs or layer instances, in the order they would run. `config`
    (layer name -> options) may only name registered layers and their options.
    """
    _check_known([s for s in steps if isinstance(s, str)])
    for name, options in (config or {}).items():
        spec(name).options(options)
    assigned: set[str] = set()
    names: list[str] = []
    for step in steps:
        s = REGISTRY[step] if isinstance(step, str) else step
        name, requires, assigns = s.name, tuple(s.requires), tuple(getattr(s, "assigns", ()))
        if name in names:
            raise PipelineError(f"layer {name!r} appears twice in the pipeline")
        missing = [r for r in requires if r not in assigned]
        if missing:
            raise PipelineError(f"layer {name!r} requires {missing}, which no earlier step assigns")
        again = [a for a in assigns if a in assigned and a not in requires]
        if again:
            raise PipelineError(f"layer {name!r} assigns {again}, already assigned by an earlier step")
        assigned.update(assigns)
        names.append(name)
    return names


def plan(names: Sequence[str] | None, config: LayerConfig | None = None) -> list[LayerSpec]:
    """The specs a pipeline of layer names runs, in registry order, validated; None: every
    available layer. A layer asked for by name must be available."""
    if names is None:
        specs = [REGISTRY[n] for n in available_layers()]
    else:
        _check_known(names)
        absent = [n for n in names if not REGISTRY[n].available()]
        if absent:
            raise PipelineError(f"layer(s) not available in this installation: {', '.join(absent)}")
        order = list(REGISTRY)
        specs = [REGISTRY[n] for n in sorted(dict.fromkeys(names), key=order.index)]
    validate(specs, config)
    return specs
