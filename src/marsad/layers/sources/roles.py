"""An outlet named as someone's employer or workplace is not cited ("رئيس التحرير لصحيفة «..»",
"المدير العام لوكالة أنباء «..»", "مراسلا ثقافيا لإذاعة (..)", "الكاتب في صحيفة ..", "مذيع قناة .."):
the guide counts an outlet only when the text takes content from it. A correspondent who reports
("قال مراسل وكالة .. إن", "وذكر مراسل لوكالة ..", "بحسب مراسل لوكالة ..", "وشاهد مراسل لوكالة ..",
"وكان مراسل لـ«..» قد سمع") still cites the agency; words said TO a person's correspondent or to an
outlet ("قال رئيس الوزراء لوكالة ..") stay citations too."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.words import (
    CORRESPONDENTS,
    HEAD_ROLES,
    MEDIA_ROLES,
    NEWS_WORDS,
    ROLE_MODIFIERS,
    SPOKESMAN_MODIFIERS,
    SPOKESMEN,
    WITNESSED,
    is_nisba,
    outlet_head,
    stem_in,
)
from marsad.lexicons import loader

MARKS = "\"“”«»()"
LINK_WORDS = frozenset({"في", "ل", "لـ"})
ROLE_PREFIXES = frozenset({"", "و", "ف"})
BEFORE_QAD = frozenset({"كان", "كانت"})  # "وكان مراسل .. قد سمع": the verb comes after "قد"
MAX_MODIFIERS = 2   # "رئيس التحرير الإداري لصحيفة", "مراسلا ثقافيا لإذاعة"
DEAL_NOUNS = loader.keyed("source_words_unseen.tsv", "deal_noun", match_key)
PUBLISHERS = loader.keyed("source_words_unseen.tsv", "publisher", match_key)
DEAL_PREFIXES = frozenset({"", "و", "ب", "ل", "وب", "ول", "ال", "وال", "بال", "لل"})
ISSUES = frozenset(map(match_key, ("صدور", "توزيع", "بث")))  # what is stopped of an outlet, between the deal noun and it
SUSPENDING = frozenset(map(match_key, ("تعليق",)))  # a deal noun only before ISSUES ("في تعليق لصحيفة ..": a comment)
OWNERS = frozenset(map(match_key, ("مجموعة", "شركة", "مؤسسة", "مجموعه")))  # "بيع مجموعة ..": the group that owns it


def named_as_employer(toks: list[Token], i: int, prefix: str, lex: SpeechLexicon) -> bool:
    """True when the outlet starting at token i (carrying proclitics `prefix`) completes a job
    noun before it: the outlet employs someone rather than being cited."""
    job = _job_before(toks, i, prefix)
    if job is None:
        return False
    k, role, completed, construct = job
    if role in HEAD_ROLES:
        # "رئيس التحرير لصحيفة ..": completed by a modifier; "مدير قناة ..", "رئيس شبكة ..": in
        # construct with the outlet word itself, the head of that outlet ("قال رئيس الوزراء لوكالة
        # .." keeps its "ل": words said to the agency)
        return completed or construct
    if role not in MEDIA_ROLES:
        return False
    if role in CORRESPONDENTS and k > 0:
        # "وقال مراسل (ل)وكالة ... إن", "بحسب مراسل لوكالة ..": the correspondent reports for it
        before = toks[k - 1]
        cue = lex.cue(before)
        return not (lex.is_according(before) or cue is not None and cue.form in ("past", "present")
                    or _witnessed(before))
    return True


def speaks_for(toks: list[Token], i: int) -> bool:
    """The "لـ" at token i follows a spokesman's noun ("المتحدث الرسمي لـ«..»", "والناطق الإعلامي
    لـ«..»"): the name after it is the body he speaks for, not an outlet the words were said to."""
    k = i - 1
    if k >= 0 and toks[k].key in SPOKESMAN_MODIFIERS:
        k -= 1
    if k < 0 or not toks[k].is_word:
        return False
    key = toks[k].key
    bare = key[1:] if key[:1] in "وف" and key[1:].startswith("ال") else key
    return bare.removeprefix("ال") in SPOKESMEN


def seen_by_correspondent(toks: list[Token], i: int, j: int, prefix: str) -> bool:
    """"وشاهد مراسل لوكالة ..", "وكان مراسل لـ«..» قد سمع": the outlet's correspondent saw or
    heard what the article reports, so the outlet is its origin ("وكان مراسل رويترز قد أصيب"
    reports nothing)."""
    job = _job_before(toks, i, prefix)
    if job is None or job[1] not in CORRESPONDENTS or job[0] == 0:
        return False
    verb = toks[job[0] - 1]
    if not _witnessed(verb):
        return False
    if not any(stem in BEFORE_QAD for _, stem in verb.splits):
        return True
    k = _skip_marks(toks, j, 1)  # "كان .. قد" + a verb of seeing or hearing after the outlet
    return k + 1 < len(toks) and toks[k].key == "قد" and _witnessed(toks[k + 1]) and not any(
        stem in BEFORE_QAD for _, stem in toks[k + 1].splits)


