"""Readers: files, folders, archives and stdin to a stream of raw records and read errors.

`read_inputs(paths)` yields, in input order, one `RawRecord` per article or one `ReadError`
per thing that could not be read (with its file, line or record number); it never raises on
bad input, so a batch always goes on. JSON Lines are streamed line by line, so memory stays
flat however long the file; a whole-file format (JSON array, .txt, .html, zip member) is
loaded whole up to a size limit.

Origins: "path" (.txt, .html), "path:LINE" (JSON Lines), "path#INDEX" (JSON array element,
WARC record), "path!member#INDEX" (inside a zip), "-" / "-:LINE" (stdin).
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from marsad.ingest.encoding import Decoded, DecodeError, decode_bytes
from marsad.ingest.gunzip import open_gunzip
from marsad.ingest.htmlpage import declared_charset, read_html
from marsad.ingest.record import RawRecord, ReadError
from marsad.ingest.warc import read_warc
from marsad.ingest.zipsalvage import LOCAL_SIGNATURE, local_members

# A JSON Lines record longer than this is refused (and skipped without being held in memory).
MAX_LINE_BYTES = 16 * 1024 * 1024
# A file read whole (JSON array, text, HTML, zip member) may be at most this large.
MAX_FILE_BYTES = 256 * 1024 * 1024
# One article's text may be at most this long (news articles are under 100,000 characters;
# a multi-megabyte "article" is a dump or a mistake and would stall every layer).
MAX_TEXT_CHARS = 2_000_000

# extension -> kind; the longest matching suffix wins (".warc.gz" before ".gz")
KINDS = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl.gz", ".ndjson.gz": "jsonl.gz",
    ".zip": "zip",
    ".warc": "warc", ".warc.gz": "warc",
}

# field names accepted for each RawRecord field, first found wins (SaudiNewsNet's included)
FIELDS = {
    "body": ("text", "content", "body", "article"),
    "title": ("title", "headline"),
    "id": ("id", "_id", "doc_id", "guid"),
    "published": ("published", "date", "date_published", "published_at", "datetime", "date_extracted"),
    "source": ("source", "outlet", "sitename", "site"),
    "url": ("url", "link", "uri"),
    "author": ("author", "byline", "authors"),
}


def kind_of(name: str) -> str | None:
    """The reader kind for a file name, from its extension; None for unknown extensions."""
    lower = name.lower()
    best = None
    for ext, kind in KINDS.items():
        if lower.endswith(ext) and (best is None or len(ext) > len(best[0])):
            best = (ext, kind)
    return best[1] if best else None


def read_inputs(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[RawRecord | ReadError]:
    """Every article of every input, in order: files, folders (recursively), "-" for stdin."""
    for p in paths:
        if p == "-":
            if stdin is None and (sys.stdin is None or not hasattr(sys.stdin, "buffer")):
                yield ReadError("-", "no standard input to read")
            else:
                yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path):
                yield from read_file(f, kind_of(f.name))
        elif path.exists():
            # a file named explicitly is read even with an unknown extension: by its content
            yield from read_file(path, kind_of(path.name) or "sniff")
        else:
            yield ReadError(p, "no such file or directory")


def _walk(root: Path) -> list[Path]:
    """Files under `root` with a known extension, sorted by path, hidden entries skipped."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(Path(dirpath) / n for n in filenames if not n.startswith(".") and kind_of(n))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def read_file(path: Path, kind: str | None) -> Iterator[RawRecord | ReadError]:
    origin = str(path)
    try:
        if kind == "jsonl":
            with path.open("rb") as fh:
                yield from read_jsonl(fh, origin)
        elif kind == "jsonl.gz":
            with path.open("rb") as fh:
                # every line before damaged compressed data is kept (gunzip.py)
                yield from read_jsonl(open_gunzip(fh), origin)
        elif kind == "warc":
            with path.open("rb") as fh:
                yield from read_warc(fh, origin)
        elif kind == "zip":
            yield from read_zip(path, origin)
        elif kind is not None:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                yield ReadError(origin, f"file of {size / 1e6:.0f} MB is over the {MAX_FILE_BYTES // 2**20} MB limit for a {kind} file")
                return
            yield from read_blob(path.read_bytes(), origin, kind)
    except Exception as exc:  # whatever a damaged file provokes ends this file only, never the batch
        yield ReadError(origin, f"cannot read: {type(exc).__name__}: {exc}")


