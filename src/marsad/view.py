"""The terminal view of an analysed Document: metadata, then one table per layer (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from marsad.document import Document
from marsad.layers.registry import registered


def _clip(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


class DocumentView:
    def __init__(self, console: Console | None = None, max_text: int = 0) -> None:
        self.console = console or Console()
        self.max_text = max_text

    def show(self, doc: Document) -> None:
        c = self.console
        meta = Table.grid(padding=(0, 2))
        meta.add_column(style="bold cyan")
        meta.add_column()
        for label, value in (
            ("id", doc.id), ("source", doc.source), ("url", doc.url), ("published", doc.published),
            ("author", doc.author), ("origin", doc.origin),
            ("length", f"{len(doc.text):,} characters, {len(doc.sentences)} sentences"),
        ):
            if value:
                meta.add_row(label, str(value))
        missing = [n for n in registered() if n not in doc.layers]
        meta.add_row("layers", ", ".join(doc.layers) or "none")
        if missing:
            meta.add_row("not run", Text(", ".join(missing) + " (not available in this version)", style="dim"))
        c.print(Panel(meta, title=Text(doc.title or "(untitled)", style="bold"), title_align="right"))
        if self.max_text:
            c.print(Text(_clip(doc.text, self.max_text)))
        ents = {e.id: e for e in doc.entities}

        def ent_name(eid: str | None) -> str:
            e = ents.get(eid) if eid else None
            return f"{e.name} ({e.name_en})" if e and e.name_en else (e.name if e else "")

        if "entities" in doc.layers:
            t = Table(title=f"Entities ({len(doc.entities)})", title_justify="left")
            for col in ("id", "type", "name", "English", "kb", "mentions"):
                t.add_column(col)
            for e in doc.entities:
                forms = sorted({m.text + (" ⟨title⟩" if m.kind == "title" else "") for m in e.mentions})
                t.add_row(e.id, e.type, e.name, e.name_en or "", e.kb or "",
                          f"{len(e.mentions)}: " + _clip("، ".join(forms), 60))
            c.print(t)
        if "quotes" in doc.layers:
            t = Table(title=f"Quotes ({len(doc.quotes)})", title_justify="left")
            for col in ("kind", "speaker", "cue", "via", "words"):
                t.add_column(col)
            for q in doc.quotes:
                speaker = ent_name(q.speaker.entity) or q.speaker.text if q.speaker else "—"
                t.add_row(q.kind, speaker, q.cue.text if q.cue else "", ", ".join(ent_name(v) for v in q.via),
                          _clip(q.text))
            c.print(t)
        if "sources" in doc.layers:
            t = Table(title=f"Sources ({len(doc.sources)})", title_justify="left")
            t.add_column("cited as")
            t.add_column("agency / outlet")
            t.add_column("offsets")
            for s in doc.sources:
                t.add_row(s.text, ent_name(s.entity), f"{s.start}–{s.end}")
            c.print(t)
        if "dates" in doc.layers:
            t = Table(title=f"Dates ({len(doc.dates)})", title_justify="left")
            t.add_column("expression")
            t.add_column("value")
            t.add_column("offsets")
            for d in doc.dates:
                more = f" (+{len(d.occurrences)} more)" if d.occurrences else ""
                t.add_row(d.text, d.value or "?", f"{d.start}–{d.end}{more}")
            c.print(t)
        if "events" in doc.layers:
            t = Table(title=f"Events ({len(doc.events)})", title_justify="left")
            for col in ("type", "actor", "target", "date", "evidence"):
                t.add_column(col)
            for ev in doc.events:
                t.add_row(ev.type, ent_name(ev.actor), ent_name(ev.target), ev.date or "", _clip(ev.text, 70))
            c.print(t)
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
