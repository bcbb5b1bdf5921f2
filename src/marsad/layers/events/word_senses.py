"""Record events whose trigger word, read in its sentence, names no interaction between the sides.

News in general (not only politics) uses the triggers' words in other senses, and these readings
cost precision on outlets the rules were not written on:

- a noun, not the verb: "وهو طالب في الجامعة"، "ابن طالب كيني" (a student, not "demanded");
  "مساعدة الوزيرة فلانة" (her aide, not aid given to the name after it);
- a speech at a ceremony: "ألقى كلمة رحب فيها بالحضور / هنأ فيها الخريجين" welcomes guests;
- a side that is the other side's own official: "أدان البرلمان ..، وعبر رئيس البرلمان فلان":
  the body's name stands in its president's title, he is no target of it;
- a body and the organisation it sits in: "أدان أعضاء مجلس الأمن بالأمم المتحدة";
- a state and its own official who voices its stand: "وعبر وزير الخارجية فلان عن استنكار المملكة";
- one person on both sides ("الأمير فيصل بن خالد" and "فيصل بن خالد عبدالعزيز");
- two private persons, neither known to the knowledge base nor introduced by a state office,
  dealing with each other ("ورحب محافظ ... بأخيه"، "تبرع الشاب فلان لفلان"): local news;
- a target named in the next clause, which a reporting verb opens: "ودانت مصر التفجير، وأكدت
  الخارجية على لسان متحدثها فلان ..." (the spokesman is not condemned);
- a side chairing the other: "عقد المجلس اجتماعه برئاسة الأمير فلان" (the council and its chair);
- a state named in its official's title right before his name, after the trigger: "استنكر مفتي مصر
  د. فلان التفجير" (the mufti condemns; Egypt does nothing to him);
- the paper a statement was given to: "وقالت مصادر لـ«الرياض» إن ..." (no side of the act told);
- a sentence about sport ("الشوط الأول"، "لقاء قطر وعمان في البطولة");
- a sports team as a side: "بعد اعتذار فريق القادسية عن المباراة";
- a thing that discusses: "وناقش العرض المسرحي ..."، "ناقش المؤتمر ...": a play or a conference
  treats a subject, no two named sides consult;
- agreeing with what someone said: "ويتفق المحلل فلان مع ما ذهب إليه فلان"، "موافقة ما قاله فلان"،
  "يتفق مع رأي فلان": sharing an opinion, no deal nor acceptance between the sides (PLOVER AGREE).
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import match_key
from marsad.document import Document, Entity, Event
from marsad.layers.events.checks import TITLE_HEADS, entity_kinds
from marsad.layers.events.political import _own_state
from marsad.lexicons.verbs import reporting_verb_keys

_WORD = re.compile(r"[^\s«»\"'()،,.؛:!?؟]+")

# words right before "طالب" that make it the noun "student" ("وهو طالب"، "ابن طالب"، "كل طالب")
STUDENT_BEFORE = frozenset(match_key(w) for w in (
    "هو", "وهو", "كان", "ابن", "لابن", "كل", "أي", "أول", "وكل", "يدرس", "بصفته", "زميل"))
# words right after it that do ("طالب في الجامعة"، "طالب جامعي"، "طالب بكلية")
STUDENT_AFTER = frozenset(match_key(w) for w in ("في", "جامعي", "بكلية", "بجامعة", "بالمرحلة", "بالصف", "ثانوي"))
REQUEST_NOUNS = frozenset(match_key(w) for w in ("طالب", "وطالب"))
# the words an aide's title may follow: none (a headline, a sentence's start) or a reporting verb
AIDE_BEFORE = frozenset(match_key(w) for w in ("قالت", "وقالت", "أكدت", "وأكدت", "ذكرت", "وذكرت", "إن", "أن",
                                               "كشفت", "وكشفت", "أعلنت", "وأعلنت", "نفت", "ونفت"))
AID_NOUNS = frozenset(match_key(w) for w in ("مساعدة", "مساعد"))
# the speech a welcome or a congratulation is made in ("كلمة رحب فيها")
SPEECH_NOUNS = frozenset(match_key(w) for w in ("كلمة", "كلمته", "كلمتها", "خطاب", "خطابه", "الكلمة"))
IN_IT = frozenset(match_key(w) for w in ("فيها", "فيه", "خلالها", "خلاله"))
# the nouns before a team's name
TEAM_NOUNS = frozenset(match_key(w) for w in ("فريق", "نادي", "منتخب", "لفريق", "لنادي", "لمنتخب",
                                              "بفريق", "بنادي", "بمنتخب", "وفريق", "ونادي", "ومنتخب"))
# things that "discuss" a subject: a work, a gathering, a paper
DISCUSSING_THINGS = frozenset(match_key(w) for w in (
    "العرض", "الفيلم", "المسلسل", "الكتاب", "المؤتمر", "الملتقى", "الندوة", "الورشة", "المنتدى",
    "البرنامج", "البحث", "الدراسة", "المقال", "التقرير", "اللقاء", "الاجتماع", "الحفل", "المهرجان",
    "المعرض", "المسرحية", "العمل", "الحلقة", "الحوار", "النقاش", "المحاضرة"))
CONSULT_DISCUSS = frozenset({"discuss"})
# words of a person's name that do not tell who he is ("الأمير فيصل بن خالد" = "فيصل بن خالد")
NAME_FILLERS = frozenset(match_key(w) for w in ("بن", "ابن", "بنت", "الأمير", "الملك", "الشيخ", "الدكتور",
                                                "الرئيس", "السيد", "آل", "أبو", "عبد", "عبدال"))
# the offices of state that make a person a political actor when they introduce his name
STATE_OFFICES = frozenset(match_key(w) for w in (
    "الرئيس", "رئيس", "الملك", "ملك", "الأمير", "أمير", "وزير", "الوزير", "وزيرة", "السفير", "سفير",
    "المبعوث", "مبعوث", "نظيره", "نظيرته", "زعيم", "قائد", "المرشد", "مندوب", "المندوب", "نائب",
    "الناطق", "المتحدث", "العاهل", "ولي", "النائب", "البرلماني", "السيناتور", "الجنرال", "العقيد", "العميد",
    "اللواء", "الفريق", "زعيمة", "رئيسة", "الرئيسة", "المستشار", "المستشارة"))
PRIVATE_DEALINGS = frozenset({"SUPPORT", "AID", "CONSULT", "COOPERATE", "AGREE", "CONCEDE", "REJECT", "REQUEST"})
# the words that introduce a person in private or local life, not in politics
PRIVATE_LIFE = frozenset(match_key(w) for w in (
    "الشاب", "الشابة", "المواطن", "المواطنة", "المعلم", "المعلمة", "الطالب", "الطالبة", "القبطان",
    "المهندس", "الدكتور", "الأستاذ", "الفنان", "الفنانة", "الممثل", "المخرج", "الكاتب", "الشاعر",
    "الطفل", "الطفلة", "السيدة", "محافظ", "مدير", "المحامي", "التاجر", "المقيم", "زميله", "بأخيه",
    "أخيه", "شقيقه", "والده", "ابنه", "المتفوق", "الخريج"))
# words only a sports report uses ("الشوط"، "المباراة"، "اللاعب"; not "الدوري"، "بهدف": "الرئيس الدوري"): its events are games, not politics
SPORT_WORDS = frozenset(match_key(w) for w in (
    "الشوط", "شوط", "مباراة", "المباراة", "مباراته", "مباراتها", "مباريات", "المباريات", "مبارياته",
    "اللاعب", "لاعب", "اللاعبين", "لاعبي", "منتخبات", "النادي", "نادي"))  # not "المنتخب": "الرئيس المنتخب"

OWN_TITLE_REACH = 6  # words from a title's head to the holder's name, the body between them

# the document's entities by id, built once per document in drop_other_senses
Entities = dict[str, Entity]


def _by_id(doc: Document) -> Entities:
    return {x.id: x for x in doc.entities}


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), match_key(m.group())) for m in _WORD.finditer(text)]


def _trigger_at(doc: Document, e: Event) -> int | None:
    """The offset of the event's trigger in its sentence (of its occurrences, the one nearest the
    actor's words: "وهنأ ... كما ألقى فلان كلمة هنأ فيها"), or None."""
    if not e.trigger:
        return None
    found, k = [], doc.text.find(e.trigger, e.start, e.end)
    while k >= 0:
        found.append(k)
        k = doc.text.find(e.trigger, k + 1, e.end)
    if not found:
        return None
    near = e.actor_span.start if e.actor_span is not None else e.start
    return min(found, key=lambda k: abs(k - near))


