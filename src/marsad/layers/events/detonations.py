"""A bombing told by the verb "فجر" with its subject between it and what was blown up: "وفجر
انتحاري نفسه في السوق"، "عندما فجر رجل يرتدي حزاما ناسفا ..."، "وفجر المسلحون عبوة ناسفة".

"فجر" alone is also the dawn ("فجر اليوم"، "صلاة الفجر"), so the lexicon lists it only with its
object right after it ("فجر نفسه"، "فجر عبوة"); Arabic puts the subject between a verb and its
object, and the verb then stands apart. Here the verb counts when the object of a blast — the
attacker himself ("نفسه"، "أنفسهم") or a device ("عبوة"، "حزاما"، "قنابلهم"، "سيارة") — follows a
few words after it, with the subject between and no punctuation: the subject is the attacker.

A bombing that names no target may tell near whom or what it went off ("فجر نفسه قرب موكب
الوزير"، "فجر انتحاري سيارة مفخخة أمام مقر الشرطة"، "لدى مرور دورية"): what stands there is the
target (`blast_target`).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.arabic.sentences import Sentence
from marsad.arabic.tokens import Token
from marsad.document import Document, Event, Span
from marsad.layers.events.clauses import _bare
from marsad.layers.events.mention_positions import PLACE_NOUNS
from marsad.layers.events.words import BARE_STOP, CLAUSE_WORDS, RELATIVES, TODAY, _Mention, _strip_conjunction
from marsad.lexicons import loader

# the verb, past third person masculine singular: its other forms are triggers by themselves
DETONATE = loader.keyed("event_words.tsv", "detonate", match_key)
# what is blown up: the attacker himself, whole words ("نفسه"، "أنفسهم")
SELVES = loader.keyed("event_words.tsv", "detonated_self", match_key)
# a device, as the start of its word past the article ("عبوة"، "حزاما"، "قنابلهم"، "سيارته")
DEVICES = tuple(sorted(loader.keyed("event_words.tsv", "detonated_device", match_key)))
# days of the week, and the word for a day: "فجر الجمعة"، "فجر يوم السبت" is a dawn
DAYS = loader.keyed("weekdays.tsv", None, match_key) | {match_key("يوم")}
SUBJECT_WORDS = 3  # words of the subject between the verb and the object, at most
# words telling near whom or what a blast went off ("قرب"، "أمام"، "لدى"، "على متن")
NEAR = loader.keyed("event_words.tsv", "blast_near", match_key)
# passed over after them ("بالقرب من"، "لدى مرور"، "أمام مدخل")
NEAR_SKIP = loader.keyed("event_words.tsv", "blast_skip", match_key)
NEAR_REACH = 7  # words from the end of the bombing's trigger to the word of nearness, at most


def _blown(w: Token) -> bool:
    key = _strip_conjunction(w.key)
    if key in SELVES:
        return True
    if key.startswith("ال"):
        key = key[2:]
    return key.startswith(DEVICES)


def detonation_events(doc: Document, words: list[Token], sent: Sentence, mentions: list[_Mention], date: str | None,
                      mode_of: Callable[[list[Token], int], str | None]) -> None:
    """Add an ASSAULT (explosives) for each "فجر <subject> <object of a blast>" of the sentence."""
    for k, w in enumerate(words):
        bare = w.key in DETONATE  # ("فجر" read with its ف as a conjunction is "جر")
        if not bare and _strip_conjunction(w.key) not in DETONATE:
            continue
        o = next((j for j in range(k + 2, min(len(words), k + 2 + SUBJECT_WORDS)) if _blown(words[j])), None)
        between = words[k + 1 : o]
        if o is None or any(x.kind not in ("word", "num") or x.key in BARE_STOP or x.key in TODAY
                            or x.key in DAYS for x in between):
            continue  # "فجر الجمعة في المسجد نفسه": the dawn, a time and a place
        lo, hi = words[k + 1].start, words[o - 1].end
        actor = next((m for m in mentions if lo <= m.start and m.end <= hi), None)
        if actor is None:  # the noun after a count ("3 انتحاريين")
            actor = _bare(doc, words, next((j for j in range(k + 1, o) if words[j].kind == "word"), o))
            if actor is not None and actor.end > hi:
                actor = _Mention(actor.start, hi, None, "@" + match_key(doc.text[actor.start : hi]))
        if actor is None:
            continue
        t0 = w.start if bare else w.start + 1
        if any(e.start == sent.start and e.type == "ASSAULT" and e.trigger == doc.text[t0 : w.end] for e in doc.events):
            continue
        doc.events.append(Event(
            type="ASSAULT", start=sent.start, end=sent.end, text=sent.text, actor=actor.entity, target=None,
            mode=mode_of(words, k) or "explosives", date=date, trigger=doc.text[t0 : w.end],
            actor_span=Span(actor.start, actor.end, doc.text[actor.start : actor.end]), actor_sector=actor.sector,
        ))


def _near_word(text: str) -> bool:
    first = text.split()[0] if text.split() else ""
    return _strip_conjunction(match_key(first)) in NEAR


def blast_target(doc: Document, words: list[Token], sent: Sentence, mentions: list[_Mention]) -> None:
    """A bombing of the sentence with no target takes what it went off near: "فجر نفسه قرب موكب
    الوزير"، "فجر انتحاري سيارة مفخخة أمام مقر الشرطة"، "فجر نفسه صباحا لدى مرور دورية". The word
    of nearness stands a few words after the trigger, in its clause (no punctuation, no clause
    word between); the target is a participant starting right after it, else the noun there."""
    for e in doc.events:
        if e.start != sent.start or e.type != "ASSAULT" or e.mode != "explosives" or (
                e.target_span is not None and not _near_word(e.target_span.text)):
            continue  # (a target read as the word of nearness itself, "لدى مرور", is none)
        at = doc.text.find(e.trigger, sent.start, sent.end)
        if at < 0:
            continue
        k = next((j for j, w in enumerate(words) if w.start >= at + len(e.trigger)), len(words))
        for j in range(k, min(len(words), k + NEAR_REACH)):
            key = _strip_conjunction(words[j].key)
            if words[j].kind == "punct" or key in CLAUSE_WORDS or key in RELATIVES:
                break
            if key not in NEAR:
                continue
            x = j + 1
            while x < len(words) and (words[x].kind == "num" or _strip_conjunction(words[x].key) in NEAR_SKIP):
                x += 1
            if x >= len(words) or words[x].kind != "word" or _strip_conjunction(words[x].key) in PLACE_NOUNS:
                break  # "قرب مدينة دياربكر": where it went off, not whom it hit
            target = next((m for m in mentions if words[x].start <= m.start < words[x].end
                           and (e.actor_span is None or m.start >= e.actor_span.end)), None) or _bare(doc, words, x)
            ent = doc.entity(target.entity) if target is not None and target.entity else None
            if target is not None and (ent is None or ent.type != "LOC"):
                e.target, e.target_sector = target.entity, target.sector
                e.target_span = Span(target.start, target.end, doc.text[target.start : target.end])
            break
