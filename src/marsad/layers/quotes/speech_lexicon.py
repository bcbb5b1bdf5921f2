"""The words of reported speech: reporting verbs and the function words around them.

Loads `lexicons/reporting_verbs.tsv` and `lexicons/speech_cues.tsv` once (`lexicons.loader`), and answers the
token-level questions the quote and source layers ask: is this token a reporting verb (and in
which form), a complementiser (أن / إن / بأنه ...), an "according to" word, a title word?
Every test goes through `Token.splits`, so proclitics (و ف ب ل) never need their own entries.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import CONJUNCTIONS, Token, remember
from marsad.lexicons.loader import table

# proclitic sequences allowed in front of each kind of word (match-key letters)
CONJUNCTION_CLITICS = frozenset({"", *CONJUNCTIONS})  # a word alone or after "و"/"ف"
VERB_PREFIXES = CONJUNCTION_CLITICS
NOUN_PREFIXES = frozenset({"", "و", "ف", "ب", "وب", "فب", "ل", "ول"})
COMP_PREFIXES = frozenset({"", "و", "ف", "ب", "وب", "فب"})
ACCORDING_PREFIXES = frozenset({"", "و", "ف", "ب", "وب", "فب"})
FORMS = ("past", "present", "participle", "masdar")
IMAM = "إمام"               # the title, spelt with hamza below ("أمام" is "in front of")
IMAM_KEY = "امام"           # the key both fold to
CACHE_LIMIT = 150_000     # cached answers per word form, cleared when a long batch outgrows it


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting word as found on a token."""

    lemma: str
    form: str                 # past | present | participle | masdar
    np: tuple[str, ...]       # how a noun-phrase content attaches ("-" = direct object), may be empty
    flags: frozenset[str]     # cont, ambig, relay, lead, tell
    prefix: str               # the proclitics on the token ("و", "ف", "" ...)
    start: int                # document offset of the verb without its proclitics
    gender: str | None = None # "f" / "m" from the verb's agreement (قالت / قال), None if plural or unknown


