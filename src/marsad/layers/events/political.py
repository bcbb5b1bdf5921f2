"""What keeps a named trigger out of the record's events, or corrects its actor, when the sentence
reads as something other than a political interaction reported (GUIDE.md: "only clear political
interactions between named actors"):

- a trigger listed with a final hamza met written without one ("هنأ" against "هنا", here);
- a person known in the article by a profession outside politics ("الفنان"، "اللاعب"، "المخرج"):
  a quarrel between an actor and a director is no political event;
- a noun trigger after "أي" or "بموجب" ("ترحب بأي اتفاق"، "بموجب اتفاق مع"): a hypothetical event or
  one told elsewhere, not a report;
- a name in the genitive of a kin noun ("رفضت عائلة زعيم الحركة"): the family acts, not the name;
- a meeting told in a visit ("زار المبعوث طهران حيث التقى الوزير"، "خلال زيارة الرئيس إلى واشنطن
  التقى خلالها ..."): the visitor meets, not the capital visited.
"""

from __future__ import annotations

from functools import cache

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.checks import _body, _countries, _kb_kinds, entity_kinds
from marsad.layers.events.words import (
    CLAUSE_WORDS,
    OBJECT_WINDOW,
    TODAY,
    VIOLENT,
    Trigger,
    _Mention,
    _strip_conjunction,
)
from marsad.lexicons import loader

# professions outside politics, before a person's name ("الفنان فايز"، "المدرب الوطني خالد")
PROFESSIONS = loader.keyed("event_words.tsv", "profession", match_key)
# words before a noun trigger that make it a hypothetical event or one told elsewhere
NAMED_REFERENCE = loader.keyed("event_words.tsv", "named_reference", match_key)
# kin nouns: a name in their genitive is not the one acting ("عائلة الرئيس"، "شقيق الوزير")
KIN = loader.keyed("event_words.tsv", "kin", match_key)
# words of a visit and of what links a meeting to it ("حيث التقى"، "التقى خلالها")
VISITS = loader.keyed("event_words.tsv", "visit", match_key)
VISIT_LINKS = loader.keyed("event_words.tsv", "visit_link", match_key)
HAMZAS = ("أ", "ئ", "ؤ", "ء")


@cache
def _hamza_forms() -> tuple[frozenset[str], dict[str, str]]:
    """Match keys of the one-word triggers whose lexicon form ends in a hamza the key folds away
    ("هنأ"), and of those opening with one, by key: the opening letter ("أيد": "أ")."""
    final, initial = set(), {}
    for row in loader.table("event_triggers.tsv", 3):
        form = row[0]
        if " " in form:
            continue
        if form.endswith(HAMZAS):
            final.add(match_key(form))
        if form[:1] in ("أ", "إ"):
            initial[match_key(form)] = form[0]
    return frozenset(final), initial


def hamza_lost(trig: Trigger, surface: str) -> bool:
    """Whether a one-word trigger is another word its key folds into: listed with a final hamza and
    written without one ("هنا" is "here", not "هنأ"), or opening with the other hamza ("إيد", a
    name, is not "أيد")."""
    if len(trig.keys) != 1:
        return False
    final, initial = _hamza_forms()
    key = trig.keys[0]
    if key in final and not any(c in surface for c in HAMZAS):
        return True
    first = initial.get(key)
    return first is not None and surface[:1] in ("أ", "إ") and surface[:1] != first


def _previous_words(text: str, start: int, n: int) -> list[str]:
    """Up to n match keys of the words right before `start`, nearest first, stopping at punctuation."""
    out: list[str] = []
    for raw in reversed(text[max(0, start - 80) : start].split()):
        if len(raw) == 1 and not out:
            continue  # the clitic the mention is written after ("لرئيس": "ل")
        if any(c in raw for c in ".،,:؛;«»\"()"):
            break
        out.append(match_key(raw))
        if len(out) == n:
            break
    return out


