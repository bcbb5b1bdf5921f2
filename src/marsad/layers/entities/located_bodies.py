"""A body named by a definite word for a local body, its adjectives and the city it is in:
"الغرفة التجارية الصناعية بجدة", "الكلية التقنية بالرياض", "المحكمة الجزائية بأبها".

The press names a town's chamber of commerce, college or court by what kind of body it is and
where it is, with no name of its own: the definite head and its adjectives alone are generic ("الغرفة
التجارية" is any chamber), and `name_patterns.py` names such a body only by what it serves ("الهيئة
العامة للإحصاء") or by ب + an administrative word ("بمنطقة الرياض"). ب + a city the KB knows right
after the adjectives makes it that city's body, one name; the city is part of it, as in
`_with_regions`; so does "في" + a city or a country ("المحكمة العليا في الهند", "الغرفة التجارية في
جدة"), as the gold names them, where the place also stays one of its own. Only bodies the press
names so (lexicon section located_head): a council or a committee in a city may only meet there
("المجلس الوزاري الأوروبي ببروكسل"). Not a body's generic part ("اللجنة التنفيذية"), nor a place
the KB does not know as a city ("بالحي").
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, answers_where
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent, naming_adjective
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import clitic_reading
from marsad.layers.entities.word_lists import LOCATED_HEADS

_HEAD_CLITICS = ("", "و", "ف", "ب", "وب")  # "والغرفة", "بالكلية"
_IN = alias_key("في")
# "الجامعة الأصلية الأولى في لشبونة": a rank describes which body, it names none
_RANKS = frozenset(alias_key(w) for w in ("الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الأخير", "الأخيرة",
                                          "الوحيد", "الوحيدة", "الكبرى", "الأكبر"))
_HEAD_ENDINGS = tuple(LOCATED_HEADS)
_HEAD_READINGS = FormMemo()  # `_definite_head` per word form (it depends on its text only)


def _definite_head(tok: Token) -> tuple[int, str] | None:
    """(offset in the word, head key) of a definite institution word ("والغرفة" -> 1), or None."""
    if not tok.is_word or not tok.key.endswith(_HEAD_ENDINGS):
        return None  # most words: the clitic readings are not worth making (a head ends the word)
    return clitic_reading(tok, LOCATED_HEADS, _HEAD_CLITICS)


def add_located_bodies(cands: list[NameCandidate], tokens: list[Token], text: str,
                       kb: KnowledgeBase) -> list[NameCandidate]:
    """The candidates, with each definite body + adjectives + ب + a known city (or في + a known
    city or country) made one name."""
    places = {c.tok_start: c for c in cands
              if c.type == "LOC" and c.actor is not None and c.actor.kind in ("city", "country")}
    if not places:
        return cands
    taken = claimed(cands)
    absorbed: set[int] = set()
    added: list[NameCandidate] = []
    for i, (off, _head) in answers_where(tokens, _HEAD_READINGS, _definite_head):
        if i in taken:
            continue
        tok = tokens[i]
        j = i + 1
        while j not in taken and adjacent(tokens, j) and naming_adjective(tokens[j].key):
            j += 1
        if j == i + 1 or not adjacent(tokens, j):
            continue
        place = places.get(j)
        inside = place is not None  # "بجدة": the city joined to the body, no place of its own
        if inside:
            if place.actor.kind != "city" or not tokens[j].key.startswith("ب") or place.start == tokens[j].start:
                continue  # ب before the city, the city's candidate after it
        elif tokens[j].key == _IN and adjacent(tokens, j + 1) \
                and not any(kb.demonym(tokens[k].key) or tokens[k].key in _RANKS for k in range(i + 1, j)):
            # "المحكمة العليا في الهند", "الغرفة التجارية في جدة"; not "الجامعة الأمريكية في
            # واشنطن", named by its adjective already; the place stays a place of its own
            place = places.get(j + 1)
            if place is None or place.start != tokens[j + 1].start:
                continue
        else:
            continue
        start = tok.start + off
        added.append(NameCandidate(start, place.end, i, place.tok_end, "ORG",
                                   alias_key(text[start : place.end]), None, "pattern"))
        if inside:
            absorbed.add(id(place))
        taken.update(range(i, place.tok_end))
    if not added:
        return cands
    return with_added([c for c in cands if id(c) not in absorbed], added)
