"""View 2, the article: its cleaned text with every extracted fact highlighted at its characters.

`/article/{id}` (HTML, `.json`, `.csv`) shows a stored document (`documents.id`; when several
stored documents share the id, `?n=2`… picks the others). The text is cut into flat runs by
`marsad.web.highlight` (facts overlap and nest), one colour and one toggle per layer; beside it
the facts per layer (each linking to its span), what cleaning removed, the metadata and the
story cluster (wire copies). `?span=START-END` focuses a span, `?q=` marks query words.

`article_data` turns an analysis record into what the page shows; the upload view
(views/analyze.py) uses it for a record that was never stored.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from marsad.arabic.normalize import match_key
from marsad.corpus.text_index import find_hits, query_terms
from marsad.web.highlight import Fact, segments
from marsad.web.pages import StoreConn, check_query, view
from marsad.web.template_filters import entity_url

router = APIRouter()

LAYERS = [  # (toggle name, label, the segment classes it colours)
    ("entities", "الكيانات", ("entity",)),
    ("quotes", "الأقوال (القول والمتكلم وفعل القول)", ("quote", "speaker", "cue")),
    ("agencies", "المصادر المستشهد بها", ("agency",)),
    ("dates", "التواريخ", ("date",)),
    ("events", "الأحداث", ("event",)),
]
TYPE_LABELS = {"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}
# bidi embedding/override/isolate controls are shown as visible marks, never obeyed: an article
# must not reorder what the page around it displays
BIDI_CONTROLS = {cp: f"[U+{cp:04X}]" for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_SPAN = re.compile(r"^(\d{1,9})-(\d{1,9})$")


def parse_span(span: str | None) -> tuple[int, int] | None:
    if not span:
        return None
    m = _SPAN.match(span.strip())
    if not m or int(m.group(1)) >= int(m.group(2)):
        raise HTTPException(400, f"span must be START-END with START < END (character offsets), not {span[:40]!r}")
    return int(m.group(1)), int(m.group(2))


def _ref(entity_id: Any, entities: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """An entity reference of the record (local id) as name, English name and store key."""
    if not entity_id:
        return None
    e = entities.get(str(entity_id))
    if e is None:
        return {"entity": entity_id, "name": None, "name_en": None, "key": None}
    return {"entity": entity_id, "name": e["name"], "name_en": e["name_en"], "key": e["key"]}


def _span(obj: Any) -> dict[str, Any] | None:
    if not isinstance(obj, dict) or not isinstance(obj.get("start"), int) or not isinstance(obj.get("end"), int):
        return None
    return {"start": obj["start"], "end": obj["end"], "text": obj.get("text")}


def article_data(record: dict[str, Any], keys: dict[str, str] | None, *, q: str | None = None,
                 span: tuple[int, int] | None = None) -> dict[str, Any]:
    """What the article page shows of an analysis `record` (OUTPUT.md). `keys` maps the record's
    local entity ids to store keys (actors.key); None for a record that is not stored, whose
    entities are then keyed by their KB id only."""
    text = record.get("text") or ""
    entities: dict[str, dict[str, Any]] = {}
    entity_rows = []
    for e in record.get("entities") or []:
        local = str(e.get("id"))
        key = keys.get(local) if keys is not None else e.get("kb")
        mentions = [m for m in (_span(m) | {"kind": m.get("kind")} for m in e.get("mentions") or [] if _span(m))]
        row = {"id": local, "type": e.get("type"), "name": e.get("name"), "name_en": e.get("name_en"),
               "kb": e.get("kb"), "key": key, "count": len(mentions), "mentions": mentions}
        entities[local] = row
        entity_rows.append(row)
    entity_rows.sort(key=lambda r: (-r["count"], r["mentions"][0]["start"] if r["mentions"] else 0))
    quotes = []
    for i, qt in enumerate(record.get("quotes") or [], 1):
        speaker = qt.get("speaker") or None
        quotes.append({
            "id": f"q{i}", "kind": qt.get("kind"), "start": qt.get("start"), "end": qt.get("end"),
            "text": qt.get("text"),
            "speaker": ({**(_span(speaker) or {}), **(_ref(speaker.get("entity"), entities) or {})}
                        if isinstance(speaker, dict) else None),
            "cue": _span(qt.get("cue")),
            "via": [r for r in (_ref(v, entities) for v in qt.get("via") or []) if r],
        })
    agencies = [{"id": f"s{i}", "start": s.get("start"), "end": s.get("end"), "text": s.get("text"),
                 **{k: v for k, v in (_ref(s.get("entity"), entities) or {"entity": None}).items()}}
                for i, s in enumerate(record.get("sources") or [], 1)]
    dates = [{"id": f"d{i}", "start": d.get("start"), "end": d.get("end"), "text": d.get("text"),
              "value": d.get("value"),  # later occurrences of the same words with the same value
              "occurrences": [o for o in map(_span, d.get("occurrences") or []) if o]}
             for i, d in enumerate(record.get("dates") or [], 1)]
    events = [{"id": f"v{i}", "type": ev.get("type"), "mode": ev.get("mode"), "start": ev.get("start"),
               "end": ev.get("end"), "text": ev.get("text"), "trigger": ev.get("trigger"), "date": ev.get("date"),
               "actor": _ref(ev.get("actor"), entities), "target": _ref(ev.get("target"), entities)}
              for i, ev in enumerate(record.get("events") or [], 1)]
    hits = query_hits(text, q) if q else []
    focus = None
    notes = []
    if span is not None:
        if span[1] <= len(text):
            focus = list(span)
        else:
            notes.append(f"the span {span[0]}-{span[1]} is outside this text ({len(text):,} characters)")
    return {
        "id": record.get("id"), "title": record.get("title"), "source": record.get("source"),
        "url": record.get("url"), "published": record.get("published"), "language": record.get("language"),
        "author": record.get("author"), "origin": record.get("origin"), "tone": record.get("tone"),
        "layers": record.get("layers") or [], "warnings": [*(record.get("warnings") or []), *notes],
        "removed": record.get("removed") or [], "text": text,
        "entities": entity_rows, "quotes": quotes, "agencies": agencies, "dates": dates, "events": events,
        "q": q, "hits": hits, "focus": focus,
    }


def query_hits(text: str, q: str) -> list[list[int]]:
    """[start, end] of the words of query `q` in `text` (find_hits, as search marks snippets).
    Tokenising a long article takes a while, so only the lines whose match keys may hold a
    query word are searched: a word never spans lines, and a term (or, leniently, the term
    without its last letter, whose folding may depend on its place) is a substring of the key
    of any line holding a hit."""
    probes = {t[:-1] if len(t) > 2 else t for group in query_terms(q) for t in group}
    if not probes:
        return []
    hits: list[list[int]] = []
    offset = 0
    for line in text.split("\n"):
        key = match_key(line)
        if any(p in key for p in probes):
            hits += [[offset + h.start, offset + h.end] for h in find_hits(line, q)]
        offset += len(line) + 1
    return hits


def _name(ref: dict[str, Any] | None) -> str:
    if not ref:
        return "؟"
    return ref.get("name") or ref.get("text") or str(ref.get("entity") or "؟")


def facts_of(data: dict[str, Any]) -> list[Fact]:
    """Every highlighted span of the page's data, with its tooltip (`title`) and link (`href`)."""
    facts: list[Fact] = []
    for e in data["entities"]:
        title = " · ".join(str(x) for x in (e["type"], e["name"], e["name_en"], e["kb"]) if x)
        href = entity_url(e["key"]) if e["key"] else None
        for m in e["mentions"]:
            facts.append(Fact("entity", e["id"], m["start"], m["end"], {"title": title, "href": href}))
    for qt in data["quotes"]:
        speaker = qt["speaker"]
        who = _name(speaker) if speaker else "بلا متكلم مسمى"
        kind = "قول مباشر" if qt["kind"] == "direct" else "قول غير مباشر"
        facts.append(Fact("quote", qt["id"], qt["start"], qt["end"], {"title": f"{kind} · المتكلم: {who}"}))
        if speaker and "start" in speaker:
            href = entity_url(speaker["key"]) if speaker.get("key") else None
            facts.append(Fact("speaker", qt["id"], speaker["start"], speaker["end"],
                              {"title": f"المتكلم: {who}", "href": href}))
        if qt["cue"]:
            facts.append(Fact("cue", qt["id"], qt["cue"]["start"], qt["cue"]["end"], {"title": "فعل القول"}))
    for a in data["agencies"]:
        facts.append(Fact("agency", a["id"], a["start"], a["end"], {"title": f"مصدر مستشهد به: {_name(a)}"}))
    for d in data["dates"]:
        attrs = {"title": f"تاريخ: {d['value'] or 'غير محدد'}"}
        for o in [d, *d["occurrences"]]:
            facts.append(Fact("date", d["id"], o["start"], o["end"], attrs))
    for ev in data["events"]:
        parts = [f"حدث {ev['type']}", ev["mode"] and f"الصيغة: {ev['mode']}",
                 ev["actor"] and f"الفاعل: {_name(ev['actor'])}", ev["target"] and f"الهدف: {_name(ev['target'])}"]
        facts.append(Fact("event", ev["id"], ev["start"], ev["end"], {"title": " · ".join(p for p in parts if p)}))
    for i, (s, e) in enumerate(data["hits"]):
        facts.append(Fact("hit", f"h{i}", s, e, {"title": "كلمة من الاستعلام"}))
    if data["focus"]:
        facts.append(Fact("focus", "focus", data["focus"][0], data["focus"][1]))
    return facts


