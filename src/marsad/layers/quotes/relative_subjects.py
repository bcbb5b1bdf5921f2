"""Who a relative pronoun after a name stands for, as the subject of the reporting verb after it:
"... مدير المستشفى فلان الفلاني الذي أكد الخبر وقال إن" makes the story follow that person. The
antecedent is the person or body named right before "الذي"/"التي", or a name the entity layer
missed there. Split from `resolution`, which asks it for pro-drop verbs and for a cue right after
the pronoun."""

from __future__ import annotations

from marsad.document import SpeakerRef
from marsad.layers.quotes.apposed_names import GIVEN_NAMES
from marsad.layers.quotes.attribution import SpeakerFinder
from marsad.layers.quotes.holders import title_holder
from marsad.layers.quotes.issuers import SINGULAR_RELATIVES, Constructed
from marsad.layers.quotes.name_edges import NAME_HONORIFICS, rank_or_stop_word
from marsad.layers.quotes.speaker_gender import given_name_genders
from marsad.layers.quotes.speech_lexicon import SpeechLexicon

RELATIVE_NAME_WORDS = 3   # words of a name the entity layer missed before "الذي"
CLAUSE_PUNCTUATION = frozenset({"،", ",", "؛", ";"})
# match keys of a relative pronoun joined to "و" and the gender of a verb whose subject it is:
# "«الوكالة»، والتي أعلنت" (a verb of the other gender has another subject: "والتي أعلن عنها")
COORDINATED_RELATIVES = {"والذي": "m", "والتي": "f"}
CLOSING_MARKS = frozenset({"»", ")", '"', "”"})  # a name quoted or in brackets before the pronoun


class RelativeAntecedents:
    """Built once per resolver; `clause_subject` and `antecedent` per statement."""

    def __init__(self, lex: SpeechLexicon, constructed: Constructed) -> None:
        self.lex = lex
        self.constructed = constructed  # an unlinked span named by a construction, remembered as such

    def clause_subject(self, finder: SpeakerFinder, start: int, pos: int) -> SpeakerRef | None:
        """"... مدير المستشفى فلان الفلاني الذي أكد الخبر وقال إن ...": a reporting verb right after
        a relative pronoun earlier in the sentence says who the story follows; the pro-drop verb
        after it is the same person's, and so is the reporting verb right after the pronoun
        ("... ورئيسه فلان الذي أعلن أنه"), even when the antecedent is an object. The antecedent is
        the mention ending right before the pronoun, or a name the entity layer missed there (a
        plain given name and what follows)."""
        toks, lex = finder.toks, self.lex
        lo, hi = finder.tok_at(start), finder.tok_at(pos)
        k = next((k for k in range(hi - 2, lo, -1) if toks[k].key in SINGULAR_RELATIVES and toks[k + 1].is_word
                  and lex.cue(toks[k + 1]) is not None), None)
        return None if k is None else self.antecedent(finder, lo, k)

    def antecedent(self, finder: SpeakerFinder, lo: int, k: int, known_given: bool = False) -> SpeakerRef | None:
        """Who the relative pronoun at token k (in a sentence opening at token lo) refers to: the
        mention ending right before it, or a name the entity layer missed there (a plain given
        name and what follows; `known_given`: a given name of the lexicons, where no other
        reporting verb vouches for the words as someone's: "بحسب حصيلة للمرصد الذي" names no one)."""
        toks, lex = finder.toks, self.lex
        if lo < k - 2 and toks[k - 1].text in CLAUSE_PUNCTUATION and toks[k - 2].text in CLOSING_MARKS \
                and toks[k - 3].is_word and (finder.mention_at_token(k - 3) or finder.covering(k - 3)):
            k -= 2  # "التابعة لوكالة «ناسا»، التي أعلنت": the name's closing mark and a comma
        elif lo < k - 1 and toks[k - 1].text in CLAUSE_PUNCTUATION and toks[k - 2].is_word \
                and (finder.mention_at_token(k - 2) or finder.covering(k - 2)):
            k -= 1  # "وفق ما نقلته وكالة الأنباء القطرية، التي أشارت": a comma between the name and the pronoun
        if k <= lo or not toks[k - 1].is_word:
            return None
        if (finder.mention_at_token(k - 1) or finder.covering(k - 1)) and not _place_after_honorific(finder, lo, k):
            return _antecedent_mention(finder, k)
        first = k - 1
        while first > lo and k - first < RELATIVE_NAME_WORDS and toks[first - 1].is_word \
                and finder.covering(first - 1) is None and finder.plain_name_word(toks[first - 1]):
            first -= 1
        last = toks[k - 1]
        surname = finder.plain_name_word(last) or last.key.startswith("ال") and not lex.has("pp_head", last) \
            and not rank_or_stop_word(lex, last)
        # one word alone is no name, unless the person's own honorific stands before it ("الملا فلان")
        honored = first > lo and toks[first - 1].key in NAME_HONORIFICS
        alone = first == k - 1 and not honored
        if not surname or not finder.plain_name_word(toks[first]) or alone \
                or any(lex.is_stop(t) or lex.cue(t) is not None or lex.has("pp_head", t) for t in toks[first:k]):
            return None  # a title or a function word is no name
        # the person's own honorific vouches for the words as a name as well as a listed given name
        # does ("الشيخ فلان الذي أكد": a given name the lexicons lack)
        if known_given and not honored and toks[first].key not in GIVEN_NAMES \
                and toks[first].key not in given_name_genders():
            return None
        return self.constructed(finder, toks[first].start, toks[k - 1].end)


