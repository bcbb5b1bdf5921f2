"""An outlet cited by a bare definite outlet word that refers back to it ("اختارت وكالة X الرسام ..
وتقول الوكالة إن ..", "رفض الوزير الرد على مراسلي قناة X .. وبثت القناة في تقرير لها"): the
outlet was named earlier in a construction that cites nothing, and the citation comes later under the
common noun. The definite word ("الوكالة", "الصحيفة", "القناة") right after a citing verb or an outlet
verb is taken for the nearest outlet named before it with the same outlet word, within a few
paragraphs and with no other outlet of that kind between; the earlier name is the source.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.form_memo import FormMemo, answers_where
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES, SpeechLexicon
from marsad.layers.sources.framing import framed_by_verb
from marsad.layers.sources.words import QUOTES, STRONG_HEADS, is_latin, is_plural_verb, outlet_head

BACK_TOKENS = 250     # tokens back from the definite outlet word to the outlet it refers to
NAME_LOOK = 8         # tokens after the earlier outlet word its name lies within
SUBJECT_PREFIXES = frozenset({"", "و", "ف"})
_SUBJECT_HEADS = FormMemo()  # word form -> the strong outlet word it writes definite (asked of every word)

Found = tuple[int, int, object | None]


def back_references(toks: list[Token], taken: set[int], spans: list[tuple[int, int]], lex: SpeechLexicon,
                    name_at: Callable[[int], Found | None]) -> list[Found]:
    """The outlets named earlier that a cited definite outlet word refers back to; `name_at(p)`: the
    outlet the outlet word at token p names, or None; `spans`: the sources found already."""
    out: list[Found] = []
    for m, bare in answers_where(toks, _SUBJECT_HEADS, _subject_head):
        if m in taken or not _cited_subject(toks, m, lex):
            continue
        for p in range(m - 1, max(-1, m - BACK_TOKENS), -1):
            earlier = outlet_head(toks[p])
            if earlier is None or earlier[1].removeprefix("ال") != bare:
                continue
            if earlier[1].startswith("ال"):
                continue  # another back reference ("وأضافت الوكالة"): look further back
            if p in taken:
                break  # the outlet it refers to is cited already
            found = name_at(p)
            if found is not None and _well_named(toks, p, found) and not any(
                    start < found[1] and found[0] < end for start, end in spans):
                out.append(found)
                taken.add(p)
            break
    return out


def _subject_head(tok: Token) -> str | None:
    """The strong outlet word, without its article, that the word `tok` writes definite with at
    most "و" or "ف" before it ("والوكالة" -> "وكالة"), or None (the reading depends on the word's
    text alone)."""
    head = outlet_head(tok) if tok.is_word and tok.key.startswith(("ال", "وال", "فال")) else None
    if head is not None and head[1].startswith("ال") and head[2] in SUBJECT_PREFIXES and head[1][2:] in STRONG_HEADS:
        return head[1][2:]
    return None


def _well_named(toks: list[Token], p: int, found: Found) -> bool:
    """The earlier name is surely an outlet's: one the KB knows, or written in Latin letters or in
    marks ("قناة CNBC", "صحيفة «..»"), not common words read after the outlet word ("صحيفة أعمال"),
    nor the start of a canal's name ("قناة السويس") or a run into a person's ("صحيفة عكاظ محمد ..")."""
    start, end, actor = found
    if actor is not None:
        return True
    after = toks[p + 1 : p + 1 + NAME_LOOK]
    words = [t for t in after if t.start < end and t.end > start and t.is_word]
    if words and all(is_latin(t) for t in words):
        return True
    first = next((k for k, t in enumerate(after) if t.start >= start), None)
    return first is not None and first > 0 and after[first - 1].text in QUOTES + "("


def _cited_subject(toks: list[Token], m: int, lex: SpeechLexicon) -> bool:
    """The definite outlet word at m is the subject of the verb right before it: a verb of saying
    ("وتقول الوكالة", "وأضافت الصحيفة") or an outlet verb ("وبثت القناة", "ونشرت المجلة")."""
    if m == 0 or not toks[m - 1].is_word:
        return False
    verb = toks[m - 1]
    cue = lex.cue(verb)
    said = cue is not None and cue.form in ("past", "present") or lex.has("cite", verb, VERB_PREFIXES)
    return (said and not is_plural_verb(verb)) or framed_by_verb(toks, m)
