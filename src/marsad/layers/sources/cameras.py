"""An outlet credited for pictures: its camera as the subject of a verb of recording ("ورصدت عدسة
«واس» انسيابية الحركة", "التقطت عدسة «..» صورا") or a picture taken "by" it ("صورة بعدسة «..»"). The
article's pictures and what they show come from the outlet, so the guide counts it as a source;
so does a caption's credit ("(تصوير: رويترز)").
The words come from `lexicons/source_words_unseen.tsv`.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES
from marsad.layers.sources.words import QUOTES
from marsad.lexicons import loader

CAMERAS = loader.keyed("source_words_unseen.tsv", "camera", match_key)
CAMERA_VERBS = loader.keyed("source_words_unseen.tsv", "camera_verb", match_key)
PICTURE_CREDITS = loader.keyed("source_words_unseen.tsv", "picture_credit", match_key)
CREDIT_SEPARATORS = ":/-–—ـ"
BY_PREFIXES = frozenset({"ب", "وب"})


def camera_of(toks: list[Token], i: int) -> bool:
    """The name starting at token i follows a camera word (marks between) that a verb of recording
    right before it has as its subject, or that "ب" governs ("بعدسة «..»")."""
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    if k < 0 or not toks[k].is_word:
        return False
    cam = toks[k]
    for _, stem in cam.splits:
        prefix = cam.key[: len(cam.key) - len(stem)]
        if stem not in CAMERAS:
            continue
        if prefix in BY_PREFIXES:
            return True
        if prefix == "" and k > 0 and toks[k - 1].is_word and any(
                toks[k - 1].key[: len(toks[k - 1].key) - len(s)] in VERB_PREFIXES and s in CAMERA_VERBS
                for _, s in toks[k - 1].splits):
            return True
    return False


def picture_credit(toks: list[Token], i: int) -> bool:
    """The name starting at token i follows a picture word and a colon or a dash ("(تصوير: رويترز)",
    "الصورة - أ ف ب"), or a picture word opening a bracket ("(تصوير واس)"): the caption credits
    the picture to the outlet."""
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    if k >= 1 and toks[k].key in PICTURE_CREDITS and toks[k - 1].text == "(":
        return True  # "(تصوير واس)": the credit opening a bracket needs no colon
    if k < 1 or toks[k].text not in CREDIT_SEPARATORS:
        return False
    word = toks[k - 1]
    return word.is_word and word.key in PICTURE_CREDITS
