"""A subject standing before its reporting verb in the same clause ("والوزارة أكدت التزامها بأن"،
"الوزير أعلن استمرار الدعم وأن"، "وزير الصحة أكد أهمية أن"): the verb agrees with it, so the words
right after the verb are its object or the content it announces, not a second subject. The search
for a subject after the verb reads those words as an unknown name; this module finds the noun
phrase before the verb instead, when one opens the clause and runs right up to the verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.layers.quotes.antecedents import RELATIVE_KEYS
from marsad.layers.quotes.attribution import PERFECT_PARTICLES, TITLE_PREFIXES
from marsad.layers.quotes.preverbal_subjects import DESCRIPTION_TOKENS, OPENER_TOKENS, SUBJECT_HEADS

if TYPE_CHECKING:
    from marsad.document import SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speech_lexicon import Cue

# "الهيئة نفسها أكدت": an emphatic pronoun closing the subject, right before the verb
SELF_WORDS = frozenset(match_key(w) for w in ("نفسه", "نفسها", "نفسهم", "ذاته", "ذاتها", "أنفسهم"))
RELATIVE_TOKENS = 8  # "الذي فجر القضية في الصحف": the longest relative clause read before the verb
# "وأن هذه البيانات أظهرت": a demonstrative opening the subject
DEMONSTRATIVE_KEYS = frozenset(match_key(w) for w in ("هذا", "هذه", "وهذا", "وهذه", "تلك", "وتلك", "ذلك", "وذلك"))
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")  # match keys of object pronouns joined to a verb
CLAUSE_MARKS = frozenset("،,:؛;-–")  # punctuation that closes the clause before the subject
# words a speaker span opens with when it names someone: after the verb these are its subject
NAMING_HEADS = (*SUBJECT_HEADS, "honorific", "speech_noun", "pronoun")


def names_nobody(finder: SpeakerFinder, sp: SpeakerRef) -> bool:
    """True when the subject found after a verb is plain words: no entity, and its first word is no
    title, body, outlet, document or honorific that would open a speaker's description."""
    if sp.entity is not None:
        return False
    tok = finder.toks[finder.token_holding(sp.start)]
    return not any(finder.lex.has(kind, tok, TITLE_PREFIXES) for kind in NAMING_HEADS)


def fronted_subject(finder: SpeakerFinder, i: int, cue: Cue) -> SpeakerRef | None:
    """The subject standing right before the reporting verb at token i in its own clause: a named
    person or body ending at the verb, or a noun phrase opening the clause (at the sentence start,
    after a comma, after a particle such as "لكن", or joined by "و") and reaching the verb."""
    if cue.prefix[:1] in ("و", "ف"):
        return None  # "... وأكدت": the verb opens a clause of its own
    toks, lex = finder.toks, finder.lex
    if toks[i].key.endswith(OBJECT_SUFFIXES) and not match_key(cue.lemma).endswith(OBJECT_SUFFIXES):
        return None  # "ومصدر رزق وصفه التجار بـ": the noun before is the object the pronoun resumes
    lo, _ = finder.sent_tok_range(finder.sent_of(toks[i].start))
    openers = lex.words.get("subject_opener", frozenset())
    sp = finder.subject_before(i)
    if sp is not None:
        # "وكان خامنئي قال"، not "... من عناصر الجيش طالب أعضاء": the name opens its clause
        k = finder.token_holding(sp.start)
        joined = sp.start > toks[k].start and toks[k].text.startswith("و")  # "وخامنئي قال"
        return sp if joined or _opens_clause(finder, openers, lo, k) else None
    end = i
    while end - 1 > lo and (toks[end - 1].key in PERFECT_PARTICLES or toks[end - 1].key in SELF_WORDS):
        end -= 1
    end = _before_relative_clause(finder, lo, end)
    for s in range(end - 1, max(lo, end - DESCRIPTION_TOKENS) - 1, -1):
        t = toks[s]
        if not t.is_word or lex.is_stop(t) or lex.is_comp(t) or lex.cue(t) is not None:
            return None  # a preposition, a particle or another verb stands between
        head = s + 1 if t.key in DEMONSTRATIVE_KEYS and s + 1 < end else s  # "هذه الدراسة"
        if finder.mention_at_token(head) is None \
                and not any(lex.has(kind, toks[head], TITLE_PREFIXES) for kind in SUBJECT_HEADS):
            continue  # only a person, a body, an outlet or a document speaks ("التذكير يفيد" does not)
        if s > lo and toks[s - 1].key in DEMONSTRATIVE_KEYS:
            continue  # "هذه الدراسة": the phrase opens with the demonstrative
        if not (_opens_clause(finder, openers, lo, s) or t.key.startswith("وال")):
            continue
        sp = finder.subject_after(head, end)
        if sp is not None and sp.end >= toks[end - 1].start:
            return sp
    return None


def named_heads(finder: SpeakerFinder, sp: SpeakerRef) -> bool:
    """True when a subject before the verb opens with a title, a body or an honorific ("والمدير
    أرجع ..."، "والشركة أرجعت ..."): a person or a body speaks, as after the verb."""
    tok = finder.toks[finder.token_holding(sp.start)]
    return any(finder.lex.has(kind, tok, TITLE_PREFIXES) for kind in ("title", "org_head", "honorific"))


def _before_relative_clause(finder: SpeakerFinder, lo: int, end: int) -> int:
    """"والموظف الذي فجر القضية أرجع": where a relative clause describing the subject, ending
    right before the verb (token `end`), opens; `end` itself when there is none. A clause holding
    punctuation or a reporting verb of its own is not read through."""
    toks, lex = finder.toks, finder.lex
    for s in range(end - 1, max(lo, end - RELATIVE_TOKENS) - 1, -1):
        t = toks[s]
        if not t.is_word or lex.cue(t) is not None:
            return end
        if t.key in RELATIVE_KEYS:
            return s if s > lo and s + 1 < end else end
    return end


def _opens_clause(finder: SpeakerFinder, openers: frozenset[str], lo: int, s: int) -> bool:
    """Does token s open a clause: first in its sentence (from token lo), after punctuation, after
    "أن"/"إن", after "كان" ("وكان خامنئي قال") or after a particle such as "لكن"؟"""
    toks, lex = finder.toks, finder.lex
    if s <= lo or toks[s - 1].text in CLAUSE_MARKS:
        return True
    prev = toks[s - 1]
    return lex.is_comp(prev) or lex.has("auxiliary", prev, TITLE_PREFIXES) or any(
        s - n >= lo and " ".join(x.key for x in toks[s - n : s]) in openers for n in range(1, OPENER_TOKENS + 1))
