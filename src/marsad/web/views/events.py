"""View 5, events: PLOVER events over time by type, actor and target; a table of events as
reported (wire copies folded, evidence linked to its article span); the change view (a period
against the one before it); and their API under /api/v1/events."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from marsad.document import PLOVER_TYPES
from marsad.web import event_queries as eq
from marsad.web.event_queries import EventFilters
from marsad.web.pages import (
    DEFAULT_PAGE_SIZE,
    PageSize,
    StoreConn,
    check_query,
    decode_cursor,
    encode_cursor,
    view,
)

router = APIRouter()

TYPE_LABELS = {
    "AGREE": "اتفاق", "CONSULT": "تشاور ولقاء", "SUPPORT": "دعم", "CONCEDE": "تنازل", "COOPERATE": "تعاون",
    "AID": "مساعدة", "RETREAT": "انسحاب", "REQUEST": "طلب", "ACCUSE": "اتهام", "REJECT": "رفض",
    "THREATEN": "تهديد", "PROTEST": "احتجاج", "SANCTION": "عقوبات", "MOBILIZE": "تعبئة", "COERCE": "إكراه",
    "ASSAULT": "اعتداء",
}
PAGE = {"section": "events", "type_labels": TYPE_LABELS, "plover_types": PLOVER_TYPES}


def event_filters(
    type: Annotated[str | None, Query(description="PLOVER type, e.g. ACCUSE")] = None,
    actor: Annotated[str | None, Query(description="actor key or name (any spelling)")] = None,
    target: Annotated[str | None, Query(description="target key or name")] = None,
    since: Annotated[str | None, Query(description="first publication day, YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="last publication day, YYYY-MM-DD")] = None,
    outlet: Annotated[str | None, Query(description="the documents' source")] = None,
    mode: Annotated[str | None, Query(description="event mode, e.g. meet, accuse")] = None,
    q: Annotated[str | None, Query(description="documents matching this full-text query")] = None,
) -> EventFilters:
    """The filters every events and network request takes (a FastAPI dependency)."""
    return EventFilters(type=type or None, actor=check_query(actor), target=check_query(target),
                        since=since or None, until=until or None, outlet=outlet or None, mode=mode or None,
                        q=check_query(q))


Filters = Annotated[EventFilters, Depends(event_filters)]
Bucket = Annotated[str, Query(pattern="^(auto|day|week|month)$")]


def events_list(db: StoreConn, events: eq.Scan, cursor: str | None, size: int) -> dict[str, Any]:
    rows, last = eq.event_groups(db, events, size, decode_cursor(cursor, 2))
    return {"events": rows, "next_cursor": encode_cursor(*last) if last else None}


@view(router, "/events", "events.html", csv=lambda data: [eq.flat_row(r) for r in data["events"]],
      page={**PAGE, "title": "الأحداث"})
def events(request: Request, db: StoreConn, filters: Filters, cursor: str | None = None,
           size: PageSize = DEFAULT_PAGE_SIZE, bucket: Bucket = "auto") -> dict[str, Any]:
    found = eq.scan(db, filters)
    return {
        "filters": filters.params(),
        "timeline": eq.timeline(found, bucket),
        "types": eq.counts_by_type(found),
        "top_actors": eq.top_actors(db, found, "actor"),
        "top_targets": eq.top_actors(db, found, "target"),
        "outlets": eq.outlets(found),
        **events_list(db, found, cursor, size),
    }


@view(router, "/events/change", "events_change.html", csv=eq.change_rows,
      page={**PAGE, "title": "تغير الأحداث بين فترتين"})
def events_change(request: Request, db: StoreConn, filters: Filters) -> dict[str, Any]:
    return {"filters": filters.params(), **eq.change(db, filters)}


@router.get("/api/v1/events", tags=["events"], summary="Events as reported (wire copies folded), newest first")
def api_events(db: StoreConn, filters: Filters, cursor: str | None = None,
               size: PageSize = DEFAULT_PAGE_SIZE) -> dict[str, Any]:
    return events_list(db, eq.scan(db, filters), cursor, size)


@router.get("/api/v1/events/timeline", tags=["events"], summary="Events per period and PLOVER type")
def api_events_timeline(db: StoreConn, filters: Filters, bucket: Bucket = "auto") -> dict[str, Any]:
    data = eq.timeline(eq.scan(db, filters), bucket)
    return {"bucket": data["bucket"], "rows": eq.timeline_rows(data)}


@router.get("/api/v1/events/change", tags=["events"],
            summary="Events per type and actor pair in a period against the period before it")
def api_events_change(db: StoreConn, filters: Filters) -> dict[str, Any]:
    return eq.change(db, filters)
