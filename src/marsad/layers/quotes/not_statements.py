"""Reporting words and quotations that carry nobody's statement, found by a precision probe of the
layer's output on unlabelled news:

- "وكأنه يقول إن ..."، "كأنها تشير إلى أن ...": after "as if" the writer pictures what someone seems
  to mean; the verb reports nothing said;
- "أكد «المركز الوطني» تحقيق ..."، "أعلنت «شركة النخيل»، المدرجة في السوق، عن ...": a short
  quotation right after the verb that the sentence goes on from (the verb's object, or a comma and a
  definite description of it) is the subject's name in marks, not the words said;
- "فهل أحد قال عنها إنها ...؟": a verb in a question asked with "هل" reports nothing;
- "بقي أن نقول: ..."، "ويجب القول إن ...": the writer speaking as "we" or "it must be
  said": the article's own voice, attributed to nobody (not in an interview, whose paragraphs of
  questions make the first person the one who answers);
- "فتقول: «بقعة ضوء» للكاتب فلان"، "«ليل المدينة» لسالم": a quotation followed by "لـ" and its author
  (a writer, a poet, a director, or a person the article names) is the title of a work;
- "أعلنت الجامعة عن حاجتها لشغل وظائف ..."، "أعلنت الكلية بدء القبول": "أعلن" with a noun phrase
  of vacancies or admission is a notice, not news anyone said;
- "قتل رجلا قال لا إله إلا الله"، "رددوا: الله أكبر": a statement that is only a set formula of
  worship is nobody's news;
- "الأسباب التي ذكرها الاتحاد ... إلا أنها"، "الخطة التي أعلن عنها أمس استطاعت أن"، "المشروع الذي أعلنت
  الوزارة عن تدشينه": a relative clause whose reporting verb takes the thing described as its
  object (a pronoun on the verb, "عنه"/"عنها" after it, or a noun after "عن" carrying that
  pronoun once the clause has its own subject) names that thing; it reports no statement, and a
  later "أن" belongs to the main clause ("الذي قال عنه فلان إنه ...", "التي أكدت أن ..." still report).
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.layers.quotes.attribution import QUOTE_WORDS, SpeakerFinder
from marsad.layers.quotes.cue_grammar import BARE_CLAUSE_OPENERS, RELATIVE_PRONOUNS
from marsad.layers.quotes.marks import QuoteSpan
from marsad.layers.quotes.patterns import QuoteCandidate
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.lexicons.loader import keyed
from marsad.lexicons.loader import words as word_list

AS_IF = word_list(QUOTE_WORDS, "as_if")
AS_IF_BARE = ("كأن", "وكأن", "فكأن")   # written with its hamza: the key "كان" is also "was"
SUBJECT_FOLLOWERS = word_list(QUOTE_WORDS, "subject_follower")
WORK_CREATORS = keyed(QUOTE_WORDS, "work_creator", match_key)
TITLE_WORDS = 10           # the longest quotation read as a title before its author
AUTHOR_NAME_WORDS = 6      # before a bare name (not a writer's title) a title is short
WRITER_VERBS = keyed(QUOTE_WORDS, "writer_verb", match_key)
WRITER_MODALS = keyed(QUOTE_WORDS, "writer_modal", match_key)
SAYING = match_key("القول")
QUESTION_WORDS = frozenset({"هل", "وهل", "فهل"})  # match keys
QUESTION_MARKS = "؟?"
INTERVIEW_QUESTIONS = 2    # paragraphs ending with a question that make an article an interview
AS_IF_REACH = 3            # tokens between "كأن" and the verb ("وكأن لسان حاله يقول")
NAME_WORDS = 4             # the longest quoted name read this way
JOINED_PARTICLES = ("و", "ف", "ل", "ب", "ك")  # a word opening with one goes on a statement or adds a setting
NOTICE_WORDS = word_list(QUOTE_WORDS, "notice_word")
RELIGIOUS_FORMULAS = word_list(QUOTE_WORDS, "religious_formula")
FORMULA_TRIM = " \t\n.،,؛;:!؟?\"“”«»()"
# the most words a formula has: a statement with more is none (its keys joined hold at least a
# space between each two words), told without a key made for each of its words
FORMULA_WORDS = max((f.count(" ") + 1 for f in RELIGIOUS_FORMULAS), default=0)
NOTICE_REACH = 6           # "عن توافر مجموعة من الوظائف": the first words of the object that name the notice
RESUMPTIVE = ("ه", "ها", "هم", "هما")  # the pronoun that points back at the relative's head noun
ABOUT_IT = frozenset({"عنه", "عنها", "عنهم", "عنهما"})  # match keys: "أعلن عنها": announced it
ABOUT = "عن"
TIME_HEADS = frozenset({"الوقت", "وقت", "اليوم", "الحين", "اللحظه", "الساعه"})  # match keys: "في الوقت الذي كشفت"
HEAD_PRONOUNS = {"التي": "ها", "الذي": "ه", "الذين": "هم"}  # match keys: the pronoun of the head noun
OBJECT_PREPOSITIONS = ("علي", "مع", "من", "ل", "ب", "الي")  # match keys joined to it: "عليها"، "معه"، "إليها"
IN_WHICH = frozenset({"فيه", "فيها", "خلاله", "خلالها"})  # match keys: "في الوقت الذي أعلنت فيه": a time, not the object
VERB_ENDINGS = ("", "ت", "و", "وا", "ا")  # "ذكر" + "ها"، "ذكرت" + "ها"، "ذكروها"
SAY_LEMMA = "قال"          # "الذي قال عنه فلان إنه ...": what was said of it is a statement
ANNOUNCE = "أعلن"          # the lemma of reporting_verbs.tsv
SIGN_FORM = "توقع"  # match key: "أن توقع" (she signs / the expectation)
COMP_AN = "ان"  # match key of "أن"
TIME_BEFORE_AN = frozenset({"بعد", "قبل", "منذ"})  # "بعد أن توقع المحللون ...": a past verb after them
CONSIDERED_FORMS = frozenset({"اعتبر", "اعتبرت", "اعتبروا"})  # match keys, with no conjunction
ACCUSATIVE_ENDINGS = ("ا", "اً", "ًا")  # "إرهابيا"، "انتهاكاً": an indefinite accusative as written
MIN_ACCUSATIVE_LETTERS = 3
PRONOUN_HA = "ها"  # "نفسها"، "قرارها": a pronoun ending, no accusative "ا"
REQUIRED_FORMS = frozenset({"مطالب", "مطالبه", "مطالبون", "مطالبين", "مطالبات"})  # match keys, bare
MAX_PREDICATE_SUBJECT = 4  # definite words of the noun phrase before the predicate
PREDICATE_OPENERS = frozenset({"ان", "لكن", "فان", "ولكن", "بل"})  # match keys: "إن الحكومة مطالبة"


def nobody_says(finder: SpeakerFinder, i: int, clause: bool) -> bool:
    """The reporting word at i reports nobody's statement: a question, the writer's voice, "as if"
    with a reported `clause` ("رد بثقة وكأنه توقع سماعه: «...»": the quotation is the answer of
    the verb before), or a passive read the same way ("الهجوم اعتُبر إرهابيا"، "الجهات مطالَبة بـ")."""
    return asked(finder, i) or writer_voice(finder, i) or (clause and as_if(finder, i)) \
        or passive_considered(finder, i) or passive_required(finder, i) or signing(finder, i)


def signing(finder: SpeakerFinder, i: int) -> bool:
    """"من المقرر أن توقع الشركتان اتفاقية ...": "توقع" written bare right after "أن" is the
    subjunctive "تُوقِّع" (to sign), or the noun "expectation"; not "توقّع" (expected), which a past
    clause after "بعد أن/قبل أن" may still hold."""
    toks = finder.toks
    return toks[i].key == SIGN_FORM and i > 0 and toks[i - 1].key == COMP_AN \
        and not (i > 1 and toks[i - 2].key in TIME_BEFORE_AN)


def passive_considered(finder: SpeakerFinder, i: int) -> bool:
    """"إن الهجوم اعتُبر إرهابيا": "اعتبر" written bare right after a noun, with a bare accusative
    right after it (no subject, no clause) is the passive "was considered": nobody's view told."""
    toks = finder.toks
    if i == 0 or i + 1 >= len(toks) or toks[i].key not in CONSIDERED_FORMS:
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return prev.is_word and prev.key.startswith("ال") and prev.key not in RELATIVE_PRONOUNS \
        and nxt.is_word and not nxt.key.startswith("ال") and not nxt.text.endswith(PRONOUN_HA) \
        and nxt.text.endswith(ACCUSATIVE_ENDINGS) and len(nxt.key) > MIN_ACCUSATIVE_LETTERS


