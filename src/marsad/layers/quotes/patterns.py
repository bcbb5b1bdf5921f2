"""Attribution patterns around quotes: "according to X", "X: «...»" and "جاء في البيان أن ..."
(headlines "X: words" are in `headlines`).

Helpers of `quotes.py`, kept apart so that file stays readable; they share its `QuoteCandidate` record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.document import Span, SpeakerRef
from marsad.layers.dates.tense import verb_shaped
from marsad.layers.quotes.attribution import QUOTE_WORDS, TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.marks import QuoteSpan
from marsad.layers.quotes.speech_lexicon import NOUN_PREFIXES
from marsad.lexicons.loader import keyed, words

if TYPE_CHECKING:
    from marsad.layers.quotes.cue_grammar import CueGrammar
    from marsad.layers.quotes.speech_lexicon import Cue

NP_MIN_TOKENS = 4         # a statement shorter than this (in words) is not kept
TRIM = " \t\n.،,؛;:-–—ـ"
QUOTE_MARKS = "\"“”«»„‹›'"
RELATIVE_MA = words(QUOTE_WORDS, "relative_ma")  # "ما" / "لما" of "وفقا لما قاله X"
CLAUSE_OPENERS = words(QUOTE_WORDS, "according_clause")  # "فقد" of "وبحسب X فقد ..."
NORM_PREFIXES = frozenset({"", "ل", "لل", "ب", "ال"})
PLACE_PREPOSITIONS = frozenset({"علي", "في", "فوق", "عند"})  # match keys: "على بابها"، "فوق المدخل"
APART_PREPOSITIONS = frozenset({"الي", "علي"})  # match keys of "استنادا إلى"، "بناء على"
DOCUMENT_PREFIXES = frozenset({"", "و", "ف", "ب", "وب", "فب", "ل", "ول", "ال"})  # "في البيان"، "في بيان لـ"
DEMONSTRATIVES = words(QUOTE_WORDS, "demonstrative")
BACK_REFERENCE_MAX_WORDS = 80  # "أوضح ذلك X" gives back at most a paragraph of this length
BACK_REFERENCE_CLAUSE_WORDS = 3  # a complementiser this close after "ذلك" opens the statement itself
ASIDE_PHRASES = tuple(sorted((tuple(p.split()) for p in keyed(QUOTE_WORDS, "aside_phrase", match_key)), key=len,
                             reverse=True))
DEITY = keyed(QUOTE_WORDS, "deity", match_key)
CONSTRUCT_TITLES = keyed(QUOTE_WORDS, "construct_title", match_key)
ANSWER_OPENERS = words(QUOTE_WORDS, "answer_opener")
COLLECTIVE_ACTORS = keyed(QUOTE_WORDS, "collective_actor", match_key)
TITLE_ADJECTIVES = keyed(QUOTE_WORDS, "title_adjective", match_key)
MAX_TITLE_ADJECTIVES = 2  # "بالفيلم الوثائقي الفرنسي «...»"
NISBA_ENDINGS = ("ي", "يه")  # match keys of relational adjectives ("الفرنسي"، "التلفزيونية")
PASSIVE_BELIEF = keyed(QUOTE_WORDS, "passive_belief", match_key)
UNAGREEING_RELATIVES = frozenset({"التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})  # match keys
ONLY = "فحسب"  # match key of "only", never "according to"
HOMOGRAPH_SUBJECT_WORDS = 15  # "وبين X أن": the longest subject between a homograph verb and its clause
APPOSITION_MAX_WORDS = 8  # a description between commas after an according-to source
PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي")  # match keys: "حسب رغبته"، "حسب قولي"
PLURAL_ENDINGS = ("يين", "ون", "ات")  # match keys: "بحسب دبلوماسيين": unnamed people, not a surname
HOMOGRAPH_FLAGS = frozenset({"ambig", "lead", "relay"})  # reporting words that are also nouns or prepositions
SOURCE_NAME_WORDS = 6  # the longest source name a clause may follow with no comma
THEN = "ثم"  # match key of the conjunction "then"
VERB_NOUN_ENDINGS = ("ه", "ين", "ون", "ات")  # match keys ending nouns ("وزيارة"، "مسؤولون"), never past verbs
DOCUMENT_CLAUSE_GAP = 22  # words between "جاء" and the complementiser (as for reporting verbs)


@dataclass
class QuoteCandidate:
    """A statement found by one pattern, before speakers are resolved and overlaps removed."""

    kind: str
    start: int
    end: int
    pos: int                         # where the statement is attributed (cue or quote start)
    cue: Span | None = None
    speaker: SpeakerRef | None = None
    resolved: bool = True            # False: the speaker is the previous / sentence speaker
    cue_tok: int | None = None
    via: list[str] = field(default_factory=list)
    gender: str | None = None        # agreement of the reporting verb: a hint for pro-drop subjects


def trim_span(finder: SpeakerFinder, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding spaces and punctuation."""
    text = finder.text
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


