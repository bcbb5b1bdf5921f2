"""Which named participants the record's events may have: states, governments, leaders, armed
groups, organisations; not the places where things happen, nor the agencies that report them.

The gold conventions (GUIDE.md, events) code "clear political interactions between named actors
(states, governments, leaders, armed groups, international organisations)". A place named in an
event's sentence is most often where it happened ("في منطقة عسير"، "قرية برقين"): a town, a
province or a district is not a political actor. A place counts as a participant when the
knowledge base knows it as a country, or as a capital standing for its government ("بكين" for
China); a place the knowledge base does not know is taken for a town or a district. A city
or a region the knowledge base knows is no participant either, not even an attack's target ("قصف
تعز": where the attack fell).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TypeVar

from marsad.arabic.normalize import match_key
from marsad.arabic.sentences import Sentence
from marsad.document import Document, Event
from marsad.layers.events.clauses import _span
from marsad.layers.events.words import INTRANSITIVE, STANDALONE, Trigger, _Mention
from marsad.lexicons import loader

M = TypeVar("M")

# kinds of knowledge-base places that act or are acted upon as states
STATE_KINDS = frozenset({"country"})


# the first word of a sports club's name
CLUB_HEADS = frozenset(match_key(w) for w in ("نادي", "النادي", "فريق", "منتخب"))
# kinds of knowledge-base bodies that report, teach or play rather than act politically
NOT_ACTORS = frozenset({"agency", "outlet", "sports_club", "educational", "event", "facility"})


@cache
def _kb_kinds() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """KB id -> kind of every place and organisation, the KB ids of capitals, and the KB id of
    each of their names' match keys (all empty when the KB is not installed)."""
    try:
        from marsad.kb import load_kb
    except ImportError:
        return {}, frozenset(), {}
    kb = [a for a in load_kb() if a.type in ("LOC", "ORG")]
    by_name: dict[str, str] = {}
    for a in kb:
        for name in (a.name_ar, *a.aliases_ar):
            by_name.setdefault(f"{a.type}:{match_key(name)}", a.id)
    return ({a.id: a.kind for a in kb}, frozenset(a.capital for a in kb if a.kind == "country" and a.capital),
            by_name)


def state_like(doc_entities: dict[str, tuple[str, str | None, str]], entity: str | None, etype: str,
               role: str) -> bool:
    """Whether the entity `entity` (an id of `doc_entities`: id -> (type, kb, name)) may be the
    `role` ("actor" or "target") of an event of type `etype`. Persons are never refused; places
    that are not states and news agencies, outlets, clubs and schools are. An entity the entity
    layer did not link is looked up by its name. (No type or role is answered otherwise today.)"""
    if entity is None or entity not in doc_entities:
        return True
    ent_type, kb, name = doc_entities[entity]
    if ent_type not in ("LOC", "ORG"):
        return True
    kinds, capitals, by_name = _kb_kinds()
    if not kinds:  # no knowledge base: nothing to tell a country from a town by
        return True
    kb = kb or by_name.get(f"{ent_type}:{match_key(name)}")
    kind = kinds.get(kb or "")
    if ent_type == "ORG":  # a club the knowledge base does not know is still a club ("نادي الاتفاق")
        return kind not in NOT_ACTORS and not (not kind and match_key(name.split()[0] if name.split() else "")
                                               in CLUB_HEADS)
    return kind in STATE_KINDS or kb in capitals


def entity_kinds(doc: Document) -> dict[str, tuple[str, str | None, str]]:
    return {e.id: (e.type, e.kb, e.name) for e in doc.entities}


# The head words of a person's title ("رئيس مجلس النواب"، "مندوب اليمن"): a body or a place in
# their genitive describes the person holding the title, who is the participant
TITLE_HEADS = loader.keyed("actors/title_words.tsv", "title_head", match_key)
# adjectives between a title's head and the body it heads ("الأمين العام لـ"، "المندوب الدائم لـ")
TITLE_ADJECTIVES = frozenset(match_key(w) for w in ("عام", "أعلى", "دائم", "خاص", "سامي", "تنفيذي", "أول"))
# the parts of a body that stand for it ("الأمانة العامة لمنظمة ..."), even when the knowledge base lists one
BODY_PARTS = frozenset(match_key(w) for w in ("الأمانة العامة", "الامانة العامة", "الأمانة", "السكرتارية",
                                               "المكتب السياسي", "الهيئة العليا", "الرئاسة"))
