"""A speaker described, then named in the next sentence: "قال عضو في حزب X إن ... . وقال فلان
القيادي بحزب X ..."، "حذرت باحثة متخصصة من ... . وقالت الأكاديمية المتخصصة د. فلانة ...".

News often opens a statement with the speaker's post or trade and names him only in the next
sentence, where a reporting verb opens it with his name and a description that repeats a word
of the first one (the party, the police, the speciality). The first statement is then his. An
indefinite description introduces someone new; a definite one ("وقال الوزير") refers back. An
unnamed source ("مصدر"، "مسؤول") is never named so: the GUIDE leaves its words unattributed, and
the person named next is often another one.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder
from marsad.layers.quotes.name_edges import TITLE_PREFIXES
from marsad.layers.quotes.patterns import QuoteCandidate

DESCRIPTION_TOKENS = 10  # a speaker's description runs at most this many tokens after the verb
NEXT_SENTENCES = 1       # the name must come in the very next sentence
STEM_PREFIXES = ("بال", "وال", "لل", "ال", "ب", "ل", "و")  # "بحزب"، "الشرطة"، "والمتخصصة"
FEMININE = "ه"  # match key of the feminine ending ("المتخصصة" -> "المتخصصه")
MIN_STEM = 3
ARTICLE = "ال"
DEFINITE_KEYS = ("ال", "وال", "فال", "بال", "لل")


def described_then_named(finder: SpeakerFinder, cands: list[QuoteCandidate]) -> None:
    """Give a statement whose speaker is described by a title the person the next sentence names
    with a description sharing one of its words (`cands` resolved; changed in place)."""
    toks, lex = finder.toks, finder.lex
    named: dict[int, QuoteCandidate] = {}
    for d in cands:
        if d.cue_tok is None or d.speaker is None or not d.speaker.entity:
            continue
        entity = finder.entities.get(d.speaker.entity)
        lo, _ = finder.sent_tok_range(finder.sent_of(toks[d.cue_tok].start))
        if entity is not None and entity.type == "PER" and d.cue_tok == lo and d.speaker.start > toks[d.cue_tok].end:
            named.setdefault(finder.sent_of(toks[d.cue_tok].start), d)
    if not named:
        return
    for c in cands:
        if c.cue_tok is None or c.cue_tok + 1 >= len(toks) or toks[c.cue_tok].start < finder.doc.body_start:
            continue
        head = toks[c.cue_tok + 1]
        if not head.is_word or not lex.has("title", head, TITLE_PREFIXES) \
                or lex.has("speech_noun", head, TITLE_PREFIXES) or _definite(head):
            continue  # "وقال الوزير": a definite title refers back to someone already introduced
        if c.speaker is not None and c.speaker.entity and c.speaker.start <= head.end and head.start < c.speaker.end:
            continue  # the rules linked the description itself
        if _names_own_person(finder, c.cue_tok + 1):
            continue  # "قال المحلل السياسي فلان"، "الوزير" taken for a minister: a person already
        si = finder.sent_of(toks[c.cue_tok].start)
        d = next((named[s] for s in range(si + 1, si + 1 + NEXT_SENTENCES) if s in named), None)
        if d is None or d is c or not _same_gender(c, d):
            continue
        if not _stems(finder, c.cue_tok + 1) & _stems(finder, d.cue_tok + 1):
            continue
        old = c.speaker
        if old is not None and old.entity == d.speaker.entity:
            continue
        ref = SpeakerRef(d.speaker.entity, d.speaker.start, d.speaker.end, d.speaker.text)
        for e in cands:
            # the statement, and those that went on with its described speaker ("مؤكدة أن")
            if e is c or old is not None and e.speaker is not None and e.speaker.entity == old.entity \
                    and (e.speaker.start, e.speaker.end) == (old.start, old.end):
                e.speaker = ref


def _phrase(finder: SpeakerFinder, k: int) -> list[Token]:
    """The tokens of the speaker's description starting at token k, up to the statement's
    complementiser, a punctuation mark or a reporting word."""
    out = []
    for t in finder.toks[k : k + DESCRIPTION_TOKENS]:
        if not t.is_word or finder.lex.is_comp(t) or finder.lex.cue(t) is not None:
            break
        out.append(t)
    return out


def _names_own_person(finder: SpeakerFinder, k: int) -> bool:
    """Does the description at token k hold a person's mention of its own: one not after a
    preposition ("المحلل السياسي فلان"، "الوزير"), not one it only relates to ("عضو في حزب
    الرئيس فلان"، "قائد موال للرئيس فلان")?"""
    phrase = _phrase(finder, k)
    if not phrase:
        return False
    for r in finder.mentions_between(phrase[0].start, phrase[-1].end):
        if r.entity.type != "PER" or finder.in_pp(r):
            continue
        if not any(finder.lex.is_stop(t) for t in phrase if t.end <= r.start):
            return True
    return False


def _definite(t: Token) -> bool:
    """"الوزير"، "والمدير": the article after any proclitic."""
    return any(st.startswith(ARTICLE) for _, st in t.splits) or t.key.startswith(DEFINITE_KEYS)


def _same_gender(c: QuoteCandidate, d: QuoteCandidate) -> bool:
    return c.gender is None or d.gender is None or c.gender == d.gender


def _stems(finder: SpeakerFinder, k: int) -> set[str]:
    """The stems of the content words of the speaker's description starting at token k (not its
    titles nor the names in it)."""
    lex = finder.lex
    out: set[str] = set()
    for t in _phrase(finder, k):
        person = finder.covering(finder.tok_at(t.start))
        if person is not None and person.entity.type == "PER":
            continue  # a name is no description ("عبد" of two names alike)
        if lex.is_stop(t) or any(lex.has(kind, t, TITLE_PREFIXES) for kind in ("honorific", "title", "title_modifier")):
            continue  # two posts alike ("رئيس ...") are no sign of one person; the body or trade is
        out.add(_stem(t))
    return {s for s in out if len(s) >= MIN_STEM}


def _stem(t: Token) -> str:
    key = t.key
    for p in STEM_PREFIXES:
        if key.startswith(p) and len(key) - len(p) >= MIN_STEM:
            key = key[len(p):]
            break
    return key.removesuffix(FEMININE)
