"""A body's name the tagger ran on into the man named after it: "[أمانة منطقة حائل سعد الثويني]",
"[بلدية المحافظة حمد بن هادي]" (the body's spokesman or head, named right after his body).

A body named after a man puts him right after its head word ("مؤسسة الوليد بن طلال", "مركز هيفاء
مول") or after his title ("مدينة الملك عبدالعزيز", "جامعة الإمام محمد بن سعود"). A given name
further in, after a body's words and with no title before it, begins a man's name: when the rest
of the span is his name (name words, "بن", "آل"), the body ends before it and the man is a person
of his own. Unknown bodies only: a name the KB knows is whole.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, end_before, with_added
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.titles import HONORIFICS, content_key
from marsad.layers.entities.word_lists import CONNECTORS

# titles a body named after a man puts before his name, besides the honorifics ("جامعة الإمام محمد
# بن سعود", "مستشفى الدكتور سليمان الحبيب", "مسجد الشهيد ..."): the man is then part of the name
_NAMING_TITLES = HONORIFICS | frozenset(alias_key(w) for w in ("الإمام", "السلطان", "الشهيد", "المرحوم", "الحاج"))


def _title(tok: Token) -> bool:
    return tok.key in _NAMING_TITLES or "ال" + content_key(tok) in _NAMING_TITLES


def _mans_name(tokens: list[Token], k: int, end: int, words: NameWords) -> bool:
    """Tokens [k, end) read as a man's name: a given name, then name words or "بن"/"آل"; no
    ordinary word, honorific, or a body's feminine adjective ("الخيرية")."""
    if tokens[k].key not in words.given_names or _title(tokens[k - 1]) \
            or tokens[k - 1].key in CONNECTORS or tokens[k - 1].key in words.given_names:
        return False
    for t in tokens[k + 1 : end]:
        key = t.key
        if key in CONNECTORS:
            continue
        if not t.is_word or _title(t) or key in words.common or key.startswith("ال") and key.endswith("يه"):
            return False
    return tokens[end - 1].key not in CONNECTORS


def split_body_persons(cands: list[NameCandidate], tokens: list[Token], text: str,
                       words: NameWords) -> list[NameCandidate]:
    """The candidates with each unknown body's name cut before the man's name it ran into, and the
    man added as a person."""
    added: list[NameCandidate] = []
    for c in cands:
        if c.type != "ORG" or c.actor is not None or c.tok_end - c.tok_start < 4:
            continue
        end, stop = c.tok_end, c.end
        for k in range(c.tok_start + 2, end - 1):
            if _mans_name(tokens, k, end, words) and end_before(c, k, tokens, text):
                start = tokens[k].start
                added.append(NameCandidate(start, stop, k, end, "PER", alias_key(text[start:stop]), None, "pattern"))
                break
    return with_added(cands, added)