def _place_after_honorific(finder: SpeakerFinder, lo: int, k: int) -> bool:
    """"الملا فلان الذي": one word the entity layer read as a place, right after a person's own
    honorific, is that person's name (a place takes no "الملا"، "الشيخ" before it)."""
    toks = finder.toks
    r = finder.mention_at_token(k - 1) or finder.covering(k - 1)
    return r is not None and r.entity.type == "LOC" and k - 2 > lo and finder.tok_at(r.start) == k - 1 \
        and toks[k - 2].key in NAME_HONORIFICS


def _antecedent_mention(finder: SpeakerFinder, k: int) -> SpeakerRef | None:
    """The person or body named right before the relative pronoun at token k ("سيب بلاتر
    الذي"). A body after a title is the title holder's ("فلانة مديرة الصندوق التي قالت"):
    the person named before the title, or nobody named."""
    toks = finder.toks
    r = finder.mention_at_token(k - 1) or finder.covering(k - 1)
    if r is None or r.end != toks[k - 1].end or r.entity.type not in ("PER", "ORG"):
        return None
    if r.entity.type == "ORG":
        titled, holder = title_holder(finder, finder.tok_at(r.start))
        if titled:
            return holder
    return finder.ref(r)


def names_relative_subject(finder: SpeakerFinder, cue: int | None, rule: SpeakerRef | None) -> bool:
    """Is `rule`, a name the entity layer missed, the antecedent of a relative pronoun right before
    the reporting verb ("الملا فلان الذي صرح بأن")? The verb's own subject, as much as one after it:
    it stands against the learned choice of someone named earlier in the sentence."""
    if rule is None or rule.entity is not None or cue is None or cue < 2:
        return False
    toks = finder.toks
    if toks[cue - 1].key not in SINGULAR_RELATIVES and toks[cue - 1].key not in COORDINATED_RELATIVES:
        return False
    before = cue - 2
    if toks[before].text in CLAUSE_PUNCTUATION and before > 0:
        before -= 1  # "فلان الفلاني، الذي أكد"
    return toks[before].end == rule.end and rule.end <= toks[cue - 1].start


def relative_opens_cue(finder: SpeakerFinder, cue: int, gender: str | None) -> bool:
    """Is the word right before the reporting verb at token `cue` a relative pronoun that is the
    verb's subject: "الذي"/"التي", or one joined to "و" whose gender the verb agrees with?"""
    if cue < 1:
        return False
    key = finder.toks[cue - 1].key
    return key in SINGULAR_RELATIVES or gender is not None and COORDINATED_RELATIVES.get(key) == gender

