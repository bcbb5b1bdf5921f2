"""Fuzzing the inputs: damaged files and hostile JSON values never stop a run.

Seeded random truncations and byte flips of .jsonl, .jsonl.gz, .zip and .warc.gz files built
here from sentences written for this test, and JSON records with hostile values in every field.
Whatever the damage: no exception escapes the readers or the batch, every record the damage did
not touch is analysed, every failure names its file (and its record where the file still has
records), and `marsad ingest` over a damaged folder exits with status 1 and no traceback.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import re
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from marsad.corpus.executor import InProcessExecutor
from marsad.corpus.runner import run_batch
from marsad.corpus.store import Store
from marsad.ingest import read_inputs
from marsad.ingest.record import RawRecord, ReadError

SEED = 15
MUTATIONS = 12  # per format: truncations and flips drawn with the seed

ARTICLES = [
    ("وزير الصحة يفتتح مستشفى جديدا في تبوك",
     "افتتح وزير الصحة صباح الثلاثاء مستشفى جديدا في مدينة تبوك بسعة ثلاثمئة سرير، "
     "وقال إن المستشفى سيخدم سكان المنطقة والقرى المجاورة ابتداء من الشهر المقبل."),
    ("ارتفاع صادرات التمور في الربع الأول",
     "ارتفعت صادرات المملكة من التمور خلال الربع الأول من العام بنسبة ملحوظة، "
     "وأوضح مسؤول في وزارة البيئة أن الأسواق الآسيوية كانت الوجهة الأولى للشحنات."),
    ("انطلاق بطولة الشطرنج المدرسية في الدمام",
     "انطلقت يوم الأربعاء في الدمام بطولة الشطرنج المدرسية بمشاركة مئة وعشرين طالبا "
     "من مختلف مدارس المنطقة الشرقية، وتستمر المنافسات أربعة أيام."),
    ("أمطار غزيرة على مرتفعات عسير",
     "هطلت أمطار غزيرة مساء الخميس على مرتفعات عسير، ودعا الدفاع المدني السكان إلى "
     "الابتعاد عن مجاري السيول وعدم المجازفة بعبور الأودية."),
    ("جامعة الملك سعود تعلن مواعيد القبول",
     "أعلنت جامعة الملك سعود مواعيد التقديم للعام الجامعي المقبل، وأكدت أن البوابة "
     "الإلكترونية ستفتح في العاشر من شوال وتغلق بعد أسبوعين."),
    ("افتتاح معرض للخط العربي في المدينة المنورة",
     "افتتح أمير منطقة المدينة المنورة معرضا للخط العربي يضم أكثر من مئتي لوحة "
     "لخطاطين من عشر دول، ويستمر المعرض حتى نهاية الشهر."),
]


def _rows(prefix: str) -> list[dict]:
    return [{"id": f"{prefix}{i}", "title": title, "text": body, "date": f"2016-03-{i + 10:02d}"}
            for i, (title, body) in enumerate(ARTICLES)]


def _jsonl(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _warc_gz(prefix: str) -> bytes:
    return _warc_members(prefix)[0]


def _warc_members(prefix: str, gz: bool = True) -> tuple[bytes, list[tuple[int, int]]]:
    """A WARC of one HTML response per article, and where each record (gzip member) lies."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    spans = []
    for i, (title, body) in enumerate(ARTICLES):
        start = buf.tell()
        html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                f"<p>{body}</p><p>{body}</p></article></body></html>").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        # a fixed date and record id: the same bytes on every run, so the seeded damage is too
        fixed = {"WARC-Date": "2015-07-21T08:00:00Z", "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{i:012d}>"}
        writer.write_record(writer.create_warc_record(f"https://news.example/{prefix}{i}", "response",
                                                      payload=io.BytesIO(html), http_headers=headers,
                                                      warc_headers_dict=fixed))
        spans.append((start, buf.tell()))
    return buf.getvalue(), spans


