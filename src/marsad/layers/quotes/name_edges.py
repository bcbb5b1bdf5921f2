"""Where a person's name really starts and ends when the entity layer cut it or ran it on.

A given name it did not know ("الدكتور إقبال" before "إسماعيل"), a surname cut off before a title
in apposition, a name ending in "بن", the possessor of a construct noun run into the name after
it ("محامي حبري إبراهيم ..."), a first name that starts a fuller name said elsewhere: read off the
text around the mention, for `AntecedentFinder.ref`.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Entity, SpeakerRef
from marsad.layers.quotes.document_index import DocumentIndex, MentionRef
from marsad.layers.quotes.speaker_gender import given_name_genders
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.words import COMMON_WORDS
from marsad.lexicons.loader import keyed, words
from marsad.lexicons.names import given_names
from marsad.lexicons.verbs import verb_keys

NAME_END_PARTICLES = frozenset({"بن", "بنت", "ابن", "ابو", "ال"})  # words a name cannot end with
NAME_OPENERS = frozenset({"ابن", "ابو"})  # match keys of the words opening a nasab or kunya used as a name
TITLE_NAME_TOKENS = 10      # tokens after a title word where the name it introduces may stand
RANK_STOP_KINDS = ("title", "title_modifier", "org_head", "stop", "time", "pronoun", "place", "document", "pp_head",
                   "honorific")
TITLE_PREFIXES = frozenset({""}) | words("quote_words.tsv", "title_proclitic")
DEFINITE = frozenset({"", "ال"})
PREPOSITION_LETTERS = ("و", "ب", "ل", "ك")  # a word opening with one may be a joined particle, no name
NAME_HONORIFICS = keyed("speaker_words.tsv", "name_honorific", match_key)
NISBA_ENDINGS = ("ي", "ية", "يه")  # text endings of a nisba adjective: "البلدية"، "الوطني"
NOUN_HEAD_KINDS = ("org_head", "title", "outlet", "document")  # "الحكومة"، "الصحيفة": nouns, never adjectives
CONSTRUCT_HEAD_WORDS = 3   # "مفوضية حقوق": indefinite words of a body's head in construct state
CONSTRUCT_TAIL_WORDS = 3   # "الإنسان العراقية": the definite words that close the chain
NO_SPEAKER_WORDS = frozenset(match_key(w) for w in words("no_speaker_words.tsv"))  # "بهذا"، "وقت": no body's head
CHAIN_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك"})
# "إد ميد المدير التنفيذي": a title after the words is the description of a name, no chain's end
CHAIN_TAIL_STOP_KINDS = ("title", "title_modifier")
CHAIN_STOP_KINDS = ("time", "stop", "comp", "document", "pronoun", "addressee", "honorific")


def rank_or_stop_word(lex: SpeechLexicon, t: Token) -> bool:
    """A title, rank, body, function, time, pronoun, place, document or honorific word, with its
    proclitics: never a word of a person's name."""
    return any(lex.has(kind, t, TITLE_PREFIXES) for kind in RANK_STOP_KINDS)


