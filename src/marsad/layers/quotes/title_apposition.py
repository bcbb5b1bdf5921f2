"""A title subject whose holder is named in apposition right after it: "وأوضح رئيس اللجنة
الإعلامية بالدورة، الإعلامي فلان الفلاني، أن ...". The comma-set name is who spoke, whatever
earlier holder of a similar title ("رئيس اللجنة المنظمة فلان") the description would otherwise be
linked to: the apposition names the holder in the very sentence."""

from __future__ import annotations

from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import TITLE_PREFIXES, SpeakerFinder

COMMAS = frozenset({"،", ","})
LEAD_WORDS = 2        # "، الإعلامي فلان"، "، المهندس فلان": words of description before the name


def holder_in_apposition(finder: SpeakerFinder, sp: SpeakerRef) -> SpeakerRef | None:
    """The person named right after the title span `sp` and a comma, maybe after a word or two of
    description, and closed by a comma; None when `sp` is no title or holds a name itself."""
    toks, lex = finder.toks, finder.lex
    i0, i1 = finder.tok_at(sp.start), finder.tok_at(sp.end)
    if i1 >= len(toks) or i0 >= i1 or not lex.has("title", toks[i0], TITLE_PREFIXES) \
            or toks[i1].text not in COMMAS:
        return None
    if any(r.entity.type == "PER" and r.mention.kind == "name" for r in finder.mentions_between(sp.start, sp.end)):
        return None
    for k in range(i1 + 1, min(i1 + 2 + LEAD_WORDS, len(toks))):
        t = toks[k]
        r = finder.mention_at_token(k)
        if r is not None:
            if r.entity.type != "PER" or r.mention.kind != "name" or finder.in_pp(r):
                return None
            after = finder.tok_at(r.end)
            if after < len(toks) and toks[after].text in COMMAS:
                return finder.ref(r)
            return None
        if not t.is_word or lex.is_stop(t) or lex.is_comp(t) or lex.cue(t) is not None:
            return None
    return None
