"""Political events between actors, typed by the PLOVER ontology, from trigger words in sentences.

A trigger (lexicons/event_triggers.tsv: verbs, verbal nouns, passives, multi-word phrases) found
in a sentence becomes an event whose actor and target are participants of the same sentence,
chosen by Arabic word order: verb-first clauses ("استقبل الملك ... الوزير") take the subject
after the verb, subject-first ones the nearest participant before it; the target is the next
distinct participant after the trigger, preferring one introduced by مع/على/ضد/إلى/ل. A nominal
trigger after a light verb ("شنت القوات هجوما"، "نظم المعلمون وقفة احتجاجية") takes the light
verb's participants. Passives and victim nouns ("اغتيل"، "مقتل خمسة جنود") take what follows as
the target; their actor is only one introduced as agent ("برصاص مسلحين"، "على يد"), never guessed.

Participants are entity mentions and, with `unnamed=True`, common nouns (lexicons/event_actors.tsv:
"مسلحون"، "قوات الأمن"، "المحتجون") carrying a CAMEO-style sector, which a name containing one
("الجيش اللبناني") also gets. By default the record keeps the events of a named actor and a named
target (PROTEST and MOBILIZE need no target): what the gold articles annotate; there, a town or a
district, a news agency or a club is no participant, a body or place in a person's title is that
person, a co-subject is no target, and a definite or governed-by-ب/ل nominal trigger refers to an
event rather than reports one (events/checks.py), a sentence dated only to years well before
publication tells history (events/past_events.py), and a non-violent dealing between two sides that
neither the knowledge base nor a title ties to a state is local or private news
(events/unknown_sides.py). A quote whose cue is an event verb
("اتهم"، "طالب") is an event of its speaker, linked to the quote (events/quote_events.py). With
`unnamed=True`, an interaction needs an actor and a target of any kind, and PROTEST, ASSAULT and
MOBILIZE are kept with fewer when the trigger reports an event (a verb, or an indefinite noun not
governed by "بعد"، "ذكرى" ...: lexicons/event_words.tsv); protesters as the subject of a clause
("وأحرق المحتجون ...") are the actor of a protest of their sentence that names none
(events/street_protests.py).

`mode` is the trigger's PLOVER mode ("kill"، "sit-in"), or how the text holds the event when it does
not report it as done: "negated" ("لم تهاجم"، "نفت ... الهجوم"), "threatened", "planned"
(lexicons/event_modes.tsv). Each event carries its sentence as evidence, the words naming each side
(`actor_span`, `target_span`), their sectors, and the sentence's date, read from the dates layer's
expressions (the publication date where the paragraph names none).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import partial

from marsad.arabic.tokens import Token, token_starts
from marsad.document import Document, Event
from marsad.layers.dates import sentence_dates
from marsad.layers.events.adjective_pairs import (
    BOTH_WAYS,
    PAIR_TYPES,
    adjective_pair,
    names_pair,
)
from marsad.layers.events.arms_deliveries import arms_events, delivers
from marsad.layers.events.attack_grammar import attack_sides
from marsad.layers.events.bomber_sides import bomber_sides
from marsad.layers.events.celebrations import drop_celebrations
from marsad.layers.events.checks import (
    administrative,
    coordinated,
    deed_accusations,
    deed_owner,
    doc_states,
    entity_kinds,
    in_adjunct,
    named_sides,
    record_keeps,
    relative_agrees,
    state_like,
    title_holders,
    titled_holder,
)
from marsad.layers.events.claimed_attacks import claimed_attacks
from marsad.layers.events.clashes import clash_events, clash_sides
from marsad.layers.events.clauses import (
    _as_noun,
    _as_patient,
    _as_verb,
    _assault_sides,
    _clitic_length,
    _future,
    _governs_noun,
    _occurs,
    _participants,
    _reference,
    _span,
    _suffer_participants,
    _suffer_verb,
    _unnamed_agent,
    members_owner,
    possessor_subject,
)
from marsad.layers.events.clearings import clearing_events, clears
from marsad.layers.events.condemned_deeds import befallen, condemned_deed, doer_before, shown_person
from marsad.layers.events.courtesies import drop_courtesies
from marsad.layers.events.crowds import chanting, pretending, renewed, vehicles
from marsad.layers.events.deed_anaphora import earlier_deed_owner
from marsad.layers.events.deed_verbs import PURPOSE_ONLY, deed_sides, deed_verb, motion_verb
from marsad.layers.events.descriptions import governed_antecedent, statements_of
from marsad.layers.events.detonations import DETONATE, blast_target, detonation_events
from marsad.layers.events.envoys import side_talks
from marsad.layers.events.firings import fire_events, fire_target
from marsad.layers.events.forces_named import force_nouns
from marsad.layers.events.joined_doers import joined_doer
from marsad.layers.events.joint_subjects import joint_subjects
from marsad.layers.events.loyal_sides import loyal_sides
from marsad.layers.events.member_subjects import member_subject
from marsad.layers.events.mention_positions import _word_index
from marsad.layers.events.misread_sides import drop_misread_sides, without_name_parts
from marsad.layers.events.nisba_objects import drop_acting_installations, nisba_objects
from marsad.layers.events.nominal_protests import headline_protest, heads_sentence, nominal_actor
from marsad.layers.events.occurrence import (
    Chain,
    Dating,
    attack_subject,
    cue_mode,
    light_told,
    no_force,
    present_tense,
    setting_clause,
    told_mode,
    verbal_noun,
)
from marsad.layers.events.opening_verbs import opening_verb
from marsad.layers.events.ordered_attacks import ordering_agent
from marsad.layers.events.participants import capitals, named_mentions, with_common_nouns
from marsad.layers.events.past_events import drop_past_events
from marsad.layers.events.place_settings import attacked_country, drop_place_targets
from marsad.layers.events.political import (
    adjective_doer,
    adjective_target,
    called_for,
    called_noun,
    construct_head,
    hamza_lost,
    hypothetical_noun,
    kin_genitive,
    no_backing_down,
    non_political,
    open_choice,
    place_named,
    visit_without_place,
    visitor,
    whoever_verb,
)
from marsad.layers.events.protest_causes import caused_target
from marsad.layers.events.protest_occurrences import (
    held_sides,
    held_when,
    protesters_who,
    reported_protest,
    sparked,
    sparked_sides,
)
from marsad.layers.events.protest_people import _gathering
from marsad.layers.events.protest_pronouns import pronoun_target
from marsad.layers.events.protest_sides import _protest_sides
from marsad.layers.events.protest_subjects import (
    complementizer_subject,
    counted_protesters,
    genitive_chain,
    not_protester,
    relative_told_when,
)
from marsad.layers.events.quote_events import QUOTES_NOT_RUN, add_quote_events
from marsad.layers.events.quote_openings import opens_quote
from marsad.layers.events.reach import (
    UNDERGONE,
    attacker_victim,
    cause_noun,
    cites,
    detail_of_referred,
    falls,
    far_doer,
    far_sufferer,
    game,
    habitual,
    judged,
    launcher,
    light_subject,
    met_death,
    projectile,
    result_of,
)
from marsad.layers.events.recall_protests import protested_one, purpose_protester
from marsad.layers.events.second_protests import second_protest
from marsad.layers.events.speaker_subject import _pronoun_complement, speaker_as_actor
from marsad.layers.events.street_protests import crowd_after, crowd_protest, protest_actor
from marsad.layers.events.subject_commas import subject_commas
from marsad.layers.events.target_prepositions import without_preposition
from marsad.layers.events.told_doers import fill_doers, told_doer
from marsad.layers.events.unknown_sides import drop_unknown_dealings
from marsad.layers.events.word_senses import drop_other_senses
from marsad.layers.events.words import (
    CLAUSE_MARKS,
    CONDEMN,
    CONTINUE,
    CROWD_VERBS,
    NEGATIONS,
    NOT_OCCURRING,
    OBJECT_WINDOW,
    OBJECTIONS,
    RELATIVES,
    SELF_REPORTING,
    STANDALONE,
    SUBJECT_REACH,
    TODAY,
    VIOLENT,
    WEAK_TRIGGERS,
    Trigger,
    _Mention,
    _strip_conjunction,
    load_actor_nouns,
    load_mode_cues,
    load_triggers,
    occurring,
)

__all__ = ["EventLayer", "NOT_OCCURRING", "QUOTES_NOT_RUN", "Trigger", "load_actor_nouns", "load_mode_cues", "load_triggers", "occurring"]


class EventLayer:
    name = "events"
    requires = ("entities", "dates")  # each event carries its sentence's date
    assigns = ("events",)

    def __init__(self, unnamed: bool = False) -> None:
        # unnamed=False keeps the record to events whose actor is a named entity (and whose target
        # is one too, but for PROTEST, ASSAULT, MOBILIZE): the gold articles' events; True adds
        # events of common-noun or implicit participants ("مسلحون"، "قُتل")
        self.unnamed = unnamed
        self.triggers = load_triggers()
        self.actor_nouns = load_actor_nouns()
        self.mode_cues = load_mode_cues()
        self.capital_of = capitals()

    def __call__(self, doc: Document) -> Document:
        tokens = doc.tokens
        # the tokens a trigger may start at (few): sentences without one are passed over
        at = self.triggers.starts_in(tokens)
        if self.unnamed:  # and the sentences where a crowd may act ("وأغلق المتظاهرون الطريق"، "واصلوا اعتصامهم")
            crowd = [k for k, t in enumerate(tokens)
                     if t.key in DETONATE or (bare := _strip_conjunction(t.key)) in CROWD_VERBS
                     or bare in CONTINUE or bare in DETONATE]
            if crowd:
                at = sorted(set(at).union(crowd))
        if not at:
            if not self.unnamed and ("نظير" in doc.text or "بين" in doc.text or "استدع" in doc.text or clears(doc.text)
                                     or delivers(doc.text)):
                kinds, sent_dates = entity_kinds(doc), sentence_dates(doc)
                mentions = without_name_parts(doc.text, named_mentions(doc, self.capital_of))
                side_talks(doc, mentions, kinds, sent_dates)
                clearing_events(doc, mentions, kinds, sent_dates)
                arms_events(doc, mentions, kinds, sent_dates)
                add_quote_events(doc, kinds)
                non_political(doc)
                drop_courtesies(doc)
                drop_other_senses(doc)
                drop_misread_sides(doc)
                drop_place_targets(doc)
                drop_past_events(doc)
                drop_unknown_dealings(doc)
                return doc
            add_quote_events(doc)
            return doc
        mentions = named_mentions(doc, self.capital_of)
        if not self.unnamed:  # "محمد بن سلمان بن عبد العزيز" is one person
            mentions = without_name_parts(doc.text, mentions)
        sent_dates = sentence_dates(doc)
        kinds = entity_kinds(doc)
        starts = token_starts(tokens)
        seen: set[tuple] = set()  # (type, actor, target, mode[, sentence])
        dating = Dating.of(doc)
        m_starts = [m.start for m in mentions]
        may_start = set(at)
        all_nouns: list | None = None
        states: dict[str, str] | None = None  # the document's countries by code, once
        noun_starts: list[int] = []
        for s_index, sent in enumerate(doc.sentences):
            lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
            first = bisect_left(at, lo)
            if first == len(at) or at[first] >= hi:
                continue
            # the mentions inside the sentence (they are sorted by start)
            near = mentions[bisect_left(m_starts, sent.start) : bisect_right(m_starts, sent.end)]
            named = [m for m in near if sent.start <= m.start and m.end <= sent.end]
            pair_only = False  # a sentence without a name holds only the events of a pair of adjectives
            if not named and not self.unnamed:
                if states is None:
                    states = doc_states(kinds)
                if not names_pair(tokens[lo:hi], states):
                    continue  # the record's events have a named actor
                pair_only = True  # "المحادثات السعودية الفرنسية": the states the adjectives name
            if all_nouns is None:  # the common nouns of the whole text, once (a find per sentence costs more)
                all_nouns = self.actor_nouns.find(tokens)
                noun_starts = [pm.start for pm in all_nouns]
            nouns = all_nouns[bisect_left(noun_starts, sent.start) : bisect_left(noun_starts, sent.end)]
            sent_mentions = with_common_nouns(doc, nouns, named)
            if not self.unnamed:  # the nouns only lend their sector to names ("الجيش اللبناني")
                sent_mentions = title_holders(doc, [m for m in sent_mentions if m.entity is not None], kinds)
                if states is None:
                    states = doc_states(kinds)
                stand = force_nouns(doc.text, sent.start, sent.end, states, kinds, sent_mentions)
                # "معسكرًا حوثيًّا"، "قاعدة كينية": the group or state the adjective relates to
                stand += nisba_objects(doc.text, sent.start, sent.end, states, kinds,
                                       sent_mentions + [_Mention(a, b, e, e) for a, b, e in stand])
                if stand:  # "النظام السوري": Syria, when the document names it
                    sent_mentions = sorted(sent_mentions + [_Mention(a, b, e, e) for a, b, e in stand],
                                           key=lambda m: m.start)
            # "أجرى الملك سلمان، اتصالا ...": the comma after a named subject splits no clause
            passed = subject_commas(tokens, lo, hi, may_start, named) if not self.unnamed else set()
            kept = [k for k in range(lo, hi) if (tokens[k].kind != "punct" or tokens[k].text in CLAUSE_MARKS)
                    and k not in passed]
            words = [tokens[k] for k in kept]
            # the words a trigger may start at, as indices into `words` (a few per sentence)
            trigger_words = [w for w in (bisect_left(kept, k) for k in at[first : bisect_left(at, hi)])
                             if w < len(kept) and kept[w] in may_start]
            i = 0
            chain = Chain()  # what the sentence's last attack trigger was told as
            doer: _Mention | None = None  # the doer of an attack told elsewhere, named in a clause
            while i < len(words):
                if kept[i] not in may_start:  # no trigger starts at this word: on to the next that may
                    w = bisect_left(trigger_words, i)
                    i = trigger_words[w] if w < len(trigger_words) else len(words)
                    continue
                found = self.triggers.first_at(words, i)  # the first clitic reading that begins one
                if found is None:
                    i += 1
                    continue
                trig, n, t0 = found.values[0], found.tok_end - i, found.start
                if pair_only and trig.type not in PAIR_TYPES:
                    i += n
                    continue
                if hamza_lost(trig, doc.text[t0 : words[i + n - 1].end]) or (not self.unnamed and whoever_verb(words, i, trig)):
                    i += n  # "هنا" (here) is not "هنأ" (congratulated); "من اتهم واشنطن": someone unnamed
                    continue
                if trig.pos == "verb" and doc.text[t0 - 2 : t0] == "ال" and t0 - 2 >= words[i].start:
                    i += n  # "القتل": the verbal noun read as its verb, a mention of killing in general
                    continue
                if trig.pos == "verb" and (any(c in words[i].text[: t0 - words[i].start] for c in "بلك")
                                           or (i > 0 and _governs_noun(words[i - 1]))
                                           or (self.unnamed and (verbal_noun(words, i, _governs_noun, kept, may_start)
                                                                 or judged(words, i)))):
                    # "بخطف"، "لقتل"، "عن قتل"، "عملية خطف": a preposition or a governing noun makes
                    # the form a verbal noun
                    trig = _as_noun(trig)
                if trig.keys[0] in WEAK_TRIGGERS and (
                        not (_gathering(words, i, n, sent_mentions) or (self.unnamed and chanting(words)))
                        or (self.unnamed and vehicles(words, i, n))) or pretending(words, i, n):
                    i += n  # "تجمعت السيارات"، "تجمع المال": a gathering of people only; "يتظاهر بالمرض"
                    continue
                if self.unnamed and trig.keys[0] in OBJECTIONS and not crowd_after(words, i + n) \
                        and not protesters_who(words, i, sent_mentions):
                    i += n  # "احتجت مصر لدى ..."، "المتظاهرون يحتجون على ...": an objection, not a protest
                    continue
                if trig.pos == "noun" and n == 1 and len(trig.keys[0]) == 3 and (
                        (words[i].text[: t0 - words[i].start] in ("و", "ف") and (i == 0 or words[i - 1].kind == "punct"))
                        or (trig.type in VIOLENT and t0 == words[i].start and i > 0 and _pronoun_complement(words, i - 1))
                        or opening_verb(words, i, t0, trig)):
                    # "وقصف الجيش ..."، "أعلن الجيش أنه قصف ...": a three-letter form opening its clause,
                    # or an attack's right after a complementizer carrying its subject ("إنه قرض" is a loan), is the verb
                    trig = _as_verb(trig)
                t1 = words[i + n - 1].end
                met = met_death(words, i) if trig.type == "ASSAULT" else None
                if no_force(words, i + n, trig.type) or (self.unnamed and (
                        cites(words, i, n, trig.keys[0]) or met is False
                        or (trig.type == "ASSAULT" and game(words)))):
                    # "اعتدت أن"، "قتل المئات في زلزال"، "استشهد بقول"، "مصرعهم" with no "لقي"، "شن المنتخب
                    # هجوما على المرمى": no force used by anyone
                    i += n
                    continue
                deeds: list[tuple[_Mention, _Mention]] = []
                sides: tuple[_Mention, _Mention] | None = None  # the two states of "الاتفاق الأميركي - التركي"
                mode = self._mode(words, i)
                if mode is None and trig.pos == "verb" and _future(words[i], t0, trig):
                    mode = "planned"  # "سيتظاهر"، "ستنفذ": told as to come
                # asked, intended, a tally, an accusation's object, a retelling (events/occurrence.py)
                mode = mode or told_mode(doc.text, words, i, n, t0, t1, trig, sent.end, s_index, dating)
                if mode is None and self.unnamed and trig.type == "ASSAULT" and setting_clause(doc, words, i, sent.start):
                    mode = "background"  # "... في روالبندي حيث قتلت بوتو": where other news happened
                if mode is None and self.unnamed and trig.type in VIOLENT and s_index not in dating.lines \
                        and present_tense(trig, words, i, self.triggers):
                    mode = "generic"  # "يقتلون الأبرياء"، "تستهدف المدنيين": a habit or a claim, no one act
                v = deed_verb(words, i, n, t0, trig, after=not self.unnamed) if trig.pos == "noun" else None
                if trig.keys[0] in PURPOSE_ONLY and (v is None or motion_verb(words, i, t0, trig) != v):
                    i += n  # "من خلال مهاجمة هدف": no act of anyone's told
                    continue
                if trig.type == "ASSAULT" and trig.pos == "noun" and projectile(trig.keys[0]):
                    v = launcher(words, i, n)  # "أطلقت الطائرة صواريخ على ...", not "صفقة صواريخ"
                    if v is None and not falls(words, i, n):  # "قذيفة سقطت على": an occurrence
                        i += n
                        continue
                u = _suffer_verb(words, i, t0) if trig.pos == "noun" and v is None and trig.type in VIOLENT \
                    else None
                if u is None and v is None and self.unnamed and trig.pos == "noun" and trig.type in VIOLENT:
                    u = far_sufferer(words, i, t0)  # "تعرض قيادي في الحركة أمس لمحاولة اغتيال"
                if u is None and v is None and self.unnamed and trig.pos == "noun" and trig.type == "ASSAULT":
                    v = far_doer(words, i, t0)  # "قام عدد من جنود المشاة بقتل مدنيين"
                if u is not None and u > 0 and _strip_conjunction(words[u - 1].key) in NEGATIONS:
                    mode = "negated"  # "لم تتعرض القافلة لهجوم"
                if u is not None and mode is None and self.unnamed and habitual(words, u, any(w.key in TODAY for w in words)):
                    mode = "generic"  # "حيث يتم اغتصاب النساء"، "تتعرض للهجوم": a habit told, no one act
                head = v if v is not None else u  # the verb a cue governs ("خشية ... وتعرض الرئيس لمحاولة اغتيال")
                if mode is None and self.unnamed and trig.type == "ASSAULT" and head is not None and head < i:
                    mode = self._mode(words, head) or told_mode(doc.text, words, head, 1, t0, t1, trig, sent.end,
                                                                s_index, dating)
                if u is None and trig.keys[0] in UNDERGONE:
                    i += n  # "ضرب مثالا": a beating only as what someone undergoes ("تعرضوا للضرب")
                    continue
                if v is not None:  # "شنت القوات هجوما": the participants are the light verb's
                    actor, target = deed_sides(words, v, i, trig, sent_mentions)
                    if self.unnamed and trig.type == "ASSAULT":  # "قام عدد من الجنود بقتل المدنيين"
                        actor, target = light_subject(words, v, i, n, actor, target, sent_mentions)
                    # "تلجأ إلى شن غارات"، "خيار يتمثل في شن ضربات": the light verb's own verbal noun,
                    # governed, names the act as an option, not a report
                    reports = not (self.unnamed and v > 0 and words[v].key == _strip_conjunction(words[v].key)
                                   and _governs_noun(words[v - 1]))
                    if self.unnamed and trig.type == "PROTEST" and v > 0 and words[v - 1].key in RELATIVES \
                            and not words[i].key.startswith("ل"):
                        # "العمال الذين نظموا إضرابا": a protest told elsewhere; "السكان الذين خرجوا
                        # للاحتجاج" goes out to protest, which the sentence reports
                        reports = False
                    if self.unnamed and trig.type in VIOLENT:  # "الذين نفذوا الهجوم"، "يشنون هجمات"
                        reports, mode = light_told(words, v, i, reports, mode, s_index in dating.lines)
                        if trig.type == "ASSAULT":  # "وورد أن انتحارية نفذت الهجوم": who did the sentence's attack
                            doer = told_doer(words, i, v, actor, reports, mode) or doer
                    if v < i:  # the trigger runs from its light verb ("قذيفة سقطت" keeps the noun)
                        t0 = words[v].start + _clitic_length(words[v])
                elif u is not None:  # "تعرضت القافلة لهجوم": the subject is the one attacked
                    if u == i - 1 and _strip_conjunction(words[u].key) in ("تم", "يتم"):  # "تم اغتيال الصحفي"
                        actor, target = _participants(words, i, n, _as_patient(trig), sent_mentions)
                    else:
                        actor, target = _suffer_participants(words, u, i, n, sent_mentions)
                    reports = True
                else:
                    actor, target = _participants(words, i, n, trig, sent_mentions)
                    if not self.unnamed and trig.pos == "verb" and opens_quote(doc, words[i].start):
                        # "وقال فلان «خطفت الجبهة ...»": the verb opens the quote; no name before it is its subject
                        actor, target = _participants(words, i, n, trig, [m for m in sent_mentions if m.start >= t0])
                    # the record's named events: a governed noun ("رد على مطالب روسيا") may still report one
                    reports = not _reference(words, i, t0, trig, governed=self.unnamed)
                    if not reports and self.unnamed and trig.type == "PROTEST" and trig.pos == "verb" \
                            and relative_told_when(words, i, i + n):
                        reports = True  # "العمال الذين تظاهروا أمس": the relative clause tells the day
                    if reports and trig.pos == "verb" and trig.type in VIOLENT and (
                            attack_subject(words, i) or (self.unnamed and detail_of_referred(words, i))):
                        reports = False  # "«الهجوم استهدف مدنيين»": a detail of an attack told elsewhere
                    if reports and trig.pos == "noun" and self.unnamed and trig.type in STANDALONE:
                        # a bare noun reports an event only as the subject of an occurrence ("اندلعت
                        # مظاهرات"، "انفجار هز ...") or when it names a toll by itself ("مقتل")
                        reports = words[i].key in SELF_REPORTING or _strip_conjunction(words[i].key) in \
                            SELF_REPORTING or _occurs(words, i, n) or s_index in dating.lines \
                            or (trig.type == "PROTEST" and reported_protest(words, i))
                    if not reports and self.unnamed and trig.type in STANDALONE and (
                            result_of(words, i, SELF_REPORTING) or renewed(words, i) or met
                            or (trig.type == "PROTEST" and reported_protest(words, i))):
                        reports = True  # "مما أدى إلى مقتل"، "تجددت المظاهرات": the toll of an act, an event going on
                if self.unnamed and trig.type == "PROTEST" and words[i].key in SELF_REPORTING and any(
                        e.type == "PROTEST" and e.start == sent.start for e in doc.events[-8:]):
                    i += n  # "تظاهر الطلاب ... احتجاجا على ...": the protest the sentence already told
                    continue
                if self.unnamed and trig.type == "ASSAULT" and trig.pos == "verb" and v is None and u is None:
                    actor, target = _assault_sides(doc, words, i, n, trig, actor, target, sent_mentions)
                    if actor is None:  # "قامت بمداهمة المسجد ... واعتدت على المصلين": قام's subject
                        actor = joined_doer(words, i, sent_mentions)
                if self.unnamed and trig.type == "ASSAULT":  # "فجر نفسه"، "بنيران مسلحين"، "غارة إسرائيلية"
                    actor = _unnamed_agent(doc, words, i, n, actor, target, sent_mentions)
                    if actor is None and trig.pos == "verb" and v is None:
                        actor = possessor_subject(words, i, sent_mentions)  # "إن طائراته قصفت"
                    cause = cause_noun(words, i) if actor is None and trig.pos == "noun" and v is None else None
                    if cause is not None:  # "غارة إسرائيلية أسفرت عن مقتل": the raid's attacker
                        actor = _unnamed_agent(doc, words, cause, 1, None, target, sent_mentions)
                    if actor is None and trig.pos == "noun" and v is None:  # "أمرت القوات بضربات ... أسفرت عن مقتل"
                        actor = ordering_agent(words, i, sent_mentions)
                    owner = members_owner(words, i, n, sent_mentions)
                    if owner is not None and (target is None or target.start >= t1) and (actor is None or owner.key != actor.key):
                        target = owner  # "أعلن الجيش مقتل أحد جنوده": the army was attacked
                    # an attack noun as subject, the agent of the attack a killing was in, the victim
                    # right after a passive (events/attack_grammar.py)
                    actor, target = attack_sides(doc, words, i, n, trig, actor, target, sent_mentions)
                if self.unnamed and trig.type == "PROTEST":
                    actor, target = _protest_sides(doc, words, v if v is not None else i,
                                                   1 if v is not None else n, actor, target, sent_mentions)
                    if v is None:  # "تظاهر أمس مئات الطلاب": the count after the verb opens its subject
                        actor = counted_protesters(doc, words, i, n, trig, actor, sent_mentions)
                    if v is None and trig.pos == "noun" and heads_sentence(words, i):
                        # "مظاهرات الماء والكهرباء تمتد ...": a noun heading its sentence has its genitive
                        # after it, no subject; its people are who protest
                        actor = nominal_actor(doc, words, i, actor, sent_mentions)
                    # "إن أهله نظموا اعتصاما": the subject a complementizer brings (events/protest_subjects.py)
                    actor = complementizer_subject(doc, words, v if v is not None else i, actor, sent_mentions)
                    if not_protester(doc, words, actor):
                        actor = None  # "يتظاهرون في طهران ومشهد"، "أمام البرلمان": where, not who
                    target = genitive_chain(doc, words, target)  # "احتجاجا على زيارة وزير الخارجية"
                    if v is None and trig.pos == "noun" and sparked(words, i):  # "أثار القرار احتجاجات"
                        actor, target = sparked_sides(doc, words, i, n, actor, sent_mentions)
                    elif v is None and trig.pos == "noun" and held_when(words, i):  # "الاعتصام الذي نظمه العمال أمس"
                        actor, target = held_sides(doc, words, i, sent_mentions)
                if self.unnamed and trig.type in ("ASSAULT", "PROTEST"):  # "مسلحون موالون لتنظيم داعش"
                    actor, target = loyal_sides(doc, words, actor, target, sent_mentions)
                if not self.unnamed and trig.type == "ASSAULT" and trig.pos == "noun":
                    pair = clash_sides(doc.text, words, i, n, sent_mentions)
                    if pair is not None:  # "المواجهات بين الحوثيين ... والمقاومة الشعبية": each against the other
                        clash_events(doc, pair, sent, mode, sent_dates[s_index], doc.text[t0:t1], kinds, seen)
                        i += n
                        continue
                if not self.unnamed:  # the record's events: words, not blows; no place or adjunct as target
                    said = speaker_as_actor(doc, words, i, n, trig, actor, target, mentions) if v is None else None
                    if said is not None:  # "أكد كيري أنه سيلتقي ..."، "أعلنت اعتزامها زيارة ...": the speaker acts
                        actor, target = said
                    pair = joint_subjects(doc.text, words, i, trig, actor, target, sent_mentions) if v is None else None
                    if pair is not None:  # "إيران وألمانيا تتباحثان": the first side acts, the second is met
                        actor, target = pair
                    doer = adjective_doer(words, i, n, trig, states or {}, sent_mentions) if v is None and u is None else None
                    if doer is not None:  # "العقوبات الأمريكية على ..."، "الدعم الإيراني لـ ...": the state
                        (actor, target), reports = doer, True
                    sides = adjective_pair(words, i, n, trig, states or {}) if u is None else None
                    if sides is not None:  # "الاتفاق الأميركي - التركي"، "الحوار المصري الأمريكي": the two states
                        (actor, target), reports = sides, True
                    elif pair_only:
                        i += n
                        continue
                    k = v if v is not None else i
                    if ("ب" in words[k].text[: max(0, t0 - words[k].start)]
                            or (v is not None and words[k].key[:1] == "ب")) and any(
                            _strip_conjunction(w.key) in CONDEMN for w in words[max(0, k - 5) : k]):
                        i += n  # "تتهم النظام بشن هجمات"، "اتهمه بقتل": what is blamed, not a report
                        continue
                    if trig.pos == "verb" and v is None and actor is not None and actor.start > t1 and any(
                            t1 <= pm.start < actor.start and len(doc.text[t1 : pm.start].split()) <= 1
                            and not any(m.start < pm.end and pm.start < m.end for m in sent_mentions)
                            and not construct_head(doc.text, pm, actor, trig)
                            and not titled_holder(doc.text, t1, pm, actor, kinds, target) for pm in nouns) \
                            and not member_subject(words, i + n, _word_index(words, actor.start)):
                        # "ويتهم القضاء الأمريكي بورزاكو ...": the subject is a common noun, the name its
                        # object; not the men of a body ("هاجم مسلحون من جماعة ..."): the body acts
                        i += n
                        continue
                    if trig.pos == "verb" and v is None and actor is not None and actor.start > t1 and any(
                            pm.end <= t0 and not doc.text[pm.end : t0].strip()
                            and not any(m.start < pm.end and pm.start < m.end for m in sent_mentions) for pm in nouns):
                        i += n  # "أن قوات الاحتلال اعتقلت سعيد ...، وعدي ...": the subject is the common noun
                        continue  # right before the verb; the names after it are its objects, none the actor
                    if trig.pos == "verb" and v is None and i >= 2 and words[i - 1].key in RELATIVES:
                        # "واشنطن التي تتهم ...": the relative's antecedent is the subject
                        ante = [m for m in sent_mentions if words[i - 2].start < m.end <= words[i - 2].end
                                and relative_agrees(words[i - 1].key, kinds, m.entity)]
                        if ante and governed_antecedent(words, ante[-1]):
                            # "الحشد المدعومة من إيران التي ترفض واشنطن التنسيق معها": the clause is about
                            # the phrase's head; its subject, if named, follows the verb
                            nxt = words[i + n] if i + n < len(words) else None
                            actor = next((m for m in sent_mentions if nxt is not None and nxt.start <= m.start < nxt.end), None)
                            if target is not None and actor is not None and target.key == actor.key:
                                target = None
                        elif ante:
                            actor, reports = ante[-1], True  # a named antecedent's act is reported
                            if target is not None and target.key == actor.key:
                                target = None
                    if trig.pos == "verb" and v is None and actor is not None and actor.end <= t0 and words[i - 1].key not in RELATIVES and in_adjunct(
                            doc.text, actor.start, sent.start):
                        # "أثناء زيارة للرئيس الصيني ... وقعت المالديف اتفاقا": the name before the verb is in
                        # a time adjunct; the subject follows the verb
                        after = [m for m in sent_mentions if m.start >= t1 and len(doc.text[t1 : m.start].split())
                                 <= SUBJECT_REACH and not any(c in doc.text[t1 : m.start] for c in ".،؛:")]
                        if not after or in_adjunct(doc.text, after[0].start, t1):
                            i += n
                            continue
                        actor = after[0]
                        target = next((m for m in sent_mentions if m.start >= actor.end and m.key != actor.key
                                       and len(doc.text[actor.end : m.start].split()) <= OBJECT_WINDOW), None)
                    met_by = visitor(words, i, trig, actor, sent_mentions, kinds)
                    if met_by is not None:  # "زار المبعوث طهران حيث التقى ...": the visitor meets
                        actor = met_by
                        if target is not None and target.key == actor.key:
                            target = None
                    if hypothetical_noun(words, i, n, trig) or open_choice(words, i, n, trig) or called_noun(words, i, trig) or \
                            kin_genitive(doc.text, actor) or \
                            no_backing_down(words, i, n, trig) or place_named(words, i, n, trig, actor, kinds):
                        i += n  # "بأي اتفاق"، "بموجب اتفاق"؛ "رفضت عائلة زعيم الحركة"؛ "تراجع المؤشر"
                        continue
                    if called_for(words, i, n, trig, actor, target, sent_mentions) or (
                            said is None and visit_without_place(words, i, trig, target, doc.text)):
                        target = None  # "دعت إلى التعاون مع ..."، "زيارة الوزير": no one called upon, visited
                    named_by = adjective_target(words, i, n, trig, actor, states or {}, kinds)
                    if named_by is not None and (target is None or named_by.start < target.start):
                        # "استنكر التدخل الإيراني في شؤون البحرين": Iran, or no named target when the
                        # document names no Iran
                        target = named_by if named_by.entity is not None else None
                    applies, protester = purpose_protester(words, i, trig.type, trig.pos, actor, sent_mentions)
                    if applies:  # "استدعت البحرين سفيرها من طهران احتجاجا على ...": who recalled protests
                        actor = protester
                        if actor is not None and target is not None and target.key == actor.key:
                            target = None
                        if target is None:  # "احتجاجا على إصرار طهران على التدخل": whose deed it protests
                            target = protested_one(words, i, n, sent_mentions)
                            if actor is not None and target is not None and target.key == actor.key:
                                target = None
                        if target is None:  # "احتجاجا على تدخلها": the recall itself is told (envoys.py)
                            i += n
                            continue
                    etype, emode, keep = named_sides(doc.text, trig, actor, target, t0, t1, kinds, sent_mentions)
                    if not keep or administrative(kinds, actor and actor.entity, target and target.entity):
                        i += n
                        continue
                    if etype != trig.type:
                        trig = Trigger(trig.keys, etype, trig.pos, emode, trig.arg)
                    if trig.type in ("ACCUSE", "REJECT") and actor is not None:  # "استنكر/رفض تصريحات المالكي ضد ..."
                        owner, against = deed_owner(doc.text, sent_mentions, max(t1, actor.end), sent.end, kinds)
                        if owner is not None and owner.key != actor.key:
                            target = owner
                            if against is not None:
                                deeds.append((owner, against))
                        elif target is None:  # "... تصريحات أطلقها فلان، بينما استنكرت المنظمة التصريحات"
                            target = earlier_deed_owner(doc.text, max(t1, actor.end), sent.end, sent.start, mentions, kinds, actor)
                        if trig.type == "REJECT" and "رفض" in doc.text[t0:t1] and statements_of(doc.text, t1, target, kinds):
                            # "أعرب عن رفضه لتصريحات المالكي": rejecting what someone said denounces them
                            # ("يتبرأ من تصريحات": disowning them stays a REJECT)
                            trig = Trigger(trig.keys, "ACCUSE", trig.pos, "criticize", trig.arg)
                if trig.type in VIOLENT and doer_before(actor, t0) and condemned_deed(words, i, t0):
                    actor = None  # "أدان فلان قتل الطفل ...": who condemns did not kill
                if shown_person(words, doc.text, actor):
                    actor = None  # "يحملون صور الطفل فلان": whose picture is carried does nothing
                if trig.mode == "condemn" and befallen(words, t1, target, bool(target and target.entity and kinds.get(
                        target.entity, ("",))[0] == "PER"), partial(self._violent_at, words)):
                    target = None  # "أدان قتل الطفل فلان": the child is the victim, not the one condemned
                if not self.unnamed and not (
                        state_like(kinds, actor and actor.entity, trig.type, "actor")
                        and state_like(kinds, target and target.entity, trig.type, "target")
                        and not coordinated(doc.text, actor, target, trig.type)):
                    i += n  # a town or a district is where an event happens, not who acts; nor
                    continue  # is a co-subject ("تطالب فيتنام وماليزيا") the target
                if self.unnamed and trig.type == "ASSAULT" and attacker_victim(doc.text, t0, t1, target):
                    i += n  # "مقتل انتحاري": the attacker died by his own act
                    continue
                if self.unnamed and trig.type == "ASSAULT":  # "ما يجري من قتل وذبح": as the first
                    mode = chain.follow(words, i, n, mode)
                if not self.unnamed and target is None and reports:  # "قتل مسلحون من الجماعة قرويين في شمال البلد"
                    target = attacked_country(doc, trig.type, actor, t1, sent_mentions)
                if record_keeps(self.unnamed, trig, actor, target, reports):
                    # sides named by no entity ("قتل 10 أشخاص"، "سقوط قتلى") tell one event only within
                    # their sentence: another sentence's is another event
                    own = sent.start if self.unnamed and not (actor and actor.entity) \
                        and not (target and target.entity) else None
                    key = (trig.type, actor and actor.key, target and target.key, mode, own)
                    pair = (trig.type, actor and actor.key, target and target.key, None, own)
                    # a planned or hypothetical event of a pair the text already has an event of adds nothing
                    if key not in seen and not (mode in NOT_OCCURRING and mode != "negated" and pair in seen):
                        seen.add(key)
                        seen.add(pair)
                        doc.events.append(Event(
                            type=trig.type, start=sent.start, end=sent.end, text=sent.text,
                            actor=actor and actor.entity, target=target and target.entity,
                            mode=mode or trig.mode, date=sent_dates[s_index], trigger=doc.text[t0:t1],
                            actor_span=_span(doc, actor), target_span=_span(doc, target),
                            actor_sector=actor and actor.sector, target_sector=target and target.sector,
                        ))
                        # the condemned words were an accusation of their own
                        deed_accusations(doc, deeds, sent, sent_dates[s_index], doc.text[t0:t1], kinds, seen)
                        mirror = (trig.type, target and target.key, actor and actor.key, mode, own)
                        if sides is not None and trig.type in BOTH_WAYS and actor is not None and target is not None \
                                and mirror not in seen:
                            # "الاتفاق الأميركي - التركي": one agreement of both; each state is a side of it
                            seen.add(mirror)
                            doc.events.append(Event(
                                type=trig.type, start=sent.start, end=sent.end, text=sent.text,
                                actor=target.entity, target=actor.entity, mode=mode or trig.mode,
                                date=sent_dates[s_index], trigger=doc.text[t0:t1], actor_span=_span(doc, target),
                                target_span=_span(doc, actor), actor_sector=target.sector, target_sector=actor.sector,
                            ))
                i += n
            if doer is not None:
                fill_doers(doc, sent.start, doer)
            if self.unnamed:  # "وفجر انتحاري نفسه": the verb apart from its object (events/detonations.py)
                detonation_events(doc, words, sent, sent_mentions, sent_dates[s_index], self._mode)
                claimed_attacks(doc, words, sent, sent_mentions, sent_dates[s_index], self._mode,
                                partial(self._attack_at, words))  # "أعلنت جماعة مسؤوليتها عن خطف ..."
                blast_target(doc, words, sent, sent_mentions)  # "فجر نفسه قرب موكب الوزير"
                fire_events(doc, words, sent, sent_mentions, sent_dates[s_index], self._mode)  # "أطلق مسلحون النار"
                fire_target(doc, words, sent, sent_mentions)  # "أطلقوا النار مباشرة باتجاه السيارة"
                bomber_sides(doc, words, sent, partial(self._attack_at, words))  # "هجوم انتحاري"، "يقودها انتحاري"
                crowd_protest(doc, words, sent, sent_mentions, sent_dates[s_index], self._mode)
                protest_actor(doc, words, sent, sent_mentions)
                second_protest(doc, words, sent, sent_mentions, sent_dates[s_index], self._mode)
                headline_protest(doc, words, sent, sent_mentions, sent_dates[s_index], self._mode)
                caused_target(doc, words, sent, sent_mentions)
                pronoun_target(doc, words, sent, sent_mentions)
                without_preposition(doc, sent)  # "غضبهم من القرار": the decision
            drop_celebrations(doc, words, sent)  # a crowd rejoicing, by any rule above, protests no one
        if not self.unnamed:
            side_talks(doc, mentions, kinds, sent_dates)
            clearing_events(doc, mentions, kinds, sent_dates)  # "تطهير عدن من مليشيا الحوثي"
            arms_events(doc, mentions, kinds, sent_dates)  # "سلمت الولايات المتحدة ثماني طائرات إلى ..."
        add_quote_events(doc, kinds, sent_dates)
        if not self.unnamed:
            non_political(doc)
            drop_courtesies(doc)
            drop_other_senses(doc)
            drop_misread_sides(doc)
            drop_place_targets(doc)
            drop_acting_installations(doc)
            drop_past_events(doc)  # "وفي عام 1977 وافق ...": history told as background
            drop_unknown_dealings(doc)  # "التقى مدير المتحف الباحث ...": no state's side
        return doc

    def _violent_at(self, words: list[Token], j: int) -> bool:
        """Whether an attack or a coercion trigger starts at `words[j]`."""
        found = self.triggers.first_at(words, j)
        return found is not None and found.values[0].type in VIOLENT

    def _attack_at(self, words: list[Token], j: int) -> tuple[Trigger, int] | None:
        """The ASSAULT trigger starting at `words[j]` and how many words it spans, if one does."""
        found = self.triggers.first_at(words, j)
        if found is None or found.values[0].type != "ASSAULT":
            return None
        return found.values[0], found.tok_end - j

    def _mode(self, words: list[Token], i: int) -> str | None:
        return cue_mode(words, i, self.mode_cues)