# --- "according to" --------------------------------------------------------------------
def according(finder: SpeakerFinder, i: int, quote_at: dict[int, QuoteSpan], governed: dict[int, QuoteCandidate],
              clause_end: Callable[[SpeakerFinder, int], int],
              governed_comp: Callable[[SpeakerFinder, int], bool]) -> QuoteCandidate | None:
    """"وبحسب X، فإن ..." and "...، وفقا لما قاله X." (the statement before the attribution).
    `governed_comp`: a complementiser of a time phrase ("بحسب ما أكده X أمس بعد أن ..."), not X's."""
    toks, lex = finder.toks, finder.lex
    lo, hi = finder.sent_tok_range(finder.sent_of(toks[i].start))
    if i + 1 >= hi or toks[i].key == ONLY:
        return None  # ("على اسمه فحسب": "only")
    nxt = toks[i + 1]
    k = i + 1
    if nxt.key == "عن":
        k = i + 2
    elif nxt.key in RELATIVE_MA or toks[i].key.endswith("ما"):
        k = i + 2 if nxt.key in RELATIVE_MA else i + 1
        # the verb of "ما قاله / لما نقلته / حسبما أفادت"
        if k < hi and toks[k].is_word and finder.mention_at_token(k) is None:
            k += 1
    rule_at = k + 1 if k + 1 < hi and toks[k].key in APART_PREPOSITIONS else k  # "استنادا إلى تعاليم ..."
    if rule_at < hi and lex.has("norm", toks[rule_at], NORM_PREFIXES):
        return None  # "وطبقا للإجراءات المعمول بها، فإن ...": rules, not somebody's words
    named = bool(finder.mention_at_token(i + 1) or lex.has("speech_noun", nxt, frozenset({"", "ل", "ب", "لل"})))
    # governed by a verb right before ("وقال وفقاً لما نقلته ... إن"): only a channel
    for b in range(max(lo, i - 2), i):
        c = lex.cue(toks[b])
        if c is not None and c.form in ("past", "present"):
            return None
    # X: the words up to a comma, a complementiser or the sentence end
    x_end = k
    while x_end < hi and toks[x_end].text not in "،,.:؛" and x_end - k < 8 and not (
            lex.is_comp(toks[x_end]) and not finder.in_name(x_end)) and toks[x_end].key not in CLAUSE_OPENERS:
        x_end += 1
    nx = x_end + 1 if x_end < hi and toks[x_end].text in "،," else x_end

    def opens_clause(n: int) -> bool:
        # "فقد" opens the statement only after a named source ("وفقا للبيانات فقد ارتفعت": figures)
        return n < hi and ((lex.is_comp(toks[n]) and not governed_comp(finder, n))
                           or (named and toks[n].key in CLAUSE_OPENERS))

    clause = opens_clause(nx)
    if not clause and nx > x_end and (m := _apposition_end(finder, nx, hi)) is not None and opens_clause(m + 1):
        nx, clause = m + 1, True  # "وحسب فلان، أحد منظمي الحملة، فإن ...": a description set off by commas
    after_quote = i > lo and toks[i - 1].text in "»”\""
    at_end = x_end >= hi or toks[x_end].text in ".؛" or governed_comp(finder, x_end)
    # "«...»، بحسب الجمارك، تعود ...": the quotation before the comma is X's (at the sentence end,
    # "... «إرهابيا»، وفقا لما أعلنه X." gives X the whole sentence, as below)
    quote_before = next((q for q in quote_at.values() if q.close == toks[i - 2].start), None) \
        if not at_end and i - 2 >= lo and toks[i - 1].text in "،," and toks[i - 2].text in "»”\"" else None
    sources = [r for r in finder.mentions_between(toks[k].start, toks[x_end - 1].end)
               if r.entity.type in ("PER", "ORG")] if x_end > k else []
    if not clause and i == lo and sources and (v := _verb_after_source(finder, sources[0], hi)) is not None:
        # "وحسب وكالة «فرانس برس» يأتي هذا التحرك ...": the clause follows the named source at once
        start, end = trim_span(finder, toks[v].start, clause_end(finder, v))
        if len(finder.text[start:end].split()) >= NP_MIN_TOKENS:
            return QuoteCandidate("indirect", start, end, toks[i].start, Span(toks[i].start, toks[i].end, toks[i].text),
                                  finder.ref(sources[0]), True, i)
    # "...، بحسب فال.": the bare surname of a person named in full before
    surname = _bare_surname(finder, k, toks[i].key) if x_end == k + 1 and (k + 1 >= hi or toks[k + 1].text in ".؛") else None
    if not (named or clause or after_quote or quote_before or sources or surname
            or toks[i].key.endswith("ما") or k > i + 1):
        return None  # "حسب الحاجة": not a source of words
    spoke = k > i + 1 and toks[k - 1].is_word and toks[k - 1].key not in RELATIVE_MA and toks[k - 1].key != "عن"
    speaker = finder.subject_after(k, x_end, fallback=clause or spoke, strip_prep=True) if x_end > k else None
    speaker = speaker or surname
    if speaker is not None and (speaker.entity in finder.source_entities or (
            speaker.entity is None and lex.has("speech_noun", toks[k], frozenset({"", "ل", "ب", "لل"}))
            and not lex.has("title", toks[k], frozenset({"", "ل", "ب"})))):
        speaker = None  # "بحسب التصريحات": a statement, not a speaker
    cue_span = Span(toks[i].start, toks[i].end, toks[i].text)
    if clause:
        cand = QuoteCandidate("indirect", 0, 0, toks[i].start, cue_span, speaker, True, i)
        if nx + 1 in quote_at:
            governed.setdefault(quote_at[nx + 1].open, cand)
            return None
        start = lex.clause_start_after_comp(toks[nx]) if lex.is_comp(toks[nx]) else toks[nx].end
        cand.start, cand.end = trim_span(finder, start, clause_end(finder, nx + 1))
        return cand
    if quote_before is not None:
        # ("«...»، حسبما أعلن X، موضحا أن ...": the participle after X carries a statement of its own)
        governed.setdefault(quote_before.open, QuoteCandidate("direct", 0, 0, toks[i].start, cue_span, speaker, True, i))
        return None
    if nx < hi and lex.cue(toks[nx]) is not None:
        return None  # "وبحسب تقرير تاس، قال ...": the verb carries the quote
    # "...، بحسب X." closing a sentence: the sentence before it is the statement
    prev = toks[i - 1] if i > lo else None
    dash = prev is not None and (prev.text in "،," or not prev.text.strip("-–—ـ"))
    # with no comma only an explicit source ("... بحسب ما أكده X"، "... بحسب حصيلة للمرصد") closes a statement
    explicit = spoke or surname is not None or lex.has("speech_noun", nxt, frozenset({"", "ل", "ب", "لل"})) or any(
        not any(t.is_word and len(t.key) > 2 for t in toks[k : finder.tok_at(r.start)])
        for r in sources)  # the source named at once ("وفقا لـ«X»"), not "وفقا لزاوية ميلان الجهاز"
    if not at_end or prev is None or not (dash or prev.text in "»”\"" or (explicit and prev.is_word)):
        return None
    if prev.text in "»”\"":
        for q in quote_at.values():
            if q.close == prev.start:
                governed.setdefault(q.open, QuoteCandidate("direct", 0, 0, toks[i].start, cue_span, speaker, True, i))
        return None
    for b in range(lo, i):
        c = lex.cue(toks[b])
        if c is not None and c.form != "masdar" and not (
                c.flags & HOMOGRAPH_FLAGS and not c.prefix and b > lo and toks[b - 1].text not in "،,:"):
            return None  # the sentence has its own reporting verb ("عبر التلفزيون"، "وسيتم نقل": nouns)
    start, end = trim_span(finder, toks[lo].start, prev.start if dash and not prev.is_word else toks[i].start)
    if len(finder.text[start:end].split()) < NP_MIN_TOKENS:
        return None
    return QuoteCandidate("indirect", start, end, toks[i].start, cue_span, speaker, True, i)


