"""Ordinary words read as persons once the tagger has cut a letter off their front.

The tagger splits a proclitic off a word and may read what is left as a name: "كلامي" (my words)
becomes "ك" + "لامي" (a KB person), "كياني" "ك" + "ياني", "بدأنا" "ب" + "دأنا". A person found
inside a word, after its first letters, is no person when

1. the whole word is an ordinary word, also with a possessive pronoun ("كلام" + "ي"), and the
   letter cut off is "ك", "ب" or "ف" (before a name "و" and "ل" are common and "لصالح" may be
   "to Saleh");
2. every word of it ends in the accusative alef, the last is an adjective ("ودودا رقيقا",
   "فوتوغرافيا سعوديا") and none is a given name ("وحنا مينا" is a writer, "وماريا زاخاروفا"
   a spokeswoman): indefinite adjectives in the accusative, which a person's name does not run to;
   and "لدى" with a pronoun ("لدينا نوايا": "we have intentions") is no "ل" + "دينا";
3. the letters cut off are the preposition with the article ("لل") and it joins another definite
   word with "و" ("لل" + "عطاء والإبداع"): two ordinary nouns, the first stripped of its article.

The tagger also reads the clitic "ف" into a name ("فحبري", "فبورديو": "ف" + a name); when the
word without it is a word of another person's name in the document and the whole word is no
given name ("فيصل", "فهد"), the person starts after the "ف".

An ordinary noun in the accusative, with its alef ("حسابا", "وإيمانا", "كمينا"), is no person
either, unless the word is itself a given name ("ناديا").

Set phrases built on a person's name are no mention of him either: "حصة الأسد" and "نصيب الأسد"
(the lion's share), "عرين الأسد" (the lion's den) name no al-Assad, "حسن السيرة" (good conduct), "حسن الجوار" no Hassan.
"""

from __future__ import annotations

from marsad.arabic.normalize import strip_diacritics
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import ROMANIZED_NAMES, NameWords, reads_as
from marsad.layers.entities.quoted_names import ORG_QUOTES
from marsad.layers.entities.word_lists import WORD_NAMES
from marsad.lexicons.loader import keyed
from marsad.lexicons.loader import words as word_list

_CUT_LETTERS = frozenset("كبف")
_POSSESSIVE = ("ي", "ه", "ها", "نا", "هم", "ك")
_ARTICLE_PREPOSITION = "لل"
_BEFORE_WITH_US = frozenset({"ل", "ول", "فل"})  # "لدينا", "ولدينا"
# "لدى" with a pronoun: "ل" + a given name to the tagger ("لدينا", "لديه")
_WITH_US = frozenset(alias_key("لدي" + p) for p in ("", "نا", "ه", "ها", "هم", "هما", "ك", "كم"))
_LION = alias_key("الأسد")
_SHARE_WORDS = keyed("lion_phrases.tsv", None, alias_key)  # "حصة الأسد", "عرين الأسد": the animal
_CONDUCT = keyed("good_phrases.tsv", None, alias_key)  # "حسن السيرة": good conduct
# ordinary words whose letters after a clitic-like first letter read as a name ("وجده", "فوات")
# (as written: the key folds ة to ه, and "وجدة" may be "و" + "جدة")
_WHOLE_WORDS = word_list("clitic_whole_words.tsv")


def _ordinary_word(key: str, common: frozenset[str]) -> bool:
    """`key` is a common word, in the accusative or with a possessive pronoun on it ("كلامي")."""
    if key in common or key.endswith("ا") and len(key) > 4 and key[:-1] in common:
        return True  # also in the accusative ("كمينا")
    return any(key.endswith(p) and len(key) - len(p) >= 3 and key[: -len(p)] in common for p in _POSSESSIVE)


def _accusative_adjective(word: str) -> bool:
    """An indefinite adjective in the accusative: a relational one ("سعوديا") or of the pattern
    فعيل ("رقيقا", "نبيلا"); foreign names in alef ("بوكوفا", "زاخاروفا") are neither."""
    return word.endswith("يا") or len(word) == 5 and word[2] == "ي"


def _known_name(word: str, words: NameWords) -> bool:
    """A given name, Arabic or foreign ("حنا", "ماريا")."""
    key = alias_key(word)
    return key in words.given_names or key in ROMANIZED_NAMES