def professionals(doc: Document) -> frozenset[str]:
    """The persons of the article introduced by a profession outside politics: a profession word
    among the two words before one of their mentions ("الفنان فايز"، "المخرج السعودي عامر")."""
    out = set()
    for ent in doc.entities:
        if ent.type != "PER":
            continue
        for m in ent.mentions:
            before = _previous_words(doc.text, m.start, 2)
            if any(w in PROFESSIONS or (w[:1] in "وبل" and w[1:] in PROFESSIONS) for w in before):
                out.add(ent.id)
                break
    return frozenset(out)


# dealings a state's service has with its public: praise, a reception, a meeting, help, a penalty
SERVICE_DEALINGS = frozenset({"CONSULT", "SUPPORT", "AID", "COOPERATE", "AGREE", "REQUEST", "SANCTION"})


def non_political(doc: Document) -> None:
    """Drop the record's events with a side introduced by a profession outside politics, but for
    violence or coercion a known body does to such a person ("اختطف التنظيم المصور ..."), and a
    state's service dealing with a person no knowledge base knows ("أشادت إدارة التعليم بالمعلم
    ..."، "استقبلت الوزارة المواطن ..."): local or administrative news, not politics between actors."""
    if not doc.events:
        return
    pros = professionals(doc)
    kinds = entity_kinds(doc)
    known = {e.id for e in doc.entities if e.kb}
    doc.events[:] = [e for e in doc.events if e.actor not in pros and (
        e.target not in pros or (e.type in VIOLENT and e.actor in known)) and not (
        e.type in SERVICE_DEALINGS and _service_and_public(kinds, known, e.actor, e.target)) and not (
        e.type in WITH_OWN_STATE and _own_state(kinds, e.actor, e.target)) and not (
        e.type in BUSINESS_DEALINGS and (_company(doc, kinds, e.actor) or _company(doc, kinds, e.target)))]
    talks = set()
    kept = []
    for e in doc.events:  # talks of two sides are one consultation, told first one way round
        if e.type == "CONSULT" and e.actor and e.target:
            if (e.target, e.actor) in talks:
                continue
            talks.add((e.actor, e.target))
        kept.append(e)
    doc.events[:] = kept


# deals, partnerships and talks a company is a side of ("وقعت الشركة عقدا مع ..."): business news,
# not politics between actors (GUIDE: only clear political interactions)
BUSINESS_DEALINGS = frozenset({"AGREE", "COOPERATE", "CONSULT"})
# the head nouns that name a company ("شركة بترول أبوظبي الوطنية"), before its name or in it
COMPANY_HEADS = frozenset(match_key(w) for w in ("شركة", "الشركة", "شركات", "مجموعة"))


def _company(doc: Document, kinds: dict[str, tuple[str, str | None, str]], entity: str | None) -> bool:
    """Whether an entity is a company: so kinded in the knowledge base, or an organisation the
    knowledge base does not know whose name or one of whose mentions follows "شركة" or "مجموعة"."""
    if entity is None or entity not in kinds:
        return False
    ent_type, kb, name = kinds[entity]
    if ent_type != "ORG":
        return False
    kb_kinds, _capitals, by_name = _kb_kinds()
    kind = kb_kinds.get(kb or by_name.get(f"ORG:{match_key(name)}", ""))
    if kind:
        return kind == "company"
    if match_key(name.split()[0] if name.split() else "") in COMPANY_HEADS:
        return True
    ent = next((x for x in doc.entities if x.id == entity), None)
    for m in ent.mentions if ent is not None else ():
        if m.text.split() and match_key(m.text.split()[0]) in COMPANY_HEADS:
            return True  # the mention "شركة بترول أبوظبي الوطنية" of the name "بترول أبوظبي الوطنية"
        before = doc.text[max(0, m.start - 12) : m.start].split()
        if before and match_key(before[-1].strip("«»\"'(")).lstrip("و") in COMPANY_HEADS | {"شركه"}:
            return True
    return False


