"""Tests of a span the rules read as a speaker: does it name or describe anyone at all?

A span read off the words after a reporting verb may be no speaker ("منذ فترة طويلة"، "بهذا"،
"بحسب ..."), open with a preposition or an accusative, be cut inside a body's name, or hold
only function words; a name may stand in the words said rather than as the speaker. The ranker
(`speaker_ranker.py`) asks these before it lets a span be a candidate.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import CONJUNCTIONS
from marsad.document import Entity, SpeakerRef
from marsad.layers.entities.name_words import CLITIC_PREFIXES
from marsad.layers.quotes.attribution import pp_prefix
from marsad.layers.quotes.description_names import ALI
from marsad.layers.quotes.speaker_window import StatementWindow
from marsad.layers.sources.words import COMMON_WORDS  # words seen far more often outside names
from marsad.lexicons.loader import table, words
from marsad.lexicons.names import given_names

if TYPE_CHECKING:
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.document_index import MentionRef
    from marsad.layers.quotes.patterns import QuoteCandidate

TITLE_PREFIXES = frozenset({"", "و", "ف", "ال", "وال", "فال"})
CUT_HEAD_WORDS = 2           # words of a span before the body's name it was cut inside ("محضر اجتماع لجنة")
INTRODUCTION_CHARS = 100    # "«فلان»، رئيس الوزراء:": a colon this close after a statement's start ends its speaker's introduction


# the lexicon kinds of a word that describes a speaker ("الوزير"، "هيئة"، "الدكتور"، "بيان"، "صحيفة")
ACTOR_KINDS = ("title", "org_head", "honorific", "title_modifier", "document", "speech_noun", "outlet", "pronoun")
ACTOR_PREFIXES = frozenset({"", "و", "ف", "ال", "وال", "فال"})
# word lists (and their sections; None: every row) whose entries are words for a person, a body or
# a source: descriptions of unnamed sources and offices, nouns for people, title and honorific
# words, the first words of role phrases, given names, outlet heads and newsroom roles
ACTOR_LISTS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("speaker_words.tsv", None), ("actors/speaker_person_nouns.tsv", None),
    ("actors/title_words.tsv", ("honorific", "title_head", "subordinate", "former", "bare_any")),
    ("actors/titles.tsv", None), ("actors/given_names.tsv", None),
    ("actors/foreign_given_names.tsv", ("name", "person_noun")),
    ("source_words.tsv", ("outlet_head", "weak_head", "described_head", "station_head", "media_role", "head_role")),
)


def bare_key(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


@cache
def actor_words() -> frozenset[str]:
    """The match keys (without the article) of the first words of `ACTOR_LISTS`' entries."""
    out: set[str] = set()
    for name, sections in ACTOR_LISTS:
        for row in table(name):
            if row and row[0].strip() and (sections is None or len(row) > 1 and row[1] in sections):
                out.add(bare_key(match_key(row[0].split()[0])))
    return frozenset(out)


def no_actor_word(finder: SpeakerFinder, ref: SpeakerRef, names: frozenset[str]) -> bool:
    """"منذ فترة طويلة"، "بهذا"، "صلى الله": does an unlinked span the rules read off the words
    after a verb hold nothing that names or describes anyone: no entity mention, no word for a
    person, an office, a body, a document or an outlet (`ACTOR_KINDS`, `actor_words`), no given
    name, no word of a name the document gives (`names`: "وقال فرومنتان" after "أوجين فرومنتان"),
    and only words common outside names (`COMMON_WORDS`) or function words?"""
    lex, actor = finder.lex, actor_words()
    if finder.mentions_between(ref.start, ref.end):
        return False
    for i in span_tokens(finder, ref):
        t = finder.toks[i]
        if not t.is_word:
            continue
        if finder.covering(i) is not None or any(bare_key(st) in actor or st in names for _, st in t.splits) \
                or any(lex.has(kind, t, ACTOR_PREFIXES) for kind in ACTOR_KINDS):
            return False
        if not lex.is_stop(t) and not any(st in COMMON_WORDS or bare_key(st) in COMMON_WORDS for _, st in t.splits):
            return False  # "وقال قوطالي": a word seldom seen outside names, a name the entity layer missed
    return True


