"""Names inside speaker descriptions: the holder named at the end of a title chain ("الناطق باسم
الوزارة فلان"), after a rank ("الفريق فلان رئيس ..."), in apposition between commas, or closing a
long subject phrase before the colon; otherwise the description itself. Mixed into `SpeakerFinder`.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import SpeakerRef
from marsad.layers.quotes.antecedents import RELATIVE_KEYS, AntecedentFinder
from marsad.layers.quotes.name_edges import (
    NAME_HONORIFICS,
    PREPOSITION_LETTERS,
    TITLE_PREFIXES,
    rank_or_stop_word,
)
from marsad.layers.sources.words import COMMON_WORDS
from marsad.lexicons.loader import keyed

ALI = "علي"                 # the first name, spelt with ي; the preposition "على" is also folded to it
OBJECT_PREFIXES = frozenset({"ل", "لل"})  # "لرئيس"، "للحكومة"، "لوكالة": a title, body or outlet as the object of "لـ"
RANK_NAME_WORDS = 3         # "الفريق مهاب مميش رئيس ...": words of a name between a rank and a title
MAX_TITLE_TOKENS = 10       # words of a description used as speaker ("رئيس قسم ... بوزارة ...")
APPOSITION_NAME_WORDS = 3   # words of a name between commas after a description ("مديرة X، فلانة الفلانية،")
ALI_NAME_WORDS = 3          # words after "علي" in a name ("علي بن محمد الغامدي")
NASAB_WORDS = frozenset({"بن", "ابن", "بنت"})  # "son/daughter of" inside a name, not counted as one of its words
NISBA_ENDING = "ي"          # text ending of a family name with the article: "الغامدي"، "الزهراني"
OWN_CAPACITY = keyed("quote_words.tsv", "own_capacity", match_key)  # "باسمه"، "بصفته": the speaker's own capacity
SUBJECT_CLOSERS = "،,:«\"“("  # what may follow a subject's name: a comma, a colon, quoted words
# "المواطن"، "الطالبة": an ordinary person's noun before the name (match keys, with the article)
PERSON_NOUNS = keyed("actors/speaker_person_nouns.tsv", None, match_key)


class DescriptionNames(AntecedentFinder):
    """The holder's name within a description, looked up by token index."""

    def _name_closing_phrase(self, k: int, stop: int) -> SpeakerRef | None:
        """"وقالت سيدة الأعمال ... رئيسة لجنة ... بجدة فلانة الفلانية: ...": a subject phrase that
        does not open with a title but holds one, and ends in a name right before the colon or
        complementiser: the name is the speaker's."""
        if stop >= len(self.toks) or not any(self.lex.has("title", t, TITLE_PREFIXES) for t in self.toks[k + 1 : stop]):
            return None
        named = self._name_in_description(k, stop)
        return named if named is not None and named.end == self.toks[stop - 1].end else None

    def _description_speaker(self, k: int, stop: int, first: int) -> SpeakerRef:
        """A title word at token k: the name closing the description, else the description."""
        toks, lex = self.toks, self.lex
        end = k + 1
        while end < min(stop, k + MAX_TITLE_TOKENS) and not (lex.is_stop(toks[end]) and not self._ali_name(end)) \
                and not lex.has("outlet", toks[end], OBJECT_PREFIXES) and toks[end].key not in OWN_CAPACITY \
                and not lex.has("time", toks[end], TITLE_PREFIXES):
            # ("متحدث باسم الشرطة لوكالة ...": the addressee is not the speaker; "الملك باسمه واسم
            # شعبه"، "رئيس الوزراء يوم الخميس": his own capacity or the time ends the description)
            end += 1
        named = self._name_in_description(k, min(stop, k + MAX_TITLE_TOKENS + 4)) or self._name_after_rank(k, stop) \
            or self._name_after_definite_title(k, stop)
        if named is not None:
            return named
        return self.span_ref(first, toks[end - 1].end)

    def _name_after_rank(self, k: int, stop: int) -> SpeakerRef | None:
        """"الفريق مهاب مميش رئيس هيئة ...": plain name words between a definite rank or title at
        token k and a second title in apposition are the holder's name the entity layer missed."""
        toks = self.toks
        if not toks[k].key.startswith(("ال", "وال")):
            return None
        end = k + 1
        while end < stop and end - k <= RANK_NAME_WORDS and not self.lex.is_stop(toks[end]) \
                and (self.plain_name_word(toks[end]) or end > k + 1 and self._family_name_word(toks[end])) \
                and self.covering(end) is None:
            end += 1
        if end - k - 1 < 2 or end >= stop or not self.lex.has("title", toks[end], TITLE_PREFIXES):
            return None
        return self.span_ref(toks[k + 1].start, toks[end - 1].end)

    def _name_after_definite_title(self, k: int, stop: int) -> SpeakerRef | None:
        """"وقالت الإعلامية فلانة الفلانية، وهي ...": a definite title at token k stands in no
        construct state, so plain words right after it that run to the end of the subject (or to
        a comma or a second title) are the holder's name the entity layer missed."""
        toks = self.toks
        title = toks[k]
        if not any(st.startswith("ال") and (self.lex.has("title", title, TITLE_PREFIXES) or st in PERSON_NOUNS)
                   for _, st in title.splits):
            return None
        ali = k + 1 < stop and self.ali_name_end(k + 1, stop)  # "المواطن علي حكمي"
        if ali:
            return self.span_ref(toks[k + 1].start, toks[ali - 1].end)
        end = k + 1
        while end < stop and end - k <= APPOSITION_NAME_WORDS and self.covering(end) is None \
                and self.mention_at_token(end) is None and not (end > k + 1 and self._told_outlet(end)) \
                and (self.plain_name_word(toks[end]) or end > k + 1 and self._family_name_word(toks[end])):
            end += 1
        if end - k - 1 < 2 or not self.plain_name_word(toks[k + 1]) or toks[k + 1].key.startswith(PREPOSITION_LETTERS):
            return None  # ("المتحدث باسم الشرطة"، "السفير لمحطة ...": a particle joined to a word, no name)
        if end < stop and not self.lex.has("title", toks[end], TITLE_PREFIXES) and not self._told_outlet(end):
            return None  # more words follow: the phrase after the title is no name alone
        return self.span_ref(toks[k + 1].start, toks[end - 1].end)

    def _told_outlet(self, j: int) -> bool:
        """"وقال المواطن فلان الفلاني لـ«سبق»"، "... لصحيفة ...": the paper spoken to, after "لـ"
        written apart or joined to an outlet word, closes the name before it."""
        tok = self.toks[j]
        return tok.text.rstrip("ـ") == "ل" or self.lex.has("outlet", tok, OBJECT_PREFIXES) \
            and not self.lex.has("outlet", tok, TITLE_PREFIXES)

    def _modifier_of_title(self, k: int, i1: int) -> bool:
        """"مساعد المدير"، "مساعد وزير الخارجية": a title modifier that is also a given name
        ("مساعد") heads a description when a title word follows it."""
        toks, lex = self.toks, self.lex
        return k + 1 < i1 and lex.has("title_modifier", toks[k], TITLE_PREFIXES) \
            and lex.has("title", toks[k + 1], TITLE_PREFIXES)

    def _apposition_name(self, k: int, stop: int, i1: int) -> SpeakerRef | None:
        """"وقالت مديرة «المنظمة»، فلانة الفلانية، لوكالة ... إن": the name set between commas
        right after a description (tokens k to `stop`, stopped at the first comma) is its holder's;
        not after a relative clause ("نائب في الحزب الذي يتزعمه رئيس الإقليم، فلان،": that holder's)."""
        toks = self.toks
        if stop + 1 >= i1 or toks[stop].text not in "،," \
                or any(t.key in RELATIVE_KEYS or self.lex.cue(t) is not None for t in toks[k + 1 : stop]):
            return None
        ranked = False
        while stop + 2 < i1 and (self.lex.has("honorific", toks[stop + 1], TITLE_PREFIXES)
                                 or toks[stop + 1].key in NAME_HONORIFICS):
            stop += 1  # "، المهندس فلان الفلاني،"، "، العقيد فلان،": the honorific or rank opens the name
            ranked = True
        r = self.mention_at_token(stop + 1)
        if r is not None:
            closed = self.tok_at(r.end)
            # a person's name after a rank right behind the comma is in apposition whatever follows
            # it ("المتحدث باسم الدفاع المدني، المقدم فلان في تصريح صحفي، أن")
            return self.ref(r) if r.entity.type == "PER" and closed < len(toks) \
                and (ranked or self._apposition_closed(closed)) else None
        end = stop + 1
        links = 0  # "فلان بن فلان الفلاني": the nasab word joins two names and is none of them
        while end < i1 and end - stop - links <= APPOSITION_NAME_WORDS and self.covering(end) is None \
                and (self.plain_name_word(toks[end]) or end > stop + 1 and self._family_name_word(toks[end])):
            if end > stop + 1 and toks[end].text in NASAB_WORDS:
                links += 1
            end += 1
        if end - stop - 1 < 2 or end >= len(toks) or not self._apposition_closed(end) \
                or toks[end - 1].text in NASAB_WORDS:
            return None
        return self.span_ref(toks[stop + 1].start, toks[end - 1].end)

    def _apposition_closed(self, k: int) -> bool:
        """The name in apposition ends at token k: a second comma, or the complementiser of the
        statement when the writer left that comma out ("قال النائب عن الكتلة، فلان إن ..."), or the
        colon before direct words ("وقال حاكم الولاية، فلان الفلاني: «...»")."""
        return self.toks[k].text in "،,:" or self.lex.is_comp(self.toks[k])

    def _family_name_word(self, t: Token) -> bool:
        """"القاسمي" after a first name: a definite word that is no title, body or function word."""
        return t.is_word and t.key.startswith("ال") and self.lex.cue(t) is None \
            and not rank_or_stop_word(self.lex, t)

    def ali_name_end(self, k: int, limit: int) -> int | None:
        """"قال علي الزهراني إن"، "مدير ... بوزارة الحج علي الغامدي أن": "علي" at token k opens a
        person's name (not the preposition "على", folded to the same key and often spelt so) when
        plain name words or a family name with the article ("الغامدي") follow it and the name then
        closes the subject: a comma, colon, quoted words, the complementiser, a title in
        apposition or the phrase end (`limit`). "أكد علي الأهالي ضرورة ...": the preposition, since
        its object runs on. Returns the index after the name's last word."""
        toks = self.toks
        if toks[k].text != ALI:
            return None
        end = k + 1
        while end < limit and end - k <= ALI_NAME_WORDS and self.covering(end) is None:
            t = toks[end]
            if self.plain_name_word(t):
                end += 1
                continue
            if self._family_name_word(t) and t.text.endswith(NISBA_ENDING):
                end += 1
            break  # a family name closes the name
        if end == k + 1 or toks[end - 1].key in NASAB_WORDS:
            return None
        if end < limit and not (toks[end].text in SUBJECT_CLOSERS or self.lex.is_comp(toks[end])
                                or self.lex.has("title", toks[end], TITLE_PREFIXES)):
            return None
        return end

    def _ali_name(self, j: int) -> bool:
        """"البروفيسور علي ...": the first name after an honorific, not the preposition "على"."""
        return j > 0 and self.toks[j].text == ALI and self.toks[j - 1].key in NAME_HONORIFICS

    def _object_after_family_name(self, j: int) -> bool:
        """"مدير المشروع خالد العمر خطط التوسعة"، "عضو المجلس فلان الفلاني مسؤولي الوزارة": after a
        definite family name the name is over; a word without the article that is common outside
        names and no given name opens the verb's object. Not after the second word of a compound
        given name ("عبد الله"، "نور الدين"), which the family name still follows, nor after a
        first name with the article ("الخضر لصور"), nor before a word a clitic may open."""
        toks, lex = self.toks, self.lex
        prev, t = toks[j - 1], toks[j]
        if not (prev.is_word and prev.key.startswith("ال") and len(prev.key) > 3) or lex.has("name_second", prev) \
                or t.key.startswith(("ال",) + PREPOSITION_LETTERS) or self._given_name(t):
            return False
        return any(st in COMMON_WORDS for _, st in t.splits)

    def _title_goes_on(self, j: int, stop: int) -> bool:
        """"المتحدث باسم الهلال الأحمر بمنطقة الحدود الشمالية مساعد العنزي"، "نائب رئيس الاتحاد
        السعودي ... فايز": a definite word right after a place or body still belongs to the title
        when a given name follows it (a name seldom opens with its definite family name and goes on
        with a given name), or when it is a relative adjective the title's genitive follows."""
        t = self.toks[j]
        if not t.key.startswith("ال"):
            return False
        if j + 1 >= stop:
            return False
        after = self.toks[j + 1]
        if self._given_name(after):
            return True
        # "السعودي لكرة السلة": the adjective's title goes on with a genitive
        return t.key.endswith(("ي", "يه", "ية")) and len(t.key) > 4 and after.key.startswith(("ال", "لل", "ل"))

    def _name_in_description(self, k: int, stop: int) -> SpeakerRef | None:
        """"الناطق باسم الوزارة إياد البزم": a name the entity layer missed, closing a description.

        The name starts at the first plain word (no article, no clitic preposition, not a
        title, organisation or function word) that follows a definite word, and runs to the
        end of the description (at most three words).
        """
        toks, lex = self.toks, self.lex
        for j in range(k + 2, stop):
            t, prev = toks[j], toks[j - 1]
            r = self.mention_at_token(j - 1) or self.covering(j - 1)
            after_place = r is not None and r.entity.type in ("LOC", "ORG")  # "... بعدن الخضر لصور"
            definite = prev.key.startswith(("ال", "وال")) and prev.key != "ال" and not lex.is_stop(prev)  # not "إلى"
            after_quoted = prev.text in "»\"”"  # "مدير عام «الشركة» فلان": the name after a quoted one
            # "مدير مكتب الصحة الدكتور الخضر فلان": after the holder's own honorific, his name
            after_honorific = prev.key in NAME_HONORIFICS
            if not (prev.is_word or after_quoted) or not (after_place or definite or after_quoted):
                continue
            if not t.is_word or t.key.startswith(("و", "ب", "ل", "ك")) or (
                    t.key.startswith("ال") and not (after_place or after_honorific)):
                continue
            if after_place and not after_honorific and self._title_goes_on(j, stop):
                continue
            # "السفير التونسي لدى روسيا علي قوطالي": spelt with ي after the description, a first name
            ali = self._ali_name(j) or t.text == ALI and j + 1 < stop and (
                self.plain_name_word(toks[j + 1]) or self.ali_name_end(j, stop) is not None)
            if not ali and any(lex.has(kind, t, TITLE_PREFIXES)
                               for kind in ("title", "org_head", "stop", "time", "comp", "place")):
                continue
            # "رئيس تحرير الصحيفة فلان": a mention the entity layer ran from the description's
            # definite noun into the first name word is no name of its own
            glued = r is not None and definite and r.start == prev.start and r.end == t.end
            if lex.cue(t) is not None or self.mention_at_token(j) is not None or self.covering(j) and not glued:
                continue
            end = j + 1 if ali else j
            while end < stop and end - j < 5 and (toks[end].is_word or toks[end].text == ".") \
                    and not lex.is_stop(toks[end]) and lex.cue(toks[end]) is None \
                    and not (end > j + 1 and self._object_after_family_name(end)):
                end += 1
            if toks[end - 1].text == ".":
                end -= 1
            name_words = [x for x in toks[j:end] if x.is_word]
            if len(name_words) >= 2:
                return self.span_ref(t.start, toks[end - 1].end)
            return None
        return None
