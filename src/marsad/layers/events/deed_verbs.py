"""The light verb of a nominal trigger, before it ("شنت القوات هجوما") or after it in a relative
clause whose object pronoun is the trigger ("هجوم شنه مقاتلو الجبهة على ..."، "غارات جوية شنتها
طائرات التحالف"، "الهجوم الذي نفذته الجماعة"): the verb's subject did the deed, and the clause
reports it even when the noun is governed ("إثر هجوم شنه ..."، "تصدت لهجوم شنه ...").
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.clauses import (
    _as_verb,
    _light_verb,
    _participants,
    _performed_by,
    _suffer_verb,
)
from marsad.layers.events.mention_positions import _locative, _word_index
from marsad.layers.events.words import (
    AGENT_AFTER,
    RELATIVES,
    VIOLENT,
    Trigger,
    _Mention,
    _strip_conjunction,
    verb_before,
)
from marsad.lexicons import loader

# words between the trigger and the verb of its relative clause: adjectives ("جوية"، "مماثل") and
# the relative pronoun
DEED_REACH = 2
# of the words naming who carried out an attack, those that are its light verb with the attack as
# object, not an attribution ("نسب إلى")
_NOT_DEEDS = frozenset({"نسب", "نسبت", "فعل"})
# words between the verb of such a clause and its named subject ("شنه مقاتلو الجبهة"، "شنتها طائرات التحالف")
SUBJECT_GAP = 1
# the prepositions that bring an attack's object ("على مواقع الجيش"، "ضد القوات")
ATTACK_OBJECT = frozenset(match_key(w) for w in ("على", "ضد", "بحق"))
OBJECT_GAP = 3  # words from the preposition to the object's name ("على مواقع تمركز المليشيات")
# verbs of moving or hastening to act ("تحركت إسرائيل لمهاجمة ..."، "سارعت تركيا إلى قصف ...")
MOTION_VERBS = loader.keyed("event_words.tsv", "motion", match_key)
MOTION_REACH = 3  # words from the motion verb to its purpose: its subject's name
# nominal triggers that report an act only as such a purpose ("تحركت لمهاجمة", not "من خلال مهاجمة هدف")
PURPOSE_ONLY = loader.keyed("event_words.tsv", "purpose_only", match_key)
# verbs of giving or allotting money or goods ("صرفت"، "خصصت"، "أرسلت") before an aid noun of purpose
GIVING_VERBS = loader.keyed("event_words.tsv", "giving", match_key)
GIVING_REACH = 5  # words from the verb to "لمساعدة": its subject and the sum given
TO = frozenset({match_key("إلى"), match_key("الى")})
# past verbs of managing to do ("تمكنت"): the act after "من" is done (lexicons/event_words.tsv "managed")
MANAGED_VERBS = loader.keyed("event_words.tsv", "managed", match_key)
MANAGED_REACH = 4  # words from the verb to "من": its subject, a pronoun phrase ("خلالها")
FROM = match_key("من")


def _after_bi(words: list[Token], m: _Mention) -> bool:
    """Whether a name has ب attached ("بالضالع"): a place or an instrument, not a subject."""
    w = words[_word_index(words, m.start)]
    return "ب" in w.text[: m.start - w.start]


def managed_verb(words: list[Token], i: int) -> int | None:
    """Index of a verb of managing before "من" and the violent verbal noun at words[i] ("وتمكنت
    قوات الأمن من قتل ثلاثة مسلحين"، "تمكنت خلالها من قصف رتل"): the act done, its subject's."""
    if i < 2 or words[i - 1].key != FROM:
        return None
    return verb_before(words, i - 2, i - 2 - MANAGED_REACH, MANAGED_VERBS)


def motion_verb(words: list[Token], i: int, t0: int, trig: Trigger | None = None) -> int | None:
    """Index of a verb of moving or hastening whose purpose is the nominal trigger at words[i],
    brought by ل or إلى ("تحركت إسرائيل لمهاجمة مواقع ..."، "سارعت إلى قصف ..."), or for aid a verb
    of giving or allotting ("تصرف المفوضية 600 مليون يورو لمساعدة ..."): the act the subject moved
    to do, or the aid it gave, told as its own."""
    attached = words[i].text[: t0 - words[i].start]
    to = i > 0 and words[i - 1].key in TO
    if not (to or attached[-1:] == "ل"):
        return None
    giving = trig is not None and trig.type == "AID"
    verbs, reach = (GIVING_VERBS, GIVING_REACH) if giving else (MOTION_VERBS, MOTION_REACH)
    return verb_before(words, i - (2 if to else 1), i - 2 - reach, verbs)


def deed_verb(words: list[Token], i: int, n: int, t0: int, trig: Trigger, after: bool = True) -> int | None:
    """Index of the light verb of the nominal trigger at words[i : i + n]: the one before it, or (with
    `after`) for a violent trigger the verb of the relative clause right after it (DEED_REACH words
    at most), unless a verb of undergoing governs it ("تعرضت كينيا لهجمات نفذتها ...": its subject is
    the target)."""
    before = _light_verb(words, i)
    if before is None and trig.type in (*VIOLENT, "AID"):
        before = motion_verb(words, i, t0, trig)
    if before is None and trig.type in VIOLENT:
        before = managed_verb(words, i)
    if before is not None or not after or trig.type not in VIOLENT or _suffer_verb(words, i, t0) is not None:
        return before
    for k in range(i + n, min(len(words), i + n + DEED_REACH + 1)):
        w = words[k]
        if w.kind != "word":
            return None
        key = _strip_conjunction(w.key)
        if key in _NOT_DEEDS:
            return None
        if key in AGENT_AFTER or _performed_by(key):
            return k
        if key not in RELATIVES and not (key.startswith("ال") or k == i + n):
            return None  # another noun: the trigger's clause goes on
    return None


def deed_sides(words: list[Token], v: int, i: int, trig: Trigger,
               mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """(actor, target) of the light verb at words[v] of the trigger at words[i]: read as the verb's
    own; a verb after the trigger opens a relative clause, whose subject follows it ("لهجوم شنه
    الحوثيون": not the one who repelled it, named before)."""
    if v > i:
        after = [m for m in mentions if m.start >= words[v].end]
        actor, target = _participants(words[v:], 0, 1, _as_verb(trig), after)
        # (words strictly between the verb and the subject: all of the verb's and those before end first)
        if actor is None or _word_index(words, actor.start) - (v + 1) > SUBJECT_GAP:
            return None, None  # "هجوم شنه مسلحان في متحف ...": the doer is unnamed
        if target is not None and not _attack_object(words, actor.end, target.start):
            target = None  # a co-subject ("والموالون لصالح"), whom the doer serves ("التابعة لـ"), a place
        return actor, target
    actor, target = _participants(words, v, 1, _as_verb(trig), mentions)
    if _strip_conjunction(words[v].key) in MANAGED_VERBS:
        # "تمكنت قوات الأمن من قتل ...": the subject stands between the verb and "من", or before the
        # verb ("إن قوة أمنية ... تمكنت"), but not as a place ("المقاومة في جبهة ... بالضالع تمكنت")
        # nor past the act ("تمكنت من قتل 88 عنصرا بمناطق التومة")
        between = next((m for m in mentions if words[v].end <= m.start and m.end <= words[i - 1].start), None)
        if between is not None:
            actor = between
        elif actor is not None and (actor.start >= words[v].start or _locative(words, actor) or _after_bi(words, actor)):
            actor = None
        if target is not None and target.start < words[i].start:
            target = None
    return actor, target


def _attack_object(words: list[Token], lo: int, start: int) -> bool:
    """Whether the name at `start` is brought by an attack's preposition after offset `lo`, OBJECT_GAP
    words at most before it, with no punctuation between."""
    between = [w for w in words if lo <= w.start and w.end <= start]
    if any(w.kind == "punct" for w in between):
        return False
    return any(_strip_conjunction(w.key) in ATTACK_OBJECT for w in between[-OBJECT_GAP - 1 :])
