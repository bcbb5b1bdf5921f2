"""WARC archives: every HTML `response` record is one page, read like an .html file.

The target URI becomes the record's url, and the WARC-Date is the fallback publication date
when the page itself carries none. Requests, metadata, redirects and non-HTML payloads are
not articles and are passed over; a response that cannot be read yields a ReadError.

A response whose payload ends before its declared length (a file cut in the middle of a record:
an interrupted download or crawl, a broken gzip member) is refused with a ReadError naming the
file and record, never stored: the page that is present is an article without its end, and a
store must not hold it as if it were whole. Its origin lets a rerun over a complete copy of the
file store it.
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


def _archive_iterator(stream: BinaryIO):
    from warcio.archiveiterator import ArchiveIterator

    class Records(ArchiveIterator):
        """warcio's iterator, noting whether its last gzip member was whole: warcio ends quietly
        when the file stops inside a member, as if the archive were complete."""

        gzip_cut = False

        def close(self) -> None:
            decompressor = getattr(self.reader, "decompressor", None) if self.reader else None
            if decompressor is not None and getattr(decompressor, "eof", True) is False:
                self.gzip_cut = True
            super().close()

    return Records(stream)


def read_warc(stream: BinaryIO, origin: str) -> Iterator[RawRecord | ReadError]:
    """Pages of a WARC (plain or gzipped) stream; origins are "origin#N", N counting records."""
    from warcio.exceptions import ArchiveLoadFailed

    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    problem = _not_warc(stream.peek(512)[:512])  # type: ignore[attr-defined]
    if problem:
        yield ReadError(origin, problem)
        return
    index = -1
    cut_reported = False  # a record found cut already says the file ends early
    try:
        records = _archive_iterator(stream)
        for index, rec in enumerate(records):
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
            missing = _missing_bytes(rec)
            if missing:
                cut_reported = True
                yield ReadError(where, f"truncated WARC record: {missing:,} of its {rec.length:,} bytes are missing "
                                "(the file ends inside this record)")
                continue
            yield _page(rec, data, content_type, where)
        if records.gzip_cut and not cut_reported:
            yield ReadError(f"{origin}#{index + 1}", "truncated WARC: the file ends inside a gzip member, "
                            "so what follows the last whole record is missing")
    except ArchiveLoadFailed as exc:
        yield ReadError(f"{origin}#{index + 1}", f"not a readable WARC: {exc}")
    except Exception as exc:  # warcio on damaged input raises anything (an AttributeError on a cut header)
        yield ReadError(f"{origin}#{index + 1}", f"broken WARC: {type(exc).__name__}: {exc}")


def _page(rec, data: bytes, content_type: str, where: str) -> RawRecord | ReadError:
    try:
        decoded = decode_bytes(data, _http_charset(content_type) or declared_charset(data))
    except DecodeError as exc:
        return ReadError(where, str(exc))
    try:
        return read_html(
            decoded.text,
            where,
            url=rec.rec_headers.get_header("WARC-Target-URI"),
            published=rec.rec_headers.get_header("WARC-Date"),
            warnings=decoded.warnings if decoded.encoding not in ("utf-8", "utf-8-sig") else None,
        )
    except Exception as exc:  # one page's trouble: the archive's other records are still read
        return ReadError(where, f"cannot read page: {type(exc).__name__}: {exc}")


def _missing_bytes(rec) -> int:
    """How many bytes of the record's block (Content-Length) the file lacks; 0 when it is whole.

    The payload was read to its end (or its encoding's end): what is left of the block is read
    through, and a block that ends early leaves part of its declared length unread.
    """
    raw = rec.raw_stream
    if not hasattr(raw, "limit"):  # no Content-Length to check against
        return 0
    while raw.limit > 0 and raw.read(min(raw.limit, 1 << 16)):
        pass
    return max(0, raw.limit)
