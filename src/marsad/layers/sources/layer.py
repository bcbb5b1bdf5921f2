"""The sources layer: matching KB agencies in citing constructions, and linking every source."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache, partial

from marsad.arabic.normalize import match_key
from marsad.arabic.phrases import PhraseTable
from marsad.arabic.tokens import Token, tokenize
from marsad.document import Document, Entity, Mention, SourceRef
from marsad.layers.entities.add import add_entity
from marsad.layers.entities.dotted_names import LETTER_NAMES, dotted_on
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES, SpeechLexicon, load_speech_lexicon
from marsad.layers.sources.back_reference import back_references
from marsad.layers.sources.cameras import camera_of, picture_credit
from marsad.layers.sources.coordinated import (
    before_first_of_pair,
    coordinated_outlets,
    first_of_pair,
    past_second,
)
from marsad.layers.sources.credits import person_name_keys
from marsad.layers.sources.framing import credited, framed_by_verb, made_by, opens_a_title
from marsad.layers.sources.governing import (
    BA_PREFIXES,
    INTERVIEW_PREFIXES,
    THROUGH,
    inside_title,
    is_receive,
    obtained_by,
    opens_statement,
    possessed,
    received_copy,
    said_it_near,
    said_with_object,
    spoke_on,
    told,
)
from marsad.layers.sources.latin import agency_aliases, inside_latin_name, shouted, unlisted_acronyms
from marsad.layers.sources.namesakes import namesake_by_country, namesake_groups
from marsad.layers.sources.newsroom import AUDIENCES, newsroom_work
from marsad.layers.sources.outlets import OFFICIAL, OutletFinder
from marsad.layers.sources.placement import (
    at_paragraph_edge,
    closes_paragraph,
    completes_a_word,
    near_paragraph_start,
)
from marsad.layers.sources.quoted_names import headed_alias, headed_by, quoted_nicknames
from marsad.layers.sources.readings import ARTICLE_PREFIXES, SWALLOWED_ARTICLE, agency_readings
from marsad.layers.sources.references import bracketed_reference
from marsad.layers.sources.roles import dealt_in, named_as_employer, seen_by_correspondent
from marsad.layers.sources.talk import opens_quotation, replied, talked_to, to_correspondent
from marsad.layers.sources.words import (
    ASKED,
    CLOSING_MARKS,
    CONTACT_WORDS,
    COPY_WORDS,
    CORRESPONDENTS,
    DASHES,
    GIVEN_TO,
    MADE_BY,
    MADE_THINGS,
    MARKET_INDEXES,
    MEDIA_ROLES,
    NEWS_ADJECTIVES,
    NEWS_WORDS,
    NOT_NAME,
    OPENING_MARKS,
    OUTLET_HEADS,
    OUTLET_SUFFIXES,
    QUOTES,
    SENT_TO,
    SENTENCE_ENDS,
    TALK_WORDS,
    WEB_WORDS,
    could_not_check,
    describes_only,
    is_nisba,
    is_person_word,
    is_plural_verb,
    lone_lam,
    names_no_entity,
    outlet_head,
    past_marks,
    reported_earlier,
    reports_later,
    stem_in,
)
from marsad.lexicons import loader
from marsad.lexicons.names import given_names

WEB_HEADS = frozenset(map(match_key, ("موقع", "بموقع", "لموقع", "وموقع")))  # a website word that opens a KB name
BODY_PREFIXES = frozenset({"", "و", "ل", "ب", "ال", "وال", "لل"})  # "مجلس", "والمجلس", "لمجلس"
OWN_BODY_LOOK = 20       # tokens back from a publication's name to the body that issues it
OWN_BODY_WORDS = 5       # words of that body's name after its head ("مجلس الضمان الصحي التعاوني")
OWN_NAME_WORDS = 2       # words the publication's name must share with the body's
CITE_WINDOW = 6          # tokens between a citing word and the outlet
DATELINE_TOKENS = 8      # an agency within this many tokens of the body start may be a dateline
ABBREVIATION_DOTS = frozenset({"."})  # "أ. ف. ب" is "أ ف ب" written with dots
SAID_TO_TOKENS = 15      # tokens back from an agency to the verb or interview of the words it received
LONGER_NAME_WORDS = 2    # words after a KB name inside the marks of a longer outlet name
MOVEMENT = loader.keyed("source_words_unseen.tsv", "movement", match_key)
GOVERNED_DEFINITE = ("بال", "وبال", "لل", "ولل")  # a preposition and the article on a word ("بالزميلة")
SOURCES_OF = loader.keyed("source_words_unseen.tsv", "sources_of", match_key)
TIME_WORDS = loader.keyed("source_words_unseen.tsv", "time_word", match_key)  # "اليوم": a paper or today
LEARNED_NEWS = frozenset({match_key("علمت")})  # the one newsroom verb a paper's common-word name follows
LEARNED_WHEN = frozenset(map(match_key, ("أمس", "مؤخرا", "مؤخراً")))  # "وعلمت الحياة أمس أن"
LEARNED_TIME_WORDS = 2  # time words between the paper's name and what it learned
LEARNED_FROM = match_key("من")  # "وعلمت الحياة من مصادرها"
CITED_GAP_WORDS = 2  # adjectives of origin and time words between a cited paper's name and its words
MOVEMENT_STEPS = 4       # tokens from a noun of moving to the "لـ" before a name in marks
ASIDE_TOKENS = 40        # tokens of the asides between commas that part a verb from the agency it spoke to
RELAY_TOKENS = 10        # tokens between a verb of relaying and "عن" + the outlet relayed ("نقلت قناة «..» الرسمية عن")
RELAY_VERBS = frozenset(map(match_key, ("نقلت", "نقل", "تنقل", "ينقل")))
FROM = match_key("عن")
RELAYED_FROM = frozenset(map(match_key, ("نقلا", "نقلاً", "ونقلا", "ونقلاً")))  # "نقلا عن ..": taken from
ASIDE_COMMAS = 3         # commas opening those asides
COPY_STEPS = 3           # tokens between the copy and the preposition sending it ("نسخة منه إلى")
CONTACT_STEPS = 3        # tokens between a call word and "مع" ("في اتصال هاتفي مع رويترز", "وتحدث شهود عيان مع")
ACCORDING_TO_LAM = 3     # tokens from an according word to the "لـ" of the outlet ("حسب مصادر لـ«..»")
# "موقع الجزيرة أونلاين": a suffix that makes a paper's name another site's ("فارس نيوز" is the agency itself)
ONLINE_SUFFIXES = frozenset(map(match_key, ("أونلاين", "اونلاين")))
PARENT_WORDS = frozenset({match_key("تومسون")})  # a word before a wire's name that names its parent company
PERSON_TYPES = frozenset({"PER", "LOC"})
OUTLET_KB_IDS = ("marsad:agency/", "marsad:outlet/")
PRONOUN_ENDINGS = ("ها", "هم", "هما", "هن")  # attached pronouns: the word completes nothing after it
ACCUSATIVE_ENDINGS = ("اً", "ًا")  # the tanween of an indefinite accusative noun
PLACE_PREPOSITIONS = frozenset(map(match_key, ("في", "من", "على", "إلى")))  # as match keys ("إلى" -> "الي")
NOUN_PREFIXES = frozenset({"ل", "ب", "ول", "وب", "فل", "فب"})  # "لسوق عكاظ": a noun governed by its proclitic
NOUN_PREFIXES_OR_NONE = NOUN_PREFIXES | {""}
CHAIN_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset(map(match_key, ("عن", "حول", "مع")))  # "المسؤول عن تنظيم سوق عكاظ"
CHAIN_NOUNS = 2          # nouns of a construct chain before the noun a name completes ("على تطوير سوق عكاظ")
MIN_NOUN_CHARS = 3       # a governed noun this long at least ("لسوق"); shorter stems are particles ("لدى")
# stems of news, asking, made things and media roles, and prepositions: never a plain noun
# ... and the parts of a website ("حسب بوابة الأهرام": the paper's portal, not "ب" + a noun)
NOT_PLAIN_STEMS = NEWS_WORDS | ASKED | MADE_THINGS | CORRESPONDENTS | MEDIA_ROLES | PLACE_PREPOSITIONS | WEB_WORDS


def _start(tok: Token) -> int:
    return tok.start


def _is_word_or_number(tok: Token) -> bool:
    return tok.kind != "punct"


class SourceLayer:
    name = "sources"
    requires = ("entities",)
    assigns = ("sources", "entities")  # agencies the entity layer did not find are added as entities

    def __init__(self, kb=None, lexicon: SpeechLexicon | None = None) -> None:
        if kb is None:
            from marsad.kb import load_kb

            kb = load_kb()
        from marsad.kb import alias_key

        self.lex = lexicon or load_speech_lexicon()
        self.actors = list(kb.agencies())
        self._alias_key = alias_key
        self._demonym = kb.demonym
        # outlets that share a name ("ديلي ستار" of London and of Beirut), told apart by a demonym
        self.namesakes = namesake_groups(self.actors, alias_key)
        # every Arabic alias of the agencies and outlets, by its match key
        self.aliases: PhraseTable[object] = PhraseTable(
            agency_aliases(self.actors, alias_key), agency_readings, may_start=_is_word_or_number, skip=ABBREVIATION_DOTS)
        # an agency's name that is also a common word ("العمانية", "بنا") is a tag only in a dateline
        self.dateline_aliases: PhraseTable[object] = PhraseTable(
            ((" ".join(alias_key(alias).split()), actor) for actor in self.actors if actor.kind == "agency"
             for alias in actor.context_ar),
            agency_readings, may_start=_is_word_or_number)
        # the common word a paper or an agency is called by ("الشرق الأوسط", "الجزيرة"), every kind
        self.nicknames: PhraseTable[object] = PhraseTable(
            ((" ".join(alias_key(alias).split()), actor) for actor in self.actors for alias in actor.context_ar),
            agency_readings, may_start=_is_word_or_number)
        self.outlets = OutletFinder(self.lex, self._known)
        if not self.actors:
            self.warning = "sources: the actor KB has no agencies or outlets; only unlisted outlets are found"
        else:
            self.warning = ""

    # --- matching ------------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        if self.warning and self.warning not in doc.warnings:
            doc.warnings.append(self.warning)
        toks = doc.tokens
        text = doc.text
        body_start = doc.body_start
        body_tok = next((k for k, t in enumerate(toks) if t.start >= body_start), len(toks))
        found: list[tuple[int, int, object | None]] = []  # (start, end, actor or None)
        taken: set[int] = set()
        after = 0  # the end of the last alias: none starts inside it
        for i in self.aliases.starts_in(toks):  # the tokens that may begin an agency alias (few)
            if i < after:
                continue
            m = self.aliases.first_at(toks, i)
            if m is None:
                continue
            j = m.tok_end
            if dotted_on(toks, j):
                after = j
                continue  # "إذاعة آر.تي.إي.": the KB's "آر.تي" opens a longer dotted acronym, another outlet
            if _opens_longer_quoted_name(toks, i, j):
                after = j
                continue  # "صحيفة “ذا تايمز أوف إنديا”": the outlet word's whole quoted name, read by `outlets.py`
            if _number_opens_longer_name(toks, j) or (j < len(toks) and toks[j].key in ONLINE_SUFFIXES):
                after = j
                # "موقع 24 ساتا التركي", "موقع الجزيرة أونلاين": the KB name opens another outlet's, read by `outlets.py`
                continue
            start = m.start
            if i > 0 and toks[i - 1].key in PARENT_WORDS:
                i, start = i - 1, toks[i - 1].start  # "«تومسون رويترز»": the wire's parent company, the wire's data
            if shouted(toks, i, j) and not inside_latin_name(toks, i, j) and self._cited(doc, toks, i, j, body_tok):
                found.append((start, m.end, m.values[0]))
                taken.update(range(i, j))
            after = j
        found += self._quoted_nicknames(doc, toks, taken)
        found += self._nicknames_said_to(toks, taken)
        found += quoted_nicknames(toks, taken, self.nicknames, self.aliases, lambda t: _plain_noun(t, self.lex),
                                  lambda i, j: not _shortens_a_body(doc, toks[i].start, toks[j - 1].end)
                                  and self._cited(doc, toks, i, j, body_tok, tags=False),
                                  lambda i: self._said_here(toks, i))
        found += self._nicknames_made(toks, taken)
        found += self._nicknames_learned(toks, taken)
        found += self._nicknames_cited(doc, toks, taken)
        found += self._credit_lines(doc.text, toks, taken)
        found += self.outlets.find(text, toks, taken, lambda i: self._cited(doc, toks, i, i + 1, len(toks)),
                                   lambda start, end: _person_or_place(doc, start, end),
                                   lambda start, end: _known_body(doc, start, end),
                                   cache(lambda: person_name_keys(toks, _person_spans(doc), self.lex)),
                                   lambda start, end: _names_a_person(doc, start, end))
        found += self._datelines(doc, toks, taken, self.outlets.dashes)
        found += back_references(toks, taken | _tokens_of(toks, found), [(s, e) for s, e, _ in found], self.lex,
                                 lambda p: self.outlets.name_at(toks, p, lambda start, end: _person_or_place(doc, start, end)))
        found += unlisted_acronyms(toks, taken, self.lex, lambda start, end: _person_or_place(doc, start, end))
        paired = taken | _tokens_of(toks, found)
        whole_person_or_place = partial(_names_a_person_or_place, doc)
        found += coordinated_outlets(toks, found, paired, self._listed, whole_person_or_place,
                                     lambda keys: headed_alias(self.aliases, keys),
                                     lambda head, keys: headed_by(self.aliases, head, keys),
                                     lambda keys: next(iter(self.nicknames.get(" ".join(keys)) or ()), None))
        found += first_of_pair(toks, found, paired, self._reports_or_obtains, whole_person_or_place)
        for start, end, actor in sorted(found, key=lambda x: x[0]):
            # the token the span starts in ("للصحيفة الأمريكية": the span opens after "لل")
            first, after_end = max(0, bisect_right(toks, start, key=_start) - 1), bisect_left(toks, end, key=_start)
            name = [t for t in toks[first:after_end] if t.end <= end]
            if actor is None:  # "لـ«الوئام»" read by construction: the KB outlet of that name, if any
                actor = self._known([t.key for t in name if t.is_word])
            if actor is None and _own_publication(toks, first, name, self.lex):
                continue  # "أصدر مجلس الضمان الصحي .. مجلة «التأمين الصحي ..»": the body's own magazine
            if actor is not None:
                actor = namesake_by_country(text, end, actor, self.namesakes, self._demonym, self._alias_key)
            unnamed = actor is None and names_no_entity(name)
            if actor is None and not unnamed and describes_only(name, toks[after_end] if after_end < len(toks) else None):
                continue  # "وأشارت الصحيفة الإسبانية": no name
            entity = None if unnamed else self._link(doc, start, end, actor)
            doc.sources.append(SourceRef(entity, start, end, text[start:end]))
        return doc

    # --- citing constructions ------------------------------------------------------------
    def _cited(self, doc: Document, toks: list[Token], i: int, j: int, body_tok: int, tags: bool = True) -> bool:
        if inside_title(toks, i, j):
            return False  # "في مقاله «فكونا من الرياض»": a word of a column's title
        if i > 1 and toks[i - 1].key in WEB_WORDS and toks[i - 2].text in QUOTES:
            return False  # "«بوابة الأهرام»": the portal's whole name in marks is read by `outlets.py`
        if i > 0 and is_person_word(toks[i - 1]):
            return False  # "البروفيسور واس": a person who shares a name with an agency
        if j - i == 2 and toks[i].key in WEB_HEADS and toks[i + 1].key in NOT_NAME:
            return False  # "قصصا من «موقع الحدث»": the scene of the event, a KB site's name too
        if _official_owner(toks, i):
            return False  # "عبر القناة الرسمية للاتحاد": the owner of an official channel, a club or a body
        if i > 0 and toks[i - 1].is_word and any(stem in MARKET_INDEXES for _, stem in toks[i - 1].splits):
            return False  # "المؤشر فايننشال تايمز 100": a stock index named after a paper
        if toks[j - 1].text.endswith(ACCUSATIVE_ENDINGS):
            return False  # "قبولاً وأنساً": an indefinite noun in the accusative, never a name
        lex = self.lex
        if named_as_employer(toks, i, self._prefix(toks[i]), lex) or dealt_in(toks, i):
            return False  # "رئيس تحرير صحيفة ..", "أعلنت الشركة بيع مجموعة ..": no source
        if not self._prefix(toks[i]) and _completes_noun(doc.text, toks, i, lex, lambda k: _in_a_name(doc, toks[k])):
            return False
        if possessed(toks, i):
            return False  # "وقال .. في الشركة الأم لقناة «..»": "ل" says whose the company is
        # walk back over outlet words, quotation marks and "ما" to the governing word
        k = i - 1
        steps = 0
        with_at = -1  # "مع" seen at this step: "في اتصال هاتفي مع رويترز"
        while k >= 0 and steps < CITE_WINDOW:
            t = toks[k]
            if t.text in SENTENCE_ENDS or (t.kind == "punct" and t.text in "،,:" and steps > 0):
                break
            if lex.is_comp(t):
                break  # "وأضاف المدير أن «..» تلعب دورا": the name opens the statement, the verb's is before
            if t.is_word and (lex.is_according(t) or lex.has("cite", t, VERB_PREFIXES)) and (
                    not opens_quotation(toks, i, j)):
                return True
            cue = lex.cue(t)
            if cue is not None and t.key == THROUGH and toks[k + 1].text not in QUOTES:
                # "البرامج عبر روتانا": the preposition, not "عبّر"; `spoke_on` reads a channel. A
                # paper in marks after it carries words ("بعثوا التحية عبر «..»"), as it did before
                cue = None
            if cue is not None and "ب" in cue.np and self._governed_by_ba(toks[i]):
                cue = None  # "وأشاد الوزير بقناة ..": the verb's object, what was praised, said nothing
            if (cue is not None and cue.form in ("past", "present") or said_with_object(lex, t)) and steps <= 2 and (
                    not is_plural_verb(t)) and not opens_quotation(toks, i, j):
                return True  # "دعوا قناة ..": a plural verb never has the outlet as its subject
            if t.is_word and lex.has("interview", t, INTERVIEW_PREFIXES) and steps <= 2:
                return True
            if steps <= 1 and talked_to(toks, k):
                return True  # "وتحدث لمراسل وكالة ..", "تحدث لوكالة ..": the words went to the outlet
            if t.key == "مع":
                with_at = steps
            elif with_at >= 0 and steps - with_at <= CONTACT_STEPS and (
                    _is_contact(t) or lex.has("interview", t, frozenset({"", "و", "ف", "ب", "وب", "فب"}))
                    or (t.is_word and any(stem in TALK_WORDS for _, stem in t.splits))):
                return True  # "في مقابلة لفلان مع قناة ..", "أجرى حوارا تلفزيونيا مع محطة ..": the interview went to the outlet
            k -= 1
            steps += t.text not in QUOTES  # "وكشفت شركة “..” لوكالة ..": the marks of a name take no step
        if i > 0 and toks[i - 1].key in ASKED:
            return True  # "وردا على أسئلة وكالة ..": the agency asked
        if (b := _before_marks(toks, i)) >= 0 and toks[b].key in SOURCES_OF:
            return True  # "وتبدو مصادر رويترز أدق", "ونقلت مصادر «..» أن": the outlet's own sources
        if i > 0 and toks[i - 1].key == FROM and self._relayed(toks, i - 1):
            return True  # "ونقلت قناة «..» الرسمية عن وكالة ..": the outlet another one relayed
        if self._said_to(toks, i, j) or self._received(toks, i, j) or _sent_a_copy(toks, i, self._prefix(toks[i])):
            return True
        if newsroom_work(toks, i, j) or bracketed_reference(toks, i, j):
            return True  # "وعلمت «..» أن", "ردا على سؤال «..»": what the outlet learned or asked itself
        if reports_later(toks, past_second(toks, j), lex, doc.text,
                         toks[i - 1] if i > 0 and outlet_head(toks[i - 1]) is not None else None):
            return True  # "وكانت وكالة رويترز قد ذكرت", "وكانت شبكتا «..» و«..» قد أكدتا": after a pair's second name
        if reported_earlier(toks, i, j, lex):
            return True  # "وسبق لصحيفة الغارديان أن نشرت"
        if framed_by_verb(toks, i) or made_by(toks, i) or credited(doc.text, toks, i) or camera_of(toks, i) or (
                picture_credit(toks, i)):
            return True  # "واهتمت صحيفة «نيويورك تايمز» بـ", "استطلاع أجرته رويترز", "* خدمة «..»"
        if seen_by_correspondent(toks, i, j, self._prefix(toks[i])):
            return True  # "وشاهد مراسل لوكالة ..": what its correspondent saw
        if could_not_check(toks, i, j) or told(lex, toks, i, j) or spoke_on(lex, toks, i):
            return True  # "ولم يتسن لرويترز التحقق من ذلك": the wire wrote the copy
        return tags and self._tagged(doc, toks, i, j, body_tok)

    def _datelines(self, doc: Document, toks: list[Token], taken: set[int],
                   dashes: list[int]) -> list[tuple[int, int, object]]:
        """Agencies named by a common word, as the tag of a dateline only: after a dash among
        the first words of a paragraph and closing its line or followed by a colon or a dash
        ("مسقط - العمانية", "المنامة - بنا:"), not "أبها - فارس العسيري" (a reporter's name)."""
        out = []
        for i in (d + 1 for d in dashes if d + 1 < len(toks)):
            m = self.dateline_aliases.first_at(toks, i)
            if m is None or taken & set(range(i, m.tok_end)) or toks[i].key != toks[i].splits[0][1]:
                continue
            j = m.tok_end
            closes = j >= len(toks) or toks[j].text in DASHES + ":" or "\n" in doc.text[toks[j - 1].end : toks[j].start]
            if i > 0 and toks[i - 1].text in DASHES and closes and near_paragraph_start(doc.text, toks, i):
                out.append((m.start, m.end, m.values[0]))
                taken.update(range(i, j))
        return out

    def _quoted_nicknames(self, doc: Document, toks: list[Token], taken: set[int]) -> list[tuple[int, int, object]]:
        """An agency's name that is also a common word, in quotation marks and cited: "وبحسب
        «الفرنسية»" (Agence France-Presse), or a credit between sentences "... الأسعار. «الألمانية»".
        Bare, "الفرنسية" is an adjective; the marks make it a name."""
        out = []
        for i in self.dateline_aliases.starts_in(toks):
            if i in taken or i == 0 or toks[i - 1].text not in QUOTES:
                continue
            m = self.dateline_aliases.first_at(toks, i)
            if m is None or toks[i].key != toks[i].splits[0][1]:
                continue
            j = m.tok_end
            if _shortens_a_body(doc, m.start, m.end):
                continue  # "قال «المرصد السوري لحقوق الإنسان» .. وبحسب «المرصد»": the body named in full, not a paper
            if j < len(toks) and toks[j].text in QUOTES and not taken & set(range(i, j)) and (
                    self._cites_right_before(toks, i - 1) or self._said_to(toks, i) or camera_of(toks, i)
                    or (i > 1 and toks[i - 2].text in ".!؟?")
                    or (at_paragraph_edge(doc.text, toks, i, j) and not completes_a_word(doc.text, toks, i - 1))):
                out.append((m.start, m.end, m.values[0]))
                taken.update(range(i - 1, j + 1))
        return out

    def _cites_right_before(self, toks: list[Token], mark: int) -> bool:
        """The word right before the opening mark at `mark` cites what follows: "بحسب «..»",
        "وذكرت «..»", "وفقا لـ«..»"; "وقال الوزير «..»" is a quotation, not a source."""
        k = mark - 1
        if k >= 0 and lone_lam(toks[k]):
            k -= 1
        if k < 0 or not toks[k].is_word:
            return False
        lex = self.lex
        cue = lex.cue(toks[k])
        return (lex.is_according(toks[k]) or lex.has("cite", toks[k], VERB_PREFIXES)
                or (cue is not None and cue.form in ("past", "present") and not is_plural_verb(toks[k])))

    def _received(self, toks: list[Token], i: int, j: int) -> bool:
        """"وتلقت وكالة ... نسخة منه": the agency received the document the article reports;
        "معلومات حصلت عليها وكالة ..", "محضر اطلعت عليه «..»": what it obtained or saw."""
        if obtained_by(toks, i):
            return True  # "واطلعت عليه «رويترز»"
        b = i - 1
        while b >= 0 and toks[b].text in QUOTES:
            b -= 1
        if b > 0 and (head := outlet_head(toks[b])) is not None and head[2] == "":
            b -= 1  # "وحصلت صحيفة «..» على وثائق": the outlet word between the verb and the name
        b = before_first_of_pair(toks, b)  # "وحصلت «..» و«..» على": the second name of a pair
        # "وحصلت «..» و«..» على وثائق": what the pair obtained follows the second name
        return b >= 0 and is_receive(toks[b]) and received_copy(toks, past_second(toks, j))

    def _said_to(self, toks: list[Token], i: int, j: int | None = None) -> bool:
        """"قال ... لرويترز", "في تصريح لـ«رويترز»": the agency the words were said to; with the
        end j of its name, also past asides between commas when the words open right after the
        name ("وقال المتحدث، الذي طلب عدم نشر اسمه لأنه غير مخول بالحديث، لرويترز إن")."""
        if possessed(toks, i):
            return False  # "الشركة الأم لقناة «..»": whose it is, not who heard the words
        before = i - 1
        while before >= 0 and toks[before].text in QUOTES + "(":
            before -= 1
        # "لـ«رويترز»", "لـ(إيه بي سي)"; "يقول أحدهم لمراسل «..» في طهران": to its correspondent
        said_to = before >= 0 and (lone_lam(toks[before]) or to_correspondent(toks[before]) or (
            toks[i - 1].text == "(" and (word := outlet_head(toks[before])) is not None and word[2].endswith("ل")))  # "لمحطة (بي.بي.سي)"
        if (not said_to and before > 0 and (head := outlet_head(toks[before])) is not None and head[2] == ""
                and to_correspondent(toks[before - 1])):
            before -= 1  # "وصرح .. لمراسل وكالة بلومبيرغ": the outlet word between the correspondent and the name
            said_to = True
        if not (said_to or self._prefix(toks[i]).endswith("ل")):
            return False
        statement = before - 1 if said_to else before
        if statement >= 0 and (toks[statement].key in GIVEN_TO or replied(toks, statement)):
            return True  # "وأوضح ... في بيانه لوكالة ..", "في رد مكتوب لوكالة ..": the statement went to the agency
        opens = j is not None and (opens_statement(self.lex, toks, past_marks(toks, j)) or (
            # "لرويترز "مهمتنا ..."": a mark right after a name written without marks opens the words
            not said_to and toks[i - 1].text not in QUOTES and j + 1 < len(toks) and toks[j].text in QUOTES
            and toks[j + 1].is_word))
        # the words opening after the name ("وتقول آن .. لوكالة ..: «"), a complementiser-like word
        # before it is no statement the name is in
        if self._spoken_before(toks, i, verbs_past_comp=opens) is not None:
            return True
        if not opens:
            return False
        if before >= 0 and lone_lam(toks[before]) and self._verb_back(toks, before):
            # "وقالت فلانة التي شاركت في .. والدة الميترا لـ«رويترز» بأن": "لـ" written apart and
            # the words opening right after the name, the verb before a long subject
            return True
        if not said_to and self._verb_back(toks, i):
            return True  # "وقال فلان .. الرئيس السابق في شركة الدواء «..» لرويترز إن": "ل" glued to the name
        if any(self._spoken_before(toks, comma, verbs_past_comp=True) is not None for comma in _aside_commas(toks, statement)):
            return True
        # "وقال أحد العناصر في الميليشيا التي تقاتل «..» إلى جانب الجيش، لوكالة .. إن": a long
        # subject closed by a comma or a dash, the verb further back than the usual reach
        return statement >= 0 and toks[statement].text in "،," + DASHES and self._verb_back(toks, statement)

    def _relayed(self, toks: list[Token], k: int) -> bool:
        """A verb of relaying ("نقلت") within RELAY_TOKENS before "عن" at k, with no complementiser
        or sentence end between: what follows "عن" is where the words were taken from."""
        for m in range(k - 1, max(-1, k - 1 - RELAY_TOKENS), -1):
            t = toks[m]
            if t.text in SENTENCE_ENDS or t.text == ":" or self.lex.is_comp(t):
                return False
            if stem_in(t, RELAY_VERBS, VERB_PREFIXES):
                return True
        return False

    def _verb_back(self, toks: list[Token], k: int) -> bool:
        """A reporting verb within ASIDE_TOKENS before token k, in its sentence, with no
        complementiser or colon between."""
        lex = self.lex
        for m in range(k - 1, max(-1, k - ASIDE_TOKENS), -1):
            t = toks[m]
            if t.text in SENTENCE_ENDS or t.text == ":" or lex.is_comp(t):
                return False
            cue = lex.cue(t)
            if cue is not None and cue.form in ("past", "present") and not is_plural_verb(t):
                return True
        return False

    def _said_here(self, toks: list[Token], i: int) -> bool:
        """The name at token i, after "لـ" and a mark, received the words of its own clause: a
        statement right before ("في تصريح لـ«..»") or a verb of saying with no complementiser between."""
        statement = i - 3
        if statement >= 0 and (toks[statement].key in GIVEN_TO or replied(toks, statement)):
            return True
        if possessed(toks, i):
            return False  # "في المؤتمر الأول لـ«..»": the gathering's owner
        if any(t.key in MOVEMENT for t in toks[max(0, i - 2 - MOVEMENT_STEPS) : i - 2]):
            return False  # "انتقال “نيفيز” لـ”الجزيرة”": where the player moves, a club
        for k in range(statement, max(-1, statement - ACCORDING_TO_LAM), -1):
            if toks[k].text in SENTENCE_ENDS:
                break
            if self.lex.is_according(toks[k]):
                return True  # "وحسب مصادر لـ«..»", "حسبما عددها لـ«..»"
        return self._spoken_before(toks, i, stop_at_comp=True) is not None

    def _spoken_before(self, toks: list[Token], i: int, stop_at_comp: bool = False,
                       verbs_past_comp: bool = False) -> str | None:
        """"verb" or "interview" when a reporting verb or an interview word comes a few words
        before token i in its sentence (and, with `stop_at_comp`, no complementiser between), else None.
        A verb past a complementiser counts only with `verbs_past_comp`: otherwise the name is in
        the words that verb said ("وأوضح أن المتابع لقناة .. يلاحظ")."""
        lex = self.lex
        lo = i - 1
        in_words = False  # a complementiser passed: a verb further back said the words the name is in
        while lo >= 0 and i - lo <= SAID_TO_TOKENS and toks[lo].text not in SENTENCE_ENDS:
            if toks[lo].text == ":" or stop_at_comp and lex.is_comp(toks[lo]):
                # "وقال اللاعب: أتمنى اللعب لـ«..»", "وأضاف: «أفضل طريقة لفاينانشال تايمز أن ..»":
                # the words opened before the name, which is in them, not their recipient
                return None
            in_words = in_words or (not verbs_past_comp and lex.is_comp(toks[lo]))
            cue = lex.cue(toks[lo])
            if (cue is not None and cue.form in ("past", "present", "participle") or said_it_near(lex, toks, lo, i)) and (
                    not in_words):  # "وأوضح فلان أن المتابع لقناة .. يلاحظ": the channel is in what he said
                return "verb"
            if lex.has("interview", toks[lo], INTERVIEW_PREFIXES):
                return "interview"
            lo -= 1
        return None

    def _nicknames_said_to(self, toks: list[Token], taken: set[int]) -> list[tuple[int, int, object]]:
        """A paper called by a common word ("الشرق الأوسط", "الجزيرة") after a "ل" that swallowed
        its article, which received a statement: "وقال مصدر أمني للشرق الأوسط إن ..", "بحسب حديث
        المهندس .. للجزيرة.", or cited by an according word before a mark ("وفقا للألمانية."). Without
        these the words are common ones ("وقدم الشكر للجزيرة العربية")."""
        out = []
        for i in self.nicknames.starts_in(toks):
            tok = toks[i]
            if i in taken or not any(tok.key[: len(tok.key) - len(stem)] in SWALLOWED_ARTICLE for _, stem in tok.splits):
                continue
            if i > 0 and any(stem in MADE_THINGS for _, stem in toks[i - 1].splits):
                continue  # "قال استطلاع للرأي بأن": a poll of opinion, not the paper "الرأي"
            if _official_owner(toks, i):
                continue  # "أعلن عبر القناة الرسمية للاتحاد أن": the club that owns the channel
            m = self.nicknames.first_at(toks, i)
            if m is None or taken & set(range(i, m.tok_end)) or m.key in AUDIENCES:
                continue  # "أن تقول للعالم إنها": the world, not the paper
            k = m.tok_end + (m.tok_end < len(toks) and toks[m.tok_end].text in "،,")
            spoken = self._spoken_before(toks, i, stop_at_comp=True)
            opens = k < len(toks) and (self.lex.is_comp(toks[k]) or toks[k].text == ":")  # not a mark: «.. للعالم»
            ends = k >= len(toks) or toks[k].text in SENTENCE_ENDS
            according = i > 0 and self.lex.is_according(toks[i - 1]) and (k >= len(toks) or toks[k].kind == "punct")
            if according or (spoken is not None and (opens or (ends and spoken == "interview"))):
                out.append((m.start, m.end, m.values[0]))
                taken.update(range(i, m.tok_end))
        return out

    def _nicknames_made(self, toks: list[Token], taken: set[int]) -> list[tuple[int, int, object]]:
        """A paper called by a common word as the maker of a report or a poll right before it ("وفق
        تقرير نشرته الاقتصادية.", "في استطلاع أجرته الحياة"): the made thing and the verb of making
        with its pronoun make the word the paper's name ("صور نشرتها الوزارة" names no paper)."""
        out = []
        for i in self.nicknames.starts_in(toks):
            if i in taken or toks[i].key != toks[i].splits[0][1] or not self._made_by_verb(toks, i):
                continue
            m = self.nicknames.first_at(toks, i)
            if m is None or taken & set(range(i, m.tok_end)):
                continue
            if toks[i].key in TIME_WORDS and m.tok_end < len(toks) and toks[m.tok_end].is_word:
                continue  # "مقابلة نشرتها اليوم صحف محلية": the time of the making, its subject after it
            out.append((m.start, m.end, m.values[0]))
            taken.update(range(i, m.tok_end))
        return out

    def _nicknames_learned(self, toks: list[Token], taken: set[int]) -> list[tuple[int, int, object]]:
        """A paper called by a common word right after "علمت" and before what it learned, from
        whom or when ("وعلمت الحياة من مصادر أن", "علمت المدينة أن", "وعلمت الرياض اليوم أن"): the
        paper learned the news; a common word there is what someone else knew ("علمت الأسرة بالخبر")."""
        out = []
        for i in self.nicknames.starts_in(toks):
            if i == 0 or i in taken or toks[i].key != toks[i].splits[0][1]:
                continue
            if not stem_in(toks[i - 1], LEARNED_NEWS, VERB_PREFIXES):
                continue
            m = self.nicknames.first_at(toks, i)
            if m is None or taken & set(range(i, m.tok_end)):
                continue
            k = m.tok_end
            while k < len(toks) and k - m.tok_end < LEARNED_TIME_WORDS and toks[k].key in TIME_WORDS | LEARNED_WHEN:
                k += 1  # "وعلمت «..» اليوم أن", "علمت الحياة أمس من"
            if k < len(toks) and (self.lex.is_comp(toks[k]) or toks[k].key == LEARNED_FROM):
                out.append((m.start, m.end, m.values[0]))
                taken.update(range(i, m.tok_end))
        return out

    def _nicknames_cited(self, doc: Document, toks: list[Token], taken: set[int]) -> list[tuple[int, int, object]]:
        """A paper called by a common word right after a feminine verb of saying or citing, the
        words opening after it ("وذكرت الحياة أن", "وقالت الشرق الأوسط إن", "ونقلت الحياة اللندنية
        عن مصادر"): a feminine verb makes the word a paper ("ذكر الاتحاد": the federation), and a
        place the text names so is a government that spoke ("وأكدت الرياض أن")."""
        out = []
        for i in self.nicknames.starts_in(toks):
            if i == 0 or i in taken or toks[i].key != toks[i].splits[0][1]:
                continue
            cue = self.lex.cue(toks[i - 1])
            if cue is None or cue.gender != "f" or cue.form not in ("past", "present") or "ambig" in cue.flags:
                continue
            m = self.nicknames.first_at(toks, i)
            if m is None or taken & set(range(i, m.tok_end)) or _person_or_place(doc, m.start, m.end) or (
                    _shortens_a_body(doc, m.start, m.end)):
                continue
            k = m.tok_end
            while k < len(toks) and k - m.tok_end < CITED_GAP_WORDS and (
                    is_nisba(toks[k], definite=True) or toks[k].key in TIME_WORDS | LEARNED_WHEN):
                k += 1  # "ونقلت الحياة اللندنية عن", "وذكرت الحياة اليوم أن"
            if k < len(toks) and (self.lex.is_comp(toks[k]) or toks[k].key == FROM and self._relayed(toks, i)):
                out.append((m.start, m.end, m.values[0]))
                taken.update(range(i, m.tok_end))
        return out

    def _credit_lines(self, text: str, toks: list[Token], taken: set[int]) -> list[tuple[int, int, object]]:
        """A paragraph that is only "نقلا عن" and a paper called by a common word ("نقلا عن الجزيرة"
        closing an article): the credit of a piece taken from that paper."""
        out = []
        for i in self.nicknames.starts_in(toks):
            if i < 2 or i in taken or toks[i].key != toks[i].splits[0][1]:
                continue
            if not (toks[i - 1].key == FROM and toks[i - 2].key in RELAYED_FROM):
                continue
            m = self.nicknames.first_at(toks, i)
            if m is None or taken & set(range(i, m.tok_end)):
                continue
            line_start = text.rfind("\n", 0, toks[i - 2].start) + 1
            line_end = text.find("\n", m.end)
            line_end = len(text) if line_end < 0 else line_end
            if text[line_start : toks[i - 2].start].strip() or text[m.end : line_end].strip(" .:)-"):
                continue  # "قال نقلا عن الجزيرة إن ..": inside a sentence the word may be the island
            out.append((m.start, m.end, m.values[0]))
            taken.update(range(i, m.tok_end))
        return out

    @staticmethod
    def _made_by_verb(toks: list[Token], i: int) -> bool:
        """A verb of making with its pronoun right before token i ("نشرته", "أجرتها") and what was
        made a few words before it ("تقرير", "استطلاع"); not the made thing in construct with the
        word ("استطلاعات الرأي", "تقرير اليوم"), which common words complete as often as papers."""
        k = i - 1
        while k >= 0 and toks[k].text in QUOTES:
            k -= 1
        return k > 0 and toks[k].key in MADE_BY and any(
            t.is_word and any(stem in MADE_THINGS for _, stem in t.splits) for t in toks[max(0, k - COPY_STEPS - 2) : k])

    def _tagged(self, doc: Document, toks: list[Token], i: int, j: int, body_tok: int) -> bool:
        """An agency code standing as a tag: a dateline ("الرياض - واس", "واس- جدة:"), a code in
        brackets or quotation marks between sentences or closing a paragraph ("(أ ف ب)",
        "... الأسعار. «رويترز»"), or the bare last word of a paragraph ("... م واس")."""
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j] if j < len(toks) else None
        enclosed = prev is not None and nxt is not None and prev.text in OPENING_MARKS and nxt.text in CLOSING_MARKS
        # "بكين - (د.ب.أ):": a dash before the code in brackets is the dateline's too
        dash_before = prev is not None and (prev.text in DASHES or (
            prev.text in OPENING_MARKS and i > 1 and toks[i - 2].text in DASHES))
        # "«هافينغتون بوست ـ عربي»": a dash after a name opened by a mark is inside the name
        dashed = dash_before or (nxt is not None and nxt.text in DASHES + ":" and not (
            prev is not None and prev.text in OPENING_MARKS and prev.end == toks[i].start))
        # "دخلت صحيفة «..» في", "المحرر بالزميلة «..»": the name completes a word before it, a
        # preposition and the article on that word ("بالزميلة"), not a dateline's place
        named = i > 1 and enclosed and (outlet_head(toks[i - 2]) is not None or toks[i - 2].key.startswith(GOVERNED_DEFINITE))
        if i >= body_tok and i - body_tok < DATELINE_TOKENS and (enclosed or dashed) and not named:
            return True
        if dashed and near_paragraph_start(doc.text, toks, i):
            return True
        if enclosed or (prev is not None and prev.text in DASHES):
            # a name in quotation marks right after a word ends its sentence as a noun of it
            # ("وأخبار «..».") rather than as a tag ("... الأسعار. «رويترز»", "... (رويترز)")
            in_sentence = (prev is not None and prev.text in QUOTES and i > 1 and toks[i - 2].kind == "word"
                           and (outlet_head(toks[i - 2]) is None  # "* مجلة «..»" credits the magazine
                                or (i > 2 and toks[i - 3].kind == "word")))  # "محررة لقسم الإعلام في صحيفة «..»"
            if not in_sentence and at_paragraph_edge(doc.text, toks, i, j) and not opens_a_title(doc.text, toks, i, j):
                return True
            before = i - 2
            return enclosed and before >= 0 and toks[before].text in ".!؟?"  # ".«واس» حضر الحفل"
        return closes_paragraph(doc.text, toks, i, j)

    def _reports_or_obtains(self, tok: Token) -> bool:
        """A verb whose subject, an outlet, is a source: "ذكرت", "قالت", "حصلت", "اطلعت"."""
        if not tok.is_word or is_plural_verb(tok):
            return False
        cue = self.lex.cue(tok)
        return (is_receive(tok) or self.lex.has("cite", tok, VERB_PREFIXES)
                or (cue is not None and cue.form == "past"))

    def _listed(self, keys: list[str]):
        """The KB agency or outlet whose Arabic name the match keys spell, with or without the
        article, or an agency's name that is a word in context; not an outlet's common-word name
        ("الجزيرة" without its outlet word)."""
        for variant in (keys, ["ال" + keys[0], *keys[1:]], [keys[0].removeprefix("ال"), *keys[1:]]):
            actors = self.aliases.get(" ".join(variant))
            if actors:
                return actors[0]
        # "الأناضول ودوغان": joined to a cited agency, "ووفقا لـ«الألمانية»": found by construction,
        # the name an agency is called by in context is a name too
        actors = self.dateline_aliases.get(" ".join(keys))
        return actors[0] if actors else None

    def _known(self, keys: list[str]):
        """The KB outlet a name found by its outlet word turns out to be ("ميرور" = "الميرور"),
        by the match keys of its words."""
        if not keys:
            return None
        actor = self._listed(keys)
        # "قناة «العربية»": a common word the KB lists only with its outlet word ("قناة العربية")
        return actor if actor is not None else headed_alias(self.aliases, keys)

    def _governed_by_ba(self, tok: Token) -> bool:
        """The outlet's first token carries "ب" ("بقناة", "بصحيفة الحياة", "وبرويترز"): the
        complement of a verb that takes "ب" before it, neither its subject nor the words' hearer."""
        head = outlet_head(tok)
        return (head[2] if head is not None else self._prefix(tok)) in BA_PREFIXES

    def _prefix(self, tok: Token) -> str:
        """The proclitics the matched reading of an agency token strips ("لرويترز" -> "ل")."""
        key = tok.key
        for _, stem in tok.splits:
            prefix = key[: len(key) - len(stem)]
            if self.aliases.begins(stem):
                return ARTICLE_PREFIXES.get(prefix, prefix) if stem in LETTER_NAMES else prefix
            if prefix in SWALLOWED_ARTICLE and self.aliases.begins("ال" + stem):
                return SWALLOWED_ARTICLE[prefix]
        return ""

    # --- linking -------------------------------------------------------------------------
    def _link(self, doc: Document, start: int, end: int, actor) -> str | None:
        """The id of the entity for this source; creates it (or a mention) when missing."""
        text = doc.text[start:end]
        if actor is not None and actor.id in self.namesakes:
            namesakes = {a.id for a in self.namesakes[actor.id]} - {actor.id}
            for ent in doc.entities:
                if ent.kb in namesakes and [(m.start, m.end) for m in ent.mentions] == [(start, end)]:
                    # "الديلي ستار، اللبنانية": the entity layer read the bare name; the demonym after it decides
                    ent.kb, ent.name_en = actor.id, actor.name_en
        for ent in doc.entities:
            if actor is not None and ent.kb == actor.id:
                if not any(m.start < end and start < m.end for m in ent.mentions):
                    ent.mentions.append(Mention(start, end, text, "name"))
                    ent.mentions.sort(key=lambda m: m.start)
                return ent.id
        for ent in doc.entities:
            if ent.type != "ORG" and ent.kb is None and [(m.start, m.end) for m in ent.mentions] == [(start, end)]:
                ent.type = "ORG"  # "صحيفة «حرييت»": the tagger's person or place is the outlet
                if actor is not None:  # "لـ«الوئام»": and the KB's outlet of that name
                    ent.kb, ent.name_en = actor.id, ent.name_en or actor.name_en
                return ent.id
            if actor is None and ent.kb is not None and ent.kb.startswith(OUTLET_KB_IDS) and all(
                    start <= m.start and m.end <= end and _adds_a_name(doc.text, m, start, end) for m in ent.mentions):
                continue  # "صحيفة “ذا تايمز أوف إنديا”": a longer name than the KB outlet's inside it, another outlet
            if ent.type == "ORG" and any(m.start <= start and end <= m.end or start <= m.start and m.end <= end
                                         for m in ent.mentions):
                if actor is not None and ent.kb is None and all(_names_only(doc.text, m, start, end) for m in ent.mentions):
                    # "بحسب صحيفة الماركا": the tagger's organisation is the KB outlet; its English name
                    # lets the outlet be told apart from a namesake and found under another spelling
                    ent.kb, ent.name_en = actor.id, ent.name_en or actor.name_en
                return ent.id
        mention = Mention(start, end, text, "name")
        if actor is not None:
            return add_entity(doc, "ORG", actor.name_ar, [mention], name_en=actor.name_en, kb=actor.id).id
        return add_entity(doc, "ORG", _name_after_word(doc, start, end) or text, [mention]).id


