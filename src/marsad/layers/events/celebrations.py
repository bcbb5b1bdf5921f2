"""Crowds that go out to rejoice, not to protest: a gathering, a march or a demonstration whose
stated purpose is joy or celebration ("وخرج الآلاف إلى الشوارع ابتهاجا بفوز المنتخب"، "تجمع
المئات احتفالا بالإفراج عن الأسرى"، "تظاهروا للتعبير عن فرحتهم بالقرار") is no PROTEST: PLOVER
codes a protest as dissent against someone, and a street celebration names no one it opposes.
A crowd that both rejoices and protests ("ابتهاجا بسقوط النظام وتنديدا بالاحتلال") stays a protest.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.mention_positions import _word_index
from marsad.layers.events.protest_actors import _protest_noun
from marsad.layers.events.protest_issues import PLACE_MARKS
from marsad.layers.events.protest_marks import _protest_mark
from marsad.layers.events.words import _strip_conjunction
from marsad.lexicons import loader

# words of joy or celebration stating why a crowd gathers ("ابتهاجا"، "احتفالا"، "فرحتهم")
CELEBRATION = loader.keyed("event_words.tsv", "celebration", match_key)
# how far after the protest's trigger the purpose may be stated ("خرج آلاف المشجعين أمس إلى
# شوارع المدينة ابتهاجا")
PURPOSE_REACH = 16


def drop_celebrations(doc: Document, words: list[Token], sent) -> None:
    """Remove the sentence's PROTEST events whose crowd, by the words after their trigger, gathers
    to celebrate and opposes no one."""
    for event in [e for e in doc.events[-8:] if e.type == "PROTEST" and e.start == sent.start]:
        at = doc.text.find(event.trigger, sent.start, sent.end) if event.trigger else -1
        if at < 0:
            continue
        if _celebrating(words, _word_index(words, at)):
            doc.events.remove(event)


def _celebrating(words: list[Token], k: int) -> bool:
    """Whether a word of celebration follows word k in its clause, with no word of protest
    ("احتجاجا"، "ضد"، "تنديدا"، "مظاهرة") anywhere in the sentence after k."""
    rejoicing = False
    for x in range(k, len(words)):
        key = _strip_conjunction(words[x].key)
        if (_protest_mark(words, x) and key not in PLACE_MARKS) or (x > k and _protest_noun(key)):
            # (where the crowd stands, "أمام الجامعة", says nothing of why)
            return False
        forms = (words[x].key, key, key[1:], words[x].key[1:])  # "فرحتهم" keeps its ف; "للاحتفال"، "بفرحتهم"
        if x < k + PURPOSE_REACH and any(f in CELEBRATION for f in forms):
            rejoicing = True
    return rejoicing
