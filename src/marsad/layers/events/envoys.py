"""Summoning or recalling an envoy, the diplomatic protest ("استدعت الخارجية السفير الإيراني"،
"استدعت البحرين القائم بأعمال السفارة الإيرانية"، "أعلنت استدعاء سفيرها في طهران"): a PROTEST of
the state that summons against the state the envoy stands for, or the one its own envoy is called
home from. The record's (named-events) mode; an event needs both sides named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event
from marsad.layers.events.between_talks import between_talks
from marsad.layers.events.checks import _countries, doc_states, state_like, title_holders
from marsad.layers.events.clauses import _span
from marsad.layers.events.counterpart_talks import counterpart_talks
from marsad.layers.events.words import _Mention
from marsad.lexicons import loader

# the verb or its verbal noun (lexicons/event_words.tsv "summon"), with a conjunction or a
# preposition attached ("واستدعت"، "باستدعاء")
_SUMMON_FORMS = "|".join(re.escape(w) for w in sorted(loader.words("event_words.tsv", "summon"), key=len, reverse=True))
_SUMMON = re.compile(rf"(?<!\S)(?:و|ف)?(?:ب|ل)?(?:قد\s+)?({_SUMMON_FORMS})(?!\S)")
# the envoy summoned or recalled ("السفير"، "سفيرها"، "القائم بأعمال السفارة")
ENVOYS = loader.keyed("event_words.tsv", "envoy", match_key)
ENVOY_REACH = 6  # words from the verb to the envoy: the subject may stand between ("استدعت وزارة الخارجية ...")
SIDE_REACH = 5  # words from the envoy to the state it stands for ("القائم بأعمال السفارة الإيرانية")
# words before the state an envoy is posted to ("سفيرها لدى طهران"، "في طهران"، "من إيران")
HOSTS = frozenset(match_key(w) for w in ("لدى", "لدي", "في", "من", "بـ"))
_WORD = re.compile(r"[^\s«»\"'()]+")
_STOPS = frozenset(".،؛:")


def side_talks(doc: Document, mentions: list[_Mention], kinds: dict, sent_dates: list) -> None:
    """The events told by a construction rather than a trigger word: talks with a counterpart,
    talks between two sides, envoys summoned."""
    counterpart_talks(doc, mentions, kinds, sent_dates)
    between_talks(doc, mentions, kinds, sent_dates)
    summoned_envoys(doc, mentions, kinds, sent_dates)


def summoned_envoys(doc: Document, mentions: list[_Mention], kinds: dict, sent_dates: list) -> None:
    """A PROTEST for each envoy summoned or recalled between two named states (see the module)."""
    if "استدع" not in doc.text:
        return
    text = doc.text
    m_starts = [m.start for m in mentions]
    states = doc_states(kinds)
    by_word = _countries()[1]
    done = {(e.actor, e.target) for e in doc.events if e.type == "PROTEST"}
    for s_index, sent in enumerate(doc.sentences):
        if "استدع" not in sent.text:
            continue
        near = mentions[bisect_left(m_starts, sent.start) : bisect_right(m_starts, sent.end)]
        named = title_holders(doc, [m for m in near if m.end <= sent.end], kinds)
        for verb in _SUMMON.finditer(text, sent.start, sent.end):
            envoy = _envoy_after(text, verb.end(), sent.end)
            if envoy is None:
                continue
            actor = _summoner(text, named, kinds, verb.start(1), verb.end(), envoy[0])
            if actor is None:
                continue
            own = _own_state(actor, kinds, states, by_word)
            target = _represented(text, named, envoy, sent.end, own, states, by_word, kinds)
            if target is None or actor.entity == target.entity \
                    or (actor.entity, target.entity) in done or not state_like(kinds, actor.entity, "PROTEST", "actor"):
                continue
            done.add((actor.entity, target.entity))
            doc.events.append(Event(
                type="PROTEST", start=sent.start, end=sent.end, text=sent.text, actor=actor.entity,
                target=target.entity, mode=None, date=sent_dates[s_index], trigger=text[verb.start(1) : envoy[1]],
                actor_span=_span(doc, actor), target_span=_span(doc, target) if target.end > target.start else None,
            ))


def _envoy_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the envoy word ENVOY_REACH words at most after offset `start`, in the clause."""
    for k, w in enumerate(_WORD.finditer(text, start, end)):
        if k >= ENVOY_REACH or any(c in text[start : w.start()] for c in _STOPS):
            return None
        key = match_key(w.group())
        if key in ENVOYS or (key[:1] == "و" and key[1:] in ENVOYS):
            return w.start(), w.end()
    return None


