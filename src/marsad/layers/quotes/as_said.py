""""...، كما قال المتحدث باسم الوزارة.": a reporting verb after "كما" that closes a sentence
gives the words before it in that sentence to its subject (issue #14, statements attributed
backwards). The verb says its own speaker right after it; the statement is what came first."""

from __future__ import annotations

from marsad.document import Span
from marsad.layers.dates.tense import verb_shaped
from marsad.layers.quotes.attribution import TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.cue_grammar import BARE_CLAUSE_OPENERS, RELATIVE_PRONOUNS, CueGrammar
from marsad.layers.quotes.patterns import (
    BACK_REFERENCE_MAX_WORDS,
    DEMONSTRATIVES,
    NP_MIN_TOKENS,
    QUOTE_MARKS,
    QuoteCandidate,
    trim_span,
)

AS = "كما"  # match key of "as" in "كما قال فلان"
COMMAS = "،,"
NEW_CLAUSE_STARTS = ("و", "ف")  # match-key proclitics of a new clause after the aside
NEW_CLAUSE_WORDS = frozenset({"لكن", "لكنه", "لكنها", "لكنهم", "بل", "غير", "ثم", "الا", "حيث", "اذ", "بينما"})
CLAUSE_REACH = 12  # words between a reporting verb inside the words and the clause it opens
SPEAKER_MAX_WORDS = 12  # "كما قال متحدث باسم وزارة النقل الإندونيسية": the subject, then the comma or stop
AS_AHEAD = frozenset({"كما", "وكما", "مثلما", "ومثلما"})  # match keys of "as" opening "as X said, ..."
OPENER_MAX_WORDS = 4  # "وعلاوة على ذلك، كما أقر ...": a fronted phrase before the aside
ASIDE_MAX_WORDS = 10  # "، الصادر عن صندوق النقد الدولي،": a description of the speaker after his comma
ISSUED = frozenset({"الصادر", "الصادره"})  # match keys: "التحليل الصادر عن ..."
# match keys of particles that open a clause after the aside: "سوف يحتاج"، "لن تتمكن"، "قد يكون"
SPEAKER_HEADS = ("title", "org_head", "outlet", "document", "findings", "poll", "speech_noun")  # speech_cues.tsv kinds
CLAUSE_PARTICLES = frozenset({"سوف", "لن", "لم", "قد", "لا", "لقد"})