def _zip(prefix: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("day1.jsonl", _jsonl(_rows(prefix)[:3]))
        zf.writestr("day2.jsonl", _jsonl(_rows(prefix)[3:]))
        title, body = ARTICLES[0]
        zf.writestr("note.txt", f"{title}\n{body}\n")
    return buf.getvalue()


def _mutate(rng: random.Random, data: bytes, start: int = 0) -> tuple[bytes, set[int], int]:
    """A truncation or one to four flipped bytes at or after `start`: (data, flipped positions, cut)."""
    if rng.random() < 0.4:
        cut = rng.randrange(start, len(data))
        return data[:cut], set(), cut
    out = bytearray(data)
    flipped = {rng.randrange(start, len(data)) for _ in range(rng.randint(1, 4))}
    for pos in flipped:
        out[pos] ^= rng.randint(1, 255)
    return bytes(out), flipped, len(data)


def _read(path: Path) -> tuple[list[RawRecord], list[ReadError]]:
    items = list(read_inputs([str(path)]))  # any exception fails the test here
    assert all(isinstance(item, RawRecord | ReadError) for item in items)
    records = [item for item in items if isinstance(item, RawRecord)]
    errors = [item for item in items if isinstance(item, ReadError)]
    for error in errors:
        assert error.origin.startswith(str(path)), error
        assert "Traceback" not in error.message
    return records, errors


def _line_spans(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each line, end past its newline."""
    spans, start = [], 0
    for line in data.splitlines(keepends=True):
        spans.append((start, start + len(line)))
        start += len(line)
    return spans


def _ids(records: list[RawRecord]) -> set[str]:
    return {r.id for r in records if r.id}


def _assert_intact_lines(original: bytes, good_prefix: int, flipped: set[int], path: Path) -> None:
    """Every JSON line lying whole in `original[:good_prefix]`, untouched by a flip (its own
    bytes or the newline before it), is read as its record; failures name their line."""
    records, errors = _read(path)
    rows = [json.loads(line) for line in original.splitlines()]
    expected = {
        rows[n]["id"] for n, (start, end) in enumerate(_line_spans(original))
        if end - 1 <= good_prefix and not any(start - 1 <= pos < end for pos in flipped)
    }
    assert expected <= _ids(records), (expected - _ids(records), errors)
    for record in records:
        if record.id in expected:
            assert record.body == next(r["text"] for r in rows if r["id"] == record.id)
    for error in errors:
        assert re.fullmatch(re.escape(str(path)) + r":\d+", error.origin) or error.message == "empty file", error


def _inflatable_prefix(data: bytes) -> bytes:
    """What a careful gunzip gets out of `data` before any damage (zlib fed a byte at a time)."""
    from marsad.ingest.gunzip import salvage

    return salvage(zlib.decompressobj(16 + zlib.MAX_WBITS), data)


def _common_prefix(a: bytes, b: bytes) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def test_fuzzed_jsonl_keeps_every_untouched_line(tmp_path):
    rng = random.Random(SEED)
    original = _jsonl(_rows("j"))
    for n in range(MUTATIONS):
        data, flipped, cut = _mutate(rng, original)
        path = tmp_path / f"f{n}.jsonl"
        path.write_bytes(data)
        _assert_intact_lines(original, cut, flipped, path)


def test_fuzzed_jsonl_gz_keeps_every_line_before_the_damage(tmp_path):
    rng = random.Random(SEED + 1)
    plain = _jsonl(_rows("g"))
    original = gzip.compress(plain, mtime=0)
    for n in range(MUTATIONS):
        data, _, _ = _mutate(rng, original)
        path = tmp_path / f"f{n}.jsonl.gz"
        path.write_bytes(data)
        good = _common_prefix(_inflatable_prefix(data), plain)
        _assert_intact_lines(plain, good, set(), path)


def test_fuzzed_zip_keeps_untouched_members(tmp_path):
    rng = random.Random(SEED + 2)
    original = _zip("z")
    with zipfile.ZipFile(io.BytesIO(original)) as zf:
        members = {i.filename: (i.header_offset, i.header_offset + 30 + len(i.filename) + i.compress_size)
                   for i in zf.infolist()}
    directory = max(end for _, end in members.values())
    for n in range(MUTATIONS):
        # damage inside the members or a cut anywhere (a cut archive has lost its directory: its
        # members are found from their own headers); a flip in the directory is another matter
        data, flipped, cut = _mutate(rng, original)
        path = tmp_path / f"f{n}.zip"
        path.write_bytes(data)
        records, errors = _read(path)  # whatever the damage: no exception, errors name the file
        if any(p >= directory for p in flipped):
            continue
        damaged = {name for name, (start, end) in members.items()
                   if end > cut or any(start <= p < end for p in flipped)}
        for name in set(members) - damaged:
            expected = {"note.txt": 1}.get(name, 3)
            assert len([r for r in records if r.origin.startswith(f"{path}!{name}")]) == expected, (name, errors)
        for error in errors:
            assert error.origin == str(path) or any(error.origin.startswith(f"{path}!{name}") for name in damaged), error
        assert bool(errors) == bool(damaged or cut < len(original)), errors


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_fuzzed_warc_reads_every_untouched_record_and_no_damaged_page(tmp_path, gz):
    rng = random.Random(SEED + 3 + gz)
    original, spans = _warc_members("w", gz)
    titles = [title for title, _ in ARTICLES]
    for n in range(MUTATIONS):
        data, flipped, cut = _mutate(rng, original)
        path = tmp_path / f"f{n}.warc{'.gz' if gz else ''}"
        path.write_bytes(data)
        records, errors = _read(path)
        for record in records:
            assert record.title in titles  # a page is read whole, or not at all
            assert dict(ARTICLES)[record.title] in record.body
        untouched = {i for i, (start, end) in enumerate(spans)
                     if end <= cut and not any(start <= p < end for p in flipped)}
        if gz:  # a plain record's damage may swallow the next one's header; a gzip member is whole or not
            assert {f"{path}#{i}" for i in untouched} <= {r.origin for r in records}, errors
        assert len(records) >= (len(untouched) if gz else min(untouched, default=len(ARTICLES)))
        for error in errors:
            assert re.fullmatch(re.escape(str(path)) + r"(#\d+)?", error.origin), error
        if cut < len(original) or flipped:
            assert errors or len(records) == len(ARTICLES)


# --- hostile JSON values in every field ---------------------------------------------------------
DEEP = "[" * 5000 + "]" * 5000
HOSTILE_VALUES = [
    DEEP, "1" + "0" * 5000, "1e400", "-1e400", "NaN", "Infinity", "null", "true", "0", "[]", "{}",
    '"\\ud800"', '"\\udfff\\ud800x"', '["a", {"b": null}]', '{"x": ' + DEEP + "}", json.dumps("ن" * 50_000),
    json.dumps("خبر " * 500_001, ensure_ascii=False), '""', '"   "',
]
FIELDS = ["text", "title", "id", "date", "source", "url", "author"]


def _hostile_lines() -> list[str]:
    """One record per field and value: the hostile value in that field, good values elsewhere."""
    lines = []
    for field in FIELDS:
        for value in HOSTILE_VALUES:
            title, body = ARTICLES[len(lines) % len(ARTICLES)]
            good = {"id": f"h{len(lines)}", "title": title, "text": body, "date": "2016-04-01",
                    "source": "sabq", "url": "https://news.example/a", "author": "محرر"}
            good.pop(field)
            parts = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in good.items()]
            lines.append("{" + ", ".join([*parts, f'"{field}": {value}']) + "}")
    lines.append(DEEP)
    lines.append('{"text": ' * 3000)
    return lines


def test_hostile_json_values_fail_alone_and_the_rest_is_analysed(tmp_path):
    lines = _hostile_lines()
    good = _rows("ok")
    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join([*lines, *(json.dumps(r, ensure_ascii=False) for r in good)]) + "\n", encoding="utf-8")
    store = Store(tmp_path / "m.db")
    executor = InProcessExecutor(["dates"])
    try:
        stats = run_batch(read_inputs([str(path)]), store, executor)  # any exception fails the test
    finally:
        executor.close()
    assert stats.read == len(lines) + len(good)
    assert stats.stored + stats.failed + stats.skipped == stats.read
    stored = {row[0] for row in store.conn.execute("SELECT id FROM documents")}
    assert {r["id"] for r in good} <= stored
    for origin, error in store.conn.execute("SELECT origin, error FROM failures"):
        assert re.fullmatch(re.escape(str(path)) + r":\d+", origin), (origin, error)
    # the text over the size limit, the deep nesting, the oversized integer: failures, said why
    errors = " ".join(e for (e,) in store.conn.execute("SELECT error FROM failures"))
    assert "nested too deeply" in errors and "over the 2,000,000 limit" in errors
    # a field far too long is cut (or, for an id, refused): no megabyte copied into every warning
    records = [json.loads(r) for (r,) in store.conn.execute("SELECT record FROM documents")]
    assert max(len(json.dumps(r, ensure_ascii=False)) for r in records) < 200_000
    assert re.search(r"id of 2,000,\d{3} characters is over the 2,000 limit", errors)


def test_cli_ingest_over_a_damaged_folder_exits_1_without_traceback(tmp_path):
    rng = random.Random(SEED + 4)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.jsonl").write_bytes(_jsonl(_rows("a")))
    gz = gzip.compress(_jsonl(_rows("b")), mtime=0)
    (folder / "cut.jsonl.gz").write_bytes(gz[: len(gz) * 2 // 3])
    warc = _warc_gz("c")
    (folder / "cut.warc.gz").write_bytes(warc[: len(warc) // 2])
    flipped, _, _ = _mutate(random.Random(SEED), _zip("d"), 0)
    (folder / "bad.zip").write_bytes(flipped)
    (folder / "hostile.jsonl").write_text("\n".join(rng.sample(_hostile_lines()[:40], 8)) + "\n", encoding="utf-8")
    db = tmp_path / "m.db"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    proc = subprocess.run([sys.executable, "-m", "marsad", "ingest", str(folder), "--db", str(db), "--workers", "1",
                           "--no-progress"], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    store = Store(db)
    stored = {row[0] for row in store.conn.execute("SELECT id FROM documents")}
    assert {r["id"] for r in _rows("a")} <= stored  # the intact file, analysed by every layer
    origins = [o for (o,) in store.conn.execute("SELECT origin FROM failures")]
    assert origins and all(o.startswith(str(folder)) for o in origins)
    assert any(o.startswith(str(folder / "cut.warc.gz") + "#") for o in origins)
    assert any(re.fullmatch(re.escape(str(folder / "cut.jsonl.gz")) + r":\d+", o) for o in origins)


def test_a_zip_cut_short_keeps_its_whole_members_and_the_lines_before_the_cut(tmp_path):
    original = _zip("s")
    with zipfile.ZipFile(io.BytesIO(original)) as zf:
        day2 = zf.getinfo("day2.jsonl")
    path = tmp_path / "day.zip"
    path.write_bytes(original[: day2.header_offset + 30 + len("day2.jsonl") + day2.compress_size * 3 // 4])
    records, errors = _read(path)
    assert [r.id for r in records][:3] == ["s0", "s1", "s2"]  # day1.jsonl, whole
    assert {r.id for r in records} - {"s0", "s1", "s2"} <= {"s3", "s4", "s5"}
    assert errors[0].origin == str(path) and "directory" in errors[0].message
    assert errors[-1].origin == f"{path}!day2.jsonl" and "cut short" in errors[-1].message
