"""The speaker of a reporting word: the subject after or before the verb, the relayed source
("نقل عن X"), or for a verbal noun ("قوله"، "بالقول") the actor or agency named just before it.

Apart from `layer` because it reads only the sentence around the cue (through `SpeakerFinder` and
the cue grammar) and sets the candidate's first-guess speaker, which `resolution` may revise.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import CONJUNCTIONS
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder
from marsad.layers.quotes.cue_grammar import CueGrammar
from marsad.layers.quotes.description_names import OBJECT_PREFIXES
from marsad.layers.quotes.fronted_subjects import fronted_subject, names_nobody
from marsad.layers.quotes.holders import title_holder
from marsad.layers.quotes.name_edges import TITLE_PREFIXES
from marsad.layers.quotes.patterns import QuoteCandidate
from marsad.layers.quotes.reason_verbs import reason_subject
from marsad.layers.quotes.speaker_gender import agreeing_subject
from marsad.layers.quotes.speech_lexicon import Cue
from marsad.layers.quotes.topic_fronts import topic_fronted
from marsad.layers.quotes.unnamed_sources import (
    SPEECH_BY_NOUNS,
    SPEECH_NOUN_PREFIXES,
    agent_of_described_noun,
)

INTERVIEW_PREFIXES = frozenset({"", *CONJUNCTIONS, "ب", *(c + "ب" for c in CONJUNCTIONS)})  # "وفي تصريح"، "بتصريحات"
OUTLET_OBJECT_PREFIXES = frozenset({""}) | OBJECT_PREFIXES  # "تصريح «الصحيفة»"، "تصريح لصحيفة"
MEN_PLURAL_ENDINGS = ("ين", "ون")  # match keys: "الكينيين"، "المسؤولون"
AUXILIARY_TOKENS = 12     # "وكان X قد قال": tokens from "كان" to the verb
AUXILIARY_CLITICS = frozenset({"", *CONJUNCTIONS})
INTERVIEW_TOKENS = 12     # "وفي تصريح لرئيس مجلس إدارة الهيئة قال": tokens from the interview noun to the verb
# words before an outlet that make it the one spoken to, not a speaker ("في حديث مع «X»"، "لـ«X»")
AGENCY_ADDRESSED = frozenset(("مع", "ل", "لـ", "الى", "إلى", "عن", "في", "من"))
# "طالبا عدم كشف اسمه"، "من دون ذكر اسمه": a verbal noun these negate asks for anonymity; the words
# after it ("اسمه"، "هويته") are its object, and the statement is the unnamed subject's
FIRST_PERSON = "أ"  # the prefix of the first person singular of the present ("أقول")
OBJECT_FIRST = "object_first"  # reporting_verbs.tsv flag: "اتهم X بـ", the object before the preposition
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")  # match keys of pronouns on a verb
OBJECT_PREPOSITIONS = ("بان", "بال")  # match keys: "بأنه"، "بالخيانة" after the one accused or described
TOLD_PREFIXES = frozenset({"ل", "ول", "فل"})  # match keys of "لـ" joined to the name told ("لرويترز")
NEGATING_NOUNS = frozenset(match_key(w) for w in ("عدم", "دون", "بدون"))


def speaker_for_cue(finder: SpeakerFinder, grammar: CueGrammar, i: int, j: int, cue: Cue,
                    cand: QuoteCandidate) -> None:
    """Set `cand.speaker` (and `resolved`) for the cue at token i whose subject ends before token j."""
    toks = finder.toks
    sent = finder.sents[finder.sent_of(toks[i].start)]
    if i > 0 and toks[i - 1].key in NEGATING_NOUNS:
        sp = anonymous_source(finder, grammar, sent.start, i - 1)
        cand.speaker, cand.resolved = sp, sp is not None
        return
    if cue.form == "present" and first_person(toks[i].text, cue):
        # "أقول إن"، "وأعترف للقارئ أن": the one speaking in the first person (the writer, or the
        # speaker whose words hold the verb: "وقال فلان: لا يعيبني أن أقول"); the words after the
        # verb ("أقول بداية"، "أقول مثلا") are no subject
        cand.speaker, cand.resolved = None, False
        return
    if cue.form == "masdar":
        # "نقلت سبوتنيك عن الوزير قوله": the speaker is named just before the verbal noun
        sp = agency_saying(finder, sent.start, i) or finder.nearest_actor_before(sent.start, toks[i].start)
        if sp is None:
            k = i - 1
            while k >= 0 and toks[k].start >= sent.start and toks[k].key != "عن":
                k -= 1
            if k >= 0 and toks[k].key == "عن" and k + 1 < i:
                sp = finder.subject_after(k + 1, i)
        cand.speaker, cand.resolved = sp, sp is not None
        return
    if "relay" in cue.flags:
        k = i + 1
        while k < j and toks[k].key != "عن":
            k += 1
        sp = finder.subject_after(k + 1, j) if k < j else None
        cand.speaker, cand.resolved = sp, sp is not None
        return
    sp = None
    if cue.form == "past" and grammar.fronted_subject(finder, i):
        # "كانت الشركة قد أعلنت بيع ...": the noun after is the object
        sp = finder.subject_before(i) or holder_before_qad(finder, i)
        if sp is not None and sp.entity is not None and finder.entities[sp.entity].type == "ORG":
            # "وكان فلان رئيس نادي X قد طالب": the body closes its holder's title; he speaks
            sp = title_holder(finder, finder.tok_at(sp.start))[1] or sp
    elif cue.form != "participle":
        k = grammar.past_addressee(finder, i + 1, j)
        sp = agreeing_subject(finder, finder.subject_after(k, j, fallback=True), cue.gender, k,
                              lambda lo, hi: finder.subject_after(lo, hi, fallback=True))
        sp = finder.before_object_noun(finder.through_construct_chain(sp, j))
        if sp is not None and sp.entity is not None and told_to(finder, sp, i):
            # "وقال لرويترز إن"، "حيث قال لبرينان:": the one named after "لـ" was told the words;
            # the subject is named after him, or not at all
            after = finder.tok_at(sp.end)
            sp = finder.subject_after(after, j, fallback=False) if after < j else None
        if sp is not None and only_object_before_preposition(finder, i, k, j, cue, sp):
            # "واتهم الرئيس السابق فلان بأنه ..."، "ووصف الميليشيات بأنها": the one noun phrase
            # between the verb and its preposition is the one accused or described; the verb's
            # subject stands before it ("رغم أن البنك الدولي وصف X بأنها") or is unsaid
            sp = None
        if "reason" in cue.flags:
            sp, changed = reason_subject(finder, sp, i, k, j)
            if changed:
                # "والمتحدث الرسمي أرجع تكدس المراجعين إلى": the subject may stand before the verb
                sp = sp or fronted_subject(finder, i, cue)
                cand.speaker, cand.resolved = sp, sp is not None
                return
        if sp is not None and cue.gender == "f" and plural_of_men(finder, sp):
            # "ودعت الكينيين إلى ..."، "وطالبت المسؤولين بـ": a feminine verb takes no sound masculine
            # plural for its subject; the men are its object, its subject was named before it
            sp = None
        if sp is not None and names_nobody(finder, sp):
            # "والوزارة أكدت التزامها بأن"، "وزير الصحة أكد أهمية أن": with its subject before it,
            # the words after the verb are its object
            sp = fronted_subject(finder, i, cue) or sp
        if sp is None:
            # "وبخصوص عقد فلان قال": the name closes the topic, no subject before the verb
            sp = None if topic_fronted(finder, finder.sent_of(toks[i].start), i) else finder.subject_before(i)
            if sp is not None and after_speech_noun(finder, sp) \
                    and (agent := agent_of_described_noun(finder, finder.sent_of(toks[i].start), i)) is not None:
                # "ألقى فلان كلمة اللجنة أوضح فيها أن": the verb describes the speech; the one who
                # gave it speaks, not the body whose speech it was, named right before the verb
                sp = agent
            if sp is not None and sp.entity is not None and finder.entities[sp.entity].type == "ORG":
                # "الدكتور فلان عضو مجلس الشورى قال": the member speaks, not the council
                sp = title_holder(finder, finder.tok_at(sp.start))[1] or sp
        elif sp.entity in finder.source_entities:
            sp = grammar.relayed_speaker(finder, sp, j) or sp
    cand.speaker, cand.resolved = sp, sp is not None


def after_speech_noun(finder: SpeakerFinder, sp: SpeakerRef) -> bool:
    """"كلمة اللجنة"، "خطاب الهيئة": the subject read before the verb is the genitive of a speech noun."""
    k = finder.token_holding(sp.start) - 1
    if k < 0 or not finder.toks[k].is_word:
        return False
    tok = finder.toks[k]
    return any(st in SPEECH_BY_NOUNS and tok.key[: len(tok.key) - len(st)] in SPEECH_NOUN_PREFIXES
               for _, st in tok.splits)


def told_to(finder: SpeakerFinder, sp: SpeakerRef, cue: int) -> bool:
    """Does a linked speaker span start, in the first word after the verb at token `cue`, right
    after the "لـ" joined to that word ("قال لرويترز"، "قال لبرينان"), the preposition of the one a
    statement is told to? (A name that opens with the letter, "لبنى"، "لجنة", is a mention from
    the token's start; a word between, "ذكرت صحيفة «لويل ...»", makes it a name of its own.)"""
    i = finder.token_holding(sp.start)
    first = next((k for k in range(cue + 1, len(finder.toks)) if finder.toks[k].is_word), None)
    if i >= len(finder.toks) or i != first:
        return False
    tok = finder.toks[i]
    return tok.start < sp.start and match_key(finder.text[tok.start : sp.start]) in TOLD_PREFIXES


def only_object_before_preposition(finder: SpeakerFinder, i: int, k: int, j: int, cue: Cue,
                                   sp: SpeakerRef) -> bool:
    """A past verb that takes its object before its preposition ("اتهم X بأن"، "وصف X بأنه", the
    lexicon's object_first), with no object pronoun on it, and a single phrase from the token after
    it (k) to "بأن" or "بالـ": that phrase is the object ("واتهم الرئيس السابق فلان بأنه"); with a
    subject there are two ("واتهمت باكستان الهند بأنها"). A present verb is left as it was read:
    "حيث يتهم فلان بأنه" is as often the passive or a relative's verb ("من يتهم X بأنه")."""
    toks = finder.toks
    if OBJECT_FIRST not in cue.flags or cue.form != "past":
        return False
    stem = toks[i].key[len(cue.prefix):] if toks[i].key.startswith(cue.prefix) else toks[i].key
    if any(stem.endswith(p) and (bare := finder.lex.verbs.get(stem[: -len(p)])) is not None and bare[0] == cue.lemma
           for p in OBJECT_PRONOUNS):
        return False  # "وصفها الوزير بـ": the object is on the verb, the noun its subject
    last = finder.tok_at(sp.end)
    if sp.entity is None or last > j or last >= len(toks) or finder.token_holding(sp.start) < k:
        return False
    if not toks[last].key.startswith(OBJECT_PREPOSITIONS):
        return False
    named = finder.mention_at_token(finder.token_holding(sp.start))
    if named is None or named.entity.id != sp.entity or named.end != sp.end:
        return False  # a span read past the name ("السلطات التركية التنظيمين"): not one phrase
    between = toks[k : finder.token_holding(sp.start)]
    if not between:
        return True
    # only a person's own title stands before his name ("الرئيس السابق"); before a body or a
    # place ("السلطات التركية") the words are a subject of their own that the name only qualifies
    person = finder.entities.get(sp.entity)
    return person is not None and person.type == "PER" \
        and any(finder.lex.has(kind, between[0], TITLE_PREFIXES) for kind in ("title", "honorific")) \
        and all(t.is_word and t.key.startswith(("ال", "وال")) and finder.covering(m) is None
                and finder.lex.cue(t) is None for m, t in enumerate(between, k))


def anonymous_source(finder: SpeakerFinder, grammar: CueGrammar, lo: int, neg: int) -> SpeakerRef | None:
    """"وقال مصدر أمني، طالبا عدم كشف هويته، إن ...": the subject of the reporting verb that the
    anonymity clause (negating noun at token `neg`) follows in its sentence, from `lo`."""
    toks, lex = finder.toks, finder.lex
    for m in range(neg - 2, -1, -1):  # neg - 1 is the participle that governs the clause ("طالبا")
        if toks[m].start < lo:
            return None
        cue = lex.cue(toks[m])
        if cue is not None and cue.form in ("past", "present"):
            return finder.subject_after(grammar.past_addressee(finder, m + 1, neg - 1), neg - 1, fallback=True)
    return None


def agency_saying(finder: SpeakerFinder, lo: int, i: int) -> SpeakerRef | None:
    """A cited agency that is itself the subject of a bare verbal noun ("اكتفت الوكالة العمانية
    بالقول إن ..."): the definite noun has no possessor to name another speaker, and no "عن"
    stands between the agency and the noun to make it the relay of someone else's words."""
    toks = finder.toks
    if "ال" not in toks[i].key[:4]:
        return None  # "قوله": the possessor is the speaker, named elsewhere
    before = [r for r in finder.mentions_between(lo, toks[i].start) if r.entity.type in ("PER", "ORG")]
    if not before or before[-1].entity.id not in finder.source_entities or finder.in_pp(before[-1]):
        return None
    k = finder.tok_at(before[-1].start) - 1
    while k >= 0 and toks[k].text in "«\"“":
        k -= 1
    if k >= 0 and (toks[k].key in AGENCY_ADDRESSED or toks[k].text.endswith("ـ")):
        return None  # "في حديث مع «الصحيفة» ... بالقول": the outlet was spoken to
    if any(t.key == "عن" for t in toks[finder.tok_at(before[-1].end) : i]):
        return None
    return finder.ref(before[-1])


def interviewee(finder: SpeakerFinder, lo: int, cue: int) -> SpeakerRef | None:
    """"وفي تصريح لرئيس الهيئة قال: ..."، "في مقابلة لفلان مع قناة X أوضح أن"، "تصريحات للحكومة
    قالت فيها": a reporting verb with no subject of its own after an interview noun in the same
    sentence (tokens lo to cue) whose "لـ" object is named: whoever gave the interview speaks. An
    outlet there ("في تصريح لـ«الصحيفة»") is the one spoken to, not the speaker."""
    toks, lex = finder.toks, finder.lex
    for k in range(cue - 1, max(lo, cue - INTERVIEW_TOKENS) - 1, -1):
        t = toks[k]
        described = k + 1 < cue and lex.has("interview_adjective", toks[k + 1])
        if not t.is_word or not (lex.has("interview", t, INTERVIEW_PREFIXES)
                                 or described and lex.has("press_event", t, INTERVIEW_PREFIXES)):
            if t.is_word and lex.cue(t) is not None:
                return None  # another statement's verb stands between them
            continue
        obj = k + 1
        while obj < cue and lex.has("interview_adjective", toks[obj]):
            obj += 1  # "في مؤتمر صحفي لفلان"، "في حديث تلفزيوني لفلان"
        if obj < cue and toks[obj].text.startswith("ل") and toks[obj].text.endswith("ـ"):
            obj += 1  # "لـ" written apart from its noun
        elif obj >= cue or not toks[obj].key.startswith("ل"):
            return None
        while obj < cue and toks[obj].text in "«\"“":
            obj += 1
        if obj >= cue or finder.source_at(obj) or lex.has("outlet", toks[obj], OUTLET_OBJECT_PREFIXES):
            return None
        sp = finder.prepositional_object(obj, cue) or _surname_after_li(finder, obj)
        if sp is None or sp.entity in finder.source_entities:
            return None
        return sp
    return None


def _surname_after_li(finder: SpeakerFinder, k: int) -> SpeakerRef | None:
    """"في مؤتمر صحفي لموغريني": the bare surname, joined to "لـ", of a person named in full
    before it (the entity layer links no bare surname after a preposition)."""
    tok = finder.toks[k]
    for off, stem in tok.splits:
        ent = finder.surnames.get(stem)
        if ent is not None and tok.key[: len(tok.key) - len(stem)] == "ل" \
                and any(m.end <= tok.start for m in ent.mentions):
            return SpeakerRef(ent.id, off, tok.end, finder.text[off : tok.end])
    return None


def plural_of_men(finder: SpeakerFinder, sp: SpeakerRef) -> bool:
    """Is the unlinked span a definite sound masculine plural ("الكينيين"، "المسؤولون")?"""
    i0, i1 = finder.tok_at(sp.start), finder.tok_at(sp.end)
    if sp.entity is not None or i1 - i0 != 1:
        return False
    key = finder.toks[i0].key
    return key.startswith(("ال", "وال")) and key.endswith(MEN_PLURAL_ENDINGS) and len(key) > len("ال") + 3


def first_person(text: str, cue: Cue) -> bool:
    """Is the present-tense reporting verb `text` in the first person singular ("أقول"، "وأؤكد")?
    Only with its hamza written: a bare alif also opens past forms ("اعترف"، "اكد")."""
    stem = text[len(cue.prefix):] if len(text) > len(cue.prefix) else text
    return stem.startswith(FIRST_PERSON)


def holder_before_qad(finder: SpeakerFinder, i: int) -> SpeakerRef | None:
    """"وكان المتحدث باسم الحكومة فلان الفلاني قد قال": the name closing the title chain between
    "كان" (opening the sentence) and "قد" before the verb at token i, which the entity layer did
    not find (`_name_in_description`): the holder speaks. A description alone ("وكان مدير الشرطة
    قد أوضح") is left to the resolution, which links it to the person it refers back to."""
    toks, lex = finder.toks, finder.lex
    lo, _ = finder.sent_tok_range(finder.sent_of(toks[i].start))
    if i - lo < 4 or i - lo > AUXILIARY_TOKENS or not lex.has("auxiliary", toks[lo], AUXILIARY_CLITICS) \
            or not lex.has("title", toks[lo + 1], TITLE_PREFIXES):
        return None
    sp = finder.subject_after(lo + 1, i - 1)
    if sp is None or sp.end != toks[i - 2].end or sp.start <= toks[lo + 1].start:
        return None  # no name closes the chain right before "قد"
    words = toks[finder.tok_at(sp.start) : i - 1]
    if len(words) < 2 or not all(finder.plain_name_word(t) for t in words):
        return None
    return sp
