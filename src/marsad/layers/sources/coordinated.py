"""A second outlet joined by "و" to a cited one: "وحصلت «..» و«..» على وثائق", "ذكرت صحيفتا «..»
و«..» البريطانيتان", "نقلت وكالتا الأناضول ودوغان".

Whatever construction made the first name a source (a citing verb, a verb of obtaining, a dual
outlet word) governs both names, so the second is a source too when it follows the first at once:
past the first one's closing mark and its adjectives of origin, "و" and the second name, either in
marks or brackets of its own, or a name the KB lists as an outlet. A name the entity layer reads as
a person, a place or a body of the KB is left out ("نشرت «..» و«حماس» بيانا")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import partial

from marsad.arabic.tokens import Token, token_starts
from marsad.layers.entities.dotted_names import LETTER_NAMES
from marsad.layers.sources.words import QUOTES, dual_singular, is_nisba, outlet_head

Found = tuple[int, int, object | None]

OPENERS = QUOTES + "("
CLOSERS = {"(": ")"}
MAX_QUOTED_WORDS = 4     # words of a second name in marks
MAX_KNOWN_WORDS = 3      # words of a second name the KB knows, without marks
AND = "و"
ACRONYM_JOINERS = (".", "-")  # "ان.بي.سي", "سي ان ان-آي بي ان": marks inside a name in Arabic letters


def coordinated_outlets(toks: list[Token], found: list[Found], taken: set[int],
                        known: Callable[[list[str]], object | None],
                        not_outlet: Callable[[int, int], bool],
                        headed: Callable[[list[str]], object | None] = lambda keys: None,
                        headed_by: Callable[[str, list[str]], object | None] = lambda head, keys: None,
                        nicknamed: Callable[[list[str]], object | None] = lambda keys: None) -> list[Found]:
    """Second names of pairs whose first name is among `found`; `known(keys)` is the KB outlet a
    name's match keys are, `not_outlet(start, end)` says the span is a person, a place or a body;
    `headed(keys)` the KB outlet a common word names after an outlet word ("قناة الجزيرة"), tried
    only after a dual outlet word ("قناتا العربية والجزيرة": the word heads both names);
    `headed_by(head, keys)` the KB outlet the name is with the dual's singular before it;
    `nicknamed(keys)` the KB outlet a common word in marks names ("و«الشرق الأوسط»")."""
    out: list[Found] = []
    starts = token_starts(toks)
    for begin, end, _actor in sorted(found, key=lambda f: f[0]):
        k = _past_closers(toks, bisect_left(starts, end))
        while k < len(toks) and is_nisba(toks[k], definite=True):
            k += 1  # "«لوموند» الفرنسية و«..»"
        second = _quoted_second(toks, k, taken)
        if second is not None:
            keys = [t.key for t in toks[second[0] : second[1]] if t.is_word]
            if (actor := known(keys) or headed(keys) or nicknamed(keys)) is not None:
                second = second[0], second[1], actor  # "و«الشرق الأوسط»": a KB outlet in marks, not the region
        dual = _dual_head_before(toks, bisect_left(starts, begin))
        if second is None and dual is not None:
            # "وكالتا فرانس برس والأنباء الألمانية": the dual's singular heads the second name,
            # which the KB lists with it ("وكالة الأنباء الألمانية"); longer than a bare name it
            # may also list ("الأنباء", a paper)
            second = _known_second(toks, k, taken, partial(headed_by, dual))
            if second is not None and _definite_at(toks, second[1]):
                second = None  # "والشرق البعيد": the KB's "صحيفة الشرق" may be the start of another name
        second = second or _known_second(toks, k, taken, known)
        if second is None and dual is not None and not _definite_at(toks, k + 1):
            # "والشرق الأوسط": a definite word after it may continue a longer name; left alone
            second = _known_second(toks, k, taken, headed, max_words=1)
        if second is None:
            continue
        first, last, actor = second
        if actor is None and not_outlet(toks[first].start, toks[last - 1].end):
            continue
        # "ودوغان": the conjunction is written on the name's first word, outside the span
        start = toks[first].start + (len(AND) if first == k else 0)
        taken.update(range(first, last))
        out.append((start, toks[last - 1].end, actor))
    return out


def _quoted_second(toks: list[Token], k: int, taken: set[int]) -> tuple[int, int, None] | None:
    """"و«..»", "و (..)": the name between the marks after a lone "و"."""
    if k + 2 >= len(toks) or toks[k].text != AND or toks[k + 1].text not in OPENERS:
        return None
    closing = CLOSERS.get(toks[k + 1].text, QUOTES)
    first = k + 2
    last = first
    words = 0  # the letters of an acronym spelled in Arabic ("سي ان ان-آي بي ان") count as one word
    while last < len(toks) and words <= MAX_QUOTED_WORDS and toks[last].text not in closing:
        if not toks[last].is_word and toks[last].text not in ACRONYM_JOINERS:
            return None
        if toks[last].is_word and not (toks[last].key in LETTER_NAMES and words and toks[last - 1].key in LETTER_NAMES
                                       or toks[last].key in LETTER_NAMES and toks[last - 1].text in ACRONYM_JOINERS):
            words += 1
        last += 1
    if last == first or last >= len(toks) or toks[last].text not in closing or taken & set(range(first, last)):
        return None
    if not toks[first].is_word:
        return None
    return first, last, None


def _definite_at(toks: list[Token], k: int) -> bool:
    """A definite word at token k, which may continue the name before it."""
    return k < len(toks) and toks[k].is_word and toks[k].key.startswith("ال")


def _dual_head_before(toks: list[Token], first: int) -> str | None:
    """The singular (as a match key) of the dual outlet word ("قناتا", "صحيفتي") right before the
    name at token `first`, marks aside; None when there is none."""
    k = first - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    head = outlet_head(toks[k]) if k >= 0 else None
    return None if head is None else dual_singular(head[1])


def _known_second(toks: list[Token], k: int, taken: set[int],
                  known: Callable[[list[str]], object | None],
                  max_words: int = MAX_KNOWN_WORDS) -> tuple[int, int, object] | None:
    """"الأناضول ودوغان": "و" written on the first word of a name the KB lists as an outlet; the
    longest such name wins."""
    if k >= len(toks) or k in taken or not toks[k].is_word or not toks[k].key.startswith(AND):
        return None
    stem = next((s for _, s in toks[k].splits if toks[k].key == AND + s), None)
    if stem is None or len(stem) < 2:
        return None
    for n in range(max_words, 0, -1):
        words = toks[k : k + n]
        if len(words) < n or not all(t.is_word for t in words) or taken & set(range(k, k + n)):
            continue
        actor = known([stem] + [t.key for t in words[1:]])
        if actor is not None:
            return k, k + n, actor
    return None


def past_second(toks: list[Token], j: int) -> int:
    """The token after a second name in marks joined to a name ending before token j ("«..»
    و«..» على وثائق"), or j when none follows; what the pair did is read after it."""
    second = _quoted_second(toks, _past_closers(toks, j), set())
    return second[1] + 1 if second is not None else j


def first_of_pair(toks: list[Token], found: list[Found], taken: set[int], verb: Callable[[Token], bool],
                  not_outlet: Callable[[int, int], bool]) -> list[Found]:
    """"وحصلت «..» و«صنداي تايمز» على": a name in marks right before "و" and a found name in marks,
    with a verb of reporting or obtaining (`verb`) right before the pair, is the first outlet."""
    out: list[Found] = []
    starts = token_starts(toks)
    for start, _end, _actor in found:
        a = bisect_left(starts, start)
        if a < 4 or toks[a - 1].text not in QUOTES or toks[a - 2].text != AND or toks[a - 3].text not in QUOTES:
            continue
        close = a - 3
        o = _opening_before(toks, close)
        if o is None or not verb(toks[o - 1]):
            continue
        if taken & set(range(o + 1, close)) or not toks[o + 1].is_word:
            continue
        if not_outlet(toks[o + 1].start, toks[close - 1].end):
            continue
        taken.update(range(o + 1, close))
        out.append((toks[o + 1].start, toks[close - 1].end, None))
    return out


def before_first_of_pair(toks: list[Token], b: int) -> int:
    """When token b is the "و" of a pair in marks ("«..» و«..»"), the token before the first name's
    opening mark; b otherwise."""
    if b < 2 or toks[b].text != AND or toks[b - 1].text not in QUOTES:
        return b
    o = _opening_before(toks, b - 1)
    return b if o is None else o - 1


def _past_closers(toks: list[Token], k: int) -> int:
    """The first token at or after k that is no mark or closing bracket ("«لوموند» الفرنسية")."""
    while k < len(toks) and toks[k].text in QUOTES + ")":
        k += 1
    return k


def _opening_before(toks: list[Token], close: int) -> int | None:
    """The opening mark, with a token before it, of a name of at most `MAX_QUOTED_WORDS` words
    (and dots) in marks closed at token `close`; None when there is none."""
    o = close - 1
    while o >= 0 and close - o <= MAX_QUOTED_WORDS + 1 and toks[o].text not in OPENERS:
        if not toks[o].is_word and toks[o].text != ".":
            return None
        o -= 1
    return o if o >= 1 and toks[o].text in OPENERS and o + 1 < close else None
