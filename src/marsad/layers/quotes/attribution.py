"""Who said it: finding the speaker of a reporting verb among the entity mentions.

Arabic news is mostly verb-first ("وقال أوليج بوستنيكوف، رئيس ... إن"), so the speaker is
usually the first mention after the verb that is not inside a prepositional phrase; it can also
stand before the verb ("الرئيس الروسي قال"), be a description the entity layer resolved ("قال
الدبلوماسي"), or be left unsaid ("وأضاف أن ...": the previous speaker). When nobody is named the
answer is None, not a guess.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token, token_starts
from marsad.document import Document, Entity, Mention, SpeakerRef
from marsad.layers.quotes.speech_lexicon import SpeechLexicon

PP_CLITICS = ("ب", "ل", "ك")
TITLE_PREFIXES = frozenset({"", "و", "ف", "ال", "وال", "فال"})
MAX_FALLBACK_TOKENS = 4     # words of a speaker phrase that no entity covers
MAX_TITLE_TOKENS = 10       # words of a description used as speaker ("رئيس قسم ... بوزارة ...")
SKIP_CHARS = "،,()\"“”«»"
PARAGRAPHS_BACK = 3         # how far back "وأضاف" may look for the previous speaker


@dataclass(frozen=True, slots=True)
class MentionRef:
    start: int
    end: int
    entity: Entity
    mention: Mention


def _pp_prefix(prefix: str) -> bool:
    """True for proclitics that end in a preposition: "ب", "ل", "وب", "بال", "لل" (not "ال")."""
    if prefix.endswith("ال") and prefix != "لل":
        prefix = prefix[:-2]
    return prefix.endswith(PP_CLITICS)


class Context:
    """Everything the quote layer needs to look up by offset, built once per document."""

    def __init__(self, doc: Document, lex: SpeechLexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.toks: list[Token] = doc.tokens
        self.tok_starts = token_starts(self.toks)
        self.sents = doc.sentences
        self.sent_starts = [s.start for s in self.sents]
        refs = [MentionRef(m.start, m.end, e, m) for e in doc.entities for m in e.mentions]
        refs.sort(key=lambda r: (r.start, -(r.end - r.start)))
        self.mentions = refs
        self.mention_starts = [r.start for r in refs]
        self.source_entities = {s.entity for s in doc.sources if s.entity}
        # surnames of persons named in full ("بينيتيز" of "رافاييل بينيتيز"), when unambiguous
        owners: dict[str, set[str]] = {}
        by_id = {e.id: e for e in doc.entities}
        for e in doc.entities:
            if e.type != "PER":
                continue
            for m in e.mentions:
                parts = m.text.split()
                if m.kind == "name" and len(parts) > 1 and len(match_key(parts[-1])) >= 3:
                    owners.setdefault(match_key(parts[-1]), set()).add(e.id)
        self.surnames = {k: by_id[next(iter(v))] for k, v in owners.items() if len(v) == 1}
        self._word_keys: dict[str, list[str]] = {}  # mention text -> match keys of its words

    # --- offsets -------------------------------------------------------------------------
    def tok_at(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect.bisect_left(self.tok_starts, offset)

    def sent_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)

    def sent_tok_range(self, sent_idx: int) -> tuple[int, int]:
        s = self.sents[sent_idx]
        return self.tok_at(s.start), self.tok_at(s.end)

    def paragraph_of(self, offset: int) -> int:
        return self.sents[self.sent_of(offset)].paragraph if self.sents else 0

    # --- mentions ------------------------------------------------------------------------
    def mention_at_token(self, i: int) -> MentionRef | None:
        """The longest mention starting inside token i (after its clitics)."""
        tok = self.toks[i]
        k = bisect.bisect_left(self.mention_starts, tok.start)
        best = None
        while k < len(self.mentions) and self.mentions[k].start < tok.end:
            r = self.mentions[k]
            if best is None or r.end - r.start > best.end - best.start:
                best = r
            k += 1
        return best

    def in_name(self, i: int) -> bool:
        """True when token i lies inside a mention that does not start with it ("سي إن إن")."""
        tok = self.toks[i]
        k = bisect.bisect_right(self.mention_starts, tok.start) - 1
        lo = max(0, k - 8)
        return any(r.start < tok.start and tok.end <= r.end for r in self.mentions[lo : k + 1])

    def mentions_between(self, start: int, end: int) -> list[MentionRef]:
        k = bisect.bisect_left(self.mention_starts, start)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < end:
            if self.mentions[k].end <= end:
                out.append(self.mentions[k])
            k += 1
        return out

    def in_pp(self, r: MentionRef) -> bool:
        """True when the mention is the object of a preposition ("مع الرئيس", "لوزير", "باسم الوزارة")."""
        i = self.tok_at(r.start)
        if i >= len(self.toks) or i == 0:
            return False
        if self.toks[i].start == r.start:
            prev = self.toks[i - 1] if i > 0 else None
        else:  # the mention starts inside a token: its clitics precede it
            tok = self.toks[i - 1]
            clitics = self.text[tok.start : r.start]
            if any(c in PP_CLITICS for c in clitics):
                return True
            prev = self.toks[i - 2] if i > 1 else None
        if prev is not None and prev.is_word and (self.lex.is_stop(prev) or self.lex.has("pp_head", prev)):
            return True
        # "لقائه بوزير الخارجية الإيطالي باولو جينتيلوني": the name stands in apposition to a
        # description that is itself the object of a preposition
        titles = self.lex.words.get("title", frozenset())
        for j in range(i - 1, max(-1, i - 6), -1):
            t = self.toks[j]
            if not t.is_word:
                break
            for _, st in t.splits[1:]:
                if st in titles and _pp_prefix(t.key[: len(t.key) - len(st)]):
                    return True
        return False

    def ref(self, r: MentionRef, prefer_name: bool = True) -> SpeakerRef:
        """A speaker reference for a mention; a title followed by the same entity's name gives the name."""
        if prefer_name and r.mention.kind == "title":
            for other in self.mentions_between(r.end, r.end + 3):
                if other.entity is r.entity and other.mention.kind == "name":
                    r = other
                    break
        return SpeakerRef(r.entity.id, r.start, r.end, self.text[r.start : r.end])

    def span_ref(self, start: int, end: int, forward: bool = False) -> SpeakerRef:
        """A speaker span no mention covers exactly: linked if a mention overlaps it, or if an
        earlier mention introduces the same description or name (see `antecedent`)."""
        for r in self.mentions_between(start, end):
            if r.mention.kind in ("name", "title") and r.start == start:
                return SpeakerRef(r.entity.id, start, end, self.text[start:end])
        ent = self.antecedent(start, end, forward)
        return SpeakerRef(ent.id if ent else None, start, end, self.text[start:end])

    def antecedent(self, start: int, end: int, forward: bool = False) -> Entity | None:
        """The entity an unlinked description or short name refers back to, if the text says so.

        Only three patterns, each read off the text before the span, the nearest first:
        a surname ("الملا") that ends an earlier full name; a definite head word ("الصندوق",
        "الوزير") that starts an earlier name or title mention ("صندوق النقد الدولي", "وزير
        الطاقة ..."); a description whose head word ("مدير", "رئيس مجلس") earlier stood right
        next to a person's name ("مصطفى حسين مدير المركز", "رئيس مجلس النواب ... أحمد الملا").
        """
        i0, i1 = self.tok_at(start), self.tok_at(end)
        words = [t for t in self.toks[i0:i1] if t.is_word]
        if not words:
            return None
        head = words[0]
        before = [r for r in self.mentions if r.end <= start and r.entity.type in ("PER", "ORG")]
        keys = [w.key for w in words]
        if len(words) > 1 or len(keys[0]) >= 4:
            # "مجلس الاحتياطي" after "مجلس الاحتياطي الاتحادي الأمريكي"; "زانداميلا" after a full name
            word_keys = self._word_keys
            for r in reversed(before):
                mk = word_keys.get(r.mention.text)
                if mk is None:
                    mk = word_keys[r.mention.text] = [match_key(x) for x in r.mention.text.split()]
                if len(mk) > len(keys) and (mk[: len(keys)] == keys or mk[-len(keys):] == keys):
                    return r.entity
        if len(words) == 1:
            for r in reversed(before):
                first = self.toks[self.tok_at(r.start)] if self.tok_at(r.start) < len(self.toks) else None
                last_key = self.text[r.start : r.end].split()[-1]
                if r.mention.kind == "name" and len(r.mention.text.split()) > 1 and \
                        last_key == head.text:
                    return r.entity
                if first is not None and head.key.startswith("ال") and first.key == head.key[2:]:
                    return r.entity
        titles = self.lex.words.get("title", frozenset())
        stems = [st for _, st in head.splits if st in titles]
        if not stems:
            return None
        stem = stems[-1]
        order = range(i1, len(self.toks)) if forward else range(i0 - 1, -1, -1)
        for k in order:
            t = self.toks[k]
            # a reading is a suffix of the key: most tokens are ruled out without their readings
            if not t.is_word or not t.key.endswith(stem) or stem not in {st for _, st in t.splits}:
                continue
            # "X، مدير ..." (the name just before) or "مدير ... X" (the name within the phrase)
            for r in reversed(self.mentions_between(max(0, t.start - 60), t.start)):
                gap = self.toks[self.tok_at(r.end) : k]
                if r.entity.type == "PER" and r.mention.kind == "name" and all(g.text in "،," for g in gap):
                    return r.entity
            for r in self.mentions_between(t.end, self.toks[min(k + 10, len(self.toks) - 1)].end):
                if r.entity.type == "PER" and r.mention.kind == "name":
                    return r.entity
            if not forward:
                break
        return None

    # --- speaker finders -----------------------------------------------------------------
    def subject_after(self, i0: int, i1: int, fallback: bool = True, strip_prep: bool = False) -> SpeakerRef | None:
        """The subject among tokens [i0, i1) right after a verb (or after "وفقا ل" with strip_prep)."""
        toks, lex = self.toks, self.lex
        k = i0
        while k < i1 and (toks[k].text in SKIP_CHARS or toks[k].text == "."
                          or lex.has("time", toks[k], TITLE_PREFIXES) or lex.has("honorific", toks[k], TITLE_PREFIXES)):
            k += 1
        if k >= i1:
            return None
        r = self.mention_at_token(k)
        if r is not None and r.end <= toks[i1 - 1].end:
            return self.ref(r)
        tok = toks[k]
        if not tok.is_word or lex.is_comp(tok) or lex.is_according(tok) or lex.is_stop(tok):
            return None
        if lex.has("pronoun", tok, TITLE_PREFIXES):
            return None  # "قال سموه": the person named before
        if lex.cue(tok) is not None:
            return None
        stop = k
        while stop < i1 and toks[stop].text not in "،,:\"“”«»" and not lex.is_comp(toks[stop]) \
                and not self._source_at(stop) and (stop == k or lex.cue(toks[stop]) is None):
            stop += 1
        # a description or an unknown word first: the person named in the phrase, if any
        for r in self.mentions_between(tok.start, toks[stop - 1].end):
            if r.entity.type == "PER" and r.mention.kind == "name" and not self.in_pp(r) \
                    and not self._in_genitive(k, r):
                return self.ref(r)
        first = tok.stem_start
        if strip_prep:
            first = next((off for off, st in reversed(tok.splits) if _pp_prefix(tok.key[: len(tok.key) - len(st)])
                          and not st.startswith("ال")), first)
        if lex.has("title", tok, TITLE_PREFIXES):
            end = k + 1
            while end < min(stop, k + MAX_TITLE_TOKENS) and not lex.is_stop(toks[end]) \
                    and not lex.has("outlet", toks[end], frozenset({"ل", "لل"})):
                end += 1  # ("متحدث باسم الشرطة لوكالة ...": the addressee is not the speaker)
            named = self._name_in_description(k, min(stop, k + MAX_TITLE_TOKENS + 4))
            if named is not None:
                return named
            return self.span_ref(first, toks[end - 1].end)
        if not fallback:
            return None
        org = lex.has("org_head", tok, TITLE_PREFIXES)
        if org:
            # "وكالة «معاً»", "صحيفة الميرور": the organisation named right after the head word
            for r in self.mentions_between(tok.end, toks[min(i1, k + 4) - 1].end):
                if r.entity.type == "ORG":
                    return self.ref(r)
        # an unknown name: a few words. After a person's name a definite noun is the object
        # ("حذر أوباما المشرعين"), except inside names ("عبد الله"، "آل الشيخ"); after an
        # organisation head the definite words are its name ("مجلس الاحتياطي الاتحادي")
        # and an indefinite word is the object ("وزارة الاتصالات مزودي").
        end = k
        while end < stop and end - k < MAX_FALLBACK_TOKENS and not lex.is_stop(toks[end]) \
                and toks[end].is_word and lex.cue(toks[end]) is None \
                and not (end > k and lex.has("time", toks[end], TITLE_PREFIXES)):
            if end > k:
                definite = toks[end].key.startswith(("ال", "وال")) and toks[end].key != "ال"
                if org and not definite and toks[end].key.startswith("لل") and len(toks[end].key) > 4:
                    end += 1  # an organisation named for its purpose ends with it: "... للمسلمين"
                    break
                if toks[k].key.startswith("ال") and not org and (not definite or end - k >= 2):
                    break  # a definite noun and its adjective ("النادي الملكي"), no more
                if org and not definite:
                    break
                if not org and definite and not toks[k].key.startswith("ال") \
                        and not lex.has("name_particle", toks[end - 1]):
                    break
            end += 1
        if end == k:
            return None
        return self.span_ref(first, toks[end - 1].end)

    def _name_in_description(self, k: int, stop: int) -> SpeakerRef | None:
        """"الناطق باسم الوزارة إياد البزم": a name the entity layer missed, closing a description.

        The name starts at the first plain word (no article, no clitic preposition, not a
        title, organisation or function word) that follows a definite word, and runs to the
        end of the description (at most three words).
        """
        toks, lex = self.toks, self.lex
        for j in range(k + 2, stop):
            t, prev = toks[j], toks[j - 1]
            r = self.mention_at_token(j - 1) or self._covering(j - 1)
            after_place = r is not None and r.entity.type in ("LOC", "ORG")  # "... بعدن الخضر لصور"
            if not prev.is_word or not (after_place or (prev.key.startswith(("ال", "وال")) and prev.key != "ال")):
                continue
            if not t.is_word or t.key.startswith(("و", "ب", "ل", "ك")) or (
                    t.key.startswith("ال") and not after_place):
                continue
            if any(lex.has(kind, t, TITLE_PREFIXES) for kind in ("title", "org_head", "stop", "time", "comp", "place")):
                continue
            if lex.cue(t) is not None or self.mention_at_token(j) is not None or self._covering(j):
                continue
            end = j
            while end < stop and end - j < 5 and (toks[end].is_word or toks[end].text == ".") \
                    and not lex.is_stop(toks[end]) and lex.cue(toks[end]) is None:
                end += 1
            if toks[end - 1].text == ".":
                end -= 1
            words = [x for x in toks[j:end] if x.is_word]
            if len(words) >= 2:
                return self.span_ref(t.start, toks[end - 1].end)
            return None
        return None

    def _covering(self, i: int) -> MentionRef | None:
        tok = self.toks[i]
        k = bisect.bisect_right(self.mention_starts, tok.start) - 1
        for r in self.mentions[max(0, k - 8) : k + 1]:
            if r.start <= tok.start and tok.end <= r.end or (tok.start < r.start < tok.end):
                return r
        return None

    def _in_genitive(self, k: int, r: MentionRef) -> bool:
        """"عضو في حزب الرئيس السابق X": X is named inside the description, not its holder."""
        m = self.tok_at(r.start)
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

    def _source_at(self, k: int) -> bool:
        r = self.mention_at_token(k)
        return r is not None and r.entity.id in self.source_entities

    def subject_before(self, i: int) -> SpeakerRef | None:
        """A mention ending right before the verb at token i ("الرئيس الروسي قال")."""
        j = i - 1
        if j >= 0 and self.toks[j].key in ("قد", "لقد"):
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
            if r.entity.type in types and r.entity.id not in self.source_entities and not self.in_pp(r):
                found = self.ref(r)
                break
        if "PER" in types and self.surnames:
            for k in range(self.tok_at(start), self.tok_at(found.start if found else end)):
                t = self.toks[k]
                if not t.is_word or self._covering(k) is not None:
                    continue
                for off, st in t.splits:
                    ent = self.surnames.get(st)
                    if ent is not None and t.key[: len(t.key) - len(st)] in ("", "و", "ف") and \
                            any(m.end <= t.start for m in ent.mentions):
                        return SpeakerRef(ent.id, off, t.end, self.text[off : t.end])
        return found

    def nearest_actor_before(self, start: int, end: int) -> SpeakerRef | None:
        """The last PER/ORG mention in [start, end) that is not a cited agency."""
        for r in reversed(self.mentions_between(start, end)):
            if r.entity.type in ("PER", "ORG") and r.entity.id not in self.source_entities:
                return self.ref(r)
        return None