def as_said(finder: SpeakerFinder, cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """"<words>، كما قال|يقول <named or titled speaker>[،.]": the words from the start of the
    sentence to the comma are the speaker's. Only mid-sentence: "كما يقول المثل، ..." opening a
    sentence looks forward, and "كما قال إن ..." has a clause of its own."""
    toks, lex, sents = finder.toks, finder.lex, finder.sents
    out: list[QuoteCandidate] = []
    for i in range(2, len(toks) - 1):
        if not toks[i].is_word or toks[i - 1].key != AS or toks[i - 2].text not in COMMAS:
            continue
        cue = lex.cue(toks[i])
        if cue is None or cue.form not in ("past", "present") or any(c.cue_tok == i and c.end > c.start for c in cands):
            continue
        si = finder.sent_of(toks[i].start)
        lo, hi = finder.sent_tok_range(si)
        # the speaker ends the clause: a comma or the sentence's end within a few words, no
        # complementiser or colon opening words of its own
        k = i + 1
        while k < hi and toks[k].text not in COMMAS and k - i <= SPEAKER_MAX_WORDS:
            if lex.is_comp(toks[k]) or toks[k].text == ":":
                break
            k += 1
        if k - i > SPEAKER_MAX_WORDS or (k < hi and toks[k].text not in COMMAS):
            continue
        opening = sents[si].start
        last_comma = next((m for m in range(i - 3, lo - 1, -1) if toks[m].text in COMMAS), None)
        if last_comma is not None and last_comma + 1 < i - 2 and toks[last_comma + 1].key.startswith("و"):
            # "...حوله، وإن ظل، كما يقول سعيد، ...": the aside belongs to the clause joined last
            opening = toks[last_comma + 1].start
        start, end = trim_span(finder, opening, toks[i - 2].start)
        if k < hi and _goes_on(finder, k + 1, hi):
            # "كان على الفريق، كما يقول مدربه فلان، البحث عن ...": the aside interrupts his clause,
            # which goes on to the sentence's end
            end = trim_span(finder, start, sents[si].end)[1]
        if start < finder.doc.body_start or not NP_MIN_TOKENS <= len(finder.text[start:end].split()) \
                <= BACK_REFERENCE_MAX_WORDS or any(c.start < end and start < c.end for c in cands):
            continue
        first, last = finder.tok_at(start), finder.tok_at(end)
        if any(toks[m].is_word and (lex.is_according(toks[m]) or (lex.cue(toks[m]) is not None and any(
                lex.is_comp(t) or t.text == ":" for t in toks[m + 1 : min(last, m + 1 + CLAUSE_REACH)])))
               for m in range(first, last)):
            continue  # the words report somebody of their own ("أكد الوزير أن ..."، "وفقا لـ")
        speaker = finder.subject_after(i + 1, k, fallback=True)
        named = speaker is not None and (speaker.entity is not None or any(
            lex.has(kind, toks[i + 1], TITLE_PREFIXES) for kind in ("title", "org_head")))
        kind, text = "indirect", finder.text
        marks = [m for m in range(start, end) if text[m] in QUOTE_MARKS]
        if marks:
            # "وبالنتيجة "أعيد فتح المطار"، كما قال المتحدث": one quotation closing the words, after
            # at most a connective word, is his, quoted; quoted words inside the writer's sentence
            # ("تتمثل الثانية في «مهاجمة» التنظيم") leave the statement's edges unknown
            if len(marks) != 2 or marks[1] != end - 1 or len(text[start : marks[0]].split()) > 1:
                continue
            kind, start, end = "direct", marks[0] + 1, end - 1
        if named and end - start > 0:
            out.append(QuoteCandidate(kind, start, end, toks[i].start,
                                      Span(cue.start, toks[i].end, finder.text[cue.start : toks[i].end]),
                                      speaker, True, i, ["as_said"]))
    return out


def _goes_on(finder: SpeakerFinder, k: int, hi: int) -> bool:
    """Tokens [k, hi) after "، كما قال فلان،" go on with his clause: no conjunction opening a new
    one ("، لكنها لم تنجح" is the writer's), and nothing reported of their own (marks, a reporting
    verb, a complementiser, "according to")."""
    toks, lex = finder.toks, finder.lex
    if k >= hi or not toks[k].is_word or toks[k].key.startswith(NEW_CLAUSE_STARTS) or toks[k].key in NEW_CLAUSE_WORDS:
        return False
    return not any(t.text in QUOTE_MARKS or (t.is_word and (lex.cue(t) is not None or lex.is_comp(t)
                                                             or lex.is_according(t))) for t in toks[k:hi])


def statement_after_as(finder: SpeakerFinder, grammar: CueGrammar, i: int) -> int | None:
    """"وكما أوضح الوزير فلان، ستواصل الحكومة ..."، "وعلاوة على ذلك، كما أقر الصندوق، تلك التقديرات
    تحتاج ...": "as X said" opening its sentence (or after a short fronted phrase) puts the clause
    after X's comma in X's mouth, with no أن and no colon. The token where that clause opens, or
    None. "As" must open the sentence: mid-sentence "كما" is "also" ("كما أكد الوزير، خلال اللقاء،
    أهمية ..." goes to its object), and the words after the comma must open a clause (a verb, a
    particle, a demonstrative, a definite subject and its verb), not a setting or an object."""
    toks, lex = finder.toks, finder.lex
    cue = lex.cue(toks[i])
    if cue is None or cue.prefix or i < 1 or toks[i - 1].key not in AS_AHEAD:
        return None
    lo, hi = finder.sent_tok_range(finder.sent_of(toks[i].start))
    a = i - 1
    if a > lo:
        fronted = toks[lo : a - 1]
        if toks[a - 1].text not in COMMAS or len(fronted) > OPENER_MAX_WORDS or toks[a - 1].key.startswith("و") \
                or any(not t.is_word or lex.cue(t) is not None or lex.is_comp(t) for t in fronted):
            return None
    c = next((m for m in range(i + 1, min(hi, i + 2 + SPEAKER_MAX_WORDS)) if toks[m].text in COMMAS), None)
    if c is None or c == i + 1:
        return None
    for t in toks[i + 1 : c]:
        if not t.is_word or lex.is_comp(t) or lex.cue(t) is not None or grammar.is_np_prep(t, cue):
            return None  # his own clause, colon or quotation, or the verb's object: the usual reading
    k = c + 1
    if k < hi and (toks[k].key in ISSUED or toks[k].key in RELATIVE_PRONOUNS):
        # "، الصادر عن صندوق النقد الدولي،": the speaker's description goes on to the next comma
        k = next((m + 1 for m in range(k + 1, min(hi, k + ASIDE_MAX_WORDS)) if toks[m].text in COMMAS), hi)
    if k + 1 >= hi or not _opens_clause(finder, k):
        return None
    # somebody named or described speaks ("كما ذكرت في رسالتك،": "as you wrote" names no one)
    named = any(finder.mention_at_token(m) is not None for m in range(i + 1, k)) or any(
        lex.has(kind, toks[i + 1], TITLE_PREFIXES) for kind in SPEAKER_HEADS)
    return k if named and not lex.is_stop(toks[i + 1]) else None


def issuer_in_aside(finder: SpeakerFinder, i: int, k: int):
    """"وكما أظهر تحليل ...، الصادر عن صندوق النقد الدولي، ...": the person or body that issued the
    document speaking at the verb at token i (its statement opens at token k), named in the "الصادر
    عن" aside; else None."""
    toks = finder.toks
    issued = next((m for m in range(i + 1, k) if toks[m].key in ISSUED), None)
    if issued is None:
        return None
    body = next((r for r in finder.mentions_between(toks[issued].end, toks[k - 1].end)
                 if r.entity.type in ("PER", "ORG")), None)
    return finder.ref(body) if body is not None else None


def _opens_clause(finder: SpeakerFinder, k: int) -> bool:
    """Token k (and the next) open a clause: a verb, a particle or a demonstrative, or a definite
    noun with a verb or a particle after it ("الحكومة ستواصل ...")."""
    toks, lex = finder.toks, finder.lex
    t, nxt = toks[k], toks[k + 1]
    if not t.is_word or lex.is_comp(t) or lex.is_stop(t) and t.key not in CLAUSE_PARTICLES:
        return False
    if t.key in BARE_CLAUSE_OPENERS or t.key in DEMONSTRATIVES or t.key in CLAUSE_PARTICLES:
        return True
    if t.key.startswith("ال"):
        return nxt.is_word and (nxt.key in CLAUSE_PARTICLES or (verb_shaped(nxt.text) and not lex.is_stop(nxt)))
    return verb_shaped(t.text) and lex.cue(t) is None
