"""A headline's speaker described, not named ("خبير: ..."، "باحثة سعودية: ..."، "رئيس مجلس الأمة
بالإنابة: ..."): the person the body's first paragraph names as the subject of a reporting verb.

News headlines of the form "Speaker: words" often give the speaker by a title word alone (an
indefinite profession, or a post held in a body) and name him in the lead ("أكد الدكتور فلان
أستاذ ..."، "وقالت الأكاديمية د. فلانة ..."). The lead's first person who speaks is then who said
the headline's words; a reporter of the byline, or a person whose verb disagrees with the
headline's word in gender, is not.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder
from marsad.layers.quotes.name_edges import TITLE_PREFIXES
from marsad.layers.quotes.patterns import HOMOGRAPH_FLAGS
from marsad.layers.quotes.reporters import byline_reporters

FEMININE_ENDING = "ه"  # match key of a feminine title word ("باحثة" -> "باحثه")
NAME_MIN_WORDS = 2  # "الطيب البكوش": a given name and a family name at least
# lexicon kinds of words that make a subject a description, a body or a thing, not a name
NOT_NAME_KINDS = ("title", "title_modifier", "org_head", "outlet", "document", "poll", "findings", "speech_noun",
                  "non_actor", "pronoun", "quantifier", "place", "time", "honorific", "pp_head")
LEAD_TOKENS = 80  # the lead's first paragraph, at most this many tokens (a long one is read no further)


def described_speaker(finder: SpeakerFinder, left: list[Token], speaker: SpeakerRef | None) -> bool:
    """Do the headline's speaker words describe a person by a title without naming him: a title
    word first, and no entity read, or only the body whose post it is ("رئيس مجلس الأمة:")?"""
    if not left or not finder.lex.has("title", left[0], TITLE_PREFIXES):
        return False
    if speaker is None or speaker.entity is None:
        return True
    entity = finder.entities.get(speaker.entity)
    return entity is not None and entity.type == "ORG" and speaker.start > left[0].start


def lead_person(finder: SpeakerFinder, head: Token) -> SpeakerRef | None:
    """The first person named as the subject of a reporting verb in the body's first paragraph,
    agreeing in gender with the headline's title word `head`."""
    toks, lex = finder.toks, finder.lex
    body = finder.tok_at(finder.doc.body_start)
    if body >= len(toks):
        return None
    paragraph = finder.paragraph_of(toks[body].start)
    reporters = byline_reporters(finder)
    feminine = head.key.endswith(FEMININE_ENDING)
    for k in range(body, min(body + LEAD_TOKENS, len(toks))):
        t = toks[k]
        if finder.paragraph_of(t.start) != paragraph:
            break
        cue = lex.cue(t) if t.is_word else None
        if cue is None or cue.form in ("masdar", "participle") or cue.flags & HOMOGRAPH_FLAGS:
            # "مؤكدين أن": what follows a participle is no subject; "بين البلدين": a homograph
            continue
        if cue.gender is not None and (cue.gender == "f") != feminine:
            continue  # "قالت" is no man's verb, "قال" no woman's
        _, hi = finder.sent_tok_range(finder.sent_of(t.start))
        ref = finder.subject_after(k + 1, hi)
        if ref is None:
            continue
        entity = finder.entities.get(ref.entity) if ref.entity else None
        if entity is not None and entity.type == "PER" and entity.id not in reporters \
                or entity is None and _plain_name(finder, ref):
            return ref
    return None


def _plain_name(finder: SpeakerFinder, ref: SpeakerRef) -> bool:
    """An unlinked subject of two or more plain words ("اعتبر الطيب البكوش"), none of them a
    title, a body's head or another word the lexicon knows: a name the entity layer missed."""
    i0, i1 = finder.tok_at(ref.start), finder.tok_at(ref.end)
    words = finder.toks[i0:i1]
    if len(words) < NAME_MIN_WORDS or not all(t.is_word for t in words):
        return False
    lex = finder.lex
    return not any(lex.has(kind, t, TITLE_PREFIXES) for t in words for kind in NOT_NAME_KINDS) \
        and not any(lex.is_stop(t) or lex.cue(t) is not None for t in words)
