"""Outlets missing from the KB, recognised by construction rather than by a list.

An outlet word ("صحيفة", "وكالة", "قناة", "موقع" ...) names an outlet when a citing construction
governs it ("ذكرت صحيفة", "بحسب وكالة", "نقلا عن موقع", "قال مسؤول لوكالة", "في تصريح لـ«صحيفة ..»",
"نشر في صحيفة", "في تصريح إلى قناة", "قال .. عبر صحيفة", "مقابلة أجرتها معه إذاعة", "ردا على أسئلة
وكالة", "نقلت عنها وكالة"), or the outlet is the subject of a citing verb after its name ("وكانت صحيفة
«..» قد نشرت"; the constructions are read by `governing.py`); the outlet is the name after it,
read by `outlet_names.py` (where it ends: `name_ends.py`):

- a quoted name ("صحيفة «حرييت»", "وكالة أنباء «دوغان»") -> the name inside the marks;
- a name in Latin letters or a transliterated one ("صحيفة شيكاغو بوست") up to a definite adjective
  of origin or kind ("صحيفة حرييت التركية", "موقع إيلاف الإخباري" -> "حرييت", "إيلاف");
- a descriptive agency name ("وكالة الأنباء الكينية", "وكالة أنباء الأناضول") -> head and all;
- after a definite outlet word ("التلفزيون الكاميروني", "الإذاعة الإسرائيلية") -> head and adjectives;
- after a dual outlet word, two names ("صحيفتي .. الفرنسية و.. البريطانية");
- after a corporation word, a public broadcaster ("هيئة الإذاعة الأسترالية") -> all of it.

A name ends before a year ("صحيفة .. بوست عام 2010"), a word of belonging ("تلفزيون المنار التابع
لـ..") or a remit ("موقع .. لأخبار المشاهير", which closes it like "الإخباري"); a channel number
before an adjective of origin is part of it ("إذاعة سبورت 24 اليونانية").

A website or network word ("موقع", "شبكة") also names ordinary things: its name counts only when
quoted, Latin, known, or closed by an adjective of kind or origin and not opening with a common word
("موقع والا العبري", not "شبكة طرق ..."). A social network is never an outlet ("موقع «تويتر»").

A quoted name after "لـ" that received a statement ("وقال لـ«الوطن»", "في تصريح لـ«المدينة»")
is an outlet too, with no outlet word.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES, SpeechLexicon
from marsad.layers.sources.credits import credit_line_at, credit_marks, headline_speaker
from marsad.layers.sources.framing import suffixed_outlets, talked_with
from marsad.layers.sources.governing import governed
from marsad.layers.sources.name_ends import MAX_NAME_TOKENS
from marsad.layers.sources.obtained import is_receive, obtained_by, received_copy
from marsad.layers.sources.on_air import broadcasting
from marsad.layers.sources.outlet_names import Found, OutletNameReader
from marsad.layers.sources.reported import reported_earlier, reports_later
from marsad.layers.sources.roles import dealt_in, named_as_employer, speaks_for
from marsad.layers.sources.statements import (
    interviewed_after,
    long_recipient,
    opens_statement,
    said_before,
    told,
)
from marsad.layers.sources.words import (
    BROADCASTER_BODIES,
    DASHES,
    DUAL_HEADS,
    GENERIC_OUTLET_KEYS,
    NEWS_WORDS,
    NOT_OUTLET_PHRASES,
    OUTLET_SUFFIXES,
    QUOTES,
    RATING_WORDS,
    SENT_TO,
    STATION_HEADS,
    STRONG_HEADS,
    WEAK_HEADS,
    acronym_end,
    broadcaster_body,
    dual_singular,
    is_latin,
    is_nisba,
    outlet_head,
)

RECIPIENT_NEAR = 2       # tokens between a reporting verb and a quoted name no outlet word calls an outlet
HAD = frozenset(map(match_key, ("كان", "وكان", "فكان", "كانت", "وكانت")))  # "وكان لـ«..» لقاءات"
TALKS = frozenset(map(match_key, ("لقاءات", "حوارات", "مقابلات", "جولة", "جولات")))  # plurals the lexicon lacks


class OutletFinder(OutletNameReader):
    """Outlets the KB does not list, named by construction in one document at a time (`find`)."""

    def __init__(self, lex: SpeechLexicon, known_keys) -> None:
        super().__init__(lex, known_keys)
        self._starts = FormMemo()  # outlet words and a bare "لـ": the only tokens that may start an outlet
        self.text = ""             # the text of the document being read (paragraph breaks end a clause)
        self.pending: list[Found] = []  # second outlets of a pair ("صحيفتي .. و..") found in this document
        self.dashes: list[int] = []     # the dashes of this document (where datelines may be)
        self.person_keys: Callable[[], frozenset[str]] = frozenset  # words this document gives to persons

    def find(self, text: str, toks: list[Token], taken: set[int], cited, not_outlet,
             known_body=None, person_keys: Callable[[], frozenset[str]] = frozenset,
             is_person: Callable[[int, int], bool] | None = None) -> list[Found]:
        """Outlets named by construction. `cited(i)`: a citing word governs token i from a distance
        ("نقلا عن موقع"); `not_outlet(start, end)`: the span names a person, a place or a
        body the entity layer knows (a quoted name after "لـ" may be "لـ«حماس»"); `known_body(start,
        end)`: the span is a body of the KB that is no outlet (the tagger's guesses aside, which take
        many a transliterated site's name for a person); `person_keys()`: the words the document
        gives to persons (a headline's speaker named by the family name alone), built only when a
        headline line asks."""
        out: list[Found] = []
        self.text = text
        self.known_body = known_body or not_outlet
        self.person_keys = person_keys
        self.pending = []
        self.dashes = []
        suffix_ends = []
        for i in indices_where(toks, self._starts, _may_start):
            tok = toks[i]
            if tok.text in DASHES:
                self.dashes.append(i)
                continue
            if tok.key in OUTLET_SUFFIXES:
                suffix_ends.append(i)
            if i in taken:
                continue
            head = outlet_head(tok) or broadcaster_body(toks, i)
            if head is not None:
                found = self._named(toks, i, head, taken, cited, not_outlet)
                if found is not None and _names_a_body(toks, i, found[1], head[1]):
                    continue
            elif tok.key == "ل" and i + 1 < len(toks) and (toks[i + 1].text in QUOTES or is_latin(toks[i + 1])):
                recipient = self._quoted_recipient(toks, i, taken)
                if recipient is None:
                    continue
                found, by_construction = recipient
                if not by_construction and not_outlet(found[0], found[1]):
                    continue
                if found[2] is None and is_person is not None and is_person(found[0], found[1]):
                    continue  # "في حديث لـ«داود الشريان»": a presenter or a writer named in marks, no outlet
            elif i + 1 < len(toks) and toks[i + 1].text in QUOTES and talked_with(toks, i):
                found = self._partner(toks, i, taken)  # "في مقابلة خاصة مع «..»"
                if found is None or not_outlet(found[0], found[1]):
                    continue
            else:
                continue
            if found is not None:
                out.append(found)
        out += suffixed_outlets(toks, suffix_ends, taken, cited, self.known)
        out += self._credit_names(toks, taken)
        return out + self.pending

    def _credit_names(self, toks: list[Token], taken: set[int]) -> list[Found]:
        """Quoted names on a credit line ("المصدر: «..»"), unless they name a body ("«وزارة ..»")."""
        out = []
        for mark in credit_marks(toks, taken):
            if credit_line_at(self.text, toks, mark) and not self.lex.has("org_head", toks[mark + 1]):
                found = self.quoted_name(toks, mark, mark, taken)
                out += [found] if found is not None else []
        return out

    # --- an outlet word and the name after it ---------------------------------------------
    def _named(self, toks: list[Token], i: int, head: tuple[int, str, str], taken: set[int], cited,
               not_outlet) -> Found | None:
        """The outlet an outlet word at i names, when a citing word governs it, it is the subject
        of a reporting verb after "قد" ("وكانت صحيفة «..» قد نشرت"), or "و" joins it to a cited
        outlet right before it ("ونقلت صحيفة «..» وقناة «..» عن")."""
        offset, stem, prefix = head
        if stem in GENERIC_OUTLET_KEYS or named_as_employer(toks, i, prefix, self.lex) or dealt_in(toks, i):
            return None  # "رئيس التحرير لصحيفة «..»": where someone works; "شراء صحيفة ..": what was bought
        if i + 1 < len(toks) and f"{stem} {toks[i + 1].key}" in NOT_OUTLET_PHRASES:
            return None  # "نشر في الجريدة الرسمية": the official gazette
        if stem.removeprefix("ال") in STATION_HEADS and not broadcasting(toks, i) and not _spelled_name(toks, i + 1) and (
                not self._told_by_station(toks, i)):
            return None  # "محطة «..» للسكك الحديدية": a railway station; "محطة NHK" broadcasts
        cited_here = governed(self.lex, self.text, toks, i, prefix, cited) or (
            prefix.startswith("و") and _after_an_outlet(toks, i, taken))
        if stem in DUAL_HEADS and i + 1 in taken:  # "صحيفتي لوموند الفرنسية و..": the first is in the KB
            end = i + 1
            while end in taken:
                end += 1
            if cited_here:
                self.pending.extend(self.second_of_pair(toks, end, taken, dual_singular(stem)))
            return None
        claimed = set(taken)  # tokens of a name kept only once the outlet is known to be cited
        found = self.name_after(toks, i, head, claimed, not_outlet, strong=cited_here)
        if found is None:
            return None
        end = _token_after(toks, found[1])
        if not (cited_here or reports_later(toks, end, self.lex, self.text, toks[i]) or long_recipient(self.lex, toks, i, prefix, end)
                or obtained_by(toks, i) or (i > 0 and is_receive(toks[i - 1]) and received_copy(toks, end))
                or reported_earlier(toks, i, end, self.lex) or told(self.lex, toks, i, end)):
            return None
        taken |= claimed
        if stem in DUAL_HEADS:  # "صحيفتي .. الفرنسية و.. البريطانية": the second name
            self.pending.extend(self.second_of_pair(toks, end, taken, dual_singular(stem)))
        return found

    def name_at(self, toks: list[Token], i: int, not_outlet) -> Found | None:
        """The outlet the outlet word at token i names, whatever governs it (for a later reference
        back to it, `back_reference.py`)."""
        head = outlet_head(toks[i])
        if head is None or head[1] in GENERIC_OUTLET_KEYS or (
                i + 1 < len(toks) and f"{head[1]} {toks[i + 1].key}" in NOT_OUTLET_PHRASES):
            return None  # "قناة السويس": a canal
        return self.name_after(toks, i, head, set(), not_outlet)

    def _told_by_station(self, toks: list[Token], i: int) -> bool:
        """"وذكرت محطة «..» أن": a verb of news-telling right before a station word and a name in
        marks right after it; a railway or power station tells no news."""
        if not (0 < i < len(toks) - 1 and toks[i + 1].text in QUOTES
                and self.lex.has("cite", toks[i - 1], VERB_PREFIXES)):
            return False
        # "محطة “سي إن إن تورك”": an acronym spelled letter by letter counts as one word of the name
        reach = i + 2 + MAX_NAME_TOKENS + max(0, acronym_end(toks, i + 2) - (i + 3))
        close = next((k for k in range(i + 2, min(len(toks), reach)) if toks[k].text in QUOTES), None)
        # "وقالت محطة «..» للقطارات": what the station serves follows its name
        return close is not None and (close + 1 >= len(toks) or not toks[close + 1].key.startswith("ل"))

    # --- "وقال لـ«الوطن»": a quoted name received the statement ----------------------------
    def _quoted_recipient(self, toks: list[Token], i: int, taken: set[int]) -> tuple[Found, bool] | None:
        """Right after the verb or the interview word ("وقال لـ«..»", "في تصريحات خاصة لـ«..»"),
        after an according-to word ("ووفقا لـ«..»"), or further from the verb when the statement
        opens right after the name ("وقال مصدر عسكري لـ«..» إن", "أكد رئيس الجمعية لـ«..»، أن"):
        elsewhere "لـ" is any preposition ("المدير العام لـ«المنظمة ...»"). The flag says the
        construction alone makes the name an outlet (a statement is said to no region or body)."""
        if toks[i + 1].text not in QUOTES:
            return self._latin_recipient(toks, i, taken)
        if i + 2 < len(toks) and self.lex.has("org_head", toks[i + 2]):
            return None  # "لقاء لـ«لجنة ...»": a body, not an outlet
        close = next((k for k in range(i + 2, min(i + MAX_NAME_TOKENS + 3, len(toks))) if toks[k].text in QUOTES), None)
        if close is None:
            return None
        according, opens = self._recipient_of(toks, i, close + 1)
        # after "وفقا لـ" any body or group may follow: only an agency's short name by its
        # nationality ("ووفقا لـ«الألمانية»"; known agencies are matched by the KB)
        according = according and close == i + 3 and is_nisba(toks[i + 2], definite=True)
        headline = close + 2 < len(toks) and toks[close + 1].text == ":" and headline_speaker(self.text, toks, i, self.lex, self.person_keys)
        had = self._had_a_talk(toks, i, close + 1) or reported_earlier(toks, i + 2, close, self.lex, published=True)  # "وسبق لـ«..» أن نشرت"
        if not (according or opens or headline or had or said_before(self.lex, toks, i, RECIPIENT_NEAR, verb_within=1)):
            return None
        if named_as_employer(toks, i + 2, "", self.lex):
            return None  # "المدير التنفيذي لـ«..»: «...»": where he works
        found = self.quoted_name(toks, i, i + 1, taken)
        if found is None or found[2] is None and speaks_for(toks, i):
            return None  # "المتحدث الرسمي لـ«نزاهة» أن": the body he speaks for (a known outlet stays told)
        name = toks[i + 2 : close]
        if outlet_head(name[0]) is not None and name[0].key in STRONG_HEADS | WEAK_HEADS and len(name) > 1:
            # "لـ«صحيفة الحياة»": the outlet word inside the marks is not part of the name
            found = (name[1].start, found[1], self.known(name[1:]))
        return found, opens

    def _had_a_talk(self, toks: list[Token], i: int, after: int) -> bool:
        """"وكان لـ«..» لقاءات مع ..", "كان لـ«..» حوار مع ..": the outlet held the interviews the
        article reports, "كان" right before "لـ" and the interview right after the name."""
        if i == 0 or toks[i - 1].key not in HAD or after >= len(toks):
            return False
        talk = toks[after]
        return talk.is_word and (self.lex.has("interview", talk, frozenset({""})) or talk.key in TALKS)

    def _partner(self, toks: list[Token], i: int, taken: set[int]) -> Found | None:
        """The name in marks after "مع"/"إلى" at i that an interview was given to, unless it
        opens with the word of a body ("في حوار مع «لجنة ...»")."""
        if i + 2 < len(toks) and self.lex.has("org_head", toks[i + 2]):
            return None
        return self.quoted_name(toks, i, i + 1, taken)

    def _latin_recipient(self, toks: list[Token], i: int, taken: set[int]) -> tuple[Found, bool] | None:
        """"في حديث لـ CNN إن": a name in Latin letters after a bare "لـ" received the words."""
        k = i + 1
        while k < len(toks) and k - i <= MAX_NAME_TOKENS and is_latin(toks[k]) and k not in taken:
            k += 1
        if k == i + 1:
            return None  # the name was matched already (a KB outlet by its English name)
        according, opens = self._recipient_of(toks, i, k)
        if not (according or opens or said_before(self.lex, toks, i, RECIPIENT_NEAR, verb_within=2)):
            return None
        taken.update(range(i, k))
        return (toks[i + 1].start, toks[k - 1].end, self.known(toks[i + 1 : k])), opens

    def _recipient_of(self, toks: list[Token], i: int, after: int) -> tuple[bool, bool]:
        """Whether "لـ" at i follows an according-to word ("ووفقا لـ«..»"), and whether the name
        ending before `after` received a statement that opens right after it."""
        according = i > 0 and self.lex.is_according(toks[i - 1])
        opens = opens_statement(self.lex, toks, after) or interviewed_after(self.lex, toks, after)
        return according, opens and said_before(self.lex, toks, i)


def _names_a_body(toks: list[Token], i: int, end: int, stem: str) -> bool:
    """An agency word that names no outlet: a rating agency ("وكالة فيتش للتصنيف الائتماني",
    "أكدت وكالة .. التصنيف"), a body with its remit after "لل" ("الوكالة الأمريكية للرقابة على
    الأدوية", "وكالة الفضاء ..."), unlike "وكالة .. للأنباء", or with its remit in construct
    ("وكالة مكافحة الفساد", "وكالة غوث وتشغيل اللاجئين")."""
    after = [t for t in toks[i + 1 : i + 1 + MAX_NAME_TOKENS + 3] if t.is_word]
    if any(t.key in RATING_WORDS for t in after):
        return True
    if stem.removeprefix("ال") != "وكاله":
        return False
    nxt = next((t for t in toks[i + 1 :] if t.start >= end), None)
    if nxt is not None and nxt.key.startswith("لل") and "ال" + nxt.key[2:] not in NEWS_WORDS:
        return True
    name = [t for t in toks[i + 1 : i + 2 + MAX_NAME_TOKENS] if t.end <= end]
    return (len(name) > 1 and all(t.is_word for t in name) and not name[0].key.startswith("ال") and name[0].key not in NEWS_WORDS
            and not is_latin(name[0]) and name[-1].key.startswith("ال") and not is_nisba(name[-1], definite=True))


def _spelled_name(toks: list[Token], j: int) -> bool:
    """A name in Latin letters or an acronym spelled in Arabic letters starts at token j."""
    return j < len(toks) and (is_latin(toks[j]) or acronym_end(toks, j) > j)


def _after_an_outlet(toks: list[Token], i: int, taken: set[int]) -> bool:
    """"وقالت صحيفة .. البريطانية ومحطة .. الألمانية": "و" joins the outlet word at i to a cited
    outlet right before it, past that outlet's closing mark and adjectives of origin."""
    k = i - 1
    while k >= 0 and k not in taken and (is_nisba(toks[k], definite=True) or toks[k].text in QUOTES):
        k -= 1
    return k >= 0 and k in taken


def _token_after(toks: list[Token], end: int) -> int:
    """The index of the first token starting at or after character `end`."""
    return bisect_left(toks, end, key=_start)


def _start(tok: Token) -> int:
    return tok.start


def _may_start(tok: Token) -> bool:
    """The outlet words, "لـ", "مع" and "إلى" that may start an outlet; the last words of
    outlets' names and the dashes of datelines, which the layer reads too."""
    return (tok.key == "ل" or tok.key == "مع" or tok.key in SENT_TO or tok.key in OUTLET_SUFFIXES
            or tok.text in DASHES or outlet_head(tok) is not None
            or any(stem in BROADCASTER_BODIES for _, stem in tok.splits))
