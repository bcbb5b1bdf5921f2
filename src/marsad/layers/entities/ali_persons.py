"""Persons named by a given name that is also an ordinary word + a family's relational name
("علي العياشي", "وعمر الأكلبي").

"علي" is the commonest given name of the region's press, and also the way many papers spell the
preposition "على" (on); "عمر" is also an age, "سامي" high (lexicon `word_given_names.tsv`). So they
are kept out of the given names the other finders start a person with. Followed by a definite
relational word ("العياشي", "الخيبري") they are nearly always the name: the preposition is
followed by a noun ("على الصعيد", "على الرغم"), rarely by a definite nisba, and the few that do
occur ("على التوالي", "على الذي") are ordinary words the word lists know.

After a sign that a person is named (a title, an honorific, a noun for a person or a country's
adjective right before: "البروفيسور علي عشقي", "الطفل علي دوابشة", "الشاعر الإماراتي علي الخوار") the
preposition cannot stand there, and the name goes on with any name-like word ("السالم", "عشقي");
the preposition follows verbs and nouns of action, not a person's title.

`add_ali_persons` is a step of `mentions.MentionFinder.find`, after the other person finders.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, move_end, move_start, with_added
from marsad.layers.entities.name_words import NameWords, has_pronoun_suffix
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS, content_key
from marsad.lexicons.loader import keyed, words

# the given names with the clitics a name takes before it ("وعلي", "لعمر"); not ف ("فعلي" is actual)
# nor ب ("بعلي" with my husband)
_NAMES = words("word_given_names.tsv")
_ALI_FORMS = {**dict.fromkeys(_NAMES, 0), **{"و" + n: 1 for n in _NAMES}, **{"ل" + n: 1 for n in _NAMES}}
_ALI_MEMO = FormMemo()  # word form -> is it one of `_ALI_FORMS`
# definite words ending with ي that follow the preposition "على" spelt "علي" and are no family
# nouns for a person that stand before a name: ordinary people ("الطفل", "المواطن") and professions
# ("المراسل", "الشاعر"), as the speaker and foreign-person finders read them, and the definite
# nouns of a role the titled-person finder reads before a holder's name ("المتطوعة", "المعلم":
# "المتطوعة أمل ناصر"); the bare construct heads there ("حاكم", "رئيسة") govern a noun instead
_PERSON_NOUNS = keyed("actors/speaker_person_nouns.tsv", None, alias_key) \
    | keyed("actors/foreign_given_names.tsv", "person_noun", alias_key) \
    | frozenset(k for k in keyed("titled_person_heads.tsv", "head", alias_key) if k.startswith("ال"))
_MAX_WORDS = 4  # a given name, a father's and a grandfather's, a family's
_NOT_FAMILIES = frozenset({"الذي", "التي", "الديني", "التوالي", "الفور", "الحالي", "المستوى", "الاقل", "الاطلاق"})


def _is_ali_form(tok: Token) -> bool:
    return tok.text in _ALI_FORMS


def _family_word(tok: Token, words: NameWords, kb: KnowledgeBase) -> bool:
    """A definite relational word that may be a family name ("العياشي"; "الحربي", though also
    military), not a country's adjective ("السعودي") nor a word "على" governs ("التوالي")."""
    key = tok.key
    return tok.is_word and tok.text.startswith("ال") and key.endswith("ي") and len(key) >= 5 \
        and key not in _NOT_FAMILIES and not has_pronoun_suffix(key) \
        and kb.demonym(key) is None


def _person_sign(tokens: list[Token], i: int, kb: KnowledgeBase) -> bool:
    """Is the word before token i a title, an honorific, a noun for a person ("والمراسل") or a
    definite country adjective ("السعودي" of "السفير السعودي")?"""
    if i == 0 or not tokens[i - 1].is_word or tokens[i].start - tokens[i - 1].end != 1:
        return False
    prev = tokens[i - 1]
    key, bare = prev.key, content_key(prev)
    if any(k in HONORIFICS or k in TITLE_HEADS or k in _PERSON_NOUNS or "ال" + k in _PERSON_NOUNS for k in (key, bare)):
        return True
    return key.startswith("ال") and kb.demonym(key) is not None


def _surname_word(tok: Token, words: NameWords, kb: KnowledgeBase) -> bool:
    """A word that may be a person's second name after a titled given name: name-like, no
    ordinary word (not "أهمية" of "أكد السفير علي أهمية"), no place or body the KB knows."""
    key = tok.key
    if not tok.is_word or not words.name_like(tok) or words.ordinary(key):
        return False
    if any(k in HONORIFICS or k in TITLE_HEADS or k in _PERSON_NOUNS for k in (key, "ال" + key)):
        return False  # "الفنان علي ناجع عميد نقاد الفنون": a title after the name describes him
    return all(a.type == "PER" for a in kb.lookup(key)) and kb.demonym(key) is None


# the words of a lineage ("علي دوابشة ابن العام": "son of" opens a description, and lineages are
# read by `name_extension.extend_lineage`)
_LINEAGE = frozenset(alias_key(w) for w in ("ابن", "بن", "بنت", "ابنة"))


def _runs_on(tok: Token) -> bool:
    """May the name go on over this word: no lineage word, no accusative adverb ("حرقاً", "حرقا")."""
    return tok.key not in _LINEAGE and not tok.text.endswith(("ً", "اً", "ا"))


