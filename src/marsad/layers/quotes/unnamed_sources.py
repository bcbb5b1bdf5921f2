"""Unnamed sources and the agents of described nouns, for reporting verbs with no subject of
their own (GUIDE.md: the statements of an unnamed source have no speaker, and a continuation of
one stays unnamed): "لكن مصادر مطلعة كشفت ...، مشيرة إلى أن"، "ألقى فلان كلمة قال فيها".
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder, pp_prefix
from marsad.layers.quotes.holders import bare
from marsad.layers.quotes.name_edges import TITLE_PREFIXES
from marsad.layers.quotes.speaker_ranker import UNNAMED, UNNAMED_GROUPS
from marsad.lexicons.loader import keyed, words

DESCRIBED_NOUN_PRONOUNS = frozenset({"فيه", "فيها"})  # "بيانا أكد فيه": the verb describes a noun
SUBJECT_OPENING_TOKENS = 2  # "ولكن مصادر"، "وكان خبراء": tokens before a subject that opens its sentence
DOCUMENT_PREFIXES = frozenset({"", "ال"})
SUPERLATIVES = frozenset({"اهم", "ابرز"})  # match keys: "أحد أهم النتائج"، "أبرز"
# bodies named by their head word alone ("السلطات"، "القيادة"), beside the organisation heads
BODY_HEADS = keyed("quote_words.tsv", "collective_actor", lambda w: match_key(bare(w))) | {match_key("قيادة")}
BODY_AFTER_VERB = 2  # "وأصدرت القيادة"، "كما أصدرت القيادة": where the body's head word may stand
ONE_OTHER = frozenset({match_key("آخر"), match_key("أخرى")})  # "the other (one)": a single person
GROUP_SUBJECT_OPENERS = words("quote_words.tsv", "group_subject_opener")  # "لكن البعض"، "فيما يرى آخرون"
SPEECH_BY_NOUNS = keyed("quote_words.tsv", "speech_by_noun", match_key)  # "كلمة لفلان": a speech by him
SPEECH_NOUN_PREFIXES = frozenset({"", "و", "ب", "وب"})  # "بكلمة لمدير الجامعة"
SPEECH_OWNER_TOKENS = 8  # "كلمة لوزير الإسكان والتخطيط العمراني، أوضح": from the noun to the verb


def agent_of_described_noun(finder: SpeakerFinder, si: int, cue: int | None) -> SpeakerRef | None:
    """"أجرى الوزير اتصالات قال فيها"، "ألقى فلان كلمة أكد فيها": a reporting verb followed by
    "فيه/فيها" describes the noun before it, which the clause's agent made or gave; the words
    are that agent's: the first actor of the clause (after the last complementiser before the
    verb: "نقلت الوكالة عن مصادر أن فلانا أجرى اتصالات قال فيها")."""
    toks = finder.toks
    if cue is None or cue + 2 >= len(toks) or toks[cue + 1].key not in DESCRIBED_NOUN_PRONOUNS \
            or not (finder.lex.is_comp(toks[cue + 2]) or toks[cue + 2].text in ":«\"“"):
        return None  # ("في وقت تؤكد فيه إحصائيات أن": the subject follows)
    lo, _ = finder.sent_tok_range(si)
    comp = next((k for k in range(cue - 1, lo - 1, -1) if finder.lex.is_comp(toks[k])), None)
    start = toks[comp].end if comp is not None else finder.sents[si].start
    return finder.first_person_or_body(start, toks[cue].start) \
        or _speech_giver(finder, comp + 1 if comp is not None else lo, cue) \
        or _described_agent(finder, comp + 1 if comp is not None else lo, cue)


def _speech_giver(finder: SpeakerFinder, lo: int, cue: int) -> SpeakerRef | None:
    """"وأقيم حفل تخلله كلمة لوزير الإسكان، أوضح فيها": with no actor named before the described
    noun, a speech noun (`SPEECH_BY_NOUNS`) with "لـ" right after it names who gave the speech, the
    one whose words the verb reports."""
    toks = finder.toks
    for k in range(max(lo, cue - SPEECH_OWNER_TOKENS), cue - 1):
        tok, nxt = toks[k], toks[k + 1]
        if not any(st in SPEECH_BY_NOUNS and tok.key[: len(tok.key) - len(st)] in SPEECH_NOUN_PREFIXES
                   for _, st in tok.splits):
            continue
        if nxt.is_word and nxt.key.startswith("ل") and not any(t.text in ".؟!" for t in toks[k + 2 : cue]):
            return finder.prepositional_object(k + 1, cue)
    return None


def _described_agent(finder: SpeakerFinder, lo: int, cue: int) -> SpeakerRef | None:
    """"أصدر المتحدث باسم الجيش بيانا جديدا أكد فيه": with no actor named, the description opened
    by a title before the described noun (the indefinite words right before the verb) is the
    agent; `resolution` links it to the name it stood before earlier in the article."""
    toks, lex = finder.toks, finder.lex
    end = cue - 1
    while end > lo and toks[end].is_word and not toks[end].key.startswith("ال") and finder.covering(end) is None:
        end -= 1  # "بيانا جديدا"، "كلمة": the noun the verb describes
    for k in range(lo, end):
        tok = toks[k]
        if tok.is_word and lex.has("title", tok, TITLE_PREFIXES) and tok.key.startswith(("ال", "وال")) \
                and not (k > lo and lex.is_stop(toks[k - 1])):
            return finder.span_ref(tok.stem_start, toks[end].end)
    for k in range(lo + 1, min(end, lo + BODY_AFTER_VERB + 1)):
        tok = toks[k]
        if tok.is_word and tok.key.startswith(("ال", "وال")) and _body_head(finder, tok) \
                and not lex.is_stop(toks[k - 1]) and toks[k - 1].is_word:
            # "وأصدرت القيادة العسكرية بيانا أعلنت فيه": a body named by its head word right after
            # the verb opening the clause issued it; the body speaks (GUIDE.md)
            return finder.span_ref(tok.stem_start, toks[end].end)
    return None


def _body_head(finder: SpeakerFinder, tok: Token) -> bool:
    """"الهيئة"، "القيادة"، "السلطات": the head word of a body, with the article."""
    return finder.lex.has("org_head", tok, TITLE_PREFIXES) or match_key(bare(tok.text.removeprefix("و"))) in BODY_HEADS


def unnamed_word(tok: Token) -> bool:
    """"مصدر"، "المصدر"، "مصادر": a word that stands for an unnamed source (after a preposition
    too: "لمصادر")."""
    return not UNNAMED.isdisjoint([bare(st) for _, st in tok.splits if not pp_prefix(tok.key[: len(tok.key) - len(st)])])


def unnamed_in_sentence(finder: SpeakerFinder, si: int, cue: int | None) -> SpeakerRef | None:
    """"لكن مصادر مطلعة كشفت عن وساطات ...، مشيرة إلى أن": a pro-drop reporting verb in a
    sentence that names no actor before it but an unnamed source: the source goes on."""
    if cue is None:
        return None
    toks, lex = finder.toks, finder.lex
    lo, _ = finder.sent_tok_range(si)
    for k in range(lo, cue):
        tok = toks[k]
        if not tok.is_word or finder.covering(k) is not None:
            continue
        if not unnamed_word(tok):
            if _group_subject(finder, lo, k):
                return SpeakerRef(None, tok.stem_start, tok.end, finder.text[tok.stem_start : tok.end])
            continue
        if k - lo > SUBJECT_OPENING_TOKENS and not lex.is_comp(toks[k - 1]):
            continue  # "ردا على تقارير ..."، "تصدر عن مسؤول": not the subject that opens the clause
        nxt = toks[k + 1] if k + 1 < cue else None
        if nxt is not None and (finder.mention_at_token(k + 1) is not None
                                or not any(st.startswith("ال") for _, st in tok.splits) and nxt.key.startswith("ال")):
            return None  # "تقارير الغرفة التجارية": the body named in the genitive speaks
        return SpeakerRef(None, tok.stem_start, tok.end, finder.text[tok.stem_start : tok.end])
    return None


def unnamed_after_opening_verb(finder: SpeakerFinder, si: int, cue: int | None) -> SpeakerRef | None:
    """"وفي سياق متصل، أشارت مصادر سودانية إلى مبادرة ...، موضحة أن": an unnamed source right after the
    reporting verb opening a clause of the sentence (at its start or after a comma) is the subject
    the later participle goes on with, whatever actor the verb's object names."""
    if cue is None:
        return None
    toks, lex = finder.toks, finder.lex
    lo, _ = finder.sent_tok_range(si)
    for k in range(lo + 1, cue):
        tok, verb = toks[k], toks[k - 1]
        if not tok.is_word or finder.covering(k) is not None or not unnamed_word(tok):
            continue
        if any(pp_prefix(tok.key[: len(tok.key) - len(st)]) for _, st in tok.splits if bare(st) in UNNAMED):
            continue  # "لمصادر": a preposition's object
        said = lex.cue(verb)
        opens = k - 1 == lo or not toks[k - 2].is_word
        if said is not None and said.form in ("past", "present") and opens \
                and (k + 1 >= cue or finder.mention_at_token(k + 1) is None):
            return SpeakerRef(None, tok.stem_start, tok.end, finder.text[tok.stem_start : tok.end])
    return None