def _bare_surname(finder: SpeakerFinder, k: int, according_key: str) -> SpeakerRef | None:
    """The one word closing "...، بحسب فال." when it is a person's surname: of a person named in
    full before, or a word no article, pronoun or function word marks as a common noun
    ("بحسب الحاجة"، "حسب رغبته"، "وفقا لذلك"، "بحسب دبلوماسيين" give nobody)."""
    tok = finder.toks[k]
    known = finder._surname_before(tok.start, tok.end)
    if known is not None or not tok.is_word:
        return known
    joined = not according_key.endswith(("حسب", "حسبما"))  # "وفقا لفلان"، "طبقا لفلان": after لـ
    stem = next((st for off, st in tok.splits if tok.key[: len(tok.key) - len(st)] == "ل"), None) if joined \
        else tok.key
    if stem is None:
        return None
    if len(stem) < 3 or stem.startswith("ال") or stem.endswith(PRONOUN_ENDINGS) or stem.isdigit() \
            or stem in DEMONSTRATIVES or finder.lex.is_stop(tok) or finder.lex.has("norm", tok, NORM_PREFIXES) \
            or finder.lex.has("speech_noun", tok, NORM_PREFIXES) or finder.lex.has("title", tok, NORM_PREFIXES) \
            or stem.endswith(PLURAL_ENDINGS):
        return None
    return finder.span_ref(tok.end - len(stem), tok.end)