# papers, channels and sites; an agency keeps its word ("وكالة مأرب": a place's name without it)
NAMED_BY_WORD = frozenset(map(match_key, ("صحيفة", "جريدة", "مجلة", "قناة", "موقع", "شبكة")))


def _name_after_word(doc: Document, start: int, end: int) -> str | None:
    """"صحيفة الميدان المصرية" -> "الميدان", "قناة الرسالة الفضائية" -> "الرسالة": the name of an outlet the KB does
    not list, without the outlet word its source span opens with and the adjectives after it, which a
    reader leaves out as often as not ("الميرور" for "صحيفة الميرور"): the entity's name, the span
    its mention. None when the span opens with no such word, or the words after it are a
    description rather than a name ("قناة الجيش الإسرائيلي")."""
    first = max(0, bisect_right(doc.tokens, start, key=_start) - 1)  # "لقناة ..": the span opens after the "ل"
    name = [t for t in doc.tokens[first:] if t.end <= end]
    head = outlet_head(name[0]) if name else None
    if len(name) < 2 or head is None or head[1] not in NAMED_BY_WORD or not name[1].is_word or name[1].key in NEWS_WORDS:
        return None
    rest = name[1:]
    while len(rest) > 1 and (is_nisba(rest[-1], definite=True) or rest[-1].key in NEWS_ADJECTIVES):
        rest = rest[:-1]  # "قناة الفجر الفضائية", "صحيفة الميدان المصرية": its adjectives are no name
    if len(rest) > 1 and all(t.key.startswith("ال") for t in rest):
        return None  # "قناة الجيش الإسرائيلي": the head belongs to a descriptive name
    return doc.text[rest[0].start : rest[-1].end]


