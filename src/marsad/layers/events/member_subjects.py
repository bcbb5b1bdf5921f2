"""The men of a named body as the subject of a verb trigger: "هاجم مسلحون من جماعة بوكو حرام
قرية ..."، "قتل مقاتلون من تنظيم داعش عشرة جنود"، "استهدف عناصر من حزب العمال دورية للجيش". The
subject right after the verb is an indefinite noun of men (lexicons/event_words.tsv, section
`member_subject`) and the body follows it after "من", possibly after a group's head noun ("من
جماعة"، "من تنظيم"): the body acts through its men, so it is the event's actor (GUIDE.md: armed
groups are actors), although its name is introduced by a preposition. The target side ("خطفت
الجبهة عناصر من الفرقة") is read by the clause rules as before.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.words import QUANTITY, _strip_conjunction
from marsad.lexicons import loader

MEMBER_SUBJECTS = loader.keyed("event_words.tsv", "member_subject", match_key)
FROM = match_key("من")
# a group's head noun between "من" and its name when the name does not hold it ("من جماعة بوكو حرام")
GROUP_HEADS = frozenset(match_key(w) for w in (
    "جماعة", "تنظيم", "حركة", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "فصائل", "فصيل", "قوات", "كتائب"))


def member_subject(words: list[Token], start: int, k_name: int) -> bool:
    """Whether the words from `start` (right after a verb trigger) to the name at word `k_name` are
    a count at most, a noun of men and "من" (and a group's head noun): the name's men are the subject."""
    k = start
    while k < k_name and (words[k].key in QUANTITY or words[k].text.isdigit()):
        k += 1
    if k >= k_name or words[k].kind == "punct" or words[k].key not in MEMBER_SUBJECTS:
        return False
    k += 1
    if k >= k_name or words[k].key != FROM:
        return False
    k += 1
    if k < k_name and _strip_conjunction(words[k].key) in GROUP_HEADS:
        k += 1
    return k == k_name
