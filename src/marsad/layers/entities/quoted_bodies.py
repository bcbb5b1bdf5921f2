"""A well-known body whose short name is an ordinary word ("تداول": trading, and the Saudi
exchange), named where the press marks the word as a name: "على موقع «تداول»", "السوق المالية
السعودية (تداول)", "على موقع تداول". Elsewhere the word is the ordinary one ("بنهاية تداول يوم
الخميس") and stays no name. The names and the KB actors they name: `quoted_bodies.tsv`."""

from __future__ import annotations

from marsad.arabic.form_memo import key_positions
from marsad.arabic.tokens import Token
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.lexicons.loader import table

_OPENING = {"«": "»", '"': '"', "“": "”", "”": "”", "(": ")", "'": "'"}
_WEBSITE = alias_key("موقع")


class QuotedBodies:
    """`add(cands, tokens, text)`: the listed bodies where their name stands marked as a name."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._bodies: dict[str, Actor] = {}
        for name, actor_id in table("quoted_bodies.tsv", 2):
            actor = kb.get(actor_id)
            if actor is not None:
                self._bodies[alias_key(name)] = actor

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        # the tokens with a listed key, found in one numpy test over the document's keys
        hits = [i for i in key_positions(tokens, self._bodies) if tokens[i].is_word]
        if not hits:
            return cands
        taken = claimed(cands)
        added: list[NameCandidate] = []
        for i in hits:
            tok = tokens[i]
            if i in taken or not (self._quoted(tok, text) or self._after_website(tokens, i)):
                continue
            added.append(NameCandidate(tok.start, tok.end, i, i + 1, "ORG", tok.key, self._bodies[tok.key], "pattern"))
        return with_added(cands, added)

    @staticmethod
    def _quoted(tok: Token, text: str) -> bool:
        """The word alone between an opening mark and its closing one (a space inside allowed:
        "«تداول »")."""
        close = _OPENING.get(text[tok.start - 1 : tok.start]) if tok.start else None
        return close is not None and text[tok.end : tok.end + 2].lstrip(" ")[:1] == close

    @staticmethod
    def _after_website(tokens: list[Token], i: int) -> bool:
        """"موقع تداول": the body's website, one space before the name."""
        if i == 0 or not tokens[i - 1].is_word or tokens[i].start - tokens[i - 1].end != 1:
            return False
        prev = tokens[i - 1].key
        return prev == _WEBSITE or prev[1:] == _WEBSITE and prev[0] in "وبل"
