"""The words the sources layer reads around an outlet (`lexicons/source_words.tsv`) and the
token tests built on them."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token, remember
from marsad.layers.entities.dotted_names import LETTER_NAMES
from marsad.lexicons import loader

QUOTES = "\"“”«»"
OPENING_MARKS = "(«\"“/"   # "/واس/": SPA copy closes with slashes ("//انتهى//")
CLOSING_MARKS = ")»\"”/"
SENTENCE_ENDS = ".!?؟؛\n"
DASHES = "-–—ـ"  # a lone tatweel is the dash of many Arab papers ("الرياض ـ واس ـ")
EDGE_CHARS = " ()-–—ـ«»\"“”/"  # what may stand between a paragraph edge and a name: brackets, marks, dashes
# proclitics an outlet word may carry: "وصحيفة"، "بحسب"+"لوكالة"، "لقناة" (the recipient)
OUTLET_PREFIXES = frozenset({"", "و", "ب", "ل", "ول", "وب", "ف", "فل"})
RECIPIENT_PREFIXES = frozenset({"ل", "ول", "فل"})
HAMZA_ALIFS = "أإآ"
AGENCY = match_key("وكالة")
FEMININE_PAST = re.compile(r"ت(?:ه|ها|هم|هما|هن|ك|كم|نا|ني)?$")  # "ذكرت", "وصفته", "نقلتها"
VERIFY_STEPS = 5  # tokens after the outlet to the verify word ("لرويترز للأنباء على الفور التأكد")
MIN_NISBA_CHARS = 5     # "الأمريكية": a definite adjective of origin, long enough not to be a short name


def _section(section: str) -> frozenset[str]:
    return loader.keyed("source_words.tsv", section, match_key)


# what each set is for: the header of lexicons/source_words.tsv
STRONG_HEADS = _section("outlet_head")
WEAK_HEADS = _section("weak_head") | _section("station_head")
DUAL_HEADS = _section("dual_head")
OUTLET_HEADS = STRONG_HEADS | WEAK_HEADS | DUAL_HEADS
NEWS_ADJECTIVES = _section("news_adjective")
GENERIC_OUTLET_KEYS = _section("generic")
NEWS_WORDS = _section("news")
GOVERNING_PREPOSITIONS = _section("governing")
SOCIAL_NETWORKS = _section("social")
NOT_NAME = _section("not_name") | SOCIAL_NETWORKS
CONTACT_WORDS = _section("contact")
PERSON_BEFORE = _section("person_before")
RECEIVE_WORDS = _section("receive")
COPY_WORDS = _section("copy")
PUBLISHED_IN = _section("published_in")
SPEAKING_AFTER = _section("speaking_after")
ASKED = _section("asked")
OBTAINED = _section("obtained")
RECEIVED_IT = _section("received_it")
SENT_TO = _section("sent_to")
MEDIA_ROLES = _section("media_role")
CORRESPONDENTS = _section("correspondent")
HEAD_ROLES = _section("head_role")
ROLE_MODIFIERS = _section("role_modifier")
SPOKESMEN = _section("spokesman")
SPOKESMAN_MODIFIERS = _section("spokesman_modifier")
RATING_WORDS = _section("rating")
UNNAMED_ADJECTIVES = _section("unnamed_adjective")
# "تحدثت وكالة .. عن مقتل", "ناقش التلفزيون ..": more verbs with the outlet as their subject
# (source_words_unseen.tsv)
OUTLET_VERBS = (_section("outlet_verb") | loader.keyed("source_words_unseen.tsv", "talk_verb", match_key)
                | loader.keyed("source_words_unseen.tsv", "outlet_verb", match_key))
MADE_BY = _section("made_by") | loader.keyed("source_words_unseen.tsv", "made_by", match_key)
MADE_THINGS = _section("made_thing") | loader.keyed("source_words_unseen.tsv", "made_thing", match_key)
CREDIT_WORDS = _section("credit")
WROTE = _section("wrote")
TALK_WORDS = _section("talk")
GIVEN_TO = _section("given_to")
WITNESSED = _section("witnessed")
OUTLET_SUFFIXES = _section("outlet_suffix")
UNABLE = _section("unable")
VERIFY = _section("verify")
STATION_HEADS = _section("station_head")
STATION_WORDS = _section("station_word")
# "صحيفة الدعوى", "صحيفة الحقائق": a sheet of record after "صحيفة" is no newspaper
NOT_OUTLET_PHRASES = _section("not_outlet_phrase") | {f"{match_key('صحيفة')} {noun}" for noun in _section("sheet_noun")}
MARKET_INDEXES = _section("market_index")
DESCRIBED_HEADS = _section("described_head")
NEWS_FIELDS = _section("news_field") | NEWS_WORDS
NOT_HEAD_FORMS = _section("not_head_form")
BROADCASTER_BODIES = _section("broadcaster_body")
REMITS = _section("remit")
# "لأخبار", "للأخبار" ("ل" + "الأخبار", the article's alif dropped)
REMIT_FORMS = frozenset({"ل" + stem for stem in REMITS if not stem.startswith("ال")}
                        | {"لل" + stem[2:] for stem in REMITS if stem.startswith("ال")})
WEB_WORDS = _section("web_word")
NAME_STOPS = _section("name_stop")
COMMON_WORDS = loader.words("actors/common_words.tsv")  # match keys of words common outside names
# letter names that are also Arabic words ("إن", "في", "أو"): an acronym needs another letter
LETTER_WORDS = frozenset(map(match_key, ("إن", "ان", "في", "أو", "ال", "آي", "اي", "إس", "اس", "إف", "اف")))
STATEMENT_GAP = _section("statement_gap") | frozenset(match_key(row[0]) for row in loader.table("weekdays.tsv"))


_HEAD_CACHE: dict[str, tuple[int, str, str] | None] = {}  # word form -> its outlet-word reading


def opens_paragraph(text: str, start: int) -> bool:
    """Only brackets, marks, dashes or spaces (`EDGE_CHARS`) stand between the paragraph's start
    and offset `start`."""
    left = start
    while left > 0 and text[left - 1] in EDGE_CHARS:
        left -= 1
    return left == 0 or text[left - 1] == "\n"


def lone_lam(tok: Token) -> bool:
    """"ل" written apart from the name it governs ("لـ«رويترز»")."""
    return tok.key.rstrip("ـ") == "ل"


def outlet_head(tok: Token) -> tuple[int, str, str] | None:
    """(offset of the stem, stem, proclitics) when `tok` is an outlet word ("لقناة" -> "قناة", "ل"),
    definite ones included ("والتلفزيون" -> "التلفزيون", "للتلفزيون" -> "التلفزيون", "ل")."""
    if not tok.is_word:
        return None
    found = _HEAD_CACHE.get(tok.text, False)
    if found is False:
        found = None
        key = tok.key
        for offset, stem in () if key in NOT_HEAD_FORMS else tok.splits:
            bare = stem[2:] if stem.startswith("ال") else stem
            prefix = key[: len(key) - len(stem)]
            if prefix.endswith("لل") and not stem.startswith("ال"):
                # "للتلفزيون": "ل" + "التلفزيون" with the article's alif dropped, a definite head
                stem, prefix = "ال" + stem, prefix[:-1]
            if bare in OUTLET_HEADS and prefix in OUTLET_PREFIXES:
                found = (offset - tok.start, stem, prefix)
                break
        remember(_HEAD_CACHE, tok.text, found)
    return None if found is None else (tok.start + found[0], found[1], found[2])


FEMININE_END = match_key("ة")  # the singular's ending in match keys ("وكاله")


def dual_singular(stem: str) -> str | None:
    """The singular (a match key) of a dual outlet word's stem ("وكالتا" -> "وكاله"), None for any
    other stem. Every dual outlet word is a feminine noun in construct: "تا"/"تي" for its "ة"."""
    return stem[:-2] + FEMININE_END if stem in DUAL_HEADS else None


def is_nisba(tok: Token, definite: bool) -> bool:
    """An adjective of origin or kind ("الألمانية", "الإلكتروني"; indefinite: "أمريكية").

    Definite ones end a name ("صحيفة حرييت التركية" -> "حرييت"); an indefinite one right after
    the outlet word shows it names no outlet ("صحيفة أمريكية")."""
    key = tok.key
    if definite:
        return (key.startswith("ال") and len(key) >= MIN_NISBA_CHARS and key.endswith(("ي", "يه"))
                or key in NEWS_ADJECTIVES)
    article = key.startswith("ال") and tok.text[:1] not in HAMZA_ALIFS  # "ألمانية" has no article
    if article:
        return False
    # "تلفزيون روسي", "موقع أمريكي": a masculine one only when it is a country's adjective, since
    # many names end in "ي" too ("قناة دبي")
    return (key.endswith("يه") and len(key) >= MIN_NISBA_CHARS - 1
            or key.endswith("ي") and "ال" + key in _country_adjectives())


@cache
def _country_adjectives() -> frozenset[str]:
    """The match keys of the KB's definite country adjectives ("الروسي", "الامريكيه")."""
    from marsad.kb import load_kb

    return frozenset(load_kb().demonym_keys())


