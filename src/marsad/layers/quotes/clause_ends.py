"""Where a reported clause ends: at its sentence's end, or earlier where another statement starts
(a second reporting verb, "من جهته قال ...", a coordinated clause with a new subject), and later
where a semicolon only sets off a description or the clause goes on past it.
"""

from __future__ import annotations

from marsad.arabic.tokens import CONJUNCTIONS, Token, tokenize
from marsad.layers.quotes.attribution import QUOTE_WORDS, SpeakerFinder
from marsad.layers.quotes.cue_checks import participle_as_adjective, subject_clause_ahead
from marsad.layers.quotes.cue_grammar import PREP_CLAUSE, CueGrammar
from marsad.layers.quotes.marks import find_quotes
from marsad.layers.quotes.patterns import (
    QUOTE_MARKS,
    THEN,
    answer_after_semicolon,
    coordinated_new_speaker,
    part_after_semicolon,
    trim_span,
)
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.lexicons.loader import words as word_list

QUOTED_SENTENCES_AFTER = 3  # full stops a quotation opened in a clause may run past before its closing mark
NAME_CLAUSE_WORDS = 5  # "بأن العقيد فلان الفلاني؛ ...": the longest name with its rank a clause may stop at
CONTRAST_CONJUNCTIONS = word_list(QUOTE_WORDS, "contrast_conjunction")
# match keys of "في حين" ("whereas"), a contrast written as two words: "time" after "in"
WHILE_TIME = "حين"
WHILE_IN = frozenset({"في", "وفي", "ففي"})
ADDITIVE_CONJUNCTIONS = word_list(QUOTE_WORDS, "additive_conjunction")
TURN_PHRASES = word_list(QUOTE_WORDS, "turn_phrase")
NEGATED_OPENERS = word_list(QUOTE_WORDS, "negated_opener")
OBJECT_PRONOUNS = ("ه", "ها")  # "بحسب ما ذكرته": the verb with the pronoun of what it reported
RELATIVE_MA = word_list(QUOTE_WORDS, "relative_ma")  # "ما" / "لما" of "بحسب ما ذكرت X"
SEMICOLON_CONTINUATIONS = word_list(QUOTE_WORDS, "semicolon_continuation")
SHADDA = "\u0651"  # "وبيّن": written so, the verb and never "between"
TURN_CUE_TOKENS = 2  # "من جهته، قال": tokens between a turn phrase and its reporting verb
TURN_FROM = frozenset({"من", "ومن"})  # match keys: "من" of "من جهته"، "من جانبها"
TURN_BY = "ب"  # "بدوره" carries its own preposition
IMPERSONAL_PREFIXES = frozenset({"", *CONJUNCTIONS})
ONE_RELATIVE = frozenset({"الذي", "التي"})  # match keys: the relative pronoun of one person or body
TO = frozenset({"الي"})  # match key of "إلى"/"الى": "مشيرا إلى أن"
# match keys of "كان"'s sisters: "بات مؤكدا أن" is a predicate ("كان" itself is in the lexicon)
COPULAS = frozenset({"بات", "باتت", "اصبح", "اصبحت", "صار", "صارت", "ظل", "ظلت", "ليس", "ليست", "بدا", "بدت",
                     "يبدو", "تبدو", "اضحي", "اضحت", "يصبح", "تصبح", "يكون", "تكون", "يعد", "تعد", "يظل", "تظل"})
ACCUSATIVE_ENDINGS = ("ا", "اً", "ًا")  # "مشيرا"، "مشيراً": a participle of how one spoke, not an adjective


def _dots(text: str) -> bool:
    """A run of two dots or more, or an ellipsis ("..", "...", "…")."""
    return text == "…" or (len(text) >= 2 and text.strip(".") == "")


def _quotation_closed_later(finder: SpeakerFinder, start: int, end: int) -> int | None:
    """"بأنهم يؤيدون الاتفاق، لكنهم يعرفون أن «المعركة ستكون تاريخية. ستكون معركة الجيل».": a
    quotation opened in the clause and closed after a full stop, in the same paragraph, is one
    with it; the clause ends with the sentence of the closing mark (None: no such quotation)."""
    text = finder.text
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    for q in find_quotes(text, start, para_end):
        if q.depth == 0 and start <= q.open < end and q.close is not None and q.close >= end \
                and finder.sent_of(q.close) - finder.sent_of(end - 1) <= QUOTED_SENTENCES_AFTER:
            return finder.sents[finder.sent_of(q.close)].end
    return None


