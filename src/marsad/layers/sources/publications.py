"""A body's own magazine or bulletin: "أصدر مجلس الضمان الصحي .. مجلة «التأمين الصحي ..»".

An unlisted outlet whose name repeats the words of a body named just before it reports that body's
work; the article does not cite it as a source.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.words import SENTENCE_ENDS, outlet_head

BODY_PREFIXES = frozenset({"", "و", "ل", "ب", "ال", "وال", "لل"})  # "مجلس", "والمجلس", "لمجلس"
OWN_BODY_LOOK = 20       # tokens back from a publication's name to the body that issues it
OWN_BODY_WORDS = 5       # words of that body's name after its head ("مجلس الضمان الصحي التعاوني")
OWN_NAME_WORDS = 2       # words the publication's name must share with the body's


def own_publication(toks: list[Token], first: int, name: list[Token], lex: SpeechLexicon) -> bool:
    """An unlisted outlet whose name repeats the words of a body named just before it ("أصدر مجلس
    الضمان الصحي التعاوني العدد الأول من مجلة «التأمين الصحي التعاوني»"): the body's own
    magazine or bulletin, which reports the body's work, not a source the article cites. At
    least two of the name's words, and half of them, must come from the body's name."""
    words = {t.key for t in name if t.is_word and len(t.text) > 1}
    if len(words) < OWN_NAME_WORDS:
        return False
    for h in range(first - 1, max(-1, first - OWN_BODY_LOOK), -1):
        tok = toks[h]
        if tok.text in SENTENCE_ENDS:
            return False
        if lex.has("org_head", tok, BODY_PREFIXES) and outlet_head(tok) is None:
            body = {t.key for t in toks[h + 1 : min(h + 1 + OWN_BODY_WORDS, first)] if t.is_word}
            shared = len(words & body)
            if shared >= OWN_NAME_WORDS and 2 * shared >= len(words):
                return True
    return False
