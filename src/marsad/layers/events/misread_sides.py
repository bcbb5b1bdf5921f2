"""Sides of the record's events that the text shows to be something else than an actor or a target.

Read on unlabelled world news, the record's false alarms often have the right trigger but a side
taken from words that do not act or undergo:
- a name part: "الأمير محمد بن سلمان بن عبد العزيز" holds "عبد العزيز" after "بن", a piece of the
  prince's own name, never a second participant (`without_name_parts`, before the sides are chosen);
- a target inside the actor's own words ("وزير خارجية كوبا ... يزور ..." visits no Cuba);
- a place where the event happens taken for its actor ("هجمات في شمال نيجيريا"، "توجه إلى القاهرة
  لعقد اجتماع"): a place after في/إلى/داخل (and a compass word) is a setting, not who acts;
- a loan received or repaid ("تلقت أثينا قرضا"، "سداد قرض للبنك"), an approval or a support
  obtained ("فشل في الحصول على موافقة البرلمان"): the named side gets the aid or the approval, so
  the trigger's sides are the wrong way round;
- a target in a headline's next item, after ".." ("ينذر واشنطن.. وتوافد أوروبي على طهران");
- a target in the title set after the person acting ("دعت فلانة رئيسة اتحاد المصارف ...");
- a consultation's target that is the place discussed ("اجتماع مجلس الأمن بشأن سوريا");
- any event of a sports article ("هجوم الفريق"، "يلتقي المنتخبان"): GUIDE.md's events are politics;
- an event told as not yet happened ("قبل موافقة الكونغرس"، "قبل أن يوافق عليه"، "دون توقيع");
- the accused taken for the accuser ("اتهام روسيا بالتدخل"، "تتهم دول عدة قطر بدعم ...");
- a target in a time clause after the trigger ("هجمات ... منذ تولي الرئيس ...", "عندما ..."):
  the clause dates the event, its names are not acted upon;
- an act's target introduced as its agent ("قتل ... من قبل التنظيم"، "في هجمات نفذتها الجماعة"):
  the sides are turned round;
- an actor introduced by "ضد" ("نفذت قوات التحالف ضد تنظيم داعش ضربات جوية"): the side opposed,
  the one acted against, never the one acting; the name right before "ضد" acts (`resided_against`)
  and the opposed side is the target unless a named non-place target is already there;
- the one met taken for the one meeting ("وأكد فلان خلال استقباله السفير ..."، "وبعد لقائه الرئيس
  التونسي قال ساركوزي"): the name right after a meeting noun with a pronoun is its object; the
  clause's named subject meets (`resided_hosted`);
- the subject of a passive verb in a relative clause taken for the one acting ("الناشط فلان الذي
  اختطف أمس"، "الصحافي الذي طرد من صحيفة ..."): the verb has no object after it, its subject
  undergoes the act; the body after "من" expels, else who acted is not named (`resided_passive`);
- a discussion whose subject is a meeting noun right before its verb ("فإن الاجتماع سيناقش جهود السلام
  في سوريا واليمن"، "لقاء العاصمة الثلاثي سيبحث ..."): the meeting discusses; the names after the verb
  are its matters and a place right after the noun is where it meets, neither one a side;
- an armed group that owns the sites an attack strikes ("ضربات جوية على مواقع لتنظيم داعش في سوريا"):
  named after the trigger with ل, it is attacked, not the attacker;
- the speaker of a reporting verb whose object is the trigger ("وأكد النائب فلان استنكار مجلس
  النواب لهذا العمل"): the one who tells of the condemnation, not the one condemned.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event, Span
from marsad.layers.events.agent_sides import _WORD, _keys, _set_sides, _trigger_bounds, turn_agent_sides
from marsad.layers.events.checks import TITLE_HEADS
from marsad.layers.events.words import AGENT_MARKS, _Mention, _strip_conjunction
from marsad.lexicons import loader
from marsad.lexicons.verbs import reporting_verb_keys

_LEXICON = "event_sides.tsv"
NAME_LINKS = loader.keyed(_LEXICON, "name_link", match_key)
LOCATIVE = loader.keyed(_LEXICON, "place_before", match_key)
AREA_WORDS = loader.keyed(_LEXICON, "area", match_key)
AREA_REACH = 3  # compass and area words between the preposition and the place, at most
RECEIVE_REPAY = loader.keyed(_LEXICON, "receive", match_key)
RECEIVE_REACH = 3  # words between such a verb and the aid noun, at most
TIME_CLAUSE = loader.keyed(_LEXICON, "time_clause", match_key)
INTRODUCERS = loader.keyed(_LEXICON, "introducer", match_key)
DONE_BY = loader.keyed(_LEXICON, "done_by", match_key)
OBTAIN = loader.keyed(_LEXICON, "obtain", match_key)
NOT_YET = loader.keyed(_LEXICON, "not_yet", match_key)
# what a side may receive or obtain from another: the subject of "تلقى"، "حصل على" is not its giver
RECEIVED = frozenset({"AID", "AGREE", "SUPPORT"})
TOPIC = loader.keyed(_LEXICON, "topic", match_key)
SPORTS_WORDS = loader.keyed(_LEXICON, "sports", match_key)
SPORTS_FORMS = tuple(loader.words(_LEXICON, "sports"))  # as written: a quick look before reading every word
SPORTS_DISTINCT, SPORTS_COUNT = 6, 10  # distinct sports words and their occurrences that make a sports article
ACCUSATION_NOUNS = loader.keyed(_LEXICON, "accusation", match_key)
# acts done to someone: a side introduced as their agent ("من قبل"، "على يد") is the actor
DONE_TO = frozenset({"ASSAULT", "COERCE"})
SAYING = reporting_verb_keys()
SAYER_REACH = 3  # words between a reporting verb and its subject's name, at most ("وأكد النائب فلان")


def without_name_parts(text: str, mentions: Sequence[_Mention]) -> list[_Mention]:
    """The mentions but those that follow a name link ("بن"، "بنت"، "ابن") right after another
    mention: a later part of the same person's name."""
    ends = {m.end for m in mentions}
    out = []
    for m in mentions:
        before = text[max(0, m.start - 8) : m.start]
        words = before.split()
        if words and before.endswith(" ") and match_key(words[-1]) in NAME_LINKS:
            link_start = m.start - len(before) + before.rfind(words[-1])
            if link_start - 1 in ends:
                continue
        out.append(m)
    return out