# the style of a state between a title's head and its name ("رئيس جمهورية مصر العربية")
STATE_NOUNS = frozenset(match_key(w) for w in ("جمهورية", "دولة", "مملكة", "سلطنة", "إمارة"))
TITLE_REACH = 8  # words between the title's genitive and the holder's name after it, at most
_WORD = re.compile(r"\S+")
# a head of state's title before a name ("الرئيس رجب طيب إردوغان"): between a title's genitive and
# a name it introduces a different person, unless the first title is the same office ("رئيس جمهورية
# مصر الرئيس ..."), so "اتهم زعيم حزب الشعب الرئيس ..." has the party's leader accuse the president
STATE_HEADS = {match_key("الرئيس"): match_key("رئيس"), match_key("الملك"): match_key("ملك")}
# "الرئيس السابق": a former president may well hold the first title now ("رئيس حزب ... الرئيس السابق")
FORMER = loader.keyed("actors/title_words.tsv", "former", match_key)


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The match keys of the `n` words before offset `start` (nearest last), و/ف and ال removed."""
    out = []
    for w in _WORD.findall(text[max(0, start - 40 * n) : start])[-n:]:
        k = match_key(w.strip("«»\"'()،,."))
        if k[:1] in ("و", "ف") and len(k) > 3:
            k = k[1:]
        out.append(k[2:] if k.startswith("ال") and len(k) > 4 else k)
    return out


def another_office(gap: str, head: str) -> bool:
    """Whether the words `gap` between a title's genitive and a name open a different person's title:
    a head of state's ("الرئيس"، "الملك") that is not the first title's office nor a former one."""
    words = [match_key(w.strip("«»\"'()،,.")) for w in _WORD.findall(gap)]
    for i, w in enumerate(words):
        k = w[1:] if w[:1] == "و" and w[1:] in STATE_HEADS else w
        if k in STATE_HEADS and STATE_HEADS[k] != head and not (i + 1 < len(words) and words[i + 1] in FORMER):
            return True
    return False


def title_holders(doc: Document, mentions: list[M], kinds: dict[str, tuple[str, str | None, str]] | None = None
                  ) -> list[M]:
    """The sentence's participants without the bodies and places that only describe a named
    person's office: "رئيس مجلس النواب في مملكة البحرين أحمد الملا" is al-Mulla acting, "السفير
    محمد الهيصمي مندوب اليمن" is al-Haisami; "الأمانة العامة لمنظمة التعاون" is the organisation.
    `mentions` (sorted by start) carry `start`, `end` and `entity`; `kinds` is `entity_kinds(doc)`."""
    if len(mentions) < 2:
        return mentions
    kinds = kinds if kinds is not None else entity_kinds(doc)
    none = (None, None, "")
    text = doc.text
    persons = [m for m in mentions if kinds.get(m.entity, none)[0] == "PER"]
    drop: set[int] = set()
    owned: dict[int, M] = {}
    for k, m in enumerate(mentions):
        if kinds.get(m.entity, none)[0] not in ("ORG", "LOC"):
            continue
        if k + 1 < len(mentions):  # "الأمانة العامة لمنظمة ...": a part of what follows it
            nxt = mentions[k + 1]
            if (kinds.get(m.entity, none)[0] == "ORG" and kinds.get(nxt.entity, none)[0] == "ORG"
                    and (not kinds.get(m.entity, none)[1] or match_key(kinds[m.entity][2]) in BODY_PARTS)
                    and nxt.entity != m.entity and text[m.end : nxt.start].strip() in ("ل", "لـ")):
                # the part's words stand where it acts, for the organisation it belongs to
                owned[k] = replace(m, entity=nxt.entity, key=nxt.key)  # type: ignore[type-var]
                drop.add(k + 1)
                continue
        if k and kinds.get(m.entity, none)[0] == "LOC" and kinds.get(mentions[k - 1].entity, none)[0] == "ORG" \
                and text[mentions[k - 1].end : m.start].strip() in ("ب", "في"):
            drop.add(k)  # "مجلس النواب بمملكة البحرين": where the body sits, not a participant
            continue
        ws = m.start  # the start of the word holding the mention ("للأمم المتحدة": the clitics are no word)
        while ws > 0 and not text[ws - 1].isspace() and m.start - ws < 4:
            ws -= 1
        prev = _words_before(text, ws, 2)
        if len(prev) == 2 and prev[-1] in TITLE_ADJECTIVES and prev[0] in TITLE_HEADS:
            prev = prev[:1]  # "الأمين العام لمجلس التعاون": the head before its adjective
        styled = len(prev) == 2 and prev[-1] in STATE_NOUNS and prev[0] in TITLE_HEADS
        if styled:  # "رئيس جمهورية مصر"، "رئيس دولة الإمارات": the head before the state's style
            prev = prev[:1]
        if not prev or not (prev[-1] in TITLE_HEADS or prev[-1] == "باسم" or (
                prev[-1] == "لدي" and any(w in TITLE_HEADS for w in _words_before(text, m.start, 5)))):
            continue  # "مندوب اليمن"، "المتحدث باسم الخارجية"، "سفير ... لدى الأمم المتحدة"
        head_start = text.rfind(" ", 0, max(0, m.start - 1))
        holder_after = any(p.start > m.end and len(_WORD.findall(text[m.end : p.start])) <= TITLE_REACH
                           and not any(c in text[m.end : p.start] for c in ".،؛:")
                           and not another_office(text[m.end : p.start], prev[-1]) for p in persons)
        # a state's head is named next to his title ("قاديروف رئيس جمهورية الشيشان"); "يلتقي رئيس
        # جمهورية الشيشان" after a name meets him, the state stands for him
        holder_before = any(p.end <= m.start and len(_WORD.findall(text[p.end : max(p.end, head_start)]))
                            <= (1 if styled else 3) for p in persons)  # (the head itself, when styled)
        if holder_after or holder_before:
            drop.add(k)
    return [owned.get(k, m) for k, m in enumerate(mentions) if k not in drop] if drop else mentions



OWN_TITLE_ADJECTIVES = 2  # adjectives of the title's genitive before a name with no honorific ("العربي")
# the honorifics that set a person's name off from the title before it ("... الدكتور فلان")
HONORIFICS = loader.keyed("actors/title_words.tsv", "honorific", match_key)


def titled_holder(text: str, t1: int, noun, actor: M, kinds: dict[str, tuple[str, str | None, str]],
                  target: M | None = None) -> bool:
    """Whether the common noun after a verb ending at `t1` is the genitive of a title whose holder,
    set off by an honorific, is the actor named after it ("انتقد رئيس البرلمان العربي الدكتور فلان
    إيران": the speaker acts, the parliament only describes him), not a subject whose object the
    name is ("يتهم القضاء الأمريكي فلانا"). Without an honorific the name may well be the object,
    unless a second name follows it bare, the verb's object ("انتقد رئيس البرلمان العربي فلان إيران")."""
    if kinds.get(actor.entity, (None, None, ""))[0] != "PER":
        return False
    head = [match_key(w.strip("«»\"'()،,.")) for w in _WORD.findall(text[t1 : noun.start])]
    if len(head) != 1 or head[0] not in TITLE_HEADS:
        return False  # "رئيس البرلمان": the noun is the genitive of the title right after the verb
    gap = text[noun.end : actor.start]
    keys = [match_key(w.strip("«»\"'()،,.")) for w in _WORD.findall(gap)]
    if not keys or len(keys) > TITLE_REACH or any(c in gap for c in ".:؛«»"):
        return False
    title_end = gap.rstrip().rfind(" ")  # the title's words before the honorific
    if "،" in gap[title_end:] or "،" in gap[:title_end].rstrip()[:-1]:
        return False  # a comma only right before the honorific ("رئيس لجنة ...، الدكتور فلان")
    # "الرئيس" or "الملك" after the title is most often another person ("رئيس البرلمان الإيراني
    # الرئيس فلانا"), a head of state as the object
    if keys[-1] in HONORIFICS:
        return keys[-1] not in STATE_HEADS
    return (target is not None and target.entity is not None and target.start >= actor.end
            and not text[actor.end : target.start].strip() and len(keys) <= OWN_TITLE_ADJECTIVES
            and all(k.startswith("ال") and k not in STATE_HEADS for k in keys))


# interactions two sides may hold together ("اتفاق روسيا وتونس"، "محادثات كيري ولافروف")
MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})


