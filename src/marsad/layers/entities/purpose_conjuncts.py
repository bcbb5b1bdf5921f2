"""A body's purpose of two parts: "الرئاسة العامة للأرصاد وحماية البيئة", "الجمعية الخيرية لتحفيظ
القرآن ورعاية الأيتام".

The name patterns end a body's name at a purpose complement ("للأرصاد", "لتحفيظ القرآن") when
what follows is و + an indefinite verbal noun, which they cannot tell from the next clause. In
construct with a definite noun ("وحماية البيئة") and right after the purpose, it is the purpose's
second part: the name runs on over it. Not when the noun heads another body ("ووزارة الصحة").
`extend_purpose_conjuncts` is a step of `mentions.MentionFinder.find`.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed
from marsad.layers.entities.name_words import NameWords, has_pronoun_suffix, institution


def _purpose(tok: Token) -> bool:
    """"للأرصاد", "لتحفيظ": ل + a noun (with its article or not), the start of what a body is for."""
    return tok.key.startswith("ل") and len(tok.splits) > 1 and len(tok.key) >= 5


def _second_part(words: NameWords, verbs: frozenset[str], conj: Token, noun: Token) -> bool:
    """"وحماية" + "البيئة": و + an indefinite noun that heads no body, then a definite noun."""
    if not conj.key.startswith("و") or len(conj.splits) < 2 or not noun.key.startswith("ال"):
        return False
    stem = conj.splits[1][1]
    return len(stem) >= 4 and not stem.startswith("ال") and stem not in verbs and stem not in words.given_names \
        and not has_pronoun_suffix(stem) and not institution(conj) and noun.is_word and not institution(noun)


def extend_purpose_conjuncts(cands: list[NameCandidate], tokens: list[Token], text: str, words: NameWords,
                             verbs: frozenset[str]) -> None:
    """Let each unknown body's name that ends with its purpose run on over "و + noun + definite noun"."""
    taken = claimed(cands)
    for c in cands:
        if c.type != "ORG" or c.actor is not None or c.source == "kb" or c.tok_end + 2 > len(tokens):
            continue
        # the purpose is the last word ("للأرصاد") or the one before it ("لتحفيظ القرآن")
        # (never the name's first word after its head: "جامعة ليستر" begins with ل)
        if not any(_purpose(tokens[k]) and (tokens[k].key.startswith("لل") or k + 1 < c.tok_end)
                   for k in range(max(c.tok_start + 2, c.tok_end - 2), c.tok_end)):
            continue
        j = c.tok_end
        if j in taken or j + 1 in taken or tokens[j].start - tokens[j - 1].end > 1 \
                or tokens[j + 1].start - tokens[j].end > 1:
            continue
        if not _second_part(words, verbs, tokens[j], tokens[j + 1]):
            continue
        c.tok_end, c.end = j + 2, tokens[j + 1].end
        c.key = alias_key(text[c.start : c.end])
        taken.update((j, j + 1))
