"""Handlers of the date expressions valued from the publication date: today, yesterday and
tomorrow, a weekday, "this/last/next week, month, year", "the year before/after", "N days ago".

Each `h_<kind>` method turns one regex match of `grammar.compile_patterns` into `DateMatch`es,
or none when the words are not a date in that context ("اليوم الوطني", "محمد الخميس").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from marsad.arabic.normalize import match_key
from marsad.layers.dates.context import DateContext, DateMatch, modifier_step, units_away, year_month
from marsad.layers.dates.grammar import (
    AGO_UNITS,
    ANCHOR_BEFORE,
    CURRENT_MODS,
    FUTURE_MODS,
    HABITUAL_WEEKDAY,
    MOD,
    NAME_TITLES,
    NOWADAYS_COPULAS,
    PAST_MODS,
    QUOTES,
    SAME_WORDS,
    SENT_END,
    TODAY_BAD_NEXT,
    TODAY_BAD_PREV,
    WEEKDAY_BAD_PREV,
    WORD_BEFORE,
    YESTERDAY_NOUNS,
    add_months,
    date_words,
    gregorian_to_hijri,
    hijri_to_gregorian,
    key_of,
    safe_date,
    week_value,
    weekday_near,
    whole_week,
)
from marsad.layers.dates.tense import is_past_verb, is_present_verb, verb_shaped
from marsad.lexicons.loader import keyed
from marsad.lexicons.names import given_names

# "ما أصبحنا عليه اليوم", "ما هي عليه اليوم": "what X is these days", no day meant
MIN_NISBA_KEY = 5  # "الكلي": a definite adjective in -ي is longer than the preposition "إلى" (key "الي")
NOWADAYS_BEFORE = re.compile(r"(?<!\w)ما\s+(?:\w+\s+){0,2}علي(?:ه|ها|هم|نا)\s*$")

# a percent after "الاثنين" makes it the number two ("الاثنين في المائة", "الاثنين بالمئة")
PERCENT_AFTER = re.compile(r"\s*(?:في\s+)?(?:ال|بال)?(?:مايه|مائه|ميه|مئه)(?!\w)|\s*[%٪]")

# after "فغدا": an indefinite accusative ("إنسانا", "رمزا") is what one became, unless a time of day
BECAME_WHAT = re.compile(r"\w{2,}ا")
TIMES_OF_DAY = frozenset({"صباحا", "مساءا", "ظهرا", "عصرا", "ليلا", "فجرا", "نهارا", "تماما"})
# words that only come before a verb: "غدا" after them is "it became", not tomorrow (match keys)
VERB_PARTICLES = frozenset({"قد", "لقد", "الذي", "التي", "الذين", "ما", "لما"})
CHAIN_REACH = 80  # key characters back to the first of coordinated weekdays
PRINTED_DAY_AFTER = 1  # days between the writing of an article and the date of the paper it appears in

# "اليوم" or "غدا" earlier in the sentence: a weekday coordinated after it continues the days ahead
TODAY_BEFORE = re.compile(r"(?<!\w)[وف]?(?:اليوم|غدا)(?!\w)[^.!?؟\n]*$")

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

# "الفترة المماثلة من", "الربع المماثل في", "نفس الفترة من", "الفترة نفسها من" right before a year (match keys)
SAME_PERIOD_BEFORE = re.compile(
    r"(?:المماثل|المماثله|نفس\s+(?:ال)?\w+|\w+\s+(?:نفسه|نفسها|ذاته|ذاتها))\s+(?:من|في|خلال)\s*$")

# an opening mark one or two words before "اليوم" closed by a mark right after it: a name in marks
# ("«المصري اليوم»"), not a quotation that ends on today (its opening mark further back)
NAME_OPENED_BEFORE = re.compile(r"[«\"“]\s*\w+(?:\s+\w+)?\s+$")
# "أمسّ" before "الحاجة" is the elative "most in need of", not yesterday (match keys)
NEED_AFTER = frozenset({"الحاجه", "حاجه"})
# "ابتداء من", "اعتبارا من", "بدءا من", "بداية من" and at most a time of day or an hour before a
# weekday (match keys): what starts then, read ahead when no verb of the clause says otherwise
STARTING_FROM_BEFORE = re.compile(
    r"(?<!\w)(?:ابتداء|اعتبارا|بدءا|بدايه)\s+من\s+(?:(?:ال)?ساعه\s+[\d:.،,]+\s+(?:من\s+)?)?"
    r"(?:(?:صباح|مساء|ظهر|عصر|فجر|ليل|ليله)\s+)?$")
PASSIVE_AUX = "تم"  # "وتم تشغيلها": the past auxiliary of a passive (match key)
CLAUSE_REACH = 120  # key characters back to look for the start of a date's clause
# what opens the sentence part a date is in: a sentence mark, a colon or a complementiser (match keys);
# a comma or the marks of a name do not ("اهتمت صحيفة «..» بإعلان هدنة، بداية من يوم الجمعة": the
# verb before them tells of the past)
CLAUSE_OPENED = re.compile(r"[.!?؟\n؛;:]|(?<!\w)[وف]?(?:ان|انه|انها|لان)(?!\w)")
# "ذلك اليوم", "نفس اليوم", "ذات اليوم": the day of the story, not today (match keys)
THAT_DAY = frozenset({"ذلك", "نفس", "ذات"})

# "ابتداء من الأمس", "منذ الأمس", "صباح الأمس": الأمس after these is yesterday
SINCE_WORDS = frozenset({"من", "منذ", "حتي", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليله"})

# kinds of dates that name their month: what "الشهر نفسه" refers back to (not a weekday or "أمس")
MONTH_NAMING = frozenset({"dmy", "my", "dcur", "hijri", "numeric", "dual"})
# what a month anchor ("الشهر نفسه"، "الشهر السابق") counts from: those and a relative month ("الشهر الماضي")
PERIOD_NAMING = MONTH_NAMING | {"unitrel"}
# how far back (key characters) the date an anchored year counts from may be ("... عن العام السابق")
ANCHOR_REACH = 300
# words after "العام السابق" that begin with ل but are not the preposition ("العام السابق لكن ...")
ANCHOR_NOT_PREP = frozenset({"لكن", "لكنه", "لكنها", "لذلك", "ليس"})

# dual modifiers ("الماضيين", "المقبلين") qualify two coordinated dates at once, and the feminine ones
# ("المقبلة", "الماضية") the plural "أيام" of several: "أيام الأحد والاثنين والثلاثاء المقبلة"
DUAL_MODS = tuple(w for w in PAST_MODS + FUTURE_MODS if w.endswith("ين"))
ALL_MODS = frozenset(PAST_MODS + FUTURE_MODS + CURRENT_MODS)
PLURAL_MODS = DUAL_MODS + tuple(w for w in PAST_MODS + FUTURE_MODS if w.endswith("ه"))
# what joins coordinated weekdays: "و", "أو", a comma ("الأحد، الاثنين والثلاثاء")
WEEKDAY_JOIN = r"\s*(?:[،,]\s*(?:و\s*)?|او\s+|و\s*)"
# the plural noun before coordinated weekdays: "أيام الخميس والجمعة" is a habit, unless a modifier
# after the last one places them ("أيام الأحد والاثنين المقبلة")
DAYS_NOUN = "ايام"


@lru_cache(maxsize=4)
def coordinated_weekday(weekdays: tuple[str, ...]) -> re.Pattern[str]:
    """After a weekday: one or more coordinated weekdays + a dual or plural modifier
    ("والأربعاء الماضيين", "والاثنين والثلاثاء المقبلة")."""
    names = "|".join(sorted(weekdays, key=len, reverse=True))
    mods = "|".join(PLURAL_MODS)
    return re.compile(rf"(?:{WEEKDAY_JOIN}(?:يوم\s+)?(?:{names})(?!\w)){{1,6}}\s+(?P<mod>{mods})(?!\w)")


@lru_cache(maxsize=4)
def weekdays_before(weekdays: tuple[str, ...]) -> re.Pattern[str]:
    """The weekdays coordinated before a weekday, up to where it starts: "الخميس و" of "الخميس والجمعة"."""
    names = "|".join(sorted(weekdays, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:(?:يوم\s+)?(?:{names})(?!\w){WEEKDAY_JOIN})+$")


# a dual present verb, future or not, with its conjunction: "يعرفان", "سيلتقيان", "وتتنافسان" (match keys)
# "المقبوض عليهما", "المحكوم عليهما": a participle with a dual pronoun after "الاثنين" (match keys)
DUAL_PRONOUN_PREPS = frozenset({"عليهما", "عنهما", "منهما", "لهما", "بهما", "اليهما"})
TWO_WORDS_AFTER = re.compile(r"\s*(\w+)\s+(\w+)")
MIN_DUAL_ADJECTIVE = 7  # "الآخرين" (key "الاخرين"): shorter definite words in -ين/-ان are not adjectives of two
DUAL_VERB = re.compile(r"[وف]?س?[يت]\w{2,6}ان")
# "أن الاثنين عرفوا", "لأن الاثنين يريدون": a particle that takes a noun subject, then a plural verb
# agreeing with "the two" (match keys); a weekday there would be the subject of a singular verb
SUBJECT_PARTICLES = frozenset({"ان", "وان", "لان", "فان", "بان"})
PLURAL_PAST_VERB = re.compile(r"(?:قد\s)?\w{2,6}وا")
PLURAL_PRESENT_VERB = re.compile(r"[وف]?س?[يت]\w{2,6}ون")
# a show, a column or a supplement named in marks with a weekday closing the name ("برنامج «لقاء
# الجمعة»", "ملحق «الأربعاء»"): the match keys of the noun and the marks before the weekday
SHOW_NAME_BEFORE = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:برنامج|برامج|مسلسل|فيلم|حلقه|زاويه|عمود|مقتطفات|ملحق|صفحه|منتدي|ديوانيه|ليالي)"
    r"\s*[«\"“]\s*(?:\w+\s+){0,3}$")
CLOSING_MARK = re.compile(r"\s*[»\"”]")
# "عشية" and up to six words of the event before a weekday, within its clause (match keys)
EVE_BEFORE = re.compile(r"(?<!\w)[وف]?عشيه(?P<gap>(?:\s+[^\W\d]+){1,6})\s+$")
EVE_REACH = 90
# a relative pronoun or a complementiser after "عشية" opens a clause with a verb of its own
EVE_GAP_BREAK = frozenset({"التي", "الذي", "الذين", "ان", "حيث", "عندما"})
WORDS = re.compile(r"\w+")
# a weekday opening a line and followed by two dots: the headline or the teaser of what comes that day
HEADLINE_DAY_AFTER = re.compile(r"[ \t]*\.\.")
HEADLINE_DAY_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
MODIFIER_AFTER = re.compile(rf"\s*(?:{'|'.join(PAST_MODS + FUTURE_MODS)})(?!\w)")  # "«الخميس» المقبل": a date in marks
# "أي من", "لأي من", "أحد": before الاثنين they make it "the two" (match keys)
ONE_OF_BEFORE = re.compile(r"(?<!\w)[وفل]?(?:اي\s+من|احد)\s+$")
# after "نفس الشهر": "من العام ..." names the year of that month
OF_A_YEAR = re.compile(rf"\s+(?:من|في)\s+(?:(?:ال)?(?:عام|سنه)(?!\w)(?:\s+(?P<mod>{MOD})(?!\w))?|\d{{4}}(?!\d))")
YEAR_WRITTEN = re.compile(r"\d{4}")
# between a month and the year anchor that places it: "فبراير من العام نفسه"
OF_ONLY = re.compile(r"\s+من\s+")
# after a weekday set in parentheses: its close mark and a modifier ("يوم ( الأحد ) المقبل")
PAREN_MODIFIER = re.compile(rf"\s*\)\s*(?P<mod>{'|'.join(PAST_MODS + FUTURE_MODS)})(?!\w)")
# after a weekday: "بعد المقبل" (the one after next), "قبل الماضي" (the one before last)
# ("الجمعة، بعد المقبل": a comma may set the week apart)
WEEK_BEYOND = re.compile(rf"\s*[،,]?\s+(?P<rel>بعد|قبل)\s+(?P<mod>{'|'.join(PAST_MODS + FUTURE_MODS)})(?!\w)")


@lru_cache(maxsize=4)
def weekday_in_week(weekdays: tuple[str, ...]) -> re.Pattern[str]:
    """After a weekday: the week it falls in, past other weekdays coordinated with it ("والاثنين في
    الأسبوع المقبل", " من الأسبوع الماضي", "والثلاثاء الأسبوع ما بعد المقبل", " من هذا الأسبوع")."""
    names = "|".join(sorted(weekdays, key=len, reverse=True))
    return re.compile(rf"(?:{WEEKDAY_JOIN}(?:يوم\s+)?(?:{names})(?!\w)){{0,6}}\s*[،,]?\s*(?:(?:من|في|خلال)\s+)?"
                      rf"(?:(?P<this>هذا)\s+الاسبوع|الاسبوع\s+(?:(?:ما\s+)?(?P<beyond>بعد|قبل)\s+)?(?P<mod>{MOD}))(?!\w)")


# "الأربعاء من الأسبوع ذاته": a day of the week of a date named before, not of publication
SAME_WEEK_AFTER = re.compile(rf"\s*(?:من|في)?\s*(?:الاسبوع\s+(?:{'|'.join(SAME_WORDS)})|نفس\s+الاسبوع)(?!\w)")


# "عند وصوله الجمعة ومغادرته مساء الأحد": a weekday whose clause joins it by "و" + a noun to a
# weekday a few words before shares that one's tense (its verb may lie beyond the words read)
JOINED_REACH = 60   # key characters back to the weekday joined to this one
JOINED_WORDS = 3    # words between the two weekdays, the first of them glued to "و"
JOIN_GAP_BREAK = re.compile(r"[.!?؟\n؛;:«»\"“”،,]")


@lru_cache(maxsize=4)
def weekday_joined_before(weekdays: tuple[str, ...]) -> re.Pattern[str]:
    """A weekday, then "و" glued to the next word and at most a few words, up to the end of the
    window: "الجمعة ومغادرته مساء " before "الأحد"."""
    names = "|".join(sorted(weekdays, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{names})(?!\w)(?P<gap>\s+و\w+(?:\s+\w+){{0,{JOINED_WORDS - 1}}}\s+)$")


class RelativeDateHandlers(DateContext):
    """The handlers of dates counted from `published` (and `anchor_years`, which counts from a year
    named before)."""

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
            if PAST_AND_NOWADAYS_BEFORE.search(self.key, max(0, ks - 20), ks):
                return []  # "بين الأمس واليوم": the past and these days
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

    def _season_adjective_after(self, ke: int) -> bool:
        """"الجمعة الرمضانية", "الجمعة الرمضانية الثانية": an adjective of a Hijri month makes the
        weekday one of that month's, counted in it, not the one near publication."""
        nxt = self.next_token(ke).removeprefix("ال")
        return any(nxt.endswith(ending) and nxt[: -len(ending)] in self.lx.hijri for ending in ("يه", "ي"))

    def _ordinal_after(self, ke: int) -> bool:
        """Is the word after key[ke] an ordinal adjective, masculine or feminine ("الثاني", "الثانيه", "الاخيره")?"""
        nxt = self.next_token(ke)
        return nxt in self.lx.ordinals or nxt[:-1] in self.lx.ordinals or nxt in ("الاولي", "الاخير", "الاخيره")

    def _past_verb_in_clause(self, ks: int) -> bool:
        """A past verb ("وتم تشغيلها", "بادرت") between the start of the date's sentence part (a
        sentence mark, a colon or a complementiser) and ks."""
        lo = max(0, ks - CLAUSE_REACH)
        lo = max((b.end() for b in CLAUSE_OPENED.finditer(self.key, lo, ks)), default=lo)
        words = re.findall(r"\w+", self.key[lo:ks])
        return any(is_past_verb(w) or is_past_verb(w[1:]) and w[:1] in "وف" or w.removeprefix("و") == PASSIVE_AUX
                   for w in words)

    def _means_both(self, prev: str, ks: int, ke: int) -> bool:
        """"بين الاثنين", "الاثنين معا", "كلا الاثنين", "أي من الاثنين", "أحد الاثنين": the numeral
        "the two", not Monday ("بين الاثنين والخميس" is a span of days)."""
        nxt = self.next_token(ke)
        if ONE_OF_BEFORE.search(self.key, max(0, ks - 12), ks):
            return True
        if DUAL_VERB.fullmatch(nxt):
            return True  # "إن الاثنين يعرفان بعضهما", "الاثنين سيلتقيان": a dual verb, the two of them
        if prev in SUBJECT_PARTICLES and (PLURAL_PAST_VERB.fullmatch(nxt) or PLURAL_PRESENT_VERB.fullmatch(nxt)):
            return True  # "أجزم أن الاثنين عرفوا", "لأن الاثنين يريدون": the subject of a plural verb, the two
        if prev in ("مع", "ومع", "فمع") and not nxt[:1].isdigit():
            return True  # "لم تكن لها مشكلة مع الاثنين": with the two (the day takes يوم: "مع يوم الاثنين")
        if self._two_described(nxt, ke):
            return True  # "الاثنين الآخرين", "الاثنين المقبوض عليهما": the two, described
        return nxt in ("معا", "كليهما") or prev in ("بين", "كلا") and not nxt.startswith("و")

    def _two_described(self, nxt: str, ke: int) -> bool:
        """A definite adjective or participle in the dual or the plural after "الاثنين" agrees with
        the numeral "the two" ("الاثنين الآخرين", "المتوفين الاثنين الموجودين"), or one followed by a
        dual pronoun ("الاثنين المقبوض عليهما"); the modifiers of two days ("الاثنين والخميس
        الماضيين") are no such word."""
        if not nxt.startswith("ال") or nxt in DUAL_MODS or nxt[:-2] in ALL_MODS or nxt in self.lx.weekdays:
            return False
        if len(nxt) >= MIN_DUAL_ADJECTIVE and nxt.endswith(("ين", "ان")):
            return True
        words = TWO_WORDS_AFTER.match(self.key, ke)
        return words is not None and words.group(2) in DUAL_PRONOUN_PREPS

    def _family_weekdays(self) -> frozenset[str]:
        """The weekday names the document uses as a person's family name ("أحمد الخميس", "العقيد
        تركي الجمعة"): a bare one elsewhere is that person named again, not a day."""
        if (found := getattr(self, "_family_names", None)) is None:
            names = set()
            for m in FAMILY_WEEKDAY.finditer(self.key):
                if m.group(1) in self.lx.weekdays and self._after_given_name(m.start(1)):
                    names.add(m.group(1))
            found = self._family_names = frozenset(names)
        return found

    def _verb_just_before(self, ks: int) -> bool:
        """Is the word right before ks a verb ("وكشف", "قال", "وأعلن"), nothing between?"""
        before = WORD_BEFORE.search(self.key, max(0, ks - 40), ks)
        if before is None or before.group(2).strip():
            return False
        word = before.group(1)
        return any(is_past_verb(w) or verb_shaped(w) or w in SAYING_VERBS
                   for w in (word, word[1:] if word[:1] in "وف" else word))

    def _after_given_name(self, ks: int) -> bool:
        """A given name right before ks ("أحمد الخميس", "ومحمد الخميس"). Only a conjunction is taken
        off the word: "بيان" is a statement ("في بيان الثلاثاء"), not ب + the name "يان"."""
        before = WORD_BEFORE.search(self.key, max(0, ks - 40), ks)
        if before is None:
            return False
        word = before.group(1)
        if word in FAMILY_WORDS:
            return True  # "عائلة الخميس", "أسرة الجمعة": the family of that name
        names = person_given_names()
        if word in names or (word[:1] in ("و", "ف") and word[1:] in names):
            return True
        # "العقيد تركي الخميس", "المهندس علي الجمعة": a title written only before names makes the
        # word after it a given name, even one that is also an ordinary word ("تركي", Turkish)
        title = WORD_BEFORE.search(self.key, max(0, before.start() - 40), before.start())
        return title is not None and title.group(1) in NAME_TITLES

    def _shared_modifier(self, ke: int) -> str | None:
        """"يومي الثلاثاء والأربعاء الماضيين": a dual modifier after the coordinated weekday is this one's too."""
        hit = coordinated_weekday(tuple(self.lx.weekdays)).match(self.key, ke)
        return hit.group("mod") if hit else None

    def h_weekday(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), m.end()
        wd = self.lx.weekdays[m.group("wd")]
        # the word before the first of coordinated weekdays decides for them all ("أيام الخميس والجمعة")
        chain = weekdays_before(tuple(self.lx.weekdays)).search(self.key, max(0, ks - CHAIN_REACH), ks)
        prev = self.prev_word(chain.start() if chain else ks)[0]
        shared = m.group("mod") or self._shared_modifier(ke)
        if not m.group("yom") and (prev in WEEKDAY_BAD_PREV and not (prev == DAYS_NOUN and shared)
                                   or (wd == 6 and self.next_token(ke) == "عشر")):
            return []
        if not m.group("mod") and (self._ordinal_after(ke) or self._season_adjective_after(ke)):
            return []  # "الجمعة الثانية من رمضان": the n-th such day of a month, not the one near publication
        if wd == 0 and not m.group("yom") and not m.group("mod") and self._means_both(prev, ks, ke):
            return []
        if not m.group("yom") and not m.group("mod") and (self._after_given_name(ks) or prev in NAME_TITLES):
            return []  # "أحمد الخميس", "الدكتور الجمعة": a family name
        if not m.group("yom") and not shared and not m.group("cl") and m.group("wd") in self._family_weekdays() \
                and self._verb_just_before(ks):
            return []  # "محمد الخميس ... وكشف الخميس": the man named before, the subject of a verb
        if HABITUAL_WEEKDAY.match(self.key, ke):
            return []  # "يوم السبت من كل أسبوع": every such day, no one date
        if (SHOW_NAME_BEFORE.search(self.key, max(0, ks - 60), ks) and (close := CLOSING_MARK.match(self.key, ke))
                and not MODIFIER_AFTER.match(self.key, close.end())):
            return []  # "برنامج «لقاء الجمعة»": the day names the show
        if not m.group("yom") and not m.group("mod") and "ب" in (m.group("cl") or ""):
            return []  # "مركز الصناعية بالخميس", "مرورا بالخميس": a place or a name; the day takes "يوم" ("بيوم الخميس")
        if not m.group("yom") and PERCENT_AFTER.match(self.key, ke):
            return []  # "فوق مستوى الاثنين في المائة": the number two, no Monday
        if not shared and (closed := PAREN_MODIFIER.match(self.key, ke)) and self.key[:ks].rstrip().endswith("("):
            shared, ke = closed.group("mod"), closed.end()  # "يوم (الأحد) المقبل": the modifier after the mark
        if self.pub is None:
            return [DateMatch(ks, ke, None, "weekday")]
        mod = shared
        week = None if mod else weekday_in_week(tuple(self.lx.weekdays)).match(self.key, ke)
        if week is not None and (step := units_away(week.group("mod"), week.group("beyond"))) is not None:
            # "الأحد والاثنين في الأسبوع بعد المقبل", "يوم الاثنين من الأسبوع الماضي": the day of that
            # week (Sunday to Saturday, the Arab working week), whatever the tense
            sunday = self.pub - timedelta(days=(self.pub.weekday() + 1) % 7) + timedelta(days=7 * step)
            return [DateMatch(ks, ke, (sunday + timedelta(days=(wd + 1) % 7)).isoformat(), "weekday")]
        if not m.group("mod") and (beyond := WEEK_BEYOND.match(self.key, ke)) is not None:
            # "الأربعاء بعد المقبل", "السبت قبل الماضي": one week further than المقبل / الماضي
            later = beyond.group("rel") == "بعد"
            if beyond.group("mod") in (FUTURE_MODS if later else PAST_MODS):
                d = (weekday_near(self.pub + timedelta(days=1), wd, "future") + timedelta(days=7) if later
                     else weekday_near(self.pub - timedelta(days=1), wd, "past") - timedelta(days=7))
                return [DateMatch(ks, beyond.end(), d.isoformat(), "weekday")]
        direction = self.direction(ks, ke, mod, present_future=True)
        if not mod and HEADLINE_DAY_AFTER.match(self.key, ke) and HEADLINE_DAY_BEFORE.search(self.key, max(0, ks - 4), ks):
            direction = "future"  # "الخميس.. الطائرات تحلق", "الأحد .. الحلقة الثانية": a headline announcing the day
        if direction != "future" and not mod and self._eve_of_event(ks):
            direction = "future"  # "قال المدرب عشية مباراة الكأس السبت": the match of the coming day
        if direction == "near" and not mod:
            direction = self._joined_direction(ks) or direction
        if direction == "near" and not mod and STARTING_FROM_BEFORE.search(self.key, max(0, ks - 60), ks) \
                and not self._past_verb_in_clause(ks):
            direction = "future"  # "الإضراب ابتداء من الساعة التاسعة من يوم الأربعاء": no verb, a start ahead
        if direction == "near" and (m.group("cl") or "").startswith("و") and TODAY_BEFORE.search(
                self.key, max(0, ks - 80), ks):
            direction = "future"  # "اليوم الأربعاء سباق القوارب والخميس مسابقة الصيد": the days that follow
        if mod in PAST_MODS:
            # "الاثنين الماضي" in a paper of Tuesday: written on Monday, the writer's last Monday is the
            # one a week before (the day of writing is "اليوم", the day before it "أمس")
            d = weekday_near(self.pub - timedelta(days=1 + PRINTED_DAY_AFTER), wd, "past")
        elif direction == "future":
            d = weekday_near(self.pub + timedelta(days=1) if mod else self.pub, wd, "future")
            if not mod and (self.pub - d).days == PRINTED_DAY_AFTER - 7 and not SAME_WEEK_AFTER.match(self.key, ke):
                # "يبدأ الثلاثاء" in a paper of Wednesday: written on the Tuesday (or the day before) for
                # that day, not six days ahead (a week ahead is "الثلاثاء المقبل")
                d -= timedelta(days=7)
        else:
            d = weekday_near(self.pub, wd, "past")
        unplaced = not mod and direction == "near" and not is_past_verb(self.next_token(ke))
        return [DateMatch(ks, ke, d.isoformat(), "weekday", unplaced=unplaced)]

    def _eve_of_event(self, ks: int) -> bool:
        """"عشية مباراة ... السبت", "عشية لقاء الفريقين الخميس": the weekday is the event's, told on its
        eve, when no verb stands between (a verb would tell of the event: "عشية الانتخابات التي جرت الأحد")."""
        eve = EVE_BEFORE.search(self.key, max(0, ks - EVE_REACH), ks)
        return eve is not None and not any(verb_shaped(w) or w in EVE_GAP_BREAK for w in WORDS.findall(eve.group("gap")))

    def _joined_direction(self, ks: int) -> str | None:
        """"سيغلق المجال عند وصوله الجمعة ومغادرته مساء الأحد": the future of a weekday a few
        words before, joined to this one by "و" within one clause, is this one's too."""
        joined = weekday_joined_before(tuple(self.lx.weekdays)).search(self.key, max(0, ks - JOINED_REACH), ks)
        if joined is None or JOIN_GAP_BREAK.search(joined.group("gap")):
            return None
        first_end = joined.start("gap")
        first_start = joined.start()
        if self.direction(first_start, first_end, None, present_future=True) == "future":
            return "future"
        return None

    def _unit_value(self, unit: str, step: int, period: str | None) -> str | None:
        if self.pub is None:
            return None
        if unit == "الاسبوع":
            sunday = self.pub - timedelta(days=(self.pub.weekday() + 1) % 7) + timedelta(days=7 * step)
            if period in ("مطلع", "بدايه", "مستهل", "اول"):
                return sunday.isoformat()
            return week_value(sunday)
        if unit == "الشهر":
            return year_month(*add_months(self.pub.year, self.pub.month, step))
        return f"{self.pub.year + step:04d}"

    def h_unitrel(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), m.end()
        mod, per = m.group("mod"), m.group("per")
        unit = m.group("unit") or "ا" + m.group("lunit")  # "لعام" of "للعام": "العام"
        if m.group("lunit") and not m.group("per"):
            ks -= 1  # the span keeps the ل that merged with the article: "للعام الجاري", not "لعام الجاري"
        if not mod and not m.group("this"):
            nxt = self.next_token(ke)
            if not per or nxt.startswith("ال") or nxt in ("علي", "من"):
                return []  # "الأمين العام", "نهاية العام الدراسي"
        if mod and m.group("this"):
            return []
        if whole_week(unit, per):
            return []
        # "العام قبل الماضي": one more unit back; "الشهر بعد المقبل": one more ahead ("العام قبل
        # المقبل" says nothing)
        step = units_away(mod, m.group("beyond"))
        if step is None:
            return []
        return [DateMatch(ks, ke, self._unit_value(unit, step, per), "unitrel")]

    def h_yearanchor(self, m: re.Match[str]) -> list[DateMatch]:
        """Valued against `published` here; `anchor_years` counts it from a year named just before."""
        prev, gap = self.prev_word(self._start(m))
        if not m.group("per") and m.group("unit") == "العام" and prev.startswith("ال") and not gap.strip():
            return []  # "المدير العام السابق": العام is "general", السابق "former"
        nxt = self.next_token(m.end())
        if nxt.startswith("ل") and len(nxt) > 3 and nxt not in ANCHOR_NOT_PREP or nxt == "علي":
            return []  # "العام السابق للانتخابات": counted from another event
        # with no year named before, "العام السابق" is the one before publication; "العام التالي"
        # without one follows a story's own past (a narrative), not publication: no value
        back = key_of(m.group("rel")) in ANCHOR_BEFORE
        value = f"{self.pub.year - 1:04d}" if back and self.pub is not None else None
        return [DateMatch(self._start(m), m.end(), value, "yearanchor")]

    def anchor_years(self, chosen: list[DateMatch]) -> None:
        """"في 2013 ... وفي العام التالي": the year after (or before) the latest date named before it
        in the same paragraph, within ANCHOR_REACH characters; else the one around `published`."""
        for i, c in enumerate(chosen):
            if c.kind != "yearanchor":
                continue
            # "... مقارنة بالفترة المماثلة من العام السابق": the current period against the same one a
            # year before publication, unless a year is named in the same sentence ("في 2013 ... مقارنة
            # بالفترة المماثلة من العام السابق" is 2012)
            same_period = SAME_PERIOD_BEFORE.search(self.key, max(0, c.ks - 30), c.ks) is not None
            for p in reversed(chosen[:i]):
                if c.ks - p.ke > ANCHOR_REACH or "\n" in self.key[p.ke:c.ks]:
                    break
                if same_period and SENT_END.search(self.key, p.ke, c.ks):
                    break
                if p.kind != "yearanchor" and p.value and p.value[:4].isdigit():
                    step = -1 if key_of(self.key[c.ks:c.ke].split(maxsplit=1)[-1]) in ANCHOR_BEFORE else 1
                    c.value = f"{int(p.value[:4]) + step:04d}"
                    break

    def anchor_same_month(self, chosen: list[DateMatch]) -> None:
        """"سافروا في العاشر من تموز وفقد الاتصال بهم في الـ12 من الشهر نفسه": the day of the month of
        the latest date named before it in the same paragraph; without one it cannot be placed (unsure)."""
        for i, c in enumerate(chosen):
            if c.kind != "dsame":
                continue
            c.uncertain = True
            for p in reversed(chosen[:i]):
                if c.ks - p.ke > ANCHOR_REACH or "\n" in self.key[p.ke:c.ks]:
                    break
                if p.kind in MONTH_NAMING and p.value and len(p.value) >= len("YYYY-MM") and p.value[:4].isdigit():
                    if (day := self._day_of_month_of(p, c.day)) is not None:
                        c.value, c.uncertain = day.isoformat(), False
                    break

    def h_periodanchor(self, m: re.Match[str]) -> list[DateMatch]:
        """"في العام نفسه", "نفس الشهر", "الشهر السابق": valued by `anchor_periods`; unsure until then."""
        prev, gap = self.prev_word(self._start(m))
        if m.group("yunit") and prev.startswith("ال") and not gap.strip():
            return []  # "الأمين العام نفسه": العام is "general", نفسه "himself"
        nxt = self.next_token(m.end())
        if nxt.startswith("ل") and len(nxt) > 3 and nxt not in ANCHOR_NOT_PREP or nxt == "علي":
            return []  # "الشهر السابق للانتخابات": counted from another event
        rel = key_of(m.group("rel") or "")
        step = -1 if rel in ANCHOR_BEFORE else 1 if rel and rel not in SAME_WORDS else 0
        unit = "m" if (m.group("unit") or m.group("sunit")) == "الشهر" else "y"
        ke = m.end()
        if (of_year := OF_A_YEAR.match(self.key, ke)) is not None:
            if not (unit == "m" and step == 0 and of_year.group("mod")):
                return []  # "نفس الشهر من العام التالي": the month of a year counted from another date
            # "بلغت في ديسمبر ... مقابل ... في الشهر ذاته من العام الماضي": the month of the date before,
            # a year earlier (or later); "my": the step moves the year
            ke, unit, step = of_year.end(), "my", modifier_step(of_year.group("mod"))
        return [DateMatch(self._start(m), ke, None, "periodanchor", uncertain=True, step=step, unit=unit)]

    def anchor_periods(self, chosen: list[DateMatch]) -> None:
        """The year or month of the latest date named before a "periodanchor" in the same paragraph
        (moved by its step); without one it cannot be placed (unsure)."""
        for i, c in enumerate(chosen):
            if c.kind != "periodanchor":
                continue
            month = c.unit in ("m", "my")
            for p in reversed(chosen[:i]):
                if c.ks - p.ke > ANCHOR_REACH or "\n" in self.key[p.ke:c.ks] or month and p.calendar == "hijri":
                    break  # (a Hijri month spans two Gregorian ones: its "الشهر نفسه" has no one value)
                if month and (p.kind not in PERIOD_NAMING or len(p.value or "") < len("YYYY-MM")):
                    continue
                if p.kind in ("periodanchor", "yearanchor") or not (p.value or "")[:4].isdigit():
                    continue
                if c.unit == "y" and p.kind != "unitrel" and not YEAR_WRITTEN.search(self.key, p.ks, p.ke):
                    continue  # "في 25 رمضان في نفس العام": the year of a date whose year is written, not inferred
                y = int(p.value[:4])
                if c.unit == "y" and (named := self._month_of_the_year(chosen, i)) is not None:
                    # "في فبراير من العام نفسه": the month (or day) takes the year; one expression
                    named.value = f"{y + c.step:04d}{named.value[4:]}"
                    named.ke, c.uncertain, c.kind = c.ke, True, "absorbed"
                    break
                if c.unit == "my":
                    c.value = year_month(y + c.step, int(p.value[5:7]))
                else:
                    c.value = year_month(*add_months(y, int(p.value[5:7]), c.step)) if month else f"{y + c.step:04d}"
                c.uncertain = False
                break
            if c.uncertain and c.unit == "my" and self.pub is not None:
                self._keep_the_year(c)
            if c.uncertain and c.kind == "periodanchor" and c.unit == "y" and (
                    named := self._month_of_the_year(chosen, i)) is not None:
                named.uncertain = True  # "في فبراير من العام نفسه" with no year before: which February is unsure

    def _keep_the_year(self, c: DateMatch) -> None:
        """"مقارنة بنفس الشهر من العام الماضي" with no month named before (or a Hijri one): the month
        cannot be placed, but the year after it is a date of its own ("العام الماضي")."""
        for of_year in OF_A_YEAR.finditer(self.key, c.ks, c.ke):
            if of_year.end() == c.ke:
                c.ks = of_year.end() - len(of_year.group().split(maxsplit=1)[1])
                c.value, c.uncertain, c.unit = f"{self.pub.year + c.step:04d}", False, "y"
                return

    def _month_of_the_year(self, chosen: list[DateMatch], i: int) -> DateMatch | None:
        """The month or day named right before the year anchor chosen[i] with only "من" between and no
        year of its own ("12 فبراير من العام نفسه", "في مايو من تلك السنة"): its year is the anchor's."""
        if i == 0:
            return None
        p, c = chosen[i - 1], chosen[i]
        if p.kind not in ("my", "dmy") or p.calendar != "greg" or not (p.value or "")[:4].isdigit():
            return None
        if YEAR_WRITTEN.search(self.key, p.ks, p.ke) or not OF_ONLY.fullmatch(self.key, p.ke, c.ks):
            return None
        return p

    @staticmethod
    def _day_of_month_of(p: DateMatch, day: int) -> date | None:
        """Day `day` of the month of date `p`, in p's calendar: "الثالث من شوال ... الثاني والعشرين من
        الشهر نفسه" is the 22nd of Shawwal."""
        if p.calendar == "hijri" and len(p.value or "") == len("YYYY-MM-DD"):
            hijri = gregorian_to_hijri(date.fromisoformat(p.value))
            return hijri_to_gregorian(hijri[0], hijri[1], day) if hijri and day <= 30 else None
        return safe_date(int(p.value[:4]), int(p.value[5:7]), day)

    def h_earlier(self, m: re.Match[str]) -> list[DateMatch]:
        if whole_week(m.group("unit"), None):
            return []
        # "في وقت سابق من الشهر": which month is left to the reader, the guide leaves it unsure;
        # "... من هذا الشهر", "... من الشهر الحالي", "... من العام الماضي" name it
        mod = m.group("mod")
        named = bool(mod) or "هذا" in m.group("rel")
        return [DateMatch(self._start(m), m.end(), self._unit_value(m.group("unit"), modifier_step(mod), None),
                          "unitrel", uncertain=not named)]

    def h_ago(self, m: re.Match[str]) -> list[DateMatch]:
        ks, ke = self._start(m), m.end()
        if re.match(r"\s+(?:من|علي)(?!\w)", self.key[ke:]):
            return []  # "قبل يومين من الانتخابات": anchored to another event
        unit, count = AGO_UNITS[m.group("u")]
        n = m.group("n")
        if n:
            count = int(n) if n.isdigit() else self.lx.cardinals.get(n, 0)
        if not count:
            return []
        if self.pub is None:
            return [DateMatch(ks, ke, None, "ago", uncertain=True)]
        if unit in "dw":
            value = (self.pub - timedelta(days=count * (7 if unit == "w" else 1))).isoformat()
        elif unit == "m":
            value = year_month(*add_months(self.pub.year, self.pub.month, -count))
        else:
            value = f"{self.pub.year - count:04d}"
        return [DateMatch(ks, ke, value, "ago", uncertain=True)]  # "قبل شهر": about a month back


FAMILY_WORDS = frozenset(date_words("family_before"))  # "عائلة", "أسرة": a family name follows
# past verbs of saying and announcing that head a clause with its subject after them (match keys)
SAYING_VERBS = frozenset({"قال", "كشف", "اعلن", "اكد", "اوضح", "اشار", "راهن", "توقع", "بين", "ذكر", "اضاف", "شدد",
                          "لفت", "نوه", "دعا", "طالب", "اعتبر", "راي", "قدم", "وصف"})
# a weekday name after a word, no clitic on it (match keys): where a family name may stand
FAMILY_WEEKDAY = re.compile(r"(?<=\w )(ال(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت))(?!\w)")


def _past_verb_with_object(word: str) -> bool:
    """A past verb, or one with an object pronoun ("ارتديته", "حملتها")."""
    return is_past_verb(word) or any(word.endswith(p) and len(word) - len(p) >= 3 and is_past_verb(word[:-len(p)])
                                     for p in ("ه", "ها", "هم"))


@lru_cache(maxsize=1)
def person_given_names() -> frozenset[str]:
    """Given names a bare weekday after names a family ("أحمد الخميس"): the KB's, the Gulf's
    common ones, and those that are also ordinary words ("سامي", "عمر"), but not "علي" (also the
    preposition "على" as some papers spell it), which counts only after a title."""
    return (given_names() | keyed("gulf_given_names.tsv", None, match_key)
            | (keyed("word_given_names.tsv", None, match_key) - {match_key("علي")}))
