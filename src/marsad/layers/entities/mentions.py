"""Name mentions for the entity layer: KB gazetteer matches, NER spans, and patterns, merged.

KB matches win boundaries for known actors; NER wins where it finds a longer unknown name
around a KB fragment ("بشار الجعفري" is not "بشار" = Bashar al-Assad). `MentionFinder` is
made of parts, each in its module: the NER spans read and trimmed (`ner_spans.py`), the NER
names extended to what the tagger left out (`name_extension.py`), the patterns for what both
miss (`name_patterns.py`: institutions, places; `given_persons.py`: known given name +
surname), the tests of
single words they share (`name_words.py`), the tests of one candidate (`mention_checks.py`) and
the places named like papers (`outlet_places.py`). The merge of KB and NER candidates is here.

The finder knows verbs (a verb tagged as a one-word name is no name) from
`marsad.lexicons.verbs`, which reads the shared verb lexicons through the lexicon loader: the
entity layer imports no other layer nor reads their files itself.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.kb import Actor, KnowledgeBase, alias_key
from marsad.layers.entities.adjective_clubs import AdjectiveClubs
from marsad.layers.entities.adjective_persons import drop_adjective_persons
from marsad.layers.entities.ali_persons import add_ali_persons, join_across_ali
from marsad.layers.entities.bare_titled_names import add_bare_titled_names
from marsad.layers.entities.body_adjectives import attach_body_adjectives, attach_dual_adjectives
from marsad.layers.entities.body_persons import split_body_persons
from marsad.layers.entities.body_places import add_body_places
from marsad.layers.entities.body_tails import cut_body_tails
from marsad.layers.entities.byline_persons import BylinePersons
from marsad.layers.entities.called_persons import CalledPersons
from marsad.layers.entities.clitic_repeats import strip_repeated_clitics
from marsad.layers.entities.clitic_words import drop_clitic_words, restore_whole_words, strip_fa
from marsad.layers.entities.coalitions import Coalitions
from marsad.layers.entities.company_forms import add_company_forms
from marsad.layers.entities.compound_given_names import repair_compound_given_names
from marsad.layers.entities.confirmed_surnames import complete_confirmed_surnames
from marsad.layers.entities.conjoined_tails import cut_conjoined_tails
from marsad.layers.entities.construct_chains import ConstructChains
from marsad.layers.entities.country_placed import CountryPlaced
from marsad.layers.entities.cued_names import drop_uncued_names
from marsad.layers.entities.dateline_outlets import DatelineOutlets
from marsad.layers.entities.demonym_persons import DemonymPersons
from marsad.layers.entities.directional_places import extend_directional_places
from marsad.layers.entities.disease_names import drop_disease_names
from marsad.layers.entities.district_names import add_district_names
from marsad.layers.entities.dotted_names import LETTER_NAMES, join_dotted_names
from marsad.layers.entities.dual_heads import DualHeads
from marsad.layers.entities.foreign_bodies import ForeignBodies
from marsad.layers.entities.foreign_persons import ForeignPersons
from marsad.layers.entities.generic_heads import GenericHeads
from marsad.layers.entities.given_persons import GivenNamePersons
from marsad.layers.entities.governed_places import add_governed_places
from marsad.layers.entities.governed_regions import add_governed_regions
from marsad.layers.entities.head_cuts import restore_place_words
from marsad.layers.entities.headed_places import bare_head, retype_headed_places
from marsad.layers.entities.home_bodies import unlink_home_bodies
from marsad.layers.entities.homographs import Homographs
from marsad.layers.entities.honorific_word_persons import add_honorific_word_persons
from marsad.layers.entities.joined_persons import JoinedPersons
from marsad.layers.entities.left_heads import extend_left_head
from marsad.layers.entities.lineage_starts import extend_lineage_starts
from marsad.layers.entities.lineage_tails import drop_lineage_tails
from marsad.layers.entities.linking import FuzzyLinker, GazetteerMatcher
from marsad.layers.entities.listed_clitic_names import restore_listed_names
from marsad.layers.entities.listed_persons import add_listed_persons, extend_given_starts
from marsad.layers.entities.located_bodies import add_located_bodies
from marsad.layers.entities.located_places import LocatedPlaces
from marsad.layers.entities.mention_checks import (
    cut_prayer,
    names_god,
    pilgrims,
    portfolio,
    prayer_time,
    tail_name,
    unit_of_an_amount,
)
from marsad.layers.entities.military_units import add_military_units
from marsad.layers.entities.misc_persons import retype_misc_persons
from marsad.layers.entities.name_candidate import NameCandidate, claimed, move_end, span_candidate
from marsad.layers.entities.name_extension import (
    KUNYA_WORDS,
    extend_adjectives,
    extend_after_honorific,
    extend_conjunct,
    extend_family_name,
    extend_lineage,
    extend_purpose,
)
from marsad.layers.entities.name_idioms import drop_name_idioms
from marsad.layers.entities.name_patterns import NamePatterns
from marsad.layers.entities.name_tails import cut_name_tails
from marsad.layers.entities.name_words import ROMANIZED_NAMES, NameWords
from marsad.layers.entities.named_bodies import NamedBodies
from marsad.layers.entities.namesakes import given_name_fits, retype_word_named_bodies, unlink_namesakes
from marsad.layers.entities.nationality_words import cut_nationality_words, drop_peoples
from marsad.layers.entities.ner_spans import NerSpans, load_ner_tagger
from marsad.layers.entities.noun_led_persons import NounLedPersons
from marsad.layers.entities.outlet_places import retype_outlet_places
from marsad.layers.entities.participle_places import drop_participle_places
from marsad.layers.entities.particle_persons import drop_particle_persons
from marsad.layers.entities.person_named import PersonNamedBodies
from marsad.layers.entities.person_tails import cut_person_tails
from marsad.layers.entities.place_companies import add_place_companies
from marsad.layers.entities.place_lists import PlaceLists
from marsad.layers.entities.president_names import PresidentNames
from marsad.layers.entities.product_names import drop_products
from marsad.layers.entities.purpose_conjuncts import extend_purpose_conjuncts
from marsad.layers.entities.quoted_bodies import QuotedBodies
from marsad.layers.entities.quoted_company_lists import add_quoted_company_lists
from marsad.layers.entities.quoted_names import QuotedNames
from marsad.layers.entities.quoted_phrases import drop_quoted_phrases, retype_residents_places
from marsad.layers.entities.race_animals import drop_race_animals
from marsad.layers.entities.region_governorates import add_region_governorates
from marsad.layers.entities.religious_titles import cut_religious_titles
from marsad.layers.entities.repeated_names import add_repeats
from marsad.layers.entities.roads import add_roads
from marsad.layers.entities.role_named_players import add_role_named_players
from marsad.layers.entities.sermon_phrases import drop_sermon_phrases
from marsad.layers.entities.served_adjectives import extend_served_adjectives
from marsad.layers.entities.service_bodies import ServiceBodies
from marsad.layers.entities.share_companies import add_share_companies
from marsad.layers.entities.shared_family import add_shared_family
from marsad.layers.entities.small_places import SmallPlaces
from marsad.layers.entities.speaker_names import SpeakerNames
from marsad.layers.entities.split_persons import join_split_persons
from marsad.layers.entities.sport_fields import extend_sport_fields
from marsad.layers.entities.sports_clubs import SportsClubs
from marsad.layers.entities.state_places import extend_state_places
from marsad.layers.entities.subordinate_places import add_subordinate_places
from marsad.layers.entities.surname_repeats import add_surname_repeats
from marsad.layers.entities.task_bodies import TaskBodies
from marsad.layers.entities.title_persons import drop_title_persons
from marsad.layers.entities.titled_persons import TitledPersons
from marsad.layers.entities.verb_persons import drop_verb_persons
from marsad.layers.entities.whole_word_names import restore_clitic_names
from marsad.layers.entities.word_cities import add_word_cities
from marsad.layers.entities.word_given_persons import drop_word_given_persons
from marsad.layers.entities.word_lists import (
    ADMIN_HEADS,
    COUNTRY_CONSTRUCT,
    NAME_HEADS,
    PATRONYMIC,
    PEOPLE_NOUNS,
    PREPOSITIONS,
)
from marsad.layers.entities.work_titles import drop_work_titles
from marsad.lexicons.loader import keyed
from marsad.lexicons.verbs import verb_keys

# kinds of bodies the press names with the article their name lacks ("الأوبك", "الميلان")
_ARTICLE_BODIES = frozenset({"igo", "sports_club"})
def _name_words(actor: Actor) -> set[str]:
    """The words of all the Arabic names of a KB person (alias keys): a word a longer name adds
    outside them belongs to someone else's name."""
    return {w for name in actor.all_ar() for w in alias_key(name).split()}