def _placed(text: str, start: int, lo: int) -> bool:
    """Whether the name at `start` follows a preposition of place, with at most AREA_REACH
    compass or area words between (not before `lo`)."""
    return after_place_preposition(_keys(text[max(lo, start - 60) : start]))


def after_place_preposition(keys: list[str], conjunctions: bool = False) -> bool:
    """Whether the words before a place end with a preposition of place, past at most AREA_REACH
    compass or area words ("في شمال شرقي"); with `conjunctions`, words with "و" or "ف" on them
    count as well ("وفي شمال")."""
    for k in reversed(keys[-(AREA_REACH + 1) :]):
        if k in LOCATIVE or (conjunctions and _strip_conjunction(k) in LOCATIVE):
            return True
        if (_strip_conjunction(k) if conjunctions else k) not in AREA_WORDS:
            return False
    return False


def _before_trigger(ev: Event) -> list[str]:
    """The keys of the words of the event's sentence before its trigger (none when not found)."""
    at = ev.text.find(ev.trigger) if ev.trigger else -1
    return _keys(ev.text[:at]) if at >= 0 else []


def _trigger_end(ev: Event) -> int | None:
    """The document offset where the event's trigger ends (None when it has none or it is not found)."""
    bounds = _trigger_bounds(ev)
    return bounds[1] if bounds is not None else None


