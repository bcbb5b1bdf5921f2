"""The verb forms marsad's lexicons know, as one set of match keys.

The reporting verbs (`reporting_verbs.tsv`, past and present forms) and the one-word verb
triggers of events (`event_triggers.tsv`) are shared lexicons: a layer that must tell a verb
from a name (the entity layer: "دان" at the head of a sentence is "condemned", not a name)
asks here rather than reading those files' columns itself, so the files' layout is known at
the lexicons level only, beside the loader that reads them.
"""

from __future__ import annotations

from functools import cache

from marsad.arabic.normalize import match_key, strip_diacritics
from marsad.lexicons.loader import table, words

# columns of reporting_verbs.tsv: lemma, np, flags, past, present, participle, masdar
_REPORTING_PAST, _REPORTING_PRESENT = 3, 4
# columns of event_triggers.tsv: form, type, pos, mode
_TRIGGER_FORM, _TRIGGER_POS = 0, 2


@cache
def reporting_verb_keys() -> frozenset[str]:
    """Match keys of the past and present forms of the reporting verbs."""
    forms: set[str] = set()
    for row in table("reporting_verbs.tsv", 4):
        for column in row[_REPORTING_PAST : _REPORTING_PRESENT + 1]:
            forms.update(match_key(w) for w in column.split())
    return frozenset(forms)


@cache
def verb_keys() -> frozenset[str]:
    """Match keys of the past and present forms of the reporting verbs and of the one-word
    verb triggers of events."""
    forms = set(reporting_verb_keys())
    for row in table("event_triggers.tsv", 3):
        if row[_TRIGGER_POS] == "verb" and " " not in row[_TRIGGER_FORM]:
            forms.add(match_key(row[_TRIGGER_FORM]))
    return frozenset(forms)


@cache
def verb_forms_as_written() -> frozenset[str]:
    """The same verb forms as written, without diacritics: a test that must not take a name
    spelt like a verb's folded key ("تراس", Truss, is no "ترأس") for the verb."""
    forms: set[str] = set()
    for row in table("reporting_verbs.tsv", 4):
        for column in row[_REPORTING_PAST : _REPORTING_PRESENT + 1]:
            forms.update(strip_diacritics(w) for w in column.split())
    for row in table("event_triggers.tsv", 3):
        if row[_TRIGGER_POS] == "verb" and " " not in row[_TRIGGER_FORM]:
            forms.add(strip_diacritics(row[_TRIGGER_FORM]))
    forms.update(strip_diacritics(w) for w in words("entity_verbs.tsv"))
    return frozenset(forms)
