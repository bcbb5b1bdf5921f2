"""Persons, bodies and places read inside a quoted phrase that names nothing: "«الحلم العظيم»",
“اترك أثر”, "كونوا في بيوتكم".

Headlines put in quotes a slogan, a campaign, a nickname, the words of a quotation or a plain
noun phrase the writer wants to stress. The NER tagger reads the quotes as the edges of a name and
tags the words inside, ordinary as they are. Two kinds are no entity, unless the KB knows the
candidate or a word of it is a given name:

- in a headline, a quoted definite noun and its definite adjective, no word of which may be part
  of a name (`name_like`), read as a person, a place or a thing: "«الحلم العظيم»", "«الرصاصة
  الطائشة»". Not a body: companies are named so ("«البلاد المالية»"). Only in the headline: in a
  body the same shape often names a body, an event or a site the article keeps quoting
  ("«الدولة الإسلامية» المزعومة", "«القصر الثقافي»"), and a name written plainly elsewhere in the
  article or quoted after a body's head word ("حزب «...»") is kept anywhere;
- a candidate in a quoted clause of two words or more that opens with a verb (a known verb form,
  an imperative "اترك", a plural "كونوا"): the quoted words of a saying or a campaign's slogan.
  The candidate goes when it holds the verb or has no word that may be part of a name.

A quoted name of a company, a product or a body ("«موبايلي»", "«أرامكو»") has a name word and
stays; so do quoted words a colon follows (a headline's speaker: "«الشؤون البلدية»: ...").
Only short phrases count (a long quote is a quotation whose names are real mentions).
"""

from __future__ import annotations

from bisect import bisect_left

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords, institution
from marsad.layers.entities.word_lists import QUOTED_ORG_HEADS, QUOTED_PLACE_HEADS, QUOTED_PLACES_HEADS

# opening mark -> closing mark; the straight quote closes itself
_QUOTES = {"«": "»", "“": "”", '"': '"'}
_OPENERS = frozenset(_QUOTES)
MAX_WORDS = 6  # a quoted phrase longer than this is a quotation: its names are real mentions


def _quoted_span(c: NameCandidate, text: str) -> tuple[int, int] | None:
    """(start, end) of the text between the quote marks around the candidate, on its line, or None."""
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start : c.start]
    best = -1
    for mark, closer in _QUOTES.items():
        at = before.rfind(mark)
        if at < 0:
            continue
        if mark == '"':
            if before.count('"') % 2 == 0:
                continue  # the last straight quote before the candidate closes a phrase
        elif before.rfind(closer) > at:
            continue  # the phrase closed before the candidate
        best = max(best, at)
    if best < 0:
        return None
    start = line_start + best + 1
    opener = text[start - 1]
    end = text.find(_QUOTES[opener], c.end, line_end)
    if end < 0:
        return None
    return start, end


def _name_word(tok: Token, words: NameWords) -> bool:
    return tok.key in words.given_names or words.name_like(tok) or bool(words.kb.lookup(tok.key))


def _verb_like(tok: Token, words: NameWords, verbs: frozenset[str]) -> bool:
    """A verb that may open a quoted clause: a known verb form, an imperative of a bare root
    written with the connecting alif ("اترك", "اصنع": ا + three letters; a name takes "أ" or "إ"),
    or a plural verb in "وا" ("كونوا", "ساهموا"). Never a given name or a name the KB knows."""
    key, text = tok.key, tok.text
    if not tok.is_word or key in words.given_names or words.kb.lookup(key):
        return False
    if key in verbs:
        return True
    if text.startswith("ا") and not text.startswith("ال") and len(text) == 4:
        return True
    return len(text) >= 5 and text.endswith("وا") and not text.startswith("ال")


def _common_phrase(own: list[Token], words: NameWords) -> bool:
    """"«الطائرة الماليزية»", "«الرصاصة الطائشة»": a definite noun and its definite adjective, no
    word of which may be part of a name, and no institution's head ("«الهيئة الملكية»" is a body).
    A relational adjective first stands for a body's name ("«المركزي الليبي»", the central bank)."""
    if len(own) < 2 or not all(t.text.startswith("ال") for t in own) or own[0].key.endswith("ي"):
        return False
    return not institution(own[0]) and not any(_name_word(t, words) for t in own)