def _student(doc: Document, e: Event, at: int, words: list[tuple[int, int, str]]) -> bool:
    off = at - e.start
    idx = next((i for i, (a, b, _k) in enumerate(words) if a <= off < b), None)
    if idx is None or words[idx][2] not in REQUEST_NOUNS:
        return False
    before = words[idx - 1][2] if idx else ""
    after = words[idx + 1][2] if idx + 1 < len(words) else ""
    # a singular nisba right after it ("طالب كيني") describes the noun: the verb's subject is no adjective
    nisba = len(after) > 3 and after.endswith("ي") and not after.startswith("ال") and not _mention_at(
        doc, e.start + words[idx + 1][0])
    return before in STUDENT_BEFORE or after in STUDENT_AFTER or nisba


# the words that agree (PLOVER AGREE triggers) which may take an opinion as their object
AGREEING = frozenset(match_key(w) for w in (
    "اتفق", "يتفق", "تتفق", "اتفقت", "اتفقوا", "يتفقون", "وافق", "يوافق", "توافق", "وافقت", "موافقة",
    "موافقته", "موافقتها", "اتفاق", "اتفاقه", "اتفاقها", "متفق", "متفقا", "متفقة"))
# "ما" + a verb of saying or thinking: what someone said or holds ("ما قاله"، "ما ذهب إليه")
SAID_VERBS = frozenset(match_key(w) for w in (
    "قال", "قاله", "قالته", "قالوه", "يقوله", "تقوله", "ذهب", "ذهبت", "يذهب", "طرحه", "طرحته", "رآه",
    "رأته", "يراه", "تراه", "ذكره", "ذكرته", "أورده", "أوردته", "أشار", "أشارت", "صرح", "صرحت",
    "كتبه", "كتبته", "أكده", "أكدته", "أعلنه", "اقترحه", "طرح", "يطرحه", "جاء", "أبداه", "أبدته"))
