"""The outlet that received the words: "قال .. لرويترز", "في تصريح لـ«..»", "بيان وصلت نسخة منه إلى ..".

A name after "لـ" is the hearer of a statement only when a verb of saying or an interview word
governs it within its clause ("وقال مصدر أمني لوكالة .. إن"), past the asides between commas of a
long subject; elsewhere "لـ" is any preposition ("الشركة الأم لقناة «..»", "انتقال اللاعب
لـ«الجزيرة»"). The outlet that received a copy or obtained a document ("وتلقت وكالة .. نسخة منه",
"محضر اطلعت عليه «..»"), the one a verb of relaying took the words from ("نقلت .. عن وكالة ..") and
a citing word right before a mark ("بحسب «..»") are read here too. Each test takes the speech
lexicon first, like those of `statements.py`.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES, SpeechLexicon
from marsad.layers.sources.coordinated import before_first_of_pair, past_second
from marsad.layers.sources.obtained import is_receive, obtained_by, received_copy
from marsad.layers.sources.statements import INTERVIEW_PREFIXES, opens_statement, possessed, said_it_near
from marsad.layers.sources.talk import replied, to_correspondent
from marsad.layers.sources.words import (
    COPY_WORDS,
    DASHES,
    GIVEN_TO,
    QUOTES,
    SENT_TO,
    SENTENCE_ENDS,
    is_plural_verb,
    lone_lam,
    outlet_head,
    past_marks,
    stem_in,
)
from marsad.lexicons import loader

SAID_TO_TOKENS = 15      # tokens back from an agency to the verb or interview of the words it received
MOVEMENT = loader.keyed("source_words_unseen.tsv", "movement", match_key)
MOVEMENT_STEPS = 4       # tokens from a noun of moving to the "لـ" before a name in marks
ASIDE_TOKENS = 40        # tokens of the asides between commas that part a verb from the agency it spoke to
RELAY_TOKENS = 10        # tokens between a verb of relaying and "عن" + the outlet relayed ("نقلت قناة «..» الرسمية عن")
RELAY_VERBS = frozenset(map(match_key, ("نقلت", "نقل", "تنقل", "ينقل")))
FROM = match_key("عن")
ASIDE_COMMAS = 3         # commas opening those asides
COPY_STEPS = 3           # tokens between the copy and the preposition sending it ("نسخة منه إلى")
ACCORDING_TO_LAM = 3     # tokens from an according word to the "لـ" of the outlet ("حسب مصادر لـ«..»")


def cites_right_before(lex: SpeechLexicon, toks: list[Token], mark: int) -> bool:
    """The word right before the opening mark at `mark` cites what follows: "بحسب «..»",
    "وذكرت «..»", "وفقا لـ«..»"; "وقال الوزير «..»" is a quotation, not a source."""
    k = mark - 1
    if k >= 0 and lone_lam(toks[k]):
        k -= 1
    if k < 0 or not toks[k].is_word:
        return False
    cue = lex.cue(toks[k])
    return (lex.is_according(toks[k]) or lex.has("cite", toks[k], VERB_PREFIXES)
            or (cue is not None and cue.form in ("past", "present") and not is_plural_verb(toks[k])))


def received(toks: list[Token], i: int, j: int) -> bool:
    """"وتلقت وكالة ... نسخة منه": the agency received the document the article reports;
    "معلومات حصلت عليها وكالة ..", "محضر اطلعت عليه «..»": what it obtained or saw."""
    if obtained_by(toks, i):
        return True  # "واطلعت عليه «رويترز»"
    b = i - 1
    while b >= 0 and toks[b].text in QUOTES:
        b -= 1
    if b > 0 and (head := outlet_head(toks[b])) is not None and head[2] == "":
        b -= 1  # "وحصلت صحيفة «..» على وثائق": the outlet word between the verb and the name
    b = before_first_of_pair(toks, b)  # "وحصلت «..» و«..» على": the second name of a pair
    # "وحصلت «..» و«..» على وثائق": what the pair obtained follows the second name
    return b >= 0 and is_receive(toks[b]) and received_copy(toks, past_second(toks, j))


def said_to(lex: SpeechLexicon, toks: list[Token], i: int, prefix: str, j: int | None = None) -> bool:
    """"قال ... لرويترز", "في تصريح لـ«رويترز»": the agency the words were said to; with the
    end j of its name, also past asides between commas when the words open right after the
    name ("وقال المتحدث، الذي طلب عدم نشر اسمه لأنه غير مخول بالحديث، لرويترز إن")."""
    if possessed(toks, i):
        return False  # "الشركة الأم لقناة «..»": whose it is, not who heard the words
    before = i - 1
    while before >= 0 and toks[before].text in QUOTES + "(":
        before -= 1
    # "لـ«رويترز»", "لـ(إيه بي سي)"; "يقول أحدهم لمراسل «..» في طهران": to its correspondent
    to_outlet = before >= 0 and (lone_lam(toks[before]) or to_correspondent(toks[before]) or (
        toks[i - 1].text == "(" and (word := outlet_head(toks[before])) is not None and word[2].endswith("ل")))  # "لمحطة (بي.بي.سي)"
    if (not to_outlet and before > 0 and (head := outlet_head(toks[before])) is not None and head[2] == ""
            and to_correspondent(toks[before - 1])):
        before -= 1  # "وصرح .. لمراسل وكالة بلومبيرغ": the outlet word between the correspondent and the name
        to_outlet = True
    if not (to_outlet or prefix.endswith("ل")):
        return False
    statement = before - 1 if to_outlet else before
    if statement >= 0 and (toks[statement].key in GIVEN_TO or replied(toks, statement)):
        return True  # "وأوضح ... في بيانه لوكالة ..", "في رد مكتوب لوكالة ..": the statement went to the agency
    opens = j is not None and (opens_statement(lex, toks, past_marks(toks, j)) or (
        # "لرويترز "مهمتنا ..."": a mark right after a name written without marks opens the words
        not to_outlet and toks[i - 1].text not in QUOTES and j + 1 < len(toks) and toks[j].text in QUOTES
        and toks[j + 1].is_word))
    # the words opening after the name ("وتقول آن .. لوكالة ..: «"), a complementiser-like word
    # before it is no statement the name is in
    if spoken_before(lex, toks, i, verbs_past_comp=opens) is not None:
        return True
    if not opens:
        return False
    if before >= 0 and lone_lam(toks[before]) and verb_back(lex, toks, before):
        # "وقالت فلانة التي شاركت في .. والدة الميترا لـ«رويترز» بأن": "لـ" written apart and
        # the words opening right after the name, the verb before a long subject
        return True
    if not to_outlet and verb_back(lex, toks, i):
        return True  # "وقال فلان .. الرئيس السابق في شركة الدواء «..» لرويترز إن": "ل" glued to the name
    if any(spoken_before(lex, toks, comma, verbs_past_comp=True) is not None for comma in aside_commas(toks, statement)):
        return True
    # "وقال أحد العناصر في الميليشيا التي تقاتل «..» إلى جانب الجيش، لوكالة .. إن": a long
    # subject closed by a comma or a dash, the verb further back than the usual reach
    return statement >= 0 and toks[statement].text in "،," + DASHES and verb_back(lex, toks, statement)


def relayed(lex: SpeechLexicon, toks: list[Token], k: int) -> bool:
    """A verb of relaying ("نقلت") within RELAY_TOKENS before "عن" at k, with no complementiser
    or sentence end between: what follows "عن" is where the words were taken from."""
    for m in range(k - 1, max(-1, k - 1 - RELAY_TOKENS), -1):
        t = toks[m]
        if t.text in SENTENCE_ENDS or t.text == ":" or lex.is_comp(t):
            return False
        if stem_in(t, RELAY_VERBS, VERB_PREFIXES):
            return True
    return False


def verb_back(lex: SpeechLexicon, toks: list[Token], k: int) -> bool:
    """A reporting verb within ASIDE_TOKENS before token k, in its sentence, with no
    complementiser or colon between."""
    for m in range(k - 1, max(-1, k - ASIDE_TOKENS), -1):
        t = toks[m]
        if t.text in SENTENCE_ENDS or t.text == ":" or lex.is_comp(t):
            return False
        cue = lex.cue(t)
        if cue is not None and cue.form in ("past", "present") and not is_plural_verb(t):
            return True
    return False


def said_here(lex: SpeechLexicon, toks: list[Token], i: int) -> bool:
    """The name at token i, after "لـ" and a mark, received the words of its own clause: a
    statement right before ("في تصريح لـ«..»") or a verb of saying with no complementiser between."""
    statement = i - 3
    if statement >= 0 and (toks[statement].key in GIVEN_TO or replied(toks, statement)):
        return True
    if possessed(toks, i):
        return False  # "في المؤتمر الأول لـ«..»": the gathering's owner
    if any(t.key in MOVEMENT for t in toks[max(0, i - 2 - MOVEMENT_STEPS) : i - 2]):
        return False  # "انتقال “نيفيز” لـ”الجزيرة”": where the player moves, a club
    for k in range(statement, max(-1, statement - ACCORDING_TO_LAM), -1):
        if toks[k].text in SENTENCE_ENDS:
            break
        if lex.is_according(toks[k]):
            return True  # "وحسب مصادر لـ«..»", "حسبما عددها لـ«..»"
    return spoken_before(lex, toks, i, stop_at_comp=True) is not None


def spoken_before(lex: SpeechLexicon, toks: list[Token], i: int, stop_at_comp: bool = False,
                  verbs_past_comp: bool = False) -> str | None:
    """"verb" or "interview" when a reporting verb or an interview word comes a few words
    before token i in its sentence (and, with `stop_at_comp`, no complementiser between), else None.
    A verb past a complementiser counts only with `verbs_past_comp`: otherwise the name is in
    the words that verb said ("وأوضح أن المتابع لقناة .. يلاحظ")."""
    lo = i - 1
    in_words = False  # a complementiser passed: a verb further back said the words the name is in
    while lo >= 0 and i - lo <= SAID_TO_TOKENS and toks[lo].text not in SENTENCE_ENDS:
        if toks[lo].text == ":" or stop_at_comp and lex.is_comp(toks[lo]):
            # "وقال اللاعب: أتمنى اللعب لـ«..»", "وأضاف: «أفضل طريقة لفاينانشال تايمز أن ..»":
            # the words opened before the name, which is in them, not their recipient
            return None
        in_words = in_words or (not verbs_past_comp and lex.is_comp(toks[lo]))
        cue = lex.cue(toks[lo])
        if (cue is not None and cue.form in ("past", "present", "participle") or said_it_near(lex, toks, lo, i)) and (
                not in_words):  # "وأوضح فلان أن المتابع لقناة .. يلاحظ": the channel is in what he said
            return "verb"
        if lex.has("interview", toks[lo], INTERVIEW_PREFIXES):
            return "interview"
        lo -= 1
    return None


def aside_commas(toks: list[Token], k: int) -> list[int]:
    """The commas that open the asides ending with a comma at token k, nearest first (at most
    ASIDE_COMMAS of them, within ASIDE_TOKENS and the sentence); none when token k is no comma."""
    if k < 0 or toks[k].text not in "،,":
        return []
    out = []
    for m in range(k - 1, max(-1, k - ASIDE_TOKENS), -1):
        if toks[m].text in SENTENCE_ENDS or len(out) >= ASIDE_COMMAS:
            break
        if toks[m].text in "،,":
            out.append(m)
    return out


def sent_a_copy(toks: list[Token], i: int, prefix: str) -> bool:
    """"بيان وصلت نسخة منه إلى ..", "أرسل نسخة منها لـ..": the agency a copy went to."""
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    if k < 0 or not (toks[k].key in SENT_TO or lone_lam(toks[k]) or prefix.endswith("ل")):
        return False
    return any(t.key in COPY_WORDS for t in toks[max(0, k - COPY_STEPS) : k])


def before_marks(toks: list[Token], i: int) -> int:
    """The index of the token before token i, quotation marks passed over (-1 at the start)."""
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    return k
