"""The sources layer: finds the agencies and outlets a document cites and links each to its entity.

`SourceLayer` matches the KB's agencies and outlets by alias and keeps a name only where a citing
construction governs it (`citing.py`), then adds what the other readers find: agencies called by a
common word as a tag or in marks (`tags.py`), papers called by a common word (`nicknames.py`),
outlets the KB does not list (`outlets.py`), later references back, acronyms, coordinated names
and pairs. Last it links every source to an entity (`linking.py`), leaving out a body's own
magazine (`publications.py`) and an outlet word described but never named.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache, partial

from marsad.arabic.normalize import match_key
from marsad.arabic.phrases import PhraseTable
from marsad.arabic.tokens import Token
from marsad.document import Document, SourceRef
from marsad.layers.entities.dotted_names import LETTER_NAMES, dotted_on
from marsad.layers.quotes.speech_lexicon import SpeechLexicon, load_speech_lexicon
from marsad.layers.sources.back_reference import back_references
from marsad.layers.sources.citing import cited, reports_or_obtains
from marsad.layers.sources.complements import plain_noun
from marsad.layers.sources.coordinated import coordinated_outlets, first_of_pair
from marsad.layers.sources.credits import person_name_keys
from marsad.layers.sources.known_entities import (
    known_body,
    names_a_person,
    names_a_person_or_place,
    person_or_place,
    person_spans,
    shortens_a_body,
)
from marsad.layers.sources.latin import agency_aliases, inside_latin_name, shouted, unlisted_acronyms
from marsad.layers.sources.linking import link_source
from marsad.layers.sources.namesakes import namesake_by_country, namesake_groups
from marsad.layers.sources.nicknames import (
    credit_lines,
    nicknames_cited,
    nicknames_learned,
    nicknames_made,
    nicknames_said_to,
)
from marsad.layers.sources.outlets import OutletFinder
from marsad.layers.sources.publications import own_publication
from marsad.layers.sources.quoted_names import headed_alias, headed_by, quoted_nicknames
from marsad.layers.sources.readings import ARTICLE_PREFIXES, SWALLOWED_ARTICLE, agency_readings
from marsad.layers.sources.recipients import said_here
from marsad.layers.sources.tags import datelines, quoted_agency_nicknames
from marsad.layers.sources.words import (
    NEWS_WORDS,
    QUOTES,
    describes_only,
    is_nisba,
    names_no_entity,
    outlet_head,
)

ABBREVIATION_DOTS = frozenset({"."})  # "أ. ف. ب" is "أ ف ب" written with dots
LONGER_NAME_WORDS = 2    # words after a KB name inside the marks of a longer outlet name
# "موقع الجزيرة أونلاين": a suffix that makes a paper's name another site's ("فارس نيوز" is the agency itself)
ONLINE_SUFFIXES = frozenset(map(match_key, ("أونلاين", "اونلاين")))
PARENT_WORDS = frozenset({match_key("تومسون")})  # a word before a wire's name that names its parent company


def _start(tok: Token) -> int:
    return tok.start


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
        self._alias_key = alias_key
        self._demonym = kb.demonym
        # outlets that share a name ("ديلي ستار" of London and of Beirut), told apart by a demonym
        self.namesakes = namesake_groups(self.actors, alias_key)
        # every Arabic alias of the agencies and outlets, by its match key
        self.aliases: PhraseTable[object] = PhraseTable(
            agency_aliases(self.actors, alias_key), agency_readings, may_start=_is_word_or_number, skip=ABBREVIATION_DOTS)
        # an agency's name that is also a common word ("العمانية", "بنا") is a tag only in a dateline
        self.dateline_aliases: PhraseTable[object] = PhraseTable(
            ((" ".join(alias_key(alias).split()), actor) for actor in self.actors if actor.kind == "agency"
             for alias in actor.context_ar),
            agency_readings, may_start=_is_word_or_number)
        # the common word a paper or an agency is called by ("الشرق الأوسط", "الجزيرة"), every kind
        self.nicknames: PhraseTable[object] = PhraseTable(
            ((" ".join(alias_key(alias).split()), actor) for actor in self.actors for alias in actor.context_ar),
            agency_readings, may_start=_is_word_or_number)
        self.outlets = OutletFinder(self.lex, self._known)
        if not self.actors:
            self.warning = "sources: the actor KB has no agencies or outlets; only unlisted outlets are found"
        else:
            self.warning = ""

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
            if dotted_on(toks, j):
                after = j
                continue  # "إذاعة آر.تي.إي.": the KB's "آر.تي" opens a longer dotted acronym, another outlet
            if _opens_longer_quoted_name(toks, i, j):
                after = j
                continue  # "صحيفة “ذا تايمز أوف إنديا”": the outlet word's whole quoted name, read by `outlets.py`
            if _number_opens_longer_name(toks, j) or (j < len(toks) and toks[j].key in ONLINE_SUFFIXES):
                after = j
                # "موقع 24 ساتا التركي", "موقع الجزيرة أونلاين": the KB name opens another outlet's, read by `outlets.py`
                continue
            start = m.start
            if i > 0 and toks[i - 1].key in PARENT_WORDS:
                i, start = i - 1, toks[i - 1].start  # "«تومسون رويترز»": the wire's parent company, the wire's data
            if shouted(toks, i, j) and not inside_latin_name(toks, i, j) and self._cited(doc, toks, i, j, body_tok):
                found.append((start, m.end, m.values[0]))
                taken.update(range(i, j))
            after = j
        found += quoted_agency_nicknames(doc, toks, taken, self.dateline_aliases, self.lex, self._prefix)
        found += nicknames_said_to(toks, taken, self.nicknames, self.lex)
        found += quoted_nicknames(toks, taken, self.nicknames, self.aliases, lambda t: plain_noun(t, self.lex),
                                  lambda i, j: not shortens_a_body(doc, toks[i].start, toks[j - 1].end)
                                  and self._cited(doc, toks, i, j, body_tok, tags=False),
                                  lambda i: said_here(self.lex, toks, i))
        found += nicknames_made(toks, taken, self.nicknames)
        found += nicknames_learned(toks, taken, self.nicknames, self.lex)
        found += nicknames_cited(doc, toks, taken, self.nicknames, self.lex)
        found += credit_lines(doc.text, toks, taken, self.nicknames)
        found += self.outlets.find(text, toks, taken, lambda i: self._cited(doc, toks, i, i + 1, len(toks)),
                                   lambda start, end: person_or_place(doc, start, end),
                                   lambda start, end: known_body(doc, start, end),
                                   cache(lambda: person_name_keys(toks, person_spans(doc), self.lex)),
                                   lambda start, end: names_a_person(doc, start, end))
        found += datelines(doc.text, toks, taken, self.outlets.dashes, self.dateline_aliases)
        found += back_references(toks, taken | _tokens_of(toks, found), [(s, e) for s, e, _ in found], self.lex,
                                 lambda p: self.outlets.name_at(toks, p, lambda start, end: person_or_place(doc, start, end)))
        found += unlisted_acronyms(toks, taken, self.lex, lambda start, end: person_or_place(doc, start, end))
        paired = taken | _tokens_of(toks, found)
        whole_person_or_place = partial(names_a_person_or_place, doc)
        found += coordinated_outlets(toks, found, paired, self._listed, whole_person_or_place,
                                     lambda keys: headed_alias(self.aliases, keys),
                                     lambda head, keys: headed_by(self.aliases, head, keys),
                                     lambda keys: next(iter(self.nicknames.get(" ".join(keys)) or ()), None))
        found += first_of_pair(toks, found, paired, partial(reports_or_obtains, self.lex), whole_person_or_place)
        for start, end, actor in sorted(found, key=lambda x: x[0]):
            # the token the span starts in ("للصحيفة الأمريكية": the span opens after "لل")
            first, after_end = max(0, bisect_right(toks, start, key=_start) - 1), bisect_left(toks, end, key=_start)
            name = [t for t in toks[first:after_end] if t.end <= end]
            if actor is None:  # "لـ«الوئام»" read by construction: the KB outlet of that name, if any
                actor = self._known([t.key for t in name if t.is_word])
            if actor is None and own_publication(toks, first, name, self.lex):
                continue  # "أصدر مجلس الضمان الصحي .. مجلة «التأمين الصحي ..»": the body's own magazine
            if actor is not None:
                actor = namesake_by_country(text, end, actor, self.namesakes, self._demonym, self._alias_key)
            unnamed = actor is None and names_no_entity(name)
            if actor is None and not unnamed and describes_only(name, toks[after_end] if after_end < len(toks) else None):
                continue  # "وأشارت الصحيفة الإسبانية": no name
            entity = None if unnamed else link_source(doc, start, end, actor, self.namesakes)
            doc.sources.append(SourceRef(entity, start, end, text[start:end]))
        return doc

    def _cited(self, doc: Document, toks: list[Token], i: int, j: int, body_tok: int, tags: bool = True) -> bool:
        """A citing construction governs the KB name at tokens i..j (`citing.py`)."""
        return cited(doc, toks, i, j, body_tok, self.lex, self._prefix(toks[i]), tags)

    def _listed(self, keys: list[str]):
        """The KB agency or outlet whose Arabic name the match keys spell, with or without the
        article, or an agency's name that is a word in context; not an outlet's common-word name
        ("الجزيرة" without its outlet word)."""
        for variant in (keys, ["ال" + keys[0], *keys[1:]], [keys[0].removeprefix("ال"), *keys[1:]]):
            actors = self.aliases.get(" ".join(variant))
            if actors:
                return actors[0]
        # "الأناضول ودوغان": joined to a cited agency, "ووفقا لـ«الألمانية»": found by construction,
        # the name an agency is called by in context is a name too
        actors = self.dateline_aliases.get(" ".join(keys))
        return actors[0] if actors else None

    def _known(self, keys: list[str]):
        """The KB outlet a name found by its outlet word turns out to be ("ميرور" = "الميرور"),
        by the match keys of its words."""
        if not keys:
            return None
        actor = self._listed(keys)
        # "قناة «العربية»": a common word the KB lists only with its outlet word ("قناة العربية")
        return actor if actor is not None else headed_alias(self.aliases, keys)

    def _prefix(self, tok: Token) -> str:
        """The proclitics the matched reading of an agency token strips ("لرويترز" -> "ل")."""
        key = tok.key
        for _, stem in tok.splits:
            prefix = key[: len(key) - len(stem)]
            if self.aliases.begins(stem):
                return ARTICLE_PREFIXES.get(prefix, prefix) if stem in LETTER_NAMES else prefix
            if prefix in SWALLOWED_ARTICLE and self.aliases.begins("ال" + stem):
                return SWALLOWED_ARTICLE[prefix]
        return ""


def _opens_longer_quoted_name(toks: list[Token], i: int, j: int) -> bool:
    """The KB name at tokens i..j opens a longer name in quotation marks after an outlet word ("صحيفة
    “ذا تايمز أوف إنديا”", "محطة “سي إن إن تورك”"): another outlet, the marks closing a word or two
    later with no conjunction between."""
    if i < 2 or toks[i - 1].text not in QUOTES or outlet_head(toks[i - 2]) is None:
        return False
    for k in range(j, min(j + LONGER_NAME_WORDS + 1, len(toks))):
        t = toks[k]
        if t.text in QUOTES:
            return k > j
        if not t.is_word or t.key.startswith(("و", "لل")) or t.key in NEWS_WORDS or is_nisba(t, definite=True):
            return False  # "“رويترز للأنباء”", "“نيويورك تايمز الأمريكية”": the KB outlet and its description
    return False


def _number_opens_longer_name(toks: list[Token], j: int) -> bool:
    """A KB name ending in a number ("موقع 24") followed by one more bare word and the adjective
    that ends an outlet's name ("موقع 24 ساتا التركي"): the number opens another outlet's name."""
    return (j + 1 < len(toks) and toks[j - 1].text.isdigit() and toks[j].is_word and not toks[j].key.startswith("ال")
            and not toks[j].text.isdigit() and is_nisba(toks[j + 1], definite=True))


def _tokens_of(toks: list[Token], found: list[tuple[int, int, object | None]]) -> set[int]:
    """The indices of the tokens the spans found so far cover, with the outlet word before each."""
    out: set[int] = set()
    for start, end, _ in found:
        first, after = bisect_left(toks, start, key=_start), bisect_left(toks, end, key=_start)
        out.update(range(max(0, first - 1), after))
    return out
