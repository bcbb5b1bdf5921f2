"""The grammar around a reporting word: where its clause starts, what its subject and object
look like, and which words only look like one (homographs, adjectives, names).

Token-level tests the quote layer (`layer.py`) asks while it reads a cue and its content; kept
apart so that file stays readable. Every test takes the `SpeakerFinder` of the document.
"""

from __future__ import annotations

from marsad.arabic.tokens import CONJUNCTIONS, Token
from marsad.document import SpeakerRef
from marsad.layers.dates.tense import is_past_verb
from marsad.layers.quotes.attribution import (
    PERFECT_PARTICLES,
    PP_CLITICS,
    QUOTE_WORDS,
    TITLE_PREFIXES,
    SpeakerFinder,
    pp_prefix,
)
from marsad.layers.quotes.marks import QuoteSpan
from marsad.layers.quotes.patterns import COLLECTIVE_ACTORS, QUOTE_MARKS
from marsad.layers.quotes.speech_lexicon import NOUN_PREFIXES, Cue, SpeechLexicon
from marsad.lexicons.loader import words as word_list

SEMICOLON_SUBJECT_WORDS = 5  # "قال X Y؛ مدير ...": a semicolon this close to the verb ends its subject
NAMING_COMP_WORDS = 4     # "تدعي الجهات الرسمية أنهم": a naming word that is a verb of claiming
ADDRESSEE_WORDS = 4       # "قال لـ«صحيفة الرياض» ...": the longest outlet name skipped before a subject
# match keys of a preposition with a pronoun between a verb and its subject ("وقال له المدير فلان"،
# "قالت عنه الشركة"، "ليرد عليه الممثل فلان"): the one spoken to or about, named before
PRONOUN_PREPOSITIONS = frozenset(p + s for p in ("ل", "عن", "علي") for s in ("ه", "ها", "هم", "هما", "هن"))
CLAUSE_CONNECTORS = word_list(QUOTE_WORDS, "clause_connector")
RELATIVE_PRONOUNS = word_list(QUOTE_WORDS, "relative_pronoun")
ADJECTIVE_NEGATORS = word_list(QUOTE_WORDS, "adjective_negator")
BARE_CLAUSE_OPENERS = word_list(QUOTE_WORDS, "bare_clause_opener")
SPEECH_SETTINGS = word_list(QUOTE_WORDS, "speech_setting")
RELATIVE_TIME = word_list(QUOTE_WORDS, "relative_time")
CLAUSE_PRONOUN_KEYS = word_list(QUOTE_WORDS, "clause_pronoun")
COMP_GOVERNORS = word_list(QUOTE_WORDS, "comp_governor")
KNOWING_VERBS = word_list(QUOTE_WORDS, "knowing_verb")
OCCASION_NOUNS = word_list(QUOTE_WORDS, "occasion_noun")
GOVERNOR_PREPOSITIONS = frozenset({"عن", "علي", "من"})  # "فضلا عن أن"، "على الرغم من أن" (match keys)
POSSESSIVE_SUFFIXES = ("هما", "هم", "ها", "ه")
MAX_TIME_WORDS = 3        # "الأسبوع الماضي"، "أمس الأول": time words skipped between a verb and its object
MAX_HEAD_GAP = 12         # "وأكد وزير ... في تصريح صحفي أهمية": words between a verb and its content noun
ALSO = frozenset({"ايضا"})  # match key of "أيضا"
ALSO_OPENERS = frozenset({"كما"})  # match key: "وأضاف البيان كما استهدفت ...": "as well", the statement goes on
FROM = "من"  # match key of the partitive "من" ("وهو من سكان القرية")
HA = "\u0647"  # final ه, as written (the match key writes ة so too)
OBJECT_MARKS = ("-", "~")  # np columns of reporting_verbs.tsv that stand for an object, not a preposition
SETTING_PREPOSITIONS = frozenset({"في", "خلال"})  # match keys: "بين في كلمته"، "تابع خلال المؤتمر"
MAX_NAME_WORDS = 6        # a quoted name of an organisation or a campaign
LONG_SUBJECT_EXTRA_WORDS = 10  # words past the verb's reach a long subject description may still run
# match keys of "his name", "her identity" ...: the object of an anonymity clause ("طلب عدم ذكر اسمه")
WITHHELD_NAMES = frozenset({"اسمه", "اسمها", "اسمهم", "اسميهما", "هويته", "هويتها", "هويتهم"})
ANONYMITY_WORDS = 3  # "عدم الكشف عن اسمه": tokens from the negating noun to the name
SETTING_OBJECT_PRONOUNS = frozenset({"له", "لها", "لهم"})  # "في تصريح له"
SETTING_EXTRA_WORDS = 20  # words past the verb's reach after a setting ("خلال مؤتمر صحفي عقده ...")
MAX_DESCRIPTION_GAP = 22  # the verb's reach for its complementiser (layer.MAX_CUE_GAP)
SHORT_DESCRIPTION_WORDS = 4  # "وهو صاحب الورشة أن": a description this short needs no comma
IMPERFECT_PREFIXES = ("ي", "ت", "ن")  # "وهو يعلم أن": a verb, the clause is its own
LONG_DESCRIPTION_WORDS = 8  # "وهي طالبة جامعية من مدينة X إن": the longest verbless description before "إن"
CIRCUMSTANTIAL_WORDS = 3  # "وقالت وهي تبكي بحرقة إنها ...": the longest state clause between the verb and "إن"
PARTITIVE = "من"  # "وهو من سكان الحي": one of
ASIDE_DASHES = ("-", "–", "—")  # the dashes that set off an aside: "قال فلان -وهو ...-: ..."
SAY_COMP = "إن"  # as written: the complementiser of "قال" (its key folds with "أن")
# match keys of words that open no noun phrase describing a person ("وهو ما يعني"، "وهو لم يكن")
DESCRIPTION_NON_OPENERS = frozenset({"ما", "لا", "لم", "لن", "قد", "ليس", "كان", "كانت", "الذي", "التي",
                                     "في", "من", "علي", "الي", "عن", "مع", "بعد", "قبل", "امام"})
