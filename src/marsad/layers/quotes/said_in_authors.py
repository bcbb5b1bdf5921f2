"""The author of a circular, letter or article that speaks: "وجاء في التعميم أن ..."، "وأشار
التعميم إلى أن ..." after "وكان وزير التعليم فلان قد أصدر تعميما" are the words of who issued it
(GUIDE.md: a text speaks for its author when the article names him).

These texts (`said_in` words of the speech lexicon: "تعميم"، "خطاب"، "مقال" ...) are ordinary nouns
elsewhere, so no document issuer is looked for with them. A definite one refers back to where the
article introduced it, indefinite ("أصدر ... تعميما"، "في خطاب له"، "مقالا"): its author is the
first person or body named in the few words before it in that sentence and not governed by a
preposition (the verb's subject: "أرسلت الوزارة إلى المدارس تعميما"، "فاجأ النادي الهيئة بخطاب": the
ministry, the club), else the one named right after it ("تعميم وزير التعليم"، "مقال للكاتب فلان").
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder

ARTICLE = "ال"
WITH_ARTICLE = ("ال", "وال", "فال")     # match key openings of the definite text word that speaks
SUFFIXES = ("", "ا", "ه", "ها")         # "تعميما"، "خطابه"، "مقالها": tanween or a possessive
AUTHOR_BEFORE = 12   # "وكان وزير التعليم الدكتور فلان قد أصدر تعميما": subject, auxiliary, verb
AUTHOR_AFTER = 3     # "تعميم وزير التعليم"، "مقال للكاتب فلان"
PARAGRAPHS_BACK = 4  # a text introduced further back belongs to another part of the story


def said_in_author(finder: SpeakerFinder, sp: SpeakerRef) -> SpeakerRef | None:
    """The author of the definite said_in text the unlinked span `sp` opens with ("التعميم"), with
    the span's words kept; None when the span is no such text or its author is not named."""
    if sp.entity is not None:
        return None
    i = finder.tok_at(sp.start)
    tok = finder.toks[i]
    stem = _definite_stem(finder, tok)
    if stem is None:
        return None
    para = finder.paragraph_of(sp.start)
    body_start = finder.tok_at(finder.doc.body_start)
    for k in range(i - 1, body_start - 1, -1):
        t = finder.toks[k]
        if para - finder.paragraph_of(t.start) > PARAGRAPHS_BACK:
            return None
        if _introduces(t, stem):
            author = _author_of(finder, k)
            return SpeakerRef(author.entity.id, sp.start, sp.end, sp.text) if author is not None else None
    return None


def _definite_stem(finder: SpeakerFinder, tok: Token) -> str | None:
    if not tok.is_word or not tok.key.startswith(WITH_ARTICLE):
        return None
    words = finder.lex.words.get("said_in", frozenset())
    for _, st in tok.splits:
        if st.startswith(ARTICLE) and st[len(ARTICLE):] in words:
            return st[len(ARTICLE):]
    return None


def _introduces(tok: Token, stem: str) -> bool:
    """The text word without the article ("تعميما"، "تعميم"، "بخطاب"، "خطابه"): where it is introduced."""
    return tok.is_word and any(st == stem + x for _, st in tok.splits for x in SUFFIXES) \
        and not any(st.startswith(ARTICLE + stem) for _, st in tok.splits)


def _author_of(finder: SpeakerFinder, k: int):  # noqa: ANN202 - a MentionRef of the document index
    lo, hi = finder.sent_tok_range(finder.sent_of(finder.toks[k].start))
    start = finder.toks[max(lo, k - AUTHOR_BEFORE)].start
    before = [r for r in finder.mentions_between(start, finder.toks[k].start)
              if r.entity.type in ("PER", "ORG") and r.entity.id not in finder.source_entities and not finder.in_pp(r)]
    if before:
        return before[0]  # the verb's subject comes first: "فاجأ النادي مكتب رعاية الشباب بخطاب"
    end = finder.toks[min(hi, k + 1 + AUTHOR_AFTER) - 1].end
    after = [r for r in finder.mentions_between(finder.toks[k].end, end)
             if r.entity.type in ("PER", "ORG") and r.entity.id not in finder.source_entities]
    return after[0] if after else None
