"""Whether a person named in an article is a man or a woman, as far as the article tells: the
verbs of the person's own statements ("قالت فلانة"), a title right before the name or standing
for it ("الوزيرة فلانة"، "وزير المالية فلان"), and the given name (`given_name_gender.tsv` and the gendered sections of
`actors/romanize_names.tsv`). A pro-drop reporting word agrees with whoever it goes on with:
"وأضافت" cannot continue a man, "مؤكدا" cannot be a woman's (`disagrees`)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.lexicons.loader import table

if TYPE_CHECKING:
    from marsad.arabic.tokens import Token
    from marsad.document import Entity, SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder

FEMININE_TITLE_ENDING = "ة"  # text ending of a title in the feminine: "الوزيرة"، "رئيسة"، "المواطنة"
TITLE_PREFIXES = frozenset({"", "و", "ال", "وال", "ل", "لل", "ب", "بال"})
OFFICE_TOKENS = 4  # "محافظ الاحتياطي الفيدرالي الأمريكي": the words of an office before a name
DEFINITE_OPENINGS = ("ال", "وال")
CHAIN_WORDS = 3  # definite words of a body's name after its head ("قيادة القوات البرية الملكية")


@functools.lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Match key of a given name -> "m" or "f"; names of both genders or none are left out."""
    found: dict[str, set[str]] = {}
    path = resources.files("marsad.lexicons") / "actors" / "romanize_names.tsv"
    section = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# --"):
            section = "f" if "female given names" in line else "m" if "male given names" in line else None
            continue
        if section is None or line.startswith("#") or "\t" not in line:
            continue
        found.setdefault(match_key(line.split("\t", 1)[0]), set()).add(section)
    for row in table("given_name_gender.tsv", 2):
        found.setdefault(match_key(row[0]), set()).add(row[1])
    return {key: next(iter(g)) for key, g in found.items() if len(g) == 1}


