"""Places named in a list with other places: "أبين، وعدن، والضالع، والمحويت", "بلدتي النعيمة
واليادودة", "مطارات عدن وسيئون وصنعاء"; and places located by a compass point in brackets after
them ("بلدة كفرنبل (شمال)", "وقرية العين (جنوب غرب البلاد)").

Villages, districts and border posts are rarely in the KB and NER often misses them, but the press
lists them with places it knows, or after a dual or plural place word ("قريتي", "مناطق"): a word of
such a list that no finder read as a name, and that is no ordinary word, is a place too; a person NER
read there with no KB entry ("خور مكسر", "الجدعان") is a place.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FORMS_KEPT, FormMemo, indices_where
from marsad.arabic.tokens import Token, remember
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import NameWords, has_pronoun_suffix
from marsad.layers.entities.word_lists import NAME_HEADS, QUOTED_PLACE_HEADS, QUOTED_PLACES_HEADS

COMMAS = frozenset({"،", ","})
# what may stand between a plural place word and its list: a colon, a bracket, an opening quote
_OPENERS = frozenset({":", "(", "«", '"', "“"})
# place words are no place's name ("ومديرية الشيخ عثمان": the district is named after it)
_HEADS = QUOTED_PLACE_HEADS | QUOTED_PLACES_HEADS
# an ordinary word of a list is looked up alone and after each place head ("محافظة البيضاء"), in a
# fixed order so that the first place found is the same on every run
_LOOKUP_HEADS = ("", *sorted(QUOTED_PLACE_HEADS))
# the compass points ("شمال", "شمالي", "جنوب شرق"): the press locates a place it names by one in brackets
COMPASS = frozenset(alias_key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"))
MAX_LOCATOR = 4  # words in the brackets: "(جنوب غرب البلاد)"; longer brackets say more than where it is
MIN_KNOWN = 2  # places of the list the finders already know, without a plural place word before it
# a long list of single words with one known place and no other name names places too ("في كدي
# والخالدية والنكاسة والزاهر": the districts of a city); a short one may pair a place with a thing
LONG_LIST = 4
# prepositions of place before such a list ("تتركز في كدي والخالدية ...", or a place word: "مدينة
# أبها والحبلة ..."); a list after a noun may be its adjectives ("أموره الظاهرة والباطنة والمعلومة")
_PLACE_PREPOSITIONS = frozenset(alias_key(w) for w in ("في", "من", "إلى", "الى", "على", "بين", "عند"))
# administrative centres ("مراكز بيش وضمد"); also centres of research or care ("مراكز التسوق
# والترفيه"), so a list after it names places only when it holds a place the finders know
_EACH = frozenset(alias_key(w) for w in ("كل", "لكل", "بكل", "وكل"))  # "كل من ...": each of
_CENTRES = frozenset(alias_key(w) for w in ("مراكز", "منافذ", "منفذي"))
# fronts, camps and heights of a war, whose lists name the places fought over ("جبهتي البلق
# والجدعان", "معسكري لبوزه والعند", "مرتفعات ذي نهم والمحزف"); border posts ("منافذ الطوال
# والوديعة") are also a shop's outlets, so they are with the centres above
_FRONTS = frozenset(alias_key(w) for w in ("جبهتي", "جبهات", "معسكري", "مرتفعات"))


_AFTER_WA = FormMemo()
_OPENING_BRACKETS = FormMemo()  # word form -> is "(" (where a compass point in brackets may follow)
_PLURAL_HEADS = FormMemo()  # word form -> is a plural place word (where a list of places may start)
_PLURAL_HEAD_FORMS: dict[str, bool] = {}  # `_plural_head` per word form (its text decides it)


def _begins_with_wa(tok: Token) -> bool:
    return tok.is_word and tok.key.startswith("و")


def _is_opening_bracket(tok: Token) -> bool:
    return tok.text == "("


def _adjacent(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].start - tokens[j - 1].end <= 1


def _plural_head(tok: Token) -> bool:
    """"قريتي", "وبلدات", "مناطق": a dual or plural place word in construct with the names after it
    (not "المناطق المحررة", "المدن المزدحمة": a definite plural and its adjectives)."""
    found = _PLURAL_HEAD_FORMS.get(tok.text)
    if found is not None:
        return found
    key = tok.key
    return remember(_PLURAL_HEAD_FORMS, tok.text, any(
        (stem in QUOTED_PLACES_HEADS or stem in _CENTRES or stem in _FRONTS)
        and not key[: len(key) - len(stem)].endswith(("ال", "لل"))
        for _off, stem in tok.splits), FORMS_KEPT)


def _opening(tokens: list[Token], k: int) -> int:
    """How many tokens from k open a list after a plural place word: a colon, then a bracket or an
    opening quote ("قرى: (مشرعة، وحدنان)", "محافظتي «عمران وصعدة»"), at most two, else none."""
    n = 0
    while n < 2 and k + n < len(tokens) and tokens[k + n].text in _OPENERS:
        n += 1
    return n if k + n < len(tokens) and tokens[k + n].is_word else 0


def _head_before(tokens: list[Token], i: int) -> int | None:
    """The plural place word right before token i, or before the colon and bracket that open the
    list at i (see `_opening`), or None."""
    k = i - 1
    while k > 0 and i - k <= 2 and tokens[k].text in _OPENERS:
        k -= 1
    if k < 0 or not tokens[k].is_word or k + 1 + _opening(tokens, k + 1) != i:
        return None
    if k == i - 1 and not _adjacent(tokens, i):
        return None
    return k if _plural_head(tokens[k]) else None


def _closed(tokens: list[Token], b: int) -> bool:
    """The last item of a list ends at punctuation or the text's end, not in a clause that goes on
    ("... وجدة ويلتقي الوزير": "يلتقي" opens a clause)."""
    return b >= len(tokens) or not tokens[b].is_word


def _locator(tokens: list[Token], j: int) -> bool:
    """Do the tokens from j hold a compass point and at most a few words after it, then ")"?"""
    if not tokens[j].is_word or tokens[j].key not in COMPASS:
        return False
    for k in range(j + 1, min(len(tokens), j + MAX_LOCATOR + 1)):
        if tokens[k].text == ")":
            return True
        if not tokens[k].is_word:
            return False
    return False


class PlaceLists:
    """`add(cands, tokens, text)`: the unnamed words of lists of places and the words located by a
    compass point, as places."""

    def __init__(self, kb: KnowledgeBase, words: NameWords, verbs: frozenset[str]) -> None:
        self.kb = kb
        self.words = words
        self.verbs = verbs
        self._countries: frozenset[str] | None = None

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        return self._add_located(self._add_listed(cands, tokens, text), tokens, text)

    def _add_located(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        """"وتاونات (شمال)": a word no finder read, right before a compass point in brackets, is
        a place (not a country adjective, "الخام الأمريكي (غرب تكساس)", nor an ordinary word)."""
        # the brackets are the anchor: only the tokens that open one are looked at (in order)
        brackets = [i for i in indices_where(tokens, _OPENING_BRACKETS, _is_opening_bracket)
                    if 1 <= i < len(tokens) - 2]
        if not brackets:
            return cands
        taken = claimed(cands)
        added: list[NameCandidate] = []
        for i in brackets:
            if i - 1 in taken or not _locator(tokens, i + 1):
                continue
            place = self._place(tokens, text, i - 1, i)
            if place is not None and tokens[i].start - tokens[i - 1].end <= 1:
                added.append(place)
        return with_added(cands, added)

    def _add_listed(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        at = {c.tok_start: c for c in cands}
        added: list[NameCandidate] = []
        n_tokens = len(tokens)
        # a list's next item is a word after "و" (perhaps past a comma): a list starts one or two
        # tokens before such a word, or at a name found there; only those tokens are tried
        after_wa = indices_where(tokens, _AFTER_WA, _begins_with_wa)
        # (two tokens before only past a comma, "أبين، وعدن": without one, a start two tokens
        # before goes on only when the word between begins with "و" too, which makes it a start
        # one token before that word; or when a name starts there, which makes it a start anyway)
        # (and the word after a plural place word, whose list may go on by commas alone)
        plural_heads = indices_where(tokens, _PLURAL_HEADS, _plural_head)
        starts = sorted({*(k - 1 for k in after_wa if k),
                         *(k - 2 for k in after_wa if k > 1 and tokens[k - 1].text in COMMAS), *at,
                         *(k + 1 + _opening(tokens, k + 1) for k in plural_heads if k + 1 < n_tokens)})
        i = 0
        for start in starts:
            if start < i:
                continue
            i = start
            end = at[i].tok_end if i in at else i + 1
            k = end + 1 if end < n_tokens and tokens[end].text in COMMAS else end
            if k >= n_tokens or not tokens[i].is_word or not tokens[k].is_word:
                continue
            head = _head_before(tokens, i)
            plural = head is not None
            # (commas alone go on a list only when no country opens it: "مدن المملكة، الرطوبة")
            country_first = plural and self._country(at.get(i))
            by_commas = plural and not country_first
            if not tokens[k].key.startswith("و") and not (by_commas and k > end and self._goes_on(tokens, k, at)):
                continue
            items = self._list_from(tokens, i, at, by_commas)
            if len(items) < 2:
                continue
            known = sum(1 for a, _b in items if a in at and at[a].type == "LOC")
            centres = head is not None and not any(stem in QUOTED_PLACES_HEADS or stem in _FRONTS
                                                   for _off, stem in tokens[head].splits)
            # after a plural place word, a list that holds a place the finders know names places
            # by every item, ordinary words too ("محافظات حقل وضباء والوجه": a field, a face)
            # (not when the list opens with a country: "أغلب مدن المملكة، الرطوبة" are the
            # kingdom's cities, and what follows is no list of them)
            headed = plural and known >= 1 and not country_first
            # (the long list: every item one word, none a name of another type)
            long_list = known == 1 and len(items) >= LONG_LIST and i > 0 \
                and (tokens[i - 1].key in _PLACE_PREPOSITIONS or tokens[i - 1].key in QUOTED_PLACE_HEADS) and all(
                    b == a + 1 or a in at and at[a].type == "LOC" for a, b in items) \
                and not any(a in at and at[a].type != "LOC" for a, _b in items)
            # the first item after a preposition of place, in a list of known places ("من رفحا
            # وكولومبو والقاهرة"): with no preposition it may be a word the sentence ends its phrase with
            # (not a plural in construct: "إلى جامعات ويلز وأرويك" are the universities of those places)
            # (nor "لكل من زجاج وطوكيو وتهامة": "each of" lists companies as well as places)
            first = known >= MIN_KNOWN and i > 1 and tokens[i - 1].key in _PLACE_PREPOSITIONS \
                and not tokens[i].key.endswith("ات") and tokens[i - 2].key not in _EACH
            if not (known >= MIN_KNOWN or long_list or plural and known < len(items) and (headed or not centres)):
                # (or a list by its commas, whose items may be of two words: `_comma_list`)
                wide = self._comma_list(tokens, i, at)
                if wide:
                    added.extend(self._comma_places(tokens, text, wide, at))
                i = max(items[-1][1], wide[-1][1] if wide else 0)
                continue
            for n, (a, b) in enumerate(items):
                c = at.get(a)
                if c is None and (n > 0 or plural or first) and (n < len(items) - 1 or plural or _closed(tokens, b)):
                    # (the last item not at the list's end may be a clause's word: "مناطق
                    # المملكة، وذلك من خلال")
                    open_end = n == len(items) - 1 and not _closed(tokens, b)
                    # an adjective of the plural stands right after it: past a colon or a
                    # bracket ("قرى: (مشرعة، وحدنان)"), or after a place of a list that holds
                    # known places, a word in م is a name
                    opened = head is not None and i > head + 1
                    named_slot = opened or a > i and (headed or known >= MIN_KNOWN)
                    place = self._place(tokens, text, a, b, ordinary=headed and not open_end, open_end=open_end,
                                        participle_named=named_slot)
                    if place is not None:
                        added.append(place)
                elif c is not None and c.type == "PER" and c.actor is None and c.source != "kb" \
                        and c.tok_end == b:
                    c.type = "LOC"  # "وخور مكسر" read as a person's name
            i = items[-1][1]
        return with_added(cands, added)

    def _list_from(self, tokens: list[Token], i: int, at: dict[int, NameCandidate],
                   plural: bool = False, wide: bool = False) -> list[tuple[int, int]]:
        """The items (token ranges) of a list that starts at token i: one word or a name found
        there, then "، و" + an item or "و" + an item, ...; after a plural place word also "،" +
        an item that a comma or "و" + a word follows ("محافظات حقل، ضباء، الوجه وأملج")."""
        items: list[tuple[int, int]] = []
        j = i
        while j < len(tokens) and tokens[j].is_word:
            c = at.get(j)
            end = c.tok_end if c is not None else j + 1
            if wide and c is None and j > i and tokens[j - 1].text in COMMAS:
                end = self._headed_end(tokens, j, at) or self._pair_end(tokens, j, at) or end
            items.append((j, end))
            k = end
            comma = k < len(tokens) and tokens[k].text in COMMAS
            if comma:
                k += 1
            if k >= len(tokens) or not tokens[k].is_word:
                break
            if not tokens[k].key.startswith("و"):
                if plural and comma and self._goes_on(tokens, k, at):
                    j = k
                    continue
                break
            if not _adjacent(tokens, k) and k == end:
                break
            j = k
        return items

    def _comma_list(self, tokens: list[Token], i: int, at: dict[int, NameCandidate]) -> list[tuple[int, int]]:
        """A long list whose every item after the first comes after "، و", holding a place the
        finders know and no name of another type ("الرصعه، وسنومه، والشعبين، والجرف، ومحافظة خميس
        مشيط"), its items also of two words or a place word and its name; its items, or []."""
        items = self._list_from(tokens, i, at, wide=True)
        if len(items) < LONG_LIST or any(a in at and at[a].type != "LOC" for a, _b in items) \
                or not all(tokens[a - 1].text in COMMAS and tokens[a].key.startswith("و") for a, _b in items[1:]):
            return []
        # (a place of the KB: what the tagger alone read as a place may be the odd word of a list
        # of things, "العنب، والليمون، والرمان، والمانجو")
        known = sum(1 for a, b in items if a in at and at[a].actor is not None
                    or a + 1 in at and at[a + 1].tok_end == b and at[a + 1].type == "LOC" and at[a + 1].actor is not None)
        return items if known >= 1 else []

    def _comma_places(self, tokens: list[Token], text: str, items: list[tuple[int, int]],
                      at: dict[int, NameCandidate]) -> list[NameCandidate]:
        """The places of such a list: its items no finder read, after the first (which may end the
        phrase before the list), and the last only at the list's end."""
        out: list[NameCandidate] = []
        for n, (a, b) in enumerate(items):
            if n == 0 or a in at or a + 1 in at or n == len(items) - 1 and not _closed(tokens, b):
                continue
            place = self._pair(tokens, text, a) if b - a == 2 else self._place(tokens, text, a, b)
            if place is not None:
                out.append(place)
        return out

    @staticmethod
    def _headed_end(tokens: list[Token], j: int, at: dict[int, NameCandidate]) -> int | None:
        """"، ومحافظة خميس مشيط": an item of a comma list that is a place word and a place the
        finders know; the end of that place, or None."""
        c = at.get(j + 1)
        if c is None or c.type != "LOC" or not _adjacent(tokens, j + 1) \
                or not any(stem in QUOTED_PLACE_HEADS for _off, stem in tokens[j].splits):
            return None
        return c.tok_end

    @staticmethod
    def _pair_end(tokens: list[Token], j: int, at: dict[int, NameCandidate]) -> int | None:
        """"، ومندر العوص، ومحافظة ...": an item of two words between the commas of a list (the
        second no "و" word and no name's start, the list going on by "، و" after it); j + 2 or None."""
        k = j + 2
        if k + 1 >= len(tokens) or j + 1 in at or not tokens[j + 1].is_word or tokens[j + 1].key.startswith("و") \
                or tokens[k].text not in COMMAS or not _begins_with_wa(tokens[k + 1]):
            return None
        return k

    @staticmethod
    def _goes_on(tokens: list[Token], k: int, at: dict[int, NameCandidate]) -> bool:
        """Is the item at k (after a comma, no "و") followed by the list's comma or "و" + a word?"""
        c = at.get(k)
        b = c.tok_end if c is not None else k + 1
        if b >= len(tokens):
            return False
        if tokens[b].text in COMMAS:
            return True
        return tokens[b].is_word and tokens[b].key.startswith("و") and len(tokens[b].splits) > 1 and _adjacent(tokens, b)

    def _country(self, c: NameCandidate | None) -> bool:
        """Is `c` a country (a place the KB gives a nationality adjective)?"""
        if c is None or c.actor is None:
            return False
        if self._countries is None:
            self._countries = frozenset(a.id for a in self.kb.demonym_keys().values())
        return c.actor.id in self._countries

    def _pair(self, tokens: list[Token], text: str, a: int) -> NameCandidate | None:
        """Two words of a comma list no finder read ("ومندر العوص"): a place when neither is an
        ordinary word, a verb, a place word or a country adjective, and the second is no pronoun's."""
        first, second = tokens[a], tokens[a + 1]
        start = first.start + 1 if first.key.startswith("و") and len(first.splits) > 1 else first.start
        key1 = alias_key(text[start : first.end])
        common = self.words.common
        for key in (key1, second.key):
            bare = key.removeprefix("ال")
            if len(bare) < 3 or key in common or bare in common or key in self.verbs or key in _HEADS \
                    or key in NAME_HEADS or self.kb.demonym(key) is not None or has_pronoun_suffix(key) \
                    or text[start : second.end].isascii():
                return None
        key = alias_key(text[start : second.end])
        known = next((x for x in self.kb.lookup(key) if x.type == "LOC"), None)
        return NameCandidate(start, second.end, a, a + 2, "LOC", key, known, "pattern")

    def _place(self, tokens: list[Token], text: str, a: int, b: int, ordinary: bool = False,
               open_end: bool = False, participle_named: bool = False) -> NameCandidate | None:
        """One word of a list no finder read: a place unless an ordinary word, a verb, a country
        adjective or a possessed noun ("والتواهي" yes; "والاستثمار", "وقال" no); an ordinary word
        too when `ordinary` (a plural place word heads a list with a known place)."""
        if b != a + 1:
            return None
        tok = tokens[a]
        start = tok.start + 1 if tok.key.startswith("و") and len(tok.splits) > 1 else tok.start
        word = text[start : tok.end]
        key = alias_key(word)
        bare = key.removeprefix("ال")
        common = self.words.common
        if not key.startswith("ال") and key.endswith("ه") and key.startswith("م") and len(key) > 4 \
                and not participle_named:
            return None  # an indefinite participle, the adjective of a plural ("مناطق متباعدة")
        if len(key) > 4 and key[0] in "يت" and key.endswith("ون"):
            return None  # an imperfect verb: "ويدفعون"
        ordinary_word = key in common or bare in common or tok.key in common \
            or any(stem in common for _off, stem in tok.splits[1:])
        # "محافظتي البيضاء" (also "the white"): the KB's "محافظة البيضاء"
        known = next((x for h in _LOOKUP_HEADS for x in self.kb.lookup(f"{h} {key}".strip())
                      if x.type == "LOC"), None) if ordinary_word else None
        if (open_end or ordinary_word) and key.endswith("ت") and not key.startswith("ال"):
            return None  # a past verb after the places: "... ودير الزور وأصابت وحدات"
        if len(bare) < 3 or ordinary_word and not ordinary or key in self.verbs \
                or word.isascii() or key in _HEADS or key in NAME_HEADS \
                or self.kb.demonym(key) is not None or has_pronoun_suffix(key) \
                or (key.startswith("ال") and key.endswith("ات")):
            return None
        return NameCandidate(start, tok.end, a, b, "LOC", key, known, "pattern")