# the head of a force named by its leader or its side ("قوات صالح"، "ميليشيات الحوثي")
FORCE_HEADS = frozenset(match_key(w) for w in ("قوات", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "عناصر",
                                               "أنصار", "مسلحي", "جيش", "قوى", "كتائب"))


def coordinated(text: str, actor: M | None, target: M | None, etype: str) -> bool:
    """Whether the target is joined to the actor by "و" ("تطالب فيتنام وماليزيا ..."، "نددت الولايات
    المتحدة والاتحاد الأوروبي"): a second subject, not the one acted upon, unless the event is
    one both hold together. `actor` and `target` carry `start` and `end`."""
    if actor is None or target is None or etype in MUTUAL:
        return False
    a, b = (actor, target) if actor.end <= target.start else (target, actor)
    between = text[a.end : b.start].strip()
    # "قصف الحوثيون وقوات صالح ...": a force head joined by و, then the name it belongs to
    joined_force = between[:1] == "و" and " " not in between and match_key(between[1:]) in FORCE_HEADS
    return between in ("و", "،", ",") or (between == "" and text[b.start : b.start + 1] == "و") or joined_force


# --- named-mode side checks (the record's events): where a participant found by word order is not one

# words opening a time adjunct ("عقب لقائه بوزير ..."): a name after one belongs to the adjunct's
# own event, not to the trigger before it
TEMPORAL = frozenset(match_key(w) for w in ("عقب", "بعد", "خلال", "أثناء", "إثر", "قبيل", "إبان"))
# "لأنها أخطر من ...": a reason given; a name after it is not the one acted upon
CAUSAL = frozenset(match_key(w) for w in ("لأن", "لأنه", "لأنها", "لأنهم", "كونه", "كونها"))
# "في تصريح لـ«الشرق الأوسط»": the outlet spoken to, not the one acted upon
SPOKEN_TO = frozenset(match_key(w) for w in ("تصريح", "تصريحات", "حديث", "حوار", "مقابلة", "بيان"))
# "أن"، "إن"، "بأن": a complement clause starts; a noun trigger inside it has its own subject
COMPLEMENT = frozenset(match_key(w) for w in ("أن", "إن", "بأن", "لأن", "فإن"))
# "بعد أن رفض": a time conjunction; the verb is one
AFTER_TIME = frozenset(match_key(w) for w in ("بعد", "قبل", "منذ", "حين", "عندما", "بينما"))
# verbs and nouns of attack that, with a person as the one attacking, are words, not blows
# ("هاجم الرئيس ... المعارضة"، "شن الوزير هجوما على ...")
VERBAL_ATTACK = frozenset(match_key(w) for w in (
    "هاجم", "هاجمت", "يهاجم", "تهاجم", "هاجموا", "يهاجمون", "هجوم", "هجوما", "هجوماً", "هجمة", "هجوم حاد"))