# "منذ"، "أول"، "بهذا": words that never name a speaker (the lexicon), and the speech lexicon's kinds of
# function words
NO_SPEAKER_WORDS = frozenset(match_key(w) for w in words("no_speaker_words.tsv"))
NO_SPEAKER_CLAUSE = frozenset(match_key(w) for w in words("no_speaker_words.tsv", "clause"))
NO_SPEAKER_OPENERS = frozenset(match_key(w) for w in words("no_speaker_words.tsv", "opener")) | NO_SPEAKER_CLAUSE
CLAUSE_CLITICS = frozenset({"", *CONJUNCTIONS})
FUNCTION_KINDS = ("stop", "non_actor", "adverb", "time", "addressee", "comp", "according", "object_pronoun")
CLITICS = CLITIC_PREFIXES  # the proclitic runs a word of the lexicons may carry
DEMONSTRATIVES = frozenset(match_key(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "وهؤلاء", "وأولئك"))


def span_tokens(finder: SpeakerFinder, ref: SpeakerRef) -> range:
    """The tokens of a span, the first one included when the span starts after its clitics
    ("للجمعية" for the span "جمعية")."""
    i0, i1 = finder.token_holding(ref.start), min(finder.tok_at(ref.end), len(finder.toks))
    return range(i0, max(i0, i1))


def opens_with_no_speaker(finder: SpeakerFinder, ref: SpeakerRef) -> bool:
    """"منذ فترة طويلة"، "هناك عامل"، "بحسب الخطي"، "في مداخلته": does an unlinked span open with a
    particle, adverb or preposition (`no_speaker_words.tsv` sections opener and clause, the speech
    lexicon's function words, "according to") that no speaker's name or description opens with, or
    hold a clause particle ("إرهابيا بما")?"""
    span = [finder.toks[i] for i in span_tokens(finder, ref)]
    first = next((t for t in span if t.is_word), None)
    if first is None:
        return not span
    if first.text == ALI:
        return False  # the first name "علي", not the preposition "على" it is folded with
    lex = finder.lex
    if any(st in NO_SPEAKER_OPENERS and first.key[: len(first.key) - len(st)] in CLAUSE_CLITICS
           for _, st in first.splits) \
            or lex.is_stop(first) or lex.is_according(first) \
            or any(lex.has(kind, first, CLITICS) for kind in ("non_actor", "comp", "according")):
        return True
    # "إرهابيا بما"، "خير خلف لأن": a clause particle inside, the span ran past any speaker
    return any(t.is_word and (t.key in NO_SPEAKER_CLAUSE or any(
        st in NO_SPEAKER_CLAUSE and t.key[: len(t.key) - len(st)] in CLAUSE_CLITICS for _, st in t.splits))
        for t in span if t is not first)


def opens_with_preposition(finder: SpeakerFinder, ref: SpeakerRef, names: frozenset[str]) -> bool:
    """"وقال للصحافة"، "وأكد لصحيفة"، "أوضح بالأمس": does an unlinked span open with a preposition's
    object, the addressee or a circumstance of the statement and never its speaker? Its first word
    carries "ل" or "ب" before a word that is definite, or before a noun common outside names with
    the article, or the span starts right after such a proclitic. A word that is a title, a
    body, an outlet or a given name as written ("لجنة"، "بلدية"، "بشار"، "لبنى"), or a word of a
    name the document gives, stays. (A separate preposition, "في"، "من"، "على"، "عن"، "إلى", is a
    function word: `opens_with_no_speaker`; "على لسان"، "بحسب" are other rules'.)"""
    toks = finder.toks
    i = finder.token_holding(ref.start)
    if i >= len(toks) or not toks[i].is_word:
        return False
    t = toks[i]
    k = i - 1
    while k >= 0 and not toks[k].is_word:
        k -= 1
    if k >= 0 and finder.lex.is_according(toks[k]):
        return False  # "وفقا للجمعية"، "نقلا عن": the object of "according to" is the source
    if t.start < ref.start:  # the span starts after the word's clitics ("صحافة" of "للصحافة")
        return pp_prefix(match_key(finder.text[t.start : ref.start]))
    if t.text == ALI or t.key in names or bare_key(t.key) in actor_words() \
            or any(finder.lex.has(kind, t, frozenset({""})) for kind in ACTOR_KINDS):
        return False
    after = next((u for u in toks[i + 1 : finder.tok_at(ref.end)] if u.is_word), None)
    if after is not None and after.key in given_names():
        return False  # "باسم إبراهيم": a first name before a name, not "ب" + "اسم"
    for n, st in t.splits:
        prefix = t.key[: len(t.key) - len(st)]
        if n == 0 or not prefix or not pp_prefix(prefix) or st in names or len(bare_key(st)) < 3:
            continue
        # "للصحافة"، "بالأمس": the article shows a noun; "لصحيفة": a noun common with it ("بادي" is
        # no "ب" + "أدى": a verb never takes the article)
        if prefix.endswith(("ال", "لل")) or st.startswith("ال") or "ال" + st in COMMON_WORDS:
            return True
    return False


