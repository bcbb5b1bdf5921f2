"""Names after a website or network word that no list holds ("وذكر موقع سوبرتس مول أن", "بحسب ما
ذكر موقع أوديتي سنترال"), and names after an outlet word that are no news outlet's ("وكالة ناسا",
"لقناة النادي على اليوتيوب").

"موقع" and "شبكة" name ordinary things as often as outlets ("موقع الحادث", "شبكة الطرق"), so
`outlets.py` takes an unquoted name after them only when it is known, spelled in Latin letters or
closed by an adjective of kind. Foreign news sites are mostly written in Arabic letters without marks,
though: a transliteration is no Arabic word. When a citing construction governs the website word
itself ("وأفاد موقع ..", "حسب ما جاء في موقع .."), a name of one to three words none of which is a
common Arabic word, an adjective, a word of a body or a title, or definite, is the site's name.
The words come from `lexicons/source_words_unseen.tsv`.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.words import COMMON_WORDS, NOT_NAME, is_latin
from marsad.lexicons import loader

MAX_SITE_WORDS = 3
MIN_NISBA_CHARS = 4   # "عربي", "أمريكي": an indefinite adjective of origin ends in "ي"


def _section(section: str) -> frozenset[str]:
    return loader.keyed("source_words_unseen.tsv", section, match_key)


NOT_NEWS = _section("not_news")
OWNER_WORDS = _section("owner_word")
SITE_NOT_NAME = _section("site_not_name")


def names_no_outlet(name: list[Token]) -> bool:
    """The name read after an outlet word (or its first words) belongs to a body that tells no news of its own ("وكالة
    ناسا") or opens with the word of the institution whose channel or page it is ("لقناة النادي")."""
    words = [t.key for t in name if t.is_word]
    return bool(words) and (words[0] in OWNER_WORDS
                            or any(" ".join(words[:n]) in NOT_NEWS for n in range(1, len(words) + 1)))


def foreign_site_name(toks: list[Token], j: int, k: int, lex: SpeechLexicon) -> bool:
    """Tokens j..k after a website word read as a transliterated foreign name: Arabic letters, no
    article, and no word a common word, an adjective, a body's or a title's word."""
    name = toks[j:k]
    if not 0 < len(name) <= MAX_SITE_WORDS:
        return False
    for tok in name:
        key = tok.key
        if (not tok.is_word or is_latin(tok) or key.startswith("ال") or key in COMMON_WORDS or key in NOT_NAME
                or key in SITE_NOT_NAME or lex.has("org_head", tok) or lex.has("title", tok) or lex.is_stop(tok)):
            return False
    # "موقع أمريكي", "موقع إخباري عربي": adjectives of origin or kind only, no name
    return not all(t.key.endswith("ي") and len(t.key) >= MIN_NISBA_CHARS for t in name)
