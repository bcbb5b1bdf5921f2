"""Whether a construction cites the outlet an outlet word names: the words that govern it from
before ("ذكرت صحيفة", "بحسب وكالة", "نقلا عن موقع", "نشر في صحيفة", "في مقال رأي بصحيفة", "مقابلة
أجرتها معه إذاعة", "ردا على أسئلة وكالة", "نقلت عنها وكالة", "في تصريح إلى قناة", "وقال .. عبر
صحيفة"), and whether a statement was said to what follows "لـ" ("وقال الوزير لـ«..» إن"). The
outlet's name itself is read by `outlets.py`.
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token, tokenize
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES, SpeechLexicon
from marsad.layers.sources.framing import credited, framed_by_verb, made_by
from marsad.layers.sources.programmes import after_programme, programme_on
from marsad.layers.sources.talk import opens_quotation, talks
from marsad.layers.sources.words import (
    ASKED,
    CLOSING_MARKS,
    CONTACT_WORDS,
    COPY_WORDS,
    CORRESPONDENTS,
    GIVEN_TO,
    GOVERNING_PREPOSITIONS,
    HEAD_ROLES,
    MEDIA_ROLES,
    OBTAINED,
    PUBLISHED_IN,
    QUOTES,
    RECEIVE_WORDS,
    RECEIVED_IT,
    RECIPIENT_PREFIXES,
    SENT_TO,
    SENTENCE_ENDS,
    STATEMENT_GAP,
    STATION_WORDS,
    WROTE,
    is_nisba,
    is_plural_verb,
    lone_lam,
    outlet_head,
    past_marks,
    remit_end,
    stem_in,
)
from marsad.lexicons import loader

GOVERNING_WORDS = "source_words_governing.tsv"


def _words(section: str) -> frozenset[str]:
    """A section of the governing words, as match keys."""
    return loader.keyed(GOVERNING_WORDS, section, match_key)


RECIPIENT_WINDOW = 10    # tokens between a reporting verb and the outlet that received the words
LONG_RECIPIENT_WINDOW = 20  # ... when the statement opens right after the outlet's name
ADDRESS_STEPS = 3        # tokens between an interview, talk or copy word and "إلى" ("نسخة منه إلى")
PUBLISHED_STEPS = 2      # tokens between a word of publishing and "في" + the outlet ("نشرت المقابلة في")
STATION_STEPS = 7        # words after a station word to the word of broadcasting that makes it a broadcaster
WROTE_STEPS = 6          # ... between "كتب" and "في": the writer's name and title may come between ("كتب المحلل فلان الفلاني في")
# longest first: "قالها" is "قال" + "ها", not "قاله" + "ا"
OBJECT_PRONOUNS = tuple(sorted(loader.words(GOVERNING_WORDS, "object_pronoun"), key=len, reverse=True))
OBJECT_VERB_WINDOW = 8   # tokens from a verb of saying with an object pronoun to the outlet the words went to
MIN_VERB_CHARS = 3       # a verb left this long at least once the pronoun is off ("قال" of "قاله")
_OBJECT_VERBS: dict[str, bool] = {}  # match key -> a verb of saying with an object pronoun (the lexicon is one)
TOLD_WINDOW = 20         # tokens between a verb of telling and the outlet told, its subject between (a long one with its description)
TITLE_TOKENS = 12        # words of an article's title in marks between the article and "بصحيفة" ("في مقاله «..»، بصحيفة")
INTERVIEW_WINDOW = 8     # tokens between an interview word and "في"/"على" + the outlet it ran on
CHANNEL_WINDOW = 14      # tokens between a reporting verb and "عبر" + the outlet it spoke through
STATEMENT_STEPS = 4      # tokens after a quoted recipient to the complementiser or colon opening the words
CITE_PREFIXES = VERB_PREFIXES  # "", "و", "ف": before a citing verb or noun ("وذكرت", "فتقرير")
PUBLISHED_PREFIXES = CITE_PREFIXES | {"ب", "وب"}  # "بعموده في صحيفة ..", "بمقاله في ..": "ب" for "في"
FOLLOW_TOKENS = 8        # tokens after an outlet's name to the copy it received ("الإخبارية على نسخة")
ON = match_key("على")     # "حصلت .. على نسخة"
WHAT_WORDS = _words("what")  # "بحسب ما", "وفقا لما": what an outlet published
IN_OR_ON = _words("in_or_on")  # "نشر في صحيفة ..", "بثت على قناة .."
CONDUCTED_WITH = _words("conducted_with")  # "مقابلة أجرتها معه إذاعة .."
RELAYED_FROM = _words("relayed_from")  # "نقلت عنها وكالة ..": the verb's object before its subject
INTERVIEW_PREFIXES = frozenset({"", "و", "ف", "ب", "وب"})
BA_PREFIXES = frozenset({"ب", "وب", "فب"})  # "ب" on an outlet word, with "و" or "ف" before it
OPENING_QUOTES = "«\"“"  # marks that open quoted words ("«..»", "\"..\"", "“..”")
LAM_PREFIXES = frozenset({"ل"})  # "وفقا لتقرير ..": the according word's "ل" on the report
IN = match_key("في")
BROADCASTERS = loader.keyed("source_words_unseen.tsv", "broadcaster", match_key)
POST_WORDS = MEDIA_ROLES | CORRESPONDENTS | HEAD_ROLES | loader.keyed("source_words_unseen.tsv", "staff_word", match_key)  # a post before "في" + a broadcaster: the speaker's workplace
TIME_GAP = loader.keyed("source_words_unseen.tsv", "time_gap", match_key)
WROTE_BY = loader.keyed("source_words_unseen.tsv", "wrote_by", match_key)
ARTICLES = loader.keyed("source_words_unseen.tsv", "article", match_key)
THROUGH = match_key("عبر")  # "عبر قناة ..": through a channel, read as "عبّر" by the speech lexicon
ABOUT = match_key("عن")
SUBJECT_TOKENS = 6  # "وعبر الرئيس .. عن": the verb's subject between it and "عن"
PAGES = loader.keyed("source_words_unseen.tsv", "pages", match_key)
POST_STEPS = 3           # tokens before "في" where the post may stand ("مدير البرامج في إذاعة ..")
SPOKEN_ON = _words("spoken_on")  # "قال .. على قناة ..", "قال .. عبر إذاعة .."
INTERVIEW_OPENERS = _words("interview_opener")  # "لصحيفة .. في مقابلة", "لـ«..» خلال حديثه"
OWNED_OBJECTS = loader.keyed("source_words_unseen.tsv", "owned_object", match_key)
POSSESSORS = loader.keyed("source_words_unseen.tsv", "possessor", match_key)
POSSESSOR_AFTER = _words("possessor_after")


FROM_ISSUE = match_key("من")
ISSUE_WORDS = _words("issue_word")  # "في عدد اليوم من صحيفة": an issue of a paper
ISSUE_IN_WORD = _words("issue_in_word")  # "منشور بالنسخة المدفوعة من صحيفة ..": "ب" for "في"
ISSUE_IN = _words("issue_in")
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


def said_before(lex: SpeechLexicon, toks: list[Token], i: int, window: int = RECIPIENT_WINDOW,
                verb_within: int = RECIPIENT_WINDOW) -> bool:
    """A reporting verb or an interview word earlier in the clause, and no complementiser in
    between: the words were said TO what follows ("وقال الوزير لـ«..» إن", not "قال إن ... لـ")."""
    if (media := _singled_out_of_media(toks, i)) is not None:
        return said_before(lex, toks, media, LONG_RECIPIENT_WINDOW, LONG_RECIPIENT_WINDOW) or any(
            talks(toks[k]) for k in back_in_clause(lex, toks, media, LONG_RECIPIENT_WINDOW))  # "وتحدث .. لوسائل الإعلام"
    if possessed(toks, i):
        return False
    k = i - 1
    while k >= 0 and i - k <= window and toks[k].text not in SENTENCE_ENDS:
        t = toks[k]
        if t.text in QUOTES and (opening := _quoted_name_start(toks, k)) is not None:
            k = opening - 1  # "وكشفت شركة “سكاي تران” لشبكة ..": a name in marks, the verb before it
            continue
        if lex.is_comp(t) or t.text in QUOTES or t.text == ":" or _owned_object(toks, k, i):
            return False
        cue = None if _through(toks, k) else lex.cue(t)
        if (cue is not None and cue.form in ("past", "present", "participle") or said_it_near(lex, toks, k, i)) and (
                i - k <= verb_within):
            return True
        if lex.has("interview", t, INTERVIEW_PREFIXES) or t.key in GIVEN_TO:
            return True  # "في مقابلة لـ«..»", "خلال تصريحاته لـ«..»"
        k -= 1
    return False


def possessed(toks: list[Token], i: int) -> bool:
    """A gathering or a parent company right before token i (the "ل" or the outlet carrying it),
    one definite adjective allowed between: "ل" says whose it is ("في المؤتمر الأول لـ«..»", "الشركة
    الأم لقناة ..") and the words the verb before it reports went to no one there."""
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES + "(":
        k -= 1
    if k >= 0 and k < i - 1 and (lone_lam(toks[k]) or (
            (head := outlet_head(toks[k])) is not None and head[2].endswith("ل"))):
        k -= 1  # "المؤتمر الأول لـ«..»", "الشركة الأم لقناة «..»": back over the "ل" or the outlet word carrying it
    if k >= 0 and toks[k].key.removeprefix("و") not in POSSESSORS and toks[k].key.startswith("ال"):
        k -= 1  # "المؤتمر الأول لـ": the adjective of the gathering
    if k < 0 or toks[k].key.removeprefix("و") not in POSSESSORS:
        return False
    # "رئيس المهرجان لـ«..»": the gathering closes a construct, the speaker's post; it owns the name
    # only after a preposition or a definite noun it describes ("في المؤتمر", "الشركة الأم")
    head = toks[k - 1] if k > 0 else None
    return head is None or not head.is_word or head.key in POSSESSOR_AFTER or head.key.removeprefix("و").startswith("ال")


def _owned_object(toks: list[Token], k: int, i: int) -> bool:
    """Token k is an indefinite noun of something an outlet runs or plans ("برامج", "خطة"), the
    object of the verb before it, followed by an indefinite adjective or by the outlet at token i:
    "ل" + the outlet says whose it is ("يعلن برامج جديدة للقناة .."), not who heard the words."""
    if toks[k].key.removeprefix("و") not in OWNED_OBJECTS:
        return False
    nxt = toks[k + 1]
    return k + 1 == i or (nxt.is_word and not nxt.key.startswith("ال"))


SINGLING_OUT = _words("singling_out")
MEDIA_AUDIENCE = _words("media_audience")
MEDIA_STEPS = 3  # tokens back from the singling-out word to the media it picks from ("لوسائل الإعلام المحلية،")


def _singled_out_of_media(toks: list[Token], i: int) -> int | None:
    """"تحدث .. لوسائل الإعلام وتحديداً للقناة ..": the outlet at token i (its "ل" on it or before it)
    picked out of the media the words went to; the index of that media word, whose "ل" the verb
    of saying governs (further back than usual: the media are an audience, never a possessor)."""
    k = i - 1
    while k >= 0 and toks[k].text in "،,":
        k -= 1
    if k < 0 or toks[k].key not in SINGLING_OUT:
        return None
    return next((m for m in range(k - 1, max(-1, k - 1 - MEDIA_STEPS), -1) if toks[m].key in MEDIA_AUDIENCE), None)


def _through(toks: list[Token], k: int) -> bool:
    """"عبر مواقع التواصل لمجلة ..": "عبر" is the preposition "through", not the verb "عبّر", unless
    "عن" follows in its clause within a subject's length ("عبر عن", "وعبر رمضان قاديروف عن")."""
    if toks[k].key.removeprefix("و") != THROUGH:
        return False
    for t in toks[k + 1 : k + 1 + SUBJECT_TOKENS]:
        if t.key == ABOUT:
            return False
        if t.kind == "punct":
            break
    return True


QUOTED_NAME_WORDS = 4  # words of a name in marks that said_before steps over


def _quoted_name_start(toks: list[Token], close: int) -> int | None:
    """The opening mark of a short name in marks closing at token `close` ("شركة “سكاي تران”"),
    its words only between and a word before it; None when the marks hold more (quoted words)."""
    for k in range(close - 1, max(-1, close - 2 - QUOTED_NAME_WORDS), -1):
        if toks[k].text in QUOTES:
            return k if k < close - 1 and k > 0 and toks[k - 1].is_word else None
        if not toks[k].is_word:
            return None
    return None


def said_with_object(lex: SpeechLexicon, tok: Token) -> bool:
    """A verb of saying whose object pronoun is the statement or the figure itself ("بحسب ما قاله
    مسؤولون لوكالة ..", "حصيلة أعلنها مسؤولون للصحيفة", "القصة التي ترويها لـ«..»", "خسائر قدرتها
    صحيفة .."): the lexicon lists the bare verb ("قال", "أعلن"), and with the pronoun it still tells
    whom the words went to, or, with the outlet right after it, who said them."""
    if not tok.is_word or tok.text.endswith("ة"):
        return False  # "رؤية": the match key folds a final "ة" into the pronoun's "ه"
    key = tok.key
    hit = _OBJECT_VERBS.get(key)
    if hit is None:
        pronoun = next((p for p in OBJECT_PRONOUNS if key.endswith(p) and len(key) - len(p) >= MIN_VERB_CHARS), "")
        bare = key[: -len(pronoun)] if pronoun else ""
        # "ترويها": the lexicon may list the present with "ي" only ("يروي"); "ت" is the same verb
        forms = (bare, "ي" + bare[1:]) if bare.startswith("ت") else (bare,)
        hit = _OBJECT_VERBS[key] = pronoun != "" and any(_reports(lex, form) for form in forms)
    return hit


def said_it_near(lex: SpeechLexicon, toks: list[Token], k: int, i: int) -> bool:
    """Token k is a verb of saying with an object pronoun a few tokens before token i: further
    back, the words after it are the statement's ("بحسب ما نقلته الوكالة «.. أفضل طريقة لـ«..»")."""
    return i - k <= OBJECT_VERB_WINDOW and said_with_object(lex, toks[k])


def _reports(lex: SpeechLexicon, form: str) -> bool:
    toks = tokenize(form)
    return len(toks) == 1 and reports(lex, toks[0])


def addresses(lex: SpeechLexicon, tok: Token) -> bool:
    """An interview, a talk or a copy: what "إلى" + an outlet after it was given to."""
    return tok.is_word and (lex.has("interview", tok, INTERVIEW_PREFIXES) or tok.key in COPY_WORDS
                            or any(stem in CONTACT_WORDS for _, stem in tok.splits))


def long_recipient(lex: SpeechLexicon, toks: list[Token], i: int, prefix: str, end: int) -> bool:
    """"وقال فلان أحد الذين التقاهم الرئيس أمس لراديو .. إن": an outlet after "ل" that
    received a statement opening right after its name, the verb further back than usual."""
    end = past_marks(toks, end)  # "لوكالة «..»: «...»"
    return (prefix.endswith("ل") and (opens_statement(lex, toks, end) or interviewed_after(lex, toks, end))
            and said_before(lex, toks, i, LONG_RECIPIENT_WINDOW, LONG_RECIPIENT_WINDOW))


def interviewed_after(lex: SpeechLexicon, toks: list[Token], k: int) -> bool:
    """"وقال .. لصحيفة .. الألمانية في مقابلة نشرت ..", "لـ«..» خلال تصريحاته إن": the interview
    the outlet ending before token k was given opens right after its name and adjectives."""
    while k < len(toks) and (toks[k].text in CLOSING_MARKS or toks[k].text in "،," or is_nisba(toks[k], definite=True)):
        k += 1
    return (k + 1 < len(toks) and toks[k].key in INTERVIEW_OPENERS
            and (lex.has("interview", toks[k + 1], INTERVIEW_PREFIXES) or toks[k + 1].key in GIVEN_TO))


def back_in_clause(lex: SpeechLexicon, toks: list[Token], i: int, window: int) -> Iterator[int]:
    """The tokens before i, nearest first, at most `window` of them, up to the end of the sentence
    before or a complementiser: the clause's own words."""
    for k in range(i - 1, max(-1, i - 1 - window), -1):
        t = toks[k]
        if t.text in SENTENCE_ENDS or lex.is_comp(t):
            return
        yield k


def spoke_before(lex: SpeechLexicon, toks: list[Token], i: int) -> bool:
    """A reporting verb earlier in the sentence and no complementiser between: what follows
    "عبر" at i is the channel the words went through."""
    return any(reports(lex, toks[k]) for k in back_in_clause(lex, toks, i, CHANNEL_WINDOW))


WORDS_OPENING = "«“"  # marks that open quoted words (a straight '"' may close a name as well)


def opens_statement(lex: SpeechLexicon, toks: list[Token], k: int) -> bool:
    """A complementiser or a colon within a few tokens from k, with no sentence end between
    ("لـ«..» إن", "لـ«..»، أن", "لـ«..» الثلاثاء الماضي إن", "لـ«..»: «...»")."""
    comma = False
    for t in toks[k : k + STATEMENT_STEPS]:
        if t.text == ":" or (t.is_word and lex.is_comp(t)):
            return True
        if comma and t.text in WORDS_OPENING:
            return True  # "لوكالة ..، «المفاوضات متعثرة»": the words in marks after a comma
        comma = comma or t.text in "،,"
        if t.text not in "،," and t.key not in STATEMENT_GAP:
            return False  # "دعا لـ«الحوار» بين الأطراف إن أمكن": a phrase goes on, no statement
    return False


def reports(lex: SpeechLexicon, tok: Token) -> bool:
    """A reporting verb, past or present, that is not ambiguous."""
    cue = lex.cue(tok)
    return cue is not None and cue.form in ("past", "present") and "ambig" not in cue.flags


def _published(tok: Token, words: frozenset[str] = PUBLISHED_IN) -> bool:
    return stem_in(tok, words, PUBLISHED_PREFIXES)


TITLED = match_key("بعنوان")
TITLE_WORDS_AROUND = 8  # words of a column's title in marks on either side of a name inside it


def inside_title(toks: list[Token], i: int, j: int) -> bool:
    """The name at tokens i..j stands with other words inside the marks of a title that an article
    word or "بعنوان" opens ("في مقاله «فكونا من الرياض»", "مقالا بعنوان «عكاظ والمثقفون»"): a word
    of the title, not the outlet cited. A name alone in the marks is left to the citing rules."""
    opening = next((k for k in range(i - 1, max(-1, i - 1 - TITLE_WORDS_AROUND), -1)
                    if not toks[k].is_word), None)
    if opening is None or toks[opening].text not in QUOTES or opening == 0:
        return False
    before = toks[opening - 1]
    if not (before.key == TITLED or _published(before, ARTICLES)):
        return False
    closing = next((m for m in range(j, min(len(toks), j + TITLE_WORDS_AROUND)) if not toks[m].is_word), None)
    if closing is None or toks[closing].text not in QUOTES:
        return False
    return not (opening == i - 1 and closing == j)


def published_before(toks: list[Token], p: int) -> bool:
    """A word of publishing just before token p ("نشر في"), or "كتب" with the writer's name
    between ("كتب المحلل فلان الفلاني في")."""
    k = p  # "تقرير اليوم السبت في صحيفة ..", "نشر هذا الأسبوع في": words of time between are passed over
    while k > 0 and (toks[k - 1].key in STATEMENT_GAP or toks[k - 1].key in TIME_GAP):
        k -= 1
    return (any(_published(toks[m]) and not (m > 0 and toks[m - 1].key in EVENT_OF)
                for m in range(max(0, k - PUBLISHED_STEPS), k))
            or any(_published(t, WROTE | WROTE_BY) for t in toks[max(0, p - WROTE_STEPS) : p]))


def article_before(toks: list[Token], p: int) -> bool:
    """An article or a column word within WROTE_STEPS before token p ("في"/"على"), not one the
    text dates or blames something by ("منع من الكتابة بعد مقال في جريدة ..": no words taken from it)."""
    return any(_published(toks[m], ARTICLES) and not (m > 0 and toks[m - 1].key in EVENT_OF)
               for m in range(max(0, p - WROTE_STEPS), p))


EVENT_OF = _words("event_of")


def told(lex: SpeechLexicon, toks: list[Token], i: int, j: int) -> bool:
    """"أبلغ فلان رئيس الاتحاد رويترز أنه ..": the outlet at tokens i..j, right before the
    complementiser, is the one a verb of telling earlier in the clause told (its closing mark
    may stand between: "أبلغ مسؤول وكالة أنباء «..» بأن")."""
    quoted = j < len(toks) and toks[j].text in OPENING_QUOTES  # "أبلغ فلان رويترز «..»": the words quoted
    j = past_marks(toks, j)
    if j < len(toks):
        j = remit_end(toks, j)  # "وأبلغ فلان وكالة «رويترز» للأنباء: «..»"
    if j >= len(toks) or not (quoted or lex.is_comp(toks[j]) or toks[j].text == ":"):
        return False
    for k in range(i - 1, max(-1, i - 1 - TOLD_WINDOW), -1):
        t = toks[k]
        if t.text in SENTENCE_ENDS or t.text in "،,:" or lex.is_comp(t):
            return False
        cue = lex.cue(t)
        if cue is not None:
            return "tell" in cue.flags and cue.form in ("past", "present")
    return False


def spoke_on(lex: SpeechLexicon, toks: list[Token], i: int) -> bool:
    """"وقال الوزير قبل أسابيع على محطة الـ«سي إن إن» إن ..": a known outlet at i, after its
    outlet word, on or through which a reporting verb earlier in the sentence spoke."""
    k = i - 1
    while k >= 0 and (toks[k].text in QUOTES + "(" or toks[k].key.rstrip("ـ") == "ال"):
        k -= 1
    head = outlet_head(toks[k]) if k >= 0 else None
    if head is not None and head[2] in ("ب", "وب") and after_programme(toks, k):
        return True  # "في برنامج «..» بقناة «..»": the channel that runs the programme
    if head is None or head[2]:
        return False
    if k > 0 and programme_on(toks, k - 1):
        return True  # "ضيفا على برنامج «..» على قناة «..»"
    q = k - 2 if k > 1 and toks[k - 1].key in PAGES else k - 1
    if q < k - 1 and toks[q].key == THROUGH and spoke_before(lex, toks, q):
        return True  # "طالب عبر صفحات جريدة «..»"
    if q >= 0 and toks[q].key in IN_OR_ON and article_before(toks, q):
        return True  # "كتب فلان في مقالته على صفحات مجلة «..»", "نشر مقالا بالعربية في صحيفة «..»"
    if k > 0 and toks[k - 1].key == IN and spoke_on_air(lex, toks, k, k - 1):
        return True  # "وقال الوزير في قناة «..» إن"
    return k > 0 and toks[k - 1].key in SPOKEN_ON and (spoke_before(lex, toks, k - 1) or speaks_after(lex, toks, i) or (
        toks[k - 1].key in IN_OR_ON and interviewed_before(lex, toks, k - 1)))


PURPOSE_LAM = "ل"
SPEAKS_AFTER_TOKENS = 5  # tokens from an outlet's name to the verb of saying after it ("عبر قناة .. الفضائية ليؤكد")


def _purpose_verb(lex: SpeechLexicon, tok: Token) -> bool:
    """"ليؤكد", "لتعلن": the "ل" of purpose on an unambiguous present verb of saying, read off
    the token's own clitic readings (the lexicon lists the bare verb)."""
    key = tok.key
    for _, stem in tok.splits:
        if key[: len(key) - len(stem)] == PURPOSE_LAM:
            entry = lex.verbs.get(stem)
            return entry is not None and entry[1] == "present" and "ambig" not in entry[3]
    return False


def speaks_after(lex: SpeechLexicon, toks: list[Token], i: int) -> bool:
    """"وأطل الوزير عبر قناة «..» ليؤكد أن", "ظهر على شاشة .. قائلا": the outlet's name from token i,
    then in its clause a verb of saying with the "ل" of purpose, or a participle of saying: the
    speaker appeared on the outlet to say the words."""
    for t in toks[i + 1 : i + 1 + SPEAKS_AFTER_TOKENS]:
        if t.text in QUOTES:
            continue
        if not t.is_word:
            return False
        if len(t.text) > 3 and _purpose_verb(lex, t):
            return True
        cue = lex.cue(t)
        if cue is not None:
            return cue.form == "participle" and "ambig" not in cue.flags
    return False


def spoke_on_air(lex: SpeechLexicon, toks: list[Token], i: int, p: int) -> bool:
    """"وقال وزير الدفاع في إذاعة .. إن": the broadcaster word at i after "في" at p, a reporting verb
    earlier in the clause and neither a complementiser nor a word of the speaker's post right
    before "في" ("وقال المذيع في قناة ..": where he works)."""
    if not any(stem in BROADCASTERS and toks[i].key[: len(toks[i].key) - len(stem)] == ""
               for _, stem in toks[i].splits):
        return False
    if p == 0 or not toks[p - 1].is_word or any(stem in POST_WORDS for t in toks[max(0, p - POST_STEPS) : p]
                                                 for _, stem in t.splits):
        return False  # "وقال مدير البرامج في إذاعة ..", "قال فلان، المسؤول في قناة ..": where he works
    for k in back_in_clause(lex, toks, p, CHANNEL_WINDOW):
        if toks[k].text in "،,":
            return False  # "قال فلان، .. في قناة ..": an aside describing the speaker
        if reports(lex, toks[k]):
            return True
    return False


def interviewed_before(lex: SpeechLexicon, toks: list[Token], p: int) -> bool:
    """An interview word earlier in the sentence and no complementiser between: the outlet after
    "في" or "على" at p is where the interview ran ("خلال مقابلة مع برنامج «..» على تلفزيون ..",
    "في مقابلة أجريت مع فلان في تلفزيون ..")."""
    word = next((k for k in back_in_clause(lex, toks, p, INTERVIEW_WINDOW)
                 if toks[k].is_word and lex.has("interview", toks[k], INTERVIEW_PREFIXES)), None)
    return word is not None and (word == 0 or toks[word - 1].text not in QUOTES + "(")  # "زاوية (لقاء)": a column's title


def _before_title(toks: list[Token], i: int) -> int:
    """Where the title in marks (and its comma) right before token i opens ("في مقاله «..»، بصحيفة"),
    or i when there is none: the article word stands before the title."""
    k = i - 1 if i > 0 and toks[i - 1].text in "،," else i
    if k == 0 or toks[k - 1].text not in QUOTES:
        return i
    return next((m for m in range(k - 2, max(-1, k - 2 - TITLE_TOKENS), -1) if toks[m].text in QUOTES), i)


def broadcasting(toks: list[Token], i: int) -> bool:
    """A word of broadcasting within a few words after the station word at i ("لمحطة التلفزيون
    ..", "محطة «..» التلفزيونية")."""
    for t in toks[i + 1 : i + 1 + STATION_STEPS]:
        if t.text in SENTENCE_ENDS:
            return False
        if t.key in STATION_WORDS or any(stem in STATION_WORDS for _, stem in t.splits):
            return True
    return False


def is_receive(tok: Token) -> bool:
    """A verb of receiving or obtaining ("تلقت", "حصلت", "اطلعت")."""
    return tok.is_word and any(stem in RECEIVE_WORDS for _, stem in tok.splits)


def obtained_by(toks: list[Token], i: int) -> bool:
    """"معلومات حصلت عليها وكالة ..", "واطلعت عليه صحيفة «..»": the outlet (its outlet word or
    name at token i) obtained or saw what the article reports; "في بيان تلقته وكالة ..": the
    statement it received."""
    p = i - 1
    while p >= 0 and toks[p].text in QUOTES:
        p -= 1
    if p >= 0 and toks[p].is_word and any(stem in RECEIVED_IT for _, stem in toks[p].splits):
        return True
    return p > 0 and toks[p].key in OBTAINED and is_receive(toks[p - 1])


def received_copy(toks: list[Token], j: int) -> bool:
    """A copy, a document or a recording within a few words after token j (the end of an outlet's
    name), nothing but words, quotation marks and brackets between: "وتلقت وكالة .. نسخة منه", "حصلت
    خدمة «..» الإخبارية على نسخة منها", "تلقت وكالة الأنباء .. (كونا) نسخة منه" (the agency's short
    name in brackets after its full one)."""
    for k in range(j, min(j + FOLLOW_TOKENS, len(toks))):
        t = toks[k]
        if not t.is_word and t.text not in QUOTES + "()":
            return False
        if t.key in COPY_WORDS or (t.key == ON and k + 1 < len(toks) and toks[k + 1].key in COPY_WORDS):
            return True
    return False
