"""A family name the article itself shows to be a person's: the word alone as the subject of a
verb of saying ("وأوضح الشمري أن", "وأكدت العتيبي إن") completes the full name where it
stands after a first name ("منيرة العتيبي، المتحدثة باسم ...").

A person's full name is often cut or missed at its first mention when the family name is also
an ordinary word ("ألفي", "يمين"), a nisba read as a country's adjective ("المغربي") or a word
the tagger does not know, and the first name alone is no ordinary name ("إجلال"). The press
then names the speaker by the family name alone after each verb of saying; that repeat is the
evidence. Where the word follows a person's mention that ends right before it, the mention is
extended over it; where it follows a name-shaped word nothing claimed, the two words are a
person. The repeats themselves are found afterwards by `surname_repeats.py`, from the full name.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import NameWords, clitic_reading, has_pronoun_suffix
from marsad.layers.entities.person_nouns import NOUNS
from marsad.layers.entities.surname_repeats import COMPLEMENTISER_CLITICS, COMPLEMENTISERS, MIN_LETTERS
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS
from marsad.layers.entities.word_lists import AFTER_SPEAKER, CONNECTORS, NOT_FAMILY_NAMES
from marsad.lexicons.verbs import reporting_verb_keys

_VERB_CLITICS = ("", "و", "ف")
_VERB_FORMS = FormMemo()  # per written form: is it a verb of saying (with و/ف)?
# the heads of a kunya and of lineage, which govern the noun after them ("أبي الكيمياء")
_GOVERNING_HEADS = CONNECTORS | frozenset(alias_key(w) for w in ("أبو", "أبي", "أبا", "أم"))


def _nisba_shaped(tok: Token) -> bool:
    """A family's relational name by its shape: definite, ending in ي ("الرحبي", "المغربي")."""
    key = tok.key
    return tok.text.startswith("ال") and key.endswith("ي") and len(key) >= 5 and not has_pronoun_suffix(key)


def _role(key: str) -> bool:
    """A title, rank or role noun, with its article or without it ("المتحدث", "الرئيس")."""
    bare = key.removeprefix("ال")
    return key in TITLE_HEADS or bare in TITLE_HEADS or key in HONORIFICS or bare in HONORIFICS or bare in NOUNS


def _saying_verb(tok: Token) -> bool:
    return clitic_reading(tok, reporting_verb_keys(), _VERB_CLITICS) is not None


def _speaking_subjects(tokens: list[Token], taken: set[int], words: NameWords) -> dict[str, bool]:
    """The words nothing claimed that stand alone as the subject of a verb of saying, followed by
    what was said ("وأضاف X أن", "وقالت X:"), each with whether it is an ordinary word ("ألفي").
    A family name is a name-shaped word or a country's nisba ("المغربي"): not a given name (which
    alone names nobody in particular), a title or role, a particle, a verb, an ordinary noun under
    its article ("المصدر") nor an adverb or a pronoun's word ("قائلا", "بدوره", "أنه")."""
    verbs = reporting_verb_keys()
    found: dict[str, bool] = {}
    # only the words right after a verb of saying, its forms found once per form
    for v in indices_where(tokens, _VERB_FORMS, _saying_verb):
        i = v + 1
        if i >= len(tokens) - 1:
            continue
        tok = tokens[i]
        key = tok.key
        if i in taken or not tok.is_word or len(key) < MIN_LETTERS or key in found or tok.text.endswith("ً"):
            continue
        if key in words.given_names or key in CONNECTORS or key in NOT_FAMILY_NAMES or key in verbs \
                or key in AFTER_SPEAKER or _role(key) \
                or clitic_reading(tok, COMPLEMENTISERS, COMPLEMENTISER_CLITICS) is not None:
            continue
        ordinary = words.ordinary(key)
        if not (words.name_like(tok) or words.kb.demonym(key) is not None
                or ordinary and not tok.text.startswith("ال") and not tok.text.endswith(("ا", "ة"))):
            continue  # "قائلا", "بسرعة", "هذا" are ordinary; "الصحافي" a role
        after = tokens[i + 1]
        if after.is_word and clitic_reading(after, COMPLEMENTISERS, COMPLEMENTISER_CLITICS) is None \
                and after.key not in AFTER_SPEAKER:
            continue
        found[key] = ordinary and words.kb.demonym(key) is None
    return found


