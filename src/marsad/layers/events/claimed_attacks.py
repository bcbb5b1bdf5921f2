"""An attack claimed: "وأعلنت جماعة مسلحة مسؤوليتها عن خطف ثلاثة مهندسين"، "وتبنى التنظيم الهجوم
على المسجد". The attack noun after "المسؤولية عن" is otherwise a mention of an attack told
elsewhere (a reference word governs it), but the claim itself tells who carried it out: the
claimant, the subject between the verb of claiming and the word of responsibility (or, for "تبنى",
the attack noun), is the attack's actor, and what follows the attack noun its target. A claim
denied or not made ("لم تعلن أي جهة مسؤوليتها") is read by the mode cues, as every event's.
Read by the events layer with `unnamed=True`.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.arabic.sentences import Sentence
from marsad.arabic.tokens import Token
from marsad.document import Document, Event, Span
from marsad.layers.events.clauses import _bare, _governs_noun
from marsad.layers.events.detonations import _blown
from marsad.layers.events.words import (
    LOCATIVES,
    NUMBER_WORDS,
    QUANTITY,
    RELATIVES,
    TARGET_PREPOSITIONS,
    Trigger,
    _Mention,
    _strip_conjunction,
)
from marsad.lexicons import loader

CLAIM_VERBS = loader.keyed("event_words.tsv", "claim_verb", match_key)
CLAIM_NOUNS = tuple(sorted(loader.keyed("event_words.tsv", "claim_noun", match_key)))
ADOPT = frozenset(match_key(w) for w in ("تبنى", "تبنت", "تبنوا"))
SUBJECT_WORDS = 8  # words of the claimant between the verb and the word of responsibility, at most
# "تطلق على نفسها": the claimant's name follows ("اسم" passed over)
SELF = frozenset(match_key(w) for w in ("نفسها", "نفسه", "نفسهم", "أنفسهم", "انفسهم"))
NAME_WORDS = frozenset(match_key(w) for w in ("اسم", "إسم"))
DEMONSTRATIVES = frozenset(match_key(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"))
# verbs of doing right after the attack noun: a clause on it ("هجوم تم تنفيذه")
DONE = frozenset(match_key(w) for w in ("تم", "يتم", "جرى", "وقع", "وقعت", "نفذ", "نفذه", "نفذها"))
NAME_REACH = 8  # words of the name a claimant goes by, at most
NOUN_GAP = 2  # words between "عن" and the attack noun ("عن عملية خطف"، "عن سلسلة التفجيرات"), at most


def _span(doc: Document, m: _Mention | None) -> Span | None:
    return Span(m.start, m.end, doc.text[m.start : m.end]) if m is not None else None


def _attack_after(words: list[Token], x: int, gap: int,
                  attack_at: Callable[[int], tuple[Trigger, int] | None]) -> tuple[int, Trigger, int] | None:
    """The attack trigger starting within `gap` words from x: (its word, the trigger, its words)."""
    for j in range(x, min(len(words), x + gap + 1)):
        if words[j].kind == "punct":
            return None
        found = attack_at(j)
        if found is not None:
            return j, found[0], found[1]
    return None


def _adjective(key: str) -> bool:
    """Whether a definite word reads as a relational adjective ("الإرهابي"، "الانتحارية")."""
    return key.startswith("ال") and key.endswith(("ي", "يه", "ية")) and key not in RELATIVES


def _object(doc: Document, words: list[Token], j: int, mentions: list[_Mention]) -> _Mention | None:
    """What follows an attack noun as its object: past counts and a preposition of target
    ("خطف ثلاثة مهندسين"، "الهجوم على المسجد"); none when a place follows ("في الموصل")."""
    definite = words[j - 1].key.startswith("ال")
    while j < len(words) and (words[j].kind == "num" or words[j].key in QUANTITY or words[j].key in NUMBER_WORDS
                              or _strip_conjunction(words[j].key) in TARGET_PREPOSITIONS
                              or (definite and _adjective(words[j].key))):
        j += 1  # ("التفجير الإرهابي الذي": an adjective agreeing with the noun names no one)
    if j < len(words) and _strip_conjunction(words[j].key) in DONE:
        return None  # "هجوم انتحاري تم تنفيذه": a clause on the attack, no object
    if j >= len(words) or words[j].kind != "word" or _strip_conjunction(words[j].key) in LOCATIVES or _blown(words[j]):
        return None  # (a car bomb's car is the weapon: what it went off near is read by detonations.py)
    return next((m for m in mentions if words[j].start <= m.start < words[j].end), None) or _bare(doc, words, j)


def _referred(doc: Document, words: list[Token], x: int, n: int, mentions: list[_Mention]) -> bool:
    """Whether the claimed attack is one told elsewhere: pointed at ("مسؤولية هذا الاعتداء"), or
    named by its place or day ("هجمات مومباي"، "تفجيرات 7 يوليو"); the claim then adds its doer
    to a known attack, it reports none."""
    if x > 0 and _strip_conjunction(words[x - 1].key) in DEMONSTRATIVES:
        return True
    j = x + n
    if j >= len(words):
        return False
    if words[j].kind == "num":
        return True
    named = next((m for m in mentions if m.start == words[j].start and m.entity), None)
    ent = doc.entity(named.entity) if named is not None else None
    return ent is not None and ent.type == "LOC"


def claimed_attacks(doc: Document, words: list[Token], sent: Sentence, mentions: list[_Mention], date: str | None,
                    mode_of: Callable[[list[Token], int], str | None],
                    attack_at: Callable[[int], tuple[Trigger, int] | None]) -> None:
    """Add (or give its actor to) the ASSAULT each claim of the sentence tells."""
    for k, w in enumerate(words):
        key = _strip_conjunction(w.key)
        if key not in CLAIM_VERBS or (k > 0 and (_governs_noun(words[k - 1]) or words[k - 1].key in RELATIVES
                                                 or _strip_conjunction(words[k - 1].key) in TARGET_PREPOSITIONS)):
            continue  # "إلى تبني مشروع قرار": the verbal noun, no claim; "الذي تبنى فيه": a claim told of
        attack, claim = None, None
        reach = SUBJECT_WORDS
        for c in range(k + 2, len(words)):
            if c >= k + 2 + reach or words[c].kind == "punct" and words[c].text not in "«»\"":
                break
            ck = _strip_conjunction(words[c].key)
            if ck in SELF:  # "جماعة تطلق على نفسها ...": a name of several words may follow
                reach = SUBJECT_WORDS + NAME_REACH
            if ck.startswith(CLAIM_NOUNS) and c + 1 < len(words) and words[c + 1].key == "عن":
                claim = c
                attack = _attack_after(words, c + 2, NOUN_GAP, attack_at)
                break
            if key in ADOPT and words[c].key == ck and ck[:1] not in ("ل", "ب") \
                    and (attack := _attack_after(words, c, 0, attack_at)) is not None:
                # (the attack adopted is the verb's bare object: "تبنت محاولة لتفجير" adopts an attempt)
                claim = c
                break
        if attack is None or claim is None:
            continue
        x, trig, n = attack
        if _referred(doc, words, x, n, mentions):
            continue
        lo, hi = words[k + 1].start, words[claim - 1].end
        self_named = next((j for j in range(k + 1, claim - 1) if _strip_conjunction(words[j].key) in SELF), None)
        if self_named is not None:  # "جماعة تطلق على نفسها كتائب الحق": the name it goes by
            lo = words[self_named + 1 + (words[self_named + 1].key in NAME_WORDS)].start
        actor = next((m for m in mentions if lo <= m.start and m.end <= hi), None)
        if actor is None and self_named is not None and lo < hi:
            actor = _Mention(lo, hi, None, "@" + match_key(doc.text[lo:hi]))
        if actor is None:
            actor = _bare(doc, words, k + 1)
            if actor is not None and actor.end > hi:
                actor = _Mention(actor.start, hi, None, "@" + match_key(doc.text[actor.start : hi]))
        if actor is None:
            continue
        t0, t1 = words[x].start, words[x + n - 1].end
        trigger = doc.text[t0:t1]
        known = [e for e in doc.events if e.start == sent.start and e.type == "ASSAULT"
                 and e.trigger and (e.trigger in trigger or trigger in e.trigger)]
        if known:
            for e in known:
                if e.actor_span is None:
                    e.actor, e.actor_span, e.actor_sector = actor.entity, _span(doc, actor), actor.sector
            continue
        target = _object(doc, words, x + n, mentions)
        doc.events.append(Event(
            type="ASSAULT", start=sent.start, end=sent.end, text=sent.text, actor=actor.entity,
            target=target and target.entity, mode=mode_of(words, k) or trig.mode, date=date, trigger=trigger,
            actor_span=_span(doc, actor), target_span=_span(doc, target),
            actor_sector=actor.sector, target_sector=target and target.sector,
        ))
