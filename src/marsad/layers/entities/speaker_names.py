"""Repairs of the names that speak: persons at the subject of a statement whose span the earlier
finders left wrong, and phrases for an unnamed source that are no entity.

The speaker of a quote can only be right when the person is an entity with its whole name. The
repairs, each general to how the Arabic press writes a speaker:

- a lineage chain after an honorific ("الأمير تركي بن محمد بن فهد", "الشيخ علي بن ولي بن علي
  الحكمي"): "بن" makes the words a person's name even when the first one is also an ordinary word
  or a country adjective ("تركي"), which the finder's later tests would otherwise drop;
- a person cut off after a clitic ب read as a preposition ("روجر" + ب + "رايس" for "روجر برايس"):
  the word right after a person's name that the tagger cut after its ب is the name's next word;
- a given name left out at the start of a name, right after a title or a verb of saying ("المواطن
  هادي [حسن مسعود]", "عضو المكتب السياسي نافذ [عزام]"): a given name the word is (it is no
  title, verb or particle there, and the tagger took the words after it for a name);
- a name between commas right after a title phrase at the subject of a statement ("وأوضح النائب
  العام للمدينة، رمضان صولماز، أن"): the apposition names the holder of the title;
- two or three words no lexicon knows right after a verb of saying (after a title or not) and
  then who the person is ("وقال تيمو سواريلا، المحلل"): a foreign name spelt in Arabic;
- a tagged body that opens with a noun for a person and a given name ("[المواطن أحمد آل هلال]"):
  the person, from the given name on; a person's span that runs into a description after a dash
  ("[فهد الخنيفر -مشرف]") ends before it;
- the surname of a person named here alone again after a verb of saying or a title ("وأكد
  صولماز"), as the finder repeats the names it found itself;
- a tagged name that opens with a verb of saying ("[رأى آل جعثم]"): the name after the verb;
- a body's name cut before the adjective that ends it ("[صندوق النقد] العربي", "[الخطوط الجوية]
  اليمنية"): the name runs on over the adjective when the longer name is a body marsad's lists or
  the KB know, or when the body is linked to no actor and the adjective is a country's;
- a tagged name that opens with a word for an unnamed source ("مسؤول إسرائيلي رفيع المستوى",
  "مصدر نصراوي", "مصادر مطلعة"): no entity, so that the statement keeps its unnamed source.

It runs after the finder's own tests (`mentions.MentionFinder.find`), on what they kept.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FORMS_KEPT, FormMemo, indices_where
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import CONJUNCTIONS, Token, remember
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, move_end, with_added
from marsad.layers.entities.name_words import (
    CLITIC_RUNS,
    ROMANIZED_NAMES,
    NameWords,
    clitic_reading,
    reads_as,
)
from marsad.layers.entities.quoted_names import PLACE_QUOTES  # a mark opening a quoted name, and its closer
from marsad.layers.entities.surname_repeats import add_surname_repeats
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS, content_key
from marsad.layers.entities.word_lists import FAMILY_WORD, PATRONYMIC, WORD_GIVEN_NAMES
from marsad.lexicons.loader import keyed, read_tsv, table
from marsad.lexicons.verbs import reporting_verb_keys
from marsad.ner.gazetteer import phrase_key

SPEAKER_WORDS = "speaker_words.tsv"
REPORTING_VERBS = "reporting_verbs.tsv"
PERSON_NOUNS = "actors/speaker_person_nouns.tsv"
FOREIGN_GIVEN = "actors/foreign_given_names.tsv"
BODY_NAMES = "ner_names/organisations.tsv"
_DEFENCE_WORDS = frozenset(match_key(w) for w in ("الدفاع", "للدفاع"))  # "مجلس الدفاع عن ..."
_ABOUT = match_key("عن")
_DEFENDED_WORDS = 3  # "عن الموارد الطبيعية"، "عن حقوق الإنسان": the words of what a body defends
_CITY_HEADS = frozenset(match_key(w) for w in ("مدينة",))
# "مدينة الملك فهد الطبية"، "المدينة الجامعية": the adjectives of a city that is one institution
_BODY_CITY_ADJECTIVES = frozenset(match_key(w) for w in ("الطبية", "الجامعية"))
_DASHES = ("-", "–", "—")
_COMMAS = ("،", ",")
_MAX_CHAIN = 4          # "بن X بن Y بن Z بن W": a longer run is a genealogy, not a name in the news
_SUBJECT_REACH = 12     # tokens from a verb of saying to the comma that opens an apposed name
_VERB_CLITICS = ("", *CONJUNCTIONS)
_OPENING_VERB_CLITICS = ("", "و")  # the clitics of a verb of saying that opens a tagged name
# what may follow a name in apposition: the closing comma, or a complementiser that opens the statement
_AFTER_APPOSED = frozenset(match_key(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "بأنه", "انه", "ان"))
_SENTENCE_END = frozenset(".!?؟\n")
# what opens a statement right after its speaker: a complementiser, "إلى" of "أشار إلى"، "على" of "أكد على"
_STATEMENT_OPENERS = _AFTER_APPOSED | frozenset(match_key(w) for w in ("إلى", "على"))
_RELATIVES = frozenset(match_key(w) for w in ("الذي", "التي", "وهو", "وهي"))
_THIS_ONE = frozenset(match_key(w) for w in ("وهو", "وهي"))  # "X، وهو ...": only after a title (a clause may follow anything)
# honorifics that stand before a known name rather than open a description ("سمو", "معالي"): the
# words after them are the name the finders already read
HONORIFICS_ONLY_WORDS = frozenset(match_key(w) for w in ("سمو", "معالي", "فضيلة", "سعادة"))
# first words of a two-word given name written apart ("عبد الله", "أبو بكر")
_COMPOUND_HEADS = frozenset(match_key(w) for w in ("عبد", "أبو", "ابو", "أبي"))
_TITLE_PHRASE_REACH = 7  # tokens from a verb of saying to the end of the title phrase after it
_OFFICE_PREPOSITIONS = frozenset(match_key(w) for w in ("في", "لدى", "ب"))  # "مفوض الشرطة في ولاية X"
# prepositions that may follow a speaker's name: "في بيان"، "من بنك"، "بما"، "عن رفضه"
_SUBJECT_PREPOSITIONS = frozenset(match_key(w) for w in ("في", "من", "عن", "بما", "خلال", "على", "لـ"))


def _is_comma(tok: Token) -> bool:
    return tok.text in _COMMAS


def _is_patronymic(tok: Token) -> bool:
    return tok.key in PATRONYMIC


def _ambiguous_verbs() -> frozenset[str]:
    """Past and present forms of the reporting verbs that are also another word ("بين" between,
    "تابع"): flag "ambig" or "lead" in reporting_verbs.tsv."""
    found: set[str] = set()
    for row in table(REPORTING_VERBS, 4):
        if {"ambig", "lead"} & set(row[2].split(",")):
            for column in row[3:5]:
                found.update(match_key(w) for w in column.split())
    return frozenset(found)


def _unnamed_words(words: NameWords) -> frozenset[str]:
    """One-word openers of an unnamed source (speaker_words.tsv, section "unnamed"), without the
    words that are also given names ("شاهد")."""
    found = {match_key(row[0]) for row in table(SPEAKER_WORDS, 2) if row[1] == "unnamed" and " " not in row[0]}
    return frozenset(w for w in found if w not in words.given_names and w not in ROMANIZED_NAMES)


class SpeakerNames:
    """`repair(cands, tokens, text)`: the candidates with the speakers' names repaired (header)."""

    def __init__(self, kb: KnowledgeBase, words: NameWords) -> None:
        self.kb = kb
        self.words = words
        self.verbs = reporting_verb_keys()
        self.plain_verbs = self.verbs - _ambiguous_verbs()
        # (kind, form) -> does it read as a verb of saying: asked of tokens all over a document,
        # and a form's clitic readings never change
        self._verb_forms: dict[tuple[str, str], bool] = {}
        # word form -> is it a plain verb of saying (`_plain_verb`); is it a comma; a patronymic
        self._plain_verb_forms = FormMemo()
        self._comma_forms = FormMemo()
        self._patronymic_forms = FormMemo()
        # word form -> `_apposed_word`: asked of the words after every comma and verb of saying
        self._apposed_forms: dict[str, bool] = {}
        self._person_forms: dict[str, bool] = {}  # word form -> `_person_word`
        self.unnamed = _unnamed_words(words)
        self.given = words.given_names | ROMANIZED_NAMES | WORD_GIVEN_NAMES
        # nouns for a person that stand before a name: ordinary people ("المواطن") and the
        # professions the foreign-name finder reads ("الباحثة", "المتحدث")
        self.person_nouns = keyed(PERSON_NOUNS, None, alias_key) | keyed(FOREIGN_GIVEN, "person_noun", alias_key)
        # the bodies of marsad's own name lists ("صندوق النقد العربي"), by phrase key
        self.body_names = {phrase_key(row[0]): row[2] if len(row) > 2 else ""
                           for row in read_tsv(BODY_NAMES, min_fields=2) if row[1] == "ORG"}

    def repair(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        cands = [c for c in cands if not self._unnamed_opener(c, tokens)]
        self._cut_opening_verb(cands, tokens, text)
        self._person_after_noun(cands, tokens, text)
        self._cut_dash_description(cands, tokens, text)
        cands = self._join_clitic_splits(cands, tokens, text)
        cands = self._lineage_chains(cands, tokens, text)
        self._given_before(cands, tokens, text)
        cands = self._apposed_names(cands, tokens, text)
        self._body_adjective(cands, tokens, text)
        self._defended_cause(cands, tokens, text)
        self._medical_city(cands, tokens, text)
        return self._subject_names(cands, tokens, text)

    # --- a body for the defence of a cause, a medical city -------------------------------------
    @staticmethod
    def _defended_cause(cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
        """"[مجلس الدفاع] عن الموارد الطبيعية"، "[لجنة الدفاع] عن حقوق الإنسان": a body named for
        defending something goes on through "عن" and the plain words of what it defends."""
        starts = {c.tok_start for c in cands}
        for c in cands:
            j = c.tok_end
            if c.type != "ORG" or j + 1 >= len(tokens) or tokens[j - 1].key not in _DEFENCE_WORDS \
                    or tokens[j].key != _ABOUT or text[c.end : tokens[j].start] != " ":
                continue
            end = j + 1
            # the first word after "عن" ("حقوق"، "الموارد"), then only definite words ("الإنسان"،
            # "الطبيعية"): "في"، "أمس" and the like end the name
            while end < len(tokens) and end - j <= _DEFENDED_WORDS and tokens[end].is_word \
                    and end not in starts and tokens[end].key not in _STATEMENT_OPENERS \
                    and (end == j + 1 and len(tokens[end].key) > 3 or tokens[end].key.startswith("ال")) \
                    and text[tokens[end - 1].end : tokens[end].start] == " ":
                end += 1
            if end > j + 1:
                move_end(c, end, tokens, text)

    @staticmethod
    def _medical_city(cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
        """"[مدينة الملك عبدالله] الطبية": a city named after a person, with the adjective of a
        hospital or a university after it, is that body, not a place."""
        for c in cands:
            j = c.tok_end
            if j >= len(tokens) or c.tok_end - c.tok_start < 2 or tokens[c.tok_start].key not in _CITY_HEADS \
                    or tokens[j].key not in _BODY_CITY_ADJECTIVES or text[c.end : tokens[j].start] != " ":
                continue
            move_end(c, j + 1, tokens, text)
            c.type, c.display = "ORG", None

    # --- a body's name cut before its last adjective ----------------------------------------
    def _body_adjective(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
        """"[صندوق النقد] العربي"، "[الخطوط الجوية] الماليزية": a body's candidate followed, one
        space on, by a definite word that no candidate holds, ends with it when the longer name
        is a known body (marsad's lists or the KB: "صندوق النقد" is the IMF, "صندوق النقد العربي"
        another fund; a listed name of the same body keeps its actor, "حركة الشباب الصومالية"),
        or when the body is linked to no actor, its name of two words or more ends in a definite
        common word and the word is a country's adjective ("خفر السواحل الليبي"). A proper name with a country adjective
        ("نادي مانشستر سيتي الإنجليزي"، "جرونجن الهولندي") keeps its name: the adjective only
        describes it."""
        starts = {c.tok_start for c in cands}
        for c in cands:
            j = c.tok_end
            if c.type != "ORG" or j >= len(tokens) or j in starts or text[c.end : tokens[j].start] != " ":
                continue
            tok = tokens[j]
            if not tok.is_word or not tok.key.startswith("ال") or tok.key == "ال":
                continue
            longer = text[c.start : tok.end]
            actors = [a for a in self.kb.lookup(alias_key(longer)) if a.type == "ORG"]
            # a one-word name and its adjective in the lists ("العين الإماراتي") is the same club
            listed = self.body_names.get(phrase_key(longer)) if j - c.tok_start >= 2 else None
            last = tokens[j - 1].key
            # a name of common words ("الخطوط الجوية"), not a paper's ("صحيفة الإندبندنت البريطانية")
            # nor a one-word club ("العين الإماراتي"), which the adjective only describes
            described = c.actor is None and j - c.tok_start >= 2 and last.startswith("ال") \
                and (last in self.words.common or last[2:] in self.words.common) \
                and self.kb.demonym(tok.key) is not None
            if not actors and listed is None and not described \
                    or c.actor is not None and any(a.id == c.actor.id for a in actors):
                continue  # nothing longer known, or the same body the adjective only describes
            if c.actor is not None and c.actor.kind == "sports_club" and actors \
                    and all(a.kind == "sports_club" for a in actors):
                continue  # a club the KB also lists with its country's adjective: the same club
            same = c.actor is not None and not actors and listed is not None \
                and listed in {c.actor.name_en, *c.actor.aliases_en}
            move_end(c, j + 1, tokens, text, relink=False)
            if not same:
                c.actor = actors[0] if actors else None

    # --- unnamed sources ------------------------------------------------------------------
    def _unnamed_opener(self, c: NameCandidate, tokens: list[Token]) -> bool:
        """A tagged name, no known actor, whose first word is "مسؤول", "مصدر", "مصادر" (with a
        clitic or the article): an unnamed source described, not named."""
        return c.source == "ner" and c.actor is None and c.type in ("PER", "ORG") \
            and reads_as(tokens[c.tok_start], self.unnamed)

    # --- a verb of saying tagged with the name after it -------------------------------------
    def _cut_opening_verb(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
        """"[رأى آل جعثم]" tagged as a body: a tagged name, no known actor, that opens with a verb
        of saying (no other word: "بين" is also "between") begins after it; what is left is a person
        when a person's name found here ends with the same words ("حسين آل جعثم")."""
        persons = [text[c.start : c.end] for c in cands if c.type == "PER"]
        for c in cands:
            i = c.tok_start
            if c.source != "ner" or c.actor is not None or c.tok_end - i < 3 or tokens[i].key in self.given \
                    or not self._opening_verb(tokens[i]):
                continue
            c.start, c.tok_start = tokens[i + 1].start, i + 1
            rest = text[c.start : c.end]
            c.key = alias_key(rest)
            if any(p != rest and p.endswith(" " + rest) for p in persons):
                c.type = "PER"

    def _opening_verb(self, tok: Token) -> bool:
        """A verb of saying opening a tagged name: one that is no other word, or one joined to "و"
        ("ورأى": "رأى" alone may be the noun "رأي"); not after "ف", which opens names ("فيرون" is
        no "ف" + "يرون")."""
        if clitic_reading(tok, self.plain_verbs, _OPENING_VERB_CLITICS) is not None:
            return True
        found = clitic_reading(tok, self.verbs, _OPENING_VERB_CLITICS)
        return found is not None and found[0] > 0

    # --- a person tagged with the noun before the name ------------------------------------
    def _person_after_noun(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
        """"[المواطن أحمد آل هلال]" tagged as a body: a tagged name, no known actor, that opens
        with a noun for a person and then a given name is that person, from the given name on."""
        for c in cands:
            i = c.tok_start
            if c.source != "ner" or c.actor is not None or c.tok_end - i < 3 \
                    or content_key(tokens[i]) not in self.person_nouns and tokens[i].key not in self.person_nouns:
                continue
            given = tokens[i + 1]
            if given.key not in self.given or given.key.startswith("ال"):
                continue
            c.start, c.tok_start, c.type = given.start, i + 1, "PER"
            c.key = alias_key(text[c.start : c.end])

    # --- a description after a dash ---------------------------------------------------------
    @staticmethod
    def _cut_dash_description(cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
        """"[فهد الخنيفر -مشرف]": a person's name ends before a dash with a space before it and
        the next word right after it, which opens who the person is ("-موظف متقاعد-"); a name's own
        hyphen has no space ("ماري-كوليت") or one on both sides ("دوجلاس - فيرهيرست")."""
        for c in cands:
            if c.type != "PER" or c.actor is not None:
                continue
            for k in range(c.tok_start + 1, c.tok_end):
                tok = tokens[k]
                if not tok.text.startswith(_DASHES) or text[tok.start - 1] != " " \
                        or text[tok.start + 1 : tok.start + 2] in (" ", ""):
                    continue  # "دوجلاس - فيرهيرست": a dash set apart on both sides joins a double name
                j = k
                while j > c.tok_start and not tokens[j - 1].is_word:
                    j -= 1
                if j - c.tok_start >= 2:
                    move_end(c, j, tokens, text)  # (a person linked to no actor)
                break

    # --- ب read as a clitic inside a name --------------------------------------------------
    def _join_clitic_splits(self, cands: list[NameCandidate], tokens: list[Token],
                            text: str) -> list[NameCandidate]:
        """"[روجر] ب[رايس]": a person right after another, its word cut after a ب, is the first
        person's surname ("برايس"); the two are one name over the whole word. Not a known person
        whom the article names without the ب too: "كارتر بنتنياهو" is Carter with Netanyahu."""
        ends = {c.tok_end: c for c in cands if c.type == "PER" and c.actor is None}
        if not ends:
            return cands
        bare_words: set[str] | None = None  # the document's words, gathered only when a join is in sight
        gone: list[NameCandidate] = []
        for c in cands:
            if c.type != "PER" or c.tok_start not in ends:
                continue
            prev = ends[c.tok_start]
            tok = tokens[c.tok_start]
            if prev is c or c.start - tok.start != 1 or tok.key[:1] != "ب" or tok.start - tokens[c.tok_start - 1].end > 1:
                continue
            if c.actor is not None:
                if bare_words is None:
                    bare_words = {t.key for t in tokens if t.is_word}
                if c.key in bare_words:
                    continue
            prev.tok_end, prev.end = c.tok_end, c.end
            prev.key = alias_key(text[prev.start : prev.end])
            gone.append(c)
            ends.pop(c.tok_start)
            ends[prev.tok_end] = prev
        return [c for c in cands if all(c is not g for g in gone)]

    # --- lineage chains after an honorific ------------------------------------------------
    def _chain_end(self, tokens: list[Token], i: int) -> int:
        """The token after "W بن X [بن Y ...] [آل Z | family name]" starting at i, or i."""
        j, links = i + 1, 0
        while j + 1 < len(tokens) and links < _MAX_CHAIN and tokens[j].key in PATRONYMIC \
                and self._lineage_word(tokens[j + 1]):
            j, links = j + 2, links + 1
            if tokens[j - 1].key in _COMPOUND_HEADS and j < len(tokens) and tokens[j].is_word \
                    and tokens[j].start - tokens[j - 1].end <= 1:
                j += 1  # "بن عبد الله", "بن أبو بكر": the father's name is two words
        if links == 0:
            return i
        if j + 1 < len(tokens) and tokens[j].key == FAMILY_WORD and tokens[j + 1].is_word:
            return j + 2  # "آل سعود"
        if j < len(tokens) and tokens[j].start - tokens[j - 1].end <= 1 and self._family_word(tokens[j]):
            return j + 1  # "الحكمي"
        return j

    def _lineage_word(self, tok: Token) -> bool:
        """A father's name after "بن": a word without the article, a feminine or plural ending, a
        pronoun; names are often ordinary words ("ولي", "فهد")."""
        key = tok.key
        return tok.is_word and len(key) >= 2 and not key.startswith("ال") and not tok.text.endswith(("ة", "ات")) \
            and key not in self.verbs and key not in HONORIFICS and key not in TITLE_HEADS

    def _family_word(self, tok: Token) -> bool:
        """A definite family name after a lineage ("الحكمي", "العتيبي"): a relational word no
        country's adjective, or a word the finder takes as a name."""
        key = tok.key
        if not tok.is_word or not key.startswith("ال") or self.kb.demonym(key) is not None:
            return False
        return key.endswith("ي") and len(key) >= 5 or self.words.name_like(tok)

    def _lineage_chains(self, cands: list[NameCandidate], tokens: list[Token],
                        text: str) -> list[NameCandidate]:
        """"الأمير تركي بن محمد بن فهد": after an honorific, a word and its lineage are a person;
        person fragments inside the chain the finders left ("[علي بن] ولي بن [علي الحكمي]")
        give way to it; a known person's name inside it stays."""
        added: list[NameCandidate] = []
        last = len(tokens) - 2
        starts = [k - 1 for k in indices_where(tokens, self._patronymic_forms, _is_patronymic) if 2 <= k <= last
                  and clitic_reading(tokens[k - 2], HONORIFICS, CLITIC_RUNS)]
        if not starts:
            return cands
        for i in starts:
            tok = tokens[i]
            if not self._lineage_word(tok) or tok.start - tokens[i - 1].end > 1:
                continue
            j = self._chain_end(tokens, i)
            if j <= i + 2:
                continue
            inside = [c for c in cands if c.tok_start < j and i < c.tok_end]
            if any(c.actor is not None or c.type != "PER" or c.tok_start < i or c.tok_end > j for c in inside):
                continue  # a known person, a body, or a name going on past the chain: left as it is
            if len(inside) == 1 and inside[0].tok_start == i and inside[0].tok_end == j:
                continue
            cands = [c for c in cands if all(c is not k for k in inside)]
            start, end = tok.start, tokens[j - 1].end
            added.append(NameCandidate(start, end, i, j, "PER", alias_key(text[start:end]), None, "lineage"))
        # "وبيَّن الشليل": the family name that closes a lineage alone again (a given name closing
        # it, "بن فهد", may be another person's: "الأمير فهد")
        families = [c for c in added if tokens[c.tok_end - 1].key.startswith("ال")]
        return with_added(cands, added + self._repeats(families, tokens, claimed(cands) | claimed(added)))

    def _repeats(self, named: list[NameCandidate], tokens: list[Token], taken: set[int]) -> list[NameCandidate]:
        """The surnames of the persons `named` here alone again after a verb of saying or a title
        ("وأكد صولماز أن"), as the finder adds them for the names it found itself (surname_repeats.py)."""
        if not named:
            return []
        return [r for r in add_surname_repeats(named, tokens, self.words) if r.source == "repeat" and r.tok_start not in taken]

    # --- a given name left out before a name ----------------------------------------------
    def _speaker_slot(self, tok: Token) -> bool:
        """Does `tok` end a description before a name: a title, an honorific, a person noun
        ("المواطن" is a title head), or a verb of saying ("وقال")?"""
        return self._person_word(tok) or self._is_verb(tok)

    def _person_word(self, tok: Token) -> bool:
        """A title, an honorific or a noun for a person, with the article or without, in the
        feminine too ("منسقة" as "منسق", "المواطن"); kept per word form."""
        known = self._person_forms.get(tok.text)
        if known is None:
            known = remember(self._person_forms, tok.text, self._person_form(tok), FORMS_KEPT)
        return known

    def _person_form(self, tok: Token) -> bool:
        """`_person_word`, computed."""
        forms = {tok.key, content_key(tok)}
        forms |= {f.removeprefix("ال") for f in forms}
        forms |= {f.removesuffix("ه") for f in forms}
        return any(f in HONORIFICS or f in TITLE_HEADS or f in self.person_nouns or "ال" + f in self.person_nouns
                   for f in forms)

    def _given_before(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
        """"المواطن هادي [حسن مسعود]": a person whose word before is a given name, itself right
        after a title, a verb of saying or a body's name (the end of a title phrase), begins at the
        given name."""
        taken = claimed(cands)
        body_ends = {c.tok_end for c in cands if c.type in ("ORG", "LOC")}
        for c in cands:
            i = c.tok_start
            if c.type != "PER" or c.actor is not None or i < 2 or i - 1 in taken \
                    or c.start != tokens[i].start:
                continue
            given, before = tokens[i - 1], tokens[i - 2]
            if not given.is_word or given.key.startswith("ال") \
                    or tokens[i].start - given.end > 1 or given.start - before.end > 1:
                continue
            if given.key not in self.given and not (
                    self._person_word(before) and self._unknown_given(given) and c.tok_end - i >= 2
                    and not tokens[i].key.startswith(("ال", "و"))):
                continue  # "المواطن هادي [حسن مسعود]": after a person noun, a word no lexicon knows
                # too, before a name of two words or more that opens with no article or "و"
            if given.key in self.verbs or given.key in HONORIFICS or given.text.endswith("ى") \
                    or not (self._speaker_slot(before) or i - 1 in body_ends and given.key not in WORD_GIVEN_NAMES):
                continue  # after a body's name ("لحركة الجهاد الإسلامي نافذ عزام"), a given name no word;
                # "على" is the preposition, not "علي"
            c.start, c.tok_start = given.start, i - 1
            c.key = alias_key(text[c.start : c.end])
            taken.add(i - 1)

    def _unknown_given(self, tok: Token) -> bool:
        """A word no lexicon knows that may be a given name (no ordinary word, verb, title, place or
        body, plural or feminine noun: `_apposed_word`), and none that may carry a clitic
        ("بإعدام" after "طالب" the verb, not the student), nor a rank's qualifier written without
        its article ("اللواء ركن فلان": "الركن")."""
        return len(tok.splits) == 1 and "ال" + tok.key not in HONORIFICS and self._apposed_word(tok) \
            and self.words.name_like(tok)

    # --- a name in apposition after a title -------------------------------------------------
    def _apposed_names(self, cands: list[NameCandidate], tokens: list[Token],
                       text: str) -> list[NameCandidate]:
        """"وأوضح النائب العام للمدينة، رمضان صولماز، أن": two or three name words between a comma
        and a comma (or "أن"), after a title phrase that a verb of saying opens, with no person named
        in that phrase, are the name of the title's holder."""
        taken = claimed(cands)
        persons = {k for c in cands if c.type == "PER" for k in range(c.tok_start, c.tok_end)}
        added: list[NameCandidate] = []
        last = len(tokens) - 4
        for p in indices_where(tokens, self._comma_forms, _is_comma):  # the commas, found in one pass
            if p > last:
                continue
            q = next((k for k in range(p + 2, min(p + 5, len(tokens)))
                      if tokens[k].text in _COMMAS or tokens[k].key in _AFTER_APPOSED), None)
            if q is None or q - p - 1 not in (2, 3):
                continue
            # the words first (most commas have no name after them), then what was found there
            if not all(self._apposed_word(tokens[k]) for k in range(p + 1, q)) \
                    or not self.words.name_like(tokens[q - 1]) or not self._titled_subject(tokens, p, persons):
                continue
            inside = [c for c in cands if c.tok_start < q and p + 1 < c.tok_end]
            if any(c.source != "ner" or c.actor is not None or c.tok_start <= p or c.tok_end > q for c in inside) \
                    or any(k in taken for k in range(p + 1, q) if not any(c.tok_start <= k < c.tok_end for c in inside)):
                continue  # "كونثيبثيون [دانكاوسا]" tagged a place: an unknown tagged word may give way
            start, end = tokens[p + 1].start, tokens[q - 1].end
            if len(inside) == 1 and inside[0].type == "PER" and inside[0].start == start and inside[0].end == end:
                continue
            cands = [c for c in cands if all(c is not k for k in inside)]
            added.append(NameCandidate(start, end, p + 1, q, "PER", alias_key(text[start:end]), None, "apposed"))
            taken.update(range(p + 1, q))
        return with_added(cands, added + self._repeats(added, tokens, taken))

    def _apposed_word(self, tok: Token) -> bool:
        """A word of a name between commas: no article, no feminine or plural ending, no verb, no
        title, no country adjective, no place or body the KB knows (its text decides it: kept
        per word form)."""
        known = self._apposed_forms.get(tok.text)
        if known is None:
            known = remember(self._apposed_forms, tok.text, self._apposed_form(tok), FORMS_KEPT)
        return known

    def _apposed_form(self, tok: Token) -> bool:
        """`_apposed_word`, computed."""
        key = tok.key
        if not tok.is_word or len(key) < 3 or key.startswith(("ال", "وال", "لل", "بال")) \
                or tok.text.endswith(("ة", "ات")) or key in self.verbs:
            return False
        if key.endswith(("ون", "ين")) and key[:-2] in self.words.common:
            return False  # a plural ("مهندسون"); a foreign name may end so ("ويلسون")
        if self._person_word(tok) or key in self.unnamed or self.kb.demonym(key) is not None \
                or self._is_verb(tok):
            return False  # "عامل آسيوي": a noun for a person; "وبين": a verb of saying with its و
        return all(a.type == "PER" for a in self.kb.lookup(key))

    def _titled_subject(self, tokens: list[Token], p: int, persons: set[int]) -> bool:
        """Is the phrase before the comma at p a title phrase right after a verb of saying, in the
        same sentence, with no name of a person or a number in it?"""
        for k in range(p - 1, max(-1, p - _SUBJECT_REACH), -1):
            tok = tokens[k]
            if tok.text in _SENTENCE_END or tok.text in _COMMAS or tok.kind == "num":
                return False
            if self._is_verb(tok) and tok.is_word:
                return k + 1 < p and self._person_word(tokens[k + 1]) \
                    and not any(j in persons for j in range(k + 1, p))
        return False

    def _is_verb(self, tok: Token) -> bool:
        form = (tok.kind, tok.text)
        known = self._verb_forms.get(form)
        if known is None:
            known = remember(self._verb_forms, form, clitic_reading(tok, self.verbs, _VERB_CLITICS) is not None,
                             FORMS_KEPT)
        return known

    # --- unknown name words at the subject of a verb of saying ---------------------------
    def _subject_names(self, cands: list[NameCandidate], tokens: list[Token],
                       text: str) -> list[NameCandidate]:
        """"وقال تيمو سواريلا، المحلل في ..." / "وقالت أديكو بانجي مديرة ...": two or three words
        no lexicon knows (no ordinary word, place, body, title, verb), right after a verb of
        saying that is no other word ("بين" is also "between"), and then who the person is (a comma and a title or person noun, a title, "الذي")
        are a person's name the tagger and the given-name lists missed (a foreign name spelt in
        Arabic)."""
        taken = claimed(cands)
        added: list[NameCandidate] = []
        # asked of every word: answered once per word form
        last = len(tokens) - 4
        for v in indices_where(tokens, self._plain_verb_forms, self._plain_verb):
            if v > last:
                break
            if v + 1 in taken:
                continue
            quoted = self._quoted_subject(tokens, v, taken)
            if quoted is not None:  # "وأكد «مفرح الشهراني» أن": the name the writer set in marks
                i, j = quoted
                start, end = tokens[i].start, tokens[j - 1].end
                added.append(NameCandidate(start, end, i, j, "PER", alias_key(text[start:end]), None, "subject"))
                taken.update(range(i, j))
                continue
            titled = self._person_word(tokens[v + 1]) and tokens[v + 1].key not in HONORIFICS_ONLY_WORDS
            i = j = v + 2 if titled else v + 1
            while j < len(tokens) and j - i < 3 and j not in taken and tokens[j].start - tokens[j - 1].end == 1 \
                    and self._apposed_word(tokens[j]) and self.words.name_like(tokens[j]):
                j += 1
            if j - i < 2 or j >= len(tokens) or not self._who_follows(tokens, j, titled):
                j = self._family_name_run(tokens, i, taken)  # "أكد جديع القحطاني رئيس اللجنة"
                if j == i or j >= len(tokens) or not self._description_follows(tokens, j):
                    found = self._after_title_phrase(tokens, v, taken) if titled else None
                    if found is None:
                        continue
                    i, j = found
            start, end = tokens[i].start, tokens[j - 1].end
            added.append(NameCandidate(start, end, i, j, "PER", alias_key(text[start:end]), None, "subject"))
            taken.update(range(i, j))
        return with_added(cands, added + self._repeats(added, tokens, taken))

    def _after_title_phrase(self, tokens: list[Token], v: int, taken: set[int]) -> tuple[int, int] | None:
        """"وأثنى الزائر للفعاليات فلان الفلاني بما"، "وأكد مفوض الشرطة في ولاية X فلان فلان الهجمات":
        the subject of a verb of saying is a title phrase (a person noun, then its definite
        complements, prepositions and the places or bodies found in it) and then the holder's
        name: a given or unknown word and a definite family name, or two or three words no
        lexicon knows, ended by what follows a subject (a comma, what opens the statement, a
        preposition, a definite word). The name's tokens (start, end), or None."""
        for k in range(v + 2, min(v + 2 + _TITLE_PHRASE_REACH, len(tokens) - 1)):
            if tokens[k].start - tokens[k - 1].end != 1:
                return None
            if k > v + 2 and k not in taken:
                found = self._holder_name(tokens, k, taken)
                if found is not None:
                    return found
            if not self._title_phrase_word(tokens, k, taken):
                return None
        return None

    def _holder_name(self, tokens: list[Token], k: int, taken: set[int]) -> tuple[int, int] | None:
        """The name that opens at k after a title phrase (`_after_title_phrase`), or None."""
        j = self._family_name_run(tokens, k, taken)
        if j == k and self._plain_given(tokens, k, taken):
            j = k + 2  # "الزائر للمهرجان مطلق الحربي": a given name that is also a word, before a family name
        if j == k:
            while j < len(tokens) and j - k < 3 and j not in taken and (j == k or tokens[j].start - tokens[j - 1].end == 1) \
                    and self._apposed_word(tokens[j]) and self.words.name_like(tokens[j]):
                j += 1
            if j - k < 2:
                return None
        if j >= len(tokens) or j in taken or not self._ends_subject(tokens[j]):
            return None
        return k, j

    def _plain_given(self, tokens: list[Token], k: int, taken: set[int]) -> bool:
        """A word at k that is an ordinary word too ("مطلق"، "سالم") and a relational family name
        after it ("البقمي"): after a title phrase at a verb's subject they are the holder's name.
        Not a word with a feminine or plural ending, a verb, a title or a preposition."""
        if k + 1 >= len(tokens) or k + 1 in taken or tokens[k + 1].start - tokens[k].end != 1:
            return False
        given, family = tokens[k], tokens[k + 1]
        key = given.key
        return given.is_word and len(key) >= 3 and not key.startswith(("ال", "و", "ف", "ب", "ل")) \
            and not given.text.endswith(("ة", "ى", "ات")) and key not in _STATEMENT_OPENERS \
            and not self._person_word(given) and not self._is_verb(given) and key not in self.unnamed \
            and self.kb.demonym(key) is None and self._relational_family(family)

    def _relational_family(self, tok: Token) -> bool:
        """A definite family name of the relational form ("البقمي"، "الحربي"), which is often an
        adjective too: no country's adjective, title, plural, or place or body the KB knows."""
        key = tok.key
        return tok.is_word and tok.text.startswith("ال") and key.endswith("ي") and len(key) >= 5 \
            and not self._person_word(tok) and self.kb.demonym(key) is None \
            and all(a.type == "PER" for a in self.kb.lookup(key))

    def _title_phrase_word(self, tokens: list[Token], k: int, taken: set[int]) -> bool:
        """A word inside a title phrase after its head: a definite word ("الاقتصادي"،
        "للفعاليات")، a preposition of an office ("في"، "لدى"), a place or body found there, or
        another title word; never a comma, a number, a verb of saying or a sentence's end."""
        tok = tokens[k]
        if not tok.is_word or tok.start - tokens[k - 1].end != 1 or self._is_verb(tok):
            return False
        if k in taken or tok.key in _OFFICE_PREPOSITIONS or self._person_word(tok):
            return True
        if k + 1 < len(tokens) and tokens[k + 1].start - tok.end == 1 \
                and (k + 1 in taken or tokens[k + 1].key.startswith("ال")) \
                and not tok.text.endswith(("ات", "ون", "ين")):
            return True  # "في إقليم الساحل"، "في ولاية [بورنو]": a noun in construct with the word after it
        return tok.key.startswith(("ال", "لل", "بال")) and len(tok.key) > 3

    @staticmethod
    def _ends_subject(tok: Token) -> bool:
        """What may follow a speaker's name at a verb's subject: a comma, a colon, what opens the
        statement, a preposition ("في بيان"، "من بنك"، "بما"), or a definite word (the object)."""
        if tok.text in _COMMAS or tok.text == ":":
            return True
        if not tok.is_word:
            return False
        key = tok.key
        return key in _STATEMENT_OPENERS or key in _SUBJECT_PREPOSITIONS or key.startswith("ال")

    def _quoted_subject(self, tokens: list[Token], v: int, taken: set[int]) -> tuple[int, int] | None:
        """"وأكد «مفرح الشهراني» أن"، "وقال "معيض الوادعي" إن": a given name and a family name in
        quotation marks right after a verb of saying and right before what opens the statement;
        the name's tokens (start, end), or None."""
        if v + 2 >= len(tokens) or tokens[v + 1].text not in PLACE_QUOTES:
            return None
        i = v + 2
        j = self._family_name_run(tokens, i, taken)
        if j == i or j + 1 >= len(tokens) or tokens[j].text != PLACE_QUOTES[tokens[v + 1].text] \
                or tokens[j + 1].key not in _STATEMENT_OPENERS:
            return None
        return i, j

    def _family_name_run(self, tokens: list[Token], i: int, taken: set[int]) -> int:
        """"جديع القحطاني"، "عايد علي الحميدان"، "عوض القويري": one or two given or unknown words and
        then a definite family name, the way most Gulf names are written; the index after the
        family name, or i. The given names that are also ordinary words ("عوض"، "علي") need a family
        name of the relational form ("القويري"): "أكد على الالتزام" is a verb and its object."""
        j = i
        while j < len(tokens) and j - i < 2 and j not in taken and (j == i or tokens[j].start - tokens[j - 1].end == 1) \
                and self._given_word(tokens[j]):
            j += 1
        if j == i or j >= len(tokens) or j in taken or tokens[j].start - tokens[j - 1].end != 1:
            return i
        family = tokens[j]
        if not self._family_name(family):
            return i
        if not self.words.name_like(tokens[i]) and not family.key.endswith("ي"):
            return i
        return j + 1

    def _given_word(self, tok: Token) -> bool:
        """A word that may open a person's name or stand inside it before the family name: a given
        name or a word no lexicon knows; no title, verb, unnamed source, nor "على" (a preposition)."""
        key = tok.key
        if not tok.is_word or key.startswith("ال") or tok.text.endswith("ى") or key in self.unnamed \
                or self._person_word(tok) or self._is_verb(tok) or self.kb.demonym(key) is not None:
            return False
        return key in self.given and not key.startswith(("و", "ف")) or self._apposed_word(tok) and self.words.name_like(tok)

    def _family_name(self, tok: Token) -> bool:
        """A definite family name ("القحطاني"، "الحميدان"): a name-like word under the article, no
        plural or feminine noun, country adjective, title, or place or body the KB knows."""
        key = tok.key
        return tok.is_word and tok.text.startswith("ال") and len(key) >= 5 and self.words.name_like(tok) \
            and not key.endswith(("ون", "ين", "ات")) and not self._person_word(tok) \
            and self.kb.demonym(key) is None and all(a.type == "PER" for a in self.kb.lookup(key))

    def _description_follows(self, tokens: list[Token], j: int) -> bool:
        """After a name at j, who the person is: a title or person noun, after a comma or not, or
        "وهو" and one ("، وهو مسؤول"); a relative pronoun is not enough after a definite word
        ("وتشير وقائع القهر الذي": a noun and its clause)."""
        if tokens[j].text in _COMMAS and j + 1 < len(tokens):
            j += 1
        tok = tokens[j]
        if tok.key in _THIS_ONE and j + 1 < len(tokens):
            tok = tokens[j + 1]
        return tok.is_word and self._person_word(tok)

    def _plain_verb(self, tok: Token) -> bool:
        """A verb of saying that is no other word, with و or ف or none before it."""
        return tok.is_word and clitic_reading(tok, self.plain_verbs, _VERB_CLITICS) is not None

    def _who_follows(self, tokens: list[Token], j: int, titled: bool) -> bool:
        """After a name at j: a title or person noun, after a comma or not, a relative pronoun or
        "وهو"; after a title before the name ("وقال النائب إليوت إنجل إن") also a comma or what
        opens the statement."""
        tok = tokens[j]
        if titled and (tok.text in _COMMAS or tok.key in _AFTER_APPOSED):
            return True
        if tok.text in _COMMAS and j + 1 < len(tokens):
            j += 1
            tok = tokens[j]
        if tok.key in _THIS_ONE and j + 1 < len(tokens) and self._person_word(tokens[j + 1]):
            return True  # "، وهو رئيس قسم ..."
        return tok.is_word and (self._person_word(tok) or tok.key in _RELATIVES
                                and (titled or tok.key not in _THIS_ONE))
