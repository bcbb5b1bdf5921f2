"""Persons after an honorific whose given name is also an ordinary word: "المهندس عمر المبارك",
"الدكتورة إيمان عسيري", "الدكتور خليل الخليل".

The given names that are words too ("عمر" an age, "إيمان" faith, `word_given_names.tsv`) are left
out of the generated given names, so the given-name finder does not start a person at them, and a
family name that is a word or a known name ("المبارك", "الخليل" Hebron, "حماس" the movement) gives
NER nothing to go on. Right after an honorific ("المهندس", "الدكتورة", "الفنان"; one relational
adjective of it may stand between: "السفير السعودي"), such a given name and the word after it are
a person's name when that word is a family's: a family name that is also a word, a family's
relational name, a name-like word, or a one-word place or body the KB matched there (a city's
name borne by a family: "الخليل"). Where a finder already reads a person from the given name on,
or the two words are part of a longer name, nothing is added.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, with_added
from marsad.layers.entities.name_words import NameWords, clitic_reading, has_pronoun_suffix, reads_as
from marsad.layers.entities.namesakes import GULF_GIVEN_NAMES
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS
from marsad.layers.entities.word_lists import CONNECTORS, WORD_GIVEN_NAMES, WORD_NAMES
from marsad.lexicons.loader import keyed
from marsad.lexicons.names import given_names as lexicon_given_names

# given names that are words too, taken here only (lexicon `honorific_given_names.tsv`)
_HONORIFIC_GIVEN = keyed("honorific_given_names.tsv", None, alias_key)
# the preposition "على", whose key is Ali's name
_ALA = "على"
# the conjunctions an honorific takes in a list of persons ("والمهندس", "فالدكتور")
_HONORIFIC_CLITICS = ("", "و", "ف")
_LEXICON_GIVEN = lexicon_given_names()
_GIVEN_FORMS = FormMemo()  # word form -> is its key a given name (of the lexicon or the word lists)


def _given_word(tok: Token) -> bool:
    key = tok.key
    return key in _LEXICON_GIVEN or key in WORD_NAMES or key in _HONORIFIC_GIVEN or key in GULF_GIVEN_NAMES


def _relational_adjective(tok: Token, words: NameWords) -> bool:
    """"السعودي", "الأردنية": a definite relational adjective after an honorific, which it describes."""
    key = tok.key
    return key.startswith("ال") and key.endswith(("ي", "يه")) and (key in words.common
                                                                  or words.kb.demonym(key) is not None)


def _across(c: NameCandidate, h: int, i: int) -> bool:
    """Does the unlinked NER name `c` run over the honorific at h into the name at i, ending with it
    ("الملك خالد" + "الدكتورة إيمان عسيري" read as one person)? An honorific starts a new name."""
    return c.type == "PER" and c.source == "ner" and c.actor is None and c.tok_start <= h and i < c.tok_end <= i + 2


def _family_word(given: Token, tok: Token, after: Token | None, words: NameWords, verbs: frozenset[str]) -> bool:
    """May `tok`, right after the given name, be the family's name? After a given name that is a
    word too, only a family's name that shows itself: a family name that is also a word, a family's
    relational name; after "على" as written (the preposition, also Ali's name) only the latter."""
    key = tok.key
    if key in HONORIFICS or key in TITLE_HEADS or key in CONNECTORS or has_pronoun_suffix(key) \
            or tok.text.startswith(("و", "ف")) and key not in words.given_names or words.prepositional(tok) \
            or _governed(tok, words) or reads_as(tok, verbs) and key not in words.given_names:
        return False  # "جامعة الملك فيصل" + "تكرم": the verb of the clause
    if given.text == _ALA:
        return _relational_family(tok, words)
    if words.word_family(tok, after) or _relational_family(tok, words):
        return True
    # a given name that is no word ("محمد", "فادي"): any word that may be a name's; not "حسن" +
    # "التدبير" (good management), whose given name is an adjective too
    return given.key in words.given_names and given.key not in WORD_GIVEN_NAMES and given.key not in words.common \
        and words.name_like(tok)


def _relational_family(tok: Token, words: NameWords) -> bool:
    """A family's relational name, with the article ("الحارثي", "العتيبي") or, no ordinary word,
    without it ("عسيري"); no country's adjective ("المصري", "سعودي")."""
    key = tok.key  # the letter as written: "المدى" (the range) folds to the same key
    if not tok.text.endswith("ي") or len(key) < 5 or has_pronoun_suffix(key) or words.kb.demonym(key) is not None:
        return False
    if tok.text.startswith("ال"):
        return True
    return words.kb.demonym("ال" + key) is None and key not in words.common and words.name_like(tok)


def _governed(tok: Token, words: NameWords) -> bool:
    """ب/ل + a word or a name the KB knows ("بجدة", "للإسعافات"): a preposition after the name."""
    if not tok.text.startswith(("ب", "ل")) or len(tok.splits) < 2 or tok.key in words.given_names:
        return False
    rest = tok.splits[1][1]
    return rest in words.common or bool(words.kb.lookup(rest))


def add_honorific_word_persons(cands: list[NameCandidate], tokens: list[Token], text: str,
                               words: NameWords, verbs: frozenset[str]) -> list[NameCandidate]:
    """The candidates with the persons an honorific names by a word given name and a family name."""
    # where a given name stands: asked once per word form (its key decides it) when the words'
    # given names are the lexicon's, as always outside a test that builds its own
    given_names = words.given_names
    n_tokens = len(tokens)
    if given_names is _LEXICON_GIVEN:
        spots = [i for i in indices_where(tokens, _GIVEN_FORMS, _given_word) if 1 <= i < n_tokens - 1]
    else:
        spots = [i for i in range(1, n_tokens - 1) if (key := tokens[i].key) in given_names or key in WORD_NAMES
                 or key in _HONORIFIC_GIVEN or key in GULF_GIVEN_NAMES]
    if not spots:
        return cands
    at: dict[int, NameCandidate] = {}
    for c in cands:
        for k in range(c.tok_start, c.tok_end):
            at[k] = c
    added: list[NameCandidate] = []
    dropped: set[int] = set()
    for i in spots:
        given, family = tokens[i], tokens[i + 1]
        if given.text != given.key and alias_key(given.text) != given.key or not adjacent(tokens, i + 1):
            continue  # a clitic on the given name: "بعمر" is no name after an honorific
        h = i - 1
        if _relational_adjective(tokens[h], words) and h > 0 and adjacent(tokens, h):
            h -= 1  # "السفير السعودي عيد الثقفي"
        if not tokens[h].is_word or not adjacent(tokens, h + 1) \
                or clitic_reading(tokens[h], HONORIFICS, _HONORIFIC_CLITICS) is None:
            continue
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if not _family_word(given, family, after, words, verbs):
            continue
        if after is not None and adjacent(tokens, i + 2) and (after.key in CONNECTORS
                                                               or after.key in words.given_names):
            continue  # "عمر بن"..., a longer name: the lineage finders read it
        owners = {id(at[k]): at[k] for k in (i, i + 1) if k in at}
        if any(not _across(c, h, i) and (c.type == "PER" or c.tok_start < i or c.tok_end > i + 2)
               for c in owners.values()):
            continue  # a person read there already, or a longer name holds the words
        if any(c.actor is not None and c.actor.kind == "country" for c in owners.values()):
            continue  # "السفير علي" + "مصر"? a country named after the person, no family
        dropped.update(owners)
        key = alias_key(text[given.start : family.end])
        added.append(NameCandidate(given.start, family.end, i, i + 2, "PER", key, None, "pattern"))
    if not added:
        return cands
    return with_added([c for c in cands if id(c) not in dropped], added)
