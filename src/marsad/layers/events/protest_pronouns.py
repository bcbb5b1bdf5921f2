"""Whom a protest against someone's act told with a pronoun is against, read by the events layer
with `unnamed=True`: "احتجاجا على زيارته"، "تنديدا بتصريحاتها" name the act by its doer's pronoun,
and the doer is the person or body the sentence named before it ("استقبل الرئيس ضيفه ...، فيما
تظاهر الطلاب احتجاجا على زيارته"): the target is that name, not the bare act."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.sentences import Sentence
from marsad.arabic.tokens import Token
from marsad.document import Document, Span
from marsad.layers.events.clauses import _span
from marsad.layers.events.mention_positions import _word_index
from marsad.layers.events.protest_targets import AUTHORITY_SECTORS
from marsad.layers.events.words import _Mention, _strip_conjunction
from marsad.lexicons import loader

# acts whose doer is who a protest against them is against ("زيارته"، "تصريحاتها"، "قراره"); not what
# is done to someone ("اعتقاله"، "مقتله": the pronoun is the victim, often the protester himself)
_DOERS_ACTS = loader.words("protest_cues.tsv", "doers_act")


def _stem(word: str) -> str:
    """A noun's key as it stands before a pronoun ending ("زيارة" -> "زيارت")."""
    key = match_key(word)
    return key[:-1] + "ت" if key.endswith("ه") else key


ACT_STEMS = frozenset(_stem(w) for w in _DOERS_ACTS)
# the pronoun endings of a doer: a man ("زيارته"), a woman or a body ("قرارها")
_HIS, _HER = "ه", "ها"
# the entity types a body's pronoun "ها" may stand for ("الحكومة ... قرارها"، "إسرائيل ... سياستها")
_BODY_TYPES = frozenset(("ORG", "GPE"))


def pronoun_target(doc: Document, words: list[Token], sent: Sentence, mentions: list[_Mention]) -> None:
    """A protest of the sentence whose target is an act with its doer's pronoun ("زيارته") is
    against the doer named before it: the nearest person (or, for "ها", body) not the protesters."""
    for e in doc.events[-12:]:
        if e.type != "PROTEST" or e.start != sent.start or e.target_span is None or e.target is not None:
            continue
        k = _word_index(words, e.target_span.start)
        key = _strip_conjunction(words[k].key)
        key = key[1:] if key[:1] in ("ب", "ل") else key
        ending = _HER if key.endswith(_HER) else _HIS if key.endswith(_HIS) else ""
        if not ending or key[: -len(ending)] not in ACT_STEMS:
            continue
        doer = _doer(doc, words, e.target_span.start, e.actor_span, mentions, ending)
        if doer is not None:
            e.target_span, e.target, e.target_sector = _span(doc, doer), doer.entity, doer.sector


def _doer(doc: Document, words: list[Token], before: int, actor: Span | None, mentions: list[_Mention],
          ending: str) -> _Mention | None:
    """The nearest side named before a position that the pronoun may stand for, past the
    protesters."""
    for m in reversed([m for m in mentions if m.end <= before]):
        if m.protester or actor is not None and m.start < actor.end and actor.start < m.end:
            continue  # who protests is not whom they protest against
        k = _word_index(words, m.start)
        prev = words[k - 1].key if k > 0 else ""
        if prev[:1] == "و" and prev.endswith(_HIS) and m.start == words[k].start:
            continue  # "وزوجته سارة": a relative of the one the pronoun stands for
        entity = doc.entity(m.entity) if m.entity is not None else None
        if entity is not None and (entity.type == "PER" or ending == _HER and entity.type in _BODY_TYPES):
            return m
        if entity is None and m.sector in AUTHORITY_SECTORS:
            return m
    return None
