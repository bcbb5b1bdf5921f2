"""Cited sources: the news agencies and outlets a text names as the origin of its content.

A name alone is not a citation ("won a prize from Reuters" cites nobody), so an agency or
outlet counts only inside a citing construction:

- a citing verb or a reporting verb with the outlet as subject or channel ("ونقلت سبوتنيك عن",
  "ذكرت صحيفة الميرور", "وأوضحت وكالة «معاً»", "حسبما نقلت «رويترز»");
- an "according to" word before it ("وبحسب تقرير تاس", "وفقاً لما نقلته وكالة ...", "نقلاً عن");
- an interview ("في مقابلة مع سي ان ان", "في تصريح لوكالة ...");
- a dateline at the start of the body ("الرياض - واس", "موسكو (رويترز) -") or an agency code
  in brackets or after a dash at the start or end of a paragraph ("(أ ف ب)", "- واس").

Agencies and outlets of the actor KB are matched by alias and linked to their entity (added to
`doc.entities` when the entity layer did not produce it); an outlet missing from the KB is
kept when the construction names it with an outlet word ("صحيفة ...", "وكالة «...»").
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.phrases import PhraseTable, Reading
from marsad.arabic.tokens import Token
from marsad.document import Document, Mention, SourceRef
from marsad.layers.entities.add import add_entity
from marsad.layers.quotes.speech_lexicon import SpeechLexicon, load_speech_lexicon
from marsad.lexicons import loader

NAME_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"})
CITE_WINDOW = 6          # tokens between a citing word and the outlet
DATELINE_TOKENS = 8      # an agency within this many tokens of the body start may be a dateline
SHORT_ALIAS = 3          # agency codes this short (واس، تاس، وام) never carry a proclitic
MAX_NAME_TOKENS = 3      # words of an outlet name that is not in the KB
OUTLET_PREFIXES = frozenset({"", "و", "ب", "ل", "ول", "وب"})
QUOTES = "\"“”«»"
ABBREVIATION_DOTS = frozenset({"."})  # "أ. ف. ب" is "أ ف ب" written with dots


def _source_words(section: str) -> frozenset[str]:
    return frozenset(map(match_key, loader.words("source_words.tsv", section)))


# what each set is for: the header of lexicons/source_words.tsv
GENERIC_OUTLET_KEYS = _source_words("generic")
OUTLET_HEADS = _source_words("outlet_head")
NEWS_WORDS = _source_words("news")
GOVERNING_PREPOSITIONS = _source_words("governing")


def _agency_readings(tok: Token) -> tuple[Reading, ...]:
    """The readings an agency name may begin with: after a prefix of `NAME_PREFIXES` only, and
    short codes only as whole words ("لافي" is not ل + "افي")."""
    key, start, size = tok.key, tok.start, len(tok.key)
    return tuple([(offset - start, stem) for offset, stem in tok.splits
                  if key[: size - len(stem)] in NAME_PREFIXES and not (size > len(stem) and len(stem) <= SHORT_ALIAS)])


def _is_word_or_number(tok: Token) -> bool:
    return tok.kind != "punct"


class SourceLayer:
    name = "sources"
    requires = ("entities",)
    assigns = ("sources", "entities")  # agencies the entity layer did not find are added as entities

    def __init__(self, kb=None, lexicon: SpeechLexicon | None = None) -> None:
        if kb is None:
            from marsad.kb import load_kb

            kb = load_kb()
        from marsad.kb import alias_key

        self.lex = lexicon or load_speech_lexicon()
        self.actors = list(kb.agencies())
        # every Arabic alias of the agencies and outlets, by its match key
        self.aliases: PhraseTable[object] = PhraseTable(
            ((" ".join(alias_key(alias).split()), actor) for actor in self.actors for alias in actor.all_ar()),
            _agency_readings, may_start=_is_word_or_number, skip=ABBREVIATION_DOTS)
        if not self.actors:
            self.warning = "sources: the actor KB has no agencies or outlets; only unlisted outlets are found"
        else:
            self.warning = ""

    # --- matching ------------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        if self.warning and self.warning not in doc.warnings:
            doc.warnings.append(self.warning)
        toks = doc.tokens
        text = doc.text
        body_start = doc.body_start
        body_tok = next((k for k, t in enumerate(toks) if t.start >= body_start), len(toks))
        found: list[tuple[int, int, object | None]] = []  # (start, end, actor or None)
        taken: set[int] = set()
        after = 0  # the end of the last alias: none starts inside it
        for i in self.aliases.starts_in(toks):  # the tokens that may begin an agency alias (few)
            if i < after:
                continue
            m = self.aliases.first_at(toks, i)
            if m is None:
                continue
            j = m.tok_end
            if self._cited(doc, toks, i, j, body_tok):
                found.append((m.start, m.end, m.values[0]))
                taken.update(range(i, j))
            after = j
        found += self._unlisted(doc, toks, taken)
        for start, end, actor in sorted(found, key=lambda x: x[0]):
            entity = self._link(doc, start, end, actor)
            doc.sources.append(SourceRef(entity, start, end, text[start:end]))
        return doc

    # --- citing constructions ------------------------------------------------------------
    def _cited(self, doc: Document, toks: list[Token], i: int, j: int, body_tok: int) -> bool:
        lex = self.lex
        # walk back over outlet words, quotation marks and "ما" to the governing word
        k = i - 1
        steps = 0
        while k >= 0 and steps < CITE_WINDOW:
            t = toks[k]
            if t.text in ".!?؟؛\n" or (t.kind == "punct" and t.text in "،,:" and steps > 0):
                break
            if t.is_word and (lex.is_according(t) or lex.has("cite", t, frozenset({"", "و", "ف"}))):
                return True
            cue = lex.cue(t)
            if cue is not None and cue.form in ("past", "present") and steps <= 2:
                return True
            if t.is_word and lex.has("interview", t, frozenset({"", "و", "ف", "ب", "وب"})) and steps <= 2:
                return True
            k -= 1
            steps += 1
        # "قال ... لرويترز": the agency the words were said to
        before = i - 1
        while before >= 0 and toks[before].text in QUOTES:
            before -= 1
        said_to = before >= 0 and toks[before].key.rstrip("ـ") == "ل"  # "لـ«رويترز»"
        if said_to or self._prefix(toks[i]).endswith("ل"):
            lo = i - 1
            while lo >= 0 and i - lo <= 15 and toks[lo].text not in ".!?؟؛\n":
                cue = lex.cue(toks[lo])
                if cue is not None and cue.form in ("past", "present", "participle"):
                    return True
                lo -= 1
        # an agency code in brackets, or after/before a dash, at a paragraph edge or dateline
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j] if j < len(toks) else None
        bracketed = prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")"
        dashed = (prev is not None and prev.text in "-–—") or (nxt is not None and nxt.text in "-–—:")
        if i >= body_tok and i - body_tok < DATELINE_TOKENS and (bracketed or dashed):
            return True
        if bracketed or (prev is not None and prev.text in "-–—"):
            return _at_paragraph_edge(doc.text, toks, i, j)
        return False

    def _unlisted(self, doc: Document, toks: list[Token], taken: set[int]) -> list[tuple[int, int, object]]:
        """Outlets missing from the KB, named by an outlet word inside a citing construction."""
        lex = self.lex
        out: list[tuple[int, int, object]] = []
        for i in lex.which("outlet", toks, OUTLET_PREFIXES):
            t = toks[i]
            if i in taken:
                continue
            if t.key in GENERIC_OUTLET_KEYS or not self._cited(doc, toks, i, i + 1, len(toks)):
                continue
            if not self._governed(toks, i):
                continue  # "وتقول هيئة قناة السويس": the outlet word belongs to another name
            # the name: a quoted string (possibly after "أنباء": "وكالة أنباء «دوغان»"), or a
            # few words; after a definite head ("التلفزيون الكاميروني") only its adjectives
            j = i + 1
            if j + 1 < len(toks) and toks[j].key in NEWS_WORDS and toks[j + 1].text in QUOTES:
                j += 1
            if j < len(toks) and toks[j].text in QUOTES:
                k = j + 1
                while k < len(toks) and k - j <= MAX_NAME_TOKENS + 1 and toks[k].text not in QUOTES:
                    k += 1
                if k < len(toks) and k > j + 1 and toks[k].text in QUOTES and not taken & set(range(j, k)):
                    out.append((toks[j + 1].start, toks[k - 1].end, self._known(toks[j + 1 : k])))
                    taken.update(range(i, k + 1))
                continue
            start = _strip_clitic(t)
            definite_at = [off for off, st in t.splits if st.startswith("ال") and lex.words["outlet"] & {st[2:]}]
            definite = bool(definite_at)
            if definite:
                start = definite_at[-1]  # "والتلفزيون" -> "التلفزيون"
            k = j
            while (k < len(toks) and k - j < MAX_NAME_TOKENS and toks[k].is_word and len(toks[k].text) > 1
                   and not lex.is_stop(toks[k]) and not lex.is_comp(toks[k]) and lex.cue(toks[k]) is None
                   and k not in taken and not (definite and not toks[k].key.startswith("ال"))):
                k += 1
            if k > j and not (taken & set(range(i, k))):  # a bare "التلفزيون" names nobody
                out.append((start, toks[k - 1].end, self._known(toks[j:k])))
                taken.update(range(i, k))
        return out

    def _known(self, name: list[Token]):
        """The KB outlet a name found by its outlet word turns out to be ("ميرور" = "الميرور")."""
        keys = [t.key for t in name if t.is_word or t.kind == "num"]
        if not keys:
            return None
        for variant in (keys, ["ال" + keys[0], *keys[1:]], [keys[0].removeprefix("ال"), *keys[1:]]):
            actors = self.aliases.get(" ".join(variant))
            if actors:
                return actors[0]
        return None

    def _governed(self, toks: list[Token], i: int) -> bool:
        """An outlet word directly after the citing word ("ذكرت صحيفة", "وفقا لوكالة", "نقلا عن موقع")."""
        if i == 0:
            return False
        prev = toks[i - 1]
        lex = self.lex
        if prev.key in GOVERNING_PREPOSITIONS:
            return True
        if lex.is_according(prev) or lex.has("cite", prev, frozenset({"", "و", "ف"})) \
                or lex.has("interview", prev, frozenset({"", "و", "ف", "ب", "وب"})):
            return True
        cue = lex.cue(prev)
        return cue is not None and cue.form in ("past", "present") and "ambig" not in cue.flags

    def _prefix(self, tok: Token) -> str:
        """The proclitics the matched reading of an agency token strips ("لرويترز" -> "ل")."""
        key = tok.key
        for _, stem in tok.splits:
            if self.aliases.begins(stem):
                return key[: len(key) - len(stem)]
        return ""

    # --- linking -------------------------------------------------------------------------
    def _link(self, doc: Document, start: int, end: int, actor) -> str | None:
        """The id of the entity for this source; creates it (or a mention) when missing."""
        text = doc.text[start:end]
        for ent in doc.entities:
            if actor is not None and ent.kb == actor.id:
                if not any(m.start < end and start < m.end for m in ent.mentions):
                    ent.mentions.append(Mention(start, end, text, "name"))
                    ent.mentions.sort(key=lambda m: m.start)
                return ent.id
        for ent in doc.entities:
            if ent.type == "ORG" and any(m.start <= start and end <= m.end or start <= m.start and m.end <= end
                                         for m in ent.mentions):
                return ent.id
        mention = Mention(start, end, text, "name")
        if actor is not None:
            return add_entity(doc, "ORG", actor.name_ar, [mention], name_en=actor.name_en, kb=actor.id).id
        return add_entity(doc, "ORG", text, [mention]).id


def _strip_clitic(tok: Token) -> int:
    """Offset after a single proclitic و/ب/ل on an outlet word ("وصحيفة" -> "صحيفة")."""
    for offset, stem in tok.splits:
        if stem in OUTLET_HEADS:
            return offset
    return tok.start


def _at_paragraph_edge(text: str, toks: list[Token], i: int, j: int) -> bool:
    """True when tokens i..j sit (with their brackets or dash) at the start or end of a paragraph."""
    left = toks[i].start
    while left > 0 and text[left - 1] in " ()-–—":
        left -= 1
    right = toks[j - 1].end
    while right < len(text) and text[right] in " ()-–—.":
        right += 1
    return left == 0 or text[left - 1] == "\n" or right >= len(text) or text[right] == "\n"
