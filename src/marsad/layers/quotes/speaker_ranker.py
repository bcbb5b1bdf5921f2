"""Choosing a quote's speaker among its candidates with a small model learned from annotation.

The rules of `attribution` propose one speaker per statement; they are right most of the time on
the articles they were written from and much less on new ones, because the cues interact: a
continuation verb ("وأضاف") after a non-speech sentence, an agency that received the statement
("قال ... لوكالة X"), a title chain before a name. Here every plausible speaker is a candidate:
the rules' choice, each person or organisation mentioned in the statement's sentence and the
sentence before, and the previous speakers. Each candidate gets structural features (where it
stands relative to the cue, whether the rules chose it, whether it was the last speaker, its type,
whether it is the object of a preposition, a cited agency, ...), and a conditional logit model
(softmax over one statement's candidates) picks one.

The model holds only weights over these named features (no words of any article): it is trained
by `marsad train speaker` on the gold articles of `shared/eval` (see `marsad.training.speakers`)
and runs on numpy. Without a model file the rules' choice stands. The tests of whether a span the rules
read names anyone at all (junk words, openers, cut names) are in `speaker_spans.py`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from marsad.arabic.normalize import match_key
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import pp_prefix
from marsad.layers.quotes.speaker_spans import (
    TITLE_PREFIXES,
    bare_key,
    cut_in_name,
    function_words_only,
    in_apposition,
    name_keys,
    name_words,
    named_only_in_statement,
    no_actor_word,
    opens_accusative,
    opens_with_no_speaker,
    opens_with_preposition,
    titles_and_name,
    words_of_a_mention,
    words_said_from,
)
from marsad.layers.quotes.speaker_window import DocumentFacts, StatementWindow
from marsad.lexicons.loader import words

if TYPE_CHECKING:
    from marsad.arabic.tokens import Token
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.document_index import MentionRef
    from marsad.layers.quotes.patterns import QuoteCandidate

MODEL_FILE = "speaker_ranker.json"
PARAGRAPHS_BACK = 3       # previous speakers this far back remain candidates
UNNAMED = frozenset(match_key(w) for w in words("speaker_words.tsv", "unnamed") if " " not in w)
# "عدد من الأهالي"، "آخرون"، "وسائل إعلام": a group or a share of unnamed people; unnamed sources
# only as a speaker span's first word ("في سياق آخر" before a pro-drop verb is no source)
UNNAMED_GROUPS = frozenset(match_key(w) for w in words("speaker_words.tsv", "unnamed_group"))
ANOTHER = frozenset(match_key(w) for w in ("آخر", "أخرى", "آخرون", "آخرين"))
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})  # match keys: "X الذي قال"

FEATURES: tuple[str, ...] = (
    "rule", "rule_explicit", "rule_inherited", "rule_unlinked", "rule_none_else",
    "prev1", "prev2", "prev_any", "prev1_continuation", "prev1_no_cue",
    "after_cue_same_sentence", "first_after_cue", "log_dist_after",
    "before_cue_same_sentence", "nearest_before_cue", "log_dist_before",
    "previous_sentence", "earlier_sentence", "paragraph_gap",
    "person", "organisation", "has_name", "title_only", "linked_kb", "log_mentions",
    "all_in_pp", "inside_quote", "cited_agency", "in_title",
    "fem_cue_person", "fem_cue_org", "masc_cue_org", "plural_cue",
    "unlinked_span", "first_mention_in_doc",
    "rule_title_start", "rule_document", "inside_rule_span", "near_rule_span", "after_relative",
    "document_issuer", "first_actor_in_sentence", "first_actor_prev_sentence", "prev1_subject_changed",
    "rule_unnamed", "nobody", "nobody_rule_none", "nobody_rule_unnamed", "nobody_no_actor_in_sentence",
    "title_introduced", "subject_since_prev", "prev1_displaced", "outlet_recipient", "honorific_match",
    "rule_definite_description", "nobody_rule_definite", "prev1_rule_definite",
    "unlinked_one_word", "unlinked_pp_start", "rule_constructed", "shares_rule_name_word",
    "closes_subject", "rule_no_actor_word", "given_to", "named_in_words_said",
)
NOBODY = "nobody"   # the option of naming no speaker ("مصادر مطلعة": a source, not a speaker)
INDEX = {name: i for i, name in enumerate(FEATURES)}
# the index of each feature a candidate gets, as constants: `_fill` sets about 25 per candidate
_RULE = INDEX["rule"]
_RULE_EXPLICIT = INDEX["rule_explicit"]
_RULE_INHERITED = INDEX["rule_inherited"]
_RULE_UNLINKED = INDEX["rule_unlinked"]
_RULE_NONE_ELSE = INDEX["rule_none_else"]
_PREV1 = INDEX["prev1"]
_PREV2 = INDEX["prev2"]
_PREV_ANY = INDEX["prev_any"]
_PREV1_CONTINUATION = INDEX["prev1_continuation"]
_PREV1_NO_CUE = INDEX["prev1_no_cue"]
_AFTER_CUE_SAME_SENTENCE = INDEX["after_cue_same_sentence"]
_FIRST_AFTER_CUE = INDEX["first_after_cue"]
_LOG_DIST_AFTER = INDEX["log_dist_after"]
_BEFORE_CUE_SAME_SENTENCE = INDEX["before_cue_same_sentence"]
_NEAREST_BEFORE_CUE = INDEX["nearest_before_cue"]
_LOG_DIST_BEFORE = INDEX["log_dist_before"]
_PREVIOUS_SENTENCE = INDEX["previous_sentence"]
_EARLIER_SENTENCE = INDEX["earlier_sentence"]
_PARAGRAPH_GAP = INDEX["paragraph_gap"]
_PERSON = INDEX["person"]
_ORGANISATION = INDEX["organisation"]
_ALL_IN_PP = INDEX["all_in_pp"]
_INSIDE_QUOTE = INDEX["inside_quote"]
_FEM_CUE_PERSON = INDEX["fem_cue_person"]
_FEM_CUE_ORG = INDEX["fem_cue_org"]
_MASC_CUE_ORG = INDEX["masc_cue_org"]
_PLURAL_CUE = INDEX["plural_cue"]
_UNLINKED_SPAN = INDEX["unlinked_span"]
_FIRST_MENTION_IN_DOC = INDEX["first_mention_in_doc"]
_RULE_TITLE_START = INDEX["rule_title_start"]
_RULE_DOCUMENT = INDEX["rule_document"]
_INSIDE_RULE_SPAN = INDEX["inside_rule_span"]
_NEAR_RULE_SPAN = INDEX["near_rule_span"]
_AFTER_RELATIVE = INDEX["after_relative"]
_DOCUMENT_ISSUER = INDEX["document_issuer"]
_FIRST_ACTOR_IN_SENTENCE = INDEX["first_actor_in_sentence"]
_FIRST_ACTOR_PREV_SENTENCE = INDEX["first_actor_prev_sentence"]
_PREV1_SUBJECT_CHANGED = INDEX["prev1_subject_changed"]
_RULE_UNNAMED = INDEX["rule_unnamed"]
_NOBODY = INDEX["nobody"]
_NOBODY_RULE_NONE = INDEX["nobody_rule_none"]
_NOBODY_RULE_UNNAMED = INDEX["nobody_rule_unnamed"]
_NOBODY_NO_ACTOR_IN_SENTENCE = INDEX["nobody_no_actor_in_sentence"]
_TITLE_INTRODUCED = INDEX["title_introduced"]
_SUBJECT_SINCE_PREV = INDEX["subject_since_prev"]
_PREV1_DISPLACED = INDEX["prev1_displaced"]
_OUTLET_RECIPIENT = INDEX["outlet_recipient"]
_HONORIFIC_MATCH = INDEX["honorific_match"]
_RULE_DEFINITE_DESCRIPTION = INDEX["rule_definite_description"]
_NOBODY_RULE_DEFINITE = INDEX["nobody_rule_definite"]
_PREV1_RULE_DEFINITE = INDEX["prev1_rule_definite"]
_UNLINKED_ONE_WORD = INDEX["unlinked_one_word"]
_UNLINKED_PP_START = INDEX["unlinked_pp_start"]
_RULE_CONSTRUCTED = INDEX["rule_constructed"]
_SHARES_RULE_NAME_WORD = INDEX["shares_rule_name_word"]
_CLOSES_SUBJECT = INDEX["closes_subject"]
_RULE_NO_ACTOR_WORD = INDEX["rule_no_actor_word"]
_GIVEN_TO = INDEX["given_to"]
_NAMED_IN_WORDS_SAID = INDEX["named_in_words_said"]
# the features of a linked candidate that its entity alone decides (`DocumentFacts.of_entity`)
_ENTITY_FEATURES = tuple(INDEX[name] for name in (
    "has_name", "title_only", "linked_kb", "log_mentions", "cited_agency", "in_title"))
TITLE_LOOKBACK = 6           # "السفير التونسي لدى روسيا علي قوطالي": a title this many words before a name
RECIPIENT_LOOKBACK = 2       # "لوكالة «X»", "لصحيفة X": the outlet word this close before the name
MAX_OCCURRENCES = 20         # places an unlinked span's words are looked for
RECIPIENT_PREFIXES = frozenset({"ل", "لل"})
BODY_AFTER_SOURCE = 3        # "مسؤول في الوزارة"، "مصدر مسؤول بإدارة النادي": a body this many words after a source word


def _stems(tok: Token) -> set[str]:
    """The stems a word may have, without the article ("والسفير" -> {"سفير", ...})."""
    return {bare_key(st) for _, st in tok.splits}


@dataclass(slots=True)
class SpeakerOption:
    """One candidate speaker of one statement: the reference that would be stored, its features."""

    key: str                     # entity id, "span:start:end" for an unlinked span, or NOBODY
    ref: SpeakerRef | None
    features: np.ndarray = field(repr=False)
    same_as: str | None = None   # the linked candidate an unlinked title or name part stands for


def resolved_index(options: list[SpeakerOption], i: int) -> int:
    """The option chosen when the model's best is option i: itself, or the linked candidate its
    unlinked title or name part stands for (`SpeakerOption.same_as`)."""
    same = options[i].same_as
    if same is None:
        return i
    return next((j for j, o in enumerate(options) if o.key == same), i)


def option_key(ref: SpeakerRef) -> str:
    return ref.entity if ref.entity is not None else f"span:{ref.start}:{ref.end}"


def unnamed_source(finder: SpeakerFinder, ref: SpeakerRef) -> bool:
    """Does the span describe a source without naming it ("مصدر مسؤول", "مسؤولون أمنيون", "عدد
    من الأهالي")?"""
    stems = _first_stems(finder, ref)
    return bool(stems & UNNAMED or stems & UNNAMED_GROUPS) or _another_one(finder, ref)


def _another_one(finder: SpeakerFinder, ref: SpeakerRef) -> bool:
    """"وقال محلل آخر"، "وصرح دبلوماسي آخر": an indefinite noun and "another" names no one (a
    document, "تقرير آخر", is left to the rules that find who issued it)."""
    i = finder.tok_at(ref.start)
    toks = finder.toks
    if i + 1 >= len(toks) or toks[i + 1].end > ref.end or not toks[i].is_word or toks[i].key.startswith("ال") \
            or finder.lex.has("document", toks[i], frozenset({""})):
        return False
    return toks[i + 1].key in ANOTHER


def _first_stems(finder: SpeakerFinder, ref: SpeakerRef) -> set[str]:
    """The stems of the span's first word, without the article."""
    i = finder.tok_at(ref.start)
    if i >= len(finder.toks):
        return set()
    return {st[2:] if st.startswith("ال") else st for _, st in finder.toks[i].splits}


def _body_after(finder: SpeakerFinder, ref: SpeakerRef) -> bool:
    """"مسؤول في وزارة X"، "أحد قادة حركة X": a body named right after an unnamed source's word,
    whose people the source are (the ranker weighs whether the body speaks)."""
    i = finder.tok_at(ref.start)
    for j in range(i + 1, min(i + 1 + BODY_AFTER_SOURCE, len(finder.toks))):
        if not finder.toks[j].is_word or finder.lex.is_comp(finder.toks[j]):
            return False  # "قال مصدر إن الحكومة": the body is in the statement, not the source's
        m = finder.mention_at_token(j)
        # not the outlet spoken to ("قال مصدر لـ«الوطن»"، "لوكالة الأنباء")
        if m is not None and m.entity.type == "ORG" \
                and not finder.text[finder.toks[j].start : m.start].rstrip("ـ«\"“ ").endswith("ل"):
            return True
    return False


def speaks_for_no_one(finder: SpeakerFinder, ref: SpeakerRef, cue_end: int, statement_start: int) -> bool:
    """Is an unlinked span at the reporting verb a source that no named speaker stands behind: an
    indefinite one ("قال مسؤول أمني"), or a group ("قال عدد من الأهالي"، "وأكد المراقبون")?
    A definite singular ("وأكد المسؤول الأمريكي") may refer back to a person named before, a body
    right after the word ("مسؤول في الوزارة") may speak for its people, and a person named in
    apposition before the statement ("أحد التجار، فلان، أن") or between the verb and the span ("كتب
    فلان، مرة أخرى:") may be the speaker: the ranker decides."""
    group = group_entity(finder, ref)
    if ref.entity is not None and not group or not unnamed_source(finder, ref) or _body_after(finder, ref):
        return False
    named = finder.mentions_between(cue_end, ref.start) + finder.mentions_between(ref.end, statement_start)
    if any(m.entity.type == "PER" for m in named):
        return False
    return group or bool(_first_stems(finder, ref) & UNNAMED_GROUPS) or not _definite_description(finder, ref)


def group_entity(finder: SpeakerFinder, ref: SpeakerRef) -> bool:
    """"وقال ناشطون سوريون"، "وأفاد السكان": an entity every mention of which opens with a word of
    unnamed people is a group the entity layer took for a name, not a named speaker."""
    entity = finder.entities.get(ref.entity) if ref.entity else None
    if entity is None or not entity.mentions:
        return False
    unnamed = UNNAMED | UNNAMED_GROUPS
    for m in entity.mentions:
        first = match_key(m.text.split()[0]) if m.text.split() else ""
        if first.startswith("ال") and len(first) > 3:
            first = first[2:]
        if first not in unnamed:
            return False
    return True


def _occurrences(finder: SpeakerFinder, ref: SpeakerRef) -> list[int]:
    """Where an unlinked span's words stand in the text: a name the entity layer missed is
    written again ("السفير ... علي قوطالي" ... "ذكر قوطالي")."""
    text, needle = finder.text, ref.text
    out, at = [], text.find(needle)
    while at >= 0 and len(out) < MAX_OCCURRENCES:
        out.append(at)
        at = text.find(needle, at + 1)
    return out or [ref.start]


def _definite_description(finder: SpeakerFinder, ref: SpeakerRef) -> bool:
    """Does the span open with a definite title or source word ("المسؤول", "السفير", "المصدر")?"""
    i = finder.tok_at(ref.start)
    if i >= len(finder.toks):
        return False
    tok = finder.toks[i]
    definite = any(tok.key[: len(tok.key) - len(st)].endswith("ال") or st.startswith("ال") for _, st in tok.splits)
    return definite and (finder.lex.has("title", tok, TITLE_PREFIXES) or unnamed_source(finder, ref))


# the last span `_name_like_words` was asked about, as (finder, start, end, answer): the same
# rule's span is asked about for every other candidate of its statement. One tuple, read and
# replaced whole, so that threads analysing other documents cannot mix their answers.
_LAST_NAME_LIKE: list[tuple] = [(None, -1, -1, frozenset())]


def _name_like_words(finder: SpeakerFinder, start: int, end: int) -> frozenset[str]:
    """The keys of the words of a span other than a title or a function word (`_shares_name_word`)."""
    last = _LAST_NAME_LIKE[0]
    if last[0] is finder and last[1] == start and last[2] == end:
        return last[3]
    lex = finder.lex
    found = frozenset(t.key for t in finder.toks[finder.tok_at(start) : finder.tok_at(end)]
                      if t.is_word and len(t.key) > 2 and not lex.is_stop(t)
                      and not any(lex.has(kind, t, TITLE_PREFIXES) for kind in ("title", "honorific", "org_head")))
    _LAST_NAME_LIKE[0] = (finder, start, end, found)
    return found


class SpeakerRanker:
    """Candidates and features for a statement, and the learned choice among them."""

    def __init__(self, weights: np.ndarray | None = None) -> None:
        self.weights = weights
        self._facts: DocumentFacts | None = None  # of the last document asked about
        self._names: tuple[SpeakerFinder, frozenset[str]] | None = None  # its name words, likewise

    # --- the model ----------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> SpeakerRanker:
        """The shipped model (`marsad/models/speaker_ranker.json`), or the one at `path`."""
        source = path if path is not None else resources.files("marsad.models").joinpath(MODEL_FILE)
        try:
            data = json.loads(source.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(None)
        names = data["features"]
        weights = np.zeros(len(FEATURES))
        for name, w in zip(names, data["weights"], strict=True):
            if name in INDEX:  # a feature the code no longer computes contributes nothing
                weights[INDEX[name]] = w
        return cls(weights)

    @property
    def ready(self) -> bool:
        return self.weights is not None

    def choose(self, options: list[SpeakerOption]) -> SpeakerOption | None:
        if not options or self.weights is None:
            return None
        scores = np.array([o.features for o in options]) @ self.weights  # np.stack's checks cost more
        return options[resolved_index(options, int(np.argmax(scores)))]

    # --- candidates ---------------------------------------------------------------------
    def options(self, finder: SpeakerFinder, cand: QuoteCandidate, rule: SpeakerRef | None, explicit: bool,
                inherited: bool, previous: list[SpeakerRef], constructed: bool = False) -> list[SpeakerOption]:
        """Every candidate speaker of `cand` with its features.

        `rule` is the rules' choice, `explicit` says the rules found it at the cue (subject after
        or before the verb) rather than by continuation, `inherited` that it is a previous
        speaker; `previous` are the speakers of earlier statements, the latest last; `constructed`
        that the rules' unlinked span was named by a construction (a body after "باسم", the
        subject before "الذي قال"), not read off whatever words follow the verb.
        """
        read_off = rule is not None and rule.entity is None and not constructed
        limit = cand.start if cand.start > cand.pos else len(finder.text)  # where the statement's words begin
        cut = cut_in_name(finder, rule, limit) if read_off and not unnamed_source(finder, rule) else None
        if cut is not None:
            # "تقديرات هيئة" of "تقديرات هيئة الإحصاء": the name the words were cut from is the
            # candidate the rules meant
            rule, read_off = finder.ref(cut), False
        names = self._name_words(finder)
        junk = read_off and no_actor_word(finder, rule, names)
        if read_off and (opens_with_no_speaker(finder, rule) or opens_with_preposition(finder, rule, names)
                         or opens_accusative(finder, rule) or junk and function_words_only(finder, rule)):
            # words that name no one are no candidate: the statement is chosen for as if the rules
            # had found no speaker
            rule, explicit, inherited = None, False, False
        win = StatementWindow(finder, cand, previous[-1] if previous else None, self._document_facts(finder))
        participle = self._participle_cue(finder, cand)
        if participle and rule is not None \
                and win.cue_end <= rule.start and rule.end <= limit and rule.start >= win.sentence_start:
            # "مطالبا مجلس الوزراء بـ": the words after a participle are its object; its speaker
            # is the main verb's subject before it, or the previous speaker
            rule, explicit, inherited = None, False, False
        refs: dict[str, SpeakerRef] = {}
        if rule is not None:
            refs[option_key(rule)] = rule
        para = finder.paragraph_of(cand.pos)
        recent: list[str] = []
        for sp in reversed(previous):
            if para - finder.paragraph_of(sp.start) > PARAGRAPHS_BACK:
                continue
            k = option_key(sp)
            if k not in recent:
                recent.append(k)
                refs.setdefault(k, sp)
        said_from = words_said_from(finder, win, cand) if win.by_entity else 0
        for eid, rs in win.by_entity.items():
            if eid in refs or named_only_in_statement(finder, win, cand, rs, said_from):
                continue
            if rs[0].entity.type == "LOC" and not self._country_goes_on(finder, win, cand, rs):
                continue
            if participle:
                # "داعيا وزارة العمل إلى": an actor named after a participle cue is its object,
                # never its subject; only its mentions before the cue make it a candidate
                rs = [r for r in rs if r.start < win.cue_end]
                if not rs:
                    continue
            refs[eid] = finder.ref(self._nearest(win, rs))
        rule_key = option_key(rule) if rule is not None else None
        unnamed = rule is not None and rule.entity is None and unnamed_source(finder, rule)
        # "وأكد المسؤول الأمريكي": a definite description refers back to someone already named,
        # unlike the indefinite "مسؤول أمريكي" that introduces an unnamed source
        definite = rule is not None and rule.entity is None and _definite_description(finder, rule)
        # one list of floats per candidate (setting list items one by one is cheaper than setting
        # an array's), and one array for the statement, each candidate's features a row of it
        size = len(FEATURES)
        keys: list[str] = []
        rows: list[list[float]] = []
        # where the cue and the statement stand: the same for every candidate
        # and where its own words run (`words_said_from`): an actor it talks about is not named
        # "after the verb" there
        at = (finder.tok_at(win.cue_end), finder.tok_at(cand.pos), para, said_from if said_from else cand.end)
        for k, ref in refs.items():
            f = [0.0] * size
            self._fill(f, finder, cand, win, at, k, ref, rule_key, explicit, inherited, recent, participle)
            self._against_rule(f, finder, win, k, ref, rule, rule_key)
            if k == rule_key:
                f[_RULE_UNNAMED] = float(unnamed)
                f[_RULE_DEFINITE_DESCRIPTION] = float(definite)
                f[_RULE_CONSTRUCTED] = float(constructed)
                f[_RULE_NO_ACTOR_WORD] = float(junk)
            elif definite and recent and k == recent[0]:
                f[_PREV1_RULE_DEFINITE] = 1.0
            keys.append(k)
            rows.append(f)
        f = [0.0] * size
        f[_NOBODY] = 1.0
        f[_NOBODY_RULE_NONE] = float(rule is None)
        f[_NOBODY_RULE_UNNAMED] = float(unnamed)
        f[_NOBODY_RULE_DEFINITE] = float(definite)
        f[_NOBODY_NO_ACTOR_IN_SENTENCE] = float(not any(
            r.start >= win.sentence_start for rs in win.by_entity.values() for r in rs))
        rows.append(f)
        table = np.array(rows)
        out = [SpeakerOption(k, refs[k], table[i]) for i, k in enumerate(keys)]
        out.append(SpeakerOption(NOBODY, None, table[-1]))
        if rule is not None and rule.entity is None:
            out[keys.index(rule_key)].same_as = self._linked_same(finder, rule, keys, rows, refs, limit)
        linked = [o.ref for o in out if o.ref is not None and o.ref.entity is not None]
        for o in out:
            if o.key.startswith("span:") and o.key != rule_key and o.ref is not None:
                # "وقال سماحته" after a headline "المفتي العام:": an earlier speaker's unlinked title
                o.same_as = self._person_described(finder, o.ref, linked, limit)
        return out

    @staticmethod
    def _country_goes_on(finder: SpeakerFinder, win: StatementWindow, cand: QuoteCandidate, rs: list[MentionRef]) -> bool:
        """May a country acting through a verb of its own (`DocumentFacts.acting_place`) speak
        this statement? Only with a feminine cue ("وقالت"، "مشيرة"; "وأقر"، "يؤكدون" are someone
        else's), and only when named before the cue in its sentence ("وشنت تركيا ...، مشيرة") or
        when the cue opens its sentence with no subject of its own ("واعترفت إيران .... وقالت إنه";
        not "وكانت الاستطلاعات أظهرت")."""
        if cand.gender != "f":
            return False
        if any(win.sentence_start <= r.start < win.cue_end for r in rs):
            return True
        return cand.cue_tok is not None and bool(finder.sents) \
            and cand.cue_tok == finder.sent_tok_range(finder.sent_of(cand.pos))[0]

    @staticmethod
    def _person_described(finder: SpeakerFinder, span: SpeakerRef, linked: list[SpeakerRef], limit: int) -> str | None:
        """`_linked_same` for an unlinked candidate that is not the rules' choice (a previous
        speaker): the one linked person named after its whole title chain, or by its surname."""
        same = []
        for ref in linked:
            entity = finder.entities.get(ref.entity) if ref.entity else None
            if entity is None or entity.type != "PER":
                continue
            if SpeakerRanker._introduced_with_title(finder, ref, span, span.start) >= 1.0 \
                    or titles_and_name(finder, span, entity.id) or words_of_a_mention(finder, span, entity.id) \
                    or in_apposition(finder, span, entity.id, limit):
                same.append(entity.id)
        return same[0] if len(same) == 1 else None

    @staticmethod
    def _linked_same(finder: SpeakerFinder, rule: SpeakerRef, keys: list[str], rows: list[list[float]],
                     refs: dict[str, SpeakerRef], limit: int) -> str | None:
        """"وقال الوزير" after "وزير الخارجية فلان"، "وأوضح الدكتور الأحمد" after "مساعد الأحمد": the
        one linked candidate that the rules' unlinked span describes: a person named after every
        word of the same title chain (`_introduced_with_title` 1.0), or one whose name holds every
        word of the span but its titles ("خصوم عون" is not Aoun). Chosen, the span gives way to
        it: the speaker is named and carries the link. None when no candidate or more than one
        fits (two ministers: "الوزير" is either)."""
        same = [k for k, f in zip(keys, rows[: len(keys)], strict=True) if not k.startswith("span:")
                and f[_PERSON] > 0 and (
                    f[_TITLE_INTRODUCED] >= 1.0
                    and SpeakerRanker._introduced_with_title(finder, refs[k], rule, rule.start) >= 1.0
                    or f[_SHARES_RULE_NAME_WORD] > 0 and titles_and_name(finder, rule, k)
                    or words_of_a_mention(finder, rule, k) or in_apposition(finder, rule, k, limit))]
        return same[0] if len(same) == 1 else None

    def _name_words(self, finder: SpeakerFinder) -> frozenset[str]:
        """`name_words` of the finder's document, made once per document."""
        if self._names is None or self._names[0] is not finder:
            self._names = (finder, name_words(finder))
        return self._names[1]

    def _document_facts(self, finder: SpeakerFinder) -> DocumentFacts:
        """The facts of the finder's document, made on its first statement."""
        facts = self._facts
        if facts is None or facts.finder is not finder or facts.toks is not finder.toks \
                or facts.size != len(finder.toks):
            facts = self._facts = DocumentFacts(finder)
        return facts

    @staticmethod
    def _against_rule(f: list[float], finder: SpeakerFinder, win: StatementWindow, key: str, ref: SpeakerRef,
                      rule: SpeakerRef | None, rule_key: str | None) -> None:
        """What the rules' choice says about the other candidates: an unlinked description
        ("العميد X", "التقرير", "المتحدث باسم X") often holds or precedes the real speaker."""
        if key in win.issuers:
            f[_DOCUMENT_ISSUER] = 1.0
        if rule is None:
            return
        if key != rule_key and rule.entity is None:
            f[_TITLE_INTRODUCED] = SpeakerRanker._introduced_with_title(finder, ref, rule)
            f[_SHARES_RULE_NAME_WORD] = SpeakerRanker._shares_name_word(finder, ref, rule)
        if key == rule_key:
            words = [t for t in finder.toks[finder.tok_at(rule.start) : finder.tok_at(rule.end)] if t.is_word]
            if rule.entity is None and words:
                lex = finder.lex
                f[_RULE_TITLE_START] = float(any(lex.has(kind, words[0], TITLE_PREFIXES)
                                                 for kind in ("title", "org_head", "honorific")))
                f[_RULE_DOCUMENT] = float(lex.has("document", words[0], frozenset({"", "ال"})))
            return
        mentions = win.by_entity.get(key, [])
        if any(rule.start <= r.start and r.end <= rule.end for r in mentions):
            f[_INSIDE_RULE_SPAN] = 1.0
        near_end = finder.tok_at(rule.end) + 6
        if any(rule.end <= r.start and finder.tok_at(r.start) <= near_end for r in mentions):
            f[_NEAR_RULE_SPAN] = 1.0

    @staticmethod
    def _shares_name_word(finder: SpeakerFinder, ref: SpeakerRef, rule: SpeakerRef) -> float:
        """"وأضاف اللواء التركي" after "منصور التركي": a word of the rules' unlinked span, other
        than a title or a function word, that is also a word of the candidate's names."""
        entity = finder.entities.get(ref.entity) if ref.entity else None
        if entity is None:
            return 0.0
        span_words = _name_like_words(finder, rule.start, rule.end)
        if not span_words:
            return 0.0
        names = name_keys(entity)
        return float(bool(span_words & names))

    @staticmethod
    def _introduced_with_title(finder: SpeakerFinder, ref: SpeakerRef, rule: SpeakerRef, before: int | None = None) -> float:
        """"وأشار السفير التونسي إلى": the rules kept a description; a person named elsewhere after
        the same title word ("السفير ... علي قوطالي") is whom it describes. `before`: only names
        ending before that offset count (for `same_as`: not a name right after the span, whose
        words before are the span's own)."""
        entity = finder.entities.get(ref.entity) if ref.entity else None
        i = finder.tok_at(rule.start)
        if (entity is not None and entity.type != "PER") or i >= len(finder.toks):
            return 0.0
        head = finder.toks[i]
        if not finder.lex.has("title", head, TITLE_PREFIXES):
            return 0.0
        title = _stems(head)
        described = [_stems(t) for t in finder.toks[i + 1 : finder.tok_at(rule.end)] if t.is_word]
        best = 0.0
        # an unlinked span (a name the entity layer missed) stands for itself
        for start in [m.start for m in entity.mentions if before is None or m.end <= before] \
                if entity is not None else _occurrences(finder, ref):
            j = finder.tok_at(start)
            preceding = [_stems(t) for t in finder.toks[max(0, j - TITLE_LOOKBACK - len(described)) : j] if t.is_word]
            if not any(title & st for st in preceding):
                continue
            # the share of the description's words that stood with the name ("السفير التونسي")
            shared = sum(any(w & st for st in preceding) for w in described)
            best = max(best, (1 + shared) / (1 + len(described)))
        return best

    @staticmethod
    def _preceded_by(finder: SpeakerFinder, r: MentionRef, test: Callable[[Token], bool], back: int) -> bool:
        """Does a word passing `test` stand within `back` words before the mention (or as its own
        first word's proclitic-bearing token, "لوكالة الأنباء ...")?"""
        j = finder.tok_at(r.start)
        if j > 0 and finder.toks[j - 1].end > r.start:  # the mention starts after the token's clitics
            j -= 1
            if test(finder.toks[j]):
                return True
        seen = 0
        while j > 0 and seen < back:
            j -= 1
            t = finder.toks[j]
            if not t.is_word:
                continue
            seen += 1
            if test(t):
                return True
        return False

    @staticmethod
    def _recipient(finder: SpeakerFinder, facts: DocumentFacts, r: MentionRef) -> bool:
        """Does an outlet word stand right before the mention ("لوكالة «X»")? Once per mention start."""
        found = facts.recipients.get(r.start)
        if found is None:
            lex = finder.lex
            found = facts.recipients[r.start] = SpeakerRanker._preceded_by(
                finder, r, lambda t: lex.has("outlet", t, RECIPIENT_PREFIXES), RECIPIENT_LOOKBACK)
        return found

    @staticmethod
    def _given_to(finder: SpeakerFinder, r: MentionRef) -> bool:
        """"قال لرويترز"، "في تصريح لـ«الشرق الأوسط»": is the mention the object of "لـ" (joined to
        its first word or a word of its own before it), the one a statement was given to? Not
        after "وفقا"، "نقلا" ("وفقا لرويترز": the source)."""
        toks = finder.toks
        j = finder.token_holding(r.start)  # "لرويترز": the mention starts after its token's clitics
        if j >= len(toks):
            return False
        if toks[j].start < r.start:
            if match_key(finder.text[toks[j].start : r.start]) not in RECIPIENT_PREFIXES:
                return False
        else:
            j -= 1
            while j >= 0 and not toks[j].is_word and toks[j].end > r.start - 3:  # "لـ«"
                j -= 1
            if j < 0 or toks[j].key not in RECIPIENT_PREFIXES:
                return False
        k = j - 1
        while k >= 0 and not toks[k].is_word:
            k -= 1
        return k < 0 or not finder.lex.is_according(toks[k])

    @staticmethod
    def _closes_subject(finder: SpeakerFinder, win: StatementWindow, cand: QuoteCandidate, r: MentionRef) -> bool:
        """"وقال مساعد الوزير للشؤون الفنية المهندس فلان إن ...": the actor named last before the
        statement opens (nothing but punctuation or the complementiser between them), after the
        verb and no preposition's object, ends the subject phrase: the title chain is his."""
        if not (win.cue_end <= r.start and r.end <= cand.start) or win.in_pp(r):
            return False
        lex = finder.lex
        return all(not t.is_word or lex.is_comp(t)
                   for t in finder.toks[finder.tok_at(r.end) : finder.tok_at(cand.start)])

    @staticmethod
    def _participle_cue(finder: SpeakerFinder, cand: QuoteCandidate) -> bool:
        """Is the statement's cue a participle ("مؤكدا"، "داعية"، "مطالبين"), read off its token
        with the speech lexicon? Its subject is never after it."""
        if cand.cue is None or cand.cue_tok is None or cand.cue_tok >= len(finder.toks):
            return False
        cue = finder.lex.cue(finder.toks[cand.cue_tok])
        return cue is not None and cue.form == "participle"

    @staticmethod
    def _nearest(win: StatementWindow, rs: list[MentionRef]) -> MentionRef:
        """The mention nearest the cue, preferring one after it in its sentence (verb-first)."""
        after = [r for r in rs if r.start >= win.cue_end]
        if after:
            return after[0]
        return rs[-1]

    def _fill(self, f: list[float], finder: SpeakerFinder, cand: QuoteCandidate, win: StatementWindow,
              at: tuple[int, int, int, int], key: str, ref: SpeakerRef, rule_key: str | None, explicit: bool,
              inherited: bool, recent: list[str], participle: bool = False) -> None:
        """Set the features of one candidate in `f`; `at` is (token of the cue's end, token of
        the statement's position, its paragraph, where the statement's own words begin). After a
        participle cue (`participle`) no mention stands as a subject after the cue: what follows
        it is its object."""
        cue_tok, cue_i, para, said_from = at
        is_rule = key == rule_key
        if is_rule:
            f[_RULE] = 1.0
            f[_RULE_EXPLICIT] = float(explicit)
            f[_RULE_INHERITED] = float(inherited)
            f[_RULE_UNLINKED] = float(ref.entity is None)
        if rule_key is None:
            f[_RULE_NONE_ELSE] = 1.0
        if key in recent:
            rank = recent.index(key)
            f[_PREV1 if rank == 0 else _PREV2 if rank == 1 else _PREV_ANY] = 1.0
            if rank == 0:
                continuation = cand.cue is not None and not explicit
                f[_PREV1_CONTINUATION] = float(continuation)
                f[_PREV1_SUBJECT_CHANGED] = float(continuation and win.prev_first_actor is not None
                                                  and win.prev_first_actor != key)
                f[_PREV1_NO_CUE] = float(cand.cue is None)
                f[_PREV1_DISPLACED] = float(continuation and bool(win.subjects_since - {key}))
        entity = finder.entities.get(ref.entity) if ref.entity else None
        mentions = win.by_entity.get(key, [])
        toks_at = finder.tok_at
        after = [] if participle else [r for r in mentions if r.start >= win.cue_end and r.start >= win.sentence_start]
        before = [r for r in mentions if r.end <= cand.pos and r.start >= win.sentence_start]
        if after:
            f[_AFTER_CUE_SAME_SENTENCE] = 1.0
            f[_CLOSES_SUBJECT] = float(any(self._closes_subject(finder, win, cand, r) for r in after))
            f[_LOG_DIST_AFTER] = math.log1p(max(0, toks_at(after[0].start) - cue_tok))
            f[_FIRST_AFTER_CUE] = float(win.first_after_cue == key)
            # "وأضاف: «أتمنى أن يبقى رونالدو»": named after the verb only in the words said, which
            # are about him (a feature of its own: the features above were fitted with such
            # mentions counted, and unlabelled news has many more of them than the gold articles)
            f[_NAMED_IN_WORDS_SAID] = float(all(said_from <= r.start and r.end <= cand.end for r in after))
        if before:
            f[_BEFORE_CUE_SAME_SENTENCE] = 1.0
            f[_FIRST_ACTOR_IN_SENTENCE] = float(win.first_actor == key)
            if cue_i > 0 and finder.toks[cue_i - 1].key in RELATIVES:
                f[_AFTER_RELATIVE] = float(finder.tok_at(before[-1].end) >= cue_i - 3)
            f[_LOG_DIST_BEFORE] = math.log1p(max(0, cue_i - toks_at(before[-1].end)))
            f[_NEAREST_BEFORE_CUE] = float(win.nearest_before_cue == key)
        f[_FIRST_ACTOR_PREV_SENTENCE] = float(win.prev_first_actor == key)
        earlier = [r for r in mentions if r.end <= win.sentence_start]
        if earlier:
            gap = win.sent_index - finder.sent_of(earlier[-1].start)
            f[_PREVIOUS_SENTENCE if gap <= 1 else _EARLIER_SENTENCE] = 1.0
        nearest_any = (after or before or earlier or [None])[0]
        anchor = nearest_any.start if nearest_any is not None else ref.start
        f[_PARAGRAPH_GAP] = float(min(3, max(0, para - finder.paragraph_of(anchor))))
        etype = entity.type if entity is not None else None
        if etype == "PER":
            f[_PERSON] = 1.0
        elif etype == "ORG":
            f[_ORGANISATION] = 1.0
        if entity is not None:
            values, first_mention = win.facts.of_entity(entity)
            for i, value in zip(_ENTITY_FEATURES, values, strict=True):
                f[i] = value
            if first_mention is None:
                first_mention = ref.start
            f[_FIRST_MENTION_IN_DOC] = float(first_mention < cand.pos and not win.named_before(key, first_mention))
        else:
            f[_UNLINKED_SPAN] = 1.0
            # "واضاف لشبكات التلفزيون": a span of one word, or one opening with a preposition, is
            # more often a misread object than a name the entity layer missed
            f[_UNLINKED_ONE_WORD] = float(len(ref.text.split()) == 1)
            first = finder.toks[toks_at(ref.start)] if toks_at(ref.start) < len(finder.toks) else None
            f[_UNLINKED_PP_START] = float(first is not None and first.start == ref.start and any(
                pp_prefix(first.key[: len(first.key) - len(st)]) for _, st in first.splits if st != first.key))
        if key in win.subjects_since and (not recent or recent[0] != key):
            f[_SUBJECT_SINCE_PREV] = 1.0
        if mentions:
            here = [r for r in mentions if r.start >= win.sentence_start]  # in the statement's sentence
            f[_OUTLET_RECIPIENT] = float(any(self._recipient(finder, win.facts, r) for r in here))
            f[_GIVEN_TO] = float(bool(here) and all(self._given_to(finder, r) for r in here))
            if win.honorific_holders:
                holders = win.honorific_holders
                f[_HONORIFIC_MATCH] = float(any(self._preceded_by(
                    finder, r, lambda t: bool(holders & _stems(t)), 3) for r in mentions))
            f[_ALL_IN_PP] = float(all(win.in_pp(r) for r in mentions))
            f[_INSIDE_QUOTE] = float(all(cand.start <= r.start and r.end <= cand.end for r in mentions)
                                     and cand.end > cand.start)
        gender = getattr(cand, "gender", None)
        if gender == "f":
            f[_FEM_CUE_PERSON if etype == "PER" else _FEM_CUE_ORG] = 1.0
        elif gender == "m" and etype == "ORG":
            f[_MASC_CUE_ORG] = 1.0
        elif gender is None and cand.cue is not None:
            f[_PLURAL_CUE] = 1.0
