"""An outlet that reported the news, named before its verb: "وكانت صحيفة «..» قد نشرت", "وسبق لـ«..» أن نشرت".

The pluperfect of news puts the outlet first and its citing verb after "قد" (`reports_later`); a
press review brings up each paper as a topic with "أما" and its verb after "ف" (`topic_cites`);
"أول من كشف" makes it the first to report (`first_to_report`), and its issue or headline a few words
after its name carries the words (`issue_after`). "سبق لـ" + the outlet + "أن" + a citing verb says
it reported them earlier (`reported_earlier`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.sources.words import (
    FEMININE_END,
    FEMININE_PAST,
    QUOTES,
    SENTENCE_ENDS,
    SPEAKING_AFTER,
    is_nisba,
    outlet_head,
    past_marks,
    remit_end,
    stem_in,
)
from marsad.lexicons import loader

if TYPE_CHECKING:  # for the annotations only: these word tests need nothing of the quotes layer to run
    from marsad.layers.quotes.speech_lexicon import SpeechLexicon

LATER_VERB_TOKENS = 10  # tokens from an outlet's name to "قد" + its verb ("وكان موقع .. الألماني قد نشر")
TOPIC_STEPS = 8  # tokens from "أما" to the end of the outlet's name ("أما صحيفة «..» الأميركية اليومية")
TOPIC_WORDS = frozenset({match_key("أما"), match_key("وأما")})
TOPIC_VERB_PREFIXES = frozenset({"ف"})
TOPIC_FQAD = match_key("فقد")


def reports_later(toks: list[Token], k: int, lex: SpeechLexicon, text: str, head: Token | None = None) -> bool:
    """The outlet ending before token k (its outlet word `head`, if any) is the subject of a
    reporting verb after "قد" later in its clause ("وكانت صحيفة «..» قد نشرت", "وكان موقع .. الألماني الشهير قد ذكر"): the
    pluperfect of news, subject first. Right after the name and its adjectives, a citing verb
    ("وكانت صحيفة «..» ذكرت أن") or a participle saying that it spoke ("وعلقت صحيفة .. قائلة") will do."""
    first = k
    while first < len(toks):
        if is_nisba(toks[first], definite=True) or toks[first].text in QUOTES:
            first += 1
        elif toks[first].text in "،," and first + 1 < len(toks) and toks[first + 1].key[:1] == "ف":
            first += 1  # "أما جريدة «..»، فأكدت": a comma before the topic's "ف"
        elif (after_remit := remit_end(toks, first)) > first:
            first = after_remit  # "لكن موقع .. لأخبار المشاهير قال": the remit is part of the name
        else:
            break
    if 0 < first < len(toks) and "\n" not in text[toks[k - 1].end : toks[first].start] and (
            toks[first].key in SPEAKING_AFTER or (_cites(lex, toks[first])
                                                  and not _masdar_after(toks[first], head))
            or topic_cites(toks, k, first, lex) or first_to_report(toks, first, lex)
            or issue_after(toks, first, text)):
        return True
    if head is not None and _then_said(toks, first, lex, head):
        return True
    for m in range(k, min(k + LATER_VERB_TOKENS, len(toks) - 1)):
        t = toks[m]
        if m > 0 and "\n" in text[toks[m - 1].end : t.start]:
            return False  # a headline or a paragraph ends
        if t.text in SENTENCE_ENDS or t.text in "،,:" or lex.is_comp(t) or lex.cue(t) is not None:
            return False
        if t.key == "قد":
            return _cites(lex, toks[m + 1])  # not "قد أضافت أقساما"
    return False


DUAL_FEMININE_PAST = "تا"  # "أكدتا", "نشرتا": two outlets (feminine) told, the singular "أكدت" with "ا"


def _cites(lex: SpeechLexicon, tok: Token) -> bool:
    """A citing verb with no proclitic, its feminine dual past too ("وكانت شبكتا «..» و«..» قد أكدتا")."""
    return lex.has("cite", tok, frozenset({""})) or (
        tok.is_word and tok.key.endswith(DUAL_FEMININE_PAST) and "cite" in lex.kinds_of(tok.key[:-1]))


def _then_said(toks: list[Token], k: int, lex: SpeechLexicon, head: Token) -> bool:
    """"واهتمت بالموضوع صحيفة «..»، وقالت إن": a comma at token k after the outlet's name, then
    "و" and a feminine past verb of saying with its complementiser: the outlet, named by a feminine
    outlet word with no preposition on it, said the words."""
    word = outlet_head(head)
    if word is None or word[2] not in ("", "و") or not word[1].endswith(FEMININE_END):
        return False
    if k + 2 >= len(toks) or toks[k].text not in "،,":
        return False
    cue = lex.cue(toks[k + 1])
    return (cue is not None and cue.prefix == "و" and cue.form == "past" and cue.gender == "f"
            and lex.is_comp(toks[k + 2]))


FIRST = match_key("أول")
WHO = match_key("من")
OBJECT_PRONOUNS = ("ها", "ه")  # "أول من أوردها": the report the verb carries as its object
FIRST_REPORT_VERBS = frozenset(map(match_key, ("أورد", "نشر", "ذكر", "كشف", "بث", "نقل")))


OWN_ISSUE = loader.keyed("source_words_unseen.tsv", "own_issue", match_key)
ISSUE_STEPS = 4  # tokens from the end of a paper's name to its issue or headline ("فحمل عنوانها", "، أمس، في عددها")
ISSUE_PREFIXES = frozenset({"", "و", "ف", "ب", "وب", "فب"})


def issue_after(toks: list[Token], first: int, text: str) -> bool:
    """"صحيفة «..» السورية في عددها أمس", "وحملت صحيفة «..» عنوانها", "أما صحيفة «..» فحمل
    عنوانها": the paper's issue, headline or editorial a few words after its name, with the
    pronoun that points back to it; what follows is taken from that paper."""
    for m in range(first, min(first + ISSUE_STEPS, len(toks))):
        t = toks[m]
        if t.text in SENTENCE_ENDS or (m > 0 and "\n" in text[toks[m - 1].end : t.start]):
            return False
        if stem_in(t, OWN_ISSUE, ISSUE_PREFIXES):
            return True
    return False


def first_to_report(toks: list[Token], k: int, lex: SpeechLexicon) -> bool:
    """"وكانت صحيفة .. أول من كشف عن القرار", "التي كانت «..» أول من أوردها": the outlet named just
    before token k was the first to report the news, "أول من" and a verb of citing or telling."""
    if k + 2 >= len(toks) or toks[k].key != FIRST or toks[k + 1].key != WHO:
        return False
    verb = toks[k + 2]
    cue = lex.cue(verb)
    if lex.has("cite", verb, frozenset({""})) or (cue is not None and cue.form == "past"):
        return True
    return any(verb.key.endswith(p) and verb.key[: -len(p)] in FIRST_REPORT_VERBS for p in OBJECT_PRONOUNS)


def _masdar_after(word: Token, head: Token | None) -> bool:
    """A citing word after a feminine outlet word's name without the feminine marks of a verb
    ("قررت قناة .. الرياضية نقل مباراة"): the verbal noun, object of a verb before, not the outlet's
    own verb ("وكانت صحيفة .. نقلت", "صحيفة .. تنقل")."""
    if head is None or not head.key.endswith("ه"):
        return False
    return FEMININE_PAST.search(word.key) is None and not word.key.startswith("ت")


def topic_cites(toks: list[Token], k: int, first: int, lex: SpeechLexicon) -> bool:
    """"أما صحيفة «..» البريطانية فقالت ..", "أما وكالة .. فقد نشرت ..": an outlet brought up
    as a topic by "أما" a few words before its name ends at token k, and a citing verb after
    "ف" (or "فقد") right after its name and adjectives: the press review's next paper."""
    if toks[first].key == TOPIC_FQAD:
        cites = first + 1 < len(toks) and lex.has("cite", toks[first + 1], frozenset({""}))
    else:
        cue = lex.cue(toks[first])  # "أما صحيفة «..» فأكدت": a verb of saying will do as well
        cites = toks[first].key[:1] == "ف" and (lex.has("cite", toks[first], TOPIC_VERB_PREFIXES) or (
            cue is not None and cue.form in ("past", "present")))
    if not cites:
        return False
    for m in range(k - 1, max(-1, k - 1 - TOPIC_STEPS), -1):
        if toks[m].text in SENTENCE_ENDS:
            return False
        if toks[m].key in TOPIC_WORDS:
            return True
    return False