# dealings no one has with the state they belong to ("محادثات إيران مع رئيسها" is no consultation)
WITH_OWN_STATE = frozenset({"CONSULT", "SUPPORT", "AID", "COOPERATE", "AGREE"})


def _own_state(kinds: dict[str, tuple[str, str | None, str]], actor: str | None, target: str | None) -> bool:
    """Whether one side is a person of the knowledge base and the other the country they belong to."""
    codes = _countries()[0]
    states = _kb_kinds()[0]
    for person, state in ((actor, target), (target, actor)):
        p_kind, p_kb, _name = kinds.get(person or "", (None, None, ""))
        s_kind, s_kb, _name = kinds.get(state or "", (None, None, ""))
        if p_kind == "PER" and p_kb and s_kb and states.get(s_kb) == "country" and codes.get(p_kb) \
                and codes.get(p_kb) == codes.get(s_kb):
            return True
    return False


def _service_and_public(kinds: dict[str, tuple[str, str | None, str]], known: set[str], actor: str | None,
                        target: str | None) -> bool:
    """Whether one side is a state's body or service and the other a person the knowledge base
    does not know (a citizen, an employee, a local figure)."""
    for body, person in ((actor, target), (target, actor)):
        if person is not None and person not in known and kinds.get(person, (None,))[0] == "PER" \
                and _body(body, kinds)[0]:
            return True
    return False


ANY = frozenset(match_key(w) for w in ("أي", "بأي", "لأي", "لاي", "باي"))
ANY_REACH = 5
WHOEVER = frozenset(match_key(w) for w in ("لمن", "ممن", "فمن"))


def hypothetical_noun(words: list[Token], i: int, n: int, trig: Trigger) -> bool:
    """Whether a noun trigger follows "أي"/"بموجب"/"وفق" ("بأي اتفاق"، "بموجب اتفاق مع ..."), or a
    verb's object is "any" such thing ("ترحب بأي اتفاق"): no one event reported."""
    if trig.pos == "verb" and i > 0 and words[i - 1].key in WHOEVER:
        return True  # "فرصة لمن يرفض الاندماج": whoever would, no one named
    if trig.pos == "verb":  # the object after the verb, or after its subject ("ترحب الكويت بأي ...")
        for w in words[i + n : i + n + ANY_REACH]:
            if w.kind == "punct":
                return False
            if w.key in ANY:
                return True
        return False
    if i == 0:
        return False
    prev = _strip_conjunction(words[i - 1].key)  # "وقف إطلاق النار": the word itself may begin with و
    if any(p in NAMED_REFERENCE or (p[:1] in ("ب", "ل") and p[1:] in NAMED_REFERENCE) for p in (prev, words[i - 1].key)):
        return True
    return trig.type in POSSIBLE_TYPES and _possible(words, i)


# talks and agreements a possibility or an attempt is of ("إمكان عقد لقاء"، "السعي لتنظيم جولات مباحثات")
POSSIBLE_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
POSSIBLE = loader.keyed("event_words.tsv", "possible", match_key)
ARRANGE = loader.keyed("event_words.tsv", "arrange", match_key)


def _possible(words: list[Token], i: int) -> bool:
    """Whether a noun of possibility or attempt stands before words[i], past at most two light
    nouns, each maybe after ل ("إمكان عقد لقاء"، "السعي لتنظيم جولات مباحثات")."""
    keys = []
    for k in range(i - 1, max(-1, i - 4), -1):
        if words[k].kind == "punct":
            break
        keys.append(words[k].key)
    return possible_before(keys)


def possible_before(keys: list[str]) -> bool:
    """`_possible` on the match keys of the words before a noun, nearest first."""
    for key in keys[:3]:
        bare = _strip_conjunction(key)
        if key in POSSIBLE or bare in POSSIBLE:
            return True
        bare = bare[1:] if bare[:1] in ("ل", "ب") and len(bare) > 3 else bare
        if bare not in ARRANGE:
            return False
    return False


