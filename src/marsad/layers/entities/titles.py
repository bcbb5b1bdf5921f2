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

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.phrases import PhraseTable, article_readings
from marsad.arabic.tokens import Token, remember
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.linking import GazetteerMatcher, Match
from marsad.lexicons import loader

TITLE_WORDS = "actors/title_words.tsv"


def _title_words(section: str) -> frozenset[str]:
    return loader.keyed(TITLE_WORDS, section, alias_key)


# what each set is for: the header of lexicons/actors/title_words.tsv
HONORIFICS = _title_words("honorific")
TITLE_HEADS = _title_words("title_head")
SUBORDINATE = _title_words("subordinate")
BARE_ANY = _title_words("bare_any")
PHRASE_STOP = _title_words("phrase_stop")
BARE_FOLLOW = _title_words("bare_follow")
THEN = _title_words("then")
FORMER = _title_words("former")
NAMED_AFTER = _title_words("named_after")
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
    former: bool = False           # "رئيس الوزراء العراقي السابق": a past holder, not today's
    head: str = ""                 # head key of a descriptive title
    words: frozenset[str] = frozenset()  # content keys of a descriptive title


@dataclass(frozen=True, slots=True)
class RolePhrase:
    """A row of lexicons/actors/titles.tsv: what a role phrase means and what must follow it."""

    role: str
    scope: str   # country, org, any, possessive or fixed:<where>
    bare: bool   # may stand alone as a reference ("الرئيس")


def _role_phrases() -> list[tuple[str, RolePhrase]]:
    return [(alias_key(phrase), RolePhrase(role, scope, bare == "yes"))
            for phrase, role, scope, bare in loader.table("actors/titles.tsv", 4)]


def content_key(tok: Token) -> str:
    """Key of a word without a leading clitic or article, for comparing title phrases."""
    return tok.splits[-1][1] if tok.is_word else tok.key


# head_stem per word form (its readings are the text's): asked of most tokens by several finders
_HEAD_STEMS: dict[str, str | None] = {}


def head_stem(tok: Token) -> str | None:
    """The title head word `tok` reads as under any of its readings, without the article ("سفير",
    whose last reading is the future's س + "فير"; "وسفير", "للرئيس"), or None."""
    try:
        return _HEAD_STEMS[tok.text]
    except KeyError:
        pass
    if not tok.is_word:
        return remember(_HEAD_STEMS, tok.text, None)
    return remember(_HEAD_STEMS, tok.text, next((stem.removeprefix("ال") for _off, stem in reversed(tok.splits)
                                                 if stem in TITLE_HEADS or ("ال" + stem) in TITLE_HEADS), None))


class TitleFinder:
    def __init__(self, kb: KnowledgeBase, matcher: GazetteerMatcher) -> None:
        self.kb = kb
        self.matcher = matcher
        # read like the KB's aliases: "لوزير" is ل + "وزير"
        self.phrases: PhraseTable[RolePhrase] = PhraseTable(_role_phrases(), article_readings)
        self._demonyms = kb.demonym_keys()
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
                              lambda t: t.is_word and (bool(self.phrases.starts(t)) or t.key in BARE_ANY))
        after = 0  # the end of the last title: none starts inside it
        for i in maybe:
            if i < after or i in blocked:
                continue
            hit = self._match(tokens, i, blocked, is_name_start)
            if hit:
                after = hit.tok_end
                if i > 0 and tokens[i - 1].is_word and any(stem in SUBORDINATE for _off, stem in tokens[i - 1].splits):
                    # "نائب رئيس الوزراء": a deputy, not the prime minister; every reading is tried
                    # ("سفارة" is no future س + "فارة")
                    continue
                out.append(hit)
        return out

    def _match(self, tokens: list[Token], i: int, blocked: set[int], is_name_start: set[int]) -> TitleHit | None:
        for found in self.phrases.matches_at(tokens, i):
            j = found.tok_end
            last_word = found.key.rsplit(" ", 1)[-1]
            for phrase in found.values:
                role, scope = phrase.role, phrase.scope
                # a fixed phrase may hold the name of its place ("أمير منطقة مكة المكرمة")
                if not scope.startswith("fixed:") and any(k in blocked for k in range(i + 1, j)):
                    continue
                if scope == "possessive":
                    return TitleHit(found.start, found.end, i, j, role, possessive=True)
                if scope.startswith("fixed:"):
                    where = scope[6:]
                    country, org = (None, where) if where.startswith("marsad:") else (where, None)
                    return TitleHit(found.start, found.end, i, j, role, country, org)
                end, country, org = self._qualifier(tokens, j, scope)
                if country or org:
                    former = end < len(tokens) and tokens[end].key in FORMER
                    return TitleHit(found.start, tokens[end - 1].end, i, end, role, country, org, former=former)
                # no qualifier: a bare reference, or a title standing next to a name
                nxt = tokens[j] if j < len(tokens) else None
                follows_name = j in is_name_start or (j + 1 in is_name_start and nxt is not None
                                                      and nxt.key in HONORIFICS)
                if follows_name or (phrase.bare and self._bare_ok(nxt, last_word)):
                    return TitleHit(found.start, found.end, i, j, role, bare=not follows_name)
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
        return indices_where(tokens, self._heads, lambda tok: head_stem(tok) is not None)

    def phrase_at(self, tokens: list[Token], i: int, text: str = "",
                  persons: frozenset[int] | set[int] = frozenset(), min_tokens: int = 3) -> TitleHit | None:
        """A descriptive title starting at token i ("رئيس إدارة الحد من التسلح ..."), or None. It
        ends at a stop word or a mark, at a paragraph's end (with the document's `text`: a headline
        runs on into the body's first words) and before a person's name after two words of it (token
        in `persons`: "مساعد المدير العام للشؤون الإدارية" + "أحمد الحارثي")."""
        tok = tokens[i]
        head = head_stem(tok)
        if head is None:
            return None
        j = i + 1
        while j < len(tokens) and j - i < MAX_TITLE_TOKENS:
            t = tokens[j]
            # a name right after the head or its first word is the office's ("مستشار الرئيس روحاني")
            if not t.is_word or t.key in PHRASE_STOP or t.text in CLOSING_PUNCT or j in persons and j - i >= 3 \
                    or "\n" in text[tokens[j - 1].end : t.start]:
                break
            j += 1
        if j - i < min_tokens:
            return None
        words = frozenset(content_key(t) for t in tokens[i + 1 : j] if t.is_word and len(t.key) > 2)
        return TitleHit(tok.start, tokens[j - 1].end, i, j, head=head, words=words)


