"""Persons introduced by a word that says they are called so: "أستاذ في الجامعة يدعى جون سميث",
"المدعو سامر". The words after "يدعى" are a name whatever NER made of them;
the name runs over up to three words that may be a name's (a given name, or a word that is no
ordinary word, verb or adjective), and stops at the first that may not ("ألف كتابا")."""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.word_lists import PERSON_CALLED

MAX_NAME_WORDS = 3


class CalledPersons:
    """`add(cands, tokens, text)`: a person's name after a word of PERSON_CALLED, where no other
    name is (the name NER or the KB found there is kept as it is)."""

    def __init__(self, words: NameWords) -> None:
        self.words = words
        self._may_cue = FormMemo()

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        cues = indices_where(tokens, self._may_cue, lambda t: t.key in PERSON_CALLED or t.key[1:] in PERSON_CALLED
                             and t.key[:1] in ("و", "ف"))
        if not cues:
            return cands
        taken = claimed(cands)
        added: list[NameCandidate] = []
        for i in cues:
            j = i + 1
            while j < len(tokens) and j - i <= MAX_NAME_WORDS and j not in taken and self._name_word(tokens, j):
                j += 1
            if j == i + 1:
                continue
            start, end = tokens[i + 1].start, tokens[j - 1].end
            added.append(NameCandidate(start, end, i + 1, j, "PER", alias_key(text[start:end]), None, "pattern"))
            taken.update(range(i + 1, j))
        return with_added(cands, added)

    def _name_word(self, tokens: list[Token], j: int) -> bool:
        tok = tokens[j]
        if not tok.is_word or tok.start - tokens[j - 1].end > 1:
            return False
        return tok.key in self.words.given_names or self.words.name_like(tok) \
            and not self.words.prepositional(tok)
