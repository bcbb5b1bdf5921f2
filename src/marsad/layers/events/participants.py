"""The participants the events layer chooses actors and targets among: the document's named
mentions (a capital standing for its country's government, "بكين" for China, when the document
names China; a foreign ministry, "الخارجية التركية", for its state; "قوات الاحتلال" for Israel) and, per sentence, the common nouns of lexicons/event_actors.tsv ("مسلحون"، "قوات
الأمن") as participants of their own, or as the sector of a name containing one ("الجيش اللبناني").
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.document import Document
from marsad.layers.events.checks import _countries, _kb_kinds
from marsad.layers.events.noun_phrases import noun_phrase_end
from marsad.layers.events.occupation_forces import ISRAEL, names_occupation
from marsad.layers.events.words import _Mention


def capitals() -> dict[str, str]:
    """KB id of each capital city -> KB id of its country (empty when the KB is not installed)."""
    try:
        from marsad.kb import load_kb
    except ImportError:
        return {}
    return {a.capital: a.id for a in load_kb() if a.kind == "country" and a.capital}


# "وزارة الخارجية"، "الخارجية": the ministry that speaks for its state abroad
FOREIGN_MINISTRY = frozenset(match_key(w) for w in ("الخارجية", "خارجية"))


def ministry_state(name: str, states: dict[str, str]) -> str | None:
    """For a foreign ministry's name ("الخارجية التركية"، "وزارة خارجية قطر"): the entity id of its
    state among `states` (country code -> entity id of the document), else None."""
    words = [match_key(w) for w in name.split()]
    if words[:1] == [match_key("وزارة")]:
        words = words[1:]
    if len(words) != 2 or words[0] not in FOREIGN_MINISTRY:
        return None
    by_word = _countries()[1]
    code = by_word.get(words[1]) or (by_word.get(words[1][2:]) if words[1].startswith("ال") else None)
    return states.get(code or "")


def named_mentions(doc: Document, capital_of: dict[str, str]) -> list[_Mention]:
    """The named mentions of the document by start; "بكين" acting or acted upon is China's
    government, when China is in the document, and "الخارجية الصينية" China."""
    by_kb = {e.kb: e.id for e in doc.entities if e.kb}
    stand_in = {e.id: by_kb.get(capital_of.get(e.kb or ""), e.id) for e in doc.entities}
    ministries = [e for e in doc.entities if e.type == "ORG" and "خارجي" in e.name]
    occupiers = [e for e in doc.entities if e.type == "ORG" and "احتلال" in e.name and names_occupation(e.name)]
    if ministries or occupiers:
        kinds, codes = _kb_kinds()[0], _countries()[0]
        states = {codes[e.kb]: e.id for e in doc.entities
                  if e.kb and kinds.get(e.kb) == "country" and codes.get(e.kb)}
        for e in ministries:
            stand_in[e.id] = ministry_state(e.name, states) or e.id
        for e in occupiers:  # "قوات الاحتلال الإسرائيلي": Israel, when the document names it
            stand_in[e.id] = states.get(ISRAEL, e.id)
    return sorted(
        (_Mention(m.start, m.end, stand_in[e.id], stand_in[e.id]) for e in doc.entities
         if e.type in ("PER", "ORG", "LOC") for m in e.mentions),
        key=lambda m: m.start,
    )


def with_common_nouns(doc: Document, nouns: list, named: list[_Mention]) -> list[_Mention]:
    """The sentence's named mentions and its common-noun participants, by start. A noun inside
    a name ("الجيش" in "الجيش اللبناني") gives the name its sector instead."""
    if not nouns:
        return named
    out = list(named)
    for pm in nouns:
        inside = [k for k, m in enumerate(out) if m.entity is not None and m.start < pm.end and pm.start < m.end]
        if inside:
            for k in inside:
                if out[k].sector is None:
                    m = out[k]
                    out[k] = _Mention(m.start, m.end, m.entity, m.key, pm.values[0][0])
            continue
        start = pm.start - 2 if doc.text[pm.start - 2 : pm.start] == "ال" else pm.start  # "الصحفي"
        if any(m.entity is None and m.start <= start < m.end for m in out):
            continue  # "المعارضة" in "قوات المعارضة": the genitive of a noun already read
        sector, protester = pm.values[0]
        end = noun_phrase_end(doc.text, start, pm.end)  # "متظاهرون أفغان": with its adjectives
        if any(m.entity is not None and m.start < end and pm.end < m.end for m in named):
            end = pm.end  # not into a name that follows ("المسلحين الحوثيين" stays when named)
        out.append(_Mention(start, end, None, "@" + pm.key, sector, protester))
    out.sort(key=lambda m: m.start)
    return out
