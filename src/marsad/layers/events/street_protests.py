"""Protests told by what a crowd does, read by the events layer with `unnamed=True`: a crowd's
action or its going out to the streets ("وأغلق المتظاهرون الطريق"، "نزل آلاف الأشخاص إلى
الشوارع") as a protest of its own, the protesters a sentence names as the actor of its protest
reported with none, and a count of people after a verb of objection ("احتج أمس مئات الطلاب").
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document, Event
from marsad.layers.events.clauses import _bare, _future, _governs_noun, _span
from marsad.layers.events.marches import before_march, marched
from marsad.layers.events.mention_positions import _counted, _gap, _locative, _word_index
from marsad.layers.events.protest_people import CROWD_SECTORS, _to_streets
from marsad.layers.events.protest_sides import (
    _protest_noun,
    _protest_sides,
    _trimmed,
    marked_target,
    whole_words,
)
from marsad.layers.events.words import (
    CONTINUE,
    COUNTS,
    CROWD_ACTS,
    CROWD_VERBS,
    LOCATIVES,
    ORGANISE_VERBS,
    PERFORM,
    QUANTITY,
    REFERENCE,
    RELATIVES,
    STREET_VERBS,
    SUBJECT_SKIP,
    TARGET_PREPOSITIONS,
    WEAK_TRIGGERS,
    Trigger,
    _Mention,
    _strip_conjunction,
    names_protest,
)
from marsad.lexicons import loader


def crowd_protest(doc: Document, words: list[Token], sent, mentions: list[_Mention], date,
                  mode_of: Callable[[list[Token], int], str | None], again: bool = False) -> None:
    """A protest told by what a crowd does, when no trigger of the sentence reported one (or in a
    later clause, `again`): a
    verb of a crowd's action with protesters as its subject ("وأغلق المتظاهرون الطريق"، "ورشق
    مئات المحتجين الشرطة بالحجارة"), or a crowd going out to the streets ("نزل آلاف الأشخاص
    إلى الشوارع"), or a march held or joined ("ونظم أنصار المعارضة مسيرة"، events/marches.py)."""
    if not again and any(e.type == "PROTEST" and e.start == sent.start for e in doc.events[-8:]):
        return  # (again: a later clause's, read by second_protests)
    protesters = [m for m in mentions if m.protester]
    for k, w in enumerate(words):
        key = _strip_conjunction(w.key)
        organised = key in ORGANISE_VERBS and marched(words, k, mentions)  # "ونظم أنصار المعارضة مسيرة"
        if key not in CROWD_VERBS and not organised or (k > 0 and (
                words[k - 1].key in RELATIVES or _governs_noun(words[k - 1]))):
            continue
        actor = None
        for m in protesters:  # the subject after the verb, past counts ("مئات المتظاهرين")
            j = _word_index(words, m.start)
            if 0 < j - k <= 4 and _gap(words, k + 1, j) <= 1 and not any(
                    x.kind == "punct" for x in words[k + 1 : j]) and not any(
                    w.end < x.start and x.end <= m.start and (x.entity is not None or x.sector not in CROWD_SECTORS)
                    for x in mentions):
                # (not past another participant: "وحمل الجنود مئات المتظاهرين" is the soldiers' act)
                actor = m
                break
            if 0 < k - j <= 2 and m.end <= w.start:  # "المتظاهرون أغلقوا ..."
                actor = m
                break
        street = actor is None and (key in STREET_VERBS and _to_streets(words, k) or organised)
        if actor is None and not street:
            continue
        if actor is not None and key in CROWD_ACTS and not (
                _counted(words, _word_index(words, actor.start)) or names_protest(words)):
            continue  # "وأحرق المتظاهرون الإطارات": what protesters did, of a protest told elsewhere
        mode = mode_of(words, k)
        if mode is None and _future(w, w.start + (w.key != key), Trigger((key,), "PROTEST", "verb", None)):
            mode = "planned"
        t0 = w.start + (1 if w.key != key and w.text[:1] in "وف" else 0)
        target = None
        if actor is not None and actor.start > w.start:  # "ورشق المتظاهرون قوات الأمن": the object
            j = _word_index(words, actor.end - 1) + 1
            while j < len(words) and words[j].key in SUBJECT_SKIP:  # "وأضرم آلاف المحتجين أمس النيران"
                j += 1
            objects = [m for m in mentions if j < len(words) and words[j].start <= m.start < words[j].end
                       and m.key != actor.key and not _locative(words, m)]
            target = objects[0] if objects else (_bare(doc, words, j) if j < len(words) and _strip_conjunction(
                words[j].key) not in TARGET_PREPOSITIONS else None)
        actor, target = _protest_sides(doc, words, k, 1, actor, target, mentions)
        if organised:
            actor = before_march(words, actor)
        doc.events.append(Event(
            type="PROTEST", start=sent.start, end=sent.end, text=sent.text, actor=None, target=None,
            mode=mode or "demonstrate", date=date, trigger=doc.text[t0 : w.end],
            actor_span=_span(doc, actor), target_span=_span(doc, target),
            actor_sector=actor and actor.sector, target_sector=target and target.sector,
        ))
        return
    performed_protest(doc, words, sent, mentions, date, mode_of)