# the locative words of the events lexicon ("في"، "داخل"، "قرب")
_LOCATIVES = loader.keyed("event_words.tsv", "locative", match_key)


def _prev_word(text: str, start: int) -> tuple[str, int]:
    """The match key of the word before offset `start` (a leading و/ف removed) and where it starts."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    j = k
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    w = match_key(text[j:k].strip("«»\"'()،,."))
    if w[:1] in ("و", "ف") and len(w) > 2 and w[1:] in _LOCATIVES:
        w = w[1:]
    return w, j


def placed(text: str, m, kinds: dict[str, tuple[str, str | None, str]], etype: str,
           mentions: list | None = None) -> bool:
    """Whether the place mention `m` is where the event happens rather than who undergoes it: after
    "في" (but for an attack: "قصف ... في محافظة تعز"), after an attached ب ("تفجيرات بغزة"), or
    right after such a place ("في عسير السعودية")."""
    if kinds.get(m.entity, (None,))[0] != "LOC":
        return False
    start = m.start
    for hop in range(3):
        if text[start - 1 : start] == "ب" and (start < 2 or text[start - 2].isspace() or text[start - 2] in "وف"):
            return True
        prev, at = _prev_word(text, start)
        if prev in _LOCATIVES:  # a place after في is the target of an attack ("قصف ... في تعز") or a
            # condemnation ("تدين الهجوم ... في السعودية"), a country that of a demand ("يطالب بسلامة
            # الصحفيين في العراق"); never a place after another ("في عسير السعودية")
            if hop > 0:
                return True
            kb = kinds.get(m.entity, (None, None))[1]
            if etype in ("ASSAULT", "ACCUSE"):
                return False
            return not (etype == "REQUEST" and prev == "في" and _kb_kinds()[0].get(kb or "") in STATE_KINDS)
        # a place right before this one ("عسير السعودية"): placed if it is
        before = [p for p in (mentions or []) if p.end <= start and not text[p.end : start].strip()
                  and kinds.get(p.entity, (None,))[0] == "LOC"]
        if not before:
            return False
        start = before[-1].start
    return False


@cache
def _noun_triggers() -> frozenset[str]:
    """The match keys of the one-word noun triggers ("اتهام"، "مطالبة")."""
    return frozenset(match_key(row[0]) for row in loader.table("event_triggers.tsv", 3)
                     if row[2] == "noun" and " " not in row[0])


# the possessive pronouns a speaker's own verbal noun carries, by the kinds of entity they may stand
# for: a man (or a masculine body, "الاتحاد"), a state or a feminine body, a body's members
OWN_SUFFIXES = (("هم", ("ORG",)), ("ها", ("LOC", "ORG")), ("ه", ("PER", "ORG")))
OWN_REACH = 8  # words from the speaker's name to the complementizer, at most (a title between)


def own_deed(text: str, trig, actor, t0: int, kinds: dict[str, tuple[str, str | None, str]],
             mentions: list) -> bool:
    """Whether a possessed verbal noun right after the complementizer of the actor's words is the
    actor's own act: "وقال الوزير فلان إن اتهاماته لإيران ...": his accusations, the pronoun taking
    up the speaker, with no other name between to take it up ("قال فلان إن الرئيس ... وإن
    اتهاماته": the president's)."""
    if trig.pos != "verb" or any(actor.end <= m.start and m.end <= t0 for m in mentions):
        return False
    if len(text[actor.end : t0].split()) > OWN_REACH or any(c in text[actor.end : t0] for c in ".:؛«»\"("):
        return False
    key = match_key(trig.keys[0])
    kind = kinds.get(actor.entity, (None,))[0]
    for suffix, owners in OWN_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            stem = key[: -len(suffix)]
            stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)  # "مطالبته": "مطالبة"
            return kind in owners and any(f in _noun_triggers() for f in stems)
    return False


