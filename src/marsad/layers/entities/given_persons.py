"""Persons named by a known given name and one or two name-like words the KB and NER left
alone ("أوليج بوستنيكوف", "إياد البزم"), or by "آل" + a family after an honorific ("المهندس آل الشيخ").

Many given names are also ordinary words of news prose ("حسن" good, "نزهة" an outing, "تحية" a
greeting): after such a word the next one must show it is a name (a family's relational name, a
given name, a name the KB or the romaniser knows), or the two words are a phrase ("حسن ذوقه",
"تحية واجبة", "قارب نزهة تعطل"). Those names are the lexicon section `word_given_name`.

`GivenNamePersons` is a part of `mentions.MentionFinder`; it shares the finder's word tests
(`name_words.NameWords`).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.phrases import clitic_readings
from marsad.arabic.tokens import Token, remember
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import CACHE_LIMIT, TANWIN, NameWords
from marsad.layers.entities.namesakes import GULF_GIVEN_NAMES
from marsad.layers.entities.titles import HONORIFICS
from marsad.layers.entities.word_lists import CONNECTORS, FAMILY_WORD, WORD_GIVEN_NAMES, WORD_NAMES
from marsad.lexicons.verbs import reporting_verb_keys

_REPORTING = reporting_verb_keys()
# the definite second words of compound given names ("سيف الدين", "زين العابدين"): no family name,
# the name goes on after them
_COMPOUND_SECONDS = frozenset(alias_key(w) for w in ("الدين", "الله", "الرحمن", "الإسلام", "العابدين", "الحق"))


def _speaks(tokens: list[Token], k: int) -> bool:
    """Is token k a reporting verb ("قال") right after the word before it?"""
    return k < len(tokens) and tokens[k].is_word and tokens[k].key in _REPORTING


def _first_reading(memo: dict[str, int | None], tok: Token, accept: Callable[[str, str], bool]) -> int | None:
    """Offset in the word of its first reading whose stem `accept(key, stem)` takes, if any;
    memoised per word form (-1 in `memo` lookups stands for "not asked yet")."""
    rel = memo.get(tok.text, -1)
    if rel == -1:
        key = tok.key
        rel = remember(memo, tok.text, next((off for off, stem in clitic_readings(tok) if accept(key, stem)), None),
                       CACHE_LIMIT)
    return rel


class GivenNamePersons:
    """`add(cands, tokens, text)`: the persons named by a known given name, added to the candidates."""

    def __init__(self, words: NameWords) -> None:
        self.words = words
        # the KB's given names and the Gulf ones it lacks ("مسفر القحطاني", "معيض الشهراني": local
        # men the press names every day, whose family name the KB may not know either)
        self._given = words.given_names | GULF_GIVEN_NAMES
        self._given_at: dict[str, int | None] = {}  # per word form, as `_first_reading` keeps it
        self._may_person = FormMemo()
        self._may_honorific = FormMemo()

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        """A known given name followed by one or two name-like words the KB and NER left alone
        ("أوليج بوستنيكوف", "إياد البزم"): an unknown person."""
        taken = claimed(cands)
        added: list[NameCandidate] = []
        # only words that start with a given name, and آل, can start a name here
        maybe = indices_where(tokens, self._may_person,
                              lambda t: t.is_word and (self._given_rel(t) is not None or t.key == FAMILY_WORD))
        for i in maybe:
            tok = tokens[i]
            if i in taken or i + 1 >= len(tokens):  # `maybe` holds words only
                continue
            rel = self._given_rel(tok)
            start = None if rel is None else tok.start + rel
            if start is None and tok.key == FAMILY_WORD and i > 0 and tokens[i - 1].key in HONORIFICS \
                    and i + 1 not in taken and tokens[i + 1].is_word:
                # "المهندس آل الشيخ": an honorific before a family name is a person named by family
                end = tokens[i + 1].end
                added.append(NameCandidate(tok.start, end, i, i + 2, "PER", alias_key(text[tok.start:end]), None,
                                           "given"))
                taken.update((i, i + 1))
                continue
            if start is None or tok.text.endswith(TANWIN) and not _speaks(tokens, i + 1):
                # "التحقيق جارٍ معهم": a given name with nunation is the indefinite word; but a
                # vocalised narration names its narrator so ("فعن أنسٍ قال")
                continue
            if tok.text[:rel].endswith("ال") and tokens[i + 1].key not in CONNECTORS:
                continue  # "الكريم", "السهل": an adjective or noun; but "الحسين بن علي" is a name
            j = i + 1
            while j < len(tokens) and j - i <= 6 and tokens[j].start - tokens[j - 1].end <= 1:
                if tokens[j].key in CONNECTORS and j + 1 < len(tokens) \
                        and self.words.name_like(tokens[j + 1]):
                    j += 2  # "بن سلمان", "آل سعود": a patronymic or family link
                elif j - i <= 2 and j not in taken and (self.words.name_like(tokens[j]) or j == i + 1
                                                         and self._family_after(tokens, i)) \
                        and not self._conjunct(tokens[j]) and not self.words.prepositional(tokens[j]) \
                        and not self._after_family(tokens, i, j):
                    j += 1
                else:
                    break
            given_key = alias_key(text[start : tok.end])
            if j == i + 1 or (given_key in WORD_GIVEN_NAMES or given_key not in self.words.given_names) \
                    and not self._shows_name(tok, tokens[i + 1]) and not self._family_after(tokens, i):
                # a Gulf given name the KB lacks must be followed by a family: some are words too
                # ("مفرج عنهم", released), and an unknown word after one may be a verb ("جمعان يهد")
                continue
            if any(k in taken for k in range(i, j)):
                j = next(k for k in range(i, j) if k in taken)
                if j <= i + 1:
                    continue
            end = tokens[j - 1].end
            added.append(NameCandidate(start, end, i, j, "PER", alias_key(text[start:end]), None, "given"))
            taken.update(range(i, j))
        return self._titled_nisba_persons(with_added(cands, added), tokens, text)

    def _titled_nisba_persons(self, cands: list[NameCandidate], tokens: list[Token],
                              text: str) -> list[NameCandidate]:
        """"المحلل السياسي عريب الرنتاوي", "الدكتور مهند العزاوي": after an honorific (and one
        relational adjective of it), a word no list knows and a family's relational name under the
        article are a person, though the given name is none the lists know."""
        taken = claimed(cands)
        added: list[NameCandidate] = []
        for h in indices_where(tokens, self._may_honorific, lambda t: t.is_word and t.key in HONORIFICS):
            i = h + 1
            if i < len(tokens) and tokens[i].key.startswith("ال") and tokens[i].key.endswith(("ي", "يه")) \
                    and tokens[i].key in self.words.common:
                i += 1  # "المحلل" + "السياسي"
            if i + 1 >= len(tokens) or i in taken or i + 1 in taken:
                continue
            first, family = tokens[i], tokens[i + 1]
            if not (first.is_word and family.is_word and first.start - tokens[i - 1].end <= 1
                    and family.start - first.end <= 1):
                continue
            if first.key.startswith(("ال", "و")) or first.key in self.words.common or len(first.key) < 3 \
                    or not self.words.name_like(first):
                continue
            fkey = family.key
            if not (fkey.startswith("ال") and fkey.endswith("ي") and len(fkey) >= 6 and self.words.name_like(family)
                    and self.words.kb.demonym(fkey) is None):
                continue
            added.append(NameCandidate(first.start, family.end, i, i + 2, "PER",
                                       alias_key(text[first.start:family.end]), None, "given"))
            taken.update((i, i + 1))
        return with_added(cands, added)

    def _after_family(self, tokens: list[Token], i: int, j: int) -> bool:
        """Is token j a word after a definite family name right after the given name that is no
        second definite relational name? A family's definite name ends a given name + family name
        ("معن الخضري" + "المنتقلين", "صالح القاضي" + "ترسية": the clause goes on), unless a second
        family's relational name or a given name follows ("عبدالله العلي النعيمي"); the second word of a
        compound given name is none ("سيف الدين" + "رزقي")."""
        if j != i + 2 or not tokens[i + 1].key.startswith("ال") or tokens[i + 1].key in _COMPOUND_SECONDS:
            return False
        key = tokens[j].key
        # a given name after it rather starts the name again after a title ("خليفة الملا عمر")
        return not (key.startswith("ال") and key.endswith("ي")) and key not in self._given \
            and key not in WORD_NAMES

    def _family_after(self, tokens: list[Token], i: int) -> bool:
        """Is the word after the given name at `i` a family's relational name ("حسن الحربي") or a
        family name that is also an ordinary word ("سعد الأمين", "خالد القاضي")?"""
        nxt = tokens[i + 1]
        return self.words.family_nisba(tokens[i], nxt) \
            or self.words.word_family(nxt, tokens[i + 2] if i + 2 < len(tokens) else None)

    def _shows_name(self, given: Token, tok: Token) -> bool:
        """After a given name that is also an ordinary word, does `tok` show that a name goes on:
        "بن"/"آل", a family's relational name ("حسن الحربي"), a given name, a name the KB or the
        romaniser knows? (Not "ذوقه", "واجبة", "المخلص".)"""
        key = tok.key
        if key in CONNECTORS or self.words.names_after(given, tok):
            return True
        # a definite family name ("حسن الراهب"), but no participle or verbal noun of the derived
        # forms ("المخلص", "الاستعجال"), which describe the word before as an adjective does
        return key.startswith("ال") and not key.startswith(("الم", "الاست", "الت")) and self.words.name_like(tok)

    def _conjunct(self, tok: Token) -> bool:
        """"وأخلاق", "والمتعاطف": و joins a second word to the first, no part of a person's name
        (unless the word is a given name of its own, "وليد", or a foreign name's W before a long
        vowel: "وود", "واطسون", "ويلسون", unless و + a definite nisba or noun follows)."""
        if not tok.key.startswith("و") or len(tok.splits) < 2 or tok.key in self.words.given_names:
            return False
        rest = tok.splits[1][1]  # "صالح" + "والحوثي", "والرئيس": و + a definite nisba or noun ("والتون" is a name)
        return rest.startswith("ال") and len(rest) >= 5 and (rest.endswith("ي") or rest in self.words.common) \
            or not tok.text.startswith(("وا", "وي", "وو"))

    def _given_rel(self, tok: Token) -> int | None:
        """Offset in the word of the first reading that is a known given name, if any; an ordinary
        word is not a clitic and a name ("بيان" is a statement, not ب + "يان")."""
        given, common = self._given, self.words.common
        # a name takes و/ف/ب/ل/ك before it, not the future's س ("وسلمى" is no و + س + "لمى")
        return _first_reading(self._given_at, tok,
                              lambda key, stem: stem in given and (stem == key or key not in common
                                                                    and not key[: len(key) - len(stem)].endswith("س")))