@dataclass
class SpeechLexicon:
    verbs: dict[str, tuple[str, str, tuple[str, ...], frozenset[str]]]  # form key -> (lemma, form, np, flags)
    words: dict[str, frozenset[str]]                                    # kind -> match keys
    # answers per word form: the same few thousand forms recur in every article
    _cue_cache: dict[str, Cue | None] = field(default_factory=dict, repr=False)
    _placed_cues: dict[tuple[str, int], Cue] = field(default_factory=dict, repr=False)  # (form, offset) -> its Cue
    _has_cache: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict, repr=False)
    _speech_memo: FormMemo = field(default_factory=FormMemo, repr=False)
    _which_memo: dict[tuple[str, frozenset[str]], FormMemo] = field(default_factory=dict, repr=False)
    _kinds_of: dict[str, list[str]] = field(init=False, repr=False)  # word key -> its kinds
    # `is_comp`'s answer per word form: the cue scan asks it of every word after a reporting verb
    _comp_cache: dict[str, bool] = field(default_factory=dict, repr=False)
    # which forms are a reporting word (`cue`), which a complementiser (`is_comp`): per form, so a
    # document's positions of each cost one gather (`cue_positions`, `comp_positions`)
    _cue_memo: FormMemo = field(default_factory=FormMemo, repr=False)
    _comp_memo: FormMemo = field(default_factory=FormMemo, repr=False)

    def __post_init__(self) -> None:
        self._kinds_of = {}
        for kind, keys in self.words.items():
            for k in keys:
                self._kinds_of.setdefault(k, []).append(kind)

    @classmethod
    def load(cls) -> SpeechLexicon:
        verbs: dict[str, tuple[str, str, tuple[str, ...], frozenset[str]]] = {}
        for row in table("reporting_verbs.tsv"):
            row = (*row, *[""] * (7 - len(row)))
            lemma, np, flags = row[0], row[1], row[2]
            nps = tuple(match_key(p) for p in np.split("|") if p)
            flagset = frozenset(f for f in flags.split(",") if f)
            for form, cell in zip(FORMS, row[3:7], strict=True):
                for surface in cell.split():
                    verbs.setdefault(match_key(surface), (lemma, form, nps, flagset))
        words: dict[str, set[str]] = {}
        for row in table("speech_cues.tsv"):
            if len(row) >= 2:
                words.setdefault(row[0], set()).add(match_key(row[1]))
        return cls(verbs, {k: frozenset(v) for k, v in words.items()})

    # --- token tests ---------------------------------------------------------------------
    def cue(self, tok: Token) -> Cue | None:
        """The reporting word on `tok`, trying every clitic reading (longest stem first)."""
        if not tok.is_word:
            return None
        cached = self._cue_cache.get(tok.text, False)
        if cached is False:
            cached = None
            key = tok.key
            for offset, stem in tok.splits:
                entry = self.verbs.get(stem)
                if entry is None:
                    continue
                prefix = key[: len(key) - len(stem)]
                lemma, form, np, flags = entry
                allowed = NOUN_PREFIXES if form == "masdar" else VERB_PREFIXES
                if prefix in allowed:
                    cached = Cue(lemma, form, np, flags, prefix, offset - tok.start, _gender(stem, form, lemma))
                    break
            remember(self._cue_cache, tok.text, cached, CACHE_LIMIT)
        if cached is None:
            return None
        # one Cue per form and offset (a frozen object, shared): building it again for each of
        # the dozens of questions asked of a reporting word cost more than the lookup
        placed = self._placed_cues.get((tok.text, tok.start))
        if placed is None:
            placed = remember(self._placed_cues, (tok.text, tok.start),
                              Cue(cached.lemma, cached.form, cached.np, cached.flags, cached.prefix,
                                  tok.start + cached.start, cached.gender), CACHE_LIMIT)
        return placed

    def has(self, kind: str, tok: Token, prefixes: frozenset[str] = frozenset({""})) -> bool:
        """True when `tok` (with one of the allowed proclitic sequences) is a `kind` word."""
        if not tok.is_word:
            return False
        info = self._has_cache.get(tok.text)
        if info is None:
            info = self._kinds(tok)
        found = info.get(kind)
        return found is not None and not found.isdisjoint(prefixes)

    def kinds_of(self, stem: str) -> list[str]:
        """The kinds of word a stem (a match key without proclitics) is: "title", "honorific" ..."""
        return self._kinds_of.get(stem, [])

    def _kinds(self, tok: Token) -> dict[str, frozenset[str]]:
        """kind -> the proclitic sequences with which `tok` reads as a word of that kind."""
        key = tok.key
        out: dict[str, set[str]] = {}
        kinds_of = self._kinds_of
        for _, stem in tok.splits:
            for kind in kinds_of.get(stem, ()):
                out.setdefault(kind, set()).add(key[: len(key) - len(stem)])
        if any(stem.endswith(IMAM_KEY) for _, stem in tok.splits) and "title" in out:
            # "إمام" and "أمام" (in front of) share a key: the hamza below, or the article
            # ("الإمام"، "الامام"), makes the title; "أمام"، "امام" are the preposition
            if IMAM in tok.text or "ال" + IMAM_KEY in key:
                for kind in ("stop", "pp_head"):
                    out.pop(kind, None)
            else:
                out.pop("title", None)
        return remember(self._has_cache, tok.text, {k: frozenset(v) for k, v in out.items()}, CACHE_LIMIT)

    def which(self, kind: str, toks: list[Token], prefixes: frozenset[str] = frozenset({""})) -> list[int]:
        """Indices of the tokens for which `has(kind, tok, prefixes)` is true, in order."""
        memo = self._which_memo.get((kind, prefixes))
        if memo is None:
            memo = self._which_memo[(kind, prefixes)] = FormMemo()
        return indices_where(toks, memo, lambda t: self.has(kind, t, prefixes))

    def speech_words(self, toks: list[Token]) -> list[int]:
        """Indices of the tokens that are a reporting word (`cue`) or an "according to" word."""
        return indices_where(toks, self._speech_memo,
                             lambda t: t.is_word and (self.cue(t) is not None or self.is_according(t)))

    def cue_positions(self, toks: list[Token]) -> frozenset[int]:
        """Indices of the tokens on which `cue` finds a reporting word."""
        return frozenset(indices_where(toks, self._cue_memo, lambda t: self.cue(t) is not None))

    def comp_positions(self, toks: list[Token]) -> frozenset[int]:
        """Indices of the tokens that are a complementiser (`is_comp`), but for a letter of an
        abbreviation: "إن" with a full stop glued to it ("قناة (إن. بي. سي)") spells "N"."""
        return frozenset(k for k in indices_where(toks, self._comp_memo, self.is_comp)
                         if not (k + 1 < len(toks) and toks[k + 1].text == "." and toks[k + 1].start == toks[k].end
                                 and k + 2 < len(toks) and toks[k + 2].is_word and len(toks[k + 2].key) <= 2))

    def is_comp(self, tok: Token) -> bool:
        found = self._comp_cache.get(tok.text)
        if found is None:
            found = remember(self._comp_cache, tok.text, self.has("comp", tok, COMP_PREFIXES), CACHE_LIMIT)
        return found

    def clause_start_after_comp(self, tok: Token) -> int:
        """Where the reported clause opens at the complementiser `tok`: at the complementiser
        itself, after any conjunction or preposition attached to it ("بأن" -> "أن ..."), whether
        bare ("إن الحكومة ستدرس") or carrying a pronoun ("أنها ستشعر"، "بأنه سيعتذر"). The reported
        clause is "أن" + its content: annotators copy anchors starting with the bare complementiser
        as readily as with "أنه", and a span holding both never loses either."""
        key = tok.key
        if "comp" in self._kinds_of.get(key, ()):
            return tok.start
        for offset, stem in tok.splits:
            if key[: len(key) - len(stem)] in COMP_PREFIXES and "comp" in self._kinds_of.get(stem, ()):
                return offset
        return tok.end

    def is_according(self, tok: Token) -> bool:
        return self.has("according", tok, ACCORDING_PREFIXES)

    def is_stop(self, tok: Token) -> bool:
        return self.has("stop", tok, CONJUNCTION_CLITICS)


def _gender(stem: str, form: str, lemma: str = "") -> str | None:
    """Agreement of a verb form with its subject: "قالت"، "تقول"، "مؤكدة" are feminine; "لفت"
    (the lemma itself, its last letter ت) is masculine."""
    if form == "past":
        if stem == match_key(lemma):
            return "m"
        if stem.endswith(("وا", "ا", "ن")):
            return None
        return "f" if stem.endswith("ت") else "m"
    if form == "present":
        if stem.endswith(("ون", "ان")):
            return None
        return "f" if stem.startswith("ت") else ("m" if stem.startswith("ي") else None)
    if form == "participle":
        if stem.endswith(("ين", "ون", "تين")):
            return None
        return "f" if stem.endswith("ه") else "m"
    return None


@functools.lru_cache(maxsize=1)
def load_speech_lexicon() -> SpeechLexicon:
    return SpeechLexicon.load()


def prefix_of(tok: Token, stem_key: str) -> str:
    return tok.key[: len(tok.key) - len(stem_key)]


def clitic_prefixes(tok: Token) -> set[str]:
    """Every proclitic sequence a reading of `tok` strips ("" included)."""
    return {tok.key[: len(tok.key) - len(stem)] for _, stem in tok.splits}