# how far after a verb of doing its protest noun may stand ("لقيام مجموعة من المتظاهرين يوم أمس بالتجمع")
PERFORM_REACH = 8


def performed_protest(doc: Document, words: list[Token], sent, mentions: list[_Mention], date,
                      mode_of: Callable[[list[Token], int], str | None]) -> None:
    """A protest told as done or kept up: a verb of doing with a protest noun after ب ("وقام
    العمال بالاعتصام"، "لقيام مجموعة من الطلاب أمس بالتجمع أمام السفارة"), or a verb of
    continuing with the crowd's own protest ("واصل المعتصمون اعتصامهم"، "استمر آلاف المتظاهرين
    في مسيراتهم"); who does it protests, and what follows the noun is what they protest."""
    for k, w in enumerate(words):
        key = _strip_conjunction(w.key)
        base = key[1:] if key[:1] in ("ل", "ب") and key not in PERFORM else key
        if base not in PERFORM and key not in CONTINUE:
            continue
        for b in range(k + 1, min(len(words), k + 1 + PERFORM_REACH)):
            if words[b].kind == "punct":
                break
            if not (_protest_done(words[b].key) if base in PERFORM else _protest_kept(words, b)):
                if base in PERFORM and words[b].key[:1] == "ب" and len(words[b].key) > 3:
                    break  # "قيام بروكسل بإبلاغ الشركة باحتجاجاتها": what is done is the first noun after ب
                continue
            between = [m for m in mentions if w.end < m.start and m.end <= words[b].start]
            actor = next((m for m in between if m.protester), None) or (between[0] if between else None)
            if actor is None and b > k + 1:  # "قيام مجموعة من الشبان" with no listed noun: the word after
                x = k + 1
                while x < b and (words[x].key in QUANTITY or words[x].key in SUBJECT_SKIP):
                    x += 1
                actor = _bare(doc, words, x) if x < b and words[x].key != "في" else None
            if actor is None and k > 0 and words[k - 1].key in RELATIVES:  # "المحتجون الذين قاموا بالتظاهر"
                before = [m for m in mentions if m.end <= words[k - 1].start]
                actor = before[-1] if before else None
            # "ويواصل الأسرى إضرابهم ردا على الإجراءات التي تنفذها إدارة السجون": what is kept up is not
            # who keeps it up; what it answers is named whole, with who does it
            actor = _trimmed(words, actor, own=True)
            actor, target = whole_words(words, actor), whole_words(words, marked_target(
                doc, words, b + 1, actor, mentions))
            if _single_march(words[b].key) and target is None and not (actor is not None and actor.protester) \
                    and not _told_protest(words, b + 1):
                break  # "قام الفريق بمسيرة إلى أبها"، "تواصل الجريدة مسيرتها": a walk or a career
            # the trigger starts past و/ف and ل/ب ("ولقيام")
            t0 = w.start + (w.key != key) + (base != key)
            doc.events.append(Event(
                type="PROTEST", start=sent.start, end=sent.end, text=sent.text, actor=None, target=None,
                mode=mode_of(words, k) or "demonstrate", date=date, trigger=doc.text[t0 : words[b].end],
                actor_span=_span(doc, actor), target_span=_span(doc, target),
                actor_sector=actor and actor.sector, target_sector=target and target.sector,
            ))
            return


