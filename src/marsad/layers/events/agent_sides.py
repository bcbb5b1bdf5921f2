"""Sides of the record's events that the words around the trigger name otherwise than word order.

Read on unlabelled news of several Saudi outlets, the record's events often have the right trigger
and the right names but the sides the wrong way round, or a side that is only a label:
- an agent after a passive act ("المهندس الذي خُطف ثم هُدد بالإعدام من قبل «الجماعة»"، "اعتقل
  على يد قوات ..."): the agent acts and the passive's subject before the trigger undergoes, even when
  the target chosen was a name further on (`agent_after`);
- a request or an invitation that comes from someone ("بناء على طلب من الحكومة العراقية"، "تلبية
  لدعوة من الرئيس"): the one named after "من" asks, the clause's subject is asked (`asked_by`);
- a headline's topic label ("العراق.. غارات للتحالف الدولي على مواقع التنظيم"): the name before ".." says
  what the headline is about, it does not act (`topic_label`);
- an outlet a statement is given to ("وطالب في تصريح خاص لـ«الصحيفة» بـ ..."، "في حديث لقناة ..."):
  it publishes the words, it is not asked or accused (`interviewer_target`);
- a body or a country in the title of the person named right after it ("مفتي الجمهورية اللبنانية
  الشيخ فلان"، "مدير الجامعة، الدكتور فلان"، "سفارة المملكة لدى تونس فلان"): the person speaks or
  acts, the title's names are neither actor nor target (`in_holders_title`).
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event, Span
from marsad.layers.events.checks import TITLE_HEADS, another_office
from marsad.lexicons import loader

_LEXICON = "event_sides.tsv"
# nouns of asking and inviting whose "من X" names the one who asks ("طلب"، "دعوة")
ASKING = loader.keyed(_LEXICON, "asking", match_key)
# the passive agent's phrases, as (preposition, noun) match keys: "من قبل"، "على يد"، "على أيدي"
AGENT_PHRASES = frozenset({("من", "قبل"), ("علي", "يد"), ("علي", "ايدي")})
# acts told in the passive with their agent: the sides a passive turns round
PASSIVE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})
AGENT_REACH = 4  # words between the trigger's end and the agent's phrase, at most
# words that may stand between a title's body and the name of its holder ("الشيخ"، "الدكتور")
HONORIFICS = loader.keyed("actors/title_words.tsv", "honorific", match_key)
# types whose record event needs a target: without one, a side that was only a title leaves none
TARGET_OPTIONAL = frozenset({"PROTEST", "ASSAULT", "MOBILIZE"})
# nouns of a statement given to an outlet ("تصريح"، "حديث"), and the words that may describe it ("خاص")
INTERVIEWS = loader.keyed(_LEXICON, "interview", match_key)
INTERVIEW_ADJECTIVES = loader.keyed(_LEXICON, "interview_adjective", match_key)
TITLE_LOOKBACK = 3  # words before a body that may hold the head of the title it is in
# "لشؤون"، "لشئون": the portfolio of a title follows ("المبعوث لشؤون سوريا")
PORTFOLIO = frozenset(match_key(w) for w in ("لشؤون", "لشئون", "لشوون"))
_WORD = re.compile(r"[^\s«»\"'()،,.:؛]+")
_QUOTES = "«»\"'“” "


def _keys(text: str) -> list[str]:
    return [match_key(w) for w in _WORD.findall(text)]


def _trigger_bounds(ev: Event) -> tuple[int, int] | None:
    at = ev.text.find(ev.trigger) if ev.trigger else -1
    return (ev.start + at, ev.start + at + len(ev.trigger or "")) if at >= 0 else None


def _mention_at(doc: Document, start: int, end: int, ev: Event | None = None) -> tuple[str, Span] | None:
    """(entity id, span) of the first entity mention starting in [start, end), else of the event's
    target when its words start there (a noun phrase standing for a state: "الحكومة العراقية")."""
    best: tuple[str, Span] | None = None
    for e in doc.entities:
        for m in e.mentions:
            if start <= m.start < end and (best is None or m.start < best[1].start):
                best = (e.id, Span(m.start, m.end, m.text))
    if best is None and ev is not None and ev.target is not None and ev.target_span is not None \
            and start <= ev.target_span.start < end:
        best = (ev.target, ev.target_span)
    return best


def _set_sides(ev: Event, actor: tuple[str | None, Span | None, str | None],
               target: tuple[str | None, Span | None, str | None]) -> None:
    ev.actor, ev.actor_span, ev.actor_sector = actor
    ev.target, ev.target_span, ev.target_sector = target


def agent_after(doc: Document, ev: Event) -> tuple[str, Span] | None:
    """The named agent of a passive act: a mention right after "من قبل"/"على يد" within
    AGENT_REACH words of the trigger's end, in the event's sentence, other than the actor."""
    if ev.type not in PASSIVE_TYPES or ev.quote is not None:
        return None
    bounds = _trigger_bounds(ev)
    if bounds is None:
        return None
    after = doc.text[bounds[1] : ev.end]
    words = list(_WORD.finditer(after))
    for k in range(min(len(words) - 1, AGENT_REACH + 1)):
        if (match_key(words[k].group()), match_key(words[k + 1].group())) not in AGENT_PHRASES:
            continue
        rest = bounds[1] + words[k + 1].end()
        lead = len(doc.text[rest : ev.end]) - len(doc.text[rest : ev.end].lstrip(_QUOTES))
        found = _mention_at(doc, rest, rest + lead + 1, ev)
        if found is not None and found[0] != ev.actor:
            return found
        return None
    return None


def asked_by(doc: Document, ev: Event) -> tuple[str, Span] | None:
    """Who asks in "بناء على طلب من X"، "بطلب من X"، "تلبية لدعوة من X": a governed noun of asking
    followed by "من" and a name (not the verb "طلب من X", which asks X)."""
    if ev.type not in ("REQUEST", "CONSULT") or ev.quote is not None:
        return None
    bounds = _trigger_bounds(ev)
    if bounds is None:
        return None
    t0, t1 = bounds
    word_start = t0
    while word_start > ev.start and not doc.text[word_start - 1].isspace():
        word_start -= 1
    attached = doc.text[word_start:t0]
    before = _keys(doc.text[max(ev.start, word_start - 12) : word_start])
    noun = match_key(doc.text[t0:t1])
    if noun not in ASKING or not ("ب" in attached or "ل" in attached or (before and before[-1] == "علي")):
        return None
    m = re.match(r"\s+من\s+[«\"]?", doc.text[t1 : ev.end])
    if m is None:
        return None
    found = _mention_at(doc, t1 + m.end(), t1 + m.end() + 1, ev)
    return found if found is not None and found[0] != ev.actor else None


def topic_label(doc: Document, ev: Event) -> bool:
    """Whether the actor is a headline's topic label: the first words of its sentence, followed by
    ".." or "…" ("سوريا.. قصف ...")."""
    a = ev.actor_span
    if a is None or doc.text[ev.start : a.start].strip(_QUOTES):
        return False
    return doc.text[a.end : a.end + 3].lstrip().startswith(("..", "…"))


def interviewer_target(doc: Document, ev: Event) -> bool:
    """Whether the target is the outlet a statement was given to: "تصريح (خاص) لـ X"، "حديث لـ X"."""
    t = ev.target_span
    if t is None:
        return False
    keys = _keys(doc.text[max(ev.start, t.start - 30) : t.start])
    if not keys or keys[-1] not in ("ل", "لـ"):
        return False
    k = len(keys) - 2
    while k >= 0 and keys[k] in INTERVIEW_ADJECTIVES:
        k -= 1
    return k >= 0 and (keys[k] in INTERVIEWS or (keys[k][:1] in ("و", "ف", "ب") and keys[k][1:] in INTERVIEWS))


def _titled(doc: Document, ev: Event, start: int, set_off: bool) -> bool:
    """Whether the name at `start` is in a title: a title's head among the TITLE_LOOKBACK words
    before it ("مدير جامعة ..."، "وزير خارجية مصر"), or, set off from the name after it by an
    honorific or a comma, not the trigger's object right after it ("اختطف التنظيم الصحفي فلانا")."""
    bounds = _trigger_bounds(ev)
    if bounds is not None and bounds[1] <= start and not _keys(doc.text[bounds[1] : start]):
        return False  # "اختطف تنظيم داعش العبادي": the verb's subject, then its object
    return set_off or _title_head(doc.text[max(ev.start, start - 40) : start]) != ""