def passive_required(finder: SpeakerFinder, i: int) -> bool:
    """"والجهات المعنية مطالَبة بأن توفر ..."، "إن الحكومة مطالبة بـ": the participle of "طالب" as
    the predicate of a noun phrase opening its clause (a "و" on its first word, or "إن/أن/لكن"
    or punctuation before it) is "is required to", nobody's demand ("وخرجت الجماهير مطالبة بـ"
    after a verb tells how they went out, a demand)."""
    toks = finder.toks
    if i == 0 or i + 1 >= len(toks) or toks[i].key not in REQUIRED_FORMS or not toks[i + 1].key.startswith("ب"):
        return False
    k = i - 1
    while k >= 0 and toks[k].is_word and toks[k].key.startswith(("ال", "وال")) and i - k <= MAX_PREDICATE_SUBJECT:
        if toks[k].key.startswith("وال"):
            return True
        k -= 1
    if k == i - 1 or k < 0:
        return k < 0 and i > 0
    before = toks[k]
    return not before.is_word or before.key in PREDICATE_OPENERS


def formula(text: str) -> bool:
    """The statement's words are only a set formula of worship ("لا إله إلا الله")."""
    words = text.strip(FORMULA_TRIM).split()
    if len(words) > FORMULA_WORDS:
        return False
    return " ".join(match_key(w) for w in words) in RELIGIOUS_FORMULAS


