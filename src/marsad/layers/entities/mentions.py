"""Name mentions for the entity layer: KB gazetteer matches, NER spans, and patterns, merged.

KB matches win boundaries for known actors; NER wins where it finds a longer unknown name
around a KB fragment ("بشار الجعفري" is not "بشار" = Bashar al-Assad). Repairs of NER output
(a head word that belongs to the name, a trailing country adjective, a known place glued on by
ب/ل/و, a type contradicted by a given name) are here, each a small method named after what it
does; the two patterns for what both miss (ministries, known given name + surname) are in
`name_patterns.py`.
"""

from __future__ import annotations

import functools
import importlib.util
from bisect import bisect_left, bisect_right
from importlib import resources

from marsad.arabic.form_memo import FormMemo
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token, token_starts
from marsad.document import Document
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.entities.linking import FuzzyLinker, GazetteerMatcher
from marsad.layers.entities.name_patterns import CACHE_LIMIT, CONNECTORS, PATRONYMIC, Cand, NamePatterns
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS, content_key

NER_LABELS = ("PER", "ORG", "LOC", "MISC")
# first words of institution names whose adjectives and conjuncts belong to the name
INSTITUTION_HEADS = frozenset(alias_key(w) for w in (
    "وزارة", "هيئة", "مجلس", "مؤسسة", "شركة", "جامعة", "مركز", "مستشفى", "حكومة", "جيش", "شرطة",
    "قوات", "سفارة", "وكالة", "لجنة", "إدارة", "مديرية", "محكمة", "بنك", "مصرف", "صندوق", "اتحاد",
    "الخارجية", "الداخلية", "الدفاع", "البحرية", "الحكومة", "الجيش", "الشرطة", "القوات", "الرئاسة",
))

# head words that belong to the name they precede, with the type they give it
NAME_HEADS = {alias_key(w): t for w, t in (
    ("شركة", "ORG"), ("مؤسسة", "ORG"), ("مجموعة", "ORG"), ("صحيفة", "ORG"), ("جريدة", "ORG"),
    ("قناة", "ORG"), ("جامعة", "ORG"), ("مستشفى", "ORG"), ("بنك", "ORG"), ("مصرف", "ORG"), ("نادي", "ORG"),
    ("منتخب", "ORG"), ("مطار", "LOC"), ("ملعب", "LOC"), ("استاد", "LOC"), ("ميناء", "LOC"),
    ("محافظة", "LOC"), ("حي", "LOC"), ("شارع", "LOC"), ("جزيرة", "LOC"), ("بحر", "LOC"), ("نهر", "LOC"),
    ("جبل", "LOC"), ("وادي", "LOC"), ("قاعدة", "LOC"), ("معسكر", "LOC"), ("مخيم", "LOC"),
)}

_SHEIKH = alias_key("الشيخ")
# prepositions and prepositional nouns NER sometimes takes into a person's name ("بواسطة كيان")
PREPOSITIONS = frozenset(alias_key(w) for w in (
    "بواسطة", "خلال", "بعد", "قبل", "عبر", "ضد", "حول", "نحو", "لدى", "عند", "بين", "مثل", "دون",
    "حتى", "منذ", "بحسب", "حسب", "وفق", "وفقا", "إثر", "عقب", "برفقة", "بصحبة", "بمشاركة", "بحضور",
))
# office words no person's name ends with ("العواجي وكيل الوزارة"); "أمير" and "قائد" are also names
_TRAILING_TITLES = TITLE_HEADS - {alias_key("أمير"), alias_key("قائد")}
# what a person is, said right after the name ("عادل الشجاع القيادي في الحزب"); not words that
# are also family names ("الكاتب", "الخطيب", "الأمين")
_TRAILING_ROLES = frozenset(alias_key(w) for w in (
    "القيادي", "القيادية", "الناشط", "الناشطة", "المحلل", "الخبير", "الصحفي", "الصحفية", "الإعلامي",
    "الإعلامية", "الباحث", "الباحثة", "المتحدث", "الناطق", "المسؤول", "اللاعب", "اللاعبة", "المدرب",
    "السفير", "الوزير", "الرئيس", "المستشار", "المحامي", "الدكتور",
))
# generic words NER sometimes tags alone as organisations
GENERIC_ORG = frozenset(alias_key(w) for w in ("حزب", "جماعة", "حركة", "منظمة", "الحزب", "الجماعة", "الحركة",
                                               "الوزارة", "الهيئة", "الشركة", "المجلس", "الحكومة"))
