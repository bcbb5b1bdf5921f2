"""A WARC cut or damaged in the middle of a record: the record is a failure naming file and
record, never a stored article, and the records after the damage are still read."""

from __future__ import annotations

import io

import pytest

from marsad.cli import main
from marsad.corpus.store import Store
from marsad.ingest.record import RawRecord, ReadError
from marsad.ingest.warc import read_warc
from test_fuzz_inputs import ARTICLES, _warc_members


def _read(data: bytes) -> list[tuple[str, str]]:
    """(origin, "" for a page or the error message) of everything read from `data`."""
    out = []
    for item in read_warc(io.BytesIO(data), "a.warc"):
        assert isinstance(item, RawRecord | ReadError)
        out.append((item.origin, item.message if isinstance(item, ReadError) else ""))
    return out


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_a_record_cut_in_its_payload_is_a_failure_not_an_article(gz):
    data, spans = _warc_members("t", gz)
    start, end = spans[2]
    out = _read(data[: (start + end) // 2 + 40])
    assert [o for o, m in out if not m] == ["a.warc#0", "a.warc#1"]
    (origin, message), = [(o, m) for o, m in out if m]
    assert origin == "a.warc#2" and "truncated WARC" in message


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_a_file_cut_in_a_record_header_says_so(gz):
    data, spans = _warc_members("h", gz)
    out = _read(data[: spans[3][0] + 14])
    assert [o for o, m in out if not m] == ["a.warc#0", "a.warc#1", "a.warc#2"]
    assert [o for o, m in out if m] == ["a.warc#3"]


def test_a_damaged_gzip_member_costs_only_its_record():
    data, spans = _warc_members("d", True)
    start, end = spans[1]
    damaged = bytearray(data)
    damaged[(start + end) // 2] ^= 0x55
    out = _read(bytes(damaged))
    assert [o for o, m in out if not m] == [f"a.warc#{i}" for i in range(len(ARTICLES)) if i != 1]
    assert [o for o, m in out if m] == ["a.warc#1"]


def test_a_flipped_byte_in_a_plain_record_fails_its_block_digest():
    data, spans = _warc_members("p", False)
    start, end = spans[4]
    damaged = bytearray(data)
    damaged[end - 60] ^= 0x01  # inside the HTML payload
    out = _read(bytes(damaged))
    assert ("a.warc#4", "damaged WARC record: its content does not match its WARC-Block-Digest") in out
    assert len([o for o, m in out if not m]) == len(ARTICLES) - 1


def test_cli_ingest_of_a_cut_warc_stores_the_whole_records_and_exits_1(tmp_path, capsys):
    data, spans = _warc_members("c", True)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data[: spans[3][0] + (spans[3][1] - spans[3][0]) // 2])
    db = tmp_path / "m.db"
    status = main(["ingest", str(path), "--db", str(db), "--workers", "1", "--layers", "dates", "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    store = Store(db)
    assert store.count("documents") == 3
    (origin, error), = store.conn.execute("SELECT origin, error FROM failures").fetchall()
    assert origin == f"{path}#3" and "truncated WARC" in error


def test_a_warc_without_html_names_its_file(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from marsad.ingest import ReadError, read_inputs

    path = tmp_path / "data-only.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "application/json")], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record("http://example.com/feed.json", "response",
                                                      payload=io.BytesIO(b'{"items": []}'), http_headers=headers))
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, ReadError) and item.origin.endswith("data-only.warc.gz")
    assert "no HTML page" in item.message
