"""A body named again by its head word alone: "بيان الجامعة"، "تقرير صادر عن الوزارة" after
"جامعة تبوك"، "وزارة التعليم" earlier in the article. The definite head word refers back to the
last body the article named with that head word; the issuer of the document is that body
(GUIDE.md: a report speaks for the body that issued it when the article names it).

A plural of such a head word ("المنظمات"، "ثماني منظمات حقوقية"، "الأحزاب") is an unnamed group of
bodies: it makes a statement as a body does ("ودعت المنظمات البرلمان إلى ...")."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import QUOTE_WORDS, SpeakerFinder
from marsad.layers.quotes.head_phrases import head_phrase_before
from marsad.lexicons.loader import keyed

ARTICLE = "ال"
BODY_PLURALS = keyed(QUOTE_WORDS, "body_plural", match_key)
COUNT_WORDS = keyed(QUOTE_WORDS, "count_word", match_key)
FEMININE_END, PLURAL_END = "ه", "ات"  # "منظمه" (match key of "منظمة") -> "منظمات"
NAMING_PREFIXES = frozenset({"", "و", "ف", "ل", "ب", "ول", "وب", "فل", "فب"})  # "وشركة"، "لتنظيم"، "بجامعة"
PLAIN_PREFIXES = ("", "و", "ف")  # "الجامعة"، "والوزارة": the head word as a noun of its own, maybe after "و"


def body_named_before(finder: SpeakerFinder, j: int) -> SpeakerRef | None:
    """The body last named before token j whose name opens with the head word at j ("الجامعة" ->
    "جامعة تبوك"); None when the word is not a definite head word or no such body was named."""
    tok = finder.toks[j]
    heads = finder.lex.words.get("org_head", frozenset())
    head = None
    for _, st in tok.splits:
        prefix = tok.key[: len(tok.key) - len(st)]
        if prefix in PLAIN_PREFIXES and st.startswith(ARTICLE) and st[len(ARTICLE):] in heads:
            head = st[len(ARTICLE):]
            break
    if head is None:
        return None
    for r in reversed(finder.mentions_between(finder.doc.body_start, tok.start)):
        if r.entity.type != "ORG" or r.entity.id in finder.source_entities:
            continue
        words = r.entity.name.split()
        if words and match_key(words[0]) == head or _head_before(finder, r.start, head):
            return SpeakerRef(r.entity.id, tok.start, tok.end, tok.text)
    return None


def _head_before(finder: SpeakerFinder, start: int, head: str) -> bool:
    """Does the head word stand right before a mention starting at `start`, maybe with a quotation
    mark between ("شركة «إيه أند بي»"، "تنظيم «داعش»"): the body was introduced by its kind?"""
    k = finder.tok_at(start) - 1
    if k >= 0 and finder.toks[k].end <= start and not finder.toks[k].is_word and k - 1 >= 0:
        k -= 1  # the opening quotation mark
    if k < 0 or not finder.toks[k].is_word:
        return False
    tok = finder.toks[k]
    return any(st == head and tok.key[: len(tok.key) - len(st)] in NAMING_PREFIXES for _, st in tok.splits)


def body_again(finder: SpeakerFinder, sp: SpeakerRef) -> SpeakerRef | None:
    """"وقالت الشركة"، "وأضافت الجامعة": a subject that is one definite head word of a body, no
    name, is the body of that kind the article named last ("شركة «إيه أند بي»"، "جامعة
    برمنجهام"): GUIDE.md gives such a statement the name found elsewhere in the article. The span
    stays as written; None when the subject is more than the head word or no such body was named."""
    if sp.entity is not None:
        return None
    i0, i1 = finder.tok_at(sp.start), finder.tok_at(sp.end)
    if i1 - i0 != 1 or finder.toks[i0].start != sp.start:
        return None
    named = body_named_before(finder, i0)
    if named is None:
        return head_phrase_before(finder, i0)  # "وأضافت السفارة" after "السفارة الأميركية": no entity
    if _other_introduced(finder, named.entity, i0):
        return None
    return SpeakerRef(named.entity, sp.start, sp.end, sp.text)


def _other_introduced(finder: SpeakerFinder, entity: str, j: int) -> bool:
    """Between the last mention of the body `entity` and the head word at token j, does the head
    word stand without the article outside any mention ("أظهرت النتائج المالية لشركة الغاز ...
    وقالت الشركة"): a body of that kind the entity layer did not find was introduced since, and
    the head word may be that one's."""
    tok = finder.toks[j]
    head = next(st[len(ARTICLE):] for _, st in tok.splits if st.startswith(ARTICLE))
    last = max((m.end for m in finder.entities[entity].mentions if m.end <= tok.start), default=tok.start)
    for k in range(finder.tok_at(last), j):
        t = finder.toks[k]
        if t.is_word and finder.covering(k) is None \
                and any(st == head and t.key[: len(t.key) - len(st)] in NAMING_PREFIXES for _, st in t.splits):
            return True
    return False


def plural_body(finder: SpeakerFinder, sp: SpeakerRef) -> bool:
    """The subject `sp` opens with a plural of a body's head word, maybe counted first ("المنظمات"،
    "ثماني منظمات"، "الأحزاب"): a broken plural of the lexicon or the -ات plural of a feminine head."""
    toks = finder.toks
    k = finder.tok_at(sp.start)
    if k + 1 < len(toks) and (toks[k].key in COUNT_WORDS or toks[k].text.isdigit()):
        k += 1
    if k >= len(toks) or not toks[k].is_word:
        return False
    key = toks[k].key
    bare = key[len(ARTICLE):] if key.startswith(ARTICLE) else key
    heads = finder.lex.words.get("org_head", frozenset())
    return bare in BODY_PLURALS or (bare.endswith(PLURAL_END) and bare[: -len(PLURAL_END)] + FEMININE_END in heads)
