"""What the speaker ranker's features ask of a statement's surroundings: the actors mentioned
around its cue (`StatementWindow`) and the facts of its document answered once (`DocumentFacts`).
Split from `speaker_ranker`, which turns these into features and chooses."""

from __future__ import annotations

import functools
import math
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.document import Entity, SpeakerRef
from marsad.kb import load_kb
from marsad.layers.dates.tense import is_past_verb
from marsad.layers.quotes.acting_countries import represented_then_acts
from marsad.lexicons.loader import table

if TYPE_CHECKING:
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.document_index import MentionRef
    from marsad.layers.quotes.patterns import QuoteCandidate

SENTENCES_BACK = 2        # candidates are named in the cue's sentence or this many before it
ACTOR_TYPES = ("PER", "ORG")
DOCUMENT_PREFIXES = frozenset({"", "ال", "و", "وال", "ب", "بال", "ل", "لل"})
DOCUMENT_ISSUER_TOKENS = 6   # "التقرير الـ 51 لمؤسسة النقد": the issuer follows the document word
# what follows a country that goes on into its verb: "طهران التي تحدثت"، "قطر ممثلة في ... أكدت"
RELATIVES = frozenset(match_key(w) for w in ("التي", "الذي", "اللتي", "اللذين", "التى"))
PLACE_GOES_ON = frozenset(match_key(w) for w in ("التي", "ممثلة"))
SUBJECTS_BACK = 4            # sentences between the previous statement and a continuation looked at
HONORIFIC_HOLDERS: dict[str, frozenset[str]] = {}
for _pronoun, _holder in table("honorific_pronouns.tsv", 2):
    HONORIFIC_HOLDERS[match_key(_pronoun)] = HONORIFIC_HOLDERS.get(match_key(_pronoun), frozenset()) | {
        match_key(_holder)}


def feminine_past(key: str) -> bool:
    """"أعلنت"، "واعترفت"، "وشنت": a feminine past verb, with و or ف before it or none; not a
    noun in ات nor one under the article."""
    bare = key[1:] if key[:1] in ("و", "ف") and len(key) >= 4 else key
    return bare.endswith("ت") and not bare.endswith("ات") and not bare.startswith("ال") \
        and (is_past_verb(bare) or len(bare) == 3)


@functools.cache
def governing_places() -> frozenset[str]:
    """The KB ids of the countries and of their capitals, which stand for their governments
    ("أكدت قطر"، "قالت طهران")."""
    kb = load_kb()
    countries = [a for a in kb if a.type == "LOC" and a.kind == "country"]
    return frozenset(a.id for a in countries) | frozenset(a.capital for a in countries if a.capital)