SUBJECT_ASIDE_MARKS = "،,()-–—"  # commas, brackets and dashes around a time or a description of the subject
CONTENT_HEAD_PREFIXES = frozenset({"", "و"})
CONSTRUCT_PREFIXES = frozenset({"", *CONJUNCTIONS})  # a head word without "ال" names what follows it
BETWEEN = "بين"
BETWEEN_NOT_PREPOSITION = frozenset({"بينما", "بينت", "بينوا"})  # "while", the verb "بيّنت/بيّنوا"
BETWEEN_PAIR_WORDS = 6    # "بين الشركة الوطنية للنقل وبين ...": the first member's length
SHADDA = "\u0651"
MAX_RELATIVE_ASIDE = 18   # words of a relative clause set off by commas after the subject
KANA_SUBJECT_WORDS = 4    # "وكانت وزارة الصحة السعودية أعلنت": the noun phrase between "كان" and the verb
KANA_FORMS = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"})  # match keys
MIN_STEM_LETTERS = 3      # after a fronted subject or time words: "أعلنت أمس بيع" (not "ب" + "يع")
PREP_CLAUSE = "prep_clause"  # reporting_verbs.tsv flag: "خلص إلى أن"، "عرج على أن": a clause only after its preposition
CLAUSE_PREPOSITIONS = frozenset({"علي", "الي", "من"})  # match keys of "على"، "إلى"، "من" right before such a complementiser


