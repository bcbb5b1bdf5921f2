"""Who said it: finding the speaker of a reporting verb among the entity mentions.

Arabic news is mostly verb-first ("وقال أوليج بوستنيكوف، رئيس ... إن"), so the speaker is
usually the first mention after the verb that is not inside a prepositional phrase; it can also
stand before the verb ("الرئيس الروسي قال"), be a description the entity layer resolved ("قال
الدبلوماسي"), or be left unsaid ("وأضاف أن ...": the previous speaker). When nobody is named the
answer is None, not a guess. Descriptions and short names no mention covers are linked back to
an earlier entity by `antecedents`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import SpeakerRef
from marsad.layers.entities.word_lists import QUOTED_ORG_HEADS
from marsad.layers.quotes.antecedents import RELATIVE_KEYS
from marsad.layers.quotes.description_names import OBJECT_PREFIXES, DescriptionNames
from marsad.layers.quotes.document_index import MentionRef
from marsad.layers.quotes.name_edges import NAME_HONORIFICS, PREPOSITION_LETTERS, TITLE_PREFIXES
from marsad.lexicons.loader import keyed, words

if TYPE_CHECKING:
    from marsad.document import Document
    from marsad.layers.quotes.speech_lexicon import SpeechLexicon

QUOTE_WORDS = "quote_words.tsv"
PP_CLITICS = tuple(sorted(words(QUOTE_WORDS, "preposition_clitic")))
PERFECT_PARTICLES = words(QUOTE_WORDS, "perfect_particle")
RESUMPTIVE = words(QUOTE_WORDS, "resumptive")
TIME_ANTECEDENTS = words(QUOTE_WORDS, "time_antecedent")
QUOTED_NAME_TOKENS = 5     # words of a name in quotation marks inside a description ("رئيس «...»")
MAX_FALLBACK_TOKENS = 4     # words of a speaker phrase that no entity covers
ORG_NAME_TOKENS = 6         # words of a body's name after its head word ("شركة «كي بي إم جي السعودية»")
ORG_NAME_OPENING = 4        # tokens from the head word to the name's first word ("صحيفة الـ«غارديان»")
SKIP_CHARS = "،,()\"“”«»"
DETACHED_OBJECT_PREPOSITION = "ب"  # match key of "بـ" written apart from its noun: "طالب بـ«...»"
EACH, EACH_OF = "كل", "من"  # match keys of "كل من" ("each of") before the names of those who speak
LI_ARTICLE = "لل"  # match key of "لـ" joined to the article: "للمشجع"، "للمؤسسات"
OPENING_MARKS = frozenset("«\"“")
OUTLET_WORD_PREFIXES = frozenset({"", "ل", "لل", "ب", "بال", "و", "ول", "ولل"})
DEFINITE_AFTER_PREPOSITION = ("بال", "لل", "كال", "وبال", "ولل")  # match keys: a preposition on a definite noun
PHRASE_END_CHARS = "،,:\"“”«»"
RELATIVE_SUBJECT_TITLE_WORDS = 3  # "التي أعلنها وزير الداخلية فلان": title words between verb and name
OWNED_DOCUMENT_KINDS = ("document", "findings", "speech_noun", "interview")
# an ordinary person's occupation written without the article after his name ("فلان بائع خضار"):
# the nouns of actors/speaker_person_nouns.tsv, less those that are also function words ("أم")
OCCUPATION_NOUNS = frozenset(k[2:] for k in keyed("actors/speaker_person_nouns.tsv", None, match_key)
                             if k.startswith("ال") and k not in {match_key("الأم"), match_key("الأب")})
PP_HONORIFICS = 2          # honorifics between a preposition and the name it governs ("مع الأمير الدكتور فلان")
PARAGRAPHS_BACK = 3         # how far back "وأضاف" may look for the previous speaker
# the particles inside a person's name, as written alone (no clitic), after which the next word is
# always part of it, whatever else it could be read as: "آل الشيخ" (no article), "ابن علي" (not
# "على"), "أبو طالب" (not the verb "طالب")
NAME_LINKS = frozenset({"آل", "أبو", "ابو", "أبي", "أبا", "ابن", "بن", "بنت", "عبد"})


def pp_prefix(prefix: str) -> bool:
    """True for proclitics that end in a preposition: "ب", "ل", "وب", "بال", "لل" (not "ال")."""
    if prefix.endswith("ال") and prefix != "لل":
        prefix = prefix[:-2]
    return prefix.endswith(PP_CLITICS)


def quoted_body_head(tok: Token) -> bool:
    """"مجموعة «نيكاي»"، "فرقة «...»"، "مجلة «...»": a head word (no article, maybe "و"/"ف"/"ل"/"ب"
    joined) after which the entity layer reads the words in quotation marks as a body's name."""
    key = tok.key
    return tok.is_word and (key in QUOTED_ORG_HEADS or (key[:1] in "وفلب" and key[1:] in QUOTED_ORG_HEADS))


