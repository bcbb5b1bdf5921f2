"""Readers: every input format and encoding, and bad input that must not stop a batch."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest

from marsad.ingest import RawRecord, ReadError, read_inputs
from marsad.ingest.build import make_document
from marsad.ingest.encoding import DecodeError, decode_bytes
from marsad.ingest.readers import MAX_LINE_BYTES, kind_of

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SNN = DATA / "news" / "saudinewsnet-NC"

TITLE = "وزير المالية: الميزانية تسجل فائضا للمرة الأولى منذ سنوات"
BODY = (
    "أعلن وزير المالية، صباح اليوم الأحد، أن الميزانية العامة للدولة سجلت فائضا في الربع الثالث "
    "من العام الجاري، مدفوعا بارتفاع الإيرادات غير النفطية وتحسن كفاءة الإنفاق الحكومي.\n\n"
    "وقال الوزير في مؤتمر صحفي عقده في الرياض إن الحكومة ماضية في برامج الإصلاح الاقتصادي، "
    "مؤكدا أن الأولوية ستكون لمشروعات الإسكان والتعليم والصحة خلال العام المقبل.\n\n"
    "وأضاف أن الدين العام سينخفض تدريجيا، وأن الوزارة ستنشر تقريرها التفصيلي نهاية الشهر."
)
ARTICLE = f"{TITLE}\n\n{BODY}\n"


def read(*paths: Path | str, stdin: io.BytesIO | None = None) -> list[RawRecord | ReadError]:
    return list(read_inputs([str(p) for p in paths], stdin=stdin))


def records(items: list[RawRecord | ReadError]) -> list[RawRecord]:
    return [x for x in items if isinstance(x, RawRecord)]


def errors(items: list[RawRecord | ReadError]) -> list[ReadError]:
    return [x for x in items if isinstance(x, ReadError)]


# --- formats -----------------------------------------------------------------------------------
def test_txt_title_and_body(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("\n\n" + ARTICLE, encoding="utf-8")
    [rec] = read(f)
    assert isinstance(rec, RawRecord)
    assert rec.title == TITLE and rec.body == BODY and rec.origin == str(f)


HTML = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{TITLE} | صحيفة المرصد</title>
<meta property="og:title" content="{TITLE}">
<meta name="author" content="سارة العتيبي">
<meta property="article:published_time" content="2026-11-22T08:30:00+03:00">
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<article><h1>{TITLE}</h1>
{"".join(f"<p>{p}</p>" for p in BODY.split(chr(10) + chr(10)))}
</article>
<section id="comments" class="comments"><h3>التعليقات</h3>
<div class="comment"><p>تعليق من قارئ: هذا الخبر ممتاز جدا وننتظر المزيد من التفاصيل عن الميزانية والإنفاق.</p></div>
<form class="comment-form"><p>اترك تعليقاً</p><p>لن يتم نشر عنوان بريدك الإلكتروني.</p></form>
</section>
<footer><p>جميع الحقوق محفوظة © 2026</p></footer>
</body></html>
"""