EARLIER = frozenset(map(match_key, ("سبق", "وسبق", "فسبق")))
THAT = match_key("أن")
PUBLISHED = frozenset(map(match_key, ("نشرت", "أوردت", "بثت", "نقلت", "نشر", "أورد", "بث", "نقل")))


def reported_earlier(toks: list[Token], i: int, k: int, lex: SpeechLexicon, published: bool = False) -> bool:
    """"وسبق لمجلة «..» الفرنسية أن كشفت", "كما سبق لرويترز أن نشرت": "سبق" + "ل" + the outlet
    (its word, its name in marks or its KB name from token i to token k) + "أن" + a citing verb:
    the outlet reported it earlier. `published`: only a verb of publishing will do (a bare name in
    marks may be a party's: "وسبق لـ«..» أن أعلنت")."""
    lam = i
    while lam > 0 and toks[lam - 1].text in QUOTES:
        lam -= 1
    if lam > 0 and toks[lam - 1].key == "ل":
        lam -= 1  # "لـ«..»": the preposition written apart
    elif lam > 0 and (head := outlet_head(toks[lam - 1])) is not None and head[2].endswith("ل"):
        lam -= 1  # "لصحيفة الغارديان": the outlet word carries it
    elif not _carries_lam(toks[lam]):
        return False  # "لمجلة ..", "لرويترز": the first word itself carries it
    if lam == 0 or toks[lam - 1].key not in EARLIER:
        return False
    first = past_marks(toks, k)
    while first < len(toks) and is_nisba(toks[first], definite=True):
        first += 1
    if first + 1 >= len(toks) or toks[first].key != THAT:
        return False
    verb = toks[first + 1]
    if published or outlet_head(toks[lam]) is None:  # "وسبق للرياض أن أعلنت": a city, not the paper
        return verb.key in PUBLISHED
    return lex.has("cite", verb, frozenset({""}))


def _carries_lam(tok: Token) -> bool:
    key = tok.key
    return tok.is_word and any(key[: len(key) - len(stem)].endswith("ل") for _, stem in tok.splits)