class CueGrammar:
    def __init__(self, lex: SpeechLexicon) -> None:
        self.lex = lex

    def relative_aside_end(self, finder: SpeakerFinder, j: int, hi: int) -> int | None:
        """The closing comma of a relative clause set off by commas that opens at the comma at
        token j ("، الذي يصفه مسؤولون بأنه ...،"), else None: its verbs and complementisers
        describe the subject and are not the statement of the verb before it."""
        toks = finder.toks
        if toks[j].text not in "،," or j + 2 >= hi or toks[j + 1].key not in RELATIVE_PRONOUNS:
            return None
        words = 0
        for k in range(j + 2, hi):
            if toks[k].text in "،,":
                return k if k + 1 < hi else None
            if not toks[k].is_word and toks[k].text in ".؟?!؛:«“\"":
                return None
            words += toks[k].is_word  # ("منذ 25 مايو (أيار) 2014": brackets are no words)
            if words >= MAX_RELATIVE_ASIDE:
                return None
        return None

    def prep_clause_ahead(self, finder: SpeakerFinder, i: int) -> bool:
        """"إلى أن"، "على أن": a preposition right before a complementiser within the reach of the
        verb at token i, in its sentence and before any other reporting word (what the verbs flagged
        prep_clause need to report; "معرجا إلى نظام ...، مشيرا إلى أن": the clause is the next verb's)."""
        return prep_clause_near(finder, i)

    def clause_start(self, finder: SpeakerFinder, i: int, cue: Cue) -> bool:
        """The reporting word at token i opens a clause: a proclitic و/ف, the sentence start,
        punctuation or a connective ("إذ كتب"، "حيث يقول") before it."""
        toks = finder.toks
        return bool(cue.prefix or i == 0 or toks[i - 1].text in "،,.:\n" or toks[i - 1].key in CLAUSE_CONNECTORS
                    or toks[i - 1].key in RELATIVE_PRONOUNS
                    or finder.sents[finder.sent_of(toks[i].start)].start == toks[i].start)

    def comp_soon(self, finder: SpeakerFinder, i: int) -> bool:
        """A complementiser within a few words after token i, with no punctuation between."""
        for t in finder.toks[i + 1 : i + 1 + NAMING_COMP_WORDS]:
            if self.lex.is_comp(t):
                return True
            if not t.is_word:
                return False
        return False

    def noun_word(self, t: Token) -> bool:
        """A word that can open a noun phrase after a verb: not a complementiser, a stop word, a
        reporting word or a time word (those leave the statement to what follows them)."""
        lex = self.lex
        return t.is_word and not (lex.is_comp(t) or lex.is_stop(t) or lex.cue(t) is not None
                                  or lex.has("time", t, TITLE_PREFIXES))

    def object_next(self, finder: SpeakerFinder, i: int, hi: int, min_stem: int = 1) -> bool:
        """"مؤكدا ضرورة ...": a bare noun right after a participle is its object (not "في"، "لـ"،
        "أن" or another reporting word, which leave the statement to the clause after them).
        `min_stem`: a joined preposition must leave this many letters (3: "بيع" is a noun)."""
        if i + 1 >= hi:
            return False
        t = finder.toks[i + 1]
        if not self.noun_word(t):
            return False
        return not any(pp_prefix(t.key[: len(t.key) - len(stem)]) and len(stem) >= min_stem
                       for _, stem in t.splits) and finder.mention_at_token(i + 1) is None

    def bare_clause_at(self, finder: SpeakerFinder, i: int, hi: int) -> int | None:
        """"وعن الوضع قال ليس هناك ..."، "وأضاف في كلمته لقد ...": a word that only opens a clause
        right after the verb at i (or after its setting "في كلمته") starts the statement with no
        complementiser; the token index where it starts, else None."""
        toks, lex = finder.toks, self.lex
        k = i + 1
        if k + 1 < hi and lex.is_stop(toks[k]) and self.speech_noun(toks[k + 1]):
            k += 2
        if k + 1 < hi and toks[k].key in BARE_CLAUSE_OPENERS and toks[k + 1].is_word:
            return k
        return None

    def words_after_comma(self, finder: SpeakerFinder, i: int, hi: int) -> int | None:
        """"وأضاف، واصلت الفرق البحث ...": a continuation verb with no subject, a comma, and the
        words of the statement with no complementiser, colon or quotation anywhere after them in
        the sentence (those would carry it: "وأضاف، في كلمته، أن ..."); the token where they start."""
        toks, lex = finder.toks, self.lex
        k = i + 2
        if k + 1 >= hi or toks[i + 1].text not in "،," or not toks[k].is_word or lex.cue(toks[k]) is not None \
                or finder.mention_at_token(k) is not None:
            return None
        if any(t.text in ":«“\"" or lex.is_comp(t) for t in toks[k:hi]):
            return None
        return k

    def past_clause_next(self, finder: SpeakerFinder, i: int, hi: int) -> int | None:
        """"وأضاف بلغت التكلفة الإجمالية للمشروع ...": a continuation verb with no subject followed at
        once by a past verb and its definite subject is followed by the statement itself, with no
        complementiser, colon or quotation anywhere after them in the sentence; the token where it
        starts."""
        toks, lex = finder.toks, self.lex
        k = i + 1
        if k + 2 >= hi or not toks[k].is_word or lex.cue(toks[k]) is not None or lex.is_stop(toks[k]) \
                or finder.mention_at_token(k) is not None or finder.covering(k) is not None \
                or not is_past_verb(toks[k].text) or not self._subject_of_past_verb(finder, k + 1, hi) \
                or lex.has("title", toks[k + 1], TITLE_PREFIXES) or lex.has("org_head", toks[k + 1], TITLE_PREFIXES):
            return None
        if any(t.text in ":«“\"" or lex.is_comp(t) for t in toks[k:hi]):
            return None
        return k

    def _subject_of_past_verb(self, finder: SpeakerFinder, k: int, hi: int) -> bool:
        """The subject of a past verb opens at token k: a definite noun ("بلغت التكلفة"), or a bare
        noun in the construct state before a definite one ("بلغت تكلفة المشروع")."""
        toks = finder.toks
        t = toks[k]
        if t.key.startswith("ال"):
            return True
        return k + 1 < hi and t.is_word and len(t.key) >= MIN_STEM_LETTERS and not self.lex.is_stop(t) \
            and self.lex.cue(t) is None and not self.lex.is_comp(t) and not is_past_verb(t.text) \
            and finder.mention_at_token(k) is None and not finder.in_name(k) \
            and toks[k + 1].is_word and toks[k + 1].key.startswith("ال")

    def also_clause_after_subject(self, finder: SpeakerFinder, i: int, hi: int) -> int | None:
        """"وأضاف البيان كما استهدفت الطائرات ...": a continuation verb, its short definite or named
        subject, then "كما" and a past verb: the statement goes on there, its colon left out (with no
        complementiser, colon or quotation anywhere after in the sentence, which would carry it);
        the token of that verb."""
        toks, lex = finder.toks, self.lex
        if i + 3 >= hi or not (toks[i + 1].key.startswith("ال") or finder.mention_at_token(i + 1) is not None) \
                or lex.has("title", toks[i + 1], TITLE_PREFIXES):
            return None
        for m in range(i + 2, min(hi - 1, i + 2 + SHORT_DESCRIPTION_WORDS)):
            t = toks[m]
            if not t.is_word or lex.cue(t) is not None or lex.is_comp(t):
                return None
            if t.key in ALSO_OPENERS:
                v = toks[m + 1]
                if not (v.is_word and is_past_verb(v.text) and lex.cue(v) is None and not lex.is_stop(v)):
                    return None
                if any(x.text in ":«“\"" or lex.is_comp(x) for x in toks[m:hi]):
                    return None
                return m + 1
        return None

    def governed_comp(self, finder: SpeakerFinder, j: int) -> bool:
        """The complementiser at token j belongs to a time, concession or evidence phrase ("بعد أن"،
        "رغم أن"، "فضلا عن أن"), not to a reporting verb before it."""
        toks = finder.toks
        if j < 1 or not toks[j].key.startswith("ا"):
            return False  # "فيما بعد بأنها": "بعد" never governs "بأن"
        if toks[j - 1].key in COMP_GOVERNORS:
            return True
        return j >= 2 and toks[j - 1].key in GOVERNOR_PREPOSITIONS and toks[j - 2].key in COMP_GOVERNORS

    def object_after_subject(self, finder: SpeakerFinder, k: int, hi: int) -> bool:
        """A bare noun right after the subject ending at token k is the verb's object ("وأكدت
        الحركة السيطرة على ..."), unless it describes the subject ("أعلن سالم الفهد وزير النقل")."""
        if not self.object_next(finder, k, hi):
            return False
        t = finder.toks[k + 1]
        return t.key not in CLAUSE_PRONOUN_KEYS and not any(
            self.lex.has(kind, t, TITLE_PREFIXES) for kind in ("title", "honorific", "org_head", "place"))

    def description_goes_on(self, finder: SpeakerFinder, at: int, hi: int) -> bool:
        """"وأشاد عضو المجلس، وأستاذ الفقه ...، الدكتور سالم الفهد، بقرار ...": after the subject a
        comma and a word joined by و continue its description when a person is named further on;
        the statement does not start there."""
        toks = finder.toks
        k = finder.tok_at(at)
        if k >= hi or toks[k].text not in "،,":
            return False
        k += 1
        if k >= hi or not toks[k].key.startswith("و") or self._content_head(toks[k]):
            return False
        for m in range(k + 1, min(hi, k + MAX_DESCRIPTION_GAP)):
            t = toks[m]
            if t.text in ":«“\"" or self.lex.is_comp(t) or self.lex.cue(t) is not None:
                return False
            r = finder.mention_at_token(m)
            if r is not None and r.entity.type == "PER":
                return True
        return False

    def described_subject(self, finder: SpeakerFinder, j: int, i: int) -> bool:
        """"وأوضح سالم الفهد، وهو خبير مالي، أن ...": the pronoun at token j opens a description of
        the subject, closed by a comma right before the complementiser of the verb at i, or short
        enough to need none ("وقال فلان وهو صاحب الورشة إنه ...")."""
        toks = finder.toks
        for k in range(j + 1, min(len(toks), i + 1 + MAX_DESCRIPTION_GAP)):
            t = toks[k]
            if t.text == ":" and k > j + 1:
                # "وقال فلان وهو جمهوري: نتمتع ...": a description without a verb, then the colon
                # ("-وهو واحد من أكبر البنوك-:": the dashes that set the description off go with it)
                return self._verbless_description([w for w in toks[j + 1 : k] if w.text not in ASIDE_DASHES])
            if t.text in ".؟?!؛:" or self.lex.cue(t) is not None:
                return False
            if self.lex.is_comp(t) and not self.governed_comp(finder, k):
                return toks[k - 1].text in "،," or self._construct_description(toks[j + 1 : k]) \
                    or (t.text.startswith(SAY_COMP) and self._verbless_description(toks[j + 1 : k])) \
                    or (t.text.startswith(SAY_COMP) and self._long_nominal_description(toks[j + 1 : k])) \
                    or (t.text.startswith(SAY_COMP) and self._circumstantial_clause(toks[j + 1 : k]))
        return False

    def _circumstantial_clause(self, words: list[Token]) -> bool:
        """"وقالت وهي تبكي إنها ..."، "وقال وهو يغالب دموعه إن ...": a short state clause (the
        pronoun, an imperfect verb and a word or two) tells how the subject spoke; "إن" as written
        (not "أن", which a verb of knowing takes: "وهو يعلم أن") stays the verb of saying's. A
        reporting verb or a verb of knowing in it ("وهو يؤكد إن"، "وهو يعلم إن") has the clause to itself."""
        if not 1 <= len(words) <= CIRCUMSTANTIAL_WORDS or not all(w.is_word for w in words):
            return False
        first = words[0]
        return first.key.startswith(IMPERFECT_PREFIXES[:2]) and len(first.key) > MIN_STEM_LETTERS \
            and not self.lex.is_stop(first) and first.key not in KNOWING_VERBS \
            and not any(self.lex.is_comp(w) or self.lex.cue(w) is not None for w in words)

    def _verbless_description(self, words: list[Token]) -> bool:
        """"وهي طالبة جامعية من مدينة X" before "إن" or a colon: a noun phrase of a few words that
        no verb, particle or preposition opens ("وهو يعلم إن ..."، "وهو ما ..."، "وهو في طريقه ...")
        describes the subject; "إن" (not "أن") and the colon belong to the verb of saying."""
        if not 1 <= len(words) <= LONG_DESCRIPTION_WORDS or not all(w.is_word for w in words):
            return False
        first = words[0]
        return not first.key.startswith(IMPERFECT_PREFIXES) and not self.lex.is_stop(first) \
            and first.key not in DESCRIPTION_NON_OPENERS \
            and not any(self.lex.is_comp(w) or self.lex.cue(w) is not None for w in words)

    def _long_nominal_description(self, words: list[Token]) -> bool:
        """"وقال فلان وهو متحدث باسم قائد الجيش المعترف به دوليا والذي يوجد مقره في الشرق إن ...":
        a longer description before "إن" (commas inside, or "one of" with "من" before its noun:
        "وهو من قدامى المحاربين ...") is still the subject's when it opens with a noun and its
        first words hold no verb of their own (a later verb sits in a relative clause of it), and
        no reporting word or other complementiser stands in it."""
        words = [w for w in words if w.text not in "،,"]  # "... دوليا، والتي يوجد مقرها ... إن"
        if len(words) > 1 and words[0].key == PARTITIVE:
            words = words[1:]  # "وهو من قدامى المحاربين ... إن": one of them
        if not words or not all(w.is_word for w in words):
            return False
        return self._verbless_description(words[:LONG_DESCRIPTION_WORDS]) \
            and not any(self.lex.is_comp(w) or self.lex.cue(w) is not None for w in words)

    @staticmethod
    def _construct_description(words: list[Token]) -> bool:
        """"صاحب الورشة"، "رئيس مجلس الإدارة": a short noun phrase in the construct state (a bare head,
        a definite last word), not a clause ("وهو يعلم", an imperfect verb, opens one); also one of
        a group ("وهو من سكان القرية") and with "أيضا" after it."""
        if words and words[-1].key in ALSO:
            words = words[:-1]
        if len(words) > 2 and words[0].key == FROM:
            words = words[1:]
        return 2 <= len(words) <= SHORT_DESCRIPTION_WORDS and all(w.is_word for w in words) \
            and not words[0].key.startswith(("ال", *IMPERFECT_PREFIXES)) and words[-1].key.startswith("ال")

    def content_head_at(self, finder: SpeakerFinder, i: int, hi: int) -> int | None:
        """"وأكد الوزير أهمية ..."، "نفى المتحدث باسم الوزارة وجود ...": the first noun after the
        verb at i (and its subject) that opens what was said, also with a possessive pronoun
        ("التزامها"); not inside a name ("لجنة دعم الصادرات": after a construct head)."""
        toks, lex = finder.toks, self.lex
        if i > 0 and toks[i - 1].key in RELATIVE_PRONOUNS:
            hi = min(hi, i + 2)  # "الذي أكد حدوث ...": the subject is before the relative, the object next
        for k in range(i + 1, min(hi, i + 1 + MAX_HEAD_GAP)):
            t = toks[k]
            if not t.is_word:
                if t.text in SUBJECT_ASIDE_MARKS:
                    continue  # "وأعلنت الشرطة، اليوم (الاثنين)، ..."، "نفى فلان -نائب الوزير- ..."
                return None
            if lex.is_comp(t) or (k > i + 1 and lex.cue(t) is not None):
                return None
            if not self._content_head(t) or finder.mention_at_token(k) is not None or finder.in_name(k):
                continue
            if any(x.key in WITHHELD_NAMES for x in toks[k + 1 : min(hi, k + 1 + ANONYMITY_WORDS)]):
                continue  # "وأوضح المسؤول الذي فضل عدم الكشف عن اسمه، أن ...": how the subject stays unnamed
            prev = toks[k - 1]
            if prev.key in RELATIVE_PRONOUNS:
                continue  # "كل من عارض الاتفاق الذي توصل إليه": a verb after the relative, no noun
            if k > i + 1 and prev.is_word and not prev.key.startswith("ال") and not self._setting_end(prev) and any(
                    lex.has(kind, prev, CONSTRUCT_PREFIXES) for kind in ("org_head", "title", "place", "stop")):
                continue  # "لجنة دعم"، "عن دعم": the noun is governed by the word before it
            return k
        return None

    def _setting_end(self, tok: Token) -> bool:
        """A stop word that governs no noun after it: a time word or a preposition carrying its own
        pronoun ("وأكد فلان في تصريحاته أمس عزمه ..."، "في تصريح له تضامن ..."): the setting of the
        statement ends there, and a content noun after it opens what was said."""
        return self.lex.has("time", tok, frozenset({""})) or (
            self.lex.has("stop", tok, frozenset({""})) and tok.key.endswith(POSSESSIVE_SUFFIXES))

    def content_before_clause(self, finder: SpeakerFinder, i: int, j: int) -> bool:
        """"نفى الوزير توقف الحملة ...، مجددا التأكيد على أن ...": a content noun of the verb at i
        ends its subject before the complementiser at j, which a comma sets apart: the verb's
        statement is that noun phrase, the clause belongs to what follows the comma."""
        cue = self.lex.cue(finder.toks[i])
        if cue is None or not any(m in cue.np for m in OBJECT_MARKS):
            return False
        head = self.content_head_at(finder, i, j)
        return head is not None and any(t.text in "،," for t in finder.toks[head + 1 : j])

    def comp_after_setting(self, finder: SpeakerFinder, i: int, j: int, hi: int, cue: Cue) -> int | None:
        """"وشدد الوزير فلان خلال مؤتمر صحفي عقده مع نظيره ...، عقب اختتام ...، على أن ...": past
        the verb's reach (token j) a setting of the statement ("في/خلال" + a word naming a statement)
        between the verb at i and j lets the search go on a few words to a complementiser after a
        comma, or after the verb's own preposition after a comma. Its token index, else None."""
        toks, lex = finder.toks, self.lex
        if not any(toks[k - 1].key in SETTING_PREPOSITIONS and self.speech_noun(toks[k]) for k in range(i + 2, j)):
            return None
        for k in range(j, min(hi, j + SETTING_EXTRA_WORDS)):
            t = toks[k]
            if lex.is_comp(t):
                if self.governed_comp(finder, k):
                    return None
                before = toks[k - 1]
                if before.text in "،," or self._right_after_setting(finder, i, k):
                    return k
                own = before.is_word and len(before.key) > 1 and before.key in cue.np
                return k if own and toks[k - 2].text in "،," else None
            if t.text in ".؟?!؛:«“\"" or t.key in CLAUSE_PRONOUN_KEYS or (t.is_word and lex.cue(t) is not None):
                return None
        return None

    def _right_after_setting(self, finder: SpeakerFinder, i: int, k: int) -> bool:
        """"وأوضح معالي الأمين العام ... الدكتور فلان في بيان أمس أن ...": the complementiser at k
        stands right after the setting that closes the long subject of the verb at i (a word
        naming a statement, its "له" and time words between)."""
        toks = finder.toks
        m = k - 1
        while m > i + 2 and (toks[m].key in SETTING_OBJECT_PRONOUNS or toks[m].key in RELATIVE_TIME
                             or self.lex.has("time", toks[m])):
            m -= 1
        return toks[m - 1].key in SETTING_PREPOSITIONS and self.speech_noun(toks[m])

    def comp_after_long_subject(self, finder: SpeakerFinder, j: int, hi: int) -> int | None:
        """A complementiser set off by a comma a few words past the verb's usual reach (token j):
        the end of a long description of the subject ("وأوضح الدكتور X استشاري ... ورئيس قسم ...،
        المشرف على ...، أنه ..."). Its token index, else None."""
        toks, lex = finder.toks, self.lex
        for k in range(j, min(hi, j + LONG_SUBJECT_EXTRA_WORDS)):
            t = toks[k]
            if lex.is_comp(t):
                return k if toks[k - 1].text in "،," and not self.governed_comp(finder, k) else None
            if t.text in ".؟?!؛:«“\"" or t.key in CLAUSE_PRONOUN_KEYS or (t.is_word and lex.cue(t) is not None):
                return None
        return None

    def said_after_long_subject(self, finder: SpeakerFinder, i: int, j: int, hi: int) -> tuple[int, str] | None:
        """"وقالت الدراسة التي نفذها مركز ... واعتمدت على ... إنه ..."، "وقالت المنظمات، ومن بينها ...:
        إن ...": past the reach (token j) of "قال", whose words always follow, the first "إن" spelled
        with its hamza below (the complementiser of saying) or colon ends a long subject. Its token
        index and "comp" or "colon", else None; the whole subject from the verb at i is words,
        commas and numbers."""
        toks, lex = finder.toks, self.lex
        for k in range(i + 1, min(hi, j + LONG_SUBJECT_EXTRA_WORDS)):
            t = toks[k]
            if k >= j and t.text == ":":
                return (k, "colon") if k + 1 < hi and toks[k + 1].is_word else None
            if k >= j and lex.is_comp(t) and t.text.startswith(SAY_COMP) and not self.governed_comp(finder, k):
                return k, "comp"
            if (not t.is_word and t.text not in "،," and not t.text.isdigit()) or t.key in CLAUSE_PRONOUN_KEYS \
                    or (t.is_word and lex.cue(t) is not None):
                return None  # brackets, dots, quotation marks: the subject does not run through them
        return None

    def _content_head(self, tok: Token) -> bool:
        if self.lex.has("content_head", tok, CONTENT_HEAD_PREFIXES):
            # the match key folds ة into ه: "قدره" ("its amount") is not "قدرة"; every content
            # head of the list that ends so is written with ة
            return not tok.text.endswith(HA)
        heads = self.lex.words.get("content_head", frozenset())
        for suffix in POSSESSIVE_SUFFIXES + ("نا",):
            if tok.key.endswith(suffix) and len(tok.key) > len(suffix) + 2:
                stem = tok.key[: -len(suffix)]
                if stem in heads or (stem.endswith("ت") and stem[:-1] + "ه" in heads):
                    return True
        return False

    def speech_noun(self, tok: Token) -> bool:
        """"تصريح"، "كلمته"، "تصريحاتها": a word naming a statement, also with a possessive pronoun."""
        if self.lex.has("speech_noun", tok, NOUN_PREFIXES | {"ال"}) or tok.key in SPEECH_SETTINGS:
            return True
        nouns = self.lex.words.get("speech_noun", frozenset()) | SPEECH_SETTINGS
        for suffix in POSSESSIVE_SUFFIXES:
            if tok.key.endswith(suffix) and len(tok.key) > len(suffix) + 2:
                stem = tok.key[: -len(suffix)]
                if stem in nouns or (stem.endswith("ت") and stem[:-1] + "ه" in nouns):
                    return True
        return False

    def after_time_words(self, finder: SpeakerFinder, i: int, hi: int) -> int:
        """The last token of the time words right after token i ("أعلنت الشهر الماضي ..."), else i."""
        k = i
        while k + 1 < hi and k - i < MAX_TIME_WORDS and (
                finder.toks[k + 1].key in RELATIVE_TIME or self.lex.has("time", finder.toks[k + 1])):
            k += 1
        return k

    def fronted_subject(self, finder: SpeakerFinder, i: int) -> bool:
        """"كانت الشركة قد أعلنت ...": a past verb after "قد" with a noun before the particle has
        its subject before it, so the noun after the verb is its object."""
        toks = finder.toks
        if i < 2 or toks[i - 1].key not in PERFECT_PARTICLES:
            return False
        prev = toks[i - 2]
        sent_start = finder.sents[finder.sent_of(toks[i].start)].start
        return prev.start >= sent_start and prev.is_word and not self.lex.is_comp(prev) \
            and not self.lex.is_stop(prev) and self.lex.cue(prev) is None

    def after_kana_subject(self, finder: SpeakerFinder, i: int) -> bool:
        """"وكانت الشرطة أعلنت الخميس مقتل ...": the past verb at i follows "كان" and a short noun
        phrase at the start of its sentence (or after a comma), its subject, with no "قد" between."""
        toks = finder.toks
        sent_start = finder.sents[finder.sent_of(toks[i].start)].start
        for k in range(i - 2, max(-1, i - 2 - KANA_SUBJECT_WORDS), -1):
            t = toks[k]
            if t.start < sent_start or not t.is_word:
                return False
            if t.key in KANA_FORMS:
                return (t.start == sent_start or (k > 0 and toks[k - 1].text in "،,")) \
                    and self._actor_word(finder, k + 1) \
                    and all(x.is_word and not self.lex.is_stop(x) and self.lex.cue(x) is None and not self.lex.is_comp(x)
                            for x in toks[k + 1 : i])
        return False

    def _actor_word(self, finder: SpeakerFinder, k: int) -> bool:
        """Token k names somebody who can speak: a mention, a title, the head of a body or an
        unnamed body ("الشرطة"), not a thing ("وكانت هذه الطريقة أكدت نجاحها")."""
        t = finder.toks[k]
        return finder.mention_at_token(k) is not None or finder.covering(k) is not None \
            or t.key in COLLECTIVE_ACTORS \
            or any(self.lex.has(kind, t, TITLE_PREFIXES) for kind in ("title", "org_head"))

    def object_or_setting_next(self, finder: SpeakerFinder, i: int, hi: int) -> bool:
        """A bare noun object right after the verb at i, or first the setting of the statement
        ("وأكد في تصريحات صحفية ..."): a preposition before a word naming a statement."""
        toks, lex = finder.toks, self.lex
        if self.object_next(finder, i, hi):
            return True
        return i + 2 < hi and lex.is_stop(toks[i + 1]) and any(
            lex.has(kind, toks[i + 2], NOUN_PREFIXES | {"ال"}) for kind in ("speech_noun", "document"))

    def attributive(self, finder: SpeakerFinder, i: int, cue: Cue) -> bool:
        """A participle that is an adjective ("غير معلنة"، or a feminine one right after an indefinite
        feminine noun: "إصابات مؤكدة") instead of describing how the speaker spoke."""
        if cue.prefix or i == 0:
            return False
        prev = finder.toks[i - 1]
        if prev.key in ADJECTIVE_NEGATORS:
            return True  # "زيارة غير معلنة"
        if cue.gender != "f":
            return False
        return (prev.is_word and not prev.key.startswith("ال") and prev.key.endswith(("ه", "ات"))
                and finder.mention_at_token(i - 1) is None and not finder.in_name(i - 1))

    def after_name(self, finder: SpeakerFinder, i: int, j: int) -> bool:
        """True when the semicolon at token j closes the subject of the verb at i: a named person or
        organisation, or a few words with no punctuation."""
        end = finder.toks[j - 1].end
        if any(r.end == end and r.entity.type in ("PER", "ORG")
               for r in finder.mentions_between(finder.toks[i].end, end)):
            return True
        # "وأوضح سالم الفهد؛ مستشار مالي، أن": a short subject, unknown to the entity layer
        return j - i <= SEMICOLON_SUBJECT_WORDS and all(t.is_word for t in finder.toks[i + 1 : j])

    def described(self, finder: SpeakerFinder, i: int) -> bool:
        """True when the subject after the verb at i opens with a title, an organisation or an
        honorific ("وأكد الوزير ...", "ودعت وزارة ...", "وأكد الدكتور ..."): a person or a body."""
        for t in finder.toks[i + 1 : i + 4]:
            if t.text in "،,(":
                continue
            return any(self.lex.has(k, t, TITLE_PREFIXES) for k in ("title", "org_head", "honorific"))
        return False

    def relay_ok(self, finder: SpeakerFinder, i: int) -> bool:
        """"نقل" reports only as "نقل X عن Y" (else it is the noun "transfer")."""
        return any(t.key == "عن" for t in finder.toks[i + 1 : i + 8])

    def clause_next(self, finder: SpeakerFinder, i: int) -> bool:
        """The said words or their clause right after token i: a colon, an opening quotation mark
        or a complementiser."""
        return self.words_follow(finder, i) or i + 1 < len(finder.toks) and self.lex.is_comp(finder.toks[i + 1])

    @staticmethod
    def words_follow(finder: SpeakerFinder, i: int) -> bool:
        """A colon or an opening quotation mark right after the reporting word at token i."""
        nxt = finder.toks[i + 1] if i + 1 < len(finder.toks) else None
        return nxt is not None and nxt.text in ":«“\""

    def relayed_speaker(self, finder: SpeakerFinder, agency: SpeakerRef, j: int) -> SpeakerRef | None:
        """"ذكرت وكالة X، أمس، عن الوزير قوله إن", "ذكرت وكالة X نقلا عن مركز Y أن": a cited agency
        as subject speaks for itself unless "عن Y" (or "نقلا عن Y") follows it at once; then Y is
        the speaker (and the agency the channel)."""
        toks = finder.toks
        k = finder.tok_at(agency.end)
        while k < j and (toks[k].text in "،," or self.lex.has("time", toks[k])
                         or toks[k].key != "عن" and self.lex.is_according(toks[k]) and k + 1 < j
                         and toks[k + 1].key == "عن"):
            k += 1
        return finder.subject_after(k + 1, j) if k + 1 < j and toks[k].key == "عن" else None

    def between_pair(self, finder: SpeakerFinder, k: int) -> bool:
        """"بينه وبين الإدارة"، "بين الرياض وبين القاهرة": "وبين" at token k repeats the preposition
        "between" of a few words before, it is not the verb "وبيّن" opening a new statement."""
        toks = finder.toks
        if SHADDA in toks[k].text or not toks[k].key.startswith("و") or toks[k].key[1:] != BETWEEN:
            return False
        if k + 1 < len(toks) and self.lex.is_comp(toks[k + 1]):
            return False  # "وبين أن ...": "between" never governs a clause
        lo, _ = finder.sent_tok_range(finder.sent_of(toks[k].start))  # not the "بين" of the sentence before
        return any(t.key.startswith(BETWEEN) and t.key not in BETWEEN_NOT_PREPOSITION
                   for t in toks[max(lo, k - BETWEEN_PAIR_WORDS) : k])

    @staticmethod
    def occasion_phrase(t: Token) -> bool:
        """"بمناسبة"، "بصفته": a joined "بـ" and a noun of occasion or capacity, a set phrase of the
        sentence's setting (never the content of a verb taking "بـ", nor its object)."""
        return t.is_word and t.key.startswith("ب") and any(s in OCCASION_NOUNS for _, s in t.splits[1:])

    def is_np_prep(self, t, cue: Cue) -> bool:
        for p in cue.np:
            if p in OBJECT_MARKS:
                continue
            if len(p) > 1 and t.key == p:
                return True
            if len(p) == 1 and any(t.key[: len(t.key) - len(s)].endswith(p) for _, s in t.splits[1:]):
                return not self.occasion_phrase(t)  # "بمناسبة"، "بصفته": the setting, not what was said
        return False

    def tight(self, finder: SpeakerFinder, i: int, j: int) -> bool:
        """For homographs (بين "between"): only commas, mentions and cues between verb and clause,
        or a short subject set off by a comma before the clause ("وبين مدير الفرع، أن ...": "between"
        would need a second member joined by و)."""
        if self._subject_then_comma(finder, i, j) or self._setting_then_clause(finder, i, j):
            return True
        k = i + 1
        while k < j:
            t = finder.toks[k]
            if t.text in "،,":
                k += 1
                continue
            if self.lex.cue(t) is not None:
                k += 1
                continue
            if t.text in QUOTE_MARKS and (close := next((m for m in range(k + 2, min(j, k + 2 + MAX_NAME_WORDS))
                                                         if finder.toks[m].text in QUOTE_MARKS), None)) is not None:
                k = close + 1  # "وتابع «المرصد» أن ...": a body's short name in quotation marks
                continue
            r = finder.mention_at_token(k)
            if r is None:
                if finder._surname_before(t.start, t.end) is None:
                    return False
                k += 1  # "وتابع الحربي أنه ...": the surname of a person named in full before
                continue
            k = finder.tok_at(r.end)
        return True

    def _setting_then_clause(self, finder: SpeakerFinder, i: int, j: int) -> bool:
        """"وبين في كلمته التي ألقاها أمس أن ..."، "وتابع في تصريحات للصحفيين: ...": "في" and a word
        naming a statement right after a homograph verb set where it spoke ("between" is never
        followed by "في"), so a complementiser or a colon later in the sentence is its clause."""
        toks = finder.toks
        return i + 2 < j and toks[i + 1].key in SETTING_PREPOSITIONS and self.speech_noun(toks[i + 2]) \
            and (self.lex.is_comp(toks[j]) or toks[j].text == ":") \
            and not any(t.text in "؛.؟?!" for t in toks[i + 3 : j])

    def _subject_then_comma(self, finder: SpeakerFinder, i: int, j: int) -> bool:
        toks = finder.toks
        between = toks[i + 1 : j - 1]
        if not toks[i].key.startswith("و") or j - i < 3 or toks[j - 1].text not in "،," \
                or len(between) > MAX_NAME_WORDS:
            return False
        return all(t.is_word and not t.key.startswith("و") and self.lex.cue(t) is None and not self.lex.is_stop(t)
                   for t in between)

    def past_addressee(self, finder: SpeakerFinder, k: int, j: int) -> int:
        """"وقال لـ«الصحيفة» سالم الفهد إن": the subject follows the outlet the words were given to;
        after a verb of telling ("أبلغ «الصحيفة» مسؤول أن") the outlet needs no "لـ".
        Returns the first token after such an addressee (k when there is none)."""
        toks = finder.toks
        told = self._told_outlet_end(finder, k, j)
        if told is not None:
            return told
        if k + 1 < j and toks[k].key in PRONOUN_PREPOSITIONS and self._names_subject(finder, k + 1):
            return k + 1
        if k + 2 >= j or toks[k].key not in ("ل", "لـ") or toks[k + 1].text not in QUOTE_MARKS + "(":
            return k
        # "لـ«عكاظ»"، also in brackets: "كشف لـ(عكاظ) وكيل الوزارة ..."
        closing = ")" if toks[k + 1].text == "(" else QUOTE_MARKS
        close = next((m for m in range(k + 2, min(j, k + 2 + ADDRESSEE_WORDS + 1)) if toks[m].text in closing),
                     None)
        return close + 1 if close is not None and close + 1 < j else k

    def _names_subject(self, finder: SpeakerFinder, k: int) -> bool:
        """Does a subject start at token k: a mention, or a title, honorific or a body's head word
        ("المدير"، "الشركة")? Not a complementiser, a colon or an adverb ("قال له إن"، "قالت لي
        مباشرة"): after those the pronoun's verb has its subject before it."""
        tok = finder.toks[k]
        return finder.mention_at_token(k) is not None or any(
            self.lex.has(kind, tok, TITLE_PREFIXES) for kind in ("title", "honorific", "org_head"))

    def _told_outlet_end(self, finder: SpeakerFinder, k: int, j: int) -> int | None:
        """The token after an outlet object right after a verb of telling at token k - 1: a cited
        agency, or a short name in quotation marks; None when there is none."""
        toks = finder.toks
        cue = self.lex.cue(toks[k - 1]) if 0 < k < j else None
        if cue is None or "tell" not in cue.flags:
            return None
        if finder.source_at(k):
            end = finder.tok_at(finder.mention_at_token(k).end)
            return end if end <= j else None
        if toks[k].text not in QUOTE_MARKS:
            return None
        close = next((m for m in range(k + 2, min(j, k + 2 + ADDRESSEE_WORDS)) if toks[m].text in QUOTE_MARKS), None)
        return close + 1 if close is not None and not self.lex.is_comp(toks[k + 1]) else None

    def subject_name(self, finder: SpeakerFinder, q: QuoteSpan, n: int) -> bool:
        """"وقال «مركز الدراسات الإقليمية» إن ...": a short quotation followed by a complementiser
        (after a colon, or the outlet the words were given to, at most) is the name of the speaker,
        not what was said."""
        if q.close is None or n > MAX_NAME_WORDS:
            return False
        toks = finder.toks
        k = self.past_addressee(finder, finder.tok_at(q.close + 1), len(toks))
        if k + 1 < len(toks) and toks[k].text == ":":
            k += 1  # "وقالت «أم سالم» لـ«الصحيفة»: إنها ..."
        return k < len(toks) and self.lex.is_comp(toks[k]) and not self.governed_comp(finder, k)

    def named(self, finder: SpeakerFinder, oi: int) -> bool:
        """"ما يسمى بـ«...»"، "حملة بعنوان «...»": the quotation opening at token oi is a name."""
        k = oi - 1
        if k > 0 and finder.toks[k].key in PP_CLITICS:
            k -= 1  # "بـ«": a preposition written apart before the mark
        return k >= 0 and self.lex.has("naming", finder.toks[k], NOUN_PREFIXES)


def prep_clause_near(finder: SpeakerFinder, i: int) -> bool:
    """`CueGrammar.prep_clause_ahead`, for the modules that have no grammar at hand."""
    toks, lex = finder.toks, finder.lex
    hi = min(finder.sent_tok_range(finder.sent_of(toks[i].start))[1], i + 1 + MAX_DESCRIPTION_GAP)
    for k in range(i + 1, hi - 1):
        if lex.cue(toks[k]) is not None:
            return False
        if toks[k].key in CLAUSE_PREPOSITIONS and lex.is_comp(toks[k + 1]):
            return True
    return False