def _said_plainly(c: NameCandidate, text: str) -> bool:
    """Does the article write the candidate's words outside quote marks too ("«الدولة الإسلامية»"
    ... "تنظيم الدولة الإسلامية")? A name is written plainly once quoted; a stressed phrase rarely."""
    phrase = text[c.start : c.end]
    at = text.find(phrase)
    while at >= 0:
        if (at == 0 or text[at - 1] not in _OPENERS) and at != c.start:
            return True
        at = text.find(phrase, at + 1)
    return False


def _after_head(span: tuple[int, int], tokens: list[Token], first: int) -> bool:
    """Is the word before the opening quote a body's or a place's head ("حزب «البيت اليهودي»",
    "دار «الكتب العلمية»")? The quote then holds a name."""
    k = first - 1
    while k >= 0 and not tokens[k].is_word:
        k -= 1
    if k < 0 or tokens[k].end > span[0]:
        return False
    heads = QUOTED_ORG_HEADS | QUOTED_PLACE_HEADS | QUOTED_PLACES_HEADS
    return any(stem in heads for _off, stem in tokens[k].splits)


def _words_within(tokens: list[Token], span: tuple[int, int]) -> list[int]:
    """Indices of the word tokens inside `span`. Tokens are in text order and do not overlap, so
    their starts and ends both rise: a bisection finds the first, the scan stops at the last."""
    out = []
    k = bisect_left(tokens, span[0], key=_start)
    while k < len(tokens) and tokens[k].end <= span[1]:
        if tokens[k].is_word:
            out.append(k)
        k += 1
    return out


def _start(tok: Token) -> int:
    return tok.start


def drop_quoted_phrases(cands: list[NameCandidate], tokens: list[Token], text: str, words: NameWords,
                        verbs: frozenset[str]) -> list[NameCandidate]:
    """The candidates without the persons, bodies and places read inside a quoted phrase that is a
    common-noun phrase or a clause (see the module's doc)."""
    out = []
    for c in cands:
        if c.actor is not None or c.source == "kb" or c.type not in ("PER", "ORG", "LOC", "MISC"):
            out.append(c)
            continue
        span = _quoted_span(c, text)
        if span is None:
            out.append(c)
            continue
        inside = _words_within(tokens, span)
        if not inside or len(inside) > MAX_WORDS:
            out.append(c)
            continue
        own = [tokens[k] for k in range(c.tok_start, c.tok_end) if tokens[k].is_word]
        if any(t.key in words.given_names for t in own):
            out.append(c)
            continue
        if text[span[1] + 1 : span[1] + 3].strip().startswith(":"):
            out.append(c)
            continue  # «الشؤون القروية»: ... the quoted words speak: a body, not a phrase
        if c.type != "ORG" and "\n" not in text[: c.start] and _common_phrase(own, words) and not _said_plainly(c, text) \
                and not _after_head(span, tokens, inside[0]):
            continue  # a headline's «الطائرة الماليزية» (in a body such quotes name events and sites too)  # «الطائرة الماليزية»
        first = tokens[inside[0]]
        if len(inside) >= 2 and _verb_like(first, words, verbs) \
                and (c.tok_start <= inside[0] or not any(_name_word(t, words) for t in own)):
            continue  # «اترك أثر», «كونوا في بيوتكم»: a clause, or the verb read into a name
        out.append(c)
    return out


# "أهالي «X»", "سكان «X»": the people of a place; the quoted words after them are the place
_RESIDENTS = frozenset(alias_key(w) for w in ("أهالي", "اهالي", "سكان", "قاطنو", "قاطني"))


def retype_residents_places(cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
    """A body or a person the tagger read in quotes right after a word for a place's residents
    ("أهالي «وادي الخير» يطالبون"): the quoted words name the place (in place)."""
    for c in cands:
        if c.actor is not None or c.type not in ("ORG", "PER"):
            continue
        span = _quoted_span(c, text)
        if span is None or text[span[0] : c.start].strip() or text[c.end : span[1]].strip():
            continue  # the candidate must be the whole quoted phrase
        k = c.tok_start - 1
        while k >= 0 and not tokens[k].is_word:
            k -= 1
        if k >= 0 and tokens[k].end <= span[0] and not text[tokens[k].end : span[0] - 1].strip() \
                and any(stem in _RESIDENTS for _off, stem in tokens[k].splits):
            c.type = "LOC"
