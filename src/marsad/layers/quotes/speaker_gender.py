"""Whether a person named in an article is a man or a woman, as far as the article tells: the
verbs of the person's own statements ("قالت فلانة"), a feminine title right before the name
("الوزيرة فلانة"), a masculine reporting verb right before the name ("وقال فلان"، "أكد فلان": he
was its subject even when the statement went to someone else), a masculine title in apposition
("الوزير فلان"، "فلان، المدير ..."), and the given name (`given_name_gender.tsv` and the gendered
sections of `actors/romanize_names.tsv`). A pro-drop reporting word agrees with whoever it goes on with:
"وأضافت" cannot continue a man, "مؤكدا" cannot be a woman's (`disagrees`)."""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.lexicons.loader import table

if TYPE_CHECKING:
    from marsad.arabic.tokens import Token
    from marsad.document import Entity
    from marsad.layers.quotes.attribution import SpeakerFinder

FEMININE_TITLE_ENDING = "ة"  # text ending of a title in the feminine: "الوزيرة"، "رئيسة"، "المواطنة"
TITLE_PREFIXES = frozenset({"", "و", "ال", "وال", "ل", "لل", "ب", "بال"})
# titles of either gender though written with the feminine ending (match keys): "العمدة"، "الداعية"
COMMON_GENDER_TITLES = ("عمده", "داعيه")
APPOSED_PREFIXES = frozenset({"", "ال"})  # a title in apposition after a comma: "، المدير"، "، مدير"
VERB_FORMS = ("past", "present")  # a participle before a name ("مؤكدا فلان") is rare and unclear


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
        found = set(self._said.get(ent.id, ()))
        names = given_name_genders()
        finder, lex = self.finder, self.finder.lex
        beside: set[str] = set()  # what the words around the name tell (titles, verbs)
        given: set[str] = set()
        for m in ent.mentions:
            if m.kind != "name":
                continue
            words = m.text.split()
            if len(words) > 1 and match_key(words[0]) in names:
                given.add(names[match_key(words[0])])
            i = finder.tok_at(m.start)
            toks = finder.toks
            if 0 < i < len(toks) and toks[i].start == m.start:
                before = toks[i - 1]
                if lex.has("title", before, TITLE_PREFIXES):
                    beside.update(_title_gender(before))
                elif before.text.endswith(FEMININE_TITLE_ENDING) and "honorific" in lex.kinds_of(before.key[:-1]):
                    beside.add("f")  # "الدكتورة فلانة": a feminine honorific the lexicon has in the masculine
                elif _masculine_verb(finder, before):
                    beside.add("m")
            j = finder.tok_at(m.end)
            if j + 1 < len(toks) and toks[j].text == "،" and lex.has("title", toks[j + 1], APPOSED_PREFIXES):
                # "فلانة، المديرة التنفيذية": a title set apart by a comma describes the name before
                # it ("فلان، وسفيرة ...": with "و" it is another person); only in the feminine, since
                # a woman is often given the masculine form ("جانيت يلين، محافظ الفيدرالي")
                beside.update(_title_gender(toks[j + 1]) - {"m"})
        if given == {"f"}:
            # "جانيت يلين، محافظ الفيدرالي": a woman often bears the masculine form of her office
            beside.discard("m")
        found |= beside
        if by_name:
            found |= given
        return next(iter(found)) if len(found) == 1 else None

    def disagrees(self, entity: str | None, gender: str | None) -> bool:
        """True when a verb of agreement `gender` cannot have the person `entity` as subject."""
        if entity is None or gender is None:
            return False
        ent = self.finder.entities.get(entity)
        if ent is None or ent.type != "PER":
            return False
        # a feminine verb may agree with the body a man speaks for ("أوضحت الوزارة على لسان
        # متحدثها فلان ... وأضافت"): only his own masculine verb or title rules him out; a
        # masculine verb never goes on with a woman, whose given name is enough
        known = self.of(ent, by_name=gender == "m")
        return known is not None and known != gender


def _masculine_verb(finder: SpeakerFinder, tok: Token) -> bool:
    """"وقال"، "أكد"، "ويقول" right before a name: a saying verb whose subject the name is. A verb
    of telling ("أبلغ فلانة") takes the one told as its object right after it."""
    cue = finder.lex.cue(tok)
    return cue is not None and cue.gender == "m" and cue.form in VERB_FORMS and "tell" not in cue.flags


def _title_gender(tok: Token) -> set[str]:
    """The gender a title word gives the name beside it: "الوزيرة" a woman, "الوزير" a man."""
    if tok.key.endswith(COMMON_GENDER_TITLES):
        return set()
    return {"f" if tok.text.endswith(FEMININE_TITLE_ENDING) else "m"}
