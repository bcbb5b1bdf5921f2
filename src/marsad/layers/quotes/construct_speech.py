"""A noun of saying in construct with its speaker, then the clause it reports: "كان تصريح خامنئي
قبل أيام بأن ..."، "ويعترض على قول أوباما بأنه ..."، "مع إعلان السلطات اللبنانية أن ...". No verb
of saying stands there, so the cue scan never sees it; the genitive after the noun is who spoke.

Only the bare construct noun counts: with the article ("القول إن"، "الإشارة إلى أن") it is the
writer's own phrase, and a pronoun ending ("قوله") is the lexicon's verbal noun, whose speaker was
named before it."""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.document import Span
from marsad.layers.quotes.attribution import QUOTE_WORDS, SpeakerFinder
from marsad.layers.quotes.clause_ends import ClauseEnds
from marsad.layers.quotes.cue_grammar import CLAUSE_PREPOSITIONS, RELATIVE_PRONOUNS, CueGrammar
from marsad.layers.quotes.generic_bodies import plural_body
from marsad.layers.quotes.marks import QuoteSpan
from marsad.layers.quotes.patterns import NP_MIN_TOKENS, QuoteCandidate, trim_span
from marsad.layers.quotes.speech_lexicon import NOUN_PREFIXES
from marsad.lexicons.loader import words as word_list

SPEECH_NOUNS = word_list(QUOTE_WORDS, "construct_speech_noun")
# every key a construct noun may have: a noun after one of its prefixes ("بإعلان"). A key is one
# of these exactly when some prefix it starts with leaves a noun; one set look-up per token
# instead of a scan of the prefixes
_NOUN_KEYS = frozenset(p + noun for p in NOUN_PREFIXES for noun in SPEECH_NOUNS)
_NOUN_FORMS = FormMemo()  # the forms whose key is one of those
GENITIVE_REACH = 7  # tokens from the noun to its complementiser: the speaker's name or title, "قبل أيام"
# the complementisers of a reported clause, with the "بـ" a noun of saying may take (match keys); not
# "لأن" (a reason) nor "كأن"
CLAUSE_COMPS = frozenset({"ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم", "بانهما"})
STOPS = "،,.:؛؟!()"


def construct_statements(finder: SpeakerFinder, grammar: CueGrammar, clauses: ClauseEnds,
                         cands: list[QuoteCandidate], hidden: set[int], quote_at: dict[int, QuoteSpan],
                         governed: dict[int, QuoteCandidate]) -> list[QuoteCandidate]:
    """The statements of construct nouns of saying that no other pattern took (`hidden`: tokens
    inside long quotations; a clause opening with a quotation is left to the direct quotes, with
    this speaker, through `governed`). A statement of the same clause found from a word of saying
    before the noun is taken out of `cands`."""
    toks, lex = finder.toks, finder.lex
    out: list[QuoteCandidate] = []
    # only the tokens of the nouns' forms, found per form
    for i in indices_where(toks, _NOUN_FORMS, _noun_form):
        tok = toks[i]
        if i in hidden or tok.start < finder.doc.body_start or not tok.is_word:
            continue
        if any(c.start <= tok.start < c.end for c in cands + out):
            continue  # a word inside a statement already found
        hi = finder.sent_tok_range(finder.sent_of(tok.start))[1]
        j = _comp_after(finder, i, hi)
        if j is not None and grammar.governed_comp(finder, j):
            continue  # "قبل إعلان الوزارة بعد أن": the time phrase's own clause
        if j is None:
            continue
        sp = finder.subject_after(i + 1, j, fallback=True)
        if sp is None or not _genitive_at(finder, i + 1, sp.start) or (
                sp.entity is None and not _named_phrase(finder, i + 1) and not plural_body(finder, sp)):
            continue  # the genitive must be somebody named or titled, right after the noun
        cand = QuoteCandidate("indirect", 0, 0, tok.start, Span(tok.start, tok.end, tok.text), speaker=sp,
                              cue_tok=i, via=["construct_speech"])
        q = quote_at.get(j + 1)
        if q is not None and q.close is not None:
            governed.setdefault(q.open, cand)  # "قول الوزير إن «...»": the direct quote is his
            continue
        start = lex.clause_start_after_comp(toks[j])
        end = clauses.past_named_semicolon(finder, start, clauses.clause_end(finder, j + 1))
        cand.start, cand.end = trim_span(finder, start, end)
        if len(finder.text[cand.start : cand.end].split()) < NP_MIN_TOKENS:
            continue
        # "وأدلى ظريف بتصريحه ردا على تأكيد أوباما أن ...": a word of saying further back reached
        # over this noun to the same clause; the clause is the nearer speaker's
        cands[:] = [c for c in cands if not (c.start == cand.start and c.cue_tok is not None and c.cue_tok < i)]
        out.append(cand)
    return out


def _noun_form(tok: Token) -> bool:
    return tok.key in _NOUN_KEYS


def _comp_after(finder: SpeakerFinder, i: int, hi: int) -> int | None:
    """The complementiser a few words after the noun at i, with no punctuation, verb of saying or
    relative clause on the way (each would give the clause to another word)."""
    toks, lex = finder.toks, finder.lex
    for j in range(i + 2, min(hi, i + 1 + GENITIVE_REACH)):
        t = toks[j]
        if t.key in CLAUSE_COMPS and not finder.in_name(j):
            # "اتفقوا في تصريحات ... على أن": a preposition before it gives the clause to a verb
            return None if toks[j - 1].key in CLAUSE_PREPOSITIONS else j
        if t.text in STOPS or t.key in RELATIVE_PRONOUNS or lex.cue(t) is not None or lex.is_comp(t):
            return None
    return None


def _genitive_at(finder: SpeakerFinder, k: int, start: int) -> bool:
    """The speaker found at `start` opens the genitive at token k, or a title named there leads
    up to him ("قول الرئيس باراك أوباما": the finder names the man after his title)."""
    toks = finder.toks
    if start == toks[k].start:
        return True
    return (finder.mention_at_token(k) is not None or finder.lex.has("title", toks[k])) \
        and not any(t.text in STOPS for t in toks[k : finder.tok_at(start)])


def _named_phrase(finder: SpeakerFinder, k: int) -> bool:
    """A speaker with no entity: a title or a body's head the entity layer did not name, which the
    finder still took as a subject ("قول وزير الدفاع الأمريكي"، "إعلان الوزارة")."""
    tok = finder.toks[k]
    return finder.mention_at_token(k) is not None or finder.lex.has("title", tok) or finder.lex.has("org_head", tok)