def notice(finder: SpeakerFinder, lex: SpeechLexicon, c: QuoteCandidate) -> bool:
    """The indirect statement `c` of "أعلن" is a noun phrase whose first words name vacancies or
    admission ("عن حاجتها لشغل وظائف"، "بدء القبول"): a notice, not a statement; a clause
    ("أعلنت أن التسجيل ...") still reports."""
    if c.kind != "indirect" or c.cue_tok is None:
        return False
    toks = finder.toks
    cue = lex.cue(toks[c.cue_tok])
    if cue is None or cue.lemma != ANNOUNCE:
        return False
    k = finder.tok_at(c.start)
    if k >= len(toks) or lex.is_comp(toks[k]):
        return False
    words = [t for t in toks[k : finder.tok_at(c.end)] if t.is_word][:NOTICE_REACH]
    return any(stem in NOTICE_WORDS for t in words for _, stem in t.splits)


def described_thing(finder: SpeakerFinder, lex: SpeechLexicon, c: QuoteCandidate) -> bool:
    """The indirect statement `c` comes from a reporting verb right after a relative pronoun that
    takes the relative's head noun as its object: a pronoun on the verb ("التي ذكرها"), "عنه"/"عنها"
    after it ("التي أعلن عنها"), or, with the clause's own subject between, a noun after "عن" that
    carries the pronoun ("الذي أعلنت الوزارة عن تدشينه")."""
    if c.kind != "indirect" or c.cue_tok is None or c.cue_tok == 0:
        return False
    toks = finder.toks
    i = c.cue_tok
    rel = toks[i - 1].key
    if not (rel in RELATIVE_PRONOUNS or (rel[:1] == "و" and rel[1:] in RELATIVE_PRONOUNS)):
        return False
    if i > 1 and toks[i - 2].key in TIME_HEADS:
        return False  # "في الوقت الذي كشفت الهيئة عن توجهها": when, not what
    cue = lex.cue(toks[i])
    if cue is None or cue.form == "participle":
        return False  # after a relative pronoun "ذكرها" is the verb, never the verbal noun
    lemma = match_key(cue.lemma)
    key = toks[i].key[len(cue.prefix):]
    if any(key == lemma + e + p for p in RESUMPTIVE for e in VERB_ENDINGS if not lemma.endswith(p) or e):
        return True  # "التي ذكرها الاتحاد": the verb's object is the head noun
    if lemma == match_key(SAY_LEMMA):
        return False
    if i + 1 < len(toks) and toks[i + 1].key in ABOUT_IT:
        return True  # "التي أعلن عنها أمس"
    k = finder.tok_at(c.start)
    if k + 1 < len(toks) and k > i + 1 and toks[k].key != ABOUT and _object_of_head(finder, lex, i, k, rel):
        return True  # "الخلية التي أعلنت الوزارة القبض عليها"، "الصفقة التي أعلنت الشركة إتمامها"
    if k + 1 >= len(toks) or k <= i + 1 or toks[k].key != ABOUT or not toks[k + 1].is_word:
        return False
    # "الذي أعلنت الوزارة عن تدشينه": a subject of its own, so the pronoun is the head noun's
    between = toks[i + 1 : k]
    return toks[k + 1].key.endswith(RESUMPTIVE) and any(t.is_word for t in between) \
        and not any(t.key in IN_WHICH for t in between)


