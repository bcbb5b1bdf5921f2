"""Years heading the items of a chronology: "1944 - انفجار قنبلة في ...", "1951: اغتيال ...".

"This day in history" pieces and timelines list events one per item, each opened by its year and
a dash or a colon, the items run on after a full stop, a colon or a line break. Such a year dates
its item although no preposition or noun comes before it. The words after the dash must be text
(not "2014 - 2015", a span, nor "2000 - 3000 ريال", an amount), and the year may not lie after
publication: a chronology tells what has happened.
"""

from __future__ import annotations

import re

# what may stand before a heading year: the text's start, a line break, or the end of a sentence or
# of an introduction (". ", ": ", "). ") (match keys)
ITEM_START = re.compile(r"(?:^|[\n.:؛]\)?)\s*$")
# a dash or a colon after the year, then a word (not a number)
ITEM_SEPARATOR = re.compile(r"\s*[-–—:]\s*[^\W\d]")
LOOK_BACK = 6  # characters read before the year for the item's start


def heads_an_item(key: str, ks: int, ke: int, published_year: int | None) -> bool:
    """The year at key[ks:ke] opens an item of a chronology (also read on a document's text)."""
    if not key[ks:ke].isdigit() or len(key[ks:ke]) != 4:
        return False
    if published_year is not None and int(key[ks:ke]) > published_year:
        return False
    if ITEM_SEPARATOR.match(key, ke) is None:
        return False
    return ITEM_START.search(key[max(0, ks - LOOK_BACK):ks]) is not None
