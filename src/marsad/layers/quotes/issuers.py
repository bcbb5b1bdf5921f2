"""The body behind a document that speaks: "وأوضح التقرير أن" is the words of whoever issued the
report, when the article names it (GUIDE.md).

A document is introduced with its issuer in a few constructions of Arabic news: the issuer after
the document word ("تقرير وزارة الخارجية"، "التقرير الصادر عن الهيئة"، "بيان لمجلس الوزراء"،
"التقرير الذي تصدره الوكالة شهريا عن ..."), or as the subject of the verb that issued it
("أصدر مجلس البلدية تقريرا"، "أعلنت الشركة في بيان"). A definite document word later on
("التقرير"، "البيان") refers back to the last document of that kind introduced; an indefinite one
("أظهر تقرير اقتصادي") introduces a document whose issuer may only be named further on
("وأضاف التقرير الصادر عن شركة ..."); with its issuer beside it ("وقال بيان من مكتب X إن فلانا
أكد ...") it often relays another's words, and the choice is left to the ranker. The issuer is an organisation the entity layer found, or
the name of a body it did not find, read from its head word ("وكالة تنمية المنشآت").
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.tokens import Token, remember
from marsad.document import SpeakerRef
from marsad.layers.dates.tense import is_past_verb
from marsad.layers.quotes.attribution import TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.document_kinds import issuer_of_other_kind
from marsad.layers.quotes.generic_bodies import body_named_before
from marsad.layers.quotes.head_phrases import head_phrase_before
from marsad.layers.quotes.issuer_commas import issuer_past_comma
from marsad.layers.quotes.issuer_named_next import issuer_named_next
from marsad.layers.quotes.speech_lexicon import SpeechLexicon

ISSUER_TOKENS = 6        # "التقرير الذي يصدر شهريا عن وكالة": the issuer follows its document within this
BODY_NAME_WORDS = 5      # words of a body's name the entity layer did not find, with its head word
OPENING_MARKS = "(«\"“"
CLOSING_MARKS = ")»\"”"
DOCUMENT_PREFIXES = frozenset({"", "ال", "و", "وال"})  # "نتائج"، "النتائج"، "والنتائج"
DEFINITE_PREFIXES = ("ال", "وال", "فال", "بال", "لل", "كال")
# What may stand between a document word and its issuer: words, brackets and quotation marks;
# a comma or a colon ends the phrase ("وأوضح التقرير، الذي ..." is another clause)
GAP_MARKS = OPENING_MARKS + CLOSING_MARKS + "-"
STATEMENT_OPENERS = frozenset({"الي"})  # "أشار التقرير إلى أن ...": the statement begins
DOCUMENT_SUFFIXES = frozenset({"ا", "ه", "ها", "هم", "هما"})
_SAME_DOCUMENT: dict[tuple[str, str], bool] = {}  # `_same_document` per (word form, stem)
ADJECTIVE_ENDINGS = ("ي", "يه", "ية", "يين", "يون")  # "منظمة حقوقية دولية": a description, no name
# match keys of the relative pronouns of one person, body or document ("التقرير الذي تصدره الهيئة":
# the clause that names the issuer)
SINGULAR_RELATIVES = frozenset({"الذي", "التي"})
DETACHED_LI = "ل"  # match key of "لـ" written apart: "مسح لـ«رويترز»"
ISSUER_PREPOSITIONS = frozenset({"عن", "من"})  # "الصادر عن"، "المعد من قبل": only after an issuing word

Constructed = Callable[[SpeakerFinder, int, int], SpeakerRef]


class IssuerFinder:
    """Built once per resolver; `issuer(finder, i)` for a document word at token i."""

    def __init__(self, lex: SpeechLexicon, constructed: Constructed) -> None:
        self.lex = lex
        self.constructed = constructed  # an unlinked span named by a construction, remembered as such

    def issuer(self, finder: SpeakerFinder, i: int, back: bool = True) -> SpeakerRef | None:
        """The issuer of the document word at token i: named with it, else with the last document
        of its kind introduced before (for a definite word; not when `back` is false), else with
        the next one named further on."""
        toks = finder.toks
        stem = self._document_stem(toks[i])
        if stem is None:
            return None
        body = finder.tok_at(finder.doc.body_start)
        own = self._named_with(finder, i, speaking=True)
        if own is not None:
            return own  # "ذكر بيان وزعه مكتب X"، "وأوضح التقرير الصادر عن X"
        if _definite(toks[i]) and back:
            earlier = self._issuer_before_word(finder, i, stem, body) or issuer_of_other_kind(self, finder, i, stem)
            if earlier is not None:
                return earlier
        for k in range(max(i + 1, body), len(toks)):
            if self._same_document(toks[k], stem):
                if not _definite(toks[k]) and k > i + 1:
                    # another document of the kind is introduced: not ours, unless it names our issuer
                    return issuer_named_next(self, finder, i, k)
                named = self._named_with(finder, k, speaking=False)
                if named is not None:
                    return named
        if _definite(toks[i]) or not self._bare(toks, i) or not back:
            return None  # "تقرير آخر"، "تقرير جديد": a document described is another one
        # "وفق تقرير بنك X ... ونقلت رويترز عن تقرير أن": a bare indefinite document word that names
        # no issuer, none named further on, is the last document of its kind whose issuer was named
        return self._issuer_before_word(finder, i, stem, body)

    def _bare(self, toks: list[Token], i: int) -> bool:
        """Is the document word at i followed by no word describing it: its statement opens ("تقرير
        أن"، "تقرير إلى أن"), or a quotation mark or punctuation follows?"""
        if i + 1 >= len(toks):
            return True
        t = toks[i + 1]
        return not t.is_word or self.lex.is_comp(t) or t.key in STATEMENT_OPENERS

    def _issuer_before_word(self, finder: SpeakerFinder, i: int, stem: str, body: int) -> SpeakerRef | None:
        """The issuer named with the last document of its kind before token i, back to where such a
        document was introduced without its issuer."""
        toks = finder.toks
        for k in range(i - 1, body - 1, -1):
            if self._same_document(toks[k], stem):
                named = self._named_with(finder, k, speaking=False)
                if named is not None:
                    return named
                if not _definite(toks[k]):
                    return None  # the document was introduced here without its issuer
        return None

    def findings_issuer(self, finder: SpeakerFinder, i: int, paragraphs_back: int) -> SpeakerRef | None:
        """"أشارت نتائج الاستطلاع"، "وأوضحت النتائج أن": the findings are those of the document
        named with them, else of the last document of the last few paragraphs; its issuer speaks."""
        toks = finder.toks
        if not self.lex.has("findings", toks[i], DOCUMENT_PREFIXES):
            return None
        if i + 1 < len(toks) and self._document_stem(toks[i + 1]) is not None:
            issuer = self.issuer(finder, i + 1)
            if issuer is not None:
                return issuer
        para = finder.paragraph_of(toks[i].start)
        body = finder.tok_at(finder.doc.body_start)
        for k in range(i - 1, body - 1, -1):
            if para - finder.paragraph_of(toks[k].start) > paragraphs_back:
                return None
            if self._document_stem(toks[k]) is not None:
                # where the document was introduced ("أصدرت الهيئة تقريرا") or where it spoke
                issuer = self._named_with(finder, k, speaking=False) or self.issuer(finder, k)
                if issuer is not None:
                    return issuer
        return None

    def document_before_relative(self, finder: SpeakerFinder, rel: int) -> int | None:
        """"بيان الجامعة الذي أشار"، "التقرير الذي أكد": the token of the document word the relative
        pronoun at token `rel` refers to, right before it or before the issuer named after it."""
        k = rel - 1
        if k < 0:
            return None
        r = finder.covering(k)
        if r is not None and r.end == finder.toks[k].end:
            first = finder.tok_at(r.start)
            # the issuer's name joined to nothing ("بيان الجامعة"), the document word just before it
            k = first - 1 if finder.toks[first].start == r.start else -1
        elif k > 0 and finder.toks[k].key.startswith("ال") and self._document_stem(finder.toks[k]) is None:
            k -= 1  # "بيان الجامعة الذي": a body's head word in construct after the document word
        return k if k >= 0 and self._document_stem(finder.toks[k]) is not None else None

    def document_stem(self, tok: Token) -> str | None:
        return self._document_stem(tok)

    def _document_stem(self, tok: Token) -> str | None:
        """The document word's stem without the article ("تقرير" of "والتقرير")."""
        if not tok.is_word:
            return None
        # a poll is a document here, where it speaks or its issuer is looked for (`poll` words)
        documents = self.lex.words.get("document", frozenset()) | self.lex.words.get("poll", frozenset())
        for _, st in tok.splits:
            bare = st[2:] if st.startswith("ال") else st
            if bare in documents:
                return bare
            # "تقريرا"، "بيانها": tanween or a possessive after the document word
            cut = next((bare[: -len(x)] for x in DOCUMENT_SUFFIXES if bare.endswith(x) and bare[: -len(x)] in documents),
                       None)
            if cut is not None:
                return cut
        return None

    @staticmethod
    def _same_document(tok: Token, stem: str) -> bool:
        """The document word again, singular, with the article, tanween or a possessive ("تقريرا"،
        "تقريرها"، "للتقرير"); a plural ("قرارات") is other documents."""
        memo = (tok.text, stem)  # a function of the form and the stem: asked of every word onwards
        found = _SAME_DOCUMENT.get(memo)
        if found is None:
            found = remember(_SAME_DOCUMENT, memo, tok.is_word and any(
                st == stem or st == "ال" + stem or st.startswith(stem) and st[len(stem):] in DOCUMENT_SUFFIXES
                for _, st in tok.splits))
        return found

    def _named_with(self, finder: SpeakerFinder, k: int, speaking: bool) -> SpeakerRef | None:
        """The issuer named with the document word at token k: after it, or (where the document
        is introduced, not where it speaks) as the subject of the verb that issued it."""
        after = self._issuer_after(finder, k) or issuer_past_comma(self.lex, finder, k, self._issuer_after)
        if after is not None or speaking:
            return after
        return self._issuer_before(finder, k)

    def issuer_named_with(self, finder: SpeakerFinder, k: int) -> SpeakerRef | None:
        """The issuer named where the document word at token k is introduced (for a headline
        "تقرير: ..." over "أظهر تقرير صادر عن X")."""
        return self._named_with(finder, k, speaking=False)

    def _issuer_after(self, finder: SpeakerFinder, k: int) -> SpeakerRef | None:
        """"تقرير وزارة X"، "التقرير الصادر عن X"، "البيان الذي وزعه مكتب X": the first body within
        a few words after the document word, before its statement begins."""
        toks, lex = finder.toks, self.lex
        _, hi = finder.sent_tok_range(finder.sent_of(toks[k].start))
        issued = False  # an issuing word ("الصادر"، "يصدرها"، "وزعته") stood between
        conducted = False  # one of making it ("أجرته"، "أعده") or a "لـ" of whose it is
        for j in range(k + 1, min(k + 1 + ISSUER_TOKENS, hi)):
            t = toks[j]
            if not t.is_word:
                if t.text in GAP_MARKS or t.kind == "num":  # "التقرير الـ 51 لمؤسسة ..."
                    continue
                return None
            if lex.is_comp(t) or t.key in STATEMENT_OPENERS or lex.cue(t) is not None:
                return None
            if lex.has("issuing", t, TITLE_PREFIXES):
                issued = True
                conducted = conducted or lex.has("conducting", t, TITLE_PREFIXES)
                continue
            if t.key in SINGULAR_RELATIVES:
                continue
            if j == k + 1 and t.key == DETACHED_LI:
                issued = conducted = True  # "مسح لـ«رويترز»"، "تقرير لـ«المنظمة»": the one whose document it is
                continue
            if lex.is_stop(t):
                if issued and t.key in ISSUER_PREPOSITIONS:
                    continue
                return None  # "تقرير عن حركة السفن": what the report is about, not who issued it
            r = finder.mention_at_token(j)
            if r is not None:
                # an agency the article cites is the issuer only where a word says it made the
                # document ("مسح أجرته رويترز"، "مسح لـ«رويترز»"); "بيان نشرته وكالة X" is relayed
                if r.entity.type == "ORG" and (r.entity.id not in finder.source_entities
                                               or conducted or self._joined_li(toks[j], r.start)):
                    return finder.ref(r)
                if r.entity.type == "PER":
                    return None  # "تقرير عن الرئيس": about someone, not by a body
                continue
            named = self._body_named_at(finder, j, hi)
            if named is not None:
                return named
        return None

    @staticmethod
    def _joined_li(tok: Token, name_start: int) -> bool:
        """"تقرير لرويترز": the name starts after a "لـ" joined to its first word."""
        return name_start == tok.start + 1 and tok.text.startswith("ل")

    def _issuer_before(self, finder: SpeakerFinder, k: int) -> SpeakerRef | None:
        """"أصدر مجلس البلدية تقريرا"، "أعلنت الشركة في بيان": the body named in the words before
        the document word, in its sentence."""
        toks = finder.toks
        lo, _ = finder.sent_tok_range(finder.sent_of(toks[k].start))
        first = max(lo, k - ISSUER_TOKENS)
        for r in reversed(finder.mentions_between(toks[first].start, toks[k].start)):
            if r.entity.type == "ORG" and r.entity.id not in finder.source_entities:
                return finder.ref(r)
        for j in range(first, k):
            if finder.covering(j) is None:
                named = self._body_named_at(finder, j, k)
                if named is not None:
                    return named
        return None

    def _body_named_at(self, finder: SpeakerFinder, j: int, hi: int) -> SpeakerRef | None:
        """A body the entity layer did not find, opened by a head word at token j ("وكالة تنمية
        المنشآت في ..."، "شركة (آسيا كابيتال)"): the head word and the plain words after it, or the
        name in brackets right after the head word."""
        toks, lex = finder.toks, self.lex
        head = toks[j]
        if not lex.has("org_head", head, TITLE_PREFIXES) or lex.has("document", head, TITLE_PREFIXES):
            return None
        if j + 1 < hi and toks[j + 1].text in OPENING_MARKS:
            for m in range(j + 2, min(j + 2 + BODY_NAME_WORDS, hi)):
                if toks[m].text in CLOSING_MARKS:
                    name = [t for t in toks[j + 2 : m] if t.is_word]
                    if not name:
                        return None
                    r = finder.mention_at_token(j + 2)
                    if r is not None and r.entity.type == "ORG":
                        return finder.ref(r)  # "شركة «X»": the body the entity layer found inside the marks
                    return self.constructed(finder, name[0].start, name[-1].end)
            return None
        end = j
        for m in range(j + 1, min(j + BODY_NAME_WORDS, hi)):
            t = toks[m]
            if not t.is_word or lex.is_stop(t) or lex.is_comp(t) or lex.cue(t) is not None \
                    or finder.covering(m) is not None \
                    or any(lex.has(kind, t, TITLE_PREFIXES) for kind in ("time", "document", "title")) \
                    or m + 1 < hi and lex.has("time", toks[m + 1]) \
                    or _joined_verb(t):
                break  # "... العام الماضي": a time expression, not the name; "واطلعت": the next clause
            end = m
        if end == j:
            # "بيان الجامعة": the head word alone names the body of that kind named before, if any
            return body_named_before(finder, j) or head_phrase_before(finder, j)
        if all(t.key.endswith(ADJECTIVE_ENDINGS) for t in toks[j + 1 : end + 1]):
            return None  # a head word with adjectives ("منظمة حقوقية") names no body
        heads = self.lex.words.get("org_head", frozenset())
        start = next((off for off, st in head.splits if st in heads or st[2:] in heads), head.start)
        return self.constructed(finder, start, toks[end].end)


def _joined_verb(tok: Token) -> bool:
    """"مؤسسة يوجوف واطلعت عليه صحيفة": a past verb joined by "و" (no article) opens
    the next clause; a body's name goes on with "وال..." ("للتعبئة العامة والإحصاء")."""
    key = tok.key
    return key.startswith("و") and not key.startswith("وال") and is_past_verb(key[1:])


def _definite(tok: Token) -> bool:
    """"التقرير"، "والبيان"، "للتقرير": a document already known to the reader."""
    return tok.key.startswith(DEFINITE_PREFIXES)
