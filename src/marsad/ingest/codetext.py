"""Style sheets and scripts flattened into a plain-text record: `#vote ul { padding: 0; } ...
jQuery(document).ready(function(){ ... });` between two sentences of an article.

A scraper that took a page's text without skipping its <style> and <script> elements leaves
their content inline (in the SaudiNewsNet dumps: alriyadh's reader polls, a page of CSS and
jQuery between the article and the poll question). No line pattern can remove it: it sits in the
middle of a line. HTML pages never have it (their parser drops those elements).

A stretch is taken for code when it holds no Arabic word outside a quoted string, is long, and
is dense in the punctuation of code (braces, semicolons) with a brace opened after a selector or
a call. It is cut out and the text on each side becomes its own paragraph.
"""

from __future__ import annotations

import re

from marsad.document import Removal

REASON = "code: style sheet or script text left in the record"

# a quoted string of a script, on one line ('انتظر لحظات…', "#vote")
_QUOTED_STRING = r"'[^'\n]{0,80}'|\"[^\"\n]{0,80}\""
# a stretch of code: characters other than Arabic letters and line breaks, and quoted strings
# (the Arabic in a script's strings is part of it)
_STRETCH = re.compile(r"(?:" + _QUOTED_STRING + r"|[^\u0600-\u06ff\n])+")
# at least this long, with this many braces and semicolons, counted outside quoted strings
MIN_CHARS = 120
MIN_BRACES = 4
MIN_SEMICOLONS = 4
# a brace opened after a selector, a call or an assignment: "ul {", "function(){", ") {"
_OPENING = re.compile(r"(?:[A-Za-z0-9_\-\]\)#.*]\s*\{)")
_QUOTED = re.compile(_QUOTED_STRING)


def _is_code(stretch: str) -> bool:
    if len(stretch) < MIN_CHARS:
        return False
    bare = _QUOTED.sub("", stretch)
    return (bare.count("{") + bare.count("}") >= MIN_BRACES and bare.count(";") >= MIN_SEMICOLONS
            and _OPENING.search(bare) is not None)


def strip_code(text: str) -> tuple[str, list[Removal]]:
    """`text` without the style-sheet and script stretches in it, and what was removed."""
    if "{" not in text or ";" not in text:
        return text, []
    out: list[str] = []
    removed: list[Removal] = []
    last = 0
    for m in _STRETCH.finditer(text):
        stretch = m.group()
        if not _is_code(stretch):
            continue
        # keep the sentence end and spaces before it, and whatever ends the stretch that is
        # not code ("؟. #vote ..." keeps "؟.")
        start = m.start() + len(stretch) - len(stretch.lstrip(" .،,؟?!:\u00a0\t"))
        piece = text[start : m.end()].rstrip()
        if not piece:
            continue
        out.append(text[last:start])
        out.append("\n")
        removed.append(Removal(piece, REASON))
        last = start + len(piece)
    if not removed:
        return text, []
    out.append(text[last:])
    return "".join(out), removed
