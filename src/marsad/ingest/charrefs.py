"""HTML character references left in plain-text records: `&quot;فلاي دبي&quot;` -> `"فلاي دبي"`.

Some scrapers wrote a page's escaped text into JSON fields without unescaping it (in the
SaudiNewsNet dumps: `&quot;` in sabq headlines, `&#8220;`/`&#8221;` in alweeam's, `&#39;` in
alyaum's). Every layer would otherwise read `&quot;` as a word glued to the name after it.

Only well-formed references are decoded: a name of the HTML5 table or a decimal/hex number,
*closed by a semicolon*. In the same dumps every `&` without one is text ("S&P500", "AT&T",
"m-Media&News", a URL's "&vid="), and the legacy semicolon-less forms a browser accepts
("&para", "&copy") would eat such words. One level only: a record's `&amp;quot;` becomes
`&quot;`, which is what its writer typed once (a page about HTML, say).

Records read from HTML pages never come here: their parser has already decoded them, and what
still looks like a reference in that text is what the page shows.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from html.entities import html5

_REFERENCE = re.compile(r"&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));")

# UTF-16 halves: no character of their own, so a reference to one is left as written
_SURROGATES = range(0xD800, 0xE000)


def _decode_one(m: re.Match[str]) -> str:
    dec, hexa, name = m.groups()
    if name is not None:
        return html5.get(name + ";", m.group())
    cp = int(dec) if dec is not None else int(hexa, 16)
    # code points no writer means by a reference (NUL, UTF-16 halves, beyond Unicode)
    if cp == 0 or cp > 0x10FFFF or cp in _SURROGATES:
        return m.group()
    # html.unescape maps the 0x80-0x9F references to the Windows-1252 characters pages mean by
    # them (&#150; is an en dash), as browsers do
    return html.unescape(m.group())


def decode_char_refs(text: str) -> str:
    """`text` with its well-formed HTML character references replaced by their characters.

    Text without a reference comes back unchanged (the same object), so a clean text is a fixed
    point; the result is not decoded again.
    """
    if "&" not in text:
        return text
    return _REFERENCE.sub(_decode_one, text)


def count_char_refs(text: str) -> Counter[str]:
    """The references `decode_char_refs` would decode in `text`, by their written form."""
    if "&" not in text:
        return Counter()
    return Counter(m.group() for m in _REFERENCE.finditer(text) if _decode_one(m) != m.group())
