"""Constructions that make an outlet the origin of content without a reporting verb, shared by
the KB agencies (`layer.py`) and the outlets found by their outlet word (`outlets.py`):

- an outlet verb with the outlet as its subject right after it: how a press review or a report
  sums a paper up ("واهتمت صحيفة «..» بـ", "ووصفت صحيفة .. الاتفاق بأنه", "وانتقدت مجلة «..»");
- a poll, a report or an interview the outlet made ("استطلاع للرأي أجرته وكالة ..", "في تحقيق
  أعدته صحيفة ..", "استطلاع قامت به شبكة ..", "في تقرير لوكالة ..");
- a statement given in an interview or a talk with a name in marks ("في مقابلة خاصة مع «..»",
  "في حديث إلى «..»"): the name received it;
- a name in marks that ends like an outlet's ("«شفق نيوز»", "«الغد برس»", "«روسيا 24»") in a
  citing construction, with no outlet word before it;
- a credit line: a short line that opens with a credit word and names the outlet ("* خدمة «واشنطن
  بوست»", "* خدمة: {نيويورك تايمز}", "المصدر: رويترز"), the syndication note of translated articles.

And one construction that makes a name in marks no tag: opening a line with words after it and no
dateline's dash ("«..» الأولى في الصحف الإنجليزية"), it is the subject of a title.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES
from marsad.layers.sources.talk import talks
from marsad.layers.sources.words import (
    CLOSING_MARKS,
    CREDIT_WORDS,
    DASHES,
    MADE_BY,
    MADE_THINGS,
    NEWS_WORDS,
    OUTLET_VERBS,
    QUOTES,
    RECIPIENT_PREFIXES,
    SENT_TO,
    STATEMENT_GAP,
    TALK_WORDS,
    disagrees,
    is_nisba,
    lone_lam,
    opens_paragraph,
    outlet_head,
)
from marsad.lexicons import loader

# "مسح رويترز", "في استطلاع لرويترز": the outlet in construct with what it made, or after "ل"
OWN_PREFIXES = RECIPIENT_PREFIXES | {""}
# pictures "of" something ("صور لقناة السويس"): with "ل" they name what is shown, not who made them
PICTURES = frozenset(map(match_key, ("صور", "صورا", "لقطات", "مقطع", "مقاطع", "فيديو", "شريط", "تسجيل", "مشاهد")))
# "وعرض التلفزيون الرسمي لقطات للسفينة": a verb of showing is an outlet's only with footage after its name
SHOW_VERBS = loader.keyed("source_words_unseen.tsv", "show_verb", match_key)
SHOWN = PICTURES | frozenset(map(match_key, ("تقريرا", "تسجيلا", "مقطعا", "شريطا", "صورة", "فيلما")))
SHOWN_STEPS = 8      # tokens from the outlet's first token to the footage it showed (its name and adjectives between)
MADE_FOR = MADE_THINGS - PICTURES  # what an outlet made, before "ل" + it: the outlet's own
DONE_WITH = frozenset({"به", "بها"})         # "استطلاع قامت به شبكة ..": the verb is the word before
DID = frozenset({"قام", "قامت"})
POLLSTER_WORDS = 3   # words of a pollster's name in marks between a poll and the outlet it was made for
WHO = match_key("من")
EACH = match_key("كل")
# words of time between the verb of making and the outlet ("أجرته هذا الأسبوع صحيفة ..")
MADE_TIME_GAP = loader.keyed("source_words_unseen.tsv", "time_gap", match_key) | STATEMENT_GAP
RELATIVES = frozenset(map(match_key, ("التي", "الذي", "اللذين", "اللتين")))  # "التي نشرتها صحيفة .."
MADE_STEPS = 5       # tokens between the poll, report or interview and the verb of making it
SUFFIXED_WORDS = 3   # words of a name in marks that ends like an outlet's
TALK_STEPS = 3       # tokens between an interview or a talk and "مع"/"إلى" ("في مقابلة خاصة مع")
CREDIT_TOKENS = 14   # a credit line is short: its paragraph ends within this many tokens
CREDIT_MARKS = QUOTES + "{}:*-–•"
LINE_MARKS = "*-–•"
TITLE_LOOK_TOKENS = 5  # words after a name in marks opening a line where a dateline's dash or colon would be


def _before_outlet(toks: list[Token], i: int) -> int:
    """The index of the word governing the outlet whose name starts at token i: back over
    quotation marks, an outlet word and "أنباء" ("اهتمت صحيفة «..»", "أجرته وكالة أنباء ..")."""
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    if k >= 0 and toks[k].key in NEWS_WORDS:
        k -= 1
    if k >= 0 and (head := outlet_head(toks[k])) is not None and head[2] == "":
        k -= 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    return k


def _stems(tok: Token) -> set[str]:
    out: set[str] = set()
    key = tok.key
    for _, stem in tok.splits:
        if key[: len(key) - len(stem)] in VERB_PREFIXES:
            out.add(stem)
            out.add(stem.removeprefix("ال"))
    return out


def framed_by_verb(toks: list[Token], i: int) -> bool:
    """The outlet starting at token i (its outlet word or its name) is the subject of an outlet
    verb right before it ("وركزت صحيفة «..» على", "ووصف موقع «..» اللاعب بأنه")."""
    k = _before_outlet(toks, i + 1 if outlet_head(toks[i]) is not None else i)
    if k == i - 1 and disagrees(toks[k], toks[i]):
        return False
    if k >= 0 and toks[k].is_word and _stems(toks[k]) & SHOW_VERBS:
        return _footage_after(toks, i)  # "عرضت قناة «..» لقطات", not "عرض التلفزيون ثلاثة أفلام"
    return k >= 0 and toks[k].is_word and bool(_stems(toks[k]) & OUTLET_VERBS)


def _footage_after(toks: list[Token], i: int) -> bool:
    """Footage, pictures or a report a few tokens after the outlet starting at token i, in its clause."""
    for m in range(i + 1, min(i + SHOWN_STEPS, len(toks))):
        if toks[m].text in ".!?؟؛\n،,:":
            return False
        if toks[m].key in SHOWN:
            return True
    return False


def made_by(toks: list[Token], i: int) -> bool:
    """The outlet starting at token i made the poll, report or interview a few words before
    ("استطلاع للرأي أجرته وكالة ..", "الاستطلاع الذي قامت به شبكة ..")."""
    if _made_for(toks, i):
        return True
    k = _before_outlet(toks, i + 1 if outlet_head(toks[i]) is not None else i)
    if k > 0 and toks[k].key == WHO and toks[k - 1].key == EACH:
        k -= 2  # "أجرته كل من صحيفة «..» وشبكة «..»"
    while k > 0 and toks[k].key in MADE_TIME_GAP:
        k -= 1  # "استطلاع أجرته هذا الأسبوع صحيفة «..»"
    if k < 0:
        return False
    if toks[k].key in DONE_WITH and k > 0 and toks[k - 1].key in DID:
        k -= 1
    elif toks[k].key not in MADE_BY:
        return False
    if k > 0 and toks[k - 1].key in RELATIVES:
        return True  # "الاتهامات التي تناولتها صحيفة ..": what the outlet published, whatever it was
    return any(t.is_word and _stems(t) & MADE_THINGS for t in toks[max(0, k - MADE_STEPS) : k])


def _made_for(toks: list[Token], i: int) -> bool:
    """A report, a poll or an interview right before the outlet at token i, in construct with it
    or with "ل": the outlet's own ("في تقرير لوكالة الأنباء ..", "في استطلاع لرويترز", "مسح رويترز")."""
    if i == 0:
        return False
    tok, k = toks[i], i - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    if k >= 0 and (head := outlet_head(toks[k])) is not None and head[2].endswith("ل"):
        tok, k = toks[k], k - 1  # "استطلاع «..» لصحيفة «..»": the outlet word carries the "ل"
    if k >= 0 and lone_lam(toks[k]):  # "في تقرير لـ«..»"
        k -= 1
    elif not any(tok.key[: len(tok.key) - len(stem)] in OWN_PREFIXES for _, stem in tok.splits):
        return False  # "مسح رويترز", "تقرير صحيفة ..": in construct with the outlet, or "ل" + it
    if k >= 0 and toks[k].text in QUOTES:
        # "استطلاع «يو غوف» لصحيفة «..»": the pollster's name in marks between the poll and the outlet
        k = next((m - 1 for m in range(k - 1, max(-1, k - 1 - POLLSTER_WORDS), -1) if toks[m].text in QUOTES), -1)
    return k >= 0 and toks[k].is_word and bool(_stems(toks[k]) & MADE_FOR)