def named_sides(text: str, trig, actor, target, t0: int, t1: int, kinds: dict[str, tuple[str, str | None, str]],
                mentions: list) -> tuple[str, str | None, bool]:
    """For the record's events: (type, mode, keep). A person "attacking" attacks with words (ACCUSE,
    criticize); a target after a time adjunct ("أدان ليون عقب لقائه بالوزير ...") or a place where
    the event happens is no target; a noun trigger whose actor stands before a complement clause
    opening ("حذر أوباما من أن رفض الاتفاق ...") has no actor there."""
    etype, mode, keep = trig.type, trig.mode, True
    if actor is None:
        return etype, mode, keep
    if etype == "ASSAULT" and kinds.get(actor.entity, (None,))[0] == "PER" and any(
            k in VERBAL_ATTACK for k in trig.keys):
        etype, mode = "ACCUSE", "criticize"
    if target is not None and target.start > t1:
        between = [match_key(w.strip("«»\"'()،,.")) for w in text[t1 : target.start].split()]
        if any(w in TEMPORAL or w in CAUSAL for w in between) or placed(text, target, kinds, etype, mentions) or (
                [w for w in between if w not in ("ل", "")][-1:] == [w for w in between[-2:] if w in SPOKEN_TO][-1:] != []
                and text[target.start - 1 : target.start] in ("ل", "«", "ـ", "\"")):
            keep = False
    if actor.end <= t0:
        between = [match_key(w.strip("«»\"'()،,.")) for w in text[actor.end : t0].split()]
        if trig.pos == "noun" and any(w in COMPLEMENT for w in between):
            keep = False
        elif between and between[-1] in COMPLEMENT and not (len(between) > 1 and between[-2] in AFTER_TIME) \
                and not own_deed(text, trig, actor, t0, kinds, mentions):
            keep = False  # "من أن رفض الخطة": right after أن, the verb form is the clause's subject noun
    return etype, mode, keep


