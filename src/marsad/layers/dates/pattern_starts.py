"""Where a date pattern can match: the tokens its first word may start at.

Every pattern of `grammar.compile_patterns` starts at a token: after optional proclitics
([وف]?[بلك]?), its first element is one of a few words (or a digit). Trying a pattern only at the
tokens that begin with such a word finds exactly what `pattern.search` over the whole text finds,
an order of magnitude faster; a pattern whose required literal is missing from the text is not
tried at all. If a pattern changes, its first words here must follow.
"""



from marsad.arabic.form_memo import FormMemo, answers_where
from marsad.arabic.tokens import Token
from marsad.layers.dates.grammar import (
    FEAST_DAYS,
    LAM_UNIT_WORDS,
    PERIOD_WORDS,
    UNIT_WORDS,
    YEAR_PREPS,
    YEAR_WORDS,
    Lexicons,
    lam_ordinals,
)

# DIGIT stands for any decimal digit.
DIGIT = r"\d"
# the patterns whose day may follow the article alone ("الـ21 من الشهر الجاري", "يوم الـ26 من فبراير")
ARTICLE_DAY = ("dmy", "dcur", "dsame")
# a literal every match of the pattern contains: without it in the text the pattern is skipped
REQUIRED = {"today": "اليوم", "tomorrow": "غد", "earlier": "سابق", "ago": "قبل", "feast": "عيد"}
# literals one of which every match of the pattern contains ("الـ12 من الشهر نفسه", "من نفس الشهر")
REQUIRED_ANY = {"dsame": ("الشهر نفسه", "الشهر ذاته", "الشهر عينه", "نفس الشهر", "ذات الشهر"),
                "dcur": ("الشهر", "الجاري", "الحالي", "المقبل", "القادم", "الماضي", "المنصرم")}


def first_words(lx: Lexicons) -> dict[str, tuple[str, ...]]:
    """Pattern kind -> the words one of which starts every match (after its proclitics)."""
    def words(*groups) -> set[str]:
        out: set[str] = set()
        for g in groups:
            out.update(k.split()[0] for k in ([g] if isinstance(g, str) else g))
        return out

    wd = words(lx.weekdays, "يوم")
    period = words(PERIOD_WORDS)
    year_words = words(YEAR_WORDS)
    year_preps = words(YEAR_PREPS)
    units = words(UNIT_WORDS)
    ordw = words(lx.ordinals) | words(lam_ordinals(lx))
    table = {
        "dmy": wd | ordw | {DIGIT},
        # "(ال\s*)?" before the day: the article glued to an ordinal, to a digit or alone (ARTICLE_DAY)
        "dcur": wd | ordw | {DIGIT} | {"ال" + w for w in ordw},
        "hijri": wd | ordw | words(lx.hijri) | {DIGIT, "غره", "شهر"},
        "dsame": ordw | {DIGIT, "يوم", "يومي"} | {"ال" + w for w in ordw},
        "my": period | words(lx.months) | {"شهر"},
        "year": period | year_words,
        "hyrange": year_words | {DIGIT},
        "yearsuf": {DIGIT},
        "yearprep": year_preps,
        "yearbare": {DIGIT},
        "numeric": {DIGIT},
        "today": {"اليوم"},
        "yesterday": {"اول", "امس", "الامس", "البارحه"},
        "tomorrow": {"بعد", "يوم", "صباح", "مساء", "ظهر", "فجر", "ليل", "ليله", "غدا", "غد"},
        "lastnight": {"الليله", "ليله", "مساء"},
        "weekday": wd,
        "unitrel": period | units | words(LAM_UNIT_WORDS) | {"هذا", "هذه"},
        "yearanchor": period | {"العام", "السنه"},
        "periodanchor": {"الشهر", "العام", "السنه", "نفس", "ذات", "ذلك", "تلك"},
        "earlier": {"وقت"},
        "ago": {"قبل"},
        "feast": words(FEAST_DAYS) | {"صباح", "مساء", "ظهر", "عصر", "يوم"},
    }
    return {k: tuple(sorted(v)) for k, v in table.items()}


def first_word_index(firsts: dict[str, tuple[str, ...]]) -> tuple[dict[str, frozenset[str]], int]:
    """First word -> the kinds it may start, and the longest first word: for `starts_of`."""
    index: dict[str, set[str]] = {}
    for kind, words in firsts.items():
        for w in words:
            index.setdefault(w, set()).add(kind)
    longest = max(len(w) for w in index if w != DIGIT)
    return {w: frozenset(k) for w, k in index.items()}, longest


def pattern_starts(tokens: list[Token], memo: FormMemo,
                   firsts: dict[str, tuple[str, ...]], index: tuple[dict[str, frozenset[str]], int],
                   removed: list[int]) -> dict[str, list[int]]:
    """Key offsets where each pattern may match in a text: at its tokens that start with one of
    the pattern's first words. `memo` keeps `starts_of` per word form; `removed` lists the key
    offsets of the diacritics the key left out (as `key_and_map` gives them)."""
    order = tuple(firsts)
    hits = answers_where(tokens, memo, lambda t: () if t.kind == "punct" else starts_of(t.key, index, order))
    marks = [k + n for n, k in enumerate(removed)]  # text offsets of removed diacritics
    n_marks = len(marks)
    before = 0  # marks before the current token: its key offset is its text offset minus these
    out: dict[str, list[int]] = {kind: [] for kind in firsts}
    for i, found in hits:
        start = tokens[i].start
        while before < n_marks and marks[before] < start:
            before += 1
        for kind, rel in found:
            out[kind].append(start - before + rel)
    return out


def starts_of(key: str, index: tuple[dict[str, frozenset[str]], int],
              order: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """(kind, offset in `key`) where a match of each pattern could start in a token's match key:
    the key, or the key without one or two proclitics, begins with one of the pattern's first words.
    `index` is `first_word_index(firsts)`, `order` the kinds in pattern order."""
    words, longest = index
    rests = [key]
    if key[:1] in "وفبلك" and key:
        rests.append(key[1:])
        if key[:1] in "وف" and key[1:2] in "بلك" and key[1:2]:
            rests.append(key[2:])
    kinds: set[str] = set()
    for r in rests:
        if r[:1].isdecimal():
            kinds |= words[DIGIT]
        elif r[:2] == "ال" and (len(r) == 2 or r[2:3].isdecimal()):
            kinds.update(ARTICLE_DAY)  # "الـ21", "الـ 21"
        for n in range(1, min(len(r), longest) + 1):
            found = words.get(r[:n])
            if found is not None:
                kinds |= found
    out = [(kind, 0) for kind in order if kind in kinds]
    if key[:1] in "وفب" and key and key[1:2].isdecimal():
        # "و15/7/2015", "و2022": the date starts after the conjunction
        out.extend((kind, 1) for kind in ("yearbare", "numeric") if kind in order)
    return tuple(out)
