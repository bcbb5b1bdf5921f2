"""A definite description at the verb that refers back to the person who spoke just before:
"وقال المتحدث باسم الخارجية فلان إن ... وشدد المسؤول التركي على أن ...". The article introduced
no one else with that word, so "the official" is the person whose words it gave last (GUIDE.md:
a speaker referred to only by a title in the sentence but named elsewhere is given his name).

The learned ranker leaves such a statement unnamed (its weights were fitted where "المسؤول" mostly
repeated an unnamed "مسؤول"); `source_again` keeps that case unnamed, and this rule takes only the
others: no indefinite word of the same head anywhere before (no "مسؤول" the description could
repeat), the statement right before by a linked person, in this paragraph or the one before, that
person still among the candidates (the verb's agreement and honorifics filtered them before), no
turn phrase before the verb ("من جانبه، أعرب المسؤول": someone else takes the floor), and a
relational adjective of the description ("التركي") found in a title the person was given. On 1,500
unlabelled articles it changed 2 speakers, both right. Split from `resolution`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.layers.quotes.clause_ends import TURN_PHRASES
from marsad.layers.quotes.described_speakers import SPOKESMEN
from marsad.layers.quotes.source_again import ARTICLE, SOURCE_HEADS, head_word
from marsad.layers.quotes.speaker_ranker import NOBODY

if TYPE_CHECKING:
    from marsad.document import Entity, SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.patterns import QuoteCandidate
    from marsad.layers.quotes.speaker_ranker import SpeakerOption

DESCRIPTION_WORDS = 2     # "المسؤول"، "المسؤول التركي": longer spans say more than a reference back
PARAGRAPHS_BACK = 1       # the statement before stands in this paragraph or the one before
SOUND_PLURALS = ("ون", "ين")  # match keys of "مسؤولون"، "ناشطين"
# the heads that describe one person: a spokesman ("المتحدث"، "الناطقة"), or a source word whose
# sound plural the lexicon lists beside it ("مسؤول" of "مسؤولون"); not a group ("الخبراء"،
# "المراقبون") nor a source that is no person ("المصدر", which `source_again` follows)
ONE_PERSON_HEADS = frozenset(k.removeprefix(ARTICLE) for k in SPOKESMEN) | frozenset(
    h for h in SOURCE_HEADS if any(h + p in SOURCE_HEADS for p in SOUND_PLURALS))
INDEFINITE_CLITICS = frozenset({"", "و", "ف", "ل", "ب", "ول", "وب", "فل", "فب"})
ACCUSATIVE_ENDING = "ا"   # match key of "مسؤولا": the same indefinite word as an object
NISBA = "ي"               # match key ending of a relational adjective: "التركي"، "الأمريكي"
NISBA_STEM_CHARS = 3      # "ترك" of "التركي": the shortest stem looked for
TITLE_WORDS = 8           # "الناطق بلسان الخارجية التركية فلان": a title's words before (or after) the name


def previous_speaker_described(finder: SpeakerFinder, cand: QuoteCandidate, rule: SpeakerRef | None,
                               options: list[SpeakerOption], previous: QuoteCandidate | None) -> SpeakerOption | None:
    """The option of the person who spoke in the statement right before (`previous`), when the
    rules' speaker `rule` is a short definite description opened by a word for one person, a
    spokesman or an official ("المسؤول التركي"، "المتحدث", `ONE_PERSON_HEADS`) that nothing
    earlier introduced indefinitely; None otherwise."""
    if rule is None or rule.entity is not None or previous is None or previous.speaker is None \
            or previous.speaker.entity is None or len(rule.text.split()) > DESCRIPTION_WORDS:
        return None
    head = head_word(finder, rule)
    if head is None or not head[1] or head[0] not in ONE_PERSON_HEADS:
        return None
    person = finder.entities.get(previous.speaker.entity)
    if person is None or person.type != "PER" \
            or finder.paragraph_of(cand.pos) - finder.paragraph_of(previous.pos) > PARAGRAPHS_BACK:
        return None
    if _introduced_indefinite(finder, head[0], rule.start):
        return None  # "التقى مسؤولا ... وقال المسؤول": the one introduced so, unnamed
    if _turn_before(finder, cand):
        return None  # "من جانبه، أعرب المسؤول الإماراتي": someone else takes the floor
    if not _nisba_agrees(finder, rule, person):
        return None  # "المسؤول الإماراتي" is not the Yemeni named before
    return next((o for o in options if o.key != NOBODY and o.ref is not None
                 and o.ref.entity == person.id), None)


def _introduced_indefinite(finder: SpeakerFinder, head: str, before: int) -> bool:
    """Does the head word stand without the article anywhere before `before` ("مسؤول"،
    "ومسؤولا"، "لمسؤول"): an unnamed one the description may repeat?"""
    for tok in finder.toks[: finder.tok_at(before)]:
        if not tok.is_word:
            continue
        for _, st in tok.splits:
            prefix = tok.key[: len(tok.key) - len(st)]
            if prefix in INDEFINITE_CLITICS and not st.startswith(ARTICLE) \
                    and st in (head, head + ACCUSATIVE_ENDING):
                return True
    return False


def _turn_before(finder: SpeakerFinder, cand: QuoteCandidate) -> bool:
    """Does a turn phrase ("من جانبه"، "بدوره") stand in the cue's sentence before it?"""
    if cand.cue_tok is None:
        return False
    lo, _ = finder.sent_tok_range(finder.sent_of(cand.pos))
    return any(t.key in TURN_PHRASES for t in finder.toks[lo : cand.cue_tok])


def _nisba_agrees(finder: SpeakerFinder, rule: SpeakerRef, person: Entity) -> bool:
    """"المسؤول التركي": a relational adjective in the description must have its stem ("ترك") in
    a title the person was given, among his mention's words or the few before or after it ("الناطق
    بلسان الخارجية التركية فلان"، "فلان، نائب المتحدث باسم البعثة الأمريكية"); a description
    without one agrees with anyone."""
    words = [t for t in finder.toks[finder.tok_at(rule.start) : finder.tok_at(rule.end)] if t.is_word][1:]
    stems = [t.key.removeprefix(ARTICLE)[: -len(NISBA)] for t in words
             if t.key.startswith(ARTICLE) and t.key.endswith(NISBA)]
    stems = [st for st in stems if len(st) >= NISBA_STEM_CHARS]
    if not stems:
        return True
    for m in person.mentions:
        lo, hi = finder.sent_tok_range(finder.sent_of(m.start))
        i0, i1 = finder.tok_at(m.start), finder.tok_at(m.end)
        for t in finder.toks[max(lo, i0 - TITLE_WORDS) : min(hi, i1 + TITLE_WORDS)]:
            if t.is_word and any(st.removeprefix(ARTICLE).startswith(stem) for _, st in t.splits for stem in stems):
                return True
    return False
