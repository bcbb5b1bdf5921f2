"""Foreign clubs named after "نادي" or "فريق" and before their country's adjective: "لعب لفريق ماسيو
البرازيلي", "انتقل إلى نادي كاشيما الياباني".

The sports press places a club it does not expect its readers to know between the word for club or
team and the adjective of its country. Such a name is one to three words that are no ordinary word
and no given name; the KB rarely has these clubs, and the tagger reads them as nothing, a place, a
person, or an organisation with the head word ("نادي كاشيما"), which gives way to the club. The
structure is the cue: "نادي"/"فريق" without the article ("الفريق" heads a rank, "فريق العمل" a team
of workers whose words are ordinary), the name, then a masculine singular country adjective under
the article ("البرازيلي"; the feminine one describes something else). The club is the name alone,
without the head word and the adjective.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, with_replaced
from marsad.layers.entities.name_words import NameWords, clitic_reading

_HEADS = frozenset(alias_key(w) for w in ("نادي", "فريق"))
# a head after و, ف, ب, ل or two of them ("ولفريق"); not "للفريق", "الفريق": the definite word
_HEAD_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
MAX_NAME_WORDS = 3  # "فريق طوكيو فيردي الياباني"; longer runs are a phrase, not a club's name


class AdjectiveClubs:
    """`add(cands, tokens, text)`: the foreign clubs between a club word and a country adjective."""

    def __init__(self, words: NameWords) -> None:
        self.words = words
        self._heads = FormMemo()

    def _head(self, tok: Token) -> bool:
        return tok.is_word and clitic_reading(tok, _HEADS, _HEAD_CLITICS) is not None

    def _name_word(self, tok: Token) -> bool:
        key = tok.key
        return tok.is_word and not key.startswith("ال") and key[:1] not in ("و", "ف") \
            and key not in self.words.given_names and self.words.name_like(tok)

    def _country_adjective(self, tok: Token) -> bool:
        key = tok.key
        return tok.is_word and key.startswith("ال") and key.endswith("ي") and self.words.kb.demonym(key) is not None

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        heads = indices_where(tokens, self._heads, self._head)
        if not heads:
            return cands
        owner = {k: c for c in cands for k in range(c.tok_start, c.tok_end)}
        gone: set[int] = set()
        added: list[NameCandidate] = []
        for h in heads:
            j = h + 1
            while j < len(tokens) and j - h <= MAX_NAME_WORDS and tokens[j].start - tokens[j - 1].end == 1 \
                    and self._name_word(tokens[j]):
                j += 1
            if j == h + 1 or j >= len(tokens) or tokens[j].start - tokens[j - 1].end != 1 \
                    or not self._country_adjective(tokens[j]):
                continue
            # a name the tagger read with the head or the adjective ("نادي كاشيما") gives way to the
            # club; a name the KB knows, or one that reaches past them, stays
            found = {id(c): c for k in range(h, j + 1) if (c := owner.get(k)) is not None}
            if any(c.actor is not None or c.tok_start < h or c.tok_end > j + 1 or id(c) in gone
                   for c in found.values()):
                continue
            gone.update(found)
            start, end = tokens[h + 1].start, tokens[j - 1].end
            added.append(NameCandidate(start, end, h + 1, j, "ORG", alias_key(text[start:end]), None, "pattern"))
        return with_replaced(cands, gone, added)