def disagrees(verb: Token, outlet_word: Token) -> bool:
    """A past verb without the feminine "ت" right before a feminine outlet word is not its verb
    ("أبرز صحيفة": "the most prominent paper"; the verb would be "أبرزت صحيفة")."""
    return outlet_word.key.endswith("ه") and FEMININE_PAST.search(verb.key) is None


def stem_in(tok: Token, words: Collection[str], prefixes: Collection[str]) -> bool:
    """A word one of whose readings is a stem of `words` after proclitics in `prefixes`."""
    return tok.is_word and any(stem in words and tok.key[: len(tok.key) - len(stem)] in prefixes
                               for _, stem in tok.splits)


def is_person_word(tok: Token) -> bool:
    """A title or honorific that makes the name after it a person's ("البروفيسور", "الدكتور")."""
    return tok.is_word and any(stem in PERSON_BEFORE for _, stem in tok.splits if tok.key.endswith(stem)
                               and tok.key[: len(tok.key) - len(stem)] in ("", "و", "ف"))


def is_plural_verb(tok: Token) -> bool:
    """A verb marked plural ("دعوا", "يقولون"): in verb-first order it never has a singular
    outlet as its subject, so "دعوا قناة .." cites nothing."""
    return tok.key.endswith(("وا", "ون"))


