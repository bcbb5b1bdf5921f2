"""A reporting verb's own subject that names someone new: "وقالت إدارة معلومات الطاقة الأمريكية إن"،
"وأشار الضامن إلى أن" (a surname introduced as "فلان الضامن" earlier) name the one who speaks,
though the entity layer did not find the name. The learned ranker, which has seen many bare titles
("وقال الوزير") stand for the person named before, would hand such a statement to the previous
speaker; a subject that is a name, not a description, keeps it.

Two shapes are names: a body's head word with the words of its name ("إدارة معلومات الطاقة")، and
a single definite word that is no title, rank, place, time or other description word and that the
article wrote earlier right after a given name ("... باسم الضامن ... وقال الضامن").
"""

from __future__ import annotations

from marsad.arabic.form_memo import key_positions
from marsad.arabic.normalize import match_key
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.cue_speaker import holder_before_qad
from marsad.layers.quotes.patterns import QuoteCandidate
from marsad.layers.quotes.speaker_gender import given_name_genders
from marsad.layers.quotes.title_agreement import title_of_someone_named
from marsad.lexicons.loader import keyed

SUBJECT_GAP_TOKENS = 1  # the subject begins right after its verb
# kinds of word that describe someone rather than name him ("الوزير"، "المصدر"، "الجانب"...)
DESCRIPTION_KINDS = ("title", "honorific", "title_modifier", "pronoun", "quantifier", "stop", "non_actor",
                     "place", "document", "findings", "speech_noun", "time", "content_head", "addressee",
                     "outlet", "org_head", "work", "naming", "adverb")
ADJECTIVE_ENDINGS = ("ي", "يه", "ين", "ون")  # match keys of a nisba or a plural: "الإماراتي"، "المسؤولين"
POSSESSIVE_ENDINGS = ("ها", "هم", "هما", "ته", "تها")  # match keys: "إدارتها"، "مجلسهم"
PLURAL_ENDINGS = ("ين", "ون", "ات")  # "الباحثون"، "المحللين": a group, never one surname
ARTICLE = "ال"
QAD = "قد"  # match key of the particle before a past verb: "وكان فلان قد قال"
PAIR_SUBJECTS = keyed("quote_words.tsv", "pair_subject", match_key)  # "الجانبان"، "البلدان": two parties at once


def keeps_own_subject(finder: SpeakerFinder, c: QuoteCandidate, rule: SpeakerRef | None,
                      chosen: SpeakerRef | None) -> bool:
    """Should the rules' speaker `rule`, the cue's own subject, stand against the ranker's choice
    `chosen` (another span, a speaker named before)? Only when it is a name the entity layer missed."""
    if rule is None or rule.entity is not None or c.cue_tok is None:
        return False
    if chosen is not None and (chosen.start, chosen.end) == (rule.start, rule.end):
        return False
    if rule.end <= finder.toks[c.cue_tok].start:
        # "وكان المتحدث باسم الحكومة فلان الفلاني قد قال": the name closing the title chain between
        # "كان" and "قد" is the verb's own subject as much as one after it
        before = holder_before_qad(finder, c.cue_tok)
        return before is not None and (before.start, before.end) == (rule.start, rule.end) \
            or _unnamed_title_before_qad(finder, c.cue_tok, rule)
    toks = finder.toks
    first = finder.tok_at(rule.start)
    if first >= len(toks) or not 0 < first - c.cue_tok <= SUBJECT_GAP_TOKENS or toks[first].start != rule.start:
        return False
    words = [j for j in range(first, len(toks)) if toks[j].start < rule.end and toks[j].is_word]
    if not words:
        return False
    if len(words) > 1:
        return _named_body(finder, words)
    # "وأكد الجانبان": both parties speak, not the one of them named last before the verb
    return toks[words[0]].key in PAIR_SUBJECTS or _surname_seen(finder, words[0])


def _unnamed_title_before_qad(finder: SpeakerFinder, cue: int, rule: SpeakerRef) -> bool:
    """"وكان مدير الشرطة قد أوضح": a title in construct closing right before "قد" that no person
    of the article was introduced with: someone unnamed, not the speaker named before."""
    toks = finder.toks
    first = finder.tok_at(rule.start)
    return cue >= 3 and toks[cue - 1].key == QAD and toks[cue - 2].end == rule.end and first < cue - 2 \
        and toks[first].start == rule.start and finder.lex.has("title", toks[first], TITLE_PREFIXES) \
        and not toks[first].key.startswith(ARTICLE) and not title_of_someone_named(finder, first)


def _named_body(finder: SpeakerFinder, words: list[int]) -> bool:
    """"إدارة معلومات الطاقة الأمريكية": a body's head word and at least one word of its name that
    is no description ("الإدارة الأمريكية" is the head word and an adjective)."""
    lex, toks = finder.lex, finder.toks
    if not lex.has("org_head", toks[words[0]], TITLE_PREFIXES):
        return False
    if any(toks[j].key.endswith(POSSESSIVE_ENDINGS) for j in words[1:]):
        return False  # "مجلس إدارتها": the office of a body named before, which speaks for it
    return any(not toks[j].key.endswith(ADJECTIVE_ENDINGS) and not _describes(finder, j) for j in words[1:])


def _describes(finder: SpeakerFinder, j: int) -> bool:
    tok = finder.toks[j]
    return any(finder.lex.has(kind, tok, TITLE_PREFIXES) for kind in DESCRIPTION_KINDS)


def _surname_seen(finder: SpeakerFinder, j: int) -> bool:
    """"الضامن" after "وقال": a definite word, no description, that the article wrote before right
    after a given name ("باسم الضامن"): a surname, not a title or a noun ("لغة الأرقام")."""
    toks = finder.toks
    tok = toks[j]
    if not tok.key.startswith(ARTICLE) or tok.key.endswith(PLURAL_ENDINGS) or _describes(finder, j):
        return False  # "الحربي" is kept: a nisba may be a surname
    given = given_name_genders()
    lo = max(finder.tok_at(finder.doc.body_start), 1)
    return any(lo <= k < j and finder.covering(k) is None and toks[k - 1].is_word
               and any(st in given for _, st in toks[k - 1].splits) for k in key_positions(toks, (tok.key,)))


def title_over_its_body(finder: SpeakerFinder, rule: SpeakerRef | None, chosen: SpeakerRef | None) -> bool:
    """"وتمنى مدرب النادي ...، مضيفا": the rules' subject is a title with the body it heads, and
    the ranker chose that body, named inside the title: the title's holder speaks, not the body."""
    if rule is None or chosen is None or rule.entity is not None or chosen.entity is None \
            or not (rule.start < chosen.start and chosen.end <= rule.end):
        return False
    ent = finder.entities.get(chosen.entity)
    first = finder.tok_at(rule.start)
    return ent is not None and ent.type == "ORG" and first < len(finder.toks) \
        and finder.lex.has("title", finder.toks[first], TITLE_PREFIXES)
