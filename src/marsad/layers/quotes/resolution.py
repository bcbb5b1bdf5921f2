"""Who said each statement, once the statements are found: the speakers the cue left open, the
learned choice among every candidate, and the agencies the words came through (`via`).

The rules fill what the cue did not say: a pro-drop verb ("وأضاف") takes the previous speaker or
the sentence's actor, a report ("وأوضح التقرير") speaks for the body that issued it, an unnamed
spokesman ("متحدث باسم X") for his body. Then `SpeakerRanker` (a small learned model) chooses
among that proposal, the actors named around the cue, the previous speakers and nobody. How a
clause finds its subject (fronted phrases, coordinated verbs, "كان ... قد") is `clause_subjects.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.document import Document, SpeakerRef
from marsad.layers.quotes.acting_countries import fronted_country
from marsad.layers.quotes.apposed_names import apposed_name
from marsad.layers.quotes.attribution import PARAGRAPHS_BACK, TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.body_kinds import body_of_kind
from marsad.layers.quotes.clause_subjects import (
    CLAUSE_CONJUNCTIONS,
    CLITIC_CONJUNCTIONS,
    ClauseSubjects,
)
from marsad.layers.quotes.cue_speaker import first_person, interviewee
from marsad.layers.quotes.described_previous import previous_speaker_described
from marsad.layers.quotes.described_speakers import DOCUMENT_PREFIXES, DescribedSpeakers
from marsad.layers.quotes.description_names import ALI
from marsad.layers.quotes.generic_bodies import body_again
from marsad.layers.quotes.honorific_agreement import honorific_clash, pronoun_holders
from marsad.layers.quotes.honorific_subjects import honorific_subject
from marsad.layers.quotes.issuers import SINGULAR_RELATIVES, IssuerFinder
from marsad.layers.quotes.opening_subjects import described_opening_subject, title_opening_subject
from marsad.layers.quotes.own_subjects import keeps_own_subject, title_over_its_body
from marsad.layers.quotes.pair_parties import first_of_pair
from marsad.layers.quotes.patterns import QuoteCandidate
from marsad.layers.quotes.pp_genitives import named_only_inside_phrases
from marsad.layers.quotes.preverbal_subjects import description_before_cue
from marsad.layers.quotes.relative_subjects import (
    RelativeAntecedents,
    names_relative_subject,
    relative_opens_cue,
)
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
from marsad.layers.quotes.speaker_window import governing_places
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.quotes.title_agreement import (
    bare_title_head,
    describes_someone_else,
)
from marsad.layers.quotes.title_apposition import holder_in_apposition
from marsad.layers.quotes.topic_fronts import topic_fronted
from marsad.layers.quotes.unnamed_sources import (
    agent_of_described_noun,
    unnamed_after_opening_verb,
    unnamed_in_sentence,
)
from marsad.layers.quotes.voiced_by import voice_of

WIRE_DATELINE_CHARS = 40  # an agency this close to the body start is the article's dateline
PLURAL_PARTICIPLE_ENDINGS = ("ين", "ون", "ات")  # match keys: "مؤكدين"، "مؤكدون"، "مؤكدات"; dual "ين" too
PLURAL_PAST_ENDINGS = ("وا", "ا")     # "قالوا"، "أكدوا"; the dual "قالا" (a lemma ending in alif is singular)
PLURAL_PRESENT_ENDINGS = ("ون", "ان")  # "يؤكدون"، "يقولان"
RELAYED_FROM = "عن"  # "نقلت الصحيفة عن فلان": the one named after it is no subject of the verb
OBJECT_SUFFIXES = ("ها", "نا")  # "أعلنها": a singular verb with its object pronoun
WRITTEN_WORKS = ("document", "poll", "findings", "work")  # speech_cues.tsv kinds: a book's words are its author's
CARRIED_PARAGRAPHS = 8     # paragraphs opened by subjectless verbs that a speaker may be carried through

Trace = Callable[[Document, QuoteCandidate, list[SpeakerOption]], None]


RIGHT_AFTER_CHARS = 6  # "»، " and the like between a statement and a participle going on with it


class SpeakerResolver(ClauseSubjects):
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
                        and not (explicit and names_relative_subject(finder, c.cue_tok, c.speaker)) \
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
        if cue is not None and relative_opens_cue(finder, cue, c.gender):
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
