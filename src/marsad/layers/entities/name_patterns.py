"""Patterns for names both the KB and NER miss.

- "وزارة" / "هيئة" / "لجنة" / "مصرف" ... in construct with definite complements ("مجلس النواب",
  "لجنة الحج العليا"), perhaps ending in what it serves ("مصرف الإمارات للتنمية"): an institution.
- A definite institution word, a relational adjective and what it serves ("اللجنة المركزية
  للحج", "الهيئة العامة للإحصاء"): an institution, as Gulf and Egyptian bodies are named.
- A place word in construct with a name-like word ("وادي عقان", "قاعدة العند"): a place.

`NamePatterns` is a part of `mentions.MentionFinder`; it shares the finder's word tests
(`name_words.NameWords`). Its word lists are the lexicon `name_patterns.tsv` (see `word_lists`).
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.phrases import clitic_readings
from marsad.arabic.tokens import Token, remember
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import (
    PARTICULAR,
    adjacent,
    demonym_closes,
    naming_adjective,
    naming_run,
    purpose,
    purpose_end,
)
from marsad.layers.entities.name_candidate import NameCandidate, move_end
from marsad.layers.entities.name_words import CACHE_LIMIT, NameWords, reads_as
from marsad.layers.entities.place_words import indefinite_place_name, may_name_place, stock_exchange
from marsad.layers.entities.titles import HONORIFICS
from marsad.layers.entities.word_lists import (
    ADJECTIVE_HEADS,
    ADMIN_HEADS,
    ADMIN_PLACE_HEADS,
    BRANCH_SITE_HEADS,
    CONNECTORS,
    DEFINITE_INSTITUTIONS,
    DISTRICT_HEADS,
    FORCE_ADJECTIVES,
    FORCE_HEADS,
    GENERIC_COMPLEMENTS,
    NAME_ENDERS,
    NAME_HEADS,
    NATIONAL_BODIES,
    PATTERN_HEADS,
    PLACE_HEADS,
    PLACE_HEADS_DEFINITE,
    PLACE_NAME_ENDERS,
    PLACE_NAME_STARTS,
    PLACE_NAMED_HEADS,
    PLACE_ONLY_HEADS,
    PLACE_PERSON_TITLES,
    PLURAL_NATIONAL_BODIES,
    QUALIFIED_HEADS,
    RANK_ADJECTIVES,
    REGIONAL_HEADS,
    SECURITY_PLURALS,
    SETTLEMENT_HEADS,
    SITE_HEADS,
    WORD_NAMES,
)
from marsad.lexicons.loader import keyed

# "ولاية": a state, whose name follows it in the name of the state's university, court or police
_STATE = alias_key("ولاية")

# words that head a body's name in construct: "إذاعة الجيش الإسرائيلي" is the radio's name, not the army's;
# a qualified head is not ("قوات" + "الحرس الجمهوري" are the Guard's forces: the Guard is named)
_BODY_HEADS = (PATTERN_HEADS - QUALIFIED_HEADS) | frozenset(k for k, typ in NAME_HEADS.items() if typ == "ORG")
# a body's own words: a qualified head in construct with one is that body's part ("قوات الجيش")
_BODY_WORDS = FORCE_HEADS | GENERIC_COMPLEMENTS
# words before the name of the person a place is named after ("مطار الملك فهد", "مسجد الإمام علي")
_PERSON_TITLES = HONORIFICS | PLACE_PERSON_TITLES
# titles of royals, whose names cities, sports cities and medical cities take ("مدينة الملك فهد")
_ROYAL_TITLES = frozenset(alias_key(w) for w in ("الملك", "الأمير", "الملكة", "الأميرة", "السلطان"))


_BODY_ADJECTIVES = frozenset({alias_key("الطبية")})
# heads that are verbal nouns too ("قيادة" is leading, driving): they name a command only of forces
_COMMAND_HEADS = keyed("name_patterns.tsv", "command_head", alias_key)
_COMMAND_COMPLEMENTS = keyed("name_patterns.tsv", "command_complement", alias_key)


def _relational_adjective(key: str) -> bool:
    """"الطبية", "الرياضية", "الاقتصادية": a definite relational adjective."""
    return key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 5


CONSTRUCT, DEFINITE, PLACE, NATIONAL = "construct", "definite", "place", "national"
Head = tuple[int, int, str]  # (token index, offset of the head in the word, head key)


def _head_kind(key: str, stem: str) -> str | None:
    """The pattern a reading `stem` of word `key` may start: an institution word in construct
    ("مجلس", not "المجلس" or "للمجلس"), a definite institution word ("اللجنة"), a place word
    in construct ("وادي")."""
    construct = not key[: len(key) - len(stem)].endswith(("ال", "لل"))
    if (stem in PATTERN_HEADS or stem in PLACE_ONLY_HEADS) and construct:
        return CONSTRUCT
    if stem in DEFINITE_INSTITUTIONS:
        return DEFINITE
    if stem in NATIONAL_BODIES or stem in FORCE_HEADS:
        return NATIONAL
    if (stem in PLACE_HEADS or stem in PLACE_HEADS_DEFINITE) and construct:
        return PLACE
    return None


# "المرشحين للرئاسة الأميركية": after ل the presidency is the office run for, not the body
_PRESIDENCY = alias_key("الرئاسة")


def _merged_article_head(tok: Token) -> tuple[int, str, str] | None:
    """"للجيش الأردني": ل + the article's ل, whose alef is dropped, before a state's body or a force
    word; the name is read from the body word on ("جيش الأردني", as the KB reads "للأمم المتحدة")."""
    text = tok.text
    for lead in ("لل", "ولل", "فلل"):
        if text.startswith(lead) and len(text) > len(lead) + 2:
            stem = alias_key("ال" + text[len(lead):])
            if (stem in NATIONAL_BODIES or stem in FORCE_HEADS) and stem != _PRESIDENCY:
                return len(lead), NATIONAL, stem
    return None


class NamePatterns:
    """The pattern finders of `MentionFinder`: `add_by_pattern` (institutions, places) and
    `add_persons` (a known given name + surname) add candidates to those found so far."""

    def __init__(self, kb: KnowledgeBase, words: NameWords) -> None:
        self.kb = kb
        self.words = words
        # answers per word form (they depend on the token's text only), cleared when too many
        self._head_at: dict[str, tuple[int, str, str] | None] = {}
        self._may_head = FormMemo()

    def _head(self, tok: Token) -> tuple[int, str, str] | None:
        """(offset in the word, kind, head key) of the first reading that may start a pattern."""
        found = self._head_at.get(tok.text, ())
        if found == ():
            key = tok.key
            found = next(((off, kind, stem) for off, stem in clitic_readings(tok)
                          if (kind := _head_kind(key, stem)) is not None), None)
            if found is None:
                found = _merged_article_head(tok)
            remember(self._head_at, tok.text, found, CACHE_LIMIT)
        return found  # type: ignore[return-value]

    def add_by_pattern(self, cands: list[NameCandidate], tokens: list[Token],
                       text: str) -> list[NameCandidate]:
        """Institutions and places found by pattern where neither the KB nor NER has a name."""
        heads: dict[str, list[Head]] = {CONSTRUCT: [], DEFINITE: [], PLACE: [], NATIONAL: []}
        for i in indices_where(tokens, self._may_head, lambda t: t.is_word and self._head(t) is not None):
            rel, kind, stem = self._head(tokens[i])  # type: ignore[misc]
            heads[kind].append((i, rel, stem))
        if heads[CONSTRUCT]:
            cands = self._add_ministries(cands, tokens, text, heads[CONSTRUCT])
        if heads[DEFINITE]:
            cands = self._add_institutions(cands, tokens, text, heads[DEFINITE])
        if heads[NATIONAL]:
            cands = self._add_national_bodies(cands, tokens, text, heads[NATIONAL])
        if heads[PLACE]:
            cands = self._add_places(cands, tokens, text, heads[PLACE])
        return _with_regions(cands, tokens, text)

    def _add_national_bodies(self, cands: list[NameCandidate], tokens: list[Token], text: str,
                             heads: list[Head]) -> list[NameCandidate]:
        """"الشرطة الإسرائيلية", "الجيش اللبناني": a state's body and the country's adjective name
        that state's body; "المقاومة الشعبية", "الحرس الجمهوري": a force word and an adjective of
        force_adjective name one force (+ its country's adjective); not when the body word is itself
        an adjective of a definite noun before it ("السياسة الخارجية الأمريكية")."""
        taken = _named(cands, adjectives=True)
        added: list[NameCandidate] = []
        for i, rel, stem in heads:
            # "قوات الأمن العراقية", "أجهزة الاستخبارات الروسية": the plural before the body word is
            # the name's head, and the adjective agrees with it
            first = i - 1 if rel == 0 and i > 0 and adjacent(tokens, i) and tokens[i - 1].key in SECURITY_PLURALS \
                and i - 1 not in taken and i + 1 < len(tokens) and tokens[i + 1].text.endswith("ة") else i
            if i in taken or i + 1 in taken or not adjacent(tokens, i + 1) \
                    or (first < i or tokens[i].text.endswith("ة") or stem in PLURAL_NATIONAL_BODIES) \
                    != tokens[i + 1].text.endswith("ة"):
                continue  # an adjective of another noun ("سباق الرئاسة الأميركي")
            force = stem in FORCE_HEADS and tokens[i + 1].key in FORCE_ADJECTIVES and first == i
            if not force and (stem not in NATIONAL_BODIES | FORCE_HEADS or first == i and stem not in NATIONAL_BODIES
                              or self.kb.demonym(tokens[i + 1].key) is None):
                continue  # neither a country adjective nor one naming a force ("الأمن الغذائي")
            # a second name joined by و to a name ("الحرس الجمهوري" + "والأمن المركزي"); not to a noun
            # ("رجال الأمن" + "والجيش التونسيين": the adjective is of both nouns)
            conjunct = i - 1 in taken and rel > 0 and tokens[i].text[rel - 1] == "و"
            # after ل + the article ("للجيش") too: a definite noun before it most often heads a title
            # the body ends ("رئيس الأركان العامة للجيش اليمني اللواء ..."), whose holder is named next
            if first > 0 and adjacent(tokens, first) and not conjunct and (
                    first - 1 in taken or reads_as(tokens[first - 1], _BODY_HEADS)
                    or any(prev.startswith("ال") and prev not in NAME_ENDERS
                           and text[off : off + 2] == "ال"  # not the verb "ألقت" (key "القت")
                           for off, prev in tokens[first - 1].splits)):
                continue  # an adjective of a name or noun before it; a body of its own ("إذاعة الجيش")
            j = i + 2
            if force and j not in taken and adjacent(tokens, j) and self.kb.demonym(tokens[j].key) is not None:
                j += 1  # "الحرس الثوري" + "الإيراني"
            start = tokens[first].start + (rel if first == i else 0)
            end = tokens[j - 1].end
            added.append(NameCandidate(start, end, first, j, "ORG", alias_key(text[start:end]), None, "pattern"))
            taken.update(range(first, j))
        return _with(cands, added)

    def _add_ministries(self, cands: list[NameCandidate], tokens: list[Token], text: str,
                        heads: list[Head]) -> list[NameCandidate]:
        """"وزارة" + definite complements (+ a country adjective): a ministry, whoever's it is;
        "مصرف الإمارات" + "للتنمية": + what it serves."""
        taken = _named(cands)
        places = {c.tok_start: c for c in cands if c.type == "LOC" and not c.absorbable}
        # a head word NER took alone for a name ("بورصة", also a Turkish city)
        at_head = {i for i, _rel, _stem in heads}
        alone = {c.tok_start: c for c in cands if c.source == "ner" and c.actor is None
                 and c.tok_end == c.tok_start + 1 and c.tok_start in at_head}
        added: list[NameCandidate] = []
        for i, rel, stem in heads:
            tok = tokens[i]
            if i + 1 >= len(tokens):
                continue
            place = places.get(i + 1)
            if place is not None and place.start != tokens[i + 1].start:
                place = None  # "بلدية" + "بمحافظة صامطة": a body somewhere in the place, no body of it
            if place is None and tokens[i + 1].key in ADMIN_HEADS and adjacent(tokens, i + 2):
                place = places.get(i + 2)  # "أمانة منطقة الرياض": the region's body
                if place is None and tokens[i + 1].key == _STATE and stem in PLACE_NAMED_HEADS:
                    place = self._unknown_state(tokens, text, i + 2, taken)
            named_by_place = stem in PLACE_NAMED_HEADS or stem in PLACE_ONLY_HEADS and place is not None \
                and stock_exchange(tokens, i, place)
            if i in alone and place is not None and named_by_place:
                alone[i].absorbable = True  # "بورصة البحرين": the exchange of Bahrain
            elif i in taken:
                continue
            start = tok.start + rel
            if place is not None and named_by_place and adjacent(tokens, i + 1):
                added.append(self._institution_of_place(tokens, text, i, start, place, taken))
                taken.update(range(i, added[-1].tok_end))
                continue
            if stem in PLACE_ONLY_HEADS:
                continue
            if tokens[i + 1].key in GENERIC_COMPLEMENTS and not (
                    i + 2 < len(tokens) and tokens[i + 2].key in RANK_ADJECTIVES):
                continue  # "مجلس الإدارة": every company has one (not "مديرية الأمن العام")
            if rel and tok.text[rel - 1 : rel + 1] == "لل":
                continue  # "للجنة التنفيذية" is ل + "اللجنة" (its alef dropped), not "لجنة" in construct
            j = i + 1
            while j - i <= 5 and j not in taken and adjacent(tokens, j) \
                    and tokens[j].key.startswith(("ال", "وال")) and tokens[j].key not in NAME_ENDERS \
                    and tokens[j].key not in HONORIFICS:
                if j > i + 1 and naming_adjective(tokens[j - 1].key) and tokens[j].key.startswith("ال") \
                        and not naming_adjective(tokens[j].key):
                    break  # "حزب الشعوب الديمقراطي" + "المعارض": a description after the name's adjective
                j += 1
                if self.kb.demonym(tokens[j - 1].key) is not None:
                    break  # "وزارة الصحة المصرية": the adjective ends the name
            if j == i + 1 or tokens[i + 1].key.startswith("وال"):
                continue
            served = purpose_end(tokens, j, taken, i + 2)
            if served is not None and not (served < len(tokens) and self.kb.demonym(tokens[served].key) is not None):
                # "مصرف الإمارات" + "للتنمية" (not "هيئة الأركان" + "للقوات الأردنية": whose it is)
                j = naming_run(tokens, i, served, taken)
            else:
                served = None
            if stem in _COMMAND_HEADS and tokens[i + 1].key not in _COMMAND_COMPLEMENTS:
                continue  # "قيادة المنتخب السعودي", "قيادة المرأة للسيارة": leading, driving
            if stem in QUALIFIED_HEADS and (tokens[i + 1].key in _BODY_WORDS or (
                    served is None and not (j - 1 > i + 1 and self._ranked(tokens, j - 1))
                    and not (adjacent(tokens, j) and _regional(tokens[j]))
                    and not (stem in ADJECTIVE_HEADS and j - 1 > i + 1 and _relational_adjective(tokens[j - 1].key)))):
                # "جهاز الكمبيوتر", "قوات النظام": a device, a force, not "جهاز المخابرات العامة";
                # "قوات الحرس الجمهوري", "قوات الجيش": the units of the body named after them;
                # a nationality alone is a person ("بقيادة اليوناني دونيس"), not a rank
                continue
            end = tokens[j - 1].end
            added.append(NameCandidate(start, end, i, j, self._district_or_body(stem, tokens[i + 1]),
                                       alias_key(text[start:end]), None, "pattern"))
            taken.update(range(i, j))
        return _with(cands, added)

    def _unknown_state(self, tokens: list[Token], text: str, k: int, taken: set[int]) -> NameCandidate | None:
        """"جامعة ولاية" + "يوتاه": a state's name the KB lacks (its spelling varies: "يوتا", "يوتاه")
        after "ولاية" in a body's name is a name-like indefinite word no other name holds; a
        country's adjective after it vouches for a word shaped like a verb ("يوتاه" + "الأميركية")."""
        tok = tokens[k]
        if k in taken or tok.key.startswith("ال") or tok.key in self.words.common:
            return None
        if not (self.words.name_like(tok) or adjacent(tokens, k + 1) and self.kb.demonym(tokens[k + 1].key) is not None):
            return None
        return NameCandidate(tok.start, tok.end, k, k + 1, "LOC", tok.key, None, "pattern")

    def _district_or_body(self, stem: str, complement: Token) -> str:
        """"مديرية الحيمة الخارجية" is a district (LOC), named by a name; "مديرية الأمن العام" a
        directorate (ORG), named by the ordinary word of what it runs."""
        if stem not in DISTRICT_HEADS:
            return "ORG"
        common = self.words.common
        key = complement.key
        bare = key.removeprefix("ال")
        # a verbal noun of the form تفعيل ("التوثيق", "التعليم"): what a directorate runs
        masdar = len(bare) == 5 and bare[0] == "ت" and bare[3] == "ي"
        return "ORG" if key in common or bare in common or masdar else "LOC"

    def _ranked(self, tokens: list[Token], j: int) -> bool:
        """Token j is an adjective of rank or a country's ("العامة", "السعودية"): it makes a name."""
        return j < len(tokens) and (tokens[j].key in RANK_ADJECTIVES or self.kb.demonym(tokens[j].key) is not None)

    def _institution_of_place(self, tokens: list[Token], text: str, i: int, start: int, place: NameCandidate,
                              taken: set[int]) -> NameCandidate:
        """"جامعة" + "القاهرة", "اتحاد" + "أمريكا الجنوبية" (+ "للتنمية"): the place becomes part
        of the institution's name (it is absorbed: no place is named there)."""
        j = naming_run(tokens, i, place.tok_end, taken, self.kb.demonym)  # "محكمة بروكلين" + "الفيدرالية"
        # a country's adjective ends the name: "جامعة ولاية أوهايو الأميركية" + "العام الماضي"
        j = next((k + 1 for k in range(place.tok_end, j) if self.kb.demonym(tokens[k].key) is not None), j)
        if place.actor is not None and place.actor.kind == "city":
            # "شرطة دبي" + "الإماراتية": the country a city lies in describes the body, no part of its name
            j = next((k for k in range(place.tok_end, j) if self.kb.demonym(tokens[k].key) is not None), j)
        if j not in taken and adjacent(tokens, j) and purpose(tokens[j].key):
            # "مصرف الإمارات" + "للتنمية", "سوق مسقط" + "للأوراق" + "المالية" (not + "الأميركي")
            j = naming_run(tokens, i, j + 1, taken, limit=j + 2 - i)
            j = next((k for k in range(place.tok_end, j) if self.kb.demonym(tokens[k].key) is not None), j)
        place.absorbable = True
        end = tokens[j - 1].end
        return NameCandidate(start, end, i, j, "ORG", alias_key(text[start:end]), None, "pattern")

    def _add_institutions(self, cands: list[NameCandidate], tokens: list[Token], text: str,
                          heads: list[Head]) -> list[NameCandidate]:
        """"اللجنة المركزية للحج", "الشركة السعودية للتشخيص القابضة": a definite institution
        word, one or two naming adjectives and what the body serves (required: "اللجنة
        المركزية" alone may be any party's), then naming adjectives of the whole."""
        taken = _named(cands, adjectives=True)
        added: list[NameCandidate] = []
        for i, rel, stem in heads:
            if i in taken:
                continue
            j = naming_run(tokens, i, i + 1, taken, limit=4)
            if j == i + 1:
                continue
            served = purpose_end(tokens, j, taken, i + 1)
            if served is not None:
                j = naming_run(tokens, i, served, taken)
            elif not demonym_closes(self.kb, tokens, i, j, stem) and not (
                    j not in taken and adjacent(tokens, j) and tokens[j].key.startswith("وال")
                    and naming_adjective(tokens[j].key[1:])):
                continue  # neither what it serves nor a second adjective ("المعهد المصرفي" + "والمالي")
            j = self._coordinated_run(tokens, i, j, taken)
            start = tokens[i].start + rel
            end = tokens[j - 1].end
            added.append(NameCandidate(start, end, i, j, "ORG", alias_key(text[start:end]), None, "pattern"))
            taken.update(range(i, j))
        return _with(cands, added)

    def _coordinated_run(self, tokens: list[Token], i: int, j: int, taken: set[int]) -> int:
        """End of the complements joined by و to a body's name from token j on ("للسياحة" +
        "والتراث الوطني", "المصرفي" + "والمالي"): و + a definite word, then naming adjectives,
        after what the body serves or a relational adjective (not "القابضة" + "والمشرف العام");
        not a second body ("والهيئة", "ووزارة"), nor after a country's adjective, which ends a
        name ("الائتلاف الوطني السوري" + "والرئيس السابق")."""
        while j - i <= 8 and j not in taken and adjacent(tokens, j) and tokens[j].key.startswith("وال") \
                and len(tokens[j].key) > 5 and self._head(tokens[j]) is None \
                and (purpose(tokens[j - 1].key) or tokens[j - 1].key.endswith(("ي", "يه"))) \
                and self.kb.demonym(tokens[j - 1].key) is None:
            j = naming_run(tokens, i, j + 1, taken)
        return j

    def _add_places(self, cands: list[NameCandidate], tokens: list[Token], text: str,
                    heads: list[Head]) -> list[NameCandidate]:
        """"وادي عقان", "قرية أبو ناعورة", "مطار الملك فهد الدولي": a place word in construct with
        a name nothing else claimed, or with the person the place is named after (who is then
        no entity of the article: the place is), is a place; "الدولي" after it belongs to it."""
        # the place word NER took alone for a name ("استاد" before "الملك فهد الدولي") gives way
        at_head = {i for i, _rel, _stem in heads}
        alone = {c.tok_start: c for c in cands if c.source == "ner" and c.actor is None
                 and c.tok_end == c.tok_start + 1 and c.tok_start in at_head}
        # a word that begins place names NER took for a name, alone or with the place word before
        # it ("خان", "مخيم خان" of "مخيم خان الشيح"), gives way too
        # (or the name after two such words: "بني سعد" of "بلدة خان بني سعد")
        starts = {id(c): c for c in cands if c.source == "ner" and c.actor is None
                  and _after_name_start(tokens, c, at_head)}
        taken = {i for c in cands if (c.tok_start not in alone or c is not alone[c.tok_start])
                 and id(c) not in starts for i in range(c.tok_start, c.tok_end)}
        start_at = {k: c for c in starts.values() for k in range(c.tok_start, c.tok_end)}
        persons = {c.tok_start: c for c in cands if c.type == "PER"}
        # "مطار أبها", "ميناء جدة": a city in the name of a site (but "محافظة عدن" is Aden)
        cities = {c.tok_start: c for c in cands if c.type == "LOC" and c.actor is not None
                  and c.actor.kind == "city"}
        # "جبال قنديل": an unknown name NER found after a place word (not a town's: "مدينة" + NER's
        # name stands) names the place, the word included; not after a clitic ("مطار" + "وميناء X")
        unknown = {c.tok_start: c for c in cands if c.source == "ner" and c.actor is None
                   and c.type in ("LOC", "MISC") and c.start == tokens[c.tok_start].start
                   and id(c) not in starts}
        added: list[NameCandidate] = []
        for i, rel, stem in heads:
            if i in taken or not adjacent(tokens, i + 1):
                continue
            city = cities.get(i + 1)
            if city is not None and stem not in ADMIN_HEADS:
                persons = {**persons, i + 1: city}
            named = unknown.get(i + 1) if stem not in SETTLEMENT_HEADS else None
            j = named.tok_end if named is not None else self._place_name_end(tokens, i, taken, persons)
            if j is None or (stem in PLACE_HEADS_DEFINITE and not tokens[i + 1].key.startswith("ال") and named is None
                             and not (stem in ADMIN_PLACE_HEADS and indefinite_place_name(self.words, tokens[i + 1]))):
                continue  # "ميدان فسيح", "عن طريق محمد": not a named place
            if named is not None:
                named.absorbable = True
            if j not in taken and adjacent(tokens, j) and tokens[j].key in PLACE_NAME_ENDERS:
                j += 1
            branch = cities.get(j) if stem in BRANCH_SITE_HEADS else None
            if branch is not None and adjacent(tokens, j) and branch.start == tokens[j].start:
                branch.absorbable = True  # "فندق فورسيزون" + "القاهرة": the chain's hotel in that city
                j = branch.tok_end
            for k in range(i, j):
                if k in persons and k > i:
                    persons[k].absorbable = True
                if k in alone:
                    alone[k].absorbable = True
                if k in start_at:
                    start_at[k].absorbable = True
            start = tokens[i].start + rel
            end = tokens[j - 1].end
            # "قرية المخدرة": the village is called "المخدرة"; "جبل طارق", "مطار أبها" keep their head,
            # and so does a city named after a royal ("مدينة الأمير عبدالله بن جلوي الرياضية", "مدينة
            # الملك عبدالله الطبية": no person's name), with its adjectives
            royal = stem in SETTLEMENT_HEADS and tokens[i + 1].key in _ROYAL_TITLES
            while royal and j not in taken and adjacent(tokens, j) and _relational_adjective(tokens[j].key):
                j += 1
            end = tokens[j - 1].end
            display = text[tokens[i + 1].start : end] if stem in SETTLEMENT_HEADS and not royal else None
            # a medical city is a hospital, a body ("مدينة الملك فهد الطبية")
            typ = "ORG" if royal and tokens[j - 1].key in _BODY_ADJECTIVES else "LOC"
            added.append(NameCandidate(start, end, i, j, typ, alias_key(text[start:end]), None, "pattern",
                                       display=display))
            taken.update(range(i, j))
        cands = _with(cands, added)
        for c in cands:  # "مطار صنعاء" + "الدولي" found by NER
            j = c.tok_end
            if c.type == "LOC" and c.source == "ner" and j not in taken and adjacent(tokens, j) \
                    and tokens[j].key in PLACE_NAME_ENDERS and self._head(tokens[c.tok_start]) is not None:
                move_end(c, j + 1, tokens, text, relink=False)
        return cands

    def _place_name_end(self, tokens: list[Token], i: int, taken: set[int],
                        persons: dict[int, NameCandidate]) -> int | None:
        """End of the name after the place word at token i: a person's name (after titles), or
        one name-like word ("العند"), two after a word that begins place names ("أبو ناعورة")."""
        j = i + 1
        while j - i <= 2 and j not in taken and adjacent(tokens, j) and tokens[j].key in _PERSON_TITLES:
            j += 1
        person = persons.get(j)
        if person is not None and adjacent(tokens, j):
            if person.actor is not None or j > i + 1:
                return person.tok_end  # "مطار الملك فهد", "مسجد الإمام" + a name
            # a name NER read as a person's ("قرية أبو ناعورة بمركز ..."): its first words only
            taken = taken - set(range(person.tok_start, person.tok_end))
        if j > i + 1:  # titles, then an unknown person's name
            k = j
            # a given name that is also an ordinary word ("علي", also "on") is the name right after
            # a title: "مسجد الإمام علي" (the preposition does not follow a title)
            while k - j < 5 and k not in taken and adjacent(tokens, k) and (
                    self.words.name_like(tokens[k]) or tokens[k].key in self.words.given_names
                    or k == j and tokens[k].key in WORD_NAMES):
                k += 1
                if k + 1 < len(tokens) and tokens[k].key in CONNECTORS and adjacent(tokens, k) \
                        and k + 1 not in taken and adjacent(tokens, k + 1):
                    k += 1  # "الأمير فيصل بن فهد": the words of lineage of the person's name
            return k if k > j and tokens[k - 1].key not in CONNECTORS else None
        if j in taken:
            return None
        if tokens[j].key in PLACE_NAME_STARTS:
            nxt = j + 1
            if nxt + 1 < len(tokens) and tokens[nxt].key in PLACE_NAME_STARTS and nxt not in taken \
                    and adjacent(tokens, nxt) and nxt + 1 not in taken and adjacent(tokens, nxt + 1) \
                    and (self.words.place_name_like(tokens[nxt + 1]) or tokens[nxt + 1].key in self.words.given_names):
                return nxt + 2  # "خان بني سعد": a second word that begins names, then the name (a man's too)
            ok = nxt not in taken and adjacent(tokens, nxt) and self.words.place_name_like(tokens[nxt])
            return nxt + 1 if ok else None
        loose = tokens[i].splits[-1][1] not in ADMIN_HEADS and tokens[i].splits[-1][1] not in SITE_HEADS
        if not self.words.place_name_like(tokens[j], loose) or not may_name_place(tokens[i], tokens[j], self.words.common):
            return None
        return j + 1


def _after_name_start(tokens: list[Token], c: NameCandidate, heads: set[int]) -> bool:
    """Did NER take for a name a word that begins place names, alone or with the place word before
    it ("خان", "مخيم خان" of "مخيم خان الشيح"), or the two words after one ("بني سعد" of "خان بني
    سعد")? The place word's pattern reads the whole name instead."""
    k = c.tok_end - 1
    if tokens[k].key in PLACE_NAME_STARTS and (c.tok_start == k or c.tok_start == k - 1 and c.tok_start in heads):
        return True
    first = c.tok_start
    return c.tok_end - first == 2 and first > 0 and tokens[first].key in PLACE_NAME_STARTS \
        and tokens[first - 1].key in PLACE_NAME_STARTS


def _named(cands: list[NameCandidate], adjectives: bool = False) -> set[int]:
    """Tokens inside names an institution's name may not hold; it may hold named events and
    things ("لجنة الحج العليا") and, with `adjectives`, a country read from its adjective
    ("الشركة السعودية"; but "مكتب السعودية" is Saudi Arabia's office)."""
    return {i for c in cands if not (c.absorbable and (adjectives or c.type == "MISC"))
            for i in range(c.tok_start, c.tok_end)}


def _with(cands: list[NameCandidate], added: list[NameCandidate]) -> list[NameCandidate]:
    """`cands` and the institutions `added`, in order; a name inside one of them goes."""
    if not added:
        return cands
    inside = {i for c in added for i in range(c.tok_start, c.tok_end)}
    kept = [c for c in cands if not (c.absorbable and inside.intersection(range(c.tok_start, c.tok_end)))]
    return sorted(kept + added, key=lambda c: c.start)


def _regional(tok: Token) -> bool:
    """"بمنطقة", "بمحافظة": ب + an administrative word, the region of a body's branch."""
    return tok.key.startswith("ب") and tok.key[1:] in REGIONAL_HEADS


def _with_regions(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """"الإدارة العامة للتعليم" + "بمنطقة الرياض": an unknown body of two words or more followed
    by ب + an administrative word and a place is the body's branch of that region, one name (not
    a one-word name NER found, often a common noun: "الزكاة")."""
    places = {c.tok_start: c for c in cands if c.type == "LOC"}
    absorbed: set[int] = set()
    for c in cands:
        j = c.tok_end
        if c.type != "ORG" or c.actor is not None or c.tok_end - c.tok_start < 2 or id(c) in absorbed \
                or tokens[c.tok_end - 1].key in PARTICULAR \
                or not adjacent(tokens, j) \
                or not _regional(tokens[j]):
            continue
        place = places.get(j) or (places.get(j + 1) if adjacent(tokens, j + 1) else None)
        if place is None or id(place) in absorbed:
            continue
        move_end(c, place.tok_end, tokens, text, relink=False)
        absorbed.add(id(place))
    return [c for c in cands if id(c) not in absorbed] if absorbed else cands