# nouns of an opinion or a saying ("مع رأي فلان"، "مع وجهة نظر"، "مع كلام")
OPINION_NOUNS = frozenset(match_key(w) for w in (
    "رأي", "الرأي", "رأيه", "رأيها", "آراء", "وجهة", "طرح", "كلام", "قول", "تحليل", "تقدير", "قراءة",
    "تصريحات", "تصريح", "مقولة", "توصيف"))
WITH = match_key("مع")
WHAT = frozenset(match_key(w) for w in ("ما", "فيما"))


def _agrees_with_words(doc: Document, e: Event, at: int) -> bool:
    """An agreeing word followed by what someone said or an opinion ("يتفق مع ما ذهب إليه فلان"،
    "موافقة ما قاله فلان"، "يتفق مع رأي فلان"): sharing a view, no agreement between the sides."""
    if e.type != "AGREE":
        return False
    after = _words(doc.text[at : e.end])[:5]
    if not after or after[0][2] not in AGREEING and after[0][2][1:] not in AGREEING:
        return False
    rest = [k for _a, _b, k in after[1:]]
    if rest and rest[0] == WITH:
        rest = rest[1:]  # "مع ما": the view agreed with
    elif rest and len(after) > 2 and rest[0] not in WHAT:
        # "يتفق المحلل فلان مع ما ...": the subject between; look on for the "مع"
        tail = [k for _a, _b, k in _words(doc.text[at : e.end])[1:10]]
        if WITH not in tail:
            return False
        rest = tail[tail.index(WITH) + 1 :]
    if len(rest) >= 2 and rest[0] in WHAT and (rest[1] in SAID_VERBS or rest[1][1:] in SAID_VERBS):
        return True
    return bool(rest) and (rest[0] in OPINION_NOUNS or (rest[0][:1] == "ل" and rest[0][1:] in OPINION_NOUNS))


def _mention_at(doc: Document, offset: int) -> bool:
    return any(m.start <= offset < m.end for ent in doc.entities for m in ent.mentions)


def _aide(doc: Document, e: Event, at: int, ents: Entities | None = None) -> bool:
    """"مساعدة هيلاري كلينتون": the noun right before a person's name, opening its sentence or
    after a reporting verb, is their aide."""
    word = doc.text[at : at + len(e.trigger or "")]
    if match_key(word) not in AID_NOUNS or e.actor is None:
        return False
    ent = (ents if ents is not None else _by_id(doc)).get(e.actor or "")
    if ent is None or ent.type != "PER":
        return False
    before = _words(doc.text[e.start : at])
    if before and before[-1][2] not in AIDE_BEFORE:
        return False  # "تحاول طهران مساعدة الأسد": the verbal noun of a verb, help given to him
    end = at + len(word)
    return any(end <= m.start and not doc.text[end : m.start].strip() for m in ent.mentions)