class PersonGenders:
    """The gender evidence of one document's persons, gathered as its statements are resolved."""

    def __init__(self, finder: SpeakerFinder) -> None:
        self.finder = finder
        self._said: dict[str, set[str]] = {}   # entity id -> genders of its own explicit verbs
        self._known: dict[tuple[str, bool], str | None] = {}

    def spoke(self, entity: str, gender: str | None) -> None:
        """The person was the explicit subject of a reporting verb with this agreement."""
        if gender is not None:
            self._said.setdefault(entity, set()).add(gender)
            self._known.pop((entity, True), None)
            self._known.pop((entity, False), None)

    def of(self, ent: Entity, by_name: bool = True) -> str | None:
        """"m", "f", or None when the article does not tell (or tells both); `by_name`: the given
        name counts too."""
        key = (ent.id, by_name)
        if key not in self._known:
            self._known[key] = self._gender(ent, by_name)
        return self._known[key]

    def _gender(self, ent: Entity, by_name: bool) -> str | None:
        """The person's own verbs first; then the titles and (with `by_name`) the given name. A
        masculine title is no evidence against a woman's given name: the press often gives women
        the masculine form ("محافظ الفيدرالي جانيت يلين")."""
        said = self._said.get(ent.id, set())
        if len(said) == 1 and said != {"m"}:
            return next(iter(said))
        names = given_name_genders()
        finder = self.finder
        titles: set[str] = set()
        named: set[str] = set()
        for m in ent.mentions:
            i = finder.tok_at(m.start)
            if m.kind != "name":
                # "وزير المالية" as a mention of the person: the title's own agreement
                if m.kind == "title" and i < len(finder.toks) and finder.toks[i].start == m.start:
                    titles |= self._title_gender(finder.toks[i])
                continue
            words = m.text.split()
            if len(words) > 1 and match_key(words[0]) in names:
                named.add(names[match_key(words[0])])
            if 0 < i < len(finder.toks) and finder.toks[i].start == m.start:
                titles |= self._title_gender(finder.toks[i - 1])
        if "f" in named:
            titles.discard("m")
            if said == {"m"} and self._title_before_name(ent):
                # "قال محافظ الفيدرالي جانيت يلين": the verb agreed with the masculine office
                said = set()
        if len(said) == 1:
            return next(iter(said))
        found = set(said) | titles | (named if by_name else set())
        return next(iter(found)) if len(found) == 1 else None

    def _title_before_name(self, ent: Entity) -> bool:
        """Is one of the person's names right after a title word in the masculine, or after an
        office in the masculine that runs up to it ("محافظ الاحتياطي الفيدرالي جانيت يلين")?"""
        finder = self.finder
        for m in ent.mentions:
            i = finder.tok_at(m.start)
            if m.kind != "name" or not 0 < i < len(finder.toks) or finder.toks[i].start != m.start:
                continue
            for k in range(i - 1, max(-1, i - 1 - OFFICE_TOKENS), -1):
                tok = finder.toks[k]
                if self._title_gender(tok) == {"m"}:
                    return True
                if not tok.is_word or not tok.key.startswith("ال"):
                    break  # only the definite words of the office stand between it and the name
        return False

    def titled(self, entity: str, tok: Token) -> None:
        """The person was named in apposition to the title word `tok` ("رئيس المعارضة، فلان"):
        the title's agreement counts as that of the person's own verbs."""
        for gender in self._title_gender(tok):
            self.spoke(entity, gender)

    def _title_gender(self, tok: Token) -> set[str]:
        """The agreement of a title word: "الوزيرة" a woman, "الوزير" a man ({} when no title)."""
        if not self.finder.lex.has("title", tok, TITLE_PREFIXES):
            return set()
        return {"f"} if tok.text.endswith(FEMININE_TITLE_ENDING) else {"m"}

    def disagrees(self, entity: str | None, gender: str | None) -> bool:
        """True when a verb of agreement `gender` cannot have the person `entity` as subject."""
        if entity is None or gender is None:
            return False
        ent = self.finder.entities.get(entity)
        if ent is None or ent.type != "PER":
            return False
        # the given name is enough either way: "وحذرت باحثة" is no man's ("محمد فلان" of the byline),
        # "وأضاف" no woman's; the body a man speaks for ("أوضحت الوزارة على لسان متحدثها فلان")
        # stays a candidate of its own, and `voice_of` gives him its words
        known = self.of(ent)
        return known is not None and known != gender


def agreeing_subject(finder: SpeakerFinder, sp: SpeakerRef | None, gender: str | None, k: int,
                     read: Callable[[int, int], SpeakerRef | None]) -> SpeakerRef | None:
    """The subject the rules read after a verb of agreement `gender` from token k, checked against
    it: a person named deep in the phrase whose gender the article tells otherwise is no subject
    ("أعلنت قيادة القوات المشتركة في بيان استشهاد الجندي فلان": the body the entity layer did not
    find announced the soldier's death). Only the given name tells here: a title ending in "ة" may
    be a man's ("أسطورة كرة القدم"). The phrase is read again up to that name (`read(k, i1)`);
    when it names nobody there, the rules' reading stands."""
    if sp is None or gender is None or sp.entity is None:
        return sp
    ent = finder.entities.get(sp.entity)
    i = finder.tok_at(sp.start)
    if ent is None or ent.type != "PER" or i <= k + 1:
        return sp  # right after the verb (or its one honorific): the verb's own subject
    known = name_gender(ent)
    if known is None or known == gender:
        return sp
    again = read(k, i)
    if again is None or again.entity == sp.entity:
        return sp
    return finder.through_construct_chain(again, i)


def name_gender(ent: Entity) -> str | None:
    """"m" or "f" when the given names of the person's names of two words or more tell one gender."""
    names = given_name_genders()
    found = {names[key] for m in ent.mentions if m.kind == "name" and len(m.text.split()) > 1
             and (key := match_key(m.text.split()[0])) in names}
    return next(iter(found)) if len(found) == 1 else None
