"""The Arabic text layer: normalisation, tokens with clitics, sentences."""

from marsad.arabic.normalize import is_arabic, match_key, match_key_map, normalize_display
from marsad.arabic.sentences import Sentence, split_sentences
from marsad.arabic.tokens import Token, tokenize

__all__ = [
    "Sentence",
    "Token",
    "is_arabic",
    "match_key",
    "match_key_map",
    "normalize_display",
    "split_sentences",
    "tokenize",
]
