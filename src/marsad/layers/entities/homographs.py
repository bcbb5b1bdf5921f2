"""Names two KB entries share, told apart by the document: "عمان" is Oman or Amman.

A name whose match key is an alias of two places (the key folds the shadda of "عمّان" away)
links to the entry the document points to, in this order:

1. the diacritics the text writes on the name, when an alias of one entry has the same marks
   ("عمّان" with its shadda is the Jordanian capital; "عُمان" the sultanate);
2. a head word right before it that says which kind of place it is ("العاصمة عمان" a city,
   "سلطنة عمان" a country), or a place of one kind it is listed with ("الأردن وعمان والكويت":
   countries);
3. the entry's country named in the same sentence, by its name or its adjective ("العاصمة
   الأردنية", "وزير الخارجية العماني"), or else in the document;
4. otherwise the KB's first entry, the most likely one.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, answers_where
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import reads_as
from marsad.layers.entities.word_lists import KIND_HEADS

# Arabic short vowels, tanween, shadda, sukun and the dagger alef: the marks a name may carry
_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670"}
_TATWEEL = "\u0640"
# outlets share names across countries ("الجزيرة"); the document's country does not tell them apart
_NOT_BY_PLACE = frozenset({"outlet", "agency"})
_LIST_JOINS = frozenset({"،", ",", "و"})


def marks_by_letter(word: str) -> dict[int, str]:
    """The marks written on each letter of `word`, by the letter's index among the letters."""
    out: dict[int, str] = {}
    letter = -1
    for ch in word:
        if ch in _MARKS:
            if letter >= 0:
                out[letter] = out.get(letter, "") + ch
        elif ch != _TATWEEL:
            letter += 1
    return out


def _marks_agree(surface: str, alias: str) -> bool | None:
    """True when the alias writes the surface's marks on the same letters, False when they
    differ on a letter both mark, None when no letter is marked in both."""
    mine, theirs = marks_by_letter(surface), marks_by_letter(alias)
    shared = mine.keys() & theirs.keys()
    if not shared:
        return None
    return all(set(mine[i]) == set(theirs[i]) for i in shared)


class Homographs:
    """`resolve(doc, cands)` relinks the candidates whose name two KB entries share."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._alternatives: dict[tuple[str, str], tuple[Actor, ...]] = {}
        self._adjective_codes = FormMemo()  # word form -> `_adjective_code` of a token of that form

    def alternatives(self, c: NameCandidate) -> tuple[Actor, ...]:
        """The KB entries of the candidate's type its name is an alias of (memoised per name)."""
        found = self._alternatives.get((c.key, c.type))
        if found is None:
            found = tuple(a for a in self.kb.lookup(c.key) if a.type == c.type and a.kind not in _NOT_BY_PLACE)
            self._alternatives[(c.key, c.type)] = found
        return found

    def resolve(self, doc: Document, cands: list[NameCandidate]) -> None:
        shared = [(c, alts) for c in cands if c.actor is not None and len(alts := self.alternatives(c)) > 1]
        if not shared:
            return
        evidence = self._evidence(doc, cands, {id(c) for c, _ in shared})
        for c, alts in shared:
            c.actor = self._choose(doc, c, alts, cands, evidence)

    def _choose(self, doc: Document, c: NameCandidate, alts: tuple[Actor, ...], cands: list[NameCandidate],
                evidence: list[tuple[int, str]]) -> Actor:
        surface = doc.text[c.start : c.end]
        by_marks = [a for a in alts if any(
            alias_key(alias) == c.key and _marks_agree(surface, alias) for alias in a.all_ar())]
        if len(by_marks) == 1:
            return by_marks[0]
        kind = self._kind_named(doc.tokens, c, cands)
        by_kind = [a for a in alts if a.kind == kind]
        if len(by_kind) == 1:
            return by_kind[0]
        sent = doc.sentence_at(c.start)
        if sent is not None:
            near = [code for off, code in evidence if sent.start <= off < sent.end]
            best = self._most_evidenced(alts, near)
            if best is not None:
                return best
        return self._most_evidenced(alts, [code for _off, code in evidence]) or alts[0]

    @staticmethod
    def _most_evidenced(alts: tuple[Actor, ...], codes: list[str]) -> Actor | None:
        """The single entry whose country (or itself) the codes name most often, if any."""
        scores = sorted(((sum(code in (a.country, a.id) for code in codes), n) for n, a in enumerate(alts)),
                        reverse=True)
        if scores[0][0] == 0 or scores[0][0] == scores[1][0]:
            return None
        return alts[scores[0][1]]

    @staticmethod
    def _kind_named(tokens: list[Token], c: NameCandidate, cands: list[NameCandidate]) -> str | None:
        """The kind of place a head word before the name says ("العاصمة عمان"), or the kind of the
        places it is listed with ("الأردن وعمان"), or None."""
        if c.tok_start > 0 and c.start == tokens[c.tok_start].start:
            prev = tokens[c.tok_start - 1]
            for kind, heads in KIND_HEADS.items():
                if reads_as(prev, heads):
                    return kind
        for o in cands:
            if o is c or o.actor is None or o.type != c.type:
                continue
            first, later = (o, c) if o.tok_start < c.tok_start else (c, o)
            between = tokens[first.tok_end : later.tok_start]
            if len(between) > 1 or any(t.text not in _LIST_JOINS for t in between):
                continue
            if between or tokens[later.tok_start].text[: later.start - tokens[later.tok_start].start] == "و":
                return o.actor.kind
        return None

    def _evidence(self, doc: Document, cands: list[NameCandidate], shared: set[int]) -> list[tuple[int, str]]:
        """(offset, code) for each place the document names unambiguously (its country's code, or
        its id) and each country adjective ("الأردنية", "عمانيين": the country's code)."""
        out: list[tuple[int, str]] = []
        covered: set[int] = set()
        for c in cands:
            if id(c) in shared:
                covered.update(range(c.tok_start, c.tok_end))
            elif c.actor is not None and c.actor.type == "LOC":
                out.append((c.start, c.actor.country or c.actor.id))
        tokens = doc.tokens
        # the country adjectives of the words: answered once per word form
        out.extend((tokens[i].start, code) for i, code in answers_where(tokens, self._adjective_codes,
                                                                        self._adjective_code)
                   if i not in covered)
        return out

    def _adjective_code(self, tok: Token) -> str | None:
        """The country code of the first clitic reading of a word that is a country's adjective
        ("الأردنية", "عمانيين"), or None."""
        if not tok.is_word:
            return None
        for _off, stem in tok.splits:
            state = self.kb.demonym(stem) or self.kb.demonym("ال" + stem)
            if state is not None and state.country:
                return state.country
        return None
