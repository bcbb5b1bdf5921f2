"""Agencies and outlets written in Latin letters inside Arabic copy ("وذكرت NHK", "بحسب CNN",
"(AFP)", "وقالت صحيفة New York Times").

Arabic news often keeps a foreign outlet's own spelling, above all a broadcaster's or a wire's
acronym. The KB outlets are matched by their English names in the same citing constructions as
their Arabic ones. An acronym the KB does not list counts only right after a verb of news-telling
or an "according to" word ("وأفادت NHK أن", "وفقا لـ NHK"): there the acronym is the verb's
subject or the source cited; after "قالت" or "أعلنت" it may be any body ("وأعلنت OPEC"). A body the
entity layer knows, such as a ministry or a UN agency, is left out by the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES, SpeechLexicon
from marsad.layers.sources.words import QUOTES, is_latin, lone_lam, stem_in
from marsad.lexicons import loader

SHORT_LATIN = 3          # an English alias this short ("AP", "RT") counts only in capitals, or with no vowel
VOWELS = frozenset("aeiouy")
ACRONYM_LETTERS = (2, 6)  # the length of an unlisted acronym ("NHK", "ZDF", "ORF")
NEWS_VERBS = loader.keyed("source_words.tsv", "news_verb", match_key)
_ACRONYMS = FormMemo()  # the forms that are an acronym in Latin capitals


def agency_aliases(actors: Iterable, alias_key: Callable[[str], str]) -> Iterator[tuple[str, object]]:
    """(match key, actor) for the Arabic names of the agencies and outlets and their English ones:
    the key a Latin token gets is its lower-cased text, so "New York Times" is "new york times"."""
    for actor in actors:
        for alias in actor.all_ar():
            yield " ".join(alias_key(alias).split()), actor
        for alias in (actor.name_en, *actor.aliases_en):
            if alias and alias.isascii():
                yield " ".join(alias.lower().split()), actor


def shouted(toks: list[Token], i: int, j: int) -> bool:
    """A match in Latin letters is a name when it is long enough, written in capitals or a string of
    consonants no word is spelled with ("cnn", "bbc"): "AP" is the wire, "ap" or "As" are not;
    Arabic matches pass."""
    words = [t for t in toks[i:j] if t.is_word]
    if not words or not all(is_latin(t) for t in words):
        return True
    text = "".join(t.text for t in words)
    # "في مقابلة مع cnn": three letters and no vowel spell no English word, only the acronym
    return len(text) > SHORT_LATIN or text.isupper() or (len(text) == SHORT_LATIN and not VOWELS & set(text.lower()))


def inside_latin_name(toks: list[Token], i: int, j: int) -> bool:
    """A match in Latin letters right after another Latin word, a space alone between, is the end of
    a longer name ("PopCorn Time", "Warner Time"), not the outlet the KB lists."""
    if i == 0 or not all(is_latin(t) for t in toks[i:j] if t.is_word):
        return False
    prev = toks[i - 1]
    return is_latin(prev) and prev.end < toks[i].start and not prev.text.isupper()


def unlisted_acronyms(toks: list[Token], taken: set[int], lex: SpeechLexicon,
                      not_outlet: Callable[[int, int], bool]) -> list[tuple[int, int, None]]:
    """Acronyms in Latin capitals the KB does not list, right after a verb of news-telling
    ("news_verb" in lexicons/source_words.tsv) or an according word, a "لـ" or a quotation mark
    between ("وذكرت NHK", "وفقا لـ"ZDF""): the outlet the text cites, as (start, end, None);
    `not_outlet(start, end)`: a body the entity layer knows as no outlet."""
    out = []
    for i in indices_where(toks, _ACRONYMS, _is_acronym):
        tok = toks[i]
        if i in taken or i == 0 or (i + 1 < len(toks) and is_latin(toks[i + 1])):
            continue  # a longer Latin phrase ("SMART DRIVE", "AIR BODY CONTROL") is a product, not a tag
        k = i - 1
        if toks[k].text in QUOTES:
            k -= 1
        if k >= 0 and lone_lam(toks[k]):
            k -= 1
        if k < 0 or not toks[k].is_word:
            continue
        verb = toks[k]
        told = stem_in(verb, NEWS_VERBS, VERB_PREFIXES)
        if (told or lex.is_according(verb)) and not not_outlet(tok.start, tok.end):
            out.append((tok.start, tok.end, None))
            taken.add(i)
    return out


def _is_acronym(tok: Token) -> bool:
    lo, hi = ACRONYM_LETTERS
    text = tok.text
    return is_latin(tok) and text.isalpha() and text.isupper() and lo <= len(text) <= hi
