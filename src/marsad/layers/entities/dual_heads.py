"""Two names sharing one head word in the dual: "وزارتي الداخلية والخارجية", "جامعتي الملك سعود
والملك عبدالعزيز", "حركتا فتح وحماس".

The head is said once, in the dual, and each name follows it without its head: neither the KB
(which knows "جامعة الملك سعود") nor the name patterns (which start at a singular head) see the two
bodies, and NER reads the bare halves as what they are alone ("الملك سعود", a king; "ناديا", a
woman's name). The words after the head are cut at the و that begins the second name; with more
than one و ("الشؤون البلدية والقروية والمياه والكهرباء") the cut is made only where the KB knows
both halves with the head.

Each half becomes a mention of its own over the words the text has ("الداخلية"), with the
singular head before it as the entity's name ("وزارة الداخلية") when the kind of body is named
with its head; a KB match covering exactly a half ("أرامكو") is kept as it is.
`add_dual_heads` is a step of `mentions.MentionFinder.find`.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.form_memo import FormMemo, answers_where
from marsad.arabic.tokens import Token
from marsad.kb import Actor, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, with_added
from marsad.layers.entities.name_words import NameWords, has_pronoun_suffix
from marsad.layers.entities.word_lists import PLACE_NAME_STARTS, PREPOSITIONS
from marsad.lexicons.loader import table

_LEXICON = "dual_heads.tsv"
# dual (key) -> (singular as written, type, whether the entity's name keeps the head)
_DUALS: dict[str, tuple[str, str, bool]] = {
    alias_key(row[0]): (row[1], row[2], len(row) > 3 and row[3] == "keep") for row in table(_LEXICON, 3)
}
_MAX_WORDS = 8  # words after the head looked at: two names of up to four words


def _dual_at(tok: Token) -> tuple[str, str, bool] | None:
    """The entry of the dual head `tok` reads as ("ووزارتي" -> و + "وزارتي"), clitics و/ب/ل/ف
    only, or None."""
    for _off, stem in tok.splits:
        entry = _DUALS.get(stem)
        if entry is not None and len(tok.key) - len(stem) <= 2:
            return entry
    return None


def _dual_word(tok: Token) -> tuple[str, str, bool] | None:
    """`_dual_at` of a word that may be a dual (its key ends with the dual's ي or ا), else None."""
    return _dual_at(tok) if tok.is_word and tok.key.endswith(("ي", "ا")) else None


_DUAL_FORMS = FormMemo()  # word form -> `_dual_word` of a token of that form


class DualHeads:
    """`add(cands, tokens, text)`: the two names a dual head word shares."""

    def __init__(self, words: NameWords, verbs: frozenset[str],
                 link: Callable[[str, str], Actor | None]) -> None:
        self.words = words
        self.verbs = verbs
        self.link = link
        self._cands: list[NameCandidate] = []  # the candidates of the document being read

    def _name_word(self, tok: Token, head: str, typ: str) -> bool:
        """May `tok` be a word of one of the names: definite, or a word that may be a name
        ("أرامكو", "عبدالعزيز"); not a preposition, a verb, a possessed noun."""
        key = tok.key
        if not tok.is_word:
            return False
        stem = tok.splits[1][1] if key[:1] == "و" and len(tok.splits) > 1 else key
        if self.words.kb.demonym(stem) is not None:
            return False  # "والخارجية السعودية": the country's adjective ends the names
        if stem in PLACE_NAME_STARTS or self.words.kb.lookup(stem) or self.link(alias_key(f"{head} {stem}"), typ):
            return True  # "أم القرى"; "فتح" ("حركة فتح", which the KB knows) is also a verb
        if key in PREPOSITIONS or key in self.verbs or has_pronoun_suffix(key) \
                or stem in PREPOSITIONS or stem in self.verbs:
            return False
        if key[:1] in ("ب", "ل") and len(tok.splits) > 1 and (
                self.words.kb.lookup(tok.splits[1][1]) or tok.splits[1][1].startswith("ال")):
            return False  # "وكريتر بعدن": ب/ل + a place or a definite noun begins what follows the names
        return stem.startswith("ال") or self.words.name_like(tok) or stem in self.words.given_names \
            or key in self.words.given_names

    def _run(self, tokens: list[Token], i: int, head: str, typ: str) -> int:
        """End (exclusive) of the words after the head at i that may belong to the two names."""
        j = i + 1
        while j < len(tokens) and j - i <= _MAX_WORDS and tokens[j].start - tokens[j - 1].end <= 1 \
                and self._name_word(tokens[j], head, typ):
            j += 1
        return j

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        self._cands = cands
        added: list[NameCandidate] = []
        dropped: list[NameCandidate] = []
        # asked of every word: answered once per word form (most are no dual head)
        for i, (head, typ, keep) in answers_where(tokens, _DUAL_FORMS, _dual_word):
            end = self._run(tokens, i, head, typ)
            cuts = [k for k in range(i + 2, end) if tokens[k].key[:1] == "و" and len(tokens[k].splits) > 1]
            if not cuts:
                continue
            halves = self._halves(tokens, text, i, end, cuts, head, typ)
            if halves is None:
                continue
            inside = [c for c in cands if c.tok_start < end and c.tok_end > i]
            new: list[NameCandidate] = []
            stays: set[int] = set()
            for (a, b, start), actor in halves:
                stop = tokens[b - 1].end
                # what stands in the words: for places any name, for bodies a known body or a known name
                # covering the half (a king's name in a university's is a fragment of it)
                known = [c for c in inside if c.tok_start < b and c.tok_end > a
                         and (typ == "LOC" or c.actor is not None and (c.type == typ or c.start == start and c.end == stop))]
                if any(c.start != start or c.end != stop or c.type == typ or b - a == 1 for c in known):
                    # "شركتا أرامكو وسابك", "أمانتي الرياض وجدة": the KB's match stands; so does a known
                    # name inside the words ("منطقتي الانفصال لوهانسك ودونيتسك")
                    stays.update(id(c) for c in known)
                    continue
                c = NameCandidate(start, stop, a, b, actor.type if actor else typ, alias_key(text[start:stop]),
                                  actor, "pattern")
                if keep and actor is None:
                    c.display = f"{head} {text[start:stop]}"
                new.append(c)
            if not new:
                continue
            # what else was read in the words is a fragment of the two names ("ناديا" a woman, "الملك" a king)
            dropped += [c for c in inside if id(c) not in stays
                        and any(c.tok_start < n.tok_end and n.tok_start < c.tok_end or c.tok_start == i for n in new)]
            added += new
        if not added:
            return cands
        gone = {id(c) for c in dropped}
        return with_added([c for c in cands if id(c) not in gone], added)

    def _halves(self, tokens: list[Token], text: str, i: int, end: int, cuts: list[int], head: str,
                typ: str) -> list[tuple[tuple[int, int, int], Actor | None]] | None:
        """The two names as ((first token, end token, start offset), KB actor) pairs, or None."""
        for w in cuts:
            first = (i + 1, w, tokens[i + 1].start)
            a1 = self.link(alias_key(f"{head} {text[first[2] : tokens[w - 1].end]}"), typ)
            stop, a2 = self._second(tokens, text, w, end, w - (i + 1), head, typ)
            if len(cuts) == 1 or a1 is not None and a2 is not None:
                if w - (i + 1) > 4 or stop - w > 4:
                    return None
                return [(first, a1), ((w, stop, tokens[w].splits[1][0]), a2)]
        return None

    def _second(self, tokens: list[Token], text: str, w: int, end: int, size: int, head: str,
                typ: str) -> tuple[int, Actor | None]:
        """End and KB actor of the second name, which begins at w: the longest the KB knows with
        the head; else as many words as the first ("مجلسا النواب والشيوخ القانون": the object
        follows), and one more when that is a word of a person's name ("والملك عبدالعزيز")."""
        start = tokens[w].splits[1][0]
        for stop in range(end, w, -1):
            actor = self.link(alias_key(f"{head} {text[start : tokens[stop - 1].end]}"), typ)
            if actor is not None:
                return stop, actor
        stop = min(end, w + size)
        if stop < end and not tokens[stop].key.startswith("ال") and self.words.name_like(tokens[stop]):
            stop += 1
        found = [c.tok_end for c in self._cands if c.start == start and c.tok_end <= end]
        return (max(found), None) if found else (stop, None)  # "مدينتي إدلب وجسر الشغور"
