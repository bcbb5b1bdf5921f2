"""A bombing told by the verb "فجر" with its subject between it and what was blown up: "وفجر
انتحاري نفسه في السوق"، "عندما فجر رجل يرتدي حزاما ناسفا ..."، "وفجر المسلحون عبوة ناسفة".

"فجر" alone is also the dawn ("فجر اليوم"، "صلاة الفجر"), so the lexicon lists it only with its
object right after it ("فجر نفسه"، "فجر عبوة"); Arabic puts the subject between a verb and its
object, and the verb then stands apart. Here the verb counts when the object of a blast — the
attacker himself ("نفسه"، "أنفسهم") or a device ("عبوة"، "حزاما"، "قنابلهم"، "سيارة") — follows a
few words after it, with the subject between and no punctuation: the subject is the attacker.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.arabic.sentences import Sentence
from marsad.arabic.tokens import Token
from marsad.document import Document, Event, Span
from marsad.layers.events.clauses import _bare
from marsad.layers.events.words import BARE_STOP, TODAY, _Mention, _strip_conjunction
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
