"""Hostile records stop nothing: each becomes a failure naming its file and record, the rest is read."""

from __future__ import annotations

import gzip
import json
import zipfile

from marsad.ingest import RawRecord, ReadError, read_inputs
from marsad.pipeline import Analyzer

GOOD = {"id": "a1", "title": "وزير المالية يعلن الميزانية",
        "text": "أعلن وزير المالية اليوم أرقام الميزانية العامة للعام المقبل في مؤتمر صحفي بالرياض."}


def _line(obj) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


def test_deep_json_is_a_failure_of_its_line(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text(_line(GOOD) + "[" * 5000 + "]" * 5000 + "\n" + _line({**GOOD, "id": "a2"}), encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [i.id for i in items if isinstance(i, RawRecord)] == ["a1", "a2"]
    (bad,) = [i for i in items if isinstance(i, ReadError)]
    assert bad.origin.endswith("deep.jsonl:2") and "nested too deeply" in bad.message


def test_a_lone_surrogate_is_replaced_and_said(tmp_path):
    path = tmp_path / "surrogate.jsonl"
    raw = json.dumps({**GOOD, "title": "عنوان \\ud800 مكسور"}, ensure_ascii=False).replace("\\\\ud800", "\\ud800")
    path.write_text(raw + "\n", encoding="utf-8")
    (rec,) = list(read_inputs([str(path)]))
    assert isinstance(rec, RawRecord) and "\ufffd" in rec.title
    assert any("surrogate" in w for w in rec.warnings)
    doc = Analyzer(["dates"]).document(rec)
    json.dumps(doc.to_record(), ensure_ascii=False).encode("utf-8")  # writable as UTF-8


def test_corrupt_compressed_data_is_a_failure_not_a_crash(tmp_path):
    gz = tmp_path / "news.jsonl.gz"
    data = bytearray(gzip.compress((_line(GOOD) * 200).encode("utf-8")))
    data[len(data) // 2 : len(data) // 2 + 8] = b"\x00\xff" * 4
    gz.write_bytes(bytes(data))
    items = list(read_inputs([str(gz)]))
    assert any(isinstance(i, ReadError) and "news.jsonl.gz" in i.origin for i in items)
    archive = tmp_path / "news.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.jsonl", _line(GOOD) * 200)
        z.writestr("b.jsonl", _line({**GOOD, "id": "b1"}))
    blob = bytearray(archive.read_bytes())
    blob[60:68] = b"\x00\xff" * 4  # inside the first member's deflate data
    archive.write_bytes(bytes(blob))
    items = list(read_inputs([str(archive)]))
    assert any(isinstance(i, ReadError) and "a.jsonl" in i.origin for i in items)
    assert any(isinstance(i, RawRecord) and i.id == "b1" for i in items)  # the next member is read


def test_a_stray_nul_byte_does_not_refuse_a_text_file(tmp_path):
    body = ("أعلنت وزارة التعليم اليوم مواعيد بدء العام الدراسي الجديد في جميع المدارس. " * 80).encode()
    path = tmp_path / "article.txt"
    path.write_bytes(body[:2000] + b"\x00" + body[2000:])
    (rec,) = list(read_inputs([str(path)]))
    assert isinstance(rec, RawRecord) and "\x00" not in rec.body
    assert any("NUL" in note for note in rec.warnings)
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    (bad,) = list(read_inputs([str(binary)]))
    assert isinstance(bad, ReadError) and "binary" in bad.message


def test_a_json_error_names_the_column_within_its_line(tmp_path):
    path = tmp_path / "cut.jsonl"
    path.write_text(_line(GOOD) + '   {"id":\n', encoding="utf-8")
    (_, bad) = list(read_inputs([str(path)]))
    assert bad.origin.endswith("cut.jsonl:2") and bad.message.endswith("at column 10")


def test_an_unterminated_string_is_said_once(tmp_path):
    path = tmp_path / "cut.jsonl"
    path.write_text('{"id": "x", "text": "نص لم يكتمل', encoding="utf-8")  # the file ends inside the string
    (bad,) = list(read_inputs([str(path)]))
    assert "Unterminated string starting at column 21" in bad.message and "at at" not in bad.message
