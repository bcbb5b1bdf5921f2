"""Attribution patterns around quotes: "X: «...»" and "جاء في البيان أن ..." (headlines "X: words"
are in `headlines`, "according to X" in `according`).

Helpers of `quotes.py`, kept apart so that file stays readable; they share its `QuoteCandidate` record.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.normalize import match_key
from marsad.document import Span, SpeakerRef
from marsad.layers.dates.tense import is_present_verb, verb_shaped
from marsad.layers.quotes.attribution import QUOTE_WORDS, TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.marks import QuoteSpan
from marsad.layers.quotes.speech_lexicon import NOUN_PREFIXES
from marsad.lexicons.loader import keyed, words

if TYPE_CHECKING:
    from marsad.layers.quotes.cue_grammar import CueGrammar
    from marsad.layers.quotes.document_index import MentionRef
    from marsad.layers.quotes.speech_lexicon import Cue

NP_MIN_TOKENS = 4         # a statement shorter than this (in words) is not kept
TRIM = " \t\n.،,؛;:-–—ـ"
QUOTE_MARKS = "\"“”«»„‹›'"
CLAUSE_OPENERS = words(QUOTE_WORDS, "according_clause")  # "فقد" of "وبحسب X فقد ..."
PLACE_PREPOSITIONS = frozenset({"علي", "في", "فوق", "عند"})  # match keys: "على بابها"، "فوق المدخل"
DOCUMENT_PREFIXES = frozenset({"", "و", "ف", "ب", "وب", "فب", "ل", "ول", "ال"})  # "في البيان"، "في بيان لـ"
DEMONSTRATIVES = words(QUOTE_WORDS, "demonstrative")
MODALS = keyed(QUOTE_WORDS, "writer_modal", match_key)  # "يمكن أن"، "يجب أن": the modal's own complementiser
_DEMONSTRATIVE_FORMS = FormMemo()  # word form -> is a demonstrative ("ذلك")
BACK_REFERENCE_MAX_WORDS = 80  # "أوضح ذلك X" gives back at most a paragraph of this length
BACK_REFERENCE_CLAUSE_WORDS = 3  # a complementiser this close after "ذلك" opens the statement itself
ASIDE_PHRASES = tuple(sorted((tuple(p.split()) for p in keyed(QUOTE_WORDS, "aside_phrase", match_key)), key=len,
                             reverse=True))
DEITY = keyed(QUOTE_WORDS, "deity", match_key)
CONSTRUCT_TITLES = keyed(QUOTE_WORDS, "construct_title", match_key)
ANSWER_OPENERS = words(QUOTE_WORDS, "answer_opener")
COLLECTIVE_ACTORS = keyed(QUOTE_WORDS, "collective_actor", match_key)
BLESSINGS = words(QUOTE_WORDS, "blessing")
ASKING_STEMS = ("سال", "ساي", "يسال", "تسال", "داع", "دعا", "دعت", "يدعو", "تدعو")  # match keys of asking God
PRAYER_REACH = 5  # words between "دعا لـ" and the blessing ("لسائر الشهداء الأبرار بالرحمة")
TITLE_ADJECTIVES = keyed(QUOTE_WORDS, "title_adjective", match_key)
MAX_TITLE_ADJECTIVES = 2  # "بالفيلم الوثائقي الفرنسي «...»"
NISBA_ENDINGS = ("ي", "يه")  # match keys of relational adjectives ("الفرنسي"، "التلفزيونية")
SUBJECT_TITLE_WORDS = 3  # "ويتفق المحلل السياسي فلان": title words between a clause's verb and its subject
PASSIVE_BELIEF = keyed(QUOTE_WORDS, "passive_belief", match_key)
UNAGREEING_RELATIVES = frozenset({"التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})  # match keys
HOMOGRAPH_SUBJECT_WORDS = 15  # "وبين X أن": the longest subject between a homograph verb and its clause
HOMOGRAPH_FLAGS = frozenset({"ambig", "lead", "relay"})  # reporting words that are also nouns or prepositions
BY = "ب"  # the preposition of "صرح بذلك"
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


TRAILING_THAT = "وذلك"
AND = "و"  # written apart before a quotation mark: «...» و«...»


def trim_span(finder: SpeakerFinder, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding spaces and punctuation."""
    text = finder.text
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    if text.endswith(TRAILING_THAT, start, end) and end - len(TRAILING_THAT) > start \
            and text[end - len(TRAILING_THAT) - 1].isspace():
        # "...كرأس حربة، وذلك بحسب ما أكد مدير أعماله": "and that" points on to the source, no word of it
        end -= len(TRAILING_THAT)
        while end > start and text[end - 1] in TRIM:
            end -= 1
    return start, end


# --- around a quotation: its cue, a quoted name or title, "X: «...»" ------------------------
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
    toks = finder.toks
    if after + 2 < hi and toks[after].text == AND and toks[after + 1].text in QUOTE_MARKS:
        # "أن «عاصفة الحزم» و«إعادة الأمل» حققتا ...": a second quoted name joined to the first;
        # the clause goes on after it
        close = next((m for m in range(after + 2, min(hi, after + 2 + short + 1)) if toks[m].text in QUOTE_MARKS), None)
        if close is not None:
            after = close + 1
    return after < hi and toks[after].is_word and not toks[after].key.startswith(("و", "ف"))


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