_PRONOUNS = frozenset(alias_key(w) for w in ("هو", "هي", "هم"))
_POST = alias_key("منصب")


def short_repeat(tokens: list[Token], known: TitleHit, found: TitleHit) -> bool:
    """`found` is the known title said short: the same head and the same word after it, and no
    word the known title has not ("زعيم الأغلبية" after "زعيم الأغلبية في مجلس الشيوخ الأمريكي
    فلان"; not "زعيم الأقلية", nor "زعيم الأغلبية في مجلس النواب")."""
    if known.head != found.head or not found.words or not found.words <= known.words:
        return False
    if not tokens[found.tok_end - 1].key.startswith(("ال", "وال")):
        return False  # "رئيس منظمة" + «...», "رئيس جديد": an indefinite word waits for more, or is any man
    if any(tokens[k].key in _PRONOUNS for k in range(known.tok_start, known.tok_end)):
        return False  # "المسؤول الأول والأخير هو ...": a clause, no title
    before = tokens[found.tok_start - 1] if found.tok_start else None
    if before is not None and (before.text == "(" or before.key.endswith(_POST) or head_stem(before) is not None
                               or any(stem in SUBORDINATE for _off, stem in before.splits)):
        return False  # "لمنصب نائب المستشار (نائب رئيس الجامعة)": the post, or another man's office
    a, b = known.tok_start + 1, found.tok_start + 1
    return a < known.tok_end and b < found.tok_end and content_key(tokens[a]) == content_key(tokens[b])


def without_trailing_preposition(tokens: list[Token], hit: TitleHit) -> TitleHit:
    """'زعيم الأغلبية في' + '"الكونجرس"': a title cut at a mark keeps no preposition at its end."""
    end = hit.tok_end
    while end - hit.tok_start > 2 and tokens[end - 1].key in _TITLE_PREPOSITIONS:
        end -= 1
    if end == hit.tok_end:
        return hit
    return TitleHit(hit.start, tokens[end - 1].end, hit.tok_start, end, head=hit.head, words=hit.words)


def similar_titles(a: TitleHit, b: TitleHit) -> bool:
    """Two descriptive titles with one head word and mostly the same words name one office."""
    if a.head != b.head or not a.words or not b.words:
        return False
    shared = len(a.words & b.words)
    return shared >= 3 and shared / min(len(a.words), len(b.words)) >= 0.6


# prepositions inside a title ("رئيس قسم الحد من التسلح", "سفير فرنسا لدى مصر"); one after the
# title's last word starts what follows ("... وزارة الداخلية إلى أن")
_TITLE_PREPOSITIONS = frozenset(alias_key(w) for w in ("في", "من", "لدى", "إلى", "على", "عن", "مع", "بين"))


def shared_part(tokens: list[Token], found: TitleHit, known: TitleHit) -> TitleHit:
    """`found`, similar to the `known` title, cut where it runs on into the clause: at the first word
    the known title has not that is indefinite right after a definite one ("السفير الإماراتي لدى
    اليمن" + "دعم ووقوف ...", "المتحدث الأمني في وزارة الداخلية" + "إلى أن ..."); a preposition
    only when no word of the known title follows it."""
    def known_word(k: int) -> bool:
        return tokens[k].is_word and content_key(tokens[k]) in known.words

    end = found.tok_end
    for k in range(found.tok_start + 2, found.tok_end):
        t = tokens[k]
        if not t.is_word or known_word(k) or t.key.startswith(("ال", "وال", "بال", "ل")) \
                or not tokens[k - 1].key.startswith("ال"):
            continue
        if t.key in _TITLE_PREPOSITIONS and any(known_word(m) for m in range(k + 1, found.tok_end)):
            continue
        end = k
        break
    if end == found.tok_end:
        return found
    return TitleHit(found.start, tokens[end - 1].end, found.tok_start, end, head=found.head,
                    words=frozenset(content_key(t) for t in tokens[found.tok_start + 1 : end]
                                    if t.is_word and len(t.key) > 2))
