"""Today, yesterday, tomorrow, last night: the words that name a day counted from publication.

`DayWordHandlers` values "اليوم", "أمس", "غدا", "البارحة" from the publication date (a weekday named
with them wins: "أمس الجمعة"). These words are often no day of news, so each handler first
rules out the other readings: "these days" ("ما يجري اليوم", "واليوم فإن ..."), the past ("أعداء
الأمس"), a verb ("فغدا إنسانا آخر", "لامس"), the elative ("في أمس الحاجة"), a paper's name ("«المصري
اليوم»") and "per day" ("دولار باليوم").
"""

from __future__ import annotations

import re
from datetime import timedelta

from marsad.layers.dates.calendar_arithmetic import weekday_near
from marsad.layers.dates.context import DateContext, DateMatch
from marsad.layers.dates.eras import past_as_era, today_as_era
from marsad.layers.dates.grammar import (
    NOWADAYS_COPULAS,
    QUOTES,
    TODAY_BAD_NEXT,
    TODAY_BAD_PREV,
    WORD_BEFORE,
    YESTERDAY_NOUNS,
    key_of,
)
from marsad.layers.dates.tense import is_past_verb, is_present_verb

MIN_NISBA_KEY = 5  # "الكلي": a definite adjective in -ي is longer than the preposition "إلى" (key "الي")
# "ما أصبحنا عليه اليوم", "ما هي عليه اليوم": "what X is these days", no day meant
NOWADAYS_BEFORE = re.compile(r"(?<!\w)ما\s+(?:\w+\s+){0,2}علي(?:ه|ها|هم|نا)\s*$")

# after "فغدا": an indefinite accusative ("إنسانا", "رمزا") is what one became, unless a time of day
BECAME_WHAT = re.compile(r"\w{2,}ا")
TIMES_OF_DAY = frozenset({"صباحا", "مساءا", "ظهرا", "عصرا", "ليلا", "فجرا", "نهارا", "تماما"})
# words that only come before a verb: "غدا" after them is "it became", not tomorrow (match keys)
VERB_PARTICLES = frozenset({"قد", "لقد", "الذي", "التي", "الذين", "ما", "لما"})
PRINTED_DAY_AFTER = 1  # days between the writing of an article and the date of the paper it appears in

# "ما يجري اليوم", "ما تشهده اليوم": "ما" and a present verb right before, what goes on these days
WHAT_GOES_ON = re.compile(r"(?<!\w)[وف]?[بل]?ما\s+(?:يجري|يحدث|يحصل|تحصل|تشهده|يشهده|نشهده|تعانيه|يعانيه|نعانيه|تمر|يمر|نمر)\s*$")
# "ما" or "من" (what, who), a present verb and at most three words before "اليوم" (match keys)
WHAT_OR_WHO_VERB = re.compile(r"(?<!\w)[وف]?[بل]?(?:ما|من)\s+(?P<verb>\w+)(?:\s+\w+){0,3}\s+$")
PAST_AUXILIARIES = frozenset({"تم", "يتم"})  # "ما تم عرضه اليوم": what was shown today, a day of news
# what stands before a word that opens a sentence or a paragraph ("اليوم أصبحت", "... . واليوم فإن")
SENTENCE_OPENED = frozenset(".!?؟\n:»\"”،,")
SUBJECT_WORDS = 2  # words of the subject between a verb of becoming and "اليوم" ("أصبح مهرجان التمور اليوم")
# words after a sentence-opening "اليوم" that make it these days: "فإن", the first person plural and
# present verbs of seeming and living ("واليوم فإن ...", "واليوم يبدو أن ...")
NOWADAYS_OPENERS = frozenset({"فان", "فانه", "فانها", "فاننا", "نحن", "نعيش", "نري", "نجد",
                              "يبدو", "تبدو", "يعيش", "تعيش"})
# "إننا اليوم", "لدينا اليوم": the first person plural with اليوم speaks of these days, not of a day
WE_NOWADAYS = frozenset({"اننا", "فاننا", "لاننا", "لكننا", "ولكننا", "واننا", "لدينا", "ولدينا", "عندنا", "وعندنا"})

# "بين الأمس واليوم", "كانت ضد الثورة بالأمس واليوم هي ضد ...": the past against these days, no day
PAST_AND_NOWADAYS_BEFORE = re.compile(r"(?<!\w)(?:ب|في\s+)?الامس\s*و\s*$")
PAST_AND_NOWADAYS_AFTER = re.compile(r"\s*و\s*اليوم(?!\w)")

# an opening mark one or two words before "اليوم" closed by a mark right after it: a name in marks
# ("«المصري اليوم»"), not a quotation that ends on today (its opening mark further back)
NAME_OPENED_BEFORE = re.compile(r"[«\"“]\s*\w+(?:\s+\w+)?\s+$")
# "أمسّ" before "الحاجة" is the elative "most in need of", not yesterday (match keys)
NEED_AFTER = frozenset({"الحاجه", "حاجه"})
# "ذلك اليوم", "نفس اليوم", "ذات اليوم": the day of the story, not today (match keys)
THAT_DAY = frozenset({"ذلك", "نفس", "ذات"})