def _object_of_head(finder: SpeakerFinder, lex: SpeechLexicon, i: int, k: int, rel: str) -> bool:
    """The noun-phrase statement of the verb at i, opening at token k after the clause's own subject,
    is a verbal noun whose object is the relative's head: the pronoun agreeing with the relative
    (ها for "التي"، ه for "الذي") on the noun ("إتمامها") or on the preposition after it ("القبض
    عليها")."""
    toks = finder.toks
    between = toks[i + 1 : k]
    if not any(t.is_word for t in between) or any(t.key in IN_WHICH or not t.is_word or lex.is_comp(t)
                                                   for t in between):
        return False  # (a complementiser on the way opens a clause: "والذي أكد بدوره بأن ...")
    head, nxt = toks[k], toks[k + 1]
    pronoun = HEAD_PRONOUNS.get(rel[1:] if rel[:1] == "و" and rel[1:] in HEAD_PRONOUNS else rel)
    if pronoun is None or not head.is_word or lex.is_comp(head):
        return False
    objects = {p + pronoun for p in OBJECT_PREPOSITIONS}
    if head.key in objects:
        return True  # the subject's span took the verbal noun: "التي أعلنت الوزارة القبض| عليها"
    if lex.is_stop(head):
        return False
    # (as written: the key spells the feminine ending ة as ه too)
    if len(head.text) > len(pronoun) + 2 and head.text.endswith(pronoun) and not head.text.endswith("ت" + pronoun):
        return True
    return nxt.is_word and nxt.key in objects


def as_if(finder: SpeakerFinder, i: int) -> bool:
    """A word of "as if" at most `AS_IF_REACH` tokens before the reporting verb at i, in its clause."""
    toks = finder.toks
    lo, _ = finder.sent_tok_range(finder.sent_of(toks[i].start))
    for k in range(i - 1, max(lo, i - 1 - AS_IF_REACH), -1):
        t = toks[k]
        if not t.is_word:
            return False
        if t.key in AS_IF or t.text.startswith(AS_IF_BARE):
            return True
    return False


def asked(finder: SpeakerFinder, i: int) -> bool:
    """The reporting verb at i stands after "هل" in a sentence that ends with a question mark."""
    toks = finder.toks
    si = finder.sent_of(toks[i].start)
    if not finder.sents[si].text.rstrip(" !\"»”").endswith(tuple(QUESTION_MARKS)):
        return False
    lo, _ = finder.sent_tok_range(si)
    return any(toks[k].key in QUESTION_WORDS for k in range(lo, i))