def _summoner(text: str, named: list[_Mention], kinds: dict, v0: int, v1: int, envoy: int) -> _Mention | None:
    """Who summons: the body or state named between the verb and the envoy (verb-first order), else
    the nearest one before the verb in its clause that no preposition brings ("بإيران" is no summoner)."""
    named = [m for m in named if kinds.get(m.entity, ("",))[0] != "PER"]  # "استدعت ... مرتضى صنوبري القائم": the envoy
    between = [m for m in named if v1 <= m.start and m.end <= envoy]
    if between:
        return between[0]
    for m in reversed([m for m in named if m.end <= v0]):
        if any(c in text[m.end : v0] for c in _STOPS):
            return None
        word_start = text.rfind(" ", 0, m.start) + 1
        prev = (text[:word_start].rsplit(maxsplit=1) or [""])[-1]  # the word before the name's
        if text[word_start : m.start].lstrip("وف")[:1] not in ("ب", "ل") and match_key(prev) not in ("في", "من", "على"):
            return m
    return None


def _represented(text: str, named: list[_Mention], envoy: tuple[int, int], end: int, own: str | None,
                 states: dict[str, str], by_word: dict[str, str], kinds: dict) -> _Mention | None:
    """The state the envoy stands for or is recalled from: the envoy's own state, named by a
    nationality adjective ("السفير الإيراني"), a name ("سفير إيران"، "سفارة إيران"), and the host
    after لدى/في/من ("سفيرها لدى طهران"). The envoy of the summoner's own state (`own`: its entity,
    or None when unknown; a possessive "سفيرها" is its own) is recalled from the host; another is
    summoned. When neither side is the summoner's, the sentence tells it too loosely: None."""
    envoy_state: _Mention | None = None
    host: _Mention | None = None
    in_host = False
    for k, w in enumerate(_WORD.finditer(text, envoy[1], end)):
        if k >= SIDE_REACH or any(c in text[envoy[1] : w.start()] for c in _STOPS):
            break
        key = match_key(w.group())
        if key in HOSTS:
            in_host = True
            continue
        found = _state_at(named, w, key, states, by_word, kinds)
        if found is None:
            continue
        if in_host:
            host = host or found
        else:
            envoy_state = envoy_state or found
    possessive = match_key(text[envoy[0] : envoy[1]]) not in (match_key("السفير"), match_key("سفير"), match_key("القائم"))
    if possessive or (envoy_state is not None and own is not None and envoy_state.entity == own):
        return host  # its own envoy called home
    if envoy_state is not None and (host is None or (own is not None and host.entity == own)):
        return envoy_state  # a foreign envoy summoned
    return None


def _state_at(named: list[_Mention], w: re.Match, key: str, states: dict[str, str], by_word: dict[str, str],
              kinds: dict) -> _Mention | None:
    """The state a word names: a mention (an embassy stands for its state), or a nationality adjective."""
    at = next((m for m in named if w.start() <= m.start < w.end()), None)
    if at is not None:
        ent_type, _kb, name = kinds.get(at.entity, ("", None, ""))
        if ent_type == "ORG" and match_key(name).startswith(match_key("سفارة")):
            code = next((by_word[k] for k in map(match_key, name.split()[1:]) if k in by_word), None)
            return _Mention(at.start, at.end, states[code], states[code]) if code in states else None
        return at
    code = by_word.get(key) if key.startswith("ال") else None
    return _Mention(w.start(), w.end(), states[code], states[code]) if code in states else None


def _own_state(actor: _Mention, kinds: dict, states: dict[str, str], by_word: dict[str, str]) -> str | None:
    """The summoner's state: itself, or the state its name's adjective names ("الخارجية البحرينية")."""
    ent_type, _kb, name = kinds.get(actor.entity, ("", None, ""))
    if actor.entity in states.values():
        return actor.entity
    code = next((by_word[k] for k in map(match_key, name.split()) if k in by_word), None)
    return states.get(code) if code else None