@dataclass(slots=True)
class Run:
    """One run of the text as the template writes it (attributes, not dict keys: Jinja reads
    an attribute without the failed getattr a dict costs, on thousands of runs per page)."""

    text: str
    cls: str = ""
    title: str = ""
    href: str | None = None
    start: int = 0
    end: int = 0
    ids: str = ""


def runs(data: dict[str, Any]) -> list[Run]:
    """The text as flat runs for the template: plain text, or a run with its layer classes,
    tooltip, link (the first entity or speaker with a store key) and the facts covering it."""
    out: list[Run] = []
    for seg in segments(data["text"], facts_of(data)):
        text = seg.text.translate(BIDI_CONTROLS)
        if not seg.facts:
            out.append(Run(text))
            continue
        classes = ["seg", *(f"l-{layer}" for layer in seg.layers)]
        classes += [c for c, layer in (("hit", "hit"), ("focus", "focus")) if layer in seg.layers]
        titles = []
        for f in seg.facts:
            t = f.attrs.get("title")
            if t and t not in titles:
                titles.append(t)
        href = next((f.attrs["href"] for f in seg.facts if f.attrs.get("href")), None)
        out.append(Run(text, " ".join(classes), "\n".join(titles), href, seg.start, seg.end,
                       " ".join(f"{f.layer}:{f.id}" for f in seg.facts if f.layer not in ("hit", "focus"))))
    return out


