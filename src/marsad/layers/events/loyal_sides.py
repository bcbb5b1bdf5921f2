"""A side loyal to another ("المسلحون الموالون للتنظيم"، "مسلحون موالون لتنظيم داعش"، "القوات
التابعة للحكومة"): whom it serves, named after ل, is of the same camp. The actor reaches over it (a
reader names the side "the fighters loyal to X"), and it is no target of the actor's act: the target
is what follows it, if anything in the same clause."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.clauses import _named_or_bare
from marsad.layers.events.mention_positions import _locative, _word_index
from marsad.layers.events.words import CLAUSE_WORDS, _Mention, _strip_conjunction
from marsad.lexicons import loader

LOYAL = loader.keyed("event_words.tsv", "loyal", match_key)
# how many words after whom the side serves its act's object may stand ("نقطة للجيش"، "بقذائف مواقع")
OBJECT_REACH = 4
# how many definite words an indefinite served noun governs ("لحلف الشمال الأطلسي")
GENITIVE_REACH = 3


def _served(doc: Document, words: list[Token], actor: _Mention, mentions: list[_Mention]) -> _Mention | None:
    """Whom a side serves: the participant after "ل" on the word after the loyal adjective, which
    ends the side or follows it right away."""
    last = _word_index(words, actor.end - 1)
    x = last if _strip_conjunction(words[last].key) in LOYAL else last + 1
    if x >= len(words) or words[x].key not in LOYAL or x + 1 >= len(words):
        return None
    nxt = words[x + 1]
    if nxt.kind != "word" or not nxt.key.startswith("ل") or len(nxt.key) < 4:  # "لها": a pronoun
        return None
    served = _named_or_bare(doc, words, x + 1, mentions)
    if served is not None and served.entity is None:
        # a bare noun is the word after ل with the definite words after it, its genitives or its
        # adjectives ("لحلف الشمال الأطلسي"، "للحزب الحاكم"): "للحكومة مواقع المعارضة"، "لصالح
        # قتلوا" go on with another phrase
        end = x + 1
        while end + 1 < len(words) and end - x < GENITIVE_REACH \
                and words[end + 1].kind == "word" and words[end + 1].key.startswith("ال"):
            end += 1
        served = _Mention(served.start, words[end].end, None, "@" + match_key(doc.text[served.start : words[end].end]))
    return served


def loyal_sides(doc: Document, words: list[Token], actor: _Mention | None, target: _Mention | None,
                mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The actor over whom it is loyal to, and the target past that one (None when nothing is
    named after it in the clause)."""
    if actor is None:
        return actor, target
    served = _served(doc, words, actor, mentions)
    if served is None or served.start < actor.end:
        return actor, target
    side = _Mention(actor.start, served.end, actor.entity, actor.key, actor.sector, actor.protester)
    if target is None or not (target.start < served.end and served.start < target.end):
        return side, target
    end = _word_index(words, served.end - 1)
    if end + 1 < len(words) and words[end + 1].key.startswith("و") and any(
            words[end + 1].start <= m.start < words[end + 1].end for m in mentions):
        return side, None  # "قوة تابعة للاتحاد الافريقي والحكومة": served both, neither attacked
    for x in range(end + 1, min(len(words), end + 1 + OBJECT_REACH)):
        if words[x].kind != "word" or _strip_conjunction(words[x].key) in CLAUSE_WORDS:
            break
        after = next((m for m in mentions if words[x].start <= m.start < words[x].end and m.start >= served.end
                      and not _locative(words, m)), None)  # "في منطقة ...": where, not whom
        if after is not None:
            return side, after
    return side, None