def describes_only(name: list[Token], after: Token | None) -> bool:
    """An outlet found by construction whose words name none: a definite paper, magazine, site or
    agency word with adjectives of origin only ("وأشارت الصحيفة الإسبانية" refers back to the paper
    named before), or "وكالة" + a field other than news ("وكالة التعاون الأمني الدفاعي": a
    government agency) unless news follows its name (`after`: "وكالة المغرب العربي للأنباء")."""
    words = [t for t in name if t.is_word]
    head = outlet_head(words[0]) if len(words) > 1 else None
    if head is None:
        return False
    stem = head[1]
    if stem.startswith("ال"):
        return stem[2:] in DESCRIBED_HEADS and all(is_nisba(t, definite=True) for t in words[1:])
    field = words[1]
    return (stem == AGENCY and field.key.startswith("ال") and not is_nisba(field, definite=True)
            and field.key not in NEWS_FIELDS
            and not (after is not None and any(s in NEWS_FIELDS for _, s in after.splits)))


def news_remit(tok: Token) -> bool:
    """"للأنباء", "للإعلام": "ل" + a definite field of news, closing an agency's name."""
    return tok.key.startswith("لل") and "ال" + tok.key[2:] in NEWS_FIELDS


def names_no_entity(name: list[Token]) -> bool:
    """An outlet word with only adjectives of officialness after it ("الوكالة الرسمية")."""
    words = [t for t in name if t.is_word]
    return (len(words) > 1 and outlet_head(words[0]) is not None
            and all(t.key in UNNAMED_ADJECTIVES for t in words[1:]))


def past_marks(toks: list[Token], j: int) -> int:
    """The first token at or after j that is no closing mark ("لـ«رويترز» إن")."""
    while j < len(toks) and toks[j].text in CLOSING_MARKS:
        j += 1
    return j


def remit_end(toks: list[Token], k: int) -> int:
    """After an outlet's remit at token k ("لأخبار المشاهير", "للأنباء"): "ل" + a remit word and the
    definite field it may govern; k when there is none."""
    if toks[k].key not in REMIT_FORMS:
        return k
    field = k + 1 < len(toks) and toks[k + 1].key.startswith("ال") and toks[k + 1].key not in NAME_STOPS
    return k + 1 + field


def broadcaster_body(toks: list[Token], i: int) -> tuple[int, str, str] | None:
    """(offset, stem, proclitics) of a corporation word before a definite outlet word ("هيئة الإذاعة
    ..", "وقالت مؤسسة الإذاعة والتلفزيون .."), read like an outlet word; None otherwise."""
    tok = toks[i]
    if not tok.is_word or i + 1 >= len(toks):
        return None
    nxt = outlet_head(toks[i + 1])
    if nxt is None or nxt[2] or not nxt[1].startswith("ال"):
        return None
    key = tok.key
    return next(((offset, stem, key[: len(key) - len(stem)]) for offset, stem in tok.splits
                 if stem in BROADCASTER_BODIES and key[: len(key) - len(stem)] in OUTLET_PREFIXES), None)


def could_not_check(toks: list[Token], i: int, j: int) -> bool:
    """The outlet at tokens i..j says what it could not check: "ولم يتسن لـ«..» التحقق", "لم تتمكن
    وكالة .. من الوصول إلى": the wire's own line, so the outlet wrote the copy."""
    k = i - 1
    while k >= 0 and (toks[k].text in QUOTES or lone_lam(toks[k])):
        k -= 1
    if k >= 0 and outlet_head(toks[k]) is not None:
        k -= 1
    if k < 1 or toks[k].key.removeprefix("ل") not in UNABLE or toks[k - 1].key not in ("لم", "ولم"):
        return False
    return any(t.key.removeprefix("ل") in VERIFY for t in toks[j : j + VERIFY_STEPS])


def is_latin(tok: Token) -> bool:
    return tok.is_word and tok.text.isascii()


def acronym_end(toks: list[Token], j: int) -> int:
    """The end of a run of Latin letter names starting at token j ("إم إس إن بي سي", "ان.بي.سي"),
    dots between them included: an acronym in Arabic letters, a name as good as Latin letters. j
    when there is none (a run of one letter, or of letters that are also Arabic words: "إن في")."""
    k, letters, proper = j, 0, 0
    while k < len(toks) and (toks[k].key in LETTER_NAMES or (letters and toks[k].text == "." and k + 1 < len(toks)
                                                             and toks[k + 1].key in LETTER_NAMES)):
        if toks[k].key in LETTER_NAMES:
            letters += 1
            proper += toks[k].key not in LETTER_WORDS
        k += 1
    return k if letters >= 2 and proper else j
