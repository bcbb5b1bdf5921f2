"""View 7, upload / analyse: paste or upload an article (text or HTML) and see the article view
for it, without storing anything.

GET `/analyze` is the form; POST `/analyze` (multipart form) analyses and renders the article
view (no cluster; entities link to entity pages only through their KB id); POST
`/api/v1/analyze` (JSON `{text, title, published, html}`) returns the analysis record. The
body is capped (`MAX_UPLOAD_BYTES`, 413 past it), the text too (`MAX_TEXT_CHARS`); the analysis
runs in the threadpool, one at a time (the analyser is shared and memory-heavy).
"""

from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from marsad.ingest.build import normalize_published
from marsad.web.pages import render, wants_json
from marsad.web.views.article import LAYERS, MAX_MENTION_LINKS, TYPE_LABELS, article_data, runs

router = APIRouter()

MAX_UPLOAD_BYTES = 2_000_000
MAX_TEXT_CHARS = 200_000  # about ten seconds of analysis; a longer text belongs to `marsad analyze`
FORM_SLACK = 64_000  # the form's other fields and multipart boundaries
_lock = threading.Lock()
_analyzer: Any = None


class AnalyzeIn(BaseModel):
    text: str | None = Field(None, description="the article as plain text (the body)")
    html: str | None = Field(None, description="the article as an HTML page (used instead of text)")
    title: str | None = Field(None, description="the headline")
    published: str | None = Field(None, description="publication date, YYYY-MM-DD (resolves relative dates)")


class Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _analyzer_instance() -> Any:
    global _analyzer
    if _analyzer is None:
        from marsad.pipeline import Analyzer

        _analyzer = Analyzer()
    return _analyzer


def analyse(text: str | None = None, html: str | None = None, title: str | None = None,
            published: str | None = None, txt_file: bool = False) -> dict[str, Any]:
    """The analysis record of one article, never stored. Raises `Refused` with a clear message."""
    from marsad.ingest.htmlpage import read_html
    from marsad.ingest.readers import ReadError, text_record

    title = (title or "").strip()
    published = (published or "").strip() or None
    if published and not normalize_published(published):
        raise Refused(400, f"the publication date {published[:40]!r} is not a date: write it as YYYY-MM-DD")
    source = html if html and html.strip() else text
    if not source or not source.strip():
        raise Refused(400, "nothing to analyse: paste a text or choose a .txt or .html file")
    if len(source) > MAX_TEXT_CHARS * (5 if html else 1):
        raise Refused(413, f"the text has {len(source):,} characters; at most {MAX_TEXT_CHARS:,} are analysed here "
                           "(use `marsad analyze` for longer ones)")
    if html and html.strip():
        raw = read_html(html, "<upload>", published=published)
    elif txt_file and not title:
        raw = text_record(text or "", "<upload>")
    else:
        from marsad.ingest.record import RawRecord

        raw = RawRecord(body=text or "", title=title, origin="<upload>", published=published)
    if isinstance(raw, ReadError):
        raise Refused(400, f"could not read this article: {raw.message}")
    if title:
        raw.title = title
    if published and not raw.published:
        raw.published = published
    with _lock:
        analyzer = _analyzer_instance()
        try:
            doc = analyzer.document(raw, published=published)
        except ValueError as exc:
            raise Refused(413 if "limit" in str(exc) else 400, str(exc)) from None
        if not doc.text.strip():
            raise Refused(400, "nothing left to analyse after cleaning (no title and no text)")
        doc = analyzer(doc)
    record = doc.to_json()
    record["origin"] = None  # nothing was stored; the upload has no origin to show
    return record


PAGE = {"title": "تحليل نص", "section": "analyze", "layer_toggles": LAYERS, "type_labels": TYPE_LABELS,
        "runs": runs, "mode": "analyze", "no_twins": True, "max_mention_links": MAX_MENTION_LINKS, "max_mb": MAX_UPLOAD_BYTES / 1e6,
        "max_chars": MAX_TEXT_CHARS}