def test_html_main_text_without_comments_and_nav(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    [rec] = read(f)
    assert isinstance(rec, RawRecord), rec
    assert TITLE in rec.title
    assert "الدين العام سينخفض تدريجيا" in rec.body
    assert "تعليق من قارئ" not in rec.body
    assert "الرئيسية" not in rec.body
    assert rec.published and rec.published.startswith("2026-11-22")
    assert rec.author and "العتيبي" in rec.author


def test_html_in_cp1256_with_meta_charset(tmp_path: Path) -> None:
    f = tmp_path / "old.htm"
    f.write_bytes(HTML.replace('charset="utf-8"', 'charset="windows-1256"').replace("©", "(c)").encode("cp1256"))
    [rec] = read(f)
    assert isinstance(rec, RawRecord), rec
    assert "الدين العام سينخفض تدريجيا" in rec.body


def test_broken_html_is_a_best_effort_or_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text(f"<html><body><div><p>{BODY.replace(chr(10), ' ')}<p><div><span>", encoding="utf-8")
    garbage = tmp_path / "garbage.html"
    garbage.write_text("<<<>>> <? <!-- ", encoding="utf-8")
    items = read(broken, garbage)
    assert len(items) == 2
    assert isinstance(items[0], RawRecord) and "الميزانية" in items[0].body
    assert isinstance(items[1], ReadError) and items[1].origin == str(garbage)


def jsonl_line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_jsonl_with_bad_lines_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        jsonl_line(id="a1", title=TITLE, text=BODY, published="2026-11-22", source="المرصد", url="https://example.org/a1"),
        '{"id": "a2", "title": "بلا نهاية", "text": "نص مقطوع',
        "",
        jsonl_line(id="a3", title="عنوان بلا نص", text=""),
        jsonl_line(source="okaz", url="https://example.org/b", date_extracted="2015-07-21 02:47:47",
                   title="خبر من عكاظ", author="محرر عكاظ", content=BODY),
        jsonl_line(id="a5", title="", text="  "),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(f)
    assert [type(x).__name__ for x in items] == ["RawRecord", "ReadError", "RawRecord", "RawRecord", "ReadError"]
    first, bad, headline_only, snn, empty = items
    assert first.id == "a1" and first.origin == f"{f}:1" and first.url == "https://example.org/a1"
    assert bad.origin == f"{f}:2" and bad.message.startswith("invalid JSON")
    # a photo story with a headline only is analysed as a headline, with a warning
    assert headline_only.origin == f"{f}:4" and headline_only.body == "" and headline_only.title == "عنوان بلا نص"
    assert any("only its title" in w for w in headline_only.warnings)
    assert empty.origin == f"{f}:6" and "no text" in empty.message
    assert snn.origin == f"{f}:5" and snn.published == "2015-07-21 02:47:47" and snn.author == "محرر عكاظ"
    assert snn.body == BODY and snn.source == "okaz"


def test_jsonl_gz(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        fh.write(jsonl_line(id="g1", title=TITLE, text=BODY) + "\n")
    [rec] = read(f)
    assert isinstance(rec, RawRecord) and rec.id == "g1"


def test_json_array_and_single_object(tmp_path: Path) -> None:
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([{"id": 1, "title": TITLE, "text": BODY}, "نص", {"title": "بلا نص"}],
                              ensure_ascii=False), encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "x", "title": TITLE, "text": BODY}, ensure_ascii=False, indent=2), encoding="utf-8")
    items = read(arr, one)
    assert [type(x).__name__ for x in items] == ["RawRecord", "ReadError", "RawRecord", "RawRecord"]
    assert items[0].origin == f"{arr}#0" and items[0].id == "1"
    assert items[1].origin == f"{arr}#1" and "JSON object" in items[1].message
    assert items[3].origin == str(one)


def test_zip_members_by_extension(tmp_path: Path) -> None:
    f = tmp_path / "dump.zip"
    with zipfile.ZipFile(f, "w") as zf:
        zf.writestr("2026-11-22.json", json.dumps([{"source": "okaz", "title": TITLE, "content": BODY}] * 2,
                                                  ensure_ascii=False))
        zf.writestr("notes/readme.md", "not an article")
        zf.writestr("single.txt", ARTICLE)
    items = read(f)
    assert [x.origin for x in items] == [f"{f}!2026-11-22.json#0", f"{f}!2026-11-22.json#1", f"{f}!single.txt"]
    assert all(isinstance(x, RawRecord) for x in items)


