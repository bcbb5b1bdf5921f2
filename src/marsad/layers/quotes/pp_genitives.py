"""A name in the genitive of a noun that a preposition governs ("شكرهم لحكومة خادم الحرمين
الشريفين"، "عن جهود وزير الصحة فلان"، "عن زيارة الرئيس X"): it is inside a phrase, no subject of
its sentence, so no one a subjectless reporting verb of the next sentence goes on with.

`SpeakerFinder.in_pp` reads a preposition right before the name; this reads one a noun further,
where the name is the noun's owner."""

from __future__ import annotations

from marsad.document import SpeakerRef
from marsad.layers.dates.tense import verb_shaped
from marsad.layers.quotes.attribution import TITLE_PREFIXES, SpeakerFinder, pp_prefix

GOVERNING_PREPOSITIONS = frozenset({"عن", "في", "من", "على", "علي", "الى", "مع", "حول", "ل", "لـ", "ب", "خلال", "لدى", "لدي"})
TITLE_WORDS = 2  # "الرئيس"، "الأمير الدكتور": title words left out of a name before it
CLAUSE_OPENERS = frozenset({"ثم", "بينما", "فيما", "حيث", "كما", "لكن", "ولكن"})  # match keys
PHRASE_GAP_TOKENS = 8  # "وسمو ولي عهده الأمين نائب رئيس": titles between two names of one phrase
MIN_NOUN_CHARS = 4  # "حكومه"، "جهود": a noun's stem after its proclitic; "بحث"، "لفت" are verbs


def named_only_inside_phrases(finder: SpeakerFinder, entity: str, start: int, end: int) -> bool:
    """Is the entity named first in [start, end), and every mention there inside a phrase: the
    owner of a noun a preposition governs, or a name after such an owner in the same sentence with
    no verb between them (in apposition to its title, "لحكومة خادم الحرمين الشريفين الملك فلان",
    or joined to it, "لمقام خادم الحرمين ... وسمو ولي عهده الأمير فلان")?"""
    if any(r.entity.id == entity for r in finder.mentions_between(0, start)):
        return False  # named before too: the story may have been about him all along
    rs = sorted(finder.mentions_between(start, end), key=lambda r: r.start)
    if not any(r.entity.id == entity for r in rs):
        return False
    phrase_end = -1  # where the last phrase holding a name ends, while it goes on
    for r in rs:
        if phrase_end >= 0 and (finder.sent_of(r.start) != finder.sent_of(phrase_end) or _verb_between(finder, phrase_end, r.start)):
            phrase_end = -1
        if genitive_in_pp(finder, finder.ref(r)) or phrase_end >= 0:
            phrase_end = max(phrase_end, r.end)
        elif r.entity.id == entity:
            return False
    return True


def _verb_between(finder: SpeakerFinder, start: int, end: int) -> bool:
    """A verb, a reporting word or a clause opener between two offsets: a clause of its own starts
    ("نشرت في مجلة X قام بها أطباء من Y": Y is no longer in the phrase). Titles, honorifics and
    names ("وسمو ولي عهده الأمين نائب رئيس ...") go on with it."""
    lex = finder.lex
    lo, hi = finder.tok_at(start), finder.tok_at(end)
    if hi - lo > PHRASE_GAP_TOKENS:
        return True  # too far to be the same chain of names and titles
    for k in range(lo, hi):
        t = finder.toks[k]
        if lex.cue(t) is not None or lex.is_comp(t) or t.key in CLAUSE_OPENERS:
            return True
        if t.is_word and verb_shaped(t.key) and not t.key.startswith(("ال", "وال")) and finder.covering(k) is None \
                and not any(lex.has(kind, t, TITLE_PREFIXES) for kind in ("title", "honorific", "org_head")):
            return True
    return False


def genitive_in_pp(finder: SpeakerFinder, sp: SpeakerRef) -> bool:
    """Is the span the owner of a noun governed by a preposition, joined ("لحكومة") or written
    apart ("عن زيارة")?"""
    toks, lex = finder.toks, finder.lex
    i = finder.token_holding(sp.start)
    if i < 1 or toks[i].start < sp.start:
        return False  # the name starts inside a token: its clitics are `in_pp`'s to read
    first = i
    while i > 1 and first - i < TITLE_WORDS and toks[i - 1].is_word and toks[i - 1].key.startswith("ال") \
            and any(lex.has(kind, toks[i - 1], TITLE_PREFIXES) for kind in ("title", "honorific")):
        i -= 1  # "لحكومة الرئيس فلان": the title the entity layer left out of the name
    noun = toks[i - 1]
    if not noun.is_word or noun.key.startswith(("ال", "وال")) or finder.covering(i - 1) is not None \
            or lex.is_stop(noun) or lex.is_comp(noun) or lex.cue(noun) is not None \
            or finder.sent_of(noun.start) != finder.sent_of(sp.start):
        return False
    for _, stem in noun.splits[1:]:
        prefix = noun.key[: len(noun.key) - len(stem)]
        if pp_prefix(prefix) and len(stem) >= MIN_NOUN_CHARS and not stem.startswith("ال") and not verb_shaped(stem):
            return True  # "لحكومة خادم الحرمين"
    if i < 2 or verb_shaped(noun.key) and not noun.key.endswith("ه"):
        return False
    prep = toks[i - 2]
    return prep.is_word and prep.key in GOVERNING_PREPOSITIONS  # "عن جهود وزير الصحة"