def name_keys(entity: Entity) -> set[str]:
    """The match keys of the words of the names the entity is mentioned by."""
    return {match_key(w) for m in entity.mentions if m.kind == "name" for w in m.text.split()}


def titles_and_name(finder: SpeakerFinder, ref: SpeakerRef, entity_id: str) -> bool:
    """"الدكتور الأحمد"، "اللواء التركي": is every word of an unlinked span a title, an honorific
    or a word of the entity's names, one of them a name word that is no given name ("محمد الأمين"
    is not "محمد مأمون": "الأمين" may be a title, "محمد" many people's name)?"""
    entity = finder.entities.get(entity_id)
    if entity is None:
        return False
    names = name_keys(entity)
    lex, given = finder.lex, given_names()
    family = False
    for i in span_tokens(finder, ref):
        t = finder.toks[i]
        if not t.is_word:
            continue
        title = any(lex.has(kind, t, TITLE_PREFIXES) for kind in ("title", "honorific", "title_modifier"))
        if t.key not in names and not title:
            return False
        family = family or t.key in names and not title and t.key not in given
    return family


def in_apposition(finder: SpeakerFinder, ref: SpeakerRef, entity_id: str, limit: int) -> bool:
    """"خبير أسواق السلع لدى البنك، فلان"، "المواطن «فلان»"، "فلان المخرج والكاتب": is a mention of
    the entity right after or right before an unlinked span, nothing but punctuation or an
    honorific ("الدكتور"، "المهندس") between, and
    ending before `limit` (not a name inside the statement: "يقول النابغة: «...»")?"""
    entity = finder.entities.get(entity_id)
    if entity is None:
        return False
    toks = finder.toks
    for m in entity.mentions:
        if m.end > limit:
            continue
        if m.start >= ref.end:
            between = toks[finder.tok_at(ref.end) : finder.tok_at(m.start)]
        elif m.end <= ref.start:
            between = toks[finder.tok_at(m.end) : finder.tok_at(ref.start)]
        else:
            continue
        # punctuation and honorifics only ("...، فلان"، "... الدكتور فلان"، "... المهندس فلان")
        if len(between) <= 3 and all(not t.is_word or finder.lex.has("honorific", t, TITLE_PREFIXES) for t in between) \
                and finder.sent_of(m.start) == finder.sent_of(ref.start):
            return True
    return False


def words_of_a_mention(finder: SpeakerFinder, ref: SpeakerRef, entity_id: str) -> bool:
    """"المفتي العام" of a person the entity layer named "مفتي عام المملكة": is every word of an
    unlinked span, without its article, a word of one mention of the entity?"""
    entity = finder.entities.get(entity_id)
    words = [bare_key(finder.toks[i].key) for i in span_tokens(finder, ref) if finder.toks[i].is_word]
    if entity is None or not words:
        return False
    return any(set(words) <= {bare_key(match_key(w)) for w in m.text.split()} for m in entity.mentions)


def opens_accusative(finder: SpeakerFinder, ref: SpeakerRef) -> bool:
    """"حين قال متحسراً"، "أكد مجدداً": an unlinked span whose first word carries the accusative
    tanween is an adverb or the verb's object, never its subject."""
    words = [finder.toks[i] for i in span_tokens(finder, ref) if finder.toks[i].is_word]
    return bool(words) and words[0].text.endswith(("\u064b", "\u064bا", "ا\u064b"))