class DocumentFacts:
    """What the features ask of one document again and again, answered once: the indices of its
    document words ("بيان", "التقرير") and, per mention start, whether a preposition governs it."""

    __slots__ = ("document_words", "entity_facts", "finder", "in_pp", "recipients", "sentence_actors", "size", "toks",
                 "windows")

    def __init__(self, finder: SpeakerFinder) -> None:
        self.finder = finder
        self.toks = finder.toks
        self.size = len(finder.toks)
        self.document_words: list[int] = finder.lex.which("document", finder.toks, DOCUMENT_PREFIXES)
        # whether a preposition governs a mention: the finder answers once per mention start
        self.in_pp: Callable[[MentionRef], bool] = finder.in_pp
        # id(entity) -> (the entity, its mention count, its features that no statement changes)
        self.entity_facts: dict[int, tuple[Entity, int, tuple[float, ...], int | None]] = {}
        # per sentence index: the actors' mentions of the window ending with it and where each is
        # first named there; the actor that opens the sentence (`StatementWindow._actor_id`)
        self.windows: dict[int, tuple[dict[str, list[MentionRef]], list[tuple[int, str]]]] = {}
        self.sentence_actors: dict[int, str | None] = {}
        self.recipients: dict[int, bool] = {}  # mention start -> an outlet word stands before it

    def of_entity(self, entity: Entity) -> tuple[tuple[float, ...], int | None]:
        """has_name, title_only, linked_kb, log_mentions, cited_agency, in_title of an entity, and
        where it is first mentioned (None without mentions), once per entity and mention count."""
        mentions = entity.mentions
        known = self.entity_facts.get(id(entity))
        if known is not None and known[0] is entity and known[1] == len(mentions):
            return known[2], known[3]
        kinds = {m.kind for m in mentions}
        body_start = self.finder.doc.body_start
        values = (float("name" in kinds), float(kinds <= {"title"}), float(entity.kb is not None),
                  math.log1p(len(mentions)), float(entity.id in self.finder.source_entities),
                  float(any(m.end <= body_start for m in mentions)))
        first = min(m.start for m in mentions) if mentions else None
        self.entity_facts[id(entity)] = (entity, len(mentions), values, first)
        return values, first

    def window(self, si: int) -> tuple[dict[str, list[MentionRef]], list[tuple[int, str]]]:
        """The mentions of persons and organisations, per entity, from SENTENCES_BACK sentences
        before sentence `si` to its end, and (start, entity id) of each one's first, sorted."""
        found = self.windows.get(si)
        if found is None:
            finder = self.finder
            start, end = self.window_bounds(si)
            by_entity: dict[str, list[MentionRef]] = {}
            for r in finder.mentions_between(start, end):
                if r.entity.type in ACTOR_TYPES or r.entity.type == "LOC" and self.acting_place(r):
                    by_entity.setdefault(r.entity.id, []).append(r)
            first_starts = sorted((rs[0].start, eid) for eid, rs in by_entity.items())
            found = self.windows[si] = (by_entity, first_starts)
        return found

    def subject_actor(self, r: MentionRef) -> bool:
        """A person or organisation no preposition governs (the finder's `in_pp`), or a country
        acting as its government (`acting_place`)."""
        t = r.entity.type
        return t in ACTOR_TYPES and not self.in_pp(r) or t == "LOC" and self.acting_place(r)

    def acting_place(self, r: MentionRef) -> bool:
        """"واعترفت إيران ... وقالت إنه"، "وشنت تركيا غارات، مشيرة إلى": a country acts as its
        government when it is the subject of a feminine verb right before it ("واعترفت"، "أدانت")
        or goes on into one ("طهران التي تحدثت"، "قطر ممثلة في وزارة الخارجية أكدت"); only then is
        the place a candidate speaker. A place a preposition governs, or a city named as where
        something happened ("في الرياض"), is none."""
        if r.entity.kb not in governing_places() or self.in_pp(r):
            return False
        i = self.finder.tok_at(r.start)
        toks = self.toks
        if i > 0 and toks[i - 1].is_word and feminine_past(toks[i - 1].key):
            # the verb opens its clause: after a noun, a name or a relative it has its subject
            # before it ("اتهمت الصحف فرنسا"، "الصحف التي اتهمت فرنسا": فرنسا is the object)
            before = toks[i - 2] if i > 1 else None
            return before is None or not before.is_word or not (
                before.key.startswith("ال") or before.key in RELATIVES or self.finder.covering(i - 2) is not None)
        j = self.finder.tok_at(r.end)
        return j + 1 < self.size and toks[j].key in PLACE_GOES_ON and toks[j + 1].key.endswith("ت") \
            or represented_then_acts(toks, j, feminine_past)

    def window_bounds(self, si: int) -> tuple[int, int]:
        """Where the window of sentence `si` starts (SENTENCES_BACK sentences before it) and ends."""
        finder = self.finder
        if not finder.sents:
            return 0, len(finder.text)
        return finder.sents[max(0, si - SENTENCES_BACK)].start, finder.sents[si].end

    def sentence_actor(self, si: int) -> str | None:
        """The first actor of sentence `si` that is no preposition's object."""
        if si in self.sentence_actors:
            return self.sentence_actors[si]
        sent = self.finder.sents[si]
        actor = self.sentence_actors[si] = StatementWindow._actor_id(
            self.subject_actor, self.finder.mentions_between(sent.start, sent.end))
        return actor


