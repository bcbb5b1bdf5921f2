"""Whether a bare title names the person the ranker chose: "وقال الوزير" after the imam "قال إمام
وخطيب المسجد الحرام الشيخ فلان" is not the imam. A person introduced with titles ("إمام"،
"خطيب"، "المتحدث الرسمي ... العقيد") is described again by one of them; a title word none of
them shares describes someone else, whom the article did not name. Split from `resolution`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.layers.quotes.attribution import TITLE_PREFIXES
from marsad.lexicons.loader import keyed

if TYPE_CHECKING:
    from marsad.document import Entity, SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder

CHAIN_TOKENS = 16          # words of a title chain before a name ("مفتي عام المملكة رئيس هيئة كبار العلماء ... الشيخ")
DESCRIPTION_WORDS = 2      # "الوزير"، "الوزير السعودي": a bare title and an adjective
TITLE_KINDS = ("title", "honorific", "title_modifier")
ARTICLE = "ال"
OFFICES = keyed("speaker_words.tsv", "office", match_key)  # posts one person holds: "وزير"، "إمام"
APPOSITION_PRONOUNS = frozenset({"وهو", "وهي", "هو", "هي"})  # match keys: "فلان وهو مستشار أمني"


def _stem(finder: SpeakerFinder, i: int) -> str | None:
    """The title, honorific or rank at token i without proclitics and article ("والوزير" ->
    "وزير"), or None when it is none of these."""
    tok = finder.toks[i]
    if not tok.is_word:
        return None
    for _, st in tok.splits:
        prefix = tok.key[: len(tok.key) - len(st)]
        if prefix in TITLE_PREFIXES and any(kind in TITLE_KINDS for kind in finder.lex.kinds_of(st)):
            return st[len(ARTICLE):] if st.startswith(ARTICLE) and len(st) > len(ARTICLE) + 2 else st
    return None


def bare_title_head(finder: SpeakerFinder, sp: SpeakerRef) -> str | None:
    """The title word of a speaker span that is a definite title alone, maybe with an adjective
    ("الوزير"، "الوزير السعودي"), and names nobody; None for any other span."""
    i0, i1 = finder.tok_at(sp.start), finder.tok_at(sp.end)
    words = [t for t in finder.toks[i0:i1] if t.is_word]
    if sp.entity is not None or not 1 <= len(words) <= DESCRIPTION_WORDS or len(words) != i1 - i0:
        return None
    if not any(st.startswith(ARTICLE) for _, st in words[0].splits) or not finder.lex.has("title", words[0], TITLE_PREFIXES):
        return None
    head = _stem(finder, i0)
    return head if head in OFFICES else None


def introduced_titles(finder: SpeakerFinder, ent: Entity) -> set[str]:
    """The title, rank and honorific words the article set before the person's names (the chain
    running back from the name to the verb or punctuation) or in apposition right after them."""
    found: set[str] = set()
    toks = finder.toks
    for m in ent.mentions:
        if m.kind != "name":
            continue
        i = finder.tok_at(m.start)
        j = i - 1
        # back to the verb or the sentence's punctuation; a comma may part two titles ("مفتي عام
        # المملكة، رئيس هيئة كبار العلماء ... الشيخ فلان")
        while j >= 0 and i - j <= CHAIN_TOKENS and (toks[j].is_word or toks[j].text in "،,") \
                and finder.lex.cue(toks[j]) is None:
            other = finder.covering(j)
            if other is not None and other.entity.type == "PER" and other.entity.id != ent.id:
                break  # another person's name: his titles, not this one's
            stem = _stem(finder, j)
            if stem is not None:
                found.add(stem)
            j -= 1
        k = finder.tok_at(m.end)
        while k < len(toks) and (toks[k].text in "،," or toks[k].key in APPOSITION_PRONOUNS):
            k += 1  # "فلان، وزير ..."، "فلان وهو مستشار أمني"
        if k < len(toks) and k > finder.tok_at(m.end):
            stem = _stem(finder, k)
            if stem is not None:
                found.add(stem)
    return found


def describes_someone_else(finder: SpeakerFinder, head: str, ent: Entity) -> bool:
    """True when the person was introduced with offices and none of them is `head` (an
    honorific or a rank, "الدكتور"، "العقيد", tells no office)."""
    offices = introduced_titles(finder, ent) & OFFICES
    return bool(offices) and head not in offices


def title_of_someone_named(finder: SpeakerFinder, i: int) -> bool:
    """Does the title at token i ("مدير" of "مدير الشرطة") describe a person the article names,
    introduced with it before or after his name? Otherwise it stands for someone unnamed."""
    head = _stem(finder, i)
    return head is not None and any(e.type == "PER" and head in introduced_titles(finder, e)
                                    for e in finder.doc.entities)
