"""Bodies named by a construct chain: "هيئة تنظيم الاتصالات", "مجلس شيوخ عشائر الأنبار",
"مؤسسة صوامع الغلال", "مستشفى قوى الأمن", "جمعية زمزم للخدمات الصحية".

`name_patterns` finds a body's head word in construct with definite complements ("مجلس النواب").
Arabic names many bodies with a longer chain: the head, one to three indefinite nouns, each the
next one's possessor, and a definite noun or a place that closes it ("هيئة" + "موانئ" + "البحر
الأحمر"); or the head, an unknown word that is its name and what it serves ("جمعية زمزم" +
"للخدمات"). The chain is not a name when it ends with a word that points back to a body of the
article ("مجلس أمناء المؤسسة"), when its first link is a body's own part ("مجلس إدارة النادي"),
or when a link is an adjective, a verb or a preposition ("لجنة مختصة لبحث", "شركة أمريكية تدير").
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, answers_where
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent, naming_run, purpose, purpose_end
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import CLITIC_RUNS_KAF, NameWords, clitic_reading, has_pronoun_suffix
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS
from marsad.layers.entities.word_lists import (
    AGE_ADJECTIVES,
    DEFINITE_INSTITUTIONS,
    FORCE_HEADS,
    GENERIC_COMPLEMENTS,
    GENERIC_ORG,
    INSTITUTION_HEADS,
    NAME_ENDERS,
    NATIONAL_BODIES,
    PATTERN_HEADS,
    PREPOSITIONS,
    QUALIFIED_HEADS,
    RANK_ADJECTIVES,
)
from marsad.lexicons.loader import keyed, words

LEXICON = "construct_chains.tsv"
PLACE_CHAIN_HEADS = keyed(LEXICON, "place_chain_head", alias_key)
# "جهاز", "قوات", "مركز", "إدارة" head a device, a unit or a task in a chain as often ("جهاز صرف آلي")
# heads name_patterns leaves out, named here by definite complements too ("مستشفى الأطفال")
OPEN_HEADS = keyed(LEXICON, "chain_head", alias_key)
CHAIN_HEADS = (PATTERN_HEADS - QUALIFIED_HEADS) | OPEN_HEADS | PLACE_CHAIN_HEADS
# definite words no chain holds: a body of the article, a rank or a weekday after the name ("الثلاثاء")
STOP_WORDS = keyed(LEXICON, "body_word", alias_key) | keyed(LEXICON, "rank", alias_key) | HONORIFICS \
    | NAME_ENDERS | AGE_ADJECTIVES | keyed("weekdays.tsv", None, alias_key) | keyed(LEXICON, "adjective", alias_key)
QUALIFIED_CHAIN_HEADS = keyed(LEXICON, "qualified_chain_head", alias_key)
GENERIC_LINKS = GENERIC_COMPLEMENTS | keyed(LEXICON, "generic_link", alias_key)
# heads as written in the lexicons: "نادي" written "نادى" is the verb "called out"
WRITTEN_WITH_YA = frozenset(alias_key(w) for w in words("name_patterns.tsv", "construct_head") if w.endswith("ي"))
# words of a body that a و before joins as another body ("والحكومة", "والوزارة", "والجيش")
BODY_HEADS = CHAIN_HEADS | INSTITUTION_HEADS
OTHER_BODIES = GENERIC_ORG | DEFINITE_INSTITUTIONS | NATIONAL_BODIES | FORCE_HEADS
MAX_LINKS = 3  # indefinite nouns between the head and the definite word that closes the chain
MAX_TOKENS = 7


class ConstructChains:
    """`add` finds bodies named by a construct chain among the tokens no candidate holds."""

    def __init__(self, kb: KnowledgeBase, words: NameWords, verbs: frozenset[str]) -> None:
        self.kb = kb
        self.words = words
        self.verbs = verbs

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        heads = answers_where(tokens, _HEAD_READINGS, _head_reading)
        if not heads:
            return cands
        cands = _join_office_of_body(self._join_cut_chains(cands, tokens, text, heads), tokens, text)
        taken = claimed(cands)
        inner = _inner(cands)
        names = {c.tok_start: c for c in cands if c.tok_start not in inner}
        places = {i: c for i, c in names.items() if c.type == "LOC"}
        added: list[NameCandidate] = []
        absorbed: set[int] = set()
        for i, (rel, stem) in heads:
            if i in taken:
                continue
            tok = tokens[i]
            found = self._chain_end(tokens, i, stem, taken, places, names)
            if found is None:
                continue
            j, place = found
            if place is not None:
                absorbed.add(id(place))
            start, end = tok.start + rel, tokens[j - 1].end
            added.append(NameCandidate(start, end, i, j, "ORG", alias_key(text[start:end]), None, "pattern"))
            taken.update(range(i, j))
        if not added:
            return cands
        return with_added([c for c in cands if id(c) not in absorbed], added)

    def _join_cut_chains(self, cands: list[NameCandidate], tokens: list[Token], text: str,
                         heads: list[tuple[int, tuple[int, str]]]) -> list[NameCandidate]:
        """"اتحاد غرف" + "مجلس التعاون الخليجي": NER may end a body's name at the known body its
        chain holds. A head and indefinite nouns ask for a possessor to close them; a known body
        right after them is that possessor, and the whole is the name ("اتحاد غرف مجلس التعاون
        الخليجي" is the chambers' federation, not the Council). The body inside gives way to it,
        as a body of an organisation found whole by NER does ("برنامج الأمم المتحدة الإنمائي")."""
        head_at = {i: rel for i, (rel, _stem) in heads}
        start_at = {c.tok_start: c for c in cands if c.start == tokens[c.tok_start].start}
        joined: dict[int, NameCandidate] = {}
        dropped: set[int] = set()
        for c in cands:
            rel = head_at.get(c.tok_start)
            if c.type != "ORG" or c.actor is not None or c.source == "kb" or rel is None \
                    or c.start != tokens[c.tok_start].start + rel or c.tok_end - c.tok_start < 2:
                continue
            if c.tok_end - c.tok_start > MAX_LINKS + 1 or not all(
                    self._link(tokens[x], first=x == c.tok_start + 1) for x in range(c.tok_start + 1, c.tok_end)):
                continue  # "لجنة مختصة", "حزب رئيس الوزراء": no chain waiting for its possessor
            inner = start_at.get(c.tok_end)
            if inner is None or inner.type != "ORG" or inner.source != "kb" or not adjacent(tokens, c.tok_end) \
                    or id(inner) in dropped:
                continue
            start, end = c.start, inner.end
            joined[id(c)] = NameCandidate(start, end, c.tok_start, inner.tok_end, "ORG", alias_key(text[start:end]),
                                          None, c.source)
            dropped.add(id(inner))
        if not joined:
            return cands
        return [joined.get(id(c), c) for c in cands if id(c) not in dropped]

    def _chain_end(self, tokens: list[Token], i: int, stem: str, taken: set[int],
                   places: dict[int, NameCandidate], names: dict[int, NameCandidate]) -> tuple[int, NameCandidate | None] | None:
        """(end token, place absorbed) of the chain headed by token i, or None when there is none."""
        j = i + 1
        links = 0
        named = names.get(i + 1)
        if stem in OPEN_HEADS and named is not None and named.type in ("ORG", "LOC") and adjacent(tokens, i + 1) \
                and named.start == tokens[i + 1].start:
            # "مستشفى" + "الحرس الوطني": a hospital named after a body or a place holds its name; not
            # one read after ب ("مستشفى" + "بمحافظة الأحساء": a hospital somewhere in the governorate)
            return self._after(tokens, i, named.tok_end, taken, coordinate=False), named
        named_link = False
        while links < MAX_LINKS and adjacent(tokens, j):
            place = places.get(j)
            if place is not None and (links or stem in PLACE_CHAIN_HEADS) and not _after_preposition(place, tokens[j]):
                # "مكتب عسكري" + "بشاتانوغا": a place after a preposition is where the body is
                # a place + و + a noun joins another entity ("عشائر الأنبار" + "والحكومة")
                return self._after(tokens, i, place.tok_end, taken, coordinate=False), place
            key = tokens[j].key
            unknown = key not in self.words.common and key[1:] not in self.words.common
            if named_link and unknown or j in taken or not self._link(tokens[j], first=links == 0):
                break  # "مؤسسة بدرخان" + "ترفد": two unknown words running, a name then a verb
            named_link = unknown
            links += 1
            j += 1
        if not (links or stem in OPEN_HEADS) or not adjacent(tokens, j) or stem in PLACE_CHAIN_HEADS:
            return None
        if j in taken:
            return None
        key = tokens[j].key
        if key.startswith("ال"):
            if key in STOP_WORDS or key.endswith("ون") \
                    or self.kb.demonym(key) is not None:
                return None  # "مجلس أمناء المؤسسة": a body of the article's; "لجنة خبراء الأمريكية"
            end = self._after(tokens, i, j + 1, taken)
            if stem in QUALIFIED_CHAIN_HEADS and end == j + 1:
                return None  # "لجنة تقييم العروض": a committee named by its task alone
            return end, None
        if links == 1 and purpose(key) and tokens[i + 1].key not in self.words.common:
            # "جمعية زمزم" + "للخدمات": an unknown word names the body, then what it serves
            return self._after(tokens, i, j + 1, taken), None
        return None

    def _after(self, tokens: list[Token], i: int, j: int, taken: set[int], coordinate: bool = True) -> int:
        """End of the name from token j on: its naming adjectives ("العام", "الأمريكية") and what the
        body serves; not a definite noun after it, as often the verb's object ("مؤسسة موانئ
        الساحل" + "الشحنة")."""
        j = naming_run(tokens, i, j, taken, limit=MAX_TOKENS)
        if not coordinate:
            return j  # after a name it holds, "للمساهمة" is the clause's purpose, "والحكومة" another body
        served = purpose_end(tokens, j, taken, i + 2)
        j = naming_run(tokens, i, served, taken) if served is not None else j
        if self._coordinated(tokens, j, taken):
            # "مستشفى النساء" + "والولادة", "مؤسسة بدرخان للثقافة" + "والفنون": one name of two nouns
            j = naming_run(tokens, i, j + 1, taken, limit=MAX_TOKENS + 1)
        return j

    def _coordinated(self, tokens: list[Token], j: int, taken: set[int]) -> bool:
        """Token j is و + a definite noun that may end the name: not another body or name ("والحكومة",
        "والعراق"), not a plural ("والمنظمات": more bodies), not an adjective of a country."""
        if j in taken or not adjacent(tokens, j):
            return False
        key = tokens[j].key
        rest = key[1:]
        if not key.startswith("وال") or len(rest) < 5 or rest in STOP_WORDS or rest in OTHER_BODIES:
            return False
        noun = rest[2:]
        if noun in BODY_HEADS or noun.endswith("ات") and noun[:-2] + "ه" in BODY_HEADS:
            return False  # "والهيئة", "والمنظمات": another body, more bodies
        return not self.kb.lookup(rest) and self.kb.demonym(rest) is None

    def _link(self, tok: Token, first: bool) -> bool:
        """May `tok` be an indefinite noun of the chain: no article, clitic, pronoun, verb, preposition
        or country adjective ("أمريكية"); the first not a body's own part ("إدارة" in "مجلس إدارة")."""
        key = tok.key
        if not tok.is_word or len(key) < 3 or key.startswith("ال") or key.isdigit() or tok.text.isascii():
            return False
        if key in PREPOSITIONS or key in STOP_WORDS or key in TITLE_HEADS or key in self.verbs \
                or has_pronoun_suffix(key) or (first and key in GENERIC_LINKS):
            return False  # "حزب رئيس الوزراء": a title is the person's, no link of a body's name
        common = self.words.common
        if key in self.words.given_names or key.startswith(("ي", "بال", "كال", "فال", "وال")) \
                or len(key) == 3 and key[0] in "لبك":
            return False  # "لجنة عمر ...": a person; "أمانة يعتبر": a verb; "قنصلية بالدرجة"
        if tok.text.endswith("ه") and not tok.text.endswith("اه") or key.startswith("لل") \
                or key[0] == "ل" and key not in common:
            return False  # "صندوق تؤسسه", "لجنة للحفاظ", "مكتب لتأجير": a verb, a purpose, no construct
        if key[0] == "و" and not first and self._link_word(key[1:]):
            return True  # "غرفة تجارة" + "وصناعة": nouns joined in the chain
        if key[0] in "وف" and key not in common or key[0] in "لبك" and key[1:] in common:
            return False  # "ولجنة", "لصناعة", "بهدف": a conjunction or a preposition before a word
        return self._link_word(key)

    def _link_word(self, key: str) -> bool:
        """A noun, not an indefinite adjective after the head: neither a country's ("أمريكية"), a
        relational one ("وطنية", "طبية"; verbal nouns "تنمية", "رعاية" are nouns) nor a participle
        of a derived form ("مختصة", "مستقلة", "مشتركة": a ت after the م or the root's first letter;
        verbal nouns "مكافحة", "متابعة" have an alif, nouns "منطقة", "محكمة" no ت)."""
        if key.endswith("يه") and not key.startswith("ت") and not (len(key) == 5 and key[2] == "ا"):
            return False
        if key.startswith("م") and key.endswith("ه") and "ا" not in key and "ت" in key[1:3]:
            return False
        return self.kb.demonym("ال" + key) is None


# the keys a head word may have with its clitics: one set lookup skips every other word
HEAD_FORMS = frozenset(c + h for h in CHAIN_HEADS for c in CLITIC_RUNS_KAF)
_HEAD_READINGS = FormMemo()  # `_head_reading` per word form (it depends on its text only)


def _head_reading(tok: Token) -> tuple[int, str] | None:
    """(offset in the word, head key) of a reading of `tok` that is a chain head in construct:
    "لهيئة" (ل + "هيئة"), not "للهيئة" nor "الهيئة"."""
    if tok.key not in HEAD_FORMS or not tok.is_word:
        return None
    found = clitic_reading(tok, CHAIN_HEADS, CLITIC_RUNS_KAF)
    if found is not None and found[1] in WRITTEN_WITH_YA and tok.text.endswith("ى"):
        return None  # "نادى": the verb, not the club
    return found


def _join_office_of_body(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """"الأمانة العامة" + "لاتحاد غرف مجلس التعاون الخليجي": an office every body has (a definite
    institution word and an adjective of rank), named with the body it serves right after it, is
    that office of that body; the words alone name no body (the KB's entry for them is dropped)."""
    start_at = {c.start: c for c in cands if c.type == "ORG"}
    joined: dict[int, NameCandidate] = {}
    dropped: set[int] = set()
    for c in cands:
        if c.type != "ORG" or c.tok_end - c.tok_start != 2 or id(c) in dropped \
                or tokens[c.tok_start].key not in DEFINITE_INSTITUTIONS or tokens[c.tok_start + 1].key not in RANK_ADJECTIVES:
            continue
        j = c.tok_end
        if not adjacent(tokens, j) or not tokens[j].key.startswith("ل") or tokens[j].key.startswith("لل"):
            continue
        body = start_at.get(tokens[j].start + 1)
        if body is None or body.tok_start != j or body.actor is not None:
            # a known body keeps its own entity ("الأمانة العامة لمجلس التعاون" names the Council)
            continue
        joined[id(c)] = NameCandidate(c.start, body.end, c.tok_start, body.tok_end, "ORG",
                                      alias_key(text[c.start:body.end]), None, "pattern")
        dropped.add(id(body))
    if not joined:
        return cands
    return [joined.get(id(c), c) for c in cands if id(c) not in dropped]


def _inner(cands: list[NameCandidate]) -> set[int]:
    """Tokens inside a candidate that do not start it: no chain takes a place from within a name."""
    return {i for c in cands for i in range(c.tok_start + 1, c.tok_end)}


def _after_preposition(place: NameCandidate, tok: Token) -> bool:
    """The place is read after ب or ل ("بشاتانوغا"): its span leaves the clitic out, or NER kept it
    in a name no KB entry confirms (a known place, "بريدة", begins with its own letter)."""
    if place.start != tok.start:
        return True
    return place.actor is None and tok.key[:1] in ("ب", "ل") and len(tok.splits) > 1
