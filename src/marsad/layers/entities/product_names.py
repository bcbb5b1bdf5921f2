"""Names in Latin letters that name a product: "Galaxy A8", "Wireless Bluetooth Keyboard".

Technology news quotes devices and programs by their English names, and the tagger reads them as
bodies or persons. A candidate written in Latin letters is a product's name, and no entity, when
one of its words is a product word ("Keyboard", "Galaxy"), or when an Arabic word for a device is
said right before it ("هاتف Xperia", "شرائح Exynos"). Bodies in Latin letters ("Goldman Sachs",
"HSBC") have none; a model code alone ("MBC4" is a channel) says nothing.
"""

from __future__ import annotations

import re

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import reads_as
from marsad.lexicons.loader import keyed, words

PRODUCT_WORDS = frozenset(w.lower() for w in words("product_names.tsv", "product_word"))
DEVICE_WORDS = keyed("product_names.tsv", "device_word", alias_key)
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")
_QUOTES = "\"'“”«»’‘″"


def _device_before(tokens: list[Token], i: int) -> bool:
    """An Arabic device word right before token i, quotes and a clitic aside ("لهاتف")."""
    k = i - 1
    while k >= 0 and not tokens[k].is_word and tokens[k].text.strip(_QUOTES + " ") == "":
        k -= 1
    return k >= 0 and reads_as(tokens[k], DEVICE_WORDS) \
        or k >= 0 and tokens[k].key in DEVICE_WORDS


def product_name(c: NameCandidate, tokens: list[Token], text: str) -> bool:
    """Is candidate `c` a product's name written in Latin letters?"""
    if c.actor is not None:
        return False
    written = text[c.start : c.end]
    if not written.isascii() or not any(ch.isalpha() for ch in written):
        return False
    parts = _LATIN_WORD.findall(written)
    return any(p.lower() in PRODUCT_WORDS for p in parts) \
        or _device_before(tokens, c.tok_start)


def drop_products(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """The candidates without the products' names."""
    return [c for c in cands if not product_name(c, tokens, text)]
