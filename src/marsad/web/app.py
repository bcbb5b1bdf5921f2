"""The web application: `create_app(store_path)` builds it; `marsad serve` runs it with uvicorn.

Views are the modules of `marsad.web.views`, each exposing `router` (discovered at start, like
the sub-commands of the CLI). This module only wires them: templates, static files, security
headers, and the error pages, which never carry a stack trace.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad import __version__
from marsad.corpus.search import QueryError
from marsad.web import views
from marsad.web.db import DEFAULT_BUDGET_S, ReadOnlyStore, StoreBusy
from marsad.web.pages import render, wants_json
from marsad.web.template_filters import register_filters

HERE = Path(__file__).parent
log = logging.getLogger("marsad.web")

# No inline script or style anywhere; data for charts travels in JSON <script type="application/json">
# blocks read by static/app.js, which CSP does not execute. Images only from the server itself
# (and data: URIs the chart and network libraries draw to).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(store_path: str | Path, *, budget_s: float = DEFAULT_BUDGET_S) -> FastAPI:
    """The application serving the store at `store_path`, opened read-only."""
    store = ReadOnlyStore(store_path, budget_s=budget_s)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="marsad", version=__version__,
        description="Arabic news as evidence-linked data: documents, entities, quotes, sources, dates, events.",
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN
        openapi_url="/api/v1/openapi.json",
    )
    app.state.store = store
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for .html
    register_filters(templates.env)
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    _error_handlers(app)
    for module in sorted(m.name for m in pkgutil.iter_modules(views.__path__) if not m.name.startswith("_")):
        app.include_router(importlib.import_module(f"marsad.web.views.{module}").router)
    return app


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/") or request.url.path.endswith(".json") or wants_json(request):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    if request.url.path.endswith(".csv"):
        return Response(message + "\n", status_code=status, media_type="text/plain; charset=utf-8")
    return render(request, "error.html", {"title": "خطأ", "status": status, "message": message}, status=status)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(StoreBusy)
    async def busy(request: Request, exc: StoreBusy) -> Response:
        return _error(request, 503, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg", "invalid")))
        return _error(request, 400, "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        return _error(request, exc.status_code, message)

    @app.exception_handler(sqlite3.Error)
    async def store_error(request: Request, exc: sqlite3.Error) -> Response:
        if "interrupted" in str(exc):
            return _error(request, 503, "the store took too long to answer; narrow the query and try again")
        log.error("store error on %s: %s", request.url.path, exc)
        return _error(request, 500, "the store could not answer this request")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _error(request, 500, "internal error; the server log has the details")
