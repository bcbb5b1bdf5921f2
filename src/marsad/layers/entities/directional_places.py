"""A place's name goes on over the adjective of direction or age that names a part of it: "القدس
الشرقية", "الغوطة الغربية", "القلمون الشرقي", "بحر الصين الجنوبي", "القدس القديمة".

The press names these parts as places of their own (GUIDE: the longest name of the place is the
mention), and the finders stop at the known place ("القدس") or at the head and its first word
("بحر الصين"). The adjective is taken only right after a place's name that is not itself an
adjective of a word before it ("الحدود السعودية الجنوبية": "السعودية" describes "الحدود"), and not
after the countryside of a town ("ريف حلب الشمالي": the countryside, not a town called so) or an
administrative word ("محافظة أبين الجنوبية": the province is the southern one).
The longer name is no longer the KB's place: it is unlinked, so that it stands as its own entity.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, move_end

# adjectives of a compass direction and of age, masculine and feminine, that name a part of a place
_DIRECTIONS = frozenset(alias_key(w) for w in (
    "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الشرقي", "الغربي", "الشمالي", "الجنوبي",
))
_PART_ADJECTIVES = _DIRECTIONS | frozenset(alias_key(w) for w in ("القديمة", "العتيقة"))
# the first words of a span that describe an area around a place rather than name it
_AROUND = frozenset(alias_key(w) for w in ("ريف", "شمال", "جنوب", "شرق", "غرب", "وسط", "أطراف", "ضواحي"))
# administrative words an adjective of direction describes, not the name after them: "محافظة أبين
# الجنوبية", "إقليم هلمند الجنوبي" (the southern province, named Abyan)
_ADMIN = frozenset(alias_key(w) for w in (
    "محافظة", "ولاية", "إقليم", "مقاطعة", "مديرية", "ناحية", "قضاء", "لواء", "محافظتي", "ولايتي",
    "جمهورية", "دولة",
))
# words in construct with a place that a direction after the place describes: "مدينة عدن الجنوبية"
# (Aden, the southern city), "حدود اللاذقية الشرقية" (the eastern border), "مناطق عمان الشرقية"
# ("القدس القديمة" after "مدينة" is still the old city)
_DESCRIBED = frozenset(alias_key(w) for w in (
    "مدينة", "عاصمة", "بلدة", "قرية", "حي", "حدود", "حد", "مناطق", "أحياء", "ساحل", "سواحل", "جبهة",
    "ميناء", "جهة", "أجزاء", "مدن",
    # a building's side ("متحف المصمك الغربية" after "جهة": the museum's western side)
    "متحف", "قصر", "مسجد", "جامع", "ملعب", "استاد", "فندق",
))
_HEADS = _AROUND | _ADMIN
# "منطقة" opening the name: "منطقة اليورو الشمالية" is the euro area's north, no place's name
# (before a name it may be: "منطقة الكورنيش الجنوبي")
_AREA = frozenset({alias_key("منطقة")})


def _readings(tok: Token) -> frozenset[str]:
    """The word's stems under each clitic reading ("وولاية": "وولايه", "ولايه"; "سواحل" is read
    "سواحل" as well as the future's س + "واحل")."""
    return frozenset(stem for _off, stem in tok.splits) if tok.is_word else frozenset()


def _adjective_of_word_before(c: NameCandidate, tokens: list[Token]) -> bool:
    """Is the definite place name an adjective of the definite word before it ("الحدود
    السعودية")? A place after a preposition or an indefinite word ("في القدس", "مدينة القدس")
    is not."""
    k = c.tok_start - 1
    if k < 0 or not tokens[k].is_word or not c.key.startswith("ال") or c.start != tokens[c.tok_start].start:
        return False  # "الشيح بالغوطة": a preposition's clitic opens the place
    return tokens[k].text.startswith("ال")


def extend_directional_places(cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
    """Extend each place over a direction or age adjective right after it (one space between)."""
    taken = claimed(cands)
    for c in cands:
        if c.type != "LOC" or c.end != tokens[c.tok_end - 1].end:
            continue
        j = c.tok_end
        if j >= len(tokens) or j in taken or tokens[j].key not in _PART_ADJECTIVES \
                or text[c.end : tokens[j].start] != " ":
            continue
        first = _readings(tokens[c.tok_start])
        before = _readings(tokens[c.tok_start - 1]) if c.tok_start > 0 else frozenset()
        facility = c.actor is not None and c.actor.kind == "facility"  # a building has no named parts
        if facility or first & _HEADS or first & _AREA or before & _HEADS or _adjective_of_word_before(c, tokens) \
                or tokens[j].key in _DIRECTIONS and (first & _DESCRIBED or before & _DESCRIBED):
            continue  # "بريف دمشق الشرقي": the adjective is the countryside's
        move_end(c, j + 1, tokens, text)
        taken.add(j)