# nouns of what someone said or did that a condemnation takes as its object ("استنكر تصريحات
# المالكي"، "أدان ممارسات الميليشيات"): the one condemned is whose they are
DEEDS = frozenset(match_key(w) for w in (
    "تصريحات", "التصريحات", "اتهامات", "الاتهامات", "تصرفات", "التصرفات", "ممارسات",
    "الممارسات", "انتهاكات", "الانتهاكات", "اعتداءات", "الاعتداءات", "سياسات", "السياسات", "مواقف",
    "المواقف", "تهديدات", "التهديدات", "إساءات", "الإساءات", "تدخلات", "التدخلات"))
DEED_START = 14  # tokens from the condemnation (or its subject after it) to the deed noun, at most
DEED_REACH = 12  # words from the deed noun to the name of whose deed it is, at most (a title between)
# "تصريحات المالكي ضد السعودية": the words were against someone
AGAINST = frozenset(match_key(w) for w in ("ضد", "تجاه", "بحق", "على"))
_TOKEN = re.compile(r"[^\s«»\"'()،,.:؛]+|[«»\"'()،,.:؛]")


def _tokens_after(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start() + start, m.end() + start) for m in _TOKEN.finditer(text[start:end])]


def deed_owner(text: str, mentions: list[M], after: int, end: int, kinds: dict[str, tuple[str, str | None, str]]
               ) -> tuple[M | None, M | None]:
    """For a condemnation ending at offset `after`: the named owner of a deed noun among the next
    few words ("استنكرت المنظمة التصريحات التي أدلى بها نائب الرئيس نوري المالكي") and whom the deeds
    were against ("... ضد السعودية"), or (None, None). The owner is a person or a body, never a place."""
    toks = _tokens_after(text, after, end)
    for k, (w, _s, e) in enumerate(toks[:DEED_START]):
        if w in (".", "؛", ":"):
            break
        key = match_key(w)
        if key[:1] in ("و", "ب", "ل") and key[1:] in DEEDS:
            key = key[1:]
        if key not in DEEDS:
            continue
        stop = end
        for w2, s2, _e2 in toks[k + 1 : k + 1 + DEED_REACH]:
            if w2 in (".", "؛", ":") or match_key(w2) in TEMPORAL:
                stop = s2
                break
        else:
            rest = toks[k + 1 : k + 1 + DEED_REACH]
            stop = rest[-1][2] if rest else e
        owners = [m for m in mentions if e <= m.start < stop and kinds.get(getattr(m, "entity", None), (None,))[0]
                  in ("PER", "ORG") and text[m.start - 1 : m.start] not in ("ل", "«", "ـ")]  # not "لـ«X»"
        if not owners:
            return None, None
        owner = owners[0]
        against = None
        tail = _tokens_after(text, owner.end, end)[:6]  # a title of the owner may stand between
        for w3, _s3, e3 in tail:
            if match_key(w3) in AGAINST:
                nxt = [m for m in mentions if e3 <= m.start and len(text[e3 : m.start].split()) <= 1
                       and getattr(m, "entity", None) != getattr(owner, "entity", None)]
                against = nxt[0] if nxt else None
                break
            if w3 in ("،", ",", "."):
                break
        return owner, against
    return None, None


