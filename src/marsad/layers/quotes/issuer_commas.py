"""A document's issuer named after a comma: "كشف تقرير التنمية البشرية لعام 2015، الصادر عن
منظمة X، أن ..."، "وأوضح التقرير، الذي أعدته الهيئة، أن ...".

A comma after a document word usually ends its phrase (the next words are another clause), so
`IssuerFinder` stops there. Only an issuing participle with the article ("الصادر"، "المعدة") or a
relative pronoun followed by an issuing verb ("الذي أصدرته"، "التي أعدتها") right after the comma
goes on describing the document: such a clause names the body that issued it, and the issuer is
read after the comma as it would be right after the document word. The document's own name may
stand between the document word and the comma ("تقرير تنمية المياه العالمية لعام 2015").
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.speech_lexicon import SpeechLexicon

NAME_TOKENS = 10  # "تقرير تنمية المياه العالمية لعام 2015": the document's own name before the comma
COMMAS = frozenset({"،", ","})
RELATIVES = frozenset({"الذي", "التي"})  # match keys of the singular relative pronouns
ARTICLE = "ال"

IssuerAfter = Callable[[SpeakerFinder, int], SpeakerRef | None]


def issuer_past_comma(lex: SpeechLexicon, finder: SpeakerFinder, k: int, after: IssuerAfter) -> SpeakerRef | None:
    """The issuer of the document word at token k named in a clause after the first comma that
    follows it in its sentence, when that clause opens with an issuing participle or a relative
    pronoun and an issuing verb; `after(finder, c)` reads the issuer from the comma at c on."""
    toks = finder.toks
    _, hi = finder.sent_tok_range(finder.sent_of(toks[k].start))
    for c in range(k + 1, min(k + 1 + NAME_TOKENS, hi - 1)):
        t = toks[c]
        if t.text in COMMAS:
            return after(finder, c) if _issuing_clause(lex, finder, c + 1, hi) else None
        if not t.is_word:
            if t.kind == "num" or t.text in "()-":
                continue
            return None  # a quotation mark or a colon: the statement begins
        if lex.is_comp(t) or lex.cue(t) is not None:
            return None  # "وأوضح التقرير أن"، "التقرير قال": the statement or another clause
    return None


def _issuing_clause(lex: SpeechLexicon, finder: SpeakerFinder, j: int, hi: int) -> bool:
    """Does the clause at token j describe who issued the document ("الصادر عن"، "الذي أعدته")?"""
    toks = finder.toks
    if j >= hi or not toks[j].is_word:
        return False
    if toks[j].key in RELATIVES:
        return j + 1 < hi and lex.has("issuing", toks[j + 1], TITLE_PREFIXES)
    return toks[j].key.startswith(ARTICLE) and lex.has("issuing", toks[j], TITLE_PREFIXES)