def read_blob(data: bytes, origin: str, kind: str) -> Iterator[RawRecord | ReadError]:
    """Records of a whole file held in memory, by kind (txt, html, json, jsonl, sniff)."""
    if kind == "html":
        try:
            decoded = decode_bytes(data, declared_charset(data))
        except DecodeError as exc:
            yield ReadError(origin, str(exc))
            return
        yield read_html(decoded.text, origin, warnings=_notes(decoded))
        return
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        yield ReadError(origin, str(exc))
        return
    text = decoded.text
    if kind == "sniff":
        head = text.lstrip()[:1]
        if head == "<":
            yield read_html(text, origin, warnings=_notes(decoded))
            return
        kind = "json" if head == "[" else "jsonl" if head == "{" else "txt"
        if kind == "jsonl":
            try:  # one pretty-printed object is JSON, not JSON Lines
                json.loads(text)
                kind = "json"
            except (ValueError, RecursionError):
                pass
    if kind == "txt":
        yield text_record(text, origin, _notes(decoded))
    elif kind == "jsonl":
        yield from _jsonl_lines(enumerate(text.splitlines(), 1), origin, _notes(decoded))
    elif kind == "json":
        try:
            obj = json.loads(text)
        except RecursionError:
            yield ReadError(origin, TOO_DEEP)
            return
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data" and text.lstrip().startswith("{"):
                # JSON Lines under a .json name: read it as such
                notes = [*_notes(decoded), "several JSON values in a .json file: read as JSON Lines"]
                yield from _jsonl_lines(enumerate(text.splitlines(), 1), origin, notes)
            else:
                yield ReadError(origin, f"invalid JSON: {exc}")
            return
        if isinstance(obj, list):
            for i, item in enumerate(obj):
                yield record_from_obj(item, f"{origin}#{i}", _notes(decoded))
        else:
            yield record_from_obj(obj, origin, _notes(decoded))
    else:
        yield ReadError(origin, f"unknown input kind {kind!r}")


def _notes(decoded: Decoded) -> list[str]:
    return list(decoded.warnings)


def text_record(text: str, origin: str, warnings: list[str] | None = None) -> RawRecord | ReadError:
    """A plain-text article: the first non-empty line is the title, the rest the body."""
    lines = text.strip().split("\n", 1)
    title = lines[0].strip()
    body = lines[1].strip() if len(lines) > 1 else ""
    notes = list(warnings or [])
    if len(text) > MAX_TEXT_CHARS:
        return ReadError(origin, f"text of {len(text):,} characters is over the {MAX_TEXT_CHARS:,} limit")
    if not body:  # one line only: more likely a short item than a headline without a story
        title, body = "", title
        notes.append("a single line of text: read as the body, with no title")
    return RawRecord(body=body, title=title, origin=origin, warnings=notes)


TOO_DEEP = "invalid JSON: nested too deeply to be an article record"
# A JSON string may escape half of a UTF-16 pair ("\ud800"): such a character cannot be written
# as UTF-8 (the record, the store) and names nothing, so it becomes U+FFFD with a warning.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(text: str, notes: list[str]) -> str:
    if not LONE_SURROGATE.search(text):
        return text
    note = "lone UTF-16 surrogate escapes replaced by U+FFFD"
    if note not in notes:
        notes.append(note)
    return LONE_SURROGATE.sub("\ufffd", text)


def record_from_obj(obj: Any, origin: str, warnings: list[str] | None = None) -> RawRecord | ReadError:
    """A JSON object with marsad's or SaudiNewsNet's field names to a RawRecord."""
    if not isinstance(obj, dict):
        return ReadError(origin, f"expected a JSON object, got {type(obj).__name__}")
    values: dict[str, Any] = {}
    for name, keys in FIELDS.items():
        for key in keys:
            value = obj.get(key)
            if value not in (None, ""):
                values[name] = value
                break
    body = values.get("body")
    notes = list(warnings or [])
    if body is None or (isinstance(body, str) and not body.strip()):
        title = values.get("title")
        if not (isinstance(title, str) and title.strip()):
            return ReadError(origin, "record has no text and no title (no non-empty 'text', 'content' or 'title')")
        # photo stories and infographics carry a headline only; a headline is still news
        body = ""
        notes.append("record has no body text: only its title was analysed")
    if not isinstance(body, str):
        return ReadError(origin, f"record text is a {type(body).__name__}, not a string")
    if len(body) > MAX_TEXT_CHARS:
        return ReadError(origin, f"record text of {len(body):,} characters is over the {MAX_TEXT_CHARS:,} limit")

    def as_str(v: Any) -> str | None:
        if v is None:
            return None
        if isinstance(v, list):
            return ", ".join(str(x) for x in v) or None
        return _without_lone_surrogates(str(v), notes).strip() or None

    body = _without_lone_surrogates(body, notes)

    return RawRecord(
        body=body,
        title=as_str(values.get("title")) or "",
        id=as_str(values.get("id")),
        published=as_str(values.get("published")),
        source=as_str(values.get("source")),
        url=as_str(values.get("url")),
        author=as_str(values.get("author")),
        origin=origin,
        warnings=notes,
    )


def _jsonl_lines(
    lines: Iterable[tuple[int, str | bytes | Exception | None]], origin: str, warnings: list[str] | None = None
) -> Iterator[RawRecord | ReadError]:
    """Records of numbered JSON lines; a None line was too long and is reported, an exception
    in place of a line ended the file there (damaged compressed data) and is reported too."""
    for lineno, line in lines:
        where = f"{origin}:{lineno}"
        if line is None:
            yield ReadError(where, f"line longer than {MAX_LINE_BYTES // 2**20} MB: skipped")
            continue
        if isinstance(line, Exception):
            yield ReadError(where, f"cannot read on from this line: {type(line).__name__}: {line}")
            return
        notes = list(warnings or [])
        if isinstance(line, bytes):
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    decoded = decode_bytes(line)
                except DecodeError as exc:
                    yield ReadError(where, str(exc))
                    continue
                text, notes = decoded.text, notes + decoded.warnings
        else:
            text = line
        text = text.lstrip("\ufeff")
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except RecursionError:
            yield ReadError(where, TOO_DEEP)
            continue
        except ValueError as exc:
            msg = _json_error(exc, text) if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield ReadError(where, f"invalid JSON: {msg}")
            continue
        yield record_from_obj(obj, where, notes)


def _json_error(exc: json.JSONDecodeError, line: str) -> str:
    """json's message with the column in the line ("Unterminated string starting at column 9":
    some messages already end in "at")."""
    where = "column" if exc.msg.endswith(" at") else "at column"
    return f"{exc.msg} {where} {_column(exc, line)}"


def _column(exc: json.JSONDecodeError, line: str) -> int:
    """The 1-based column of a JSON error within its line: JSON that ends early fails past the
    line's end (at the newline), which json counts as column 1 of a next line the file lacks."""
    return min(exc.pos, len(line.rstrip("\r\n"))) + 1


def _binary_lines(fh: BinaryIO) -> Iterator[tuple[int, bytes | Exception | None]]:
    """Numbered lines of a binary stream, never holding more than MAX_LINE_BYTES of one line.

    A stream that breaks (corrupt deflate data, a gzip file cut short) yields the exception as
    the line it could not read, so the failure names its line and what came before is kept.
    """
    lineno = 0
    while True:
        try:
            line = fh.readline(MAX_LINE_BYTES + 1)
        except Exception as exc:
            yield lineno + 1, exc
            return
        if not line:
            return
        lineno += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line in bounded chunks
                chunk = fh.readline(1 << 20)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line


def read_jsonl(fh: BinaryIO, origin: str) -> Iterator[RawRecord | ReadError]:
    """JSON Lines from a binary stream, one record per line (UTF-16 files are decoded whole)."""
    if not hasattr(fh, "peek"):
        fh = io.BufferedReader(fh)  # type: ignore[arg-type]
    try:
        head = fh.peek(4)[:4]  # type: ignore[attr-defined]
    except Exception as exc:  # compressed data damaged from its start: no line could be read
        yield ReadError(f"{origin}:1", f"cannot read on from this line: {type(exc).__name__}: {exc}")
        return
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) == 4 and 0 in head):
        data = fh.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            yield ReadError(origin, "UTF-16 JSON Lines file too large to decode")
            return
        try:
            decoded = decode_bytes(data)
        except DecodeError as exc:
            yield ReadError(origin, str(exc))
            return
        yield from _jsonl_lines(enumerate(decoded.text.splitlines(), 1), origin, _notes(decoded))
        return
    if not head:
        yield ReadError(origin, "empty file")
        return
    yield from _jsonl_lines(_binary_lines(fh), origin)


