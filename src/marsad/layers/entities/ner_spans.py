"""Name candidates from the NER tagger's spans, read onto tokens and trimmed.

The tagger's spans are cut where "و" joins a second institution, moved off a leading honorific
(which makes the name a person's), onto a head word that belongs to the name ("شركة", "مطار"),
dropped when they are an ordinary word, a verb or an adjective alone, and trimmed of the words
NER runs into (a trailing office or role, "و" + an ordinary word, a leading preposition, a
trailing country adjective).
"""

from __future__ import annotations

import importlib.util
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from marsad.arabic.form_memo import FORMS_KEPT, key_positions
from marsad.arabic.tokens import Token, remember, token_starts
from marsad.document import Document
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.clitic_names import CliticNames
from marsad.layers.entities.name_candidate import NameCandidate, span_candidate
from marsad.layers.entities.name_words import (
    ROMANIZED_NAMES,
    TANWIN,
    NameWords,
    clitic_reading,
    institution,
    possessed_noun,
    reads_as,
)
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS
from marsad.layers.entities.word_lists import (
    ADMIN_PLACE_HEADS,
    AGE_ADJECTIVES,
    GENERIC_ORG,
    INSTITUTION_HEADS,
    NAME_HEADS,
    PATRONYMIC,
    PREPOSITIONS,
    TITLES_ALSO_NAMES,
    TRAILING_ROLES,
    WORD_GIVEN_NAMES,
)

NER_LABELS = ("PER", "ORG", "LOC", "MISC")
# the one honorific that also starts place names ("الشيخ زويد"): code, as the rule names it
_SHEIKH = alias_key("الشيخ")
_HONORIFIC_CLITICS = ("", "و", "ف")  # "والمهندس نصر الهنداوي": a list of persons, each with its honorific
# office words no person's name ends with ("العواجي وكيل الوزارة")
_TRAILING_TITLES = TITLE_HEADS - TITLES_ALSO_NAMES

# the feminine and plural endings an adjective of AGE_ADJECTIVES takes (as alias keys: ة is ه)
_AGE_FORMS = frozenset(article + age + ending for age in AGE_ADJECTIVES for article in ("", "ال")
                       for ending in ("", "ه", "ون", "ين", "ات"))
Span = tuple[int, int, str]  # (start, end, label) as the tagger gives it


# the stretching stroke of a clitic written apart ("لـ«الحياة»"); an initial has none ("راشد س.")
_TATWEEL = "\u0640"
# "أبو" and "أم" start a kunya ("أبو البراء الشامي"); morphology of names, as "بن" is
_KUNYA = frozenset({alias_key("أبو"), alias_key("أم")})
# the letters a foreign name's F or V is followed by, as written in Arabic: a long vowel, r or l
_FOREIGN_F_NEXT = ("ا", "و", "ي", "ر", "ل")


def _possessed(word: str) -> bool:
    """A noun with an attached pronoun after its taa ("أرملته", "ومساندتها"): no name ends so."""
    return word.endswith(("ته", "تها", "تهم", "تهما", "تهن", "تكم"))


def _honorific(tok: Token) -> str | None:
    """The honorific a word is, alone or after the conjunction و/ف ("المهندس", "والشيخ"), else None."""
    reading = clitic_reading(tok, HONORIFICS, _HONORIFIC_CLITICS)
    return None if reading is None else reading[1]


def age_adjective(tok: Token) -> bool:
    """"ستيني", "الخمسينية", "ثلاثينيون": a decade of life's adjective, which describes a person."""
    return any(stem in _AGE_FORMS for _off, stem in tok.splits)


def load_ner_tagger(network: bool = False):
    """The NER tagger (with its network if asked) when its module and model are installed, else None."""
    if importlib.util.find_spec("marsad.ner.tagger") is None:
        return None
    try:
        from marsad.ner.tagger import NerTagger

        return NerTagger.load(network=network)
    except (FileNotFoundError, ImportError, OSError):
        return None


def head_type(stem: str) -> str | None:
    """The type a head word gives the name after it; "البنك الأهلي": the article stays with its head."""
    return NAME_HEADS.get(stem) or (NAME_HEADS.get(stem[2:]) if stem.startswith("ال") else None)


