"""Accusations told by a circumstantial participle: "...، متهمًا X بـ ..."، "...، منددًا بـ ...".

A participle of an accusing verb after a comma ("وقال الوزير إنه سيغلق الميناء، متهمًا جماعة الحوثي
بحصر المساعدات"، "ونشر فلان مقالات، متهمًا الرئيس بتدمير العلاقات") tells what the main clause's
subject did: it accuses the named party that is its object. When the quote layer made the participle
the cue of a quote, quote_events already coded it; here it is the participle that follows other
words. The one who accuses is the speaker of the sentence's quote before the participle, else the
first name of the sentence when it stands among its first words (the subject after the main verb).
The accused must be a party the knowledge base knows, as in quote_blame.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.document import Document, Span
from marsad.layers.events.occupation_forces import party_mentions
from marsad.layers.events.responsibility_blame import Accusations, _placed, _quote_at, speaker_actor

# "متهمًا" and its feminine and plural; "متهمة" alone is also "an accused woman", so only after a comma
ACCUSING = frozenset(match_key(w) for w in ("متهما", "متهمة", "متهمين", "متهمتين"))
# words from the participle to the accused, at most ("متهمًا الرئيس الأمريكي باراك أوباما")
OBJECT_REACH = 4
# the sentence's first name must stand within this many words of its start to be its subject
SUBJECT_REACH = 6
_WORD = re.compile(r"\S+")


def participle_events(doc: Document, may_take: Callable[[str | None, str, str], bool],
                      sentence_date: Callable[[int], str | None]) -> None:
    """Add an ACCUSE event for each "، متهمًا X" whose accuser and accused are named."""
    if "متهم" not in doc.text:
        return
    accusations = Accusations.of(doc, may_take, sentence_date)
    names = {e.id: e.name for e in doc.entities}
    named = {m.start for e in doc.entities for m in e.mentions}  # where a name starts
    mentions = party_mentions(doc)  # "قوات الاحتلال" stands for Israel
    m_starts = [m[0] for m in mentions]
    cues = {q.cue.start for q in doc.quotes if q.cue is not None}
    for k, sent in enumerate(doc.sentences):
        if "متهم" not in sent.text:
            continue
        words = [(m.group(), m.start() + sent.start, m.end() + sent.start) for m in _WORD.finditer(sent.text)]
        for i, (w, s, e) in enumerate(words):
            if match_key(w) not in ACCUSING or s in cues or i == 0 or not words[i - 1][0].endswith(("،", ",")):
                continue
            target = next((m for m in mentions[bisect_left(m_starts, e) : bisect_left(m_starts, _reach(words, i, named))]
                           if not _placed(doc.text, m[0]) and not _nisba(doc.text[m[0]:m[1]], names.get(m[2], ""))),
                          None)
            if target is None:
                continue
            actor, actor_span, quote = speaker_actor(_quote_at(doc.quotes, s, sent.start))
            if actor is None:
                first = next(iter(mentions[bisect_left(m_starts, sent.start) : bisect_left(m_starts, s)]), None)
                if first is not None and first[0] < words[min(SUBJECT_REACH, len(words) - 1)][1] \
                        and not _placed(doc.text, first[0]):
                    actor, actor_span = first[2], Span(first[0], first[1], doc.text[first[0]:first[1]])
            accusations.add(k, w, actor, actor_span, quote, target)


def _nisba(form: str, name: str) -> bool:
    """Whether a mention is an indefinite nisba of its entity ("متهمًا سعوديًا": an accused Saudi man,
    not the kingdom): a form in -يا/-يين/-يون without "ال" that is not the entity's own name
    ("روسيا" is; "الحوثيين" is the movement itself)."""
    key = match_key(form).rstrip("ًٌٍ")
    return not key.startswith("ال") and key.endswith(("يا", "يين", "يون")) and key != match_key(name)


def _reach(words: list[tuple[str, int, int]], i: int, named: set[int]) -> int:
    """The offset OBJECT_REACH words after the participle at words[i], or where "بـ" (what the
    accused is accused of) or the clause ends before that; a name in ب ("باراك") is no charge."""
    end = words[min(len(words) - 1, i + OBJECT_REACH)][2]
    for w, s, e in words[i + 1 : i + 1 + OBJECT_REACH]:
        if w.startswith("ب") and s > words[i + 1][1] and s not in named:
            return s  # "بتدمير ...": the charge, the accused came before it
        if w.endswith(("،", ",", ".")):
            return e
    return end
