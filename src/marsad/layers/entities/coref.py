"""In-document coreference of names: one entity per KB actor; unknown names grouped by key,
short forms joined to the single longer name that carries them ("علي صالح" -> "علي عبدالله صالح",
"بوستنيكوف" -> "أوليج بوستنيكوف"), name parts tagged with the wrong type repaired ("وانغ")."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.kb.romanize import common_names
from marsad.layers.entities.head_variants import CORE_HEADS, join_head_variants, join_mistyped_strings
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.titles import HONORIFICS, TitleHit
from marsad.layers.entities.word_lists import (
    FAMILY_WORD,
    PATRONYMIC,
)

SPELLING_MIN = 5  # shorter names differ by one long vowel too often ("سعد", "سعيد")
_VOWELS = str.maketrans("", "", "اوي")
_LINEAGE_GOES_ON = PATRONYMIC | {FAMILY_WORD}  # "بن"، "بنت" + the grandfather, "آل" + the family


def skeleton(word: str) -> str:
    """A name without its long vowels (after the first letter): press spellings of one foreign
    name differ mostly there ("بينيتيز" / "بينيتز", "بوتين" / "بوتن")."""
    return word[:1] + word[1:].translate(_VOWELS)


def without_rank(parts: list[str]) -> list[str]:
    """A person's name words without a leading honorific when a name of two words or more is left
    ("الامير فيصل بن خالد" -> "فيصل بن خالد"; "الشيخ صباح" keeps its rank: "صباح" alone is no one)."""
    return parts[1:] if len(parts) > 2 and parts[0] in HONORIFICS else parts


def _prefer_named_in_full(cands: list[NameCandidate]) -> None:
    """A family name alone linked by the KB to its best-known holder ("المالكي" = Nouri al-Maliki)
    names whoever the article names in full with it when that is someone else ("رياض المالكي"
    ... "المالكي"): the link is dropped and the word joins that person in clustering."""
    full_by_surname: dict[str, list[NameCandidate]] = {}
    for c in cands:
        if c.type == "PER" and " " in c.key:
            full_by_surname.setdefault(c.key.rsplit(" ", 1)[1], []).append(c)
    if not full_by_surname:
        return
    for c in cands:
        if c.type != "PER" or c.actor is None or " " in c.key:
            continue
        full = full_by_surname.get(c.key)
        if full and not any(f.actor is not None and f.actor.id == c.actor.id for f in full):
            c.actor = None


# letters the press uses for one foreign sound ("سيغوندو" / "سيجوندو", "كاستيلو" / "قاستيلو")
_FOREIGN_G = str.maketrans({"غ": "ج", "ق": "ك", "ث": "س"})


def _join_without_head(clusters: list[Cluster], find, join) -> None:
    """An unknown name made of a head word and another name of the document of the same type
    ("مليشيا الحشد الشعبي" ... "الحشد الشعبي", "منطقة مكة المكرمة" ... "مكة المكرمة") is that
    entity, when a single one carries that name."""
    by_key: dict[tuple[str, str], set[int]] = {}
    for j, o in enumerate(clusters):
        for c in o.names:
            by_key.setdefault((o.type, c.key), set()).add(j)
    for i, cl in enumerate(clusters):
        heads = CORE_HEADS.get(cl.type)
        if cl.actor is not None or heads is None:
            continue
        for c in cl.names:
            head, _, rest = c.key.partition(" ")
            if not rest or head not in heads:
                continue
            roots = {find(j) for j in by_key.get((cl.type, rest), ())} - {find(i)}
            if len(roots) == 1:
                join(i, roots.pop())
                break


def _spelled_alike(a: str, b: str) -> bool:
    """Two press spellings of one foreign name part: the same letters once the long vowels and the
    letters written for one foreign sound are folded ("ميستورا" / "مستورا", "سيغوندو" / "سيجوندو")."""
    return a == b or (min(len(a), len(b)) >= SPELLING_MIN
                      and skeleton(a.translate(_FOREIGN_G)) == skeleton(b.translate(_FOREIGN_G)))


def _join_spellings(clusters: list[Cluster], find, join) -> None:
    """Two unknown full names of persons that share a word and spell each other word alike are one
    person ("ستيفان دي ميستورا" / "ستيفان دي مستورا"): joined before a surname alone is linked,
    which would otherwise find two owners."""
    names = [(i, c.key.split(" ")) for i, cl in enumerate(clusters) if cl.type == "PER" and cl.actor is None
             for c in cl.names if " " in c.key]
    for n, (i, a) in enumerate(names):
        for j, b in names[n + 1 :]:
            if find(i) != find(j) and len(a) == len(b) and a != b and any(x == y for x, y in zip(a, b, strict=True)) \
                    and all(_spelled_alike(x, y) for x, y in zip(a, b, strict=True)):
                join(j, i)


def _within(short: list[str], long: list[str]) -> bool:
    """Are the words of `short` those of `long` in order, some left out ("محمد العمري", "محمد علي
    العمري" within "محمد علي ياسين العمري"; not "محمد حمد العمري", another man of the family)?"""
    rest = iter(long)
    return all(word in rest for word in short)


def _join_lineage_prefixes(clusters: list[Cluster], persons: list[int], parts_of: dict[int, list[list[str]]],
                           find, join) -> None:
    """"عبدالله بن مساعد" ... "عبدالله بن مساعد بن عبدالعزيز": a lineage name is the single longer
    one of the document that goes on with the grandfather's name ("بن" + name) or the family's
    ("آل" + name); a name without "بن" ("محمد علي") is no lineage and may be a different man's."""
    for i in persons:
        if clusters[i].actor is not None:
            continue
        for mine in parts_of[i]:
            if len(mine) < 3 or not any(w in PATRONYMIC for w in mine[1:-1]):
                continue
            n = len(mine)
            longer = {find(j) for j in persons if j != i and any(
                len(o) > n + 1 and o[:n] == mine and o[n] in _LINEAGE_GOES_ON for o in parts_of[j])}
            longer.discard(find(i))
            if len(longer) == 1:
                join(i, longer.pop())
                break


@dataclass
class Cluster:
    type: str
    actor: Actor | None = None
    names: list[NameCandidate] = field(default_factory=list)
    titles: list[TitleHit] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min([c.start for c in self.names] + [t.start for t in self.titles])


class NameCoref:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # common given names: alone they name nobody in particular ("محمد")
        self.given = set(common_names())

    def __call__(self, cands: list[NameCandidate]) -> list[Cluster]:
        _prefer_named_in_full(cands)
        return self._cluster_names(cands)

    def _cluster_key(self, key: str) -> tuple[str, str | None]:
        """An unknown name's key for grouping: without the article, nor a trailing country
        adjective ("مجلس الاحتياطي الاتحادي الأمريكي" ~ "مجلس الاحتياطي الاتحادي"); with the
        country of that adjective, which keeps apart the bodies of two states ("وزارة الخارجية
        القطرية" / "وزارة الخارجية التركية")."""
        parts = key.split(" ")
        country = None
        if len(parts) >= 3 and (state := self.kb.demonym(parts[-1])) is not None:
            parts, country = parts[:-1], state.country or state.id
        return " ".join(parts).removeprefix("ال"), country

    def _countries(self, cl: Cluster) -> frozenset[str]:
        """The states a body's or a place's names name, by a country adjective or a country's name
        ("الخارجية التركية", "سفارة قطر"): names of two different states are two different bodies."""
        if cl.type not in ("ORG", "LOC"):
            return frozenset()
        if cl.actor is not None:
            return frozenset({cl.actor.country}) if cl.type == "ORG" and cl.actor.country else frozenset()
        found: set[str] = set()
        for c in cl.names:
            for word in c.key.split(" ")[1:]:  # the first word is the name's head, not its state
                state = self.kb.demonym(word) or next(
                    (a for a in self.kb.lookup(word) if a.kind == "country"), None)
                if state is not None:
                    found.add(state.country or state.id)
        return frozenset(found)

    def _join_national_bodies(self, clusters: list[Cluster], find, join, compatible) -> None:
        """"الداخلية التونسية" ... "وزارة الداخلية التونسية", "الخارجية البحرينية" ... "وزارة
        الخارجية": a state's body named by its country's adjective is the single body the article
        names with a head word before it, with or without the adjective."""
        for i, cl in enumerate(clusters):
            if cl.actor is not None or cl.type != "ORG" or not cl.names:
                continue
            parts = cl.names[0].key.split(" ")
            if len(parts) != 2 or self.kb.demonym(parts[1]) is None:
                continue
            longer = {find(j) for j, o in enumerate(clusters) if j != i and o.type == "ORG" and any(
                (len(p) == 3 and p[1:] == parts) or (o.actor is None and len(p) == 2 and p[1] == parts[0])
                for p in (c.key.split(" ") for c in o.names)) and compatible(i, j)}
            longer.discard(find(i))
            if len(longer) == 1:
                join(i, longer.pop())

    def _cluster_names(self, cands: list[NameCandidate]) -> list[Cluster]:
        clusters: list[Cluster] = []
        by_actor: dict[str, int] = {}
        by_key: dict[tuple[str, str, str | None], int] = {}
        for c in cands:
            if c.actor is not None:
                idx = by_actor.get(c.actor.id)
                if idx is None:
                    idx = by_actor[c.actor.id] = len(clusters)
                    clusters.append(Cluster(c.actor.type, c.actor))
            else:
                key = (c.type, *self._cluster_key(c.key))
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

        countries: dict[int, frozenset[str]] = {}  # by root, computed when a join asks

        def states(root: int) -> frozenset[str]:
            found = countries.get(root)
            if found is None:
                found = countries[root] = self._countries(clusters[root])
            return found

        def compatible(i: int, j: int) -> bool:
            a, b = states(find(i)), states(find(j))
            return not a or not b or a == b

        def join(child: int, root: int) -> None:
            """`child`'s entity joins `root`'s, unless they name bodies of different states."""
            a, b = find(child), find(root)
            if a != b and compatible(a, b):
                parent[a] = b
                countries[b] = states(b) | states(a)

        # "وزارة الخارجية" ... "وزارة الخارجية القطرية": a name without its country adjective is
        # the single body of the document named with one
        with_state: dict[tuple[str, str], list[int]] = {}
        for (typ, name, state), idx in by_key.items():
            if state is not None:
                with_state.setdefault((typ, name), []).append(idx)
        for (typ, name, state), idx in by_key.items():
            if state is None and len(with_state.get((typ, name), ())) == 1:
                join(idx, with_state[(typ, name)][0])

        # "صحيفة الوئام" ... "الوئام": a context name of an outlet the document has named with its cue
        context = {alias_key(w): i for i, cl in enumerate(clusters) if cl.actor is not None
                   for w in cl.actor.context_ar}
        for i, cl in enumerate(clusters):
            if cl.actor is None and cl.names and cl.names[0].key in context:
                join(i, context[cl.names[0].key])
        # "مجلس الاحتياطي" ... "مجلس الاحتياطي الاتحادي", "قاعدة العند" ... "قاعدة العند الجوية":
        # an organisation's or a place's name cut short
        for i, cl in enumerate(clusters):
            if cl.actor is not None or cl.type not in ("ORG", "LOC") or not cl.names or " " not in cl.names[0].key:
                continue
            mine = cl.names[0].key + " "
            longer = {find(j) for j, o in enumerate(clusters) if j != i and o.type == cl.type
                      and any(c.key.startswith(mine) for c in o.names) and compatible(i, j)}
            if len(longer) == 1:
                join(i, longer.pop())
        self._join_national_bodies(clusters, find, join, compatible)
        _join_without_head(clusters, find, join)
        join_head_variants(clusters, find, join)
        join_mistyped_strings(clusters, find, join)
        _join_spellings(clusters, find, join)
        persons = [i for i, cl in enumerate(clusters) if cl.type == "PER"]
        # a KB alias opening with the man's rank ("الأمير فيصل بن خالد بن عبدالعزيز") is compared
        # by his name alone, as the press's shorter forms of it are written without it
        parts_of = {i: [without_rank(c.key.split(" ")) for c in clusters[i].names] for i in persons}
        # an unknown short form of a longer name: "علي صالح" within "علي عبدالله صالح"; either
        # way the longer name ends with the same word, so only those names are compared
        ending: dict[str, set[int]] = {}
        for j in persons:
            for o in parts_of[j]:
                ending.setdefault(o[-1], set()).add(j)
        for i in persons:
            if clusters[i].actor is not None:
                continue
            mine = parts_of[i][0]
            if len(mine) < 2:
                continue
            same_end = ending.get(mine[-1], ())
            longer = [j for j in persons if j != i and j in same_end and any(
                len(o) > len(mine) and ((o[0] == mine[0] and o[-1] == mine[-1] and _within(mine, o))
                                         or o[-len(mine):] == mine)
                for o in parts_of[j])]
            if len({find(j) for j in longer}) == 1:
                join(i, longer[0])
        _join_lineage_prefixes(clusters, persons, parts_of, find, join)
        # one-word mentions join the single multi-word name carrying the word
        owners: dict[str, set[int]] = {}
        for i in persons:
            for parts in parts_of[i]:
                if len(parts) < 2:
                    continue
                # "مشاري بن سعود": the word after "بن" is his father's name; "سعود" alone is
                # someone else ("الملك سعود"), not him
                if parts[-2] not in PATRONYMIC:
                    owners.setdefault("last:" + parts[-1], set()).add(i)
                if parts[0] not in self.given:
                    owners.setdefault("first:" + parts[0], set()).add(i)
        joined = {find(j) for j in range(len(clusters)) if find(j) != j}
        for i, cl in enumerate(clusters):
            # "وانغ" tagged ORG next to "وانغ يي": a name part of a person of the document is that person
            # (not a body's name joined to its full form: "أوكيلوس" of "شركة أوكيلوس")
            if cl.type in ("ORG", "LOC", "MISC") and cl.actor is None and cl.names and find(i) == i \
                    and i not in joined \
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
            if not roots and len(word) >= SPELLING_MIN and word not in self.given:
                # "بينيتز" after "رافاييل بينيتيز": a foreign family name spelled with fewer vowels
                roots = {find(j) for j in persons for p in parts_of[j] if len(p) > 1
                         and len(p[-1]) >= SPELLING_MIN and skeleton(p[-1]) == skeleton(word)}
            roots.discard(find(i))
            if len(roots) == 1:
                join(i, roots.pop())
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