# "ابتداء من الأمس", "منذ الأمس", "صباح الأمس": الأمس after these is yesterday
SINCE_WORDS = frozenset({"من", "منذ", "حتي", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليله"})


class DayWordHandlers(DateContext):
    """The handlers of "اليوم", "أمس", "غدا" and "البارحة", counted from `published`."""

    def _relative(self, m: re.Match[str], offset: int, direction: str) -> list[DateMatch]:
        ks, ke = self._start(m), m.end()
        if self.pub is None:
            return [DateMatch(ks, ke, None, "relative")]
        anchor = self.pub + timedelta(days=offset)
        wd = self._wd(m)
        unsure = False
        if wd is not None and anchor.weekday() != wd:  # the named weekday wins
            # "غد الاثنين" in an article dated after it was written: the nearest Monday, not the next one
            anchor = weekday_near(anchor, wd, "near" if offset > 0 else direction)
            # "اليوم الاثنين" in a paper of Tuesday: written the day before it was printed, a sure
            # reading; any other gap ("أمس الجمعة" on a Tuesday) leaves the day unsure
            unsure = (self.pub - (anchor - timedelta(days=offset))).days != PRINTED_DAY_AFTER
        return [DateMatch(ks, ke, anchor.isoformat(), "relative", uncertain=unsure)]

    def h_today(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), m.end()
        if self._wd(m) is not None and self.prev_word(ks)[0] in THAT_DAY:
            return []  # "صبيحة ذلك اليوم «الخميس»": the day told of, its weekday read alone
        if self._wd(m) is None:
            prev, gap = self.prev_word(ks)
            nxt = self.next_token(ke)
            before = self.key[ks - 1] if ks else ""
            after = self.key[ke] if ke < len(self.key) else ""
            raw_prev = WORD_BEFORE.search(self.key, max(0, ks - 40), ks)
            raw_prev = raw_prev.group(1) if raw_prev else ""
            if (prev in TODAY_BAD_PREV or raw_prev in TODAY_BAD_PREV
                    or raw_prev[:1] in "وف" and raw_prev[1:] in TODAY_BAD_PREV) and not gap.strip() \
                    or prev in ("صحيفه", "جريده", "قناه", "روسيا"):
                return []  # the word as written too: "بينما اليوم" is not "ينما" + today
            if "ب" in (m.group("cl") or ""):
                return []  # "برميل باليوم", "دولار واحد باليوم": per day
            if raw_prev in WE_NOWADAYS and not gap.strip("- \t"):
                return []  # "إننا اليوم أمام مرحلة", "لدينا اليوم أنواع": we, these days
            if before in QUOTES and after in QUOTES:  # «اليوم»: the newspaper
                return []
            if after in QUOTES and NAME_OPENED_BEFORE.search(self.key, max(0, ks - 40), ks):
                return []  # «المصري اليوم», "الإمارات اليوم": the last word of a name in marks
            if PAST_AND_NOWADAYS_BEFORE.search(self.key, max(0, ks - 20), ks) or today_as_era(self.key, ks, ke):
                return []  # "بين الأمس واليوم", "يقرؤها اليوم كما قرأها بالأمس": the past and these days
            if (NOWADAYS_BEFORE.search(self.key, max(0, ks - 40), ks) or WHAT_GOES_ON.search(self.key, max(0, ks - 30), ks)
                    or self._what_or_who_does(ks)):
                return []  # "ما هو عليه اليوم", "ما يجري اليوم": what it has become, what goes on these days
            if nxt in NOWADAYS_COPULAS or self._opens_sentence(ks) and nxt in NOWADAYS_OPENERS:
                return []  # "اليوم أصبحت المدينة ...", "إن عدن اليوم باتت", "واليوم فإن ...": these days
            if not gap.strip() and self._after_copula_and_subject(ks):
                return []  # "أصبحت المدينة اليوم": a verb of becoming and its subject, these days
            if nxt in TODAY_BAD_NEXT or nxt in self.lx.ordinals or (
                    nxt.startswith("ال") and len(nxt) >= MIN_NISBA_KEY and nxt.endswith(("ي", "يه"))
                    and nxt != "الماضي"):  # "اليوم الوطني", not "اليوم إلى" (key "الي")
                return []
        return self._relative(m, 0, "near")

    def _what_or_who_does(self, ks: int) -> bool:
        """"ما يعانيه الشعب اليوم", "ما يعرف اليوم بـ", "من يقرأها اليوم": "what" or "who" and a
        present verb, its subject or object between, speak of these days, no day of news."""
        m = WHAT_OR_WHO_VERB.search(self.key, max(0, ks - 60), ks)
        if m is None or (verb := m.group("verb")) in PAST_AUXILIARIES:
            return False
        # "يعانيه", "تعيشها", "يقرأها": the verb with its object pronoun
        return any(is_present_verb(verb[: len(verb) - len(p)]) for p in ("", "ه", "ها", "هم") if verb.endswith(p))

    def _opens_sentence(self, ks: int) -> bool:
        """The word at ks, after its clitic "و" or "ف", opens a sentence or a paragraph."""
        before = self.key[max(0, ks - 8):ks]
        before = before[:-1] if before[-1:] in ("و", "ف") else before
        before = before.rstrip(" \t")
        return (ks < 8 and not before) or before[-1:] in SENTENCE_OPENED

    def _after_copula_and_subject(self, ks: int) -> bool:
        """A verb of becoming two or three words before ks, its subject between ("باتت القرية اليوم",
        "أصبح مهرجان التمور اليوم")."""
        at = ks
        for _ in range(SUBJECT_WORDS):
            subject = WORD_BEFORE.search(self.key, max(0, at - 40), at)
            if subject is None or subject.group(2).strip():
                return False
            at = subject.start(1)
            verb = WORD_BEFORE.search(self.key, max(0, at - 40), at)
            if verb is not None and not verb.group(2).strip() and (
                    verb.group(1) in NOWADAYS_COPULAS or verb.group(1).removeprefix("و") in NOWADAYS_COPULAS):
                return True
        return False

    def h_yesterday(self, m: re.Match[str]) -> list[DateMatch]:
        rel = key_of(m.group("rel"))
        if rel == "الامس" and PAST_AND_NOWADAYS_AFTER.match(self.key, m.end()):
            return []  # "بالأمس واليوم": the past against these days
        if rel == "الامس" and "ب" in (m.group("cl") or "") and past_as_era(self.key, self._start(m), m.end()):
            return []  # "كانوا رفاقا بالأمس وصاروا اليوم خصوما", "بالأمس القريب": the past, no day
        if rel == "الامس" and "ب" not in (m.group("cl") or "") \
                and (prev := self.prev_word(self._start(m))[0]) not in SINCE_WORDS and prev not in YESTERDAY_NOUNS:
            # "أعداء الأمس": the past, not yesterday; "بالأمس", "ابتداء من الأمس", "جلسة الأمس" are the day
            return []
        if rel == "امس" and (m.group("cl") or "").endswith("ل"):
            return []  # "بعد أن لامس 98 نقطة": the verb "touched"; yesterday takes no ل
        if rel == "امس" and self.next_token(m.end()) in NEED_AFTER:
            return []  # "في أمس الحاجة", "بأمسّ حاجة": the direst need, no day
        return self._relative(m, -2 if "اول" in rel else -1, "past")

    def h_tomorrow(self, m: re.Match[str]) -> list[DateMatch]:
        rel = key_of(m.group("rel"))
        if rel == "غدا" and self._wd(m) is None:
            nxt = self.next_token(m.end())
            prev_raw = WORD_BEFORE.search(self.key, max(0, self._start(m) - 40), self._start(m))
            after_present = prev_raw is not None and not prev_raw.group(2).strip() and is_present_verb(prev_raw.group(1))
            if nxt.startswith("ال") and nxt != "الي" and not after_present:
                # "غدا الوضع أصعب": the verb "became" ("إلى" is key "الي"); after a present verb it is
                # the day its subject follows ("ويصادف غدا الذكرى الأولى", "تنطلق غدا الدورة")
                return []
            prev = self.prev_word(self._start(m))[0]
            if prev in VERB_PARTICLES or prev[:1] in "وف" and prev[1:] in VERB_PARTICLES:
                return []  # "وقد غدا الخطر أفقيا", "الذي غدا رمزا": a particle or a relative before a verb
            if (m.group("cl") or "") == "ف" and BECAME_WHAT.fullmatch(nxt) and nxt not in TIMES_OF_DAY:
                return []  # "فغدا إنسانا آخر": "and so he became", its predicate in the accusative
        if rel.endswith("الغد") and self._wd(m) is None and _past_verb_with_object(self.next_token(m.end())):
            return []  # "وفي صباح الغد ارتديته": the next morning of a story told, not tomorrow
        return self._relative(m, 2 if rel.startswith("بعد") else 1, "future")

    def h_lastnight(self, m: re.Match[str]) -> list[DateMatch]:
        return self._relative(m, -2 if "قبل" in m.group("rel") else -1, "past")


def _past_verb_with_object(word: str) -> bool:
    """A past verb, or one with an object pronoun ("ارتديته", "حملتها")."""
    return is_past_verb(word) or any(word.endswith(p) and len(word) - len(p) >= 3 and is_past_verb(word[:-len(p)])
                                     for p in ("ه", "ها", "هم"))