def _closing_mark_later(finder: SpeakerFinder, start: int, end: int) -> int | None:
    """The offset of the closing mark of the quotation `_quotation_closed_later` finds."""
    text = finder.text
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    for q in find_quotes(text, start, para_end):
        if q.depth == 0 and start <= q.open < end and q.close is not None and q.close >= end:
            return q.close
    return None

# match keys of the words that lead up to a verb with its colon inside a clause: relatives and "when"
COLON_VERB_LEADS = frozenset({"الذي", "التي", "الذين", "عندما", "حينما", "حين", "لما", "بعدما", "وعندما", "وحين"})


class ClauseEnds:
    """The ends of reported clauses, read with the speech lexicon and the cue grammar."""

    def __init__(self, lex: SpeechLexicon, grammar: CueGrammar) -> None:
        self.lex = lex
        self.grammar = grammar
        # (token list, its length, the indices of its reporting words): a document's clauses are
        # ended one statement after another, each scan asking only those tokens for a cue
        self._cues: tuple[list | None, int, frozenset[int]] = (None, 0, frozenset())

    def _cue_tokens(self, toks: list) -> frozenset[int]:
        """`SpeechLexicon.cue_positions` of the finder's tokens, made once per document."""
        known, size, cues = self._cues
        if known is not toks or size != len(toks):
            cues = self.lex.cue_positions(toks)
            self._cues = (toks, len(toks), cues)
        return cues

    def clause_end(self, finder: SpeakerFinder, j: int) -> int:
        """End offset of a reported clause starting at token j: the sentence end, or the next cue."""
        toks, lex = finder.toks, self.lex
        if j >= len(toks):
            return len(finder.text)
        s = finder.sents[finder.sent_of(toks[j].start)]
        _, hi = finder.sent_tok_range(finder.sent_of(toks[j].start))
        depth = 0
        cues = self._cue_tokens(toks)  # a token with no reporting word is never one of `lex.cue`
        for k in range(j, hi):
            t = toks[k]
            if t.text in "«“„":
                depth += 1
            elif t.text in "»”" and depth:
                depth -= 1
            if depth or k == j:
                continue
            prev = toks[k - 1]
            # two dots or more ("..كما تفيد تقارير") end no sentence in the splitter, but like a
            # comma they may close the clause before another statement
            comma = prev.text in "،," or (prev.text[0] in ".…" and _dots(prev.text))
            # "أن هؤلاء بدورهم كشفوا ...": "بدوره" right after a word of the clause, with no comma,
            # is that word's "in turn", no new speaker taking the floor
            bare_noun_before = prev.is_word and not comma and not self.lex.cue(prev)
            cue = lex.cue(t) if k in cues and not self.grammar.between_pair(finder, k) else None
            if cue is not None and "ambig" in cue.flags and not comma and SHADDA not in t.text \
                    and not (self.grammar.clause_next(finder, k) or self.grammar.comp_soon(finder, k)):
                cue = None  # "التفريق بين ... وبين ...": a homograph with no clause of its own in sight
            if cue is not None and "subject" in cue.flags and not subject_clause_ahead(self.grammar, finder, k):
                cue = None  # "...والارتياح ووجدت ترحيبا كبيرا"، "ووُجد شعار": no finding of anyone's
            if cue is not None and PREP_CLAUSE in cue.flags and not self.grammar.prep_clause_ahead(finder, k):
                cue = None  # "...، معرجا إلى نظام «إيجار» الذي ...": a point turned to, no words of its own
            if cue is not None and "relay" in cue.flags and not self.grammar.relay_ok(finder, k):
                cue = None  # "تم إسعافهم ونقل الحالات إلى المستشفى": the noun "transfer", no "نقل عن"
            if cue is not None and cue.form == "present" and k + 1 < hi and lex.is_comp(toks[k + 1]) \
                    and lex.has("passive_impersonal", t, IMPERSONAL_PREFIXES) and not lex.has("impersonal", t, IMPERSONAL_PREFIXES):
                cue = None  # "قال: سقط الصاروخ، ويرجح أنه ...": "it is thought that", the clause goes on
            if cue is not None and cue.form == "past" and not cue.prefix and prev.key in ONE_RELATIVE \
                    and self._named_before(finder, k - 1, j) and self.grammar.clause_next(finder, k):
                # "أن ذلك يعود لموقف الوزير فلان الذي أوضح أن ...": the one named before the relative
                # pronoun takes the floor; his words are a statement of his own
                return prev.start
            if cue is not None and cue.form != "masdar" and (comma or (cue.prefix in ("و", "ف") and (
                    cue.form != "present" or self.grammar.words_follow(finder, k)))):
                # ("...ارتفع كثيرا ويضيف: «...»": a present verb starts a new statement only where
                # its words follow at once; "وتعمل ..." may go on with the clause's own subject)
                return prev.start if comma else t.start
            if cue is not None and cue.form in ("past", "present") and k + 1 < hi and toks[k + 1].text == ":" \
                    and not comma and k > j + 1:
                # "...، رغم أن ثلاثة أرباعهم قالوا: إنهم ...": a verb with its colon opens words of its own
                # (with the relative or "when" that leads up to it: "تصريحات كيري الذي قال:")
                return prev.start if prev.key in COLON_VERB_LEADS else t.start
            if cue is not None and not comma and self._bare_participle(finder, k, cue.form, hi):
                return t.start  # "...الخدمات الإلكترونية مشيرا إلى أن ...": a second statement with no comma
            if lex.is_according(t) and (comma or (k + 2 < hi and toks[k + 1].key in RELATIVE_MA
                                                   and self._source_verb(toks[k + 2]))):
                # ("... الاستقالة بحسب ما ذكرته الصحيفة"; "تسير بحسب ما هو مخطط" goes on)
                return prev.start if comma else t.start
            if (t.key in CONTRAST_CONJUNCTIONS or comma and t.key in ADDITIVE_CONJUNCTIONS) and self._own_cue_next(finder, k, hi):
                # "...، فيما ذكر خبير أن": a second statement ("التكامل فيما بين رجال الأمن والمجتمع":
                # "between", a homograph with no clause of its own)
                return prev.start if comma else t.start
            if t.key == WHILE_TIME and prev.key in WHILE_IN and k - 1 > j and self._own_cue_next(finder, k, hi):
                # "...، في حين ذكرت صحيفة أن ...": the two-word "whereas" opens another statement
                return toks[k - 2].start if toks[k - 2].text in "،," else prev.start
            if not comma and t.key in ADDITIVE_CONJUNCTIONS and k + 2 < hi:
                c2 = lex.cue(toks[k + 1])
                if c2 is not None and c2.form in ("past", "present") and not c2.prefix \
                        and not c2.flags & {"ambig", "subject"} and lex.is_comp(toks[k + 2]):
                    # "... إلى «مستشفى الملك خالد» كما أوضح أن ...": "also" and a verb with its
                    # complementiser at once open the next statement, comma or not
                    return t.start
            if comma and t.key in NEGATED_OPENERS and k + 1 < hi and (c2 := lex.cue(toks[k + 1])) is not None \
                    and c2.form in ("past", "present") and not c2.flags & {"ambig", "lead", "subject"} \
                    and (self.grammar.comp_soon(finder, k + 1) or self.grammar.clause_next(finder, k + 1)):
                # "...، ولم يستبعد فلان أن ...": the speaker's next statement, found on its own (with
                # a noun after it, "ولم يستبعد التحالف مع ...", it stays part of this one)
                return prev.start
            if (comma or t.key == THEN) and coordinated_new_speaker(finder, k, hi):
                return prev.start if comma else t.start
            if t.key in TURN_PHRASES and (prev.key in TURN_FROM or (t.key.startswith(TURN_BY) and not bare_noun_before)) \
                    and any(lex.cue(x) is not None for x in toks[k + 1 : min(k + 1 + TURN_CUE_TOKENS, hi)]):
                # "...، من جهته قال الرئيس": another speaker's statement starts (only with its "من":
                # in "والوقوف إلى جانبهم، مؤكدا ..." the clause goes on to the participle's comma)
                opener = k - 1 if prev.key in TURN_FROM else k
                before = toks[opener - 1] if opener > j else None
                return before.start if before is not None and before.text in "،," else toks[opener].start
        si = finder.sent_of(toks[j].start)
        if (closed := _quotation_closed_later(finder, toks[j].start, s.end)) is not None:
            mark = _closing_mark_later(finder, toks[j].start, s.end)
            after = finder.tok_at(mark + 1) if mark is not None else len(toks)
            if after + 1 < len(toks) and toks[after].text in "،," and lex.is_according(toks[after + 1]) \
                    and toks[after + 1].start < closed:
                # "إن بوتين «... النهاية. أعتقد ...»، بحسب ما نقلت وسائل الإعلام": the statement ends
                # with its quotation, the according phrase names its channel
                return toks[after - 1].end
            return closed
        return answer_after_semicolon(finder, si) or self._goes_on_after_semicolon(finder, si) or s.end

    def _own_cue_next(self, finder: SpeakerFinder, k: int, hi: int) -> bool:
        """The word after the conjunction at token k is a reporting verb with a clause of its own."""
        toks, lex = finder.toks, self.lex
        return k + 1 < hi and (c2 := lex.cue(toks[k + 1])) is not None and not (
            "subject" in c2.flags and not subject_clause_ahead(self.grammar, finder, k + 1)) and not (
            "ambig" in c2.flags and SHADDA not in toks[k + 1].text
            and not (self.grammar.clause_next(finder, k + 1) or self.grammar.comp_soon(finder, k + 1)))

    @staticmethod
    def _named_before(finder: SpeakerFinder, k: int, j: int) -> bool:
        """A person or body the entity layer found ends right before token k (inside the clause
        that starts at token j)."""
        if k - 1 < j:
            return False
        r = finder.covering(k - 1)
        return r is not None and r.entity.type in ("PER", "ORG") and r.end == finder.toks[k - 1].end

    def _source_verb(self, t: Token) -> bool:
        """"ذكرت"، "ذكرته"، "أعلنه": a reporting verb, also with the pronoun of what was reported."""
        if self.lex.cue(t) is not None:
            return True
        for pronoun in OBJECT_PRONOUNS:
            if t.text.endswith(pronoun) and len(t.text) > len(pronoun) + 2:
                bare = tokenize(t.text[: -len(pronoun)])
                if len(bare) == 1 and self.lex.cue(bare[0]) is not None:
                    return True
        return False

    def _bare_participle(self, finder: SpeakerFinder, k: int, form: str, hi: int) -> bool:
        """The reporting participle at k ("مشيرا"، "لافتاً"), in its accusative written form, is
        followed at once by "إلى" or a complementiser: writers often leave out the comma before it,
        and it starts the speaker's next statement."""
        toks = finder.toks
        t = toks[k]
        if form != "participle" or not t.text.endswith(ACCUSATIVE_ENDINGS) or k + 1 >= hi:
            return False
        nxt = toks[k + 1]
        if not (nxt.key in TO or self.lex.is_comp(nxt)):
            return False
        prev = toks[k - 1].key
        # "بات مؤكدا أن": a predicate
        return not (prev in COPULAS or prev[:1] in "وف" and prev[1:] in COPULAS
                    or participle_as_adjective(self.grammar, finder, k))

    def _goes_on_after_semicolon(self, finder: SpeakerFinder, si: int) -> int | None:
        """"...بأن إعادة تأهيل النفق ستواجه نزع الملكيات؛ مما قد يؤخر الحلول": a sentence cut by a
        semicolon whose next part (same paragraph) opens with a word that goes on with it ("مما"،
        "لأن"، "حيث") and reports no words of its own: the reported clause ends with that part."""
        sents, toks = finder.sents, finder.toks
        part = part_after_semicolon(finder, si)
        if part is None:
            return None
        k, hi = part
        if k >= hi or toks[k].key not in SEMICOLON_CONTINUATIONS:
            return None
        if any(t.text in QUOTE_MARKS or (t.is_word and (self.lex.cue(t) is not None or self.lex.is_according(t)))
               for t in toks[k:hi]):
            return None
        return sents[si + 1].end

    def through_semicolon(self, finder: SpeakerFinder, end: int) -> int:
        """"أشار إلى استمرار موجة الحر؛ نظرا لـ...": a noun-phrase statement cut by a semicolon goes
        on with the clause after it, unless a reporting word opens that clause."""
        text, toks = finder.text, finder.toks
        k = end
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k == 0 or text[k - 1] != "؛":
            return end
        si = finder.sent_of(k - 1)
        if si + 1 >= len(finder.sents) or finder.sents[si + 1].paragraph != finder.sents[si].paragraph:
            return end
        j, _ = finder.sent_tok_range(si + 1)
        longer = self.clause_end(finder, j)
        if any(t.text in QUOTE_MARKS or (t.is_word and (self.lex.cue(t) is not None or self.lex.is_according(t)))
               for t in toks[j : finder.tok_at(longer)]):
            return end  # "...؛ حيث قال: «...»": the next clause is a statement of its own
        return longer

    def past_named_semicolon(self, finder: SpeakerFinder, start: int, end: int) -> int:
        """"أفادت مصادر بأن العقيد فلان الفلاني؛ قائد القوات، فر من ...": a reported clause that is
        only a person's name before a semicolon goes on after it (the semicolon sets off the
        person's description)."""
        s, e = trim_span(finder, start, end)
        if not finder.text[e:end].strip().startswith("؛") or len(finder.text[s:e].split()) > NAME_CLAUSE_WORDS:
            return end
        if not any(r.end == e and r.entity.type == "PER" for r in finder.mentions_between(s, e)):
            return end
        return self.through_semicolon(finder, end)
