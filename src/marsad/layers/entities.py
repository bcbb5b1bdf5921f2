"""The entity layer: named mentions, KB linking, in-document coreference and title mentions.

Mentions come from two places, merged: the KB gazetteer (longest alias match over token match
keys, every clitic reading tried) and, when its model is installed, the NER tagger
(`marsad.ner.tagger`), which finds the names the KB does not know. KB matches win boundaries
for known actors; NER wins where it finds a longer unknown name around a KB fragment
("بشار الجعفري" is not "بشار" = Bashar al-Assad).

Each name is linked to a KB actor when an alias matches (exactly, or fuzzily for spelling
variants of long names), then mentions are grouped into entities: one entity per KB actor, and
for unknown names, a surname or given name alone joins the single full name that carries it.
Titles (see `layers/titles.py`) are added as `kind: "title"` mentions of the person they refer
to; a title that cannot be resolved creates nothing.
"""

from __future__ import annotations

import datetime as _dt
import importlib.util
from bisect import bisect_left
from dataclasses import dataclass, field
from importlib import resources

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document, Entity, Mention
from marsad.kb import Actor, alias_key, load_kb
from marsad.kb.romanize import _known_names, romanize
from marsad.layers.linking import FuzzyLinker, GazetteerMatcher
from marsad.layers.titles import HONORIFICS, TitleFinder, TitleHit, content_key, similar_titles

# kinds of KB ORG whose qualifier may make a title ("الأمين العام لحلف الناتو")
NER_LABELS = ("PER", "ORG", "LOC", "MISC")
COMMA = {"،", ","}
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

_MINISTRY = alias_key("وزارة")
# offices that a bare title names without a country in the press of the country itself
MONARCH_ROLES = frozenset({"king", "crown_prince", "deputy_crown_prince", "emir", "sultan"})
# heads whose name continues with definite words only ("وزارة الشؤون البلدية والقروية")
DEFINITE_HEADS = frozenset(alias_key(w) for w in ("وزارة", "هيئة", "مديرية", "إدارة", "لجنة", "مجلس"))
# administrative words: "محافظة عدن" is the place "عدن"
ADMIN_HEADS = frozenset(alias_key(w) for w in ("محافظة", "منطقة", "مدينة", "ولاية", "إقليم", "امارة"))


def _name_head(tok: Token) -> tuple[int, str] | None:
    """(offset, type) of a head word that belongs to the name after it ("شركة" -> ORG), after any
    clitic ("بمطار" -> "مطار")."""
    for off, stem in tok.splits:
        if stem in NAME_HEADS:
            return off, NAME_HEADS[stem]
    return None


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


def _institution(tok: Token) -> bool:
    k = content_key(tok)
    return tok.key in INSTITUTION_HEADS or k in INSTITUTION_HEADS or ("ال" + k) in INSTITUTION_HEADS


