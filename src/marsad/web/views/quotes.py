"""View 4, the quote explorer: `/quotes` (quotes newest first, by speaker, kind, topic words,
dates and outlet; per-day counts; with `group=statement`, the same statement carried by several
outlets listed once with its carriers and provenance chain) and `/api/v1/quotes`."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request

from marsad.web.pages import (
    DEFAULT_PAGE_SIZE,
    Cursor,
    PageSize,
    StoreConn,
    check_query,
    decode_cursor,
    encode_cursor,
    view,
)
from marsad.web.quote_queries import QuoteFilters, list_quotes, list_statements, quote_timeline

router = APIRouter()

Date = Annotated[str | None, Query(max_length=10, pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$",
                                   description="ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")]
Text = Annotated[str | None, Query(max_length=500)]
Kind = Annotated[Literal["direct", "indirect", ""] | None, Query(description="direct or indirect speech")]
Carried = Annotated[Literal["several", ""] | None,
                    Query(description="several: only quotes of stories carried by several articles (wire copies)")]
Group = Annotated[Literal["statement", "none", ""] | None,
                  Query(description="statement: one row per statement, with the outlets that carried it")]


def quotes_data(db: Any, speaker: str | None, kind: str | None, q: str | None, since: str | None,
                until: str | None, outlet: str | None, carried: str | None, group: str | None,
                cursor: str | None, limit: int) -> dict[str, Any]:
    f = QuoteFilters(speaker=check_query(speaker), kind=kind or None, q=check_query(q), since=since or None,
                     until=until or None, outlet=check_query(outlet), several=carried == "several").resolve(db)
    grouped = group == "statement"
    lister = list_statements if grouped else list_quotes
    rows, nxt = lister(db, f, decode_cursor(cursor, 3), limit)
    return {
        "filters": {**f.params(), "group": "statement" if grouped else None},
        "speaker_matches": len(f.speaker_ids or []) if f.speaker else None,
        "timeline": quote_timeline(db, f),
        "rows": rows, "next": encode_cursor(*nxt) if nxt else None,
    }


def _csv_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    if data["filters"]["group"] == "statement":
        out = []
        for g in data["rows"]:
            for c in g["carriers"]:
                out.append({"statement": g["id"], "speaker_key": g["speaker_key"], "speaker": g["speaker"],
                            "text": g["text"], "first_appearance": g["first_appearance"], **{
                                k: c[k] for k in ("role", "doc_id", "source", "published", "start", "end")},
                            "agencies": " | ".join(a["name"] for a in c["agencies"])})
        return out
    return [{k: v for k, v in r.items() if k != "url"} for r in data["rows"]]


@router.get("/api/v1/quotes", tags=["quotes"],
            summary="Quotes newest first with filters, or statements grouped with their carriers (group=statement)")
def api_quotes(db: StoreConn, speaker: Text = None, kind: Kind = None, q: Text = None, since: Date = None,
               until: Date = None, outlet: Text = None, carried: Carried = None, group: Group = None,
               cursor: Cursor = None, limit: PageSize = DEFAULT_PAGE_SIZE) -> dict[str, Any]:
    return quotes_data(db, speaker, kind, q, since, until, outlet, carried, group, cursor, limit)


@view(router, "/quotes", "quotes.html", csv=_csv_rows, page={"title": "مستكشف الأقوال", "section": "quotes"})
def quotes(request: Request, db: StoreConn, speaker: Text = None, kind: Kind = None, q: Text = None,
           since: Date = None, until: Date = None, outlet: Text = None, carried: Carried = None,
           group: Group = None, cursor: Cursor = None, limit: PageSize = DEFAULT_PAGE_SIZE) -> dict[str, Any]:
    return quotes_data(db, speaker, kind, q, since, until, outlet, carried, group, cursor, limit)