def _received(ev: Event) -> bool:
    """Whether an aid, an approval or a support noun is the object of a verb of receiving or
    paying back ("تلقت قرضا") or of obtaining ("الحصول على موافقة")."""
    if ev.type not in RECEIVED:
        return False
    near = _before_trigger(ev)[-(RECEIVE_REACH + 1) :]
    if ev.type == "AID" and any(k in RECEIVE_REPAY or (k[:1] in ("و", "ف") and k[1:] in RECEIVE_REPAY) for k in near):
        return True
    # "حصل على موافقة البرلمان" is the parliament's agreement; the subject who obtains it gives none
    return ev.actor_span is not None and ev.actor_span.end <= ev.start + ev.text.find(ev.trigger) \
        and any(k in OBTAIN for k in near[-2:])


def _not_yet(ev: Event) -> bool:
    """Whether the trigger follows a word telling it has not happened ("قبل موافقة"، "قبل أن يوافق")."""
    if ev.type == "CONSULT":  # "قبل زيارة أوباما": a visit or a meeting before is one scheduled
        return False
    before = _before_trigger(ev)
    if before[-1:] == ["ان"] or before[-1:] == ["أن"]:
        before = before[:-1]
    return bool(before) and (before[-1] in NOT_YET or (before[-1][:1] == "و" and before[-1][1:] in NOT_YET))


def _accused_as_actor(text: str, ev: Event) -> bool:
    """Whether the actor of an accusation is the genitive of "اتهام" with a ب-complement after it
    ("على خلفية اتهام روسيا بالتدخل"): the accused, the accuser being unnamed."""
    if ev.type != "ACCUSE" or ev.actor_span is None or not ev.trigger:
        return False
    if match_key(ev.trigger.split()[0]) not in ACCUSATION_NOUNS:
        return False
    a = ev.actor_span
    between = text[ev.start : a.start]
    if not between.rstrip().endswith(ev.trigger):
        return False
    after = _keys(text[a.end : a.end + 30])
    return bool(after) and after[0][:1] == "ب"


ACCUSATION_VERBS = loader.keyed(_LEXICON, "accusation_verb", match_key)


def _trigger_opens_with(ev: Event, words: frozenset[str], proclitics: tuple[str, ...]) -> bool:
    """Whether the trigger's first word is one of `words`, bare or with one of `proclitics` on it."""
    first = match_key((ev.trigger or "").split()[0])
    return first in words or (first[:1] in proclitics and first[1:] in words)


def _accused_after_verb(text: str, ev: Event) -> bool:
    """Whether the actor of an accusation stands right after the accusing verb with a ب-complement
    right after it ("تتهم دول عدة قطر بدعم ..."، "اتهمت الوزارة بالتقصير"): the accused (the verb's
    object, or the subject of a passive), not the accuser."""
    bounds = _trigger_bounds(ev)
    a = ev.actor_span
    if ev.type != "ACCUSE" or bounds is None or a is None or a.start < bounds[1] or not ev.trigger:
        return False
    if not _trigger_opens_with(ev, ACCUSATION_VERBS, ("و", "ف")):
        return False
    if len(_keys(text[bounds[1] : a.start])) > 2:  # "تتهم دول عدة قطر": an unnamed subject between
        return False
    after = _keys(text[a.end : a.end + 30])
    return bool(after) and after[0][:1] == "ب" and len(after[0]) > 3


def _timed_target(doc: Document, ev: Event) -> bool:
    """Whether a time clause opens between the trigger and the target after it."""
    t1 = _trigger_end(ev)
    if ev.target_span is None or t1 is None or ev.target_span.start <= t1:
        return False
    keys = _keys(doc.text[t1 : ev.target_span.start])
    opened = [k for k, key in enumerate(keys) if key in TIME_CLAUSE]
    # "منذ بداية العام مع القاهرة": a preposition after the opener introduces the target anew
    return bool(opened) and not any(key in INTRODUCERS for key in keys[opened[-1] + 1 :])