def _inside_word(c: NameCandidate, tokens: list[Token], text: str) -> str:
    """The letters of its word before `c`, when `c` starts inside a word ("" otherwise)."""
    tok = tokens[c.tok_start]
    if c.start <= tok.start or c.start >= tok.end:
        return ""
    return text[tok.start : c.start]


def _read_inside_word(c: NameCandidate, tokens: list[Token], text: str, words: NameWords) -> bool:
    """Is `c` an ordinary word or phrase the tagger read as a person after a clitic (rules 1-3)?"""
    front = _inside_word(c, tokens, text)
    if not front:
        return False
    parts = text[c.start : c.end].split()
    if front in _BEFORE_WITH_US and tokens[c.tok_start].key.removeprefix(front[:-1]) in _WITH_US:
        return True  # "لدينا" (we have) is no "ل" + "دينا"
    if front in _CUT_LETTERS and len(parts) == 1 and _ordinary_word(tokens[c.tok_start].key, words.common):
        return True
    if len(parts) >= 2 and all(w.endswith("ا") for w in parts) and _accusative_adjective(parts[-1]) \
            and not any(_known_name(w, words) for w in parts):
        return True
    return front == _ARTICLE_PREPOSITION and any(w.startswith("وال") for w in parts[1:])


def _lions_share(c: NameCandidate, tokens: list[Token]) -> bool:
    """"حصة الأسد", "نصيب الأسد": the lion's share; "عرين الأسد", "صولة الأسد": the animal."""
    if c.tok_end - c.tok_start != 1 or c.tok_start == 0 or tokens[c.tok_start].key != _LION:
        return False
    prev = tokens[c.tok_start - 1]
    return reads_as(prev, _SHARE_WORDS)


def _good_conduct(c: NameCandidate, tokens: list[Token]) -> bool:
    """"حسن السيرة", "حسن الجوار": "good" and a noun of conduct, as two words, no person."""
    if c.tok_end - c.tok_start != 2 or c.actor is not None:
        return False
    return tokens[c.tok_start].text[c.start - tokens[c.tok_start].start :] in ("حسن", "حُسن") \
        and tokens[c.tok_start + 1].key in _CONDUCT


def _accusative_noun(c: NameCandidate, text: str, words: NameWords) -> bool:
    """"حسابا", "إيمانا": an ordinary word (or a given name that is also one) with the accusative alef."""
    word = text[c.start : c.end]
    if c.actor is not None or " " in word or not word.endswith("ا") or _known_name(word, words):
        return False
    stem = alias_key(word)[:-1]
    # a stem of three letters may be a foreign name's ("كيتا": "كيت" is in the word list)
    return len(stem) >= 4 and (stem in words.common or stem in WORD_NAMES)


def drop_clitic_words(cands: list[NameCandidate], tokens: list[Token], text: str,
                      words: NameWords) -> list[NameCandidate]:
    """The candidates without the ordinary words read as persons after a clitic or in a set phrase."""
    return [c for c in cands if not _inside_whole_word(c, tokens, text) and (
        c.type != "PER" or not (_read_inside_word(c, tokens, text, words) or _lions_share(c, tokens)
                                or _good_conduct(c, tokens) or _accusative_noun(c, text, words)))]


def _inside_whole_word(c: NameCandidate, tokens: list[Token], text: str) -> bool:
    """A one-word name of any type read after the first letters of an ordinary word of
    `clitic_whole_words.tsv` ("وجده": "و" + "جده", "فوات": "ف" + "وات")."""
    return c.tok_end - c.tok_start == 1 and bool(_inside_word(c, tokens, text)) \
        and strip_diacritics(tokens[c.tok_start].text).replace("ـ", "") in _WHOLE_WORDS


# the future's prefix: it goes before verbs alone, so no name is read after it ("سمكة" is no "س" + "مكة")
_FUTURE = "س"
_PROCLITICS = frozenset("وفبكل")  # the letters a clitic run before a noun is made of ("فك" of "فكري")


def _after_future_prefix(c: NameCandidate, tokens: list[Token], text: str) -> bool:
    """A one-word name read after a "س" cut off the front of its word: a noun, never the future's
    prefix and a name ("سمكة" a fish, not "مكة")."""
    return c.tok_end - c.tok_start == 1 and _inside_word(c, tokens, text) == _FUTURE


# the prefixes of the present tense: what a verb after the future's "س" begins with
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")