def fact_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The CSV twin: one row per highlighted fact."""
    text = data["text"]
    return [{"layer": f.layer, "id": f.id, "start": f.start, "end": f.end, "text": text[f.start:f.end],
             "detail": f.attrs.get("title", "")} for f in facts_of(data) if f.layer not in ("hit", "focus")]


# ---- the store side --------------------------------------------------------------------------

def copies_of(db: sqlite3.Connection, doc_id: str) -> list[dict[str, Any]]:
    rows = db.execute("SELECT rowid, title, source, published FROM documents WHERE id = ? ORDER BY rowid",
                      (doc_id,)).fetchall()
    return [{"n": i, "rowid": r[0], "title": r[1], "source": r[2], "published": r[3]} for i, r in enumerate(rows, 1)]


def load_document(db: sqlite3.Connection, doc_id: str, n: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """(record, store metadata) of the `n`-th stored document with this id, or a 404."""
    copies = copies_of(db, doc_id)
    if not copies:
        raise HTTPException(404, f"no document with id {doc_id[:200]!r} in this store")
    if n > len(copies):
        raise HTTPException(404, f"the store holds {len(copies)} document(s) with id {doc_id[:200]!r}, not {n}")
    rowid = copies[n - 1]["rowid"]
    rec_json, cluster_id, origin = db.execute(
        "SELECT record, cluster_id, origin FROM documents WHERE rowid = ?", (rowid,)).fetchone()
    record = json.loads(rec_json)
    store = {"rowid": rowid, "n": n, "cluster_id": cluster_id, "origin": origin,
             "same_id": copies if len(copies) > 1 else []}
    return record, store


def entity_keys(db: sqlite3.Connection, rowid: int) -> dict[str, str]:
    return dict(db.execute(
        "SELECT d.local_id, a.key FROM doc_entities d JOIN actors a ON a.id = d.actor WHERE d.doc = ?", (rowid,)))


def cluster_data(db: sqlite3.Connection, cluster_id: int, current: int | None = None) -> dict[str, Any] | None:
    """A story cluster: its members (wire copies) with outlet, date, which is canonical and the
    agencies each cites; None when the cluster is unknown."""
    row = db.execute("SELECT canonical, size FROM clusters WHERE id = ?", (cluster_id,)).fetchone()
    if row is None:
        return None
    canonical, size = row
    members = []
    rows = db.execute("SELECT rowid, id, title, source, published, url FROM documents WHERE cluster_id = ? "
                      "ORDER BY published IS NULL, published, rowid", (cluster_id,)).fetchall()
    agencies: dict[int, list[str]] = {}
    if rows:
        marks = ",".join("?" * len(rows))
        for doc, name in db.execute(
                f"SELECT DISTINCT s.doc, coalesce(a.name, s.text) FROM sources s LEFT JOIN actors a ON a.id = s.actor "
                f"WHERE s.doc IN ({marks}) ORDER BY s.doc, s.char_start", [r[0] for r in rows]):
            if name not in agencies.setdefault(doc, []):
                agencies[doc].append(name)
    for rowid, doc_id, title, source, published, url in rows:
        n = db.execute("SELECT count(*) FROM documents WHERE id = ? AND rowid <= ?", (doc_id, rowid)).fetchone()[0]
        members.append({"id": doc_id, "n": n, "title": title, "source": source, "published": published, "url": url,
                        "canonical": rowid == canonical, "current": rowid == current,
                        "agencies": agencies.get(rowid, [])})
    all_agencies: dict[str, int] = {}
    for names in agencies.values():
        for name in names:
            all_agencies[name] = all_agencies.get(name, 0) + 1
    canonical_id = next((m["id"] for m, r in zip(members, rows, strict=True) if r[0] == canonical), None)
    return {"id": cluster_id, "size": size, "canonical": canonical_id, "members": members,
            "agencies": [{"name": k, "documents": v} for k, v in sorted(all_agencies.items(), key=lambda kv: -kv[1])]}


def stored_article(db: sqlite3.Connection, doc_id: str, n: int = 1, q: str | None = None,
                   span: str | None = None) -> dict[str, Any]:
    record, store = load_document(db, doc_id, n)
    data = article_data(record, entity_keys(db, store["rowid"]), q=check_query(q), span=parse_span(span))
    data["store"] = {k: v for k, v in store.items() if k != "rowid"}
    data["cluster"] = cluster_data(db, store["cluster_id"], store["rowid"])
    return data


MAX_MENTION_LINKS = 25  # links to an entity's mentions listed beside the text (all are highlighted in it)
PAGE = {"section": "article", "layer_toggles": LAYERS, "type_labels": TYPE_LABELS, "runs": runs, "mode": "store",
        "max_mention_links": MAX_MENTION_LINKS}


@view(router, "/article/{doc_id:path}", "article.html", csv=fact_rows, page=PAGE)
def article(request: Request, db: StoreConn, doc_id: str,
            n: Annotated[int, Query(ge=1, le=1_000_000, description="which stored document with this id")] = 1,
            q: Annotated[str | None, Query(description="words to mark in the text")] = None,
            span: Annotated[str | None, Query(description="START-END: the span to focus")] = None) -> dict[str, Any]:
    return stored_article(db, doc_id, n, q, span)


@router.get("/api/v1/documents/{doc_id:path}", tags=["documents"],
            summary="A stored document: its analysis record, store metadata and story cluster")
def api_document(db: StoreConn, doc_id: str,
                 n: Annotated[int, Query(ge=1, le=1_000_000, description="which stored document with this id")] = 1
                 ) -> dict[str, Any]:
    record, store = load_document(db, doc_id, n)
    cluster = cluster_data(db, store["cluster_id"], store["rowid"])
    keys = entity_keys(db, store["rowid"])
    return {"record": record, "store": {**{k: v for k, v in store.items() if k != "rowid"}, "entity_keys": keys},
            "cluster": cluster}