def _official_owner(toks: list[Token], i: int) -> bool:
    """Token i, after "لـ", names the owner of an official channel or site right before it ("القناة
    الرسمية للاتحاد", "الموقع الرسمي للهلال"): a club or a body sharing a paper's name, no source."""
    return (i > 1 and toks[i].key.startswith("ل") and toks[i - 1].key in OFFICIAL
            and outlet_head(toks[i - 2]) is not None)


def _in_a_name(doc: Document, tok: Token) -> bool:
    """The entity layer read the token as (part of) a name: "فايننشال" in "فايننشال تايمز"."""
    return any(m.start <= tok.start and tok.end <= m.end for ent in doc.entities for m in ent.mentions)


def _completes_noun(text: str, toks: list[Token], i: int, lex: SpeechLexicon,
                    in_a_name: Callable[[int], bool] = lambda k: False) -> bool:
    """"قال مدير المهرجان في سوق عكاظ", "وأكد أن سوق عكاظ ..", "المدير التنفيذي لسوق عكاظ": a name
    without a proclitic right after a plain noun completes that noun (a market, a street, a festival
    named like an outlet) when the noun follows a preposition or a complementiser or carries a
    preposition itself: the noun is a complement, so the verb before it has its own subject. An outlet
    word, a report, a poll or a correspondent there keeps the name a source ("في تقرير رويترز", "أن
    مراسل رويترز", "لتقرير رويترز"), and so does a line break: a title ending "... في سطور" completes
    nothing in the dateline "أ ف ب - سيدني" under it."""
    if i < 1:
        return False
    noun = toks[i - 1]
    if "\n" in text[noun.end : toks[i].start] or not _plain_noun(noun, lex):
        return False
    if any(noun.key[: len(noun.key) - len(stem)] in NOUN_PREFIXES and len(stem) >= MIN_NOUN_CHARS
           and not stem.startswith("ال") for _, stem in noun.splits):
        return True  # "لسوق عكاظ", "بجادة عكاظ"
    if noun.key.startswith("ال") or i < 2:
        return False
    before = toks[i - 2]
    # "ذكرت «سوق عكاظ» ..": a noun opening the quoted name makes the whole of it one name;
    # "وأوضحت أمانة سوق عكاظ أن": a chain of nouns, the first one's "ة" showing it is no verb ("خبراء
    # استطلعت رويترز آراءهم" has a verb there), and the name completes the last of them; a word with
    # a pronoun attached governs no name ("لحصيلة أعدتها وكالة ..": a verb and its object)
    return (before.key in PLACE_PREPOSITIONS or lex.is_comp(before) or before.text in QUOTES
            or (before.text.endswith("ة") and _plain_noun(before, lex) and len(noun.key.strip("ـ")) >= MIN_NOUN_CHARS
                and not noun.text.endswith(PRONOUN_ENDINGS) and noun.key not in MADE_BY)
            # "في فايننشال تايمز رويترز": a name before the name is no chain of common nouns
            or (_chain_noun(noun, lex) and not in_a_name(i - 1) and not in_a_name(i - 2)
                and _governed_chain(toks, i - 2, lex)))


