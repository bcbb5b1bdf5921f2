"""Persons named right after the phrase of their office, by a name neither the tagger nor the
KB knows ("حاكم المصرف هاروهيكو كورودا،", "الناطق باسم الحكومة اليمنية راجح بادي عن", "رئيس
تحرير الصحيفة ستيج ابيل إنه").

An office phrase is a head word for a person (a title, an honorific, a noun for a profession:
lexicon `titled_person_heads.tsv` and the title and person-noun words the other finders share)
and its complement: definite words, ordinary words in construct ("تحرير", "عام"), prepositions
("في", "لدى", "باسم") and the bodies and places the finders already named. The first word after it
that is none of these, no verb, no country adjective and no place or body the KB knows starts
the holder's name: it and one or two name-like words after it, when the name ends at a mark, a
verb, a particle ("أن", "إن"), a relative, a preposition or another office ("، مدير"). An ordinary
noun cannot stand there: a title's complement is definite or in construct, and what follows a
complete phrase is its holder's name or the clause's next word (a verb, a particle).

`add_titled_persons` is a step of `mentions.MentionFinder.find`, after the other person finders:
it names only what they left.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import (
    NameCandidate,
    claimed,
    move_end,
    move_start,
    span_candidate,
    with_added,
)
from marsad.layers.entities.name_words import (
    ROMANIZED_NAMES,
    TANWIN,
    NameWords,
    has_pronoun_suffix,
    institution,
)
from marsad.layers.entities.titles import (
    FORMER,
    HONORIFICS,
    NAMED_AFTER,
    PHRASE_STOP,
    THEN,
    TITLE_HEADS,
    content_key,
    head_stem,
)
from marsad.layers.entities.word_lists import NAME_HEADS
from marsad.lexicons.loader import keyed, table

_HEADS_LEXICON = "titled_person_heads.tsv"
_PERSON_NOUNS = "actors/foreign_given_names.tsv"
_PROCLITICS = ("و", "ف", "ب", "ل", "ك")  # "وتمهيد", "للولاء": a clitic and a word, no name after an office
# a dual or a plural's oblique ending ("ميداليتين برونزيتين", "سعوديين"): a noun and its adjective
_DUAL_ENDINGS = ("تين", "يين", "يتان")
_LONG_VOWELS = ("ا", "و", "ي")
MAX_PHRASE = 8
# given names that are also words ("علي", "عمر"): they start a name the finders found from its next word
_WORD_GIVEN = keyed("word_given_names.tsv", None, match_key)  # words of an office phrase before its holder's name


def _lexicon(section: str) -> frozenset[str]:
    return keyed(_HEADS_LEXICON, section, match_key)


def _clitic_word(tok: Token) -> bool:
    """A clitic and a word ("وديبلوماسي", "بمناورة", "ببتر"); a foreign name's letter and long vowel
    ("فينستاين", "ويلسون", "بيرنز") is none."""
    key = tok.key
    return key[:1] in _PROCLITICS and len(tok.splits) > 1 and key[1:2] not in _LONG_VOWELS


def _definite(tok: Token) -> bool:
    """Under the article, after clitics or not ("الصحيفة", "للفنانين", "بالمنطقة")."""
    return tok.key.startswith(("ال", "لل")) or any(s.startswith("ال") for _o, s in tok.splits)


class TitledPersons:
    """`add(cands, tokens, text)`: the holder's name right after an office phrase."""

    def __init__(self, kb: KnowledgeBase, words: NameWords, verbs: frozenset[str]) -> None:
        self.kb = kb
        self.words = words
        self.verbs = verbs
        rows = table(_PERSON_NOUNS, 2)
        nouns = frozenset(match_key(r[0]) for r in rows if r[1] == "person_noun")
        # honorifics and nouns for a person in the form listed, article and all ("الفريق" is a rank,
        # "فريق" a team; "الإعلامية" a journalist, "إعلامية" an adjective; "المؤسسة" a founder, "مؤسسة"
        # a body); the heads of an office in construct under any reading ("رئيس", "ووزير")
        self.listed = (_lexicon("head") | HONORIFICS | nouns) - _lexicon("not_head")
        self._head_forms = FormMemo()  # `_head` per word form (a function of the text)
        self.links = _lexicon("link")
        self.after = _lexicon("after")
        self.strong_after = _lexicon("strong_after")
        self.not_name = _lexicon("not_name")
        self.ranks = _lexicon("rank")
        self.sites = _lexicon("site")
        self.foreign_given = frozenset(match_key(r[0]) for r in rows if r[1] == "name")

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        # an unknown body the tagger ran from the office's complement into the name ("[المصرف
        # هاروهيكو كورودا]", "[الصحيفة ستيج]") is looked through: the name cuts it
        loose = [c for c in cands if c.type in ("ORG", "MISC") and c.source == "ner" and c.actor is None
                 and tokens[c.tok_start].key.startswith(("ال", "لل"))]
        loose_ids = {id(c) for c in loose}
        firm = [c for c in cands if id(c) not in loose_ids]
        taken = claimed(firm)
        owner = {k: c for c in firm for k in range(c.tok_start, c.tok_end)}
        added: list[NameCandidate] = []
        # only the tokens of forms that may head an office phrase, found per form
        for i in indices_where(tokens, self._head_forms, self._head):
            tok = tokens[i]
            if not tok.is_word or i in taken \
                    or i > 0 and any(stem in NAMED_AFTER or stem in self.sites for _off, stem in tokens[i - 1].splits):
                continue  # "مسجد الشيخ زايد": a site named after a man, no office
            found = self._holder(tokens, text, i, taken, owner)
            if found is not None:
                added.append(found)
                taken.update(range(found.tok_start, found.tok_end))
        if not added:
            return cands
        kept = []
        for c in cands:
            hit = next((n for n in added if n.tok_start < c.tok_end and c.tok_start < n.tok_end), None)
            if hit is None:
                kept.append(c)
            elif c.tok_start < hit.tok_start and c.tok_end <= hit.tok_end:
                rest = span_candidate(tokens, text, c.tok_start, hit.tok_start, c.type)
                if rest is not None and not (rest.tok_end - rest.tok_start == 1 and rest.key.startswith("ال")):
                    rest.start, rest.key = c.start, alias_key(text[c.start : rest.end])
                    kept.append(rest)
        return with_added(kept, added)

    def _plain(self, tok: Token) -> bool:
        """An ordinary word alone, with its article or not ("المصرف", "الصحيفة"): no name."""
        return self.words.ordinary(tok.key) or content_key(tok) in self.words.common

    def _head(self, tok: Token) -> bool:
        key = tok.key
        # "ود" is no و + "د" (Dr.): a clitic goes before a whole word
        return key in self.listed or key[:1] in ("و", "ف") and len(key) > 3 and key[1:] in self.listed \
            or head_stem(tok) is not None

    def _holder(self, tokens: list[Token], text: str, i: int, taken: set[int],
                owner: dict[int, NameCandidate]) -> NameCandidate | None:
        """The name after the office phrase that starts at token i, or None."""
        k = i + 1
        while k < len(tokens) and k - i <= MAX_PHRASE:
            if "\n" in text[tokens[k - 1].end : tokens[k].start]:
                return None
            c = owner.get(k)
            if c is not None:
                if c.type == "PER":
                    return None  # the holder is named already
                k = c.tok_end  # "رئيس [الاتحاد العام للفنانين العرب]": a body of the phrase
                continue
            tok = tokens[k]
            if tok.key in _WORD_GIVEN and tokens[k - 1].key not in self.links and self._person_at(owner, k + 1):
                # "واللواء علي [حسن الاحمدي]": no preposition "على" between an office and a person
                self._extend_back(owner[k + 1], tokens, text, k)
                return None
            if not tok.is_word or tok.key in PHRASE_STOP or tok.key in self.verbs:
                return None
            # right after "في", "باسم", "لدى" comes the body or place the office is of, not the holder
            # right after an honorific, any plain word before a person found is his first name ("الدكتور
            # إقبال [إسماعيل]": a given name that is also a word)
            first_after = k == i + 1 and tokens[i].key in HONORIFICS and len(tok.splits) == 1 \
                and not tok.key.startswith("ال") and not self._word_form(tok) and tok.key not in self.ranks \
                and not (tok.text.endswith("ة") and tok.key not in self.words.given_names)  # "صاحب مكتبة"
            if tokens[k - 1].key not in self.links and tok.key not in self.ranks and tok.key not in self.links \
                    and tok.key not in THEN and tok.key not in FORMER \
                    and (self._name_first(tok) or first_after):  # "المتحدث باسم": the link, no "Basim"
                if self._person_at(owner, k + 1):
                    self._extend_back(owner[k + 1], tokens, text, k)
                    return None
                if not self._name_first(tok):
                    return None
                return self._name_from(tokens, text, k, taken)
            if not self._phrase_word(tok, not _definite(tokens[k - 1]) and tokens[k - 1].key not in self.links):
                return None
            k += 1
        return None

    @staticmethod
    def _person_at(owner: dict[int, NameCandidate], k: int) -> bool:
        c = owner.get(k)
        return c is not None and c.type == "PER" and c.tok_start == k

    @staticmethod
    def _extend_back(c: NameCandidate, tokens: list[Token], text: str, k: int) -> None:
        """"رئيسة بلدية كاليه ناتاشا [بوشار]", "الدكتور إقبال [إسماعيل]", "واللواء علي [حسن الاحمدي]":
        a person found from the word after the holder's first name starts at that name; a known
        surname alone ("روزفلت") is then another person of the family."""
        if c.tok_start != k + 1 or c.start != tokens[k + 1].start or tokens[k + 1].start - tokens[k].end != 1:
            return
        if c.actor is not None and c.tok_end - c.tok_start == 1:
            c.actor = None
        move_start(c, k, tokens, text)
        last = tokens[c.tok_end - 1]
        if c.tok_end - c.tok_start > 2 and _clitic_word(last):
            move_end(c, c.tok_end - 1, tokens, text)  # "ايمي كنافو [ببتر]": the verbal noun after the name

    def _phrase_word(self, tok: Token, construct: bool) -> bool:
        """A word of an office's complement: definite, a preposition, another head, or an ordinary
        word in construct after an indefinite one (`construct`: "رئيس تحرير", "وكيل وزارة"; a definite
        word takes none: "الشاعر داخل ..." is no office)."""
        key = tok.key
        return _definite(tok) or key in self.links or self._head(tok) or self.kb.demonym(key) is not None \
            or construct and (key in self.words.common or content_key(tok) in self.words.common)

    def _known_other(self, key: str) -> bool:
        return any(a.type != "PER" for a in self.kb.lookup(key)) or self.kb.demonym(key) is not None \
            or self.kb.demonym("ال" + key) is not None

    def _name_first(self, tok: Token) -> bool:
        """May `tok` open a holder's name: indefinite, no clitic, no ordinary word or verb."""
        key = tok.key
        if key.startswith("ال") or len(key) < 3 or key in self.verbs or self._known_other(key) or self._word_form(tok) \
                or institution(tok) or key in NAME_HEADS or key in self.not_name or key.endswith(_DUAL_ENDINGS):
            return False
        if key in self.words.given_names or key in self.foreign_given or key in ROMANIZED_NAMES:
            return True
        if key[:1] in ("ي", "ت") and len(key) <= 5 and key[1:2] not in _LONG_VOWELS:
            return False  # "يلاقي", "يحرج": an imperfect verb the lists lack, opening the clause
        # a noun with its feminine ending or "his" ("حقّه") is no first name
        return self.words.name_like(tok) and not tok.text.endswith(("ة", "ه", "ات", "ً")) \
            and not (key[:1] in _PROCLITICS and len(tok.splits) > 1)

    def _word_form(self, tok: Token) -> bool:
        """An ordinary word in a form the lexicons do not list: a clitic and a verb ("فيقول"), an
        indefinite accusative ("اعتذارا جميلا") or a relational adjective ("تلفزيوني رياضي") of an
        ordinary word."""
        key, common = tok.key, self.words.common
        return any(s in self.verbs for _o, s in tok.splits[1:]) or any(m in tok.text for m in TANWIN) \
            or len(key) >= 4 and key.endswith(("ا", "ي")) and key[:-1] in common

    def _name_word(self, tok: Token, given: bool) -> bool:
        """A later word of the name: name-like, a given name, or a family's definite name."""
        key = tok.key
        if not tok.is_word or key in self.verbs or self._known_other(key) or has_pronoun_suffix(key) \
                or self.words.prepositional(tok) or self._word_form(tok):
            return False
        if key in self.words.given_names and not key.startswith("ال"):
            return True
        if key.startswith("ال"):
            return self.words.name_like(tok)  # "الحوشان", "العتيبي"; not "الحكومة", "الدولية"
        if not given and _clitic_word(tok):
            # "وديبلوماسي", "بمناورة": a clitic and a word after an unknown one; a foreign name's
            # letter and long vowel ("فينستاين", "ويلسون", "بيرنز") is none
            return False
        if self.words.name_like(tok):
            return not tok.text.endswith(("ات", "ً")) and not key.endswith(_DUAL_ENDINGS)
        # after a given name, a family name may read as a clitic and a word ("بادي": ب + "ادي")
        return given and len(key) >= 3 and key not in self.words.common and key not in HONORIFICS \
            and not tok.text.endswith(("ات", "ً"))  # "فودة": a family name may end with ة

    def _end(self, tokens: list[Token], j: int) -> str | None:
        """How surely the name ends before token j: "strong" at a mark, a particle of saying or a
        relative ("، مدير", "أن", "الذي"); "weak" at a verb, a preposition, another office or a
        definite ordinary word (the verb's object: "اديريمي بادوكون" + "الهجمات"); else None."""
        if j >= len(tokens):
            return "strong"
        tok = tokens[j]
        if not tok.is_word or tok.key in PHRASE_STOP or tok.key in self.strong_after or tok.key in TITLE_HEADS:
            return "strong"
        if tok.key in self.after or tok.key in self.verbs or any(s in self.verbs for _o, s in tok.splits[1:]) \
                or self._head(tok) or self._plain_definite(tokens, j):
            return "weak"
        return None

    def _plain_definite(self, tokens: list[Token], j: int) -> bool:
        tok = tokens[j]
        return not tokens[j - 1].key.startswith("ال") and tok.key.startswith("ال") \
            and self._plain(tok) and not self.words.name_like(tok)

    def _name_from(self, tokens: list[Token], text: str, k: int, taken: set[int]) -> NameCandidate | None:
        """Two or three name words from token k, single-spaced, ending where a name ends: anywhere
        after a given name the lexicons know, only at a sure end after another word."""
        first = tokens[k].key
        given = first in self.words.given_names or first in ROMANIZED_NAMES or first in self.foreign_given
        j = k + 1
        while j < len(tokens) and j - k < 3 and j not in taken and tokens[j].start - tokens[j - 1].end == 1 \
                and self._name_word(tokens[j], given):
            j += 1
            if not given and _definite(tokens[j - 1]) and self._plain(tokens[j - 1]):
                return None  # "رئيس قطاع العقار": a noun in construct with an ordinary one, no name
            if not given and all(tokens[x].key.endswith("ي") and not _definite(tokens[x]) for x in range(k, j)):
                return None  # "مستشار تلفزيوني رياضي": a noun's relational adjectives, agreeing
            end = self._end(tokens, j)
            if end == "strong" or end == "weak" and given:
                found = span_candidate(tokens, text, k, j, "PER")
                if found is not None:
                    found.source = "titled"
                return found
            mid = tokens[j - 1]
            if mid.key.startswith("ال") or mid.text.endswith(("ة", "ه")) and mid.key not in self.words.given_names:
                return None  # a family's definite name closes a name; "فودة" too ("عمر مبايعة خلفه": no name)
        return None
