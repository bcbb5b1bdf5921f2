"""Arms handed by one side to another ("سلمت الولايات المتحدة ثماني طائرات إلى القاهرة"، "أعلنت
واشنطن تسليم مصر ثماني طائرات"، "زودت الدولة الجيش بصواريخ"): military aid, an AID of the giver to
the receiver. Words in lexicons/arms_deliveries.tsv. The record's (named-events) mode: both sides
are named entities.

The giver is the subject: the name right after a delivery verb, else the nearest before the
delivery word in its clause (the governing verb's subject: "أعلنت واشنطن تسليم ..."). The receiver
is the name after إلى/لـ past the arms, or the object named between the giver (or a verbal noun)
and the arms ("سلمت الولايات المتحدة مصر"، "تسليم مصر"، "زودت الدولة الجيش بصواريخ").
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document, Event
from marsad.layers.events.checks import state_like
from marsad.layers.events.clauses import SUBORDINATORS, _span
from marsad.layers.events.mention_positions import _word_index
from marsad.layers.events.sentence_scan import scanned_sentences
from marsad.layers.events.words import CLAUSE_WORDS, RELATIVES, _Mention, _strip_conjunction
from marsad.lexicons import loader

DELIVER = loader.keyed("arms_deliveries.tsv", "deliver", match_key)
WEAPONS = loader.keyed("arms_deliveries.tsv", "weapon", match_key)
WITHHOLD = loader.keyed("arms_deliveries.tsv", "withhold", match_key)
WITHHOLD_REACH = 5  # words from a refusal to the delivery it withholds, at most
# prepositions before a name that is no subject ("عضو لجنة في مجلس النواب")
_PREPOSITIONS = frozenset(match_key(w) for w in ("في", "من", "عن", "على", "إلى", "الى", "مع", "ضد", "لدى", "بين"))
ARMS_REACH = 8  # words from the delivery word to the arms, at most
GIVER_REACH = 8  # words from the delivery word back to its subject, at most
RECEIVER_REACH = 5  # words from the arms to إلى and the receiver, at most
_TO = frozenset(match_key(w) for w in ("إلى", "الى", "لدى"))
_NOUNS = frozenset(match_key(w) for w in ("تسليم", "بتسليم", "تزويد", "بتزويد"))
_STEMS = ("سلم", "تسليم", "زود", "تزويد")


def delivers(text: str) -> bool:
    """Whether the text may tell of arms handed over (a cheap test before reading its words)."""
    return any(s in text for s in _STEMS)


def _weapon(w: Token) -> bool:
    key = _strip_conjunction(w.key)
    for attached in ("", "ال", "ب", "بال", "ل", "لل"):
        if key.startswith(attached) and key[len(attached):] in WEAPONS:
            return True
    return False


def _breaks(w: Token) -> bool:
    key = _strip_conjunction(w.key)
    return w.kind == "punct" or key in SUBORDINATORS or w.key in CLAUSE_WORDS or w.key in RELATIVES


def _withheld(words: list[Token], d: int) -> bool:
    """Whether a refusal or a stop in the delivery's clause, a few words before it, withholds it."""
    for k in range(d - 1, max(-1, d - 1 - WITHHOLD_REACH), -1):
        if _breaks(words[k]):
            return False
        if _strip_conjunction(words[k].key) in WITHHOLD:
            return True
    return False


def _bare(words: list[Token], m: _Mention) -> bool:
    """Whether a mention carries no preposition on its word ("مصر"، "الجيش", not "لمصر"، "بمصر")."""
    w = words[_word_index(words, m.start)]
    return w.text[: m.start - w.start] in ("", "ال", "و")


def _sides(words: list[Token], d: int, a: int, named: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The giver and the receiver of the delivery words[d] of the arms words[a]."""
    noun = words[d].key in _NOUNS or _strip_conjunction(words[d].key) in _NOUNS
    inside = [m for m in named if words[d].end <= m.start and m.end <= words[a].start and _bare(words, m)]
    giver = None
    if not noun and inside and _word_index(words, inside[0].start) == d + 1:
        giver, inside = inside[0], inside[1:]  # "سلمت الولايات المتحدة ..."
    if giver is None:
        before = [m for m in named if m.end <= words[d].start and d - _word_index(words, m.start) <= GIVER_REACH
                  and _bare(words, m) and not any(words[x].key in _PREPOSITIONS
                                                  for x in range(max(0, _word_index(words, m.start) - 2), _word_index(words, m.start)))
                  and not any(_breaks(w) for w in words if m.end <= w.start < words[d].start)]
        giver = before[-1] if before else None
    receiver = inside[0] if inside else None  # "تسليم مصر ..."، "سلمت واشنطن مصر ..."
    if receiver is None:
        for k in range(a + 1, min(len(words), a + 1 + RECEIVER_REACH)):
            w = words[k]
            if _breaks(w):
                break
            to = w.key in _TO or (w.key[:1] == "ل" and w.key[:2] != "لا")
            if not to:
                continue
            x = k + 1 if w.key in _TO else k
            receiver = next((m for m in named if x < len(words) and words[x].start <= m.start < words[x].end), None)
            break
    return giver, receiver


def arms_events(doc: Document, mentions: list[_Mention], kinds: dict, sent_dates: list) -> None:
    """An AID for each delivery of arms between a named giver and a named receiver (see the module)."""
    if not delivers(doc.text):
        return
    done = {(e.type, e.actor, e.target) for e in doc.events}
    for s_index, sent, words, named in scanned_sentences(doc, mentions, kinds, delivers):
        for d, w in enumerate(words):
            if w.key not in DELIVER and _strip_conjunction(w.key) not in DELIVER:
                continue
            if _withheld(words, d):
                continue  # "رفض الولايات المتحدة تزويد جيش نيجيريا بالأسلحة": refused, not given
            a = next((k for k in range(d + 1, min(len(words), d + 1 + ARMS_REACH)) if _weapon(words[k])
                      or _breaks(words[k])), None)
            if a is None or not _weapon(words[a]):
                continue
            giver, receiver = _sides(words, d, a, named)
            if giver is None or receiver is None or giver.key == receiver.key:
                continue
            if not (state_like(kinds, giver.entity, "AID", "actor") and state_like(kinds, receiver.entity, "AID", "target")):
                continue
            if ("AID", giver.entity, receiver.entity) in done:
                continue
            done.add(("AID", giver.entity, receiver.entity))
            doc.events.append(Event(
                type="AID", start=sent.start, end=sent.end, text=sent.text, actor=giver.entity,
                target=receiver.entity, mode="military", date=sent_dates[s_index], trigger=w.text,
                actor_span=_span(doc, giver), target_span=_span(doc, receiver),
                actor_sector=giver.sector, target_sector=receiver.sector,
            ))
