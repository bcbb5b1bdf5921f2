"""Extensions of the NER names the KB does not know, to the words the tagger left out.

An institution continues with و + a definite noun or a definite adjective ("وزارة المياه" +
"والكهرباء"), an organisation named for its purpose with لل + noun ("المنظمة العربية" +
"للتنمية") or by its relational adjective ("بنك الواحة" + "الوطني"), a person's name with its
lineage ("أحمد بن إبراهيم" + "الملا"), with the family name after given names ("خالد فهد" +
"الرويلي") and with the first name between an honorific and the surname ("الدكتور" + "جمال").
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, move_end, move_start
from marsad.layers.entities.name_words import content_key, has_pronoun_suffix, institution, reads_as
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS
from marsad.layers.entities.word_lists import (
    CONNECTORS,
    DEFINITE_HEADS,
    FAMILY_WORD,
    GENERIC_ADJECTIVES,
    INSTITUTION_HEADS,
    PATRONYMIC,
    PURPOSE_HEADS,
    RANK_ADJECTIVES,
    TRAILING_ROLES,
)
from marsad.lexicons.loader import table

# weekday names: "وصل الدكتور محمد الخميس" is Thursday, not a family name
_WEEKDAYS = frozenset(alias_key(row[0]) for row in table("weekdays.tsv"))


def _feminine_participle(key: str) -> bool:
    """"رؤية الأمير سعود" + "الثابتة": a definite feminine participle (فاعلة, or with م: "المتميزة")
    agrees with a noun before the name; a family name in ة is rather of the shape "العمرة", "الجمعة"."""
    stem = key[2:]
    return key.startswith("ال") and stem.endswith("ه") and (len(stem) == 5 and stem[1] == "ا" or stem.startswith("م"))


def _definite_adjective(key: str) -> bool:
    """"القروية", "الإماراتي": a definite nisba adjective, which does not start a person's name."""
    return key.startswith(("ال", "وال")) and key.endswith(("ي", "يه")) and len(key) > 5


def extend_purpose(c: NameCandidate, tokens: list[Token], text: str) -> None:
    """An organisation named for what it serves continues with لل + noun: "الاتحاد العالمي" +
    "للمسلمين", "المنظمة العربية" + "للتنمية"; only the definite form, which cannot be a verb's
    complement starting a new phrase as easily as "ل" + indefinite can; then that noun's relational
    adjectives ("للرياضات" + "البحرية")."""
    if c.type != "ORG" or c.tok_end - c.tok_start < 2 or not reads_as(tokens[c.tok_start], PURPOSE_HEADS):
        return
    j = c.tok_end
    if j < len(tokens) and tokens[j].is_word and tokens[j].start - tokens[j - 1].end <= 1 \
            and tokens[j].key.startswith("لل") and len(tokens[j].key) > 4:
        j += 1
    if tokens[j - 1].key.startswith("لل") and len(tokens[j - 1].key) > 4:
        # "الاتحاد السعودي للرياضات" + "البحرية", "الاتحاد العام للنقابات" + "الفنية": what the body
        # serves takes its relational adjective (one, or two: "للرياضات البحرية الشاطئية")
        for _ in range(2):
            if j < len(tokens) and tokens[j].is_word and tokens[j].start - tokens[j - 1].end <= 1 \
                    and _definite_adjective(tokens[j].key) and not tokens[j].key.startswith("وال"):
                j += 1
    if j != c.tok_end:
        move_end(c, j, tokens, text)


# the test of a family name that is also an ordinary word, given the word after it (`NameWords.word_family`)
FamilyWord = Callable[[Token, Token | None], bool]


def _next(tokens: list[Token], j: int) -> Token | None:
    return tokens[j + 1] if j + 1 < len(tokens) else None


def extend_lineage(c: NameCandidate, tokens: list[Token], text: str,
                   name_like: Callable[[Token], bool], word_family: FamilyWord | None = None) -> None:
    """A person's name does not stop at a lineage word: "عبداللطيف آل" + "الشيخ",
    "أحمد بن إبراهيم" + "الملا" (one family name after a بن/آل chain), "بن" + "سلمان"; nor before a
    family name that is also an ordinary word, with `word_family` ("صالح بن عبدالله" + "القاضي")."""
    if c.type != "PER":
        return
    a = c.tok_start
    while c.tok_end - a > 1 and _definite_adjective(tokens[a].key) and name_like(tokens[a + 1]):
        a += 1  # "القروية عبداللطيف": the end of the title before the name, not the name
    if a != c.tok_start:
        move_start(c, a, tokens, text)
    j = c.tok_end
    chain = any(tokens[k].key in CONNECTORS for k in range(c.tok_start + 1, j))
    for _ in range(4):
        if j >= len(tokens) or tokens[j].start - tokens[j - 1].end > 1:
            break
        if tokens[j - 1].key in CONNECTORS and tokens[j].is_word and len(tokens[j].key) > 2 \
                and not tokens[j].key.startswith("و"):
            # the span ended on the lineage word itself ("آل" + "الشيخ", "بن" + "مساعد"): a father's or
            # a family's name follows it, even one that is also an ordinary word ("شون بن" + "وكفن": و
            # joins another person to a foreigner's name)
            j, chain = j + 1, True
        elif tokens[j].key in CONNECTORS and j + 1 < len(tokens) and tokens[j + 1].start - tokens[j].end <= 1 \
                and (name_like(tokens[j + 1])
                     or tokens[j].key == FAMILY_WORD and tokens[j + 1].key in HONORIFICS):
            j, chain = j + 2, True  # "عبداللطيف بن عبدالملك" + "آل الشيخ"
        elif chain and j == c.tok_end and tokens[j].key.startswith("ال") \
                and (name_like(tokens[j]) or word_family is not None and word_family(tokens[j], _next(tokens, j))
                     or _lineage_nisba(c, tokens, j, name_like)):
            j += 1  # the family name closing a lineage ("الملا"); common words are not name-like
            break
        else:
            break
    move_end(c, j, tokens, text, relink=False)