def cut_in_name(finder: SpeakerFinder, ref: SpeakerRef, limit: int) -> MentionRef | None:
    """"تقديرات هيئة" read off "تقديرات هيئة الإحصاء": the mention that an unlinked span starts
    before and ends inside: the words after the verb were cut in the middle of the name of a body
    or a state ("نفت دولة جنوب" of "جنوب السودان"), and it is whom they were about. Not a
    mention that runs on past `limit`, into the statement
    ("الباشا: بلد الوليد" of a headline: the mention, not the span, is cut wrong)."""
    words = span_tokens(finder, ref)
    if not words:
        return None
    m = finder.covering(words[-1])
    if m is None or m.entity.type not in ("ORG", "LOC") or not ref.start < m.start < ref.end < m.end <= limit:
        return None
    # "تقديرات هيئة"، "دولة جنوب"، "محضر اجتماع لجنة": a word or two before the body; a longer
    # head ("أحد ساكني حي"، "مدير عام الهيئة ... أمين عام مجلس") describes a person of it
    before = sum(1 for i in words if finder.toks[i].is_word and finder.toks[i].end <= m.start)
    return m if before <= CUT_HEAD_WORDS else None


def function_words_only(finder: SpeakerFinder, ref: SpeakerRef) -> bool:
    """"وقال بهذا"، "وأكد أيضا": is an unlinked span made of function words, adverbs and numbers
    only, with not one word that could name anyone?"""
    lex = finder.lex
    span = [finder.toks[i] for i in span_tokens(finder, ref)]
    if any(t.text == ALI or t.key in DEMONSTRATIVES for t in span):
        return False  # "وأشار هؤلاء": a demonstrative subject points back to someone, left to the rules
    for t in span:
        if not t.is_word:
            continue
        if "\u064b" in t.text:
            continue  # "كثيراً"، "يوماً": an accusative with tanween is an adverb or an object, no subject
        if any(st in NO_SPEAKER_WORDS and t.key[: len(t.key) - len(st)] in CLITICS for _, st in t.splits):
            continue
        if lex.is_stop(t) or any(lex.has(kind, t, CLITICS) for kind in FUNCTION_KINDS):
            continue
        return False
    return True


def words_said_from(finder: SpeakerFinder, win: StatementWindow, cand: QuoteCandidate) -> int:
    """Where the statement's own words begin, past its speaker's introduction (for
    `named_only_in_statement`, the same for every actor of the window)."""
    lo = max(cand.start, win.cue_end)
    colon = finder.text.find(":", lo, min(cand.end, lo + INTRODUCTION_CHARS))
    if colon >= 0:
        return colon + 1  # "قال عنه «فلان»، رئيس الوزراء: «...»": before the colon, who says the words
    if not finder.text[win.cue_end : cand.start].strip():
        # "كشف عن هذا المخطط الرئيس التنفيذي فلان، الذي أبلغ ... أن": a span that opens right at
        # the verb holds its subject too; the words said begin after the complementiser
        lex, toks = finder.lex, finder.toks
        for i in range(finder.tok_at(lo), min(finder.tok_at(cand.end), len(toks))):
            if toks[i].is_word and lex.is_comp(toks[i]):
                return toks[i].end
    return lo


def named_only_in_statement(finder: SpeakerFinder, win: StatementWindow, cand: QuoteCandidate,
                             mentions: list[MentionRef], said_from: int) -> bool:
    """"القوات الأميركية التي قالت للصحافيين إن طالبان ...": is an actor named in the statement's
    own words after the cue (from `said_from`: `words_said_from`), and nowhere in the cue's
    sentence or the one before outside them?
    What a statement is about is not who says it, and its mention there would pass for a subject
    after the verb: such an actor is no candidate (unless the rules chose it or it spoke before,
    kept apart by the caller). A mention before the cue, after the statement's words, or in the
    sentence before keeps it; one two sentences back, the window's edge, does not."""
    if cand.end <= said_from:
        return False
    si = win.sent_index
    near = finder.sents[si - 1].start if si > 0 and finder.sents else win.sentence_start
    inside = False
    for r in mentions:
        if said_from <= r.start and r.end <= cand.end:
            inside = True
        elif r.end > near:
            return False
    return inside


def name_words(finder: SpeakerFinder) -> frozenset[str]:
    """The match keys of the words of every name the document's entities are mentioned by."""
    # each distinct word once: a name is mentioned many times, its words folded once
    return frozenset(map(match_key, {w for e in finder.entities.values() for m in e.mentions if m.kind == "name"
                                     for w in m.text.split() if len(w) > 2}))
