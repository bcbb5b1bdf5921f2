"""Outlets missing from the KB, recognised by construction rather than by a list.

An outlet word ("صحيفة", "وكالة", "قناة", "موقع" ...) names an outlet when a citing construction
governs it ("ذكرت صحيفة", "بحسب وكالة", "نقلا عن موقع", "قال مسؤول لوكالة", "في تصريح لـ«صحيفة ..»",
"نشر في صحيفة", "في تصريح إلى قناة", "قال .. عبر صحيفة", "مقابلة أجرتها معه إذاعة", "ردا على أسئلة
وكالة", "نقلت عنها وكالة"), or the outlet is the subject of a citing verb after its name ("وكانت صحيفة
«..» قد نشرت"; the constructions are read by `governing.py`); the outlet is the name after it:

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
from marsad.layers.sources.governing import (
    broadcasting,
    governed,
    interviewed_after,
    is_receive,
    long_recipient,
    obtained_by,
    opens_statement,
    received_copy,
    said_before,
    told,
)
from marsad.layers.sources.roles import dealt_in, named_as_employer
from marsad.layers.sources.websites import foreign_site_name, names_no_outlet
from marsad.layers.sources.words import (
    BROADCASTER_BODIES,
    COMMON_WORDS,
    CREDIT_WORDS,
    DASHES,
    DUAL_HEADS,
    GENERIC_OUTLET_KEYS,
    NAME_STOPS,
    NEWS_ADJECTIVES,
    NEWS_WORDS,
    NOT_NAME,
    NOT_OUTLET_PHRASES,
    OUTLET_SUFFIXES,
    QUOTES,
    RATING_WORDS,
    REMIT_FORMS,
    SENT_TO,
    SOCIAL_NETWORKS,
    STATEMENT_GAP,
    STATION_HEADS,
    STRONG_HEADS,
    WEAK_HEADS,
    WEB_WORDS,
    acronym_end,
    broadcaster_body,
    dual_singular,
    is_latin,
    is_nisba,
    news_remit,
    outlet_head,
    remit_end,
    reported_earlier,
    reports_later,
)

MAX_NAME_TOKENS = 3      # words of an outlet name that is not in the KB
MAX_NAME_NISBAS = 2      # adjectives of origin a KB name after a dual outlet word may end with
RECIPIENT_NEAR = 2       # tokens between a reporting verb and a quoted name no outlet word calls an outlet
ABBREVIATION_DOTS = frozenset({"."})
IN_THE_PLACE = ("بال", "وبال")  # a preposition with the article never continues a name
YEAR_WORDS = frozenset(map(match_key, ("عام", "العام", "سنة")))  # "صحيفة .. بوست عام 2010": a year ends the name
HAD = frozenset(map(match_key, ("كان", "وكان", "فكان", "كانت", "وكانت")))  # "وكان لـ«..» لقاءات"
TALKS = frozenset(map(match_key, ("لقاءات", "حوارات", "مقابلات", "جولة", "جولات")))  # plurals the lexicon lacks
OFFICIAL = frozenset(map(match_key, ("الرسمي", "الرسمية")))  # "القناة الرسمية للنادي": a body's own channel
IN_COUNTRY = match_key("في")
AGENCY_KEY = match_key("وكالة")
DUAL_AGENCY_HEADS = frozenset(map(match_key, ("وكالتا", "وكالتي")))  # "وكالتا الأنباء .. و..": two agencies
MAX_NUMBER_CHARS = 3     # "إذاعة سبورت 24 اليونانية": a channel number inside a name

Found = tuple[int, int, object | None]   # (start, end, KB actor or None)


BODY_SITE_HEADS = frozenset(map(match_key, ("وكالة", "موقع")))  # words a body's name after which is no outlet's
OWNER_THEN_NAME = "«“"  # marks opening an outlet's name after the words naming its owner


class OutletFinder:
    def __init__(self, lex: SpeechLexicon, known_keys) -> None:
        self.lex = lex
        self.known_keys = known_keys   # the match keys of a name -> the KB outlet it is, or None
        self._starts = FormMemo()  # outlet words and a bare "لـ": the only tokens that may start an outlet
        self.text = ""             # the text of the document being read (paragraph breaks end a clause)
        self.pending: list[Found] = []  # second outlets of a pair ("صحيفتي .. و..") found in this document
        self.dashes: list[int] = []     # the dashes of this document (where datelines may be)
        self.known_body = lambda start, end: False  # this document's KB bodies that are no outlets
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
                found = self._quoted(toks, mark, mark, taken)
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
                self.pending.extend(self._second_of_pair(toks, end, taken, dual_singular(stem)))
            return None
        claimed = set(taken)  # tokens of a name kept only once the outlet is known to be cited
        found = self._name_after(toks, i, head, claimed, not_outlet, strong=cited_here)
        if found is None:
            return None
        end = _token_after(toks, found[1])
        if not (cited_here or reports_later(toks, end, self.lex, self.text, toks[i]) or long_recipient(self.lex, toks, i, prefix, end)
                or obtained_by(toks, i) or (i > 0 and is_receive(toks[i - 1]) and received_copy(toks, end))
                or reported_earlier(toks, i, end, self.lex) or told(self.lex, toks, i, end)):
            return None
        taken |= claimed
        if stem in DUAL_HEADS:  # "صحيفتي .. الفرنسية و.. البريطانية": the second name
            self.pending.extend(self._second_of_pair(toks, end, taken, dual_singular(stem)))
        return found

    def name_at(self, toks: list[Token], i: int, not_outlet) -> Found | None:
        """The outlet the outlet word at token i names, whatever governs it (for a later reference
        back to it, `back_reference.py`)."""
        head = outlet_head(toks[i])
        if head is None or head[1] in GENERIC_OUTLET_KEYS or (
                i + 1 < len(toks) and f"{head[1]} {toks[i + 1].key}" in NOT_OUTLET_PHRASES):
            return None  # "قناة السويس": a canal
        return self._name_after(toks, i, head, set(), not_outlet)

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

    def _name_after(self, toks: list[Token], i: int, head: tuple[int, str, str], taken: set[int],
                    not_outlet, strong: bool = False) -> Found | None:
        """The outlet the outlet word at i names; `strong`: a citing construction governs the word
        itself, so a website's transliterated name may follow it (`websites.py`)."""
        offset, stem, _ = head
        if stem in BROADCASTER_BODIES:
            return self._broadcaster(toks, i, offset, taken)
        # "موقع قناة «المتوسط»", "موقع صحيفة ...": the last outlet word heads the name
        while i + 1 < len(toks) and (nxt := outlet_head(toks[i + 1])) is not None and nxt[2] == "":
            taken.add(i)
            i, (offset, stem, _) = i + 1, nxt
        definite = stem.startswith("ال")
        bare = stem[2:] if definite else stem
        weak = bare in WEAK_HEADS
        n = len(toks)
        j = i + 1
        if j + 1 < n and toks[j].key == "ال" and toks[j + 1].text in QUOTES:
            j += 1  # "صحيفة الـ«غارديان»": the article written apart from the quoted name
        elif j + 1 < n and toks[j].text == ":" and stem in CREDIT_WORDS:
            j += 1  # "* خدمة: «نيويورك تايمز»"
        if j < n and toks[j].text in QUOTES + "({/" and not definite:
            # "صحيفة «..»", "لموقع (..) البرازيلي", "خدمة {..}", "صحيفة /صنداي تليجراف/"
            return self._quoted(toks, i, j, taken)
        if j + 1 < n and toks[j].key in NEWS_WORDS and toks[j + 1].text in QUOTES + "(":
            return self._quoted(toks, i, j + 1, taken)  # "وكالة أنباء «دوغان»", "لوكالة الأنباء (..)"
        if (not definite and j + 2 < n and toks[j].text.isdigit() and toks[j + 1].is_word and j + 1 not in taken
                and not toks[j + 1].key.startswith("ال") and is_nisba(toks[j + 2], definite=True)):
            # "موقع 24 ساتا التركي": a name opening with a number, closed by its adjective
            taken.update(range(i, j + 2))
            return toks[j].start, toks[j + 1].end, self.known(toks[j : j + 2])
        if j >= n or not toks[j].is_word or toks[j].key in NOT_NAME or is_nisba(toks[j], definite=False):
            return None  # "صحيفة أمريكية", "موقع رسمي": no outlet in particular
        if names_no_outlet(toks[j : j + MAX_NAME_TOKENS]):
            return None  # "وكالة ناسا", "لقناة النادي على اليوتيوب"
        if bare in BODY_SITE_HEADS and not definite and self.lex.has("org_head", toks[j]):
            # "وكالة إدارة الطوارئ ..": a government body's name follows; "موقع مصرف قطر المركزي",
            # "على موقع وزارة ..": the body's own website, no outlet
            return None
        if bare == "وكاله" and toks[j].key in NEWS_WORDS and not definite:
            # "وكالة أنباء فارس", "وكالة الأنباء الكينية": the head belongs to the name
            if j + 1 < n and is_nisba(toks[j + 1], definite=False) and not toks[j + 1].key.startswith("ال"):
                return None  # "ما أوردته وكالة أنباء إيرانية": an agency described, none named
            k = self._name_end(toks, j + 1, taken, definite=toks[j + 1].key.startswith("ال") if j + 1 < n else False)
            if k == j + 1:
                return None
            after = k + (k < n and toks[k].key in OFFICIAL)
            if toks[j].key.startswith("ال") and after < n and toks[after].text in QUOTES + "(" and (
                    (named := self._quoted(toks, i, after, taken)) is not None or after + 1 in taken):
                # "وكالة الأنباء الروسية "إنترفاكس"": the description, then the agency's name in
                # apposition (a KB name there is matched already: the description adds nothing);
                # not the words it is quoted as saying ("وقالت وكالة الأنباء .. «مواقفنا ..»")
                return named
            if toks[j].key.startswith("ال") and after < n and after in taken:
                return None  # "وذكرت وكالة الأنباء الرسمية سونا": the KB agency named right after
            taken.update(range(i, k))
            return offset, toks[k - 1].end, self.known(toks[i:k])
        if bare in DUAL_AGENCY_HEADS and toks[j].key in NEWS_WORDS and toks[j].key.startswith("ال") and j + 1 < n:
            # "وكالتا الأنباء الفرنسية والألمانية": the first agency is "الأنباء" and its adjectives
            # (the paper «الأنباء» is not meant); "وكالتا الأنباء دوغان والأناضول": the first is the
            # name after "الأنباء". The second follows "و" (`_second_of_pair`, `coordinated.py`).
            described_agency = is_nisba(toks[j + 1], definite=True)
            k = self._name_end(toks, j + 1, taken, definite=described_agency)
            if k == j + 1:
                return None
            taken.update(range(i, k))
            first = j if described_agency else j + 1
            keys = [t.key for t in toks[first:k]]
            return toks[first].start, toks[k - 1].end, self.known_keys([AGENCY_KEY, *keys]) or self.known_keys(keys)
        described = (toks[j].key.startswith("ال") and j + 1 < n and is_nisba(toks[j + 1], definite=True)
                     and toks[j + 1].key not in NEWS_ADJECTIVES)
        if definite and not is_nisba(toks[j], definite=True) and not any(
                t.text in QUOTES for t in toks[j + 1 : j + 1 + MAX_NAME_TOKENS]):
            # "وحثت الصحيفة السلطات": a definite outlet word takes adjectives, not a name, unless a
            # name in marks follows them ("محطة التلفزيون العامة الإسبانية «..»")
            return None
        if described and not definite and j not in taken and (actor := self.known(toks[j : j + 1])) is not None:
            # "بحسب صحيفة الماركا الأسبانية": a known paper with the article, its adjectives after it
            k = j + 1
            while k < n and is_nisba(toks[k], definite=True):
                k += 1
            taken.update(range(i, k))
            return toks[j].start, toks[j].end, actor
        if definite or described or (bare == "وكاله" and toks[j].key.startswith("ال")):
            # "التلفزيون الكاميروني", "إذاعة الجيش الإسرائيلي": a noun phrase, head and adjectives
            k = self._name_end(toks, j, taken, definite=True)
            if bare == "وكاله" and k < n and news_remit(toks[k]):
                k += 1  # "الوكالة اللبنانية للإعلام": the field of news closes the agency's name
            if (definite or bare == "وكاله") and j < k < n and toks[k].text in QUOTES + "(":
                # "في الصحيفة الأسبوعية «..»", "الموقع المصري «..»", "وكالة الأنباء الروسية
                # "..."": the name in apposition (a KB name there is matched already)
                return self._quoted(toks, i, k, taken)
            if definite and j < k < n - 2 and toks[k].key == IN_COUNTRY and toks[k + 1].is_word and toks[k + 2].text in QUOTES:
                # "القناة التلفزيونية الرسمية في ألمانيا «..»": the country, then the name in apposition
                return self._quoted(toks, i, k + 2, taken)
            if definite and j < k < n and is_latin(toks[k]) and k not in taken:
                # "ووفقا للموقع الأمريكي BGR": a name in Latin letters in apposition
                end = k
                while end < n and end - k < MAX_NAME_TOKENS and is_latin(toks[end]) and end not in taken:
                    end += 1
                taken.update(range(i, end))
                return toks[k].start, toks[end - 1].end, self.known(toks[k:end])
            if weak and k > j and not definite and (remit := remit_end(toks, k)) > k:
                # "لموقع البوابة العربية للأخبار التقنية": the remit closes a site's name
                taken.update(range(i, remit))
                return toks[j].start, toks[remit - 1].end, self.known(toks[j:remit])
            if k == j or weak:
                return None  # a bare "التلفزيون" names nobody
            if definite and _own_channel(toks, j, k):
                return None  # "القناة الرسمية للنادي": a body's own channel, no outlet named
            taken.update(range(i, k))
            return offset, toks[k - 1].end, self.known(toks[i:k])
        k = self._name_end(toks, j, taken, definite=False)
        if j < k < n and toks[k].text in OWNER_THEN_NAME and (
                self.lex.has("title", toks[j]) or self.lex.has("org_head", toks[j])) and (named := self._quoted(toks, i, k, taken)) is not None:
            return named  # "قناة حزب الله «المنار»", "قناة الرئيس السابق «..»": its owner, then its name in marks
        if k == j or (k < n and toks[k].key in NOT_NAME):
            return None  # "لوكالة معلومات الطاقة ..": the name runs on into a field, a body's name
        name = toks[j:k]
        actor = self.known(name)
        if weak and actor is None and len(name) == 1 and name[0].key in WEB_WORDS:
            return None  # "موقع البوابة الإلكترونية": a part of a website, no outlet
        # "موقع .. الإخباري", "موقع .. لأخبار المشاهير"; "موقع .. العبري" when the name does not
        # open with a common word ("شبكة طرق ...")
        closed_by_adjective = k < n and (toks[k].key in NEWS_ADJECTIVES or remit_end(toks, k) > k or (
            is_nisba(toks[k], definite=True) and name[0].key not in COMMON_WORDS)) or (
            len(name) > 1 and name[-1].key in OUTLET_SUFFIXES)  # "موقع الجزيرة أونلاين": a suffix closes it too
        spelled_out = all(is_latin(t) for t in name) or acronym_end(toks, j) == k
        foreign = False  # "وذكر موقع سوبرتس مول أن": a transliterated site's name, governed
        if weak and actor is None and not spelled_out and (
                not closed_by_adjective or (toks[k].key not in NEWS_ADJECTIVES and not_outlet(toks[j].start, toks[k - 1].end))):
            if not (strong and foreign_site_name(toks, j, k, self.lex) and not self.known_body(toks[j].start, toks[k - 1].end)):
                return None  # "نشر موقع الوزارة", "على موقع وزارة الخارجية": a website, not an outlet
            foreign = True
        taken.update(range(i, k))
        if actor is None and not foreign and not_outlet(toks[j].start, toks[k - 1].end):
            return offset, toks[k - 1].end, None  # "وكالة مأرب", "إذاعة الأمم المتحدة": the name of a place or body
        return toks[j].start, toks[k - 1].end, actor

    def _broadcaster(self, toks: list[Token], i: int, offset: int, taken: set[int]) -> Found | None:
        """"هيئة الإذاعة الأسترالية", "مؤسسة الإذاعة والتلفزيون اليابانية": a public broadcaster named
        by its corporation word, outlet words and adjectives of origin, all of it the name."""
        k = i + 2
        if k < len(toks) and toks[k].key.startswith("وال") and outlet_head(toks[k]) is not None:
            k += 1  # "الإذاعة والتلفزيون"
        end = k
        while end < len(toks) and is_nisba(toks[end], definite=True) and end not in taken:
            end += 1
        if end == k:
            return None  # "هيئة الإذاعة" alone: the body that regulates broadcasting as often as a broadcaster
        taken.update(range(i, end))
        return offset, toks[end - 1].end, self.known(toks[i:end])

    def known(self, name: list[Token]):
        return self.known_keys([t.key for t in name if t.is_word or t.kind == "num"])

    def _second_of_pair(self, toks: list[Token], k: int, taken: set[int], dual: str | None = None) -> list[Found]:
        """After the first name of a dual outlet word and its adjectives, "و" + a name closed by
        a definite adjective of origin ("صحيفتي لوموند الفرنسية وغارديان البريطانية"); `dual` is
        the dual's singular as a match key ("وكاله" for "وكالتا")."""
        while k < len(toks) and is_nisba(toks[k], definite=True):
            k += 1
        if k >= len(toks) or k in taken:
            return []
        first = toks[k]
        stem = next((stem for offset, stem in first.splits if first.key == "و" + stem), None)
        if stem is None or len(stem) < 2:
            return []
        end = k + 1
        while (end < len(toks) and end - k < MAX_NAME_TOKENS and not is_nisba(toks[end], definite=True)
               and self._name_word(toks[end], taken, end)):
            end += 1
        if end >= len(toks) or not is_nisba(toks[end], definite=True):
            return []
        keys = [stem] + [t.key for t in toks[k + 1 : end]]
        if dual is not None:
            # "وكالتي فرانس برس والأنباء الألمانية": with the dual's singular the adjective may be
            # part of the name the KB lists ("وكالة الأنباء الألمانية"); the longest wins
            for last in range(min(end + MAX_NAME_NISBAS, len(toks)), end, -1):
                nisbas = toks[end:last]
                if all(is_nisba(t, definite=True) for t in nisbas) and (
                        actor := self.known_keys([dual, *keys, *(t.key for t in nisbas)])) is not None:
                    taken.update(range(k, last))
                    return [(first.end - len(stem), toks[last - 1].end, actor)]
        taken.update(range(k, end))
        return [(first.end - len(stem), toks[end - 1].end, self.known_keys(keys))]

    def _quoted(self, toks: list[Token], i: int, open_at: int, taken: set[int]) -> Found | None:
        """The name between the marks opening at `open_at` ("صحيفة «سودويتشه تسايتونغ»"), or in
        brackets right after an outlet word ("لموقع (..) البرازيلي")."""
        # "صحيفة “sport360″": some papers close a name with a double prime
        closing = {"(": ")", "{": "}", "/": "/"}.get(toks[open_at].text, QUOTES + "″")
        k = open_at + 1
        words = 0  # "قناة «آر. بي. كا»": the dots of an abbreviation are no words of the name
        while k < len(toks) and words <= MAX_NAME_TOKENS and toks[k].text not in closing:
            if (acronym := acronym_end(toks, k)) > k:
                words, k = words + 1, acronym  # "«إم إس إن بي سي»": an acronym is one word
                continue
            words += toks[k].text not in ABBREVIATION_DOTS
            k += 1
        if k >= len(toks) or k == open_at + 1 or toks[k].text not in closing or taken & set(range(open_at, k)):
            return None
        name = toks[open_at + 1 : k]
        while len(name) > 1 and name[-1].kind == "punct" and name[-1].text not in ABBREVIATION_DOTS:
            name = name[:-1]  # "لقناة "المجد: "..": the colon opening the words, inside marks misplaced
        if not name[0].is_word or name[0].key in SOCIAL_NETWORKS or names_no_outlet(name):
            return None  # "بحسب موقع «تويتر»": a social network carries posts, it reports nothing
        taken.update(range(i, k + 1))
        return name[0].start, name[-1].end, self.known(name)

    def _name_end(self, toks: list[Token], j: int, taken: set[int], definite: bool) -> int:
        """The end of a name starting at token j: definite words only after a definite head;
        otherwise up to a definite adjective of origin or kind ("حرييت التركية")."""
        if not definite and (acronym := acronym_end(toks, j)) > j and not taken & set(range(j, acronym)):
            while acronym - j > 2 and self.lex.is_comp(toks[acronym - 1]):
                acronym -= 1  # "قناة إن إتش كيه إن ..": the complementiser opens the statement
            return acronym  # "لشبكة ام اس ان بي سي": an acronym spelled in Arabic letters
        k = j
        while k < len(toks) and k - j < MAX_NAME_TOKENS and self._name_word(toks[k], taken, k):
            if definite and not toks[k].key.startswith("ال"):
                break
            if definite and k > j and is_nisba(toks[k - 1], definite=True) and not is_nisba(toks[k], definite=True):
                break  # "التلفزيون الرسمي الكيني الرئيس ..": the adjective of origin closes the name
            if not definite and k > j and is_nisba(toks[k], definite=True):
                break
            if k > j and (toks[k].key in STATEMENT_GAP or is_latin(toks[k]) != is_latin(toks[j])):
                break  # "لراديو .. مساء أمس", "مجلة .. Pediatrics": a time word or the other script ends it
            if k > j and toks[k].key.startswith(IN_THE_PLACE):
                break  # "مكتب صحيفة .. بالطائف": "ب" and the article, where the office or the paper is
            if k > j and toks[k].key in YEAR_WORDS and k + 1 < len(toks) and toks[k + 1].kind == "num":
                break  # "صحيفة .. بوست عام 2010"
            if not definite and k > j and _verb_with_subject(toks, k):
                break  # "وبحسب صحيفة .. تضمن الغلاف": a present verb and its subject after the name
            if (k > j and toks[j].key.startswith("ال") and not toks[k].key.startswith("ال")
                    and toks[k].key not in OUTLET_SUFFIXES):
                break  # "قناة العربية ليرد ..": after a definite word only definite ones ("الشرق الأوسط")
            k += 1
        if (not definite and j < k < len(toks) - 1 and _channel_number(toks[k])
                and is_nisba(toks[k + 1], definite=True)):
            k += 1  # "لإذاعة سبورت 24 اليونانية"
        elif (not definite and k - j == MAX_NAME_TOKENS and k < len(toks) - 1 and self._name_word(toks[k], taken, k)
              and not toks[k].key.startswith("ال") and toks[k].key not in STATEMENT_GAP
              and is_latin(toks[k]) == is_latin(toks[j]) and self.lex.is_comp(toks[k + 1])):
            k += 1  # "صحيفة ذي إندبندنت أون صنداي أن": a fourth word, the statement opening right after it
        return k

    def _name_word(self, tok: Token, taken: set[int], k: int) -> bool:
        lex = self.lex
        return (tok.is_word and len(tok.text) > 1 and k not in taken and not tok.key.startswith("لل")
                and tok.key not in NEWS_WORDS and tok.key not in NOT_NAME
                and tok.key not in NAME_STOPS and tok.key not in REMIT_FORMS and not lex.is_stop(tok)
                and not lex.is_comp(tok) and lex.cue(tok) is None and not lex.is_according(tok))

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
        found = self._quoted(toks, i, i + 1, taken)
        if found is None:
            return None
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
        return self._quoted(toks, i, i + 1, taken)

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



def _own_channel(toks: list[Token], j: int, k: int) -> bool:
    """"القناة الرسمية للنادي", "الإذاعة الرسمية للجامعة": a definite outlet word described only as
    official and given to a body by "لـ": that body's own channel, not an outlet named ("التلفزيون
    الرسمي السوري" names one by its country)."""
    return (k < len(toks) and all(t.key in OFFICIAL for t in toks[j:k])
            and toks[k].is_word and toks[k].key.startswith("لل") and len(toks[k].key) > len("لل") + 2)


def _verb_with_subject(toks: list[Token], k: int) -> bool:
    """Token k is shaped like a verb of the present or a feminine past ("تضمن", "تصدر", "يحتل") and a
    definite word follows that is no adjective of origin: a verb and its subject or object, not the
    next word of a transliterated name ("شيكاغو تريبيون الأمريكية" keeps its adjective)."""
    tok = toks[k]
    if not tok.is_word or is_latin(tok) or tok.key[:1] not in "يت" or len(tok.key) < 3 or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.is_word and nxt.key.startswith("ال") and not is_nisba(nxt, definite=True)


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


def _channel_number(tok: Token) -> bool:
    return tok.kind == "num" and len(tok.text) <= MAX_NUMBER_CHARS


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
