"""An organisation's head word the tagger left out: "وكالة" + "ناسا الفضائية", "للمجلس" + "الأولمبي
الآسيوي". The tagger often starts a body's name after its head word when that word carries a clitic
or is an institution word it reads as common; the word right before the name, one space away and in
no other name, then heads the body's name (LEFT_HEADS)."""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, move_start
from marsad.layers.entities.word_lists import LEFT_HEADS

# clitics before a head word in construct ("بوكالة"), and before the article of a definite one
_CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول", "فب")
_MERGED_ARTICLE = ("لل", "ولل", "فلل")  # ل + the article whose alef is dropped: "للمجلس"


def _definite_adjective(key: str) -> bool:
    """"الأولمبي", "الفضائية": a definite nisba adjective, which describes a head word before it."""
    return key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 5


def _head_offset(tok: Token, definite_ok: bool) -> int | None:
    """Where the head word starts inside `tok`, if `tok` is a head word of LEFT_HEADS after a clitic;
    a definite head ("المجلس", "للمجلس") only when `definite_ok`."""
    text = tok.text
    for lead in _CLITICS:
        if text.startswith(lead) and alias_key(text[len(lead):]) in LEFT_HEADS:
            return len(lead)
    if not definite_ok:
        return None
    for lead in _MERGED_ARTICLE:
        if text.startswith(lead) and alias_key(text[len(lead):]) in LEFT_HEADS:
            return len(lead)  # the name reads "مجلس ...", as the KB reads "للأمم المتحدة"
    for lead in _CLITICS:
        rest = text[len(lead):]
        if text.startswith(lead) and rest.startswith("ال") and alias_key(rest[2:]) in LEFT_HEADS:
            return len(lead)
    return None


def extend_left_head(c: NameCandidate, tokens: list[Token], text: str, covered: set[int]) -> None:
    """Start an unknown body's name tagged by NER at the head word right before it. A definite head
    ("المجلس") only before a definite adjective ("الأولمبي"), which cannot name a body alone; an
    indefinite one ("وكالة") before any name, whose head it is in construct."""
    i = c.tok_start - 1
    if c.type != "ORG" or c.actor is not None or i < 0 or i in covered or c.start != tokens[c.tok_start].start:
        return
    before = tokens[i]
    if not before.is_word or tokens[c.tok_start].start - before.end != 1:
        return
    rel = _head_offset(before, _definite_adjective(tokens[c.tok_start].key))
    if rel is not None:
        move_start(c, i, tokens, text, before.start + rel)
