"""A sentence opened by the topic of what is said: "وعن خطته للموسم المقبل قال: ..."، "وحول
علاقته بالمدرب فلان أجاب بأن ...". The phrase before the verb is what the question was about, not
who answered it: the verb has no subject of its own and goes on with the last speaker (in an
interview, the interviewee), whatever persons or bodies the topic names ("وعن تعاونها مع الراحلة
فلانة قالت"). Interviews and long profiles print their answers this way, one topic a paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key

if TYPE_CHECKING:
    from marsad.arabic.tokens import Token
    from marsad.layers.quotes.attribution import SpeakerFinder

# words of aboutness that open such a sentence, the first one alone or after "و"/"ف": a
# preposition ("وعن"، "وحول"، "وبخصوص") or a phrase answering or commenting on something ("وردا
# على"، "وفي رده على"، "وفيما يتعلق بـ"); together ~1.7% of SaudiNewsNet articles open a sentence so
TOPIC_OPENERS = tuple(tuple(match_key(w) for w in phrase.split()) for phrase in (
    "عن", "عما", "حول", "بشأن", "بخصوص", "فيما يتعلق", "ردا على", "في رده على", "في ردها على"))
TOPIC_CONJUNCTIONS = ("", "و", "ف")
NARRATED_FROM = frozenset({"عن", "وعن"})  # "عن" right before a person: who the words come from
KUNYA_WORDS = frozenset(match_key(w) for w in ("أبي", "أبو", "ابن", "أم", "عبد"))  # "عن أبي هريرة"، "عن ابن عمر"
TOPIC_TOKENS = 45          # a topic phrase longer than this is no fronted topic but a clause of its own
VERB_FORMS = frozenset({"past", "present"})  # "قال"، "أجابت"، "يقول": the verb that answers


def topic_fronted(finder: SpeakerFinder, si: int, cue: int | None) -> bool:
    """Does sentence si open with a topic phrase ("وعن ...") running up to the finite reporting
    verb at token `cue`, with no other reporting word between them?"""
    if cue is None:
        return False
    lo, _ = finder.sent_tok_range(si)
    toks, lex = finder.toks, finder.lex
    if not lo + 1 < cue <= lo + TOPIC_TOKENS or not toks[lo].is_word:
        return False
    own = lex.cue(toks[cue])
    if own is None or own.form not in VERB_FORMS or own.prefix not in TOPIC_CONJUNCTIONS:
        return False
    if not any(_opens_with(toks, lo, cue, opener) for opener in TOPIC_OPENERS):
        return False
    if toks[lo].key in NARRATED_FROM and (toks[lo + 1].key in KUNYA_WORDS or (
            (r := finder.mention_at_token(lo + 1)) is not None and r.entity.type == "PER")):
        return False  # "عن أبي هريرة قال"، "وعن فلان قال": a chain of narration, the narrator speaks
    # "وعن ذلك أكد الوزير أن"، "وعن تصريحات الوزير قال": another verb of speech in between is a
    # clause of its own; a noun of speech ("تصريحات") is part of the topic
    return not any((c := lex.cue(toks[k])) is not None and c.form != "masdar" for k in range(lo + 1, cue))


def _opens_with(toks: list[Token], lo: int, cue: int, opener: tuple[str, ...]) -> bool:
    """Do the words from token lo on (before the verb at `cue`) read `opener`, its first word maybe
    after "و"/"ف" and its last maybe joined to "بـ" ("فيما يتعلق بعقده")?"""
    if lo + len(opener) > cue:
        return False
    first = toks[lo].key
    if not any(first == c + opener[0] for c in TOPIC_CONJUNCTIONS):
        return False
    return all(toks[lo + n].key == w or n == len(opener) - 1 and toks[lo + n].key.startswith(w)
               and toks[lo + n].key[len(w):] in ("ب", "")
               for n, w in enumerate(opener[1:], start=1))
