"""The outlet an outlet word names: the name after "صحيفة", "وكالة", "قناة", "موقع" ...

`OutletNameReader.name_after` reads what follows an outlet word, whatever governs it (`outlets.py`
decides that): a name in marks or brackets ("صحيفة «حرييت»", "لموقع (..) البرازيلي"), a
transliterated or Latin name up to its adjective ("صحيفة حرييت التركية" -> "حرييت"), an agency's
descriptive name with its head ("وكالة الأنباء الكينية"), a definite outlet word and its adjectives
("التلفزيون الكاميروني"), a public broadcaster by its corporation word ("هيئة الإذاعة
الأسترالية"), and the second name after a dual outlet word ("صحيفتي .. الفرنسية و.. البريطانية").
It refuses what names no outlet in particular ("صحيفة أمريكية"), a body's own site or channel
("على موقع وزارة ..", "القناة الرسمية للنادي"), and a social network ("موقع «تويتر»").
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.name_ends import MAX_NAME_TOKENS, name_end, name_word
from marsad.layers.sources.websites import foreign_site_name, names_no_outlet
from marsad.layers.sources.words import (
    BROADCASTER_BODIES,
    COMMON_WORDS,
    CREDIT_WORDS,
    NEWS_ADJECTIVES,
    NEWS_WORDS,
    NOT_NAME,
    OUTLET_SUFFIXES,
    QUOTES,
    SOCIAL_NETWORKS,
    WEAK_HEADS,
    WEB_WORDS,
    acronym_end,
    is_latin,
    is_nisba,
    news_remit,
    outlet_head,
    remit_end,
)

MAX_NAME_NISBAS = 2      # adjectives of origin a KB name after a dual outlet word may end with
ABBREVIATION_DOTS = frozenset({"."})
OFFICIAL = frozenset(map(match_key, ("الرسمي", "الرسمية")))  # "القناة الرسمية للنادي": a body's own channel
IN_COUNTRY = match_key("في")
AGENCY_KEY = match_key("وكالة")
DUAL_AGENCY_HEADS = frozenset(map(match_key, ("وكالتا", "وكالتي")))  # "وكالتا الأنباء .. و..": two agencies

Found = tuple[int, int, object | None]   # (start, end, KB actor or None)

BODY_SITE_HEADS = frozenset(map(match_key, ("وكالة", "موقع")))  # words a body's name after which is no outlet's
OWNER_THEN_NAME = "«“"  # marks opening an outlet's name after the words naming its owner


class OutletNameReader:
    """Reads the name an outlet word opens; `known_keys` maps the match keys of a name to the KB
    outlet it is, or None."""

    def __init__(self, lex: SpeechLexicon, known_keys) -> None:
        self.lex = lex
        self.known_keys = known_keys   # the match keys of a name -> the KB outlet it is, or None
        self.known_body = lambda start, end: False  # this document's KB bodies that are no outlets

    def name_after(self, toks: list[Token], i: int, head: tuple[int, str, str], taken: set[int],
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
            return self.quoted_name(toks, i, j, taken)
        if j + 1 < n and toks[j].key in NEWS_WORDS and toks[j + 1].text in QUOTES + "(":
            return self.quoted_name(toks, i, j + 1, taken)  # "وكالة أنباء «دوغان»", "لوكالة الأنباء (..)"
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
            k = name_end(self.lex, toks, j + 1, taken, definite=toks[j + 1].key.startswith("ال") if j + 1 < n else False)
            if k == j + 1:
                return None
            after = k + (k < n and toks[k].key in OFFICIAL)
            if toks[j].key.startswith("ال") and after < n and toks[after].text in QUOTES + "(" and (
                    (named := self.quoted_name(toks, i, after, taken)) is not None or after + 1 in taken):
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
            # name after "الأنباء". The second follows "و" (`second_of_pair`, `coordinated.py`).
            described_agency = is_nisba(toks[j + 1], definite=True)
            k = name_end(self.lex, toks, j + 1, taken, definite=described_agency)
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
            k = name_end(self.lex, toks, j, taken, definite=True)
            if bare == "وكاله" and k < n and news_remit(toks[k]):
                k += 1  # "الوكالة اللبنانية للإعلام": the field of news closes the agency's name
            if (definite or bare == "وكاله") and j < k < n and toks[k].text in QUOTES + "(":
                # "في الصحيفة الأسبوعية «..»", "الموقع المصري «..»", "وكالة الأنباء الروسية
                # "..."": the name in apposition (a KB name there is matched already)
                return self.quoted_name(toks, i, k, taken)
            if definite and j < k < n - 2 and toks[k].key == IN_COUNTRY and toks[k + 1].is_word and toks[k + 2].text in QUOTES:
                # "القناة التلفزيونية الرسمية في ألمانيا «..»": the country, then the name in apposition
                return self.quoted_name(toks, i, k + 2, taken)
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
        k = name_end(self.lex, toks, j, taken, definite=False)
        if j < k < n and toks[k].text in OWNER_THEN_NAME and (
                self.lex.has("title", toks[j]) or self.lex.has("org_head", toks[j])) and (named := self.quoted_name(toks, i, k, taken)) is not None:
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
        """The KB outlet the words and numbers of a name spell, or None."""
        return self.known_keys([t.key for t in name if t.is_word or t.kind == "num"])

    def second_of_pair(self, toks: list[Token], k: int, taken: set[int], dual: str | None = None) -> list[Found]:
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
               and name_word(self.lex, toks[end], taken, end)):
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

    def quoted_name(self, toks: list[Token], i: int, open_at: int, taken: set[int]) -> Found | None:
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


def _own_channel(toks: list[Token], j: int, k: int) -> bool:
    """"القناة الرسمية للنادي", "الإذاعة الرسمية للجامعة": a definite outlet word described only as
    official and given to a body by "لـ": that body's own channel, not an outlet named ("التلفزيون
    الرسمي السوري" names one by its country)."""
    return (k < len(toks) and all(t.key in OFFICIAL for t in toks[j:k])
            and toks[k].is_word and toks[k].key.startswith("لل") and len(toks[k].key) > len("لل") + 2)