def _agent_target(text: str, ev: Event) -> bool:
    """Whether the target of an act done to someone is introduced as its agent ("قتل جراء
    استهدافه من قبل التنظيم"، "في هجمات نفذتها الجماعة"، "على يد ...")."""
    if ev.type not in DONE_TO or ev.target_span is None or ev.actor_span is None \
            or ev.target_span.start < ev.actor_span.end:
        return False
    keys = _keys(text[max(ev.start, ev.target_span.start - 30) : ev.target_span.start])
    if not keys:
        return False
    last = keys[-1]
    return last in DONE_BY or last in AGENT_MARKS or (last[:1] == "ب" and last[1:] in AGENT_MARKS) or (
        last == "قبل" and len(keys) > 1 and keys[-2] == "من")


AGAINST_WORD = match_key("ضد")


def _opposed_actor(text: str, ev: Event) -> bool:
    """Whether the actor follows "ضد" ("ضربات التحالف ضد داعش على مواقع في سوريا"): who is acted
    against; the event's sides are then misread."""
    a = ev.actor_span
    if a is None:
        return False
    keys = _keys(text[max(0, a.start - 20) : a.start])
    return bool(keys) and (keys[-1] == AGAINST_WORD or (keys[-1][:1] == "و" and keys[-1][1:] == AGAINST_WORD))


STRUCK_SITES = loader.keyed(_LEXICON, "struck_site", match_key)
GROUP_HEADS = loader.keyed(_LEXICON, "group_head", match_key)


def _sites_owner_actor(text: str, ev: Event) -> bool:
    """Whether an attack's actor, named after the trigger, owns the sites it strikes ("غارات على
    مواقع لتنظيم داعش"، "استهدفت معاقل للجماعة"): the group is attacked there, never the attacker."""
    a = ev.actor_span
    if ev.type != "ASSAULT" or a is None or a.start <= ev.start:
        return False
    keys = [k for k in _keys(text[max(ev.start, a.start - 50) : a.start]) if any(c.isalpha() for c in k)]
    if not keys:
        return False
    last = keys.pop()
    if last in ("ل", "لل"):
        last = keys.pop() if keys else ""
    elif last[:1] == "ل" and (last[1:] in GROUP_HEADS or (last[1:2] == "ل" and last[2:] in GROUP_HEADS)):
        last = keys.pop() if keys else ""  # "لتنظيم"، "للتنظيم"، "لميليشيات"
    else:
        return False
    return last in STRUCK_SITES


def _sayer_as_target(text: str, ev: Event) -> bool:
    """Whether the target is the subject of a reporting verb right before the trigger, which is
    that verb's object ("وأكد النائب فلان استنكار مجلس النواب ... لهذا العمل")."""
    at = ev.text.find(ev.trigger) if ev.trigger and ev.quote is None else -1
    t = ev.target_span
    if at < 0 or t is None or t.end > ev.start + at or _keys(text[t.end : ev.start + at]):
        return False
    before = _keys(text[max(0, t.start - 60) : t.start])[-(SAYER_REACH + 1) :]
    return any(k in SAYING or (k[:1] in ("و", "ف") and k[1:] in SAYING) for k in before)


def _other_headline(doc: Document, ev: Event) -> bool:
    """Whether ".." or "…" stands between the trigger and the target after it: a headline's next
    item ("خامنئي ينذر واشنطن.. وتوافد أوروبي على طهران"), with its own event."""
    t1 = _trigger_end(ev)
    if ev.target_span is None or t1 is None or ev.target_span.start <= t1:
        return False
    between = doc.text[t1 : ev.target_span.start]
    return ".." in between or "…" in between


def _topic_target(doc: Document, ev: Event, places: frozenset[str]) -> bool:
    """Whether a consultation's target is a place right after a preposition of subject matter
    ("اجتماع مجلس الأمن بشأن سوريا"): the matter discussed, not the one met."""
    if ev.type != "CONSULT" or ev.target_span is None or ev.target not in places:
        return False
    keys = _keys(doc.text[max(ev.start, ev.target_span.start - 30) : ev.target_span.start])
    return bool(keys) and keys[-1] in TOPIC