def make_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        payload = HTML.replace('<meta property="article:published_time" content="2026-11-22T08:30:00+03:00">', "")
        for uri, body, ctype in [
            ("https://example.org/news/1", payload.encode("utf-8"), "text/html; charset=utf-8"),
            ("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                            warc_headers_dict={"WARC-Date": "2026-11-21T10:00:00Z"})
            writer.write_record(rec)


def test_warc_html_responses(tmp_path: Path) -> None:
    f = tmp_path / "crawl.warc.gz"
    make_warc(f)
    [rec] = read(f)
    assert isinstance(rec, RawRecord), rec
    assert rec.url == "https://example.org/news/1"
    assert rec.origin == f"{f}#0"
    assert "الدين العام سينخفض تدريجيا" in rec.body
    assert rec.published and rec.published.startswith("2026-11-2")


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(jsonl_line(id="c", title=TITLE, text=BODY) + "\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ملاحظات", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    items = read(tmp_path)
    assert [Path(x.origin.split(":")[0]).name for x in items] == ["a.txt", "2.txt", "c.jsonl", "empty.txt"]
    assert isinstance(items[-1], ReadError) and items[-1].message == "empty file"


def test_stdin_jsonl_and_text() -> None:
    data = ("\n" + jsonl_line(id="s1", title=TITLE, text=BODY) + "\n{broken\n" + jsonl_line(id="s3", text=BODY)).encode()
    items = read("-", stdin=io.BytesIO(data))
    assert [x.origin for x in items] == ["-:2", "-:3", "-:4"]
    assert isinstance(items[1], ReadError)
    [rec] = read("-", stdin=io.BytesIO(ARTICLE.encode("utf-8")))
    assert isinstance(rec, RawRecord) and rec.title == TITLE and rec.origin == "-"
    [err] = read("-", stdin=io.BytesIO(b"  \n"))
    assert isinstance(err, ReadError)


# --- encodings -----------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / f"{encoding}.txt"
    f.write_bytes(ARTICLE.encode(encoding))
    [rec] = read(f)
    assert isinstance(rec, RawRecord), rec
    assert rec.title == TITLE and rec.body == BODY
    if encoding == "cp1256":
        assert any("1256" in w for w in rec.warnings)
        assert any("1256" in w for w in make_document(rec).warnings)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1256"])
def test_jsonl_encodings(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / f"{encoding}.jsonl"
    f.write_bytes(("\n".join(jsonl_line(id=str(i), title=TITLE, text=BODY) for i in range(3)) + "\n").encode(encoding))
    items = read(f)
    assert [x.id for x in items] == ["0", "1", "2"], items
    assert all(x.body == BODY for x in items)


def test_nearly_utf8_is_not_mistaken_for_cp1256() -> None:
    data = ARTICLE.encode("utf-8") + b"\xff" + ARTICLE.encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8" and TITLE in decoded.text and decoded.warnings


# --- bad input -----------------------------------------------------------------------------------
def test_missing_empty_and_binary(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.json").write_bytes(b"  \n\n ")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 not really a zip")
    items = read(tmp_path / "missing.txt", tmp_path / "empty.txt", tmp_path / "blank.json",
                 tmp_path / "bin.txt", tmp_path / "bad.zip")
    assert all(isinstance(x, ReadError) for x in items)
    messages = [x.message for x in items]
    assert messages[0] == "no such file or directory"
    assert messages[1] == messages[2] == "empty file"
    assert messages[3].startswith("binary file")
    assert "cannot read" in messages[4]
    with pytest.raises(DecodeError):
        decode_bytes(b"\x00\x01\x02\x03" * 100)


def test_a_50_mb_single_line_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    f = tmp_path / "huge.jsonl"
    with f.open("wb") as fh:
        fh.write(jsonl_line(id="ok1", text=BODY).encode() + b"\n")
        fh.write(b'{"id": "huge", "text": "')
        block = ("ا" * (1 << 20)).encode()  # 2 MB
        for _ in range(25):
            fh.write(block)
        fh.write(b'"}\n')
        fh.write(jsonl_line(id="ok3", text=BODY).encode() + b"\n")
    items = read(f)
    assert [type(x).__name__ for x in items] == ["RawRecord", "ReadError", "RawRecord"]
    assert items[1].origin == f"{f}:2" and f"{MAX_LINE_BYTES // 2**20} MB" in items[1].message
    assert items[2].id == "ok3"


def test_kind_of() -> None:
    assert kind_of("x.WARC.GZ") == "warc" and kind_of("x.jsonl.gz") == "jsonl.gz"
    assert kind_of("a.htm") == "html" and kind_of("a.md") is None


# --- real data ------------------------------------------------------------------------------------
@pytest.mark.skipif(not SNN.exists(), reason="../shared/data not available")
def test_saudinewsnet_zip_reads_completely() -> None:
    path = sorted(SNN.glob("*.zip"))[0]
    items = read(path)
    with zipfile.ZipFile(path) as zf:
        expected = len(json.loads(zf.read(zf.namelist()[0])))
    assert len(items) == expected
    # headline-only photo stories are read (with a warning); only records with neither text nor
    # title, which the dump has a few of, are reported
    errs = errors(items)
    assert all("no text and no title" in e.message for e in errs)
    assert len(errs) < 0.01 * len(items)
    recs = records(items)
    assert sum(1 for r in recs if not r.body.strip()) < 0.05 * len(recs)
    assert all(r.source and r.url and r.published for r in recs)
    assert recs[0].origin == f"{path}!{path.stem}.json#0"


def test_json_lines_under_a_json_name(tmp_path: Path) -> None:
    f = tmp_path / "mislabelled.json"
    f.write_text("\n".join(jsonl_line(id=f"m{i}", title=TITLE, text=BODY) for i in range(2)), encoding="utf-8")
    items = read(f)
    assert [x.origin for x in items] == [f"{f}:1", f"{f}:2"]
    assert all(isinstance(x, RawRecord) and x.warnings for x in items)


def test_broken_json_file(tmp_path: Path) -> None:
    f = tmp_path / "broken.json"
    f.write_text('[{"id": "a", "text": "نص"}', encoding="utf-8")
    [err] = read(f)
    assert isinstance(err, ReadError) and err.message.startswith("invalid JSON")


def test_explicit_file_with_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    text = tmp_path / "article.md"
    text.write_text(ARTICLE, encoding="utf-8")
    lines = tmp_path / "export.data"
    lines.write_text(jsonl_line(id="d1", title=TITLE, text=BODY) + "\n", encoding="utf-8")
    page = tmp_path / "page.php"
    page.write_text(HTML, encoding="utf-8")
    items = read(text, lines, page)
    assert all(isinstance(x, RawRecord) for x in items), items
    assert items[0].title == TITLE and items[1].id == "d1" and "الميزانية" in items[2].body


def test_one_line_text_is_a_body_without_title() -> None:
    line = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف."
    [rec] = read("-", stdin=io.BytesIO(line.encode()))
    assert isinstance(rec, RawRecord) and rec.body == line and rec.title == "" and rec.warnings


def test_warc_without_gzip_and_broken_warc(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    f = tmp_path / "plain.warc"
    with f.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=windows-1256")], protocol="HTTP/1.1")
        body = HTML.replace("©", "(c)").encode("cp1256")
        writer.write_record(writer.create_warc_record("https://example.org/2", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    [rec] = read(f)
    assert isinstance(rec, RawRecord) and "الدين العام سينخفض تدريجيا" in rec.body
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not a WARC file at all\n" * 10)
    [err] = read(bad)
    assert isinstance(err, ReadError) and "WARC" in err.message


WORDPRESS = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الرياض تستضيف قمة للطاقة المتجددة الشهر المقبل - صحيفة الأفق</title>
<meta property="og:site_name" content="صحيفة الأفق">
<meta property="article:published_time" content="2026-11-20T10:00:00+03:00"></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/local">محليات</a> <a href="/world">دولي</a></nav></header>
<main><article class="post"><h1 class="entry-title">الرياض تستضيف قمة للطاقة المتجددة الشهر المقبل</h1>
<div class="share"><span>شارك</span> <a>فيسبوك</a> <a>تويتر</a> <a>واتساب</a></div>
<div class="entry-content">
<p>تستضيف العاصمة الرياض الشهر المقبل قمة دولية للطاقة المتجددة بمشاركة وزراء ومسؤولين من أكثر من
ثلاثين دولة، في إطار مساعي المملكة لتنويع مصادر الطاقة.</p>
<p>وقال رئيس اللجنة المنظمة في تصريح صحفي إن القمة ستناقش تمويل مشروعات الطاقة الشمسية وطاقة الرياح،
وربط الشبكات الكهربائية بين دول المنطقة.</p>
<p><strong>اقرأ أيضاً:</strong></p>
<ul><li><a href="/a">وزير الطاقة يفتتح أكبر محطة شمسية في المنطقة</a></li>
<li><a href="/b">ارتفاع الاستثمارات في الطاقة النظيفة</a></li></ul>
<p>وأضاف أن القمة ستشهد توقيع عدد من الاتفاقيات بين شركات محلية وعالمية في مجال الهيدروجين الأخضر.</p>
<p>(انتهى)</p>
</div></article>
<div id="comments"><h3>اترك تعليقاً</h3><p>لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p>
<form><label>الاسم *</label><input><label>البريد الإلكتروني *</label><input><button>إرسال التعليق</button></form></div>
</main><footer>جميع الحقوق محفوظة © 2026 صحيفة الأفق</footer></body></html>
"""


def test_html_page_to_clean_document(tmp_path: Path) -> None:
    f = tmp_path / "post.html"
    f.write_text(WORDPRESS, encoding="utf-8")
    [rec] = read(f)
    assert isinstance(rec, RawRecord), rec
    doc = make_document(rec)
    assert doc.title == "الرياض تستضيف قمة للطاقة المتجددة الشهر المقبل"
    assert doc.published == "2026-11-20"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == doc.title and len(paragraphs) == 4
    assert paragraphs[-1].startswith("وأضاف أن القمة ستشهد")
    for furniture in ("اقرأ أيضاً", "انتهى", "تعليق", "بريدك", "الرئيسية", "فيسبوك", "محفوظة"):
        assert furniture not in doc.text


def test_a_50_mb_json_record_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    f = tmp_path / "huge.json"
    with f.open("wb") as fh:
        fh.write(b'[{"id": "huge", "text": "')
        block = ("ب" * (1 << 20)).encode()  # 2 MB
        for _ in range(25):
            fh.write(block)
        fh.write(b'"}, ' + jsonl_line(id="fine", text=BODY).encode() + b"]")
    items = read(f)
    assert isinstance(items[0], ReadError) and "over the" in items[0].message and items[0].origin == f"{f}#0"
    assert isinstance(items[1], RawRecord) and items[1].id == "fine"


def test_html_says_what_extraction_left_out(tmp_path):
    page = tmp_path / "page.html"
    story = ("<p>أعلنت هيئة الأرصاد الجوية اليوم توقعاتها لموجة حر تشمل المناطق الشرقية والوسطى خلال الأيام "
             "الثلاثة المقبلة، ودعت المواطنين إلى تجنب التعرض المباشر لأشعة الشمس في أوقات الظهيرة.</p>"
             "<p>وأوضحت الهيئة أن درجات الحرارة قد تتجاوز خمسا وأربعين درجة مئوية في بعض المحافظات.</p>")
    page.write_text(
        "<html><head><title>موجة حر</title><script>var tracker = 1;</script></head><body>"
        "<nav><a href='/'>الصفحة الرئيسية</a><a href='/sport'>رياضة</a></nav>"
        f"<article><h1>الأرصاد تحذر من موجة حر</h1>{story}</article>"
        "<div class='comments'><p>تعليق من زائر: شكرا على التنبيه</p></div>"
        "<footer>جميع الحقوق محفوظة للصحيفة</footer></body></html>", encoding="utf-8")
    (rec,) = list(read_inputs([str(page)]))
    removed = [r.text for r in rec.removed]
    assert {"الصفحة الرئيسية", "رياضة", "جميع الحقوق محفوظة للصحيفة"} <= set(removed)
    assert not any("tracker" in r for r in removed)  # scripts are not page text
    assert not any("درجات الحرارة" in r for r in removed)  # the story itself was kept