def _title_head(before: str) -> str:
    """The match key of the title's head among the TITLE_LOOKBACK words of `before` ("" for none)."""
    for k in reversed(_keys(before)[-TITLE_LOOKBACK:]):
        k = k[1:] if k[:1] == "و" and k[1:] in TITLE_HEADS else k
        if k in TITLE_HEADS:
            return k
    return ""


def in_holders_title(doc: Document, ev: Event, kinds: dict[str, str]) -> bool:
    """Whether the actor (a body or a place) is in the title of the person who is the target,
    named right after it ("مفتي الجمهورية اللبنانية الشيخ فلان"، "مدير الجامعة، الدكتور فلان"), or
    the target is a place after "لدى" in such a title ("سفارة المملكة لدى تونس فلان"), or the
    portfolio of a title after "لشؤون" ("الأمين العام المساعد لشؤون فلسطين"; "التدخل في شؤون
    البحرين" keeps its target)."""
    a, t = ev.actor_span, ev.target_span
    if a is None or t is None:
        return False
    before = _keys(doc.text[max(ev.start, t.start - 8) : t.start])  # the words right before the target
    if before and before[-1] in PORTFOLIO:
        return True
    if kinds.get(ev.actor or "") in ("ORG", "LOC") and kinds.get(ev.target or "") == "PER" and a.end <= t.start:
        between = doc.text[a.end : t.start]
        keys = _keys(between)
        if len(keys) <= 2 and all(k in HONORIFICS for k in keys) and not any(c in between for c in ".:؛«»") \
                and _titled(doc, ev, a.start, bool(keys) or "،" in between) \
                and not another_office(between, _title_head(doc.text[max(ev.start, a.start - 40) : a.start])):
            return True  # but "اتهم زعيم حزب ... الرئيس فلانا": the president is another person
    if kinds.get(ev.target or "") not in ("ORG", "LOC"):
        return False
    holder = _mention_at(doc, t.end, t.end + 3)
    return bool(before) and before[-1] == "لدي" and holder is not None and kinds.get(holder[0]) == "PER"