def _governed_chain(toks: list[Token], k: int, lex: SpeechLexicon) -> bool:
    """"المشرف على تطوير سوق عكاظ", "دار نشر باسم سوق عكاظ": the noun before the name's noun
    heads a chain of nouns that a preposition governs (a word before it, or its own proclitic);
    the chain is a complement, and the name completes its last noun. A word that may be a
    feminine past verb ("خبراء استطلعت رويترز آراءهم") or carries a pronoun breaks the chain."""
    for m in range(k, max(-1, k - CHAIN_NOUNS), -1):
        tok = toks[m]
        if tok.key in CHAIN_PREPOSITIONS:
            return m < k  # at least one noun of the chain between the preposition and the name's noun
        if not _chain_noun(tok, lex):
            return False
        if any(tok.key[: len(tok.key) - len(stem)] in NOUN_PREFIXES and len(stem) >= MIN_NOUN_CHARS
               and not stem.startswith("ال") for _, stem in tok.splits):
            return True  # "باسم سوق عكاظ": the chain's first noun carries its preposition
    return False


def _chain_noun(tok: Token, lex: SpeechLexicon) -> bool:
    """A plain noun that may stand in a construct chain: not what may be a feminine past verb
    ("استطلعت"), a word with a pronoun, a verb of making, or a short particle."""
    return (_plain_noun(tok, lex) and not tok.key.endswith("ت") and not tok.text.endswith(PRONOUN_ENDINGS)
            and tok.key not in MADE_BY and len(tok.key.strip("ـ")) >= MIN_NOUN_CHARS)


