"""The entity layer's word lists, read from its lexicons as alias keys.

`name_patterns.tsv` holds the words of the patterns for names both the KB and NER miss;
`name_mentions.tsv` the words that read and repair NER spans. Each section of a file is one list;
the files' headers say what each is for.

What stays in code is morphology, not vocabulary: the clitics and affixes the finders test
("ال", "لل", "و", "ف", pronoun suffixes such as "هم"), and three words a rule names by itself
("آل" below, "الشيخ" in `ner_spans`, "قاعدة" in `name_patterns`).
"""

from __future__ import annotations

from marsad.kb import alias_key
from marsad.lexicons.loader import keyed

PATTERNS_LEXICON = "name_patterns.tsv"
MENTIONS_LEXICON = "name_mentions.tsv"


def _keys(lexicon: str, section: str) -> frozenset[str]:
    """The alias keys of one section of a lexicon (entries are written as in text)."""
    return keyed(lexicon, section, alias_key)


# --- patterns (name_patterns.py) ---------------------------------------------------------------
PATTERN_HEADS = _keys(PATTERNS_LEXICON, "construct_head")
QUALIFIED_HEADS = _keys(PATTERNS_LEXICON, "qualified_head")
ADJECTIVE_HEADS = _keys(PATTERNS_LEXICON, "adjective_head")
PLACE_NAMED_HEADS = _keys(PATTERNS_LEXICON, "place_named_head")
PLACE_ONLY_HEADS = _keys(PATTERNS_LEXICON, "place_only_head")
INDEX_WORDS = _keys(PATTERNS_LEXICON, "index_word")
GENERIC_COMPLEMENTS = _keys(PATTERNS_LEXICON, "generic_complement")
NAME_ENDERS = _keys(PATTERNS_LEXICON, "name_ender")
DEFINITE_INSTITUTIONS = _keys(PATTERNS_LEXICON, "definite_institution")
DESCRIBED_INSTITUTIONS = _keys(PATTERNS_LEXICON, "described_institution")
DISTRICT_HEADS = _keys(PATTERNS_LEXICON, "district_head")
RANK_ADJECTIVES = _keys(PATTERNS_LEXICON, "rank_adjective")
GENERIC_ADJECTIVES = _keys(PATTERNS_LEXICON, "generic_adjective")
PLACE_HEADS = _keys(PATTERNS_LEXICON, "place_head")
PLACE_HEADS_DEFINITE = _keys(PATTERNS_LEXICON, "place_head_definite")
ADMIN_PLACE_HEADS = _keys(PATTERNS_LEXICON, "admin_place_head")
PLACE_NAME_STARTS = _keys(PATTERNS_LEXICON, "place_name_start")
PLACE_PERSON_TITLES = _keys(PATTERNS_LEXICON, "place_person_title")
PLACE_NAME_ENDERS = _keys(PATTERNS_LEXICON, "place_name_ender")
PATRONYMIC = _keys(PATTERNS_LEXICON, "patronymic")
# broken plurals ("الجمارك") take a feminine adjective: the agreement check reads them as feminine
PLURAL_NATIONAL_BODIES = _keys(PATTERNS_LEXICON, "plural_national_body")
NATIONAL_BODIES = _keys(PATTERNS_LEXICON, "national_body") | PLURAL_NATIONAL_BODIES
FORCE_HEADS = _keys(PATTERNS_LEXICON, "force_head")
FORCE_ADJECTIVES = _keys(PATTERNS_LEXICON, "force_adjective")
SECURITY_PLURALS = _keys(PATTERNS_LEXICON, "security_plural")
REGIONAL_HEADS = _keys(PATTERNS_LEXICON, "regional_head")
FIGURATIVE_AREAS = _keys(PATTERNS_LEXICON, "figurative_area")
QUOTED_PLACE_HEADS = _keys(PATTERNS_LEXICON, "quoted_place_head")
QUOTED_PLACES_HEADS = _keys(PATTERNS_LEXICON, "quoted_places_head")
AREA_ADJECTIVES = _keys(PATTERNS_LEXICON, "area_adjective")
QUOTED_ORG_HEADS = _keys(PATTERNS_LEXICON, "quoted_org_head")
QUOTED_SHARE_HEADS = _keys(PATTERNS_LEXICON, "quoted_share_head")
SETTLEMENT_HEADS = _keys(PATTERNS_LEXICON, "settlement_head")
WORD_GIVEN_NAMES = _keys(PATTERNS_LEXICON, "word_given_name")
# given names that are also ordinary words ("علي" is also "على", "غالب", "كفاح"): word_given_names.tsv
WORD_NAMES = keyed("word_given_names.tsv", None, alias_key)
# family names that are also ordinary words ("السعيد", "القاضي", "الحربي"), taken only after a given
# name or a lineage, and the definite words that may follow one: word_family_names.tsv
WORD_FAMILY_NAMES = keyed("word_family_names.tsv", "family", alias_key)
AFTER_FAMILY_NAMES = keyed("word_family_names.tsv", "may_follow", alias_key)
COMPANY_FORMS = _keys(PATTERNS_LEXICON, "company_form")
FORM_DESCRIBED_NOUNS = _keys(PATTERNS_LEXICON, "form_described_noun")
PERSON_NAMED_HEADS = _keys(PATTERNS_LEXICON, "person_named_head")
SITE_HEADS = _keys(PATTERNS_LEXICON, "site_head")
BRANCH_SITE_HEADS = _keys(PATTERNS_LEXICON, "branch_site_head")
TITLED_SITE_HEADS = _keys(PATTERNS_LEXICON, "titled_site_head")
GOVERNOR_TITLES = _keys(PATTERNS_LEXICON, "governor_title")
COALITION_HEADS = _keys(PATTERNS_LEXICON, "coalition_head")
COALITION_ADJECTIVES = _keys(PATTERNS_LEXICON, "coalition_adjective")
COALITION_FORCES = _keys(PATTERNS_LEXICON, "coalition_force")
COALITION_CUES = _keys(PATTERNS_LEXICON, "coalition_cue")

