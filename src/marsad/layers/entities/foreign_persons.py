"""Foreign persons the tagger and the KB miss: a foreign given name as the Arabic press spells it
followed by one or two unknown name words, in a person's context ("الباحثة ديبورا إسترين",
"وقال بنجامين هول، مدير ..."); and a foreign name the tagger cut off after its given name.

The given names are `lexicons/actors/foreign_given_names.tsv` (written by hand; the NER model's
given-name list, a feature of the trained model, is not touched). A foreign given name and an
unknown word are often something else ("جيل جديد" a new generation, "ميلان" a club, "صديق
عزيز" a dear friend), so the rule asks for a sign of a person around the name:

- a title, an honorific, a profession noun or a country adjective right before it ("الرئيس
  الأمريكي", "الباحثة", "الدكتور");
- an apposition or a bracket right after it ("بنجامين هول، مدير"; "(45 عاما)");
- a reporting verb right before or after it ("قال دارسي وود إن", "دارسي وود قال");
- the surname alone again elsewhere in the article (a later bare surname needs the full name).

Names that are also an Arabic word, a month, a place or a club ("word" in the lexicon) take
only the first sign. The surname words may carry no Arabic morphology: no article, no feminine
ending, no attached pronoun; the KB must know them as no place nor body.

`ForeignPersons` is a part of `mentions.MentionFinder`; it shares the finder's word tests
(`name_words.NameWords`) and looks only at the words whose form holds a foreign given name.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, answers_where
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, move_end, with_added
from marsad.layers.entities.name_words import NameWords, has_pronoun_suffix, reads_as
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS, content_key
from marsad.lexicons.loader import table

FOREIGN_GIVEN_LEXICON = "actors/foreign_given_names.tsv"
_APPOSITION = ("،", ",", ":", "(")  # right after a name: who the person is, or an age
_SINGLE_PROCLITICS = ("و", "ف", "ب", "ل")  # "وجيسيكا", "لجيسيكا": one clitic before a name
_RELATIVES = frozenset({"الذي", "التي"})  # "وليام بيرنز الذي صاغ": a relative clause about a person


def _sections() -> dict[str, dict[str, str]]:
    by_section: dict[str, dict[str, str]] = {"name": {}, "word": {}, "person_noun": {}}
    for row in table(FOREIGN_GIVEN_LEXICON, 2):
        by_section[row[1]][match_key(row[0])] = row[0]
    return by_section


class ForeignPersons:
    """`add(cands, tokens, text)`: foreign persons named by a foreign given name, added to the
    candidates; a tagged person cut off after such a name extended to its surname."""

    def __init__(self, kb: KnowledgeBase, words: NameWords, verbs: frozenset[str]) -> None:
        self.kb = kb
        self.words = words
        self.verbs = verbs
        sections = _sections()
        self.plain = frozenset(k for k in sections["name"] if k not in words.common)
        self.ambiguous = frozenset(sections["word"])
        self.person_nouns = frozenset(sections["person_noun"])
        self._may_start = FormMemo()

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        maybe = answers_where(tokens, self._may_start, lambda t: t.is_word and self._given(t))
        if not maybe:
            return cands
        taken = claimed(cands)
        starts = {c.tok_start: c for c in cands}
        persons: dict[int, str] = {}
        for c in cands:
            if c.type == "PER":
                persons[c.tok_start], persons[c.tok_end - 1] = "start", "end"
                if c.tok_end - c.tok_start == 1:
                    persons[c.tok_start] = "one"
        added: list[NameCandidate] = []
        surnames: set[str] = set()
        for i, given in maybe:
            cut = starts.get(i)
            if self._person_read_as_body(cut, tokens, i, given, persons):
                cut.type = "PER"  # type: ignore[union-attr]  # "يرى [سول كامبل] مدافع": a person
                surnames.add(tokens[cut.tok_end - 1].key)  # type: ignore[union-attr]
                continue
            if i in taken and not (cut is not None and cut.type == "PER" and cut.source == "ner"
                                   and cut.actor is None and cut.tok_end == i + 1):
                continue
            plain = given == "name"
            j = self._surname_end(tokens, i, taken)
            if j == i + 1 and i not in taken:
                self._join_tagged_surname(starts.get(i + 1), tokens, text, i, persons, plain, taken)
                continue
            if not self._person_context(tokens, i, j, persons, plain):
                continue
            if cut is not None and i in taken:
                move_end(cut, j, tokens, text)  # "ديبورا" tagged alone: the surname joins it
                if tokens[i].key in self.plain and cut.start != tokens[i].start:
                    cut.start = tokens[i].start  # "بريان" tagged as ب + "ريان": the name is the whole word
                    cut.key = alias_key(text[cut.start : cut.end])
                taken.update(range(i, j))
                continue
            start = tokens[i].start
            if tokens[i].key not in self.plain and tokens[i].key not in self.ambiguous:
                start = tokens[i].splits[1][0]  # "وديبورا": the name begins after the clitic
            end = tokens[j - 1].end
            added.append(NameCandidate(start, end, i, j, "PER", alias_key(text[start:end]), None, "foreign"))
            taken.update(range(i, j))
            persons[i], persons[j - 1] = "start", "end"
        for c in cands:  # the surname alone, read as a body too ("قال كامبل"): the person
            if c.type == "ORG" and c.source == "ner" and c.actor is None and c.tok_end - c.tok_start == 1 \
                    and c.key in surnames:
                c.type = "PER"
        return with_added(cands, added)

    def _person_read_as_body(self, cut: NameCandidate | None, tokens: list[Token], i: int, given: str,
                             persons: dict[int, str]) -> bool:
        """A body the tagger read over a foreign given name (no word: "سول", "توميسلاف") and one or
        two surname words, in a person's context ("يرى سول كامبل مدافع", "توميسلاف سالوبيك (31
        عاما)"): the person. Not in quote marks: a magazine or a company is quoted so ("مجلة «شارلي
        إيبدو»"), a person is not."""
        return cut is not None and cut.type == "ORG" and cut.source == "ner" and cut.actor is None \
            and given == "name" and 2 <= cut.tok_end - i <= 3 and not _in_quote_marks(cut, tokens) \
            and all(self._surname_word(tokens[k]) for k in range(i + 1, cut.tok_end)) \
            and self._person_context(tokens, i, cut.tok_end, persons, True)

    def _join_tagged_surname(self, surname: NameCandidate | None, tokens: list[Token], text: str, i: int,
                             persons: dict[int, str], plain: bool, taken: set[int]) -> None:
        """"ألان ديشويتز" with only "ديشويتز" tagged: the given name at i before an unknown person the
        tagger found right after it (one or two words of a surname) starts that person's name, in a
        person's context; "الان" is also "now" ("والان أوباما يواجه"), so a given name that is also a
        word needs a title before it ("المحلل ألان ديشويتز")."""
        if surname is None or surname.type != "PER" or surname.source != "ner" or surname.actor is not None \
                or surname.tok_end - surname.tok_start > 2 or surname.start != tokens[i + 1].start \
                or tokens[i + 1].start - tokens[i].end != 1 \
                or not all(self._surname_word(tokens[k]) for k in range(i + 1, surname.tok_end)) \
                or not self._person_context(tokens, i, surname.tok_end, persons, plain):
            return
        start = tokens[i].start
        if tokens[i].key not in self.plain and tokens[i].key not in self.ambiguous:
            start = tokens[i].splits[1][0]  # "وألان": the name begins after the clitic
        surname.start, surname.tok_start = start, i
        surname.key = alias_key(text[start : surname.end])
        taken.add(i)
        persons[i] = "start"

    def _given(self, tok: Token) -> str | None:
        """"name" or "word" when `tok` is a foreign given name, itself or after one proclitic (a
        word the finder knows as an ordinary one is not read as a clitic and a name)."""
        key = tok.key
        if key in self.plain:
            return "name"
        if key in self.ambiguous:
            return "word"
        # the clitic readings are made only for the few words that may hold a name after one
        if key[:1] in _SINGLE_PROCLITICS and key[1:] in self.plain and len(key) >= 5 and key not in self.words.common \
                and len(tok.splits) > 1 and tok.splits[1][1] == key[1:]:
            return "name"  # "ليون" (Lyon) is no ل + "يون": a name after a clitic has four letters or more
        return None

    def _surname_end(self, tokens: list[Token], i: int, taken: set[int]) -> int:
        """The token after the one or two unknown name words that follow the given name at i."""
        j = i + 1
        while j < len(tokens) and j - i <= 2 and j not in taken and tokens[j].start - tokens[j - 1].end == 1 \
                and self._surname_word(tokens[j]):
            j += 1
        return j

    def _surname_word(self, tok: Token) -> bool:
        """A foreign surname's word: name-like, without Arabic morphology (article, feminine
        ending, pronoun), no verb, no place or body the KB knows, no country adjective."""
        key = tok.key
        if not tok.is_word or not self.words.name_like(tok) or key in self.verbs:
            return False
        if key.startswith(("ال", "وال", "بال", "لل")) or tok.text.endswith(("ة", "ات", "ً")) or has_pronoun_suffix(key):
            return False
        if tok.text.endswith("ه") and key[:-1] in self.words.common:
            return False  # "قوله", "بيته": a noun with "his" after a name
        if key[:1] == "م" and key.endswith("ا") and len(key) >= 5:
            return False  # "متحدثا", "مؤكدا": a participle after a name says how the person spoke
        if key[:1] == "و" and len(tok.splits) > 1 and not tok.text.startswith(("وا", "وي", "وو")):
            return False  # "وأخلاق": و joins a word; "وود", "ويلسون" are names
        return all(a.type == "PER" for a in self.kb.lookup(key)) and self.kb.demonym(key) is None

    def _person_context(self, tokens: list[Token], i: int, j: int, persons: dict[int, str], plain: bool) -> bool:
        """Is there a sign of a person around the name over tokens [i, j)? (The module's header.)"""
        if i > 0 and self._titled(tokens[i - 1]):
            return True
        if not plain:
            return False
        after = tokens[j] if j < len(tokens) else None
        if after is not None and (after.text in _APPOSITION or after.is_word and (
                self._spoke(after) or after.key in _RELATIVES or self._titled(after))):
            return True
        if i > 0 and self._spoke(tokens[i - 1]) or self._listed(tokens, i, j, persons):
            return True
        surname = tokens[j - 1].key
        clitic_forms = {c + surname for c in _SINGLE_PROCLITICS}  # "وهول": the surname again after a clitic
        return len(surname) >= 3 and any(t.key == surname or t.key in clitic_forms
                                         for k, t in enumerate(tokens) if not i <= k < j)

    def _spoke(self, tok: Token) -> bool:
        """A reporting verb, with its clitic ("وقال", "فأكد")."""
        return reads_as(tok, self.verbs)

    def _listed(self, tokens: list[Token], i: int, j: int, persons: dict[int, str]) -> bool:
        """"جورج كلوني وكيفن كوستنر", "كيفن كوستنر، وجورج كلوني": a name in a list of persons, joined
        to a person next to it by و or a comma (`persons`: the tokens of person names, "start"
        for the first word of one, "end" for the last); the next person may be another foreign
        given name ("جيسون كلارك وأماندا سايفريد")."""
        before = i - 1 if i > 0 and tokens[i].key[:1] == "و" else i - 2 if i > 1 and tokens[i - 1].text in "،," else -1
        if before >= 0 and persons.get(before) in ("end", "one"):
            return True
        nxt = j if j < len(tokens) and tokens[j].key[:1] == "و" else j + 1 if j + 1 < len(tokens) \
            and tokens[j].text in "،," else -1
        return nxt >= 0 and (persons.get(nxt) in ("start", "one")
                             or tokens[nxt].is_word and self._given(tokens[nxt]) == "name")

    def _titled(self, tok: Token) -> bool:
        """A title, an honorific, a profession noun or a country adjective before a name."""
        key, bare = tok.key, content_key(tok)
        return key in HONORIFICS or bare in HONORIFICS or key in TITLE_HEADS or bare in TITLE_HEADS \
            or key in self.person_nouns or bare in self.person_nouns or "ال" + bare in self.person_nouns \
            or self.kb.demonym(key) is not None


_OPENING_QUOTES = frozenset("«\"“'(")  # and a bracket: "بمجلة (شارلي إيبدو)"


def _in_quote_marks(c: NameCandidate, tokens: list[Token]) -> bool:
    """Is a quote mark or an opening bracket the token right before `c`?"""
    return c.tok_start > 0 and tokens[c.tok_start - 1].text[-1:] in _OPENING_QUOTES
