"""The terminal view of an analysed Document: metadata, then one table per layer (rich)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from marsad.document import DateExpr, Document, Entity, Event, Quote, SourceRef
from marsad.layers.registry import registered


def _clip(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


class EntityNames:
    """Display names of a document's entities, by local id: "Arabic (English)" when both are known."""

    def __init__(self, doc: Document) -> None:
        self._entities = {e.id: e for e in doc.entities}

    def __call__(self, entity_id: str | None) -> str:
        e = self._entities.get(entity_id) if entity_id else None
        return f"{e.name} ({e.name_en})" if e and e.name_en else (e.name if e else "")


def _entity_row(e: Entity, names: EntityNames) -> tuple[str, ...]:
    forms = sorted({m.text + (" ⟨title⟩" if m.kind == "title" else "") for m in e.mentions})
    return (e.id, e.type, e.name, e.name_en or "", e.kb or "", f"{len(e.mentions)}: " + _clip("، ".join(forms), 60))


def _quote_row(q: Quote, names: EntityNames) -> tuple[str, ...]:
    speaker = names(q.speaker.entity) or q.speaker.text if q.speaker else "—"
    return (q.kind, speaker, q.cue.text if q.cue else "", ", ".join(names(v) for v in q.via), _clip(q.text))


def _source_row(s: SourceRef, names: EntityNames) -> tuple[str, ...]:
    return (s.text, names(s.entity), f"{s.start}–{s.end}")


def _date_row(d: DateExpr, names: EntityNames) -> tuple[str, ...]:
    more = f" (+{len(d.occurrences)} more)" if d.occurrences else ""
    return (d.text, d.value or "?", f"{d.start}–{d.end}{more}")


def _event_row(ev: Event, names: EntityNames) -> tuple[str, ...]:
    def side(entity: str | None, span, sector: str | None) -> str:  # a common noun when no name
        shown = names(entity) if entity or span is None else span.text
        return f"{shown} ({sector})" if sector else shown

    return (ev.type, side(ev.actor, ev.actor_span, ev.actor_sector), side(ev.target, ev.target_span, ev.target_sector),
            ev.date or "", _clip(ev.text, 70))


@dataclass(frozen=True)
class LayerTable:
    """How a layer's annotations (the Document field named like the layer) are shown: one row each."""

    title: str
    columns: tuple[str, ...]
    row: Callable[[Any, EntityNames], tuple[str, ...]]

    def render(self, items: list[Any], names: EntityNames) -> Table:
        t = Table(title=f"{self.title} ({len(items)})", title_justify="left")
        for col in self.columns:
            t.add_column(col)
        for item in items:
            t.add_row(*self.row(item, names))
        return t


# shown in this order, each when its layer ran
LAYER_VIEWS: dict[str, LayerTable] = {
    "entities": LayerTable("Entities", ("id", "type", "name", "English", "kb", "mentions"), _entity_row),
    "quotes": LayerTable("Quotes", ("kind", "speaker", "cue", "via", "words"), _quote_row),
    "sources": LayerTable("Sources", ("cited as", "agency / outlet", "offsets"), _source_row),
    "dates": LayerTable("Dates", ("expression", "value", "offsets"), _date_row),
    "events": LayerTable("Events", ("type", "actor", "target", "date", "evidence"), _event_row),
}


def _generic_view(layer: str, items: list[Any]) -> LayerTable:
    """A layer with no view of its own: each annotation's fields, spans by their words."""
    first = items[0] if items else None
    fields = [f.name for f in dataclasses.fields(first)] if dataclasses.is_dataclass(first) else []
    shown = [f for f in fields if f not in ("start", "end")]

    def row(item: Any, names: EntityNames) -> tuple[str, ...]:
        if not dataclasses.is_dataclass(item):
            return (_clip(str(item)),)
        return tuple(_clip(str(getattr(item, f))) for f in shown)

    return LayerTable(layer, tuple(shown) or ("value",), row)


class DocumentView:
    def __init__(self, console: Console | None = None, max_text: int = 0) -> None:
        self.console = console or Console()
        self.max_text = max_text

    def show(self, doc: Document) -> None:
        c = self.console
        c.print(Panel(self._metadata(doc), title=Text(doc.title or "(untitled)", style="bold"), title_align="right"))
        if self.max_text:
            c.print(Text(_clip(doc.text, self.max_text)))
        names = EntityNames(doc)
        for layer, view in LAYER_VIEWS.items():
            if layer in doc.layers:
                c.print(view.render(getattr(doc, layer), names))
        for layer, items in doc.extensions.items():
            c.print(_generic_view(layer, items).render(items, names))
        if doc.tone is not None:
            c.print(f"[bold]tone[/bold] {doc.tone:+.1f}")
        if doc.removed:
            reasons: dict[str, int] = {}
            for r in doc.removed:
                reasons[r.reason] = reasons.get(r.reason, 0) + 1
            summary = ", ".join(f"{k} ×{v}" for k, v in sorted(reasons.items()))
            c.print(Text(f"removed as boilerplate: {summary}", style="dim"))
        for w in doc.warnings:
            c.print(Text(f"warning: {w}", style="yellow"))
        c.print()

    @staticmethod
    def _metadata(doc: Document) -> Table:
        meta = Table.grid(padding=(0, 2))
        meta.add_column(style="bold cyan")
        meta.add_column()
        for label, value in (
            ("id", doc.id), ("source", doc.source), ("url", doc.url), ("published", doc.published),
            ("author", doc.author), ("origin", doc.origin),
            ("length", f"{len(doc.text):,} characters, {_count(len(doc.sentences), 'sentence')}"),
        ):
            if value:
                meta.add_row(label, str(value))
        missing = [n for n in registered() if n not in doc.layers]
        meta.add_row("layers", ", ".join(doc.layers) or "none")
        if missing:
            meta.add_row("not run", Text(", ".join(missing) + " (not available in this version)", style="dim"))
        return meta


def _count(n: int, noun: str) -> str:
    """'1 sentence', '3 sentences'."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")