def _protest_done(key: str) -> bool:
    """Whether a word is a protest or a gathering as what is done, after ب ("بالاعتصام"، "بالتجمع")."""
    return key.startswith("ب") and (_protest_noun(key[1:]) or key[3:] in WEAK_TRIGGERS)


# the possessive endings of a crowd's own protest ("اعتصامهم"، "مسيراتها")
_POSSESSIVE = ("هم", "ها", "هن")


def _single_march(key: str) -> bool:
    """Whether a word is one march ("بمسيرة"، "مسيرتها"), not marches: done or kept up with no
    protester doing it and nothing it is against, one march is a walk or a career."""
    key = _strip_conjunction(key)
    key = key[1:] if key.startswith("ب") else key
    key = key[2:] if key.startswith("ال") else key
    return key.startswith(_MARCH) and not key.startswith(_MARCHES)


_MARCH, _MARCHES = match_key("مسير"), match_key("مسيرات")
# adjectives that tell one march as a protest ("بمسيرة حاشدة"، "مسيرتهم الغاضبة")
_PROTEST_MARCH = loader.keyed("protest_cues.tsv", "protest_march", match_key)


def _told_protest(words: list[Token], x: int) -> bool:
    """Whether the word after a march tells it as a protest ("مسيرة احتجاجية"، "مسيرة حاشدة")."""
    return x < len(words) and (_protest_noun(words[x].key) or words[x].key in _PROTEST_MARCH)


def _protest_kept(words: list[Token], b: int) -> bool:
    """Whether a word names the crowd's own protest, kept up ("إضرابهم"، "في مسيراتهم")."""
    key = _strip_conjunction(words[b].key)
    return key.endswith(_POSSESSIVE) and _protest_noun(key)


def protest_actor(doc: Document, words: list[Token], sent, mentions: list[_Mention]) -> None:
    """A protest of the sentence reported with no actor ("اندلعت مظاهرات ...") is by the
    protesters the sentence names as a subject ("ورفع المتظاهرون لافتات"، "مئات المحتجين")."""
    events = [e for e in doc.events[-8:] if e.type == "PROTEST" and e.start == sent.start and e.actor_span is None]
    if not events:
        return
    for m in mentions:
        if not m.protester:
            continue
        k = _word_index(words, m.start)
        attached = words[k].text[: m.start - words[k].start]
        prev = _strip_conjunction(words[k - 1].key) if k else ""
        if "ب" in attached or "ل" in attached or prev in TARGET_PREPOSITIONS or prev in LOCATIVES \
                or prev in REFERENCE or prev in RELATIVES:
            continue  # "على المتظاهرين"، "بين المحتجين": acted upon or a place, not acting
        if not (match_key(doc.text[m.start : m.end]).endswith("ون") or prev in QUANTITY):
            continue  # a subject: "المتظاهرون" (nominative), "مئات المتظاهرين" (counted)
        for e in events:
            e.actor_span, e.actor_sector = _span(doc, m), m.sector
        return


def crowd_after(words: list[Token], j: int) -> bool:
    """Whether a count of people stands right after a verb, past a time word ("احتج أمس مئات الطلاب")."""
    while j < len(words) and words[j].key in SUBJECT_SKIP:
        j += 1
    return j < len(words) and (words[j].key in COUNTS or words[j].kind == "num")
