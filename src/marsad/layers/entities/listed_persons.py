"""Persons named in a list of persons ("فلان، وفلان، وفلان") that the tagger left out or cut.

Lists of people are frequent in the press (the cast of a play, the men arrested in a raid, the
members of a delegation), and the tagger finds most of their items but not all: an item whose
words are ordinary words too ("ماجد المصري", "حسن الراهب", "أمل الشريف") is read as no name, and an
item whose given name is a word ("سعيد", "أمير", "عمر", "لينا") loses it ("عبدالهادي الشريف" for
"سعيد عبدالهادي الشريف").

Two repairs, both from the list's structure and not from the words alone:

- `extend_given_starts`: a person's name the tagger found starts one word later than the item it
  is, when the word before it is a given name that opens the item: at the start of a line or
  after a comma, or joined by "و" to the person named before ("، وأمير إبراهيم صبارنة").
- `add_listed_persons`: an item of two or three words between two items that are persons ("A،
  وX Y، وB", "A وX Y وB"), or between a person and the end of the list when its first word is a
  given name, is a person too.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import (
    NameCandidate,
    claimed,
    move_start,
    span_candidate,
    with_added,
)
from marsad.layers.entities.name_words import has_pronoun_suffix
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS
from marsad.layers.entities.word_lists import PATRONYMIC, PREPOSITIONS, WORD_NAMES

COMMAS = frozenset({"،", ","})
# what ends the last item of a list: the end of a sentence or of a bracket
_LIST_ENDS = frozenset({".", "؛", ";", ")", ":", "!", "؟", "?"})
# a preposition on a definite word ("بالفوز", "للمنتخب") opens no word of a name after its first
_CLITIC_ARTICLE = ("بال", "لل", "كال", "فال")
ITEM_WORDS = (2, 3)
_TANWIN = ("\u064b", "\u064c", "\u064d")  # an indefinite ending written out: a noun or an adjective  # a listed person is named by a given name and one or two more words
# words that begin no listed person's name (a count, a group, the rest: "وعدد من", "وآخرين")
_NO_ITEM = frozenset(alias_key(w) for w in (
    "عدد", "آخرين", "آخرون", "غيرهم", "غيرهما", "أسرته", "عائلته", "أبناء", "أبنائه", "زوجته", "جميع", "كل",
    "بعض", "أعضاء", "مسؤولي", "منسوبي", "ممثلي"))


def _conj(tok: Token) -> str | None:
    """The word after a leading و of `tok` (its match key), if `tok` reads as و + a word."""
    for off, stem in tok.splits:
        if off == tok.start + 1 and tok.key.startswith("و"):
            return stem
    return None


def _given(key: str, given_names: frozenset[str]) -> bool:
    return key in given_names or key in WORD_NAMES


def _one_space(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i].start == tokens[i - 1].end + 1


def _line_start(tokens: list[Token], text: str, i: int) -> bool:
    return i == 0 or "\n" in text[tokens[i - 1].end : tokens[i].start]


def extend_given_starts(cands: list[NameCandidate], tokens: list[Token], text: str,
                        given_names: frozenset[str], verbs: frozenset[str] = frozenset()) -> None:
    """"، وأمير" + "إبراهيم صبارنة": a tagger's person of one to four words begins at the given
    name before it, when that word opens an item of a list (after a comma, or after "و" that
    follows a comma or a person) or a line."""
    covered = claimed(cands)
    per_end = {c.tok_end for c in cands if c.type == "PER"}
    for c in cands:
        a = c.tok_start
        if c.type != "PER" or c.source != "ner" or not 1 <= c.tok_end - a <= 4 or a < 1 \
                or c.start != tokens[a].start or a - 1 in covered or not _one_space(tokens, a):
            continue
        w = tokens[a - 1]
        if not w.is_word or w.key in HONORIFICS or w.key in TITLE_HEADS or w.key in PATRONYMIC or w.key in verbs:
            # "روى ديفيد ريمنيك": a verb that is a given name too opens the sentence, not the name
            continue
        stem = _conj(w)
        if stem is not None and _given(stem, given_names) and not _given(w.key, given_names) \
                and stem not in TITLE_HEADS:
            # "، وأمير إبراهيم", "سعد العتيبي وعلي رضا الحربي": a new item after و
            if a - 1 >= 1 and (tokens[a - 2].text in COMMAS or a - 1 in per_end):
                move_start(c, a - 1, tokens, text, at=w.start + 1)
            continue
        if _given(w.key, given_names) and (_line_start(tokens, text, a - 1) or tokens[a - 2].text in COMMAS):
            move_start(c, a - 1, tokens, text)


def _item_end(tokens: list[Token], k: int, starts: dict[int, NameCandidate]) -> int | None:
    """The end of the list item that starts at token k: a comma, the و of a listed person, or the
    end of the list, two or three words on; None when there is none there."""
    for n in ITEM_WORDS:
        j = k + n
        if j > len(tokens):
            return None
        if j == len(tokens) or tokens[j].text in COMMAS or tokens[j].text in _LIST_ENDS:
            return j
        if j in starts and _conj(tokens[j]) is not None:
            return j
    return None


def add_listed_persons(cands: list[NameCandidate], tokens: list[Token], text: str,
                       given_names: frozenset[str], common: frozenset[str],
                       verbs: frozenset[str]) -> list[NameCandidate]:
    """Add the unnamed items of a list of persons: after a person, a comma or "و", then two or
    three words up to the next comma, the و of the next person or the list's end."""
    added: list[NameCandidate] = []
    for _ in range(4):  # an item found makes its neighbour's neighbour a list of persons too
        now = with_added(cands, added)
        covered = claimed(now)
        persons = [c for c in now if c.type == "PER"]
        starts = {c.tok_start: c for c in persons}
        ends = {c.tok_end for c in persons}
        found: list[NameCandidate] = []
        for p in persons:
            k = p.tok_end
            if k < len(tokens) and tokens[k].text in COMMAS:
                k += 1
            if k >= len(tokens) or k in covered or (k == p.tok_end and _conj(tokens[k]) is None):
                continue
            j = _item_end(tokens, k, starts)
            if j is None or any(x in covered for x in range(k, j)):
                continue
            words = tokens[k:j]
            stem = _conj(words[0])
            # "ورواء", "وأمل": و and a name; "وزير", "وليد": a word of its own
            first = stem if stem is not None and _given(stem, given_names) and not _given(words[0].key, given_names) \
                and words[0].key not in TITLE_HEADS else words[0].key
            if stem is not None and first == words[0].key and (words[0].key in TITLE_HEADS or words[0].key in common):
                continue
            if not all(t.is_word and not t.text.startswith(_CLITIC_ARTICLE) and t.key not in verbs and t.key not in PREPOSITIONS and t.key not in TITLE_HEADS
                       and t.key not in HONORIFICS and t.key not in _NO_ITEM for t in words[1:]) \
                    or not words[0].is_word or first in TITLE_HEADS or first in HONORIFICS or first in _NO_ITEM \
                    or first in verbs or first in PREPOSITIONS:
                continue
            if words[0].text.endswith("ى") or first not in given_names and all(t.key in common for t in words[1:]):
                continue  # "على وجه الخصوص": the preposition, and a phrase of ordinary words
            if any(has_pronoun_suffix(t.key) or any(m in t.text for m in _TANWIN) for t in words):
                continue  # "وأسألك قلبا سليما"، "وحسن عبادتك": a clause of a prayer, no name
            next_person = j in starts
            # a person that is itself an item of a list ("A، B، وX Y"): the list is one of persons
            listed = p.tok_start > 1 and (tokens[p.tok_start - 1].text in COMMAS and p.tok_start - 1 in ends
                                          or _conj(tokens[p.tok_start]) is not None and p.tok_start - 1 in ends
                                          or tokens[p.tok_start - 1].text in COMMAS
                                          and _conj(tokens[p.tok_start]) is not None)
            if not (_given(first, given_names) or (next_person or listed) and first not in common
                    and (stem is None or stem not in common)):
                continue
            if not (next_person or tokens[j - 1] is tokens[-1] or j < len(tokens)
                    and (tokens[j].text in COMMAS or tokens[j].text in _LIST_ENDS)):
                continue
            if k == p.tok_end and not next_person and p.tok_start - 1 not in ends \
                    and not (p.tok_start > 0 and tokens[p.tok_start - 1].text in COMMAS):
                continue  # "A وX Y." alone: a list of two needs a person after it or one before A
            cand = span_candidate(tokens, text, k, j, "PER", strip_conj=True)
            if cand is not None and cand.start < cand.end:
                found.append(cand)
                covered.update(range(k, j))
        if not found:
            break
        added.extend(found)
    return with_added(cands, added)