class SpeakerFinder(DescriptionNames):
    """The speaker of a reporting word, looked up by offset in one document (built once per
    document: `SpeakerFinder(doc, lexicon)`)."""

    def __init__(self, doc: Document, lex: SpeechLexicon) -> None:
        super().__init__(doc, lex)
        self._pp: dict[int, bool] = {}  # mention start -> `in_pp`, which depends on the start alone

    # --- the mention as a speaker ------------------------------------------------------------
    def in_pp(self, r: MentionRef) -> bool:
        """True when the mention is the object of a preposition ("مع الرئيس", "لوزير", "باسم الوزارة")."""
        found = self._pp.get(r.start)
        if found is None:
            found = self._pp[r.start] = self._in_pp(r)
        return found

    def _in_pp(self, r: MentionRef) -> bool:
        i = self.tok_at(r.start)
        if i >= len(self.toks) or i == 0:
            return False
        if self.toks[i].start == r.start:
            j = i - 1
        else:  # the mention starts inside a token: its clitics precede it
            tok = self.toks[i - 1]
            clitics = self.text[tok.start : r.start]
            if any(c in PP_CLITICS for c in clitics):
                return True
            j = i - 2
        while j >= 0 and self.toks[j].text in OPENING_MARKS:
            j -= 1  # "لـ«الصحيفة»"، "مع «فوكس نيوز»": the preposition stands before the mark
        h = j
        while h > 0 and i - h <= PP_HONORIFICS and self.toks[h].is_word and self.toks[h].key in NAME_HONORIFICS:
            h -= 1
        if h < j and self.toks[h].is_word and self.lex.has("pp_head", self.toks[h]):
            return True  # "بقيادة العقيد فلان": the honorific left out of the mention (not after "على":
            # "المشرف على الفريق فلان", where "الفريق" is a team, no rank)
        prev = self.toks[j] if j >= 0 else None
        if prev is not None and prev.is_word and (self.lex.is_stop(prev) or self.lex.has("pp_head", prev)
                                                  or prev.text.endswith("ـ") and pp_prefix(prev.key)):
            return True  # ("لـ": a preposition written apart with a tatweel)
        if j < i - 1 and prev is not None and self._governed_outlet_word(j):
            return True
        return self._after_pp_description(i)

    def _governed_outlet_word(self, j: int) -> bool:
        """"مع قناة «X»"، "لصحيفة «X»": an outlet word right before a quoted name is the object of a
        preposition, joined to it or standing before it; the name in the marks is that object too."""
        t = self.toks[j]
        if not t.is_word or not self.lex.has("outlet", t, OUTLET_WORD_PREFIXES):
            return False
        prev = self.toks[j - 1] if j > 0 else None
        if prev is not None and self.lex.is_according(prev):
            return False  # "وفقا لصحيفة «X»": the paper is the source the sentence cites
        if any(pp_prefix(t.key[: len(t.key) - len(st)]) for _, st in t.splits if st != t.key):
            return True
        return prev is not None and prev.is_word and (self.lex.is_stop(prev) or self.lex.has("pp_head", prev))

    def in_relative_clause(self, r: MentionRef) -> bool:
        """True when the mention is the subject of a relative clause's verb ("وهاجم الإجراءات التي
        أعلنها الوزير"): it says who did something to an object, not who the sentence is about."""
        i = self.tok_at(r.start)
        if i < 2 or self.toks[i].start != r.start:
            return False
        # the verb right after the pronoun, then the subject, maybe after its title ("الوزير فلان")
        for j in range(i - 2, max(-1, i - 2 - RELATIVE_SUBJECT_TITLE_WORDS), -1):
            if self.toks[j].key in RELATIVE_KEYS:
                return all(t.is_word for t in self.toks[j + 1 : i]) and not self.lex.is_stop(self.toks[j + 1])
            if not self.toks[j].is_word:
                return False
        return False

    def _after_pp_description(self, i: int) -> bool:
        """"لقائه بوزير الخارجية الإيطالي باولو جينتيلوني": the name at token i stands in
        apposition to a description that is itself the object of a preposition."""
        titles = self.lex.words.get("title", frozenset())
        for j in range(i - 1, max(-1, i - 6), -1):
            t = self.toks[j]
            if not t.is_word:
                break
            for _, st in t.splits[1:]:
                if st in titles and pp_prefix(t.key[: len(t.key) - len(st)]):
                    return True
        return False

    # --- speaker finders -----------------------------------------------------------------
    def subject_after(self, i0: int, i1: int, fallback: bool = True, strip_prep: bool = False) -> SpeakerRef | None:
        """The subject among tokens [i0, i1) right after a verb (or after "وفقا ل" with strip_prep)."""
        toks, lex = self.toks, self.lex
        k = self._first_subject_token(i0, i1)
        if k >= i1:
            return None
        tok = toks[k]
        if tok.key == DETACHED_OBJECT_PREPOSITION or not strip_prep and (self._addressed(tok) or self._with_li(k)) \
                or lex.has("adverb", tok, TITLE_PREFIXES):
            # "طالب بـ«...»"، "قال لصحيفة «X»"، "كتبت مؤخرا": the verb's object or an adverb; the
            # subject is unsaid (the one before the verb or the previous speaker)
            return None
        r = self.mention_at_token(k)
        if r is not None and r.end <= toks[i1 - 1].end and not self.title_taken_for_name(r):
            return self.ref(r)
        stop = self._before_quantifier(k, self._phrase_stop(k, i1))
        ali = self.ali_name_end(k, stop)
        if ali is not None:  # "وقال علي الزهراني إن": a first name, not the preposition "على"
            return self.span_ref(tok.start, toks[ali - 1].end)
        if not tok.is_word or lex.is_comp(tok) or lex.is_according(tok) or lex.is_stop(tok):
            return None
        if lex.has("pronoun", tok, TITLE_PREFIXES):
            return None  # "قال سموه": the person named before
        if lex.cue(tok) is not None:
            return None
        named = self._person_named_in_phrase(k, stop)
        if named is not None:
            return named
        first = self._speaker_start(tok, strip_prep)
        if lex.has("title", tok, TITLE_PREFIXES) or self._modifier_of_title(k, i1):
            return self._quoted_holder(stop, i1) or self._apposition_name(k, stop, i1) \
                or self._description_speaker(k, stop, first)
        named = self._name_closing_phrase(k, stop) or self._name_after_definite_title(k, stop)
        if named is not None:
            return named  # ("وقال المواطن فلان الفلاني لـ«الصحيفة»": the name after a person's noun)
        if not fallback:
            return None
        org = lex.has("org_head", tok, TITLE_PREFIXES)
        if org:
            named = self._organisation_after_head(k, i1)
            if named is not None:
                return named
        if org or lex.has("outlet", tok, TITLE_PREFIXES):
            named = self._quoted_name_after_head(k, i1)
            if named is not None:
                return named
        if tok.key.startswith(("ال", "وال")) and not org and k + 1 < stop:
            ali = self.ali_name_end(k + 1, stop)
            if ali is not None:  # "أكد البائع علي العامري أن": a word describing the person, then his name
                return self.span_ref(toks[k + 1].start, toks[ali - 1].end)
        end = self._unknown_name_end(k, stop, org)
        if end == k:
            return None
        return self.span_ref(first, toks[end - 1].end)

    def prepositional_object(self, k: int, i1: int) -> SpeakerRef | None:
        """Who the "لـ" joined to token k introduces ("لفلان"، "لرئيس مجلس الإدارة"، "للحكومة
        اليمنية"): a mention, a description opened by a title, or a body opened by its head word."""
        r = self.mention_at_token(k)
        if r is not None and r.end <= self.toks[i1 - 1].end:
            return self.ref(r)
        tok = self.toks[k]
        first, stop = self._speaker_start(tok, strip_prep=True), self._phrase_stop(k, i1)
        if self.lex.has("title", tok, OBJECT_PREFIXES):
            return self._description_speaker(k, stop, first)
        if self.lex.has("org_head", tok, OBJECT_PREFIXES):
            return self.span_ref(first, self.toks[self._unknown_name_end(k, stop, True) - 1].end)
        return None

    def _first_subject_token(self, i0: int, i1: int) -> int:
        """The first token of [i0, i1) past a resumptive pronoun ("فيه"), punctuation, time words,
        honorifics and an honorific abbreviated to one letter and a dot ("م. فلان"، "د. فلان")."""
        toks, lex = self.toks, self.lex
        k = i0
        if k + 1 < i1 and toks[k].key in RESUMPTIVE and self._after_time_noun(k - 1):
            k += 1  # "في وقت أكدت فيه أثينا أن": the subject after the pronoun of the time noun
        while k < i1 and (toks[k].text in SKIP_CHARS or toks[k].text == "."
                          or lex.has("time", toks[k], TITLE_PREFIXES) or lex.has("honorific", toks[k], TITLE_PREFIXES)
                          or len(toks[k].text) == 1 and k + 1 < i1 and toks[k + 1].text == "."):
            k += 1
        if k + 2 < i1 and toks[k].key == EACH and toks[k + 1].key == EACH_OF and self.mention_at_token(k + 2) is not None:
            k += 2  # "قال كل من فلان وفلان": each of those named speaks, the first named first
        return k

    def _after_time_noun(self, verb: int) -> bool:
        """Does a time noun, maybe with a relative pronoun after it, stand right before the verb at
        token `verb` ("في وقت أكدت"، "في الوقت الذي أعلن")?"""
        j = verb - 1
        if j > 0 and self.toks[j].key in RELATIVE_KEYS:
            j -= 1
        return j >= 0 and self.toks[j].key in TIME_ANTECEDENTS

    def _addressed(self, tok: Token) -> bool:
        """"لصحيفة"، "للمحامي"، "للجهاز": a title, outlet or body word that reads as such only with
        a joined "لـ" is the one spoken to, not the one speaking."""
        lex = self.lex
        return any(lex.has(kind, tok, OBJECT_PREFIXES) and not lex.has(kind, tok, TITLE_PREFIXES)
                   for kind in ("title", "outlet", "org_head"))

    def _with_li(self, k: int) -> bool:
        """"توضح للمشجع أن"، "نؤكد للمؤسسات الأخرى أن"، "يدعو للغرابة": a noun with "لـ" joined to its
        article ("لل") is the one spoken to or a purpose, never the verb's subject (unless the
        entity layer named it so)."""
        key = self.toks[k].key
        return key.startswith(LI_ARTICLE) and len(key) > len(LI_ARTICLE) + 1 and self.mention_at_token(k) is None

    def _phrase_stop(self, k: int, i1: int) -> int:
        """Where the subject phrase starting at token k ends: punctuation, a complementiser, a
        cited agency or another reporting word."""
        toks, lex = self.toks, self.lex
        stop = k
        while stop < i1:
            if toks[stop].text in PHRASE_END_CHARS:
                closing = self._quoted_genitive_end(stop, i1)
                if closing is None:
                    break
                stop = closing
                continue
            if lex.is_comp(toks[stop]) or self.source_at(stop) \
                    or (stop > k and lex.cue(toks[stop]) is not None and not self.name_goes_on(stop)):
                break
            stop += 1
        return stop

    def _before_quantifier(self, k: int, stop: int) -> int:
        """"ودعا رئيس البرلمان العربي كافة أبناء الأمة"، "وطالب فلان جميع الجهات": a quantifier
        ("كافة"، "جميع"، "كل") after the first word of the subject opens the verb's object, never a
        word of a name or title; the subject phrase ends before it. At the first word it is the
        subject itself ("قال كل منهما"). Only before the noun it governs: after its noun ("أكدت
        بنوده كافة أن"، "العلماء كافة في") it stresses that noun, and "كل من" ("متحدثون باسم كل من
        نقابة X و Y") lists the ones named."""
        toks, lex = self.toks, self.lex
        for m in range(k + 1, stop - 1):
            nxt = toks[m + 1]
            if lex.has("quantifier", toks[m]) and nxt.is_word and not lex.is_comp(nxt) and not lex.is_stop(nxt):
                return m
        return stop

    def _quoted_genitive_end(self, i: int, i1: int) -> int | None:
        """"زعيم «حزب الله» اللبناني حسن نصر الله": a name in quotation marks right after a title
        or organisation word in construct state (no article) belongs to the description; the
        index after its closing mark, or None when the mark opens the statement ("قال الوزير «...»")."""
        if i == 0 or self.toks[i].text not in "«\"“":
            return None
        head = self.toks[i - 1]
        if i > 1 and self.lex.has("title_modifier", head):
            head = self.toks[i - 2]  # "مدير عام «...»"
        elif i > 1 and head.is_word and not head.key.startswith(("ال", "وال")) and not self.lex.is_stop(head) \
                and self.lex.has("title", self.toks[i - 2], TITLE_PREFIXES):
            head = self.toks[i - 2]  # "رئيسة فريق «...» فلانة": the title's construct noun, then the name
        if not head.is_word or head.key.startswith(("ال", "وال")) or not (
                self.lex.has("title", head, TITLE_PREFIXES) or self.lex.has("org_head", head, TITLE_PREFIXES)
                or quoted_body_head(head)):
            return self._quoted_alias_end(i, i1)
        for j in range(i + 2, min(i1, i + QUOTED_NAME_TOKENS + 2)):
            if self.toks[j].text in "»\"”":
                # the description goes on after it ("... اللبناني"); a statement ends there
                after = self.toks[j + 1] if j + 1 < i1 else None
                if after is not None and after.text in "،," and (self._body_quoted(i + 1, j) or self._person_at(j + 2)):
                    return j + 1  # "مديرة «المنظمة»، فلانة،": a body's name, then the holder in apposition
                if after is None or not after.is_word or self.lex.is_comp(after) or self.lex.cue(after) is not None:
                    return None
                return j + 1
        return None

    def _quoted_holder(self, mark: int, i1: int) -> SpeakerRef | None:
        """"وأوضح مدير الخطوط في المنطقة "فلان الفلاني"؛ أن": a person's name in quotation marks
        closing a description, with nothing but punctuation or the complementiser after it, is the
        holder the description introduces (not the body named inside it)."""
        toks = self.toks
        if mark + 2 >= i1 or toks[mark].text not in OPENING_MARKS:
            return None
        r = self.mention_at_token(mark + 1)
        if r is None or r.entity.type != "PER" or r.mention.kind != "name" or r.start != toks[mark + 1].start:
            return None
        close = self.tok_at(r.end)
        if close >= len(toks) or toks[close].text not in "»\"”" or toks[close].start != r.end:
            return None
        after = toks[close + 1] if close + 1 < len(toks) else None
        if after is not None and after.is_word and not self.lex.is_comp(after):
            return None  # the marks open the statement's own words or a name the sentence goes on with
        return self.ref(r)

    def _body_quoted(self, first: int, closing: int) -> bool:
        """True when the tokens [first, closing) are exactly a body or place the entity layer found."""
        r = self.mention_at_token(first)
        return r is not None and r.entity.type in ("ORG", "LOC") and r.end == self.toks[closing - 1].end

    def _quoted_alias_end(self, i: int, i1: int) -> int | None:
        """"مدير مركز الأمير سلطان الاجتماعي «دار الرعاية» فلان الفلاني أن": another name of the body
        in quotation marks right after the body the entity layer found, then a person's name: the
        description goes on to its holder; the index after the closing mark, else None."""
        r = self.covering(i - 1)
        if r is None or r.entity.type != "ORG" or r.end != self.toks[i - 1].end:
            return None
        for j in range(i + 2, min(i1, i + QUOTED_NAME_TOKENS + 2)):
            if self.toks[j].text in "»\"”":
                return j + 1 if self._person_at(j + 1) else None
        return None

    def _person_at(self, k: int) -> bool:
        """True when a person's name starts at token k."""
        r = self.mention_at_token(k) if k < len(self.toks) else None
        return r is not None and r.entity.type == "PER" and r.start == self.toks[k].start

    def _person_named_in_phrase(self, k: int, stop: int) -> SpeakerRef | None:
        """A description or an unknown word first: the person named in the phrase, if any."""
        named = [r for r in self.mentions_between(self.toks[k].start, self.toks[stop - 1].end)
                 if r.entity.type == "PER" and r.mention.kind == "name" and not self.in_pp(r)
                 and not self._in_genitive(k, r) and not self.title_taken_for_name(r)
                 and not self.in_relative_clause(r)]  # "مصدر مقرب من اللاعب الذي يدربه فلان"
        for n, r in enumerate(named):
            if n + 1 < len(named) and self._title_genitive(k, r):
                continue  # "مستشار فلان الدكتور علان": the person whose adviser speaks, then the adviser
            return self.ref(r)
        return None

    def _title_genitive(self, k: int, r: MentionRef) -> bool:
        """Is the person named right after a title noun in construct state ("مستشار فلان"، "نائب
        فلان"), in the phrase starting at token k?"""
        m = self.tok_at(r.start)
        if m - 1 < k or self.toks[m].start != r.start:
            return False
        head = self.toks[m - 1]
        if m - 2 >= k and head.key.startswith("ال") and self.lex.has("title", head, TITLE_PREFIXES):
            head = self.toks[m - 2]  # "مستشار الرئيس فلان": the construct title before the person's own
        return head.is_word and not head.key.startswith(("ال", "وال")) and self.lex.has("title", head, TITLE_PREFIXES)

    def title_taken_for_name(self, r: MentionRef) -> bool:
        """A one-word "name" that is a title word ("مدعي" of "مدعي عام باريس فلان"): the entity
        layer read the head of a description as a person; the holder is named after it."""
        i = self.tok_at(r.start)
        return i < len(self.toks) and self.toks[i].end >= r.end and r.entity.type == "PER" \
            and self.lex.has("title", self.toks[i], TITLE_PREFIXES)

    def _speaker_start(self, tok: Token, strip_prep: bool) -> int:
        """Where a speaker span starting at `tok` begins: after its proclitics, and with
        `strip_prep` also after a joined preposition ("لمدير" of "وفقا لمدير")."""
        first = tok.stem_start
        if strip_prep:
            first = next((off for off, st in reversed(tok.splits) if pp_prefix(tok.key[: len(tok.key) - len(st)])
                          and not st.startswith("ال")), first)
        return first

    def _organisation_after_head(self, k: int, i1: int) -> SpeakerRef | None:
        """"وكالة «معاً»", "صحيفة الميرور": the organisation named right after the head word."""
        toks = self.toks
        if toks[k].key.startswith(("ال", "وال")):
            # a definite head ("كتبت الجامعة على موقع «تويتر»"): a body named right after it, if any
            for r in self.mentions_between(toks[k].end, toks[min(i1, k + 4) - 1].end):
                if r.entity.type == "ORG":
                    return self.ref(r)
            return None
        for r in self.mentions_between(toks[k].end, toks[min(i1, k + ORG_NAME_TOKENS + 2) - 1].end):
            # in construct state, the name right after the head, its quotation mark or a detached
            # article ("شركة «كي بي إم جي السعودية»"، "صحيفة الـ«غارديان»")
            if r.entity.type == "ORG" and r.start <= toks[min(i1, k + ORG_NAME_OPENING) - 1].end:
                return self.ref(r)
        return None

    def _quoted_name_after_head(self, k: int, i1: int) -> SpeakerRef | None:
        """"وقالت شبكة «...» إن"، "أعلنت منظمة «...»": the name in quotation marks right after an
        organisation or outlet word the entity layer did not find; the words inside the marks."""
        toks = self.toks
        if k + 2 >= i1 or toks[k + 1].text not in OPENING_MARKS:
            return None
        for j in range(k + 2, min(i1, k + QUOTED_NAME_TOKENS + 2)):
            if toks[j].text in "»\"”":
                return self.span_ref(toks[k + 2].start, toks[j - 1].end) if j > k + 2 else None
            if not toks[j].is_word:
                return None
        return None

    def _unknown_name_end(self, k: int, stop: int, org: bool) -> int:
        """The end of an unknown name starting at token k: a few words.

        After a person's name a definite noun is the object ("حذر أوباما المشرعين"), except
        inside names ("عبد الله"، "آل الشيخ"); after an organisation head the definite words are
        its name ("مجلس الاحتياطي الاتحادي") and an indefinite word is the object ("وزارة
        الاتصالات مزودي").
        """
        toks, lex = self.toks, self.lex
        end = k
        while end < stop and end - k < MAX_FALLBACK_TOKENS and toks[end].is_word \
                and (not lex.is_stop(toks[end]) and lex.cue(toks[end]) is None or end > k and self.name_goes_on(end)) \
                and not (end > k and self._addressed(toks[end]) and not self._owned_document(toks[k])) \
                and not (end > k and lex.has("time", toks[end], TITLE_PREFIXES)) \
                and not (end > k and not org and lex.has("title", toks[end], TITLE_PREFIXES)):
            # "تركي فلان رئيس شبكة ...": the description after the name is not part of it
            if end > k and toks[k].text in NAME_LINKS and self._with_li(end):
                break  # "وقال ابن علي للصحفيين": the ones spoken to, after the name
            if end > k and self.name_goes_on(end):
                end += 1  # "وأكد آل شرمه"، "وقال ابن علي": the word after the particle is the name's
                continue
            if end > k:
                definite = toks[end].key.startswith(("ال", "وال")) and toks[end].key != "ال"
                if (org or toks[k].key.startswith("ال")) and not definite and self.purpose_end(end) > end:
                    end = self.purpose_end(end)  # "اللجنة الوطنية لحقوق الإنسان": named for its purpose
                    break
                if org and not definite and toks[end].key.startswith("لل") and len(toks[end].key) > 4:
                    end += 1  # an organisation named for its purpose ends with it: "... للمسلمين"
                    break
                if toks[k].key.startswith("ال") and not org and (not definite or end - k >= 2):
                    break  # a definite noun and its adjective ("النادي الملكي"), no more
                if org and not definite and not self._construct_chain_open(k, end):
                    break
                if not org and definite and not toks[k].key.startswith("ال") \
                        and not lex.has("name_particle", toks[end - 1]):
                    if self._surname_before_title(end) or end == k + 1 and self._family_name_closes(k, end, stop):
                        end += 1
                    break
            end += 1
        return end

    def name_goes_on(self, j: int) -> bool:
        """Is token j a word of a person's name because a name particle stands right before it
        ("آل | الشيخ"، "ابن | علي"، "أبو | طالب")? Only for a particle written alone, with no clitic."""
        return 0 < j < len(self.toks) and self.toks[j].is_word and self.toks[j - 1].text in NAME_LINKS

    def _construct_chain_open(self, k: int, end: int) -> bool:
        """"مركز عمليات الطوارئ"، "مكتب شؤون اللاجئين": after an organisation head in construct
        state, the genitive chain goes on through indefinite nouns until a definite one closes
        it; an indefinite word after the chain has closed is the verb's object ("وزارة الاتصالات
        مزودي"). A definite noun after a preposition ("بالمدينة") starts a phrase of its own."""
        if self.toks[end].key.startswith(DEFINITE_AFTER_PREPOSITION):
            return False
        return all(not w.key.startswith(("ال", "وال")) for w in self.toks[k:end])

    def _family_name_closes(self, k: int, j: int, stop: int) -> bool:
        """"وشدد الدكتور فلان الفلاني على"، "وكتب فلان الفلاني: «...»": the definite word j after a
        first name k is the family name when the person's own honorific stands before the first
        name, or when it closes the subject right before a colon (an object goes on, a name ends)."""
        toks, lex = self.toks, self.lex
        if not self._family_name_word(toks[j]) or not self.plain_name_word(toks[k]) \
                or toks[k].key.startswith(PREPOSITION_LETTERS):
            return False  # ("وقالت للصحف المحلية:": the one spoken to)
        honoured = k > 0 and (toks[k - 1].key in NAME_HONORIFICS or lex.has("honorific", toks[k - 1], TITLE_PREFIXES))
        return honoured or j + 1 == stop and stop < len(toks) and toks[stop].text == ":"

    def _owned_document(self, tok: Token) -> bool:
        """"بيان للشركة"، "تصريحات لوزير ..."، "دراسة لمركز ...": after a document or statement
        noun, "لـ" names whose it is, not whom it was given to."""
        return any(self.lex.has(kind, tok, TITLE_PREFIXES) for kind in OWNED_DOCUMENT_KINDS)

    def _surname_before_title(self, j: int) -> bool:
        """"قال محمد العمري مدير عام ...": a definite word after a first name is the family name
        when a description of the person follows it (directly or after a comma), not the object
        of the verb ("حذر أوباما المشرعين من ..."); so does an ordinary person's occupation ("وقال
        فلان الفلاني بائع خضار إن", `OCCUPATION_NOUNS`)."""
        nxt = j + 1
        if nxt < len(self.toks) and self.toks[nxt].text in "،,":
            nxt += 1
        return nxt < len(self.toks) and (self.lex.has("title", self.toks[nxt], TITLE_PREFIXES)
                                         or self.toks[nxt].key in OCCUPATION_NOUNS) \
            and not self.lex.is_stop(self.toks[j])

    def _in_genitive(self, k: int, r: MentionRef) -> bool:
        """"عضو في حزب الرئيس السابق X": X is named inside the description, not its holder."""
        m = self.tok_at(r.start)
        if m > k and self.toks[m - 1].key in NAME_HONORIFICS:
            return False  # "رئيس مجلس إدارة النادي الأمير X": the holder's own honorific, X ends the chain
        head = self.toks[m - 1] if m - 1 > k else None
        if head is not None and not head.key.startswith(("ال", "وال")) \
                and self.lex.has("org_head", head, TITLE_PREFIXES):
            # "مدير مركز بازل": a name after an organisation's head in construct state names the
            # organisation; after a definite head it is the holder ("رئيس الجمعية عادل ...")
            return True
        org_seen = False
        for j in range(k + 1, m):
            t = self.toks[j]
            if self.lex.has("org_head", t, TITLE_PREFIXES):
                org_seen = True
            elif org_seen and m - j <= 3 and self.lex.has("title", t, TITLE_PREFIXES):
                return True
        return False

    def subject_before(self, i: int) -> SpeakerRef | None:
        """A mention ending right before the verb at token i ("الرئيس الروسي قال")."""
        cue = self.lex.cue(self.toks[i])
        if cue is not None and cue.prefix[:1] == "و":
            # "... تصريحات الوزير وقال": a verb after "و" opens a clause of its own ("أما الوزير
            # فقال" keeps its subject before the verb)
            return None
        j = i - 1
        if j >= 0 and self.toks[j].key in PERFECT_PARTICLES:
            j -= 1
        if j < 0:
            return None
        lo = self.sents[self.sent_of(self.toks[i].start)].start
        for r in reversed(self.mentions_between(max(lo, self.toks[j].start - 80), self.toks[j].end)):
            if r.end == self.toks[j].end and r.entity.type in ("PER", "ORG") and not self.in_pp(r):
                return self.ref(r)
        return None

    def first_actor_in(self, start: int, end: int, types: tuple[str, ...]) -> SpeakerRef | None:
        """The first PER/ORG mention in [start, end) that is not a cited agency or a PP object;
        for persons, a bare surname of someone named in full earlier counts as a mention."""
        found = None
        for r in self.mentions_between(start, end):
            if r.entity.type in types and r.entity.id not in self.source_entities and not self.in_pp(r) \
                    and not self.in_relative_clause(r) and not self.told(r):
                found = self.ref(r)
                break
        if "PER" in types and self.surnames:
            by_surname = self._surname_before(start, found.start if found else end)
            if by_surname is not None:
                return by_surname
        return found

    def first_person_or_body(self, start: int, end: int) -> SpeakerRef | None:
        """`first_actor_in` of the persons in [start, end), else of the organisations."""
        return self.first_actor_in(start, end, ("PER",)) or self.first_actor_in(start, end, ("ORG",))

    def told(self, r: MentionRef) -> bool:
        """True when the mention is the one told, right after a verb of telling ("أبلغت «الصحيفة»")."""
        i = self.tok_at(r.start) - 1
        if i >= 0 and self.toks[i].text in "«\"“":
            i -= 1
        cue = self.lex.cue(self.toks[i]) if i >= 0 else None
        return cue is not None and "tell" in cue.flags

    def _surname_before(self, start: int, end: int) -> SpeakerRef | None:
        """A bare surname in [start, end) of a person named in full before it ("وأضاف بينيتيز")."""
        for k in range(self.tok_at(start), self.tok_at(end)):
            t = self.toks[k]
            if not t.is_word or self.covering(k) is not None:
                continue
            for off, st in t.splits:
                ent = self.surnames.get(st)
                if ent is not None and t.key[: len(t.key) - len(st)] in ("", "و", "ف") and \
                        any(m.end <= t.start for m in ent.mentions):
                    return SpeakerRef(ent.id, off, t.end, self.text[off : t.end])
        return None

    def nearest_actor_before(self, start: int, end: int) -> SpeakerRef | None:
        """The last PER/ORG mention in [start, end) that is not a cited agency."""
        for r in reversed(self.mentions_between(start, end)):
            if r.entity.type in ("PER", "ORG") and r.entity.id not in self.source_entities:
                return self.ref(r)
        return None
