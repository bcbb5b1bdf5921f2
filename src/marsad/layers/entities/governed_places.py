"""Places named in a governor's title: "محافظ شقراء", "ومحافظ حفرالباطن".

The Saudi and Gulf press names a province's or a town's official by his title in construct with
the place ("افتتح محافظ ثادق المهرجان"); the title is resolved to the person by `titles.py`, and the
place it names is an entity of the article of its own. Small governorates are in no gazetteer and
NER, which reads a title before a name, tags the word a person when it tags it at all. The title
must be indefinite (in construct): "المحافظ" is followed by the governor's name, not his province's.
The word must be one a place may be named by (`place_words.indefinite_place_name`, or a definite
word no ordinary noun: not "محافظ البنك المركزي", "محافظ الهيئة") and no given name.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, claimed, move_start, with_added
from marsad.layers.entities.name_words import NameWords, indefinite_reading, institution
from marsad.layers.entities.place_words import indefinite_place_name
from marsad.layers.entities.word_lists import GOVERNOR_TITLES, PLACE_NAME_STARTS

# the answer of `_indefinite_title` per word form (it depends on the token's text alone)
_TITLE_FORMS = FormMemo()


def _indefinite_title(tok: Token) -> bool:
    """"محافظ", "ومحافظ", "لمحافظ"; not "المحافظ", "للمحافظ"."""
    key = tok.key
    if not any(title in key for title in GOVERNOR_TITLES):
        return False  # most words: the clitic readings are not worth making
    return indefinite_reading(tok, GOVERNOR_TITLES)


def _names_place(words: NameWords, tok: Token) -> bool:
    if tok.key in words.given_names or institution(tok):
        return False  # "محافظ عبدالله": a title before a name; "محافظ البنك": of a bank, no place
    if tok.key.startswith("ال"):
        # "محافظ الفيدرالي": a definite relational word is the bank or body he heads
        return not tok.key.endswith("ي") and words.place_name_like(tok, loose=False)
    # "محافظ شقراء": no adjective follows the title, so a word in اء is a name here
    return indefinite_place_name(words, tok) or tok.key.endswith("اء") and words.name_like(tok)


def add_governed_places(cands: list[NameCandidate], tokens: list[Token], text: str,
                        words: NameWords) -> list[NameCandidate]:
    """The candidates with the place after a governor's title: added when nothing claimed the word,
    made a place when NER took that word alone for an unknown person."""
    at = {c.tok_start: c for c in cands}
    taken = claimed(cands)
    added: list[NameCandidate] = []
    for i in indices_where(tokens, _TITLE_FORMS, _indefinite_title):
        j = i + 1
        if not adjacent(tokens, j) or not _names_place(words, tokens[j]):
            continue
        tok = tokens[j]
        end = j + 2 if tok.key in PLACE_NAME_STARTS and adjacent(tokens, j + 1) else j + 1  # "محافظ أبو عريش"
        found = at.get(j) or at.get(i)
        if found is not None and found.tok_end == end and found.source == "ner" and found.actor is None \
                and found.type == "PER":
            # "محافظ حفرالباطن" tagged a person, with its title or without
            move_start(found, j, tokens, text)
            found.type = "LOC"
            continue
        if any(k in taken for k in range(j, end)):
            continue
        stop = tokens[end - 1].end
        added.append(NameCandidate(tok.start, stop, j, end, "LOC", alias_key(text[tok.start : stop]), None, "pattern"))
    return with_added(cands, added)