def _speech(doc: Document, e: Event, at: int) -> bool:
    """"ألقى كلمة رحب فيها بالحضور": a welcome or congratulation in a speech."""
    if e.type != "SUPPORT":
        return False
    after = _words(doc.text[at : e.end])
    if len(after) < 2 or after[1][2] not in IN_IT:
        return False
    before = _words(doc.text[max(e.start, at - 60) : at])[-4:]
    return any(k in SPEECH_NOUNS for _a, _b, k in before)


def _team(doc: Document, ents: Entities, e: Event) -> bool:
    """A side named in its sentence as a team ("فريق القادسية"، "منتخب مصر")."""
    for side in (e.actor, e.target):
        ent = ents.get(side) if side else None
        if ent is None:
            continue
        for m in ent.mentions:
            if e.start <= m.start < e.end:
                prev = _words(doc.text[max(e.start, m.start - 20) : m.start])
                if prev and prev[-1][2] in TEAM_NOUNS:
                    return True
    return False


def _thing_discusses(doc: Document, e: Event, at: int) -> bool:
    """"وناقش العرض المسرحي ..."، "بحث الملتقى ...": the verb's subject is a thing, no named side."""
    if e.type != "CONSULT" or e.mode not in CONSULT_DISCUSS:
        return False
    after = _words(doc.text[at : e.end])
    if len(after) < 2 or after[0][1] - after[0][0] != len(e.trigger or ""):
        return False  # a multi-word trigger, or a suffix ("بحثه"): no bare verb
    return after[1][2] in DISCUSSING_THINGS and not _mention_at(doc, at + after[1][0])


def _own_official(doc: Document, ents: Entities, e: Event) -> bool:
    """One side a person and the other a body or state named in that person's title right before
    their name in the sentence (or the title's genitive is the first word of the body's name: "رئيس
    البرلمان فلان" for "البرلمان العربي") ("رئيس البرلمان أحمد الجروان"، "الأمين العام لاتحاد غرف دول مجلس
    التعاون عبدالرحيم نقي"): the person acts for the body, the body does nothing to him."""
    for person, body in ((e.actor, e.target), (e.target, e.actor)):
        p, b = ents.get(person or ""), ents.get(body or "")
        if p is None or b is None or p.type != "PER" or b.type not in ("ORG", "LOC"):
            continue
        for pm in p.mentions:
            if not e.start <= pm.start < e.end:
                continue
            for bm in b.mentions:
                if not (e.start <= bm.start and bm.end <= pm.start):
                    continue
                gap = doc.text[bm.end : pm.start]
                if any(c in gap for c in ".،,؛:«»\"") or len(_WORD.findall(gap)) > 2 or any(
                        _head(k) or _head(k[2:]) for _a, _b, k in _words(gap)):
                    continue  # "زعيم حزب ... الرئيس فلان": a second title, another person
                head = _words(doc.text[max(e.start, bm.start - 60) : bm.start])[-OWN_TITLE_REACH:]
                keys = [k[1:] if k[:1] in ("ل", "و") and k[1:] in TITLE_HEADS else k for _a, _b, k in head]
                keys = [k[2:] if k.startswith("ال") and k[2:] in TITLE_HEADS else k for k in keys]
                if any(k in TITLE_HEADS for k in keys):
                    return True
            first = match_key(b.name.split()[0]) if b.name.split() else ""
            before = _words(doc.text[max(e.start, pm.start - 40) : pm.start])[-2:]
            if len(before) == 2 and first and before[1][2] == first and _head(before[0][2]):
                return True
    return False


def _name_words(name: str) -> set[str]:
    keys = {match_key(w) for w in name.split()}
    return {k[2:] if k.startswith("ال") and len(k) > 4 and k not in NAME_FILLERS else k for k in keys} - NAME_FILLERS


def _same_person(doc: Document, ents: Entities, e: Event) -> bool:
    """Both sides one person: the words of one name all in the other, or the two sides' words
    overlapping in the sentence."""
    a, t = ents.get(e.actor or ""), ents.get(e.target or "")
    if a is None or t is None or a.type != "PER" or t.type != "PER":
        return False
    wa, wt = _name_words(a.name), _name_words(t.name)
    if wa and wt and min(len(wa), len(wt)) >= 2 and (wa <= wt or wt <= wa):
        return True
    if e.actor_span is not None and e.target_span is not None:
        first, second = sorted((e.actor_span, e.target_span), key=lambda sp: sp.start)
        return second.start < first.end  # (side by side is subject and object: "استقبل فلان وزير ...")
    return False


