"""Football clubs named by one definite word in a sports report: "فاز الهلال على النصر", "لاعب
الاتحاد", "أمام العين الإماراتي".

The sports press names a club without "نادي" most of the time, and the word alone is an ordinary
word elsewhere ("الهلال" a crescent, "النصر" a victory, "العين" a city). In an article with
several words of a match report, a club's name (`sports_clubs.tsv`) is the club. Names that are
also a place or an ordinary word in sport ("الاتحاد" the federation, "الشباب" the young players)
are the club only with a cue next to them: a word of the game right before ("لاعب", "أمام",
"لقاء"), for a town's club a masculine country adjective after ("العين الإماراتي"; the town
takes the feminine), or another club joined by و
("الهلال والنصر"); cued once, the word is the club throughout the report. A club the KB knows as "نادي X" is linked to it; a place a finder read there
(the city "العين") gives way to the club.
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import CLITIC_RUNS_KAF
from marsad.lexicons.loader import table

LEXICON = "sports_clubs.tsv"
MIN_SPORT_WORDS = 3  # distinct words of a match report that make an article a sports report
_CONJ = ("و", "ف")
# the cues that count a club's players ("ثنائي القادسية"), cues only without the article
_COUNT_CUES = frozenset(alias_key(w) for w in ("ثنائي", "ثلاثي"))
# the words before a town that make it the town ("بمدينة أفيون"), not its club
_TOWN_WORDS = frozenset(alias_key(w) for w in ("مدينة", "بلدة", "ولاية", "العاصمة", "عاصمة", "مقاطعة"))
# the words that head an unknown club's name before its town ("نادي دورتموند")
_CLUB_HEADS = frozenset(alias_key(w) for w in ("نادي", "فريق"))


def _section(name: str) -> dict[str, str]:
    return {alias_key(row[0]): (row[2] if len(row) > 2 else "") for row in table(LEXICON, 2) if row[1] == name}


def _with_clitics(words: Iterable[str]) -> dict[str, str]:
    """Every key a word of `words` takes after clitics ("والمدرب", "لمباراه", "للهلال": ل + "الهلال"
    loses its alef), to the word: a lookup per token, cheaper than the token's readings."""
    out: dict[str, str] = {}
    for word in words:
        for clitic in CLITIC_RUNS_KAF:
            out.setdefault(clitic + word, word)
            if word.startswith("ال") and clitic[-1:] == "ل":
                out.setdefault(clitic + word[1:], word)
    return out


def _masculine(adjective: str) -> bool:
    """A masculine singular relational adjective ("الكويتي"; not "الكويتية", "الكويتيين")."""
    return adjective.endswith("ي")


