"""Place names that are papers' or channels' names: "قال لـ«الرياض»", "علمت «الشرق الأوسط»",
"حصلت الشرق الأوسط على نسخة". A place's name told a statement, or after a verb of news-gathering,
is the outlet named after it; the finder retypes such candidates ORG."""

from __future__ import annotations

from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.quoted_names import PLACE_QUOTES


def _told_in_quotes(text: str, start: int) -> bool:
    """The quote mark before `start` follows ل ("لـ«", "ل"") or "مع ": who a statement was made to
    ("في تصريح لـ«الرياض»", "في حديث مع «الشرق الأوسط»")."""
    before = text[max(0, start - 6) : start - 1].rstrip(" ـ")
    return before.endswith((" ل", "\nل", " مع", "\nمع")) or before in ("ل", "مع")


_LAM_TATWEEL = "لـ"


# a paper's verbs of news-gathering right before its quoted name: "علمت «الرياض»", "وتواصل «الشرق
# الأوسط» تسليط الضوء"; feminine, as a paper (صحيفة) is, where the place would follow no such verb
_GATHERED = frozenset(alias_key(w) for w in (
    "علمت", "وعلمت", "حصلت", "وحصلت", "اطلعت", "واطلعت", "تواصل", "وتواصل", "رصدت", "ورصدت", "انفردت",
    "تحدثت", "وتحدثت", "إليها", "به", "أبلغ", "وأبلغ", "أبلغت", "وأبلغت"))
# the verbs of `_GATHERED` whose subject a region never is: a paper's name after them needs no quote
# marks ("حصلت الشرق الأوسط على نسخة منه")
_GATHERED_BARE = frozenset(alias_key(w) for w in (
    "علمت", "وعلمت", "حصلت", "وحصلت", "اطلعت", "واطلعت", "انفردت"))


def _outlet_in_quotes(c: NameCandidate, text: str, outlet_names: frozenset[str]) -> bool:
    """A place named like a paper ("الشرق الأوسط", "الرياض": an outlet's name valid after a cue), alone
    in quote marks: a region so quoted is the paper ("علمت «الشرق الأوسط»"; a region is not put in
    quote marks), a city or country only after a verb of news-gathering."""
    if c.key not in outlet_names:
        return False
    if c.actor is not None and c.actor.kind == "region":
        return True
    before = text[max(0, c.start - 12) : c.start - 1].split()
    return bool(before) and alias_key(before[-1]) in _GATHERED


def retype_outlet_places(cands: list[NameCandidate], text: str, outlet_names: frozenset[str]) -> None:
    """"قال لـ«الرياض»", "في حديث مع «الشرق الأوسط»", "لـ(الجزيرة)": a place's name alone in quote
    marks (or in brackets right after "لـ"), told a statement, is the paper or channel named after it (a place word before the quote, "بمحافظة
    «البيضاء»", made it a place already: source "pattern"); so is a paper's name in quote marks
    (`_outlet_in_quotes`)."""
    for c in cands:
        if c.type != "LOC" or c.source == "pattern" or c.start == 0 or c.end >= len(text):
            continue
        if _bare_outlet(c, text, outlet_names):
            c.type, c.actor = "ORG", None
            continue
        close = PLACE_QUOTES.get(text[c.start - 1])
        if close is None and text[c.start - 1] == "(" and text[max(0, c.start - 3) : c.start - 1] == _LAM_TATWEEL:
            close = ")"  # "لـ(الجزيرة)": the paper's own way of naming itself to whom it was told
        if close is None and c.start >= 3 and text[c.start - 2 : c.start] == "لل" \
                and (c.key if c.key.startswith("ال") else "ال" + c.key) in outlet_names:
            close = PLACE_QUOTES.get(text[c.start - 3])  # "في تصريح "للرياض"": ل + the paper's name
            if close is not None and text[c.end] == close:
                c.type, c.actor = "ORG", None
            continue
        if close is not None and text[c.end] == close and (_told_in_quotes(text, c.start)
                                                            or _outlet_in_quotes(c, text, outlet_names)):
            c.type, c.actor = "ORG", None


def _bare_outlet(c: NameCandidate, text: str, outlet_names: frozenset[str]) -> bool:
    """A region named like a paper right after a verb of news-gathering, without quote marks: the
    paper ("حصلت الشرق الأوسط على نسخة"; a region obtains and learns nothing)."""
    if c.key not in outlet_names or c.actor is None or c.actor.kind != "region":
        return False
    before = text[max(0, c.start - 12) : c.start].split()
    return bool(before) and text[c.start - 1] == " " and alias_key(before[-1]) in _GATHERED_BARE