def deed_accusations(doc: Document, deeds: list[tuple[_Mention, _Mention]], sent: Sentence, date: str | None,
                     trigger: str, kinds: dict[str, tuple[str, str | None, str]], seen: set[tuple]) -> None:
    """Add the ACCUSE event of each owner of condemned words against whom they were said
    (`deed_owner`: "استنكرت المنظمة تصريحات المالكي ضد السعودية"), each pair once (`seen`)."""
    for owner, against in deeds:
        okey = ("ACCUSE", owner.key, against.key, None)
        if okey not in seen and state_like(kinds, against.entity, "ACCUSE", "target"):
            seen.add(okey)
            doc.events.append(Event(
                type="ACCUSE", start=sent.start, end=sent.end, text=sent.text,
                actor=owner.entity, target=against.entity, mode="criticize", date=date, trigger=trigger,
                actor_span=_span(doc, owner), target_span=_span(doc, against),
                actor_sector=owner.sector, target_sector=against.sector,
            ))


# the first words of the names of a state's own bodies and services ("وزارة الإسكان"، "هيئة المهندسين"،
# "مستشفى الملك فيصل"، "نادي الاتفاق"): what they do with each other is administration, not the
# political interaction the record codes (GUIDE.md: "Leave [] for local/administrative news")
BODY_HEADS = frozenset(match_key(w) for w in (
    "وزارة", "هيئة", "لجنة", "مستشفى", "شركة", "جمعية", "نادي", "أمانة", "إدارة", "مديرية", "بلدية",
    "جامعة", "مؤسسة", "مركز", "مجلس الوزراء", "الغرفة", "غرفة", "مصلحة", "دائرة", "مكتب", "المديرية",
    "سفارة", "قنصلية"))  # an embassy is a state's service abroad: its dealings with a citizen are no politics
# knowledge-base kinds of bodies that act for a state abroad or against it (kept)
POLITICAL_KINDS = frozenset({"igo", "armed_group", "party", "parliament"})


@cache
def _countries() -> tuple[dict[str, str | None], dict[str, str]]:
    """KB id -> country code of every actor, and country code of each country name and demonym."""
    try:
        from marsad.kb import load_kb
    except ImportError:
        return {}, {}
    kb = list(load_kb())
    by_word: dict[str, str] = {}
    for a in kb:
        if a.kind == "country" and a.country:
            for w in (a.name_ar, *a.aliases_ar, *a.demonyms_ar):
                by_word.setdefault(match_key(w), a.country)
    return {a.id: a.country for a in kb}, by_word


def _body(entity: str | None, doc_entities: dict[str, tuple[str, str | None, str]]) -> tuple[bool, str | None]:
    """(whether the entity is one of a state's own bodies or services, its country code if known)."""
    if entity is None or entity not in doc_entities:
        return False, None
    ent_type, kb, name = doc_entities[entity]
    if ent_type != "ORG":
        return False, None
    codes, by_word = _countries()
    kinds = _kb_kinds()[0]
    if kb and kinds.get(kb) in POLITICAL_KINDS:
        return False, None
    words = [match_key(w) for w in name.split()]
    if not words:
        return False, None
    first = words[0][2:] if words[0].startswith("ال") and len(words[0]) > 4 else words[0]
    if not (first in BODY_HEADS or " ".join(words[:2]) in BODY_HEADS or " ".join(words[:2])[2:] in BODY_HEADS):
        return False, None
    code = codes.get(kb or "")
    if code is None:
        code = next((by_word[w] for w in words[1:] if w in by_word), None)
        if code is None:
            code = next((by_word[w[2:]] for w in words[1:] if w.startswith("ال") and w[2:] in by_word), None)
    return True, code