def _verb_after_source(finder: SpeakerFinder, source, hi: int) -> int | None:
    """The token of a verb right after the source `source` (a closing quotation mark between at
    most) that opens the attributed clause, else None."""
    toks = finder.toks
    v = finder.tok_at(source.end)
    if v - finder.tok_at(source.start) > SOURCE_NAME_WORDS:
        return None
    if v < hi and toks[v].text in "»”\"":
        v += 1
    if v + 1 >= hi or not toks[v].is_word or toks[v].key.startswith(("ال", "وال")) \
            or toks[v].key.endswith(VERB_NOUN_ENDINGS) or not verb_shaped(toks[v].key) \
            or finder.lex.cue(toks[v]) is not None or finder.lex.is_stop(toks[v]) or finder.covering(v) is not None:
        return None
    return v


def _apposition_end(finder: SpeakerFinder, k: int, hi: int) -> int | None:
    """The comma closing a short description that opens at token k (", أحد منظمي الحملة،"), if any."""
    toks = finder.toks
    for m in range(k, min(hi, k + APPOSITION_MAX_WORDS + 1)):
        if toks[m].text in "،,":
            return m if m > k else None
        if not toks[m].is_word or finder.lex.is_comp(toks[m]):
            return None
    return None


def cue_after(finder: SpeakerFinder, q: QuoteSpan, cue_cands: list[QuoteCandidate]) -> QuoteCandidate | None:
    """"«...»، قال الوزير": a reporting verb right after the closing mark (a comma between at most)."""
    if q.close is None:
        return None
    k = finder.tok_at(q.close + 1)
    while k < len(finder.toks) and finder.toks[k].text in "،,":
        k += 1
    return next((c for c in cue_cands if c.cue_tok == k and c.cue is not None), None)