def read_zip(path: Path, origin: str) -> Iterator[RawRecord | ReadError]:
    """Each member of a zip archive, read by its own extension; origins "path!member"."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:  # no directory (a file cut short): members found one by one
        yield from _read_zip_without_directory(path, origin, exc)
        return
    with archive as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            kind = kind_of(info.filename)
            if kind is None:
                continue
            where = f"{origin}!{info.filename}"
            try:
                if kind in ("jsonl", "jsonl.gz"):
                    with zf.open(info) as fh:
                        yield from read_jsonl(open_gunzip(fh) if kind == "jsonl.gz" else fh, where)
                elif kind == "warc":
                    with zf.open(info) as fh:
                        yield from read_warc(fh, where)
                elif info.file_size > MAX_FILE_BYTES:
                    yield ReadError(where, f"member of {info.file_size / 1e6:.0f} MB is over the size limit")
                elif kind == "zip":
                    yield ReadError(where, "nested zip archives are not read")
                else:
                    yield from read_blob(zf.read(info), where, kind)
            except Exception as exc:  # a damaged member (bad CRC, deflate data, ...) ends this member only
                yield ReadError(where, f"cannot read member: {type(exc).__name__}: {exc}")


def _read_zip_without_directory(path: Path, origin: str, exc: Exception) -> Iterator[RawRecord | ReadError]:
    with path.open("rb") as fh:
        if fh.read(4) != LOCAL_SIGNATURE:
            yield ReadError(origin, f"cannot read: {type(exc).__name__}: {exc}")
            return
        yield ReadError(origin, f"cannot read the archive's directory ({exc}): a file cut short? Its members "
                        "are read from their own headers")
        for member in local_members(fh, MAX_FILE_BYTES):
            kind = kind_of(member.name)
            if kind is None or member.name.endswith("/"):
                continue
            where = f"{origin}!{member.name}"
            if kind in ("jsonl", "jsonl.gz") and member.data:  # the whole lines before a cut or damage
                stream = io.BytesIO(member.data)
                yield from read_jsonl(open_gunzip(stream) if kind == "jsonl.gz" else stream, where)
            elif member.problem is None:
                yield from (read_warc(io.BytesIO(member.data), where) if kind == "warc"
                            else [ReadError(where, "nested zip archives are not read")] if kind == "zip"
                            else read_blob(member.data, where, kind))
            if member.problem is not None:
                yield ReadError(where, member.problem)


def read_stdin(fh: BinaryIO) -> Iterator[RawRecord | ReadError]:
    """Standard input: JSON Lines if the first non-space character is "{", else one text article."""
    head: list[bytes] = []  # blank lines, then the first non-blank line
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            break
        head.append(line)
        if line.strip():
            break
    first = head[-1].lstrip().lstrip(b"\xef\xbb\xbf") if head else b""
    if not first:
        yield ReadError("-", "empty input")
        return
    if first.startswith(b"{"):
        if len(head[-1]) > MAX_LINE_BYTES and not head[-1].endswith(b"\n"):
            while (chunk := fh.readline(1 << 20)) and not chunk.endswith(b"\n"):
                pass
            numbered: Iterable[tuple[int, bytes | Exception | None]] = [(len(head), None)]
        else:
            numbered = [(len(head), head[-1])]
        k = len(head)
        yield from _jsonl_lines(numbered, "-")
        yield from _jsonl_lines(((n + k, ln) for n, ln in _binary_lines(fh)), "-")
        return
    data = b"".join(head)
    data += fh.read(MAX_FILE_BYTES + 1 - len(data))
    if len(data) > MAX_FILE_BYTES:
        yield ReadError("-", "input over the size limit for one text article")
        return
    yield from read_blob(data, "-", "sniff")