MEETING_SUBJECTS = loader.keyed(_LEXICON, "meeting_subject", match_key)
DISCUSSION_VERBS = loader.keyed(_LEXICON, "discussion_verb", match_key)
# words after which a noun opens a clause as its subject ("أعلنت الوزارة أن الاجتماع سيناقش")
CLAUSE_OPENERS = frozenset(match_key(w) for w in ("إن", "أن", "فإن", "وأن", "وإن", "بأن", "كما"))
MEETING_REACH = 3  # words of the meeting's phrase between its noun and the verb ("لقاء العاصمة الثلاثي")


def _bare(key: str) -> str:
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key


def _discussion(key: str) -> bool:
    key = _bare(key)
    return key in DISCUSSION_VERBS or (key[:1] == "س" and key[1:] in DISCUSSION_VERBS)


def _meeting_discusses(doc: Document, ev: Event, places: frozenset[str]) -> bool:
    """Whether a discussion's subject is a meeting noun right before its verb (module docstring):
    then an actor after the verb, or a place right after the noun, is no side."""
    bounds = _trigger_bounds(ev)
    if ev.type != "CONSULT" or ev.actor_span is None or bounds is None:
        return False
    trigger = _bare(match_key(ev.trigger or ""))
    if trigger in MEETING_SUBJECTS:  # "لقاء العاصمة الثلاثي سيبحث ...": the noun is the trigger itself
        after = doc.text[bounds[1] : ev.end]
        cut = min((after.find(c) for c in "،,.:؛«\"" if c in after), default=len(after))
        if not any(_discussion(match_key(w)) for w in _WORD.findall(after[:cut])[: MEETING_REACH + 1]):
            return False
        return ev.actor in places and not doc.text[bounds[1] : ev.actor_span.start].strip()
    if not _discussion(trigger):
        return False
    clause = doc.text[ev.start : bounds[0]]
    cut = max(clause.rfind(c) for c in "،,.:؛«\"")
    words = list(_WORD.finditer(clause, cut + 1))
    for j in range(len(words) - 1, max(-1, len(words) - 2 - MEETING_REACH), -1):
        if _bare(match_key(words[j].group())) not in MEETING_SUBJECTS:
            continue
        # "خلال الاجتماع ناقش الوزير ...": a noun in an adjunct is no subject; the name after acts
        if j > 0 and match_key(words[j - 1].group()) not in CLAUSE_OPENERS:
            return False
        if ev.actor_span.start >= bounds[1]:
            return True
        noun_end = ev.start + words[j].end()
        return ev.actor in places and not doc.text[noun_end : ev.actor_span.start].strip()
    return False


TITLE_REACH = 6  # words of a person's title after their name that may hold the target


def _target_in_actors_title(doc: Document, ev: Event, persons: frozenset[str]) -> bool:
    """Whether the target is a body or a place in the title set after the person acting
    ("دعت لوكا كاتسيلي رئيسة اتحاد المصارف والبنك الوطني ... العملاء إلى الهدوء"): it describes
    the person, it is not acted upon."""
    a, t = ev.actor_span, ev.target_span
    if a is None or t is None or ev.actor not in persons or ev.target in persons or t.start < a.end:
        return False
    between = doc.text[a.end : t.start]
    keys = _keys(between)
    if not keys or len(keys) > TITLE_REACH or any(c in between[2:] for c in "،,.:؛«"):
        return False
    head = keys[0][1:] if keys[0][:1] == "و" and keys[0][1:] in TITLE_HEADS else keys[0]
    if head not in TITLE_HEADS:
        return False
    # "مندوب اليمن لدى جامعة الدول العربية جماعة الحوثي": a name closes the title, the target after
    # it is the object; unless "و" joins the target to it ("رئيسة اتحاد المصارف والبنك الوطني")
    named_between = any(a.end < m.start and m.end <= t.start for e in doc.entities for m in e.mentions)
    return not named_between or keys[-1] == "و" or between.rstrip().endswith(" و")