def quoted_subject(finder: SpeakerFinder, q: QuoteSpan, n: int, short: int) -> bool:
    """"أن «هذا الإنجاز» يأتي ...": a quotation of two to `short` words (`n` words) opening a reported
    clause that goes on after it with no "و" is the clause's subject, quoted; ("بأنها «مروعة وعشوائية»
    واستنكرت ...": followed by "و" it is the statement itself; «جبهة النصرة» أعلنت: a name says its own)."""
    if q.close is None or not 2 <= n <= short or quoted_name(finder, q):
        return False
    after = finder.tok_at(q.close + 1)
    _, hi = finder.sent_tok_range(finder.sent_of(q.open))
    return after < hi and finder.toks[after].is_word and not finder.toks[after].key.startswith(("و", "ف"))


def quoted_name(finder: SpeakerFinder, q: QuoteSpan) -> bool:
    """«المرصد السوري لحقوق الإنسان»: quotation marks around a name the entity layer knows."""
    return any(r.start <= q.start and q.end <= r.end for r in finder.mentions_between(q.start - 40, q.end + 1))


def work_title(finder: SpeakerFinder, oi: int) -> bool:
    """"سيفتتح بالفيلم الفرنسي «...»"، "كتابه الجديد «...»": a quotation after a word naming a work
    (a film, a book, a poem) and up to two adjectives of it is the work's title, not words said."""
    toks = finder.toks
    lo, _ = finder.sent_tok_range(finder.sent_of(toks[oi].start))
    k, adjectives = oi - 1, 0
    while k >= lo and adjectives < MAX_TITLE_ADJECTIVES and toks[k].is_word and (
            toks[k].key in TITLE_ADJECTIVES or (len(toks[k].key) > 3 and toks[k].key.endswith(NISBA_ENDINGS))):
        k, adjectives = k - 1, adjectives + 1
    return adjectives > 0 and k >= lo and finder.lex.has("work", toks[k], NOUN_PREFIXES)


def naming_subject(finder: SpeakerFinder, i: int) -> bool:
    """"وللحملة شعار آخر يقول: «...»"، "لافتة تقول ..."، "لوحة على بابها تقول": a slogan, a title or
    a work (a naming or work word, with one adjective or the place it hangs at most) is the subject
    of the verb at i: its words are a name or an inscription, nobody's statement."""
    toks = finder.toks
    lo, _ = finder.sent_tok_range(finder.sent_of(toks[i].start))
    k = i - 1
    kinds: tuple[str, ...] = ("naming",)
    if k > lo and toks[k].is_word and toks[k].key in TITLE_ADJECTIVES:
        k -= 1
    elif k - 1 > lo and toks[k - 1].key in PLACE_PREPOSITIONS:
        k -= 2  # "لوحة على بابها تقول «...»": where the sign hangs (a work speaks only there:
        kinds = ("naming", "work")  # "البرنامج أوضح" is a programme's manager speaking)
    return k >= lo and any(finder.lex.has(kind, toks[k], NOUN_PREFIXES) for kind in kinds)


def before_colon(finder: SpeakerFinder, ci: int) -> SpeakerRef | None:
    """The speaker of "X: «...»": a mention ending at the colon, else the words before it."""
    toks = finder.toks
    sent = finder.sents[finder.sent_of(toks[ci].start)]
    for r in reversed(finder.mentions_between(sent.start, toks[ci].start)):
        if r.end == toks[ci - 1].end and r.entity.type in ("PER", "ORG"):
            return finder.ref(r)
    k = ci - 1
    while k >= 0 and toks[k].start >= sent.start and toks[k].text not in "،,." and ci - k <= 6:
        k -= 1
    if k == ci - 1 or ci - k > 6:
        return None
    return finder.span_ref(toks[k + 1].stem_start, toks[ci - 1].end)

