"""One web page to a raw record: trafilatura finds the main text, title, date and author.

Comments, navigation, share bars and footers are left out by trafilatura itself
(`include_comments=False`); what is left of the furniture inside the main text is removed
later by `clean_body`. Nothing is fetched: the page is parsed as given.
"""

from __future__ import annotations

import re

from marsad.ingest.record import RawRecord, ReadError

# Pages larger than this are not articles (or are broken dumps); they are refused. News pages are
# under 1 MB; a 27 MB page kept trafilatura busy for minutes and 3 GB of memory.
MAX_HTML_CHARS = 4_000_000

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag within its first 4 KB, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def read_html(
    html: str,
    origin: str,
    url: str | None = None,
    published: str | None = None,
    warnings: list[str] | None = None,
) -> RawRecord | ReadError:
    """Extract the article of one HTML page; a ReadError when the page holds no main text."""
    if len(html) > MAX_HTML_CHARS:
        return ReadError(origin, f"HTML page of {len(html):,} characters is over the {MAX_HTML_CHARS:,} limit")
    if "<" not in html:
        return ReadError(origin, "not HTML: no markup found")
    from trafilatura import bare_extraction  # heavy import: only when a page is read

    try:
        doc = bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            # only dates the page states (meta tags, time elements); no guessing from the
            # copyright year or stray numbers in the text
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken input
        return ReadError(origin, f"broken HTML: {type(exc).__name__}: {exc}")
    if doc is None:
        return ReadError(origin, "no main text found in HTML (broken page, or not an article)")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    body = (get("text") or get("raw_text") or "").strip()
    title = (get("title") or "").strip()
    first, _, rest = body.partition("\n")
    if title and rest.strip() and " ".join(first.split()) == " ".join(title.split()):
        body = rest.strip()  # the headline repeated as the first line of the main text
    if not body:
        return ReadError(origin, "no main text found in HTML (broken page, or not an article)")
    return RawRecord(
        body=body,
        title=title,
        published=get("date") or published,
        source=get("sitename") or None,
        url=url or get("url") or None,
        author=get("author") or None,
        origin=origin,
        warnings=list(warnings or []),
    )
