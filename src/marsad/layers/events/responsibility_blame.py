"""Blame put as responsibility: "وحمّل الوزير فلان إسرائيل المسؤولية الكاملة عن التصعيد"، "وقال إن
الحكومة تحمّل الحوثيين مسؤولية انهيار الهدنة".

"حمّل X (ال)مسؤولية" (to hold X responsible) accuses X, in the reporter's words or in a speaker's.
The one held responsible is the named party standing right before the word "مسؤولية" (after at
most a quantifier: "كامل"، "كل"), within a few words of the verb. The one who blames is a second
named party between the verb and it ("حمّل وزير الخارجية رياض المالكي إسرائيل ..."), else the
speaker of the quote the words stand in. The one held responsible must be a party the knowledge
base knows (as in quote_blame): a club chairman blaming his coach is no political event. Plural "مسؤولياتها" is left out: "تحمّل الحكومة
مسؤولياتها" asks a party to do its duty, it blames no one. A sentence without a verb of this family
and the word "مسؤولية" is never read further.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event, Quote, Span
from marsad.layers.events.occupation_forces import party_mentions
from marsad.layers.events.words import LOCATIVES

# "حمّل" (to hold responsible) as written in news, past, present and participle forms; "تحمل" also
# reads as the verbal noun "تحمُّل" ("تحمُّل إسرائيل المسؤولية": Israel's bearing it), still blame
HOLD = frozenset(match_key(w) for w in (
    "حمل", "حملت", "حملوا", "يحمل", "تحمل", "نحمل", "أحمل", "يحملون", "محملا", "محملة", "محملين"))
RESPONSIBILITY = frozenset(match_key(w) for w in ("مسؤولية", "المسؤولية", "مسئولية", "المسئولية"))
# a quantifier between the party and "المسؤولية"
WHOLE = frozenset(match_key(w) for w in ("كامل", "كل", "كافة", "جزءا", "جزء", "أيضا", "ايضا"))
# words that may stand between a subject named before the verb and it ("وكان داود أوغلو قد حمّل")
BEFORE_VERB = frozenset(match_key(w) for w in ("قد", "كان", "وكان", "الذي", "التي", "-", "بدوره", "بدورها"))
# words from the verb to the one held responsible, at most
REACH = 7
ASIDE = 3  # words of an aside set off by commas between the verb and "المسؤولية" ("، مجددا،"), at most
PLACE_HEADS = frozenset(match_key(w) for w in ("دولة", "مدينة", "عاصمة", "محافظة", "منطقة", "إقليم", "ولاية"))
# a pronoun after the verb that points back to a noun before it: the verb opens a relative clause
RESUMPTIVE = frozenset(match_key(w) for w in ("فيها", "فيه", "فيهما", "خلالها", "خلاله", "بها", "به"))
PUNCT = frozenset("«»\"'()،,.:؛!?-")
_WORD = re.compile(r"[^\s«»\"'()،,.:؛!?]+|[«»\"'()،,.:؛!?]")


def _hold_verb(word: str) -> bool:
    key = match_key(word)
    return key in HOLD or (key[:1] in ("و", "ف") and key[1:] in HOLD)


def responsibility_events(doc: Document, may_take: Callable[[str | None, str, str], bool],
                          sentence_date: Callable[[int], str | None]) -> None:
    """Add an ACCUSE event for each "حمّل X المسؤولية" with a named party that blames."""
    folded = match_key(doc.text)
    if not any(r in folded for r in RESPONSIBILITY):
        return
    accusations = Accusations.of(doc, may_take, sentence_date)
    mentions = party_mentions(doc)  # "قوات الاحتلال" stands for Israel
    m_starts = [m[0] for m in mentions]
    for k, sent in enumerate(doc.sentences):
        if not any(r in match_key(sent.text) for r in RESPONSIBILITY):
            continue
        words = [(m.group(), m.start() + sent.start, m.end() + sent.start) for m in _WORD.finditer(sent.text)]
        for i, (w, s, _e) in enumerate(words):
            if not _hold_verb(w):
                continue
            found = _held(doc.text, words, i, mentions, m_starts)
            if found is None:
                continue
            target, between = found
            actor, actor_span, quote = None, None, None
            if between:
                b = between[-1]  # "حمّل وزير خارجية إيران محمد جواد ظريف ...": the name by the title
                actor, actor_span = b[2], Span(b[0], b[1], doc.text[b[0]:b[1]])
            elif (subject := _subject_before(words, i, mentions, m_starts)) is not None:
                actor, actor_span = subject[2], Span(subject[0], subject[1], doc.text[subject[0]:subject[1]])
            else:
                actor, actor_span, quote = speaker_actor(_quote_at(doc.quotes, s, sent.start))
            accusations.add(k, w, actor, actor_span, quote, target)


def _held(text: str, words: list[tuple[str, int, int]], i: int, mentions: list[tuple[int, int, str]],
          m_starts: list[int]) -> tuple[tuple[int, int, str], list[tuple[int, int, str]]] | None:
    """After the verb at words[i]: the mention right before "المسؤولية" (the one held responsible)
    and the other mentions between the verb and it, or None."""
    j, reach = i, i + REACH
    while j + 1 < min(len(words), reach + 1):
        j += 1
        key = match_key(words[j][0])
        if words[j][0] in PUNCT:
            close = _aside_end(words, j, mentions, m_starts)
            if close is None:
                return None
            reach += close - j + 1  # "حمّل يعالون، مجددا، حماس المسؤولية": the aside is passed over
            j = close
            continue
        if key not in RESPONSIBILITY:
            continue
        before = j - 1
        if before > i and match_key(words[before][0]) in WHOLE:
            before -= 1
        if before <= i:
            return None
        w_start, w_end = words[before][1], words[before][2]
        # the mention the word before "المسؤولية" ends (a name may span words; a clitic may lead)
        inside = [m for m in mentions[bisect_left(m_starts, words[i][2]) : bisect_left(m_starts, w_end)]
                  if m[1] >= w_start and m[1] <= w_end]
        if not inside:
            return None
        target = inside[-1]
        if _placed(text, target[0]):
            return None  # "حمّلت الهيئة بدولة الكويت مسؤولية ...": a place where, not the one held responsible
        between = [m for m in mentions[bisect_left(m_starts, words[i][2]) : bisect_left(m_starts, target[0])]
                   if m[2] != target[2]]
        if between and _joined(words, target[0]):
            between = []  # "حمّل الحوثيين وصالح المسؤولية": both held responsible, none of them blames
        return target, between
    return None


def _aside_end(words: list[tuple[str, int, int]], j: int, mentions: list[tuple[int, int, str]],
               m_starts: list[int]) -> int | None:
    """The index of the comma closing an aside opened by the comma at words[j] ("، مجددا،"، "، في
    بيان له،"): at most ASIDE words, no name among them; None when words[j] opens none."""
    if words[j][0] not in ("،", ","):
        return None
    for k in range(j + 1, min(len(words), j + 2 + ASIDE)):
        if words[k][0] in ("،", ","):
            if k == j + 1:
                return None
            lo, hi = words[j][2], words[k][1]
            return None if any(lo <= m[0] < hi for m in mentions[bisect_left(m_starts, lo) :]
                               if m[0] < hi) else k
        if words[k][0] in PUNCT:
            return None
    return None


def _joined(words: list[tuple[str, int, int]], start: int) -> bool:
    """Whether the mention at `start` is joined to what precedes it by "و"."""
    for w, s, _e in words:
        if s <= start < _e:
            return start > s and match_key(w[: start - s]) in ("و", "ول", "وال")
        if s > start:
            break
    prev = [w for w, _s, e in words if e <= start]
    return bool(prev) and match_key(prev[-1]) == "و"


def _placed(text: str, start: int) -> bool:
    """Whether the mention at `start` is a place where ("في بغداد"، "بدولة الكويت")."""
    if text[start - 1 : start] == "ب":
        return True
    before = text[max(0, start - 40) : start].split()
    if not before or text[start - 1 : start].strip():
        return False
    key = match_key(before[-1])
    if key in LOCATIVES:
        return True
    # a place noun before the name, itself after "ب" or a locative: "بدولة الكويت"، "في مدينة حلب"
    head = key[1:] if key[:1] == "ب" else key
    head = head[2:] if head.startswith("ال") else head
    if head not in PLACE_HEADS:
        return False
    return key[:1] == "ب" or (len(before) > 1 and match_key(before[-2]) in LOCATIVES)


def _subject_before(words: list[tuple[str, int, int]], i: int, mentions: list[tuple[int, int, str]],
                    m_starts: list[int]) -> tuple[int, int, str] | None:
    """The named subject right before the verb at words[i] ("وكان X قد حمّل ..."), or None."""
    if i + 1 < len(words) and match_key(words[i + 1][0]) in RESUMPTIVE:
        return None  # "مراسلات أجراها X مع Y حمّل فيها ...": a relative clause, Y is not its subject
    j = i - 1
    while j >= 0 and i - j <= 3 and match_key(words[j][0]) in BEFORE_VERB:
        j -= 1
    if j < 0 or i - j > 3 or words[j][0] in PUNCT:
        return None  # "...، محمّلًا X": a participle after a comma has its subject in the main clause
    w_start, w_end = words[j][1], words[j][2]
    ends = [m for m in mentions[bisect_left(m_starts, w_start - 60) : bisect_left(m_starts, w_end)]
            if w_start < m[1] <= w_end]
    return ends[-1] if ends else None


def speaker_actor(q: Quote | None) -> tuple[str | None, Span | None, Span | None]:
    """The named speaker of quote `q` as the one who accuses: (actor, its span, the quote's span),
    all None when the quote has no named speaker."""
    if q is None or q.speaker is None or not q.speaker.entity:
        return None, None, None
    actor_span = Span(q.speaker.start, q.speaker.end, q.speaker.text) \
        if q.speaker.start is not None and q.speaker.end is not None else None
    return q.speaker.entity, actor_span, Span(q.start, q.end, q.text)


@dataclass
class Accusations:
    """The ACCUSE events of a document being added by a sentence rule, with the checks every
    accuser and accused pass: named parties (the accused one the knowledge base knows: no club or
    hospital quarrel), neither a news agency, each pair once."""

    doc: Document
    may_take: Callable[[str | None, str, str], bool]
    sentence_date: Callable[[int], str | None]
    types: dict[str, str]
    agencies: set[str | None]
    known: set[str]
    have: set[tuple[str | None, str | None]]

    @classmethod
    def of(cls, doc: Document, may_take: Callable[[str | None, str, str], bool],
           sentence_date: Callable[[int], str | None]) -> Accusations:
        return cls(doc, may_take, sentence_date, types={e.id: e.type for e in doc.entities},
                   agencies={s.entity for s in doc.sources if s.entity},
                   known={e.id for e in doc.entities if e.kb},
                   have={(e.actor, e.target) for e in doc.events if e.type == "ACCUSE"})

    def add(self, k: int, trigger: str, actor: str | None, actor_span: Span | None, quote: Span | None,
            target: tuple[int, int, str]) -> None:
        """Add the ACCUSE of sentence k by `actor` of the mention `target`, if the pair passes."""
        t_ent = target[2]
        if actor is None or actor == t_ent or t_ent not in self.known \
                or self.types.get(actor) not in ("PER", "ORG", "LOC") \
                or actor in self.agencies or t_ent in self.agencies or (actor, t_ent) in self.have \
                or not self.may_take(actor, "ACCUSE", "actor") or not self.may_take(t_ent, "ACCUSE", "target"):
            return
        self.have.add((actor, t_ent))
        doc, sent = self.doc, self.doc.sentences[k]
        doc.events.append(Event(
            type="ACCUSE", start=sent.start, end=sent.end, text=sent.text, actor=actor, target=t_ent,
            mode="accuse", date=self.sentence_date(k), trigger=trigger, quote=quote, actor_span=actor_span,
            target_span=Span(target[0], target[1], doc.text[target[0]:target[1]]),
        ))


def _quote_at(quotes: list[Quote], offset: int, sentence_start: int) -> Quote | None:
    """The quote whose words hold `offset`, else the last quote of the sentence before it: a
    participle after the quoted words ("...»، محمّلًا X المسؤولية") is its speaker's."""
    for q in quotes:
        if q.start <= offset < q.end:
            return q
    before = [q for q in quotes if sentence_start <= q.start and q.end <= offset]
    return before[-1] if before else None