def _lineage_nisba(c: NameCandidate, tokens: list[Token], j: int, name_like: Callable[[Token], bool]) -> bool:
    """"عبدالله بن عبدالمحسن" + "التركي", "سعد بن عبدالرحمن" + "اليمني": a masculine nisba after a
    "بن" + name ending the span is the family's name, though it reads as a country's adjective
    (which `name_like` refuses): the press does not put a nationality after a lineage. The word
    before must be the father's name, not a title ("بنت العاهل" + "الأردني"), and the nisba
    masculine (a feminine one agrees with a noun: "بن سلمان" + "الجوية" of a base's name)."""
    key, father = tokens[j].key, tokens[j - 1]
    return len(key) >= 5 and key.endswith("ي") and not has_pronoun_suffix(key) \
        and j - 2 >= c.tok_start and tokens[j - 2].key in PATRONYMIC and name_like(father)


def extend_conjunct(c: NameCandidate, tokens: list[Token], text: str) -> None:
    """"وزارة المياه" + "والكهرباء", "وزارة الداخلية والأمن" + "الوطني", "حزب المؤتمر الشعبي" +
    "العام": an institution name continued by و + a definite noun, a definite relational adjective
    or one of rank; "وزارة الاتصالات مزودي":
    an indefinite word after a ministry's definite complement is not part of its name."""
    if c.type != "ORG" or not institution(tokens[c.tok_start]):
        return
    j = c.tok_end
    if reads_as(tokens[c.tok_start], DEFINITE_HEADS):
        k = c.tok_start + 1
        while k < c.tok_end and tokens[k].is_word and tokens[k].key.startswith(("ال", "وال", "لل", "ل")):
            k += 1
        if c.tok_start + 1 < k < c.tok_end:
            j = k
    for _ in range(3):
        if j >= len(tokens) or not tokens[j].is_word or tokens[j].start - tokens[j - 1].end > 1:
            break
        key = tokens[j].key
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if after is not None and (after.kind == "num" or has_pronoun_suffix(after.key)):
            break  # "وزارة الخدمة المدنية والبالغ عددهم": a clause, not the name
        if key.startswith("و") and content_key(tokens[j]) in INSTITUTION_HEADS:
            break  # "الحزب الديمقراطي" + "والاتحاد الوطني": a second body ("لجنة الأمن" + "والدفاع" is not)
        if (key.startswith("وال") and len(key) > 4) or key in RANK_ADJECTIVES \
                or (key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 4):
            j += 1
        else:
            break
    move_end(c, j, tokens, text)


# "أبي", "أبو", "أم", "ابن": a kunya or a patronym's first word; "أبي" + a definite noun is a figure
# ("أبي الكيمياء"), no family name
KUNYA_WORDS = frozenset(alias_key(w) for w in ("أبو", "أبي", "أبا", "أم", "ابن"))
# the same words but "أم", which is also "or" ("أم قال"): before a verb form they make it a name
FATHER_WORDS = KUNYA_WORDS - {alias_key("أم")}
# "صاحب" is an honorific before "السمو" only; before an indefinite word it is "the owner of"
_OWNER = alias_key("صاحب")


def _one_space(tokens: list[Token], i: int) -> bool:
    """Whether token i follows token i-1 after exactly one space."""
    return tokens[i].start - tokens[i - 1].end == 1


