"""One web page to a raw record: trafilatura finds the main text, title, date and author.

Comments, navigation, share bars and footers are left out by trafilatura itself
(`include_comments=False`); what is left of the furniture inside the main text is removed
later by `clean_body`. Nothing is fetched: the page is parsed as given.
"""

from __future__ import annotations

import re

from marsad.document import Removal
from marsad.ingest.record import RawRecord, ReadError

# Pages larger than this are not articles (or are broken dumps); they are refused. News pages are
# under 1 MB; a 27 MB page kept trafilatura busy for minutes and 3 GB of memory.
MAX_HTML_CHARS = 4_000_000

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


# elements whose text is a block of its own on the page (a line when the page is read as text)
BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "dt",
                    "dd", "blockquote", "pre", "figcaption", "caption", "header", "footer", "nav", "aside",
                    "section", "article", "form", "br", "option", "label", "button", "a"})
INVISIBLE = ("script", "style", "noscript", "template", "head", "svg")
MAX_REMOVALS = 200      # blocks listed one by one; the rest are counted in a last entry
MAX_REMOVAL_CHARS = 300
LEFT_OUT = "html: outside the main text (navigation, links, comments, ads; trafilatura)"


def left_out(html: str, kept: str) -> list[Removal]:
    """The blocks of visible page text that extraction did not keep: what a reader of `removed`
    needs to see that navigation, comments or a related-stories list were dropped, and to notice
    when part of the article was."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    etree.strip_elements(root, *INVISIBLE, with_tail=False)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCKS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    kept_words = " ".join(kept.split())
    blocks, seen = [], set()
    for line in root.text_content().split("\n"):
        line = " ".join(line.split())
        if len(line) > 1 and line not in seen and line not in kept_words:
            seen.add(line)
            blocks.append(line)
    out = [Removal(b if len(b) <= MAX_REMOVAL_CHARS else b[: MAX_REMOVAL_CHARS - 1] + "…", LEFT_OUT)
           for b in blocks[:MAX_REMOVALS]]
    if len(blocks) > MAX_REMOVALS:
        rest = blocks[MAX_REMOVALS:]
        out.append(Removal(f"{len(rest)} more blocks, {sum(map(len, rest)):,} characters", LEFT_OUT))
    return out


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

    # trafilatura unescapes the text it extracts once more (2.3: `xmltotxt`), so a page that
    # shows "&quot;" (written "&amp;quot;") gives a quotation mark: right for the news sites that
    # escape twice, wrong for a page about HTML; left so (the record is `from_markup`, decoded no
    # further)
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
        removed=left_out(html, f"{title}\n{body}"),
        body=body,
        title=title,
        published=get("date") or published,
        source=get("sitename") or None,
        url=url or get("url") or None,
        author=get("author") or None,
        origin=origin,
        warnings=list(warnings or []),
        from_markup=True,
    )
