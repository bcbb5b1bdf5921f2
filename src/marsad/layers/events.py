"""Political events between actors, typed by the PLOVER ontology, from trigger words in sentences.

A trigger (lexicons/event_triggers.tsv: verbs, verbal nouns, passives, multi-word phrases) found
in a sentence becomes an event whose actor and target are participants of the same sentence,
chosen by Arabic word order: verb-first clauses ("استقبل الملك ... الوزير") take the subject
after the verb, subject-first ones the nearest participant before it; the target is the next
distinct participant after the trigger, preferring one introduced by مع/على/ضد/إلى/ل. A nominal
trigger after a light verb ("شنت القوات هجوما"، "نظم المعلمون وقفة احتجاجية") takes the light
verb's participants. Passives and victim nouns ("اغتيل"، "مقتل خمسة جنود") take what follows as
the target; their actor is only one introduced as agent ("برصاص مسلحين"، "على يد"), never guessed.

Participants are entity mentions and, with `unnamed=True`, common nouns (lexicons/event_actors.tsv:
"مسلحون"، "قوات الأمن"، "المحتجون") carrying a CAMEO-style sector, which a name containing one
("الجيش اللبناني") also gets. By default the record keeps the events of a named actor and a named
target (PROTEST and MOBILIZE need no target): what the gold articles annotate. With
`unnamed=True`, an interaction needs an actor and a target of any kind, and PROTEST, ASSAULT and
MOBILIZE are kept with fewer when the trigger reports an event (a verb, or an indefinite noun not
governed by "بعد"، "ذكرى" ...: lexicons/event_words.tsv); protesters as the subject of a clause
("وأحرق المحتجون ...") are the actor of a protest of their sentence that names none.

`mode` is the trigger's PLOVER mode ("kill"، "sit-in"), or how the text holds the event when it does
not report it as done: "negated" ("لم تهاجم"، "نفت ... الهجوم"), "threatened", "planned"
(lexicons/event_modes.tsv). Each event carries its sentence as evidence, the words naming each side
(`actor_span`, `target_span`), their sectors, and the sentence's date, read from the dates layer's
expressions (the publication date where the paragraph names none).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from marsad.arabic.normalize import match_key
from marsad.arabic.phrases import PhraseTable
from marsad.arabic.tokens import Token, token_starts
from marsad.document import PLOVER_TYPES, Document, Event, Span
from marsad.layers.dates import sentence_dates
from marsad.lexicons import loader

NEGATIONS = loader.keyed("negation.tsv", "events", match_key)  # the events use of the one list
TARGET_PREPOSITIONS = loader.keyed("event_words.tsv", "target", match_key)
# punctuation kept among the words: it bounds the clause a participant is looked for in
CLAUSE_MARKS = "،,:/؛;-–"
# words that open another clause: a mention after them is not the trigger's object
CLAUSE_WORDS = loader.keyed("event_words.tsv", "clause", match_key)
# "في عمان": a place where something happens, not a participant
LOCATIVES = loader.keyed("event_words.tsv", "locative", match_key)
# words before the agent of a passive ("على يد"، "برصاص"، "من قبل")
AGENT_MARKS = loader.keyed("event_words.tsv", "agent", match_key)
# light verbs whose subject is a nominal trigger's ("شن هجوما"، "نظم وقفة احتجاجية")
LIGHT_VERBS = loader.keyed("event_words.tsv", "light", match_key)
# counts passed over between a trigger and its participant ("مقتل عشرات المدنيين")
QUANTITY = loader.keyed("event_words.tsv", "quantity", match_key)
# event types whose trigger alone reports an event ("وقع انفجار"، "اندلعت احتجاجات"): kept with no
# participant named; the others are interactions and need both sides (a name or a common noun)
STANDALONE = frozenset({"PROTEST", "ASSAULT", "MOBILIZE"})
# of which, those kept with a named actor and no target among named events ("تظاهر آلاف ...")
INTRANSITIVE = frozenset({"PROTEST", "MOBILIZE"})
# event types whose verb has an object: a lone noun after it with a count, or of civilians, is
# that object (or the subject of the same verb read as a passive: "قتل 5 أشخاص")
VIOLENT = frozenset({"ASSAULT", "COERCE"})
# words after which a nominal trigger refers to an event rather than reports one ("بعد الهجوم")
REFERENCE = loader.keyed("event_words.tsv", "reference", match_key)
RELATIVES = loader.keyed("event_words.tsv", "relative", match_key)
# verbs of condemnation or blame: a nominal trigger after them is the event condemned, told elsewhere
CONDEMN = loader.keyed("event_words.tsv", "condemn", match_key)
CONDEMN_REACH = 6
# verbs of occurrence that make a bare nominal trigger a report ("اندلعت مظاهرات"، "انفجار هز")
OCCUR_VERBS = loader.keyed("event_words.tsv", "occur", match_key)
OCCUR_REACH = 5
OCCUR_AFTER = 3
# nouns and particles after which a verb-form trigger is its verbal noun ("عملية خطف"، "بتهمة قتل")
GOVERNORS = loader.keyed("event_words.tsv", "governor", match_key)
# gathering verbs that are a protest only when people gather ("تجمع مئات المتظاهرين", not "تجمعت السيارات")
WEAK_TRIGGERS = loader.keyed("event_words.tsv", "gathering", match_key)
# what a crowd does: with protesters as its subject, a protest ("أغلق المتظاهرون الطريق")
CROWD_VERBS = loader.keyed("event_words.tsv", "crowd", match_key)
# of which, verbs of going out: a protest when the streets follow ("نزل الآلاف إلى الشوارع")
STREET_VERBS = loader.keyed("event_words.tsv", "street", match_key)
STREETS = frozenset(match_key(w) for w in ("الشوارع", "الشارع", "شوارع", "للشوارع", "للشارع", "بالشوارع"))
STREET_REACH = 10
# the counts of people among the quantity words ("مئات"، "آلاف", not "ما"، "من")
COUNTS = QUANTITY - frozenset(match_key(w) for w in ("ما", "من", "عدد", "أكثر", "اكثر", "أقل", "اقل", "يقرب"))
# what introduces the one a protest is against ("ضد"، "مناهضة"، "مطالبين"، "أمام مقر ...")
PROTEST_TARGET_MARKS = loader.keyed("event_words.tsv", "protest_target", match_key)
PROTEST_TARGET_REACH = 14
# passed over after such a mark ("أمام مقر"، "أمام مبنى السفارة") or before a subject ("أمس")
TARGET_SKIP = loader.keyed("event_words.tsv", "target_skip", match_key)
SUBJECT_SKIP = loader.keyed("event_words.tsv", "subject_skip", match_key)
# words that are not the head of an unlisted participant
BARE_STOP = (TARGET_PREPOSITIONS | LOCATIVES | CLAUSE_WORDS | RELATIVES | REFERENCE | NEGATIONS
             | frozenset(match_key(w) for w in ("أن", "ان", "إن", "أنه", "انه", "قد", "كل", "بعض", "هذا", "هذه")))
# words right after a violent verb that make it a passive ("قتلوا في"، "قتلا جراء"، "قتل وأصيب")
PASSIVE_NEXT = loader.keyed("event_words.tsv", "passive_next", match_key)
# verbs of undergoing: their subject is the target of the nominal trigger after them ("تعرض لهجوم")
SUFFER_VERBS = loader.keyed("event_words.tsv", "suffer", match_key)
# nominal triggers that report an event by themselves: a toll ("مقتل"، "إصابة")
SELF_REPORTING = loader.keyed("event_words.tsv", "toll", match_key)
# modes of an event the text does not report as having happened (PLOVER codes occurring events:
# a threatened attack is a THREATEN, a called-for protest a REQUEST or MOBILIZE, not the act itself)
NOT_OCCURRING = frozenset({"negated", "threatened", "planned", "hypothetical"})
# how far before a trigger a mode cue may stand, at most (each cue has its own reach)
MODE_REACH = 8
# how far before a nominal trigger its light verb may stand ("شنت الطائرات الحربية غارات")
LIGHT_REACH = 6
# how far (in tokens) a participant may stand from its trigger
SUBJECT_WINDOW = 8
# a subject after its verb may follow a title ("بحث رئيس هيئة الأركان الأردني مشعل ...")
SUBJECT_REACH = 6
OBJECT_WINDOW = 10


@dataclass(frozen=True, slots=True)
class Trigger:
    keys: tuple[str, ...]
    type: str
    pos: str
    mode: str | None
    arg: str = ""  # "patient": what follows is acted upon; the actor is introduced by على يد/برصاص


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entity: str | None  # the entity id; None for a common noun ("المسلحون")
    key: str  # what tells two participants apart: the entity id, or "@" + the noun's match key
    sector: str | None = None
    protester: bool = False  # "المتظاهرون": its clause reports a protest


def occurring(event: Event) -> bool:
    """Whether the text reports the event as having happened (or happening): not negated,
    threatened, planned or hypothetical."""
    return event.mode not in NOT_OCCURRING


def _any_token(tok: Token) -> bool:
    return True


def load_triggers(name: str = "event_triggers.tsv") -> PhraseTable[Trigger]:
    """The trigger phrases by match key, tried at every token (with every clitic reading)."""
    triggers: list[tuple[str, Trigger]] = []
    for fields in loader.table(name, 3):
        form, etype, pos = fields[:3]
        if etype not in PLOVER_TYPES:
            raise ValueError(f"lexicon {name}: unknown PLOVER type {etype!r} for {form!r}")
        mode = fields[3] if len(fields) > 3 and fields[3] else None
        arg = fields[4] if len(fields) > 4 else ""
        keys = tuple(match_key(w) for w in form.split())
        triggers.append((" ".join(keys), Trigger(keys, etype, pos, mode, arg)))
    return PhraseTable(triggers, may_start=_any_token)


def load_actor_nouns(name: str = "event_actors.tsv") -> PhraseTable[tuple[str, bool]]:
    """Common nouns naming a participant ("قوات الأمن"), each with its sector and whether it names
    protesters."""
    return PhraseTable([(" ".join(match_key(w) for w in row[0].split()), (row[1], row[2:3] == ("protest",)))
                        for row in loader.table(name, 2)])


def load_mode_cues(name: str = "event_modes.tsv") -> dict[str, tuple[str, int]]:
    return {match_key(word): (mode, int(reach)) for word, mode, reach in loader.table(name, 3)}


def _strip_conjunction(key: str) -> str:
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 2 else key


class EventLayer:
    name = "events"
    requires = ("entities", "dates")  # each event carries its sentence's date
    assigns = ("events",)

    def __init__(self, unnamed: bool = False) -> None:
        # unnamed=False keeps the record to events whose actor is a named entity (and whose target
        # is one too, but for PROTEST, ASSAULT, MOBILIZE): the gold articles' events; True adds
        # events of common-noun or implicit participants ("مسلحون"، "قُتل")
        self.unnamed = unnamed
        self.triggers = load_triggers()
        self.actor_nouns = load_actor_nouns()
        self.mode_cues = load_mode_cues()
        self.capital_of = _capitals()

    def __call__(self, doc: Document) -> Document:
        tokens = doc.tokens
        # the tokens a trigger may start at (few): sentences without one are passed over
        at = self.triggers.starts_in(tokens)
        if self.unnamed:  # and the sentences where a crowd may act ("وأغلق المتظاهرون الطريق")
            crowd = [k for k, t in enumerate(tokens) if _strip_conjunction(t.key) in CROWD_VERBS]
            if crowd:
                at = sorted(set(at).union(crowd))
        if not at:
            return doc
        # "بكين" acting or acted upon is China's government, when China is in the document
        by_kb = {e.kb: e.id for e in doc.entities if e.kb}
        stand_in = {e.id: by_kb.get(self.capital_of.get(e.kb or ""), e.id) for e in doc.entities}
        mentions = sorted(
            (_Mention(m.start, m.end, stand_in[e.id], stand_in[e.id]) for e in doc.entities
             if e.type in ("PER", "ORG", "LOC") for m in e.mentions),
            key=lambda m: m.start,
        )
        sent_dates = sentence_dates(doc)
        starts = token_starts(tokens)
        seen: set[tuple[str, str | None, str | None, str | None]] = set()
        m_starts = [m.start for m in mentions]
        may_start = set(at)
        all_nouns: list | None = None
        noun_starts: list[int] = []
        for s_index, sent in enumerate(doc.sentences):
            lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
            first = bisect_left(at, lo)
            if first == len(at) or at[first] >= hi:
                continue
            # the mentions inside the sentence (they are sorted by start)
            near = mentions[bisect_left(m_starts, sent.start) : bisect_right(m_starts, sent.end)]
            named = [m for m in near if sent.start <= m.start and m.end <= sent.end]
            if not named and not self.unnamed:
                continue  # the record's events have a named actor
            if all_nouns is None:  # the common nouns of the whole text, once (a find per sentence costs more)
                all_nouns = self.actor_nouns.find(tokens)
                noun_starts = [pm.start for pm in all_nouns]
            nouns = all_nouns[bisect_left(noun_starts, sent.start) : bisect_left(noun_starts, sent.end)]
            sent_mentions = self._with_common_nouns(doc, nouns, named)
            if not self.unnamed:  # the nouns only lend their sector to names ("الجيش اللبناني")
                sent_mentions = [m for m in sent_mentions if m.entity is not None]
            kept = [k for k in range(lo, hi) if tokens[k].kind != "punct" or tokens[k].text in CLAUSE_MARKS]
            words = [tokens[k] for k in kept]
            i = 0
            while i < len(words):
                if kept[i] not in may_start:  # no trigger starts at this word
                    i += 1
                    continue
                found = self.triggers.first_at(words, i)  # the first clitic reading that begins one
                if found is None:
                    i += 1
                    continue
                trig, n, t0 = found.values[0], found.tok_end - i, found.start
                if trig.pos == "verb" and doc.text[t0 - 2 : t0] == "ال" and t0 - 2 >= words[i].start:
                    i += n  # "القتل": the verbal noun read as its verb, a mention of killing in general
                    continue
                if trig.pos == "verb" and (any(c in words[i].text[: t0 - words[i].start] for c in "بلك")
                                           or (i > 0 and _governs_noun(words[i - 1]))):
                    # "بخطف"، "لقتل"، "عن قتل"، "عملية خطف": a preposition or a governing noun makes
                    # the form a verbal noun
                    trig = _as_noun(trig)
                if trig.keys[0] in WEAK_TRIGGERS and not _gathering(words, i, n, sent_mentions):
                    i += n  # "تجمعت السيارات"، "تجمع المال": a gathering of people only
                    continue
                if trig.pos == "noun" and n == 1 and len(trig.keys[0]) == 3 and words[i].text[: t0 - words[i].start] \
                        in ("و", "ف") and (i == 0 or words[i - 1].kind == "punct"):
                    trig = _as_verb(trig)  # "وقصف الجيش ...": a three-letter form opening its clause is the verb
                t1 = words[i + n - 1].end
                mode = self._mode(words, i)
                if mode is None and trig.pos == "verb" and _future(words[i], t0, trig):
                    mode = "planned"  # "سيتظاهر"، "ستنفذ": told as to come
                v = _light_verb(words, i) if trig.pos == "noun" else None
                u = _suffer_verb(words, i, t0) if trig.pos == "noun" and v is None and trig.type in VIOLENT \
                    else None
                if v is not None:  # "شنت القوات هجوما": the participants are the light verb's
                    actor, target = _participants(words, v, 1, _as_verb(trig), sent_mentions)
                    reports = True
                    t0 = words[v].start + _clitic_length(words[v])
                elif u is not None:  # "تعرضت القافلة لهجوم": the subject is the one attacked
                    if u == i - 1 and _strip_conjunction(words[u].key) in ("تم", "يتم"):  # "تم اغتيال الصحفي"
                        actor, target = _participants(words, i, n, _as_patient(trig), sent_mentions)
                    else:
                        actor, target = _suffer_participants(words, u, i, n, sent_mentions)
                    reports = True
                else:
                    actor, target = _participants(words, i, n, trig, sent_mentions)
                    reports = not _reference(words, i, t0, trig)
                    if reports and trig.pos == "noun" and self.unnamed and trig.type in STANDALONE:
                        # a bare noun reports an event only as the subject of an occurrence ("اندلعت
                        # مظاهرات"، "انفجار هز ...") or when it names a toll by itself ("مقتل")
                        reports = words[i].key in SELF_REPORTING or _strip_conjunction(words[i].key) in \
                            SELF_REPORTING or _occurs(words, i, n)
                if self.unnamed and trig.type == "PROTEST" and words[i].key in SELF_REPORTING and any(
                        e.type == "PROTEST" and e.start == sent.start for e in doc.events[-8:]):
                    i += n  # "تظاهر الطلاب ... احتجاجا على ...": the protest the sentence already told
                    continue
                if self.unnamed and trig.type == "ASSAULT" and trig.pos == "verb" and v is None and u is None:
                    actor, target = _assault_sides(doc, words, i, n, trig, actor, target, sent_mentions)
                if self.unnamed and trig.type == "PROTEST":
                    actor, target = _protest_sides(doc, words, v if v is not None else i,
                                                   1 if v is not None else n, actor, target, sent_mentions)
                if self._keep(trig, actor, target, reports):
                    key = (trig.type, actor and actor.key, target and target.key, mode)
                    if key not in seen:
                        seen.add(key)
                        doc.events.append(Event(
                            type=trig.type, start=sent.start, end=sent.end, text=sent.text,
                            actor=actor and actor.entity, target=target and target.entity,
                            mode=mode or trig.mode, date=sent_dates[s_index], trigger=doc.text[t0:t1],
                            actor_span=_span(doc, actor), target_span=_span(doc, target),
                            actor_sector=actor and actor.sector, target_sector=target and target.sector,
                        ))
                i += n
            if self.unnamed:
                self._crowd(doc, words, sent, sent_mentions, sent_dates[s_index])
                self._protesters(doc, words, sent, sent_mentions)
        return doc

    def _crowd(self, doc: Document, words: list[Token], sent, mentions: list[_Mention], date) -> None:
        """A protest told by what a crowd does, when no trigger of the sentence reported one: a
        verb of a crowd's action with protesters as its subject ("وأغلق المتظاهرون الطريق"، "ورشق
        مئات المحتجين الشرطة بالحجارة"), or a crowd going out to the streets ("نزل آلاف الأشخاص
        إلى الشوارع")."""
        if any(e.type == "PROTEST" and e.start == sent.start for e in doc.events[-8:]):
            return
        protesters = [m for m in mentions if m.protester]
        for k, w in enumerate(words):
            key = _strip_conjunction(w.key)
            if key not in CROWD_VERBS or (k > 0 and (words[k - 1].key in RELATIVES or _governs_noun(words[k - 1]))):
                continue
            actor = None
            for m in protesters:  # the subject after the verb, past counts ("مئات المتظاهرين")
                j = _word_index(words, m.start)
                if 0 < j - k <= 4 and _gap(words, k + 1, j) <= 1 and not any(
                        x.kind == "punct" for x in words[k + 1 : j]):
                    actor = m
                    break
                if 0 < k - j <= 2 and m.end <= w.start:  # "المتظاهرون أغلقوا ..."
                    actor = m
                    break
            street = actor is None and key in STREET_VERBS and _to_streets(words, k)
            if actor is None and not street:
                continue
            mode = self._mode(words, k)
            if mode is None and _future(w, w.start + (w.key != key), Trigger((key,), "PROTEST", "verb", None)):
                mode = "planned"
            t0 = w.start + (1 if w.key != key and w.text[:1] in "وف" else 0)
            target = None
            if actor is not None and actor.start > w.start:  # "ورشق المتظاهرون قوات الأمن": the object
                j = _word_index(words, actor.end - 1) + 1
                objects = [m for m in mentions if j < len(words) and words[j].start <= m.start < words[j].end
                           and m.key != actor.key and not _locative(words, m)]
                target = objects[0] if objects else (_bare(doc, words, j) if j < len(words) and _strip_conjunction(
                    words[j].key) not in TARGET_PREPOSITIONS else None)
            actor, target = _protest_sides(doc, words, k, 1, actor, target, mentions)
            doc.events.append(Event(
                type="PROTEST", start=sent.start, end=sent.end, text=sent.text, actor=None, target=None,
                mode=mode or "demonstrate", date=date, trigger=doc.text[t0 : w.end],
                actor_span=_span(doc, actor), target_span=_span(doc, target),
                actor_sector=actor and actor.sector, target_sector=target and target.sector,
            ))
            return

    def _protesters(self, doc: Document, words: list[Token], sent, mentions: list[_Mention]) -> None:
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

    def _keep(self, trig: Trigger, actor: _Mention | None, target: _Mention | None, reports: bool) -> bool:
        """Whether a trigger with these participants is an event of the record. `reports`: the
        trigger tells of an event rather than refers to one ("هاجم"، "شن هجوما"، not "بعد الهجوم")."""
        if not self.unnamed:
            return actor is not None and actor.entity is not None and (
                (target is not None and target.entity is not None) or trig.type in INTRANSITIVE)
        if trig.type in STANDALONE and not reports:
            return False  # "بعد الهجوم على ..."، "ذكرى اغتيال ...": an event told elsewhere
        if actor is not None and target is not None:
            return True
        return trig.type in STANDALONE and reports

    def _with_common_nouns(self, doc: Document, nouns: list, named: list[_Mention]) -> list[_Mention]:
        """The sentence's named mentions and its common-noun participants, by start. A noun inside
        a name ("الجيش" in "الجيش اللبناني") gives the name its sector instead."""
        if not nouns:
            return named
        out = list(named)
        for pm in nouns:
            inside = [k for k, m in enumerate(out) if m.entity is not None and m.start < pm.end and pm.start < m.end]
            if inside:
                for k in inside:
                    if out[k].sector is None:
                        m = out[k]
                        out[k] = _Mention(m.start, m.end, m.entity, m.key, pm.values[0][0])
                continue
            start = pm.start - 2 if doc.text[pm.start - 2 : pm.start] == "ال" else pm.start  # "الصحفي"
            sector, protester = pm.values[0]
            out.append(_Mention(start, pm.end, None, "@" + pm.key, sector, protester))
        out.sort(key=lambda m: m.start)
        return out

    def _mode(self, words: list[Token], i: int) -> str | None:
        """negated / threatened / planned when a cue stands before the trigger in its clause."""
        if i and _strip_conjunction(words[i - 1].key) in NEGATIONS:  # "ولم تهاجم"
            return "negated"
        for back in range(1, MODE_REACH + 1):
            k = i - back
            if k < 0 or words[k].kind == "punct":
                return None
            cue = self.mode_cues.get(words[k].key) or self.mode_cues.get(_strip_conjunction(words[k].key))
            if cue is not None and back <= cue[1]:
                return cue[0]
        return None