# --- what a document says ----------------------------------------------------------------
def document_says(finder: SpeakerFinder, i: int, quote_at: dict[int, QuoteSpan], governed: dict[int, QuoteCandidate],
                  governed_comp: Callable[[SpeakerFinder, int], bool],
                  clause_end: Callable[[SpeakerFinder, int], int]) -> QuoteCandidate | None:
    """"وجاء في البيان أن ..."، "وورد في التقرير الصادر عن الهيئة: ...": what a document says, given
    to the document (the resolver gives it to the body that issued it). `governed_comp`: a
    complementiser of a time phrase ("بعد أن"), not of the verb."""
    toks, lex = finder.toks, finder.lex
    _, hi = finder.sent_tok_range(finder.sent_of(toks[i].start))
    if i + 2 >= hi or toks[i + 1].key != "في" or not any(
            lex.has(kind, toks[i + 2], DOCUMENT_PREFIXES) for kind in ("document", "speech_noun")):
        return None
    for j in range(i + 3, min(hi, i + 1 + DOCUMENT_CLAUSE_GAP)):
        t = toks[j]
        if t.text == ":" or (lex.is_comp(t) and not governed_comp(finder, j)):
            cand = QuoteCandidate("indirect", 0, 0, toks[i].start, Span(toks[i].start, toks[i].end, toks[i].text),
                                  finder.span_ref(toks[i + 2].stem_start, toks[j - 1].end), cue_tok=i)
            if j + 1 in quote_at:
                governed.setdefault(quote_at[j + 1].open, cand)
                return cand
            start = lex.clause_start_after_comp(t) if t.text != ":" else t.end
            cand.start, cand.end = trim_span(finder, start, clause_end(finder, j + 1))
            return cand if len(finder.text[cand.start : cand.end].split()) >= NP_MIN_TOKENS else None
        if t.text in ".؟?!؛" or lex.cue(t) is not None:
            return None
    return None