def credited(text: str, toks: list[Token], i: int) -> bool:
    """The outlet starting at token i is named by a credit line: its paragraph opens with a
    credit word (after list marks) and ends a few words later ("* خدمة «نيويورك تايمز»")."""
    k = i if toks[i].key in CREDIT_WORDS else i - 1
    while k >= 0 and toks[k].text in CREDIT_MARKS and toks[k].key not in CREDIT_WORDS:
        k -= 1
    if k > 0 and toks[k].key == "مع":
        k -= 1  # "* بالاتفاق مع «..»": the syndication partner
    if k < 0 or toks[k].key not in CREDIT_WORDS:
        return False
    start = k
    while start > 0 and toks[start - 1].text in LINE_MARKS and "\n" not in text[toks[start - 1].end : toks[start].start]:
        start -= 1
    if start > 0 and "\n" not in text[toks[start - 1].end : toks[start].start]:
        return False  # the credit word is inside a sentence ("في خدمة «..»")
    for m in range(k + 1, min(k + CREDIT_TOKENS, len(toks))):
        if "\n" in text[toks[m - 1].end : toks[m].start]:
            return True
    return k + CREDIT_TOKENS >= len(toks)


def talked_with(toks: list[Token], i: int) -> bool:
    """Token i is "مع" or "إلى" after an interview, a talk or a call a few words before ("في
    مقابلة خاصة مع «..»", "في حديث أدلى به إلى «..»"), or right after a verb of talking ("التي
    تحدثت إلى «..»"): what follows received the words."""
    if not (toks[i].key == "مع" or toks[i].key in SENT_TO) or (i > 0 and toks[i - 1].text == "»"):
        return False  # "من «الحديث عن» إلى «..»": a talk word in quoted words is no interview
    if i > 0 and talks(toks[i - 1]) and i + 1 < len(toks) and toks[i + 1].text != "»":
        return True  # "المصادر التي تحدثت إلى «..»": the verb of talking right before (not "«التحدث مع»")
    for k in range(i - 1, max(-1, i - 1 - TALK_STEPS), -1):
        t = toks[k]
        if t.is_word and _stems(t) & TALK_WORDS:
            return True
        if _new_clause(t):
            return False  # "يغلق وسائل الاتصال به ويتحول إلى «..»": another verb goes to what follows
    return False