# "أو" joining two verbs ("ليقر أو يرفض الاتفاق"): a choice open, no act reported
OR = frozenset(match_key(w) for w in ("أو", "او"))
# "قد" before an imperfect verb: what may happen ("قد تتعاون واشنطن مع ..."); before a perfect, what did
MAY = frozenset(match_key(w) for w in ("قد", "وقد", "فقد"))


def open_choice(words: list[Token], i: int, n: int, trig: Trigger) -> bool:
    """Whether a verb trigger is one of two verbs joined by "أو" ("ليقر أو يرفض"), or an imperfect
    after "قد" ("قد تتعاون"، "قد يلتقي"): a possibility, not an act reported."""
    if trig.pos != "verb":
        return False
    if (i > 0 and words[i - 1].key in OR) or (i + n < len(words) and words[i + n].key in OR):
        return True
    return i > 0 and words[i - 1].key in MAY and _imperfect(_strip_conjunction(words[i].key))


def _imperfect(key: str) -> bool:
    """Whether a verb form is imperfect: ي or ن first, or ت but for the perfect of a تفاعل verb
    ("تعاونت"، "تفاهم"), whose imperfect doubles it ("تتعاون")."""
    return key[:1] in ("ي", "ن") or (key[:1] == "ت" and not (len(key) >= 4 and key[2] == "ا"))


BARE_WHO = frozenset(match_key(w) for w in ("من", "ومن", "فمن"))


def whoever_verb(words: list[Token], i: int, trig: Trigger) -> bool:
    """Whether a verb trigger of more than three letters (no verbal noun has its form: "اتهم"، "هاجم")
    follows the relative "من" ("هناك من اتهم واشنطن"): an unnamed someone acts; the name after the
    verb is its object."""
    return trig.pos == "verb" and len(trig.keys) == 1 and len(trig.keys[0]) > 3 and i > 0 \
        and words[i - 1].key in BARE_WHO


# nominal events whose doer a nationality adjective names ("العقوبات الأمريكية على"، "الدعم الإيراني لـ"،
# "القصف التركي على"): the state, when the document names it, with a target the noun's preposition brings
ADJECTIVE_DOERS = frozenset({"ASSAULT", "SANCTION", "AID", "SUPPORT", "COERCE"})
DOER_TARGETS = frozenset(match_key(w) for w in ("على", "ضد", "بحق", "تجاه", "إلى", "الى", "لـ"))
DOER_REACH = 6


def adjective_doer(words: list[Token], i: int, n: int, trig: Trigger, states: dict[str, str],
                   mentions: list[_Mention]) -> tuple[_Mention, _Mention] | None:
    """(actor, target) of a noun trigger followed by a nationality adjective (one more adjective may
    stand between: "الدعم المالي الإيراني") and then a named target after ل/على/ضد ("لحزب الله")."""
    if trig.pos != "noun" or trig.type not in ADJECTIVE_DOERS or not states or i + n >= len(words):
        return None
    by_word = _countries()[1]
    for k in range(i + n, min(len(words), i + n + 2)):
        key = _strip_conjunction(words[k].key)
        if words[k].kind == "punct" or not key.startswith("ال"):
            return None
        code = by_word.get(key)
        if code is None:
            continue
        if code not in states:
            return None
        actor = _Mention(words[k].start, words[k].end, states[code], states[code])
        for w in words[k + 1 : k + 1 + DOER_REACH]:
            if w.kind == "punct":
                return None
            named = next((m for m in mentions if w.start <= m.start < w.end and m.entity is not None), None)
            key2 = _strip_conjunction(w.key)
            if named is not None and named.key != actor.key and (
                    w.start < named.start and w.text[: named.start - w.start] in ("ل", "ب", "لل")):
                return actor, named  # "لحزب الله"
            if key2 in DOER_TARGETS:  # the target right after its preposition ("على إيران", not "على مناطق في")
                after = next((m for m in mentions if m.start >= w.end and m.entity is not None), None)
                if after is not None and after.key != actor.key and not any(
                        w.end <= x.start < after.start for x in words):
                    return actor, after
                return None
            if key2[:1] == "ل" or not key2.startswith("ال"):
                return None  # "للتصدي لـ ...": what the aid is for, not whom it goes to
        return None
    return None