def _plain_noun(tok: Token, lex: SpeechLexicon) -> bool:
    """A word that may head a construct ("سوق", "جادة"): no verb, particle, outlet word or word of
    reporting, polling, interviewing, asking or reporting for an outlet, with any proclitic."""
    stems = {stem for _, stem in tok.splits}
    return (tok.is_word and outlet_head(tok) is None and lex.cue(tok) is None
            and not lex.has("speech_noun", tok, NOUN_PREFIXES_OR_NONE)
            and not lex.has("interview", tok, NOUN_PREFIXES_OR_NONE)
            and not lex.is_according(tok) and not lex.is_comp(tok) and not lex.is_stop(tok)
            and stems.isdisjoint(NOT_PLAIN_STEMS))


def _names_only(text: str, mention: Mention, start: int, end: int) -> bool:
    """The mention lies within the source's span, or adds to it only the outlet word before it
    ("صحيفة الغارديان" for "الغارديان"): it names the same outlet and nothing more."""
    if start <= mention.start and mention.end <= end:
        return True
    if mention.end != end or mention.start > start:
        return False
    extra = text[mention.start : start].strip(" " + QUOTES)
    return " " not in extra and match_key(extra) in OUTLET_HEADS


def _opens_longer_quoted_name(toks: list[Token], i: int, j: int) -> bool:
    """The KB name at tokens i..j opens a longer name in quotation marks after an outlet word ("صحيفة
    “ذا تايمز أوف إنديا”", "محطة “سي إن إن تورك”"): another outlet, the marks closing a word or two
    later with no conjunction between."""
    if i < 2 or toks[i - 1].text not in QUOTES or outlet_head(toks[i - 2]) is None:
        return False
    for k in range(j, min(j + LONGER_NAME_WORDS + 1, len(toks))):
        t = toks[k]
        if t.text in QUOTES:
            return k > j
        if not t.is_word or t.key.startswith(("و", "لل")) or t.key in NEWS_WORDS or is_nisba(t, definite=True):
            return False  # "“رويترز للأنباء”", "“نيويورك تايمز الأمريكية”": the KB outlet and its description
    return False


