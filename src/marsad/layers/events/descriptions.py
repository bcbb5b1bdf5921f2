"""Names inside the description of another named side, which are no participant of the trigger,
the owner an attack noun names with ل ("هجمات لحزب العمال الكردستاني"), who is its actor, and
the speaker of statements someone rejects ("رفضه لتصريحات المالكي"), whom the rejection denounces:

- a relative clause after a name ("دعت الجامعة العربية، التي تعتبر قطر عضوا فيها، تركيا والعراق
  إلى ..."): Qatar belongs to the clause about the League, the call goes to Turkey and Iraq;
- an apposition that says what a name is part of ("خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا
  خمسة مقاتلين"، "ولاية سيناء الفرع المصري لتنظيم داعش"): al-Qaeda is what the Front belongs to,
  not who it abducted.

Words in lexicons/event_words.tsv (relative, part_of, owned_attack).
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.mention_positions import _word_index
from marsad.layers.events.words import RELATIVES, Trigger, _Mention, _strip_conjunction
from marsad.lexicons import loader

PARTS_OF = loader.keyed("event_words.tsv", "part_of", match_key)
OWNED_ATTACKS = loader.keyed("event_words.tsv", "owned_attack", match_key)
# "بقيادة"، "الذي تقوده": the name after it leads the side named before ("التحالف بقيادة السعودية")
LED_BY = loader.keyed("event_words.tsv", "led_by", match_key)
PART_REACH = 2  # adjectives between the part noun and the whole's name ("الفرع المصري لتنظيم")


def _after_name(words: list[Token], k: int, mentions: list[_Mention]) -> bool:
    """Whether words[k] follows a name right away, or after a comma."""
    j = k - 1
    if j >= 0 and words[j].kind == "punct" and words[j].text in "،,":
        j -= 1
    return j >= 0 and any(m.start < words[j].end <= m.end for m in mentions)


def in_description(words: list[Token], t_end: int, m: _Mention, mentions: list[_Mention]) -> bool:
    """Whether the mention m, after a trigger ending at offset t_end, stands in a relative clause or
    an apposition describing a name before it (see the module)."""
    k = _word_index(words, m.start)
    for r in range(k - 1, -1, -1):
        w = words[r]
        if w.start < t_end:
            break
        if w.kind == "punct":
            break  # a comma closes the description ("، التي تعتبر قطر عضوا فيها، تركيا")
        if w.key in RELATIVES and _after_name(words, r, mentions):
            return not leader_clause_before(words, r, m, mentions)
    for r in range(k - 1, max(-1, k - 2 - PART_REACH), -1):
        w = words[r]
        if w.start < t_end or w.kind == "punct":
            break
        if _strip_conjunction(w.key) in PARTS_OF and _after_name(words, r, mentions):
            return True
    # "طيران التحالف بقيادة السعودية": the leader is part of the side's name phrase
    return k >= 1 and words[k - 1].start >= t_end and words[k - 1].key in LED_BY and _after_name(words, k - 1, mentions)


def leader_clause_before(words: list[Token], r: int, m: _Mention, mentions: list[_Mention]) -> bool:
    """Whether the relative clause opening at words[r] only names a leader ("التحالف الذي تقوده
    السعودية") and ends before the mention m: what follows the leader's name is the main clause's
    again ("قصفت طائرات التحالف الذي تقوده السعودية مواقع الحوثيين")."""
    if r + 2 >= len(words) or words[r + 1].key not in LED_BY:
        return False
    leader = next((x for x in mentions if words[r + 2].start <= x.start < words[r + 2].end), None)
    return leader is not None and leader.end <= m.start and leader.key != m.key


def described_after(text: str, start: int, at: int) -> bool:
    """Whether the name at offset `at` stands in a relative clause or an apposition that opens right
    at offset `start`, the end of another name ("الجامعة العربية، التي تعتبر قطر عضوا فيها"،
    "جبهة النصرة ذراع تنظيم القاعدة"): the words from `start` to it, on raw text."""
    between = text[start:at]
    words = between.replace("،", " ، ").replace(",", " , ").split()
    if words and words[0] in ("،", ","):
        words = words[1:]
    if not words:
        return False
    first = match_key(words[0])
    if first in RELATIVES:
        return not any(w in ("،", ",") for w in words[1:])  # a comma closes the relative clause
    return _strip_conjunction(first) in PARTS_OF and len(words) <= 1 + PART_REACH and not any(
        w in ("،", ",") for w in words)


_FROM = match_key("من")


def governed_antecedent(words: list[Token], m: _Mention) -> bool:
    """Whether the name m right before a relative pronoun is the agent phrase of a definite
    participle ("ميليشيات الحشد المدعومة من إيران التي ترفض واشنطن التنسيق معها"): the relative
    clause is about the phrase's head, not about the name. A name after another preposition stays
    the antecedent ("بين واشنطن التي تتهم ...")."""
    k = _word_index(words, m.start)
    if words[k].text[: m.start - words[k].start] or k < 2 or words[k - 1].key != _FROM:
        return False
    head = _strip_conjunction(words[k - 2].key)
    return head.startswith("الم") and len(head) > 5


def owned_attack(words: list[Token], i: int, n: int, trig: Trigger, m: _Mention) -> bool:
    """Whether the mention m, the first after the attack noun words[i : i + n], owns the attacks
    with ل right after it or after one adjective ("آخر هجوم للجماعة"، "هجمات منفصلة لحزب العمال
    الكردستاني"، "ضربات جوية للتحالف"): the attacker. Nouns of acts whose object takes ل ("قصف"،
    "استهداف") are not in the list: "قصف للمدينة" strikes the city."""
    if trig.type != "ASSAULT" or trig.pos != "noun" or match_key(trig.keys[0].split()[0]) not in OWNED_ATTACKS:
        return False
    k = _word_index(words, m.start)
    if k - (i + n) > 1 or words[k].text[: m.start - words[k].start] not in ("ل", "لل", "لـ"):
        return False
    return all(w.kind != "punct" and not _strip_conjunction(w.key).startswith("ل") for w in words[i + n : k])


STATEMENT_REACH = 8  # words from a rejection to the speaker of the statements it rejects, at most
_STATEMENTS = ("تصريح", "التصريح", "لتصريح", "للتصريح", "بتصريح")


def statements_of(text: str, t1: int, target: _Mention | None, kinds: dict) -> bool:
    """Whether a rejection ending at offset t1 rejects the statements of its target, a person or a
    body ("أعرب عن رفضه للتصريحات غير المسؤولة لنائب الرئيس نوري المالكي"): a denunciation, which
    PLOVER types ACCUSE, not the refusal of a demand or an offer."""
    if target is None or target.start < t1 or kinds.get(target.entity, ("",))[0] not in ("PER", "ORG"):
        return False
    words = text[t1 : target.start].split()
    return len(words) <= STATEMENT_REACH and not any(c in text[t1 : target.start] for c in ".،؛:") and any(
        w.startswith(_STATEMENTS) for w in words)
