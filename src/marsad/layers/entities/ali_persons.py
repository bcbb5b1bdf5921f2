"""Persons named "علي" + a family's relational name ("علي العياشي", "وعلي الزهراني").

"علي" is the commonest given name of the region's press, and also the way many papers spell the
preposition "على" (on), so it is kept out of the given names the other finders start a person
with. Followed by a definite relational word ("العياشي", "الخيبري") it is nearly always the name:
the preposition is followed by a noun ("على الصعيد", "على الرغم"), rarely by a definite nisba,
and the few that do occur ("على التوالي", "على الذي") are ordinary words the word lists know.

`add_ali_persons` is a step of `mentions.MentionFinder.find`, after the other person finders.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, with_added
from marsad.layers.entities.name_words import NameWords, has_pronoun_suffix

# the given name with the clitics a name takes before it ("وعلي", "لعلي"); not "فعلي" (actual)
# nor "بعلي" (with my husband)
_ALI_FORMS = {"علي": 0, "وعلي": 1, "لعلي": 1}
# definite words ending with ي that follow the preposition "على" spelt "علي" and are no family
_NOT_FAMILIES = frozenset({"الذي", "التوالي", "الفور", "الحالي", "المستوى", "الاقل", "الاطلاق"})


def _family_word(tok: Token, words: NameWords, kb: KnowledgeBase) -> bool:
    """A definite relational word that may be a family name ("العياشي"), not a country's adjective
    ("السعودي") nor an ordinary word ("التوالي")."""
    key = tok.key
    return tok.is_word and tok.text.startswith("ال") and key.endswith("ي") and len(key) >= 5 \
        and key not in _NOT_FAMILIES and key not in words.common and not has_pronoun_suffix(key) \
        and kb.demonym(key) is None


def add_ali_persons(cands: list[NameCandidate], tokens: list[Token], text: str, words: NameWords,
                    kb: KnowledgeBase) -> list[NameCandidate]:
    """"علي" + a family's relational name, where no person covers it, added as a person; a
    one-word place or body the second word alone was read as ("الأحمدي", a Kuwaiti town) gives
    way to it."""
    by_token: dict[int, NameCandidate] = {}
    for c in cands:
        for k in range(c.tok_start, c.tok_end):
            by_token[k] = c
    added: list[NameCandidate] = []
    dropped: list[NameCandidate] = []
    for i in range(len(tokens) - 1):
        rel = _ALI_FORMS.get(tokens[i].text)
        if rel is None or i in by_token:
            continue
        nxt = tokens[i + 1]
        if nxt.start - tokens[i].end != 1 or not _family_word(nxt, words, kb):
            continue
        held = by_token.get(i + 1)
        if held is not None:
            if held.type == "PER" or held.tok_start != i + 1 or held.tok_end != i + 2 or held.start != nxt.start:
                continue  # a person already, or a longer name the word begins
            dropped.append(held)
        start, end = tokens[i].start + rel, nxt.end
        added.append(NameCandidate(start, end, i, i + 2, "PER", alias_key(text[start:end]), None, "given"))
    if dropped:
        cands = [c for c in cands if all(c is not d for d in dropped)]
    return with_added(cands, added)
