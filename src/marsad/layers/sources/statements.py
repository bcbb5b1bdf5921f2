"""Whether words were said to the outlet that follows: "وقال الوزير لـ«..» إن", "أبلغ فلان رويترز أن".

A reporting verb or an interview word earlier in the clause, with no complementiser between, makes
the outlet after "لـ" the words' hearer (`said_before`); a gathering or a parent company before
"لـ" makes it their owner instead (`possessed`: "الشركة الأم لقناة «..»"). A verb of saying with an
object pronoun ("بحسب ما قاله مسؤولون لوكالة ..") counts as the bare verb, and a statement opening
right after the name ("لـ«..» إن", "لـ«..»: «...»") lets the verb stand further back. The words of
`lexicons/source_words_governing.tsv` are read here (`governing_words`).
"""

from __future__ import annotations

from collections.abc import Iterator

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token, tokenize
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.talk import talks
from marsad.layers.sources.words import (
    CLOSING_MARKS,
    CONTACT_WORDS,
    COPY_WORDS,
    GIVEN_TO,
    QUOTES,
    SENTENCE_ENDS,
    STATEMENT_GAP,
    is_nisba,
    lone_lam,
    outlet_head,
    past_marks,
    remit_end,
)
from marsad.lexicons import loader

GOVERNING_WORDS = "source_words_governing.tsv"


def governing_words(section: str) -> frozenset[str]:
    """A section of the governing words, as match keys."""
    return loader.keyed(GOVERNING_WORDS, section, match_key)


RECIPIENT_WINDOW = 10    # tokens between a reporting verb and the outlet that received the words
LONG_RECIPIENT_WINDOW = 20  # ... when the statement opens right after the outlet's name
# longest first: "قالها" is "قال" + "ها", not "قاله" + "ا"
OBJECT_PRONOUNS = tuple(sorted(loader.words(GOVERNING_WORDS, "object_pronoun"), key=len, reverse=True))
OBJECT_VERB_WINDOW = 8   # tokens from a verb of saying with an object pronoun to the outlet the words went to
MIN_VERB_CHARS = 3       # a verb left this long at least once the pronoun is off ("قال" of "قاله")
_OBJECT_VERBS: dict[str, bool] = {}  # match key -> a verb of saying with an object pronoun (the lexicon is one)
TOLD_WINDOW = 20         # tokens between a verb of telling and the outlet told, its subject between (a long one with its description)
CHANNEL_WINDOW = 14      # tokens between a reporting verb and "عبر" + the outlet it spoke through
STATEMENT_STEPS = 4      # tokens after a quoted recipient to the complementiser or colon opening the words
INTERVIEW_PREFIXES = frozenset({"", "و", "ف", "ب", "وب"})
OPENING_QUOTES = "«\"“"  # marks that open quoted words ("«..»", "\"..\"", "“..”")
THROUGH = match_key("عبر")  # "عبر قناة ..": through a channel, read as "عبّر" by the speech lexicon
ABOUT = match_key("عن")
SUBJECT_TOKENS = 6  # "وعبر الرئيس .. عن": the verb's subject between it and "عن"
INTERVIEW_OPENERS = governing_words("interview_opener")  # "لصحيفة .. في مقابلة", "لـ«..» خلال حديثه"
OWNED_OBJECTS = loader.keyed("source_words_unseen.tsv", "owned_object", match_key)
POSSESSORS = loader.keyed("source_words_unseen.tsv", "possessor", match_key)
POSSESSOR_AFTER = governing_words("possessor_after")


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


SINGLING_OUT = governing_words("singling_out")
MEDIA_AUDIENCE = governing_words("media_audience")
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
