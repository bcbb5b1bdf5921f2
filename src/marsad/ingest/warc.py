"""WARC archives: every HTML `response` record is one page, read like an .html file.

The target URI becomes the record's url, and the WARC-Date is the fallback publication date
when the page itself carries none. Requests, metadata, redirects and non-HTML payloads are
not articles and are passed over; a response that cannot be read yields a ReadError.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from marsad.ingest.encoding import DecodeError, decode_bytes
from marsad.ingest.htmlpage import MAX_HTML_CHARS, declared_charset, read_html
from marsad.ingest.record import RawRecord, ReadError


def _http_charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


def _not_warc(head: bytes) -> str | None:
    """Why `head` cannot start a WARC file (plain or gzipped), or None if it can."""
    if not head:
        return "empty file"
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return "not a WARC file: broken gzip data"
    return None if head.startswith(b"WARC/") else "not a WARC file (no WARC/1.x header)"


def read_warc(stream: BinaryIO, origin: str) -> Iterator[RawRecord | ReadError]:
    """Pages of a WARC (plain or gzipped) stream; origins are "origin#N", N counting records."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    problem = _not_warc(stream.peek(512)[:512])  # type: ignore[attr-defined]
    if problem:
        yield ReadError(origin, problem)
        return
    index = -1
    try:
        for index, rec in enumerate(ArchiveIterator(stream)):
            if rec.rec_type != "response" or rec.http_headers is None:
                continue
            where = f"{origin}#{index}"
            status = rec.http_headers.get_statuscode() or ""
            content_type = rec.http_headers.get_header("Content-Type") or ""
            if not status.startswith("2") or "html" not in content_type.lower():
                continue
            data = rec.content_stream().read(MAX_HTML_CHARS * 4 + 1)
            if len(data) > MAX_HTML_CHARS * 4:
                yield ReadError(where, "HTML payload too large")
                continue
            try:
                decoded = decode_bytes(data, _http_charset(content_type) or declared_charset(data))
            except DecodeError as exc:
                yield ReadError(where, str(exc))
                continue
            yield read_html(
                decoded.text,
                where,
                url=rec.rec_headers.get_header("WARC-Target-URI"),
                published=rec.rec_headers.get_header("WARC-Date"),
                warnings=decoded.warnings if decoded.encoding not in ("utf-8", "utf-8-sig") else None,
            )
    except ArchiveLoadFailed as exc:
        yield ReadError(f"{origin}#{index + 1}", f"not a readable WARC: {exc}")
    except (OSError, EOFError, ValueError) as exc:
        yield ReadError(f"{origin}#{index + 1}", f"broken WARC: {type(exc).__name__}: {exc}")
