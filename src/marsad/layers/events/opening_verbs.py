"""A three-letter attack noun opening its sentence or clause with a definite subject after it
("قصف طيران التحالف أمس مواقع للحوثيين"): the past verb, not its verbal noun. Unvocalised, "قصف"
is both; a clause that opens with it and goes on with a definite noun is a verb-first clause
(the noun reading would need a verb of occurrence to report anything). Headlines and subheadings
that name a shelling ("قصف جوي لمواقع ..."، "قصف مستشفى ...") go on with an indefinite word and
stay nouns, as does "قصف مواقع الحوثيين" (no participant noun heads it), and so does "قصف
الطائرات لمواقع ..." whose object comes with ل.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.words import VIOLENT, Trigger
from marsad.lexicons import loader

# the head words of the lexicon's participant nouns in construct ("طيران التحالف"، "قوات الأمن"،
# "عناصر الشرطة"): a subject that is definite only through the noun after it
ACTOR_HEADS = frozenset(match_key(row[0].split()[0]) for row in loader.table("event_actors.tsv", 2)
                        if len(row[0].split()) > 1 and not row[0].startswith("ال"))

# words after the opening noun within which the clause must hold an object with ل for the noun reading
OBJECT_MARK_REACH = 4


def opening_verb(words: list[Token], i: int, t0: int, trig: Trigger) -> bool:
    """Whether the one-word noun trigger at words[i] (its stem at text offset t0) is a bare
    three-letter attack form opening its clause, followed by a definite noun: a verb."""
    if trig.type not in VIOLENT or trig.arg or len(trig.keys) != 1 or len(trig.keys[0]) != 3:
        return False
    if t0 != words[i].start or (i > 0 and words[i - 1].kind != "punct"):
        return False
    if i + 2 >= len(words) or words[i + 1].kind != "word" or not _definite_subject(words, i + 1):
        return False
    for w in words[i + 2 : i + 2 + OBJECT_MARK_REACH]:
        if w.kind == "punct":
            break
        if w.key.startswith("ل") and not w.key.startswith("ال"):
            return False  # "قصف الطائرات التركية لمواقعنا": the noun and its object
    return True


def _definite_subject(words: list[Token], k: int) -> bool:
    """Whether words[k] opens a definite noun phrase that may be a subject: "الحوثيون"، or a
    participant head in construct with a definite noun ("طيران التحالف")."""
    if words[k].key.startswith("ال"):
        return True
    nxt = words[k + 1] if k + 1 < len(words) else None
    return words[k].key in ACTOR_HEADS and nxt is not None and nxt.kind == "word" and nxt.key.startswith("ال")