def _span(doc: Document, m: _Mention | None) -> Span | None:
    return None if m is None else Span(m.start, m.end, doc.text[m.start : m.end])


def _clitic_length(tok: Token) -> int:
    key = tok.key
    return 1 if key[:1] in ("و", "ف") and _strip_conjunction(key) in LIGHT_VERBS else 0


def _light_verb(words: list[Token], i: int) -> int | None:
    """Index of a light verb a few words before a nominal trigger, in the same clause."""
    for k in range(i - 1, max(-1, i - 1 - LIGHT_REACH), -1):
        w = words[k]
        if w.kind == "punct":
            return None
        key = _strip_conjunction(w.key)
        if w.key in LIGHT_VERBS or key in LIGHT_VERBS or (key[:1] in ("ب", "ل") and key[1:] in LIGHT_VERBS):
            return k  # "شنت"، "وشنت"، "بشن" (the verbal noun of a light verb: "هدد بشن هجوم")
    return None


def _reference(words: list[Token], i: int, t0: int, trig: Trigger) -> bool:
    """Whether a trigger refers to an event told elsewhere rather than reports one: a definite or
    governed noun ("الهجوم"، "بالهجوم"، "بعد هجوم"، "ذكرى اغتيال"), a verb in a relative clause
    ("الذي خطف قبل شهرين")."""
    if trig.pos == "verb":
        return i > 0 and words[i - 1].key in RELATIVES
    w = words[i]
    attached = w.text[: t0 - w.start]
    if "ب" in attached or "ل" in attached or w.key[len(attached):].startswith("ال"):  # "بالهجوم"
        return True
    if i > 0 and _strip_conjunction(words[i - 1].key) in REFERENCE:
        return True
    for k in range(i - 1, max(-1, i - 1 - CONDEMN_REACH), -1):  # "استنكر الوزير تفجيرات ..."
        if words[k].kind == "punct":
            return False
        if words[k].key in CONDEMN or _strip_conjunction(words[k].key) in CONDEMN:
            return True
    return False


