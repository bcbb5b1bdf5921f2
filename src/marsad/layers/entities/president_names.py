"""A head of state named by "الرئيس" and the last word of his name: "الرئيس هادي", "الرئيس اليمني
هادي".

The press names a president it has named in full before, or one its readers know, by his title
and his family's (or last) name alone. The KB links a surname alone only where it names no one
else ("أوباما"); a last word that is also a given name or an ordinary word ("هادي" calm, a given
name) it leaves unlinked, and the finders leave it alone. Right after "الرئيس" (and his country's
adjective) it is the president of the KB whose name ends with it, when only one does: an office
names no common noun, and a man called so by his given name would be named in full.

`PresidentNames` is a part of `mentions.MentionFinder`: it names only a word no finder took.
"""

from __future__ import annotations

import re

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.phrases import article_readings
from marsad.arabic.tokens import Token
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import NameWords

_PRESIDENT = alias_key("الرئيس")
_ROLE = "president"
# prepositions the lists may read as a given name ("على" spelt "علي") or a name the KB knows
_PREPOSITIONS = frozenset({"على", "علي", "عن", "من", "في", "إلى", "الى", "مع"})


# the letters a match key folds, to the letters the text may write for them
_FOLDED = {"ا": "[اأإآ]", "ي": "[يىئ]", "ه": "[هة]", "و": "[وؤ]"}


def _written(key: str) -> str:
    """A pattern of the ways the text may write a match key (its folded letters unfolded)."""
    return "".join(_FOLDED.get(ch, re.escape(ch)) for ch in key)


class PresidentNames:
    """`add(cands, tokens, text)`: a president named by title and last name, linked."""

    def __init__(self, kb: KnowledgeBase, words: NameWords) -> None:
        self.kb = kb
        self.words = words
        last: dict[str, set[str]] = {}
        by_id: dict[str, Actor] = {}
        for actor in kb.holders(_ROLE):
            by_id[actor.id] = actor
            for name in actor.all_ar():
                parts = alias_key(name).split()
                if len(parts) >= 2 and len(parts[-1]) >= 3:
                    last.setdefault(parts[-1], set()).add(actor.id)
        # a last word two presidents share names neither ("الأسد" of father and son)
        # and an ordinary word ("الابن" of "جورج بوش الابن") names no one alone
        self.by_last = {key: by_id[next(iter(ids))] for key, ids in last.items()
                        if len(ids) == 1 and key not in words.common}
        self._title_forms = FormMemo()
        # the title and, a word or two on, a last name of `by_last` as the text may write it: a search
        # of the text passes over most articles, which name no president so
        self._in_text = re.compile(r"رئيس\S*\s+(?:\S+\s+)?(?:" + "|".join(
            _written(k) for k in sorted(self.by_last, key=len, reverse=True)) + ")")

    def _title_at(self, tok: Token) -> bool:
        return tok.is_word and "رييس" in tok.key and any(stem == _PRESIDENT for _off, stem in article_readings(tok))

    def _goes_on(self, name: Token, nxt: Token) -> bool:
        """Does the word after the last name go on with a name (a given name, a name the KB knows)?"""
        return nxt.is_word and nxt.start - name.end == 1 and nxt.text not in _PREPOSITIONS \
            and self.words.names_after(name, nxt)

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        if self._in_text.search(text) is None:
            return cands
        taken: set[int] | None = None
        added: list[NameCandidate] = []
        last = len(tokens) - 1
        for i in indices_where(tokens, self._title_forms, self._title_at):
            if i >= last:
                continue
            tok = tokens[i]
            k = i + 1
            if k < last and self.kb.demonym(tokens[k].key) is not None and tokens[k].start - tok.end == 1:
                k += 1  # "الرئيس اليمني" + "هادي"
            name = tokens[k]
            actor = self.by_last.get(name.key)
            if actor is None or not name.is_word or name.start - tokens[k - 1].end != 1:
                continue
            if k < last and self._goes_on(name, tokens[k + 1]):
                continue  # "الرئيس علي" + "عبدالله صالح": a given name that starts a full name
            if taken is None:
                taken = claimed(cands)
            if k in taken:
                continue
            added.append(NameCandidate(name.start, name.end, k, k + 1, "PER", name.key, actor, "kb"))
            taken.add(k)
        return with_added(cands, added)
