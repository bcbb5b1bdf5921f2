"""The researchers of a study speak for the body they work at: "وقال الباحثون إن ..." after
"دراسة أجراها باحثون من جامعة X" or "الباحثون، الذين ينتمون لجامعة X، ..." is the university's
statement, as the study's own words are (GUIDE.md: a report speaks for the body that issued it;
the annotators give the university for its researchers' words too).

The definite plural ("الباحثون"، "العلماء"، "فريق البحث") refers back to researchers the article
introduced with their body: the nearest earlier researcher word, in the last few paragraphs, with
a body the entity layer found among the few words after it ("باحثون من"، "باحثين في"، "الذين
ينتمون لـ"). Researchers introduced with a nationality only ("باحثون بريطانيون") stay unnamed.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder

# stems (match keys without proclitics or the article) of the words for a study's researchers
RESEARCHER_STEMS = frozenset({"باحثون", "باحثين", "علماء", "باحثو", "باحثي"})
TEAM_STEMS = frozenset({"فريق"})  # "فريق البحث"، "فريق من الباحثين"
AFFILIATION_TOKENS = 8   # "باحثين من قسم علم النفس في جامعة X": the body within these tokens
PARAGRAPHS_BACK = 4      # researchers introduced further back are another story's
SENTENCE_END = frozenset({".", "!", "؟", "?", ":"})


def researchers_body(finder: SpeakerFinder, sp: SpeakerRef) -> SpeakerRef | None:
    """The body the researchers of the unlinked span `sp` ("الباحثون") work at, with the span's
    words kept; None when the span is no researchers' word or no body was named with them."""
    if sp.entity is not None or not sp.text.split():
        return None
    i = finder.tok_at(sp.start)
    if not _definite_researchers(finder.toks[i]):
        return None
    para = finder.paragraph_of(sp.start)
    body_start = finder.tok_at(finder.doc.body_start)
    for k in range(i, body_start - 1, -1):
        tok = finder.toks[k]
        if para - finder.paragraph_of(tok.start) > PARAGRAPHS_BACK:
            return None
        if _researcher_word(tok):
            body = _body_after(finder, k)
            if body is not None:
                return SpeakerRef(body.entity.id, sp.start, sp.end, sp.text)
    return None


def _stems(tok: Token) -> set[str]:
    return {st[2:] if st.startswith("ال") else st for _, st in tok.splits} if tok.is_word else set()


def _researcher_word(tok: Token) -> bool:
    return bool(_stems(tok) & RESEARCHER_STEMS)


def _definite_researchers(tok: Token) -> bool:
    """"الباحثون"، "والعلماء"، "فريق": the researchers already introduced."""
    if not tok.is_word:
        return False
    definite = any(st.startswith("ال") and st[2:] in RESEARCHER_STEMS for _, st in tok.splits)
    return definite or bool(_stems(tok) & TEAM_STEMS)


def _body_after(finder: SpeakerFinder, k: int):  # noqa: ANN202 - a MentionRef of the document index
    """The organisation named within a few words after the researcher word at token k, in its
    sentence (a comma may stand between: "الباحثون، الذين ينتمون لجامعة X")."""
    toks = finder.toks
    for j in range(k + 1, min(k + 1 + AFFILIATION_TOKENS, len(toks))):
        t = toks[j]
        if t.text in SENTENCE_END or finder.lex.is_comp(t) or finder.lex.cue(t) is not None:
            return None
        r = finder.mention_at_token(j)
        if r is not None:
            if r.entity.type == "ORG" and r.entity.id not in finder.source_entities:
                return r
            if r.entity.type == "PER":
                return None  # "الباحثون ومنهم الدكتور فلان": a person, not the body
    return None