def _future_verb(c: NameCandidate, tokens: list[Token], text: str, words: NameWords, verbs: frozenset[str]) -> bool:
    """A one-word person that is a verb in the future ("سيوفر", "وستعلن"): "س" and a present
    verb the lexicons know ("يوفر" is a common word, "تعلن" a reporting verb); not a name the KB,
    the given names or the romaniser know ("سيف", "ستيف", "سيرجي")."""
    if c.tok_end - c.tok_start != 1 or c.actor is not None:
        return False
    key = alias_key(text[c.start : c.end])
    if key[:1] in ("و", "ف") and key[1:2] == _FUTURE and len(key) > 5:
        key = key[1:]  # "وسيوفر": the conjunction first
    rest = key[1:]
    if key[:1] != _FUTURE or len(rest) < 3 or not rest.startswith(_PRESENT_PREFIXES):
        return False
    if _known_name(key, words) or words.kb.lookup(key):
        return False
    return rest in words.common or rest in verbs


def _whole_word_named(c: NameCandidate, tokens: list[Token], text: str, words: NameWords) -> bool:
    """Is the word `c` starts inside ("كميل", "فكري", «بسام») a given name as a whole, which the
    tagger or the KB read as clitics ("ك", "فك", "ب") + a name? So when what is left is no name of its own
    ("ميل", "كري"), or the word stands alone in quote marks («بسام»: a clitic is no part of what
    is quoted)."""
    front = _inside_word(c, tokens, text)
    tok = tokens[c.tok_start]
    if not front or len(front) > 2 or any(ch not in _PROCLITICS for ch in front) or not _known_name(tok.text, words):
        return False
    rest = alias_key(text[c.start : tok.end])
    if not (_known_name(rest, words) or words.kb.lookup(rest)):
        return True
    close = ORG_QUOTES.get(text[tok.start - 1 : tok.start]) if tok.start else None
    return close is not None and text[tok.end : tok.end + 1] == close


def restore_whole_words(cands: list[NameCandidate], tokens: list[Token], text: str,
                        words: NameWords, verbs: frozenset[str] = frozenset()) -> list[NameCandidate]:
    """Names read inside a word after a letter cut off its front, put right: a one-word name after
    "س" is dropped (`_after_future_prefix`), and so is a one-word person that is a future verb
    (`_future_verb`, with `verbs` the verb keys of the lexicons); a person whose word is a given
    name as a whole starts with the whole word (`_whole_word_named`)."""
    out = []
    for c in cands:
        if _after_future_prefix(c, tokens, text):
            continue
        if c.type == "PER" and _future_verb(c, tokens, text, words, verbs):
            continue
        if c.type == "PER" and _whole_word_named(c, tokens, text, words):
            c.start = tokens[c.tok_start].start
            c.key, c.actor = alias_key(text[c.start : c.end]), None
        out.append(c)
    return out


# the one-letter clitics the tagger leaves on a one-word name: "ف" (then), "ل" (to), "ب" (with)
_NAME_CLITICS = ("ف", "ل", "ب")


def _fa_word(word: str, words: NameWords) -> bool:
    """One word in "ف", "ل" or "ب" that is no given name ("فحبري", "لميهايلوفيتش"; not "فيصل", "لبنى")."""
    return " " not in word and word.startswith(_NAME_CLITICS) and len(word) >= 5 and not _known_name(word, words)


def strip_fa(cands: list[NameCandidate], text: str, words: NameWords) -> None:
    """Start after the clitic the one-word persons that are "ف"/"ل"/"ب" + a word of another name of
    the article ("لميهايلوفيتش" beside "سينيسا ميهايلوفيتش", "لفينيفست" beside the company "فينيفست")."""
    fa = [c for c in cands if c.type == "PER" and _fa_word(text[c.start : c.end], words)]
    if not fa:
        return  # most documents: no such person, and the words of the names are not gathered
    name_words: set[str] = set()
    bodies: set[str] = set()  # one-word names of bodies: the word after the clitic is that body
    for c in cands:
        if c.type in ("PER", "ORG") and c not in fa:
            name_words.update(alias_key(w) for w in text[c.start : c.end].split())
            if c.type == "ORG" and " " not in c.key:
                bodies.add(c.key)
    for c in fa:
        if alias_key(text[c.start + 1 : c.end]) not in name_words:
            continue
        c.start += 1
        c.key = alias_key(text[c.start : c.end])
        c.actor = None
        if c.key in bodies:
            c.type = "ORG"