def name_head(tok: Token) -> tuple[int, str] | None:
    """(offset, type) of a head word that belongs to the name after it ("شركة" -> ORG), after any
    clitic ("بمطار" -> "مطار")."""
    found = _NAME_HEADS.get(tok.text, _UNASKED)
    if found is _UNASKED:  # asked around every NER name: answered once per word form
        found = None
        for off, stem in tok.splits:
            typ = head_type(stem)
            if typ:
                found = (off - tok.start, typ)
                break
        remember(_NAME_HEADS, tok.text, found, FORMS_KEPT)
    return None if found is None else (tok.start + found[0], found[1])


# word form -> `name_head` of a token of that form, its offset from the token's start
_NAME_HEADS: dict[str, tuple[int, str] | None] = {}
_UNASKED = ()


def _coordinated_head(tok: Token) -> int | None:
    """Offset after the و of "ووزارة" / "والبنك": a second institution joined to the first."""
    if not tok.key.startswith("و"):
        return None
    for off, stem in tok.splits[1:]:
        if off == tok.start + 1 and (stem in INSTITUTION_HEADS or head_type(stem)):
            return off
    return None


def split_coordinated(spans: Iterable[Span], tokens: list[Token], starts: list[int]) -> Iterator[Span]:
    """"البنك المركزي ووزارة المالية" tagged as one ORG is two: split before a و that joins
    a second institution head."""
    for start, end, label in spans:
        if label in ("ORG", "LOC"):
            a = bisect_left(starts, start)
            b = bisect_left(starts, end)
            for k in range(a + 1, b):
                off = _coordinated_head(tokens[k])
                if off is not None and tokens[k - 1].is_word:
                    yield start, tokens[k - 1].end, label
                    start = off
        yield start, end, label


# endings of the dual and plural present tense ("يرون", "يريان"): a verb before its subject has none
_PLURAL_VERB_ENDINGS = ("ون", "ان", "ين", "وا")
# the clitics a verb takes (و, ف, the ل of purpose, the س of the future); not ب ("بيري" is no ب + "يرى")
_VERB_CLITICS = frozenset("وفلس")
# what opens a clause before its verb, and the complementisers after a verb's subject
_OPENING_CLITICS = frozenset({"و", "ف"})
_COMPLEMENTISERS = frozenset(alias_key(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "بأنه"))



def _ending_at(n: NameCandidate, k: int, tokens: list[Token], text: str) -> NameCandidate:
    """`n` ending before token k, from where it began: after a clitic of its first word ("لأحمد
    فؤاد" + role: the name keeps its start after "ل"); `n` itself when nothing would be left."""
    cut = span_candidate(tokens, text, n.tok_start, k, n.type)
    if cut is None:
        return n
    # not after "لل": the article's alef is not written, so no offset gives the name's start
    if n.start < cut.end and not text[cut.start : n.start].endswith("لل"):
        cut.start, cut.key = n.start, alias_key(text[n.start : cut.end])
    return cut