def _private_persons(doc: Document, ents: Entities, e: Event) -> bool:
    """Two persons the knowledge base does not know, neither named after an office of state, one told
    as a private person (lexicon PRIVATE_LIFE), in
    dealings of everyday life (a welcome, a gift, a meeting, a request): an accusation or a threat
    between two named persons ("فلان يتهم فلانا بالتحريض") is left to the other checks."""
    if e.type not in PRIVATE_DEALINGS:
        return False
    a, t = ents.get(e.actor or ""), ents.get(e.target or "")
    if a is None or t is None or a.type != "PER" or t.type != "PER" or a.kb or t.kb:
        return False
    private = False
    for ent in (a, t):
        for m in ent.mentions:
            if e.start <= m.start < e.end:
                before = [k for _a, _b, k in _words(doc.text[max(e.start, m.start - 80) : m.start])[-4:]]
                if any(k in STATE_OFFICES or k[1:] in STATE_OFFICES for k in before):
                    return False
                private = private or any(k in PRIVATE_LIFE or k[1:] in PRIVATE_LIFE for k in before)
            if any(k in STATE_OFFICES for k in (match_key(w) for w in m.text.split())):
                return False
    return private  # told as private persons ("الشاب"، "المعلم"، "محافظ الرس"), not only unknown


def _sport(sentence: list[tuple[int, int, str]]) -> bool:
    """Whether the event's sentence (its words) holds a word only sports reports use."""
    words = {k for _a, _b, k in sentence}
    words |= {k[1:] for k in words if k[:1] in ("و", "ف", "ب", "ل")}
    return bool(words & SPORT_WORDS)


def _next_clause(doc: Document, e: Event, at: int) -> bool:
    """The target named after a comma and a reporting verb that opens a new clause after the
    trigger ("، وأكدت"، "، وقال"): the trigger's object, if any, came before it."""
    if e.target_span is None or e.target_span.start < at:
        return False
    gap = doc.text[at : e.target_span.start]
    cut = max(gap.rfind("،"), gap.rfind(","))
    if cut < 0:
        return False
    words = _words(gap[cut + 1 :])
    if not words:
        return False
    first = words[0][2]
    verbs = reporting_verb_keys()
    return (first[:1] == "و" and first[1:] in verbs) or (first == "كما" and len(words) > 1 and words[1][2] in verbs)


CHAIRING = frozenset(match_key(w) for w in ("برئاسة", "وبرئاسة", "يرأسه", "ترأسه", "يرأسها", "ترأسها"))
# what may stand between a title's genitive and the name ("مفتي مصر د. فلان"، "... الشيخ فلان")
NAME_PREFIXES = frozenset(match_key(w) for w in ("د", "الدكتور", "الشيخ", "المستشار", "المهندس", "السيد", "الأستاذ"))


def _chair(doc: Document, e: Event, ents: Entities | None = None) -> bool:
    """One side introduced as the chair ("برئاسة") of the other, a body named before it ("عقب اجتماع
    للجنتها المركزية برئاسة الرئيس"); not "وفود برئاسة فلان زارت موسكو", where he leads the visit."""
    ents = ents if ents is not None else _by_id(doc)
    for span, other, other_span in ((e.target_span, e.actor, e.actor_span), (e.actor_span, e.target, e.target_span)):
        if span is None or other_span is None or _kind(ents, other) != "ORG" or other_span.start >= span.start:
            continue
        before = _words(doc.text[max(e.start, span.start - 60) : span.start])[-4:]
        if any(k in CHAIRING for _a, _b, k in before):
            return True
    return False


def _titled_self(doc: Document, ents: Entities, e: Event, at: int) -> bool:
    """A state or body right before a person's name, both sides, a title word between the trigger
    and them ("استنكر مفتي مصر د. فلان"): the body is in the person's title, not his counterpart."""
    if e.actor_span is None or e.target_span is None:
        return False
    first, second = sorted((e.actor_span, e.target_span), key=lambda sp: sp.start)
    body = e.actor if first is e.actor_span else e.target
    person = e.target if first is e.actor_span else e.actor
    if _kind(ents, person) != "PER" or _kind(ents, body) not in ("ORG", "LOC"):
        return False
    end = at + len(e.trigger or "")
    if first.start <= end:
        return False
    between = doc.text[end : first.start]
    if any(c in between for c in "،,؛:") or not _words(between) or len(_words(between)) > 3:
        return False  # "اتهمت مصر فلانا": the state is the subject right after the verb
    gap = _words(doc.text[first.end : second.start])
    return all(k in NAME_PREFIXES for _a, _b, k in gap) and len(gap) <= 2 and not any(
        c in doc.text[first.end : second.start] for c in "،,؛:")


