"""Who said each statement, once the statements are found: the speakers the cue left open, the
learned choice among every candidate, and the agencies the words came through (`via`).

The rules fill what the cue did not say: a pro-drop verb ("وأضاف") takes the previous speaker or
the sentence's actor, a report ("وأوضح التقرير") speaks for the body that issued it, an unnamed
spokesman ("متحدث باسم X") for his body. Then `SpeakerRanker` (a small learned model) chooses
among that proposal, the actors named around the cue, the previous speakers and nobody.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import CONJUNCTIONS
from marsad.document import Document, SpeakerRef
from marsad.layers.dates.tense import verb_shaped
from marsad.layers.events.protest_subjects import QAD as QAD_WORDS
from marsad.layers.quotes.acting_countries import fronted_country
from marsad.layers.quotes.apposed_names import apposed_name, subject_of_opening_clause
from marsad.layers.quotes.attribution import PARAGRAPHS_BACK, TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.body_kinds import body_of_kind
from marsad.layers.quotes.clause_ends import TURN_FROM, TURN_PHRASES
from marsad.layers.quotes.cue_speaker import first_person, interviewee
from marsad.layers.quotes.described_previous import previous_speaker_described
from marsad.layers.quotes.described_speakers import DOCUMENT_PREFIXES, UNLINKED_NAME_WORDS, DescribedSpeakers
from marsad.layers.quotes.description_names import ALI, NISBA_ENDING
from marsad.layers.quotes.generic_bodies import body_again
from marsad.layers.quotes.honorific_agreement import honorific_clash, pronoun_holders
from marsad.layers.quotes.honorific_subjects import honorific_subject
from marsad.layers.quotes.issuers import SINGULAR_RELATIVES, IssuerFinder
from marsad.layers.quotes.opening_subjects import described_opening_subject, title_opening_subject
from marsad.layers.quotes.own_subjects import keeps_own_subject, title_over_its_body
from marsad.layers.quotes.pair_parties import first_of_pair
from marsad.layers.quotes.patterns import VERB_NOUN_ENDINGS, QuoteCandidate
from marsad.layers.quotes.pp_genitives import named_only_inside_phrases
from marsad.layers.quotes.preverbal_subjects import description_before_cue
from marsad.layers.quotes.relative_subjects import CLAUSE_PUNCTUATION, RelativeAntecedents
from marsad.layers.quotes.reporters import byline_reporters
from marsad.layers.quotes.researchers import researchers_body
from marsad.layers.quotes.source_again import source_described_again
from marsad.layers.quotes.speaker_gender import PersonGenders
from marsad.layers.quotes.speaker_ranker import (
    SpeakerOption,
    SpeakerRanker,
    group_entity,
    option_key,
    speaks_for_no_one,
    unnamed_source,
)
from marsad.layers.quotes.speaker_window import feminine_past, governing_places
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.quotes.title_agreement import (
    bare_title_head,
    describes_someone_else,
    title_of_someone_named,
)
from marsad.layers.quotes.title_apposition import holder_in_apposition
from marsad.layers.quotes.topic_fronts import topic_fronted
from marsad.layers.quotes.unnamed_sources import (
    agent_of_described_noun,
    unnamed_after_opening_verb,
    unnamed_in_sentence,
)
from marsad.layers.quotes.voiced_by import voice_of
from marsad.lexicons.loader import table, words

WIRE_DATELINE_CHARS = 40  # an agency this close to the body start is the article's dateline
CLITIC_CONJUNCTIONS = frozenset({"", *CONJUNCTIONS})
AUXILIARY_SUBJECT_TOKENS = 12  # "وكان X قد أعلن": the words of the subject between them
STANCE = "stance"  # reporting_verbs.tsv flag: "أبدت فلانة سعادتها" is a clause of its own verb
PLURAL_PARTICIPLE_ENDINGS = ("ين", "ون", "ات")  # match keys: "مؤكدين"، "مؤكدون"، "مؤكدات"; dual "ين" too
PLURAL_PAST_ENDINGS = ("وا", "ا")     # "قالوا"، "أكدوا"; the dual "قالا" (a lemma ending in alif is singular)
PLURAL_PRESENT_ENDINGS = ("ون", "ان")  # "يؤكدون"، "يقولان"
RELAYED_FROM = "عن"  # "نقلت الصحيفة عن فلان": the one named after it is no subject of the verb
OBJECT_SUFFIXES = ("ها", "نا")  # "أعلنها": a singular verb with its object pronoun
CLAUSE_CONJUNCTIONS = CONJUNCTIONS  # a verb joined to the one before it ("وتفاعل"، "فكتب")
# "وقد وجه فلان": the particle only a verb follows (match keys), whatever the verb's shape; the
# events layer's QAD ("قد"، "لقد") and "قد" joined to "و"
QAD_PARTICLES = QAD_WORDS | {"و" + match_key("قد")}
CLAUSE_OPENERS = frozenset({"ثم", "كما", "بينما", "فيما"}) | QAD_PARTICLES  # match keys of words opening a clause
CLAUSE_SUBJECT_TOKENS = 3  # "وتفاعل الدكتور فلان": tokens between a verb and its subject's start
TITLE_SUBJECT_TOKENS = 8   # "وجه قائد حرس الحدود بمنطقة X اللواء فلان": a title's words before the name
VERB_MIN_CHARS = 3         # "وقال": a conjunction and a verb; "فرع"، "وفد" are words of their own
PREPOSITION_PROCLITICS = ("ب", "ل", "ك")  # "بقرار X" after a comma is a phrase, not a clause
QAD = "قد"                 # "وكان X قد أعلن": the particle closing the subject of "كان"
DESCRIPTION_HEADS = ("title", "org_head", "honorific", "outlet", "document", "time")
EXISTENTIALS = frozenset({"هناك", "هنالك"})  # match keys of "there (is)"
DESCRIBED_SUBJECT_WORDS = 3  # "زوج المعلمة المتوفاة": the longest plain description read before "قد"
FRONTED_PHRASE_TOKENS = 4  # "من جهة أخرى،"، "وفي هذا السياق،": words of a phrase fronted before the verb
# "مساعد"، "نائب"، "وكيل": a word that opens a title chain before the title it is subordinate to
# ("مساعد الرئيس التنفيذي فلان"; match keys)
SUBORDINATE_TITLES = frozenset(match_key(w) for w in words("actors/title_words.tsv", "subordinate"))
FRONTED_SUBJECT_TOKENS = 10  # "لكن الناطق الرسمي باسم الرئاسة، فلان": tokens before the named subject
# "سموه"، "معاليه": pronouns that stand for a person already named (match keys)
HONORIFIC_PRONOUNS = frozenset(match_key(pronoun) for pronoun, _ in table("honorific_pronouns.tsv", 2))
LIST_MARKS = frozenset({":", ")", "("})  # "آراء بعض الساسة: 1) فلان": the sentence turns to others
HAPPINESS = frozenset({"سعادته", "سعادتها"})  # match keys: "وأبدى سعادته بـ" is his joy, no honorific subject
WRITTEN_WORKS = ("document", "poll", "findings", "work")  # speech_cues.tsv kinds: a book's words are its author's
CARRIED_PARAGRAPHS = 8     # paragraphs opened by subjectless verbs that a speaker may be carried through

Trace = Callable[[Document, QuoteCandidate, list[SpeakerOption]], None]


RIGHT_AFTER_CHARS = 6  # "»، " and the like between a statement and a participle going on with it


class SpeakerResolver:
    """Built once per quote layer; `resolve(finder, candidates)` per document."""

    def __init__(self, lex: SpeechLexicon, ranker: SpeakerRanker, trace: Trace | None = None) -> None:
        self.lex = lex
        self.ranker = ranker
        self.trace = trace
        self.issuers = IssuerFinder(lex, self._constructed_ref)
        self.relatives = RelativeAntecedents(lex, self._constructed_ref)
        self.described = DescribedSpeakers(lex, self.issuers, self._constructed_ref,
                                           lambda sp: (sp.start, sp.end) in self._constructed)
        # spans of one document named by a construction (a body behind "باسم", the subject before
        # "الذي قال" or after "وكان"): unlinked, yet names; the ranker is told so
        self._constructed: set[tuple[int, int]] = set()
        # statements of one document whose source is unnamed ("قال مصدر أمني إن"), by id: stored
        # with no speaker, yet the one a continuation ("مشيرا"، "وأضاف") goes on with (GUIDE.md)
        self._unnamed: dict[int, SpeakerRef] = {}
        # spans of one document read off the words as the subject of the clause a reporting word
        # goes on with ("كشف فلان، وزير X، عن ...، معلنا") or stands in ("لكن الوزير قال"): as
        # explicit as a subject the cue grammar finds, though no entity or cue names them
        self._clause_subjects: set[tuple[int, int]] = set()
        # positions of the statements a document made inside a relative clause ("بيان الجامعة الذي أشار")
        self._embedded: set[int] = set()

    def _wire_agencies(self, finder: SpeakerFinder) -> list[str]:
        """Agencies credited for the whole article: a dateline or an agency code closing the text."""
        doc = finder.doc
        body = doc.body_start
        first_line_end = doc.text.find("\n", body)
        first_line_end = len(doc.text) if first_line_end < 0 else first_line_end
        out = []
        for s in doc.sources:
            if s.entity is None:
                continue
            dateline = s.start - body < WIRE_DATELINE_CHARS and s.end <= first_line_end
            closing = len(doc.text.rstrip(" .)\n")) - s.end <= 2
            if dateline or closing:
                out.append(s.entity)
        return list(dict.fromkeys(out))

    def resolve(self, finder: SpeakerFinder, cands: list[QuoteCandidate]) -> None:
        """Speakers left open (the previous speaker, the sentence's actor, the body behind a report),
        the learned choice among the candidates, and the agencies each statement came through."""
        cands.sort(key=lambda c: (c.pos, c.start))
        done: list[QuoteCandidate] = []
        self._constructed = set()
        self._unnamed = {}
        self._clause_subjects = set()
        self._embedded = set()
        self._pair_given: set[int] = set()  # id() of the statements "وأكد الجانبان" gave to the first party
        sources = [(s.start, s.entity) for s in finder.doc.sources if s.entity]
        wire = self._wire_agencies(finder)
        genders = PersonGenders(finder)
        reporters = byline_reporters(finder)
        for c in cands:
            inherited = False
            explicit = c.resolved
            fronted = None if c.resolved else fronted_country(finder, c, governing_places(), finder.in_pp)
            if fronted is not None:
                c.speaker, explicit = finder.ref(fronted), True  # "إندونيسيا تعلن أن"
            elif not c.resolved:
                c.speaker, inherited = self._prodrop(finder, c, done)
                if inherited and c.speaker is not None and c.gender != "f" and self._place(finder, c.speaker) \
                        and not (done and id(done[-1]) in self._pair_given and self._plural_cue(finder, c)):
                    # a country speaks through feminine verbs ("وقالت"): "يؤكدون" goes on with no country;
                    # "وشددا" goes on with the two sides of "وأكد البلدان", given to the first of them
                    c.speaker, inherited = None, False
                explicit = c.speaker is not None and (c.speaker.start, c.speaker.end) in self._clause_subjects
            if c.speaker is not None and (holder := holder_in_apposition(finder, c.speaker)) is not None:
                # "وأوضح رئيس اللجنة، الإعلامي فلان، أن": the holder named in apposition, of the title's gender
                genders.titled(holder.entity, finder.toks[finder.tok_at(c.speaker.start)])
                c.speaker = holder
            if c.speaker is not None and c.speaker.entity is None:
                c.speaker = self._actor(finder, c.speaker)
            read = c.speaker
            if c.speaker is not None and c.speaker.entity is None:
                c.speaker = self.described.named_holder(finder, c.speaker) \
                    or self.described.document_author(finder, c.speaker, done, c.gender)
            if c.speaker is not None and c.speaker.entity is None:
                # "وقالت الشركة" after "شركة «إيه أند بي»": the body of that kind named before;
                # "وأشار الباحثون" (the verb's own subject, not one a pro-drop verb took over)
                # after "باحثون من جامعة X": that university
                c.speaker = body_again(finder, c.speaker) or body_of_kind(finder, c.speaker) \
                    or (None if inherited else researchers_body(finder, c.speaker)) or c.speaker
            if c.speaker is not None:
                # "الأمانة العامة لمنظمة X"، "بيان وزعه مكتب البرنامج": an office speaks for its body
                body = finder.body_of_unit(c.speaker.start) or finder.body_of_office(c.speaker.entity)
                if body is not None:
                    c.speaker = SpeakerRef(body.id, c.speaker.start, c.speaker.end, c.speaker.text)
            again = source_described_again(finder, c.speaker, lambda: self._sources(done)) \
                if c.speaker is not None and not inherited else None
            unnamed = c.speaker if c.speaker is not None \
                and (c.speaker.entity is None or group_entity(finder, c.speaker)) \
                and unnamed_source(finder, c.speaker) else None
            if self.ranker.ready or self.trace is not None:
                previous = [d.speaker for d in done if d.speaker is not None]
                constructed = c.speaker is not None and (c.speaker.start, c.speaker.end) in self._constructed
                # "قال استطلاع للرأي ... وفي الاستطلاع الذي أجرته مؤسسة X": the body the rules read as
                # a document's issuer where it was introduced is who speaks; the learned choice knows
                # nothing of documents. Not words read on after the verb's subject in its own
                # sentence ("وطالب تقرير المنظمات السلطات بوقف ..." names the verb's object)
                issuer = constructed and c.speaker is not read and self._document_word(finder, read) \
                    and (read.start <= c.speaker.start and c.speaker.end <= read.end
                         or finder.sent_of(c.speaker.start) != finder.sent_of(c.pos)
                         or self._issued_by(finder, read.start, c.speaker.start))
                options = self.ranker.options(finder, c, c.speaker, explicit, inherited, previous, constructed)
                if c.gender != "f":
                    # a country speaks through feminine verbs only ("وقالت"، "مشيرة"): "وأقر"، "يؤكدون"
                    # are someone else's, whichever country spoke before
                    options = [o for o in options if o.ref is None or o.ref is c.speaker or not self._place(finder, o.ref)]
                if c.gender is not None and self._agreement_binds(finder, c) and not any(d.start <= c.pos < d.end for d in done):
                    # "وأضافت" goes on with no man, "مؤكدا" with no woman the article has told of, and
                    # "أعلنت الهيئة" is said by no man (a verb inside someone's words, "هناك دراسات
                    # تشير إلى", agrees with its own subject)
                    own = c.speaker.entity if explicit and c.speaker is not None else None  # the verb's subject stays
                    options = [o for o in options if o.ref is None or o.ref.entity == own
                               or not genders.disagrees(o.ref.entity, c.gender)]
                holders = pronoun_holders(finder, c.cue_tok)
                if holders:
                    # "وعبّر سموه" is no minister's ("معالي وزير ..."), whoever spoke last
                    options = [o for o in options if o.ref is None or not honorific_clash(finder, holders, o.ref.entity)]
                if not explicit and not inherited and c.speaker is None and c.cue_tok is not None \
                        and c.cue_tok == finder.sent_tok_range(finder.sent_of(c.pos))[0] and finder.sent_of(c.pos) > 0:
                    # "وقدموا الشكر لحكومة خادم الحرمين الشريفين الملك فلان. وأكد أن": a name the
                    # sentence before holds only inside a phrase is no one the verb goes on with
                    before = finder.sents[finder.sent_of(c.pos) - 1].start
                    spoke = {p.entity for p in previous}
                    options = [o for o in options if o.ref is None or o.ref.entity is None or o.ref.entity in spoke
                               or not named_only_inside_phrases(finder, o.ref.entity, before, c.pos)]
                if self._writer_speaks(finder, c, done):
                    # "وأنا أقول له إن"، "في النهاية أقول:": the writer speaks in the first person, not
                    # an actor the article only names; someone whose words it gave before may go on
                    # ("قائلا: ... ولكني أقول لهم"، an interview: "أكد فلان لـ«الصحيفة» ... وأعود وأقول")
                    spoke_before = {d.speaker.entity for d in done if d.speaker is not None}
                    options = [o for o in options if o.ref is None or o.ref.entity in spoke_before]
                if reporters:
                    # "فلان- سبق- الرياض:": the byline's reporter wrote the story and said none of it
                    options = [o for o in options if o.ref is None or o.ref.entity not in reporters]
                if self.trace is not None:
                    self.trace(finder.doc, c, options)
                best = self.ranker.choose(options)
                if best is not None and best.ref is None and explicit:
                    # "وشدد المسؤول التركي" right after the Turkish spokesman's words: he again
                    best = previous_speaker_described(finder, c, c.speaker, options, done[-1] if done else None) or best
                if best is not None and not (best.ref is None and constructed) and not issuer \
                        and not (explicit and keeps_own_subject(finder, c, c.speaker, best.ref)) \
                        and not (explicit and title_over_its_body(finder, c.speaker, best.ref)) \
                        and not (explicit and self._same_words_again(finder, c.speaker, best.ref, options, previous)):
                    # None: the statement's source is not named. A body the rules named by a
                    # construction ("وكانت الرابطة الوطنية لـ... أعلنت") is named, whatever the
                    # ranker learned of unlinked spans; so is a name the verb has for its own
                    # subject ("وقالت إدارة معلومات الطاقة"، "وقال الضامن")
                    c.speaker = self._title_kept(finder, c, best.ref)
            if explicit and (pair := first_of_pair(finder, c.speaker, c.cue_tok)) is not None:
                # "وأكد الجانبان" after "بين المملكة والأردن": the first of the two speaks for both
                c.speaker = pair
                self._pair_given.add(id(c))
            if c.speaker is not None:
                # "أكدت الوزارة على لسان متحدثها فلان أن": the words are his
                c.speaker = voice_of(finder, c.speaker, c.start if c.start > c.pos else len(finder.text)) or c.speaker
            if inherited and unnamed is not None:
                c.speaker = None  # going on from an unnamed source: still unnamed, whoever spoke before
            elif explicit and unnamed is not None and c.cue_tok is not None \
                    and speaks_for_no_one(finder, unnamed, finder.toks[c.cue_tok].end, c.start):
                # "وقال مسؤول أمني"، "وأكد عدد من الأهالي" at the verb: the subject is there and
                # names no one; the words are not the person named before (GUIDE.md)
                c.speaker = None
            elif explicit and unnamed is not None and c.cue_tok is not None \
                    and self._lent_to_someone_before(finder, c, unnamed):
                # "ينفي مسؤولو الاتحاد الأوروبي الاتهامات": officials of a body, whose body may
                # speak, are still not the person named before the verb
                c.speaker = None
            person = finder.entities.get(c.speaker.entity) if c.speaker is not None and c.speaker.entity else None
            if not explicit and person is not None and person.type == "PER" and self._plural_cue(finder, c):
                # "ويقول مقربون من فلان ...، موضحين أن"، "قال كل من فلان وفلان ... وأكدوا": a plural
                # verb or participle goes on with a group, never with one person named before
                c.speaker = None
            if explicit and person is not None and person.type == "PER" and self._agrees_with_speaker(finder, c):
                genders.spoke(person.id, c.gender)
            if again is not None:
                # "وأضاف المسؤول" after "قال مسؤول أمني": the same source, unnamed as before
                source, unnamed_before = again
                c.speaker = None if unnamed_before else source
                unnamed = source if unnamed_before else None
            if unnamed is not None and c.speaker is None:
                self._unnamed[id(c)] = unnamed
            si = finder.sent_of(c.pos)
            sent = finder.sents[si] if finder.sents else None
            if sent is not None:
                c.via = [e for s, e in sources if sent.start <= s < sent.end]
            if inherited and not c.via and done:
                c.via = list(done[-1].via)
            if not c.via:
                c.via = list(wire)  # "الرياض - واس": the whole article comes through the agency
            if c.speaker is not None and c.speaker.entity in c.via:
                c.via = [v for v in c.via if v != c.speaker.entity]
            c.via = list(dict.fromkeys(c.via))
            c.resolved = True
            done.append(c)

    @staticmethod
    def _same_words_again(finder: SpeakerFinder, rule: SpeakerRef | None, chosen: SpeakerRef | None,
                          options: list[SpeakerOption], previous: list[SpeakerRef]) -> bool:
        """"فقال رسول الله: ..." after an earlier "قال رسول الله:": the verb's own subject, an
        unlinked span, repeats word for word the span of a recent speaker; he speaks again, not
        someone else the ranker prefers (one named just before the verb, "فكلمه فلان، فقال ...").
        On develop2 the ranker overrode such a subject once, wrongly, and kept it eleven times.
        The speaker just before is left to the ranker: "لكن فلان قال ... وقال وزير الطاقة"
        after an older unlinked "وزير الطاقة" is that minister, named."""
        if rule is None or rule.entity is not None or chosen is not None and chosen.start == rule.start:
            return False
        last = previous[-1] if previous else None
        if chosen is not None and last is not None and option_key(chosen) == option_key(last):
            return False
        first = finder.toks[finder.token_holding(rule.start)]
        if any(finder.lex.has(kind, first, DOCUMENT_PREFIXES) for kind in WRITTEN_WORKS):
            # "وبحسب الكتاب" again: a book's or a report's words are its author's or issuer's,
            # whom the ranker may name (GUIDE.md), however the rules read them before
            return False
        words = _span_keys(finder, rule)
        return bool(words) and any(
            o.ref is not None and o.ref.entity is None and o.ref.start != rule.start
            and _span_keys(finder, o.ref) == words for o in options)

    def _issued_by(self, finder: SpeakerFinder, start: int, end: int) -> bool:
        """"تقرير صادر عن غرفة X": an issuing word between a document word and the body after it."""
        return any(self.lex.has("issuing", t, TITLE_PREFIXES) for t in finder.toks[finder.tok_at(start) : finder.tok_at(end)])

    def _document_word(self, finder: SpeakerFinder, sp: SpeakerRef | None) -> bool:
        """Does the span open with a word naming a document ("التقرير"، "استطلاع للرأي")?"""
        tok = finder.toks[finder.tok_at(sp.start)] if sp is not None and sp.end > sp.start else None
        return tok is not None and any(self.lex.has(kind, tok, DOCUMENT_PREFIXES) for kind in ("document", "poll"))

    def _writer_speaks(self, finder: SpeakerFinder, c: QuoteCandidate, done: list[QuoteCandidate]) -> bool:
        """Is the cue a present verb in the first person ("أقول"، "وأؤكد") outside any statement's
        words, with no subject of its own?"""
        if c.resolved or c.cue_tok is None or any(d.start <= c.pos < d.end for d in done):
            return False
        cue = self.lex.cue(finder.toks[c.cue_tok])
        return cue is not None and cue.form == "present" and first_person(finder.toks[c.cue_tok].text, cue)

    @staticmethod
    def _lent_to_someone_before(finder: SpeakerFinder, c: QuoteCandidate, unnamed: SpeakerRef) -> bool:
        """Did the choice lend an unnamed subject at the verb, indefinite or in construct ("مسؤولو
        الاتحاد"، "مصادر في الوزارة"), to a person named before the verb? A definite one ("وأكد
        المسؤول الأمريكي") may refer back to him and is left as chosen."""
        chosen = c.speaker
        person = finder.entities.get(chosen.entity) if chosen is not None and chosen.entity else None
        if person is None or person.type != "PER" or chosen.end > finder.toks[c.cue_tok].start:
            return False
        first = finder.toks[finder.tok_at(unnamed.start)]
        return not first.key.startswith(("ال", "وال"))

    @staticmethod
    def _title_kept(finder: SpeakerFinder, c: QuoteCandidate, chosen: SpeakerRef | None) -> SpeakerRef | None:
        """The ranker's choice, unless the rules' speaker is the statement's own subject, a bare
        title ("وقال الوزير") that the chosen person was never given: introduced as an imam or a
        spokesman, he is not "the minister"; the title stays unlinked, a source the article did
        not name."""
        rule = c.speaker
        if rule is None or chosen is None or chosen.entity is None \
                or finder.sent_of(rule.start) != finder.sent_of(c.pos):
            return chosen
        head = bare_title_head(finder, rule)
        ent = finder.entities.get(chosen.entity)
        if head is None or ent is None or ent.type != "PER" or not describes_someone_else(finder, head, ent):
            return chosen
        return rule

    def _agreement_binds(self, finder: SpeakerFinder, c: QuoteCandidate) -> bool:
        """Is the cue a verb or participle whose agreement is its speaker's? Not a verb of relaying
        ("نقلت الصحيفة عن فلان": it agrees with the paper)."""
        cue = self.lex.cue(finder.toks[c.cue_tok]) if c.cue_tok is not None else None
        return cue is not None and "relay" not in cue.flags

    def _agrees_with_speaker(self, finder: SpeakerFinder, c: QuoteCandidate) -> bool:
        """Does the cue's agreement tell the speaker's gender? Not for a verb of relaying nor for
        a speaker named after "عن"."""
        if c.speaker is None or not self._agreement_binds(finder, c):
            return False
        i = finder.tok_at(c.speaker.start)
        return not (i > 0 and finder.toks[i - 1].key == RELAYED_FROM)

    def _plural_cue(self, finder: SpeakerFinder, c: QuoteCandidate) -> bool:
        """Is the cue a participle in the plural ("مؤكدين"، "موضحون", masculine or feminine) or a
        verb in the plural or dual ("وأكدوا"، "قالا"، "يؤكدون")?"""
        if c.cue_tok is None:
            return False
        tok = finder.toks[c.cue_tok]
        cue = self.lex.cue(tok)
        if cue is None:
            return False
        if cue.form == "participle":
            return tok.key.endswith(PLURAL_PARTICIPLE_ENDINGS)
        stem = tok.key[len(cue.prefix):] if tok.key.startswith(cue.prefix) else tok.key
        if cue.form == "past":
            return stem != match_key(cue.lemma) and stem.endswith(PLURAL_PAST_ENDINGS) \
                and not stem.endswith(OBJECT_SUFFIXES)
        return cue.form == "present" and stem.endswith(PLURAL_PRESENT_ENDINGS)

    def _sources(self, done: list[QuoteCandidate]) -> list[tuple[SpeakerRef, bool]]:
        """Each earlier statement's source span, and whether it stayed unnamed."""
        out = []
        for d in done:
            source = self._source_of(d)
            if source is not None:
                out.append((source, d.speaker is None))
        return out

    def _actor(self, finder: SpeakerFinder, sp: SpeakerRef) -> SpeakerRef | None:
        """A speaker span must name an actor: "لـ" of "أكد لـ«الصحيفة»", a function word ("إذا",
        "وقد", "من") name nobody; after an addressee or a demonstrative ("قال لي أحدهم", "وأكد هذا
        الناطق") the speaker is the phrase that follows."""
        toks, lex = finder.toks, self.lex
        i0, i1 = finder.tok_at(sp.start), finder.tok_at(sp.end)
        if i0 >= i1:
            return sp
        first = toks[i0]
        if first.text == ALI:
            return sp  # the first name, not the preposition "على" it is folded with
        _, hi = finder.sent_tok_range(finder.sent_of(sp.start))
        if lex.has("object_pronoun", first):
            return finder.subject_after(i0 + 1, hi)  # "بحسب ما أفاد به المرصد": the phrase after it
        if lex.has("addressee", first, CLITIC_CONJUNCTIONS):
            if i1 - i0 == 1:
                return None
            return finder.subject_after(i0 + 1, hi, fallback=False)  # a name or a title, not any words
        if lex.is_stop(first) or lex.is_comp(first) or lex.has("non_actor", first, CLITIC_CONJUNCTIONS):
            return None
        return sp

    def _actor_of_previous_sentence(self, finder: SpeakerFinder, si: int, done: list[QuoteCandidate]) -> SpeakerRef | None:
        """"واستقبل الأمير X الوفد. وقال إن ...": a sentence opened by a verb that is not a
        reporting verb, whose subject is a named person, changes who the story is about; the
        pro-drop verb of the next sentence is that person's, not the last speaker's."""
        ps = finder.sents[si]
        if any(ps.start <= d.pos < ps.end or d.start <= ps.start < d.end for d in done):
            return None  # a sentence with a statement of its own, or one inside the quoted words
        i0, i1 = finder.sent_tok_range(si)
        start = i0
        i0 = self._past_fronted_phrase(finder, i0, i1)
        if i1 - i0 < 3:
            return None
        verb = finder.toks[i0]
        opener = self.lex.has("when_opener", verb, frozenset({"", "و"}))  # "عند سؤال X ... أجاب"
        cue = self.lex.cue(verb)
        # "وأكد مدير الإدارة فلان على ضرورة ...": a reporting verb whose words were no statement of
        # ours still names who the story is about now, when a person the entity layer found is its
        # subject (no name read off the words after it)
        said = cue is not None and cue.form in ("past", "present") and not cue.flags & {"relay", "ambig"} \
            and (verb.key.startswith(CLAUSE_CONJUNCTIONS) or i0 > start)
        if not said:
            verb_like = self._verb_like(finder, i0, opener)
            if not verb_like or verb.key in self.lex.words.get("subject_opener", frozenset()):
                fronted = self._fronted_actor(finder, i0, i1)
                if fronted is not None or not verb_like:
                    return fronted
                # "لكن كيف يفسر العميد فلان ...؟" read on as before: the subject after the words
        sp = finder.subject_after(i0 + 1, i1, fallback=False)
        if sp is None and not opener and not said:
            return self._clause_subject(finder, apposed_name(finder, self.lex, i0, i1))  # "واستقبل فلان، محافظ X،"
        if sp is None or sp.entity is None \
                or sp.start > finder.toks[min(i0 + 4, i1 - 1)].end and not self._titled_name(finder, i0 + 1, sp):
            return None
        ent = finder.entities.get(sp.entity)
        return sp if ent is not None and ent.type == "PER" else None

    def _past_fronted_phrase(self, finder: SpeakerFinder, i0: int, i1: int) -> int:
        """"من جهة أخرى، أكد فلان ..."، "وفي هذا السياق، استقبل ...": where the clause starts after a
        short phrase of a few words closed by a comma, opened by a particle or preposition ("من"،
        "وفي"، "إلى") or a turn phrase ("بدوره"), with no name or verb of speech in it."""
        toks = finder.toks
        if not (self.lex.is_stop(toks[i0]) or self.lex.has("turn_phrase", toks[i0])):
            return i0  # "واستقبل فلان، محافظ X،": a verb and its subject, no phrase
        # "من جانبه استعرض فلان ..."، "بدوره افتتح ...": a turn phrase is fronted whole, a comma
        # after it or not; the clause (its verb and subject) follows at once
        turn = i0 if toks[i0].key in TURN_PHRASES else \
            i0 + 1 if i0 + 1 < i1 and toks[i0].key in TURN_FROM and toks[i0 + 1].key in TURN_PHRASES else None
        if turn is not None and turn + 1 < i1:
            return turn + 2 if toks[turn + 1].text in ("،", ",") and turn + 2 < i1 else turn + 1
        for k in range(i0 + 1, min(i1 - 1, i0 + FRONTED_PHRASE_TOKENS + 1)):
            if toks[k].text in ("،", ","):
                phrase = range(i0, k)
                if all(toks[j].is_word and finder.covering(j) is None and self.lex.cue(toks[j]) is None for j in phrase):
                    return k + 1
                return i0
        return i0

    def _fronted_actor(self, finder: SpeakerFinder, i0: int, i1: int) -> SpeakerRef | None:
        """"لكن الناطق باسم الرئاسة، فلان الفلاني، حمّل الحكومة المسؤولية. وقال إن": a sentence
        whose named person stands before a verb that is no reporting verb (after his title, a
        comma, or a particle such as "لكن") changes who the story is about, as a verb opening the
        sentence does; the pro-drop verb of the next sentence is his."""
        toks, lex = finder.toks, self.lex
        k = i0 + 1 if toks[i0].key in lex.words.get("subject_opener", frozenset()) else i0
        for j in range(k, min(i1 - 1, k + FRONTED_SUBJECT_TOKENS)):
            t = toks[j]
            if lex.cue(t) is not None or lex.is_comp(t) or lex.is_stop(t) or not (t.is_word or t.text in CLAUSE_PUNCTUATION):
                # a statement, a clause, a phrase ("في صحيح مسلم عن فلان") or a mark of its own
                # stands before any verb
                return None
            r = finder.mention_at_token(j)
            if r is None or r.entity.type != "PER":
                continue
            after = finder.tok_at(r.end)  # the first token after the name (`tok_at`: starting at or after)
            if after < i1 and toks[after].text in CLAUSE_PUNCTUATION:
                after += 1
            if after < i1 - 1 and not toks[after].key.endswith(VERB_NOUN_ENDINGS) \
                    and len(toks[after].key) >= VERB_MIN_CHARS and self._verb_like(finder, after) \
                    and not toks[after].key.startswith(CLAUSE_CONJUNCTIONS + PREPOSITION_PROCLITICS):
                sp = finder.ref(r)
                self._clause_subjects.add((sp.start, sp.end))
                return sp
            return None
        return None

    def _verb_like(self, finder: SpeakerFinder, i: int, opener: bool = False) -> bool:
        """Token i may be a verb that is no reporting verb: no article, no function word, title,
        time word or name (`opener`: a stop word that opens a clause, "عند سؤال X")."""
        verb, lex = finder.toks[i], self.lex
        return verb.is_word and not verb.key.startswith(("ال", "وال")) and not (lex.is_stop(verb) and not opener) \
            and not lex.is_comp(verb) and ((cue := lex.cue(verb)) is None or STANCE in cue.flags) \
            and finder.covering(i) is None \
            and not any(lex.has(kind, verb, TITLE_PREFIXES) for kind in ("title", "org_head", "time", "honorific"))

    def _coordinated_clause_subject(self, finder: SpeakerFinder, si: int, c: QuoteCandidate,
                                    done: list[QuoteCandidate]) -> SpeakerRef | None:
        """"رفضت الوزارة الاتهامات وشددت على ..."، "وتفاعل الوزير فلان مع الوسم وكتب ...": a clause
        opened by a verb that is no reporting verb, with a named subject right after it, between
        the last statement and a pro-drop reporting verb of the same sentence: the reporting verb
        is coordinated with that clause and shares its subject, whoever spoke before."""
        toks = finder.toks
        lo, _ = finder.sent_tok_range(si)
        cue = c.cue_tok
        if cue is None or cue <= lo:
            return None
        if finder.covering(cue - 1) is not None:
            return None  # "لكن طهران تقول": the subject stands before the reporting verb
        said_before = max((d.end for d in done if d.start < c.pos), default=0)
        last = next((d.speaker.entity for d in reversed(done) if d.speaker is not None), None)
        for k in range(cue - 1, lo - 1, -1):
            t = toks[k]
            if t.start < said_before:
                return None  # the statement before is closer: the verb continues it
            opens = k == lo or t.key.startswith(CLAUSE_CONJUNCTIONS) and len(t.key) > VERB_MIN_CHARS \
                or (toks[k - 1].text in CLAUSE_PUNCTUATION or toks[k - 1].key in CLAUSE_OPENERS) \
                and not t.key.startswith(PREPOSITION_PROCLITICS)
            verb = k > lo and toks[k - 1].key in QAD_PARTICLES or not t.key.endswith(VERB_NOUN_ENDINGS) and verb_shaped(t.key)
            if not opens or not verb or not self._verb_like(finder, k):
                continue
            sp = finder.subject_after(k + 1, cue, fallback=False)
            feminine = t.key.endswith("ت")
            if sp is None and c.gender is not None and feminine == (c.gender == "f"):
                # "فيما أبدت منار الدوسري سعادتها ...، وقالت": a name the entity layer missed right
                # after a verb that agrees with the reporting one
                span = self._missed_name(finder, k + 1, cue)
                if span is not None:
                    return self._clause_subject(finder, span)
            # an outlet the article cites is a subject too when both verbs are its own, feminine as
            # "صحيفة" ("وتحدثت صحيفة X عن ... ودعت ...، وأضافت")
            cited = sp is not None and sp.entity in finder.source_entities and not (feminine and c.gender == "f")
            if sp is None or sp.entity is None or cited \
                    or sp.start > toks[min(k + CLAUSE_SUBJECT_TOKENS, cue - 1)].end and not self._titled_name(finder, k + 1, sp):
                if t.key.startswith(CLAUSE_CONJUNCTIONS):
                    return None  # a nearer coordinated clause whose subject is not named here
                continue
            if c.gender is not None and feminine != (c.gender == "f"):
                return None  # "رفضت الوزارة ... وقال": the reporting verb is not the clause's
            ent = finder.entities.get(sp.entity)
            # a country acts as its government ("رفضت مصر ... وشددت"): a place, with feminine verbs
            actors = ("PER", "ORG", "LOC") if feminine and c.gender == "f" else ("PER", "ORG")
            if ent is None or ent.type not in actors:
                return None  # the nearest clause's subject is no actor ("وصل الوفد إلى بغداد")
            return None if ent.id == last else sp  # the same speaker: the usual continuation names him
        return None

    @staticmethod
    def _place(finder: SpeakerFinder, ref: SpeakerRef) -> bool:
        """Is the speaker a country or a capital (which speak for their governments)?"""
        ent = finder.entities.get(ref.entity) if ref.entity is not None else None
        return ent is not None and ent.type == "LOC" and ent.kb in governing_places()

    def _titled_name(self, finder: SpeakerFinder, k: int, sp: SpeakerRef) -> bool:
        """"وقد وجه قائد حرس الحدود بالمنطقة اللواء فلان شكره": the named subject comes after his
        title, which opens at token k; only words stand between them (no verb, mark or clause)."""
        toks, lex = finder.toks, self.lex
        end = finder.tok_at(sp.start)
        # "مساعد الرئيس التنفيذي للإعلام فلان": a subordinate's word before the title opens the chain
        opens = lex.has("title", toks[k], TITLE_PREFIXES) or k + 1 < end and toks[k].key in SUBORDINATE_TITLES \
            and lex.has("title", toks[k + 1], TITLE_PREFIXES)
        if not 0 < end - k <= TITLE_SUBJECT_TOKENS or not opens:
            return False
        return all(t.is_word and lex.cue(t) is None and not lex.is_comp(t) and t.key not in SINGULAR_RELATIVES
                   for t in toks[k:end])

    @staticmethod
    def _missed_name(finder: SpeakerFinder, k: int, limit: int) -> tuple[int, int] | None:
        """The span of a person's name at token k that no mention covers: one or two plain name
        words closed by a family name with the article in its usual shape ("الدوسري"), or "علي"
        and its name (`ali_name_end`)."""
        toks = finder.toks
        ali = finder.ali_name_end(k, limit)
        if ali is not None:
            return toks[k].start, toks[ali - 1].end
        end = k
        while end < min(limit, k + 2) and finder.covering(end) is None and finder.plain_name_word(toks[end]):
            end += 1
        if end == k or end >= limit or finder.covering(end) is not None:
            return None
        family = toks[end]
        if not finder._family_name_word(family) or not family.text.endswith(NISBA_ENDING):
            return None
        return toks[k].start, family.end

    def _prodrop(self, finder: SpeakerFinder, c: QuoteCandidate, done: list[QuoteCandidate]) -> tuple[SpeakerRef | None, bool]:
        si = finder.sent_of(c.pos)
        sent = finder.sents[si]
        cue = c.cue_tok
        if cue is not None and cue > 0 and finder.toks[cue - 1].key in SINGULAR_RELATIVES \
                and (k := self.issuers.document_before_relative(finder, cue - 1)) is not None \
                and (issuer := self.issuers.issuer(finder, k)) is not None:
            # "المعلومات التي وردت في بيان الجامعة الذي أشار إلى أن": the document speaks, for its
            # issuer, not the person the sentence is about
            tok = finder.toks[k]
            sp = SpeakerRef(issuer.entity, tok.start, tok.end, tok.text) if issuer.entity else issuer
            self._clause_subjects.add((sp.start, sp.end))  # as explicit as a subject after the verb
            self._embedded.add(c.pos)
            return sp, False
        if cue is not None and cue > 0 and finder.toks[cue - 1].key in SINGULAR_RELATIVES:
            # "... ورئيسه فلان الذي أعلن أن": the antecedent speaks, whoever the sentence is about,
            # also when the entity layer missed his name ("ويتفق معه المدرب فلان الفلاني الذي يقول")
            sp = self.relatives.antecedent(finder, finder.tok_at(sent.start), cue - 1, known_given=True)
            if sp is not None:
                if sp.entity is None:
                    self._clause_subjects.add((sp.start, sp.end))  # as explicit as a subject after the verb
                return sp, False
        sp = interviewee(finder, finder.sent_tok_range(si)[0], cue) if cue is not None else None
        if sp is not None:
            return sp, False
        sp = agent_of_described_noun(finder, si, cue)
        if sp is not None:
            return sp, False
        clause = self._coordinated_clause_subject(finder, si, c, done)
        if clause is not None:
            return clause, False
        sp = honorific_subject(finder, si, cue, [(d.start, d.end) for d in done])
        if sp is not None:
            # "وتعزيزا لما أعلنه سموه حينما قال": the pronoun's holder, not the last speaker
            self._clause_subjects.add((sp.start, sp.end))  # as explicit as a subject after the verb
            return sp, False
        same = [d for d in done if self._spoke(d, c) and sent.start <= d.pos < c.pos]
        if same and same[-1].pos in self._embedded \
                and (main := finder.first_person_or_body(sent.start, same[-1].pos)) is not None:
            # "... فلان الذي أصر على ما ورد في بيان الجامعة الذي أشار إلى ...، كما أوضح أن": the
            # document spoke inside a relative clause; the next verb goes back to the sentence's own
            # subject
            return main, False
        if same:
            return self._source_of(same[-1]), True
        sp = self.relatives.clause_subject(finder, sent.start, c.pos) or self._subject_after_auxiliary(finder, si, c)
        if sp is not None:
            return sp, False
        sp = self._unlinked_subject_in_apposition(finder, si, cue, done)
        if sp is not None:
            return sp, False
        topic = topic_fronted(finder, si, cue)  # "وعن خطته قال": the names of the topic are no subject
        opened_by_prodrop = topic or self._opened_by_prodrop_verb(finder, si, cue) or self._opened_by_pronoun_subject(finder, si, cue)
        if not opened_by_prodrop:
            # "وتمنى مدرب النادي في حديثه ...، مضيفا": the title opening the sentence is the subject
            # the participle goes on with; with the body it heads it is as explicit as one at the
            # verb (the body is not the speaker); a bare title ("ورحب الرئيس") is left to the
            # learned choice, once linked to its holder
            sp = self._opening_named_subject(finder, si, c) or title_opening_subject(finder, si, cue, self._verb_like)
            if sp is not None:
                if len(sp.text.split()) > 1:
                    self._clause_subjects.add((sp.start, sp.end))
                return sp, False
        sp = None if opened_by_prodrop else \
            described_opening_subject(finder, si, cue, self._verb_like) or finder.first_person_or_body(sent.start, c.pos)
        if sp is not None and sp.entity is not None:
            # "أشارت مصادر يمنية إلى خطة لقوات التحالف ...، مؤكدة": an unnamed source opening the
            # sentence is its subject; the actor named after it is in the verb's object
            unnamed = unnamed_in_sentence(finder, si, cue) or unnamed_after_opening_verb(finder, si, cue)
            if unnamed is not None and unnamed.end <= sp.start \
                    and not any(d.start <= unnamed.start < d.end for d in done):  # not in someone's words
                return unnamed, True
        if sp is None and not topic:
            sp = description_before_cue(finder, self.lex, si, cue)
            if sp is not None:
                self._clause_subjects.add((sp.start, sp.end))
        if sp is not None:
            return sp, False
        sp = unnamed_in_sentence(finder, si, cue) or unnamed_after_opening_verb(finder, si, cue)
        if sp is not None:
            return sp, True
        if si > 0 and c.cue_tok == finder.sent_tok_range(si)[0]:
            actor = self._actor_of_previous_sentence(finder, si - 1, done)
            if actor is not None:
                return actor, False
        para = sent.paragraph
        # an unnamed source goes on in a sentence opened by the continuation ("وأضاف أن"), in its
        # paragraph or the next; a verb further in a sentence of its own is not its continuation
        opens = c.cue_tok == finder.sent_tok_range(si)[0]
        prev = [d for d in done if para - finder.paragraph_of(d.pos) <= PARAGRAPHS_BACK and (
            d.speaker is not None or opens and para - finder.paragraph_of(d.pos) <= 1 and self._spoke(d, c)
            or d is done[-1] and self._spoke(d, c)
            and (_right_after(finder.text, d.end, c.pos) or finder.paragraph_of(d.pos) == para))]
        if c.gender and any(d.gender for d in prev):
            # "وأضافت": the last speaker whose verb agreed in the same way
            agreeing = [d for d in prev if d.gender in (c.gender, None)]
            prev = agreeing or prev
        if prev:
            return self._source_of(prev[-1]), True
        carried = self._carried_speaker(finder, c, done) if opens else None
        if carried is not None:
            return carried, True
        if si > 0:
            ps = finder.sents[si - 1]
            sp = finder.first_person_or_body(ps.start, ps.end)
            while sp is not None and sp.entity is not None and named_only_inside_phrases(finder, sp.entity, ps.start, ps.end):
                # "شكرهم لحكومة خادم الحرمين الشريفين الملك فلان": a name only inside a phrase (with
                # the names in apposition or joined to it) is no subject
                sp = finder.first_person_or_body(sp.end, ps.end)
            if sp is not None:
                return sp, False
        return None, False

    def _carried_speaker(self, finder: SpeakerFinder, c: QuoteCandidate, done: list[QuoteCandidate]) -> SpeakerRef | None:
        """"وقال سموه ...". Then paragraphs of thanks, each opened by a verb with no subject of its
        own ("وقدم سموه الشكر"، "كما قدم الشكر"، "وثمن كذلك الجهود"), and then "وأكد أن": the
        story never left the last speaker, however many paragraphs it took (up to
        `CARRIED_PARAGRAPHS`); a paragraph opened by anything else (a named subject, a new
        topic) ends the chain."""
        last = next((d for d in reversed(done) if d.speaker is not None and d.speaker.entity is not None), None)
        if last is None or done[-1] is not last or c.gender and last.gender and c.gender != last.gender:
            return None
        para, own = finder.paragraph_of(c.pos), finder.paragraph_of(last.pos)
        if para - own > CARRIED_PARAGRAPHS:
            return None
        firsts = {}
        for si, sent in enumerate(finder.sents):
            if own < sent.paragraph < para:
                firsts.setdefault(sent.paragraph, si)
        if len(firsts) != para - own - 1:
            return None
        return last.speaker if all(self._subjectless_opening(finder, si, last.speaker.entity)
                                   for si in firsts.values()) else None

    def _subjectless_opening(self, finder: SpeakerFinder, si: int, speaker: str | None) -> bool:
        """Is sentence si opened by a verb (after "كما"، "ثم" or not) whose subject is unsaid, a
        pronoun ("سموه") or the speaker himself?"""
        lo, hi = finder.sent_tok_range(si)
        toks = finder.toks
        if lo < hi and toks[lo].key in CLAUSE_OPENERS:
            lo += 1
        if hi - lo < 2 or not (self._verb_like(finder, lo) or self.lex.cue(toks[lo]) is not None) \
                or toks[lo].key.startswith(PREPOSITION_PROCLITICS) or len(toks[lo].key) < VERB_MIN_CHARS:
            return False
        named = finder.mention_at_token(lo + 1)
        if named is not None and named.entity.id != speaker:
            return False
        sp = finder.subject_after(lo + 1, hi, fallback=False)
        return sp is None or sp.entity == speaker

    def _unlinked_subject_in_apposition(self, finder: SpeakerFinder, si: int, cue: int | None,
                                        done: list[QuoteCandidate]) -> SpeakerRef | None:
        """"من جهة أخرى، كشف فلان الفلاني، وزير X، عن ...، معلنا أن": the name the entity layer
        missed after the verb opening the cue's clause (`apposed_names`) is the subject."""
        said = {d.cue_tok for d in done if d.cue_tok is not None}
        span = subject_of_opening_clause(finder, self.lex, si, cue, said, self._verb_like)
        return self._clause_subject(finder, span)

    def _clause_subject(self, finder: SpeakerFinder, span: tuple[int, int] | None) -> SpeakerRef | None:
        """A span named as the subject of the clause a reporting word goes on with, remembered."""
        if span is None:
            return None
        self._clause_subjects.add(span)
        return self._constructed_ref(finder, *span)

    def _opened_by_prodrop_verb(self, finder: SpeakerFinder, si: int, cue: int | None) -> bool:
        """"وقال بهذه المناسبة أشد على أيدي المقاومة ...، مؤكدا": a sentence opened by a reporting
        verb with no subject of its own goes on with the previous speaker; the actors named after
        it are in what was said, not the subject of the participle (cue) that continues it."""
        lo, _ = finder.sent_tok_range(si)
        if finder.toks[lo].key in CLAUSE_OPENERS:
            lo += 1  # "كما نوه بما يوليه فلان ...، مشيرا": the verb after the particle opens the clause
        own = self.lex.cue(finder.toks[cue]) if cue is not None else None
        if cue is None or cue <= lo + 1 or own is None or own.form != "participle":
            return False  # ("وأشار إلى أن «الجبهة» أعلنت": a finite verb has its own subject before it)
        opener = self.lex.cue(finder.toks[lo])
        return opener is not None and opener.form in ("past", "present") and not opener.flags & {"ambig", "lead", "relay"} \
            and finder.subject_after(lo + 1, cue, fallback=False) is None

    def _opening_named_subject(self, finder: SpeakerFinder, si: int, c: QuoteCandidate) -> SpeakerRef | None:
        """"رشحت وكالة الأنباء الفرنسية فريق الهلال للنهائي ...، مشيرة إلى أن": the person or body
        named right after the verb opening the sentence (a cited agency too) is the subject a
        participle later in the sentence goes on with, not an actor of the verb's object, however
        the first person or body of the sentence is chosen. The verb must be one for sure, agree
        with the participle, and relay nobody's words ("نقلت الوكالة عن فلان")."""
        cue = c.cue_tok
        lo, _ = finder.sent_tok_range(si)
        if cue is None or cue <= lo + 2:
            return None
        own = self.lex.cue(finder.toks[cue])
        if own is None or own.form != "participle":
            return None
        verb = finder.toks[lo]
        said = self.lex.cue(verb)
        r = finder.mention_at_token(lo + 1)
        # a country acts as its government with a feminine verb ("وشنت تركيا غارات، مشيرة إلى")
        country = r is not None and r.entity.type == "LOC" and c.gender == "f" \
            and r.entity.kb in governing_places() and feminine_past(verb.key)
        if said is not None and said.flags & {"relay", "ambig", "lead"} \
                or said is None and not country and not (self._verb_like(finder, lo) and verb_shaped(verb.key)):
            return None
        if c.gender is not None and verb.key.endswith("ت") != (c.gender == "f"):
            return None  # "ونوهت الوزارة بفلان، مشيرا": the participle is not the verb's subject's
        subject = finder.toks[lo + 1]
        if r is None or r.start != subject.start or r.entity.type not in ("PER", "ORG") and not country \
                or r.end > finder.toks[cue - 1].end:
            return None
        return finder.ref(r)

    def _opened_by_pronoun_subject(self, finder: SpeakerFinder, si: int, cue: int | None) -> bool:
        """"وأدان معاليه باسمه وباسم منسوبي المجلس ... العمل الإجرامي، مشيرا": a sentence opened by
        a verb whose subject is an honorific pronoun ("سموه"، "معاليه") goes on with the person
        spoken of before; the bodies named after it are in the verb's object, not its subject."""
        lo, _ = finder.sent_tok_range(si)
        if cue is None or cue <= lo + 2:
            return False
        own = self.lex.cue(finder.toks[cue])
        if own is None or not (own.form == "participle" or finder.toks[cue].key.startswith(CLAUSE_CONJUNCTIONS)) \
                or any(t.text in LIST_MARKS for t in finder.toks[lo:cue]):
            return False  # a verb of its own further on ("حيث قال")، or a list of other people's words
        verb, subject = finder.toks[lo], finder.toks[lo + 1]
        return (self.lex.cue(verb) is not None or self._verb_like(finder, lo)) \
            and subject.key in HONORIFIC_PRONOUNS and subject.key not in HAPPINESS \
            and finder.covering(lo + 1) is None

    def _spoke(self, d: QuoteCandidate, c: QuoteCandidate) -> bool:
        """A statement the continuation c may go on with: a named speaker's, or an unnamed source's
        (left without a speaker) that c follows; a verb inside the source's reported words ("نقلت
        عن مصادر أن الوزير أجرى اتصالات قال فيها") reports its own subject."""
        return d.speaker is not None or id(d) in self._unnamed and d.end <= c.pos

    def _source_of(self, d: QuoteCandidate) -> SpeakerRef | None:
        """Who a continuation of statement d is by: its speaker, or the unnamed source's words
        ("مصدر أمني"), which the ranker then leaves unnamed."""
        return d.speaker if d.speaker is not None else self._unnamed.get(id(d))

    def _subject_after_auxiliary(self, finder: SpeakerFinder, si: int, c: QuoteCandidate) -> SpeakerRef | None:
        """"وكانت اللجنة الوطنية ... أعلنت في مطلع الشهر أن": a sentence opened by "كان" puts the
        subject between it and the reporting verb, whether or not the entity layer named it."""
        lo, _ = finder.sent_tok_range(si)
        cue = c.cue_tok
        if cue is None or cue - lo < 2 or cue - lo > AUXILIARY_SUBJECT_TOKENS \
                or not self.lex.has("auxiliary", finder.toks[lo], CLITIC_CONJUNCTIONS):
            return None
        # "وكان رئيس الأمن العام قد أوضح": the subject ends before "قد"
        sp = finder.subject_after(lo + 1, cue - 1 if finder.toks[cue - 1].key == QAD else cue)
        if sp is not None and sp.entity is None:
            head = finder.toks[finder.tok_at(sp.start)]
            # a body's name opens with the article ("وكانت اللجنة الوطنية ...") or a body's head
            # word in construct ("وكانت دائرة الأراضي والأملاك في دبي قد أعلنت")
            body = self.lex.has("org_head", head, TITLE_PREFIXES) and not head.key.startswith(("ال", "وال")) \
                and len(sp.text.split()) > 1
            if not body and (len(sp.text.split()) < UNLINKED_NAME_WORDS or not head.key.startswith("ال")):
                # "وكانت الجماعة المتطرفة", "وكانت شبكة «...»", "وكان هناك تقرير": a description or
                # no subject at all
                return self._described_subject_before_qad(finder, lo, cue) or self._unit_of_body_before_qad(finder, lo, cue)
            self._constructed.add((sp.start, sp.end))
            if body:
                # a body's head in construct names the body itself, unlike "وكانت الجماعة المتطرفة"
                # that may refer back: as explicit as a subject after the verb, no learned choice
                # lends the words to a name said earlier
                self._clause_subjects.add((sp.start, sp.end))
        return sp

    def _unit_of_body_before_qad(self, finder: SpeakerFinder, lo: int, cue: int) -> SpeakerRef | None:
        """"وكانت قيادة القوات المشتركة لتحالف X قد أعلنت": a noun in construct opening a chain of
        words that a body's name closes right before "قد" is a part of that body, the verb's own
        subject (not the last speaker); its words run from the noun to the body's name."""
        toks, lex = finder.toks, self.lex
        if toks[cue - 1].key != QAD or cue - 2 <= lo + 1:
            return None
        body = finder.covering(cue - 2)
        first = toks[lo + 1]
        if body is None or body.entity.type != "ORG" or body.end != toks[cue - 2].end \
                or body.start <= first.start or first.key.startswith(("ال", "وال")) or lex.is_stop(first):
            return None
        inside = finder.tok_at(body.start)
        if any(not t.is_word or lex.is_stop(t) or lex.cue(t) is not None or lex.is_comp(t)
               or finder.covering(k) is not None for k, t in enumerate(toks[lo + 1 : inside], lo + 1)):
            return None  # a name, a particle or a verb before the body: no plain chain
        return self._clause_subject(finder, (first.start, body.end))

    def _described_subject_before_qad(self, finder: SpeakerFinder, lo: int, cue: int) -> SpeakerRef | None:
        """"وكان والد الطالب قد اتهم المدرسة": between "كان" (token lo) and "قد" right before the
        verb stands only a plain noun in construct, the verb's own subject: a person the article does
        not name, not the last speaker. The description is the speaker; it names no one, so no name
        is borrowed."""
        toks, lex = finder.toks, self.lex
        # the description is the words lo+1 .. cue-2: "قد" (cue-1) is not one of them
        if toks[cue - 1].key != QAD or not 1 <= cue - 1 - (lo + 1) <= DESCRIBED_SUBJECT_WORDS:
            return None
        words = toks[lo + 1 : cue - 1]
        if words[0].key in EXISTENTIALS:
            return None  # "وكان هناك تقرير لفلان قد أشار": "there was", no subject
        if any(not t.is_word or lex.is_stop(t) or lex.is_comp(t) or lex.cue(t) is not None
               or finder.covering(i) is not None or lex.has("pronoun", t, TITLE_PREFIXES)
               for i, t in enumerate(words, lo + 1)):
            return None  # a name, a pronoun ("وكان سموه قد"), a particle or a verb: not a plain noun
        if len(words) > 1 and lex.has("title", words[0], TITLE_PREFIXES) and not words[0].key.startswith(("ال", "وال")) \
                and words[-1].key.startswith("ال") and not title_of_someone_named(finder, lo + 1):
            # "وكان مدير الشرطة قد أوضح" with nobody named with that title: an unnamed holder,
            # not the last speaker (a title some person holds is left to the holder's link)
            span = (words[0].start, words[-1].end)
            holder = self.described.named_holder(finder, self._constructed_ref(finder, *span))
            return holder if holder is not None else self._clause_subject(finder, span)
        if any(lex.has(kind, words[0], TITLE_PREFIXES) for kind in DESCRIPTION_HEADS) or words[0].key.startswith("ال"):
            # "وكان وزير الخارجية قد": a title the rules link to its holder elsewhere; "كانت
            # المجموعة اليابانية قد أعلنت": a definite description refers back to a body named before
            return None
        return self._clause_subject(finder, (words[0].start, words[-1].end))

    def _constructed_ref(self, finder: SpeakerFinder, start: int, end: int) -> SpeakerRef:
        """An unlinked speaker span a construction names, remembered as such for the ranker."""
        self._constructed.add((start, end))
        return SpeakerRef(None, start, end, finder.text[start:end])


def _right_after(text: str, end: int, pos: int) -> bool:
    """"قال أحد المسؤولين إن «...»، مشيرا إلى": nothing but marks and spaces between a statement's
    end and the next cue, which goes on with the same (unnamed) source (as does a verb with no
    subject of its own later in the paragraph: "وهو يرى أن")."""
    return 0 <= pos - end <= RIGHT_AFTER_CHARS and not any(ch.isalpha() for ch in text[end:pos])


def _span_keys(finder: SpeakerFinder, ref: SpeakerRef) -> tuple[str, ...]:
    """The normalised words of a speaker span, to tell one span written again elsewhere."""
    return tuple(t.key for t in finder.toks[finder.token_holding(ref.start) : finder.tok_at(ref.end)] if t.is_word)
