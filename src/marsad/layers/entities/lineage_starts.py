"""Classical names of lineage that the tagger starts too late: "ابن" + a name, "ابن أبي" / "ابن أم"
+ a name, and a given name before "بن" ("الخليل بن أحمد الفراهيدي").

Arabic writers of the past are named by a nasab ("ابن خلدون", "ابن سينا") or a kunya inside one
("ابن أبي الدنيا", "ابن أم مكتوم"). The tagger keeps the last words only ("أبي سلمى", "بن أحمد
الفراهيدي") or nothing when the name after "ابن" is one word. Three repairs, from the structure of
the name, with no list of persons:

- a person that begins with "أبي"/"أبو"/"أم" or with a word after "ابن" begins at the "ابن" right
  before it (after any clitic: "وابن", "لابن"); one that begins with "بن" begins at the given name
  right before it (a given name, a given name under the article "الخليل"), and a person whose
  first word is a definite noun after "لل" ("للحافظ ابن", "للشاعرين فهد") begins at the name after
  it: "ابن"/"أبو" or a given name;
- "ابن" + one name-like word that is no ordinary word, no given name ("ابن عمر" may be Omar's son),
  no definite word ("ابن المنطقة") and no word ending in "ه" ("ابن عمه", a cousin; this loses
  "ابن ماجه"; "ة" is no pronoun: "ابن تيمية"), with the name ending after it, is a person ("وابن زيلة"); not after a word for a
  tribe or a house ("قبيلة ابن فلان").
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import (
    NameCandidate,
    claimed,
    move_start,
    span_candidate,
    with_added,
)
from marsad.layers.entities.name_words import NameWords, clitic_reading
from marsad.lexicons.loader import keyed

_SON = frozenset({alias_key("ابن")})
_BIN = alias_key("بن")
_RELIGION = alias_key("الدين")
_KUNYA = frozenset(alias_key(w) for w in ("أبي", "أبو", "أم"))
_FATHER = frozenset(alias_key(w) for w in ("أبي", "أبو"))
_DEFINITE_GIVEN = keyed("definite_given_names.tsv", None, match_key)
_CLITICS = ("", "و", "ف", "ل", "ب", "ك", "ول", "وب", "فل", "وك")
_GROUPS = frozenset(alias_key(w) for w in ("قبيلة", "أسرة", "عائلة", "آل", "بني", "بنو", "قبائل", "عشيرة", "ذرية"))


def _one_space(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i].start - tokens[i - 1].end == 1


def _son_at(tokens: list[Token], i: int) -> int | None:
    """Offset where "ابن" begins in token i after its clitics ("وابن" -> after "و"), or None."""
    if i < 0 or not tokens[i].is_word:
        return None
    found = clitic_reading(tokens[i], _SON, _CLITICS)
    return tokens[i].start + found[0] if found else None


# the forms that are "ابن" after clitics (`_son_at` finds it): a function of the text
_SON_FORMS = FormMemo()


def _is_son(tok: Token) -> bool:
    return tok.is_word and clitic_reading(tok, _SON, _CLITICS) is not None


def _begin_at_son(c: NameCandidate, tokens: list[Token], text: str, taken: set[int]) -> None:
    a = c.tok_start
    if c.start != tokens[a].start or not _one_space(tokens, a) or a - 1 in taken:
        return
    at = _son_at(tokens, a - 1)
    if at is not None and tokens[a].key not in _SON and not (a > 1 and tokens[a - 2].key in _GROUPS):
        move_start(c, a - 1, tokens, text, at)


def _begin_at_given(c: NameCandidate, cands: list[NameCandidate], tokens: list[Token], text: str,
                    words_: NameWords) -> NameCandidate | None:
    """Let `c`, which begins with "بن", begin at the given name before it; the place or body a
    finder read that word as ("الخليل", Hebron) is returned for the caller to drop."""
    a = c.tok_start
    if a >= 2 and tokens[a - 1].key == _BIN and c.start == tokens[a].start and _one_space(tokens, a) \
            and not any(o.tok_start <= a - 1 < o.tok_end for o in cands):
        a -= 1  # "الخليل" + "بن" + the person the tagger found from the father's name on
    elif tokens[a].key != _BIN or c.tok_end - a < 2:
        return None
    if not _one_space(tokens, a):
        return None
    prev = tokens[a - 1]
    # before "بن" a definite word that may be a name is a given name under the article ("الخليل")
    if prev.key == _RELIGION:
        return None  # "لسان الدين بن الخطيب": the given name is the two words of a title-name
    if not (prev.key in words_.given_names or prev.key in _DEFINITE_GIVEN
            or prev.text.startswith("ال") and words_.name_like(prev)):
        return None
    other = next((o for o in cands if o is not c and o.tok_start <= a - 1 < o.tok_end), None)
    if other is not None and (other.type == "PER" or (other.tok_start, other.tok_end) != (a - 1, a)):
        return None
    move_start(c, a - 1, tokens, text)
    return other


def _begin_after_noun(c: NameCandidate, tokens: list[Token], text: str, words_: NameWords) -> None:
    a = c.tok_start
    first = tokens[a]
    if c.tok_end - a < 3 or not first.key.startswith(("لل", "ولل")) or not _one_space(tokens, a + 1):
        return
    nxt = tokens[a + 1]
    if nxt.key in _SON or nxt.key in _FATHER or nxt.key in words_.given_names:
        move_start(c, a + 1, tokens, text)


def extend_lineage_starts(cands: list[NameCandidate], tokens: list[Token], text: str,
                          words_: NameWords) -> list[NameCandidate]:
    """Let persons begin at their "ابن" or their given name; add "ابن" + a name (module doc)."""
    taken = claimed(cands)
    for c in cands:
        if c.type != "PER" or c.actor is not None:
            continue
        _begin_after_noun(c, tokens, text, words_)
        _begin_at_son(c, tokens, text, taken)
    read_off = [o for c in cands if c.type == "PER" and c.actor is None
                and (o := _begin_at_given(c, cands, tokens, text, words_)) is not None]
    if read_off:
        cands = [c for c in cands if all(c is not o for o in read_off)]
    taken = claimed(cands)
    added: list[NameCandidate] = []
    # only the tokens where `_son_at` finds "ابن", found per form
    for i in indices_where(tokens, _SON_FORMS, _is_son):
        if i >= len(tokens) - 1 or i in taken or i + 1 in taken or not _one_space(tokens, i + 1):
            continue
        name = tokens[i + 1]
        if i > 0 and tokens[i - 1].key in _GROUPS:
            continue  # "قبيلة ابن فلان": a tribe or a house named after its forefather
        if name.text.startswith("ال") or name.key in words_.given_names or name.key in _KUNYA \
                or name.key in _SON or not words_.name_like(name) or name.text.endswith("ه"):
            # "ابن عمه", "ابن خالته": a kinsman, the word carries a pronoun (or is feminine)
            continue
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if after is not None and after.is_word and _one_space(tokens, i + 2) and words_.name_like(after) \
                and not after.key.endswith("ه"):
            continue  # a longer name, or a phrase the tagger read: left to the other finders
        c = span_candidate(tokens, text, i, i + 2, "PER")
        if c is not None:
            at = _son_at(tokens, i)
            if at is not None and at > c.start:
                move_start(c, i, tokens, text, at)
            added.append(c)
    return with_added(cands, added)
