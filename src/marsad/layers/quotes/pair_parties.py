"""The first of two parties for "وأكد الجانبان"، "وأكد البلدان": a dual noun as a reporting verb's
subject speaks for two parties the article has just named together ("بين المملكة والأردن"،
"كل من فلان وفلان"). The output has one speaker per statement; the first party named stands for
both (the gold gives either of the two), as nobody would leave a statement the text attributes.

The two parties are two mentions of the same kind joined by "و" alone ("المملكة والأردن"), the
last such pair in the verb's sentence before it or in the one or two sentences before that, which
stands as two sides: after "بين"، "تربط"، "جمع" or "كل من", or opening its sentence ("أوباما
وأردوغان يبحثان"). Two named as a verb's object ("زار تشاد والنيجر") or inside a phrase ("نقل
تحيات الملك فلان والأمير فلان") are not the sides that met. A dual
of persons ("الرئيسان"، "الوزيران") wants two persons, one of countries ("البلدان") two places; the
others ("الجانبان"، "الطرفان") any two of one kind. No pair there: the statement stays unnamed.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder
from marsad.layers.quotes.document_index import MentionRef
from marsad.lexicons.loader import keyed

PAIR_SUBJECTS = keyed("quote_words.tsv", "pair_subject", match_key)
# the duals that name two persons or two countries; any other pair word takes two of any one kind
PERSON_PAIRS = keyed("pair_parties.tsv", "person_pair", match_key)
COUNTRY_PAIRS = keyed("pair_parties.tsv", "country_pair", match_key)
PAIR_OPENERS = keyed("pair_parties.tsv", "pair_opener", match_key)  # "بين"، "تربط"، "جمع"
EACH_OF = (match_key("كل"), match_key("من"))  # "كل من فلان وفلان"
PARTY_TYPES = ("PER", "ORG", "LOC")
SENTENCES_BACK = 4  # the pair is named in the verb's sentence or in the four before it
JOINER = "و"


def first_of_pair(finder: SpeakerFinder, speaker: SpeakerRef | None, cue_tok: int | None) -> SpeakerRef | None:
    """The first party of the pair a dual subject (`speaker`, right after the verb at `cue_tok`)
    speaks for, or None when it is no such subject or no pair is named before it."""
    if speaker is None or speaker.entity is not None or cue_tok is None:
        return None
    toks = finder.toks
    first = finder.tok_at(speaker.start)
    if first >= len(toks) or first != cue_tok + 1 or toks[first].start != speaker.start \
            or toks[first].end != speaker.end or toks[first].key not in PAIR_SUBJECTS:
        return None
    key = toks[first].key
    types = ("PER",) if key in PERSON_PAIRS else ("LOC",) if key in COUNTRY_PAIRS else PARTY_TYPES
    sent = finder.sent_of(toks[cue_tok].start)
    lo = finder.sents[max(0, sent - SENTENCES_BACK)].start
    mentions = [r for r in finder.mentions_between(lo, toks[cue_tok].start)
                if r.entity.type in types and r.entity.id not in finder.source_entities]
    for a, b in reversed(list(zip(mentions, mentions[1:], strict=False))):
        if _joined(finder, a, b):
            return finder.ref(a)
    return None


def _joined(finder: SpeakerFinder, a: MentionRef, b: MentionRef) -> bool:
    """Two different entities of one kind with nothing but "و" between them ("المملكة والأردن"),
    named as two sides."""
    if a.entity is b.entity or a.entity.type != b.entity.type or finder.text[a.end : b.start].strip() != JOINER:
        return False
    toks = finder.toks
    k = finder.token_holding(a.start)
    if k == finder.sent_tok_range(finder.sent_of(a.start))[0]:
        return True
    if k >= 1 and toks[k - 1].key in PAIR_OPENERS:
        return True
    return k >= 2 and (toks[k - 2].key, toks[k - 1].key) == EACH_OF
