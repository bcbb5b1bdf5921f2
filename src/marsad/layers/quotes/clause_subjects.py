"""Where a reporting verb's clause finds its subject: the clause-reading half of the speaker resolver.

A phrase fronted before the verb ("من جهة أخرى،"), a subject named after a coordinated verb or
after "كان ... قد", a subject described rather than named ("زوج المعلمة المتوفاة قد"), a sentence
opened by a subjectless verb or a pronoun: `SpeakerResolver` (`resolution.py`) inherits these
readings, which use its lexicon (`self.lex`), its record of constructed spans
(`self._constructed_ref`) and of clause subjects (`self._clause_subjects`).
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import CONJUNCTIONS
from marsad.document import SpeakerRef
from marsad.layers.dates.tense import verb_shaped
from marsad.layers.events.protest_subjects import QAD as QAD_WORDS
from marsad.layers.quotes.apposed_names import subject_of_opening_clause
from marsad.layers.quotes.attribution import TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.clause_ends import TURN_FROM, TURN_PHRASES
from marsad.layers.quotes.described_speakers import UNLINKED_NAME_WORDS
from marsad.layers.quotes.description_names import NISBA_ENDING
from marsad.layers.quotes.issuers import SINGULAR_RELATIVES
from marsad.layers.quotes.patterns import VERB_NOUN_ENDINGS, QuoteCandidate
from marsad.layers.quotes.relative_subjects import CLAUSE_PUNCTUATION
from marsad.layers.quotes.speaker_window import feminine_past, governing_places
from marsad.layers.quotes.title_agreement import title_of_someone_named
from marsad.lexicons.loader import table, words

CLITIC_CONJUNCTIONS = frozenset({"", *CONJUNCTIONS})
AUXILIARY_SUBJECT_TOKENS = 12  # "وكان X قد أعلن": the words of the subject between them
STANCE = "stance"  # reporting_verbs.tsv flag: "أبدت فلانة سعادتها" is a clause of its own verb
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


class ClauseSubjects:
    """Readings of a clause's subject, mixed into `SpeakerResolver`."""

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