CLAUSE_VERB_STARTS = ("وي", "وت", "فت", "في")  # "ويتحول", "وتحول", "فتوجه": "و"/"ف" + a verb


def _new_clause(tok: Token) -> bool:
    """A verb after "و" or "ف", opening a clause of its own ("ويتحول"); not an adjective of kind
    ("وتلفزيونية") nor the preposition "في" and its pronouns."""
    key = tok.key
    return (tok.is_word and len(key) >= 5 and key.startswith(CLAUSE_VERB_STARTS) and not is_nisba(tok, definite=False)
            and not key.startswith("فيه"))


def suffixed_outlets(toks: list[Token], ends: list[int], taken: set[int], cited,
                     known) -> list[tuple[int, int, object | None]]:
    """Names in marks of two or three words whose last word (at one of `ends`) ends many outlets'
    names ("بحسب «شفق نيوز»", "وذكرت «الغد برس» أن"), in a citing construction: `cited(i)` says
    one governs the name starting at token i; `known(tokens)` is the KB outlet the name is, if any."""
    out = []
    for last in ends:
        close = last + 1
        if close >= len(toks) or toks[close].text not in QUOTES:
            continue
        k = next((m for m in range(last - 1, max(-1, last - SUFFIXED_WORDS - 1), -1) if toks[m].text in QUOTES), None)
        if k is None or close - k < 3 or k + 1 in taken:
            continue
        name = toks[k + 1 : close]
        if not all(t.is_word or t.kind == "num" for t in name) or taken & set(range(k + 1, close)):
            continue
        if cited(k + 1):
            out.append((name[0].start, name[-1].end, known(name)))
            taken.update(range(k + 1, close))
    return out


ELLIPSIS_CHARS = frozenset(".…")


def opens_a_title(text: str, toks: list[Token], i: int, j: int) -> bool:
    """"«..» الأولى في ..": a name in marks opening a paragraph with words after it on its line and no
    dash or colon of a dateline: the subject of a title or a sentence, not a tag."""
    if j + 1 >= len(toks) or toks[j].text not in CLOSING_MARKS:
        return False
    while j + 2 < len(toks) and set(toks[j + 1].text) <= ELLIPSIS_CHARS:
        j += 1  # "«..» .. أيقونة الصحافة": a headline's pause before its predicate
    if not toks[j + 1].is_word:
        return False
    line_end = text.find("\n", toks[i].start)
    line = toks[j + 1 : j + 1 + TITLE_LOOK_TOKENS]
    return (opens_paragraph(text, toks[i].start)
            and not any(t.text in DASHES + ":" for t in line if line_end < 0 or t.start < line_end))