CALLED_TO = frozenset(match_key(w) for w in ("إلى", "الى"))
CALL_REACH = 8  # words from the content's "إلى" back to the verb of calling, its subject between


@cache
def _calls() -> frozenset[str]:
    """The call and demand verbs of the quote cues (lexicons/event_quote_cues.tsv, type REQUEST)."""
    return frozenset(match_key(row[0]) for row in loader.table("event_quote_cues.tsv", 2) if row[1] == "REQUEST")


def called_noun(words: list[Token], i: int, trig: Trigger) -> bool:
    """Whether a noun trigger is what a call asks for ("دعا الرئيس إلى «تعاون أكبر» مع أنقرة"،
    "طالبت بمحادثات مع ..."): the request is the event, the cooperation or talks asked for are not."""
    if trig.pos != "noun" or i == 0:
        return False
    k = i - 1
    while k > 0 and words[k].text in ("«", "\"", "("):
        k -= 1
    own = words[i].text[:1] == "ب" and words[i].key[:1] == "ب"
    if not own and _strip_conjunction(words[k].key) not in CALLED_TO:
        return False
    start = i if own else k
    for w in reversed(words[max(0, start - CALL_REACH) : start]):
        if w.kind == "punct" and w.text not in ("،", ","):
            return False
        if w.key in _calls() or _strip_conjunction(w.key) in _calls():
            return True
    return False


def kin_genitive(text: str, m: _Mention | None) -> bool:
    """Whether a mention stands in the genitive of a kin noun, within two words ("عائلة زعيم حركة")."""
    if m is None:
        return False
    return any(_strip_conjunction(w) in KIN for w in _previous_words(text, m.start, 2))


def visitor(words: list[Token], i: int, trig: Trigger, actor: _Mention | None,
            mentions: list[_Mention], kinds: dict) -> _Mention | None:
    """The visitor who meets, for a meeting verb told in a visit: "زار X طهران حيث التقى ..."، "زيارة
    X إلى واشنطن التقى خلالها ...". None when the sentence tells no such visit or the actor found is
    already the one visiting (a person, not the place visited)."""
    if trig.type != "CONSULT" or trig.pos != "verb" or actor is None or actor.end > words[i].start:
        return None
    if kinds.get(actor.entity, ("",))[0] != "LOC":
        return None  # the subject found is a person or a body: it meets
    linked = (i > 0 and _strip_conjunction(words[i - 1].key) in VISIT_LINKS) or (
        i + 1 < len(words) and words[i + 1].key in VISIT_LINKS)
    if not linked:
        return None
    visit = next((k for k in range(i - 1, -1, -1) if _strip_conjunction(words[k].key) in VISITS
                  or words[k].key[1:] in VISITS), None)
    if visit is None:
        return None
    lo = words[visit].end
    return next((m for m in mentions if lo <= m.start < actor.start and m.entity is not None
                 and kinds.get(m.entity, ("",))[0] in ("PER", "ORG")), None)


# what introduces the content of a call or a demand ("دعا إلى التعاون مع ..."، "طالب بالإفراج عن ..."):
# a name inside it is what is called for, not the one called upon
CALL_CONTENT = frozenset(match_key(w) for w in ("إلى", "الى", "لـ", "بأن", "بان", "أن", "ان"))
# verbs of backing down that are a CONCEDE only with "عن" ("تراجعت الحكومة عن قرارها"); alone
# they tell of prices and indices falling
BACKDOWN = loader.keyed("event_words.tsv", "backdown", match_key)
BACKDOWN_REACH = 5


