"""`marsad analyze` end to end, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "examples" / "lavrov-security-guarantees.txt"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True, text=True,
                          input=stdin, timeout=300)


def test_json_lines_in_input_order_and_bad_records_named(tmp_path: Path) -> None:
    src = tmp_path / "batch.jsonl"
    src.write_text(
        json.dumps({"id": "a1", "title": "افتتاح معرض الكتاب", "text": "افتتح وزير الثقافة أمس معرض الكتاب في عمّان.",
                    "published": "2023-09-28"}, ensure_ascii=False) + "\n"
        + "{not json\n"
        + json.dumps({"id": "a2", "title": "أمطار غزيرة", "text": "هطلت أمطار غزيرة على العاصمة يوم الأحد."},
                     ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    proc = run("analyze", str(src), "--json", "--published", "2023-10-02")
    assert proc.returncode == 1  # one record failed
    recs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in recs] == ["a1", "a2"]
    assert recs[0]["published"] == "2023-09-28" and recs[1]["published"] == "2023-10-02"
    assert "batch.jsonl:2" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_stdin_text_and_terminal_view() -> None:
    proc = run("analyze", "-", "--published", "2024-01-08",
               stdin="زيارة رسمية\nوصل رئيس الوزراء العراقي إلى القاهرة اليوم في زيارة رسمية.\n")
    assert proc.returncode == 0, proc.stderr
    assert "زيارة رسمية" in proc.stdout
    assert "Dates" in proc.stdout


def test_bad_published_date_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("عنوان\nنص", encoding="utf-8")
    proc = run("analyze", str(tmp_path / "a.txt"), "--published", "yesterday")
    assert proc.returncode == 2 and "--published" in proc.stderr


def test_missing_file_fails_with_its_name(tmp_path: Path) -> None:
    proc = run("analyze", str(tmp_path / "nope.txt"), "--json")
    assert proc.returncode == 1
    assert "nope.txt" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.skipif(not SEED.exists(), reason="shared example not present")
def test_seed_article_title_and_boilerplate() -> None:
    proc = run("analyze", str(SEED), "--json")
    assert proc.returncode == 0, proc.stderr
    (rec,) = [json.loads(line) for line in proc.stdout.splitlines()]
    first_line = SEED.read_text(encoding="utf-8").splitlines()[0].strip()
    assert rec["title"] == first_line
    for furniture in ("نهاية الرسالة", "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني"):
        assert furniture not in rec["text"]
    assert rec["text"].rstrip().endswith("تفاصيل المفاوضات المستقبلية.")
    for q in rec["quotes"]:
        assert rec["text"][q["start"]:q["end"]] == q["text"]


def test_train_ner_never_writes_into_the_package_unasked(capsys, tmp_path):
    from marsad.cli import main as cli

    (tmp_path / "ner" / "anercorp").mkdir(parents=True)
    assert cli(["train", "ner", "--data", str(tmp_path)]) == 2
    assert "give --out PATH" in capsys.readouterr().err


def test_analyze_in_worker_processes_keeps_order_and_reports_failures(tmp_path, capsys):
    import json

    from marsad.cli import main as cli

    lines = [json.dumps({"id": f"n{i}", "title": f"خبر رقم {i}",
                         "text": f"أعلنت الوزارة يوم الأحد الماضي عن المرحلة {i} من برنامج دعم المزارعين."},
                        ensure_ascii=False) for i in range(30)]
    lines.insert(7, '{"id": "broken", "text": ')
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli(["analyze", str(src), "--json", "--layers", "dates", "--workers", "2", "--published", "2024-03-05"]) == 1
    captured = capsys.readouterr()
    assert [json.loads(x)["id"] for x in captured.out.splitlines()] == [f"n{i}" for i in range(30)]
    assert "in.jsonl:8: invalid JSON" in captured.err and "1 record(s) failed" in captured.err
    assert cli(["analyze", str(src), "--json", "--layers", "dates", "--max-failures", "1",
                "--published", "2024-03-05"]) == 0
