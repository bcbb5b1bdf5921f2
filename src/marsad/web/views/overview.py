"""What the store holds: counts, publication span, documents per outlet, actors and events by type."""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from marsad.corpus.stats import store_stats
from marsad.web.pages import StoreConn, view

router = APIRouter()

LABELS = [
    ("documents", "المقالات"), ("clusters", "القصص (مجموعات النسخ)"), ("wire_copies", "نسخ مكررة"),
    ("quotes", "الأقوال"), ("quotes_with_speaker", "أقوال منسوبة"), ("actors", "الكيانات"),
    ("mentions", "الإشارات"), ("sources", "إسنادات لوكالات"), ("dates", "التواريخ"), ("events", "الأحداث"),
    ("failures", "سجلات تعذر تحليلها"),
]
CACHE_SECONDS = 60.0  # counting a large store takes a moment; the figures may lag an ingest by this much
_cache: dict[str, tuple[float, dict[str, Any]]] = {}


def overview_data(conn: sqlite3.Connection, store: str) -> dict[str, Any]:
    hit = _cache.get(store)
    if hit and time.monotonic() - hit[0] < CACHE_SECONDS:
        return hit[1]
    stats = store_stats(conn)
    counts = {key: stats[key] for key, _ in LABELS}
    data = {
        "counts": counts, "published": stats["published"], "actors_by_type": stats["actors_by_type"],
        "events_by_type": stats["events_by_type"],
        "rows": [{"source": s, "documents": n} for s, n in stats["documents_by_source"].items()],
    }
    _cache[store] = (time.monotonic(), data)
    return data


@router.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    return RedirectResponse("/search", status_code=302)


@view(router, "/overview", "overview.html", csv=lambda data: data["rows"],
      page={"title": "عن المخزن", "section": "overview", "labels": LABELS})
def overview(request: Request, db: StoreConn) -> dict[str, Any]:
    return {**overview_data(db, str(request.app.state.store.path)), "store": request.app.state.store.path.name}


@router.get("/api/v1/stats", tags=["stats"], summary="What the store holds")
def api_stats(request: Request, db: StoreConn) -> dict[str, Any]:
    return overview_data(db, str(request.app.state.store.path))


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> RedirectResponse:
    return RedirectResponse("/static/favicon.svg", status_code=301)