def called_for(words: list[Token], i: int, n: int, trig: Trigger, actor: _Mention | None,
               target: _Mention | None, mentions: list[_Mention]) -> bool:
    """Whether a call's named target is only part of what is called for, the one called upon being
    a common noun ("ودعت العلماء إلى تسوية الخلاف داخل الحركة") or the name standing past a comma in
    the content ("دعا إلى التعاون، لا سيما ضد داعش"). A name in the content itself stays the target
    ("دعا إلى تعاون أكبر مع أنقرة"، "طالب بضمان سلامة الصحفيين في العراق"), as the gold codes it."""
    if trig.type != "REQUEST" or trig.pos != "verb" or target is None or target.start < words[i + n - 1].end:
        return False
    lo = actor.end if actor is not None and actor.start >= words[i + n - 1].end else words[i + n - 1].end
    object_words = 0
    for w in words[i + n :]:
        if w.end > target.start:
            return False
        if any(m.start < w.end and w.start < m.end for m in mentions):
            continue  # a name ("بشار"، "باراك") is no preposition
        key = _strip_conjunction(w.key)
        if key in CALL_CONTENT or (key[:1] == "ب" and len(key) > 4):
            if object_words:
                return True  # "دعت العلماء إلى ...": the called upon named by a noun before the content
            rest = [x for x in words if w.end <= x.start and x.end <= target.start]
            return any(x.kind == "punct" for x in rest)
        if w.start >= lo and key.startswith("ال") and key not in TODAY:
            object_words += 1  # a definite noun after the subject: the one called upon ("العلماء")
    return False


def no_backing_down(words: list[Token], i: int, n: int, trig: Trigger) -> bool:
    """Whether a verb of backing down lacks the "عن" of what is given up ("تراجع المؤشر 2%")."""
    if trig.keys[0] not in BACKDOWN:
        return False
    return not any(_strip_conjunction(w.key) == "عن" for w in words[i + n : i + n + BACKDOWN_REACH])


VISITED = frozenset(match_key(w) for w in ("إلى", "الى", "لدى"))


def visit_without_place(words: list[Token], i: int, trig: Trigger, target: _Mention | None,
                        text: str) -> bool:
    """Whether a visit noun ("زيارة الوزير ...") has no visited side introduced by إلى/ل/ب: a
    name elsewhere in the sentence is not the one visited."""
    if trig.mode != "visit" or trig.pos != "noun" or target is None:
        return False
    k = next((j for j, w in enumerate(words) if w.start <= target.start < w.end), None)
    if k is None:
        return True
    attached = text[words[k].start : target.start]
    return not (attached[-1:] in ("ل", "ب") or (k > 0 and words[k - 1].key in VISITED))


def construct_head(text: str, noun, name: _Mention, trig: Trigger) -> bool:
    """Whether a common noun after a verb is the indefinite head of the name right after it, one
    phrase with it ("اتهمت ميليشيا وحدات الحماية ..."), not a subject whose object the name is
    ("يتهم القضاء الأمريكي بورزاكو"). A three-letter form may be its verbal noun ("وطرد قوات
    الحوثيين": their expulsion), whose genitive is no subject."""
    if len(trig.keys[0]) <= 3:
        return False
    head = match_key(text[noun.start : noun.end])
    head = head[1:] if head[:1] in ("و", "ف") and len(head) > 3 else head
    return not head.startswith("ال") and not text[noun.end : name.start].strip()


# event types whose target may be named by a nationality adjective in their object ("استنكر التدخل
# الإيراني"، "أعرب عن رفضه للقصف التركي"): the state. Not praise: "أشاد بالجهاز الأمني السعودي" is
# most often a country's own people praising its bodies
ADJECTIVE_TARGETS = frozenset({"ACCUSE", "REJECT"})
# words of the actor's title before its name ("وزير الخارجية الإماراتي عبد الله") and after it when it
# follows its verb ("... عبد الله بن زايد وزير الخارجية الإماراتي")
OWN_TITLE_BEFORE = 3
OWN_TITLE_AFTER = 4
TITLES = loader.keyed("event_words.tsv", "title", match_key)