def _number_opens_longer_name(toks: list[Token], j: int) -> bool:
    """A KB name ending in a number ("موقع 24") followed by one more bare word and the adjective
    that ends an outlet's name ("موقع 24 ساتا التركي"): the number opens another outlet's name."""
    return (j + 1 < len(toks) and toks[j - 1].text.isdigit() and toks[j].is_word and not toks[j].key.startswith("ال")
            and not toks[j].text.isdigit() and is_nisba(toks[j + 1], definite=True))


def _aside_commas(toks: list[Token], k: int) -> list[int]:
    """The commas that open the asides ending with a comma at token k, nearest first (at most
    ASIDE_COMMAS of them, within ASIDE_TOKENS and the sentence); none when token k is no comma."""
    if k < 0 or toks[k].text not in "،,":
        return []
    out = []
    for m in range(k - 1, max(-1, k - ASIDE_TOKENS), -1):
        if toks[m].text in SENTENCE_ENDS or len(out) >= ASIDE_COMMAS:
            break
        if toks[m].text in "،,":
            out.append(m)
    return out


def _adds_a_name(text: str, mention: Mention, start: int, end: int) -> bool:
    """The span adds to the mention inside it words that make another name ("ذا تايمز" + "أوف
    إنديا"), not an outlet's usual last word or adjectives ("إيه بي سي" + "نيوز", "وكالة الأنباء
    اليمنية" + "الرسمية": the same outlet)."""
    extra = tokenize(text[start : mention.start] + " " + text[mention.end : end])
    return any(t.is_word and t.key not in OUTLET_SUFFIXES and t.key not in NEWS_ADJECTIVES
               and not is_nisba(t, definite=True) for t in extra)


