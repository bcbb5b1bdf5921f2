"""The speaker a description stands for, once the cue has named only the description: a title
whose holder the article named ("وأشار السفير التونسي"), a document speaking for its issuer
("وأوضح التقرير"), a spokesman speaking for his body ("متحدث باسم X"، "وقال متحدث إعلامي").

Part of `resolution.SpeakerResolver`, apart because it reads words and earlier statements only:
the spans a construction named are the resolver's, reached through the two callables it passes.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.document import SpeakerRef
from marsad.layers.quotes.apposed_names import name_after_title
from marsad.layers.quotes.attribution import PARAGRAPHS_BACK, TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.generic_bodies import body_named_before
from marsad.layers.quotes.holders import HOLDER_GAP_CHARS, bare, matched_description, person_beside
from marsad.layers.quotes.issuers import IssuerFinder
from marsad.layers.quotes.patterns import QuoteCandidate
from marsad.layers.quotes.said_in_authors import said_in_author
from marsad.layers.quotes.speaker_ranker import UNNAMED
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.lexicons.loader import keyed

DOCUMENT_WORDS = 3        # "التقرير الصادر": a document described in a few words
DOCUMENT_PREFIXES = frozenset({"", "ال", "و", "وال"})  # "تقرير"، "التقرير"، "والبيان" as a speaker
SPOKESMAN_ADJECTIVES = 2  # "المتحدث الرسمي الأمني بـ...": adjectives between a spokesman and his body
SPOKESMEN = keyed("speaker_words.tsv", "spokesman", match_key)
SPOKESMAN_ADJECTIVE_ENDINGS = ("ي", "يه")
SOURCE_PREPOSITIONS = frozenset({"في", "من"})  # match keys: "مصدر في وزارة X"، "مسؤول من الهيئة"  # "متحدث إعلامي"، "الناطقة الرسمية"
DEFINITE_PREFIXES = frozenset({"", "ال"})
DEFINITE_TITLE = ("ال", "وال", "فال")  # a title word with the article ("الرئيس"، "والوزير")
RELAYED_FROM = "عن"         # "نقلت X عن Y": Y said it, X relayed it
FEMININE_ENDING = "ه"     # match key of the taa marbuta: "دراسة" takes "كشفت", "تقرير" takes "كشف"
UNLINKED_NAME_WORDS = 3   # an unlinked body's words below which it is a description ("الجماعة المتطرفة")

ConstructedRef = Callable[[SpeakerFinder, int, int], SpeakerRef]


class DescribedSpeakers:
    """Built once per resolver; `constructed_ref` names an unlinked span the rules found (and
    remembers it for the ranker), `constructed` tells whether a span was named so."""

    def __init__(self, lex: SpeechLexicon, issuers: IssuerFinder, constructed_ref: ConstructedRef,
                 constructed: Callable[[SpeakerRef], bool]) -> None:
        self.lex = lex
        self.issuers = issuers
        self.constructed_ref = constructed_ref
        self.constructed = constructed

    def named_holder(self, finder: SpeakerFinder, sp: SpeakerRef) -> SpeakerRef | None:
        """"وأشار السفير التونسي إلى": a description that, earlier in the article, stood before
        its holder's name ("قال السفير التونسي لدى روسيا علي قوطالي"): the words are that
        person's. A description in the headline is looked for in the body ("ناطق الحكومة: ..."
        above "قال الناطق باسم الحكومة فلان"). Only the same description counts: another title
        may be another person's."""
        toks = finder.toks
        i0, i1 = finder.tok_at(sp.start), finder.tok_at(sp.end)
        words = [t for t in toks[i0:i1] if t.is_word]
        # "لكن الرئيس قال": a definite title alone is the holder the nearest same title introduced
        single = len(words) == 1 and words[0].key.startswith(DEFINITE_TITLE)
        if len(words) < 2 and not single or len(words) != i1 - i0 or not self.lex.has("title", words[0], TITLE_PREFIXES):
            return None
        head = bare(next((st for off, st in words[0].splits if off == sp.start), words[0].key))
        if head in UNNAMED:
            return None  # "المصدر نفسه": an unnamed source stays unnamed
        rest = [t.key for t in words[1:] if not self.lex.has("pp_head", t)]
        headline = sp.start < finder.doc.body_start
        if not headline:
            # "وقال رئيس البنك، فلان الفلاني، إن": the name in apposition right after the description
            holder = person_beside(finder, i0, sp.end)
            named = next((r for r in finder.mentions_between(sp.end, sp.end + HOLDER_GAP_CHARS)
                          if r.entity.id == holder and r.mention.kind == "name"), None) if holder else None
            if named is not None:
                return finder.ref(named)
        body = finder.tok_at(finder.doc.body_start)  # a headline names nobody ("الوزير يدين ...")
        for k in range(max(i1, body), len(toks)) if headline else range(i0 - 1, body - 1, -1):
            if not toks[k].key.endswith(head) or head not in {bare(st) for _, st in toks[k].splits}:
                continue
            if single:
                end = toks[k].end
            else:
                following = [t for t in toks[k + 1 : k + 2 + len(rest)] if not self.lex.has("pp_head", t)]
                keys = [t.key for t in following]
                matched = matched_description(rest, keys)
                if not matched and rest and keys[1 : 1 + len(rest)] == rest and self.lex.has("org_head", following[0]):
                    matched = len(rest) + 1  # "رئيس الهلال" after "رئيس نادي الهلال": the body's head word left out
                if not matched:
                    continue
                end = following[matched - 1].end
            holder = person_beside(finder, k, end)
            if holder is not None:
                return SpeakerRef(holder, sp.start, sp.end, sp.text)  # the description, linked
            if single:
                # the nearest use of the title word only: an older holder may be another person
                span = name_after_title(finder, self.lex, k)
                return self.constructed_ref(finder, *span) if span is not None else None
            _, hi = finder.sent_tok_range(finder.sent_of(toks[k].start))
            named = finder.subject_after(k, hi)
            if named is not None and named.entity is None and named.start >= end:
                return named  # a name the entity layer missed, closing the description ("... علي قوطالي")
        return None

    def document_author(self, finder: SpeakerFinder, sp: SpeakerRef, done: list[QuoteCandidate],
                         gender: str | None = None) -> SpeakerRef:
        """"وأشار التقرير إلى أن": the report is the one an earlier speaker issued ("قال صندوق النقد
        الدولي في أول تقرير ..."): the words are that speaker's. The span stays "التقرير". A
        document the verb does not agree with is its object ("ووصفت الجمعية قرار الشركة بأنه")."""
        body = self._spokesman_body(finder, sp) or self._body_that_spoke_before(finder, sp, done) \
            or said_in_author(finder, sp)
        if body is not None:
            return body
        words = sp.text.split()
        if not words:
            return sp
        i = finder.tok_at(sp.start)
        tok = finder.toks[i]
        # "أشارت نتائج استبيان استهدف معرفة ... إلى أن": the findings speak for their document's
        # issuer however long the words that describe them
        described = len(words) > DOCUMENT_WORDS
        if described and not self.lex.has("findings", tok, DOCUMENT_PREFIXES) and not self._issued_in(finder, i, sp.end):
            return sp
        if not self.lex.has("document", tok, DOCUMENT_PREFIXES) and not self.lex.has("poll", tok, DOCUMENT_PREFIXES):
            findings = self.issuers.findings_issuer(finder, i, PARAGRAPHS_BACK)
            if findings is None:
                return sp
            return SpeakerRef(findings.entity, sp.start, sp.end, sp.text) if findings.entity else findings
        # "ونقلت الوكالة عن تقرير": the verb agrees with whoever relayed the document, not with it
        relayed = i > 0 and finder.toks[i - 1].key == RELAYED_FROM
        if gender is not None and not relayed and tok.key.endswith(FEMININE_ENDING) != (gender == "f"):
            return sp
        # "التقرير الذي نشره موقع X": a document described by who issued it is no earlier one of
        # its kind; its issuer is named with it or further on
        issuer = self.issuers.issuer(finder, i, back=not described)
        if issuer is not None:
            # the span stays the document's words when the entity layer found its issuer
            return SpeakerRef(issuer.entity, sp.start, sp.end, sp.text) if issuer.entity else issuer
        key = tok.key[2:] if tok.key.startswith("ال") else ""
        if not key:
            return sp
        if len(words) != 1:
            return sp
        for d in reversed(done):
            if d.speaker is None or d.cue is None or d.speaker.entity is None \
                    and not self.constructed(d.speaker):
                continue
            sent = finder.sents[finder.sent_of(d.pos)]
            lo, hi = finder.sent_tok_range(finder.sent_of(d.pos))
            if any(key in {st for _, st in t.splits} or t.key.startswith(key) for t in finder.toks[lo:hi]
                   if t.is_word and sent.start <= t.start):
                if d.speaker.entity is None:
                    return d.speaker  # the body's own words, as the earlier statement named them
                return SpeakerRef(d.speaker.entity, sp.start, sp.end, sp.text)
        return sp

    def _issued_in(self, finder: SpeakerFinder, i: int, end: int) -> bool:
        """"أظهر استطلاع للرأي أجراه مركز"، "استطلاع للرأي نشرت نتائجه": the words the rules read
        after a document word hold a word that ties it to its issuer; however many they are, the
        document is described, and its issuer (named there or further on) speaks."""
        k = i + 1
        while k < len(finder.toks) and finder.toks[k].end <= end:
            if self.lex.has("issuing", finder.toks[k], TITLE_PREFIXES):
                return True
            k += 1
        return False

    def _spokesman_body(self, finder: SpeakerFinder, sp: SpeakerRef) -> SpeakerRef | None:
        """"متحدث باسم صندوق النقد الدولي" with no name: the words are the body's (GUIDE.md); so
        are those of "المتحدث الأمني بوزارة الداخلية", a spokesman described by his body."""
        i = finder.tok_at(sp.start)
        if i + 1 < len(finder.toks) and finder.toks[i].key in SPOKESMEN and finder.toks[i + 1].key != "باسم":
            return self._body_of_spokesman(finder, i, sp)
        if i + 1 >= len(finder.toks) or finder.toks[i + 1].key != "باسم" \
                or not self.lex.has("title", finder.toks[i], TITLE_PREFIXES):
            return None
        for r in finder.mentions_between(finder.toks[i + 1].end, sp.end + 1):
            # a body; a place here is part of one the entity layer did not find ("قصر باكنغهام")
            if r.entity.type == "ORG" and r.entity.id not in finder.source_entities:
                return SpeakerRef(r.entity.id, sp.start, sp.end, sp.text)
        # a body the entity layer did not find ("المتحدث باسم الحرس الوطني لولاية X"): its words
        # after "باسم" are the speaker's name; a short description ("باسم البلدية", "باسم الشركة
        # اليابانية") is a generic body, no name, unless it holds a place ("باسم شرطة دبي")
        body = [t for t in finder.toks[i + 2 : finder.tok_at(sp.end)] if t.is_word]
        if len(body) == 1 and (named := body_named_before(finder, i + 2)) is not None:
            # "متحدث باسم الوزارة": the head word alone is the body of that kind named before
            return SpeakerRef(named.entity, sp.start, sp.end, sp.text)
        inside = finder.mentions_between(body[0].start, body[-1].end) if body else []
        if not body or len(body) < UNLINKED_NAME_WORDS and not any(r.entity.type == "LOC" for r in inside) \
                or any(r.entity.type == "PER" for r in inside) \
                or not body[0].key.startswith("ال") or self.lex.has("pronoun", body[0], TITLE_PREFIXES):
            return None
        start, end = body[0].start, body[-1].end
        return self.constructed_ref(finder, start, end)

    def _body_that_spoke_before(self, finder: SpeakerFinder, sp: SpeakerRef,
                                done: list[QuoteCandidate]) -> SpeakerRef | None:
        """"أعلنت وزارة الداخلية ... وقال متحدث إعلامي إن": a spokesman whose body the words do not
        give (the spokesman word and its adjectives, no name) speaks for the body that spoke last
        in the paragraphs before, when that is a body (GUIDE.md: an unnamed spokesman -> his body)."""
        toks = finder.toks
        i, end = finder.tok_at(sp.start), finder.tok_at(sp.end)
        if i >= end or not (toks[i].key in SPOKESMEN or "ال" + toks[i].key in SPOKESMEN):
            return None
        for t in toks[i + 1 : end]:
            if t.is_word and t.key.startswith("ل") and not t.key.startswith("ال"):
                break  # "... للصحفيين"، "لوكالة ...": whom he spoke to
            if not t.is_word or not self.lex.has("title_modifier", t, DEFINITE_PREFIXES) \
                    and not t.key.endswith(SPOKESMAN_ADJECTIVE_ENDINGS):
                return None  # more than adjectives ("متحدث باسم ..."، a name): not a bare spokesman
        para = finder.paragraph_of(sp.start)
        if done and done[-1].speaker is None and para - finder.paragraph_of(done[-1].pos) <= 1:
            # "أعلن مصدر أمني بوزارة الداخلية أن ... وقال متحدث إعلامي إن": the statement before
            # is an unnamed source's of a body; the spokesman speaks for that body
            body = self._body_of_unnamed_source(finder, done[-1])
            if body is not None:
                return SpeakerRef(body.entity, sp.start, sp.end, sp.text)
        last = next((d.speaker for d in reversed(done) if d.speaker is not None), None)
        if last is None or last.entity is None or para - finder.paragraph_of(last.start) > 1:
            return None
        ent = finder.entities.get(last.entity)
        if ent is None or ent.type != "ORG" or ent.id in finder.source_entities:
            return None
        return SpeakerRef(ent.id, sp.start, sp.end, sp.text)

    @staticmethod
    def _body_of_unnamed_source(finder: SpeakerFinder, d: QuoteCandidate) -> SpeakerRef | None:
        """"أعلن مصدر أمني بوزارة الداخلية أن": the body joined by بـ/لـ to the unnamed source
        word right after the verb of the statement `d` (its adjectives between)."""
        toks = finder.toks
        if d.cue_tok is None or d.cue_tok + 2 >= len(toks):
            return None
        i = d.cue_tok + 1
        while i < len(toks) and finder.lex.has("time", toks[i], TITLE_PREFIXES):
            i += 1  # "أعلن أمس مصدر ..."
        if i >= len(toks) or toks[i].key not in UNNAMED:
            return None
        for k in range(i + 1, min(finder.tok_at(d.start), i + 1 + SPOKESMAN_ADJECTIVES + 1)):
            t = toks[k]
            r = finder.mention_at_token(k)
            joined = r is not None and r.start > t.start and t.key.startswith(("ب", "ل"))
            after_in = r is not None and r.start == t.start and toks[k - 1].key in SOURCE_PREPOSITIONS
            if (joined or after_in) and r.entity.type == "ORG" and r.entity.id not in finder.source_entities:
                return finder.ref(r)
            if t.key in SOURCE_PREPOSITIONS and k + 1 < len(toks):
                continue  # "مصدر في وزارة X"، "مسؤول من الهيئة"
            if not t.is_word or not t.key.endswith(SPOKESMAN_ADJECTIVE_ENDINGS):
                return None  # "مصدر أمني"، "مسؤول عسكري": its adjectives, then the body
        return None

    @staticmethod
    def _body_of_spokesman(finder: SpeakerFinder, i: int, sp: SpeakerRef) -> SpeakerRef | None:
        """"المتحدث الأمني بوزارة الداخلية"، "الناطق الرسمي للشرطة": the organisation joined by
        بـ/لـ after the spokesman word and its adjectives, inside the speaker span."""
        toks = finder.toks
        for k in range(i + 1, min(finder.tok_at(sp.end), i + 1 + SPOKESMAN_ADJECTIVES + 1)):
            t = toks[k]
            r = finder.mention_at_token(k)
            if r is not None and r.start > t.start and t.key.startswith(("ب", "ل")) \
                    and r.entity.type == "ORG" and r.entity.id not in finder.source_entities:
                return SpeakerRef(r.entity.id, sp.start, sp.end, sp.text)
            if not t.is_word or not t.key.startswith("ال"):
                return None  # "المتحدث الأمني" and its adjectives, then the body
        return None
