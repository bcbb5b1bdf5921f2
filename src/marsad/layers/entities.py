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

from marsad.arabic.tokens import Token
from marsad.document import Document, Entity, Mention
from marsad.kb import Actor, alias_key, load_kb
from marsad.kb.romanize import romanize
from marsad.layers.linking import FuzzyLinker, GazetteerMatcher
from marsad.layers.titles import HONORIFICS, TitleFinder, TitleHit, similar_titles

# kinds of KB ORG whose qualifier may make a title ("الأمين العام لحلف الناتو")
NER_LABELS = ("PER", "ORG", "LOC", "MISC")
COMMA = {"،", ","}


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
        self._given = {alias_key(a.name_ar.split()[0]) for a in self.kb if a.type == "PER" and " " in a.name_ar}

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
            if self.kb.demonym(key) is not None:
                continue  # "الروسية" alone is an adjective, not Russia
            out.append(Cand(s, end, a, b, label, key, None, "ner"))
        return out

    def _merge(self, kb: list[Cand], ner: list[Cand]) -> list[Cand]:
        """KB matches, plus NER names where no KB match is, or longer unknown names around one."""
        result = list(kb)
        for n in ner:
            inside = [k for k in result if k.tok_start < n.tok_end and n.tok_start < k.tok_end]
            if not inside:
                if n.type != "MISC":
                    n.actor = self._link(n.key, n.type)
                    if n.actor is not None:
                        n.type = n.actor.type
                result.append(n)
                continue
            contained = all(n.tok_start <= k.tok_start and k.tok_end <= n.tok_end for k in inside)
            longer = contained and sum(k.tok_end - k.tok_start for k in inside) < n.tok_end - n.tok_start
            if not longer or n.type == "MISC":
                continue
            if n.type == "PER" and all(k.type == "PER" for k in inside):
                last = [k for k in inside if k.tok_end == n.tok_end]
                n.actor = last[0].actor if last and len(inside) == 1 else self._link(n.key, "PER")
            elif n.type in ("ORG", "LOC") and all(k.type != "ORG" and k.actor is not None
                                                  and k.actor.kind not in ("country",) for k in inside) \
                    and n.tok_end - n.tok_start >= 2 + sum(k.tok_end - k.tok_start for k in inside):
                n.actor = self._link(n.key, n.type)
            else:
                continue
            if n.actor is not None:
                n.type = n.actor.type
            result = [k for k in result if k not in inside] + [n]
        result.sort(key=lambda c: c.start)
        return result

    def _link(self, key: str, typ: str) -> Actor | None:
        found = self.fuzzy.link(key, typ)
        return found[0] if found else None

    # --- coreference of names -----------------------------------------------------------
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
                idx = by_key.get((c.type, c.key))
                if idx is None:
                    idx = by_key[(c.type, c.key)] = len(clusters)
                    clusters.append(Cluster(c.type))
            c.cluster = idx
            clusters[idx].names.append(c)
        # unknown persons: one-word mentions join the single multi-word name carrying the word
        full: dict[str, list[int]] = {}
        for idx, cl in enumerate(clusters):
            if cl.type != "PER" or not cl.names:
                continue
            parts = cl.names[0].key.split(" ")
            if len(parts) < 2:
                continue
            full.setdefault("last:" + parts[-1], []).append(idx)
            if parts[0] not in self._given:
                full.setdefault("first:" + parts[0], []).append(idx)
        for cl in clusters:
            if cl.type != "PER" or cl.actor is not None or not cl.names or " " in cl.names[0].key:
                continue
            key = cl.names[0].key
            owners = set(full.get("last:" + key, [])) or set(full.get("first:" + key, []))
            if len(owners) == 1:
                target = owners.pop()
                for c in cl.names:
                    c.cluster = target
                clusters[target].names.extend(cl.names)
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
        for h in pending:
            if h.bare:
                target = self._recent_person(clusters, h, on)
            else:
                target = by_role.get((h.role or "", h.country, h.org))
                if target is None:
                    target = self._kb_holder(clusters, h, on)
            if target is not None:
                clusters[target].titles.append(h)

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
        if cl.actor is not None and any(r.role == h.role for r in cl.actor.roles_on(on)):
            return True
        return any(t.role == h.role for t in cl.titles)

    # --- output ----------------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        tokens = doc.tokens
        cands = self._merge(self._kb_cands(tokens), self._ner_cands(doc, tokens))
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
