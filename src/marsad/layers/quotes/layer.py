"""Quotes: who said what, direct (in quotation marks) and indirect (reported speech).

Found from three kinds of evidence, all pointing at exact offsets:

- reporting words (`lexicons/reporting_verbs.tsv`): a verb, participle or verbal noun ("قال"،
  "مؤكداً"، "قوله") followed by a complementiser ("إن/أن/بأن ..."), a colon or a quotation;
  some verbs also take a noun phrase ("أكد ضرورة ..."، "دعا إلى ..."، "شدد على ...");
- "according to" constructions: "وبحسب X، فإن ..." and "...، وفقا لما قاله X";
- quotation marks of every style (`marks`), kept only when a reporting word, a colon
  or an attribution goes with them, so titles and scare quotes («رؤية 2030») are not quotes;
- headlines of the form "Speaker: words" and "Speaker + present reporting verb + words";
- the answers of a question-and-answer interview (`interviews`).

The speaker is found by `attribution.SpeakerFinder` (mentions of the entity layer, descriptions,
earlier names, the previous speaker); "according to" and colon patterns live in `patterns`,
headlines in `headlines`; a cue's first speaker is read in `cue_speaker`, where a reported clause
ends in `clause_ends`, and the quotations kept as direct quotes are chosen in `direct`; `via`
lists the cited agencies (the sources layer) in the sentence of the cue, or the article's
dateline agency.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document, Quote, Span, SpeakerRef
from marsad.layers.dates.tense import is_present_verb, verb_shaped
from marsad.layers.entities.name_extension import FATHER_WORDS
from marsad.layers.quotes.according import ALREADY_SAID, according
from marsad.layers.quotes.as_said import as_said, issuer_in_aside, statement_after_as
from marsad.layers.quotes.attribution import QUOTE_WORDS, TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.clause_ends import ClauseEnds
from marsad.layers.quotes.construct_speech import construct_statements
from marsad.layers.quotes.cue_checks import (
    as_reported,
    conditional_at,
    named_subject_next,
    participle_as_adjective,
    prep_in_subject,
    statement_just_before,
    subject_clause_ahead,
    subject_noun_next,
    subject_written,
    verbal_noun_after_preposition,
)
from marsad.layers.quotes.cue_grammar import (
    BARE_CLAUSE_OPENERS,
    CLAUSE_PREPOSITIONS,
    MIN_STEM_LETTERS,
    OBJECT_MARKS,
    PREP_CLAUSE,
    RELATIVE_PRONOUNS,
    SETTING_PREPOSITIONS,
    CueGrammar,
)
from marsad.layers.quotes.cue_speaker import speaker_for_cue
from marsad.layers.quotes.direct import MIN_QUOTE_WORDS, SHORT_QUOTE_WORDS, direct, spoken_after_name
from marsad.layers.quotes.headlines import headline, headline_report, subheadings
from marsad.layers.quotes.interviews import interview_answers
from marsad.layers.quotes.marks import QuoteSpan, find_quotes
from marsad.layers.quotes.named_next import described_then_named
from marsad.layers.quotes.not_statements import (
    described_thing,
    formula,
    nobody_says,
    notice,
    quoted_subject_after_verb,
)
from marsad.layers.quotes.noun_content import LISTING_WORDS, NAMED_JOINED, SETTING_PRONOUNS, np_content
from marsad.layers.quotes.patterns import (
    NP_MIN_TOKENS,
    QuoteCandidate,
    after_asides,
    after_head_noun,
    back_references,
    document_says,
    naming_subject,
    passive_belief,
    prayer,
    prep_clause_after,
    quoted_name,
    quoted_subject,
    speaker_head_then_clause,
    trim_span,
)
from marsad.layers.quotes.present_appeals import body_appeal
from marsad.layers.quotes.resolution import SpeakerResolver, Trace
from marsad.layers.quotes.speaker_ranker import SpeakerRanker
from marsad.layers.quotes.speech_lexicon import Cue, SpeechLexicon, load_speech_lexicon
from marsad.layers.quotes.voiced_by import ON_TONGUE
from marsad.lexicons.loader import words as word_list

MAX_CUE_GAP = 22          # tokens between a reporting verb and its complementiser / colon / quote
MAX_NP_GAP = 15           # tokens between a verb and the preposition of a noun-phrase content
WIRE_DATELINE_CHARS = 40  # an agency this close to the body start is the article's dateline
COLON_MIN_WORDS = 3       # "قال: لا." is an answer, not a statement we can use
SHADDA = "\u0651"
DAMMA = "\u064f"  # "اتُّهم": the vowel of a passive's first letters
PASSIVE_OBJECT_PRONOUNS = ("ه", "ها", "هم")  # "بميله"، "بتمويلها": a noun with its owner's pronoun
DOCUMENT_NP = "document_np"  # reporting_verbs.tsv flag: a noun-phrase content only after a document or data
DOCUMENT_SUBJECTS = ("document", "poll", "findings", "speech_noun")  # speech_cues.tsv kinds
DATA_NOUNS = word_list(QUOTE_WORDS, "data_noun")
OBJECT_FIRST = "object_first"  # reporting_verbs.tsv flag: "اتهم X بـ", the object before the preposition
YA = "\u064a"  # final ي: "رأي" the noun; the verb is written "رأى"
QUESTION = "هل"
ON = "علي"  # match key of "على": "، على أن" (provided that) after a verb that takes no "على"
CLAUSE_PRONOUNS = word_list(QUOTE_WORDS, "clause_pronoun")
WORTH_NOTING = word_list(QUOTE_WORDS, "worth_noting")
INFERENCE_SUBJECTS = word_list(QUOTE_WORDS, "inference_subject")
WHICH_BY = "بما"  # match key: "بما يشير إلى أن" (which shows that), the writer's inference before a present verb
ADVERBS_OF_MA = frozenset({"دايما", "غالبا", "كثيرا", "قليلا", "نادرا", "عاده"})  # match keys: "دائما ما يقول"
# match keys of the prepositions of "إلى ذلك"، "مع ذلك"، "في غضون ذلك"، "بعد ذلك"، "رغم ذلك"
DEMONSTRATIVE_GOVERNORS = frozenset({"الي", "مع", "في", "غضون", "بعد", "قبل", "رغم", "عن", "علي", "من", "ل", "ب"})
RELATIVE_MA = word_list(QUOTE_WORDS, "relative_ma")  # "ما" / "لما" of "بحسب ما أعلنت X"
QUOTE_TAIL_STOPS = word_list(QUOTE_WORDS, "quote_tail_stop")  # "بقوله «...»": the marks belong to another clause
DOCUMENT_VERB_PREFIXES = frozenset({"", "و", "ف"})
CONSEQUENCE_WORDS = frozenset({"وبالتالي", "بالتالي", "لذا", "ولذا", "لذلك", "ولذلك", "ذلك", "وعليه"})  # match keys before "فإن"
OPENER_BEFORE_COMP = 2    # words a clause opener may stand before the complementiser it leads to
SAY = "قال"               # the lemma that always has words after it
MAX_TITLE_WORDS = 4       # title words between "قال" and the name of its subject
MAX_TITLE_WORDS_BEFORE_COMMA = 10  # ... when a comma right after the name closes the subject
NAME_PARTICLE = "فان"  # as written ("van"); "فإن" written without its hamza looks the same
FIRST_PERSON_SAID = frozenset({"قلت", "قلنا"})  # match keys: the narrator's "I said"
CONTRAST_OPENERS = frozenset({"لكن", "ولكن", "بينما", "فيما", "اما", "واما"})  # match keys
NP_BEFORE_COLON_WORDS = 3  # words from a verb's preposition to a colon that make the colon a list's
# match keys; no verb follows them ("من" is also "who"); "عقب"، "إثر" govern a verbal noun ("عقب توصل
# طهران لاتفاق")
NOUN_GOVERNING_PREPOSITIONS = frozenset({"عن", "علي", "في", "الي", "عقب", "اثر"})
# match keys of impersonal modals a verbal noun follows at once ("لا يمكن وصفه"، "يصعب ذكره"); a verb
# would need "أن" after them
NOUN_GOVERNING_MODALS = frozenset({"يمكن", "يصعب", "يستحيل", "يتعذر", "يجب", "ينبغي", "يجدر"})
# match keys of the kunya and nasab words after which a verb form is a name: "محمد أبو طالب"، "ابن قال"
# (the entity layer's kunya words but "أم", and "بن"، "بنت"، "آل")
KUNYA_PARTICLES = FATHER_WORDS | {"بن", "بنت", "ال"}


class QuoteLayer:
    name = "quotes"
    requires = ("entities", "sources")
    assigns = ("quotes",)

    def __init__(self, lexicon: SpeechLexicon | None = None, speaker_model: bool = True,
                 trace: Trace | None = None) -> None:
        """`speaker_model`: let the learned ranker choose among the speaker candidates (the
        rules' choice stands without it); `trace`: called with every statement's candidates (for
        `marsad train speaker`)."""
        self.lex = lexicon or load_speech_lexicon()
        ranker = SpeakerRanker.load() if speaker_model else SpeakerRanker(None)
        self.resolver = SpeakerResolver(self.lex, ranker, trace)
        self.grammar = CueGrammar(self.lex)
        self.clauses = ClauseEnds(self.lex, self.grammar)

    def __call__(self, doc: Document) -> Document:
        finder = SpeakerFinder(doc, self.lex)
        body_start = doc.body_start
        marks = [q for q in find_quotes(doc.text, body_start) if q.depth == 0]
        words = {q.open: len(doc.text[q.start : q.end].split()) for q in marks}
        hidden = self._hidden_tokens(finder, marks, words)
        quote_at = {finder.tok_at(q.open): q for q in marks}
        cands: list[QuoteCandidate] = []
        cands += headline(finder) + headline_report(finder) + subheadings(finder)
        governed: dict[int, QuoteCandidate] = {}   # quote open offset -> the cue that introduces it
        inner: set[int] = set()                    # quotations inside a cue's subject: not statements
        cue_cands: list[QuoteCandidate] = []       # every accepted cue, with its speaker, for direct quotes
        covered = 0
        spans: list[tuple[int, int]] = []         # the indirect statements found so far, for according phrases
        muted: set[int] = set()                    # cues of nobody's statement: "وكأنه يقول"، "يمكن القول"
        toks = finder.toks
        # where the reporting words and complementisers stand: the cue scan asks of every word
        # after a verb whether it is one, and these answer by position
        at = (self.lex.cue_positions(toks), self.lex.comp_positions(toks))
        for i in self.lex.speech_words(toks):  # the other tokens neither cue nor attribute
            tok = toks[i]
            if i in hidden or tok.start < body_start:
                continue
            cue = self.lex.cue(tok)
            if cue is not None:
                if tok.start < covered:
                    continue  # inside the reported clause of a verb before it
                c = self._from_cue(finder, i, cue, quote_at, words, governed, inner, at)
                if c is not None and nobody_says(finder, i, c.end > c.start):
                    muted.add(i)  # read as before (it ends the clause, it leads the speakers), never output
                if c is not None:
                    cue_cands.append(c)
                    if c.end > c.start:
                        cands.append(c)
                        if c.kind == "indirect":
                            covered = max(covered, c.end)
                            spans.append((c.start, c.end))
            elif self.lex.is_according(tok):
                if any(a <= tok.start < b for a, b in spans) and self._inside_statement(toks, i):
                    continue  # "إن بوتين «...»، بحسب ما نقلت وسائل الإعلام": the channel of the statement it closes
                c = according(finder, i, quote_at, governed, self.clauses.clause_end, self.grammar.governed_comp)
                if c is not None and c.end <= tok.start and any(a <= c.start < b for a, b in spans):
                    continue  # the same, where that statement ends right before the according phrase
                if c is not None:
                    cands.append(c)
                    if c.kind == "indirect" and c.start > tok.start:
                        # "وحسب مصادر أمنية، فقد أشارت الحصيلة إلى ...": a verb inside the statement
                        # is part of it, not a statement of its own
                        covered = max(covered, c.end)
        for i in self.lex.which("document_verb", toks, DOCUMENT_VERB_PREFIXES):
            inside = any(c.start <= toks[i].start < c.end for c in cands)  # part of another statement
            if i not in hidden and toks[i].start >= body_start and not inside and \
                    (c := document_says(finder, i, quote_at, governed, self.grammar.governed_comp,
                                        self.clauses.clause_end)) is not None:
                cue_cands.append(c)
                if c.end > c.start:
                    cands.append(c)
        for c in construct_statements(finder, self.grammar, self.clauses, cands, hidden, quote_at, governed):
            cue_cands.append(c)
            cands.append(c)
        cands += back_references(finder, cands)
        cands += as_said(finder, cands)
        cands += direct(finder, self.lex, self.grammar, [q for q in marks if q.open not in inner], words,
                        governed, cue_cands)
        self.resolver.resolve(finder, cands)
        described_then_named(finder, cands)
        cands += interview_answers(finder, cands)  # after the lead's speakers are known
        seen: set[tuple[int, int]] = set()
        for c in sorted(cands, key=lambda c: (c.start, c.end)):
            if (c.start, c.end) in seen or c.end <= c.start or c.cue_tok in muted or notice(finder, self.lex, c) \
                    or described_thing(finder, self.lex, c) \
                    or formula(doc.text[c.start : c.end]):
                continue
            seen.add((c.start, c.end))
            doc.quotes.append(Quote(c.kind, c.start, c.end, doc.text[c.start : c.end], c.speaker, c.cue,
                                    c.via))
        return doc

    # --- helpers -------------------------------------------------------------------------
    def _hidden_tokens(self, finder: SpeakerFinder, marks: list[QuoteSpan], words: dict[int, int]) -> set[int]:
        """Tokens inside quotations long enough to be speech: their reporting words are quoted."""
        hidden: set[int] = set()
        for q in marks:
            if words[q.open] > SHORT_QUOTE_WORDS:
                end = q.end
                if q.close is None:
                    # never closed ("وحسب تقرير «آسيا للاستثمار، فإنه ..."): the mark may be a stray
                    # one, so the reporting words of the paragraph's later sentences still count
                    end = min(end, finder.sents[finder.sent_of(q.start)].end)
                hidden.update(range(finder.tok_at(q.start), finder.tok_at(end)))
        return hidden

    # --- reporting words -----------------------------------------------------------------
    def _from_cue(self, finder: SpeakerFinder, i: int, cue: Cue, quote_at: dict[int, QuoteSpan],
                  words: dict[int, int], governed: dict[int, QuoteCandidate], inner: set[int],
                  at: tuple[frozenset[int], frozenset[int]]) -> QuoteCandidate | None:
        """`at`: the positions of the document's reporting words and complementisers
        (`SpeechLexicon.cue_positions`, `comp_positions`)."""
        toks, lex = finder.toks, self.lex
        cues, comps = at
        tok = toks[i]
        if i + 1 < len(toks) and lex.has("block", toks[i + 1]) and not (
                i + 2 < len(toks) and toks[i + 2].key.startswith("ال")):
            return None  # "قال تعالى": a verse, not news speech ("قال عز الدين ...": a name)
        if cue.form == "past" and i > 0 and toks[i - 1].key in NOUN_GOVERNING_PREPOSITIONS | NOUN_GOVERNING_MODALS:
            return None  # "وأصر على ذكر العدد ..."، "بشكل لا يمكن وصفه": after a preposition or a modal, a verbal noun
        if cue.form == "past" and tok.text.endswith("ة"):
            return None  # "وصفة": a noun with a feminine ending, not the verb "وصفه"
        if not cue.prefix and i > 0 and toks[i - 1].key in KUNYA_PARTICLES:
            return None  # "وقال محمد أبو طالب وسعد ...: ...": a name, not the verb "طالب"
        if cue.form == "masdar" and i > 0 and toks[i - 1].key in WORTH_NOTING:
            return None  # "والجدير ذكره أن ...": the writer's aside, nobody's statement
        if cue.form == "masdar" and i > 0 and toks[i - 1].key in ALREADY_SAID:
            return None  # "ما سبق ذكره"، "لما تقدم ذكره": the writer pointing back at his own words
        if prayer(finder, i):
            return None  # "داعيا الله أن يحفظ ...": a prayer, nobody's news
        if self._passive_before_preposition(finder, i, cue):
            return None  # "وكان قد اتُّهم بالتورط في ..."، "واتهم بميله إلى ...": he was accused
        if cue.form == "present" and passive_belief(finder, i):
            return None  # "الذين يتوقع أن يمثلوا": who are expected to
        if cue.form in ("past", "present") and naming_subject(finder, i):
            return None  # "شعار آخر يقول: «...»": a slogan
        if "relay" in cue.flags and not self.grammar.relay_ok(finder, i):
            return None
        if lex.has("naming", tok) and not self.grammar.comp_soon(finder, i):
            return None  # "يدعى «أبو علي»": a name follows, not words ("يدعي المسؤولون أن" still reports)
        if self.grammar.between_pair(finder, i):
            return None  # "بينه وبين الإدارة": the preposition repeated
        if SHADDA in tok.text:
            cue = replace(cue, flags=cue.flags - {"ambig"})  # "بيّن": the verb, never "between"
        if DOCUMENT_NP in cue.flags and cue.np and not self._document_subject(finder, i):
            cue = replace(cue, np=())  # "أظهر اللاعب قدرة ...": a person shows a quality, no finding
        # "ورأى محللون"، "يرى": never the noun "رأي", so any subject may come before the clause
        # (where a clause starts; "هل ترى أن ...؟" asks)
        verb_spelled = "ya_noun" in cue.flags and not tok.text.endswith(YA) and not (
            i > 0 and toks[i - 1].key == QUESTION)
        if ("ambig" in cue.flags or "lead" in cue.flags) and not self.grammar.clause_start(finder, i, cue) \
                and not (verb_spelled and i > 0 and toks[i - 1].key in CLAUSE_PRONOUNS):  # "وهي ترى أن ..."
            return None  # "تغريدات عبر تويتر", "بين البلدين", "كتب الموضة": a verb only where a clause starts
        if "subject" in cue.flags and not subject_written(self.grammar, finder, i):
            return None  # "ووُجد أن ...": the passive states nobody's finding ("ووجد الباحثون أن" does)
        if PREP_CLAUSE in cue.flags and not self.grammar.prep_clause_ahead(finder, i):
            return None  # "خلصت الدراسات ... إلى نتائج": no clause, so no quotation it could govern either
        if cue.form == "participle" and self.grammar.attributive(finder, i, cue):
            return None  # "250 حالة مؤكدة": an adjective of the noun before it
        if cue.form == "present" and i > 0 and finder.sents[finder.sent_of(tok.start)].start == tok.start \
                and lex.has("impersonal", tok, frozenset({"", "و"})) and not named_subject_next(self.grammar, finder, i) \
                and not subject_noun_next(self.grammar, finder, i) \
                and not (lex.has("focus_view", tok, frozenset({"", "و"})) and statement_just_before(self.grammar, finder, i)):
            # "ويذكر أن ..."، "ويرى أن ...": impersonal, unless a subject follows ("ويرى فلان أن"،
            # "ويرى المسؤولون أن") or, for "يرى", somebody spoke in the sentence before (his view)
            return None
        if cue.form in ("past", "present") and "infer" in cue.flags and not cue.prefix and self._inference_subject(finder, i) \
                and not named_subject_next(self.grammar, finder, i) and not subject_noun_next(self.grammar, finder, i):
            # "مما يؤكد أن ..."، "فإن ذلك يشير إلى أن ...": the writer's inference, nobody's words
            # ("هذا وتؤكد النقابة أن ...": with its "و" the verb is not the demonstrative's)
            return None
        if cue.form == "present" and i + 1 < len(toks) and lex.is_comp(toks[i + 1]) \
                and lex.has("passive_impersonal", tok, frozenset({"", "و", "ف"})):
            return None  # "بينما يتوقع أن يبلغ العجز ...": it is expected that
        if cue.form == "participle" and participle_as_adjective(self.grammar, finder, i):
            return None  # "أمراً متوقعاً"، "كانت متوقعة": an adjective or a predicate, not how one spoke
        if cue.form == "past" and verbal_noun_after_preposition(finder, i, cue.form):
            return None  # "حول وصف الوزير ما جرى": the verbal noun, no verb
        lo, hi = finder.sent_tok_range(finder.sent_of(tok.start))
        if cue.form in ("past", "present") and (k := statement_after_as(finder, self.grammar, i)) is not None \
                and (cand := self._clause_from(finder, i, k, cue)) is not None:
            speaker_for_cue(finder, self.grammar, i, k - 1, cue, cand)  # "وكما أوضح الوزير، ستواصل ...": his clause
            if (issuer := issuer_in_aside(finder, i, k)) is not None:
                cand.speaker, cand.resolved = issuer, True  # "تحليل ...، الصادر عن الصندوق،": the body's words
            return cand
        if cue.form == "participle" and "-" in cue.np and self.grammar.object_next(
                finder, (aside := self._past_outlet(finder, after_asides(finder, i, hi), hi)), hi):
            # "مؤكدا فشل المشروع في التعامل معه على أنه ...": the object is the statement, and a
            # later "أن" belongs to it ("مؤكدا في الوقت ذاته استمرار ...": after a set phrase)
            return self._clause_from(finder, i, aside + 1, cue)
        if cue.form in ("past", "participle") and "cont" in cue.flags \
                and (k := self.grammar.words_after_comma(finder, i, hi)) is not None:
            # "وأضاف، واصلت الفرق ..."، "...، مضيفا، اللاعب سيغيب ...": the comma stands for the colon
            return self._clause_from(finder, i, k, cue)
        if cue.form == "past" and "cont" in cue.flags and (k := self.grammar.past_clause_next(finder, i, hi)) is not None:
            return self._clause_from(finder, i, k, cue)  # "وأضاف بلغت التكلفة ...": the colon left out
        if cue.form == "past" and "cont" in cue.flags and (k := self.grammar.also_clause_after_subject(finder, i, hi)) is not None \
                and (cand := self._clause_from(finder, i, k, cue)) is not None:
            speaker_for_cue(finder, self.grammar, i, k - 1, cue, cand)  # "وأضاف البيان كما استهدفت ...": its subject
            return cand
        if cue.form in ("past", "present") and (k := self.grammar.bare_clause_at(finder, i, hi)) is not None:
            return self._clause_from(finder, i, k, cue)  # "قال ليس هناك ...": no أن, no colon
        if cue.form == "participle" and (k := self._nominal_clause_after(finder, i, hi)) is not None:
            return self._clause_from(finder, i, k, cue)  # "...، مبينا المشروع يعد من أكبر ...": no أن
        # the first complementiser, colon or quotation after the verb
        kind = None
        np_at = None  # a noun-phrase preposition met before any complementiser
        j = i + 1
        while j < hi and j - i <= MAX_CUE_GAP:
            t = toks[j]
            q = quote_at.get(j)
            if j == i + 1 and q is not None and quoted_subject_after_verb(finder, q, words[q.open], hi):
                inner.add(q.open)  # "أكد «المركز الوطني» تحقيق ...": the subject's name in marks
                j = finder.tok_at(q.close + 1)
                continue
            if q is not None and q.close is not None and (
                    self.grammar.subject_name(finder, q, words[q.open]) or after_head_noun(finder, j)
                    or (j == i + 1 and quoted_name(finder, q))):
                # "وقال «مركز الدراسات» إن ..."، "قال «فلان» المتحدث باسم ... إن": the subject's name
                j = finder.tok_at(q.close + 1)
                continue
            if q is not None and q.close is not None and self.grammar.named(finder, j) \
                    and not spoken_after_name(finder, q, words[q.open]) \
                    and any(k in comps for k in range(finder.tok_at(q.close + 1), min(hi, i + MAX_CUE_GAP, len(toks)))):
                j = finder.tok_at(q.close + 1)  # "قالت في افتتاحيتها بعنوان «...»، إن": a title on the way
                continue
            if q is not None and j > i + 1 and lex.is_comp(toks[j - 1]) and self.grammar.governed_comp(finder, j - 1):
                # "طالب المحكمة بتشكيل لجنة، إلا أنه «...»": the words of another clause
                j = finder.tok_at(q.close + 1) if q.close is not None else hi
                continue
            if q is not None:
                n = words[q.open]
                near = j == i + 1 or toks[j - 1].text == ":" or j - 1 in comps
                if not near and q.close is not None and prep_clause_after(finder, self.grammar, q, cue, hi):
                    # "أشارت نتائج استبيان عن «...» إلى أن ...": the quotation is part of the subject
                    inner.add(q.open)
                    j = finder.tok_at(q.close + 1)
                    continue
                if n >= MIN_QUOTE_WORDS and (n > SHORT_QUOTE_WORDS or near):
                    kind = "quote"
                    break
                j = finder.tok_at(q.close + 1) if q.close is not None else hi
                continue  # a name or a scare quote inside the subject: look further
            if t.text == ":":
                kind = "colon"
                break
            if j > i + 1 and (close := self.grammar.relative_aside_end(finder, j, hi)) is not None:
                j = close + 1  # "ودعا التنظيم، الذي يصفه مسؤولون بأنه ...، إلى": the aside's own clause
                continue
            if t.text == NAME_PARTICLE and j + 1 < hi and (r := finder.mention_at_token(j + 1)) is not None \
                    and r.entity.type == "PER":
                j += 1  # "وقال فان در كلاوو إن ...": the Dutch particle of a name, not "فإن" ("فان المملكة")
                continue
            comp = j in comps
            if comp and t.key.startswith("ف") and (j == i + 1 or toks[j - 1].key in CONSEQUENCE_WORDS):
                # "وعلى ما ذكر فإن ...": the answer of a fronted phrase, not the verb's clause; so is
                # a consequence ("وبينت الدراسة مدى ...، وبالتالي فإن ..."); ("وأوضح تقرير ...، فإن
                # ..." and "ومثلما أوضح فلان، فإن ..." report with it)
                break
            if comp and j >= 2 and toks[j - 1].key == ON and toks[j - 2].text in "،," and ON not in cue.np:
                break  # "وتعلن النتائج في مارس، على أن تتكفل ...": "provided that", no words of the verb
            if comp and not finder.in_name(j) and not self.grammar.governed_comp(finder, j) \
                    and not conditional_at(self.grammar, finder, j):
                kind = "comp"
                break
            if t.text == "؛" and j + 1 < len(toks) and (self.grammar.after_name(finder, i, j)
                                                       or self._content_after_semicolon(finder, j, cue)):
                # "وقال سعد العلي؛ مدير الفرع، إن": the semicolon only sets off a description
                nxt = finder.sent_of(toks[j + 1].start)
                if finder.sents[nxt].paragraph == finder.sents[finder.sent_of(t.start)].paragraph:
                    hi = max(hi, finder.sent_tok_range(nxt)[1])
                    j += 1
                    continue
            if t.text in "؟?!؛" or (t.key in CLAUSE_PRONOUNS and not self.grammar.described_subject(finder, j, i)):
                break  # ("." inside a sentence is an abbreviation's: "د. سالم"، "(د. ب. أ)")
            if np_at is None and cue.np and self.grammar.is_np_prep(t, cue) and not (
                    j + 1 < hi and j + 1 in comps) and not lex.has("document", t) \
                    and not (j + 1 < hi and (t.key, toks[j + 1].key) == ON_TONGUE):
                # ("بيان" is no "بـ"; "وتؤكد الصحيفة، على لسان خبير، أن": "على" of whose voice it is)
                np_at = j
            c2 = lex.cue(t) if j in cues else None
            if c2 is not None and not c2.prefix and toks[j - 1].key in KUNYA_PARTICLES:
                c2 = None  # "وقال محمد أبو طالب: ...": part of the subject's name
            if c2 is not None and c2.form == "past" and self._after_according(finder, j):
                c2 = None  # "وأوضحت الوزارة وفقا لما ذكرت صحيفة X، أن ...": the channel, not a new statement
            if c2 is not None and (("relay" in c2.flags and not self.grammar.relay_ok(finder, j))
                                   or ("ambig" in c2.flags and not self.grammar.clause_next(finder, j))
                                   or ("lead" in c2.flags and not self.grammar.clause_start(finder, j, c2))
                                   or ("subject" in c2.flags and not subject_clause_ahead(self.grammar, finder, j))):
                c2 = None  # "ونقل التكنولوجيا", "وبين البلدين": nouns and prepositions
            if j > i + 1 and c2 is not None and (
                    c2.form in ("past", "present") or "relay" in cue.flags
                    or (c2.form == "participle" and (toks[j - 1].text in "،," or cue.form == "masdar"))):
                # another reporting verb governs what follows (a verbal noun's words come right
                # after it: "سعت الرئاسة لإقراره وهذا تعاون ... مضيفا: ..." are the participle's)
                break
            j += 1
        if kind is None and j - i > MAX_CUE_GAP and (late := self.grammar.comp_after_long_subject(finder, j, hi)):
            kind, j = "comp", late  # "وأوضح الدكتور X استشاري ... ورئيس قسم ...، المشرف على ...، أنه ..."
        if kind is None and j - i > MAX_CUE_GAP and (late := self.grammar.comp_after_setting(finder, i, j, hi, cue)):
            kind, j = "comp", late  # "وشدد الوزير خلال مؤتمر صحفي عقده مع نظيره ...، على أن ..."
        if kind is None and j - i > MAX_CUE_GAP and cue.lemma == SAY and cue.form == "past" \
                and (said := self.grammar.said_after_long_subject(finder, i, j, hi)) is not None:
            j, kind = said  # "وقالت الدراسة التي نفذها مركز ... وشملت ... إنه ..."
        j = min(j, hi)
        if kind == "colon" and np_at is not None and j > 0 and toks[j - 1].key in LISTING_WORDS:
            kind = None  # "مهيبا بالمحسنين الدعم على الحسابات التالية: ...": a list, the content came first
        if kind == "colon" and np_at is not None and quote_at.get(j + 1) is None \
                and sum(t.is_word for t in toks[np_at:j]) >= NP_BEFORE_COLON_WORDS \
                and finder.covering(np_at) is None and not finder.in_name(np_at) \
                and not any(self.grammar.speech_noun(t) or t.key in FIRST_PERSON_SAID for t in toks[np_at:j]) \
                and j + 1 < hi and "\n" not in finder.text[toks[j].end : toks[j + 1].start]:
            # "أعلنت المقاومة عن مقتل 42 مسلحا ... في قرى: (...)"، "وأقر المتهمون بتورطهم في عمليتين:
            # الأولى ...": the verb's own preposition opened its content well before the colon, which
            # only lists the places or the parts of what was said (a quotation after it is the words;
            # not a joined "بـ" of a name, "باسلمة"، nor before a setting, "في تصريحات لـ«...»:"، nor
            # where the narrator speaks, "قلت للمصور:"، or the list starts on lines of its own)
            kind = None
        if kind == "comp" and np_at is not None and toks[np_at].key[:1] in cue.np and toks[j].key[:1] in cue.np \
                and (finder.mention_at_token(np_at) or finder.covering(np_at) or finder.mention_at_token(np_at + 1)):
            # "وصرحت مصادر بمطار القاهرة بأنها ...": the verb's "بـ" is on the complementiser, the
            # earlier one places the subject
            np_at = None
        if kind == "comp" and np_at is not None and toks[np_at].key[:1] in cue.np and (
                NAMED_JOINED in cue.flags or toks[np_at].key[1:].startswith("ال") and toks[j].key[:1] not in cue.np
                and not any(t.text in "،," for t in toks[np_at:j])):
            # "وأفاد بيان أصدره قطاع فلسطين بالجامعة العربية اليوم أن ...": a joined "بـ" on a
            # definite noun places the subject (the content nouns of "أفاد بمقتل" have no article),
            # when the complementiser does not carry the verb's preposition itself ("وصف X بأنه");
            # "أفادت لوائح خاصة بصناعة الصلب بأن": "أفاد" takes the clause before any "بـ" noun
            np_at = None
        if kind == "comp" and np_at is not None and len(toks[np_at].key) > 1 and j - 1 > np_at \
                and toks[j - 1].key in cue.np and len(toks[j - 1].key) > 1:
            # "ونبهت الدراسة التي أجريت بجامعة X إلى أن ...": the verb's own preposition stands right
            # before the complementiser, so a joined one before it places the subject
            np_at = None
        if kind == "comp" and np_at is not None and len(toks[np_at].key) > 1 and toks[np_at].key[:1] in cue.np \
                and (place := finder.mention_at_token(np_at)) is not None and place.entity.type == "LOC" \
                and place.start > toks[np_at].start:
            np_at = None  # "وصرح المتحدث بمنطقة المدينة المنورة فلان، أنه ...": the joined "بـ" places the subject
        if kind == "comp" and np_at is not None and cue.form in ("past", "present") \
                and prep_in_subject(self.grammar, finder, np_at, j, cue):
            np_at = None  # "وأكد المشرف على الدورة فلان الفلاني أن ..."، "وأكد أحمد بن علي أن ..."
        if kind == "comp" and cue.form != "masdar" and (np_at is not None or (
                cue.form == "past" and self.grammar.content_before_clause(finder, i, j))):
            kind = None  # "أعرب عن ...، سائلا المولى أن ..."، "نفى X توقف ...، مجددا التأكيد على أن": the noun phrase comes first
        if kind and "ambig" in cue.flags and not verb_spelled and not self.grammar.tight(finder, i, j) \
                and not speaker_head_then_clause(finder, self.grammar, i, j, cue):
            kind = None
        if PREP_CLAUSE in cue.flags and not (kind == "comp" and toks[j - 1].key in CLAUSE_PREPOSITIONS):
            kind = None  # "وعرج على أن ..."، "خلصت الدراسة إلى أن ...": not "عرج المسافرون على السوق ...، أن"
        cand = QuoteCandidate("indirect", 0, 0, tok.start, self._cue_span(finder, tok, cue), cue_tok=i,
                              gender=cue.gender)
        # the subject stands before a preposition word of the content ("أعلنت الإدارة عن ..."); a
        # joined one (لـ، بـ) may be part of the subject's own name ("الاتحاد العالمي للمسلمين")
        word_prep = np_at is not None and toks[np_at].key in cue.np
        np_stop = np_at if word_prep else min(i + 1 + MAX_NP_GAP, hi)
        head = None  # "وأكد الوزير أهمية ...": a noun that opens the content ends the subject
        if kind in (None, "quote") and cue.form == "past" and any(m in cue.np for m in OBJECT_MARKS):
            # also before a quotation: "وأكد حرص بلاده على «...»" names no subject, the noun is the content
            # (not past the verb's own joined preposition either: "أفادت المنظمة بتسجيل ثلاثين إصابة")
            reach = (np_at if np_at is not None else np_stop) if kind is None else j
            head = self.grammar.content_head_at(finder, i, reach)
            if head is None and kind is None and self._pronoun_subject(tok, cue) and i + 1 < hi \
                    and self.grammar.noun_word(toks[i + 1]) and not (i > 0 and toks[i - 1].key in RELATIVE_PRONOUNS):
                # "واعتبرا القرار نوعا من ...": a dual or plural verb has its subject in it (not after
                # "الذين": "المرضى الذين اعتبروا ..." describes a group, it reports nobody's words)
                head = i + 1
            if head is not None:
                np_stop = head
        speaker_for_cue(finder, self.grammar, i, np_stop if kind is None or head is not None else j, cue, cand)
        if cand.speaker is not None and cand.speaker.start > tok.start:
            last = finder.tok_at(cand.speaker.end)
            if 0 < last < hi and toks[last - 1].key in KUNYA_PARTICLES and lex.cue(toks[last]) is not None \
                    and (name := finder.covering(last)) is not None and name.entity.type == "PER":
                cand.speaker = finder.ref(name)  # "... الدكتور موفق أبو | طالب أن": the subject ran into the kunya
        if kind == "quote" and (np_cand := self._np_through_quote(finder, i, j, hi, cue, cand, head, np_at,
                                                                   quote_at, comps)) is not None:
            inner.add(quote_at[j].open)  # its marks only set off the tail of the statement
            return np_cand
        if kind == "quote":
            governed.setdefault(quote_at[j].open, cand)
            return cand
        if kind is None and cue.form in ("past", "present") and cand.speaker is not None \
                and cand.speaker.start > tok.start and not (i > 0 and toks[i - 1].key == "ما") \
                and (k := self._clause_after_subject(finder, cand.speaker, hi)):
            # "وقال جنبلاط لـ«الصحيفة» لا خيار أمام ...": the statement right after the subject
            cand.start, cand.end = trim_span(finder, toks[k].start, self.clauses.clause_end(finder, k))
            if len(finder.text[cand.start : cand.end].split()) < NP_MIN_TOKENS:
                return None
            if cand.speaker.end > toks[k].start:  # a description that ran on into the statement
                cand.speaker = finder.span_ref(cand.speaker.start, toks[k - 1].end)
            return cand
        if kind is None and cue.lemma == SAY and (cue.form == "past" or (cue.form == "present" and cue.prefix)) \
                and cand.speaker is not None \
                and (k := self._words_after_named_subject(finder, i, cand.speaker, hi)) is not None:
            # "وقالت المبتعثة فلانة شكرا لها على ...": "قال" always has words, and with no
            # complementiser, colon or quotation they start right after its named subject (so does
            # "ويقول فلان الفلاني تشهد المطابخ ...", the present of a feature's narration)
            cand.start, cand.end = trim_span(finder, toks[k].start, self.clauses.clause_end(finder, k))
            if len(finder.text[cand.start : cand.end].split()) >= NP_MIN_TOKENS:
                return cand
            return None
        if kind == "colon":
            if self._quoted_clause(finder, quote_at, words, j + 1):
                governed.setdefault(quote_at[j + 1].open, cand)
                return cand
            if j + 1 < hi and lex.is_comp(toks[j + 1]):
                if self._quoted_clause(finder, quote_at, words, j + 2, after_comp=True):
                    governed.setdefault(quote_at[j + 2].open, cand)
                    return cand
                cand.start, cand.end = trim_span(finder, lex.clause_start_after_comp(toks[j + 1]),
                                                 self.clauses.clause_end(finder, j + 2))
            else:
                cand.kind = "direct"
                cand.start, cand.end = trim_span(finder, toks[j].end, self.clauses.clause_end(finder, j + 1))
                if len(finder.text[cand.start : cand.end].split()) < COLON_MIN_WORDS:
                    cand.start = cand.end = 0
            return cand
        if kind == "comp":
            if self._quoted_clause(finder, quote_at, words, j + 1, after_comp=True):
                governed.setdefault(quote_at[j + 1].open, cand)
                return cand
            start = lex.clause_start_after_comp(toks[j])
            if cue.form in ("past", "present") and cand.speaker is not None and cand.speaker.start > tok.start \
                    and (k := self._clause_after_subject(finder, cand.speaker, hi)) is not None \
                    and j - OPENER_BEFORE_COMP <= k < j:
                # "وقال الوزير يجب أن ..."، "لا شك أن": the clause opens before its own أن ("رفض
                # فلان نفي ما تم تداوله حول أنه": an opener further back is no part of it)
                start = toks[k].start
                if cand.speaker.end > start:  # "وقال المتحدث لا شك أن": the subject ran on into it
                    cand.speaker = finder.span_ref(cand.speaker.start, toks[k - 1].end)
            cand.start, cand.end = trim_span(finder, start, self.clauses.past_named_semicolon(
                finder, start, self.clauses.clause_end(finder, j + 1)))
            return cand
        if kind is None and cue.form in ("past", "present") and (span := as_reported(self.grammar, finder, i, cand, lo, hi)) is not None:
            cand.start, cand.end = span  # "أرجئت المحاكمة إلى سبتمبر ...، كما أعلنت المحكمة."
            return cand
        if kind is None and cue.form == "past" and self._after_according(finder, i):
            return None  # "...، بحسب ما أعلنت الرئاسة في بيان": the according-to phrase holds the statement
        if cue.np and (cue.form not in ("masdar", "present") or body_appeal(finder, lex, i, cue, cand.speaker)):
            # ("تطالب الصين بالسيادة": a standing claim in the present, not a statement; "وتدعو
            # الوزارة المواطنين إلى ...": a body's appeal is one)
            return np_content(self.grammar, self.clauses, finder, i, hi, cue, cand, head)
        return cand if cue.form in ("past", "present", "participle") else None

    def _np_through_quote(self, finder: SpeakerFinder, i: int, j: int, hi: int, cue: Cue, cand: QuoteCandidate,
                          head: int | None, np_at: int | None, quote_at: dict[int, QuoteSpan],
                          comps: frozenset[int]) -> QuoteCandidate | None:
        """"وشدد على ضرورة حل مشكلة الرواتب «وفق جدولة ...»": the verb's own preposition opened its
        noun-phrase content several words before the quotation (token j), which carries on the same
        clause; the statement starts at the preposition and runs through the marks, else None (a
        quotation right after the preposition, a colon or a complementiser is the words themselves)."""
        toks = finder.toks
        q = quote_at[j]
        if np_at is None or q.close is None or cue.form not in ("past", "participle") \
                or j - 1 in comps or toks[j - 1].text == ":" \
                or sum(t.is_word for t in toks[np_at + 1 : j]) < NP_MIN_TOKENS \
                or any(t.key in RELATIVE_PRONOUNS or t.key in QUOTE_TAIL_STOPS or (t.is_word and self.lex.cue(t))
                       for t in toks[np_at + 1 : j]):
            # ("أشار إلى المشروع الذي أطلق عليه اسم «...»": the marks hold a name in a description;
            # "حذر من ... بقوله «...»"، "بعدما تحدث فلان عن «...»": they are the words of another clause)
            return None
        np_cand = np_content(self.grammar, self.clauses, finder, i, hi, cue, replace(cand), head)
        if np_cand is None or np_cand.start > toks[np_at].end or np_cand.end < q.close:
            return None  # the content found is not the one the preposition opened, or stops before the marks
        return np_cand

    @staticmethod
    def _inside_statement(toks: list[Token], i: int) -> bool:
        """The according word at i stands inside the clause of a statement (after one of its words,
        "أنه وفقا لموقع ..."، "البديلة بحسب الدراسات") or closes its quotation ("«...»، بحسب ما
        نقلت"), rather than opening a clause of its own after a comma ("...، لكن وفق الخبراء فإنه")."""
        if i < 2:
            return False
        prev = toks[i - 1]
        if prev.text in "،,":
            return toks[i - 2].text in "»”\""
        return prev.is_word and prev.key not in CONTRAST_OPENERS

    def _document_subject(self, finder: SpeakerFinder, i: int) -> bool:
        """The subject right after the verb at i is a document, a poll, findings or data ("وأظهرت
        الدراسة"، "أظهرت نتائج المسح"، "وأظهرت الأرقام الرسمية")."""
        toks = finder.toks
        if i + 1 >= len(toks) or not toks[i + 1].is_word:
            return False
        t = toks[i + 1]
        return any(self.lex.has(kind, t, TITLE_PREFIXES) for kind in DOCUMENT_SUBJECTS) or any(
            stem in DATA_NOUNS or stem.removeprefix("ال") in DATA_NOUNS for _, stem in t.splits)

    @staticmethod
    def _pronoun_subject(tok: Token, cue: Cue) -> bool:
        """A past verb written with its dual or plural ending ("اعتبرا"، "اعتبروا"، "اعتبرتا"): Arabic
        puts the verb in the singular before a named subject, so the subject is in the verb itself and
        a noun right after it is its object."""
        if cue.form != "past":
            return False
        stem = tok.key[len(match_key(cue.prefix)):] if cue.prefix else tok.key
        lemma = match_key(cue.lemma)
        return stem != lemma and (stem.endswith(("وا", "تا")) or stem == lemma + "ا")

    def _content_after_semicolon(self, finder: SpeakerFinder, j: int, cue: Cue) -> bool:
        """"وأوضح فلان لـ"الصحيفة"؛ أن ..."، "اعترف المتحدث "فلان"؛ بوجود ...": a semicolon right before
        a complementiser or the verb's own preposition only sets the subject off from what was said
        (a house style of some outlets)."""
        nxt = finder.toks[j + 1]
        if self.lex.is_comp(nxt):
            return not self.grammar.governed_comp(finder, j + 1)
        return bool(cue.np) and self.grammar.is_np_prep(nxt, cue) and not nxt.key[1:].startswith("ال") \
            and all(len(stem) >= MIN_STEM_LETTERS for _, stem in nxt.splits[1:])

    def _nominal_clause_after(self, finder: SpeakerFinder, i: int, hi: int) -> int | None:
        """"...، مبيناً المشروع يعد من أكبر المشاريع": a participle after a comma (the speaker's added
        point) followed at once by a definite noun and a verb: a clause with its أن left out, from
        the noun. Its token, else None ("مؤكدا الوزير أن ..." has its complementiser; "مشيرا إلى"
        its preposition)."""
        toks, lex = finder.toks, self.lex
        k = i + 1
        if i == 0 or toks[i - 1].text not in "،," or k + NP_MIN_TOKENS > hi:
            return None
        noun, verb = toks[k], toks[k + 1]
        if not (noun.is_word and verb.is_word and noun.key.startswith("ال") and len(noun.key) > 3) \
                or lex.is_stop(noun) or lex.is_comp(verb) or lex.cue(verb) is not None or lex.is_stop(verb):
            return None
        bare = verb.key.removeprefix("س")
        if not (verb_shaped(verb.key) or is_present_verb(bare)) or verb.key.startswith("ال"):
            return None
        if any(lex.is_comp(t) or t.text in ":«“\"" for t in toks[k : min(hi, k + 4)]):
            return None
        return k

    def _passive_before_preposition(self, finder: SpeakerFinder, i: int, cue: Cue) -> bool:
        """A past verb that takes its object before its preposition ("اتهم X بـ"، "وصف X بأنه"),
        with no object pronoun on it and its preposition right after it ("اتهم بالتورط"، "وصف بأنه"),
        or written with the passive's damma ("اتُّهم"), is a passive: somebody was accused, nobody speaks."""
        toks = finder.toks
        if OBJECT_FIRST not in cue.flags or cue.form != "past":
            return False
        if DAMMA in toks[i].text[len(cue.prefix) : len(cue.prefix) + 3]:
            return True
        stem = toks[i].key[len(cue.prefix):] if toks[i].key.startswith(cue.prefix) else toks[i].key
        lemma = match_key(cue.lemma)
        if i + 1 >= len(toks) or stem not in (lemma, lemma + "ت", lemma + "وا"):
            return False
        nxt = toks[i + 1]
        if not nxt.is_word or not self.grammar.is_np_prep(nxt, cue) or finder.mention_at_token(i + 1) is not None \
                or finder.covering(i + 1) is not None or finder.in_name(i + 1):
            return False  # "ووصف بوسنين الوضع بأنه ..."، "اتهمت باكستان الهند بـ": a subject in "بـ"
        if any(r.entity.type == "PER" and nxt.text in finder.text[r.start : r.end].split() for r in finder.mentions_between(0, len(finder.text))):
            return False  # "ووصف بالحصا القرار ...": a surname of a person the article names
        # the preposition on a definite noun, a noun with its owner's pronoun or the complementiser
        # ("بالتورط"، "بميله"، "بأنه"); a bare word after "بـ" is as often a name the layer missed
        return self.lex.is_comp(nxt) or nxt.key[1:].startswith("ال") or (
            len(nxt.text) > 4 and nxt.text.endswith(PASSIVE_OBJECT_PRONOUNS))

    def _inference_subject(self, finder: SpeakerFinder, i: int) -> bool:
        """"ما"، "مما"، "ذلك"، "هذا" stands right before the verb at i as its subject, not as the
        object of a preposition ("إلى ذلك أكد ..."، "ومع ذلك يقول ...": "meanwhile", "still")."""
        toks = finder.toks
        if i >= 1 and toks[i - 1].key == WHICH_BY and (c := finder.lex.cue(toks[i])) is not None and c.form == "present":
            return True  # "...، بما يشير إلى أن ...": "which shows that" (not "بما أشار إليه المدير من أن")
        if i < 1 or toks[i - 1].key not in INFERENCE_SUBJECTS:
            return False
        if i < 2 or finder.sent_of(toks[i - 2].start) != finder.sent_of(toks[i].start):
            return True
        before = toks[i - 2].key
        if before in ADVERBS_OF_MA:
            return False  # "وإنني دائما ما أوضح أن ...": "always", the speaker's own words
        return before.removeprefix("و").removeprefix("ف") not in DEMONSTRATIVE_GOVERNORS

    def _after_according(self, finder: SpeakerFinder, i: int) -> bool:
        """The verb at i is the one of an according-to phrase: "حسبما أعلنت"، "بحسب ما ذكرت"،
        "وفقا لما أعلنه"."""
        toks, lex = finder.toks, self.lex
        if i > 0 and lex.is_according(toks[i - 1]) and toks[i - 1].key.endswith("ما"):
            return True
        return i > 1 and toks[i - 1].key in RELATIVE_MA and lex.is_according(toks[i - 2])

    def _clause_after_subject(self, finder: SpeakerFinder, sp: SpeakerRef, hi: int) -> int | None:
        """The token where a statement with no complementiser starts right after the subject `sp`
        (and the outlet it was given to): a word that only opens a clause ("لا"، "لن"، "لقد")."""
        toks = finder.toks
        first, last = finder.tok_at(sp.start), finder.tok_at(sp.end)
        for k in range(first + 1, min(last, hi)):  # the subject phrase swallowed the clause's first words
            if toks[k].key in BARE_CLAUSE_OPENERS and finder.mention_at_token(k) is None:
                return k if k + 1 < hi and toks[k + 1].is_word else None
        k = self.grammar.past_addressee(finder, last, hi)
        return k if k + 1 < hi and toks[k].key in BARE_CLAUSE_OPENERS and toks[k + 1].is_word else None

    def _words_after_named_subject(self, finder: SpeakerFinder, i: int, sp: SpeakerRef, hi: int) -> int | None:
        """The token after the named subject `sp` of "قال" at i where its bare words start: the
        subject (a person or body the entity layer names) follows the verb with at most a title
        between, and the next token is a plain word, not a preposition, a time, a title or a
        name that would go on describing the subject or the setting; else None."""
        toks, lex = finder.toks, self.lex
        if sp.entity is None or sp.start <= toks[i].start:
            return None
        first, k = finder.tok_at(sp.start), finder.tok_at(sp.end)
        # "وقال المتحدث باسم الدفاع المدني العقيد فلان، بعد الوصول تم ...": a comma right after the
        # name closes a longer title and the subject; the words start after it
        comma = k + 1 < hi and toks[k].text in "،," and finder.mention_at_token(first) is not None
        if first - i > (MAX_TITLE_WORDS_BEFORE_COMMA if comma else MAX_TITLE_WORDS) \
                or any(not t.is_word for t in toks[i + 1 : first]):
            return None
        if comma:
            k += 1
            t = toks[k]
            if t.key.startswith("و") or t.key in RELATIVE_PRONOUNS or t.key in CLAUSE_PRONOUNS \
                    or t.key in SETTING_PREPOSITIONS:
                return None  # "، وهو ..."، "، الذي ..."، "، في تصريح ...": the subject's description or setting
        else:
            k = self._past_setting(finder, k, hi)  # "وقال فلان في تصريحات لـ«الصحيفة» النجاحات ..."
            k = self.grammar.past_addressee(finder, k, hi)
        if k + NP_MIN_TOKENS > hi or k >= len(toks) or toks[k].start < sp.end:
            return None
        for m in range(k, hi):
            x = toks[m]
            if lex.is_comp(x) or x.text in ":«“\"":
                return None  # a complementiser or a quotation later: the search for it stopped early
            if m > k and x.is_word and (c := lex.cue(x)) is not None and c.form in ("past", "present") \
                    and c.prefix == "و" and toks[m - 1].text in "،,":
                break  # "...، وأوضح المسؤول أن ...": the next statement's complementiser is its own
        t = toks[k]
        if not t.is_word or finder.mention_at_token(k) is not None or finder.in_name(k) or (lex.is_stop(t) and not comma) \
                or lex.cue(t) is not None or any(
                    lex.has(kind, t, TITLE_PREFIXES) for kind in ("time", "title", "org_head", "honorific")):
            return None
        return k

    def _past_outlet(self, finder: SpeakerFinder, k: int, hi: int) -> int:
        """The last token of the outlet told right after token k ("مؤكدا لـ«الصحيفة» ..."), else k:
        the paper is neither the participle's object nor part of what was said."""
        return self.grammar.past_addressee(finder, k + 1, hi) - 1

    def _past_setting(self, finder: SpeakerFinder, k: int, hi: int) -> int:
        """The token after a setting at token k ("في تصريحات"، "في تصريح له"، "خلال حديثه") that is
        followed by the outlet the words were given to ("لـ«الصحيفة»"); k when there is none."""
        toks = finder.toks
        if k + 2 >= hi or toks[k].key not in SETTING_PREPOSITIONS or not self.grammar.speech_noun(toks[k + 1]):
            return k
        m = k + 2
        if toks[m].key in SETTING_PRONOUNS:
            m += 1  # "في تصريح له"
        return m if self.grammar.past_addressee(finder, m, hi) > m else k

    def _quoted_clause(self, finder: SpeakerFinder, quote_at: dict[int, QuoteSpan], words: dict[int, int],
                       k: int, after_comp: bool = False) -> bool:
        """The quotation opening at token k (right after a colon or, `after_comp`, a complementiser)
        carries the statement: two words or more, or the end of its sentence; one word followed by
        more ("قالت إن «الرابطة»، التي ...، تقف ...") or, after a complementiser, the quoted subject of
        the clause ("أن «هذا الإنجاز» يأتي ...") is part of the reported clause."""
        q = quote_at.get(k)
        if q is None:
            return False
        if q.close is None:
            return True
        after = finder.tok_at(q.close + 1)
        _, hi = finder.sent_tok_range(finder.sent_of(q.open))
        if after_comp and quoted_name(finder, q) and after < hi and finder.toks[after].is_word:
            return False  # "أن «آية الله» لن يدخل ...": a quoted name is the clause's subject
        if words[q.open] >= MIN_QUOTE_WORDS:
            return not (after_comp and quoted_subject(finder, q, words[q.open], SHORT_QUOTE_WORDS))
        return after >= hi or finder.toks[after].text in ".؟?!؛"

    def _clause_from(self, finder: SpeakerFinder, i: int, k: int, cue: Cue) -> QuoteCandidate | None:
        """The statement of the verb at i, from token k to the clause end; its subject is dropped
        (the previous speaker)."""
        tok = finder.toks[i]
        cand = QuoteCandidate("indirect", 0, 0, tok.start, self._cue_span(finder, tok, cue), cue_tok=i,
                              gender=cue.gender, resolved=False)
        cand.start, cand.end = trim_span(finder, finder.toks[k].start, self.clauses.clause_end(finder, k))
        if len(finder.text[cand.start : cand.end].split()) < self._min_words(finder, cand.start):
            return None
        return cand

    def _min_words(self, finder: SpeakerFinder, start: int) -> int:
        """The fewest words the object of a participle ("مؤكدا ...") starting at `start` may have: one
        fewer when a noun that opens what was said heads it ("مؤكدا دعمه الكامل للقرار"): a
        participle after a main clause is a speaker's added point. (After a finite verb three
        words are often a claim rather than a statement: "أعلن التنظيم مسؤوليته عن الهجوم".)"""
        k = finder.tok_at(start)
        if k < len(finder.toks) and finder.toks[k].start == start and \
                self.grammar.content_head_at(finder, k - 1, k + 1) == k:
            return NP_MIN_TOKENS - 1
        return NP_MIN_TOKENS

    def _cue_span(self, finder: SpeakerFinder, tok: Token, cue: Cue) -> Span:
        return Span(cue.start, tok.end, finder.text[cue.start : tok.end])