def administrative(doc_entities: dict[str, tuple[str, str | None, str]], actor: str | None, target: str | None) -> bool:
    """Whether an event between `actor` and `target` (entity ids) is one body of a state dealing with
    another of the same state ("وافق مجلس الوزراء على دعم وزارة التجارة"، "التقى وفد الوزارة بهيئة
    ..."): two of a state's own bodies or services, not known to be of two different countries."""
    a_body, a_code = _body(actor, doc_entities)
    t_body, t_code = _body(target, doc_entities)
    a_firm, t_firm = _business(actor, doc_entities), _business(target, doc_entities)
    if (a_firm and (t_firm or t_body)) or (t_firm and a_body):
        return True  # "وقعت غازبروم مذكرة تفاهم مع شركة شل": business, whatever the countries
    return a_body and t_body and not (a_code and t_code and a_code != t_code)


def _business(entity: str | None, doc_entities: dict[str, tuple[str, str | None, str]]) -> bool:
    """Whether the entity is a company (by the knowledge base, or a name opening with "شركة")."""
    if entity is None or entity not in doc_entities:
        return False
    ent_type, kb, name = doc_entities[entity]
    if ent_type != "ORG":
        return False
    if kb and _kb_kinds()[0].get(kb) == "company":
        return True
    first = match_key(name.split()[0]) if name.split() else ""
    return first in (match_key("شركة"), match_key("الشركة"))


def doc_states(doc_entities: dict[str, tuple[str, str | None, str]]) -> dict[str, str]:
    """Country code -> the entity id of each country the document names (empty without a KB)."""
    codes, _by_word = _countries()
    kb_kinds = _kb_kinds()[0]
    states = {codes.get(kb or ""): eid for eid, (t, kb, _n) in doc_entities.items()
              if t == "LOC" and kb and kb_kinds.get(kb) in STATE_KINDS}
    states.pop(None, None)
    return states  # type: ignore[return-value]


# a name in a time adjunct ("أثناء زيارة للرئيس الصيني شي ..."، "خلال لقائه بالوزير X") is not a clause's subject
ADJUNCT_REACH = 4  # words back from a name to the word opening its adjunct


def in_adjunct(text: str, start: int, lo: int) -> bool:
    """Whether the name at offset `start` stands in a time adjunct (TEMPORAL) opened at most
    ADJUNCT_REACH words before it, not before `lo` nor across punctuation."""
    ws = start
    while ws > lo and not text[ws - 1].isspace():
        ws -= 1
    for w in reversed(text[max(lo, ws - 60) : ws].split()[-ADJUNCT_REACH:]):
        if any(c in w for c in ".،؛:«»\""):
            return False
        key = match_key(w)
        if key in TEMPORAL or (key[:1] == "و" and key[1:] in TEMPORAL):
            return True
    return False


def relative_agrees(relative: str, doc_entities: dict[str, tuple[str, str | None, str]], entity: str | None) -> bool:
    """Whether a relative pronoun (match key) may have the entity as its antecedent: a person takes
    "الذي" ("هاموند التي تدعو" is his statements that call), a place "التي" ("بيروت الذي استقبل" is
    a hotel of Beirut); a body either."""
    ent_type = doc_entities.get(entity or "", (None,))[0]
    if ent_type == "PER":
        return relative in (match_key("الذي"), match_key("الذين"))
    if ent_type == "LOC":
        return relative == match_key("التي")
    return True


def record_keeps(unnamed: bool, trig: Trigger, actor: _Mention | None, target: _Mention | None, reports: bool) -> bool:
    """Whether a trigger with these participants is an event of the record (`unnamed`: the layer's
    option). `reports`: the trigger tells of an event rather than refers to one ("هاجم"، "شن هجوما"،
    not "بعد الهجوم")."""
    if not unnamed:
        return reports and actor is not None and actor.entity is not None and (
            (target is not None and target.entity is not None) or trig.type in INTRANSITIVE)
    if trig.type in STANDALONE and not reports:
        return False  # "بعد الهجوم على ..."، "ذكرى اغتيال ...": an event told elsewhere
    if actor is not None and target is not None:
        return True
    return trig.type in STANDALONE and reports