def _sent_a_copy(toks: list[Token], i: int, prefix: str) -> bool:
    """"بيان وصلت نسخة منه إلى ..", "أرسل نسخة منها لـ..": the agency a copy went to."""
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    if k < 0 or not (toks[k].key in SENT_TO or lone_lam(toks[k]) or prefix.endswith("ل")):
        return False
    return any(t.key in COPY_WORDS for t in toks[max(0, k - COPY_STEPS) : k])


def _is_contact(tok: Token) -> bool:
    return tok.is_word and any(stem in CONTACT_WORDS for _, stem in tok.splits)


def _tokens_of(toks: list[Token], found: list[tuple[int, int, object | None]]) -> set[int]:
    """The indices of the tokens the spans found so far cover, with the outlet word before each."""
    out: set[int] = set()
    for start, end, _ in found:
        first, after = bisect_left(toks, start, key=_start), bisect_left(toks, end, key=_start)
        out.update(range(max(0, first - 1), after))
    return out


def _known_body(doc: Document, start: int, end: int) -> bool:
    """The span overlaps an entity of the KB that is no outlet ("موقع أرامكو": the company's site),
    or an organisation the tagger found ("موقع ويكيليكس": the body's own site, which publishes leaks
    rather than news), when it spans the whole name: a part of the name it tagged ("شبكة فوكس بيزنس",
    "فوكس" alone) is a transliterated name misread, as a person or a place it found may be."""
    return any(ent.kb is not None and not ent.kb.startswith(OUTLET_KB_IDS)
               and any(m.start < end and start < m.end for m in ent.mentions)
               or ent.kb is None and ent.type == "ORG" and any(m.start <= start and end <= m.end for m in ent.mentions)
               for ent in doc.entities)