def misread(doc: Document, ev: Event, places: frozenset[str], persons: frozenset[str]) -> bool:
    """Whether one of the event's sides is misread (module docstring)."""
    a, t = ev.actor_span, ev.target_span
    if a is not None and t is not None and a.start <= t.start and t.end <= a.end:
        return True
    if a is not None and ev.actor in places and ev.quote is None and _placed(doc.text, a.start, ev.start):
        return True
    return _received(ev) or _timed_target(doc, ev) or _not_yet(ev) or _accused_as_actor(doc.text, ev) \
        or _accused_after_verb(doc.text, ev) \
        or _other_headline(doc, ev) or _topic_target(doc, ev, places) or _meeting_discusses(doc, ev, places) \
        or _target_in_actors_title(doc, ev, persons) or _sayer_as_target(doc.text, ev) \
        or _sites_owner_actor(doc.text, ev)



AGAINST_REACH = 3  # words between the acting name and "ضد", at most ("قوات التحالف الدولي ضد")


def resided_against(doc: Document, ev: Event, places: frozenset[str]) -> bool:
    """Give an event whose actor follows "ضد" the name right before "ضد" as actor (the opposed side
    as target when the target is none or a place); False when no name stands there (then the
    event's sides cannot be read)."""
    a = ev.actor_span
    if a is None:
        return False
    at = doc.text.rfind("ضد", max(ev.start, a.start - 20), a.start)
    if at < 0:
        return False
    best = None
    for ent in doc.entities:
        if ent.id == ev.actor:
            continue
        for m in ent.mentions:
            if ev.start <= m.start and m.end <= at and len(_keys(doc.text[m.end : at])) <= AGAINST_REACH \
                    and (best is None or m.end > best[1].end):
                best = (ent.id, m)
    if best is None:
        return False
    opposed = (ev.actor, ev.actor_span, ev.actor_sector)
    keeps = not (ev.target is None or ev.target in places or ev.target == best[0])
    _set_sides(ev, (best[0], Span(best[1].start, best[1].end, best[1].text), None),
               (ev.target, ev.target_span, ev.target_sector) if keeps else opposed)
    return True


HOSTED = loader.keyed(_LEXICON, "hosted", match_key)


def _hosted_actor(doc: Document, ev: Event) -> bool:
    """Whether a meeting's actor is the name right after a meeting noun with a pronoun ("خلال
    استقباله السفير"، "وبعد لقائه الرئيس"): the one met."""
    bounds = _trigger_bounds(ev)
    a = ev.actor_span
    if ev.type != "CONSULT" or bounds is None or a is None or a.start < bounds[1] or not ev.trigger:
        return False
    if not _trigger_opens_with(ev, HOSTED, ("و", "ف", "ب", "ل")):
        return False
    return not _keys(doc.text[bounds[1] : a.start])


def resided_hosted(doc: Document, ev: Event, places: frozenset[str]) -> bool:
    """Give a meeting whose actor is the one met (`_hosted_actor`) the clause's named subject as
    actor: the nearest name before the trigger in the sentence, else the target when it is no place;
    the one met becomes the target. False when no such name is there."""
    bounds = _trigger_bounds(ev)
    assert bounds is not None and ev.actor_span is not None
    best = None
    for ent in doc.entities:
        if ent.id == ev.actor or ent.id in places:
            continue
        for m in ent.mentions:
            if ev.start <= m.start and m.end <= bounds[0] and (best is None or m.end > best[1].end):
                best = (ent.id, Span(m.start, m.end, m.text))
    if best is None and ev.target is not None and ev.target not in places and ev.target_span is not None:
        best = (ev.target, ev.target_span)
    if best is None:
        return False
    meets = (ev.target, ev.target_span, ev.target_sector) if best[0] == ev.target else (best[0], best[1], None)
    _set_sides(ev, meets, (ev.actor, ev.actor_span, ev.actor_sector))
    return True


RELATIVE = loader.keyed(_LEXICON, "relative", match_key)
PASSIVE_NEXT = loader.keyed(_LEXICON, "passive_next", match_key)
PASSIVE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # acts undergone: abducted, detained, expelled


