"""Armed-conflict reports that name the side fought only as the one a place is cleared of
("استكملت المقاومة تطهير المدينة من مليشيا الحوثي"، "حررت القوات البلدة من قبضة التنظيم"): an
ASSAULT of the clause's subject (a body or a state) on the armed group after من; not when the
clearing is aimed at or dates something else ("لتحرير"، "تمهيدا لـ"، "أثناء تحرير"). Words in
lexicons/conflict_words.tsv. The record's (named-events) mode: both sides are named entities.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document, Event
from marsad.layers.events.checks import state_like
from marsad.layers.events.clauses import SUBORDINATORS, _span
from marsad.layers.events.mention_positions import _locative, _word_index
from marsad.layers.events.sentence_scan import scanned_sentences
from marsad.layers.events.words import CLAUSE_WORDS, RELATIVES, _Mention, _strip_conjunction
from marsad.lexicons import loader

CLEARINGS = loader.keyed("conflict_words.tsv", "clearing", match_key)
HELD_BY = loader.keyed("conflict_words.tsv", "held_by", match_key)
AIMS = loader.keyed("conflict_words.tsv", "aim", match_key)
FROM_REACH = 8  # words from a clearing to the من of the side driven out, at most
ACTOR_REACH = 8  # words from a clearing back to its subject, at most
_FROM = match_key("من")
# the clearings that are verbal nouns: their subject is the governing verb's, before them
_NOUNS = frozenset(match_key(w) for w in ("تطهير", "تحرير", "استعادة"))
# prepositions before a name that is no subject ("من عناصر في ميليشيات ..."، "مصادر في المقاومة")
_PREPOSITIONS = frozenset(match_key(w) for w in ("في", "من", "عن", "على", "إلى", "الى", "مع", "ضد", "لدى", "بين"))
# what may be attached before a name the clearing's words point at ("الحوثيين"، "لتنظيم")
_ATTACHED = frozenset(("", "ل", "لل", "ب", "ال"))


def _mention_at(words: list[Token], k: int, mentions: list[_Mention]) -> _Mention | None:
    """The mention that begins word k, past a preposition or an article attached to it."""
    if k >= len(words):
        return None
    w = words[k]
    for m in mentions:
        if w.start <= m.start < w.end and w.text[: m.start - w.start] in _ATTACHED:
            return m
    return None


def _aimed(words: list[Token], c: int) -> bool:
    """Whether the clearing words[c] is told as aimed at, not done: a purpose ل on it ("لتحرير")
    or an aim word just before ("تمهيدا لتحريرها"، "تهدف إلى تحرير"، "معركة تحرير")."""
    if words[c].key[:1] == "ل" and _strip_conjunction(words[c].key)[1:] in CLEARINGS:
        return True
    for k in range(max(0, c - 3), c):
        if words[k].kind == "punct":
            continue
        if _strip_conjunction(words[k].key) in AIMS or words[k].key in AIMS:
            return True
    return False


def _driven_out(words: list[Token], c: int, mentions: list[_Mention], kinds: dict) -> _Mention | None:
    """The named side after the من of the clearing words[c] ("تطهير عدن من مليشيا الحوثي")."""
    for k in range(c + 1, min(len(words), c + 1 + FROM_REACH)):
        w = words[k]
        key = _strip_conjunction(w.key)
        if w.kind == "punct" or key in CLAUSE_WORDS or key in SUBORDINATORS or key in RELATIVES:
            return None
        if w.key != _FROM:
            continue
        x = k + 1
        for _ in range(2):  # "من سيطرة تنظيم"، "من قبضة مليشيا"
            m = _mention_at(words, x, mentions)
            if m is not None:
                return m if kinds.get(m.entity, ("",))[0] == "ORG" else None  # an armed group
            if x < len(words) and words[x].kind != "punct" and words[x].key in HELD_BY:
                x += 1
        return None
    return None


def _clearer(words: list[Token], c: int, mentions: list[_Mention], kinds: dict) -> _Mention | None:
    """The subject of the clearing words[c]: the nearest name before it in its clause (after the
    governing verb: "استكملت المقاومة تطهير"), or, for a verb, the name right after it."""
    before = [m for m in mentions if m.end <= words[c].start and c - _word_index(words, m.start) <= ACTOR_REACH
              and not _locative(words, m)
              and not any(w.kind == "punct" or _strip_conjunction(w.key) in SUBORDINATORS or w.key in CLAUSE_WORDS
                          for w in words if m.end <= w.start < words[c].start)]
    before = [m for m in before if words[_word_index(words, m.start)].text[: m.start - words[_word_index(words, m.start)].start]
              in ("", "ال")]  # no "من" or "ل" phrase ("مصادر في المقاومة")
    if before:
        k = _word_index(words, before[-1].start)
        if any(words[x].key in _PREPOSITIONS for x in range(max(0, k - 2), k)):
            return None  # "من عناصر في ميليشيات الحشد": a name inside a phrase, no subject
        return before[-1]
    if _strip_conjunction(words[c].key) in CLEARINGS and _strip_conjunction(words[c].key) not in _NOUNS:
        after = _mention_at(words, c + 1, mentions)
        if after is not None and words[c + 1].text[: after.start - words[c + 1].start] in ("", "ال"):
            return after  # "وحررت القوات العراقية البلدة من ...": a verb and its subject
    return None


_STEMS = ("تطهير", "طهر", "تحرير", "حرر", "استعاد")


def clears(text: str) -> bool:
    """Whether the text may tell a clearing (a cheap test before reading its words)."""
    return any(f in text for f in _STEMS)


def clearing_events(doc: Document, mentions: list[_Mention], kinds: dict, sent_dates: list) -> None:
    """An ASSAULT for each clearing between a named subject and a named side driven out (see the
    module)."""
    if not clears(doc.text):
        return
    done = {(e.type, e.actor, e.target) for e in doc.events}
    for s_index, sent, words, named in scanned_sentences(doc, mentions, kinds, clears):
        for c, w in enumerate(words):
            key = _strip_conjunction(w.key)
            if not (key in CLEARINGS or (key[:1] in ("ب", "ل") and key[1:] in CLEARINGS)):
                continue
            if _aimed(words, c) or (key in _NOUNS and w.key != key and w.key[:1] == "و"):
                continue  # "شاركوا فرحتهم بالعيد وتحرير عدن من ...": a noun listed with others, no report
            target = _driven_out(words, c, named, kinds)
            if target is None:
                continue
            actor = _clearer(words, c, named, kinds)
            if actor is None or actor.key == target.key or kinds.get(actor.entity, ("",))[0] not in ("ORG", "LOC") \
                    or not state_like(kinds, actor.entity, "ASSAULT", "actor"):
                continue
            if (("ASSAULT", actor.entity, target.entity)) in done:
                continue
            done.add(("ASSAULT", actor.entity, target.entity))
            doc.events.append(Event(
                type="ASSAULT", start=sent.start, end=sent.end, text=sent.text, actor=actor.entity,
                target=target.entity, mode=None, date=sent_dates[s_index], trigger=w.text,
                actor_span=_span(doc, actor), target_span=_span(doc, target),
                actor_sector=actor.sector, target_sector=target.sector,
            ))