def adjective_target(words: list[Token], i: int, n: int, trig: Trigger, actor: _Mention | None,
                     states: dict[str, str], kinds: dict) -> _Mention | None:
    """The state a nationality adjective in the trigger's object names, when the document names that
    state ("استنكرت الكويت التصريحات الإيرانية": Iran). Words of the subject after a verb are passed
    over ("انتقد وزير الخارجية الأمريكي ..."). A state the document does not name gives a mention
    with no entity."""
    if trig.type not in ADJECTIVE_TARGETS or actor is None or not states:
        return None
    lo = max(words[i + n - 1].end, actor.end if actor.start >= words[i].start else 0)
    by_word = _countries()[1]

    def state_of(w: Token) -> str | None:
        key = _strip_conjunction(w.key)
        for form in (key, key[1:] if key[:1] in ("ب", "ل") else key):
            if form.startswith("ال") and form in by_word:
                return by_word[form]
        return None

    # the actor's own country, named in its name or title ("مجلس النواب البحريني"، "... وزير الخارجية
    # الإماراتي"): not its target
    a0 = next((k for k, w in enumerate(words) if w.end > actor.start), len(words))
    a1 = next((k for k, w in enumerate(words) if w.start >= actor.end), len(words))
    # an apposition after a subject that follows its verb ("... عبد الله بن زايد وزير الخارجية الإماراتي")
    after = OWN_TITLE_AFTER if actor.start >= words[i].start and a1 < len(words) and (
        words[a1].key in TITLES or _strip_conjunction(words[a1].key) in TITLES) else 0
    own = {state_of(w) for k, w in enumerate(words)
           if a0 - OWN_TITLE_BEFORE <= k < a1 + after and not i <= k < i + n}
    name = kinds.get(actor.entity, ("", None, ""))[2]  # "مجلس النواب البحريني" named "مجلس النواب"
    own |= {by_word.get(match_key(w)) for w in name.split()}
    for w in words[i + n : i + n + OBJECT_WINDOW]:
        if w.start < lo:
            continue
        if w.kind == "punct" or _strip_conjunction(w.key) in CLAUSE_WORDS:
            return None
        code = state_of(w)
        if code is None or code in own:
            continue
        if code in states and states[code] != actor.entity:
            return _Mention(w.start, w.end, states[code], states[code])
        return _Mention(w.start, w.end, None, "@" + code)  # a state the document does not name
    return None


# nominal triggers that a city names after them ("اتفاق فيينا"، "محادثات جنيف"، "اتفاق الطائف"): the
# place names the agreement or the talks, it is no party to them
PLACE_NAMED = frozenset({"AGREE", "CONSULT"})


def place_named(words: list[Token], i: int, n: int, trig: Trigger, actor: _Mention | None,
                kinds: dict) -> bool:
    """Whether a noun trigger's actor is the city right after it ("روحاني يمتدح اتفاق فيينا"): a
    place that is not a country, naming the agreement or the talks."""
    if trig.type not in PLACE_NAMED or trig.pos != "noun" or actor is None or i + n >= len(words):
        return False
    if words[i + n].start > actor.start or actor.start >= words[i + n].end:
        return False  # not the genitive right after the trigger
    ent_type, kb, name = kinds.get(actor.entity, ("", None, ""))
    if ent_type != "LOC":
        return False
    kb_kinds, _capitals, by_name = _kb_kinds()
    kb = kb or by_name.get(f"LOC:{match_key(name)}")
    return kb_kinds.get(kb or "") in ("city", "region")  # "اتفاق روسيا وتونس": states are parties
