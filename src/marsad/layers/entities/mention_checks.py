"""Single tests of the mention finder on one candidate: is it a minister's portfolio, a religious
formula, a prayer's time, a unit counted after a number, the pilgrims, a known name that may end an
NER name? Each answers from the candidate and its tokens; `MentionFinder` decides what to do."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, move_end
from marsad.layers.entities.name_words import reads_as
from marsad.layers.entities.word_lists import (
    ALLAH,
    ALLAH_COMPOUND,
    AMOUNT_WORDS,
    DEFINITE_INSTITUTIONS,
    PATTERN_HEADS,
    PORTFOLIO_TITLES,
    PRAYER_WORDS,
)


def portfolio(c: NameCandidate, tokens: list[Token]) -> bool:
    """"وزيرة الخارجية الأمريكية": a minister's portfolio, not the ministry named (which keeps
    its head word: "وزير في وزارة الخارجية")."""
    return c.type == "ORG" and c.tok_start > 0 and reads_as(tokens[c.tok_start - 1], PORTFOLIO_TITLES) \
        and tokens[c.tok_start].key not in DEFINITE_INSTITUTIONS and tokens[c.tok_start].key not in PATTERN_HEADS


_NOT_LETTERS = "-–—()«»\"'،,."


def names_god(key: str, written: str) -> bool:
    """"الله" in a name other than as its second part ("عبد الله", "حزب الله"): the phrase is a
    religious formula ("بتوفيق الله", "ولله الحمد", "أسأل الله"), not a name. A part written with
    a final ه where the name has ة is a verb with its pronoun: "رحمه الله" (may God have mercy on
    him) is a prayer after a name, "رحمة الله" a name."""
    # both tests need a word of ALLAH: its key is then part of the key or of the written words'
    # match key (a character-by-character folding); most names have none
    folded = match_key(written)
    if not any(form in key or form in folded for form in ALLAH):
        return False
    words = key.split(" ")
    if any(w in ALLAH and (i == 0 or words[i - 1].removeprefix("ال") not in ALLAH_COMPOUND)
           for i, w in enumerate(words)):
        return True
    spelt = [w.strip(_NOT_LETTERS) for w in written.split()]
    return any(alias_key(w) in ALLAH and i > 0 and spelt[i - 1].endswith("ه") for i, w in enumerate(spelt))


def cut_prayer(c: NameCandidate, tokens: list[Token], text: str) -> None:
    """"الملك فيصل -رحمه الله-": a name NER ran on into the prayer said after it ends before it."""
    for k in range(c.tok_start + 1, c.tok_end - 1):
        if tokens[k].text.endswith("ه") and tokens[k + 1].key in ALLAH:
            j = k
            while j > c.tok_start and not tokens[j - 1].is_word:
                j -= 1
            if j > c.tok_start:
                move_end(c, j, tokens, text, relink=False)
            return


def prayer_time(c: NameCandidate, tokens: list[Token]) -> bool:
    """"صلاة المغرب", "صلاتي المغرب والعشاء": a one-word place right after a word for a prayer is
    the prayer's time (the sunset prayer), not the country."""
    return c.type == "LOC" and c.tok_end - c.tok_start == 1 and c.tok_start > 0 \
        and c.start == tokens[c.tok_start].start and reads_as(tokens[c.tok_start - 1], PRAYER_WORDS)


# a measure's prefix, the first of two words of a unit ("كيلو غرام", "ميجا واط")
_UNIT_PREFIXES = frozenset(alias_key(w) for w in ("كيلو", "ميجا", "ميغا", "جيجا", "غيغا", "ميلي", "ملي", "سنتي"))


def unit_of_an_amount(c: NameCandidate, tokens: list[Token]) -> bool:
    """"800 ألف ريال", "5.3 مليار يورو", "676 كيلو غرام": one word (or a measure's prefix and its
    unit) NER tagged right after a number is the unit counted (a currency), not a body or a place."""
    n = c.tok_end - c.tok_start
    if c.source != "ner" or c.actor is not None or c.tok_start == 0 \
            or n != 1 and not (n == 2 and tokens[c.tok_start].key in _UNIT_PREFIXES):
        return False
    prev = tokens[c.tok_start - 1]
    return c.start == tokens[c.tok_start].start and (prev.kind == "num" or prev.key in AMOUNT_WORDS)


_PILGRIMS = alias_key("الحجاج")
# what follows al-Hajjaj ibn Yusuf's name when the press means him
_HAJJAJ_NEXT = frozenset(alias_key(w) for w in ("بن", "ابن", "الثقفي"))


def pilgrims(c: NameCandidate, tokens: list[Token]) -> bool:
    """"أعداد الحجاج", "إسكان الحجاج": the pilgrims, read as al-Hajjaj, whom the press names with his
    lineage ("الحجاج بن يوسف", "الحجاج الثقفي"); a known person stays."""
    if c.type != "PER" or c.actor is not None or all(stem != _PILGRIMS for _off, stem in tokens[c.tok_start].splits):
        return False
    nxt = c.tok_start + 1
    return nxt >= len(tokens) or tokens[nxt].key not in _HAJJAJ_NEXT


def tail_name(k: NameCandidate, text: str) -> bool:
    """May a known name after ب/ل/و end the NER name before it ("عبدالعزيز بجدة", "قال العمري
    للجزيرة", "قال أحمد لإفي")? Not one indefinite word of a body written without the hamza its
    name has ("لافي" for "لإفي"): that is rather the person's own family name read off its first
    letter ("أيمن لافي" is no ل + "إفي", the agency)."""
    return k.type == "LOC" or k.tok_end - k.tok_start > 1 or k.key.startswith("ال") \
        or text[k.start : k.start + 1] in "أإآ"
