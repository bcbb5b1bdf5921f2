"""Speaker references, and the earlier entity an unlinked description or short name refers to.

A speaker span the entity layer did not link ("الوزير", "الملا", "مدير المركز") is still linked
when the text before it says who it is; the three patterns are read off the text, the nearest
first (see `AntecedentFinder.antecedent`).
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document, Entity, SpeakerRef
from marsad.layers.quotes.document_index import MentionRef
from marsad.layers.quotes.name_edges import (
    DEFINITE,
    NAME_END_PARTICLES,
    NAME_HONORIFICS,
    TITLE_NAME_TOKENS,
    NameEdges,
)
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.lexicons.loader import keyed

TITLE_NAME_GAP = 60         # characters before a title word where the name it stands next to may end
OUTLET_NAME_TOKENS = 4      # "صحيفة «ديلي ميل»": tokens after an outlet word where its name starts
MASCULINE_NISBA = "ي"       # "الأميركي"، "الروسي": an origin; "الخارجية" (يه) names a portfolio
TITLE_ADJECTIVE_TOKENS = 4  # "وزير الخارجية السعودي": tokens after a title word where its adjectives stand
NAME_TITLE_GAP = "،,()"     # "X، مدير ...", "(X) رئيس ...": what may stand between a name and its title
RANKED_NAME_WORDS = 4       # words of a name after a rank ("العميد بسام عطية")
COMPOUND_NAME_TAIL = 2      # name words after "الله"/"الدين" of a compound given name ("ذبيح الله مجاهد")
PURPOSE_STOP_KINDS = ("title", "org_head", "outlet", "honorific", "time", "document", "stop", "addressee",
                      "object_pronoun", "place")
RELATIVE_KEYS = frozenset({"الذي", "التي", "الذين"})  # match keys of relative pronouns
EPITHETS = keyed("quote_words.tsv", "epithet", match_key)  # "المفدى": praise after a title
ADJECTIVE_ENDINGS = ("ي", "يه")  # match keys of relative adjectives ("البريطاني", "الكورية")
DANGLING_PREPOSITIONS = frozenset({"ل", "ب"})  # match keys of "لـ"/"بـ" written apart from their noun
LATTER = keyed("speaker_words.tsv", "latter", match_key)
AUTHORITIES = keyed("speaker_words.tsv", "authorities", match_key)
NISBA_ENDINGS = ("يه", "ي")  # "التركية" -> "ترك", the start of "تركيا"
MIN_NISBA_STEM = 3
COUNTERPARTS = keyed("speaker_words.tsv", "counterpart", match_key)
BODY_UNITS = keyed("speaker_words.tsv", "body_unit", match_key)
UNIT_ADJECTIVES = frozenset({"العامه", "العام", "الاقليمي", "الاقليميه", "الاعلامي"})  # "الأمانة العامة لـ..."
# "في"، "من"، "على"، "إلى"، "عن"، "مع"، "حول"، "بين"، "لدى": a body after one of these is an object
OBJECT_PREPOSITIONS = frozenset(match_key(w) for w in ("في", "من", "على", "إلى", "عن", "مع", "حول", "بين", "لدى"))


class AntecedentFinder(NameEdges):
    """Speaker references for mentions and for spans no mention covers exactly."""

    def __init__(self, doc: Document, lex: SpeechLexicon) -> None:
        super().__init__(doc)
        self.lex = lex
        self._word_keys: dict[str, list[str]] = {}  # mention text -> match keys of its words
        # (id(mention), prefer_name) -> (the mention, its reference's fields): the document does
        # not change while quotes are found, and the ranker asks again for each statement
        self._refs: dict[tuple[int, bool], tuple[MentionRef, tuple[str | None, int, int, str]]] = {}

    def ref(self, r: MentionRef, prefer_name: bool = True) -> SpeakerRef:
        """A speaker reference for a mention; a title followed by the same entity's name gives the name."""
        known = self._refs.get((id(r), prefer_name))
        if known is None or known[0] is not r:
            ref = self._ref(r, prefer_name)
            known = self._refs[(id(r), prefer_name)] = (r, (ref.entity, ref.start, ref.end, ref.text))
            return ref
        return SpeakerRef(*known[1])  # a new object each time: callers may change theirs

    def _ref(self, r: MentionRef, prefer_name: bool) -> SpeakerRef:
        if prefer_name and r.mention.kind == "title":
            for other in self.mentions_between(r.end, r.end + 3):
                if other.entity is r.entity and other.mention.kind == "name":
                    r = other
                    break
        end = self._past_cut_surname(r, self._past_name_particle(r))
        if r.entity.type == "ORG":
            i = self.tok_at(end)
            if 0 < i < len(self.toks) and self.toks[i - 1].end == end and self.purpose_end(i) > i:
                end = self.toks[self.purpose_end(i) - 1].end
        start = self._before_name_opener(r, self._past_possessor(r, self._before_cut_given_name(r)))
        end = self._before_dangling_preposition(start, end)
        ent = self._fuller_person(r) or r.entity
        return SpeakerRef(ent.id, start, end, self.text[start:end])

    def _before_dangling_preposition(self, start: int, end: int) -> int:
        """"زهراء لـ" of "قالت زهراء لـ«الصحيفة»": a mention the entity layer ran on into the
        preposition of the addressee; the speaker's span ends before it."""
        i = self.tok_at(end) - 1
        if 0 < i < len(self.toks) and self.toks[i].end == end and self.toks[i].key in DANGLING_PREPOSITIONS \
                and self.toks[i - 1].end > start:
            return self.toks[i - 1].end
        return end

    def purpose_end(self, i: int) -> int:
        """"المرصد السوري لحقوق الإنسان", "اللجنة الوطنية لمكافحة الإرهاب": a body named for its
        purpose goes on with "لـ" and a noun followed by a definite word. Returns the index past
        that complement starting at token i, or i when there is none; an addressee ("لوكالة",
        "لمجلس الأمن", "لوزير") or another entity is no part of the name."""
        toks, lex = self.toks, self.lex
        if i + 1 >= len(toks):
            return i
        word, after = toks[i], toks[i + 1]
        # "لحقوق" (construct state, its genitive follows), not "للمزارعين" (definite: the name ends there)
        if not (word.is_word and after.is_word) or not word.key.startswith("ل") or word.key.startswith(("ال", "لل")) \
                or len(word.key) < 5 or not after.key.startswith("ال") or len(after.key) < 4 \
                or self.covering(i) is not None or self.covering(i + 1) is not None:
            return i
        purpose = frozenset({"ل"})
        if lex.is_stop(word) or lex.cue(word) is not None or lex.cue(after) is not None \
                or any(lex.has(kind, word, purpose) for kind in PURPOSE_STOP_KINDS) \
                or any(lex.has(kind, after, DEFINITE) for kind in PURPOSE_STOP_KINDS):
            return i
        return i + 2

    def span_ref(self, start: int, end: int, forward: bool = False) -> SpeakerRef:
        """A speaker span no mention covers exactly: linked if a mention overlaps it, or if an
        earlier mention introduces the same description or name (see `antecedent`). A rank or
        honorific before a name is dropped ("العميد فلان" -> "فلان") and a compound given name
        cut after its first word is completed ("نصر" -> "نصر الله ...")."""
        start = self._past_rank(start, end)
        end = self._before_dangling_preposition(start, self._past_compound_name(start, end))
        for r in self.mentions_between(start, end):
            if r.mention.kind in ("name", "title") and r.start == start:
                return SpeakerRef(r.entity.id, start, end, self.text[start:end])
        ent = self.antecedent(start, end, forward)
        return SpeakerRef(ent.id if ent else None, start, end, self.text[start:end])

    def _past_rank(self, start: int, end: int) -> int:
        """"العميد بسام عطية", "السفير قوطالي", "الصناعية المهندس صالح ...": where the name after
        the last rank of the span starts. The words before that rank must be definite words of
        the title it ends (an adjective left over). After an honorific or a military rank
        ("المهندس", "اللواء") any name follows; after a definite title ("السفير", "النائب") only
        words without the article, the last of which the article used before: a name already
        introduced ("السفير الأمريكي", "المتحدث باسم الشرطة" are descriptions, not names)."""
        i0, i1 = self.tok_at(start), self.tok_at(end)
        toks, lex = self.toks, self.lex
        for p in range(i1 - 2, i0 - 1, -1):
            t = toks[p]
            honorific = t.is_word and (lex.has("honorific", t) or t.key in NAME_HONORIFICS)
            if not honorific and not (t.is_word and t.key.startswith("ال") and lex.has("title", t, DEFINITE)):
                continue
            rest = toks[p + 1 : i1]
            named = all(self.covering(k) is None or self.covering(k).entity.type == "PER" for k in range(p + 1, i1))
            if not named or lex.has("pp_head", rest[0]) or not all(w.is_word and w.key.startswith(("ال", "وال")) for w in toks[i0:p]) \
                    or not rest or len(rest) > RANKED_NAME_WORDS or not self.plain_name_word(rest[0]) \
                    or any(not w.is_word or lex.is_stop(w) or lex.cue(w) is not None for w in rest):
                return start
            if honorific or all(self.plain_name_word(w) for w in rest) and self._said_before(rest[-1], p):
                return rest[0].start
            return start
        return start

    def _said_before(self, word: Token, before: int) -> bool:
        """True when `word` ends a longer name earlier in the text ("علي قوطالي" before "قوطالي")."""
        return any(t.key == word.key and k > 0 and self.toks[k - 1].is_word for k, t in enumerate(self.toks[:before]))

    def _past_compound_name(self, start: int, end: int) -> int:
        """"ذبيح" of "ذبيح الله مجاهد": a name word followed by the second word of a compound
        given name ("الله", "الدين") was cut short; take that word and the name words after it."""
        i0, i = self.tok_at(start), self.tok_at(end)
        if i >= len(self.toks) or i == i0 or not self.lex.has("name_second", self.toks[i]) \
                or not self.plain_name_word(self.toks[i - 1]) or self.toks[i - 1].end != end:
            return end
        k = i + 1
        while k < len(self.toks) and k - i <= COMPOUND_NAME_TAIL and self.plain_name_word(self.toks[k]) \
                and not self.lex.is_stop(self.toks[k]) and self.covering(k) is None:
            k += 1
        if k > i + 1 and k < len(self.toks) and not self._phrase_ends_at(k):
            k = i + 1  # "رسول الله صلى الله عليه": the words after it are no name
        return self.toks[k - 1].end

    def _phrase_ends_at(self, k: int) -> bool:
        """True when token k ends a subject phrase: punctuation, a complementiser, a stop word,
        a reporting word or a title in apposition."""
        t, lex = self.toks[k], self.lex
        return not t.is_word or lex.is_comp(t) or lex.is_stop(t) or lex.cue(t) is not None \
            or lex.has("title", t, DEFINITE)

    def antecedent(self, start: int, end: int, forward: bool = False) -> Entity | None:
        """The entity an unlinked description or short name refers back to, if the text says so.

        Only three patterns, each read off the text before the span, the nearest first:
        a surname ("الملا") that ends an earlier full name; a definite head word ("الصندوق",
        "الوزير") that starts an earlier name or title mention ("صندوق النقد الدولي", "وزير
        الطاقة ..."); a description whose head word ("مدير", "رئيس مجلس") earlier stood right
        next to a person's name ("مصطفى حسين مدير المركز", "رئيس مجلس النواب ... أحمد الملا").
        """
        i0, i1 = self.tok_at(start), self.tok_at(end)
        span_words = [t for t in self.toks[i0:i1] if t.is_word]
        while len(span_words) > 1 and span_words[-1].key in EPITHETS:
            span_words.pop()  # "الملك المفدى": the title refers back, the praise does not
        if not span_words:
            return None
        if len(span_words) == 1 or all(_adjective(w) for w in span_words[1:]):
            # "الصحيفة", "الشركة الكورية الجنوبية": the last body introduced with that head word
            outlet = self._last_outlet_of_kind(span_words[0], start, len(span_words) == 1)
            if outlet is not None:
                return outlet
        before = [r for r in self.mentions if r.end <= start and r.entity.type in ("PER", "ORG")]
        unit = self.body_of_unit(start) or self._place_of_authorities(span_words, i0)
        if unit is not None:
            return unit
        if len(span_words) == 1 and span_words[0].key in LATTER:
            # "الأخير": the one named last, whatever its place in the sentence (often an object)
            named = [r for r in before if r.entity.id not in self.source_entities]
            return named[-1].entity if named else None
        found = self._subject_body_of_head(span_words[0], start) if len(span_words) == 1 else None
        if found is None:
            found = self._earlier_mention_sharing_words(span_words, before)
        if found is None and len(span_words) == 1:
            found = self._earlier_full_name_or_head(span_words[0], before)
        if found is None:
            # "الوزير الروسي" after "التقى الوزير فلان نظيره الروسي فلان": the counterpart
            adjectives = {w.key for w in span_words[1:] if _adjective(w) and w.key.endswith(MASCULINE_NISBA)}
            found = self._person_next_to_title(span_words[0], i0, i1, forward, adjectives)
        return found

    def _rest_of_name(self, gap: list[Token]) -> bool:
        """"الأمير فلان بن فلان | بن عبدالعزيز ولي العهد": the words between a mention and the title
        after it finish a name the entity layer cut short ("بن" and plain name words)."""
        return 0 < len(gap) <= RANKED_NAME_WORDS and gap[0].key in NAME_END_PARTICLES \
            and all(self.plain_name_word(g) or g.key in NAME_END_PARTICLES for g in gap)

    def _clause_starts_at(self, m: int) -> bool:
        """Token m opens another clause: a relative pronoun, a complementiser, a reporting word or
        a full stop (a comma may set off the name: "رئيس الإقليم، فلان")."""
        t = self.toks[m]
        return t.text == "." or t.key in RELATIVE_KEYS or self.lex.is_comp(t) or self.lex.cue(t) is not None

    def _last_outlet_of_kind(self, head: Token, start: int, alone: bool = True) -> Entity | None:
        """"قالت الصحيفة", "وأضافت الوكالة": the outlet that the last "صحيفة ..." / "وكالة ..."
        before the span introduced (a cited source or an organisation named right after the word,
        or starting with it). When that last one names nothing known, nothing is linked: an
        older outlet of the same kind is not the one meant. With adjectives after it (not
        `alone`: "الشركة الكورية", "الموقع البريطاني") the head word may also be a body's
        ("شركة «X» الكورية")."""
        bare = head.key[2:] if head.key.startswith("ال") else ""
        kinds = self.lex.words.get("outlet", frozenset())
        if not alone:
            kinds = kinds | self.lex.words.get("org_head", frozenset())
        if not bare or bare not in kinds:
            return None
        by_id = {e.id: e for e in self.doc.entities}
        for k in range(self.tok_at(start) - 1, -1, -1):
            t = self.toks[k]
            if not t.is_word or not t.key.endswith(bare) or bare not in {st for _, st in t.splits}:
                continue
            hi = self.toks[min(k + OUTLET_NAME_TOKENS, len(self.toks) - 1)].end
            for s in self.doc.sources:
                if t.start <= s.start < hi and s.entity in by_id:
                    return by_id[s.entity]
            for r in self.mentions_between(t.start, hi):
                if r.entity.type == "ORG":
                    return r.entity
            return None
        return None

    def body_of_unit(self, start: int) -> Entity | None:
        """"الأمانة العامة لمنظمة X"، "أمانة المنظمة"، "مكتب البرنامج": an office of a body, written
        right before the body's name or its definite head word, speaks for that body. A name that
        runs on past the office word ("مكتب التحقيقات الفيدرالي") is a body of its own."""
        i = self.tok_at(start)
        toks = self.toks
        if i >= len(toks) or match_key(self.text[start : toks[i].end]) not in BODY_UNITS:
            return None
        k = i + 1
        while k < len(toks) and toks[k].key in UNIT_ADJECTIVES:
            k += 1
        if k >= len(toks) or not toks[k].is_word:
            return None
        own = self.mention_at_token(i)
        if own is not None and own.end > toks[k].end:
            return None
        body = self.mention_at_token(k)
        if body is not None and body.entity.type == "ORG" and self.text[toks[k].start : body.start] in ("", "ل"):
            return body.entity
        if body is not None and body is not own:
            return None
        # "مكتب البرنامج" (taken by the entity layer for a body of its own, or not): the office
        # of the body the definite head word refers to
        return self._subject_body_of_head(toks[k], start, any_head=True)

    def _place_of_authorities(self, span_words: list[Token], i0: int) -> Entity | None:
        """"أعلنت سلطات إقليم كردستان"، "السلطات التركية": the authorities of a place are the place
        (a country acts as its government): the place named right after them, or the one whose
        name starts with the stem of the adjective after them."""
        if span_words[0].key not in AUTHORITIES or i0 + 1 >= len(self.toks):
            return None
        after = self.mention_at_token(i0 + 1)
        if after is not None and after.entity.type == "LOC" and after.start == self.toks[i0 + 1].start:
            return after.entity
        nisba = self.toks[i0 + 1]
        if not (nisba.is_word and _adjective(nisba)):
            return None
        stem = next(nisba.key[2 : -len(x)] for x in NISBA_ENDINGS if nisba.key.endswith(x))
        if len(stem) < MIN_NISBA_STEM:
            return None
        for e in self.doc.entities:
            names = [match_key(m.text) for m in e.mentions]
            if e.type == "LOC" and any((n[2:] if n.startswith("ال") else n).startswith(stem) for n in names):
                return e
        return None

    def body_of_office(self, entity: str | None) -> Entity | None:
        """The body an office the entity layer took for a body of its own speaks for ("مكتب
        البرنامج" after "برنامج الأغذية العالمي"), read where the office is named."""
        for r in self.mentions if entity else ():
            if r.entity.id == entity:
                body = self.body_of_unit(r.start)
                if body is not None and body.id != entity:
                    return body
        return None

    def _subject_body_of_head(self, head: Token, start: int, any_head: bool = False) -> Entity | None:
        """"وقالت الشركة" after "وافقت شركة X على شراء حصة في الشركة Y": a definite head word of
        bodies refers to the last body named with it before `start` that was not the object of a
        preposition (the one the story is about, not the one it acted on); when every one was,
        the last. A body's name counts wherever it is written, also where the entity layer did
        not mark it. After an office (`any_head`: "مكتب البرنامج") any word may head a body."""
        bare = head.key[2:] if head.key.startswith("ال") else ""
        if not bare or not any_head and bare not in self.lex.words.get("org_head", frozenset()):
            return None
        named: list[tuple[int, Entity]] = []
        for e in self.doc.entities:
            if e.type != "ORG" or e.id in self.source_entities:
                continue
            for name in {m.text for m in e.mentions if match_key(m.text.split()[0]) in (bare, "ال" + bare)}:
                at = self.text.find(name)
                while at >= 0 and at + len(name) <= start:
                    named.append((at, e))
                    at = self.text.find(name, at + 1)
        named.sort(key=lambda p: p[0])
        for at, e in reversed(named):
            i = self.tok_at(at)
            attached = self.text[self.toks[i].start : at] if i < len(self.toks) else ""
            if not (attached.endswith("ب") or i > 0 and self.toks[i - 1].key in OBJECT_PREPOSITIONS):
                return e
        return named[-1][1] if named else None

    def _earlier_mention_sharing_words(self, span_words: list[Token], before: list[MentionRef]) -> Entity | None:
        """"مجلس الاحتياطي" after "مجلس الاحتياطي الاتحادي الأمريكي"; "زانداميلا" after a full
        name: an earlier, longer mention that starts or ends with the span's words."""
        keys = [w.key for w in span_words]
        if not (len(span_words) > 1 or len(keys[0]) >= 4):
            return None
        word_keys = self._word_keys
        for r in reversed(before):
            mk = word_keys.get(r.mention.text)
            if mk is None:
                mk = word_keys[r.mention.text] = [match_key(x) for x in r.mention.text.split()]
            if len(mk) > len(keys) and (mk[: len(keys)] == keys or mk[-len(keys):] == keys):
                return r.entity
        return None

    def _earlier_full_name_or_head(self, head: Token, before: list[MentionRef]) -> Entity | None:
        """One word: the last word of an earlier full name, or a definite head word whose bare
        form starts an earlier mention ("الصندوق" after "صندوق النقد الدولي")."""
        for r in reversed(before):
            first = self.toks[self.tok_at(r.start)] if self.tok_at(r.start) < len(self.toks) else None
            last_key = self.text[r.start : r.end].split()[-1]
            if r.mention.kind == "name" and len(r.mention.text.split()) > 1 and \
                    last_key == head.text:
                return r.entity
            if first is not None and head.key.startswith("ال") and first.key == head.key[2:]:
                return r.entity
        return None

    def _phrase_after(self, k: int) -> set[str]:
        """The keys of the words just after token k, where a title's adjectives stand."""
        return {w.key for w in self.toks[k + 1 : k + 1 + TITLE_ADJECTIVE_TOKENS]}

    def _person_next_to_title(self, head: Token, i0: int, i1: int, forward: bool,
                              adjectives: frozenset[str] | set[str] = frozenset()) -> Entity | None:
        """A description whose title word ("مدير") stood right next to a person's name elsewhere:
        before the span, or (with `forward`) after it; or, with `adjectives` ("الوزير الروسي"), a
        counterpart nearer than the title ("... نظيره الروسي فلان")."""
        titles = self.lex.words.get("title", frozenset())
        stems = [st for _, st in head.splits if st in titles]
        if not stems:
            return None
        stem = stems[-1]
        order = range(i1, len(self.toks)) if forward else range(i0 - 1, -1, -1)
        for k in order:
            t = self.toks[k]
            if adjectives and not forward and t.key in COUNTERPARTS and adjectives <= self._phrase_after(k):
                counterpart = self._counterpart(k, stem)
                if counterpart is not None:
                    return counterpart
            # a reading is a suffix of the key: most tokens are ruled out without their readings
            if not t.is_word or not t.key.endswith(stem) or stem not in {st for _, st in t.splits}:
                continue
            phrase = self._phrase_after(k)  # only for the few tokens that hold the title
            given = {key for key in phrase if key.startswith("ال") and key.endswith(MASCULINE_NISBA) and len(key) > 4}
            if adjectives and given and not adjectives & given:
                continue  # "الوزير الإسرائيلي" is not the one of "وزير الخارجية الأميركي فلان"
            # "X، مدير ..." (the name just before) or "مدير ... X" (the name within the phrase)
            for r in reversed(self.mentions_between(max(0, t.start - TITLE_NAME_GAP), t.start)):
                gap = self.toks[self.tok_at(r.end) : k]
                if r.entity.type == "PER" and r.mention.kind == "name" and (
                        all(g.text in NAME_TITLE_GAP for g in gap) or self._rest_of_name(gap)):
                    return r.entity
            last = min(k + TITLE_NAME_TOKENS, len(self.toks) - 1)
            # the phrase ends where a clause starts ("... التي استقبله خلالها الرئيس": another person)
            end = next((m for m in range(k + 1, last) if self._clause_starts_at(m)), last)
            for r in self.mentions_between(t.end, self.toks[end].end):
                if r.entity.type == "PER" and r.mention.kind == "name":
                    return r.entity
            if not forward:
                break
        return None


    def _counterpart(self, k: int, stem: str) -> Entity | None:
        """"التقى وزير الطاقة فلان نظيره الروسي فلان": the person named after the counterpart word
        at token k, when a title with `stem` stands before it in its sentence."""
        m = k - 1
        while m >= 0 and self.toks[m].text != "." and stem not in {st for _, st in self.toks[m].splits}:
            m -= 1
        if m < 0 or self.toks[m].text == ".":
            return None
        last = self.toks[min(k + TITLE_ADJECTIVE_TOKENS + RANKED_NAME_WORDS, len(self.toks) - 1)]
        return next((r.entity for r in self.mentions_between(self.toks[k].end, last.end)
                     if r.entity.type == "PER" and r.mention.kind == "name"), None)


def _adjective(t: Token) -> bool:
    """"الكورية", "البريطاني": a definite relative adjective (nisba) after a head noun."""
    return t.is_word and t.key.startswith("ال") and t.key.endswith(ADJECTIVE_ENDINGS) and len(t.key) > 4