TELLING = frozenset(match_key(w) for w in ("مصادر", "مصدر", "تصريح", "تصريحات", "حديث", "حديثه", "تصريحه",
                                           "وتؤكد", "تؤكد", "يؤكد", "مسؤول", "مسؤولون"))
TOLD_TO = re.compile(r"(?:^|\s)(?:و?لـ?|و?ل)\s?[«\"“]$")


def _told_to(doc: Document, e: Event, at: int | None) -> bool:
    """A side's words, quoted after ل ("لـ«الشرق الأوسط»"، "ل\"الرياض\""): the paper told."""
    verbs = reporting_verb_keys()
    for span in (e.actor_span, e.target_span):
        if span is None or not TOLD_TO.search(doc.text[max(0, span.start - 6) : span.start]):
            continue
        lo = max(e.start, span.start - 80)
        before = _words(doc.text[lo:span.start])[-6:-1]
        told = [lo + a for a, _b, k in before if k in verbs or k[1:] in verbs or k in TELLING]
        # not "بانتمائهم لـ«بوكو حرام»" (belonging, no one told), nor "ينفي الاتهامات حول مساعدة
        # تركيا لـ«داعش»" (the trigger between the telling and the name: its recipient)
        if told and not (at is not None and told[0] < at < span.start):
            return True
    return False


def _head(k: str) -> bool:
    return k in TITLE_HEADS or (k[:1] in ("و", "ل") and k[1:] in TITLE_HEADS)


def _seat(doc: Document, ents: Entities, e: Event) -> bool:
    """"مجلس الأمن بالأمم المتحدة": the second side is where the first sits, no side of its act."""
    if e.actor_span is None or e.target_span is None:
        return False
    a, t = e.actor_span, e.target_span
    first, second = (a, t) if a.end <= t.start else (t, a)
    gap = doc.text[first.end : second.start].strip()
    return gap in ("ب", "في", "التابع ل", "التابعة ل", "التابع لـ", "التابعة لـ") and \
        {_kind(ents, e.actor), _kind(ents, e.target)} == {"ORG"}


def _kind(ents: Entities, entity: str | None) -> str | None:
    ent = ents.get(entity or "")
    return ent.type if ent is not None else None


def _own_voice(kinds: dict[str, tuple[str, str | None, str]], e: Event, at: int) -> bool:
    """"وعبر وزير الخارجية فلان عن استنكار المملكة": the state's stand, voiced by its own official
    named before the trigger, who is no target of it."""
    if e.target_span is None or e.actor_span is None:
        return False
    if not (e.target_span.end <= at < e.actor_span.start):
        return False
    return _own_state(kinds, e.actor, e.target)


def drop_other_senses(doc: Document) -> None:
    """Drop the record's events whose trigger, in its sentence, tells no interaction (see module)."""
    if not doc.events:
        return
    kept = []
    ents = _by_id(doc)
    kinds = entity_kinds(doc)
    sentences: dict[tuple[int, int], list[tuple[int, int, str]]] = {}  # events of one sentence share its words
    for e in doc.events:
        words = sentences.get((e.start, e.end))
        if words is None:
            words = sentences[e.start, e.end] = _words(doc.text[e.start : e.end])
        at = _trigger_at(doc, e)
        if at is not None and (_student(doc, e, at, words) or _aide(doc, e, at, ents) or _speech(doc, e, at)
                               or _thing_discusses(doc, e, at) or _next_clause(doc, e, at)
                               or _titled_self(doc, ents, e, at) or _agrees_with_words(doc, e, at)):
            continue
        if _chair(doc, e, ents) or _told_to(doc, e, at):
            continue
        if _team(doc, ents, e) or _own_official(doc, ents, e) or _same_person(doc, ents, e) \
                or _private_persons(doc, ents, e) or _sport(words) or _seat(doc, ents, e) \
                or (at is not None and _own_voice(kinds, e, at)):
            continue
        kept.append(e)
    doc.events[:] = kept
