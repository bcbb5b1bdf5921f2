"""From a raw record to a Document: display normalisation, boilerplate cleaning, metadata."""

from __future__ import annotations

import re
from datetime import date

from marsad.arabic.normalize import normalize_display
from marsad.document import Document, Removal
from marsad.ingest.charrefs import count_char_refs, decode_char_refs
from marsad.ingest.clean import clean_body
from marsad.ingest.codetext import strip_code
from marsad.ingest.language import detect_language
from marsad.ingest.record import RawRecord

# Headlines are a line or two; a "title" of thousands of characters is a body or a dump put in
# the wrong field, and would be read by every layer as one endless sentence.
MAX_TITLE_CHARS = 1_000
# the same limit as the readers' (a multi-megabyte "article" would stall every layer)
MAX_BODY_CHARS = 2_000_000

# Ids, sources, URLs, authors and dates are a few dozen characters; a megabyte in one of them
# is a dump in the wrong field, copied into every row, warning and message that names the record.
MAX_META_CHARS = 2_000
# a date is looked for in this many first characters of a date field
DATE_SCAN_CHARS = 100

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def normalize_published(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from an ISO date/datetime or D/M/YYYY string; None if unusable."""
    if not value:
        return None
    value = str(value)[:DATE_SCAN_CHARS].strip()
    m = _ISO_DATE.search(value)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DMY.search(value)
        if not m:
            return None
        d, mo, y = (int(g) for g in m.groups())
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def make_document(record: RawRecord, published: str | None = None) -> Document:
    """Clean a raw record into a Document: `text` is title, blank line, cleaned body.

    `published` is the fallback date for records that carry none (the CLI's --published).
    """
    if len(record.body or "") > MAX_BODY_CHARS:
        raise ValueError(f"text of {len(record.body):,} characters is over the {MAX_BODY_CHARS:,} limit")
    if record.id is not None and len(str(record.id)) > MAX_META_CHARS:  # a cut id would be another's
        raise ValueError(f"id of {len(str(record.id)):,} characters is over the {MAX_META_CHARS:,} limit")
    raw_title = record.title or ""
    notes: list[str] = []
    source, url, author = (_bounded(name, value, notes) for name, value in
                           (("source", record.source), ("url", record.url), ("author", record.author)))
    raw_body = record.body or ""
    if not record.from_markup:  # plain-text records may carry a page's escaped text (see charrefs)
        refs = count_char_refs(raw_title) + count_char_refs(raw_body)
        if refs:
            raw_title, raw_body = decode_char_refs(raw_title), decode_char_refs(raw_body)
            shown = ", ".join(f"{ref} ×{n}" for ref, n in refs.most_common(3))
            notes.append(f"decoded {refs.total()} HTML character reference{'s' if refs.total() > 1 else ''} "
                         f"({shown}{', …' if len(refs) > 3 else ''})")
        if author and "&" in author:  # "&nbsp;خالد (جدة)", "خالد&ndash; سبق": said nowhere, a byline only
            author = decode_char_refs(author).strip()
    if len(raw_title) > MAX_TITLE_CHARS:
        cut = raw_title.rfind(" ", 0, MAX_TITLE_CHARS)
        raw_title = raw_title[: cut if cut > MAX_TITLE_CHARS // 2 else MAX_TITLE_CHARS]
        notes.append(f"title of {len(record.title):,} characters cut to its first {len(raw_title):,}")
    title = " ".join(normalize_display(raw_title).split())
    body = normalize_display(raw_body)
    code: list[Removal] = []
    if not record.from_markup:  # a page's parser drops its style and script elements itself
        body, code = strip_code(body)
    body, removed = clean_body(body)
    text = f"{title}\n\n{body}" if title and body else (title or body)
    pub = normalize_published(record.published) or normalize_published(published)
    doc = Document(
        text=text,
        language=detect_language(text),
        id=str(record.id) if record.id not in (None, "") else "",
        title=title,
        source=source or None,
        url=url or None,
        published=pub,
        author=author or None,
        removed=[*record.removed, *code, *removed],
        origin=record.origin or None,
    )
    doc.warnings.extend(record.warnings)
    doc.warnings.extend(notes)
    if record.published and not normalize_published(record.published):
        shown = record.published if len(record.published) <= 60 else record.published[:60] + "…"
        doc.warnings.append(f"unparseable published date {shown!r}")
    return doc



def _bounded(name: str, value: str | None, notes: list[str]) -> str | None:
    if value is None or len(value) <= MAX_META_CHARS:
        return value
    notes.append(f"{name} of {len(value):,} characters cut to its first {MAX_META_CHARS:,}")
    return value[:MAX_META_CHARS]