class StatementWindow:
    """The mentions of actors around one cue, gathered per entity."""

    def __init__(self, finder: SpeakerFinder, cand: QuoteCandidate, last_speaker: SpeakerRef | None,
                 facts: DocumentFacts) -> None:
        self.finder = finder
        self.facts = facts
        self.in_pp = facts.in_pp
        document_words = facts.document_words
        pos = cand.pos
        si = finder.sent_of(pos)
        self.sent_index = si
        self.start, self.end = facts.window_bounds(si)
        self.sentence_start = finder.sents[si].start if finder.sents else 0
        self.cue_end = cand.cue.end if cand.cue is not None else pos
        # shared by the statements of one sentence: read, never changed
        self.by_entity, self.first_starts = facts.window(si)
        before_cue = finder.mentions_between(self.sentence_start, pos)
        self.first_actor = self._actor_id(facts.subject_actor, before_cue)
        # the first actor after the cue and the nearest before it, not objects of prepositions
        self.first_after_cue = self._actor_id(facts.subject_actor, finder.mentions_between(self.cue_end, self.end))
        self.nearest_before_cue = self._actor_id(facts.subject_actor, reversed(before_cue))
        self.prev_first_actor = facts.sentence_actor(si - 1) if si > 0 and finder.sents else None
        # organisations named right after a document word ("التقرير ... لمؤسسة X", "بيان وزارة X")
        self.issuers: set[str] = set()
        lo, hi = finder.tok_at(self.start), finder.tok_at(self.cue_end)
        for i in document_words[bisect_left(document_words, lo) : bisect_left(document_words, hi)]:
            stop = finder.toks[min(i + DOCUMENT_ISSUER_TOKENS, len(finder.toks) - 1)].end
            for r in finder.mentions_between(finder.toks[i].end, stop):
                if r.entity.type == "ORG":
                    self.issuers.add(r.entity.id)
                    break
        self.subjects_since = self._subjects_since(finder, last_speaker)
        self.honorific_holders = self._honorific_holders(finder, cand)

    def _subjects_since(self, finder: SpeakerFinder, last_speaker: SpeakerRef | None) -> set[str]:
        """"وقال الوزير ... . واستقبل الأمير X الوفد. وأضاف": the actors that opened the sentences
        between the last statement's speaker and this cue (the subject changed through them)."""
        if last_speaker is None or not finder.sents:
            return set()
        first = max(finder.sent_of(last_speaker.start) + 1, self.sent_index - SUBJECTS_BACK)
        out = set()
        for si in range(first, self.sent_index):
            actor = self.facts.sentence_actor(si)
            if actor is not None:
                out.add(actor)
        return out

    def _honorific_holders(self, finder: SpeakerFinder, cand: QuoteCandidate) -> frozenset[str]:
        """"قال سموه": the words that introduce a holder of that honorific ("الأمير", "سمو")."""
        i = finder.tok_at(self.cue_end)
        if i >= len(finder.toks) or not finder.toks[i].is_word:
            return frozenset()
        return HONORIFIC_HOLDERS.get(finder.toks[i].key, frozenset())


    @staticmethod
    def _actor_id(subject_actor: Callable[[MentionRef], bool], refs: Iterable[MentionRef]) -> str | None:
        """The entity of the first actor among `refs` that may be a subject
        (`DocumentFacts.subject_actor`)."""
        return next((r.entity.id for r in refs if subject_actor(r)), None)

    def named_before(self, key: str, offset: int) -> bool:
        """Is another actor of the window named before `offset`?"""
        return any(start < offset for start, eid in self.first_starts[:2] if eid != key)
