"""Talks between two named sides ("الاجتماع الذي عقد بين الرئيس X وولي العهد Y"، "المباحثات بين
الوزيرين X و Y"): a CONSULT of the record (named-events mode) from the first side to the second, read
from the noun's "بين X و Y". A meeting told as a noun is an event of the text even when definite:
"بين" names who met; which side acts is not told, so the one the article names first (the side it
is about) is the actor. Accords and cooperation "بين X و Y" are left out: they name the parties of a
standing relation more often than an event of the news.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event
from marsad.layers.events.checks import _tokens_after, administrative, state_like, title_holders
from marsad.layers.events.clauses import _span
from marsad.layers.events.political import possible_before
from marsad.layers.events.words import _Mention


def _keys(*words: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in words)


# nouns of meeting or talking between two sides, with the event type and PLOVER mode they tell
BETWEEN_NOUNS: dict[str, tuple[str, str]] = {}
for _type, _mode, _words in (
    ("CONSULT", "meet", ("اجتماع", "الاجتماع", "اجتماعات", "الاجتماعات", "لقاء", "اللقاء", "لقاءات", "اللقاءات",
                         "قمة", "القمة")),
    ("CONSULT", "discuss", ("محادثات", "المحادثات", "مباحثات", "المباحثات", "مشاورات", "المشاورات", "حوار",
                            "الحوار", "اتصال", "الاتصال", "الاتصالات")),
    ("CONSULT", "negotiate", ("مفاوضات", "المفاوضات")),
):
    for _w in _words:
        BETWEEN_NOUNS[match_key(_w)] = (_type, _mode)

# what every one of those nouns contains as written, for a cheap look before reading a sentence
STEMS = ("جتماع", "لقاء", "قمة", "محادثات", "مباحثات", "مشاورات", "حوار", "اتصال", "مفاوضات")
BETWEEN = match_key("بين")
NOUN_REACH = 4  # words from the noun to "بين" ("الاجتماع الذي عقد أمس بين")
TITLE_WORDS = 4  # words between "بين" and the first side's name ("بين ولي ولي العهد الأمير محمد ...")
SECOND_REACH = 6  # words from the first side to the second ("... عبدالفتاح السيسي وولي ولي العهد الأمير ...")
STOPS = frozenset(".؛:!?؟")
# what ends a "بين" phrase before a second side: a relative or a new clause
CLAUSE_OPENERS = _keys("الذي", "التي", "الذين", "حيث", "كما", "فيما", "بينما", "بعد", "قبل", "على", "في")


def _pairs(text: str, start: int, end: int, mentions: list[_Mention]) -> list[tuple[str, str, _Mention, _Mention, int, int]]:
    """(type, mode, first side, second side, noun start, noun end) for each meeting, talks or accord
    noun of text[start:end] followed by "بين X و Y" with X and Y named."""
    toks = _tokens_after(text, start, end)
    out = []
    for k, (w, s, e) in enumerate(toks):
        key = match_key(w)
        if key not in BETWEEN_NOUNS and key[:1] in ("و", "ف", "ب", "ل") and key[1:] in BETWEEN_NOUNS:
            key = key[1:]
        if key not in BETWEEN_NOUNS:
            continue
        if possible_before([match_key(t[0]) for t in reversed(toks[max(0, k - 3) : k])]):
            continue  # "السعي لتنظيم جولات مباحثات بين ...": talks that may be held, none held
        b = next((j for j in range(k + 1, min(len(toks), k + 1 + NOUN_REACH))
                  if match_key(toks[j][0]) == BETWEEN or toks[j][0] in STOPS or toks[j][0] == "،"), None)
        if b is None or match_key(toks[b][0]) != BETWEEN:
            continue
        after = toks[b + 1 :]
        stop = next((t[1] for t in after if t[0] in STOPS), end)
        inside = [m for m in mentions if toks[b][2] <= m.start and m.end <= stop]
        if len(inside) < 2:
            continue
        first = inside[0]
        lead = text[toks[b][2] : first.start].split()
        if len(lead) > TITLE_WORDS or any(match_key(x)[:1] == "و" or x == "،" for x in lead):
            continue  # "بين المقاتلين ... وقوات X": the first side is no name
        second = _second(text, first, inside[1:])
        if second is not None:
            etype, mode = BETWEEN_NOUNS[key]
            out.append((etype, mode, first, second, s, e))
    return out


def _second(text: str, first: _Mention, rest: list[_Mention]) -> _Mention | None:
    """The side joined to `first` by و: the first other named mention whose words since `first` open
    with و ("ومصر"، "وولي العهد الأمير محمد"), within a few words, with no clause opened between."""
    side_end = first.end  # "الرئيس المصري عبدالفتاح السيسي": a title and a name, both of the first side
    for m in rest:
        if m.start < side_end:
            continue
        if m.entity == first.entity and len(text[side_end : m.start].split()) <= 1:
            side_end = m.end
            continue
        between = text[side_end : m.start].split()
        if m.entity == first.entity or len(between) > SECOND_REACH or "،" in text[side_end : m.start]:
            return None
        if not between:
            return None
        if match_key(between[0])[:1] != "و" or any(match_key(x) in CLAUSE_OPENERS for x in between):
            return None
        return m
    return None


def between_talks(doc: Document, mentions: list[_Mention], kinds: dict, sent_dates: list) -> None:
    """Add the CONSULT events told as "<noun> بين X و Y" in the document's
    sentences, from X to Y, unless the record already has them (either way round)."""
    if "بين" not in doc.text:
        return
    m_starts = [m.start for m in mentions]
    first_seen: dict[str | None, int] = {}
    for m in mentions:
        first_seen.setdefault(m.entity, m.start)
    done = {(e.type, e.actor, e.target) for e in doc.events}
    for s_index, sent in enumerate(doc.sentences):
        if "بين" not in sent.text:
            continue
        if not any(stem in sent.text for stem in STEMS):
            continue  # no noun of talks: titles are told apart only where there is one
        near = mentions[bisect_left(m_starts, sent.start) : bisect_right(m_starts, sent.end)]
        named = title_holders(doc, [m for m in near if m.end <= sent.end], kinds)
        if len(named) < 2:
            continue
        for etype, mode, a, b, t0, t1 in _pairs(doc.text, sent.start, sent.end, named):
            if first_seen.get(b.entity, len(doc.text)) < first_seen.get(a.entity, len(doc.text)):
                a, b = b, a  # the side the article is about (named first in it) is the one told as acting
            if ((etype, a.entity, b.entity) in done or (etype, b.entity, a.entity) in done
                    or administrative(kinds, a.entity, b.entity)
                    or not (state_like(kinds, a.entity, etype, "actor") and state_like(kinds, b.entity, etype, "target"))):
                continue
            done.add((etype, a.entity, b.entity))
            doc.events.append(Event(
                type=etype, start=sent.start, end=sent.end, text=sent.text, actor=a.entity, target=b.entity,
                mode=mode or None, date=sent_dates[s_index], trigger=doc.text[t0:t1],
                actor_span=_span(doc, a), target_span=_span(doc, b),
            ))
