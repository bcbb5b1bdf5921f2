"""The word after a person's name that the tagger took as the name's last word.

"وقال الشيخ الشريم عبر حسابه", "بتلاوة من الذكر الحكيم رتلها الشيخ", "من الذكر الحكيم بصوت
الشيخ", "ويظل الدكتور هوي متفائلا", "وفلان مساعدا ثانيا": a name of two words or more whose last
word is a preposition no name ends with ("عبر", "خلال"), ب + an ordinary word after a definite
word ("الحكيم بصوت"; after a given name ب begins family names: "تيد بيكون", "راجح بادي", "يوسف
بوعلي"), a participle in the accusative ("متفائلا" is "متفائل" + ا; "أوباما" is no word + ا,
"سبيلا" a family name), a verb in the present or the future ("النايف يدشن"), or a word with an attached pronoun ("رتلها", a verb and its object) ends
before that word. A name left with one word is kept as such; the filters of one-word names judge
it afterwards.
"""

from __future__ import annotations

from marsad.arabic.normalize import strip_diacritics
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, move_end
from marsad.layers.entities.name_words import NameWords, has_pronoun_suffix
from marsad.layers.entities.word_lists import WORD_GIVEN_NAMES
from marsad.lexicons.verbs import verb_forms_as_written

# prepositions of means and time that follow a name and are no word of one
AFTER_NAME = frozenset(alias_key(w) for w in ("عبر", "خلال", "بحسب", "حسب", "وفق", "وفقا", "ضمن", "لدى"))


def _word_after_family(tok: Token, prev: Token, after: list[Token], words: NameWords) -> bool:
    """"المهندس صالح الأحمد" + "نجاح" + "تنظيم المهرجانات": after a family name under the article,
    a given name that is an ordinary word too ("نجاح" success, "أمل" hope), heading a construct
    (an indefinite word, then a definite one), is that word and the clause's: no Arabic name puts a
    given name after the family name, nor a construct after a name."""
    if tok.key not in WORD_GIVEN_NAMES or not prev.key.startswith("ال") or len(prev.key) <= 4 or len(after) < 2:
        return False
    nxt, then = after[0], after[1]
    return nxt.is_word and then.is_word and nxt.start - tok.end <= 1 and then.start - nxt.end <= 1 \
        and not nxt.key.startswith(("ال", "و")) and nxt.key not in words.given_names and then.key.startswith("ال")


def _present_verb(tok: Token, verbs: frozenset[str]) -> bool:
    """A verb in the present or the future after its subject's name ("النايف يدشن", "كفاين
    سيعودون"): a known verb form with the present's prefix (past forms may be names: "طالب",
    "عزت"), also after the future's "س" and with the plural's "ون" ("سيعودون" is "س" + "يعود" +
    "ون"; "سيمبسون" is no "يمبس")."""
    key = tok.key
    if key not in verbs and not key.startswith(("سي", "ست")):
        return False
    written = strip_diacritics(tok.text)  # as written: "تراس" (Truss) is the key of "ترأس", not the verb
    if key.startswith(("ي", "ت")) and written in verb_forms_as_written():
        return True
    if not key.startswith(("سي", "ست")) or len(key) < 6:
        return False
    present = written[1:]
    return present in verb_forms_as_written() or present.endswith("ون") and present[:-2] in verb_forms_as_written()


def _tail(tok: Token, prev: Token, words: NameWords, verbs: frozenset[str]) -> bool:
    """Is `tok`, the last word of a person's name of two words or more (after `prev`), no word of it?"""
    key = tok.key
    if not tok.is_word or key in words.given_names or words.kb.lookup(key):
        return False
    if key in AFTER_NAME or _present_verb(tok, verbs):
        return True
    if len(key) == 4 and tok.text.endswith("ه") and key[:-1] in words.common \
            and key[:-1] not in words.given_names and prev.text.startswith("ال"):
        return True  # a short noun with its pronoun, the object after a family name: "الجاسر شكره"
    common = words.common
    # ب + a word after a definite word only: after a given name "ب" begins foreign family names
    # ("تيد بيكون", "جون بيلي") and Arabic ones ("راجح بادي", "يوسف بوعلي")
    if key.startswith("ب") and prev.text.startswith("ال") and len(key) >= 4 \
            and any(off == tok.start + 1 and stem in common and len(stem) >= 3 for off, stem in tok.splits):
        return True  # "الحكيم بصوت"
    if key.endswith("ا") and key.startswith("م") and len(key) >= 6 and key[:-1] in common:
        return True  # a participle in the accusative: "متفائلا", "مساعدا" (not "سبيلا")
    return has_pronoun_suffix(key) and not key.startswith("ال")  # "رتلها"


def cut_person_tails(cands: list[NameCandidate], tokens: list[Token], text: str,
                     words: NameWords, verbs: frozenset[str] = frozenset()) -> list[NameCandidate]:
    """The candidates, persons' names ended before a last word that is none of theirs."""
    for c in cands:
        if c.type != "PER" or c.actor is not None or c.source == "kb" or c.tok_end - c.tok_start < 2:
            continue
        last = c.tok_end - 1
        after = tokens[c.tok_end : c.tok_end + 2]
        if c.end != tokens[last].end or not (_tail(tokens[last], tokens[last - 1], words, verbs)
                                             or _word_after_family(tokens[last], tokens[last - 1], after, words)):
            continue
        k = last
        while k > c.tok_start + 1 and not tokens[k - 1].is_word:
            k -= 1
        move_end(c, k, tokens, text)
    return cands