@functools.cache
def _lone_openers() -> frozenset[str]:
    """The one-word openers of an attributed sentence ("وأضاف"، "واختتم": `sentence_openers.tsv`), a
    verb with no name of its own: alone before a colon it is not the speaker's name."""
    return frozenset(match_key(w) for w in words("sentence_openers.tsv") if " " not in w.strip())


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
    if k == ci - 2 and finder.covering(ci - 1) is None and (
            is_present_verb(toks[ci - 1].key) or toks[ci - 1].key in _lone_openers()):
        # "ترد: «...»"، "يجيب: «...»"، "واختتم: «...»": a verb whose subject is unsaid, the one who spoke before
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
            lex.has(kind, toks[i + 2], DOCUMENT_PREFIXES) for kind in ("document", "speech_noun", "said_in")):
        return None
    for j in range(i + 3, min(hi, i + 1 + DOCUMENT_CLAUSE_GAP)):
        t = toks[j]
        if lex.is_comp(t) and any(stem in MODALS for _, stem in toks[j - 1].splits):
            return None  # "فقد جاء في المقال السابق التأكيد على ...، ويمكن أن نضيف": the writer's own clause
        if t.text == ":" or (lex.is_comp(t) and not governed_comp(finder, j)):
            last = j - 1
            while last > i + 2 and not toks[last].is_word:
                last -= 1  # "وجاء في التعميم، أن": the comma is no part of the document's name
            cand = QuoteCandidate("indirect", 0, 0, toks[i].start, Span(toks[i].start, toks[i].end, toks[i].text),
                                  finder.span_ref(toks[i + 2].stem_start, toks[last].end), cue_tok=i)
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
    the verb opens its own; or only the sentence before, when the paragraph is too long or
    reports words of its own) to its subject, a named or titled actor."""
    toks, lex, sents = finder.toks, finder.lex, finder.sents
    out: list[QuoteCandidate] = []
    # the words before a demonstrative (few): a scan of every token costs more
    for j in indices_where(toks, _DEMONSTRATIVE_FORMS, lambda t: t.key in DEMONSTRATIVES or (
            t.key[:1] == BY and t.key[1:] in DEMONSTRATIVES)):
        i = j - 1
        if not 0 <= i < len(toks) - 2 or not toks[i].is_word:
            continue
        cue = lex.cue(toks[i])
        si = finder.sent_of(toks[i].start)
        own_prep = toks[j].key[:1] == BY and cue is not None and BY in cue.np  # "صرح بذلك فلان"
        # "...، أوضح ذلك فلان": after a comma, the words before it in its sentence are given back
        after_comma = i > 0 and toks[i - 1].text in "،," and sents[si].start < toks[i - 1].start
        if cue is None or cue.form != "past" or (sents[si].start != toks[i].start and not after_comma) or (
                si == 0 and not after_comma) or (
                toks[j].key[:1] == BY and not own_prep) or (
                cue.np and not own_prep and not any(m in cue.np for m in ("-", "~"))):
            continue  # "دعا ذلك الحكومة إلى ...": "ذلك" is the subject of a verb with a preposition
        _, hi = finder.sent_tok_range(si)
        if any(lex.is_comp(t) or t.text == ":" for t in toks[i + 2 : min(hi, i + 2 + BACK_REFERENCE_CLAUSE_WORDS)]):
            continue  # "وأكد ذلك أن ..."، "وأكد ذلك بقوله: ...": the clause after it is the statement
        last = si if after_comma else si - 1  # the sentence whose words are given back
        last_end = toks[i - 1].start if after_comma else sents[si - 1].end
        para = sents[last].paragraph
        first = last
        while first > 0 and sents[first - 1].paragraph == para:
            first -= 1
        # the paragraph before the verb, else (too long, or reporting words of its own) its last sentence
        spans = (trim_span(finder, sents[f].start, last_end) for f in dict.fromkeys((first, last)))
        start, end = next((span for span in spans if _said_back(finder, cands, *span)), (0, 0))
        if start == end:
            continue
        speaker = finder.subject_after(i + 2, hi, fallback=True)
        named = speaker is not None and (speaker.entity is not None or any(
            lex.has(kind, toks[i + 2], TITLE_PREFIXES) for kind in ("title", "org_head")))
        if named:
            out.append(QuoteCandidate("indirect", start, end, toks[i].start,
                                      Span(cue.start, toks[i].end, finder.text[cue.start : toks[i].end]),
                                      speaker, True, i))
    return out


def _said_back(finder: SpeakerFinder, cands: list[QuoteCandidate], start: int, end: int) -> bool:
    """The words start..end may be what "أوضح ذلك X" gives back: in the body, long enough, not too
    long, found by no other pattern, and reporting no words of their own (quotation marks,
    reporting or according-to words)."""
    lex = finder.lex
    if start < finder.doc.body_start or not NP_MIN_TOKENS <= len(finder.text[start:end].split()) \
            <= BACK_REFERENCE_MAX_WORDS or any(c.start < end and start < c.end for c in cands):
        return False
    return not any(t.text in QUOTE_MARKS or (t.is_word and (lex.cue(t) is not None or lex.is_according(t)))
                   for t in finder.toks[finder.tok_at(start) : finder.tok_at(end)])


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
    honorific standing for the subject) is addressed in a prayer; so is a blessing asked for
    somebody ("دعا لهم بالتوفيق")."""
    toks = finder.toks
    k = i + 1
    asking = match_key(toks[i].text).removeprefix("و").startswith(ASKING_STEMS)
    if k + 1 < len(toks) and toks[k].is_word and (toks[k].text.endswith("ه") or (asking and toks[k].key.startswith("ال"))) \
            and match_key(toks[k + 1].text) in DEITY:
        # "داعيا سموه الله"، "سائلة القيادة الله": the subject (an honorific; a body after a verb of
        # asking: "وأكد الجار الله أن" is a name) between
        k += 1
    if k < len(toks) and match_key(toks[k].text) in DEITY:
        return True
    if k < len(toks) and toks[k].is_word and toks[k].key.startswith("ل"):
        # "ودعا لسائر الشهداء بالمغفرة والرحمة": for whom, then the blessing asked for
        for t in toks[k + 1 : k + 1 + PRAYER_REACH]:
            if not t.is_word:
                return False
            if t.key.startswith("ب") and t.key[1:].removeprefix("ال") in BLESSINGS:
                return True
    return False


