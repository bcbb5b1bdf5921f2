"""A place where an attack happened, taken for the one attacked.

Read on unlabelled world news, an attack's or a coercion's target is often the place of its
setting, not a side that undergoes it (PLOVER's `location`), when the act names another object:
- a place after a preposition of place, past compass and area words ("قتل نائب في مقديشو"،
  "غارات في شمال العراق"), or after "ب" of place attached to it ("اغتيال نائب بمقديشو");
- the second place of a list after such a preposition ("ضربات على التنظيم في سوريا والعراق");
- a place after "الحدود مع" ("اشتباكات على الحدود مع باكستان");
- a place in construct with a massacre or incident noun ("مجزرة سوروتش"، "حادث البلدة").
A place after an attack noun with no other object ("شنت هجمات دموية في البلد"، "هجمات الجماعة
الوحشية في البلد") or after bare sites struck ("أغارت على مواقع في البلد") is kept: the attacks are
on it.
A side that opens with an area noun ("مديرية صبر") is a place whatever type its entity was given.
A place after "على" or "ضد" with an attack noun ("غارات على اليمن") is still struck: it keeps it.
An armed group's attack in a country ("قتل مسلحو الجماعة عشرات القرويين في شمال البلد") keeps the
country: an insurgent's violence in a state is against that state (the gold articles code the group
against the country), whatever common noun names its victims; when the act's object left it with
no side attacked, that country in its sentence is the target (`attacked_country`). Not a country
after "الحدود مع", nor one whose sites struck are another side's ("على مواقعها"), nor one in another
clause (past a comma or a relative pronoun).
Such a target is cleared; an event left with no side at all is dropped.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event, Span
from marsad.layers.events.agent_sides import _keys, _trigger_bounds
from marsad.layers.events.attack_grammar import ATTACK_ACTS, ATTACK_ADJECTIVES, TIME_WORDS
from marsad.layers.events.checks import STATE_KINDS, _kb_kinds
from marsad.layers.events.misread_sides import AREA_WORDS, LOCATIVE, after_place_preposition
from marsad.layers.events.words import _strip_conjunction
from marsad.lexicons import loader

_LEXICON = "event_sides.tsv"
BORDER = loader.keyed(_LEXICON, "border", match_key)
INCIDENT = loader.keyed(_LEXICON, "incident", match_key)
WITH = match_key("مع")
# the words of month names that are always months (months.tsv, ambiguity 0): a date between an
# attack noun and its place ("هجمات 11 سبتمبر (أيلول) 2001 في نيويورك") names no other object
MONTH_WORDS = frozenset(match_key(w) for row in loader.table("months.tsv", 4) if row[3] == "0" for w in row[0].split())
# the acts whose target a place of their setting is misread as
PLACED_ACTS = frozenset({"ASSAULT", "COERCE"})
LOOK_BACK = 60  # characters before a place read for its preposition
# words between an attack noun and the preposition of its place that name no object of it
# ("هجمات دموية أخرى في ..."، "غارات على مدى عام في ..."): the noun's adjectives and its time
MODIFIERS = frozenset(match_key(w) for w in ("أخرى", "اخرى", "أخر", "جديدة", "عدة", "متكررة", "مماثلة", "مدى", "طوال", "عام",
                                             "عامين", "أعوام", "شهر", "شهور", "أشهر"))
# sites struck with no owner named ("أغارت على مواقع في البلد"): the place stands for whom they belong to
SITES = frozenset(match_key(w) for w in (
    "على", "ضد", "مواقع", "موقع", "أهداف", "اهداف", "هدف", "معسكر", "معسكرات", "قواعد", "مراكز", "منشآت",
    "منشات", "مناطق", "أهدافا", "اهدافا", "موقعا", "معسكرا"))


def _place_spans(doc: Document, places: frozenset[str]) -> list[Span]:
    return [Span(m.start, m.end, m.text) for e in doc.entities if e.id in places for m in e.mentions]


def setting(doc: Document, span: Span, place_spans: list[Span], depth: int = 0) -> bool:
    """Whether the place named at `span` is where something happened (module docstring)."""
    text = doc.text
    before = text[max(0, span.start - LOOK_BACK) : span.start]
    if before[-1:] == "ب" and (len(before) < 2 or before[-2] in " \nو"):
        return True  # "بمقديشو"، "وبغزة"
    if before[-1:] == "و" and depth < 3:
        # the second place of a list: "في سوريا والعراق" is where the first is
        head = before[:-1].rstrip()
        first = next((p for p in place_spans if p.end == span.start - len(before) + len(head)), None)
        return first is not None and setting(doc, first, place_spans, depth + 1)
    if before[-1:] not in (" ", "\n", "\t"):
        return False
    if any(c in before[-3:] for c in "،,.:؛"):
        return False
    keys = _keys(before)
    if not keys:
        return False
    if after_place_preposition(keys, conjunctions=True):
        return True
    if len(keys) >= 2 and keys[-1] == WITH and _strip_conjunction(keys[-2]) in BORDER:
        return True
    return _strip_conjunction(keys[-1]) in INCIDENT


def _place_headed(doc: Document, span: Span) -> bool:
    """Whether a side's words open with an area noun ("مديرية صبر"، "محافظة تعز"): a place, whatever
    type the entity layer gave it."""
    keys = _keys(doc.text[span.start : span.end])
    return len(keys) > 1 and keys[0] in AREA_WORDS


def _object_named(doc: Document, ev: Event, place: Span, place_spans: list[Span]) -> bool:
    """Whether the act names another object than its place: always, unless its trigger ends
    with an attack noun followed by no more than adjectives before the place ("شنت هجمات دموية في
    البلد": attacks in a country, with no other side, are on it)."""
    bounds = _trigger_bounds(ev)
    if bounds is None or bounds[1] > place.start:
        return True
    trig = [_strip_conjunction(k) for k in _keys(doc.text[bounds[0] : bounds[1]])]
    while len(trig) > 1 and _adjective_key(trig[-1]):
        trig.pop()  # "بشن غارات جوية": the noun before its adjectives
    last = trig[-1] if trig else ""
    last = last[2:] if last.startswith("ال") else last
    if last not in ATTACK_ACTS and not (ev.type == "ASSAULT" and _site_object(doc, bounds[1], place.start)):
        return True
    lo = bounds[1]
    if ev.actor_span is not None and lo <= ev.actor_span.start and ev.actor_span.end <= place.start:
        lo = ev.actor_span.end  # "هجمات جماعة فلان الوحشية في ...": the attack noun's genitive attacks
    between = doc.text[lo : place.start]
    for p in place_spans:  # "في البلد والبلد الآخر": the first place is no object
        if bounds[1] <= p.start and p.end <= place.start:
            between = between.replace(p.text, " ")
    for k in _keys(between):
        k = _strip_conjunction(k)
        if k in LOCATIVE or k in AREA_WORDS or k in SITES or _adjective_key(k) or k in TIME_WORDS \
                or k in MONTH_WORDS or k.isdigit() or k == "و":
            continue
        return True
    return False


def _adjective_key(k: str) -> bool:
    return k in ATTACK_ADJECTIVES or k in MODIFIERS or k.endswith(("يه", "ي"))


def _site_object(doc: Document, lo: int, hi: int) -> bool:
    """Whether the words from a verb of attack to the place are a bare site struck ("أغارت على
    مواقع في")."""
    keys = [_strip_conjunction(k) for k in _keys(doc.text[lo:hi])]
    return bool(keys) and keys[0] in SITES and all(k in SITES or k in LOCATIVE or k in AREA_WORDS for k in keys)


ARMED_GROUPS = frozenset({"armed_group"})  # the knowledge base's kind of an insurgent or militant group
COUNTRY_REACH = 12  # words from the armed group (or the trigger after it) to the country, at most
CLAUSE_BREAKS = "،,؛;:.()"  # a country past these is in another clause (quotes round a name are no break)


def _kb_kind(doc: Document, entity: str | None) -> str | None:
    """The knowledge-base kind of a document's entity ("country"، "armed_group"), looked up by its
    name when the entity layer did not link it."""
    ent = next((e for e in doc.entities if e.id == entity), None)
    if ent is None:
        return None
    kinds, _capitals, by_name = _kb_kinds()
    return kinds.get(ent.kb or by_name.get(f"{ent.type}:{match_key(ent.name)}") or "")


# pronouns attached to a site struck ("على مواقعها"): the sites are another side's, that side is attacked
OWNER_SUFFIXES = ("ها", "هم", "هما", "ه")


def _owned_site(keys: list[str]) -> bool:
    for k in keys:
        k = _strip_conjunction(k)
        k = k[1:] if k[:1] in ("ب", "ل") and len(k) > 4 else k
        if any(k.endswith(s) and k[: -len(s)] in SITES for s in OWNER_SUFFIXES):
            return True
    return False


RELATIVES = frozenset(match_key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"))


def _at_border(doc: Document, place: Span) -> bool:
    """Whether a place follows "الحدود مع" ("قصف منطقة على الحدود مع البلد"): a side's own land
    by another's, not the country struck."""
    keys = _keys(doc.text[max(0, place.start - LOOK_BACK) : place.start])
    return len(keys) >= 2 and keys[-1] == WITH and _strip_conjunction(keys[-2]) in BORDER


def _insurgency(doc: Document, ev: Event, place: Span) -> bool:
    """Whether an attack is an armed group's in a country, with nothing but common nouns between
    its trigger and the country in one phrase: the country is the side attacked. Not when a comma
    parts them ("باستهداف، وإضعاف، حلفاء القوى ... في البلد") or the sites struck are another
    side's ("هجمات يشنها التنظيم على مواقعها بشرق البلد")."""
    if ev.type != "ASSAULT" or _kb_kind(doc, ev.actor) not in ARMED_GROUPS or _kb_kind(doc, ev.target) not in STATE_KINDS \
            or _at_border(doc, place):
        return False
    bounds = _trigger_bounds(ev)
    if bounds is None or bounds[1] > place.start:
        return True
    between = doc.text[bounds[1] : place.start]
    return not any(c in between for c in CLAUSE_BREAKS) and not _owned_site(_keys(between))




def attacked_country(doc: Document, etype: str, actor, t1: int, mentions: list):
    """For an armed group's attack with no side attacked named ("قتل مسلحون من الجماعة ثلاثين قرويا
    في شمال شرقي البلد"), the mention of the country it happened in, after the group and the
    trigger, set off by a preposition of place (module docstring); else None. `actor` and
    `mentions` carry `start`, `end` and `entity`."""
    if etype != "ASSAULT" or actor is None or _kb_kind(doc, actor.entity) not in ARMED_GROUPS:
        return None
    lo = max(actor.end, t1)
    spans = _place_spans(doc, frozenset(e.id for e in doc.entities if e.type == "LOC"))
    for m in mentions:
        if m.start < lo or m.entity == actor.entity:
            continue
        gap = doc.text[lo : m.start]
        if len(gap.split()) > COUNTRY_REACH or any(c in gap for c in CLAUSE_BREAKS) \
                or any(_strip_conjunction(k) in RELATIVES for k in _keys(gap)):
            return None  # another clause: "الحركة التي تريد فرض ... في البلد" says where it wants to rule
        place = Span(m.start, m.end, doc.text[m.start : m.end])
        if _kb_kind(doc, m.entity) in STATE_KINDS and setting(doc, place, spans):
            return None if _owned_site(_keys(gap)) or _at_border(doc, place) else m
    return None


def _clear_target(ev: Event) -> None:
    ev.target, ev.target_span, ev.target_sector = None, None, None


def drop_place_targets(doc: Document) -> None:
    """Clear the target of an attack or a coercion that is the place it happened in; drop the
    event when no side is left."""
    places = frozenset(e.id for e in doc.entities if e.type == "LOC")
    if not doc.events:
        return
    spans = _place_spans(doc, places)
    kept = []
    for ev in doc.events:
        t = ev.target_span
        if ev.type in PLACED_ACTS and t is not None and (ev.target in places or _place_headed(doc, t)) and setting(doc, t, spans) \
                and _object_named(doc, ev, t, spans) and not _insurgency(doc, ev, t):
            _clear_target(ev)
            if ev.actor is None and ev.actor_span is None:
                continue
        kept.append(ev)
    doc.events[:] = kept