def _form_page(request: Request, form: dict[str, Any], error: str | None = None, status: int = 200,
               data: dict[str, Any] | None = None) -> Response:
    return render(request, "analyze.html", data or {}, status=status,
                  page={**PAGE, "form": form, "error": error, "result": data is not None})


def _check_length(request: Request, cap: int) -> None:
    length = request.headers.get("content-length")
    if length is None:
        raise Refused(411, "the request must say its length (Content-Length)")
    if not length.isdigit() or int(length) > cap:
        raise Refused(413, f"the upload is larger than {cap / 1e6:.1f} MB; send a smaller article")


def _warm_up() -> None:
    with _lock:
        _analyzer_instance()


@router.get("/analyze", include_in_schema=False)
def analyze_form(request: Request) -> Response:
    if _analyzer is None:  # building the analyser takes seconds: start while the user pastes
        threading.Thread(target=_warm_up, name="marsad-analyzer-warm-up", daemon=True).start()
    return _form_page(request, {})


@router.post("/analyze", include_in_schema=False)
async def analyze_post(request: Request) -> Response:
    values: dict[str, Any] = {}
    try:
        _check_length(request, MAX_UPLOAD_BYTES + FORM_SLACK)
        try:
            form = await request.form(max_files=1, max_fields=8, max_part_size=MAX_UPLOAD_BYTES)
        except HTTPException as exc:  # starlette's own refusal of a malformed or oversized form
            raise Refused(400, f"the form could not be read: {exc.detail}") from None
        values = {k: v for k, v in form.items() if isinstance(v, str) and k in ("text", "title", "published")}
        upload = form.get("file")
        text, html, txt_file = values.get("text"), None, False
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read(MAX_UPLOAD_BYTES + 1)
            if len(data) > MAX_UPLOAD_BYTES:
                raise Refused(413, f"the file is larger than {MAX_UPLOAD_BYTES / 1e6:.1f} MB; send a smaller article")
            decoded = _decode(data, upload.filename)
            if upload.filename.lower().endswith((".html", ".htm")) or decoded.lstrip()[:1] == "<":
                html = decoded
            else:
                text, txt_file = decoded, True
        record = await run_in_threadpool(analyse, text=text, html=html, title=values.get("title"),
                                         published=values.get("published"), txt_file=txt_file)
    except Refused as exc:
        if wants_json(request):
            return JSONResponse({"error": exc.message, "status": exc.status}, status_code=exc.status)
        return _form_page(request, values, exc.message, exc.status)
    if wants_json(request):
        return JSONResponse(record)
    return _form_page(request, values, data=article_data(record, None))


def _decode(data: bytes, filename: str) -> str:
    from marsad.ingest.encoding import DecodeError, decode_bytes
    from marsad.ingest.htmlpage import declared_charset

    try:
        declared = declared_charset(data) if filename.lower().endswith((".html", ".htm")) else None
        return decode_bytes(data, declared).text
    except DecodeError as exc:
        raise Refused(400, f"the file is not readable text: {exc}") from None


@router.post("/api/v1/analyze", tags=["analyze"], summary="Analyse one article without storing it",
             response_description="the analysis record (OUTPUT.md)",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": AnalyzeIn.model_json_schema()}}}})
async def api_analyze(request: Request) -> Response:
    try:
        _check_length(request, MAX_UPLOAD_BYTES)
        body = await request.body()
        try:
            item = AnalyzeIn.model_validate_json(body)
        except ValidationError as exc:
            raise Refused(400, "the body must be JSON {text, title, published, html}: "
                               + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
                          ) from None
        record = await run_in_threadpool(analyse, text=item.text, html=item.html, title=item.title,
                                         published=item.published)
    except Refused as exc:
        return JSONResponse({"error": exc.message, "status": exc.status}, status_code=exc.status)
    return JSONResponse(record)
