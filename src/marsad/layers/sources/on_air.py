"""The outlet the speaker spoke on or through: "وقال الوزير في إذاعة .. إن", "عبر قناة .. ليؤكد".

A broadcaster after "في", "على" or "عبر" is where the words were said when a reporting verb earlier
in its clause spoke (`spoke_on_air`, `spoke_on`), when a verb of saying with the "ل" of purpose or a
participle follows the name (`speaks_after`: "أطل عبر قناة .. ليؤكد"), or when an interview ran
there (`interviewed_before`); a word of the speaker's post before "في" makes it where he works
("وقال مدير البرامج في إذاعة .."). A station word names a broadcaster only with a word of
broadcasting near it (`broadcasting`): a railway station tells no news.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.articles import article_before
from marsad.layers.sources.programmes import after_programme, programme_on
from marsad.layers.sources.statements import (
    CHANNEL_WINDOW,
    INTERVIEW_PREFIXES,
    THROUGH,
    back_in_clause,
    governing_words,
    reports,
    spoke_before,
)
from marsad.layers.sources.words import (
    CORRESPONDENTS,
    HEAD_ROLES,
    MEDIA_ROLES,
    QUOTES,
    SENTENCE_ENDS,
    STATION_WORDS,
    outlet_head,
)
from marsad.lexicons import loader

STATION_STEPS = 7        # words after a station word to the word of broadcasting that makes it a broadcaster
INTERVIEW_WINDOW = 8     # tokens between an interview word and "في"/"على" + the outlet it ran on
IN_OR_ON = governing_words("in_or_on")  # "نشر في صحيفة ..", "بثت على قناة .."
IN = match_key("في")
BROADCASTERS = loader.keyed("source_words_unseen.tsv", "broadcaster", match_key)
POST_WORDS = MEDIA_ROLES | CORRESPONDENTS | HEAD_ROLES | loader.keyed("source_words_unseen.tsv", "staff_word", match_key)  # a post before "في" + a broadcaster: the speaker's workplace
PAGES = loader.keyed("source_words_unseen.tsv", "pages", match_key)
POST_STEPS = 3           # tokens before "في" where the post may stand ("مدير البرامج في إذاعة ..")
SPOKEN_ON = governing_words("spoken_on")  # "قال .. على قناة ..", "قال .. عبر إذاعة .."
PURPOSE_LAM = "ل"
SPEAKS_AFTER_TOKENS = 5  # tokens from an outlet's name to the verb of saying after it ("عبر قناة .. الفضائية ليؤكد")


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


def broadcasting(toks: list[Token], i: int) -> bool:
    """A word of broadcasting within a few words after the station word at i ("لمحطة التلفزيون
    ..", "محطة «..» التلفزيونية")."""
    for t in toks[i + 1 : i + 1 + STATION_STEPS]:
        if t.text in SENTENCE_ENDS:
            return False
        if t.key in STATION_WORDS or any(stem in STATION_WORDS for _, stem in t.splits):
            return True
    return False