# heads whose name continues with definite words only ("وزارة الشؤون البلدية والقروية")
DEFINITE_HEADS = frozenset(alias_key(w) for w in ("وزارة", "هيئة", "مديرية", "إدارة", "لجنة", "مجلس"))
# administrative words: "محافظة عدن" is the place "عدن"
ADMIN_HEADS = frozenset(alias_key(w) for w in ("محافظة", "منطقة", "مدينة", "ولاية", "إقليم", "امارة"))


def _name_head(tok: Token) -> tuple[int, str] | None:
    """(offset, type) of a head word that belongs to the name after it ("شركة" -> ORG), after any
    clitic ("بمطار" -> "مطار")."""
    for off, stem in tok.splits:
        typ = _head_type(stem)
        if typ:
            return off, typ
    return None


def _head_type(stem: str) -> str | None:
    """The type a head word gives the name after it; "البنك الأهلي": the article stays with its head."""
    return NAME_HEADS.get(stem) or (NAME_HEADS.get(stem[2:]) if stem.startswith("ال") else None)


def _word_list(name: str) -> frozenset[str]:
    path = resources.files("marsad.lexicons") / "actors" / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return frozenset()
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def _clitic(tok: Token, start: int) -> str:
    """The clitic letters of `tok` before offset `start` (match key)."""
    return match_key(tok.text[: start - tok.start])


def _reads_as(tok: Token, words: frozenset[str]) -> bool:
    """Does some clitic reading of `tok` belong to `words`? ("ووزارة" -> "وزارة")"""
    return any(stem in words for _off, stem in tok.splits)


@functools.lru_cache(maxsize=1)
def verb_forms() -> frozenset[str]:
    """Match keys of the verbs marsad's lexicons know (reporting verbs, event verbs): a verb
    tagged as a one-word name ("دان" at the head of a sentence: "condemned") is no name."""
    from marsad.lexicons.loader import read_tsv

    forms: set[str] = set()
    for fields in read_tsv("reporting_verbs.tsv", min_fields=4):
        for column in fields[3:5]:
            forms.update(match_key(w) for w in column.split())
    for fields in read_tsv("event_triggers.tsv", min_fields=3):
        if fields[2] == "verb" and " " not in fields[0]:
            forms.add(match_key(fields[0]))
    return frozenset(forms)


# heads of organisations whose names say what they are for ("المنظمة العربية للتنمية الزراعية")
PURPOSE_HEADS = frozenset(alias_key(w) for w in (
    "الاتحاد", "المنظمة", "الهيئة", "المجلس", "الصندوق", "البرنامج", "المركز", "الجمعية", "المفوضية",
    "اللجنة", "الرابطة", "الوكالة", "الأكاديمية", "المعهد", "المؤسسة", "الشركة", "البنك", "الجامعة",
    "اتحاد", "منظمة", "هيئة", "مجلس", "صندوق", "برنامج", "مركز", "جمعية", "مفوضية", "لجنة", "رابطة",
    "وكالة", "مؤسسة", "شركة", "بنك", "جامعة",
))


def _extend_purpose(c: Cand, tokens: list[Token], text: str) -> None:
    """An organisation named for what it serves continues with لل + noun: "الاتحاد العالمي" +
    "للمسلمين", "المنظمة العربية" + "للتنمية"; only the definite form, which cannot be a verb's
    complement starting a new phrase as easily as "ل" + indefinite can."""
    if c.type != "ORG" or c.tok_end - c.tok_start < 2 or not _reads_as(tokens[c.tok_start], PURPOSE_HEADS):
        return
    j = c.tok_end
    if j < len(tokens) and tokens[j].is_word and tokens[j].start - tokens[j - 1].end <= 1 \
            and tokens[j].key.startswith("لل") and len(tokens[j].key) > 4:
        _move_end(c, j + 1, tokens, text)


