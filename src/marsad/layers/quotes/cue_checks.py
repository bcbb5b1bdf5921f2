"""Checks on the words around a reporting verb, apart from `layer` to keep it readable: "as X
announced" closing a sentence, a conditional "إن", a participle used as an adjective, a named
subject or a subject noun after an impersonal form, a preposition that belongs to the subject, and
a verb's letters after a preposition (its verbal noun).
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.cue_grammar import RELATIVE_PRONOUNS, CueGrammar
from marsad.layers.quotes.patterns import (
    COLLECTIVE_ACTORS,
    HOMOGRAPH_FLAGS,
    NP_MIN_TOKENS,
    QUOTE_MARKS,
    QuoteCandidate,
    trim_span,
)
from marsad.layers.quotes.speech_lexicon import Cue

NAME_TAIL_TOKENS = 4     # "فلان الفلاني رئيس النادي، أن": words after a subject's name before its clause
# match keys of the other forms of "كان" and of its sisters, whose predicate a participle may be
PREDICATE_VERBS = frozenset(match_key(w) for w in (
    "يكون", "تكون", "سيكون", "ستكون", "أكون", "نكون", "يكونون", "أصبح", "أصبحت", "بات", "باتت",
    "صار", "صارت", "ليس", "ليست", "ظل", "ظلت"))
# "وليس النظام، مبينا ...": "ليس" before a noun also coordinates ("not the regime"), so only right
# before the participle is it the verb whose predicate that is
NEGATIONS = frozenset(match_key(w) for w in ("ليس", "ليست"))
# prepositions, as written, after which a participle's letters are a verbal noun ("من مطالبة"); the
# written form, not the match key, which folds "على" into the name "علي" ("يعلق علي قائلا")
NOUN_PREPOSITIONS = frozenset({"من", "بعد", "قبل", "عن", "على", "في", "إلى", "الى", "حول", "عبر", "خلال",
                               "إثر", "اثر", "عقب"})
# "who" before a past verb ("من قال إن ..."), a preposition only before a noun
RELATIVE_MAN = "من"
TANWEEN_FATH = ("اً", "ًا")  # the written accusative ending of an indefinite noun or adjective
FOCUS_SENTENCES = 2  # sentences looked back at for a speaker in focus
IN = "في"  # match key of "in" before the statement noun: "كما تقول X في تقرير"
AS = "كما"  # match key of "as" in "...، كما أعلنت المحكمة."
DEFINITE_MIN_LETTERS = 4  # "الأمر" and longer: a definite noun, not a short function word
PLURAL_ENDING = "ون"      # "مراقبون"، "محللون": a masculine plural in the nominative, a subject
PLURAL_MIN_LETTERS = 5    # ("يكون"، "دون" are no plurals)
OBLIQUE_PLURAL_ENDING = "ين"  # "المواطنين"، "اللاعبين": a plural (or dual) in the accusative, never a subject
OBLIQUE_PLURAL_MIN_LETTERS = 6  # "ال" + a stem of two letters or more + "ين" ("الدين"، "اليمين" are shorter)
FEMININE_PLURAL_ENDING = "ات"  # "الطالبات"، "المتقدمات": a plural noun, no adjective of a singular body
# broken plurals of the people a body addresses ("ودعت الكلية الطلاب إلى"): after a definite
# subject they are its object, never its adjective nor (both definite) its genitive
PEOPLE_PLURALS = frozenset(match_key(w) for w in (
    "الطلاب", "الأهالي", "الناس", "العملاء", "الأعضاء", "الزوار", "الحجاج", "المرضى", "الأطباء",
    "التجار", "الشركاء", "الآباء", "الجميع", "السكان", "الملاك", "الشباب",
    # the public an appeal of a body addresses ("ويدعو المركز القراء إلى"، "ودعت الهيئة الجمهور إلى")
    "القراء", "الجمهور", "الركاب", "العمال", "الحضور", "الرعايا", "الأبناء", "المشاة", "الأشقاء", "الإخوة",
    # whom a headline's speaker addresses ("فلان للقضاة:")
    "القضاة"))


def as_reported(grammar: CueGrammar, finder: SpeakerFinder, i: int, cand: QuoteCandidate, lo: int,
                 hi: int) -> tuple[int, int] | None:
    """"...، كما أعلنت المحكمة التي تحاكمه أمس."، "...، كما تقول المنظمة في تقرير لها.": "as X
    announced / says" closing a sentence with no object of its own (the sentence ends, or a
    relative clause, time words or the statement X made it in describe X): the
    sentence before the comma is X's statement, if it has no reporting verb of its own."""
    toks = finder.toks
    sp = cand.speaker
    if i < lo + 2 or toks[i - 1].key != AS or toks[i - 2].text not in "،," or sp is None \
            or sp.start < toks[i].end:
        return None
    k = grammar.after_time_words(finder, finder.tok_at(sp.end) - 1, hi) + 1
    if k < hi and toks[k].key not in RELATIVE_PRONOUNS and toks[k].text not in "." \
            and not in_statement_noun(grammar, finder, k, hi):
        return None
    for b in range(lo, i - 2):
        c = grammar.lex.cue(toks[b]) if toks[b].is_word else None
        if c is not None and c.form != "masdar" and (c.prefix or b == lo or toks[b - 1].text in "،,:"
                                                       or not c.flags & HOMOGRAPH_FLAGS):
            return None  # the sentence has its own reporting verb ("عبر الحدود": a preposition)
    s, e = trim_span(finder, toks[lo].start, toks[i - 2].start)
    return (s, e) if len(finder.text[s:e].split()) >= NP_MIN_TOKENS else None


