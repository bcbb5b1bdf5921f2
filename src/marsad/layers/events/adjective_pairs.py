"""The two states a pair of nationality adjectives names after a noun of agreement, talks or
cooperation ("الاتفاق الأميركي - التركي"، "الحوار المصري الأمريكي"، "المحادثات السعودية والفرنسية"):
the first state is the actor, the second the target. An agreement or a cooperation is added the
other way too (one agreement of both: either side may be named first); talks are one consultation
told one way round, as everywhere in the record (political.non_political).

Guards, since an adjective after a noun is often something else than a side:
- the first adjective stands right after the trigger noun (or after one relation adjective,
  "الاستراتيجي"، "المشترك": lexicons/event_pair_adjectives.tsv), the second right after the first (a dash, "و" or nothing between):
  "الاتفاق النووي الإيراني" names no pair;
- a single adjective is no pair ("المحادثات السعودية مع الصين" names the target by "مع");
- the two states differ ("الحوار اليمني اليمني" is within one state) and the document names both,
  so that each side is an entity of the article.
"""

from __future__ import annotations

from functools import cache

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.checks import MUTUAL
from marsad.layers.events.words import Trigger, _Mention
from marsad.lexicons import loader

# noun events that two states hold with each other
PAIR_TYPES = MUTUAL
# of these, the ones added each way round
BOTH_WAYS = frozenset({"AGREE", "COOPERATE"})
DASHES = frozenset({"-", "–", "—"})
# relation adjectives that may stand between the noun and the pair ("الحوار الاستراتيجي المصري الأمريكي")
BETWEEN = loader.keyed("event_pair_adjectives.tsv", "between", match_key)


@cache
def _adjectives() -> dict[str, str]:
    """Country code of each nationality adjective of the KB, singular forms only ("التركي"،
    "التركية"): not the country names ("زيارة البحرين والسعودية" names two places visited) nor
    the plurals of people ("الأتراك")."""
    try:
        from marsad.kb import load_kb
    except ImportError:
        return {}
    out: dict[str, str] = {}
    for a in load_kb():
        if a.kind == "country" and a.country:
            for w in a.demonyms_ar:
                key = match_key(w)
                if key.endswith(("ي", "يه")):
                    out.setdefault(key, a.country)
    return out


def _state(word: Token, by_word: dict[str, str], joined: bool) -> str | None:
    """The country code of a nationality adjective with the article ("التركي"); with `joined`, one
    "و" before it is allowed ("والتركي")."""
    key = word.key
    if joined and key[:1] == "و" and key[1:3] == "ال":
        key = key[1:]
    return by_word.get(key) if key.startswith("ال") else None


def _pair_at(words: list[Token], k: int, states: dict[str, str]) -> tuple[_Mention, _Mention] | None:
    """The two states of two nationality adjectives starting at words[k], each named by the document
    and differing; None otherwise."""
    by_word = _adjectives()
    code1 = _state(words[k], by_word, joined=False)
    if code1 is None or code1 not in states:
        return None
    j = k + 1
    if j < len(words) and (words[j].text in DASHES or words[j].key == "و"):  # "الأميركي - التركي"، "السعودي و الفرنسي"
        j += 1
    if j >= len(words) or words[j].kind == "punct":
        return None
    code2 = _state(words[j], by_word, joined=j == k + 1)
    if code2 is None or code2 == code1 or code2 not in states:
        return None
    return (_Mention(words[k].start, words[k].end, states[code1], states[code1]),
            _Mention(words[j].start, words[j].end, states[code2], states[code2]))


def adjective_pair(words: list[Token], i: int, n: int, trig: Trigger,
                   states: dict[str, str]) -> tuple[_Mention, _Mention] | None:
    """(actor, target) named by two nationality adjectives right after a noun trigger of AGREE,
    CONSULT or COOPERATE, each state named in the document; None otherwise."""
    if trig.pos != "noun" or trig.type not in PAIR_TYPES or len(states) < 2 or i + n >= len(words):
        return None
    k = i + n + 1 if words[i + n].key in BETWEEN and i + n + 1 < len(words) else i + n
    return _pair_at(words, k, states)


def names_pair(words: list[Token], states: dict[str, str]) -> bool:
    """Whether the words hold two nationality adjectives of two states the document names (a sentence
    without a named mention may still hold a pair's event)."""
    return len(states) >= 2 and any(_pair_at(words, k, states) is not None for k in range(len(words) - 1))

