"""Persons that are a verb a writer uses of himself: "أرجو", "نأمل", "أتمنى", "يرجى"; a form of
address after the vocative ("يا سيدي"); a title or kin noun with "his" ("نائبه", "شقيقه").

The tagger reads a first-person verb at the head of a clause ("والحقيقة أرجو أن تروا ذلك",
"أرجو معذرتي") as a person, alone or with the word after it. Such a form names nobody: its
letters are those of a verb the writer or the speaker says of himself (`speaker_verb_forms.tsv`,
written by hand). A person whose first word is one of them is dropped, unless the KB knows the
whole name or the next word is a given name ("أشكر خالد": the person starts at خالد).

The tagger also reads the vocative "يا" and the word after it as a person: a form of address
(`address_words.tsv`: "يا سيدي", "يا أخي") names nobody, a given name after it ("يا محمد") is
the person. And it reads a one-word possessed noun at a clause's head ("فتعجب نائبه") as one:
`possessed_noun` says no name ends so.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords, possessed_noun
from marsad.lexicons.loader import keyed

_SELF_VERBS = keyed("speaker_verb_forms.tsv", None, alias_key)
_ADDRESS = keyed("address_words.tsv", None, alias_key)
_VOCATIVE = alias_key("يا")
_CONJUNCTIONS = ("و", "ف")


def _self_verb(word: str) -> bool:
    """`word` (a key) is one of the verb forms, also after و/ف ("وأرجو")."""
    return word in _SELF_VERBS or word[:1] in _CONJUNCTIONS and word[1:] in _SELF_VERBS


def drop_verb_persons(cands: list[NameCandidate], tokens: list[Token], text: str,
                      words: NameWords) -> list[NameCandidate]:
    """The candidates without the persons that begin with a speaker's own verb form."""
    out = []
    for c in cands:
        if c.type != "PER" or c.actor is not None:
            out.append(c)
            continue
        first = alias_key(text[c.start : tokens[c.tok_start].end])
        if first == _VOCATIVE:
            _after_vocative(c, tokens, text, words, out)
            continue
        if c.tok_end == c.tok_start + 1 and c.start == tokens[c.tok_start].start \
                and possessed_noun(tokens[c.tok_start].text, first, words.common):
            continue  # "فتعجب نائبه": his deputy
        if not _self_verb(first):
            out.append(c)
            continue
        nxt = c.tok_start + 1
        if nxt < c.tok_end and tokens[nxt].is_word and tokens[nxt].key in words.given_names:
            c.start, c.tok_start = tokens[nxt].start, nxt  # "أشكر خالد الراشد": the name after the verb
            c.key = alias_key(text[c.start : c.end])
            out.append(c)
    return out


def _after_vocative(c: NameCandidate, tokens: list[Token], text: str, words: NameWords,
                    out: list[NameCandidate]) -> None:
    """"يا محمد": the person is محمد (kept in `out`); "يا سيدي", "يا غافر الذنب" (an attribute of
    God), "يا" alone: nobody."""
    nxt = c.tok_start + 1
    if nxt >= c.tok_end or not tokens[nxt].is_word or tokens[nxt].key in _ADDRESS \
            or tokens[nxt].key not in words.given_names:
        return
    c.start, c.tok_start = tokens[nxt].start, nxt
    c.key = alias_key(text[c.start : c.end])
    out.append(c)