def writer_voice(finder: SpeakerFinder, i: int) -> bool:
    """The reporting word at i is the writer's: "نقول" (a conjunction may precede), or
    "القول" right after a word of "must" or "can"."""
    toks = finder.toks
    key = toks[i].key
    if _is_word_of(key, WRITER_VERBS):
        return not interview(finder)
    if key != SAYING or i == 0:
        return False
    return _is_word_of(toks[i - 1].key, WRITER_MODALS) and not interview(finder)


def _is_word_of(key: str, words: frozenset[str]) -> bool:
    """`key` is one of `words`, alone or after the conjunction "و" or "ف"."""
    return key in words or (key[:1] in "وف" and key[1:] in words)


def interview(finder: SpeakerFinder) -> bool:
    """At least `INTERVIEW_QUESTIONS` paragraphs end with a question: the questions of an interview."""
    sents = finder.sents
    ends = [s for n, s in enumerate(sents) if n + 1 == len(sents) or sents[n + 1].paragraph != s.paragraph]
    return sum(s.text.rstrip().endswith(tuple(QUESTION_MARKS)) for s in ends) >= INTERVIEW_QUESTIONS


def quoted_subject_after_verb(finder: SpeakerFinder, q: QuoteSpan, n: int, hi: int) -> bool:
    """The quotation `q` of `n` words, opening right after a reporting verb, names the verb's subject:
    two to `NAME_WORDS` words not opening a clause, followed in the sentence (ending at token `hi`)
    by a word with no joined particle that neither reports, sets the scene nor tells the time
    ("تحقيق"، "عن"), or by a comma and a definite word that does not report ("، المدرجة")."""
    if q.close is None or not 2 <= n <= NAME_WORDS:
        return False
    toks, lex = finder.toks, finder.lex
    first = finder.tok_at(q.start)
    if first < len(toks) and toks[first].key in BARE_CLAUSE_OPENERS:
        return False
    k = finder.tok_at(q.close + 1)
    if k >= hi:
        return False
    if toks[k].text in "،,":
        k += 1
        return k < hi and toks[k].is_word and toks[k].key.startswith("ال") and lex.cue(toks[k]) is None \
            and toks[k].key not in SUBJECT_FOLLOWERS
    t = toks[k]
    return t.is_word and not t.key.startswith(JOINED_PARTICLES) and t.key not in SUBJECT_FOLLOWERS \
        and lex.cue(t) is None and not lex.is_comp(t)


def authored_title(finder: SpeakerFinder, q: QuoteSpan, n: int) -> bool:
    """The quotation `q` of `n` words is followed at once by "لـ" and the work's author: a word for
    one who writes or composes ("للشاعرة"، "لـ الكاتب") or a person the article names (after a
    short quotation that does not open with a word only a clause opens with)."""
    if q.close is None or n > TITLE_WORDS:
        return False
    toks = finder.toks
    k = finder.tok_at(q.close + 1)
    if k >= len(toks) or not toks[k].is_word or not toks[k].key.startswith("ل"):
        return False
    t = toks[k]
    if t.key == "ل":  # "لـ" written apart
        if k + 1 >= len(toks):
            return False
        k, t = k + 1, toks[k + 1]
        rest = t.key
    else:
        rest = "ال" + t.key[2:] if t.key.startswith("لل") else t.key[1:]
    bare = rest[2:] if rest.startswith("ال") else rest
    if bare in WORK_CREATORS:
        return True
    if n > AUTHOR_NAME_WORDS or toks[finder.tok_at(q.start)].key in BARE_CLAUSE_OPENERS:
        return False  # "قال: «لن نتراجع» لفلان": words said to a person
    r = finder.mention_at_token(k)
    return r is not None and r.entity.type == "PER" and r.start <= t.start + 1
