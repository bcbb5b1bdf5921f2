"""Israel named by "the occupation": "قوات الاحتلال"، "سلطات الاحتلال الإسرائيلية"، "جيش الاحتلال"،
"حكومة الاحتلال"، "دولة الاحتلال" are, in Arabic news, Israel's forces and government; the event's
participant is Israel when the document names it (a country of the knowledge base). An adjective of
another state or group after "الاحتلال" ("الاحتلال الحوثي"، "الاحتلال الإيراني") is someone else's
occupation and is left alone, and so is a bare "الاحتلال" (the occupation as such, often the
object of talk rather than an actor).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

from marsad.arabic.normalize import match_key
from marsad.document import Document
from marsad.layers.events.checks import _countries, _kb_kinds

M = TypeVar("M")

ISRAEL = "ISR"
# a noun of a government or its forces, then "الاحتلال", then the word after it (an adjective or not)
_OCCUPATION = re.compile(
    r"(?<!\S)[وفبل]?((?:ال|لل)?(?:قوات|سلطات|سلطة|جيش|حكومة|شرطة|جنود|دولة)\s+(?:ال)?احتلال)"
    r"(?:\s+([^\s«»\"'()،,.:؛]+))?")
# the adjectives of Israel that the knowledge base's demonyms lack
_ZIONIST = frozenset(match_key(w) for w in ("الصهيوني", "الصهيونية", "الاسرائيلي", "الاسرائيلية"))
# words ending like an adjective of relation that are none ("قوات الاحتلال التي ...")
_NOT_ADJECTIVES = frozenset(match_key(w) for w in ("الذي", "التي", "اللذي", "الى", "إلى", "في"))
_OCCUPATION_NAME = re.compile(r"^(?:ال)?(?:قوات|سلطات|سلطة|جيش|حكومة|شرطة|جنود|دولة)\s+(?:ال)?احتلال(?:\s+(\S+))?$")


def _israeli(word: str) -> bool | None:
    """True for an adjective of Israel, False for one of another state or group, None for a word
    that is no adjective of relation."""
    key = match_key(word)
    if key in _ZIONIST or _countries()[1].get(key) == ISRAEL:
        return True
    if key in _countries()[1]:
        return False
    if key in _NOT_ADJECTIVES:
        return None
    # a masculine adjective of relation ("الحوثي"); a feminine ending is as often a noun ("المسؤولية")
    if key.startswith("ال") and key.endswith(("ي", "يين", "يون")):
        return False
    return None


def occupation_phrases(text: str, start: int, end: int, states: dict[str, str],
                       taken: list[M]) -> Iterator[tuple[int, int, str]]:
    """(start, end, entity id of Israel) of each "forces of the occupation" phrase in
    text[start:end] outside the mentions `taken` (they carry `start` and `end`), when the document
    names Israel (`states`: country code -> entity id)."""
    israel = states.get(ISRAEL)
    if israel is None or "احتلال" not in text[start:end]:
        return
    for m in _OCCUPATION.finditer(text, start, end):
        adjective = m.group(2)
        kind = _israeli(adjective) if adjective else None
        if kind is False:
            continue
        s, e = m.start(1), (m.end(2) if kind else m.end(1))
        if any(t.start < e and s < t.end for t in taken):  # type: ignore[attr-defined]
            continue
        yield s, e, israel


def names_occupation(name: str) -> bool:
    """Whether an organisation's name is "قوات الاحتلال (الإسرائيلي)" or alike: Israel's forces."""
    m = _OCCUPATION_NAME.match(name.strip())
    return m is not None and (m.group(1) is None or _israeli(m.group(1)) is True)


def party_mentions(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of the document's person, organisation and place mentions by start,
    with Israel for "قوات الاحتلال" and alike (an organisation so named, or the phrase unnamed)
    when the document names Israel: the parties the sentence rules of blame read."""
    mentions = [(m.start, m.end, e.id) for e in doc.entities if e.type in ("PER", "ORG", "LOC")
                for m in e.mentions]
    if "احتلال" not in doc.text:
        return sorted(mentions)
    codes, kinds = _countries()[0], _kb_kinds()[0]
    israel = next((e.id for e in doc.entities if e.kb and kinds.get(e.kb) == "country"
                   and codes.get(e.kb) == ISRAEL), None)
    if israel is None:
        return sorted(mentions)
    occupiers = {e.id for e in doc.entities if e.type == "ORG" and names_occupation(e.name)}
    mentions = [(s, e, israel if ent in occupiers else ent) for s, e, ent in mentions]
    taken = [_Span(s, e) for s, e, _ in mentions]
    mentions += occupation_phrases(doc.text, 0, len(doc.text), {ISRAEL: israel}, taken)
    return sorted(mentions)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
