"""Weekdays ("الخميس", "يوم الاثنين المقبل"): the date of a weekday near publication.

`WeekdayHandlers.h_weekday` places a named weekday in the week before or after publication: by
its modifier ("الماضي", "المقبل", "بعد المقبل"), the week named after it ("من الأسبوع المقبل"), or
else the tense of its clause, with the day of printing taken into account (a paper is written the
day before its date). A weekday word is often no day: the numeral "the two" ("بين الاثنين"), a
family name ("أحمد الخميس"), a show's name ("برنامج «لقاء الجمعة»"), every such day ("يوم السبت
من كل أسبوع"), or the n-th one of a month ("الجمعة الثانية من رمضان"); those are ruled out first.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from marsad.arabic.normalize import match_key
from marsad.layers.dates.calendar_arithmetic import weekday_near
from marsad.layers.dates.context import DateContext, DateMatch, units_away
from marsad.layers.dates.day_words import PRINTED_DAY_AFTER
from marsad.layers.dates.grammar import (
    CURRENT_MODS,
    FUTURE_MODS,
    HABITUAL_WEEKDAY,
    MOD,
    NAME_TITLES,
    PAST_MODS,
    SAME_WORDS,
    WEEKDAY_BAD_PREV,
    WORD_BEFORE,
    date_words,
)
from marsad.layers.dates.tense import is_past_verb, verb_shaped
from marsad.lexicons.loader import keyed
from marsad.lexicons.names import given_names

# a percent after "الاثنين" makes it the number two ("الاثنين في المائة", "الاثنين بالمئة")
PERCENT_AFTER = re.compile(r"\s*(?:في\s+)?(?:ال|بال)?(?:مايه|مائه|ميه|مئه)(?!\w)|\s*[%٪]")
CHAIN_REACH = 80  # key characters back to the first of coordinated weekdays

# "اليوم" or "غدا" earlier in the sentence: a weekday coordinated after it continues the days ahead
TODAY_BEFORE = re.compile(r"(?<!\w)[وف]?(?:اليوم|غدا)(?!\w)[^.!?؟\n]*$")

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


FAMILY_WORDS = frozenset(date_words("family_before"))  # "عائلة", "أسرة": a family name follows
# past verbs of saying and announcing that head a clause with its subject after them (match keys)
SAYING_VERBS = frozenset({"قال", "كشف", "اعلن", "اكد", "اوضح", "اشار", "راهن", "توقع", "بين", "ذكر", "اضاف", "شدد",
                          "لفت", "نوه", "دعا", "طالب", "اعتبر", "راي", "قدم", "وصف"})
# a weekday name after a word, no clitic on it (match keys): where a family name may stand
FAMILY_WEEKDAY = re.compile(r"(?<=\w )(ال(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت))(?!\w)")



@lru_cache(maxsize=1)
def person_given_names() -> frozenset[str]:
    """Given names a bare weekday after names a family ("أحمد الخميس"): the KB's, the Gulf's
    common ones, and those that are also ordinary words ("سامي", "عمر"), but not "علي" (also the
    preposition "على" as some papers spell it), which counts only after a title."""
    return (given_names() | keyed("gulf_given_names.tsv", None, match_key)
            | (keyed("word_given_names.tsv", None, match_key) - {match_key("علي")}))


class WeekdayHandlers(DateContext):
    """The handler of a named weekday, valued against `published`."""

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