def _move_end(c: Cand, j: int, tokens: list[Token], text: str, relink: bool = True) -> None:
    """Let candidate `c` end after token j-1; a longer name must be linked again (relink)."""
    if j == c.tok_end:
        return
    c.tok_end = j
    c.end = tokens[j - 1].end
    c.key = alias_key(text[c.start : c.end])
    if relink:
        c.actor = None


def _definite_adjective(key: str) -> bool:
    """"القروية", "الإماراتي": a definite nisba adjective, which does not start a person's name."""
    return key.startswith(("ال", "وال")) and key.endswith(("ي", "يه")) and len(key) > 5


def _has_pronoun_suffix(key: str) -> bool:
    return len(key) > 4 and key.endswith(("هم", "ها", "هما", "كم", "هن"))


def _institution(tok: Token) -> bool:
    k = content_key(tok)
    return tok.key in INSTITUTION_HEADS or k in INSTITUTION_HEADS or ("ال" + k) in INSTITUTION_HEADS


def _coordinated_head(tok: Token) -> int | None:
    """Offset after the و of "ووزارة" / "والبنك": a second institution joined to the first."""
    if not tok.key.startswith("و"):
        return None
    for off, stem in tok.splits[1:]:
        if off == tok.start + 1 and (stem in INSTITUTION_HEADS or _head_type(stem)):
            return off
    return None


def _split_coordinated(spans, tokens: list[Token], starts: list[int]):
    """"البنك المركزي ووزارة المالية" tagged as one ORG is two: split before a و that joins
    a second institution head."""
    for start, end, label in spans:
        if label in ("ORG", "LOC"):
            a = bisect_left(starts, start)
            b = bisect_left(starts, end)
            for k in range(a + 1, b):
                off = _coordinated_head(tokens[k])
                if off is not None and tokens[k - 1].is_word:
                    yield start, tokens[k - 1].end, label
                    start = off
        yield start, end, label


def _load_ner(network: bool = False):
    """The NER tagger (with its network if asked) when its module and model are installed, else None."""
    if importlib.util.find_spec("marsad.ner.tagger") is None:
        return None
    try:
        from marsad.ner.tagger import NerTagger

        return NerTagger.load(network=network)
    except (FileNotFoundError, ImportError, OSError):
        return None