def _group_subject(finder: SpeakerFinder, lo: int, k: int) -> bool:
    """"لكن البعض يشكك في الوعود ويرى أن"، "وكثيرون ينتقدون القرار ويقولون إن": an indefinite
    pronoun or quantifier of people ("البعض"، "بعضهم"، "كثيرون"، "آخرون") as the subject that opens
    the sentence (or follows "لكن"، "فيما"، a complementiser): the verbs coordinated after it share
    that subject, which names no one (GUIDE.md), not the person who spoke before. A word after a
    preposition ("في بعض"، "لأحد") is no subject; one followed by a named entity
    ("بعض أعضاء مجلس الشورى") leaves the decision to the rules that read the entity."""
    toks = finder.toks
    # (asked of every word of the sentence: the cheap test of the place first)
    opener = k == lo or finder.lex.is_comp(toks[k - 1]) or toks[k - 1].key in GROUP_SUBJECT_OPENERS
    if not opener or k + 1 >= len(toks):
        return False
    tok = toks[k]
    stems = {bare(st) for _, st in tok.splits if not pp_prefix(tok.key[: len(tok.key) - len(st)])}
    if UNNAMED_GROUPS.isdisjoint(stems - ONE_OTHER):
        return False  # ("والآخر توقع ..."، after "أحدهم": one person of a pair, left to the rules for "the other")
    if finder.mention_at_token(k + 1) is not None or finder.covering(k + 1) is not None:
        return False
    nouns = toks[k + 1 : k + 3] if toks[k + 1].key in SUPERLATIVES else toks[k + 1 : k + 2]
    if any(finder.lex.has(kind, t, DOCUMENT_PREFIXES) for t in nouns for kind in ("document", "findings")):
        return False  # "وأحد أهم النتائج"، "بعض التقارير": a share of documents, whose author speaks
    # "عدد الزوار"، "معظم الدراسات": an indefinite quantifier of a definite noun may count things;
    # only one standing alone ("البعض"، "كثيرون"، "عدد من") is surely people
    definite = any(st.startswith("ال") for _, st in tok.splits)
    return definite or not toks[k + 1].key.startswith(("ال", "وال"))
