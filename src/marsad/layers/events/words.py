"""The lexicons and small types of the events layer: trigger phrases, participant nouns, mode
cues and the word lists read around a trigger (lexicons/event_*.tsv, negation.tsv)."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.arabic.normalize import match_key
from marsad.arabic.phrases import PhraseTable
from marsad.arabic.tokens import Token
from marsad.document import PLOVER_TYPES, Event
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
# their verbal nouns, light verbs only after ب or ل ("بشن هجوم"، "لتنظيم مظاهرة", not "تنظيم داعش")
LIGHT_MASDARS = loader.keyed("event_words.tsv", "light_masdar", match_key)
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
# of which, acts that are a protest only of a counted crowd or in a sentence naming a protest ("رشق"، "أحرق")
CROWD_ACTS = loader.keyed("event_words.tsv", "crowd_act", match_key)
# stems of the nouns naming a protest ("احتجاج"، "مظاهرة"), at the start of a word past its clitics
PROTEST_NOUNS = tuple(sorted(loader.keyed("event_words.tsv", "protest_noun", match_key)))
_NOUN_PREFIXES = ("", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "ولل", "وبال")
# PROTEST verbs that are mostly an objection ("احتجت مصر لدى ..."): a protest only of a counted crowd
OBJECTIONS = loader.keyed("event_words.tsv", "objection", match_key)
# verbs of doing: with a protest noun after ب, a protest ("قام العمال بالاعتصام"، "لقيام مجموعة بالتجمع")
PERFORM = loader.keyed("event_words.tsv", "perform", match_key)
# verbs of keeping up: with the crowd's own protest after them, a protest going on ("واصل المعتصمون اعتصامهم")
CONTINUE = loader.keyed("event_words.tsv", "continue", match_key)
# words after an attack naming who carried it out ("هجوم نفذه متطرف"، "نسب إلى المتمردين")
AGENT_AFTER = loader.keyed("event_words.tsv", "agent_after", match_key)
# nouns of an attack or its weapon a nationality adjective may follow ("ضربة جوية أميركية")
WEAPONS = loader.keyed("event_words.tsv", "weapon", match_key)
# how far after an attack its agent may be named
AGENT_REACH = 14
# sectors of those who attack rather than suffer attacks, as the subject after a violent verb
# ("وخطف مسلحون ..."; "قتل جنديان" is a passive)
ARMED_AGENTS = frozenset({"UAF", "REB", "CRM"})
# cardinal number words, passed over like counts before a participant ("أربعة من الحراس")
NUMBER_WORDS = frozenset(match_key(r[0]) for r in loader.table("number_words.tsv", 3) if r[2] == "cardinal")
# the reflexive object of a suicide bombing ("فجر نفسه")
SELF = frozenset(match_key(w) for w in ("نفسه", "نفسها", "نفسيهما", "أنفسهم", "انفسهم"))
# of which, verbs of going out: a protest when the streets follow ("نزل الآلاف إلى الشوارع")
STREET_VERBS = loader.keyed("event_words.tsv", "street", match_key)
STREETS = frozenset(match_key(w) for w in ("الشوارع", "الشارع", "شوارع", "للشوارع", "للشارع", "بالشوارع"))
STREET_REACH = 10
# verbs of holding or joining a march, and the bare noun of a march they make a protest ("نظم
# الطلاب مسيرة"): the noun alone is too often a course or a career ("مسيرة السلام")
ORGANISE_VERBS = loader.keyed("event_words.tsv", "organise", match_key)
MARCH_NOUNS = loader.keyed("event_words.tsv", "march", match_key)
# the counts of people among the quantity words ("مئات"، "آلاف", not "ما"، "من")
COUNTS = QUANTITY - frozenset(match_key(w) for w in ("ما", "من", "عدد", "أكثر", "اكثر", "أقل", "اقل", "يقرب"))
# what introduces the one a protest is against ("ضد"، "مناهضة"، "مطالبين"، "أمام مقر ...")
PROTEST_TARGET_MARKS = loader.keyed("event_words.tsv", "protest_target", match_key)
PROTEST_TARGET_REACH = 14
# passed over after such a mark ("أمام مقر"، "أمام مبنى السفارة") or before a subject ("أمس")
# diplomatic missions: the nationality after one names the country protested ("أمام السفارة الأميركية")
EMBASSIES = loader.keyed("event_words.tsv", "embassy", match_key)
TARGET_SKIP = loader.keyed("event_words.tsv", "target_skip", match_key) | EMBASSIES
SUBJECT_SKIP = loader.keyed("event_words.tsv", "subject_skip", match_key)
# words that open what a protest is for: never the second word of an unlisted side
PURPOSE_WORDS = loader.keyed("event_words.tsv", "purpose", match_key)
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
# "background": what an accusation, a confession or a trial is about; "historical": a retelling of
# an attack years old (events/occurrence.py)
NOT_OCCURRING = frozenset({"negated", "threatened", "planned", "hypothetical", "generic", "background", "historical"})
# time words of the day of the report: a present-tense violent verb near them tells of an act
TODAY = frozenset(match_key(w) for w in ("أمس", "امس", "اليوم", "الآن", "الان", "حاليا", "حالياً", "صباح", "مساء", "فجر"))
# how far before a trigger a mode cue may stand, at most (each cue has its own reach)
MODE_REACH = 8
# how far before a nominal trigger its light verb may stand ("شنت الطائرات الحربية غارات")
LIGHT_REACH = 4
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


def names_protest(words: list[Token]) -> bool:
    """Whether a sentence's words name a protest by a noun ("في احتجاجات"، "فضت الاحتجاج"، "التظاهرة")."""
    for w in words:
        key = w.key
        for p in _NOUN_PREFIXES:
            if key.startswith(p) and key[len(p) :].startswith(PROTEST_NOUNS):
                return True
    return False


def _strip_conjunction(key: str) -> str:
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 2 else key


def verb_before(words: list[Token], start: int, stop: int, verbs: frozenset[str]) -> int | None:
    """Index of the nearest word of `verbs` (with "و" or "ف" or not) from words[start] back to
    words[stop + 1], in the same clause: None past punctuation."""
    for k in range(start, max(-1, stop), -1):
        w = words[k]
        if w.kind == "punct":
            return None
        if _strip_conjunction(w.key) in verbs:
            return k
    return None


# prepositions that bring an object: a name after one, with a verb before, is no subject of the verb
# ("احتج أحد الزبائن على قطعة ..."): "من" is left out ("أعرب كل من الوزير ...")
OBJECT_PREPOSITIONS = TARGET_PREPOSITIONS - {match_key("من")}


def object_between(words: list[Token], a: int, b: int) -> bool:
    """Whether words[a:b] (between a verb and a name after it) hold a preposition bringing an object."""
    return any(w.key in OBJECT_PREPOSITIONS for w in words[a:b])


# events between partners: a name that على or ضد brings is what they act on or against, never the
# partner ("تتعاون مع حلفائها في الحرب على داعش"، "اتفقا على ...")
PARTNER_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
OPPOSING = frozenset(match_key(w) for w in ("على", "ضد"))
WITH = match_key("مع")
