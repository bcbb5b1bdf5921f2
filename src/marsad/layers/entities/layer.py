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
from collections.abc import Sequence

from marsad.arabic.tokens import Token
from marsad.document import Document, Entity, Mention
from marsad.kb import alias_key, load_kb
from marsad.kb.romanize import romanize
from marsad.layers.entities.add import entity_id
from marsad.layers.entities.coref import Cluster, NameCoref
from marsad.layers.entities.linking import GazetteerMatcher
from marsad.layers.entities.mentions import MentionFinder
from marsad.layers.entities.name_candidate import NameCandidate, claimed
from marsad.layers.entities.person_nouns import add_noun_mentions
from marsad.layers.entities.prenominal_titles import title_before
from marsad.layers.entities.titles import (
    FORMER,
    HONORIFICS,
    NAMED_AFTER,
    PHRASE_STOP,
    THEN,
    TITLE_HEADS,
    TitleFinder,
    TitleHit,
    shared_part,
    short_repeat,
    similar_titles,
    without_trailing_preposition,
)
from marsad.layers.entities.word_lists import KEPT_HEADS, PAPER_HEADS, PLAIN_WORD_HEADS, SAME_BODY_HEADS

COMMA = {"،", ","}
# royal titles that open a KB person's first alias, besides the honorifics ("الملكة إليزابيث الثانية")
_ROYAL = frozenset(alias_key(w) for w in ("الملكة", "السلطان", "الأميرة"))
NAME_AFTER_TITLE = 7  # tokens after a title where the name of its holder may start


def _listed_title(tok: Token) -> bool:
    """"فلان، ومدير الجامعة الدكتور فلان": a title joined by "و" after a name's comma opens the next
    person of a list, not a description of the name before it ("فلان، وزير الخارجية" is one; the
    "و" of "وزير" is the word's own)."""
    key = tok.key
    return key.startswith("و") and key not in TITLE_HEADS and ("ال" + key) not in TITLE_HEADS
# A title is resolved to whoever held the office on the article's date. Without a publication
# date nothing stands in for it (not the day of the run: the record would change with it): a
# bare title is still joined to a person named before it who held that office at any time, but
# no one is looked up in the KB's office holders, and the record says so.
NO_DATE_WARNING = "entities: no publication date; titles are not resolved to the KB's office holders"
# offices that a bare title names without a country in the press of the country itself
MONARCH_ROLES = frozenset({"king", "crown_prince", "deputy_crown_prince", "emir", "sultan"})
# offices of a state other than a ministry's ("رئيس مجلس الشورى") named alone the same way
HOME_OFFICES = frozenset({"shura_speaker", "speaker", "army_chief", "central_bank_governor"})
# head words an unknown body's name stands without: "ميليشيات الحوثيين" is named "الحوثيين", "صحيفة
# جورنال دو ديمانش" "جورنال دو ديمانش" (the mention keeps the head word)
_NAME_WITHOUT = (SAME_BODY_HEADS | PAPER_HEADS) - KEPT_HEADS


def reference_date(doc: Document) -> str | None:
    """The day (YYYY-MM-DD) titles are resolved on: the publication date, when it is a date."""
    day = (doc.published or "")[:10]
    try:
        return _dt.date.fromisoformat(day).isoformat()
    except ValueError:
        return None


def home_office(role: str | None) -> bool:
    """Whether a bare title of `role` with nobody before it is the office of the article's
    country ("قال وزير الصحة" in a Saudi article; not "الرئيس", which may be anyone's)."""
    return role is not None and (role in MONARCH_ROLES or role in HOME_OFFICES or role.endswith("_minister"))


