"""Whether a citing construction governs a KB agency or outlet named at tokens i..j.

A name alone is not a citation ("won a prize from Reuters" cites nobody): `cited` walks back from
the name over outlet words and marks to the word that governs it (a verb of citing or saying with
the outlet as its subject, an according word, an interview or a call), and otherwise tries the
other constructions: the outlet that received the words or a copy, its own sources, the outlet
relayed, what it learned, reported later or earlier, made, credited or photographed, and last its
standing as a tag. The names that complete a noun, belong to a person's title, or are the words of
a title are refused first.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES, SpeechLexicon
from marsad.layers.sources.articles import inside_title
from marsad.layers.sources.cameras import camera_of, picture_credit
from marsad.layers.sources.complements import completes_noun, official_owner
from marsad.layers.sources.coordinated import past_second
from marsad.layers.sources.framing import credited, framed_by_verb, made_by
from marsad.layers.sources.governing import BA_PREFIXES
from marsad.layers.sources.known_entities import in_a_name
from marsad.layers.sources.newsroom import newsroom_work
from marsad.layers.sources.obtained import is_receive
from marsad.layers.sources.on_air import spoke_on
from marsad.layers.sources.recipients import FROM, before_marks, received, relayed, said_to, sent_a_copy
from marsad.layers.sources.references import bracketed_reference
from marsad.layers.sources.reported import reported_earlier, reports_later
from marsad.layers.sources.roles import dealt_in, named_as_employer, seen_by_correspondent
from marsad.layers.sources.statements import INTERVIEW_PREFIXES, THROUGH, possessed, said_with_object, told
from marsad.layers.sources.tags import tagged
from marsad.layers.sources.talk import opens_quotation, talked_to
from marsad.layers.sources.words import (
    ASKED,
    CONTACT_WORDS,
    MARKET_INDEXES,
    NOT_NAME,
    QUOTES,
    SENTENCE_ENDS,
    TALK_WORDS,
    WEB_WORDS,
    could_not_check,
    is_person_word,
    is_plural_verb,
    outlet_head,
)
from marsad.lexicons import loader

WEB_HEADS = frozenset(map(match_key, ("موقع", "بموقع", "لموقع", "وموقع")))  # a website word that opens a KB name
CITE_WINDOW = 6          # tokens between a citing word and the outlet
SOURCES_OF = loader.keyed("source_words_unseen.tsv", "sources_of", match_key)
CONTACT_STEPS = 3        # tokens between a call word and "مع" ("في اتصال هاتفي مع رويترز", "وتحدث شهود عيان مع")
ACCUSATIVE_ENDINGS = ("اً", "ًا")  # the tanween of an indefinite accusative noun


def cited(doc: Document, toks: list[Token], i: int, j: int, body_tok: int, lex: SpeechLexicon, prefix: str,
          tags: bool = True) -> bool:
    """A citing construction governs the KB name at tokens i..j (`prefix`: the proclitics its
    first token carries); with `tags`, its standing as a tag counts too."""
    if inside_title(toks, i, j):
        return False  # "في مقاله «فكونا من الرياض»": a word of a column's title
    if i > 1 and toks[i - 1].key in WEB_WORDS and toks[i - 2].text in QUOTES:
        return False  # "«بوابة الأهرام»": the portal's whole name in marks is read by `outlets.py`
    if i > 0 and is_person_word(toks[i - 1]):
        return False  # "البروفيسور واس": a person who shares a name with an agency
    if j - i == 2 and toks[i].key in WEB_HEADS and toks[i + 1].key in NOT_NAME:
        return False  # "قصصا من «موقع الحدث»": the scene of the event, a KB site's name too
    if official_owner(toks, i):
        return False  # "عبر القناة الرسمية للاتحاد": the owner of an official channel, a club or a body
    if i > 0 and toks[i - 1].is_word and any(stem in MARKET_INDEXES for _, stem in toks[i - 1].splits):
        return False  # "المؤشر فايننشال تايمز 100": a stock index named after a paper
    if toks[j - 1].text.endswith(ACCUSATIVE_ENDINGS):
        return False  # "قبولاً وأنساً": an indefinite noun in the accusative, never a name
    if named_as_employer(toks, i, prefix, lex) or dealt_in(toks, i):
        return False  # "رئيس تحرير صحيفة ..", "أعلنت الشركة بيع مجموعة ..": no source
    if not prefix and completes_noun(doc.text, toks, i, lex, lambda k: in_a_name(doc, toks[k])):
        return False
    if possessed(toks, i):
        return False  # "وقال .. في الشركة الأم لقناة «..»": "ل" says whose the company is
    # walk back over outlet words, quotation marks and "ما" to the governing word
    k = i - 1
    steps = 0
    with_at = -1  # "مع" seen at this step: "في اتصال هاتفي مع رويترز"
    while k >= 0 and steps < CITE_WINDOW:
        t = toks[k]
        if t.text in SENTENCE_ENDS or (t.kind == "punct" and t.text in "،,:" and steps > 0):
            break
        if lex.is_comp(t):
            break  # "وأضاف المدير أن «..» تلعب دورا": the name opens the statement, the verb's is before
        if t.is_word and (lex.is_according(t) or lex.has("cite", t, VERB_PREFIXES)) and (
                not opens_quotation(toks, i, j)):
            return True
        cue = lex.cue(t)
        if cue is not None and t.key == THROUGH and toks[k + 1].text not in QUOTES:
            # "البرامج عبر روتانا": the preposition, not "عبّر"; `spoke_on` reads a channel. A
            # paper in marks after it carries words ("بعثوا التحية عبر «..»"), as it did before
            cue = None
        if cue is not None and "ب" in cue.np and governed_by_ba(toks[i], prefix):
            cue = None  # "وأشاد الوزير بقناة ..": the verb's object, what was praised, said nothing
        if (cue is not None and cue.form in ("past", "present") or said_with_object(lex, t)) and steps <= 2 and (
                not is_plural_verb(t)) and not opens_quotation(toks, i, j):
            return True  # "دعوا قناة ..": a plural verb never has the outlet as its subject
        if t.is_word and lex.has("interview", t, INTERVIEW_PREFIXES) and steps <= 2:
            return True
        if steps <= 1 and talked_to(toks, k):
            return True  # "وتحدث لمراسل وكالة ..", "تحدث لوكالة ..": the words went to the outlet
        if t.key == "مع":
            with_at = steps
        elif with_at >= 0 and steps - with_at <= CONTACT_STEPS and (
                is_contact(t) or lex.has("interview", t, frozenset({"", "و", "ف", "ب", "وب", "فب"}))
                or (t.is_word and any(stem in TALK_WORDS for _, stem in t.splits))):
            return True  # "في مقابلة لفلان مع قناة ..", "أجرى حوارا تلفزيونيا مع محطة ..": the interview went to the outlet
        k -= 1
        steps += t.text not in QUOTES  # "وكشفت شركة “..” لوكالة ..": the marks of a name take no step
    if i > 0 and toks[i - 1].key in ASKED:
        return True  # "وردا على أسئلة وكالة ..": the agency asked
    if (b := before_marks(toks, i)) >= 0 and toks[b].key in SOURCES_OF:
        return True  # "وتبدو مصادر رويترز أدق", "ونقلت مصادر «..» أن": the outlet's own sources
    if i > 0 and toks[i - 1].key == FROM and relayed(lex, toks, i - 1):
        return True  # "ونقلت قناة «..» الرسمية عن وكالة ..": the outlet another one relayed
    if said_to(lex, toks, i, prefix, j) or received(toks, i, j) or sent_a_copy(toks, i, prefix):
        return True
    if newsroom_work(toks, i, j) or bracketed_reference(toks, i, j):
        return True  # "وعلمت «..» أن", "ردا على سؤال «..»": what the outlet learned or asked itself
    if reports_later(toks, past_second(toks, j), lex, doc.text,
                     toks[i - 1] if i > 0 and outlet_head(toks[i - 1]) is not None else None):
        return True  # "وكانت وكالة رويترز قد ذكرت", "وكانت شبكتا «..» و«..» قد أكدتا": after a pair's second name
    if reported_earlier(toks, i, j, lex):
        return True  # "وسبق لصحيفة الغارديان أن نشرت"
    if framed_by_verb(toks, i) or made_by(toks, i) or credited(doc.text, toks, i) or camera_of(toks, i) or (
            picture_credit(toks, i)):
        return True  # "واهتمت صحيفة «نيويورك تايمز» بـ", "استطلاع أجرته رويترز", "* خدمة «..»"
    if seen_by_correspondent(toks, i, j, prefix):
        return True  # "وشاهد مراسل لوكالة ..": what its correspondent saw
    if could_not_check(toks, i, j) or told(lex, toks, i, j) or spoke_on(lex, toks, i):
        return True  # "ولم يتسن لرويترز التحقق من ذلك": the wire wrote the copy
    return tags and tagged(doc.text, toks, i, j, body_tok)


def governed_by_ba(tok: Token, prefix: str) -> bool:
    """The outlet's first token carries "ب" ("بقناة", "بصحيفة الحياة", "وبرويترز"): the
    complement of a verb that takes "ب" before it, neither its subject nor the words' hearer."""
    head = outlet_head(tok)
    return (head[2] if head is not None else prefix) in BA_PREFIXES


def reports_or_obtains(lex: SpeechLexicon, tok: Token) -> bool:
    """A verb whose subject, an outlet, is a source: "ذكرت", "قالت", "حصلت", "اطلعت"."""
    if not tok.is_word or is_plural_verb(tok):
        return False
    cue = lex.cue(tok)
    return (is_receive(tok) or lex.has("cite", tok, VERB_PREFIXES)
            or (cue is not None and cue.form == "past"))


def is_contact(tok: Token) -> bool:
    return tok.is_word and any(stem in CONTACT_WORDS for _, stem in tok.splits)
