"""Roads named after the places they join or a person: "طريق الرياض الدمام السريع", "طريق جدة -
مكة", "طريق العريش الساحلي", "طريق الملك فهد", "طريق خريص".

"طريق" in construct with a place the KB or NER found (a second place may follow, after a dash or
not) names a road (LOC) that holds the places, as a body named after a place holds it; so does
"طريق" with one unknown indefinite name-like word ("طريق خريص"), or with a person a title
introduces ("طريق الملك فهد", "طريق الشيخ جابر الصباح": the title may be left out of the person's
candidate), the person being no entity of the article there. Adjectives of a road end its name
("السريع", "القديم"). After "عن", "طريق" is "by way of" ("عن طريق الرياض": via Riyadh), no road.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, answers_where
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import CLITIC_RUNS, NameWords, clitic_reading
from marsad.layers.entities.titles import HONORIFICS
from marsad.layers.entities.word_lists import PLACE_NAME_STARTS, PLACE_PERSON_TITLES
from marsad.lexicons.loader import keyed

LEXICON = "construct_chains.tsv"
ROAD_HEADS = keyed(LEXICON, "road_head", alias_key)
ROAD_ADJECTIVES = keyed(LEXICON, "road_adjective", alias_key)
NOT_A_ROAD = keyed(LEXICON, "not_a_road", alias_key)
DASHES = ("-", "–", "—", "/")
_NO_DASHES = str.maketrans({d: " " for d in DASHES})
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0653))  # short vowels, tanween, shadda, sukun
_PERSON_TITLES = HONORIFICS | PLACE_PERSON_TITLES
# the keys "طريق" may have with its clitics: one set lookup skips every other word
HEAD_FORMS = frozenset(c + h for h in ROAD_HEADS for c in CLITIC_RUNS)
_HEAD_READINGS = FormMemo()  # `_road_head` per word form (it depends on its text only)


def road_key(name: str) -> str:
    """The key of a road's name without the dash between its places: "طريق الطائف – الباحة" and
    "طريق الطائف الباحة" are one road, one entity."""
    return " ".join(alias_key(name).translate(_NO_DASHES).split())


def add_roads(cands: list[NameCandidate], tokens: list[Token], text: str, words: NameWords) -> list[NameCandidate]:
    """The candidates, with the roads named after places or a person, or by one unknown word
    ("طريق خريص", see `_unknown_name`); the names they hold go."""
    heads = answers_where(tokens, _HEAD_READINGS, _road_head)
    if not heads:
        return cands
    at = {c.tok_start: c for c in cands}
    taken = claimed(cands)
    added: list[NameCandidate] = []
    held: set[int] = set()
    for i, (rel, _head) in heads:
        tok = tokens[i]
        if i in taken or not adjacent(tokens, i + 1):
            continue
        if i > 0 and tokens[i - 1].key in NOT_A_ROAD:
            continue
        p = _after_titles(tokens, i + 1, taken)
        first = at.get(p)
        if first is None and p == i + 1 and _unknown_name(tokens, p, taken, words):
            q = _second_word(tokens, p, taken, words)
            first = NameCandidate(tokens[p].start, tokens[q - 1].end, p, q, "LOC", tokens[p].key, None, "pattern")
        if first is None or first.start != tokens[p].start or not _names_road(first, tokens, p > i + 1):
            continue
        parts = [first]
        j = first.tok_end
        k = j + 1 if j < len(tokens) and tokens[j].text in DASHES else j
        second = at.get(k)
        if first.type == "LOC" and second is not None and second.type == "LOC" and second.start == tokens[k].start \
                and tokens[k].start - tokens[k - 1].end <= 1:
            parts.append(second)  # "طريق الرياض الدمام", "طريق جدة - مكة"
            j = second.tok_end
        if adjacent(tokens, j) and j not in taken and tokens[j].key in ROAD_ADJECTIVES:
            j += 1
        start = tok.start + rel
        added.append(NameCandidate(start, tokens[j - 1].end, i, j, "LOC", road_key(text[start:tokens[j - 1].end]),
                                   None, "pattern"))
        held.update(id(p) for p in parts)
        taken.update(range(i, j))
    if not added:
        return cands
    return with_added([c for c in cands if id(c) not in held], added)


def _unknown_name(tokens: list[Token], j: int, taken: set[int], words: NameWords) -> bool:
    """One indefinite name-like word no finder took, not an ordinary word ("طريق خريص", a district's
    road; not "طريق سريع", "طريق مسدود"); a word under the article is as often a figure of speech
    ("طريق التطبيع", "طريق الفم") and is left to the places the KB or the tagger found. The shapes
    of the words that describe a road rather than name it are left out too: a relational adjective
    or a feminine noun ("طريق ضبابي", "طريق ملاحة"), a participle in م ("طريق منحدر", "طريق مؤدٍ"),
    a word with its vowels written."""
    tok = tokens[j]
    key = tok.key
    return j not in taken and tok.is_word and not tok.text.startswith("ال") and key not in ROAD_ADJECTIVES \
        and not key.endswith(("ي", "ه", "ا")) and not key.startswith("م") \
        and not any(ch in _MARKS for ch in tok.text) and key not in words.given_names and words.name_like(tok)


def _second_word(tokens: list[Token], j: int, taken: set[int], words: NameWords) -> int:
    """The end of an unknown road name that starts at j: the word after a word that begins place
    names ("طريق بئر لحفن") or a definite name-like word ("طريق ضهر البيدر"), a road's adjective
    aside ("طريق خريص الجديد")."""
    k = j + 1
    if k in taken or not adjacent(tokens, k) or not tokens[k].is_word or tokens[k].key in ROAD_ADJECTIVES:
        return k
    nxt = tokens[k]
    if tokens[j].key in PLACE_NAME_STARTS and words.place_name_like(nxt) \
            or nxt.text.startswith("ال") and words.place_name_like(nxt, loose=False):
        return k + 1
    return k


def _after_titles(tokens: list[Token], j: int, taken: set[int]) -> int:
    """The token after at most two titles from j ("طريق الشيخ جابر الصباح", "طريق الأمير سلطان"):
    the titles the person's candidate left out still make the person the road's namesake."""
    k = j
    while k - j < 2 and k < len(tokens) - 1 and k not in taken and tokens[k].key in _PERSON_TITLES \
            and adjacent(tokens, k + 1):
        k += 1
    return k


def _names_road(c: NameCandidate, tokens: list[Token], titled: bool = False) -> bool:
    """A place, or a person a title introduces ("الملك فهد"), inside the candidate or before it
    (`titled`)."""
    if c.type == "LOC":
        return not titled
    return c.type == "PER" and (titled or tokens[c.tok_start].key in _PERSON_TITLES)


def _road_head(tok: Token) -> tuple[int, str] | None:
    """(offset in the word, head key) of "طريق" after a clitic or none ("وطريق"), or None."""
    if tok.key not in HEAD_FORMS or not tok.is_word:
        return None
    return clitic_reading(tok, ROAD_HEADS, CLITIC_RUNS)