def _titled_after(tokens: list[Token], j: int) -> bool:
    """Does a title or role follow token j ("... ألفي الرئيس التنفيذي"), or a comma and one?"""
    k = j + 1
    if k < len(tokens) and tokens[k].text in ("،", ","):
        k += 1
    return k < len(tokens) and tokens[k].is_word and _role(tokens[k].key)


def _boundary_before(tokens: list[Token], i: int, bodies: set[int]) -> bool:
    """Does a name start at token i: after punctuation, a quote mark, a role, or a place's or a
    body's name ("باسم البرنامج في الأردن هدى ...")? (After a person's name it may be that name's
    middle word: "الأديب إبراهيم طالع الألمعي".)"""
    if i == 0:
        return True
    prev = tokens[i - 1]
    return not prev.is_word or _role(prev.key) or i - 1 in bodies


def _given_before(tokens: list[Token], j: int, taken: set[int], bodies: set[int], words: NameWords,
                  verbs: frozenset[str]) -> bool:
    """Is token j-1 a first name the finders left alone before a nisba family name ("هدى
    المغربي"): a word right before j, nothing claimed, a given name or a name-shaped word that is
    no ordinary word nor a verb, no definite word ("المدير المغربي")?"""
    prev = tokens[j - 1]
    if j - 1 in taken or not prev.is_word or prev.end + 1 != tokens[j].start or prev.text.startswith("ال") \
            or not _nisba_shaped(tokens[j]):
        return False
    if prev.key in _GOVERNING_HEADS:
        return False  # "أبي الكيمياء": a kunya's "father of" governs a noun
    if prev.key in words.given_names:
        return True
    if clitic_reading(prev, verbs, _VERB_CLITICS) is not None or prev.key[:1] in ("و", "ف") and len(prev.splits) > 1:
        return False  # "وطالب الشورى", "وينوه البقمي": a verb or a conjunction's word, no first name
    return prev.key not in verbs and not words.ordinary(prev.key) and words.name_like(prev) \
        and _boundary_before(tokens, j - 1, bodies)


def complete_confirmed_surnames(cands: list[NameCandidate], tokens: list[Token], text: str,
                                words: NameWords, verbs: frozenset[str]) -> list[NameCandidate]:
    """The candidates, a person's mention that ends right before a confirmed family name extended
    over it, and a first name + confirmed family name nothing found added as a person."""
    taken = claimed(cands)
    surnames = _speaking_subjects(tokens, taken, words)
    if not surnames:
        return cands
    ending = {c.tok_end: c for c in cands if c.type == "PER"}
    bodies = claimed([c for c in cands if c.type != "PER"])
    added: list[NameCandidate] = []
    for j in range(1, len(tokens)):
        tok = tokens[j]
        if tok.key not in surnames or j in taken or tokens[j - 1].end + 1 != tok.start \
                or surnames[tok.key] and not _titled_after(tokens, j):
            continue  # an ordinary word ("ألفي") only where a title follows it
        person = ending.get(j)
        if person is not None and person.actor is None and person.tok_end - person.tok_start <= 3 \
                and tokens[j - 1].key not in _GOVERNING_HEADS \
                and clitic_reading(tokens[j - 1], verbs, _VERB_CLITICS) is None:
            person.tok_end, person.end = j + 1, tok.end
            person.key = alias_key(text[person.start : person.end])
            taken.add(j)
        elif person is None and _given_before(tokens, j, taken, bodies, words, verbs):
            prev = tokens[j - 1]
            added.append(NameCandidate(prev.start, tok.end, j - 1, j + 1, "PER",
                                       alias_key(text[prev.start : tok.end]), None, "ner"))
            taken.update((j - 1, j))
    return with_added(cands, added)
