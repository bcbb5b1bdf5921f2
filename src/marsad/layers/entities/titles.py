"""Title mentions: role phrases that refer to a person ("وزير الخارجية الروسي", "الدبلوماسي").

Three kinds, found here and resolved by the entity layer:

- *qualified* titles: a role phrase from `lexicons/actors/titles.tsv` followed by a country
  adjective or name, or an organisation ("الرئيس الروسي", "الأمين العام لحلف الناتو");
  resolved through the KB roles valid on the publication date, or through a name the
  document itself puts next to the same title.
- *bare* titles: a definite role word alone ("الرئيس", "الوزير", "الدبلوماسي"); resolved to the
  most recent compatible person already mentioned.
- *introduced* titles: "NAME، رئيس إدارة ... بوزارة الخارجية الروسية"; any other phrase of the
  document with the same head word and mostly the same words ("قال رئيس قسم ... بوزارة
  الخارجية الروسية إن") refers to NAME, before or after the introduction (cataphora).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token, remember
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.linking import GazetteerMatcher, Match

# words that may stand between a title and the name it introduces ("وزير الخارجية الشيخ عبدالله بن زايد")
HONORIFICS = frozenset(alias_key(w) for w in (
    "الشيخ", "الأمير", "السيد", "السيدة", "الدكتور", "الدكتورة", "د", "المهندس", "اللواء", "الفريق",
    "العميد", "العقيد", "الجنرال", "سمو", "معالي", "فخامة", "سماحة", "صاحب", "السمو", "الملكي",
    "الأستاذ", "القاضي", "المستشار", "الرئيس", "الملك", "السفير",
))
# head words of a descriptive title a document may introduce next to a name
TITLE_HEADS = frozenset(alias_key(w) for w in (
    "رئيس", "رئيسة", "مدير", "مديرة", "وزير", "وزيرة", "سفير", "سفيرة", "نائب", "مساعد", "متحدث",
    "المتحدث", "الناطق", "ناطق", "مستشار", "مستشارة", "أمين", "قائد", "محافظ", "مسؤول", "مسؤولة",
    "عضو", "مندوب", "مبعوث", "ممثل", "زعيم", "منسق", "رئيس", "أمير", "وكيل", "مدرب", "لاعب",
))
# words that make the title after them someone else's: "نائب رئيس الدولة" is not the president
SUBORDINATE = frozenset(alias_key(w) for w in (
    "نائب", "نائبة", "مساعد", "مساعدة", "مستشار", "مستشارة", "وكيل", "وكيلة", "مبعوث", "ممثل", "سكرتير",
))
# bare words that refer back to the last person mentioned, whatever their role
BARE_ANY = frozenset(alias_key(w) for w in ("الدبلوماسي", "المسؤول", "الدبلوماسية", "المسؤولة"))
# words after which a title phrase ends
PHRASE_STOP = frozenset(alias_key(w) for w in (
    "إن", "أن", "ان", "إنه", "أنه", "انه", "قوله", "قولها", "قال", "قالت", "أكد", "أكدت", "اليوم", "أمس",
    "خلال", "الذي", "التي", "عن", "على",
))
# what may follow a bare title for it to be a reference and not the start of a longer phrase
BARE_FOLLOW = frozenset(alias_key(w) for w in (
    "إن", "أن", "ان", "إنه", "أنه", "انه", "في", "على", "عن", "من", "إلى", "الى", "خلال", "بعد", "قبل",
    "أمس", "اليوم", "لدى", "مع", "قد", "لم", "لن", "كان", "الذي", "بأن", "بان", "أيضا", "ايضا",
))
CLOSING_PUNCT = set("،,.:؛;!?؟\"“”«»()[]…-–—")
MAX_TITLE_TOKENS = 16


@dataclass
class TitleHit:
    start: int
    end: int
    tok_start: int
    tok_end: int
    role: str | None = None        # KB role id (qualified or bare KB titles)
    country: str | None = None     # ISO3 of the qualifier
    org: str | None = None         # org actor id of the qualifier
    bare: bool = False             # a bare title ("الرئيس", "الدبلوماسي")
    any_person: bool = False       # bare word compatible with any person ("الدبلوماسي")
    possessive: bool = False       # "وزير خارجيته": the office of the state of a person nearby
    head: str = ""                 # head key of a descriptive title
    words: frozenset[str] = frozenset()  # content keys of a descriptive title


def _load_titles() -> list[tuple[str, str, str, bool]]:
    path = resources.files("marsad.lexicons") / "actors" / "titles.tsv"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("phrase\t"):
            continue
        phrase, role, scope, bare = (line.split("\t") + ["", "", ""])[:4]
        out.append((alias_key(phrase), role, scope, bare.strip() == "yes"))
    return out


def content_key(tok: Token) -> str:
    """Key of a word without a leading clitic or article, for comparing title phrases."""
    return tok.splits[-1][1] if tok.is_word else tok.key


class TitleFinder:
    def __init__(self, kb: KnowledgeBase, matcher: GazetteerMatcher) -> None:
        self.kb = kb
        self.matcher = matcher
        self._phrases: dict[str, list[tuple[list[str], str, str, bool]]] = {}
        for key, role, scope, bare in _load_titles():
            parts = key.split(" ")
            self._phrases.setdefault(parts[0], []).append((parts, role, scope, bare))
        for lst in self._phrases.values():
            lst.sort(key=lambda x: -len(x[0]))
        self._demonyms = kb.demonym_keys()
        # word form -> (offset in the word, key) of its readings that begin a title phrase
        self._starts: dict[str, tuple[tuple[int, str], ...]] = {}
        self._heads = FormMemo()  # word form -> may head a descriptive title
        self._may_title = FormMemo()  # word form -> may start a title
        self._demonym_max = max((len(k.split(" ")) for k in self._demonyms), default=1)

    # --- qualified and bare titles ---------------------------------------------------------
    def _demonym_at(self, tokens: list[Token], j: int) -> tuple[int, str | None]:
        for n in range(min(self._demonym_max, len(tokens) - j), 0, -1):
            key = " ".join(t.key for t in tokens[j : j + n])
            actor = self._demonyms.get(key)
            if actor is not None:
                return j + n, actor.country
        return j, None

    def _qualifier(self, tokens: list[Token], j: int, scope: str) -> tuple[int, str | None, str | None]:
        """(token end, country, org) of what qualifies a role phrase ending before token j."""
        if j >= len(tokens):
            return j, None, None
        if scope in ("country", "any"):
            end, country = self._demonym_at(tokens, j)
            if country:
                return end, country, None
        m: Match | None = self.matcher.match_at(tokens, j)
        if m is not None:
            a = m.actors[0]
            if scope in ("country", "any") and a.kind == "country":
                return m.tok_end, a.country, None
            if scope in ("org", "any") and a.type == "ORG" and a.kind in ("igo", "armed_group", "party", "ngo"):
                return m.tok_end, None, a.id
        return j, None, None

    def find(self, tokens: list[Token], blocked: set[int], is_name_start: set[int]) -> list[TitleHit]:
        """Role-phrase titles; tokens in `blocked` (inside name mentions) are skipped."""
        out: list[TitleHit] = []
        # most words begin no title phrase and are no bare reference: only the others are tried
        maybe = indices_where(tokens, self._may_title,
                              lambda t: t.is_word and (bool(self._phrase_starts(t)) or t.key in BARE_ANY))
        after = 0  # the end of the last title: none starts inside it
        for i in maybe:
            if i < after or i in blocked:
                continue
            hit = self._match(tokens, i, blocked, is_name_start)
            if hit:
                after = hit.tok_end
                if i > 0 and tokens[i - 1].is_word and content_key(tokens[i - 1]) in SUBORDINATE:
                    continue  # "نائب رئيس الوزراء": a deputy, not the prime minister
                out.append(hit)
        return out

    def _phrase_starts(self, tok: Token) -> tuple[tuple[int, str], ...]:
        found = self._starts.get(tok.text)
        if found is None:
            found = remember(self._starts, tok.text, tuple(
                (rel, first) for rel, first in self.matcher.relative_readings(tok) if first in self._phrases))
        return found

    def _match(self, tokens: list[Token], i: int, blocked: set[int], is_name_start: set[int]) -> TitleHit | None:
        for rel, first in self._phrase_starts(tokens[i]):
            off = tokens[i].start + rel
            for parts, role, scope, bare in self._phrases[first]:
                n = len(parts)
                if i + n > len(tokens):
                    continue
                # a fixed phrase may hold the name of its place ("أمير منطقة مكة المكرمة")
                if not scope.startswith("fixed:") and any(k in blocked for k in range(i + 1, i + n)):
                    continue
                if [t.key for t in tokens[i + 1 : i + n]] != parts[1:]:
                    continue
                j = i + n
                if scope == "possessive":
                    return TitleHit(off, tokens[j - 1].end, i, j, role, possessive=True)
                if scope.startswith("fixed:"):
                    where = scope[6:]
                    country, org = (None, where) if where.startswith("marsad:") else (where, None)
                    return TitleHit(off, tokens[j - 1].end, i, j, role, country, org)
                end, country, org = self._qualifier(tokens, j, scope)
                if country or org:
                    return TitleHit(off, tokens[end - 1].end, i, end, role, country, org)
                # no qualifier: a bare reference, or a title standing next to a name
                nxt = tokens[j] if j < len(tokens) else None
                follows_name = j in is_name_start or (j + 1 in is_name_start and nxt is not None
                                                      and nxt.key in HONORIFICS)
                if follows_name or (bare and self._bare_ok(nxt, parts[-1])):
                    return TitleHit(off, tokens[j - 1].end, i, j, role, bare=not follows_name)
        key = tokens[i].key
        if key in BARE_ANY and self._bare_ok(tokens[i + 1] if i + 1 < len(tokens) else None, key):
            return TitleHit(tokens[i].start, tokens[i].end, i, i + 1, None, bare=True, any_person=True)
        return None

    @staticmethod
    def _bare_ok(nxt: Token | None, last: str) -> bool:
        if not last.startswith("ال"):
            return False  # "رئيس" alone is in construct with what follows, not a reference
        return nxt is None or not nxt.is_word or nxt.key in BARE_FOLLOW

    # --- descriptive titles ----------------------------------------------------------------
    def head_words(self, tokens: list[Token]) -> list[int]:
        """Indices of the words that may head a descriptive title (where `phrase_at` can find one)."""
        def is_head(tok: Token) -> bool:
            head = content_key(tok)
            return tok.is_word and (head in TITLE_HEADS or ("ال" + head) in TITLE_HEADS)

        return indices_where(tokens, self._heads, is_head)

    def phrase_at(self, tokens: list[Token], i: int) -> TitleHit | None:
        """A descriptive title starting at token i ("رئيس إدارة الحد من التسلح ..."), or None."""
        tok = tokens[i]
        if not tok.is_word:
            return None
        head = content_key(tok)
        if head not in TITLE_HEADS and ("ال" + head) not in TITLE_HEADS:
            return None
        j = i + 1
        while j < len(tokens) and j - i < MAX_TITLE_TOKENS:
            t = tokens[j]
            if not t.is_word or t.key in PHRASE_STOP or t.text in CLOSING_PUNCT:
                break
            j += 1
        if j - i < 3:
            return None
        words = frozenset(content_key(t) for t in tokens[i + 1 : j] if t.is_word and len(t.key) > 2)
        return TitleHit(tok.start, tokens[j - 1].end, i, j, head=head.removeprefix("ال"), words=words)


def similar_titles(a: TitleHit, b: TitleHit) -> bool:
    """Two descriptive titles with one head word and mostly the same words name one office."""
    if a.head != b.head or not a.words or not b.words:
        return False
    shared = len(a.words & b.words)
    return shared >= 3 and shared / min(len(a.words), len(b.words)) >= 0.6
