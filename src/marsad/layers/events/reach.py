"""Verbs that stand further from a violent nominal trigger than a light verb usually does.

- A projectile ("صواريخ"، "قذيفة") is an attack only when it is launched or falls on something:
  "أطلقت طائرة بلا طيار ... صواريخ على منزل"، "سقطت قذيفة على الحي"; "صفقة صواريخ" or "تجربة صاروخ"
  are not. Its verb of launching may stand a long way before it, past the launcher's description.
- A verb of undergoing may be separated from its attack by a long subject ("تعرض قيادي في حركة ...
  لمحاولة اغتيال"); its verbal noun governed by a preposition is the same construction ("بتعرض ...").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.occurrence import TOLD_ATTACKS
from marsad.layers.events.words import RELATIVES, SUFFER_VERBS, _strip_conjunction, verb_before
from marsad.lexicons import loader

M = TypeVar("M")

# nouns of a projectile: an attack when aimed at something (lexicons/event_words.tsv "projectile")
PROJECTILES = loader.keyed("event_words.tsv", "projectile", match_key)
# verbs of launching or of falling before a projectile ("أطلقت"، "سقطت")
LAUNCH_VERBS = loader.keyed("event_words.tsv", "launch", match_key)
# words that aim a projectile at its target ("على"، "باتجاه"، "نحو")
AIM = loader.keyed("event_words.tsv", "aim", match_key)
# nouns that are an attack only as what someone undergoes ("تعرضوا للضرب"; "ضرب مثالا" is none)
UNDERGONE = loader.keyed("event_words.tsv", "undergone", match_key)
# verbs of causing a toll ("أدى إلى مقتل"، "أسفر عن إصابة")
RESULT_VERBS = loader.keyed("event_words.tsv", "result", match_key)
JUDGE_REACH = 4
_DONE = frozenset(match_key(w) for w in ("تم", "يتم"))
# the present of "تم" or of a verb of undergoing before a verbal noun: a habit when no word of the
# day is near ("يتم اغتصاب"، "منطقة تتعرض للهجوم")
HABITUAL = frozenset(match_key(w) for w in ("يتم", "تتم", "يتعرض", "تتعرض", "يتعرضون", "يتعرضن"))
# "كان" before such a present: a past habit, whatever the day ("حيث كان يتم اغتصاب النساء")
_WAS = frozenset(match_key(w) for w in ("كان", "كانت", "كانوا"))
_RESULT_PREPOSITIONS = frozenset(match_key(w) for w in ("إلى", "الى", "عن"))
# words after which an attack noun is one told elsewhere ("بعد هجوم"، "في أعقاب تفجير")
SINCE = loader.keyed("event_words.tsv", "since", match_key)
# verbs of judging an act: a verb form of violence right after one is the act judged
JUDGE = loader.keyed("event_words.tsv", "judge", match_key) | loader.keyed("event_words.tsv", "condemn", match_key)
# what is cited after "استشهد" in its sense of citing ("استشهد الوزير بقول الشاعر")
CITED = loader.keyed("event_words.tsv", "cite", match_key)
CITE_REACH = 14
_MARTYRED = match_key("استشهد")
# attack nouns that may be the subject of a verb of causing a toll ("أسفر الهجوم عن مقتل"); not
# "الحادث"، "العملية", which may be an accident or a surgery
ATTACK_CAUSES = (TOLD_ATTACKS - frozenset(match_key(w) for w in ("الحادث", "الحادثة", "العملية"))) | frozenset(
    match_key(w) for w in ("الاشتباكات", "المواجهات", "المعارك", "الهجمات", "القتال"))
CAUSE_REACH = 6
SPORTS = loader.keyed("event_words.tsv", "sports", match_key)
DEATH_NOUNS = loader.keyed("event_words.tsv", "death_noun", match_key)
MEET = loader.keyed("event_words.tsv", "meet", match_key)
MEET_REACH = 5
# how far before a verb of causing a relative pronoun makes its toll that of an attack told elsewhere
RELATIVE_REACH = 10
# how far before a projectile its verb may stand; how far after it the aim
LAUNCH_REACH = 18
AIM_REACH = 6
# how far before an attack noun its verb of undergoing may stand
SUFFER_REACH = 12
SENTENCE_ENDS = ".؛;:!؟?"
# the doer of an attack, who may die by it ("مقتل انتحاري")
ATTACKERS = frozenset(match_key(w) for w in (
    "انتحاري", "الانتحاري", "انتحاريا", "انتحاريان", "الانتحاريان", "انتحاريين", "الانتحاريين", "الانتحاريون",
    "المهاجم", "مهاجم", "المفجر", "منفذ"))
# the light verb of doing, whose verbal noun takes ب ("قام عدد من جنود المشاة بقتل ...")
DOERS = frozenset(match_key(w) for w in ("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون"))
# how far before its verbal noun such a verb may stand, past a long subject
DOER_REACH = 10


def falls(words: list[Token], i: int, n: int) -> bool:
    """Whether a projectile noun falls on something, the falling told right after it ("قذيفة
    سقطت على الحي")."""
    return _aimed(words, i + n) and any(_strip_conjunction(w.key) in LAUNCH_VERBS for w in words[i + n : i + n + 2])


def projectile(key: str) -> bool:
    return key in PROJECTILES


def launcher(words: list[Token], i: int, n: int) -> int | None:
    """Index of the verb launching a projectile noun (or of its falling: "سقوط قذيفة على") a few
    words before it, when the projectile is aimed at something after it."""
    if not _aimed(words, i + n):
        return None
    for k in range(i - 1, max(-1, i - 1 - LAUNCH_REACH), -1):
        w = words[k]
        if w.kind == "punct" and w.text in SENTENCE_ENDS:
            return None
        if _strip_conjunction(w.key) in LAUNCH_VERBS:
            return k
    return None


def _aimed(words: list[Token], j: int) -> bool:
    for k in range(j, min(len(words), j + AIM_REACH)):
        w = words[k]
        if w.kind == "punct":
            return False
        key = _strip_conjunction(w.key)
        if key in AIM or w.key in AIM:
            return True
    return False


def far_sufferer(words: list[Token], i: int, t0: int) -> int | None:
    """Index of a verb of undergoing (or its verbal noun after ب/ل: "بتعرض") up to SUFFER_REACH
    words before a nominal attack trigger introduced by ل, in the same clause: "تعرض قيادي في
    الحركة لهجوم"."""
    attached = words[i].text[: t0 - words[i].start]
    if not attached.endswith("ل") or attached.endswith("ال"):  # "لهجوم"، "للضرب", not "الاغتيال"
        return None
    for k in range(i - 1, max(-1, i - 1 - SUFFER_REACH), -1):
        w = words[k]
        if w.kind == "punct" and w.text in SENTENCE_ENDS:
            return None
        key = _strip_conjunction(w.key)
        if key in SUFFER_VERBS or (key[:1] in ("ب", "ل") and key[1:] in SUFFER_VERBS):
            if key in _DONE or any(x.key in RELATIVES for x in words[max(0, k - 2) : k]):
                return None  # "المكان الذي تعرضت فيه الآلية للتفجير": an attack told elsewhere
            return k
    return None


def habitual(words: list[Token], u: int, today: bool) -> bool:
    """Whether the verb of undergoing or of "تم" at `u` tells a habit rather than one act: its
    present ("حيث يتم اغتصاب النساء"، "منطقة تتعرض للهجوم") with no word of the day in the sentence
    (`today`), or after "كان" ("كان يتم إعدام الرجال")."""
    if _strip_conjunction(words[u].key) not in HABITUAL:
        return False
    return not today or (u > 0 and _strip_conjunction(words[u - 1].key) in _WAS)


def far_doer(words: list[Token], i: int, t0: int) -> int | None:
    """Index of "قام" up to DOER_REACH words before a nominal attack trigger introduced by ب, in the
    same clause, past a subject longer than a light verb's usual reach: "قام عدد من جنود المشاة
    البحرية بقتل مدنيين"."""
    attached = words[i].text[: t0 - words[i].start]
    if not attached.endswith("ب"):
        return None
    return verb_before(words, i - 1, i - 1 - DOER_REACH, DOERS)


def light_subject(words: list[Token], v: int, i: int, n: int, actor: M | None, target: M | None,
                  mentions: list[M]) -> tuple[M | None, M | None]:
    """The sides of a nominal attack trigger after its light verb (`v`) when the light verb's
    participants were read as a violent verb's, a counted noun after it taken for its object ("قام
    عدد من الجنود بقتل المدنيين": the soldiers are the subject): the participant between the light
    verb and the trigger acts, the first one after the trigger in its clause is the target."""
    if actor is not None or target is None or not (words[v].end <= target.start and target.end <= words[i].start):
        return actor, target
    end = words[i + n - 1].end
    after = next((m for m in mentions if m.start >= end and m.start <= words[min(len(words) - 1, i + n + AIM_REACH)].end
                  and not any(w.kind == "punct" for w in words[i + n :] if w.start < m.start)), None)
    return target, after


def cause_noun(words: list[Token], i: int) -> int | None:
    """Index of the attack noun that causes the toll at `i` through a verb of causing before it
    ("ضربة جوية أميركية في شمال العراق، أدت إلى مقتل ثمانية"، "غارة إسرائيلية أسفرت عن إصابة"):
    the words after it name the attacker."""
    return cause_before(words, i, lambda key: key in ATTACK_CAUSES or "ال" + key in ATTACK_CAUSES)


def cause_before(words: list[Token], i: int, is_cause: Callable[[str], bool]) -> int | None:
    """Index of the nearest word before the verb of causing that precedes the toll at `i` whose
    key (conjunction stripped) `is_cause` accepts; None past a mark other than a comma."""
    k = i - 1
    if k >= 0 and words[k].key in _RESULT_PREPOSITIONS:
        k -= 1
    if k < 0 or _strip_conjunction(words[k].key) not in RESULT_VERBS:
        return None
    for a in range(k - 1, max(-1, k - 1 - 2 * CAUSE_REACH), -1):
        w = words[a]
        if w.kind == "punct" and w.text != "،":
            return None
        if is_cause(_strip_conjunction(w.key)):
            return a
    return None


def attacker_victim(text: str, t0: int, t1: int, target: M | None) -> bool:
    """Whether the one a death or a wound befalls is the attacker himself, named right next to the
    trigger: "مقتل انتحاري"، "الانتحاري قتل في الحادث": the bomber died by his own act, no force
    used against him."""
    if target is None:
        return False
    start, end = target.start, target.end  # type: ignore[attr-defined]
    first = text[start:end].split()[:1]
    if not first or _strip_conjunction(match_key(first[0])) not in ATTACKERS:
        return False
    return (start >= t1 and not text[t1:start].split()) or (end <= t0 and not text[end:t0].split())


def result_of(words: list[Token], i: int, tolls: frozenset[str]) -> bool:
    """Whether a toll noun ("مقتل"، "سقوط قتلى") is the result of a verb of causing right before
    it: "مما أدى إلى مقتل"، "أسفر عن إصابة"، "أوقع"."""
    if words[i].key not in tolls and _strip_conjunction(words[i].key) not in tolls:
        return False
    k = i - 1
    if k >= 0 and words[k].key in _RESULT_PREPOSITIONS:
        k -= 1
    if k >= 0 and _strip_conjunction(words[k].key) not in RESULT_VERBS:
        k = _attack_cause(words, k)  # "أسفر الهجوم على القرية عن مقتل"
    if k < 0 or _strip_conjunction(words[k].key) not in RESULT_VERBS:
        return False
    # "بعد الاعتداء الذي وقع أمس وأسفر عن مقتل ...": the toll of an attack named in a relative clause,
    # told elsewhere
    return not (any(w.key in RELATIVES for w in words[max(0, k - RELATIVE_REACH) : k])
                or detail_of_referred(words, k))  # "في أعقاب هجمات أدت إلى مقتل ..."


def _attack_cause(words: list[Token], j: int) -> int:
    """Index of a verb of causing whose subject, ending at `j`, is an attack noun ("أسفر القصف
    الإسرائيلي عن ..."; an accident or a storm is no attack), or -1."""
    attack = False
    for k in range(j, max(-1, j - CAUSE_REACH), -1):
        w = words[k]
        if w.kind == "punct":
            return -1
        key = _strip_conjunction(w.key)
        if key in RESULT_VERBS:
            return k if attack else -1
        attack = attack or key in ATTACK_CAUSES
    return -1


def detail_of_referred(words: list[Token], i: int) -> bool:
    """Whether a violent verb is a detail of an attack the sentence refers to, its indefinite noun
    right before it after "بعد"، "إثر"، "أعقاب": "بعد هجوم انتحاري قتل فيه 20 شخصا" (the attack is
    told elsewhere; "في هجوم استهدف ..." reports one)."""
    for k in range(i - 1, max(-1, i - 3), -1):
        w = words[k]
        if w.kind == "punct":
            return False
        key = _strip_conjunction(w.key)
        if "ال" + key in TOLD_ATTACKS:
            return k > 0 and _strip_conjunction(words[k - 1].key) in SINCE
    return False


def judged(words: list[Token], i: int) -> bool:
    """Whether a verb-form trigger follows a verb of judging in its clause, past its subject and a
    time word: "أدانت الصين أمس قتل ..."، "يرفض قتل الأبرياء"; the form is the verbal noun of the
    act judged."""
    for k in range(i - 1, max(-1, i - 1 - JUDGE_REACH), -1):
        if words[k].kind == "punct":
            return False
        if _strip_conjunction(words[k].key) in JUDGE:
            return True
    return False


def cites(words: list[Token], i: int, n: int, key: str) -> bool:
    """Whether "استشهد" means citing, not being killed: what is cited follows within a few words
    ("استشهد الكاتب بتقارير دولية")."""
    if not key.startswith(_MARTYRED):
        return False
    # past a subject and its apposition
    return any(w.key in CITED for w in words[i + n : i + n + CITE_REACH])


def game(words: list[Token]) -> bool:
    """Whether a sentence tells of a match: two distinct words of the game ("الفريق"، "المرمى")."""
    return len({_strip_conjunction(w.key) for w in words} & SPORTS) >= 2


def met_death(words: list[Token], i: int) -> bool | None:
    """For the noun of a death ("مصرعهم"): whether "لقي" stands a few words before it ("لقي ثلاثة
    جنود مصرعهم"); None for other triggers."""
    if words[i].key not in DEATH_NOUNS and _strip_conjunction(words[i].key) not in DEATH_NOUNS:
        return None
    return any(_strip_conjunction(w.key) in MEET for w in words[max(0, i - MEET_REACH) : i])