def extend_family_name(c: NameCandidate, tokens: list[Token], text: str, given_names: frozenset[str],
                       name_like: Callable[[Token], bool], covered: set[int],
                       word_family: FamilyWord | None = None) -> None:
    """"أحمد عادل" + "الوايل": an Arab person's name of given names only (one or two) the tagger
    cut before the family name; a definite word right after it that may be a name (no ordinary
    word, country adjective, definite feminine noun, word with a pronoun, office or role: "محمد
    سعيد" + "المرشد العام") and in no other name. With `word_family`, also a family name that is an
    ordinary word ("محمد فريد" + "السعيد"), after a name that starts with a given name and has no
    definite word ("أحمد عيد" + "الحربي": the tagger's second word may be a given name that is a
    word too)."""
    if c.type != "PER" or not 1 <= c.tok_end - c.tok_start <= 2 or c.end != tokens[c.tok_end - 1].end \
            or tokens[c.tok_start].key not in given_names or tokens[c.tok_start].key in KUNYA_WORDS:
        return
    j = c.tok_end
    if j >= len(tokens) or j in covered or not _one_space(tokens, j):
        return
    tok = tokens[j]
    if word_family is not None and word_family(tok, _next(tokens, j)) \
            and all(tokens[k].is_word and not tokens[k].text.startswith("ال") and tokens[k].key not in KUNYA_WORDS
                    for k in range(c.tok_start, c.tok_end)):
        move_end(c, j + 1, tokens, text, relink=False)
        return
    if any(tokens[k].key not in given_names or tokens[k].key in KUNYA_WORDS for k in range(c.tok_start, c.tok_end)):
        return
    # "المهندس محمد" + "العمرة": after an honorific, one given name is a person being introduced,
    # so the definite word right after it is his family name even when it is an ordinary word too
    # (the Umrah, Friday); a rank ("الثاني"), a weekday or a nisba adjective stays outside
    introduced = c.tok_end - c.tok_start == 1 and c.tok_start > 0 and _one_space(tokens, c.tok_start) \
        and reads_as(tokens[c.tok_start - 1], HONORIFICS) and tok.key not in RANK_ADJECTIVES \
        and tok.key not in _WEEKDAYS and not _definite_adjective(tok.key) and not has_pronoun_suffix(tok.key) \
        and not _feminine_participle(tok.key)
    if tok.is_word and tok.text.startswith("ال") and len(tok.key) >= 5 and (name_like(tok) or introduced) \
            and tok.key not in TRAILING_ROLES and tok.key[2:] not in TITLE_HEADS and tok.key not in TITLE_HEADS \
            and not (j + 1 < len(tokens) and _one_space(tokens, j + 1) and _takes_complement(tokens[j + 1])):
        move_end(c, j + 1, tokens, text, relink=False)


def _takes_complement(after: Token) -> bool:
    """The word after a definite word that makes it an adjective, a participle or a noun rather
    than a family name: ل/ب + a word ("الخاضع" + "لسيطرة", "المشغول" + "بالبحث", the complement a
    participle governs) or a definite feminine adjective agreeing with it ("الأعشاب" + "الطبية")."""
    clitic = len(after.splits) > 1 and after.splits[1][0] == after.start + 1 and after.key[0] in "لب"
    return clitic or after.text.startswith("ال") and after.text.endswith("ة")


def extend_after_honorific(c: NameCandidate, tokens: list[Token], text: str, given_names: frozenset[str],
                           name_like: Callable[[Token], bool], covered: set[int]) -> None:
    """"الدكتور" + "إقبال" + "إسماعيل": the word between an honorific and the person's name the
    tagger found is the person's first name (a given name that is also an ordinary word, or a
    foreign one it did not know); not a definite word ("الدكتور السعودي") nor another name."""
    a = c.tok_start
    if c.type != "PER" or a < 2 or c.tok_end - a > 2 or a - 1 in covered or c.start != tokens[a].start:
        return
    first, honorific = tokens[a - 1], tokens[a - 2]
    if not (_one_space(tokens, a) and _one_space(tokens, a - 1)) or not first.is_word \
            or not reads_as(honorific, HONORIFICS) or honorific.key == _OWNER or first.key.startswith("ال") or first.key in CONNECTORS \
            or not (first.key in given_names or name_like(first)):
        return
    move_start(c, a - 1, tokens, text)


def extend_adjectives(c: NameCandidate, tokens: list[Token], text: str, covered: set[int],
                      demonym: Callable[[str], object]) -> None:
    """"بنك الواحة" + "الوطني", "شركة «نخيل" + "العقارية»": an organisation's name the tagger cut
    before its definite relational adjective or one of rank (up to two), which names the body; not
    a country's adjective ("الاتحاد العربي للسلة" + "المصري": the body of the country, no part of its
    name) nor a word another name holds. Only a name that is a body's by its head word, its own or
    the one before it ("لشركة" + "«نخيل"): after a team, a party or a people the adjective describes
    ("فريق الواحة" + "الكروي", "الطائفة" + "الدينية")."""
    if c.type != "ORG" or c.end != tokens[c.tok_end - 1].end:
        return
    before = next((tokens[k] for k in range(c.tok_start - 1, max(c.tok_start - 3, -1), -1) if tokens[k].is_word), None)
    if not institution(tokens[c.tok_start]) and (before is None or not institution(before)):
        return
    j = c.tok_end
    while j < len(tokens) and j - c.tok_end < 2 and j not in covered and _one_space(tokens, j) \
            and tokens[j].is_word and tokens[j].text.startswith("ال"):
        key = tokens[j].key
        if not (key in RANK_ADJECTIVES or _definite_adjective(key) or key.endswith("يه") and len(key) > 5) \
                or demonym(key) is not None or key in GENERIC_ADJECTIVES:
            break
        j += 1
    move_end(c, j, tokens, text, relink=False)
