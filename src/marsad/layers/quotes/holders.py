"""The person a description stands for: "السفير التونسي" and the name beside it, or an earlier,
matching description ("قال السفير التونسي لدى روسيا علي قوطالي").

Word-level helpers of `described_speakers.DescribedSpeakers.named_holder` and
`resolution.SpeakerResolver._antecedent_mention`, apart because they need no resolver state (only
the finder's tokens and mentions).
"""

from __future__ import annotations

from marsad.document import SpeakerRef
from marsad.layers.quotes.antecedents import NAME_TITLE_GAP
from marsad.layers.quotes.attribution import TITLE_PREFIXES, SpeakerFinder

HOLDER_GAP_CHARS = 60     # characters before a description where the name it follows may end
HOLDER_GAP_TOKENS = 4     # "السفير X لدى Y فلان": words of the description between its title and the name


def person_beside(finder: SpeakerFinder, k: int, end: int) -> str | None:
    """The person named in apposition to a description running from token k to `end`: right
    after it ("السفير الألباني سمير شيبا") or right before it ("هادي، رئيس الجمهورية")."""
    toks = finder.toks
    last = toks[min(finder.tok_at(end) + HOLDER_GAP_TOKENS, len(toks) - 1)]
    for r in finder.mentions_between(end, last.end):
        gap = toks[finder.tok_at(end) : finder.tok_at(r.start)]
        if any(not (g.is_word or g.text in NAME_TITLE_GAP) or finder.lex.is_comp(g) or finder.lex.cue(g)
               for g in gap):
            break  # "قال رئيس الوزراء إن فلانا ...": past the description
        if r.entity.type == "PER" and r.mention.kind == "name" and not finder.in_pp(r):
            return r.entity.id
    surname = _surname_right_after(finder, end)
    if surname is not None:
        return surname
    # "فلان المبعوث الخاص ومنسق شؤون ...": a second title joined by "و" to the first one the
    # name stands next to
    joined = toks[k].key.startswith("و") and len(toks[k].key) > 3
    for r in reversed(finder.mentions_between(max(0, toks[k].start - HOLDER_GAP_CHARS), toks[k].start)):
        gap = toks[finder.tok_at(r.end) : k]
        if r.entity.type == "PER" and r.mention.kind == "name" and all(
                g.text in NAME_TITLE_GAP or joined and len(gap) <= HOLDER_GAP_TOKENS and g.is_word
                and (g.key.startswith("ال") or finder.lex.has("title", g, TITLE_PREFIXES)) for g in gap):
            return r.entity.id
    return None


def _surname_right_after(finder: SpeakerFinder, end: int) -> str | None:
    """"لمدرب النادي فلان": the bare surname of a person the article named in full before, right
    after the description, that the entity layer left without a mention."""
    i = finder.tok_at(end)
    if i >= len(finder.toks) or finder.covering(i) is not None:
        return None
    tok = finder.toks[i]
    if not tok.is_word or tok.start - end > 1:
        return None
    ent = finder.surnames.get(tok.key)
    if ent is None or not any(m.end <= tok.start for m in ent.mentions):
        return None
    return ent.id


def title_holder(finder: SpeakerFinder, body_start: int) -> tuple[bool, SpeakerRef | None]:
    """"فلان عضو مجلس الشورى قال"، "فلانة مديرة الصندوق التي قالت": a body named right after a
    title word is the title's; the holder is the person named beside the title. Returns whether a
    title stands right before the body's first token (`body_start`), and the holder's mention."""
    toks = finder.toks
    if body_start <= 0 or not finder.lex.has("title", toks[body_start - 1], TITLE_PREFIXES):
        return False, None
    title = toks[body_start - 1]
    holder = person_beside(finder, body_start - 1, title.end)
    named = next((m for m in finder.mentions_between(max(0, title.start - HOLDER_GAP_CHARS), title.start)
                  if m.entity.id == holder), None) if holder else None
    return True, finder.ref(named) if named is not None else None


def matched_description(rest: list[str], following: list[str]) -> int:
    """How many words of a description's `rest` an earlier one repeats (0: not the same one).
    All of them; or all but a closing nationality adjective when three or more words agree
    ("منسق شؤون الطاقة الدولية الأمريكي" after "منسق شؤون الطاقة الدولية بوزارة الخارجية")."""
    if len(following) >= len(rest) and following[: len(rest)] == rest:
        return len(rest)
    if len(rest) >= 4 and rest[-1].endswith(("ي", "يه")) and following[: len(rest) - 1] == rest[:-1]:
        return len(rest) - 1
    return 0


def bare(stem: str) -> str:
    """A stem without the article: "السفير" and "سفير" are the same title word."""
    return stem[2:] if stem.startswith("ال") and len(stem) > 3 else stem