class SportsClubs:
    """`add(cands, tokens, text)`: one-word club names of a sports report, as ORG candidates."""

    def __init__(self, kb: KnowledgeBase, common: frozenset[str] = frozenset()) -> None:
        self.kb = kb
        self.common = common  # ordinary words: what may stand before a club's town alone
        self.clubs = _section("club")
        self.words = _section("club_word")
        self.places = _section("club_place")
        self.sport_words = frozenset(_section("sport_word"))
        self.cues = frozenset(_section("club_cue"))
        self._all = {**self.clubs, **self.words, **self.places}
        self._sport_forms = _with_clitics(self.sport_words)
        self._club_forms = _with_clitics(self._all)
        # word form -> its key is a club's (sport word's) form: the tokens a report is read at
        self._club_memo = FormMemo()
        self._sport_memo = FormMemo()

    def _sports_report(self, keys: set[str]) -> bool:
        forms = self._sport_forms
        seen = {forms[k].removeprefix("ال") for k in keys if k in forms}  # "المدرب" and "مدرب" are one word
        return len(seen) >= MIN_SPORT_WORDS

    def _club_at(self, tok: Token) -> tuple[int, str] | None:
        """(start offset, club key) of a reading of `tok` that is a club's name after clitics
        ("والهلال", "للهلال"), or None."""
        key = tok.key
        for off, stem in tok.splits:
            clitic = key[: len(key) - len(stem)]
            if stem in self._all and all(ch in "وفبلك" for ch in clitic):
                return off, stem
            if clitic.endswith("لل") and "ال" + stem in self._all:  # "للهلال": ل + "الهلال"
                return off, "ال" + stem
        return None

    def _cued(self, tokens: list[Token], i: int, clubs_at: dict[int, str]) -> bool:
        """A cue that makes a homograph at token i the club."""
        prev = tokens[i - 1] if i > 0 else None
        # a count of players in construct, without the article ("ثنائي القادسية"; "الثنائي العربي"
        # is an Arab pair; "اللاعب للاتحاد" stays a cue)
        if prev is not None and prev.is_word and any(
                stem in self.cues and not (stem in _COUNT_CUES and prev.key[: len(prev.key) - len(stem)].endswith("ال"))
                for _off, stem in prev.splits):
            return True
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if clubs_at[i] in self.places and nxt is not None and nxt.is_word and _masculine(nxt.key) \
                and self.kb.demonym(nxt.key) is not None:
            return True  # "العين الإماراتي", "القادسية الكويتي": the town would be feminine
        # joined to a club that needs no cue: "الهلال والاتحاد", "الاتحاد والنصر"
        joined_next = nxt is not None and tokens[i + 1].key[:1] in _CONJ and clubs_at.get(i + 1) in self.clubs
        joined_prev = tokens[i].key[:1] in _CONJ and clubs_at.get(i - 1) in self.clubs
        return joined_next or joined_prev

    def _qualified(self, tokens: list[Token], i: int) -> bool:
        """A relational adjective after the word makes it another thing ("الهلال النفطي", "الاتحاد
        الدولي", "الاتحاد الأوروبي", "الشباب السعودي"); a club takes only its country's adjective
        ("الهلال السعودي", "العين الإماراتي")."""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or not nxt.is_word or not nxt.key.startswith("ال") or not nxt.key.endswith(("ي", "يه")) \
                or len(nxt.key) <= 4:  # "التي", "الذي" start a clause
            return False
        return tokens[i].key.removeprefix("و") in self.words or not _masculine(nxt.key) \
            or self.kb.demonym(nxt.key) is None

    def _actor(self, club: str) -> Actor | None:
        found = [a for a in self.kb.lookup(alias_key("نادي " + club)) if a.type == "ORG"]
        return found[0] if found else None

    def _town_club(self, c: NameCandidate, tokens: list[Token], text: str) -> bool:
        """A one-word town read as a place, before a masculine country adjective ("أمام فيرونا
        الإيطالي", "ودبي الإماراتي"): the town takes the feminine, so the adjective agrees with its
        club. Not a country ("المغرب العربي") nor a definite region ("الجولان السوري")."""
        if c.type != "LOC" or c.tok_end - c.tok_start != 1 or c.tok_end >= len(tokens):
            return False
        if c.actor.kind != "city" if c.actor is not None else c.key.startswith("ال"):
            return False
        nxt = tokens[c.tok_end]
        return nxt.is_word and text[c.end : nxt.start] == " " and _masculine(nxt.key) \
            and self.kb.demonym(nxt.key) is not None

    def _town_clubs(self, cands: list[NameCandidate], towns: list[NameCandidate]) -> None:
        """The towns cued by `_town_club` are clubs, and so is every one-word place of the same
        name in the report (one sense per report, as for the lexicon's towns)."""
        keys = {c.key for c in towns}
        for c in cands:
            if c.type == "LOC" and c.tok_end - c.tok_start == 1 and c.key in keys:
                c.type, c.actor, c.source = "ORG", self._actor(c.key), "pattern"

    def _cued_club(self, c: NameCandidate, tokens: list[Token]) -> bool:
        """A word of the game right before an unknown body's name ("فريقه بوروسيا دورتموند")."""
        if c.tok_start == 0:
            return False
        prev = tokens[c.tok_start - 1]
        return any(stem.startswith(cue) for _off, stem in prev.splits for cue in self.cues)

    def _club_towns(self, cands: list[NameCandidate], tokens: list[Token]) -> dict[str, Actor | None]:
        """The one-word towns a club of the report is named with ("مانشستر" of "مانشستر يونايتد",
        "دورتموند" of "بوروسيا دورتموند" or "نادي دورتموند"), to that club's KB entry: the report
        names the club by its town alone too ("رحل عن مانشستر", "أصبح دورتموند منزلي")."""
        towns = {c.key for c in cands if c.type == "LOC" and c.tok_end - c.tok_start == 1}
        if not towns:
            return {}
        out: dict[str, Actor | None] = {}
        cued = {c.key for c in cands if c.type == "ORG" and c.actor is None and self._cued_club(c, tokens)}
        for c in cands:
            if c.type != "ORG" or not 2 <= c.tok_end - c.tok_start <= 3:
                continue
            keys = [t.key for t in tokens[c.tok_start : c.tok_end]]
            if c.actor is not None:
                club = c.actor.kind == "sports_club"
            else:  # an unknown club: "نادي"/"فريق" + its town, or two foreign words after a word of
                # the game ("فريقه بوروسيا دورتموند"; not a paper, "صحيفة «شيكاغو تربيون»")
                club = keys[0] in _CLUB_HEADS or len(keys) == 2 and c.key in cued \
                    and not any(k.startswith("ال") or k.endswith("ه") for k in keys)
            if club:
                for k in keys:
                    if k in towns and out.get(k) is None:  # the club the KB knows, if one is
                        out[k] = c.actor
        return out

    def _after_a_name(self, tokens: list[Token], i: int) -> bool:
        """Is the town at token i the last word of another name, after a word no list knows
        ("أتليتكو مدريد" beside "ريال مدريد": another club of the same town), or named as a town
        ("في مدينة أفيون")?"""
        if i == 0 or not tokens[i - 1].is_word or tokens[i].start - tokens[i - 1].end != 1:
            return False
        prev = tokens[i - 1]
        if any(stem in _TOWN_WORDS for _off, stem in prev.splits):
            return True  # "في مدينة أفيون": the town itself
        return prev.key not in self.common and not any(stem in self.common for _off, stem in prev.splits) \
            and prev.key not in self.sport_words and prev.key not in self.cues

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        club_forms, sport_forms = self._club_forms, self._sport_forms
        maybe_clubs = indices_where(tokens, self._club_memo, lambda t: t.key in club_forms)
        towns = [c for c in cands if self._town_club(c, tokens, text)]
        club_towns = self._club_towns(cands, tokens)
        if not maybe_clubs and not towns and not club_towns:
            return cands
        # the sport words of the article (all `_sports_report` counts of its keys)
        sport_keys = {tokens[i].key for i in indices_where(tokens, self._sport_memo, lambda t: t.key in sport_forms)}
        if not self._sports_report(sport_keys):
            return cands
        if towns:
            self._town_clubs(cands, towns)
        for c in cands:
            if c.type == "LOC" and c.tok_end - c.tok_start == 1 and c.key in club_towns \
                    and not self._after_a_name(tokens, c.tok_start):
                c.type, c.actor, c.source = "ORG", club_towns[c.key], "pattern"
        if not maybe_clubs:
            return cands
        clubs_at = {}
        for i in maybe_clubs:  # the readings only where one may be a club
            hit = self._club_at(tokens[i])
            if hit is not None:
                clubs_at[i] = hit[1]
        if not clubs_at:
            return cands
        covering: dict[int, NameCandidate] = {}
        for c in cands:
            for k in range(c.tok_start, c.tok_end):
                covering[k] = c
        replaced: set[int] = set()
        added: list[NameCandidate] = []
        # one sense per report: a town's club cued once is the club wherever its name stands; an
        # ordinary word ("الشباب") needs its own cue each time
        confirmed = {club for i, club in clubs_at.items() if club in self.places and self._cued(tokens, i, clubs_at)}
        for i, club in clubs_at.items():
            named = club in self.clubs or club in confirmed or self._cued(tokens, i, clubs_at)
            if not named or self._qualified(tokens, i):
                continue
            held = covering.get(i)
            if held is not None:
                # a one-word place a finder read there ("العين" the city) is the club; a longer
                # name ("نادي الهلال", "الهلال الأحمر") keeps the word
                if held.type != "LOC" or held.tok_end - held.tok_start != 1:
                    continue
                replaced.add(id(held))
            start, _club = self._club_at(tokens[i]) or (tokens[i].start, club)
            end = tokens[i].end
            c = NameCandidate(start, end, i, i + 1, "ORG", alias_key(text[start:end]), self._actor(club), "pattern")
            c.display = text[start:end] if alias_key(text[start:end]) == club else None
            added.append(c)
        if not added:
            return cands
        out = [c for c in cands if id(c) not in replaced] + added
        out.sort(key=lambda c: c.start)
        return out