def turn_agent_sides(doc: Document) -> None:
    """Set the sides the words around the trigger name (module docstring) and drop the events
    whose sides were a label or a title only."""
    if not doc.events:
        return
    kinds = {e.id: e.type for e in doc.entities}
    kept = []
    for ev in doc.events:
        if topic_label(doc, ev) or in_holders_title(doc, ev, kinds):
            continue
        if interviewer_target(doc, ev):
            if ev.type not in TARGET_OPTIONAL:
                continue
            _set_sides(ev, (ev.actor, ev.actor_span, ev.actor_sector), (None, None, None))
        agent = agent_after(doc, ev) or asked_by(doc, ev)
        if agent is not None:
            entity, span = agent
            bounds = _trigger_bounds(ev)
            subject_before = ev.actor_span is not None and bounds is not None and ev.actor_span.end <= bounds[0]
            if subject_before:  # the passive's subject, or the one asked, is the clause's subject
                target = (ev.actor, ev.actor_span, ev.actor_sector)
            elif ev.target != entity:
                target = (ev.target, ev.target_span, ev.target_sector)
            else:
                target = (None, None, None)
            _set_sides(ev, (entity, span, None), target)
            if ev.target is None and ev.type not in TARGET_OPTIONAL:
                continue
        kept.append(ev)
    doc.events[:] = kept
