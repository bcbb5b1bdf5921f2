"""WARC archives: every HTML `response` record is one page, read like an .html file.

The target URI becomes the record's url, and the WARC-Date is the fallback publication date
when the page itself carries none. Requests, metadata, redirects and non-HTML payloads are
not articles and are passed over; a response that cannot be read yields a ReadError.

A response whose payload ends before its declared length (a file cut in the middle of a record:
an interrupted download or crawl, a broken gzip member) is refused with a ReadError naming the
file and record, never stored: the page that is present is an article without its end, and a
store must not hold it as if it were whole. Its origin lets a rerun over a complete copy of the
file store it. So is a record whose bytes do not match its WARC-Block-Digest (a plain WARC has
no other check against a damaged byte) and one whose gzip member is corrupt; after a damaged
record, reading resumes at the next record start (next gzip member, next "WARC/1." header), so
one bad record costs only itself.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Generator, Iterator
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
        except zlib.error:  # damage in the first record: reported as its own, the rest still read
            return None
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

    # digests checked: a plain WARC has no other guard against a damaged byte in a record
    return Records(stream, check_digests=True)


def read_warc(stream: BinaryIO, origin: str) -> Iterator[RawRecord | ReadError]:
    """Pages of a WARC (plain or gzipped) stream; origins are "origin#N", N counting records.

    A damaged record is reported and, when the stream can seek, reading resumes at the next
    record start after it (the next gzip member, or the next "WARC/1." header of a plain file),
    so the records after the damage are still read. A WARC holding no HTML page at all (only
    requests, metadata, JSON or images) is reported too: an empty result must name its file.
    """
    found = False
    for item in _pages(stream, origin):
        found = True
        yield item
    if not found:
        yield ReadError(origin, "no HTML page in this WARC (no response record with an HTML body)")


def _pages(stream: BinaryIO, origin: str) -> Iterator[RawRecord | ReadError]:
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    head = stream.peek(512)[:512]  # type: ignore[attr-defined]
    problem = _not_warc(head)
    if problem:
        yield ReadError(origin, problem)
        return
    marker = b"\x1f\x8b\x08" if head[:2] == b"\x1f\x8b" else b"\r\n\r\nWARC/1."
    first = 0
    while True:
        damaged = yield from _records(stream, origin, first)
        if damaged is None:
            return
        offset, index = damaged
        resume = _next_marker(stream, offset + 1, marker)
        if resume is None:
            return
        stream.seek(resume + (4 if marker.startswith(b"\r") else 0))
        first = index + 1


def _records(stream: BinaryIO, origin: str, first: int) -> Generator[RawRecord | ReadError, None, tuple[int, int] | None]:
    """Pages from the stream's position on, records numbered from `first`; returns None at the
    end, or (offset, number) of a damaged record after reporting it."""
    records = _archive_iterator(stream)
    records.offset = stream.tell()  # warcio counts from 0 wherever it starts
    numbered = enumerate(records, first)
    index = first - 1
    cut_reported = False  # a record found cut already says the file ends early
    while True:
        try:
            index, rec = next(numbered)
        except StopIteration:
            break
        except Exception as exc:  # damage between records, or in the header of the next one
            index += 1
            yield ReadError(f"{origin}#{index}", _damage(exc))
            return records.offset, index
        where = f"{origin}#{index}"
        try:
            item = _response(rec, where)
        except Exception as exc:  # damage inside this record's block
            yield ReadError(where, _damage(exc))
            return records.offset, index
        if item is not None:
            cut_reported = cut_reported or (isinstance(item, ReadError) and item.message.startswith(TRUNCATED))
            yield item
    if records.gzip_cut and not cut_reported:
        yield ReadError(f"{origin}#{index + 1}", "truncated WARC: the file ends inside a gzip member, "
                        "so what follows the last whole record is missing")
    elif not cut_reported and _left_over(stream, records.offset):
        # warcio stops quietly at a record header cut short (or too damaged to be one)
        yield ReadError(f"{origin}#{index + 1}", "truncated WARC: the file ends with part of a record")
        return records.offset, index + 1
    return None


def _left_over(stream: BinaryIO, end_of_records: int) -> bool:
    """Whether anything but blank space follows the last record read (False if that cannot be told)."""
    try:
        stream.seek(end_of_records)
        return bool(stream.read(4096).strip())
    except (OSError, ValueError, io.UnsupportedOperation):
        return False


TRUNCATED = "truncated WARC record"


def _damage(exc: Exception) -> str:
    from warcio.exceptions import ArchiveLoadFailed

    if isinstance(exc, ArchiveLoadFailed):
        return f"not a readable WARC: {exc}"
    # warcio on damaged input raises anything (an AttributeError on a cut header)
    return f"broken WARC: {type(exc).__name__}: {exc}"


def _response(rec, where: str) -> RawRecord | ReadError | None:
    """The page of an HTML response record (None for any other record); raises on damaged data."""
    if not rec.rec_type:  # warcio makes a record of a header cut short at the end of the file
        return ReadError(where, "damaged WARC record: its header has no WARC-Type (cut short or corrupted)")
    if rec.rec_type != "response":
        return None
    uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
    status = rec.http_headers.get_statuscode() if rec.http_headers is not None else ""
    if not status:
        if uri.startswith(("http:", "https:")):  # an HTTP response whose headers were cut or mangled
            return ReadError(where, f"{TRUNCATED} or damaged: the record's HTTP headers are incomplete")
        return None  # a response of another protocol (dns:, ...)
    content_type = rec.http_headers.get_header("Content-Type") or ""
    if not status.startswith("2") or "html" not in content_type.lower():
        return None
    data = rec.content_stream().read(MAX_HTML_CHARS * 4 + 1)
    if len(data) > MAX_HTML_CHARS * 4:
        return ReadError(where, "HTML payload too large")
    missing = _missing_bytes(rec)
    if missing:
        return ReadError(where, f"{TRUNCATED}: {missing:,} of its {rec.length:,} bytes are missing "
                         "(the file ends inside this record)")
    # the block digest covers exactly the bytes read (payload digests are computed differently by
    # some crawlers, so a mismatch there proves nothing)
    checker = getattr(rec, "digest_checker", None)
    damaged = [p for p in getattr(checker, "problems", None) or [] if p.startswith("block digest failed")]
    if damaged:
        return ReadError(where, "damaged WARC record: its content does not match its WARC-Block-Digest")
    return _page(rec, data, content_type, where)


# how far past a damaged record a next record start is looked for
RESYNC_BYTES = 64 * 2**20


def _next_marker(stream: BinaryIO, start: int, marker: bytes) -> int | None:
    """Offset of the first `marker` at or after `start`, or None (stream that cannot seek, none)."""
    try:
        stream.seek(start)
        carried, base = b"", start
        while base - start < RESYNC_BYTES:
            block = stream.read(1 << 20)
            if not block:
                return None
            data = carried + block
            found = data.find(marker)
            if found >= 0:
                return base - len(carried) + found
            carried = data[-(len(marker) - 1):]
            base += len(block)
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return None


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
