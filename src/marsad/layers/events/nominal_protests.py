"""A protest told by its noun alone at the head of a sentence or a headline ("مظاهرات حاشدة في
القاهرة ضد الحكومة"، "إضراب عمال النفط في نيجيريا"، "احتجاجات في بغداد للمطالبة بالكهرباء"): a
nominal sentence whose subject is an indefinite protest noun reports the protest, as a verb of
occurrence would ("اندلعت مظاهرات"). A definite noun there ("المظاهرات ...") names one told before.
Read last, when no other rule found a protest in the sentence."""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document, Event
from marsad.layers.events.clauses import _span
from marsad.layers.events.mention_positions import PLACE_NOUNS
from marsad.layers.events.protest_actors import _protest_noun
from marsad.layers.events.protest_marks import _PURPOSE_STEMS
from marsad.layers.events.protest_people import _genitive_people, _held_by, _nisba_people
from marsad.layers.events.protest_sides import _protest_sides
from marsad.layers.events.words import LOCATIVES, PROTEST_TARGET_MARKS, _Mention, _strip_conjunction
from marsad.lexicons import loader

# the protest nouns that report a protest at the head of a sentence with where it is held
HEAD_NOUNS = loader.keyed("event_words.tsv", "head_noun", match_key)
# how many words after the noun its place, its mark or its people may come (past an adjective)
HEAD_REACH = 4
# the words of a protest's purpose or target right after its noun ("ضد"، "للمطالبة"، "احتجاجا")
# (the stems of a purpose, and "للمطالبة", read here as written, past no clitic)
_PURPOSE_HEADS = _PURPOSE_STEMS + (match_key("للمطالب"),)


def heads_sentence(words: list[Token], i: int) -> bool:
    """Whether word i opens its sentence, past a leading conjunction or punctuation."""
    return all(w.kind == "punct" for w in words[:i])


def nominal_protest(words: list[Token], i: int, n: int, mentions: list[_Mention]) -> bool:
    """Whether the protest noun at i heads a nominal sentence that reports it: indefinite, at the
    head of its sentence, with where it is held, what it is against or whose it is right after it."""
    if n != 1 or not heads_sentence(words, i):
        return False
    key = _strip_conjunction(words[i].key)
    if key.startswith("ال") or not _protest_noun(key):
        return False
    marked_only = key not in HEAD_NOUNS  # "مسيرة"، "وقفة": a protest only against something
    for x in range(i + 1, min(len(words), i + 1 + HEAD_REACH)):
        w = words[x]
        if w.kind != "word":
            return False
        k = _strip_conjunction(w.key)
        if marked_only and not (k in PROTEST_TARGET_MARKS or k.startswith(_PURPOSE_HEADS)):
            continue
        if k in LOCATIVES or (k[:1] == "ب" and (k[1:] in PLACE_NOUNS or any(
                w.start < m.start < w.end and m.entity is not None for m in mentions))):
            return True  # "مظاهرات في القاهرة"، "احتجاجات بمدينة البصرة"
        if k in PROTEST_TARGET_MARKS or k.startswith(_PURPOSE_HEADS):
            return True  # "مظاهرات ضد الحكومة"، "احتجاجات للمطالبة بالكهرباء"
        if x == i + 1 and any(m.start == w.start and (m.protester or m.sector is not None) for m in mentions):
            return True  # "إضراب عمال النفط": the protest of the people named
    return False


def nominal_actor(doc: Document, words: list[Token], i: int, actor: _Mention | None,
                  mentions: list[_Mention]) -> _Mention | None:
    """Who holds a protest told by its noun at the head of its sentence: the people it names in
    construct ("إضراب عمال النفط"), with ل ("اعتصام مفتوح للعمال") or by a nationality adjective;
    an adjective after the noun ("مظاهرات حاشدة") is no one."""
    if actor is None or actor.start < words[i].end or actor.entity is not None or actor.protester:
        return actor
    return _genitive_people(doc, words, i + 1, mentions) or _held_by(doc, words, i + 1, mentions) \
        or _nisba_people(words, i + 1)


def headline_protest(doc: Document, words: list[Token], sent, mentions: list[_Mention], date,
                     mode_of: Callable[[list[Token], int], str | None]) -> None:
    """The protest a sentence tells by an indefinite protest noun at its head, when no rule before
    found one in it: who holds it as its people, what it is against by its marks."""
    if not words or any(e.type == "PROTEST" and e.start == sent.start for e in doc.events[-8:]):
        return
    i = next((x for x, w in enumerate(words) if w.kind == "word"), None)
    if i is None or not nominal_protest(words, i, 1, mentions):
        return
    actor, target = _protest_sides(doc, words, i, 1, None, None, mentions)
    actor = nominal_actor(doc, words, i, actor, mentions)
    w = words[i]
    t0 = w.start + (1 if w.key != _strip_conjunction(w.key) and w.text[:1] in "وف" else 0)
    doc.events.append(Event(
        type="PROTEST", start=sent.start, end=sent.end, text=sent.text, actor=None, target=None,
        mode=mode_of(words, i) or "demonstrate", date=date, trigger=doc.text[t0 : w.end],
        actor_span=_span(doc, actor), target_span=_span(doc, target),
        actor_sector=actor and actor.sector, target_sector=target and target.sector,
    ))