def in_statement_noun(grammar: CueGrammar, finder: SpeakerFinder, k: int, hi: int) -> bool:
    """"في تقرير نشرته أمس"، "في بيان": at token k, the statement X made the words in (not an
    object or a new clause of its own), after the place X works in ("البعثة في كابول في تقرير")."""
    toks = finder.toks
    if k + 1 < hi and toks[k].key == IN and (r := finder.mention_at_token(k + 1)) is not None \
            and r.entity.type == "LOC":
        k = finder.tok_at(r.end)
    return k + 1 < hi and toks[k].key == IN and grammar.lex.has("speech_noun", toks[k + 1], frozenset({""}))


def conditional_at(grammar: CueGrammar, finder: SpeakerFinder, j: int) -> bool:
    """"تدعو، وإن كانت لا تضغط، إلى ...": a bare "إن" before a form of "كان" is "if" / "even if"."""
    toks = finder.toks
    return toks[j].text.lstrip("وف") == "إن" and j + 1 < len(toks) and grammar.lex.has("auxiliary", toks[j + 1])


def participle_as_adjective(grammar: CueGrammar, finder: SpeakerFinder, i: int) -> bool:
    """A participle after a form of "كان" or of a verb like it (its predicate: "ستكون الوزارة
    مطالبة بـ ..." is obliged, nobody demands), or after an indefinite noun whose written
    accusative ending it repeats ("أمراً متوقعاً"): an adjective, not a speaker's manner. After a
    preposition the same letters are the verbal noun ("بعد أسبوع من مطالبة الإدارة ...")."""
    toks = finder.toks
    if i == 0 or not toks[i - 1].is_word:
        return False
    prev, text = toks[i - 1], toks[i].text
    if grammar.lex.has("auxiliary", prev, frozenset({"", "و", "ف"})) or _bare(prev.key) in PREDICATE_VERBS \
            or verbal_noun_after_preposition(finder, i, "participle"):
        return True
    if i > 1 and prev.key.startswith("ال") and (grammar.lex.has("auxiliary", toks[i - 2], frozenset({"", "و", "ف"}))
                                              or _bare(toks[i - 2].key) in PREDICATE_VERBS - NEGATIONS):
        return True  # "وكانت الشركة مطالبة بتسديد ...": the predicate after the subject of "كان"
    return text.endswith(TANWEEN_FATH) and prev.text.endswith(TANWEEN_FATH) and grammar.lex.cue(prev) is None