def _future(w: Token, t0: int, trig: Trigger) -> bool:
    """Whether a verb trigger carries the future prefix ("سيتظاهرون"، "وستنفذ")."""
    attached = w.text[: t0 - w.start]
    return attached[-1:] == "س" and trig.keys[0][:1] in ("ي", "ت", "ن", "ا", "أ")


def _governs_noun(w: Token) -> bool:
    """Whether a word before a verb-form trigger makes it a verbal noun: a preposition or a noun
    that takes a genitive ("عن قتل"، "عملية خطف"، "بتهمة خطف")."""
    return any(k in GOVERNORS or k in REFERENCE for k in (w.key, _strip_conjunction(w.key)))


def _suffer_participants(words: list[Token], u: int, i: int, n: int,
                         mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The participants of "تعرضت القافلة لهجوم من مسلحين": the target is the subject of the verb
    of undergoing (between it and the trigger, else the nearest before it in its clause), the actor
    one introduced by من/على يد/برصاص right after the trigger (none else)."""
    lo, t_start, t_end = words[u].end, words[i].start, words[i + n - 1].end
    between = [m for m in mentions if lo <= m.start and m.end <= t_start and not _locative(words, m)]
    before = [m for m in mentions if m.end <= words[u].start and u - _word_index(words, m.start) <= SUBJECT_WINDOW
              and not any(w.kind == "punct" for w in words if m.end <= w.start < words[u].start)]
    target = between[0] if between else (before[-1] if before else None)
    actor = None
    for m in mentions:
        j = _word_index(words, m.start)
        if m.start < t_end or j > i + n + 3 or any(w.kind == "punct" for w in words[i + n : j]):
            continue
        if (_agent(words, m) or (j > 0 and words[j - 1].key == "من")) and (target is None or m.key != target.key):
            actor = m
            break
    return actor, target


def _bare(doc: Document, words: list[Token], j: int) -> _Mention | None:
    """The noun phrase at word j as an unlisted participant ("الاسرائيليين"، "زيارة غل"): one word,
    two when the second is not a particle or a clause mark."""
    while j < len(words) and (words[j].text in ("«", '"', "(", "بـ", "ب", "لـ") or words[j].key in ("ب", "ل")):
        j += 1
    if j >= len(words) or words[j].kind != "word" or _strip_conjunction(words[j].key) in BARE_STOP:
        return None
    end = words[j].end
    if j + 1 < len(words) and words[j + 1].kind == "word" and _strip_conjunction(words[j + 1].key) not in BARE_STOP:
        end = words[j + 1].end
    return _Mention(words[j].start, end, None, "@" + match_key(doc.text[words[j].start : end]))


def _protest_sides(doc: Document, words: list[Token], k: int, n: int, actor: _Mention | None,
                   target: _Mention | None, mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The sides of a protest: who protests is the subject after a verb that opens its clause
    ("وتظاهر آلاف الطلاب"، "احتشد عدد من الشبان"), whoever stands before it otherwise; what is
    protested is introduced by ضد، مناهضة، احتجاجا على، مطالبين or أمام ("أمام مقر الحكومة"),
    not the place where it happens."""
    opens = k == 0 or words[k - 1].kind == "punct" or _strip_conjunction(words[k - 1].key) in CLAUSE_WORDS \
        or words[k].key[:1] in ("و", "ف") and _strip_conjunction(words[k].key) != words[k].key
    j = k + n
    while j < len(words) and (words[j].key in QUANTITY or words[j].kind == "number" or words[j].key in SUBJECT_SKIP):
        j += 1
    if opens and j < len(words):
        at_j = [m for m in mentions if words[j].start <= m.start < words[j].end + 1]
        if at_j:
            actor = at_j[0]
        elif actor is None or actor.end <= words[k].start:
            actor = _bare(doc, words, j) or actor
    if target is not None and _locative(words, target):
        target = None
    if target is None or (actor is not None and target.key == actor.key):
        target = None
        for x in range(k + n, min(len(words), k + n + PROTEST_TARGET_REACH)):
            w = words[x]
            if w.kind == "punct" and w.text != "،":
                break
            key = _strip_conjunction(w.key)
            if key not in PROTEST_TARGET_MARKS and not (key in ("على", "علي") and x > 0 and
                                                        match_key(words[x - 1].text).lstrip("وفلب").startswith("احتجاج")):
                continue
            y = x + 1
            while y < len(words) and _strip_conjunction(words[y].key) in TARGET_SKIP:
                y += 1
            after = [m for m in mentions if y < len(words) and words[y].start <= m.start <= words[min(y + 2, len(words) - 1)].start
                     and (actor is None or m.key != actor.key)]
            target = after[0] if after else _bare(doc, words, y)
            break
    return actor, target


def _assault_sides(doc: Document, words: list[Token], i: int, n: int, trig: Trigger, actor: _Mention | None,
                   target: _Mention | None, mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The sides of a verbal attack in a sentence of unnamed participants. A verb after its subject
    and followed by a preposition, not an object, is a passive ("شخصين قتلا في الهجوم"، "11 مدنيا
    قتلوا بانفجار"): its subject is the target and the actor only an agent. An active verb with an
    actor and no target takes the word after it (past a time word) as its object ("مجهولين خطفوا
    أمس القنصل")."""
    j = i + n
    while j < len(words) and words[j].key in SUBJECT_SKIP:
        j += 1
    nxt = words[j] if j < len(words) else None
    passive = trig.mode in ("kill", "abduct") and trig.arg != "patient" and actor is not None and actor.end <= words[i].start and nxt is not None and (
        nxt.kind == "punct" or _strip_conjunction(nxt.key) in PASSIVE_NEXT
        or (nxt.text[:1] == "ب" and nxt.key not in TARGET_PREPOSITIONS and not any(
            m.start == nxt.start for m in mentions)))
    if passive:
        agents = [m for m in mentions if m.start >= words[i].end and _agent(words, m)]
        return (agents[0] if agents else None), actor
    if actor is not None and target is None and nxt is not None and actor.end <= words[i].start:
        at_j = [m for m in mentions if nxt.start <= m.start < nxt.end and m.key != actor.key]
        if at_j:
            target = at_j[0]
        elif _strip_conjunction(nxt.key) not in TARGET_PREPOSITIONS and nxt.key not in LOCATIVES:
            target = _bare(doc, words, j)
    return actor, target


def _to_streets(words: list[Token], k: int) -> bool:
    """Whether "إلى الشوارع"/"في شوارع" follows a verb of going out within its clause ("نزل آلاف
    الأشخاص إلى الشوارع")."""
    for j in range(k + 1, min(len(words), k + 1 + STREET_REACH)):
        if words[j].kind == "punct" and words[j].text not in "()":
            return False
        if _strip_conjunction(words[j].key) in STREETS:
            return True
    return False


def _gathering(words: list[Token], i: int, n: int, mentions: list[_Mention]) -> bool:
    """Whether a gathering verb has people as its subject: a count or a common-noun actor right
    after it ("تجمع مئات العمال"، "تجمع المتظاهرون") or protesters right before it."""
    end = words[min(len(words), i + n + 3) - 1].end
    lo = words[i - 2].start if i >= 2 else words[0].start
    if any(w.key in COUNTS or w.kind == "number" for w in words[i + n : i + n + 3]):
        return True
    return any(m.entity is None and words[i + n - 1].end <= m.start < end for m in mentions) or any(
        m.protester and lo <= m.start < words[i].start for m in mentions)


def _suffer_verb(words: list[Token], i: int, t0: int) -> int | None:
    """Index of a verb of undergoing a few words before a nominal trigger introduced by ل or من
    ("تعرضت القافلة لهجوم"، "نجا من محاولة اغتيال"), or of "تم" right before it ("تم اغتيال")."""
    if i > 0 and _strip_conjunction(words[i - 1].key) in ("تم", "يتم"):
        return i - 1
    if not (words[i].text[: t0 - words[i].start].endswith("ل") or (i > 0 and words[i - 1].key == "من")):
        return None
    for k in range(i - 1, max(-1, i - 1 - LIGHT_REACH), -1):
        w = words[k]
        if w.kind == "punct":
            return None
        if w.key in SUFFER_VERBS or _strip_conjunction(w.key) in SUFFER_VERBS:
            return k
    return None


def _occurs(words: list[Token], i: int, n: int) -> bool:
    """Whether a verb of occurrence governs a nominal trigger: before it in its clause ("اندلعت
    امس مظاهرات") or right after it ("انفجار هز المدينة"، "هجوم استهدف")."""
    for k in range(i - 1, max(-1, i - 1 - OCCUR_REACH), -1):
        if words[k].kind == "punct":
            break
        if words[k].key in OCCUR_VERBS or _strip_conjunction(words[k].key) in OCCUR_VERBS:
            return True
    for k in range(i + n, min(len(words), i + n + OCCUR_AFTER)):
        if words[k].kind == "punct":
            break
        if words[k].key in OCCUR_VERBS or _strip_conjunction(words[k].key) in OCCUR_VERBS:
            return True
    return False


def _as_patient(trig: Trigger) -> Trigger:
    return Trigger(trig.keys, trig.type, trig.pos, trig.mode, "patient")


def _as_noun(trig: Trigger) -> Trigger:
    return Trigger(trig.keys, trig.type, "noun", trig.mode, trig.arg)


def _as_verb(trig: Trigger) -> Trigger:
    return Trigger(trig.keys, trig.type, "verb", trig.mode, trig.arg)


# the word list last asked about and the ends of its words (a sentence's words, asked many
# times); one tuple, read and replaced whole, so that threads cannot mix two lists
_last_ends: tuple[list[Token] | None, list[int]] = (None, [])


def _word_index(words: list[Token], offset: int) -> int:
    """Index of the first word ending after `offset` (len(words) if none)."""
    global _last_ends
    last = _last_ends
    if last[0] is not words:
        last = _last_ends = (words, [w.end for w in words])
    return bisect_right(last[1], offset)


def _introduced_by_preposition(words: list[Token], m: _Mention) -> bool:
    k = _word_index(words, m.start)
    attached = words[k].text[: m.start - words[k].start]  # "لروسيا": the mention starts after ل
    return (k > 0 and words[k - 1].key in TARGET_PREPOSITIONS) or attached[-1:] in ("ل", "ب")


def _locative(words: list[Token], m: _Mention) -> bool:
    k = _word_index(words, m.start)
    attached = words[k].text[: m.start - words[k].start]
    return k > 0 and words[k - 1].key in LOCATIVES and not attached


def _agent(words: list[Token], m: _Mention) -> bool:
    """Whether a mention is introduced as the agent of a passive ("على يد"، "برصاص"، "من قبل")."""
    k = _word_index(words, m.start)
    attached = words[k].text[: m.start - words[k].start]
    if attached[-1:] == "ب" and words[k].key[len(attached):] in AGENT_MARKS:
        return False  # the mark itself ("برصاص") is not a participant
    if k == 0:
        return False
    prev = words[k - 1].key
    if prev in ("قبل",):
        return k > 1 and words[k - 2].key == "من"
    return prev in AGENT_MARKS or _strip_conjunction(prev)[1:] in AGENT_MARKS and prev[:1] == "ب"


def _counted(words: list[Token], k: int) -> bool:
    """Whether the word before index k is a count ("5 أشخاص"، "عشرات المدنيين")."""
    return k > 0 and (words[k - 1].kind == "number" or words[k - 1].text.isdigit() or words[k - 1].key in QUANTITY)


def _gap(words: list[Token], a: int, b: int) -> int:
    """Words between indices a (included) and b (excluded) that are not counts."""
    return sum(1 for w in words[a:b] if not (w.text.isdigit() or w.key in QUANTITY))


def _participants(
    words: list[Token], i: int, n: int, trig: Trigger, mentions: list[_Mention]
) -> tuple[_Mention | None, _Mention | None]:
    t_start, t_end = words[i].start, words[i + n - 1].end
    before = [m for m in mentions if m.end <= t_start and i - _word_index(words, m.start) <= SUBJECT_WINDOW]
    after = [m for m in mentions if m.start >= t_end and _word_index(words, m.start) - (i + n) <= OBJECT_WINDOW]
    # a clause mark between a mention and the trigger puts it in another clause
    before = [m for m in before if not any(w.kind == "punct" for w in words if m.end <= w.start < t_start)]
    after = [m for m in after if not any((w.kind == "punct" and w.text != "،") or w.key in CLAUSE_WORDS
                                         for w in words if t_end <= w.start < m.start)]
    before = [m for m in before if not _locative(words, m)]
    places = [m for m in after if _locative(words, m)]
    after = [m for m in after if not _locative(words, m)]
    if trig.arg == "patient":
        # "اغتيل الصحفي برصاص مسلحين"، "مقتل خمسة جنود": the one acted upon follows
        agents = [m for m in after if _agent(words, m)]
        patients = [m for m in after if not _agent(words, m)]
        actor = agents[0] if agents else None
        target = patients[0] if patients else None
        if target is None and trig.pos == "verb" and before:
            target = before[-1]  # "الصحفي اغتيل ..."
        if target is not None and actor is not None and target.key == actor.key:
            actor = None
        return actor, target
    actor: _Mention | None = None
    first_after = after[0] if after else None
    k_first = _word_index(words, first_after.start) if first_after else 0
    gap = _gap(words, i + n, k_first) if first_after else 99
    genitive = False
    object_first = first_after is not None and trig.type in VIOLENT and trig.pos == "verb" and (
        _counted(words, k_first) or (first_after.entity is None and first_after.sector == "CVL"))
    if first_after and not _introduced_by_preposition(words, first_after) and not object_first:
        if trig.pos == "noun" and gap == 0:
            actor, genitive = first_after, True  # "مطالب روسيا": the agent is the genitive
        elif trig.pos == "verb" and not before and gap <= SUBJECT_REACH:
            actor = first_after  # verb-subject order, possibly after a title phrase
    if actor is None and before:
        actor = before[-1]
    rest = [m for m in after if actor is None or m.key != actor.key]
    target = next((m for m in rest if _introduced_by_preposition(words, m)), None)
    if target is None and rest:
        target = rest[0]
    if target is None and genitive:
        # "رد واشنطن على مطالب روسيا": the demands are addressed to whoever stands before them
        target = next((m for m in reversed(before) if m.key != actor.key), None)
    if target is None:
        # "تدين الهجوم في السعودية": the place is what the event is about, for want of another
        target = next((m for m in places if m.entity is not None and (actor is None or m.key != actor.key)), None)
    return actor, target


def _capitals() -> dict[str, str]:
    """KB id of each capital city -> KB id of its country (empty when the KB is not installed)."""
    try:
        from marsad.kb import load_kb
    except ImportError:
        return {}
    return {a.capital: a.id for a in load_kb() if a.kind == "country" and a.capital}