@dataclass
class Cand:
    """A name mention candidate over tokens [tok_start, tok_end)."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    type: str
    key: str
    actor: Actor | None = None
    source: str = "kb"
    cluster: int = -1


@dataclass
class Cluster:
    type: str
    actor: Actor | None = None
    names: list[Cand] = field(default_factory=list)
    titles: list[TitleHit] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min([c.start for c in self.names] + [t.start for t in self.titles])


def _load_ner():
    """The NER tagger when its module and model are installed, else None."""
    if importlib.util.find_spec("marsad.ner.tagger") is None:
        return None
    try:
        from marsad.ner.tagger import NerTagger

        return NerTagger.load()
    except (FileNotFoundError, ImportError, OSError):
        return None


class EntityLayer:
    name = "entities"
    requires: tuple[str, ...] = ()

    def __init__(self, use_ner: bool = True) -> None:
        self.kb = load_kb()
        self.matcher = GazetteerMatcher(self.kb)
        self.fuzzy = FuzzyLinker(self.kb)
        self.titles = TitleFinder(self.kb, self.matcher)
        self.ner = _load_ner() if use_ner else None
        # common given names: alone they name nobody in particular ("محمد")
        self._given = set(_known_names())
        self._common = _word_list("common_words.tsv")
        self._given_names = _word_list("given_names.tsv")

    # --- candidates ---------------------------------------------------------------------
    def _kb_cands(self, tokens: list[Token]) -> list[Cand]:
        out = []
        for m in self.matcher.find(tokens):
            a = m.actors[0]
            out.append(Cand(m.start, m.end, m.tok_start, m.tok_end, a.type, m.key, a, "kb"))
        return out

    def _ner_cands(self, doc: Document, tokens: list[Token]) -> list[Cand]:
        if self.ner is None:
            return []
        starts = [t.start for t in tokens]
        out = []
        for start, end, label in self.ner.tag(doc):
            if label not in NER_LABELS:
                continue
            a = bisect_left(starts, start)
            if a < len(tokens) and tokens[a].start > start and a > 0:
                a -= 1
            b = bisect_left(starts, end)
            # a leading honorific or title word is not part of a name
            while a < b - 1 and tokens[a].key in HONORIFICS:
                a += 1
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
            if b - a == 1 and key in self._common and not self.kb.lookup(key):
                continue  # "مفتوحة", "رئيسي": an ordinary word tagged as a name
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
            out.append(Cand(s, end, a, b, label, key, None, "ner"))
        return out

    def _merge(self, kb: list[Cand], ner: list[Cand], tokens: list[Token], text: str) -> list[Cand]:
        """KB matches, plus NER names where no KB match is, or longer unknown names around one."""
        result = list(kb)
        for n in ner:
            inside = [k for k in result if k.tok_start < n.tok_end and n.tok_start < k.tok_end]
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
                result.append(n)
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
                        result.append(rest)
                    continue
                full_name = k.tok_end - k.tok_start >= 2 or k.tok_end == n.tok_end
                n.actor = k.actor if full_name and len(inside) == 1 else self._link(n.key, "PER")
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
            result = [k for k in result if k not in inside] + [n]
        result.sort(key=lambda c: c.start)
        return result

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

    def _trim_ner(self, n: Cand, tokens: list[Token], text: str) -> Cand:
        """Drop a trailing country adjective from an NER name ("ريال مدريد الإسباني" -> "ريال مدريد"),
        unless the name is an institution whose adjective is part of it ("وزارة الخارجية الروسية")."""
        if n.type not in ("ORG", "PER") or n.tok_end - n.tok_start < 3:
            return n
        last = tokens[n.tok_end - 1]
        if self.kb.demonym(last.key) is None or _institution(tokens[n.tok_start]):
            return n
        return self._span_cand(tokens, text, n.tok_start, n.tok_end - 1, n.type) or n

    def _add_persons(self, cands: list[Cand], tokens: list[Token], text: str) -> list[Cand]:
        """A known given name followed by one or two name-like words the KB and NER left alone
        ("أوليج بوستنيكوف", "إياد البزم"): an unknown person."""
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        added: list[Cand] = []
        for i, tok in enumerate(tokens):
            if i in taken or not tok.is_word or i + 1 >= len(tokens):
                continue
            start = next((off for off, stem in tok.splits if stem in self._given_names), None)
            if start is None:
                continue
            j = i + 1
            while j < len(tokens) and j - i <= 2 and j not in taken and self._name_like(tokens[j]) \
                    and tokens[j].start - tokens[j - 1].end <= 1:
                j += 1
            if j == i + 1:
                continue
            end = tokens[j - 1].end
            added.append(Cand(start, end, i, j, "PER", alias_key(text[start:end]), None, "given"))
            taken.update(range(i, j))
        return sorted(cands + added, key=lambda c: c.start) if added else cands

    def _name_like(self, tok: Token) -> bool:
        key = tok.key
        if not tok.is_word or len(key) < 3 or key in self._common or content_key(tok) in self._common:
            return False
        if key in HONORIFICS or self.kb.demonym(key) is not None or key[:1] in ("و", "ف") and len(tok.splits) > 1 \
                and tok.splits[1][1] in self._common:
            return False
        if key.startswith("ال") and key.endswith(("ه", "يه")):
            return False  # "الحكومة", "الدولية"
        if len(key) > 4 and key.endswith(("هم", "ها", "هما", "كم", "هن")):
            return False  # a pronoun suffix: "أدائهم"
        if len(key) > 4 and key[0] in "يت" and key.endswith("ون"):
            return False  # an imperfect verb: "يجرون"
        return not any(n and stem in self._common for n, (_off, stem) in enumerate(tok.splits))

    def _add_ministries(self, cands: list[Cand], tokens: list[Token], text: str) -> list[Cand]:
        """"وزارة" + definite complements (+ a country adjective): a ministry, whoever's it is.
        Found by pattern where neither the KB nor NER has a name there."""
        taken = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        added: list[Cand] = []
        for i, tok in enumerate(tokens):
            if i in taken or not tok.is_word or i + 1 >= len(tokens):
                continue
            start = next((off for off, stem in tok.splits if stem == _MINISTRY), None)
            if start is None:
                continue
            j = i + 1
            while j < len(tokens) and j - i <= 5 and j not in taken and tokens[j].is_word \
                    and tokens[j].key.startswith(("ال", "وال")) and tokens[j].start - tokens[j - 1].end <= 1:
                j += 1
                if self.kb.demonym(tokens[j - 1].key) is not None:
                    break  # "وزارة الصحة المصرية": the adjective ends the name
            if j == i + 1 or tokens[i + 1].key.startswith("وال"):
                continue
            c = Cand(start, tokens[j - 1].end, i, j, "ORG", alias_key(text[start : tokens[j - 1].end]), None, "pattern")
            added.append(c)
            taken.update(range(i, j))
        return sorted(cands + added, key=lambda c: c.start) if added else cands

    @staticmethod
    def _extend_conjunct(c: Cand, tokens: list[Token], text: str) -> None:
        """"وزارة المياه" + "والكهرباء", "وزارة الداخلية والأمن" + "الوطني": an institution name
        continued by و + a definite noun or by a definite adjective; "وزارة الاتصالات مزودي":
        an indefinite word after a ministry's definite complement is not part of its name."""
        if c.type != "ORG" or not _institution(tokens[c.tok_start]):
            return
        j = c.tok_end
        if content_key(tokens[c.tok_start]) in DEFINITE_HEADS:
            k = c.tok_start + 1
            while k < c.tok_end and tokens[k].is_word and tokens[k].key.startswith(("ال", "وال", "لل", "ل")):
                k += 1
            if c.tok_start + 1 < k < c.tok_end:
                j = k
        for _ in range(3):
            if j >= len(tokens) or not tokens[j].is_word or tokens[j].start - tokens[j - 1].end > 1:
                break
            key = tokens[j].key
            if (key.startswith("وال") and len(key) > 4) or (key.startswith("ال") and key.endswith(("ي", "يه"))
                                                          and len(key) > 4):
                j += 1
            else:
                break
        if j != c.tok_end:
            c.tok_end = j
            c.end = tokens[j - 1].end
            c.key = alias_key(text[c.start : c.end])
            c.actor = None

    def _link(self, key: str, typ: str) -> Actor | None:
        found = self.fuzzy.link(key, typ)
        return found[0] if found else None

    # --- coreference of names -----------------------------------------------------------
    def _cluster_key(self, key: str) -> str:
        """An unknown name's key for grouping: without the article, nor a trailing country
        adjective ("مجلس الاحتياطي الاتحادي الأمريكي" ~ "مجلس الاحتياطي الاتحادي")."""
        parts = key.split(" ")
        if len(parts) >= 3 and self.kb.demonym(parts[-1]) is not None:
            parts = parts[:-1]
        return " ".join(parts).removeprefix("ال")

    def _cluster_names(self, cands: list[Cand]) -> list[Cluster]:
        clusters: list[Cluster] = []
        by_actor: dict[str, int] = {}
        by_key: dict[tuple[str, str], int] = {}
        for c in cands:
            if c.actor is not None:
                idx = by_actor.get(c.actor.id)
                if idx is None:
                    idx = by_actor[c.actor.id] = len(clusters)
                    clusters.append(Cluster(c.actor.type, c.actor))
            else:
                key = (c.type, self._cluster_key(c.key))
                idx = by_key.get(key)
                if idx is None:
                    idx = by_key[key] = len(clusters)
                    clusters.append(Cluster(c.type))
            c.cluster = idx
            clusters[idx].names.append(c)
        parent = list(range(len(clusters)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        persons = [i for i, cl in enumerate(clusters) if cl.type == "PER"]
        parts_of = {i: [c.key.split(" ") for c in clusters[i].names] for i in persons}
        # an unknown short form of a longer name: "علي صالح" within "علي عبدالله صالح"
        for i in persons:
            if clusters[i].actor is not None:
                continue
            mine = parts_of[i][0]
            if len(mine) < 2:
                continue
            longer = [j for j in persons if j != i and any(
                len(o) > len(mine) and ((o[0] == mine[0] and o[-1] == mine[-1]) or o[-len(mine):] == mine)
                for o in parts_of[j])]
            if len({find(j) for j in longer}) == 1:
                parent[find(i)] = find(longer[0])
        # one-word mentions join the single multi-word name carrying the word
        owners: dict[str, set[int]] = {}
        for i in persons:
            for parts in parts_of[i]:
                if len(parts) < 2:
                    continue
                owners.setdefault("last:" + parts[-1], set()).add(i)
                if parts[0] not in self._given:
                    owners.setdefault("first:" + parts[0], set()).add(i)
        for i, cl in enumerate(clusters):
            # "وانغ" tagged ORG next to "وانغ يي": a name part of a person of the document is that person
            if cl.type in ("ORG", "LOC", "MISC") and cl.actor is None and cl.names \
                    and " " not in cl.names[0].key and ("last:" + cl.names[0].key in owners
                                                        or "first:" + cl.names[0].key in owners):
                cl.type = "PER"
                persons.append(i)
                parts_of[i] = [c.key.split(" ") for c in cl.names]
        for i in persons:
            cl = clusters[i]
            if cl.actor is not None or any(len(p) > 1 for p in parts_of[i]):
                continue
            word = parts_of[i][0][0]
            roots = {find(j) for j in owners.get("last:" + word, ())} or \
                {find(j) for j in owners.get("first:" + word, ())}
            roots.discard(find(i))
            if len(roots) == 1:
                parent[find(i)] = roots.pop()
        for i, cl in enumerate(clusters):
            root = find(i)
            if root == i:
                continue
            # the KB-linked cluster keeps its identity whichever way the union went
            if cl.actor is not None and clusters[root].actor is None:
                clusters[root].actor = cl.actor
            for c in cl.names:
                c.cluster = root
            clusters[root].names.extend(cl.names)
            cl.names = []
        return clusters

    # --- titles ---------------------------------------------------------------------------
    def _resolve_titles(self, doc: Document, tokens: list[Token], cands: list[Cand],
                        clusters: list[Cluster]) -> None:
        on = (doc.published or _dt.date.today().isoformat())[:10]
        blocked = {i for c in cands for i in range(c.tok_start, c.tok_end)}
        name_at = {c.tok_start: c for c in cands if clusters[c.cluster].type == "PER"}
        name_end = {c.tok_end: c for c in cands if clusters[c.cluster].type == "PER"}
        hits = self.titles.find(tokens, blocked, set(name_at))
        used = set(blocked)
        by_role: dict[tuple[str, str | None, str | None], int] = {}
        pending: list[TitleHit] = []
        for h in hits:
            used.update(range(h.tok_start, h.tok_end))
            target = self._apposed(tokens, h, name_at, name_end)
            if target is not None:
                clusters[target].titles.append(h)
                if h.role and (h.country or h.org):
                    by_role.setdefault((h.role, h.country, h.org), target)
            else:
                pending.append(h)
        # descriptive titles introduced next to a name: "NAME، رئيس إدارة ..."
        intro: list[tuple[TitleHit, int]] = []
        for c in cands:
            if clusters[c.cluster].type != "PER":
                continue
            j = c.tok_end
            if j < len(tokens) and tokens[j].text in COMMA and j + 1 < len(tokens) and j + 1 not in used:
                ph = self.titles.phrase_at(tokens, j + 1)
                if ph is not None:
                    intro.append((ph, c.cluster))
                    clusters[c.cluster].titles.append(ph)
                    used.update(range(ph.tok_start, ph.tok_end))
        if intro:
            for i, tok in enumerate(tokens):
                if i in used or not tok.is_word:
                    continue
                ph = self.titles.phrase_at(tokens, i)
                if ph is None:
                    continue
                for known, target in intro:
                    if similar_titles(known, ph):
                        clusters[target].titles.append(ph)
                        used.update(range(ph.tok_start, ph.tok_end))
                        break
        home = self._home_country(clusters)
        for h in pending:
            if h.bare:
                target = self._recent_person(clusters, h, on)
                if target is None and h.role in MONARCH_ROLES and home:
                    # "ولي العهد" with nobody before it: the crown prince of the article's country
                    h.country = home
                    target = self._kb_holder(clusters, h, on)
            else:
                target = by_role.get((h.role or "", h.country, h.org))
                if target is None:
                    target = self._kb_holder(clusters, h, on)
            if target is not None:
                clusters[target].titles.append(h)

    @staticmethod
    def _home_country(clusters: list[Cluster]) -> str | None:
        """The country an article is about: the most mentioned one (its cities count for it)."""
        counts: dict[str, int] = {}
        for cl in clusters:
            a = cl.actor
            if a is None or a.type != "LOC" or not a.country or a.kind not in ("country", "city", "region"):
                continue
            counts[a.country] = counts.get(a.country, 0) + len(cl.names)
        if not counts:
            return None
        return max(counts.items(), key=lambda kv: kv[1])[0]

    @staticmethod
    def _apposed(tokens: list[Token], h: TitleHit, name_at: dict[int, Cand], name_end: dict[int, Cand]) -> int | None:
        j = h.tok_end
        for _ in range(3):  # up to two honorifics between title and name
            if j in name_at:
                return name_at[j].cluster
            if j < len(tokens) and tokens[j].key in HONORIFICS:
                j += 1
                continue
            break
        k = h.tok_start
        if k >= 2 and tokens[k - 1].text in COMMA and k - 1 in name_end:
            return name_end[k - 1].cluster
        return None

    def _kb_holder(self, clusters: list[Cluster], h: TitleHit, on: str) -> int | None:
        if not h.role:
            return None
        holders = self.kb.holders(h.role, h.country, on, org=h.org) if h.org else \
            self.kb.holders(h.role, h.country, on)
        if not holders:
            return None
        actor = holders[0]
        for idx, cl in enumerate(clusters):
            if cl.actor is not None and cl.actor.id == actor.id:
                return idx
        clusters.append(Cluster(actor.type, actor))
        return len(clusters) - 1

    def _recent_person(self, clusters: list[Cluster], h: TitleHit, on: str) -> int | None:
        best: tuple[int, int] | None = None
        for idx, cl in enumerate(clusters):
            if cl.type != "PER":
                continue
            before = [m.end for m in cl.names if m.end <= h.start] + [t.end for t in cl.titles if t.end <= h.start]
            if not before:
                continue
            if not h.any_person and not self._compatible(cl, h, on):
                continue
            last = max(before)
            if best is None or last > best[0]:
                best = (last, idx)
        return best[1] if best else None

    @staticmethod
    def _compatible(cl: Cluster, h: TitleHit, on: str) -> bool:
        def fits(role: str | None) -> bool:
            if h.role == "minister":  # "الوزير": any minister but the prime minister
                return bool(role) and role.endswith("_minister") and role != "prime_minister"
            return role == h.role

        if cl.actor is not None and any(fits(r.role) for r in cl.actor.roles_on(on)):
            return True
        if h.role == "minister" and any(t.head == "وزير" for t in cl.titles):
            return True
        return any(fits(t.role) for t in cl.titles)

    # --- output ----------------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        tokens = doc.tokens
        ner = [self._trim_ner(n, tokens, doc.text) for n in self._ner_cands(doc, tokens)]
        cands = self._merge(self._kb_cands(tokens), ner, tokens, doc.text)
        for c in cands:
            if c.source == "ner" and c.actor is None:
                self._extend_conjunct(c, tokens, doc.text)
        cands = self._add_ministries(cands, tokens, doc.text)
        cands = self._add_persons(cands, tokens, doc.text)
        clusters = self._cluster_names(cands)
        self._resolve_titles(doc, tokens, cands, clusters)
        live = [cl for cl in clusters if cl.names or cl.titles]
        live.sort(key=lambda cl: cl.first)
        for n, cl in enumerate(live, 1):
            doc.entities.append(self._entity(doc, f"e{n}", cl))
        return doc

    @staticmethod
    def _entity(doc: Document, eid: str, cl: Cluster) -> Entity:
        mentions: dict[tuple[int, int], Mention] = {}
        for c in cl.names:
            mentions[(c.start, c.end)] = Mention(c.start, c.end, doc.text[c.start : c.end], "name")
        for t in cl.titles:
            mentions.setdefault((t.start, t.end), Mention(t.start, t.end, doc.text[t.start : t.end], "title"))
        ordered = sorted(mentions.values(), key=lambda m: (m.start, m.end))
        names = [m.text for m in ordered if m.kind == "name"]
        actor = cl.actor
        if names:
            name = max(names, key=lambda s: (len(s.split()), len(s)))
        else:
            name = actor.name_ar if actor else ordered[0].text
        if actor is not None:
            name_en = actor.name_en
        elif cl.type in ("PER", "LOC"):
            name_en = romanize(name) or None
        else:
            name_en = None
        return Entity(eid, cl.type, name, name_en, actor.id if actor else None, ordered)