class EntityLayer:
    name = "entities"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("entities",)

    def __init__(self, use_ner: bool = True, ner_network: bool = False) -> None:
        self.kb = load_kb()
        self.matcher = GazetteerMatcher(self.kb)
        self.mentions = MentionFinder(self.kb, self.matcher, use_ner, ner_network)
        self.coref = NameCoref(self.kb)
        self.titles = TitleFinder(self.kb, self.matcher)

    @property
    def ner(self):
        return self.mentions.ner

    @property
    def fuzzy(self):
        return self.mentions.fuzzy

    def prepare(self, docs: Sequence[Document]) -> None:
        """Tag the names of `docs` in one pass before each is analysed (see `Analyzer.prepare`)."""
        if self.ner is not None:
            self.ner.prepare(docs)

    # --- titles ---------------------------------------------------------------------------
    def _resolve_titles(self, doc: Document, tokens: list[Token], cands: list[NameCandidate],
                        clusters: list[Cluster]) -> None:
        on = reference_date(doc)
        if on is None and NO_DATE_WARNING not in doc.warnings:
            doc.warnings.append(NO_DATE_WARNING)
        blocked = claimed(cands)
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
        person_tokens = {k for c in cands if clusters[c.cluster].type == "PER" for k in range(c.tok_start, c.tok_end)}
        intro: list[tuple[TitleHit, int]] = []
        for c in cands:
            if clusters[c.cluster].type != "PER":
                continue
            j = c.tok_end
            if j < len(tokens) and tokens[j].text in COMMA and j + 1 < len(tokens) and j + 1 not in used \
                    and not _listed_title(tokens[j + 1]):
                ph = self.titles.phrase_at(tokens, j + 1, doc.text, person_tokens)
                if ph is not None:
                    intro.append((ph, c.cluster))
                    clusters[c.cluster].titles.append(ph)
                    used.update(range(ph.tok_start, ph.tok_end))
        # a descriptive title written before a name ("الرئيس العام لرعاية الشباب الأمير فلان")
        # introduces it for the same title later; it stays no mention itself: the speaker of
        # "قال/بحسب TITLE NAME" is the name
        bodies = claimed(cands) - person_tokens
        for c in cands:
            if clusters[c.cluster].type != "PER" or c.start != tokens[c.tok_start].start:
                continue
            ph = title_before(tokens, c.tok_start, person_tokens | (used - bodies), bodies)
            if ph is not None:
                intro.append((ph, c.cluster))
                used.update(range(ph.tok_start, ph.tok_end))
        if intro:
            for i in self.titles.head_words(tokens):  # phrase_at finds nothing at other words
                if i in used:
                    continue
                ph = self.titles.phrase_at(tokens, i, doc.text, person_tokens)
                if ph is None or i in name_end:
                    continue  # "الأمير علي بن الحسين نائب رئيس الفيفا": the title of the name before it
                for known, target in intro:
                    if similar_titles(known, ph):
                        ph = shared_part(tokens, ph, known)
                        if not self._names_follow(tokens, ph.tok_end, name_at):
                            clusters[target].titles.append(ph)  # "TITLE NAME": the name is the mention
                        used.update(range(ph.tok_start, ph.tok_end))
                        break
            self._short_repeats(doc, tokens, intro, used, person_tokens, name_at, name_end, clusters)
        home = self._home_country(clusters)
        pending.sort(key=lambda h: h.possessive)  # possessives last: they look at resolved titles
        for h in pending:
            if h.tok_start > 0 and any(stem in NAMED_AFTER for _off, stem in tokens[h.tok_start - 1].splits):
                continue  # "كأس ولي العهد": a cup named after the office, not its holder
            if h.possessive:
                h.country = self._nearby_country(doc, clusters, h)
                target = self._kb_holder(clusters, h, on) if h.country else None
            elif h.bare:
                target = self._recent_person(clusters, h, on)
                if target is None and home_office(h.role) and home:
                    # "ولي العهد", "وزير الصحة" with nobody before: the office of the article's country
                    h.country = home
                    target = self._kb_holder(clusters, h, on)
            elif h.former:
                continue  # "رئيس الوزراء العراقي السابق" with no name: not today's holder, nor one named so
            else:
                target = by_role.get((h.role or "", h.country, h.org))
                if target is None:
                    target = self._kb_holder(clusters, h, on)
            if target is not None:
                clusters[target].titles.append(h)

    def _short_repeats(self, doc: Document, tokens: list[Token], intro: list[tuple[TitleHit, int]], used: set[int],
                       person_tokens: set[int], name_at: dict[int, NameCandidate], name_end: dict[int, NameCandidate],
                       clusters: list[Cluster]) -> None:
        """"وأضاف زعيم الأغلبية أن": an introduced title said again short, by its head and first
        words, is a mention of the man it introduced, when it fits one introduced man only."""
        for i in self.titles.head_words(tokens):
            if i in used or i in name_end:
                continue
            ph = self.titles.phrase_at(tokens, i, doc.text, person_tokens, min_tokens=2)
            if ph is None:
                continue
            ph = without_trailing_preposition(tokens, ph)
            targets = {target for known, target in intro if short_repeat(tokens, known, ph)}
            if len(targets) != 1 or self._names_follow(tokens, ph.tok_end, name_at):
                continue
            target = targets.pop()
            if self._other_person_in_sentence(doc, tokens, ph.tok_start, name_end, clusters, target):
                continue  # "مدربه الجديد فلان، حيث ركز المدير الفني": the man just named, not the one introduced
            clusters[target].titles.append(ph)
            used.update(range(ph.tok_start, ph.tok_end))

    @staticmethod
    def _other_person_in_sentence(doc: Document, tokens: list[Token], i: int, name_end: dict[int, NameCandidate],
                                  clusters: list[Cluster], target: int) -> bool:
        """Is another person than cluster `target` named earlier in the sentence of token i?"""
        k = i
        while k > 0 and tokens[k - 1].text not in (".", "؟", "!", "?") \
                and "\n" not in doc.text[tokens[k - 1].end : tokens[k].start]:
            if k in name_end and name_end[k].cluster != target and clusters[name_end[k].cluster].type == "PER":
                return True
            k -= 1
        return False

    @staticmethod
    def _names_follow(tokens: list[Token], j: int, name_at: dict[int, NameCandidate]) -> bool:
        """Does a person's name start at token j or a few words on, in the same phrase: after
        honorifics ("الدكتور"), or the rest of the office ("نائب رئيس الفيفا السابق" + "عن قارة آسيا
        الكوري الجنوبي" + NAME: the title of that man, not of one named with it elsewhere)?"""
        for k in range(j, min(j + NAME_AFTER_TITLE, len(tokens))):
            if k in name_at:
                return True
            if not tokens[k].is_word or tokens[k].key in PHRASE_STOP:
                return False
        return False

    @staticmethod
    def _nearby_country(doc: Document, clusters: list[Cluster], h: TitleHit) -> str | None:
        """"وزير خارجيته قال الرئيس الروسي": the state of the nearest person of the sentence."""
        sent = doc.sentence_at(h.start)
        if sent is None:
            return None
        best: tuple[int, str] | None = None
        for cl in clusters:
            a = cl.actor
            if a is None or a.type != "PER" or not a.country:
                continue
            for m in [*cl.names, *cl.titles]:
                if sent.start <= m.start < sent.end and m is not h:
                    dist = abs(m.start - h.start)
                    if best is None or dist < best[0]:
                        best = (dist, a.country)
        return best[1] if best else None

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
    def _apposed(tokens: list[Token], h: TitleHit, name_at: dict[int, NameCandidate],
                 name_end: dict[int, NameCandidate]) -> int | None:
        j = h.tok_end
        for _ in range(3):  # up to two honorifics between title and name
            if j in name_at:
                name = name_at[j]
                if tokens[j].text[: name.start - tokens[j].start] in ("و", "ف"):
                    return None  # "ولي ولي العهد وكارتر": و joins a second person, not the title's
                return name.cluster
            if j < len(tokens) and (tokens[j].key in HONORIFICS or tokens[j].key in THEN or tokens[j].key in FORMER):
                j += 1  # "وزيرة الخارجية آنذاك كوندوليزا رايس", "... السابق نوري المالكي": the holder then
                continue
            break
        k = h.tok_start
        if k >= 2 and tokens[k - 1].text in COMMA and k - 1 in name_end:
            return name_end[k - 1].cluster
        j = h.tok_end
        if j + 1 < len(tokens) and tokens[j].text in COMMA and j + 1 in name_at \
                and name_at[j + 1].start == tokens[j + 1].start:
            return name_at[j + 1].cluster  # "رئيس الحكومة، بنيامين نتنياهو": the name in apposition
        return None

    def _kb_holder(self, clusters: list[Cluster], h: TitleHit, on: str | None) -> int | None:
        if not h.role or on is None:
            return None  # who holds an office depends on the date
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

    def _recent_person(self, clusters: list[Cluster], h: TitleHit, on: str | None) -> int | None:
        """The person a bare title ("وزير الخارجية", "الوزير") points back to: the latest one it
        fits; but not a holder of another country's office when the same bare title introduced
        someone else. "أجرى وزير الخارجية فلان مباحثات مع وزير الخارجية الإيطالي علان ... وقال
        وزير الخارجية": the bare title is the minister named without a country."""
        fits: list[tuple[int, int]] = []
        for idx, cl in enumerate(clusters):
            if cl.type != "PER":
                continue
            before = [m.end for m in cl.names if m.end <= h.start] + [t.end for t in cl.titles if t.end <= h.start]
            if not before:
                continue
            if not h.any_person and not self._compatible(cl, h, on):
                continue
            fits.append((max(before), idx))
        if not fits:
            return None
        latest = max(fits)[1]
        if not h.role:
            return latest
        named_bare = [idx for _, idx in sorted(fits, reverse=True) if idx != latest
                      and any(t.end <= h.start and t.role == h.role and t.country is None for t in clusters[idx].titles)]
        for idx in named_bare:
            home = clusters[idx].actor.country if clusters[idx].actor is not None else None
            other = {t.country for t in clusters[latest].titles if t.role == h.role and t.country}
            if home and other and home not in other:
                return idx
        return latest

    @staticmethod
    def _compatible(cl: Cluster, h: TitleHit, on: str | None) -> bool:
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
        cands = self.mentions.find(doc)
        clusters = self.coref(cands)
        self._resolve_titles(doc, doc.tokens, cands, clusters)
        add_noun_mentions(doc.tokens, cands, [cl.type == "PER" for cl in clusters], [cl.titles for cl in clusters],
                          self.mentions.words.name_like)
        live = [cl for cl in clusters if (cl.names or cl.titles) and not self._bare_given_name(cl)
                # KB events ("كوبا أمريكا") only keep their words from being read as places;
                # MISC entities come from NER alone
                and not (cl.type == "MISC" and all(c.source == "kb" for c in cl.names))]
        live.sort(key=lambda cl: cl.first)
        for n, cl in enumerate(live, 1):
            doc.entities.append(self._entity(doc, entity_id(n), cl))
        return doc

    def _bare_given_name(self, cl: Cluster) -> bool:
        """"محمد" alone, joined to no full name: it names nobody in particular. Nor does an
        ordinary word alone, or a definite word that is no family name of the nisba form
        ("التوفيق", "العقار"; but "العيساوي"): a person named by one word only ("فيروز") is
        named without the article."""
        if cl.type != "PER" or cl.actor is not None or cl.titles or any(c.display for c in cl.names):
            return False  # a name a finder gave it ("محمد" of "الشيخان محمد وحمد الجميح") names him
        return all(c.key.removeprefix("ال") in self.coref.given or self._common_word_alone(c)
                   for c in cl.names)

    def _common_word_alone(self, c: NameCandidate) -> bool:
        if c.tok_end - c.tok_start != 1:
            return False
        return c.key in self.mentions.words.common or (c.key.startswith("ال") and not c.key.endswith("ي"))

    @staticmethod
    def _without_honorific(name: str) -> str:
        """A KB person's name without the rank or honorific the KB's first alias may open with
        ("الأمير محمد بن نايف" -> "محمد بن نايف", "الملك سلمان بن عبدالعزيز"): titles are no part of a
        person's name. A name of two words keeps it ("الملك سلمان": "سلمان" alone names nobody)."""
        first, _, rest = name.partition(" ")
        if len(rest.split()) < 2 or (alias_key(first) not in HONORIFICS and alias_key(first) not in _ROYAL):
            return name
        return rest

    def _without_country_adjective(self, name: str) -> str:
        """An unknown body's name without the country adjective the press puts after it ("هيئة قناة
        السويس المصرية" -> "هيئة قناة السويس", "الهلال السعودي" -> "الهلال"): the adjective says
        where the body is, it is no part of its name (the mention keeps it). A short name keeps it
        when it is a head word and its complement ("وزارة الخارجية الأمريكية", "الجيش السوري"):
        without the adjective it would name any country's body. A club's one-word name is enough.
        The adjective must agree with the head word, not with a noun of the complement ("المجلس
        الوطني للمقاومة الإيرانية", "سفارة الجمهورية الإسلامية الإيرانية" keep it)."""
        rest, _, last = name.rpartition(" ")
        if not rest or not last.startswith("ال") or self.kb.demonym(alias_key(last)) is None:
            return name
        feminine = last.endswith("ة")
        head, before = rest.split()[0], rest.split()[-1]
        if head.endswith("ة") != feminine or feminine and len(rest.split()) > 1 and before.endswith("ة"):
            return name
        words = len(rest.split())
        clubs = self.mentions.sports_clubs
        if words >= 3 or words == 1 and (alias_key(rest) in clubs.clubs or alias_key(rest) in clubs.places):
            return rest
        if words == 2 and self._proper_complement(before):
            return rest  # "جامعة شيفيلد البريطانية": "جامعة شيفيلد" names that one university
        return name

    def _proper_complement(self, word: str) -> bool:
        """A head word's complement that is a proper name ("شيفيلد", "هارفارد"), not an ordinary
        word ("الخارجية", "نفط"): the body it names is that one whichever country it is in."""
        key = alias_key(word)
        common = self.mentions.words.common
        return not key.startswith("ال") and len(key) >= 3 and key not in common \
            and not any(a.kind == "country" for a in self.kb.lookup(key))

    def _without_head(self, name: str) -> str:
        """An unknown body's name without the head word it stands without ("ميليشيات الحوثيين" ->
        "الحوثيين"); but "نادي جدة", named after a place, and "نادي اليخوت", after an ordinary
        word, keep it, as clubs do ("نادي الشروق")."""
        head, _, rest = name.partition(" ")
        head = alias_key(head)
        if not rest or head not in _NAME_WITHOUT:
            return name
        key, common = alias_key(rest), self.mentions.words.common
        if head in PLAIN_WORD_HEADS and (key in common or key.removeprefix("ال") in common) \
                or any(a.type == "LOC" for a in self.kb.lookup(key)):
            return name
        return rest

    def _entity(self, doc: Document, eid: str, cl: Cluster) -> Entity:
        mentions: dict[tuple[int, int], Mention] = {}
        for c in cl.names:
            mentions[(c.start, c.end)] = Mention(c.start, c.end, doc.text[c.start : c.end], "name")
        for t in cl.titles:
            mentions.setdefault((t.start, t.end), Mention(t.start, t.end, doc.text[t.start : t.end], "title"))
        ordered = sorted(mentions.values(), key=lambda m: (m.start, m.end))
        names = [m.text for m in ordered if m.kind == "name"]
        actor = cl.actor
        # the fullest name the document uses; the KB's name when the document only has a short form
        name = max(names, key=lambda s: (len(s.split()), len(s))) if names else ""
        if actor is not None and actor.name_ar and len(actor.name_ar.split()) > len(name.split()):
            name = actor.name_ar
        name = name or ordered[0].text
        if actor is not None and cl.type == "PER":
            name = self._without_honorific(name)
        if actor is None:
            # a name a finder gave the mention ("حركة حازمون" for "حركة «حازمون»"), kept as given
            given = next((c.display for c in cl.names if c.display and c.type == cl.type
                          and doc.text[c.start : c.end] == name), None)
            name = given or (self._without_country_adjective(self._without_head(name)) if cl.type == "ORG" else name)
        if actor is not None:
            name_en = actor.name_en
        elif cl.type in ("PER", "LOC"):
            name_en = romanize(name) or None
        else:
            name_en = None
        return Entity(eid, cl.type, name, name_en, actor.id if actor else None, ordered)