class NerSpans:
    """`candidates(doc, tokens)` -> the tagger's names as trimmed candidates (none without a tagger).

    `verb_keys` are the match keys of verbs, which the tagger sometimes takes for one-word names;
    whoever builds the finder passes them (see `marsad.lexicons.verbs`)."""

    def __init__(self, kb: KnowledgeBase, words: NameWords, tagger, verb_keys: frozenset[str]) -> None:
        self.kb = kb
        self.words = words
        self.tagger = tagger
        self.verb_keys = verb_keys
        self.clitic_names = CliticNames(kb, words, verb_keys)

    def candidates(self, doc: Document, tokens: list[Token]) -> list[NameCandidate]:
        if self.tagger is None:
            return []
        out = []
        for n in self._tagged(doc, tokens):
            c = self.trim(n, tokens, doc.text)
            if c is not None:
                out.extend(self._person_after_body(c, tokens, doc.text))
        return self._join_split_persons(out, tokens, doc.text)

    def _join_split_persons(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        """"صالح شيخ" + "يوسف": the tagger sometimes starts a new person at the last word of a
        three-word name. A name of two words or more and one more word right after it (one space,
        nothing between), neither of them a name the KB knows, are one person's name; two people
        named side by side ("استقبل عباس نتنياهو") are known names, or full names each."""
        out: list[NameCandidate] = []
        for c in cands:
            prev = out[-1] if out else None
            if prev is not None and prev.type == c.type == "PER" and c.tok_start == prev.tok_end \
                    and c.tok_end - c.tok_start == 1 and prev.tok_end - prev.tok_start >= 2 \
                    and text[prev.end : c.start] == " " and c.start == tokens[c.tok_start].start \
                    and not self.kb.lookup(prev.key) and not self.kb.lookup(c.key):
                joined = span_candidate(tokens, text, prev.tok_start, c.tok_end, "PER")
                if joined is not None:
                    joined.start, joined.key = prev.start, alias_key(text[prev.start : joined.end])
                    out[-1] = joined
                    continue
            out.append(c)
        return out

    def _person_after_body(self, c: NameCandidate, tokens: list[Token], text: str) -> list[NameCandidate]:
        """"رئيس نادي هانزا روستوك ميشائيل شتاين", "الرئيس التنفيذي للشركة جون ستامبف" tagged as one
        ORG: after an office word, a body's name and the name of the person who holds the office
        run together; a known given name followed by a name-like word starts the person. After a
        definite head word ("للشركة", a body named before) the name is the person's alone."""
        if c.actor is not None or c.tok_end - c.tok_start < 3 or c.tok_start == 0:
            return [c]
        a, b = c.tok_start, c.tok_end
        if c.type == "PER":
            # "شريف مقاطعة هاريس جون بول براون": the place's name is the word after its head word;
            # the person starts at the given name after it (the place patterns name the place)
            if reads_as(tokens[a - 1], ADMIN_PLACE_HEADS) and self._name_start(tokens[a + 1].text) \
                    and not self._name_start(tokens[a].text) and tokens[a + 1].key not in self.words.common:
                return [span_candidate(tokens, text, a + 1, b, "PER") or c]
            return [c]
        if c.type != "ORG":
            return [c]
        definite = tokens[a].key.startswith(("ال", "لل")) and name_head(tokens[a]) is not None
        if not definite and not reads_as(tokens[a - 1], TITLE_HEADS):
            return [c]
        for k in range(a + (1 if definite else 2), b - 1):
            if self._name_start(tokens[k].text) and tokens[k].key not in self.words.common \
                    and tokens[k].start - tokens[k - 1].end <= 1 \
                    and all(self.words.name_like(tokens[x]) for x in range(k + 1, b)):
                person = span_candidate(tokens, text, k, b, "PER")
                body = None if definite and k == a + 1 else span_candidate(tokens, text, a, k, "ORG")
                if body is not None:
                    body.start, body.key = c.start, alias_key(text[c.start : body.end])
                return [x for x in (body, person) if x is not None]
        return [c]

    def _tagged(self, doc: Document, tokens: list[Token]) -> list[NameCandidate]:
        common, given = self.words.common, self.words.given_names
        starts = token_starts(tokens)
        out = []
        for start, end, label in split_coordinated(self.tagger.tag(doc), tokens, starts):
            if label not in NER_LABELS:
                continue
            a = bisect_left(starts, start)
            if a > 0 and (a == len(tokens) or tokens[a].start > start):
                a -= 1  # the span starts inside a token, after a clitic
            b = bisect_left(starts, end)
            # a leading honorific is not part of a name, and makes it a person's ("المهندس آل الشيخ"),
            # except "الشيخ" in place names ("الشيخ زويد")
            while a < b - 1 and _honorific(tokens[a]) and (label == "PER" or _honorific(tokens[a]) != _SHEIKH):
                a += 1  # also after و/ف: "والمهندس نصر الهنداوي", a list of persons with their honorifics
                label = "PER"
            if a >= b:
                continue
            s = max(start, tokens[a].start)
            if s > tokens[a].start and a > 0 and tokens[a - 1].key in HONORIFICS and tokens[a].key in given:
                s = tokens[a].start  # "العميد بسام": no preposition follows an honorific; "بسام" is the name
            elif b - a == 1 and doc.text[tokens[a].start : s] == "ف" and end == tokens[a].end \
                    and len(tokens[a].key) >= 5 and not doc.text.startswith(("ال", "أ", "إ"), s) \
                    and not self.kb.lookup(alias_key(doc.text[s:end])) and alias_key(doc.text[s:end]) not in given:
                # "فانينغ", "فوكسمان", "فورسيزون": foreign names begin with ف (F, V) far more often than
                # an unknown name follows the conjunction ف; not before an article or an alef ("فالعقار",
                # "فأفلاطون"), and a known name ("فإيران") is the KB's
                s = tokens[a].start
            elif label == "PER" and b - a >= 2 and self._foreign_f(doc.text, tokens, a, s):
                s = tokens[a].start  # "فيدريكا موغيريني", "فابيان جونسون": F or V, no conjunction
            if b - a == 1 and s > tokens[a].start and end == tokens[a].end and label in ("PER", "LOC"):
                # "بالنسية" read ب + "النسية", "كرافت" ك + "رافت": see `clitic_names`
                s = self.clitic_names.start(doc.text, tokens, a, s)
                if s is None:
                    continue
            key = alias_key(doc.text[s:end])
            if s == tokens[a].start and tokens[a].key.startswith("لل") and len(tokens[a].key) > 4:
                # "للبنك المركزي": the article's alef is gone; the name starts after لل
                s = tokens[a].splits[-1][0] if tokens[a].splits[-1][1] == tokens[a].key[2:] else s
                key = "ال" + alias_key(doc.text[s:end])
            if self.kb.demonym(key) is not None:
                continue  # "الروسية" alone is an adjective, not Russia
            if b - a == 1 and doc.text[end - 2 : end] in ("اً", "ًا"):
                continue  # "آسيوياً": an adverb in the accusative, never a name
            if label == "PER" and tokens[a].text.endswith(TANWIN) and not self.kb.lookup(tokens[a].key) \
                    and not (b < len(tokens) and tokens[b].key in self.verb_keys):  # "فعن أنسٍ قال": a narrator
                continue  # "التحقيق جارٍ معهم": a first word with nunation is an indefinite noun, no name
            if b - a == 1 and (key in common or key in GENERIC_ORG or institution(tokens[a]) or age_adjective(tokens[a])
                               or reads_as(tokens[a], self.verb_keys)) and not self.kb.lookup(key):
                continue  # "مفتوحة", "رئيسي", "حزب": an ordinary word tagged as a name
            if a > 0 and tokens[a - 1].is_word:
                head = name_head(tokens[a - 1])
                if head:  # "شركة سيرنر", "مطار الملكة علياء": the head word is part of the name
                    a -= 1
                    s, label = head
                    key = alias_key(doc.text[s:end])
                elif label in ("ORG", "LOC") and tokens[a - 1].key in HONORIFICS:
                    label = "PER"  # "المهندس آل الشيخ"
            if b - a >= 2 and label in ("PER", "ORG", "LOC"):
                own = name_head(tokens[a])
                if own is not None and own[0] >= s:
                    label = own[1]  # "مليشيا الحوثي" tagged PER: its head word says what it is
            if label in ("ORG", "LOC") and 2 <= b - a <= 3 and tokens[a].key in given \
                    and not institution(tokens[a]) and not self.kb.lookup(key):
                label = "PER"  # "لوكا مودريتش" tagged ORG: a given name starts a person's name
            out.append(NameCandidate(s, end, a, b, label, key, None, "ner", absorbable=label == "MISC"))
        return out

    def _foreign_f(self, text: str, tokens: list[Token], a: int, s: int) -> bool:
        """Does the person the tagger found after a ف split off the first word begin with that ف, a
        foreign F or V ("فيدريكا موغيريني", "فريدا كالو", "فيرناندو يورينتي")? So when what is left
        is no word, given name or name the KB knows, and begins as a foreign F or V goes on: a vowel
        letter, r or l ("يدريكا", "ريدا", "لاديمير"); an Arabic name after the conjunction ف mostly
        begins otherwise ("فعبدالله", "فجباري"), and a name the article writes without the ف
        elsewhere ("جباري" ... "فجباري") is that name after the conjunction."""
        first = tokens[a]
        if text[first.start : s] != "ف" or len(first.key) < 5 or text.startswith(("ال", "أ", "إ", "آ"), s):
            return False
        rest = alias_key(text[s : first.end])
        words = self.words
        if not rest.startswith(_FOREIGN_F_NEXT) or rest in words.given_names or rest in words.common \
                or rest in ROMANIZED_NAMES or self.kb.lookup(rest):
            return False
        if first.key in words.common or first.text.endswith("ة"):
            return False  # "فيروس", "فاتورة": an Arabic noun (or a loanword) the tagger ran into a name
        return not key_positions(tokens, (rest,))

    def trim(self, n: NameCandidate, tokens: list[Token], text: str) -> NameCandidate | None:
        """Drop from an NER person a trailing office or role word ("صالح العواجي وكيل", "عادل
        الشجاع القيادي"), a trailing و + ordinary word ("تشارلز ولي") and a leading preposition
        or definite ordinary word ("اللقاء سمير"; None when only an ordinary word is left); drop
        a trailing country adjective from a name ("ريال مدريد الإسباني" -> "ريال مدريد"), unless
        the name is an institution whose adjective is part of it ("وزارة الخارجية الروسية"), and
        a trailing rank from a body's name ("وزارة الداخلية العقيد")."""
        if n.type in ("ORG", "LOC") and n.tok_end - n.tok_start == 2 and tokens[n.tok_start].key in _KUNYA \
                and not text[n.start : tokens[n.tok_start].end].startswith("إ") \
                and tokens[n.tok_start + 1].key in self.words.given_names:
            n.type = "PER"  # "أم منصور", "أبو خالد": a kunya, a person named after a child ("إم إكس": letters)
        if n.tok_end - n.tok_start >= 2 and self._present_verb(tokens[n.tok_start]):
            # "ويرى جيب بوش ضرورة": a verb before its subject is no part of the name
            n = span_candidate(tokens, text, n.tok_start + 1, n.tok_end, n.type)
            if n is None:
                return None
        if n.type == "PER" and n.tok_end - n.tok_start >= 2 and self._past_verb_before_name(n, tokens):
            # "وطالب البقمي الأهالي بـ", "وأردف العمري أن": the verb of which the person is the subject
            n = span_candidate(tokens, text, n.tok_start + 1, n.tok_end, n.type)
            if n is None:
                return None
        if n.type == "PER" and n.tok_end - n.tok_start >= 2 and len(tokens[n.tok_end - 1].key) == 1 \
                and tokens[n.tok_end - 1].text.endswith(_TATWEEL):
            # "قالت زهراء لـ«الحياة»": a preposition written apart from the paper it is attached to
            n = _ending_at(n, n.tok_end - 1, tokens, text)
        if n.type == "PER" and n.tok_end - n.tok_start == 2 and self._phrase_of_a_word_name(tokens, n.tok_start):
            return None  # "حسن الجوار": good neighbourliness, not a man called Hassan
        if n.type == "PER":
            n = self._person_words(n, tokens, text)
            if n is None:
                return None
        if n.type == "PER" and n.tok_end - n.tok_start >= 2 \
                and self._no_name_end(tokens[n.tok_end - 1], text,
                                      any(tokens[k].key in PATRONYMIC for k in range(n.tok_start + 1, n.tok_end - 1))):
            cut = span_candidate(tokens, text, n.tok_start, n.tok_end - 1, n.type)
            if cut is not None and n.start < cut.end:
                cut.start, cut.key = n.start, alias_key(text[n.start : cut.end])  # "لهونغ": after its clitic
                n = cut
        # a word after "بن" is a father's name, whatever else it means ("عبدالرحمن بن مساعد"); an office
        # or role after two words of a name or more starts what the person is, with the words that
        # describe it ("سعود الشمري" + "المستشار العقاري", "صالح العواجي" + "وكيل الوزارة")
        if n.type == "PER" and n.tok_end - n.tok_start >= 3:
            role = next((k for k in range(n.tok_start + 2, n.tok_end) if tokens[k - 1].key not in PATRONYMIC
                         and (tokens[k].key in _TRAILING_TITLES or tokens[k].key in TRAILING_ROLES)), None)
            if role is not None:
                n = _ending_at(n, role, tokens, text)
        if n.type == "PER" and n.tok_end - n.tok_start >= 2 \
                and self._ordinary_conjunct(tokens[n.tok_end - 1]):
            n = _ending_at(n, n.tok_end - 1, tokens, text)
        if n.type == "PER" and n.tok_end - n.tok_start >= 2 and (self._no_name_start(tokens[n.tok_start])
                                                                 or self._conjunct_start(tokens[n.tok_start])):
            # "اللقاء سمير", "وأي فوضى": the noun or و + word before a name; a lone ordinary word left is no name
            rest = tokens[n.tok_start + 1].key
            if n.tok_end - n.tok_start == 2 and rest in self.words.common \
                    and rest not in self.words.given_names:
                return None
            n = span_candidate(tokens, text, n.tok_start + 1, n.tok_end, n.type) or n
        if n.type not in ("ORG", "PER") or n.tok_end - n.tok_start < 3:
            return n
        if n.type == "ORG" and tokens[n.tok_end - 1].key in HONORIFICS:
            # "وزارة الداخلية العقيد": the rank of the person named next, no word of the body's name
            return _ending_at(n, n.tok_end - 1, tokens, text)
        last = tokens[n.tok_end - 1]
        if self.kb.demonym(last.key) is None or institution(tokens[n.tok_start]):
            return n
        return _ending_at(n, n.tok_end - 1, tokens, text)

    def _person_words(self, n: NameCandidate, tokens: list[Token], text: str) -> NameCandidate | None:
        """A person's name read off NER without what is no part of a name: a first word the
        tagger split off a clitic although the whole word is an ordinary one ("وجود" read و +
        "جود"), or a possessed noun ("أرملته"); from a later word و + an ordinary word on
        ("جمال وأخلاق", "كريم ومساندته"). None when no name is left."""
        a, b = n.tok_start, n.tok_end
        first = tokens[a]
        if n.start > first.start and first.key in self.words.common and not self._name_start(text[n.start:first.end]) \
                or _possessed(first.text):
            a += 1
        for k in range(a + 1, b):
            if self._conjunct_word(tokens[k]) or self.words.prepositional(tokens[k]):
                b = k
                break
        if a == n.tok_start and b == n.tok_end:
            return n
        if a >= b:
            return None
        return span_candidate(tokens, text, a, b, n.type)

    def _no_name_end(self, tok: Token, text: str, lineage: bool = False) -> bool:
        """A word NER ran into after a person's name: an adverb in the accusative ("مغرداً"), a
        noun with an attached pronoun ("شكره", "بعودته"), ب + an ordinary word ("بنكسة"). An
        ordinary word alone is not enough: many family names are words ("عيد", "غني")."""
        key, words = tok.key, self.words
        if text[tok.end - 2 : tok.end] in ("اً", "ًا") or _possessed(tok.text) \
                or possessed_noun(tok.text, key, words.common):
            return True
        if key in words.given_names or key in ROMANIZED_NAMES or self.kb.lookup(key):
            return False
        if lineage and len(key) == 4 and tok.text.endswith("ه") and key[:-1] in words.common \
                and key not in words.common:
            # "عبدالله بن مساعد" + "شكره": a short noun and its pronoun after an Arab lineage
            # (`possessed_noun` leaves four letters alone: "عبده", and Persian names end in "زاده")
            return True
        return key.startswith("ب") and len(key) > 5 and key[1:] in words.common and key[1:] not in words.given_names

    def _present_verb(self, tok: Token) -> bool:
        """A verb of the present tense in the singular ("يرى", "وتؤكد"), as a verb before its
        subject is: its prefix ي/ت marks a verb, not a name; not a given name written like one
        ("يزيد", "تمام"), a known name, nor a plural form, which is rather a foreign name read
        with a clitic ("فيرون" is no ف + "يرون")."""
        key, given = tok.key, self.words.given_names
        if key in given or self.kb.lookup(key):
            return False
        return any(stem.startswith(("ي", "ت")) and not stem.endswith(_PLURAL_VERB_ENDINGS)
                   and stem in self.verb_keys and stem not in given
                   and set(key[: len(key) - len(stem)]) <= _VERB_CLITICS for _off, stem in tok.splits)

    def _past_verb_before_name(self, n: NameCandidate, tokens: list[Token]) -> bool:
        """Does the person NER found begin with a verb of the past of which the rest is the subject
        ("وطالب البقمي الأهالي بالابتعاد", "وأردف العمري أن")? Many such verbs are given names too
        ("طالب"), so the verb must open its clause (after و/ف or at a sentence's start), be no
        short word that is also a foreign name ("راي", "دان"), and the rest must show that it is
        the whole name: its last word names the person elsewhere in the article without the verb,
        or a complementiser follows it ("وطالب محمد الصافي بأن")."""
        a, b = n.tok_start, n.tok_end
        first = tokens[a]
        if not first.is_word or a > 0 and tokens[a - 1].key in HONORIFICS:  # "الشيخ طلب الجميلي"
            return False
        key, given = first.key, self.words.given_names
        stem = next((st for _off, st in first.splits if st != key and key[: len(key) - len(st)] in _OPENING_CLITICS),
                    key if a == 0 or not tokens[a - 1].is_word else None)
        if stem is None or len(stem) < 4 or stem.startswith(("ي", "ت")) or stem not in self.verb_keys \
                or stem in given or stem in ROMANIZED_NAMES or self.kb.lookup(key):
            return False
        if b < len(tokens) and tokens[b].key in _COMPLEMENTISERS and b - a >= 3:
            return True
        last = tokens[b - 1].key
        return any(k != b - 1 and (k < 1 or tokens[k - 1].key != key) for k in key_positions(tokens, (last,)))

    def _name_start(self, word: str) -> bool:
        """A word a person's name may start with: a given name, "أبو"/"أم"/"ابن" of a kunya."""
        key = alias_key(word)
        return key in self.words.given_names or key in ROMANIZED_NAMES or key in _KUNYA or key in PATRONYMIC

    def _conjunct_word(self, tok: Token) -> bool:
        """و + a word that is no name ("وأخلاق", "والتوعية", "ومساندته", "والحوثي"); not a given name that
        starts with و ("وليد") nor و + a name ("وصالح")."""
        key, words = tok.key, self.words
        if not key.startswith("و") or len(tok.splits) < 2 or key in words.given_names or self.kb.lookup(key):
            return False
        rest = tok.splits[1][1]
        if _possessed(tok.text) or rest.startswith("ال") and rest.endswith("ي") and len(rest) >= 5:
            return True  # "ومساندته"; "صالح والحوثي": و + a definite relational name is a second person
        # foreign names start with "و" and "وال" too ("والتون", "والش"): only an ordinary word cuts
        return rest in words.common and rest not in words.given_names and rest not in ROMANIZED_NAMES \
            and not self.kb.lookup(rest)

    def _no_name_start(self, tok: Token) -> bool:
        """A preposition ("بواسطة") or a definite ordinary word ("اللقاء"): family names that
        are also words ("الصدر", "الملا") are in the KB or NER's own lexicon, not in the list
        of ordinary words."""
        key = tok.key  # not "آل" ("آل غرمان") nor the "ال" of "آل غور"
        if key in PREPOSITIONS:
            return True  # "بواسطة كيان": a preposition starts no name
        return len(key) > 3 and key.startswith("ال") and key in self.words.common and not self.kb.lookup(key)

    def _phrase_of_a_word_name(self, tokens: list[Token], i: int) -> bool:
        """A given name that is also an ordinary word ("حسن", "تحية") before an ordinary word
        ("الجوار", "طيبة") makes a phrase, unless the word is a family's relational name."""
        nxt, words = tokens[i + 1], self.words
        # "حسن الحربي": a family's name, also an adjective
        return tokens[i].key in WORD_GIVEN_NAMES and nxt.key in words.common and not words.names_after(tokens[i], nxt)

    def _conjunct_start(self, tok: Token) -> bool:
        """و + an ordinary word that no name starts with ("وزاد الضعيان", "وأي فوضى"); not + a
        given name the romaniser knows ("وعلي دياب") nor + "أبو" of a kunya, and no foreign name's W
        before a long vowel ("ويلي جاك", "واين روني")."""
        if not self._ordinary_conjunct(tok) or tok.text.startswith(("وا", "وي", "وو")):
            return False
        rest = tok.splits[1][1]
        return rest not in ROMANIZED_NAMES and rest not in _KUNYA and rest not in PATRONYMIC

    def _ordinary_conjunct(self, tok: Token) -> bool:
        """و + an ordinary word ("ورئيسي"), not + a given name (many are also ordinary words:
        "وصالح", "وأمل") nor + a known name."""
        if not tok.key.startswith("و") or len(tok.splits) < 2 or tok.splits[1][0] != tok.start + 1:
            return False
        key = tok.splits[1][1]
        return key in self.words.common and key not in self.words.given_names and not self.kb.lookup(key)
