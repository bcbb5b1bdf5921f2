"""Whether a construction cites the outlet an outlet word names: the words that govern it from
before ("ذكرت صحيفة", "بحسب وكالة", "نقلا عن موقع", "نشر في صحيفة", "في مقال رأي بصحيفة", "مقابلة
أجرتها معه إذاعة", "ردا على أسئلة وكالة", "نقلت عنها وكالة", "في تصريح إلى قناة", "وقال .. عبر
صحيفة"). The outlet's name itself is read by `outlet_names.py`; whether a statement was said to
what follows "لـ" by `statements.py`, what was published in a paper by `articles.py`, what was said
on a channel by `on_air.py`, and what an outlet obtained by `obtained.py`.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.articles import CITE_PREFIXES, article_before, published_before
from marsad.layers.sources.framing import credited, framed_by_verb, made_by
from marsad.layers.sources.on_air import IN, IN_OR_ON, PAGES, interviewed_before, speaks_after, spoke_on_air
from marsad.layers.sources.programmes import after_programme, programme_on
from marsad.layers.sources.statements import (
    INTERVIEW_PREFIXES,
    LONG_RECIPIENT_WINDOW,
    THROUGH,
    addresses,
    governing_words,
    reports,
    said_before,
    said_with_object,
    spoke_before,
)
from marsad.layers.sources.talk import opens_quotation
from marsad.layers.sources.words import (
    ASKED,
    GOVERNING_PREPOSITIONS,
    QUOTES,
    RECIPIENT_PREFIXES,
    SENT_TO,
    is_plural_verb,
)

ADDRESS_STEPS = 3        # tokens between an interview, talk or copy word and "إلى" ("نسخة منه إلى")
TITLE_TOKENS = 12        # words of an article's title in marks between the article and "بصحيفة" ("في مقاله «..»، بصحيفة")
WHAT_WORDS = governing_words("what")  # "بحسب ما", "وفقا لما": what an outlet published
CONDUCTED_WITH = governing_words("conducted_with")  # "مقابلة أجرتها معه إذاعة .."
RELAYED_FROM = governing_words("relayed_from")  # "نقلت عنها وكالة ..": the verb's object before its subject
BA_PREFIXES = frozenset({"ب", "وب", "فب"})  # "ب" on an outlet word, with "و" or "ف" before it
LAM_PREFIXES = frozenset({"ل"})  # "وفقا لتقرير ..": the according word's "ل" on the report
FROM_ISSUE = match_key("من")
ISSUE_WORDS = governing_words("issue_word")  # "في عدد اليوم من صحيفة": an issue of a paper
ISSUE_IN_WORD = governing_words("issue_in_word")  # "منشور بالنسخة المدفوعة من صحيفة ..": "ب" for "في"
ISSUE_IN = governing_words("issue_in")
ISSUE_STEPS = 3  # words from "من" back to the issue ("في العدد الأخير من", "في عدد اليوم السبت من")


def _issue_before(toks: list[Token], p: int) -> bool:
    """"في عدد اليوم من", "وفي العدد الأخير من", "في النسخة الإلكترونية من", "بالنسخة المدفوعة من":
    an issue or an edition of a paper named right before "من" at p, after "في" or with "ب" (not a
    count, "عدد كبير من", nor a copy handed out, "وزع نسخة من")."""
    for k in range(p - 1, max(0, p - 1 - ISSUE_STEPS), -1):
        if toks[k].key in ISSUE_IN_WORD:
            return True
        if toks[k].key in ISSUE_WORDS:
            return k > 0 and toks[k - 1].key in ISSUE_IN
        if not toks[k].is_word:
            return False
    return False


def governed(lex: SpeechLexicon, text: str, toks: list[Token], i: int, prefix: str, cited) -> bool:
    """The outlet word is the citing word's subject or complement ("ذكرت صحيفة", "وفقا لوكالة",
    "نقلا عن موقع"), or received the statement ("قال مسؤول لوكالة", "في تصريح لـ«صحيفة")."""
    p = i - 1
    while p >= 0 and toks[p].text in QUOTES:
        p -= 1
    if p >= 0 and prefix in ("ب", "وب") and after_programme(toks, i):
        return True  # "في برنامج «..» بقناة ..": the channel that runs the programme (its name's closing mark before)
    if p < 0 or opens_quotation(toks, i, i + 1):
        return False  # "وقال “قناة .. القذرة أكثر من فرح”": the name opens the words quoted
    named = i + 1 < len(toks) and toks[i + 1].text in QUOTES  # "صحيفة «..»": a name in marks follows
    if p > 0 and toks[p].key in PAGES and toks[p - 1].key == THROUGH and spoke_before(lex, toks, p - 1):
        return True  # "وكان فلان قد طالب عبر صفحات جريدة ..": the paper's pages carried his words
    if named and p > 0 and toks[p].key in PAGES and toks[p - 1].key in IN_OR_ON and article_before(toks, p - 1):
        return True  # "في مقالته على صفحات مجلة «..»": the paper's pages between
    prev = toks[p]
    if framed_by_verb(toks, i) or made_by(toks, i) or credited(text, toks, i):
        return True  # "واهتمت صحيفة «..» بـ", "استطلاع أجرته شبكة «..»", "* خدمة «..»"
    recipient = prefix in RECIPIENT_PREFIXES or prev.key == "ل"
    if recipient and said_before(lex, toks, p if prev.key == "ل" else i):
        return True
    if prev.key in GOVERNING_PREPOSITIONS:
        return cited(i)
    if prev.key in IN_OR_ON and (published_before(toks, p) or interviewed_before(lex, toks, p) or (
            named and article_before(toks, p))):
        return True  # "بيان نشر في صحيفة ..", "بثت أخيرا على قناة ..", "في مقابلة مع فلان على قناة .."
    if prev.key == IN and spoke_on_air(lex, toks, i, p):
        return True  # "وقال الوزير في إذاعة .. الحكومية إن"
    if prefix in ("ب", "وب") and (published_before(toks, _before_title(toks, i)) or (named and article_before(toks, i))):
        return True  # "في مقال رأي بصحيفة ..", "في مقاله «..»، بصحيفة ..": "ب" for "في"
    if prev.key in CONDUCTED_WITH and any(lex.has("interview", t, INTERVIEW_PREFIXES)
                                          for t in toks[max(0, p - ADDRESS_STEPS) : p]):
        return True  # "في مقابلة أجرتها معه إذاعة .."
    if p > 0 and lex.has("speech_noun", prev, CITE_PREFIXES) and (
            lex.is_according(toks[p - 1]) or reports(lex, toks[p - 1])):
        return True  # "وأشار تقرير مجلة .. إلى أن": the outlet's report
    if p > 0 and lex.has("speech_noun", prev, LAM_PREFIXES) and lex.is_according(toks[p - 1]):
        return True  # "ووفقا لتقرير صحيفة ..": "ل" after the according word, on the outlet's report
    if p > 0 and prev.is_word and (lex.is_according(toks[p - 1]) and toks[p - 1].key.endswith("ما") or (
            p > 1 and toks[p - 1].key in WHAT_WORDS and lex.is_according(toks[p - 2]))):
        return True  # "بحسب ما نشره موقع ..", "حسبما أوردته قناة ..", "وفقا لما بثه التلفزيون ..": what the outlet published
    if prev.key in ASKED or (prev.key in RELAYED_FROM and p > 0 and lex.has("cite", toks[p - 1], CITE_PREFIXES)):
        return True  # "ردا على أسئلة وكالة ..", "كما نقلت عنها وكالة .."
    if prev.key in SENT_TO:  # "في تصريح إلى قناة ..", "تحدث إلى وكالة ..", "نسخة منه إلى صحيفة .."
        if p > 0 and toks[p - 1].text in "،," and said_before(lex, toks, p - 1, LONG_RECIPIENT_WINDOW, LONG_RECIPIENT_WINDOW):
            return True  # "وقال فلان، المتحدث باسم الشركة، إلى صحيفة ..": a verb of saying before the aside
        return any(addresses(lex, t) for t in toks[max(0, p - ADDRESS_STEPS) : p])
    if prev.key == FROM_ISSUE and _issue_before(toks, p):
        return True  # "وفي عدد اليوم من صحيفة ..": what the paper's issue carried
    if programme_on(toks, p):
        return True  # "ضيفا على برنامج «..» في قناة ..", "في برنامج «..» بقناة ..": the channel that runs the programme
    if prev.key == "عبر":
        # "وقال النائب عبر صحيفة ..", "أطل عبر قناة .. ليؤكد", not "مرت عبر قناة .."
        return spoke_before(lex, toks, p) or speaks_after(lex, toks, i)
    if lex.is_according(prev) or lex.has("cite", prev, CITE_PREFIXES) or lex.has("interview", prev, INTERVIEW_PREFIXES):
        return True
    if prefix in BA_PREFIXES and (cue := lex.cue(prev)) is not None and "ب" in cue.np:
        return False  # "يشيد بإذاعة ..": the object of a verb that takes "ب", what was praised
    # "حصيلة أعلنها التلفزيون ..": a verb of saying with an object pronoun, the outlet its subject
    return (reports(lex, prev) or said_with_object(lex, prev)) and not is_plural_verb(prev)


def _before_title(toks: list[Token], i: int) -> int:
    """Where the title in marks (and its comma) right before token i opens ("في مقاله «..»، بصحيفة"),
    or i when there is none: the article word stands before the title."""
    k = i - 1 if i > 0 and toks[i - 1].text in "،," else i
    if k == 0 or toks[k - 1].text not in QUOTES:
        return i
    return next((m for m in range(k - 2, max(-1, k - 2 - TITLE_TOKENS), -1) if toks[m].text in QUOTES), i)