# --- "أوضح ذلك فلان": the words before the verb --------------------------------------------
def back_references(finder: SpeakerFinder, cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """"... . أوضح ذلك مدير الإدارة سالم الفهد": a past reporting verb opening a sentence with
    "ذلك" as its object gives what the paragraph said before it (or the paragraph before, when
    the verb opens its own) to its subject, a named or titled actor, unless those words report
    somebody's words of their own (quotation marks, reporting or according-to words)."""
    toks, lex, sents = finder.toks, finder.lex, finder.sents
    out: list[QuoteCandidate] = []
    for i in range(len(toks) - 2):
        if toks[i + 1].key not in DEMONSTRATIVES or not toks[i].is_word:
            continue
        cue = lex.cue(toks[i])
        si = finder.sent_of(toks[i].start)
        if cue is None or cue.form != "past" or sents[si].start != toks[i].start or si == 0 or (
                cue.np and not any(m in cue.np for m in ("-", "~"))):
            continue  # "دعا ذلك الحكومة إلى ...": "ذلك" is the subject of a verb with a preposition
        _, hi = finder.sent_tok_range(si)
        if any(lex.is_comp(t) or t.text == ":" for t in toks[i + 2 : min(hi, i + 2 + BACK_REFERENCE_CLAUSE_WORDS)]):
            continue  # "وأكد ذلك أن ..."، "وأكد ذلك بقوله: ...": the clause after it is the statement
        para = sents[si - 1].paragraph
        first = si - 1
        while first > 0 and sents[first - 1].paragraph == para:
            first -= 1
        start, end = trim_span(finder, sents[first].start, sents[si - 1].end)
        if start < finder.doc.body_start or not NP_MIN_TOKENS <= len(finder.text[start:end].split()) \
                <= BACK_REFERENCE_MAX_WORDS or any(c.start < end and start < c.end for c in cands):
            continue
        if any(t.text in QUOTE_MARKS or (t.is_word and (lex.cue(t) is not None or lex.is_according(t)))
               for t in toks[finder.tok_at(start) : finder.tok_at(end)]):
            continue  # the paragraph reports words of its own
        speaker = finder.subject_after(i + 2, hi, fallback=True)
        named = speaker is not None and (speaker.entity is not None or any(
            lex.has(kind, toks[i + 2], TITLE_PREFIXES) for kind in ("title", "org_head")))
        if named:
            out.append(QuoteCandidate("indirect", start, end, toks[i].start,
                                      Span(cue.start, toks[i].end, finder.text[cue.start : toks[i].end]),
                                      speaker, True, i))
    return out


# --- around a reporting verb ---------------------------------------------------------------
def after_asides(finder: SpeakerFinder, i: int, hi: int) -> int:
    """The last token of the set phrases right after token i ("في الوقت ذاته"، "كذلك"), else i."""
    toks = finder.toks
    k = i
    while True:
        for phrase in ASIDE_PHRASES:
            n = len(phrase)
            if k + n < hi and all(match_key(toks[k + 1 + m].text) == w for m, w in enumerate(phrase)):
                k += n
                break
        else:
            return k


def passive_belief(finder: SpeakerFinder, i: int) -> bool:
    """"الشبان الذين يتوقع أن يمثلوا أمام القاضي" (who are expected to), "الأسلحة التي يعتقد أنها
    ...": a masculine verb of belief after a relative it does not agree with, with أن right after
    it, has no subject: a passive, nobody's statement."""
    toks = finder.toks
    if i == 0 or i + 1 >= len(toks) or toks[i - 1].key.removeprefix("و") not in UNAGREEING_RELATIVES:
        return False
    return toks[i].key in PASSIVE_BELIEF and finder.lex.is_comp(toks[i + 1])


def prayer(finder: SpeakerFinder, i: int) -> bool:
    """"داعيا الله أن ..."، "ودعا سموه المولى أن ...": God right after the verb (or after an
    honorific standing for the subject) is addressed in a prayer."""
    toks = finder.toks
    k = i + 1
    if k + 1 < len(toks) and toks[k].text.endswith("ه") and match_key(toks[k + 1].text) in DEITY:
        k += 1  # "داعيا سموه الله": the honorific with a pronoun is the subject
    return k < len(toks) and match_key(toks[k].text) in DEITY


def collective_actor(finder: SpeakerFinder, sp: SpeakerRef) -> bool:
    """"أعلنت السلطات ..."، "أعلن الأخير عن ...": an unnamed body or a back-reference speaks."""
    k = finder.tok_at(sp.start)
    return k < len(finder.toks) and match_key(finder.toks[k].text) in COLLECTIVE_ACTORS


def answer_after_semicolon(finder: SpeakerFinder, si: int) -> int | None:
    """"إنه برغم أن الجهاز الأنحف؛ فإن شركات أخرى ...": a sentence cut by a semicolon whose next
    part opens with the answer "فإن"/"فقد" (of a fronted "although", "if" or "as for") goes on
    to the end of that part."""
    sents, text = finder.sents, finder.text
    end = sents[si].end
    while end > sents[si].start and text[end - 1].isspace():
        end -= 1
    if text[end - 1 : end] != "؛" or si + 1 >= len(sents) or sents[si + 1].paragraph != sents[si].paragraph:
        return None
    k, hi = finder.sent_tok_range(si + 1)
    return sents[si + 1].end if k < hi and finder.toks[k].key in ANSWER_OPENERS else None


def after_head_noun(finder: SpeakerFinder, oi: int) -> bool:
    """"وقالت مديرة «جمعية الأمل الخيرية» إن ..."، "رئيس «حزب التقدم»": a quotation right after a
    title or a body's head noun without the article (its construct state) is that body's name."""
    if oi == 0:
        return False
    t = finder.toks[oi - 1]
    return t.is_word and not t.key.startswith(("ال", "وال")) and (
        finder.lex.has("org_head", t, frozenset({"", "و", "ف", "ل", "ب"})) or t.key in CONSTRUCT_TITLES)


def named_between(finder: SpeakerFinder, i: int, k: int) -> bool:
    """A named person or body between the verb at i and token k."""
    toks = finder.toks
    return any(r.entity.type in ("PER", "ORG") for r in finder.mentions_between(toks[i].end, toks[k].start))


def speaker_head_then_clause(finder: SpeakerFinder, grammar: CueGrammar, i: int, j: int, cue: Cue) -> bool:
    """"وبين تقرير اقتصادي أن ..."، "وبين مدير الإدارة أن ...": a homograph opening a clause, with a
    title, a body or a report right after it and no "و" joining a second member before the
    complementiser at j, is the verb ("between" needs "بين X وY")."""
    toks, lex = finder.toks, finder.lex
    if not grammar.clause_start(finder, i, cue) or j - i > HOMOGRAPH_SUBJECT_WORDS or not lex.is_comp(toks[j]):
        return False
    if not any(lex.has(kind, toks[i + 1], NOUN_PREFIXES | {"ال"})
               for kind in ("title", "org_head", "document", "honorific")):
        return False
    return not any(t.key.startswith("و") or (not t.is_word and not _abbreviation_dot(finder, k))
                   for k, t in enumerate(toks[i + 2 : j], i + 2))


def _abbreviation_dot(finder: SpeakerFinder, k: int) -> bool:
    """The dot of an abbreviated title before a name ("د.فلان"، "م. فلان")."""
    toks = finder.toks
    return toks[k].text == "." and k + 1 < len(toks) and finder.mention_at_token(k + 1) is not None \
        and toks[k - 1].is_word and len(toks[k - 1].key) == 1


def prep_clause_after(finder: SpeakerFinder, grammar: CueGrammar, q: QuoteSpan, cue: Cue, hi: int) -> bool:
    """The verb's own preposition and a complementiser right after the quotation ("إلى أن")."""
    toks = finder.toks
    k = finder.tok_at(q.close + 1)
    return k + 1 < hi and bool(cue.np) and grammar.is_np_prep(toks[k], cue) and finder.lex.is_comp(toks[k + 1])


def coordinated_new_speaker(finder: SpeakerFinder, k: int, hi: int) -> bool:
    """"قال X إن ...، ثم انتقدت الرابطة القرار وأكدت أن": token k opens a clause (after a comma,
    or "ثم") whose verb is no reporting verb and whose named subject stands right after it, and
    the next reporting verb of the sentence is joined to that clause by و/ف with no subject of
    its own. That verb speaks for the clause's subject, so the reported clause before ends at k."""
    toks, lex = finder.toks, finder.lex
    verb = k + 1 if toks[k].key == THEN else k
    if verb + 1 >= hi or not toks[verb].is_word or toks[verb].key.startswith(("ال", "وال")) \
            or toks[verb].key.endswith(VERB_NOUN_ENDINGS) or not verb_shaped(toks[verb].key) \
            or lex.cue(toks[verb]) is not None or lex.is_stop(toks[verb]) or finder.covering(verb) is not None:
        return False
    subject = finder.mention_at_token(verb + 1)
    if subject is None or subject.entity.type not in ("PER", "ORG") or finder.in_pp(subject) \
            or subject.entity.id in finder.source_entities:
        return False
    for n in range(finder.tok_at(subject.end), hi):
        cue = lex.cue(toks[n]) if toks[n].is_word else None
        if cue is not None:
            agrees = cue.gender is None or toks[verb].key.endswith("ت") == (cue.gender == "f")
            joined = cue.prefix in ("و", "ف") and cue.form != "masdar" and agrees
            following = finder.mention_at_token(n + 1) if n + 1 < hi else None
            return joined and following is None
    return False