def collective_actor(finder: SpeakerFinder, sp: SpeakerRef) -> bool:
    """"أعلنت السلطات ..."، "أعلن الأخير عن ...": an unnamed body or a back-reference speaks."""
    k = finder.tok_at(sp.start)
    return k < len(finder.toks) and match_key(finder.toks[k].text) in COLLECTIVE_ACTORS


def part_after_semicolon(finder: SpeakerFinder, si: int) -> tuple[int, int] | None:
    """The token range of the next part of sentence `si` when a semicolon cut it there and that
    part is in the same paragraph, else None."""
    sents, text = finder.sents, finder.text
    end = sents[si].end
    while end > sents[si].start and text[end - 1].isspace():
        end -= 1
    if text[end - 1 : end] != "؛" or si + 1 >= len(sents) or sents[si + 1].paragraph != sents[si].paragraph:
        return None
    return finder.sent_tok_range(si + 1)


def answer_after_semicolon(finder: SpeakerFinder, si: int) -> int | None:
    """"إنه برغم أن الجهاز الأنحف؛ فإن شركات أخرى ...": a sentence cut by a semicolon whose next
    part opens with the answer "فإن"/"فقد" (of a fronted "although", "if" or "as for") goes on
    to the end of that part."""
    part = part_after_semicolon(finder, si)
    if part is None:
        return None
    k, hi = part
    return finder.sents[si + 1].end if k < hi and finder.toks[k].key in ANSWER_OPENERS else None


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
    title, a body or a report right after it (or a single definite word: a surname) and no "و"
    joining a second member before the complementiser at j, is the verb ("between" needs "بين X وY")."""
    toks, lex = finder.toks, finder.lex
    if not grammar.clause_start(finder, i, cue) or j - i > HOMOGRAPH_SUBJECT_WORDS:
        return False
    if j == i + 2 and (lex.is_comp(toks[j]) or toks[j].text == ":") and toks[i + 1].is_word \
            and toks[i + 1].key.startswith("ال") and not lex.is_stop(toks[i + 1]):
        return True  # "وتابع السبيعي أن ..."، "وتابع البيان: ...": one definite word then the clause ("between" needs و)
    if not lex.is_comp(toks[j]):
        return False
    if not any(lex.has(kind, toks[i + 1], NOUN_PREFIXES | {"ال"})
               for kind in ("title", "org_head", "document", "honorific")):
        return False
    # "وبين مدير إدارة الحج والعمرة الدكتور فلان أن ...": a "و" inside the title is no second member
    # of "between" when the subject ends in a person's name
    named_end = (r := finder.covering(j - 1)) is not None and r.entity.type == "PER"
    return not any((t.key.startswith("و") and not named_end) or (not t.is_word and not _abbreviation_dot(finder, k))
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


def _subject_past_titles(finder: SpeakerFinder, i: int, hi: int) -> MentionRef | None:
    """The mention at token i, or past the title words before it ("ويتفق المحلل السياسي فلان")."""
    toks, lex = finder.toks, finder.lex
    for j in range(i, min(i + SUBJECT_TITLE_WORDS + 1, hi)):
        found = finder.mention_at_token(j)
        if found is not None:
            return found
        if not (lex.has("title", toks[j], TITLE_PREFIXES) or lex.has("title_modifier", toks[j], TITLE_PREFIXES)
                or j > i and toks[j].key.startswith("ال") and toks[j].key.endswith(NISBA_ENDINGS)):
            return None
    return None


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
    subject = _subject_past_titles(finder, verb + 1, hi)
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
