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
    from marsad.layers.quotes.attribution import SpeakerFinder

# prepositions of aboutness that open such a sentence, alone or after "و"/"ف"
TOPIC_PREPOSITIONS = frozenset(match_key(w) for w in ("عن", "عما", "حول", "بشأن"))
TOPIC_CONJUNCTIONS = ("", "و", "ف")
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
    key = toks[lo].key
    if not any(key == c + p for c in TOPIC_CONJUNCTIONS for p in TOPIC_PREPOSITIONS):
        return False
    # "وعن ذلك أكد الوزير أن"، "وعن تصريحات الوزير قال": another verb of speech in between is a
    # clause of its own; a noun of speech ("تصريحات") is part of the topic
    return not any((c := lex.cue(toks[k])) is not None and c.form != "masdar" for k in range(lo + 1, cue))
