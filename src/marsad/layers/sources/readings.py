"""How an agency's name may begin inside a word: the proclitics it may carry ("لرويترز", "وبحسب
«..»"), the article a spelled acronym's first letter may take ("على البي بي سي"), the article
"ل" swallows ("للجزيرة"), and codes too short to carry any ("واس", "وام"). The sources layer's
phrase tables read every token through `agency_readings`."""

from __future__ import annotations

from marsad.arabic.form_memo import FORMS_KEPT
from marsad.arabic.normalize import match_key
from marsad.arabic.phrases import Reading
from marsad.arabic.tokens import Token, remember
from marsad.layers.entities.dotted_names import LETTER_NAMES

NAME_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"})
# the article on a spelled acronym, with the proclitic it leaves ("للسي إن إن" is "ل" + "السي ..")
ARTICLE_PREFIXES = {"ال": "", "وال": "و", "فال": "ف", "بال": "ب", "لل": "ل", "ولل": "ول"}
LETTER_PREFIXES = NAME_PREFIXES | frozenset(ARTICLE_PREFIXES)  # "لبي بي سي": a letter name never stands alone
SWALLOWED_ARTICLE = {"لل": "ل", "ولل": "ول", "فلل": "فل"}  # "للجزيرة" is "ل" + "الجزيرة"
SHORT_ALIAS = 3          # agency codes this short (واس، تاس، وام) never carry a proclitic

_READINGS: dict[str, tuple[Reading, ...]] = {}  # word form -> its readings (offsets in the token)


def agency_readings(tok: Token) -> tuple[Reading, ...]:
    """The readings an agency name may begin with: after a prefix of `NAME_PREFIXES` only, and
    short codes only as whole words ("لافي" is not ل + "افي"); the name of a Latin letter opening
    an acronym may carry the article or a proclitic ("بحسب السي إن إن", "على البي بي سي",
    "قال لبي بي سي").

    Kept per word form: the layer's three phrase tables each ask about every new form, and the
    readings (offsets relative to the token) depend on its text alone."""
    found = _READINGS.get(tok.text)
    if found is None:
        found = remember(_READINGS, tok.text, _readings_of(tok), FORMS_KEPT)
    return found


def _readings_of(tok: Token) -> tuple[Reading, ...]:
    key, start, size = tok.key, tok.start, len(tok.key)
    readings = [(offset - start, stem) for offset, stem in tok.splits
                if (key[: size - len(stem)] in NAME_PREFIXES and not (size > len(stem) and len(stem) <= SHORT_ALIAS))
                or (key[: size - len(stem)] in LETTER_PREFIXES and stem in LETTER_NAMES)]
    # "للجزيرة", "وللشرق الأوسط": ل + a definite name whose article lost its alif
    readings += [(offset - start, "ال" + stem) for offset, stem in tok.splits
                 if key[: size - len(stem)] in SWALLOWED_ARTICLE and len(stem) > 1]
    # "الـCNN", "والـBBC": a Latin name with the article written on it, read from its first letter
    latin = next((k for k, ch in enumerate(tok.text) if ch.isascii() and ch.isalpha()), 0)
    if latin and tok.text[:latin].replace("ـ", "") in ARTICLE_PREFIXES:
        readings.append((latin, match_key(tok.text[latin:])))
    if tok.text[:1] in "وف" and tok.text[1:2] in "أإآ":  # "وأم": "و" + "أم" (mother), never the code "وام"
        readings = [r for r in readings if r[0] > 0]
    return tuple(readings)
