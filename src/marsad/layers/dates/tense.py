"""The tense of the clause a date sits in: does it report a past event or announce a future one?

A date without its year ("26 يناير") or a bare weekday ("الخميس") is placed before or after
`published` by the verb that governs it. Arabic marks the future on the verb itself, so the
markers are structural, not a list of verbs: the prefix سـ on a present-tense verb ("سيعقد"),
the particles سوف and لن, and the modal phrases of scheduled events ("من المقرر أن", "المزمع",
"يعتزم"); the past is marked by كان, قد + a past verb, تم and لم (+ present = past negation).
The nearest marker before the date in its clause governs it; a date that opens its clause
("الأحد المقبل سيشهد ...", "يوم الخميس سيعقد ...") looks at the first words after it.
Without a marker, a present-tense verb heading the date's clause announces a scheduled event
("ويعقد المجلس اجتماعه الخميس", "أن البطولة تنطلق يوم الأحد"): news reports what is done in
the past tense and what is planned in the present. A past verb met first ("أعلنت الوزارة الخميس")
leaves the tense unknown (None): callers fall back to their own default.
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import match_key
from marsad.layers.dates.grammar import date_words, strip_proclitics
from marsad.lexicons.loader import keyed, words
from marsad.lexicons.verbs import verb_keys

# a clause ends at a sentence end, a semicolon, a colon or a quotation mark (a quote has its own verbs)
CLAUSE_END = re.compile(r"[.!?؟\n؛;:«»\"“”]")
WORD = re.compile(r"\w+")
QUOTED_NAME = re.compile(r"[«\"“][^«»\"“”.!?؟\n؛;:،,]{1,30}[»\"”]")
ASIDE = re.compile(r"\([^()]*\)")
PARTIAL_WORD = re.compile(r"\w*")
# what stands for a short name in marks in the words of a clause: a definite noun, as a subject or
# an object ("«صيف البكيرية» ينطلق الأحد": the name is the subject of the present verb after it)
NAME_HOLDER = " الاسم "

# how many words before a date may hold its verb ("أعلنت الوزارة في بيان لها الخميس")
WORDS_BEFORE = 8
# how many words after a date that opens its clause ("يوم الخميس سيعقد المجلس ...")
WORDS_AFTER = 4
# the widest look before or after a date, in characters (a clause is rarely longer)
REACH = 160

FUTURE_WORDS = frozenset(date_words("future_cue"))
# the future cues that are also the participle "coming" (match keys)
COMING = frozenset({"القادم", "القادمه", "القادمين", "القادمون"})
PAST_WORDS = frozenset(date_words("past_cue"))
NOT_FUTURE_VERBS = frozenset(date_words("not_future_verb"))
FUTURE_H_VERBS = frozenset(date_words("future_h_verb"))
NAME_HEADS = frozenset(date_words("name_head"))
SCHEDULED_VERBS = frozenset(date_words("scheduled_verb"))
# "من المتوقع", "من المفترض": what is expected or supposed to happen (match keys)
EXPECTED = frozenset({"المتوقع", "المفترض"})
# an elative before "من المتوقع" compares with the expected: "أقل", "أكثر", "أعلى", "أسرع" (match keys)
COMPARATIVE = re.compile(r"ا[^\Wا]{2}[^\W]?")
# "كان" before a future cue puts the plan in the past ("وكان من المقرر", "كانت ستعقد"), unless a
# modifier after the date places it ahead
WAS = frozenset({"كان", "كانت", "كانوا"})
AHEAD_AFTER = re.compile(r"(?:\s+\w+){0,2}\s+(?:المقبل|المقبله|المقبلين|القادم|القادمه|القادمين)(?!\w)")
# quote marks around the date alone: "«الخميس»"
ENCLOSING_OPEN = re.compile(r"[«\"“]\s*$")
ENCLOSING_CLOSE = re.compile(r"\s*[»\"”]")
# present verbs of bearing, containing or going back to: in a relative clause they describe a thing
DESCRIBING_VERBS = frozenset({"يحمل", "تحمل", "يتضمن", "تتضمن", "يشمل", "تشمل", "يعود", "تعود", "يرجع", "ترجع",
                              "يحتوي", "تحتوي", "يوافق", "توافق", "يعني", "تعني", "يمثل", "تمثل"})
RELATIVE_PRONOUNS = frozenset({"التي", "الذي", "اللتين", "الذين", "اللذين"})
# the future prefix on a present-tense verb: س + the prefix of the person (ي، ت، ن) + a stem
FUTURE_VERB = re.compile(r"س[يتن]\w{2,6}")
# endings a noun beginning like a future verb has ("سيارات", "سنويه", "سيطره"); a verb has none
NOUN_ENDINGS = ("ه", "ات", "يه", "اء", "ين")
PRESENT_PREFIX = tuple("يتن")
# noun stems that begin like سـ + a present verb, whatever ending follows ("سياستها", "سياراتهم", "سياحي")
NOUN_STEMS = ("سياس", "سيار", "سياح", "سياد", "سينما")  # ("سينمائي" begins with "سينما")
OBJECT_SUFFIXES = ("هما", "ها", "هم", "هن", "كم", "نا")
# words that may open a clause before a date that governs the words after it ("وفي يوم الخميس سيعقد")
# ("ومع يوم الاثنين تنطلق": "with Monday" opens the clause as "on Monday" does)
CLAUSE_OPENERS = frozenset({"و", "ف", "ثم", "في", "وفي", "ففي", "مع", "ومع"})

# a present-tense verb: the prefix of the person (ي، ت) and a stem ("يعقد", "تنطلق", "يلتقي");
# words of "يوم" (يومي، يوميا) are nouns
PRESENT_VERB = re.compile(r"[يت]\w{2,5}")
# ت + three letters is as often the past of form V ("وفي يونيو تقرر الإبقاء": it was decided) as
# a present ("تعقد"): too unsure to put a month ahead
FORM_V_SHAPED = re.compile(r"ت\w{3}")
# the verbal nouns of forms V and VI ("تضرر", "تواجد"): ت + three or four letters
FORM_V_OR_VI_NOUN = re.compile(r"ت\w{3,4}")
# a form-II verbal noun has the shape of a present verb ("تقرير", "تنظيم"): ت + two letters + ي + one
VERBAL_NOUN = re.compile(r"ت\w\wي\w")
# the words opening the subject of a protocol announcement ("يرعى صاحب السمو ...", "يفتتح معالي الوزير ...")
TITLE_WORDS = keyed("actors/title_words.tsv", "honorific", match_key) | keyed("actors/title_words.tsv", "title_head", match_key)
# what may stand before the verb that heads a clause: nothing, a conjunction, a complementiser
# or a negation; after a complementiser ("أن البطولة تنطلق") or a definite subject ("المجلس يعقد")
# it is a verb whatever follows it
BEFORE_PRESENT = frozenset({"و", "ف", "ثم", "لا", "حيث", "كما", "بينما", "فيما"})
SUBORDINATORS = frozenset({"ان", "انه", "انها", "انهم"})
# words that open an embedded clause with a verb of its own
CLAUSE_STARTS = SUBORDINATORS | RELATIVE_PRONOUNS | {"بعد", "عندما", "حين", "حينما", "بعدما", "منذ"}
# a definite masculine plural in the nominative ("اللاعبون", "المشاركون"): the subject of a verb after it
MASCULINE_PLURAL_SUBJECT = re.compile(r"ال\w{3,}ون")
PAST_T_VERBS = frozenset(match_key(w) for w in date_words("past_t_verb"))
GIVEN_NAMES = words("actors/given_names.tsv")
NOT_PRESENT = (frozenset(match_key(w) for w in date_words("not_present_verb")) | PAST_T_VERBS | GIVEN_NAMES)


def _bare(word: str) -> str:
    """The word without a leading conjunction (و، ف) when a full word is left."""
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


def word_tense(word: str, following: str) -> str | None:
    """'future', 'past' or None for one word (a match key), given the word after it."""
    w = _bare(word)
    if w in FUTURE_WORDS:
        # "اللاعب القادم من بايرن": coming from (or to) a place, no time ahead
        return None if w in COMING and following in ("من", "الي") else "future"
    if w in PAST_WORDS:
        return "past"
    if w == "قد":  # قد + past verb reports the past; قد + present ("قد يكون") is a guess about it
        return None if following[:1] in PRESENT_PREFIX and following != "تم" else "past"
    if is_future_verb(w):
        return "future"
    return None


def is_future_verb(w: str) -> bool:
    """سـ + a present-tense verb ("سيعقد"), not a noun beginning alike ("سيارة")."""
    if w in FUTURE_H_VERBS:
        return True  # "سيواجه": its stem ends in "ه", like a noun in "ة"
    if not FUTURE_VERB.fullmatch(w) or w in NOT_FUTURE_VERBS or w.endswith(NOUN_ENDINGS) or w.startswith(NOUN_STEMS):
        return False
    if w.endswith("يا") and (len(w) >= len("سياحيا") or not w.endswith("حيا")):
        # "سياحيا", "سياسيا", "سنيا": a nisba adjective in the accusative; a future ends so only
        # with the root of living ("سيحيا")
        return False
    # an object pronoun leaves at least سـ + a present of two letters ("سيعطيهما", "سيراها"); "سيرهما"
    # (their walk) is a noun with its possessive
    suffix = next((x for x in OBJECT_SUFFIXES if w.endswith(x)), "")
    return len(w) - len(suffix) >= len("سيرا")


def named_after(head: str, word: str) -> bool:
    """Is `word` a name though shaped like a future verb: the one a place or club noun is in construct
    with ("مدينة سيفاري", "نادي سيتي"), or the subject of a past verb ("قال ستيوارت")?"""
    if not is_future_verb(_bare(word)):
        return False
    # after a head noun, or right after a past verb as its subject ("قال ستيوارت": no verb follows
    # a verb of saying without "إن")
    return _bare(head).removeprefix("ب").removeprefix("ل") in NAME_HEADS or is_past_verb(head)


def is_past_verb(word: str) -> bool:
    """A verb of the past: a known past form ("قال", "ترأس") or a feminine past ("أعلنت", "بدأت")."""
    w = _bare(word)
    if w in PAST_T_VERBS:
        return True
    # the verb lexicons also hold nouns with a possessive suffix ("اجتماعها"): a pronoun ending is no verb here
    if w in verb_keys() and not w.startswith(PRESENT_PREFIX) and not w.endswith(("ه", "ها", "هم", "هما")):
        return True
    if form_v_plural_past(w):
        return True
    # (a word of ي + stem + ت is a present verb whose root ends with ت: "يصوت", "يبحث"... "يثبت")
    return len(w) >= 4 and w.endswith("ت") and not w.endswith("ات") and not w.startswith(("ال", "ي"))


def form_v_plural_past(w: str) -> bool:
    """"تجمعوا", "تظاهروا", "توافدوا": the plural past of forms V and VI, shaped like a present verb
    of the second person, which news hardly uses."""
    return len(w) >= 6 and w.startswith("ت") and w.endswith("وا")


def is_present_verb(word: str) -> bool:
    """A present-tense verb: ي/ت + stem, not a noun, a name or a past verb of that shape."""
    w = _bare(word)
    if w.endswith("ا") and (FORM_V_OR_VI_NOUN.fullmatch(w[:-1]) or VERBAL_NOUN.fullmatch(w[:-1])):
        return False  # "تضررا", "تواجدا", "تقريبا": a verbal noun in the accusative, no verb
    # "فيصل" is a name, not ف + "يصل": the whole word is looked up too
    return (bool(PRESENT_VERB.fullmatch(w)) and w not in NOT_PRESENT and word not in NOT_PRESENT and not VERBAL_NOUN.fullmatch(w)
            and not w.startswith("يوم") and not w.endswith(NOUN_ENDINGS) and not (w.endswith("ت") and w[0] != "ي")
            and not form_v_plural_past(w))


def verb_shaped(word: str) -> bool:
    """Has the word the shape of a verb: a past form, سـ + present, or a present form?"""
    return is_past_verb(word) or is_future_verb(_bare(word)) or is_present_verb(word)


# words after a sentence-opening present verb that are no name: particles and demonstratives
# ("يبدو أن", "يقول إن", "يكون هذا"), match keys
NOT_A_NAME = frozenset({"ان", "انه", "انها", "انهم", "الي", "علي", "عن", "من", "في", "ما", "لا", "لم", "لن", "قد",
                        "هذا", "هذه", "ذلك", "تلك", "هناك", "هنا", "كل", "بعض", "غير", "مع", "عند", "منذ", "حتي",
                        "ثم", "او", "ام", "كما", "كان", "ايضا", "فيه", "فيها", "له", "لها", "لهم", "به", "بها"})
MIN_NAME_LETTERS = 3  # "كي", "لو": shorter words after the verb are particles, not names
PRESENT_T_LETTERS = 3  # "تصل", "تعد": a verb of "ت" this short is a present (a past of form V has four letters)


def heads_present_clause(words_before: list[str], i: int) -> bool:
    """Is words_before[i] a present-tense verb heading its clause ("ويعقد المجلس", "أن الوزير يزور")?"""
    if not is_present_verb(words_before[i]):
        return False
    following = words_before[i + 1] if i + 1 < len(words_before) else ""
    if _bare(words_before[i]).startswith("ت") and MASCULINE_PLURAL_SUBJECT.fullmatch(following):
        return False  # "تمتع اللاعبون": a present of ت takes no masculine plural subject; a past of form V or VI
    prev = words_before[i - 1] if i else ""
    if _bare(prev) in RELATIVE_PRONOUNS:
        # "المباراة التي تقام الخميس", "الذي يبدأ حملته السبت": the event a relative clause schedules;
        # not a verb of bearing or containing ("المنشور الذي يحمل تاريخ الأحد" describes)
        return _bare(words_before[i]) not in DESCRIBING_VERBS
    if prev.startswith("ال") and prev not in NOT_PRESENT or prev in SUBORDINATORS:
        return True  # after its subject or a complementiser the verb may take any object
    if prev and prev not in BEFORE_PRESENT:
        return False
    # heading a verb-first clause, it is followed by its definite subject ("ويعقد المجلس"); glued to و
    # at the head of its clause it is a verb whatever its subject ("ويختتم يونايتد جولته الأربعاء")
    if not following or following.startswith("ال") or not prev and words_before[i][:1] == "و":
        return True
    # ... or by an indefinite noun in construct with a definite one ("ينطلق مهرجان الصيف الأحد")
    # (a verb of "ي" only: one of "ت" may be a past of form V, "تبنى مجلس الأمن", "ترأس أمير المنطقة")
    after_next = words_before[i + 2] if i + 2 < len(words_before) else ""
    # (a verb of ت + ست is a present of form X, whose past begins with است: "تستعد مصر لتدشين")
    if following.startswith(("ب", "ل", "ك")):
        return False
    verb = _bare(words_before[i])
    if verb.startswith(("ي", "تست")) and after_next.startswith("ال") and not verb_shaped(following) \
            and following not in NOT_PRESENT:
        return True
    # ... or heading its sentence and followed by a name, a given name too ("تصل ماري إلى", "يصل
    # موغيريني إلى"; a name may have a past verb's shape, not a present's): a verb of "ي", or of "ت"
    # in three letters, which no past of form V or VI ("تبنى") can be
    return (not prev and (verb.startswith("ي") or verb.startswith("ت") and len(verb) == PRESENT_T_LETTERS)
            and following not in NOT_A_NAME and len(following) >= MIN_NAME_LETTERS
            and (following in GIVEN_NAMES or following not in NOT_PRESENT and not verb_shaped(following)))


def clause_tense(key: str, ks: int, ke: int, present_future: bool = False, verb_after: bool = False) -> str | None:
    """The tense governing the date at key[ks:ke]: 'future', 'past' or None (no marker).

    With `present_future` (a bare weekday), a present verb heading the date's clause with no
    past verb between them reads as future; a month date keeps its nearest reading instead
    ("تستهدف الإجراءات الموقعة في الأول من يوليو": signed in the past).

    With `verb_after` (a bare month), the verb right after a month opening its clause gives it a
    side, as it does a weekday: a past verb the month gone by ("وفي مارس توقف العمل"), a present
    verb heading a clause the month ahead ("وفي مارس يستأنف المصنع عمله")."""
    if (opened := ENCLOSING_OPEN.search(key, max(0, ks - 3), ks)) and (closed := ENCLOSING_CLOSE.match(key, ke)):
        ks, ke = opened.start(), closed.end()  # "تحاضر فلانة «الخميس»": the marks are the date's, not a quote
    lo = max(0, ks - REACH)
    # a short name in quote marks ("بـ «التركي»") is a word of the clause, not a quotation: its marks
    # end no clause, and its words are no verbs ("شركة «سنتريكا»" is no س + verb)
    named = [(q.start(), q.end()) for q in QUOTED_NAME.finditer(key, lo, ks)]
    ends = [m.end() for m in CLAUSE_END.finditer(key, lo, ks)
            if not any(a <= m.start() < b for a, b in named)]
    if ends:
        lo = ends[-1]
    elif lo and key[lo - 1].isalnum():  # the window starts inside a word: skip that part
        lo = PARTIAL_WORD.match(key, lo).end()
    # an aside in brackets ("(تويتر)", "(يونيو)") has no verb of the clause
    window = key[lo:ks]
    for a, b in reversed(named):
        if a >= lo:
            window = window[: a - lo] + NAME_HOLDER + window[b - lo :]
    before = WORD.findall(ASIDE.sub(" ", window))
    # a past verb, or the start of an embedded clause ("أن الحادث وقع", "الذي وقع") whose own verb came
    # after it, ends the search for a present verb heading the date's clause
    closed = False
    for i in range(len(before) - 1, max(-1, len(before) - 1 - WORDS_BEFORE), -1):
        following = before[i + 1] if i + 1 < len(before) else ""
        if (tense := word_tense(before[i], following)) is not None and not (i and named_after(before[i - 1], before[i])):
            if tense == "future" and any(_bare(w) in WAS for w in before[max(0, i - 3):i]) \
                    and not AHEAD_AFTER.match(key, ke):
                # "وكان من المقرر أن تنطلق في 26 مايو": what was planned then, now past (not "كان من المقرر
                # أن تستضيف البطولة بين شهري ديسمبر ويناير المقبلين")
                return "past"
            if tense == "past" and i >= 2 and before[i - 1] == "حال" and before[i - 2] in ("في", "وفي", "ففي"):
                return "future"  # "في حال تم الاتفاق الخميس": a past form under a condition looks ahead
            return tense
        if before[i] in EXPECTED and i and before[i - 1] in ("من", "ومن", "فمن") \
                and not any(COMPARATIVE.fullmatch(strip_proclitics(w)) for w in before[max(0, i - 3):i - 1]):
            # "ومن المتوقع أن ...", "من المفترض أن ..." announce; "على غير المتوقع" only qualifies, and so
            # does a comparison with the expected ("ارتفع بأقل (قليلا) من المتوقع في يونيو")
            return "future"
        if before[i] == "حال" and i and before[i - 1] in ("في", "وفي", "ففي"):
            # "وفي حال حدثت أول عملية تخلف عن السداد يوم الاثنين": a condition ahead ("في حالة المركب
            # الذي غرق" is "in the case of")
            return "future"
        if before[i] in SCHEDULED_VERBS and i and before[i - 1] in RELATIVE_PRONOUNS:
            return "future"  # "الانتخابات التي حددت في فبراير": the event it was set for is ahead
        if present_future and not closed:
            closed = is_past_verb(before[i]) or _bare(before[i]) in CLAUSE_STARTS
            if not closed and heads_present_clause(before, i):
                return "future"
    if present_future and not closed and (ends or lo == 0) and len(before) > WORDS_BEFORE and is_present_verb(before[0]) \
            and before[1] in TITLE_WORDS and not any(is_past_verb(w) or _bare(w) in CLAUSE_STARTS for w in before[1:]):
        # "يدشن صاحب السمو الملكي الأمير ... أمير المنطقة الثلاثاء المبنى": the present verb opening
        # the sentence governs a date after a long title chain
        return "future"
    nouns_only = False  # "ومغادرته مساء الأحد عندما سيتوجه": a noun phrase before, the tense after
    if any(w not in CLAUSE_OPENERS for w in before):  # an unmarked verb may precede: no tense to read
        bounded = bool(ends) or ks <= REACH  # the clause opens within the window, all its words in view
        if not present_future or not bounded or any(verb_shaped(w) or _bare(w) in CLAUSE_STARTS for w in before):
            return None  # (the whole clause must be in view: a verb beyond the window may govern it)
        nouns_only = True
    stop = CLAUSE_END.search(key, ke, ke + REACH)
    after = WORD.findall(key, ke, stop.start() if stop else min(len(key), ke + REACH))[:WORDS_AFTER + 1]
    for i, w in enumerate(after[:WORDS_AFTER]):
        if nouns_only and (_bare(w) in SUBORDINATORS or is_past_verb(w)):
            return None  # "مساء السبت إن العاصفة ستتسع": the future of the words reported, not of the day
        if (tense := word_tense(w, after[i + 1] if i + 1 < len(after) else "")) is not None:
            return tense
    if nouns_only:
        return None
    if verb_after and after:
        # only a month opening its clause reaches here: no verb before it, nor إن/أن (that clause is
        # the words reported); a verb before the month would govern it instead
        if is_past_verb(after[0]):
            return "past"
        if heads_present_clause(after, 0) and not FORM_V_SHAPED.fullmatch(_bare(after[0])):
            return "future"
    if present_future and after and heads_present_clause(after, 0):
        return "future"  # "الثلاثاء تعقد الجمعية اجتماعها": the clause it opens announces a scheduled event
    return None