def _job_before(toks: list[Token], i: int, prefix: str) -> tuple[int, str, bool, bool] | None:
    """(index, job noun, completed by a modifier, in construct with an outlet word) of the job
    noun the outlet at token i completes ("مراسل لوكالة ..", "رئيس التحرير لصحيفة ..", "مذيع قناة
    .."), or None."""
    k = _skip_marks(toks, i - 1)
    if k >= 0 and toks[k].key in NEWS_WORDS:  # "لوكالة أنباء «تاس»"
        k = _skip_marks(toks, k - 1)
    worded = outlet_head(toks[i]) is not None
    if k >= 0 and (head := outlet_head(toks[k])) is not None and not (
            k == i - 1 and head[1].startswith("ال") and not worded):  # "لإذاعة (بي بي سي)"
        # "محررون في الصحيفة رويترز": a definite outlet word right before a bare name is a phrase
        # of its own (the name the object of a verb before), not the name's head
        prefix = head[2]
        worded = True
        k = _skip_marks(toks, k - 1)
    elif k >= 0 and toks[k].key in OWNERS and not prefix:
        # "رئيس مؤسسة عدن الغد الإعلامية": the group that owns the outlet, in construct with the job
        worded = True
        k = _skip_marks(toks, k - 1)
    linked = prefix.endswith("ل")
    adjacent = k  # where a job noun in construct with the outlet word stands
    if k >= 0 and toks[k].key.rstrip("ـ") in LINK_WORDS and not linked:
        k -= 1
        linked = True
    completed = False  # a modifier that turns a head of anything into a job at the outlet
    for _ in range(MAX_MODIFIERS):
        if k < 0 or not _is_modifier(toks[k]):
            break
        completed = completed or toks[k].key in ROLE_MODIFIERS
        k -= 1
    if k < 0:
        return None
    role = _role(toks[k])
    construct = worded and not linked and k == adjacent
    return None if role is None else (k, role, completed, construct)


def _witnessed(tok: Token) -> bool:
    return stem_in(tok, WITNESSED, ROLE_PREFIXES)


def _skip_marks(toks: list[Token], k: int, step: int = -1) -> int:
    while 0 <= k < len(toks) and toks[k].text in MARKS:
        k += step
    return k


def _is_modifier(tok: Token) -> bool:
    key = tok.key
    return tok.is_word and (key in ROLE_MODIFIERS or is_nisba(tok, definite=True)
                            or (key.endswith("يا") and len(key) >= 4))  # "مراسلا ثقافيا"


def _role(tok: Token) -> str | None:
    """The job noun `tok` is ("والمراسل" -> "مراسل"), with no preposition attached ("لمراسل"
    is the person words were said to)."""
    if not tok.is_word:
        return None
    key = tok.key
    for _, stem in tok.splits:
        bare = stem[2:] if stem.startswith("ال") else stem
        if key[: len(key) - len(stem)] in ROLE_PREFIXES and (bare in MEDIA_ROLES or bare in HEAD_ROLES):
            return bare
    return None


def dealt_in(toks: list[Token], i: int) -> bool:
    """"أعلنت الشركة بيع مجموعة فايننشال تايمز", "حجب موقع ..", "بزيارة لمقر صحيفة ..": the outlet
    starting at token i (its word, its name in marks or its KB name) completes a noun of a deal, a
    closure or a place, with a word for the group that owns it between at most: the news is about
    the outlet, it is no source."""
    k = _skip_marks(toks, i - 1)
    if k >= 0 and outlet_head(toks[k]) is not None and outlet_head(toks[i]) is None:
        k = _skip_marks(toks, k - 1)
    if k >= 0 and toks[k].key in OWNERS:
        k -= 1
    issue = k >= 0 and toks[k].key in ISSUES  # "تعليق صدور صحيفة ..", "منع توزيع صحيفة ..", "وقف بث قناة .."
    if issue:
        k -= 1
    if k < 0 or not toks[k].is_word:
        return False
    if stem_in(toks[k], PUBLISHERS, DEAL_PREFIXES):
        return True  # "المجموعة الإعلامية الناشرة لصحيفة ..": who owns the outlet
    if k > 0 and toks[k].key.startswith("ال") and toks[k - 1].is_word and toks[k - 1].key.startswith("ال"):
        return False  # "أمينة صندوق المجموعة الملكية لرويترز": a definite adjective, "royal", no "ownership"
    return stem_in(toks[k], DEAL_NOUNS | SUSPENDING if issue else DEAL_NOUNS, DEAL_PREFIXES)
