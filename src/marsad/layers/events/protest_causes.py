"""Whom a protest set off by a reported act is against, read by the events layer with
`unnamed=True`: a clause telling what a side did, then "مما دعا"، "ما أثار"، "الأمر الذي دفع" and
the protest it led to ("منع المسلحون الموظفين من دخول الميناء، مما دعا العمال إلى الإضراب"): the
protest names nothing it is against, and the side whose act set it off, the subject of the clause
before, is its target."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.sentences import Sentence
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.clauses import _span
from marsad.layers.events.mention_positions import _word_index
from marsad.layers.events.protest_targets import AUTHORITY_SECTORS
from marsad.layers.events.words import _Mention, _strip_conjunction
from marsad.lexicons import loader

# "ما"/"مما" and "الأمر الذي" before a verb of causing open a clause telling what the act before led to
_WHAT = frozenset(match_key(w) for w in ("مما", "ما"))
_THE_MATTER = frozenset(match_key(w) for w in ("الأمر", "الامر"))
_WHICH = match_key("الذي")
CAUSED = loader.keyed("protest_cues.tsv", "caused", match_key)
# words after which the subject of a clause begins ("إلا أن المسلحين منعوا"، "عندما رفضت الحكومة")
_OPENERS = frozenset(match_key(w) for w in (
    "أن", "ان", "إن", "عندما", "حينما", "بعدما", "لما", "حيث", "إذ", "اذ"))
# the pronoun that takes up the act before "ما" ("وهو ما أثار")
_IT = frozenset(match_key(w) for w in ("هو", "هي"))
# how many words the protest may stand after the verb of causing ("مما دفع مئات العمال إلى ...")
CAUSE_REACH = 14
# the sectors of an unnamed side whose act may be protested: bodies that act on others, armed men,
# a company ("منع المسلحون"، "فصلت الشركة العمال")
_ACTING = AUTHORITY_SECTORS | frozenset(("REB", "UAF", "CRM", "BUS"))
# the entity types of a side whose act is protested (a capital stands for its state: "أعادت بانكوك")
_SIDE_TYPES = frozenset(("PER", "ORG", "GPE", "LOC", "NORP"))


def caused_target(doc: Document, words: list[Token], sent: Sentence, mentions: list[_Mention]) -> None:
    """A protest of the sentence with no target, told as what an act led to, is against the
    side the clause before names as doing it."""
    events = [e for e in doc.events[-12:] if e.type == "PROTEST" and e.start == sent.start
              and e.target_span is None and e.trigger]
    if not events:
        return
    for c in range(1, len(words) - 2):
        verb = _caused_at(words, c)
        if verb is None:
            continue
        side = _doer_before(doc, words, c, mentions)
        if side is None:
            continue
        reach_end = words[min(len(words) - 1, verb + CAUSE_REACH)].end
        for e in events:
            at = doc.text.find(e.trigger, words[verb].end, sent.end)
            if at < 0 or at >= reach_end or e.target_span is not None:
                continue
            if e.actor_span is not None and match_key(e.actor_span.text) == side.key:
                continue  # who did the act is not against itself
            e.target_span, e.target_sector = _span(doc, side), side.sector
            e.target = side.entity


def _caused_at(words: list[Token], c: int) -> int | None:
    """The index of the verb of causing when "مما دعا" or "الأمر الذي دفع" starts at index c."""
    key = _strip_conjunction(words[c].key)
    if key in _WHAT and words[c + 1].key in CAUSED:
        return c + 1
    if key in _THE_MATTER and words[c + 1].key == _WHICH and words[c + 2].key in CAUSED:
        return c + 2
    return None


def _doer_before(doc: Document, words: list[Token], c: int, mentions: list[_Mention]) -> _Mention | None:
    """The subject of the clause right before index c, when it is a named side or a body that acts
    on others ("منع المسلحون ..."، "إلا أن بانكوك أعادت ..."): its first word, or the one after
    the clause's verb; not a place in a phrase ("في البلدة") nor protesters."""
    end = c
    if end > 1 and _strip_conjunction(words[end - 1].key) in _IT:
        end -= 1  # "...، وهو ما أثار"
    if end > 0 and words[end - 1].kind == "punct":
        end -= 1  # "...، مما دعا"
    start = end
    while start > 0 and words[start - 1].kind != "punct":
        start -= 1
        if _strip_conjunction(words[start].key) in _OPENERS:
            start += 1
            break
    if end - start < 2:
        return None
    for m in mentions:
        if not (words[start].start <= m.start < words[min(end - 1, start + 1)].end):
            continue
        k = _word_index(words, m.start)
        if doc.text[words[k].start : m.start] not in ("", "و", "ف"):
            continue  # a mention after a preposition joined to it ("بالحكومة"، "للشرطة")
        if m.protester or k > start and not _verb_like(words[start]):
            return None
        entity = doc.entity(m.entity) if m.entity is not None else None
        if entity is not None and entity.type in _SIDE_TYPES or entity is None and m.sector in _ACTING:
            return m
        return None
    return None


# words that are no verb opening a clause ("في"، "على"، "من"، "منذ")
_NOT_VERBS = frozenset(match_key(w) for w in (
    "في", "على", "من", "منذ", "إلى", "الى", "عن", "مع", "بعد", "قبل", "خلال", "لدى", "عند"))


def _verb_like(w: Token) -> bool:
    """Whether a clause's first word may be its verb (a word with no article, not a preposition)."""
    key = _strip_conjunction(w.key)
    return w.kind == "word" and key not in _NOT_VERBS and not key.startswith("ال")