class MentionFinder(NamePatterns):
    """`find(doc)` -> name candidates, linked to KB actors where an alias matches."""

    def __init__(self, kb: KnowledgeBase, matcher: GazetteerMatcher, use_ner: bool = True,
                 ner_network: bool = False) -> None:
        self.kb = kb
        self.matcher = matcher
        self.fuzzy = FuzzyLinker(kb)
        self.ner = _load_ner(ner_network) if use_ner else None
        self._common = _word_list("common_words.tsv")
        self._given_names = _word_list("given_names.tsv")
        # answers per word form (they depend on the token's text only), cleared when too many
        self._given_at: dict[str, int | None] = {}
        self._head_at: dict[str, tuple[int, str] | None] = {}
        self._name_like_memo: dict[str, bool] = {}
        self._may_person = FormMemo()
        self._may_head = FormMemo()

    def find(self, doc: Document) -> list[Cand]:
        tokens = doc.tokens
        ner = [c for n in self._ner_cands(doc, tokens) if (c := self._trim_ner(n, tokens, doc.text)) is not None]
        cands = self._merge(self._kb_cands(tokens), ner, tokens, doc.text)
        for c in cands:
            if c.source == "ner" and c.actor is None:
                self._extend_conjunct(c, tokens, doc.text)
                self._extend_lineage(c, tokens, doc.text)
                _extend_purpose(c, tokens, doc.text)
        cands = self._add_by_pattern(cands, tokens, doc.text)
        return self._add_persons(cands, tokens, doc.text)

    # --- candidates ---------------------------------------------------------------------
    def _kb_cands(self, tokens: list[Token]) -> list[Cand]:
        out = []
        for m in self.matcher.find(tokens):
            a = m.actors[0]
            if a.type == "PER" and m.tok_start > 0 and tokens[m.tok_start - 1].key in PATRONYMIC:
                continue  # "... بن سلمان بن عبدالعزيز": the father's name inside a son's name
            c = Cand(m.start, m.end, m.tok_start, m.tok_end, a.type, m.key, a, "kb")
            # "الحج" in "لجنة الحج العليا", "السعودية" (the adjective) in "الشركة السعودية للكهرباء"
            c.absorbable = a.type == "MISC" or (a.type == "LOC" and self.kb.demonym(m.key) is not None)
            out.append(c)
        return out

    def _ner_cands(self, doc: Document, tokens: list[Token]) -> list[Cand]:
        if self.ner is None:
            return []
        starts = token_starts(tokens)
        out = []
        for start, end, label in _split_coordinated(self.ner.tag(doc), tokens, starts):
            if label not in NER_LABELS:
                continue
            a = bisect_left(starts, start)
            if a > 0 and (a == len(tokens) or tokens[a].start > start):
                a -= 1  # the span starts inside a token, after a clitic
            b = bisect_left(starts, end)
            # a leading honorific is not part of a name, and makes it a person's ("المهندس آل الشيخ"),
            # except "الشيخ" in place names ("الشيخ زويد")
            while a < b - 1 and tokens[a].key in HONORIFICS and (label == "PER" or tokens[a].key != _SHEIKH):
                a += 1
                label = "PER"
            if a >= b:
                continue
            s = max(start, tokens[a].start)
            key = alias_key(doc.text[s:end])
            if s == tokens[a].start and tokens[a].key.startswith("لل") and len(tokens[a].key) > 4:
                # "للبنك المركزي": the article's alef is gone; the name starts after لل
                s = tokens[a].splits[-1][0] if tokens[a].splits[-1][1] == tokens[a].key[2:] else s
                key = "ال" + alias_key(doc.text[s:end])
            if self.kb.demonym(key) is not None:
                continue  # "الروسية" alone is an adjective, not Russia
            if b - a == 1 and doc.text[end - 2 : end] in ("اً", "ًا"):
                continue  # "آسيوياً": an adverb in the accusative, never a name
            if b - a == 1 and (key in self._common or key in GENERIC_ORG or _institution(tokens[a])
                               or _reads_as(tokens[a], verb_forms())) and not self.kb.lookup(key):
                continue  # "مفتوحة", "رئيسي", "حزب": an ordinary word tagged as a name
            if a > 0 and tokens[a - 1].is_word:
                head = _name_head(tokens[a - 1])
                if head:  # "شركة سيرنر", "مطار الملكة علياء": the head word is part of the name
                    a -= 1
                    s, label = head
                    key = alias_key(doc.text[s:end])
                elif label in ("ORG", "LOC") and tokens[a - 1].key in HONORIFICS:
                    label = "PER"  # "المهندس آل الشيخ"
            if label in ("ORG", "LOC") and 2 <= b - a <= 3 and tokens[a].key in self._given_names \
                    and not _institution(tokens[a]) and not self.kb.lookup(key):
                label = "PER"  # "لوكا مودريتش" tagged ORG: a given name starts a person's name
            out.append(Cand(s, end, a, b, label, key, None, "ner", absorbable=label == "MISC"))
        return out

    def _merge(self, kb: list[Cand], ner: list[Cand], tokens: list[Token], text: str) -> list[Cand]:
        """KB matches, plus NER names where no KB match is, or longer unknown names around one."""
        # The result is the KB matches still standing, in order, then the names added, in order.
        # KB matches do not overlap and come sorted: those overlapping a name are found by bisection.
        kb_starts = [k.tok_start for k in kb]
        kb_ends = [k.tok_end for k in kb]
        if any(kb_ends[x] > kb_starts[x + 1] for x in range(len(kb) - 1)):
            kb_starts = kb_ends = []  # not sorted and disjoint: every match is looked at
        alive = [True] * len(kb)
        added: list[Cand] = []
        for n in ner:
            a, b = n.tok_start, n.tok_end
            lo, hi = (bisect_right(kb_ends, a), bisect_left(kb_starts, b)) if kb_starts else (0, len(kb))
            inside = [kb[x] for x in range(lo, hi) if alive[x] and kb[x].tok_start < b and a < kb[x].tok_end]
            inside += [k for k in added if k.tok_start < b and a < k.tok_end]
            tail = [k for k in inside if k.tok_end == n.tok_end and k.tok_start > n.tok_start
                    and _clitic(tokens[k.tok_start], k.start)[-1:] in ("ب", "ل", "و")]
            if tail:
                # "عبدالعزيز بجدة": a known place after ب/ل/و ends the name before it
                cut = self._span_cand(tokens, text, n.tok_start, tail[0].tok_start, n.type)
                if cut is None:
                    continue
                n = cut
                inside = [k for k in inside if k is not tail[0]]
            if not inside:
                self._link_ner(n)
                added.append(n)
                continue
            contained = all(n.tok_start <= k.tok_start and k.tok_end <= n.tok_end for k in inside)
            extra = n.tok_end - n.tok_start - sum(k.tok_end - k.tok_start for k in inside)
            if not contained or extra < 1 or n.type == "MISC":
                continue
            if all(k.tok_end - k.tok_start == 1 and _clitic(tokens[k.tok_start], k.start).endswith("ك")
                   for k in inside):
                # "كاسيا" read as ك + "آسيا": "like" before a name is rare; the longer name wins
                n.actor = self._link(n.key, n.type)
            elif n.type == "PER" and all(k.type == "PER" for k in inside):
                k = inside[-1]
                if k.tok_end < n.tok_end and tokens[k.tok_end].key.startswith("و"):
                    # "كيري ووانغ": two people joined by و; keep the known one, tag the other
                    rest = self._span_cand(tokens, text, k.tok_end, n.tok_end, "PER", strip_conj=True)
                    if rest is not None and len(inside) == 1:
                        self._link_ner(rest)
                        added.append(rest)
                    continue
                n.actor = k.actor if len(inside) == 1 and self._same_person(k, n, tokens) \
                    else self._link(n.key, "PER")
            elif n.type in ("ORG", "LOC") and all(k.type == "LOC" and k.actor is not None
                                                  and k.actor.kind != "country" for k in inside):
                # "مانشستر سيتي", "ملعب ملبورن للكريكت": a city inside a longer name; but
                # "محافظة عدن" is Aden itself
                admin = len(inside) == 1 and n.tok_end - n.tok_start == 2 and inside[0].tok_start == n.tok_start + 1 \
                    and tokens[n.tok_start].splits[-1][1] in ADMIN_HEADS
                n.actor = inside[0].actor if admin else self._link(n.key, n.type)
            elif n.type == "ORG" and len(inside) == 1 and inside[0].type == "ORG" \
                    and inside[0].tok_start > n.tok_start:
                # "برنامج الأمم المتحدة الإنمائي": a body of an organisation is another organisation
                n.actor = self._link(n.key, n.type)
            else:
                continue
            if n.actor is not None:
                n.type = n.actor.type
            # what the name contains gives way to it (an equal candidate overlaps it as well)
            for x in range(lo, hi):
                if alive[x] and kb[x] in inside:
                    alive[x] = False
            added = [k for k in added if k not in inside] + [n]
        result = [k for x, k in enumerate(kb) if alive[x]] + added
        result.sort(key=lambda c: c.start)
        return result

    @staticmethod
    def _same_person(k: Cand, n: Cand, tokens: list[Token]) -> bool:
        """Is the longer NER name `n` the KB person `k` it contains?

        "باراك حسين أوباما" ends with Obama's surname: yes. "سلطان بن سلمان بن عبدالعزيز" ends
        with King Salman's name after بن: no, that is his son. "عبدالله بن زايد آل نهيان" starts
        with a curated full name and adds the family name: yes. "محمد سعد عليوة" starts with a
        two-word name from a generated list: no, too many people share it."""
        if k.tok_start > n.tok_start and tokens[k.tok_start - 1].key in PATRONYMIC:
            return False
        if k.tok_end == n.tok_end:
            return True
        curated = k.actor is not None and "curated" in k.actor.origin
        return curated and k.tok_end - k.tok_start >= 2 and k.tok_start == n.tok_start

    def _link_ner(self, n: Cand) -> None:
        if n.type == "MISC":
            return
        n.actor = self._link(n.key, n.type)
        if n.actor is not None:
            n.type = n.actor.type

    def _span_cand(self, tokens: list[Token], text: str, a: int, b: int, typ: str,
                   strip_conj: bool = False) -> Cand | None:
        if a >= b:
            return None
        start = tokens[a].start
        if strip_conj and tokens[a].key[:1] in ("و", "ف") and len(tokens[a].splits) > 1:
            start = tokens[a].splits[1][0]
        end = tokens[b - 1].end
        if start >= end:
            return None
        return Cand(start, end, a, b, typ, alias_key(text[start:end]), None, "ner")

    def _trim_ner(self, n: Cand, tokens: list[Token], text: str) -> Cand | None:
        """Drop from an NER person a trailing office or role word ("صالح العواجي وكيل", "عادل
        الشجاع القيادي"), a trailing و + ordinary word ("تشارلز ولي") and a leading preposition
        or definite ordinary word ("اللقاء سمير"; None when only an ordinary word is left); drop
        a trailing country adjective from a name ("ريال مدريد الإسباني" -> "ريال مدريد"), unless
        the name is an institution whose adjective is part of it ("وزارة الخارجية الروسية")."""
        if n.type == "PER" and n.tok_end - n.tok_start >= 3 and (tokens[n.tok_end - 1].key in _TRAILING_TITLES
                                                               or tokens[n.tok_end - 1].key in _TRAILING_ROLES):
            n = self._span_cand(tokens, text, n.tok_start, n.tok_end - 1, n.type) or n
        if n.type == "PER" and n.tok_end - n.tok_start >= 2 and self._ordinary_conjunct(tokens[n.tok_end - 1]):
            n = self._span_cand(tokens, text, n.tok_start, n.tok_end - 1, n.type) or n
        if n.type == "PER" and n.tok_end - n.tok_start >= 2 and self._no_name_start(tokens[n.tok_start]):
            # "اللقاء سمير": the noun before a name; a lone ordinary word left is no name
            rest = tokens[n.tok_start + 1].key
            if n.tok_end - n.tok_start == 2 and rest in self._common and rest not in self._given_names:
                return None
            n = self._span_cand(tokens, text, n.tok_start + 1, n.tok_end, n.type) or n
        if n.type not in ("ORG", "PER") or n.tok_end - n.tok_start < 3:
            return n
        last = tokens[n.tok_end - 1]
        if self.kb.demonym(last.key) is None or _institution(tokens[n.tok_start]):
            return n
        return self._span_cand(tokens, text, n.tok_start, n.tok_end - 1, n.type) or n

    def _no_name_start(self, tok: Token) -> bool:
        """A preposition ("بواسطة") or a definite ordinary word ("اللقاء"): family names that
        are also words ("الصدر", "الملا") are in the KB or NER's own lexicon, not in the list
        of ordinary words."""
        key = tok.key  # not "آل" ("آل غرمان") nor the "ال" of "آل غور"
        if key in PREPOSITIONS:
            return True  # "بواسطة كيان": a preposition starts no name
        return len(key) > 3 and key.startswith("ال") and key in self._common and not self.kb.lookup(key)

    def _ordinary_conjunct(self, tok: Token) -> bool:
        """و + an ordinary word ("ورئيسي"), not + a given name (many are also ordinary words:
        "وصالح", "وأمل") nor + a known name."""
        if not tok.key.startswith("و") or len(tok.splits) < 2 or tok.splits[1][0] != tok.start + 1:
            return False
        key = tok.splits[1][1]
        return key in self._common and key not in self._given_names and not self.kb.lookup(key)

    def _name_like(self, tok: Token) -> bool:
        memo = self._name_like_memo
        found = memo.get(tok.text)
        if found is None or not tok.is_word:
            if len(memo) >= CACHE_LIMIT:
                memo.clear()
            found = self._name_like_uncached(tok)
            if tok.is_word:
                memo[tok.text] = found
        return found

    def _name_like_uncached(self, tok: Token) -> bool:
        key = tok.key
        if not tok.is_word or len(key) < 3 or key in self._common or content_key(tok) in self._common:
            return False
        if key in HONORIFICS or key in _TRAILING_ROLES or self.kb.demonym(key) is not None \
                or key[:1] in ("و", "ف") and len(tok.splits) > 1 \
                and tok.splits[1][1] in self._common:
            return False
        if key.startswith("ال") and key.endswith(("ه", "يه")):
            return False  # "الحكومة", "الدولية"
        if _has_pronoun_suffix(key):
            return False  # a pronoun suffix: "أدائهم"
        if len(key) > 4 and key[0] in "يت" and key.endswith("ون"):
            return False  # an imperfect verb: "يجرون"
        return not any(n and stem in self._common for n, (_off, stem) in enumerate(tok.splits))

    def _extend_lineage(self, c: Cand, tokens: list[Token], text: str) -> None:
        """A person's name does not stop at a lineage word: "عبداللطيف آل" + "الشيخ",
        "أحمد بن إبراهيم" + "الملا" (one family name after a بن/آل chain), "بن" + "سلمان"."""
        if c.type != "PER":
            return
        a = c.tok_start
        while c.tok_end - a > 1 and _definite_adjective(tokens[a].key) and self._name_like(tokens[a + 1]):
            a += 1  # "القروية عبداللطيف": the end of the title before the name, not the name
        if a != c.tok_start:
            c.tok_start, c.start = a, tokens[a].start
            c.key = alias_key(text[c.start : c.end])
        j = c.tok_end
        chain = any(tokens[k].key in CONNECTORS for k in range(c.tok_start + 1, j))
        for _ in range(4):
            if j >= len(tokens) or tokens[j].start - tokens[j - 1].end > 1:
                break
            if tokens[j - 1].key in CONNECTORS and (self._name_like(tokens[j]) or tokens[j].key in HONORIFICS):
                j, chain = j + 1, True  # the span ended on the lineage word itself ("آل" + "الشيخ")
            elif tokens[j].key in CONNECTORS and j + 1 < len(tokens) and self._name_like(tokens[j + 1]):
                j, chain = j + 2, True
            elif chain and j == c.tok_end and tokens[j].key.startswith("ال") and self._name_like(tokens[j]):
                j += 1  # the family name closing a lineage ("الملا"); common words are not name-like
                break
            else:
                break
        _move_end(c, j, tokens, text, relink=False)

    @staticmethod
    def _extend_conjunct(c: Cand, tokens: list[Token], text: str) -> None:
        """"وزارة المياه" + "والكهرباء", "وزارة الداخلية والأمن" + "الوطني": an institution name
        continued by و + a definite noun or by a definite adjective; "وزارة الاتصالات مزودي":
        an indefinite word after a ministry's definite complement is not part of its name."""
        if c.type != "ORG" or not _institution(tokens[c.tok_start]):
            return
        j = c.tok_end
        if _reads_as(tokens[c.tok_start], DEFINITE_HEADS):
            k = c.tok_start + 1
            while k < c.tok_end and tokens[k].is_word and tokens[k].key.startswith(("ال", "وال", "لل", "ل")):
                k += 1
            if c.tok_start + 1 < k < c.tok_end:
                j = k
        for _ in range(3):
            if j >= len(tokens) or not tokens[j].is_word or tokens[j].start - tokens[j - 1].end > 1:
                break
            key = tokens[j].key
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if after is not None and (after.kind == "num" or _has_pronoun_suffix(after.key)):
                break  # "وزارة الخدمة المدنية والبالغ عددهم": a clause, not the name
            if (key.startswith("وال") and len(key) > 4) or (key.startswith("ال") and key.endswith(("ي", "يه"))
                                                          and len(key) > 4):
                j += 1
            else:
                break
        _move_end(c, j, tokens, text)

    def _link(self, key: str, typ: str) -> Actor | None:
        found = self.fuzzy.link(key, typ)
        return found[0] if found else None