# "العربي" between a body's name and its country's adjective ("الهلال الأحمر العربي السوري")
_ARAB_ADJECTIVES = frozenset(match_key(w) for w in ("العربي", "العربية"))


def _clitic(tok: Token, start: int) -> str:
    """The clitic letters of `tok` before offset `start` (match key)."""
    return match_key(tok.text[: start - tok.start])


def _after_article(tok: Token, start: int, assimilated: bool = False) -> bool:
    """Does the reading of `tok` that starts at `start` leave out an article ("ال", "وال"; with
    `assimilated`, the "لل" of ل + "ال" too: "للجنين")?"""
    return tok.text[: start - tok.start].endswith(("ال", "لل") if assimilated else "ال")


# the adjectives of the football nations of the United Kingdom, which play as countries but are no
# country of the KB (its demonyms are the United Kingdom's: "البريطاني")
_FOOTBALL_NATIONS = frozenset(alias_key(w) for w in (
    "الإنجليزي", "الإنكليزي", "الاسكتلندي", "الإسكتلندي", "الويلزي"))

# و/ف before an alef with hamza: the hamza shows a word begins after the conjunction
_CONJ_HAMZA = frozenset({"وأ", "وإ", "فأ", "فإ"})

class MentionFinder:
    """`find(doc)` -> name candidates, linked to KB actors where an alias matches."""

    def __init__(self, kb: KnowledgeBase, matcher: GazetteerMatcher, use_ner: bool = True,
                 ner_network: bool = False) -> None:
        self.kb = kb
        self.matcher = matcher
        self.fuzzy = FuzzyLinker(kb)
        self.ner = load_ner_tagger(ner_network) if use_ner else None
        self.words = NameWords(kb)
        # the shared lexicons' verbs, widened by hand-written forms the tagger takes for names
        self.verbs = verb_keys() | keyed("entity_verbs.tsv", None, match_key)
        self.ner_spans = NerSpans(kb, self.words, self.ner, self.verbs)
        self.patterns = NamePatterns(kb, self.words)
        self.noun_led = NounLedPersons(kb, self.words, self.verbs)
        self.given_persons = GivenNamePersons(self.words)
        self.foreign_persons = ForeignPersons(kb, self.words, self.verbs)
        self.quoted_names = QuotedNames(kb, self.verbs, self._link)
        self.person_named = PersonNamedBodies(self.words)
        self.called_persons = CalledPersons(self.words)
        self.titled_persons = TitledPersons(kb, self.words, self.verbs)
        self.foreign_bodies = ForeignBodies(kb, self.words)
        self.place_lists = PlaceLists(kb, self.words, self.verbs)
        self.sports_clubs = SportsClubs(kb, self.words.common)
        self.adjective_clubs = AdjectiveClubs(self.words)
        self.demonym_persons = DemonymPersons(self.words)
        self.outlet_names = frozenset(alias_key(n) for a in kb.agencies() for n in a.context_ar)
        self.homographs = Homographs(kb)
        self.coalitions = Coalitions(kb)
        self.construct_chains = ConstructChains(kb, self.words, self.verbs)
        self.small_places = SmallPlaces(kb, self.words, self.verbs)
        self.named_bodies = NamedBodies(kb, self.words, self.verbs)
        self.task_bodies = TaskBodies(kb)
        self.service_bodies = ServiceBodies(kb)
        self.country_placed = CountryPlaced(kb)
        self.located_places = LocatedPlaces(kb, self.words, self.verbs)
        self.dual_heads = DualHeads(self.words, self.verbs, self._link)
        self.speaker_names = SpeakerNames(kb, self.words)
        self.generic_heads = GenericHeads(self.words)
        self.joined_persons = JoinedPersons(kb, self.words)
        self.byline_persons = BylinePersons(self.words)
        self.dateline_outlets = DatelineOutlets(kb)
        self.quoted_bodies = QuotedBodies(kb)
        self.president_names = PresidentNames(kb, self.words)

    def find(self, doc: Document) -> list[NameCandidate]:
        tokens = doc.tokens
        cands = self._merge(self._kb_cands(tokens, doc.text), self.ner_spans.candidates(doc, tokens), tokens, doc.text)
        cands = [c for c in cands if not self._body_read_off_name(c, tokens, doc.text)]
        covered = claimed(cands)
        for c in cands:
            if c.source == "ner" and c.actor is None:
                extend_conjunct(c, tokens, doc.text)
                extend_lineage(c, tokens, doc.text, self.words.name_like, self.words.word_family)
                extend_purpose(c, tokens, doc.text)
                extend_family_name(c, tokens, doc.text, self.words.given_names, self.words.name_like, covered,
                                   self.words.word_family)
                extend_after_honorific(c, tokens, doc.text, self.words.given_names, self.words.name_like, covered)
                extend_adjectives(c, tokens, doc.text, covered, self.kb.demonym)
                extend_left_head(c, tokens, doc.text, covered)
        extend_given_starts(cands, tokens, doc.text, self.words.given_names, self.verbs)
        unlink_namesakes(cands, tokens, doc.text, self.words)
        cands = self.patterns.add_by_pattern(cands, tokens, doc.text)
        cands = self.quoted_names.add(cands, tokens, doc.text)
        cands = self.place_lists.add(cands, tokens, doc.text)
        cands = self.given_persons.add(cands, tokens, doc.text)
        cands = add_honorific_word_persons(cands, tokens, doc.text, self.words, self.verbs)
        cands = add_ali_persons(cands, tokens, doc.text, self.words, self.kb)
        cands = join_across_ali(cands, tokens, doc.text, self.words)
        cands = self.dual_heads.add(cands, tokens, doc.text)
        cands = self.foreign_persons.add(cands, tokens, doc.text)
        cands = self.called_persons.add(cands, tokens, doc.text)
        cands = self.titled_persons.add(cands, tokens, doc.text)
        cands = add_listed_persons(cands, tokens, doc.text, self.words.given_names, self.words.common, self.verbs)
        cands = add_bare_titled_names(cands, tokens, doc.text, self.words)
        cands = add_role_named_players(cands, tokens, doc.text, self.words, self.kb, self.verbs)
        cands = extend_lineage_starts(cands, tokens, doc.text, self.words)
        cands = self.foreign_bodies.add(cands, tokens, doc.text)
        cands = self.person_named.add(cands, tokens, doc.text)
        cands = retype_word_named_bodies(cands, tokens, doc.text)
        cands = self.sports_clubs.add(cands, tokens, doc.text)
        cands = self.adjective_clubs.add(cands, tokens, doc.text)
        cands = self.demonym_persons.add(cands, tokens, doc.text)
        cands = self.coalitions.add(cands, tokens, doc.text)
        cands = add_company_forms(cands, tokens, doc.text, self.words)
        cands = add_place_companies(cands, tokens, doc.text)
        cands = self.construct_chains.add(cands, tokens, doc.text)
        cands = add_roads(cands, tokens, doc.text, self.words)
        cands = restore_place_words(cands, tokens, doc.text)
        cands = add_governed_places(cands, tokens, doc.text, self.words)
        cands = self.small_places.add(cands, tokens, doc.text)
        cands = self.named_bodies.add(cands, tokens, doc.text)
        cands = self.task_bodies.add(cands, tokens, doc.text)
        cands = add_military_units(cands, tokens, doc.text)
        cands = add_region_governorates(cands, tokens, doc.text)
        cands = self.president_names.add(cands, tokens, doc.text)
        cands = self.service_bodies.add(cands, tokens, doc.text)
        cands = self.country_placed.add(cands, tokens, doc.text)
        cands = self.located_places.add(cands, tokens, doc.text)
        cands = add_located_bodies(cands, tokens, doc.text, self.kb)
        retype_outlet_places(cands, doc.text, self.outlet_names)
        extend_purpose_conjuncts(cands, tokens, doc.text, self.words, self.verbs)
        cands = attach_body_adjectives(cands, tokens, doc.text, self.kb)
        cands = extend_served_adjectives(cands, tokens, doc.text, self.kb.demonym)
        extend_sport_fields(cands, tokens, doc.text, self.kb)
        attach_dual_adjectives(cands, tokens, doc.text)
        text = doc.text
        for c in cands:
            if c.source == "ner":
                cut_prayer(c, tokens, text)
        cands = split_body_persons(cands, tokens, text, self.words)
        retype_headed_places(cands, tokens, text, self.words)
        cands = drop_lineage_tails(cands, tokens, text)
        cands = join_split_persons(cands, tokens, text, self.words)
        cands = cut_name_tails(cands, tokens, text)
        cands = cut_person_tails(cands, tokens, text, self.words, self.verbs)
        cands = cut_body_tails(cands, tokens, text)
        cands = self.generic_heads.repair(cands, tokens, text)
        cands = self.joined_persons.repair(cands, tokens, text)
        cands = drop_race_animals(cands, tokens, text, self.words)
        cands = self.byline_persons.add(cands, tokens, text)
        cands = self.dateline_outlets.add(cands, tokens, text)
        cands = self.quoted_bodies.add(cands, tokens, text)
        cands = drop_products(cands, tokens, text)
        cands = drop_work_titles(cands, tokens, text)
        cands = drop_uncued_names(cands, tokens, text)
        cands = drop_adjective_persons(cands, tokens, text, self.words)
        cands = drop_word_given_persons(cands, tokens, self.words, self.verbs)
        cands = drop_sermon_phrases(cands, tokens, self.words)
        cands = drop_clitic_words(cands, tokens, text, self.words)
        cands = drop_verb_persons(cands, tokens, text, self.words)
        cands = drop_particle_persons(cands, tokens, text, self.words)
        cands = drop_title_persons(cands, tokens)
        cands = drop_disease_names(cands, tokens, text)
        cands = drop_quoted_phrases(cands, tokens, text, self.words, self.verbs)
        retype_residents_places(cands, tokens, text)
        cands = restore_clitic_names(cands, tokens, text, self.words)
        cands = restore_whole_words(cands, tokens, text, self.words, self.verbs)
        cands = restore_listed_names(cands, tokens, text)
        strip_fa(cands, text, self.words)
        cands = join_dotted_names(cands, tokens, text, self.kb)
        cands = repair_compound_given_names(cands, tokens, text, self.words, self.verbs)
        retype_misc_persons(cands, tokens, self.words)
        cut_religious_titles(cands, tokens, text)
        cands = add_shared_family(cands, tokens, text, self.words)
        cands = cut_nationality_words(cands, tokens, text, self.kb)
        cands = cut_conjoined_tails(cands, tokens, text, self.words)
        cands = complete_confirmed_surnames(cands, tokens, text, self.words, self.verbs)
        cands = add_repeats(cands, tokens, self.words)  # before the tests below, which the repeats pass too
        cands = add_surname_repeats(cands, tokens, self.words)
        extend_directional_places(cands, tokens, text)
        cands = add_governed_regions(cands, tokens, text, self.kb)
        cands = add_district_names(cands, tokens, text, self.kb)
        cands = add_subordinate_places(cands, tokens, text, self.kb, self.words, self.verbs)
        cands = add_body_places(cands, tokens, text, self.kb, self.words)
        extend_state_places(cands, tokens, text)
        cands = add_word_cities(cands, tokens, text, self.kb)
        cands = add_share_companies(cands, tokens, text, self.kb, self.words, self.verbs)
        cands = add_quoted_company_lists(cands, tokens, text, self.kb, self.words, self.verbs)
        strip_repeated_clitics(cands, tokens, text)
        cands = [c for c in cands if not (c.source != "kb" and names_god(c.key, text[c.start : c.end]))
                and not portfolio(c, tokens)
                and not self._head_word_alone(c) and not self._indefinite_nationality(c, tokens)
                and not self._people_of_a_country(c, tokens) and not self._adjective_homograph(c, tokens)
                and not self._country_adjective(c, tokens) and not self._article_on_a_place(c)
                and not unit_of_an_amount(c, tokens) and not self._noun_then_verb(c, tokens)
                and not pilgrims(c, tokens) and not self.noun_led.drop(c, text)
                and not (c.type == "LOC" and prayer_time(c, tokens)) and not bare_head(c, tokens)]
        cands = drop_name_idioms(cands, tokens, text)
        cands = drop_participle_places(cands, tokens, text, self.kb, self.words.common)
        cands = drop_peoples(cands, tokens)
        cands = self.speaker_names.repair(cands, tokens, doc.text)
        unlink_home_bodies(cands, tokens, doc.text, self.kb)
        self.homographs.resolve(doc, cands)
        return cands

    def _noun_then_verb(self, c: NameCandidate, tokens: list[Token]) -> bool:
        """"أول عقار توافق عليه": an ordinary noun and the verb of its relative clause, two words the
        tagger (or a given name the noun also is: "عقار") took for a person; a family name is no verb."""
        return c.type == "PER" and c.actor is None and c.tok_end - c.tok_start == 2 \
            and tokens[c.tok_start].key in self.words.common \
            and tokens[c.tok_start + 1].key in self.verbs and tokens[c.tok_start + 1].key not in self.words.given_names

    @staticmethod
    def _head_word_alone(c: NameCandidate) -> bool:
        """"مليشيا", "محافظة" alone: the word that heads a body's or a place's name in construct,
        with no name after it, names nothing (NER tags it at the edge of a name it cut off); with
        the article it may be a name of its own ("القاعدة", "الجزيرة")."""
        return c.actor is None and c.tok_end - c.tok_start == 1 and c.key in NAME_HEADS

    def _indefinite_nationality(self, c: NameCandidate, tokens: list[Token]) -> bool:
        """"سعودي ثلاثيني", "ناشطون سوريون", "ريال سعودي": an indefinite country adjective describes a
        person or a thing (a currency); a name takes the definite adjective ("الهلال السعودي")."""
        if c.actor is not None or c.type not in ("PER", "ORG"):
            return False
        given = self.words.given_names
        # a father's name after "بن" is a name ("فيصل بن تركي")
        return any(self._nisba(tokens[k].key) and tokens[k].key not in given
                   and not (k > c.tok_start and tokens[k - 1].key in PATRONYMIC)
                   and self.kb.demonym("ال" + tokens[k].key) is not None for k in range(c.tok_start, c.tok_end))

    @staticmethod
    def _nisba(key: str) -> bool:
        """An indefinite relational adjective ("سعودي", "سوريون"; not "روس", a plural noun)."""
        return not key.startswith("ال") and key.endswith(("ي", "يه", "يون", "يين"))

    def _adjective_homograph(self, c: NameCandidate, tokens: list[Token]) -> bool:
        """"مستشار مالي", "دعم مالي": a one-word place NER found that is also the masculine relational
        adjective of an ordinary word ("مالي" Mali / financial, of "مال"), right after an indefinite masculine noun that takes no
        country in construct, is the noun's adjective (after "أزمة" it cannot agree: "أزمة مالي"); and a
        place NER begins with such a definite adjective ("المالي") is none."""
        if c.type != "LOC" or c.source != "ner" or c.actor is not None:
            return False
        head = tokens[c.tok_start]
        first = c.key.split(" ", 1)[0]  # match keys fold "أل" into "ال" ("ألماتي"): the text must have it
        if head.text[c.start - head.start :].startswith("ال") and first.startswith("ال") and first.endswith("ي") \
                and first[2:-1] in self.words.common:
            return True  # "المالي ليعكس": a definite adjective of an ordinary word begins no place's name
        if c.tok_end - c.tok_start != 1 or c.tok_start == 0:
            return False
        tok, prev = tokens[c.tok_start], tokens[c.tok_start - 1]
        if c.start != tok.start or not tok.key.endswith("ي") or tok.key.startswith("ال") \
                or not prev.is_word or tok.start - prev.end > 1:
            return False
        if tok.key[:-1] not in self.words.common:
            return False  # "كوباني", "دلهي": no ordinary word's adjective
        key = prev.key
        return not key.startswith(("ال", "وال")) and not key.endswith(("ة", "ه")) and key not in PREPOSITIONS \
            and key not in COUNTRY_CONSTRUCT and key not in self.verbs and len(key) > 2

    def _country_adjective(self, c: NameCandidate, tokens: list[Token]) -> bool:
        """"القنوات السعودية", "سيدة الأعمال السعودية": a country whose name is also its feminine
        adjective, right after a definite noun, is that noun's adjective, not the country (which
        follows a verb, a preposition or و: "زار السعودية", "في السعودية", "مصر والسعودية"); so is
        such a name read under the article ("الحدود السورية")."""
        if c.type != "LOC" or c.source != "kb" or c.tok_end - c.tok_start != 1:
            return False
        tok = tokens[c.tok_start]
        if c.start != tok.start and _after_article(tok, c.start, assimilated=True):
            # "ال" + "سورية" is the adjective "السورية", never the country
            return not c.key.startswith("ال") and self.kb.demonym("ال" + c.key) is not None
        if c.tok_start == 0:
            return False
        prev = tokens[c.tok_start - 1]
        if c.start != tok.start or self.kb.demonym(c.key) is None or not prev.is_word \
                or tok.start - prev.end > 1 or prev.key in PREPOSITIONS:
            return False
        return any(stem.startswith("ال") and len(stem) > 3 for _off, stem in prev.splits) \
            or prev.key.startswith("لل")

    def _article_on_a_place(self, c: NameCandidate) -> bool:
        """"الجنين" (the foetus), "العسير" (the difficult): one word NER read as a place that is a
        town's name the KB knows without the article, and no name with it, is an ordinary noun;
        countries are left alone ("الأورغواي" is Uruguay)."""
        if c.type != "LOC" or c.source != "ner" or c.actor is not None or c.tok_end - c.tok_start != 1 \
                or not c.key.startswith("ال") or self.kb.lookup(c.key):
            return False
        return any(a.type == "LOC" and a.kind != "country" for a in self.kb.lookup(c.key[2:]))

    def _people_of_a_country(self, c: NameCandidate, tokens: list[Token]) -> bool:
        """"الشعب الليبي", "الشباب السعودي": an ordinary noun and a country adjective, no body's name."""
        if c.actor is not None or c.type not in ("ORG", "LOC") or c.tok_end - c.tok_start != 2:
            return False
        first, last = tokens[c.tok_start], tokens[c.tok_end - 1]
        # "للشعب" is ل + "الشعب" (its alef dropped)
        return self.kb.demonym(last.key) is not None \
            and any(stem in PEOPLE_NOUNS or "ال" + stem in PEOPLE_NOUNS for _off, stem in first.splits)

    # --- candidates ---------------------------------------------------------------------
    def _kb_cands(self, tokens: list[Token], text: str) -> list[NameCandidate]:
        out = []
        for m in self.matcher.find(tokens):
            a = m.actors[0]
            if a.type == "PER" and m.tok_start > 0 and tokens[m.tok_start - 1].key in PATRONYMIC:
                continue  # "... بن سلمان بن عبدالعزيز": the father's name inside a son's name
            if " " not in m.key and (a.type == "PER" and _after_article(tokens[m.tok_start], m.start)
                                     or (a.type == "LOC" or a.type == "ORG" and a.kind not in _ARTICLE_BODIES)
                                     and _after_article(tokens[m.tok_start], m.start, assimilated=True)
                                     and self._article_changes_place(a, m.key)):
                # "اللامي" is not "لامي" (David Lammy): a family name keeps its article; "السيول"
                # (the floods) is not "سيول" (Seoul), "للجنين" not "جنين", "الأعمار" (ages) not "أعمار"
                continue
            if " " not in m.key and "ك" in _clitic(tokens[m.tok_start], m.start):
                continue  # "كسرت", "وكسبها", "كنيس": a word that starts with ك, not "like" + "سرت", "سبها", "نيس"
            if " " not in m.key and text[m.start : m.start + 2] in _CONJ_HAMZA:
                continue  # "وأم" is "و" + "أم" (a mother), not "وام" (WAM): no name of the KB opens so
            c = NameCandidate(m.start, m.end, m.tok_start, m.tok_end, a.type, m.key, a, "kb")
            if a.kind == "sports_club" and m.tok_end - m.tok_start >= 2 and not m.key.startswith("ال") \
                    and self._club_country(tokens, m.tok_end - 1):
                self._without_country(c, tokens, text)
            elif a.type == "ORG" and a.country and a.kind != "sports_club" \
                    and (m.tok_end - m.tok_start >= 2 or m.key.startswith("ال")) \
                    and (adjectives := self._other_country_words(a, tokens, m.tok_end)):
                # "الهلال الأحمر" + "الفلسطيني", "مجلس الشورى" + "الإيراني": another country's body, no
                # Saudi one the short name is in a Saudi paper (after a club the adjective is rather
                # the next player's: "لاعب نادي الاتحاد الفنزويلي ريفاس"; "سبا" may be a word of a name)
                move_end(c, m.tok_end + adjectives, tokens, text)
            # "الحج" in "لجنة الحج العليا", "السعودية" (the adjective) in "الشركة السعودية للكهرباء"
            # "سورية" (Syria) read inside "السورية" is the adjective too: the whole word is a
            # country's adjective though the name matched without its article
            c.absorbable = a.type == "MISC" or (a.type == "LOC" and (
                self.kb.demonym(m.key) is not None
                or m.tok_end - m.tok_start == 1 and self.kb.demonym(tokens[m.tok_start].key) is not None))
            out.append(c)
        return out

    def _club_country(self, tokens: list[Token], k: int) -> bool:
        """Is token k a country's adjective right after a club's name ("ميلان" + "الإيطالي"), or the
        adjective of a football nation the KB has no country for ("مانشستر يونايتد" + "الإنجليزي")?"""
        tok = tokens[k]
        return tok.is_word and tok.key.startswith("ال") and tokens[k - 1].is_word \
            and tok.start - tokens[k - 1].end == 1 \
            and (self.kb.demonym(tok.key) is not None or tok.key in _FOOTBALL_NATIONS)

    def _other_country_words(self, actor: Actor, tokens: list[Token], k: int) -> int:
        """How many words from token k, right after a national body's name, make it another country's
        body: that country's adjective ("الفلسطيني"), or "العربي" and the adjective ("الهلال الأحمر
        العربي السوري", the Syrian society's own name); 0 when none."""
        if k < len(tokens) and tokens[k].key in _ARAB_ADJECTIVES and tokens[k].start - tokens[k - 1].end == 1 \
                and self._other_country(actor, tokens, k + 1):
            return 2
        return 1 if self._other_country(actor, tokens, k) else 0

    def _other_country(self, actor: Actor, tokens: list[Token], k: int) -> bool:
        """Is token k, right after the word before it, the adjective of a country not the actor's?"""
        if k >= len(tokens) or not tokens[k].is_word or tokens[k].start - tokens[k - 1].end != 1:
            return False
        country = self.kb.demonym(tokens[k].key)
        return country is not None and country.country is not None and country.country != actor.country

    def _without_country(self, c: NameCandidate, tokens: list[Token], text: str) -> None:
        """"ليون الفرنسي", "ميلان الإيطالي": a club's name the KB lists with its country's adjective
        is named without it (the adjective says where the club plays, as it does after any club);
        the mention ends before the adjective, linked to the club the shorter name is, if the KB
        has one, else still to the entry that matched. Not a name under the article: "الاتحاد الكويتي",
        "المنتخب المغربي" are the country's association and team, named with its adjective."""
        move_end(c, c.tok_end - 1, tokens, text, relink=False)
        club = next((a for a in self.kb.lookup(c.key) if a.kind == "sports_club"), None)
        if club is not None:
            c.actor = club

    def _article_changes_place(self, actor: Actor, key: str) -> bool:
        """Is a place's or a body's one-word name under the article another word: neither one of
        its names ("اليونان", "الرياض", "الناتو") nor a country adjective ("السورية", kept for the merge to see:
        "حلب السورية" is no one name; it is dropped as an adjective afterwards)?"""
        if key.startswith("ال"):
            return False  # "لليونان" read as ل + "اليونان": the article is the name's own
        definite = "ال" + key
        return self.kb.demonym(definite) is None and all(x.id != actor.id for x in self.kb.lookup(definite))

    def _merge(self, kb: list[NameCandidate], ner: list[NameCandidate], tokens: list[Token],
               text: str) -> list[NameCandidate]:
        """KB matches, plus NER names where no KB match is, or longer unknown names around one."""
        # The result is the KB matches still standing, in order, then the names added, in order.
        # KB matches do not overlap and come sorted: those overlapping a name are found by bisection.
        kb_starts = [k.tok_start for k in kb]
        kb_ends = [k.tok_end for k in kb]
        if any(kb_ends[x] > kb_starts[x + 1] for x in range(len(kb) - 1)):
            kb_starts = kb_ends = []  # not sorted and disjoint: every match is looked at
        alive = [True] * len(kb)
        added: list[NameCandidate] = []
        for n in ner:
            a, b = n.tok_start, n.tok_end
            lo, hi = (bisect_right(kb_ends, a), bisect_left(kb_starts, b)) if kb_starts else (0, len(kb))
            inside = [kb[x] for x in range(lo, hi) if alive[x] and kb[x].tok_start < b and a < kb[x].tok_end]
            inside += [k for k in added if k.tok_start < b and a < k.tok_end]
            tail = [k for k in inside if k.tok_end == n.tok_end and k.tok_start > n.tok_start
                    and _clitic(tokens[k.tok_start], k.start)[-1:] in ("ب", "ل", "و")
                    and (_clitic(tokens[k.tok_start], k.start)[-1:] == "و" or tail_name(k, text))]
            if tail:
                # "عبدالعزيز بجدة": a known place after ب/ل/و ends the name before it
                cut = span_candidate(tokens, text, n.tok_start, tail[0].tok_start, n.type)
                if cut is None:
                    continue
                n = cut
                inside = [k for k in inside if k is not tail[0]]
            if not inside:
                self._link_ner(n)
                added.append(n)
                continue
            contained = all(n.tok_start <= k.tok_start and k.tok_end <= n.tok_end for k in inside)
            extra = n.tok_end - n.tok_start - sum(k.tok_end - k.tok_start for k in inside)
            if not contained or extra < 1 or n.type == "MISC":
                continue
            if all(k.tok_end - k.tok_start == 1 and _clitic(tokens[k.tok_start], k.start).endswith("ك")
                   for k in inside):
                # "كاسيا" read as ك + "آسيا": "like" before a name is rare; the longer name wins
                n.actor = self._link(n.key, n.type)
            elif n.type == "PER" and all(k.type == "PER" for k in inside):
                k = inside[-1]
                if k.tok_end < n.tok_end and tokens[k.tok_end].key.startswith("و"):
                    # "كيري ووانغ": two people joined by و; keep the known one, tag the other
                    rest = span_candidate(tokens, text, k.tok_end, n.tok_end, "PER", strip_conj=True)
                    if rest is not None and len(inside) == 1:
                        self._link_ner(rest)
                        added.append(rest)
                    continue
                if len(inside) == 1 and self._second_person_after(k, n, tokens):
                    # "الناطقة باسم دي ميستورا جيسي شاهين": a known full name, then another person's
                    rest = span_candidate(tokens, text, k.tok_end, n.tok_end, "PER")
                    if rest is not None:
                        self._link_ner(rest)
                        added.append(rest)
                    continue
                n.actor = k.actor if len(inside) == 1 and self._same_person(k, n, tokens) \
                    else self._link(n.key, "PER")
            elif n.type in ("ORG", "LOC") and all(k.type == "LOC" and k.actor is not None
                                                  and k.actor.kind != "country" for k in inside):
                # "مانشستر سيتي", "ملعب ملبورن للكريكت": a city inside a longer name; but
                # "محافظة عدن" is Aden itself
                admin = len(inside) == 1 and n.tok_end - n.tok_start == 2 and inside[0].tok_start == n.tok_start + 1 \
                    and tokens[n.tok_start].splits[-1][1] in ADMIN_HEADS
                n.actor = inside[0].actor if admin else self._link(n.key, n.type)
                if n.actor is None and self._described_place(inside, n, tokens):
                    n.type = "LOC"  # "قناة السويس الجديدة": a known site and its adjective is a place
            elif n.type == "ORG" and len(inside) == 1 and inside[0].type == "ORG" \
                    and inside[0].tok_start > n.tok_start:
                # "برنامج الأمم المتحدة الإنمائي": a body of an organisation is another organisation;
                # but "إيه سي" + "ميلان" is the club, its initials (A.C.) before its name
                k = inside[0]
                initials = k.actor is not None and k.actor.kind == "sports_club" and k.tok_end == n.tok_end \
                    and all(tokens[x].key in LETTER_NAMES for x in range(n.tok_start, k.tok_start))
                n.actor = k.actor if initials else self._link(n.key, n.type)
            elif n.type == "PER" and self._name_read_off(inside, n, tokens, text):
                # "أيمن لافي" is no "أيمن" + ل + "إفي", the agency: the person's family name
                n.actor = self._link(n.key, "PER")
            else:
                continue
            if n.actor is not None:
                n.type = n.actor.type
            # what the name contains gives way to it (an equal candidate overlaps it as well)
            for x in range(lo, hi):
                if alive[x] and kb[x] in inside:
                    alive[x] = False
            added = [k for k in added if k not in inside] + [n]
        result = [k for x, k in enumerate(kb) if alive[x]] + added
        result.sort(key=lambda c: c.start)
        return result

    def _body_read_off_name(self, c: NameCandidate, tokens: list[Token], text: str) -> bool:
        """A known body of one indefinite word the KB read after ل/ب inside a word that follows a
        given name, written without its name's hamza: the family name of that person ("أيمن لافي"
        is no ل + "إفي"), whether the tagger found the person or not."""
        if c.source != "kb" or c.type != "ORG" or c.tok_end - c.tok_start != 1 or c.tok_start == 0 \
                or tail_name(c, text):
            return False
        tok = tokens[c.tok_start]
        return c.start > tok.start and _clitic(tok, c.start) in ("ل", "ب") \
            and any(stem in self.words.given_names for _off, stem in tokens[c.tok_start - 1].splits)

    def _name_read_off(self, inside: list[NameCandidate], n: NameCandidate, tokens: list[Token], text: str) -> bool:
        """Is the one known body inside the person `n` one indefinite word read off the last word
        of `n` after a clitic, with a given name before it ("أيمن لافي": ل + "إفي")?"""
        k = inside[0]
        return len(inside) == 1 and k.type == "ORG" and not tail_name(k, text) and k.tok_end == n.tok_end \
            and k.tok_start == n.tok_end - 1 and k.start > tokens[k.tok_start].start \
            and any(stem in self.words.given_names for _off, stem in tokens[k.tok_start - 1].splits)

    @staticmethod
    def _described_place(inside: list[NameCandidate], n: NameCandidate, tokens: list[Token]) -> bool:
        """Is the name `n` a known site or region other than a city ("قناة السويس") followed by
        definite adjectives only ("الجديدة")? (A city and an adjective may name a paper: "القدس العربي".)"""
        k = inside[0]
        return len(inside) == 1 and k.tok_start == n.tok_start and k.tok_end < n.tok_end \
            and k.actor is not None and k.actor.kind != "city" \
            and all(tokens[j].text.startswith("ال") for j in range(k.tok_end, n.tok_end))

    def _same_person(self, k: NameCandidate, n: NameCandidate, tokens: list[Token]) -> bool:
        """Is the longer NER name `n` the KB person `k` it contains?

        "باراك حسين أوباما" ends with Obama's surname: yes. "سلطان بن سلمان بن عبدالعزيز" ends
        with King Salman's name after بن: no, that is his son. "عبدالله بن زايد آل نهيان" starts
        with a curated full name and adds the family name: yes. "محمد سعد عليوة" starts with a
        two-word name from a generated list: no, too many people share it."""
        if k.tok_start > n.tok_start and tokens[k.tok_start - 1].key in PATRONYMIC:
            return False
        if k.tok_end == n.tok_end:
            if k.tok_end - k.tok_start > 1:
                # "محسن سلمان الدوسري" is Salman al-Dosari's son, "موفق أبو طالب" no Abu Talib: a given
                # name before a known full name that none of the person's names has
                return not self._other_given_name(k, tokens[n.tok_start : k.tok_start])
            return given_name_fits(k.actor, n.key)
        curated = k.actor is not None and "curated" in k.actor.origin
        return curated and k.tok_end - k.tok_start >= 2 and k.tok_start == n.tok_start \
            and not self._other_given_name(k, tokens[k.tok_end : n.tok_end])

    def _second_person_after(self, k: NameCandidate, n: NameCandidate, tokens: list[Token]) -> bool:
        """Does the tagger's name `n` run from a curated person's full name `k` on into another
        person's full name, two or three words none of the person's names has, no ordinary word,
        one of them a given name ("دي ميستورا" + "جيسي شاهين")?"""
        if k.tok_start != n.tok_start or k.tok_end - k.tok_start < 2 or not 2 <= n.tok_end - k.tok_end <= 3 \
                or k.actor is None or "curated" not in k.actor.origin \
                or tokens[k.tok_end].start != tokens[k.tok_end - 1].end + 1:
            return False
        extra = tokens[k.tok_end : n.tok_end]
        known = _name_words(k.actor)
        words = self.words
        return all(t.is_word and t.key not in known and t.key not in words.common and t.key not in PATRONYMIC
                   for t in extra) and self._other_given_name(k, extra)

    def _other_given_name(self, k: NameCandidate, extra: list[Token]) -> bool:
        """Is a word of `extra`, the words a longer name adds to the KB name `k`, a given name that
        none of the person's names holds ("محمد مصطفى" + "قانصو" adds a family name, which is no
        given name; "محسن" + "سلمان الدوسري" adds one: another man of the family)?"""
        if k.actor is None:
            return False
        given = self.words.given_names
        known = _name_words(k.actor)
        if all(w in given for w in k.key.split()) and extra and extra[0].start >= k.end \
                or k.key.split(" ", 1)[0] in KUNYA_WORDS and extra and extra[-1].end <= k.start:
            # a name of given names only ("محمد مصطفى") goes on with the man's own family name; a
            # kunya after a name ("موفق" + "أبو طالب") is the family name of someone else
            return any(t.key not in known for t in extra)
        return any((t.key in given or t.key in ROMANIZED_NAMES) and t.key not in known for t in extra)

    def _link_ner(self, n: NameCandidate) -> None:
        if n.type == "MISC":
            return
        n.actor = self._link(n.key, n.type)
        if n.actor is not None:
            n.type = n.actor.type

    def _link(self, key: str, typ: str) -> Actor | None:
        found = self.fuzzy.link(key, typ)
        return found[0] if found else None
