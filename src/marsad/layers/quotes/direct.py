"""Direct quotes: the quotations in marks that are statements, and whose they are.

A quotation is kept when a cue governs it, a cue earlier in its sentence or right after it
attributes it, a colon introduces it, or (when long) it goes on from the previous speaker; names,
titles, slogans and scare quotes are dropped. Apart from `layer` because it runs once, after all
the reporting words were read, over their accepted candidates, and needs none of the layer's state
beyond the lexicon and the cue grammar.
"""

from __future__ import annotations

from marsad.document import Span
from marsad.layers.quotes.attribution import SpeakerFinder
from marsad.layers.quotes.cue_grammar import BARE_CLAUSE_OPENERS, CueGrammar
from marsad.layers.quotes.marks import QuoteSpan
from marsad.layers.quotes.not_statements import authored_title
from marsad.layers.quotes.patterns import (
    TRIM,
    QuoteCandidate,
    after_head_noun,
    before_colon,
    cue_after,
    naming_subject,
    quoted_name,
    quoted_subject,
    work_title,
)
from marsad.layers.quotes.speech_lexicon import SpeechLexicon

MIN_QUOTE_WORDS = 2       # a one-word quotation is a name or a scare quote
SHORT_QUOTE_WORDS = 3     # up to this many words a quotation needs its cue right next to it
LONE_QUOTE_WORDS = 8      # a quotation with no cue at all continues the previous speaker from here
IN = "في"  # match key of the preposition "in"
FRAGMENT_PREPOSITIONS = frozenset({"من", "الي", "علي", "مع", "حول", "ب", "ل", "ك"})  # match keys


def name_after_colon(finder: SpeakerFinder, lex: SpeechLexicon, grammar: CueGrammar, oi: int) -> bool:
    """"كتابا عنوانه: «...»"، "شعار آخر يقول: «...»": the quotation opening at token oi after a
    colon that follows a naming word, or a verb whose subject is one, is a title or a slogan."""
    toks = finder.toks
    if oi < 3 or toks[oi - 1].text != ":":
        return False
    if toks[oi - 3].key == IN:
        return False  # "وعلى حسب أحدهم في الفيلم: «...»": words said in the work
    return grammar.named(finder, oi - 1) or (
        lex.cue(toks[oi - 2]) is not None and naming_subject(finder, oi - 2))


def spoken_after_name(finder: SpeakerFinder, q: QuoteSpan, n: int) -> bool:
    """"وقال مخرج الفيلم «لقد صورنا ...»": the quotation opens with a word that only opens a
    clause, so (when a cue governs it) the naming word before it ("الفيلم") belongs to the
    speaker's description, not to a title (a long title is still a title: "مؤلف كتاب «...»")."""
    if n <= SHORT_QUOTE_WORDS:
        return False
    k = finder.tok_at(q.start)
    return k < len(finder.toks) and finder.toks[k].key in BARE_CLAUSE_OPENERS


def direct(finder: SpeakerFinder, lex: SpeechLexicon, grammar: CueGrammar, marks: list[QuoteSpan],
           words: dict[int, int], governed: dict[int, QuoteCandidate],
           cue_cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """The direct quotes among the top-level quotations `marks` (`words`: their word counts by open
    offset; `governed`: the cue introducing a quotation; `cue_cands`: every accepted cue)."""
    toks, text = finder.toks, finder.text
    out: list[QuoteCandidate] = []
    last_para = None
    for q in marks:
        n = words[q.open]
        oi = finder.tok_at(q.open)
        gov = governed.get(q.open)
        # "ويقول: «...»": words a reporting verb and its colon introduce are said, even where the
        # entity layer took a short quotation for a name
        said = gov is not None and oi > 0 and toks[oi - 1].text == ":"
        if n < MIN_QUOTE_WORDS or (quoted_name(finder, q) and not said) or (grammar.named(finder, oi)
                                                               and not (gov is not None and spoken_after_name(finder, q, n))) \
                or after_head_noun(finder, oi) or work_title(finder, oi) \
                or name_after_colon(finder, lex, grammar, oi) \
                or grammar.subject_name(finder, q, n) or authored_title(finder, q, n):
            continue
        before = toks[oi - 1] if oi > 0 else None
        cand = None
        if gov is not None:
            cand = QuoteCandidate("direct", q.start, q.end, gov.pos, gov.cue, gov.speaker, gov.resolved, gov.cue_tok,
                                  gender=gov.gender)
        else:
            sent_start = finder.sents[finder.sent_of(q.open)].start
            prior = [c for c in cue_cands if c.cue_tok is not None and sent_start <= c.pos < q.open]
            adjacent = before is not None and (before.text in ":" or lex.is_comp(before)
                                               or lex.cue(before) is not None)
            if before is not None and lex.is_comp(before) and quoted_subject(finder, q, n, SHORT_QUOTE_WORDS):
                continue  # "أن «هذا الإنجاز» يأتي ...": the subject of the reported clause, quoted
            if prior and (n > SHORT_QUOTE_WORDS or adjacent):
                c = prior[-1]
                cand = QuoteCandidate("direct", q.start, q.end, c.pos, c.cue, c.speaker, c.resolved, c.cue_tok,
                                      gender=c.gender)
            elif n > SHORT_QUOTE_WORDS and (after := cue_after(finder, q, cue_cands)) is not None:
                # "«...»، قال الوزير.": the attribution follows the quotation
                cand = QuoteCandidate("direct", q.start, q.end, after.pos, after.cue, after.speaker, after.resolved,
                                      after.cue_tok, gender=after.gender)
            elif before is not None and before.text == ":" and n > SHORT_QUOTE_WORDS:
                cand = QuoteCandidate("direct", q.start, q.end, before.start, Span(before.start, before.end, ":"))
                cand.speaker = before_colon(finder, oi - 1)
                cand.resolved = cand.speaker is not None
            elif n >= LONE_QUOTE_WORDS and last_para is not None and \
                    finder.paragraph_of(q.open) - last_para <= 1 and \
                    not (before is not None and before.key in FRAGMENT_PREPOSITIONS):
                # ("تتحول الشبكة إلى «...»"، "اتهامه بـ«...»": a phrase quoted inside the writer's own
                # sentence, not the last speaker going on)
                cand = QuoteCandidate("direct", q.start, q.end, q.open, None, None, False)
        if cand is None:
            continue
        if text[q.start : q.end].strip(TRIM):
            out.append(cand)
            last_para = finder.paragraph_of(q.open)
    return out