def _shortens_a_body(doc: Document, start: int, end: int) -> bool:
    """The paper's common-word name at start..end opens the longer name of a body that is no outlet
    elsewhere in the document ("المرصد" after "المرصد السوري لحقوق الإنسان"): the short form
    the article uses for that body, not the paper that shares its first word."""
    words = [match_key(w) for w in doc.text[start:end].split()]
    for ent in doc.entities:
        if ent.type != "ORG" or (ent.kb is not None and ent.kb.startswith(OUTLET_KB_IDS)):
            continue
        for m in ent.mentions:
            name = [match_key(w) for w in doc.text[m.start : m.end].split()]
            if len(name) > len(words) and name[: len(words)] == words and not (m.start <= start < m.end):
                return True
    return False


def _own_publication(toks: list[Token], first: int, name: list[Token], lex: SpeechLexicon) -> bool:
    """An unlisted outlet whose name repeats the words of a body named just before it ("أصدر مجلس
    الضمان الصحي التعاوني العدد الأول من مجلة «التأمين الصحي التعاوني»"): the body's own
    magazine or bulletin, which reports the body's work, not a source the article cites. At
    least two of the name's words, and half of them, must come from the body's name."""
    words = {t.key for t in name if t.is_word and len(t.text) > 1}
    if len(words) < OWN_NAME_WORDS:
        return False
    for h in range(first - 1, max(-1, first - OWN_BODY_LOOK), -1):
        tok = toks[h]
        if tok.text in SENTENCE_ENDS:
            return False
        if lex.has("org_head", tok, BODY_PREFIXES) and outlet_head(tok) is None:
            body = {t.key for t in toks[h + 1 : min(h + 1 + OWN_BODY_WORDS, first)] if t.is_word}
            shared = len(words & body)
            if shared >= OWN_NAME_WORDS and 2 * shared >= len(words):
                return True
    return False


def _names_a_person(doc: Document, start: int, end: int) -> bool:
    """The span of two words or more is a person's name: the entity layer found a person there, or
    it opens with a given name ("داود الشريان"). One word alone may be a paper's name the tagger took
    for a person."""
    words = doc.text[start:end].split()
    if len(words) < 2:
        return False
    return match_key(words[0]) in given_names() or any(
        ent.type == "PER" and ent.kb is None and any(m.start <= start and end <= m.end for m in ent.mentions)
        for ent in doc.entities)


def _person_spans(doc: Document) -> list[tuple[int, int]]:
    """Where the entity layer found persons."""
    return [(m.start, m.end) for ent in doc.entities if ent.type == "PER" for m in ent.mentions]


def _names_a_person_or_place(doc: Document, start: int, end: int) -> bool:
    """The whole span is a person, a place or a known body that is not an outlet: "و«حماس»", not
    "و«تايوان نيوز»", whose first word alone is a place."""
    return any(_no_outlet(ent) and any(m.start <= start and end <= m.end for m in ent.mentions)
               for ent in doc.entities)


def _person_or_place(doc: Document, start: int, end: int) -> bool:
    """The span overlaps a person or place, or a known body that is not an outlet."""
    return any(_no_outlet(ent) and any(m.start < end and start < m.end for m in ent.mentions)
               for ent in doc.entities)


def _no_outlet(ent: Entity) -> bool:
    """A person, a place or a KB entry that is no agency or outlet."""
    return ent.type in PERSON_TYPES or (ent.kb is not None and not ent.kb.startswith(OUTLET_KB_IDS))


def _before_marks(toks: list[Token], i: int) -> int:
    """The index of the token before token i, quotation marks passed over (-1 at the start)."""
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    return k