# --- mentions (mentions.py, ner_spans.py, name_extension.py) ------------------------------------
INSTITUTION_HEADS = _keys(MENTIONS_LEXICON, "institution_head")
# head words that belong to the name they precede, with the type they give it
NAME_HEADS = {**dict.fromkeys(_keys(MENTIONS_LEXICON, "org_name_head"), "ORG"),
              **dict.fromkeys(_keys(MENTIONS_LEXICON, "place_name_head"), "LOC")}
PREPOSITIONS = _keys(MENTIONS_LEXICON, "preposition")
TITLES_ALSO_NAMES = _keys(MENTIONS_LEXICON, "title_also_name")
TRAILING_ROLES = _keys(MENTIONS_LEXICON, "trailing_role")
GENERIC_ORG = _keys(MENTIONS_LEXICON, "generic_org")
DEFINITE_HEADS = _keys(MENTIONS_LEXICON, "definite_head")
ADMIN_HEADS = _keys(MENTIONS_LEXICON, "admin_head")
PURPOSE_HEADS = _keys(MENTIONS_LEXICON, "purpose_head")
ALLAH_COMPOUND = _keys(MENTIONS_LEXICON, "allah_compound")
PORTFOLIO_TITLES = _keys(MENTIONS_LEXICON, "portfolio_title")
PEOPLE_NOUNS = _keys(MENTIONS_LEXICON, "people_noun")
COUNTRY_CONSTRUCT = _keys(MENTIONS_LEXICON, "country_construct")
PRAYER_WORDS = _keys(MENTIONS_LEXICON, "prayer_word")
SAME_BODY_HEADS = _keys(MENTIONS_LEXICON, "same_body_head")
UNIT_HEADS = _keys(MENTIONS_LEXICON, "unit_head")
LEFT_HEADS = _keys(MENTIONS_LEXICON, "left_head")
PAPER_HEADS = _keys(MENTIONS_LEXICON, "paper_head")
PLAIN_WORD_HEADS = _keys(MENTIONS_LEXICON, "plain_word_head")
KEPT_HEADS = _keys(MENTIONS_LEXICON, "kept_head")
AGE_ADJECTIVES = _keys(MENTIONS_LEXICON, "age_adjective")
PERSON_CALLED = _keys(MENTIONS_LEXICON, "person_called")
FOREIGN_LINKS = _keys(MENTIONS_LEXICON, "foreign_link")
FOREIGN_ARTICLES = _keys(MENTIONS_LEXICON, "foreign_article")
AMOUNT_WORDS = _keys(MENTIONS_LEXICON, "amount_word")
NOT_FAMILY_NAMES = _keys(MENTIONS_LEXICON, "not_family_name")
AFTER_SPEAKER = _keys(MENTIONS_LEXICON, "after_speaker")
LOCATED_HEADS = _keys(MENTIONS_LEXICON, "located_head")
# the kind of place a head word right before a shared name says it is ("العاصمة عمان": a city)
KIND_HEADS = {"city": _keys(MENTIONS_LEXICON, "city_head"), "country": _keys(MENTIONS_LEXICON, "country_head")}
# the word God, written alone or with ل ("لله"): a name only after a word of ALLAH_COMPOUND
ALLAH = frozenset({alias_key("الله"), alias_key("لله")})

# "آل" ("the family of") is kept in code: the patterns treat it apart (a family name after an
# honorific, "المهندس آل الشيخ"), and it joins the patronymics as a link inside a person's name.
FAMILY_WORD = alias_key("آل")
CONNECTORS = PATRONYMIC | {FAMILY_WORD}