def _passive_actor(doc: Document, ev: Event) -> bool:
    """Whether the actor of an act done to someone is followed by a relative pronoun and the
    one-word trigger verb with no object after it ("فلان الذي اختطف أمس")."""
    bounds = _trigger_bounds(ev)
    a = ev.actor_span
    if ev.type not in PASSIVE_TYPES or bounds is None or a is None or a.end > bounds[0] \
            or not ev.trigger or len(ev.trigger.split()) != 1:
        return False
    between = _keys(doc.text[a.end : bounds[0]])
    if len(between) != 1 or between[0] not in RELATIVE:
        return False
    rest = doc.text[bounds[1] : bounds[1] + 40]
    if rest[:1] != " ":
        return False  # the trigger is a part of a longer word
    after = _keys(rest)
    if not after:
        return True
    if rest.lstrip()[:1] in "،,.:؛(«\"":
        return True
    return after[0] in PASSIVE_NEXT and not (after[0] == "من" and after[1:2] == ["قبل"])


def resided_passive(doc: Document, ev: Event, places: frozenset[str]) -> bool:
    """Turn a passive relative clause's sides (`_passive_actor`): its subject is the target, a named
    body or person right after "من" (at most two words later: "من صحيفة ...") the actor. False when
    no such actor is named."""
    bounds = _trigger_bounds(ev)
    assert bounds is not None and ev.actor_span is not None
    rest = doc.text[bounds[1] : bounds[1] + 60]
    after = _keys(rest)
    if not after or after[0] != "من":
        return False
    best = None
    for ent in doc.entities:
        if ent.id == ev.actor or ent.id in places:
            continue
        for m in ent.mentions:
            if bounds[1] < m.start and len(_keys(doc.text[bounds[1] : m.start])) <= 3 \
                    and (best is None or m.start < best[1].start):
                best = (ent.id, Span(m.start, m.end, m.text))
    if best is None:
        return False
    _set_sides(ev, (best[0], best[1], None), (ev.actor, ev.actor_span, ev.actor_sector))
    return True


def sports_news(text: str) -> bool:
    """Whether an article is sports reporting: at least SPORTS_COUNT words of sports, of
    SPORTS_DISTINCT kinds ("المباراة"، "المدرب"، "الدوري" ...), a conjunction or a preposition
    attached or not."""
    if sum(form in text for form in SPORTS_FORMS) < SPORTS_DISTINCT // 2:
        return False  # most articles: no need to read every word
    found = []
    for k in _keys(text):
        if k in SPORTS_WORDS or (k[:1] in ("و", "ف", "ب", "ل") and k[1:] in SPORTS_WORDS):
            found.append(k if k in SPORTS_WORDS else k[1:])
    return len(found) >= SPORTS_COUNT and len(set(found)) >= SPORTS_DISTINCT


def drop_misread_sides(doc: Document) -> None:
    """Drop the record's events with a misread side, and turn round an act whose target is
    introduced as its agent; a sports article has no events of the record."""
    if not doc.events:
        return
    if sports_news(doc.text):
        doc.events.clear()
        return
    places = frozenset(e.id for e in doc.entities if e.type == "LOC")
    persons = frozenset(e.id for e in doc.entities if e.type == "PER")
    kept = []
    for ev in doc.events:
        if _opposed_actor(doc.text, ev) and not resided_against(doc, ev, places):
            continue
        if _hosted_actor(doc, ev) and not resided_hosted(doc, ev, places):
            continue
        if _passive_actor(doc, ev) and not resided_passive(doc, ev, places):
            continue
        if misread(doc, ev, places, persons):
            continue
        if _agent_target(doc.text, ev):
            ev.actor, ev.target = ev.target, ev.actor
            ev.actor_span, ev.target_span = ev.target_span, ev.actor_span
            ev.actor_sector, ev.target_sector = ev.target_sector, ev.actor_sector
        kept.append(ev)
    doc.events[:] = kept
    turn_agent_sides(doc)  # sides an agent's phrase, an asker, a label or a title names otherwise
