"""A given name alone after a title that is used with given names alone ("الملا عمر", "العماد عون").

Some titles go before a given name with no family name: the Taliban's "الملا", the Lebanese
general's "العماد" kept as a politician's title, the prophets' and the companions' "النبي",
"السيدة", "الخليفة" (lexicon `bare_name_titles.tsv`). The tagger reads a lone given name as no
name, most of all when it is also a word ("عمر" is an age). After such a title, a word that is
a given name (`given_names.tsv` or the given names that are words, `word_given_names.tsv`),
that no finder claimed, and that the name ends after (a mark, the end of the text, or a word that
is no name: a verb, an ordinary word, a preposition) is a person named by that word. A title
that is a place's or a body's (after "مسجد", "قمة", "مقام": "مسجد الإمام علي", "قمة النبي يونس")
introduces nobody.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import (
    NameCandidate,
    claimed,
    move_end,
    move_start,
    one_word_person,
    with_added,
)
from marsad.layers.entities.name_words import NameWords, reads_as
from marsad.layers.entities.word_lists import (
    PATRONYMIC,
    PATTERN_HEADS,
    PERSON_NAMED_HEADS,
    PLACE_HEADS,
    PLACE_HEADS_DEFINITE,
    PLACE_NAMED_HEADS,
    WORD_NAMES,
)
from marsad.lexicons.loader import keyed, words

# the titles, each as a tuple of its words' keys (one word mostly; "أم المؤمنين" has two)
BARE_TITLES = tuple(sorted({tuple(alias_key(w) for w in t.split()) for t in words("bare_name_titles.tsv", "title")},
                           key=len, reverse=True))
_HEADS = PATTERN_HEADS | PLACE_NAMED_HEADS | PLACE_HEADS | PLACE_HEADS_DEFINITE | PERSON_NAMED_HEADS \
    | keyed("bare_name_titles.tsv", "place_word", alias_key)
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "لل")
# What `_title_ends_at` asks of the word at k, as sets: the last word's key (a one-word title's
# only word), a clitic reading of a one-word title, or "للملا"-like forms. A word that none of
# these fits ends no title, which rules out nearly every word before the other checks run.
_LAST_KEYS = frozenset(t[-1] for t in BARE_TITLES) | frozenset(
    p + t[0][1:] for t in BARE_TITLES if len(t) == 1 and t[0].startswith("ال") for p in ("ل", "ول"))
_ONE_WORD = frozenset(t[0] for t in BARE_TITLES if len(t) == 1)
# the forms that may end a title (the key and the stems are the text's)
_TITLE_END_FORMS = FormMemo()


def _may_end_title(tok: Token) -> bool:
    """A necessary condition of `_title_ends_at(tokens, k)` on token k alone."""
    return tok.key in _LAST_KEYS or any(stem in _ONE_WORD for _off, stem in tok.splits[1:])


def _title_ends_at(tokens: list[Token], k: int) -> int | None:
    """Index of the first word of a bare-name title that ends at token k, or None."""
    for title in BARE_TITLES:
        a = k - len(title) + 1
        if a < 0 or any(tokens[a + j].key != title[j] for j in range(1, len(title))):
            continue
        first = tokens[a]
        if first.key == title[0] or any(stem == title[0] and first.key[: off - first.start] in _CLITICS
                                        for off, stem in first.splits[1:]):
            return a
        # "للملا": ل + the article's لام written once
        if title[0].startswith("ال") and first.key in ("ل" + title[0][1:], "ول" + title[0][1:]):
            return a
    return None


def _given(tok: Token, words_: NameWords) -> bool:
    return tok.is_word and (tok.key in words_.given_names or alias_key(tok.text) in WORD_NAMES)


def _ends_name(tok: Token | None, prev: Token, words_: NameWords) -> bool:
    """Does the name end before `tok`: a mark, the end, a preposition on a word ("للملف"), a
    feminine noun ("مبايعة"), or a word that is no name and plainly none (a definite word, a
    particle, an adverb: "الحديث", "عن", "معروفاً")? An indefinite ordinary word may be a family
    name that is a word too ("الملا محمد رسول"): not an end."""
    if tok is None or not tok.is_word or tok.start - prev.end > 1:
        return True
    if tok.key in PATRONYMIC or _given(tok, words_) or words_.names_after(prev, tok):
        return False
    if words_.prepositional(tok) or tok.key.endswith("ه"):
        return True
    return not words_.name_like(tok) and (tok.text.startswith("ال") or len(tok.key) <= 3
                                          or tok.text.endswith(("اً", "ًا")))


def _bare_name_at(tokens: list[Token], j: int, words_: NameWords) -> bool:
    """Is token j a given name alone after a bare-name title (not a place's: "مسجد الإمام علي")?"""
    tok = tokens[j]
    if j == 0 or not _given(tok, words_) or tok.start - tokens[j - 1].end > 1:
        return False
    a = _title_ends_at(tokens, j - 1)
    if a is None or a > 0 and reads_as(tokens[a - 1], _HEADS):
        return False
    return _ends_name(tokens[j + 1] if j + 1 < len(tokens) else None, tok, words_)


def _name_only(c: NameCandidate, j: int, tokens: list[Token], text: str, words_: NameWords) -> None:
    """Let `c` begin at the given name at token j, and end after it when the word after it ends
    the name (`_ends_name`: "السيدة عائشة الحديث"); a name left alone is one the layer keeps."""
    if c.tok_start != j:
        move_start(c, j, tokens, text)
    if c.tok_end > j + 1 and _ends_name(tokens[j + 1], tokens[j], words_):
        move_end(c, j + 1, tokens, text)
    if c.tok_end == j + 1:
        c.display = text[c.start : c.end]


def add_bare_titled_names(cands: list[NameCandidate], tokens: list[Token], text: str,
                          words_: NameWords) -> list[NameCandidate]:
    """Add the persons named by a given name alone after a title of `bare_name_titles.tsv`; a
    person the tagger found there keeps the name alone ("دعاء النبي يونس", "السيدة عائشة الحديث")."""
    for c in cands:
        if c.type != "PER" or c.actor is not None:
            continue
        for j in range(c.tok_start, c.tok_end):
            if _bare_name_at(tokens, j, words_):
                _name_only(c, j, tokens, text, words_)
                break
    taken = claimed(cands)
    added: list[NameCandidate] = []
    # only the tokens after a word that may end a title, found per form
    for k in indices_where(tokens, _TITLE_END_FORMS, _may_end_title):
        j = k + 1
        if j >= len(tokens) or j in taken or j - 1 in taken or not _bare_name_at(tokens, j, words_):
            continue
        c = one_word_person(tokens, text, j)
        if c is not None:
            added.append(c)
            taken.add(j)
    return with_added(cands, added)