def add_ali_persons(cands: list[NameCandidate], tokens: list[Token], text: str, words: NameWords,
                    kb: KnowledgeBase) -> list[NameCandidate]:
    """A name of `_NAMES` + a family's relational name, where no person covers it, added as a person; a
    one-word place or body the second word alone was read as ("الأحمدي", a Kuwaiti town) gives
    way to it."""
    # the tokens written as one of the names, found before anything else is built: most texts have few
    last = len(tokens) - 1
    hits = [i for i in indices_where(tokens, _ALI_MEMO, _is_ali_form) if i < last]
    if not hits:
        return cands
    by_token: dict[int, NameCandidate] = {}
    for c in cands:
        for k in range(c.tok_start, c.tok_end):
            by_token[k] = c
    added: list[NameCandidate] = []
    dropped: list[NameCandidate] = []
    for i in hits:
        rel = _ALI_FORMS[tokens[i].text]
        nxt = tokens[i + 1]
        if nxt.start - tokens[i].end != 1 or not (_family_word(nxt, words, kb)
                                                  or _person_sign(tokens, i, kb) and _surname_word(nxt, words, kb)):
            continue
        # a one-word place or body either word alone was read as ("تركي" Turkish, "الأحمدي" a town)
        held = [c for c in (by_token.get(i), by_token.get(i + 1)) if c is not None]
        if len(held) == 2 and held[0] is held[1] and held[0].tok_start == i and held[0].tok_end == i + 2 \
                and held[0].actor is None and held[0].source == "ner":
            held[0].type = "PER"  # the two words tagged a body or a place
            continue
        if by_token.get(i) is None and len(held) == 1 and held[0].type == "PER" and held[0].actor is None \
                and held[0].tok_start == i + 1 and held[0].start == nxt.start:
            c = held[0]  # "علي الزبيدي" tagged "الزبيدي": the given name belongs to it
            move_start(c, i, tokens, text, at=tokens[i].start + rel)
            continue
        if any(c.type == "PER" or c.tok_end - c.tok_start != 1 for c in held):
            continue  # a person already, or a longer name
        dropped += held
        j = i + 2
        if _person_sign(tokens, i, kb):
            # "المقدم علي عميرال جرمان الشهراني": a titled name runs on over its name-like words
            while j < len(tokens) and j - i < _MAX_WORDS and tokens[j].start - tokens[j - 1].end == 1 \
                    and j not in by_token and _surname_word(tokens[j], words, kb) and _runs_on(tokens[j]):
                j += 1
            rest = by_token.get(j)
            if rest is not None and rest.type == "PER" and rest.actor is None and rest.tok_start == j \
                    and rest.start == tokens[j].start and tokens[j].start - tokens[j - 1].end == 1 \
                    and rest.tok_end - i <= _MAX_WORDS + 1:
                dropped.append(rest)  # "العقيد علي سعيدان حمد الزهراني" with "حمد الزهراني" found: one name
                j = rest.tok_end
        start, end = tokens[i].start + rel, tokens[j - 1].end
        added.append(NameCandidate(start, end, i, j, "PER", alias_key(text[start:end]), None, "given"))
    if dropped:
        cands = [c for c in cands if all(c is not d for d in dropped)]
    return with_added(cands, added)


_ALI = "علي"
_CLAUSE_ENDS = frozenset({"،", ",", ".", "؛", ";", ":", ")"})


def join_across_ali(cands: list[NameCandidate], tokens: list[Token], text: str,
                    words: NameWords) -> list[NameCandidate]:
    """A person's name that goes on with "علي" as his father's or grandfather's name: "مرزوق علي
    الغانم", "أحمد موسى علي الربعي". The tagger takes the word for the preposition and ends the
    name before it, or starts a second person with it. The name runs on over "علي" (written so,
    as a word of its own) to the person tagged from there, or to one name-like word after it that
    no one holds ("على الرغم" spelt "علي" goes on with an ordinary word); or it ends with "علي"
    where a comma or a stop follows ("إبراهيم محمد علي،"), which the preposition never does."""
    last = len(tokens) - 1  # "علي" is one of `_ALI_FORMS`: the memo of `add_ali_persons` finds it
    hits = [i for i in indices_where(tokens, _ALI_MEMO, _is_ali_form) if 0 < i < last and tokens[i].text == _ALI]
    if not hits:
        return cands
    ends = {c.tok_end: c for c in cands}
    starts = {c.tok_start: c for c in cands}
    gone: set[int] = set()
    for i in hits:
        a = ends.get(i)
        if a is None or a.type != "PER" or id(a) in gone or a.end != tokens[i - 1].end \
                or tokens[i].start - a.end != 1:
            continue
        b = starts.get(i) or starts.get(i + 1)
        if tokens[i + 1].text in _CLAUSE_ENDS and tokens[i + 1].start == tokens[i].end:
            end = i + 1  # "إبراهيم محمد علي،": the preposition never ends a clause
        elif tokens[i + 1].start - tokens[i].end != 1:
            continue
        elif b is not None:
            if b.type != "PER" or b.start != tokens[b.tok_start].start or b.actor is not None:
                continue
            end = b.tok_end
            gone.add(id(b))
        else:
            nxt = tokens[i + 1]
            if any(c.tok_start <= i + 1 < c.tok_end for c in cands) or not words.name_like(nxt) \
                    or words.ordinary(nxt.key):
                continue
            end = i + 2
        move_end(a, end, tokens, text)
    return [c for c in cands if id(c) not in gone] if gone else cands
