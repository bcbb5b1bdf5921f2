"""Registering a view once and serving it as HTML, JSON and CSV.

A view is a function `(request, db, ...query parameters) -> dict`. `view(router, "/quotes",
"quotes.html", csv=...)` registers it at `/quotes` (HTML, or JSON when the client sends
`Accept: application/json`), `/quotes.json` and `/quotes.csv`. The JSON twin is the dict itself,
so what the page shows and what a script gets are the same data; the CSV is the rows the page
lists (`csv` picks them from the dict), one flat record per row.
"""

from __future__ import annotations

import base64
import csv
import functools
import inspect
import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

MAX_QUERY_CHARS = 500
MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 50

ViewData = dict[str, Any]
RowsOf = Callable[[ViewData], list[dict[str, Any]]]


def store_session(request: Request) -> Iterator[sqlite3.Connection]:
    """FastAPI dependency: the request's read-only connection under its time budget."""
    with request.app.state.store.session() as conn:
        yield conn


# a view's parameter `db: StoreConn` receives the request's read-only connection
StoreConn = Annotated[sqlite3.Connection, Depends(store_session)]
# query parameters the views share: page size, paging cursor, an ISO day, month or year
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"rows per page (at most {MAX_PAGE_SIZE})")]
Cursor = Annotated[str | None, Query(max_length=400, description="the `next` cursor of the previous page")]
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def render(request: Request, template: str, data: ViewData, status: int = 200,
           page: dict[str, Any] | None = None) -> HTMLResponse:
    """The template with the view's data (as `data` and as top-level names) and the page's own
    presentation settings (`page`: title, section, labels; never part of the JSON twin)."""
    templates = request.app.state.templates
    context = {**(page or {}), "data": data, **data}
    return templates.TemplateResponse(request, template, context, status_code=status)


def json_response(data: ViewData, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def csv_response(rows: list[dict[str, Any]], filename: str) -> Response:
    """Rows as CSV (UTF-8 with BOM, so that spreadsheet programs read the Arabic right)."""
    buf = io.StringIO()
    buf.write("\ufeff")
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'})


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def view(router: APIRouter, path: str, template: str, *, csv: RowsOf | None = None,
         page: dict[str, Any] | None = None,
         name: str | None = None) -> Callable[[Callable[..., ViewData]], Callable[..., ViewData]]:
    """Register the decorated data function as an HTML page with its `.json` and `.csv` twins.

    `page` holds what only the HTML needs (title, nav section, labels); the JSON twin is exactly
    the data function's result.
    The twins are registered before the page, so that `/entity/{key}.json` is not read as the
    page of an entity whose key ends in ".json".
    """

    def decorate(fn: Callable[..., ViewData]) -> Callable[..., ViewData]:
        route_name = name or fn.__name__
        stem = path.rstrip("/").rsplit("/", 1)[-1].split("{")[0] or "page"

        def as_json(*args: Any, **kwargs: Any) -> Response:
            return json_response(fn(*args, **kwargs))

        def as_csv(*args: Any, **kwargs: Any) -> Response:
            if csv is None:
                raise HTTPException(404, "this view has no table to export")
            return csv_response(csv(fn(*args, **kwargs)), stem or "export")

        def as_page(*args: Any, **kwargs: Any) -> Response:
            data = fn(*args, **kwargs)
            request = kwargs["request"]
            if wants_json(request):
                return json_response(data)
            return render(request, template, data, page={**(page or {}), "has_csv": csv is not None})

        for suffix, endpoint, kind in ((".json", as_json, "json"), (".csv", as_csv, "csv"), ("", as_page, "page")):
            functools.update_wrapper(endpoint, fn)
            endpoint.__signature__ = inspect.signature(fn)  # type: ignore[attr-defined]
            router.add_api_route(
                path + suffix, endpoint, methods=["GET"], name=route_name if kind == "page" else f"{route_name}.{kind}",
                include_in_schema=False, response_class=HTMLResponse if kind == "page" else Response,
            )
        return fn

    return decorate


def check_query(q: str | None) -> str | None:
    """The stripped query, or a 400 when it is longer than the cap."""
    if q is None:
        return None
    q = q.strip()
    if len(q) > MAX_QUERY_CHARS:
        raise HTTPException(400, f"the query is {len(q)} characters long; at most {MAX_QUERY_CHARS} are accepted")
    return q or None


def encode_cursor(*key: Any) -> str:
    """An opaque cursor for the row after which the next page starts (its sort key)."""
    raw = json.dumps(list(key), ensure_ascii=False, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, arity: int) -> list[Any] | None:
    """The sort key inside a cursor from `encode_cursor`, or a 400 when it is not one."""
    if not cursor:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(400, "the paging cursor is not valid; start again from the first page") from exc
    if not isinstance(key, list) or len(key) != arity:
        raise HTTPException(400, "the paging cursor is not valid; start again from the first page")
    return key
