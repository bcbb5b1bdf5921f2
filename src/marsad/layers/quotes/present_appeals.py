"""A body's appeal in the present tense opening its sentence: "وتدعو الوزارة المواطنين إلى ..."،
"وتهيب الأمانة بالسكان ..."، "وتحث الهيئة الشركات على ...". The press writes a body's standing
advice this way; it is the body's statement as much as "ودعت الوزارة". A present verb is otherwise
kept out of noun-phrase content ("تطالب الصين بالسيادة": a standing claim), and a thing as its
subject gives none ("ويدعو القرار إلى ..."، "وتدعو التوقعات إلى التشاؤم"): only a verb of appeal
with "و" at the start of its sentence and a body right after it."""

from __future__ import annotations

from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder
from marsad.layers.quotes.generic_bodies import plural_body
from marsad.layers.quotes.speech_lexicon import Cue, SpeechLexicon

APPEAL = "appeal"  # reporting_verbs.tsv flag: a verb of calling on or urging others
SENTENCE_CONJUNCTIONS = frozenset({"و", "ف"})  # "وتدعو الوزارة ..."، "فتهيب الوزارة ..."
ARTICLE = "ال"


def _body_subject(finder: SpeakerFinder, lex: SpeechLexicon, sp: SpeakerRef) -> bool:
    """The subject is an organisation the entity layer named, a body by its head word ("الوزارة"،
    "«البلديات»") or a plural of one; never a document ("القرار"، "الوثيقة")."""
    k = finder.tok_at(sp.start)
    toks = finder.toks
    while k < len(toks) and not toks[k].is_word and toks[k].end <= sp.end:
        k += 1  # the opening mark of a quoted body
    if k >= len(toks):
        return False
    tok = toks[k]
    if lex.has("document", tok, frozenset({"", ARTICLE})):
        return False
    mention = finder.mention_at_token(k)
    if mention is not None:
        return mention.entity.type == "ORG"
    heads = finder.lex.words.get("org_head", frozenset())
    definite_head = tok.key.startswith(ARTICLE) and tok.key[len(ARTICLE):] in heads
    # "وتهيب أمانة المنطقة بـ"، "فتهيب وزارة الصحة بـ": the head of a body in construct with a
    # definite noun or a name the entity layer found
    construct_head = tok.key in heads and k + 1 < len(toks) and toks[k + 1].end <= sp.end and (
        toks[k + 1].key.startswith(ARTICLE) or finder.mention_at_token(k + 1) is not None)
    return definite_head or construct_head or plural_body(finder, sp)


def body_appeal(finder: SpeakerFinder, lex: SpeechLexicon, i: int, cue: Cue, sp: SpeakerRef | None) -> bool:
    """The present verb of appeal at token i, written with "و" (or "ف") at the start of its
    sentence, has a body as its subject right after it."""
    tok = finder.toks[i]
    if cue.form != "present" or APPEAL not in cue.flags or cue.prefix not in SENTENCE_CONJUNCTIONS:
        return False
    if finder.sents[finder.sent_of(tok.start)].start != tok.start:
        return False
    if sp is None or sp.start <= tok.start or finder.tok_at(sp.start) > i + 2:
        return False
    return _body_subject(finder, lex, sp)