def verbal_noun_after_preposition(finder: SpeakerFinder, i: int, form: str) -> bool:
    """A preposition, alone or after "و"/"ف", right before the verb's letters at i governs a noun:
    the verbal noun written like the past verb or the participle ("ورداً على سؤال حول وصف الوزير
    ما جرى"، "وفي مناشدة أخرى للناخبين"، "بعد أسبوع من مطالبة الإدارة"); "من" before a past verb
    is "who" ("من قال إن ...")."""
    if i == 0 or not finder.toks[i - 1].is_word:
        return False
    prev = finder.toks[i - 1].text
    if prev[:1] in "وف" and prev[1:] in NOUN_PREPOSITIONS:
        prev = prev[1:]
    return prev in NOUN_PREPOSITIONS and not (form == "past" and prev == RELATIVE_MAN)


def _bare(key: str) -> str:
    """A match key without a leading "و" or "ف" ("وستكون" -> "ستكون")."""
    return key[1:] if len(key) > 3 and key[0] in "وف" else key


def named_subject_next(grammar: CueGrammar, finder: SpeakerFinder, i: int) -> bool:
    """A person or a body is named or described by a title right after the verb at i (its subject)."""
    if i + 1 >= len(finder.toks):
        return False
    r = finder.mention_at_token(i + 1)
    nxt = finder.toks[i + 1]
    return (r is not None and r.entity.type in ("PER", "ORG")) or grammar.lex.has("title", nxt, TITLE_PREFIXES) \
        or finder._surname_before(nxt.start, nxt.end) is not None


def subject_noun_next(grammar: CueGrammar, finder: SpeakerFinder, i: int) -> bool:
    """A noun that can only be the subject stands right after the verb at i: a definite noun or a
    plural in -ون ("ويرى المسؤولون أن"، "ويعتقد مراقبون أن"), so the form is no impersonal "it
    is seen that" (which has the complementiser, a preposition or time words right after it)."""
    if i + 1 >= len(finder.toks):
        return False
    t = finder.toks[i + 1]
    if not grammar.noun_word(t):
        return False
    return (t.key.startswith("ال") and len(t.key) > DEFINITE_MIN_LETTERS) or (
        t.key.endswith(PLURAL_ENDING) and len(t.key) >= PLURAL_MIN_LETTERS)


WRITTEN_FINDINGS = ("document", "poll", "findings")  # speech_cues.tsv kinds: "دراسة"، "استطلاع"، "نتائج"


def subject_written(grammar: CueGrammar, finder: SpeakerFinder, i: int) -> bool:
    """A verb of the "subject" flag ("وجد"، "قدر") has its subject right after it: "ووجد الباحثون أن"
    reports a finding, the passive "ووُجد أن" and the noun "وقدر كبير" nobody's words; so does a
    study or a poll named without its article ("ووجد استطلاع مؤسسة X أن"، "ووجدت دراسة أن")."""
    return named_subject_next(grammar, finder, i) or subject_noun_next(grammar, finder, i) or (
        i + 1 < len(finder.toks) and any(grammar.lex.has(kind, finder.toks[i + 1], TITLE_PREFIXES)
                                         for kind in WRITTEN_FINDINGS))


def subject_clause_ahead(grammar: CueGrammar, finder: SpeakerFinder, i: int) -> bool:
    """Inside another statement such a verb starts a new one only with its subject and a
    complementiser in sight ("...، بينما وجدت إدارة الجمارك أن ..."; "ووجدت ترحيبا كبيرا" and
    "حيث وجد أن ..." go on with the clause)."""
    return subject_written(grammar, finder, i) and grammar.comp_soon(finder, i)


