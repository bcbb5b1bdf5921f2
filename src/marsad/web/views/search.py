"""View 1, Search: full-text query with facets and counts, highlighted snippets, attention over
time (count and share per day, week or month), and the comparison of several queries.

Pages: `/search` and `/compare` (each with `.json` and `.csv` twins). API: `/api/v1/search`,
`/api/v1/search/counts`, `/api/v1/search/timeline`, `/api/v1/documents`, all taking the same
filter parameters as the pages. The SQL lives in `marsad.web.search_queries` and, for attention
over time, `marsad.web.search_timeline`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from marsad.web import search_queries as sq
from marsad.web import search_timeline
from marsad.web.pages import (
    ISO_DATE,
    MAX_PAGE_SIZE,
    PageSize,
    StoreConn,
    check_query,
    decode_cursor,
    encode_cursor,
    view,
)

router = APIRouter()

SEARCH_PAGE_SIZE = 20
MAX_COMPARE = 8
Sort = Literal["relevance", "newest", "oldest"]
Granularity = Literal["day", "week", "month"]

FACET_LABELS = [
    ("outlet", "المنفذ", "source"), ("agency", "الوكالة المذكورة", "agency"), ("entity", "الكيانات", "entity"),
    ("speaker", "المتحدثون", "speaker"), ("event_type", "نوع الحدث", "event_type"), ("language", "اللغة", "language"),
]
FILTER_LABELS = {
    "since": "من", "until": "إلى", "source": "المنفذ", "agency": "الوكالة", "entity": "الكيان",
    "speaker": "المتحدث", "event_type": "نوع الحدث", "language": "اللغة",
}
GRANULARITY_LABELS = [("day", "يوم"), ("week", "أسبوع"), ("month", "شهر")]


def filter_params(
    since: Annotated[str | None, Query(pattern=ISO_DATE, description="published on or after (YYYY, YYYY-MM or YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(pattern=ISO_DATE, description="published on or before (inclusive)")] = None,
    source: Annotated[str | None, Query(description="outlet (documents.source)")] = None,
    agency: Annotated[str | None, Query(description="cited agency: actor key, kb id or name")] = None,
    entity: Annotated[str | None, Query(description="entity mentioned: actor key, kb id or name")] = None,
    speaker: Annotated[str | None, Query(description="speaker of a quote: actor key, kb id or name")] = None,
    event_type: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT")] = None,
    language: Annotated[str | None, Query(max_length=12, description="language of the document, e.g. ar")] = None,
) -> sq.SearchParams:
    return sq.SearchParams(since=since, until=until, source=_clean(source), agency=_clean(agency),
                           entity=_clean(entity), speaker=_clean(speaker), event_type=_clean(event_type),
                           language=_clean(language))


Filters = Annotated[sq.SearchParams, Depends(filter_params)]


def search_params(
    f: Filters,
    q: Annotated[str | None, Query(description='words to find (clitics and diacritics folded); "..." for a phrase')] = None,
) -> sq.SearchParams:
    f.q = check_query(q)
    return f


def _clean(value: str | None) -> str | None:
    return check_query(value)


Params = Annotated[sq.SearchParams, Depends(search_params)]


def _page(db: Any, p: sq.SearchParams, sort: str | None, collapse: bool, cursor: str | None,
          size: int, highlight: bool = True) -> dict[str, Any]:
    sort = sort or ("relevance" if p.q else "newest")
    if sort == "relevance" and not p.q:
        sort = "newest"
    key = decode_cursor(cursor, 3)
    if key is not None:
        ok = key[0] == sort and isinstance(key[2], int) and (
            isinstance(key[1], int | float) if sort == "relevance" else isinstance(key[1], str))
        if not ok:
            raise HTTPException(400, "the paging cursor does not belong to this sort order; start again from the first page")
    results, last = sq.result_page(db, p, sort=sort, collapse=collapse, after=key[1:] if key else None, size=size,
                                  highlight=highlight)
    return {
        "sort": sort, "collapse": collapse, "size": size,
        "results": results, "next_cursor": encode_cursor(sort, *last) if last else None,
    }


def _echo(p: sq.SearchParams, **extra: Any) -> dict[str, Any]:
    return {"q": p.q, **p.filters(), **{k: v for k, v in extra.items() if v not in (None, False, "")}}


def _result_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"id": r["id"], "title": r["title"], "source": r["source"], "published": r["published"],
             "url": r["url"], "score": r["score"], "cluster_id": r["cluster_id"], "copies": r["copies"],
             "snippet": r["snippet"]} for r in data["results"]]


@view(router, "/search", "search.html", csv=_result_rows,
      page={"title": "البحث", "section": "search", "facet_labels": FACET_LABELS, "filter_labels": FILTER_LABELS,
            "granularities": GRANULARITY_LABELS, "segments": sq.segments})
def search_page(
    request: Request, db: StoreConn, p: Params,
    sort: Sort | None = None, collapse: bool = False, cursor: str | None = None,
    size: PageSize = SEARCH_PAGE_SIZE, granularity: Granularity = "day",
) -> dict[str, Any]:
    st = sq.Statements(db, request.app.state.store.session)
    counting = sq.start_counts(st, p, granularity=granularity, collapse=collapse)  # runs beside the page
    page = _page(db, p, sort, collapse, cursor, size)
    totals = search_timeline.period_totals(db, p, granularity)
    counts = dict(counting())
    line = search_timeline.assemble(granularity, totals, [{"q": p.q or "", "per": counts.pop("per_period"),
                                              "undated": counts.pop("undated")}])
    return {
        "query": p.q, "filters": p.filters(),
        "params": _echo(p, sort=sort, collapse=collapse or None, size=size if size != SEARCH_PAGE_SIZE else None,
                        granularity=granularity if granularity != "day" else None),
        **counts, **page, "timeline": line,
    }


def _compare_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return data["timeline"]["rows"]


def _queries(q: list[str]) -> list[str]:
    queries = [x for x in (check_query(v) for v in q) if x]
    if len(queries) > MAX_COMPARE:
        raise HTTPException(400, f"at most {MAX_COMPARE} queries can be compared at once")
    return queries


@view(router, "/compare", "compare.html", csv=_compare_rows,
      page={"title": "مقارنة الاستعلامات", "section": "search", "granularities": GRANULARITY_LABELS,
            "filter_labels": FILTER_LABELS})
def compare_page(
    request: Request, db: StoreConn, p: Filters,
    q: Annotated[list[str], Query(description="two or more queries, each its own q")] = [],  # noqa: B006
    granularity: Granularity = "day",
) -> dict[str, Any]:
    queries = _queries(q)
    params = [sq.SearchParams(**{**p.__dict__, "q": x}) for x in queries]
    line = search_timeline.timeline(db, params, granularity, request.app.state.store.session) if params else {
        "granularity": granularity, "buckets": [], "totals": [], "series": [], "rows": []}
    return {"queries": queries, "filters": p.filters(), "granularity": granularity,
            "params": {"q": queries, **p.filters(), "granularity": granularity if granularity != "day" else None},
            "timeline": line}


# ---------------------------------------------------------------- REST API


@router.get("/api/v1/search", tags=["search"], summary="Documents matching a query and filters (cursor paging)")
def api_search(
    db: StoreConn, p: Params, sort: Sort | None = None, collapse: bool = False, cursor: str | None = None,
    size: PageSize = SEARCH_PAGE_SIZE,
) -> dict[str, Any]:
    page = _page(db, p, sort, collapse, cursor, size)
    return {"query": p.q, "filters": p.filters(), **page}


@router.get("/api/v1/search/counts", tags=["search"], summary="Totals and facet counts for a query and filters")
def api_counts(request: Request, db: StoreConn, p: Params,
               limit: Annotated[int, Query(ge=1, le=100, description="values per facet")] = sq.FACET_LIMIT,
               collapse: Annotated[bool, Query(description="also count the distinct stories")] = False,
               ) -> dict[str, Any]:
    counts = sq.counts(db, p, limit, request.app.state.store.session, collapse=collapse)
    # the same counts as flat records too (pandas.DataFrame(answer["rows"]))
    rows = [{"facet": kind, "value": f["value"], "label": f["label"], "label_en": f.get("label_en"), "count": f["count"]}
            for kind, values in counts["facets"].items() for f in values]
    return {"query": p.q, "filters": p.filters(), **counts, "rows": rows}


@router.get("/api/v1/search/timeline", tags=["search"],
            summary="Matching documents per day/week/month and their share of all documents, per query")
def api_timeline(request: Request, db: StoreConn, p: Filters,
                 q: Annotated[list[str], Query(description="one or more queries")] = [],  # noqa: B006
                 granularity: Granularity = "day") -> dict[str, Any]:
    queries = _queries(q)
    params = [sq.SearchParams(**{**p.__dict__, "q": x}) for x in queries] or [p]
    line = search_timeline.timeline(db, params, granularity, request.app.state.store.session)
    return {"filters": p.filters(), "granularity": granularity, "queries": [x.q or "" for x in params],
            "rows": line["rows"]}


@router.get("/api/v1/documents", tags=["documents"], summary="Documents with the search filters, newest first")
def api_documents(db: StoreConn, p: Params, sort: Sort | None = None, cursor: str | None = None,
                  size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50) -> dict[str, Any]:
    page = _page(db, p, sort or "newest", False, cursor, size, highlight=False)
    docs = [{k: r[k] for k in ("id", "title", "source", "url", "published", "cluster_id")} for r in page["results"]]
    return {"filters": p.filters(), "query": p.q, "sort": page["sort"], "documents": docs,
            "next_cursor": page["next_cursor"]}