class NameEdges(DocumentIndex):
    """The edges of person names around mentions (mixed into `AntecedentFinder`, which sets `lex`)."""

    lex: SpeechLexicon

    def plain_name_word(self, t: Token) -> bool:
        """A word that can be part of a person's name: no article, no function or title word."""
        lex = self.lex
        return t.is_word and not t.key.startswith(("ال", "وال")) and lex.cue(t) is None and not lex.is_comp(t) \
            and not rank_or_stop_word(lex, t)

    def _before_name_opener(self, r: MentionRef, start: int) -> int:
        """"ابن أبي سلمى"، "أبو فهد" found without "ابن"/"أبو": a person's name opened by one of
        these (a nasab or a kunya used as the name) starts at that word."""
        i = self.tok_at(start)
        if r.entity.type != "PER" or r.mention.kind != "name" or i < 1 or self.toks[i].start != start:
            return start
        opener = self.toks[i - 1]
        return opener.start if opener.key in NAME_OPENERS and self.covering(i - 1) is None else start

    def _before_cut_given_name(self, r: MentionRef) -> int:
        """"الدكتور إقبال إسماعيل" found as "إسماعيل": a one-word person mention right after a
        plain name word that itself follows an honorific or a definite title; that word is the
        given name the entity layer did not know, and the name starts there."""
        i = self.tok_at(r.start)
        if r.entity.type != "PER" or r.mention.kind != "name" or len(r.mention.text.split()) != 1 \
                or i < 2 or self.toks[i].start != r.start:
            return r.start
        given, before = self.toks[i - 1], self.toks[i - 2]
        if not self.plain_name_word(given) or self.lex.is_stop(given) or self.covering(i - 1) is not None \
                or given.key in verb_keys() or len(given.key) < 3:
            return r.start
        honorific = before.is_word and (self.lex.has("honorific", before, TITLE_PREFIXES) or before.key in NAME_HONORIFICS)
        title = before.is_word and before.key.startswith(("ال", "وال")) and self.lex.has("title", before, DEFINITE)
        return given.start if honorific or title or self._introduced_after_description(r, i - 2) else r.start

    def _introduced_after_description(self, r: MentionRef, last: int) -> bool:
        """"رئيسة بلدية كاليه ناتاشا بوشار": a person first mentioned by one word at the end of a
        description that opens with a title (no punctuation in between): a person is introduced
        with the full name, so the plain word before that word is the given name."""
        if r.entity.mentions[0].start != r.start:
            return False
        for j in range(last, max(-1, last - TITLE_NAME_TOKENS), -1):
            t = self.toks[j]
            if not t.is_word or self.lex.is_stop(t) or self.lex.cue(t) is not None:
                return False
            if self.lex.has("title", t, TITLE_PREFIXES):
                return j < last
        return False

    def _past_possessor(self, r: MentionRef, start: int) -> int:
        """"أحد محامي حبري إبراهيم دياوارا": a person's name run on from the possessor of a noun
        in construct state; the possessor is a person already named by that surname, so the
        name starts after it."""
        words = self.text[start : r.end].split()
        i = self.tok_at(start)
        if r.entity.type != "PER" or len(words) < 3 or i == 0 or self.toks[i].start != start:
            return start
        noun = self.toks[i - 1]
        if not noun.is_word or noun.key.startswith(("ال", "وال")) or self.lex.cue(noun) is not None \
                or self.lex.is_stop(noun) or noun.key in verb_keys():
            return start
        key = match_key(words[0])
        for e in self.doc.entities:
            if e is not r.entity and e.type == "PER" and any(
                    m.end <= start and m.kind == "name" and len(m.text.split()) > 1
                    and match_key(m.text.split()[-1]) == key for m in e.mentions):
                return self.toks[i + 1].start
        return start

    def _fuller_person(self, r: MentionRef) -> Entity | None:
        """A person mention that is only the start of a name ("محمد", "عبدالرحمن بن") when one
        person named elsewhere in the article has a name starting with it: that person."""
        words = r.entity.name.split()
        if r.entity.type != "PER" or r.mention.kind != "name" or not (
                len(words) == 1 or len(words) == 2 and match_key(words[-1]) in NAME_END_PARTICLES):
            return None  # two words are a name of their own ("نور الدين"، "عبد العزيز")
        keys = [match_key(w) for w in words]
        found = None
        for e in self.doc.entities:
            if e is r.entity or e.type != "PER":
                continue
            names = {m.text for m in e.mentions if m.kind == "name"} | {e.name}
            if any(len(n.split()) > len(keys) and [match_key(w) for w in n.split()[: len(keys)]] == keys
                   for n in names):
                if found is not None and found is not e:
                    return None  # two persons share that start: which one is not said
                found = e
        return found

    def _past_name_particle(self, r: MentionRef) -> int:
        """Where a person's name really ends: a name cannot end in "بن", "أبو", "عبد" ("عبدالرحمن بن
        مساعد" cut short because its last word is also a common noun), so take the word after it."""
        if r.entity.type != "PER":
            return r.end
        i = self.tok_at(r.end)
        last = self.toks[i - 1] if 0 < i <= len(self.toks) else None
        if last is None or last.end != r.end or not self.lex.has("name_particle", last):
            return r.end
        if i < len(self.toks) and self.toks[i].is_word and not self.lex.is_stop(self.toks[i]) \
                and self.lex.cue(self.toks[i]) is None:
            return self.toks[i].end
        return r.end

    def _past_cut_surname(self, r: MentionRef, end: int) -> int:
        """"محمد عياد عوض الناطق باسم ...": a person's name cut one word short by the entity layer;
        a name word between the mention and a definite title (or a comma and a title) in apposition
        belongs to the name. A verb there is no name ("... استقبل الوزير"): only words that are no
        known verb form."""
        i = self.tok_at(end)
        if r.entity.type != "PER" or r.mention.kind != "name" or i + 1 >= len(self.toks) \
                or self.toks[i - 1].end != end:
            return end
        word, after = self.toks[i], self.toks[i + 1]
        if not self.plain_name_word(word) or self.lex.is_stop(word) or self.covering(i) is not None \
                or word.key in verb_keys():
            return end
        if after.text in "،," and i + 2 < len(self.toks):
            after = self.toks[i + 2]
        elif not after.key.startswith("ال"):
            return end
        # an honorific after it opens another person's name ("نقل X ترحيب الشيخ Y"); a title
        # followed by a name is another person's, the word before it an object ("اتهم X نظام الرئيس Y")
        k = self.tok_at(after.end)
        holder = self.mention_at_token(k) if k < len(self.toks) else None
        if holder is not None and holder.entity.type == "PER" or self.lex.has("honorific", after):
            return end
        return word.end if self.lex.has("title", after, DEFINITE) else end

    @staticmethod
    def _given_name(t: Token) -> bool:
        """Is the word (or its stem after a conjunction) a given name ("سامر"، "فيصل", both also
        common words)? A name's definite next word is the verb's object, no part of a chain."""
        known = given_names()
        genders = given_name_genders()
        return any(st in known or st in genders for _, st in t.splits)

    def through_construct_chain(self, sp: SpeakerRef | None, limit: int) -> SpeakerRef | None:
        """"مفوضية حقوق" of "أعلنت مفوضية حقوق الإنسان العراقية أن"، "تحالف" of "تحالف القوى
        العراقية": an unlinked speaker span of common nouns without the article (no name: a name
        followed by a definite word, "حذر أوباما المشرعين", has its object after it) is a body's
        head in construct state; the definite words after it, before token `limit`, close the
        chain and belong to the name. A document word ("بيان الاتحاد": its issuer is found
        apart), a time word ("صحيفة تركية الجمعة"), a title ("إد ميد المدير التنفيذي": a name the
        entity layer missed, then his description) or a person's name stops it; a verb is no head
        ("امرأة ارتادت المدرسة")."""
        if sp is None or sp.entity is not None:
            return sp
        toks, lex = self.toks, self.lex
        i0, i1 = self.token_holding(sp.start), self.tok_at(sp.end)
        head = toks[i0:i1]
        if not 0 < len(head) <= CONSTRUCT_HEAD_WORDS or i1 >= min(limit, len(toks)) \
                or any(not t.is_word or t.key.startswith(("ال", "وال")) or lex.cue(t) is not None or t.key in verb_keys()
                       or any(lex.has(kind, t, TITLE_PREFIXES) for kind in CHAIN_STOP_KINDS) for t in head) \
                or not any(st in COMMON_WORDS for _, st in head[0].splits) or self._given_name(head[0]) \
                or any(st in NO_SPEAKER_WORDS and t.key[: len(t.key) - len(st)] in CHAIN_CLITICS
                       for t in head for _, st in t.splits):
            return sp
        end = i1
        while end < min(limit, len(toks), i1 + CONSTRUCT_TAIL_WORDS) and toks[end].is_word \
                and toks[end].key.startswith("ال") and len(toks[end].key) > 3 and lex.cue(toks[end]) is None \
                and not lex.is_comp(toks[end]) and self.covering(end) is None \
                and not any(lex.has(kind, toks[end], DEFINITE) for kind in CHAIN_STOP_KINDS + CHAIN_TAIL_STOP_KINDS):
            end += 1
        return sp if end == i1 else self.span_ref(sp.start, toks[end - 1].end)

    def before_object_noun(self, sp: SpeakerRef | None) -> SpeakerRef | None:
        """"وأكد المومني الحكومة"، "واتهم القصر الصحيفة": an unlinked subject read as a definite
        word and an adjective whose second word is a noun of a body, post, outlet or document. A
        definite noun heads no construct, so that noun is a phrase of its own, the verb's object:
        the subject ends before it."""
        if sp is None or sp.entity is not None:
            return sp
        toks, lex = self.toks, self.lex
        i0, i1 = self.token_holding(sp.start), self.tok_at(sp.end)
        if i1 - i0 < 2 or not all(t.is_word and t.key.startswith("ال") for t in toks[i0:i1]):
            return sp
        head, last = toks[i1 - 2], toks[i1 - 1]
        if not any(lex.has(kind, last, DEFINITE) for kind in NOUN_HEAD_KINDS) \
                or any(lex.has(kind, head, DEFINITE) for kind in NOUN_HEAD_KINDS) \
                or last.text.endswith(NISBA_ENDINGS):
            # "الأمين العام": a post and its adjective; "الانتخابات البلدية": a nisba is an
            # adjective too, whatever noun it is spelt like ("البلدية" the municipality)
            return sp
        return self.span_ref(sp.start, head.end)