def prep_in_subject(grammar: CueGrammar, finder: SpeakerFinder, np_at: int, j: int, cue: Cue) -> bool:
    """The preposition at `np_at` belongs to the subject, not to the content, when the
    complementiser at j follows the subject's name: inside the name ("أحمد بن علي") or in a
    description a person's name closes ("المشرف على الدورة فلان الفلاني أن"). A coordinated
    "وأن" after a noun phrase ("شدد على ضرورة ... وأن") is a second content."""
    toks = finder.toks
    if toks[j].text.startswith(("و", "ف")):
        return False
    inside = finder.covering(np_at) if toks[np_at].key in cue.np else None
    if inside is not None:
        # ("ودعت وزارة الاتصالات X إلى ...": the object and its preposition come after a body's name)
        return inside.entity.type == "PER"
    if toks[np_at].key not in cue.np or not toks[np_at - 1].key.startswith("ال"):
        return False  # a word preposition after the subject's definite head ("المشرف على")
    names = [r for r in finder.mentions_between(toks[np_at].end, toks[j].start) if r.entity.type == "PER"]
    return bool(names) and finder.tok_at(names[-1].end) + NAME_TAIL_TOKENS >= j


def object_in_subject(finder: SpeakerFinder, sp: SpeakerRef) -> int | None:
    """The token where the object starts inside the subject phrase `sp` (no entity) found after a
    verb that takes one: a definite plural in -ين is accusative, never the subject ("وطالب
    المواطنين بعدم ..."، "ودعا اللاعبين إلى ...": the subject of a continuation verb is dropped),
    nor, after a definite subject, its genitive ("ودعت الكلية المقبولين إلى ..."; "مدير شؤون
    المعلمين" is a construct, its head has no article; "اتحاد المهندسين المصريين": an adjective)."""
    first, last = finder.tok_at(sp.start), finder.tok_at(sp.end)
    for k in range(first, last):
        t = finder.toks[k]
        if t.text.startswith("ال") and t.key.endswith(OBLIQUE_PLURAL_ENDING) and len(t.key) >= OBLIQUE_PLURAL_MIN_LETTERS \
                and finder.mention_at_token(k) is None and finder.covering(k) is None \
                and (k == first or (finder.toks[k - 1].text.startswith("ال")
                                    and not finder.toks[k - 1].key.endswith(OBLIQUE_PLURAL_ENDING))):
            return k
        if k == first + 1 and t.text.startswith("ال") and finder.covering(k) is None \
                and (t.key in PEOPLE_PLURALS or t.key.endswith(FEMININE_PLURAL_ENDING) and len(t.key) >= OBLIQUE_PLURAL_MIN_LETTERS) \
                and finder.toks[first].text.startswith("ال") \
                and (not finder.toks[first].key.endswith((OBLIQUE_PLURAL_ENDING, FEMININE_PLURAL_ENDING))
                     or finder.toks[first].key in COLLECTIVE_ACTORS):
            # "ودعت الكلية الطلاب إلى"، "ودعت الجامعة الطالبات"، "ودعت البلدية السكان ...": a definite
            # body word and a plural after it
            return k
    return None


def statement_just_before(grammar: CueGrammar, finder: SpeakerFinder, i: int) -> bool:
    """Somebody is speaking just before the verb at i: the sentences before it (two, so a
    subheading between does not hide the speaker) have a finite reporting verb, a participle of
    one, or a quotation mark. "... وأضاف أن ... ¶ ويرى أن ...": the verb goes on with that speaker's view."""
    si = finder.sent_of(finder.toks[i].start)
    if si == 0:
        return False
    lo, _ = finder.sent_tok_range(max(0, si - FOCUS_SENTENCES))
    _, hi = finder.sent_tok_range(si - 1)
    lex = grammar.lex
    for t in finder.toks[lo:hi]:
        if t.text in QUOTE_MARKS:
            return True
        cue = lex.cue(t) if t.is_word else None
        if cue is not None and cue.form != "masdar" and not cue.flags & HOMOGRAPH_FLAGS:
            return True
    return False
