"""Which language an article is in. marsad's layers read Arabic; an English or Persian page run
through them comes out as confident nonsense, so such documents are marked and left alone.

Most input is Arabic and is recognised from its letters alone (0.1 ms): nearly all letters in
the Arabic script, and almost none of the letters that only Persian, Urdu or Kurdish use. Any
other text is identified by py3langid (a small, maintained fork of langid.py; BSD), on its first
thousand characters (about 1 ms).
"""

from __future__ import annotations

import re

# the Arabic block's letters and the presentation forms some sites still publish (ﻛﺸﻔﺖ)
ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc]")
# letters of the Arabic script that Arabic itself does not use (پ چ ژ گ ک ی ۀ ے ٹ ڈ ڑ ں ھ ...)
NON_ARABIC_LETTER = re.compile(r"[\u0679-\u06d3\u06fa-\u06ff]")
# letters of the other scripts news pages come in (Latin, Greek, Cyrillic): counting them is much
# cheaper than asking for every Unicode letter, and enough to tell a mostly Arabic text
OTHER_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
SAMPLE_CHARS = 1000
ARABIC_SHARE = 0.6        # of all letters: below it the text is not (mainly) Arabic
FOREIGN_SHARE = 0.02      # of Arabic-script letters: above it, Persian/Urdu letters are not stray
ARABIC_VARIETIES = frozenset({"ar", "arz", "ary", "apc", "acm", "ajp", "afb", "aeb", "arq"})
MIN_LETTERS = 20          # too short to tell: taken as Arabic, the language marsad is for


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language ("ar" for Arabic)."""
    sample = text[:SAMPLE_CHARS]
    arabic = len(ARABIC_LETTER.findall(sample))
    letters = arabic + len(OTHER_LETTER.findall(sample))
    if letters < MIN_LETTERS and len(sample.strip()) < 4 * MIN_LETTERS:
        return "ar"  # too short to tell (a long text without such letters is in another script)
    if arabic >= ARABIC_SHARE * letters and arabic >= MIN_LETTERS \
            and len(NON_ARABIC_LETTER.findall(sample)) <= FOREIGN_SHARE * arabic:
        return "ar"
    import py3langid

    code, _ = py3langid.classify(sample)
    # langid tells regional Arabic apart (Egyptian, Moroccan...): all of it is Arabic here; so is
    # an Arabic article quoting a long passage in English (langid still answers Arabic)
    return "ar" if code in ARABIC_VARIETIES else code
