"""Is a bare four-digit number a year? The context that makes "2014" a year and not an amount.

News writes years without "عام" after a preposition ("في 2014", "منذ 2011", "خلال 2015", also
when the main clause follows at once: "خلال 2015 ارتفعت الصادرات"), in
parentheses ("(2014)") and after the noun of an event or a plan ("انتخابات 2011", "مونديال 2022",
"رؤية 2030"). The same digits are amounts when a counted noun or a unit follows them
("2014 سيارة", "2000 ريال", "2014%", "1920 × 1080"), when a word of quantity or a number word precedes them
("بلغ 2014", "نحو 2000", "ألفين (2000)"), or when they belong to a longer number (phone numbers,
"1,990", "2014.5"). A year must also be plausible: 1900-2100 (Hijri years carry هـ and are
matched elsewhere).
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import match_key
from marsad.layers.dates.grammar import AFTER_YEAR_OK, AGO_UNITS, MOD, date_words, lexicons
from marsad.layers.dates.tense import is_future_verb, is_past_verb, verb_shaped

FIRST_YEAR, LAST_YEAR = 1900, 2100
# words before a number that make it an amount ("نحو 2000", "بلغ 2014", "رقم 2014")
AMOUNT_BEFORE = frozenset(match_key(w) for w in date_words("amount_before"))
COHORT_BEFORE = frozenset(match_key(w) for w in date_words("cohort_before"))
# "رؤية 2030", "رؤية المملكة 2030", "برنامج التحول الوطني 2020": a plan's noun and up to two words
# of its name before the year (proclitics and the article allowed: "لرؤية", "والاستراتيجية")
YEAR_NOUNS = frozenset({"عام", "العام", "سنه", "السنه", "عامي", "لعام"})
PLAN_NOUNS = "|".join(sorted({match_key(w) for w in date_words("plan_noun")}, key=len, reverse=True))
# ... and the same nouns with a pronoun ("استراتيجيتها 2025": its strategy)
PLAN_OWNED = "|".join(sorted({match_key(w)[:-1] + "ت" for w in date_words("plan_noun") if match_key(w).endswith("ه")},
                             key=len, reverse=True))
PLAN_BEFORE = re.compile(rf"(?<!\w)[وف]?[بل]?(?:ال|ل)?(?:{PLAN_NOUNS}|(?:{PLAN_OWNED})(?:ه|ها|هم|نا|كم))"
                         rf"(?:\s+[^\W\d]+){{0,2}}\s*[«\"“]?\s*$")
# "الرقم الموحد 1909", "هاتف رقم 2014": a number word within two words before makes the digits a number
NUMBER_NOUN_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:رقم|هاتف|جوال|فاكس|تحويله)(?:\s+[^\W\d]+)?\s*$")
# words after a number that make it an amount although they look like the start of a new phrase
# ("2000 ألف", "2014 بالمئة", "2000 برميل")
AMOUNT_AFTER = frozenset(match_key(w) for w in date_words("amount_after"))
# a range of years: what follows its second number decides ("2011 - 2015 م", "من 2000 إلى 3000 ريال")
YEAR_RANGE = re.compile(r"\s*(?:-|–|/|و?الي|و?حتي|و|او)\s*(?P<y>\d{4})(?!\d)(?:\s*م(?!\w))?")
# units a number may count after a preposition ("منذ 1825 يوما", "خلال 2015 ساعة"): no year then
TIME_UNITS = frozenset(AGO_UNITS) | frozenset(match_key(w) for w in ("يوما", "عاما", "ساعه", "ساعات", "دقيقه", "مره"))
CLOSE_PAREN = re.compile(r"\s*\)")
NEXT = re.compile(r"\s*(\w+|[^\w\s])?(\s*\d)?")
# the word after the one that follows a number: a definite one makes that word a verb with its subject
SECOND_WORD = re.compile(r"\s*\w+\s+(\w+)")
RANGE_STARTS = frozenset({"من", "بين", "ومن", "وبين"})
# a year unit and its modifier just before a number ("العام الماضي 2014", "السنة الحالية 2015")
RELATIVE_YEAR_BEFORE = re.compile(rf"(?<!\w)(?:العام|السنه)\s+(?:{MOD})\s*$")
# words after في/خلال + a year that leave it a year though they end like a counted noun ("مقارنة")
AFTER_PREP_YEAR = frozenset(match_key(w) for w in date_words("after_prep_year"))
# "النصف الأول من 2015", "الشهر نفسه من 2014": a part of a year, its noun within two words before "من"
YEAR_PARTS = "|".join(sorted({match_key(w) for w in date_words("year_part")}, key=len, reverse=True))
YEAR_PART_BEFORE = re.compile(rf"(?<!\w)[وف]?[بلك]?(?:{YEAR_PARTS})(?:\s+\w+){{0,2}}\s+$")
CLOSING_QUOTES = frozenset({"»", '"', "”"})
# what stands between a word and a year in brackets: the bracket, after a closing quote or not
PAREN_OPENINGS = frozenset({"(", "»(", '"(', "”("})
PREV = re.compile(r"(\w+)?(\W*)$")
# "الربع الثاني 2015", "النصف الأول 2015": a part of a year named with its ordinal, the year straight after
PART_ORDINALS = frozenset({"الاول", "الثاني", "الثالث", "الرابع"})
YEAR_PART_ORDINAL = re.compile(r"(?<!\w)(?:[وف]?[بك]?ال|[وف]?لل)(?:نصف|ربع|فصل)\s+(?:الاول|الثاني|الثالث|الرابع)\s*$")
# "يعود تاريخه إلى 1950", "ترجع إلى 2008": what dates back goes back to a year, not to an amount
DATES_BACK_TO = re.compile(r"(?<!\w)[وف]?(?:يعود|تعود|يرجع|ترجع)(?:\s+\w+){0,2}\s+الي\s*$")
# "مقارنة مع 2014": the term of a comparison of periods
COMPARED_WITH = re.compile(r"(?<!\w)(?:مقارنه|بالمقارنه)\s+مع\s*$")
ARTICLE_STARTS = ("ال", "وال", "فال", "بال", "لل", "كال", "ولل")


# the longest span of years written "YYYY - YYYY" after a noun ("الفترة 2011 - 2014"); amounts
# ("1500 - 2000 ريال") are round or far apart
YEAR_SPAN_MAX = 100
# a year named after a noun lies within this many years of publication ("رؤية 2030", not "ريو 2096")
NOUN_YEAR_AHEAD = 40


def plausible(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def year_follows(key: str, ke: int, months: dict, context: str | None = None, year: int = 0) -> bool:
    """Does what follows the number ending at key[ke] leave it a year? In parentheses, what
    follows the closing one decides ("(2000) نقطة" is an amount); after من/بين, a second year must;
    after a preposition ('prep'), a `year` that is not a round hundred is a year unless a unit follows;
    after منذ ('since'), any number is a year unless a unit of time follows; after a part of a year
    and من ('part': "النصف الأول من 2015") it is a year unless an amount follows."""
    r = YEAR_RANGE.match(key, ke)
    if context == "range" and r is None:
        return False
    if context == "paren" and (close := CLOSE_PAREN.match(key, ke)) is not None:
        ke = close.end()
    if r is not None:
        if not plausible(second := int(r.group("y"))):
            return False
        ke = r.end()
        if context == "range" and second % 100 and year % 100:
            context = "prep"  # "بين 2009 حتى 2013 حقق": two years that are not round hundreds
        elif context == "noun" and second % 100 and year % 100 and year < second <= year + YEAR_SPAN_MAX:
            context = "years"  # "خلال الفترة 2011 - 2014 عدة أضعاف": a span of years after its noun
    m = NEXT.match(key, ke)
    nxt, digit_after = (m.group(1) or "", bool(m.group(2))) if m else ("", False)
    if not nxt:
        return True
    if not nxt[0].isalnum():  # punctuation: not a percentage, not the middle of a longer number
        return nxt not in "%٪×*+=" and not (nxt in ".,،/:-" and digit_after)
    if nxt.isdigit() or nxt in AMOUNT_AFTER or context == "after_paren":
        return False  # after a bracketed word only punctuation may follow: "(رواية) 1993،"
    if nxt in AFTER_YEAR_OK or nxt in months or (nxt[:1] in "وف" and nxt[1:] in AFTER_YEAR_OK):
        return True
    if context == "years" and nxt not in TIME_UNITS and not nxt.endswith("ا"):
        return True  # what follows a span of years is no thing it counts ("زائرا" would be)
    if context == "part" or context == "since" and nxt not in TIME_UNITS:
        return True  # "منذ 2011 أزمة": what منذ counts is time, in units or from a year
    if context in ("prep", "since") and year % 100 and (nxt in AFTER_PREP_YEAR or nxt[:1] in "بل" and len(nxt) > 4):
        return True  # "في 2014 مقارنة بـ", "في 2013 لمدة عشرة أيام": a phrase of its own follows
    if context == "prep" and year % 100 and nxt not in TIME_UNITS and not nxt.endswith("ه"):
        # "منذ 2006 تتضمن", "في 1963 ليتابع": what is counted after في/منذ is a round number, or a
        # feminine noun ("في 2014 حالة"), never a verb
        return True
    if nxt == "يوم" and (second := SECOND_WORD.match(key, ke)) and second.group(1) in lexicons().weekdays:
        return True  # "مونديال 2018 يوم السبت": the day of the event follows its year
    if context in ("noun", "prep") and (is_future_verb(nxt) or is_past_verb(nxt) and nxt.endswith("ت")):
        return True  # "مونديال روسيا 2018 ستقام", "ألعاب لندن 2012 شهدت": a number counts no verb
    if verb_shaped(nxt) and (second := SECOND_WORD.match(key, ke)) and second.group(1).startswith("ال"):
        return True  # "خلال 2015 ارتفعت الصادرات", "وبحلول 2020 تكتمل المرحلة": a verb and its subject
    if context == "paren" and nxt.isalpha():
        return True  # "الفيلم الشهير (2011) عدد من ...": after a noun, not a number word, a year in brackets
    # a definite word, a new coordinated clause or a prepositional phrase ("بعنوان") follows a year;
    # an indefinite noun after a number is what it counts ("2014 سيارة")
    return nxt.startswith(ARTICLE_STARTS) or nxt[:1] in "وفب"


def names_a_plan(key: str, ks: int) -> bool:
    """The year at key[ks] closes a plan's or a vision's name ("رؤية 2030", "خطة التنمية 2020")."""
    if key[ks - 1:ks] in ("و", "ف"):
        ks -= 1
    word = PREV.search(key, max(0, ks - 40), ks)
    if word is not None and (word.group(1) or "").removeprefix("ل").removeprefix("ل") in YEAR_NOUNS:
        return False  # "خطة العمل للعام 2016": the year of the plan, a date
    return PLAN_BEFORE.search(key, max(0, ks - 60), ks) is not None


def bare_year_context(key: str, ks: int, cardinals: dict) -> str | None:
    """'paren' for "(2014)", 'noun' for a year after the noun it dates ("انتخابات 2011"), 'part'
    after a part of a year and من ("الربع الثاني من 2015"), 'range' after من/بين (a year only when a second year follows: "من 1980 إلى 1988"), else None.

    A conjunction glued to the number ("و2022") is skipped: the word before it decides.
    """
    if key[ks - 1:ks] in ("و", "ف"):
        ks -= 1
    m = PREV.search(key, max(0, ks - 40), ks)
    word, gap = (m.group(1) or "", m.group(2)) if m else ("", "")
    if not gap.strip() and word in RANGE_STARTS:
        if word == "من" and YEAR_PART_BEFORE.search(key, max(0, m.start() - 40), m.start()):
            return "part"  # "النصف الأول من 2015": the year a part of it belongs to
        return "range"
    if gap.strip() == ")" and word.isalpha():
        return "after_paren"  # "الجبل الخالد (رواية) 1993،": the year of a work listed with its kind
    if "".join(gap.split()) in PAREN_OPENINGS:  # "(2014)", "«الرسالة» (1976)"
        number = word[1:] if word[:1] == "و" and len(word) > 3 else word  # "وخمسين (1950)": a number word
        return None if {word, number} & (cardinals.keys() | AMOUNT_BEFORE) or word.isdigit() else "paren"
    if gap.strip() in CLOSING_QUOTES and word.isalpha():
        return "noun"  # "جوائز «وايز» 2015": the year of a named event or edition
    # (the patterns end with the word just before the year: tried only when that word can end them)
    if word in PART_ORDINALS and YEAR_PART_ORDINAL.search(key, max(0, ks - 40), ks):
        return "part"
    if (word == "الي" and DATES_BACK_TO.search(key, max(0, ks - 60), ks)
            or word == "مع" and COMPARED_WITH.search(key, max(0, ks - 30), ks)):
        return "prep"
    if gap.strip() or len(word) < 3 or not word.isalpha() or not "\u0600" <= word[0] <= "\u06ff":
        return None
    bare = word[1:] if word[:1] in "وفبل" and len(word) > 3 else word
    if word in AMOUNT_BEFORE or bare in AMOUNT_BEFORE or word in cardinals or bare in cardinals or word in COHORT_BEFORE:
        return None
    if NUMBER_NOUN_BEFORE.search(key, max(0, ks - 30), ks):
        return None  # "الرقم الموحد 1909": a phone number
    if RELATIVE_YEAR_BEFORE.search(key, max(0, ks - 40), ks):
        return "part"  # "العام الماضي 2014": the relative year spelled out by its number, whatever follows
    if word in AFTER_YEAR_OK or bare in AFTER_YEAR_OK:  # a preposition or particle, not a noun
        return None
    return "noun"
