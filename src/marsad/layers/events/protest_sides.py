"""The sides of a protest: who gathers (a crowd named before a gathering verb, "الآلاف من X", the
subject of an act done "احتجاجا") and what it is against, read from its marks first ("ضد"،
"للمطالبة بـ"، slogans and refusals) before where it marches ("أمام مقر X")."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.clauses import ADVERBIAL, DAY_BEFORE, _bare
from marsad.layers.events.mention_positions import (
    _introduced_by_preposition,
    _locative,
    _word_index,
)
from marsad.layers.events.protest_actors import (
    _counts_protests,
    _followers,
    _opening_subject,
    _organiser_before,
    _protest_noun,
    _witness,
)
from marsad.layers.events.protest_issues import (
    _ADJUNCT_OPENERS,
    _OBJECTING,
    _PRONOUN_PREPOSITIONS,
    PLACE_MARKS,
    _marked_protest_target,
)
from marsad.layers.events.protest_marks import SOLIDARITY, _mark_word, _protest_mark, _purpose_mark
from marsad.layers.events.protest_people import (
    CROWD_SECTORS,
    _count_before,
    _counted_opening,
    _definite_count,
    _genitive_of,
    _genitive_people,
    _held_by,
    _holder_before,
    _light_verb_subject,
    _nisba_people,
    _noun_before_verb,
    _organised_at,
    _partaker,
    _partitive,
    _subject_before,
)
from marsad.layers.events.protest_places import _not_protested
from marsad.layers.events.protest_subjects import subject_of_pronoun_verb
from marsad.layers.events.protest_targets import (
    _deed_agent,
    _with_apposition,
    _with_author,
    _with_coordinated,
    _with_leader,
)
from marsad.layers.events.words import (
    CLAUSE_WORDS,
    LOCATIVES,
    NUMBER_WORDS,
    QUANTITY,
    RELATIVES,
    SUBJECT_SKIP,
    _Mention,
    _strip_conjunction,
)


def _protest_sides(doc: Document, words: list[Token], k: int, n: int, actor: _Mention | None,
                   target: _Mention | None, mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """The sides of a protest: who protests is the subject after a verb that opens its clause
    ("وتظاهر آلاف الطلاب"، "احتشد عدد من الشبان"), whoever stands before it otherwise; what is
    protested is introduced by ضد، مناهضة، احتجاجا على، مطالبين or أمام ("أمام مقر الحكومة"),
    not the place where it happens."""
    actor = _subject_after_verb(doc, words, k, n, actor, mentions)
    held_by = _held_by(doc, words, k + n, mentions)
    if held_by is not None and _protest_noun(_strip_conjunction(words[k + n - 1].key)):
        actor = held_by  # "تظاهرة لأنصار المعارضة"، "مسيرة للطلاب": whose protest it is
    elif k + n < len(words) and _protest_noun(_strip_conjunction(words[k + n].key)) and (
            held_by := _held_by(doc, words, k + n + 1, mentions)) is not None:
        actor = held_by  # "خرجت مظاهرة حاشدة لأنصار المعارضة": the noun after its verb, whose it is
    if actor is None and _protest_noun(_strip_conjunction(words[k + n - 1].key)):
        # "اندلعت تظاهرات العراقيين"، "احتجاجات الطلاب": the people the protest noun names in construct
        actor = _genitive_people(doc, words, k + n, mentions)
    actor = _pronoun_subject(doc, words, k, n, actor, mentions)
    actor = _organiser_or_purpose_subject(doc, words, k, n, actor, mentions)
    target = _protest_target(doc, words, k, n, actor, target, mentions)
    if target is not None and _backer(words, target):
        # "تظاهرات مدعومة من الحزب"، "بدعوة من النقابة": who backs or calls the protest, not its target
        actor, target = actor or target, None
    if actor is not None and actor.entity is None and _protest_noun(_strip_conjunction(
            match_key(doc.text[actor.start : actor.end].split()[0]))):
        # "خرجت مظاهرات حاشدة": the protest is not its own actor; the people it names in construct
        # are ("خرجت مظاهرات أنصار المعارضة"، "اندلعت احتجاجات الطلاب")
        actor = _genitive_people(doc, words, _word_index(words, actor.start) + 1, mentions)
    if target is not None and target.entity is not None:  # "مبنى وزارة الدفاع الأميركية البنتاغون"
        target = _with_apposition(doc, words, target, mentions)
    actor, target = _followers(doc, words, actor, target, mentions)
    if actor is not None and (_witness(words, k, actor) or _counts_protests(doc, words, actor)):
        actor = None  # "شهدت بغداد مظاهرات"، "المدينة التي شهدت احتجاجات": where, not who; "أولى المظاهرات"
    if (people := _nisba_people(words, k + n)) is not None and (actor is None or actor.end <= words[k].start):
        # "لتفريق مظاهرات فلسطينية": the protest's people by the adjective of its noun, not who
        # disperses it
        actor = people
    partook = None
    if actor is None:
        actor = _partaker(doc, words, k, n, mentions)  # "وشارك في المظاهرة نواب"، "مظاهرة شارك فيها عشرات"
        partook = actor
    if actor is None and k + n + 1 < len(words) and words[k + n].key == "من":
        actor = next((m for m in mentions if words[k + n + 1].start <= m.start < words[k + n + 1].end
                      and (m.protester or m.sector in CROWD_SECTORS)), None)  # "تجمع من المحتجين"
    if target is not None and (target.protester or actor is not None and target.start < actor.end
                               and actor.start < target.end):
        # protesters are who protests, never the target ("تجمع من المتظاهرين")
        actor, target = actor or target, None
    if actor is None and k > 0:
        actor = _light_verb_subject(doc, words, k, mentions)  # "نظمت الجالية في المدينة تظاهرة"
    if actor is not None and actor is not partook and _after_mark(words, k + n, actor):
        # "تظاهرت عائلات الاثنين، مطالبة بحماية سكان القرية": who a demand names is not who protests
        actor = None
    actor = _trimmed(words, actor, own=True)
    actor, target = _joined_sides(doc, words, actor, target, mentions)
    actor = _with_fellows(words, _partitive(doc, words, actor, mentions), target, mentions)
    return whole_words(words, _trimmed(words, _before_purpose(words, actor), own=True)), \
        whole_words(words, _trimmed(words, _before_purpose(words, target)))


def _definite_plural_then_noun(words: list[Token], a: int) -> bool:
    """Whether word a is a definite sound plural ("السائقين"، "المحتجون") and the word after it a
    definite noun that cannot be its adjective (no plural or nisba ending: "الطريق"، "الشارع")."""
    first, second = _strip_conjunction(words[a].key), words[a + 1].key
    return first.startswith("ال") and first.endswith(("ين", "ون")) and second.startswith("ال") \
        and not second.endswith(("ين", "ون", "يه", "ي", "ات"))


def _before_purpose(words: list[Token], side: _Mention | None) -> _Mention | None:
    """A side cut before a word stating the protest's purpose inside it, as a name read too far
    may run ("نادي الضباط للاحتجاج على ..."): the purpose opens what the protest is for, no side."""
    if side is None:
        return None
    a, b = _word_index(words, side.start), _word_index(words, side.end - 1)
    for z in range(a + 1, b + 1):
        if _purpose_mark(words, z) and _strip_conjunction(words[z].key) not in ("على", "علي"):
            return _Mention(side.start, words[z - 1].end, side.entity, side.key, side.sector, side.protester)
    return side


def _subject_after_verb(doc: Document, words: list[Token], k: int, n: int, actor: _Mention | None,
                        mentions: list[_Mention]) -> _Mention | None:
    """Who protests as the subject after the protest's verb: a mention inside the trigger phrase
    ("سار المتظاهرون"), else, when the verb opens its clause, the participant past the counts and times
    after it ("وتظاهر أمس آلاف الطلاب"، "تظاهر أمس المئات بمدينة البصرة"، "واعتصم المئات أمام المقر")."""
    # ("فيما" read whole: the و/ف stripped off it leaves no clause word)
    opens = k == 0 or words[k - 1].kind == "punct" or _strip_conjunction(words[k - 1].key) in CLAUSE_WORDS \
        or words[k - 1].key in CLAUSE_WORDS \
        or words[k].key[:1] in ("و", "ف") and _strip_conjunction(words[k].key) != words[k].key \
        or (k >= 2 and _strip_conjunction(words[k - 2].key) in LOCATIVES and (k == 2 or words[k - 3].kind == "punct"))
    # ("وفي غواتيمالا نزل آلاف الأشخاص": a place put first opens the clause too); a relative's verb has
    # its antecedent as subject ("أهالي الفلوجة الذين تظاهروا في شارع 40")
    opens = opens and not (k > 0 and words[k - 1].key in RELATIVES)
    inside = [m for m in mentions if words[k].start <= m.start and m.end <= words[k + n - 1].end]
    j = k + n
    while j < len(words) and (words[j].key in QUANTITY or words[j].kind == "num" or words[j].key in SUBJECT_SKIP
                              or words[j].key in NUMBER_WORDS):
        j += 1
        if j + 2 < len(words) and words[j].key in DAY_BEFORE and words[j + 1].key == "من":
            j += 2  # "خرج مساء أول من أمس مئات ..."
    c = j + 2
    while c < len(words) and words[c].key in SUBJECT_SKIP:
        c += 1  # "وتظاهر في بيروت أمس مئات من ...": a time after the place
    if c < len(words) and j + 1 < len(words) and j == k + n and _strip_conjunction(words[j].key) in LOCATIVES \
            and words[j + 1].kind == "word" and words[c].kind in ("word", "num") and (
                words[c].key in QUANTITY or words[c].key in NUMBER_WORDS or words[c].kind == "num"):
        # "وتظاهر في العاصمة الآلاف من ...": a place told before the counted subject
        j = c
        while j < len(words) and (words[j].key in QUANTITY or words[j].key in NUMBER_WORDS or words[j].kind == "num"):
            j += 1
    if inside:
        actor = inside[0]  # "سار المتظاهرون": the trigger phrase holds its subject
    elif opens and j < len(words):
        at_j = [m for m in mentions if words[j].start <= m.start < words[j].end + 1]
        if at_j:
            actor = at_j[0]
        elif (count := _count_before(words, k + n, j)) is not None and _definite_count(words, count):
            # "تظاهر أمس المئات بمدينة البصرة": a definite count governs no genitive; it is who protests,
            # with the time told after it too ("وتظاهر العشرات أمس وسط العاصمة": not the place)
            actor = _Mention(words[count].start, words[count].end, None, "@" + words[count].key, "CVL")
        elif _mark_word(words, j):
            if (c := _count_before(words, k + n, j)) is not None:
                # "واعتصم المئات أمام المقر"، "تظاهر العشرات مساء أمس أمام ...": the count is who protests
                actor = _Mention(words[c].start, words[c].end, None, "@" + words[c].key, "CVL")
        elif actor is None or actor.end <= words[k].start or actor.start > words[j].end or _locative(words, actor):
            # "وتجمع عشرات الفلسطينيين في ميدان ...": the subject right after the verb, not a place further on
            actor = _partitive(doc, words, _bare(doc, words, j), mentions) or actor
    return actor


def _pronoun_subject(doc: Document, words: list[Token], k: int, n: int, actor: _Mention | None,
                     mentions: list[_Mention]) -> _Mention | None:
    """Who a verb with its subject as a pronoun refers to, named before it ("وخرج الطلاب ...
    وساروا"), or none after it; who the clause names as the subject of كان or a relative verb."""
    if _strip_conjunction(words[k].key).endswith(("وا", "ون")) and (actor is None or actor.start >= words[k].start
                                                             or actor.entity is not None):
        # "وخرج الطلاب ... وساروا نحو السفارة"، "الآلاف من النيباليين قد خرجوا": the verb carries its
        # subject as a pronoun; the protesters are named before it
        before = _subject_before(doc, words, k, mentions)
        if before is not None:
            actor = before
        elif actor is not None and actor.start >= words[k + n - 1].end:
            # "ممن اعتصموا بداخله في وجه المستوطنين": a verb with its subject as a pronoun has none
            # after it; who follows is its object or the object of a preposition
            actor = None
    if (said := subject_of_pronoun_verb(doc, words, k, mentions)) is not None:
        # "وكان الفلاحون قد اعتصموا"، "اعتقلت الشرطة طلابا كانوا يتظاهرون": the clause names it
        actor = said
    return actor


def _organiser_or_purpose_subject(doc: Document, words: list[Token], k: int, n: int, actor: _Mention | None,
                                  mentions: list[_Mention]) -> _Mention | None:
    """Who organised a protest ("مظاهرة نظمها حزب البعث"), or, for an act done "احتجاجا",
    the protesters of its clause or the subject of its verb ("وقاطع نواب المعارضة الجلسة احتجاجا")."""
    if words[k].key in ADVERBIAL and actor is not None and actor.end <= words[k].start and not actor.protester \
            and actor.sector not in CROWD_SECTORS and _introduced_by_preposition(words, actor):
        # "أعلن الحزب انسحابه من الحكومة احتجاجا": what is left, not who protests (people after من
        # are who is counted: "أكثر من 200 شخص معظمهم من الطلاب")
        actor = None
    if (by := _organised_at(words, k + n)) is not None:
        # "مظاهرة نظمها حزب البعث"، "مسيرة دعا إليها ..."، "وخرجت مظاهرة حاشدة نظمتها الحركة": who
        # organised it protests
        after = [m for m in mentions if by < _word_index(words, m.start) <= by + 3]
        actor = after[0] if after else (_bare(doc, words, by + 1) or actor)
    elif words[k].key in ADVERBIAL and (organiser := _organiser_before(doc, words, k, mentions)) is not None:
        actor = organiser  # "مسيرات نظمتها النقابات احتجاجا على ...": who organised what was done in protest
    elif words[k].key in ADVERBIAL and not any(m.protester and m.start >= words[k].start for m in ([actor] if actor else [])):
        # "خرج مئات من المتظاهرين تدعمهم الأحزاب احتجاجا على ...": the protesters of the clause;
        # else who did what was done in protest ("أحرق أحد التونسيين نفسه احتجاجا")
        before = [m for m in mentions if m.protester and m.end <= words[k].start]
        if before:
            actor = before[-1]
        elif actor is None:
            # "وبدأ مئات المعتقلين إضرابا عن الطعام احتجاجا": the counted subject of the clause's verb
            actor = _subject_before(doc, words, k, mentions) or _counted_opening(doc, words, k, mentions) \
                or _holder_before(doc, words, k, mentions) or _noun_before_verb(doc, words, k, mentions)
        elif (subject := _opening_subject(words, k, mentions) or _counted_opening(doc, words, k, mentions)) is not None \
                and subject.start < actor.start:
            actor = subject  # "وقاطع نواب المعارضة جلسة البرلمان احتجاجا": the verb's subject, not its object
    return actor


def _protest_target(doc: Document, words: list[Token], k: int, n: int, actor: _Mention | None,
                    target: _Mention | None, mentions: list[_Mention]) -> _Mention | None:
    """What a protest (its trigger the n words at k) is against: the side its marks name ("احتجاجا
    على القرار"، "ضد الحكومة"), else the participant found after it unless that is where it happens
    or who protests; with neither, its purpose told far on, past a long list of places."""
    objection = _strip_conjunction(words[k].key).startswith(_OBJECTING)
    marked = _marked_protest_target(doc, words, k + n, actor, mentions, objection=objection)
    if marked is None and _not_protested(doc, words, actor, target):
        target = None  # where it happens, or the protesters themselves, is not what is protested
    if marked is None and target is None:
        marked = _marked_protest_target(doc, words, k + n, actor, mentions, objection=objection, far=True)
    return target if marked is None else _whole_target(doc, words, marked, actor, mentions)


def _whole_target(doc: Document, words: list[Token], marked: _Mention, actor: _Mention | None,
                  mentions: list[_Mention]) -> _Mention:
    """What a mark of a protest names ("احتجاجا على القرار"، "ضد الحكومة"), with the name set beside
    it, who did the deplored act ("على يد قوات الاحتلال"), the sides joined to it and who leads or
    does it ("الإجراءات التي تنفذها إدارة السجون")."""
    target = _with_apposition(doc, words, marked, mentions) if marked.entity is not None else _with_author(
        doc, words, marked, mentions)
    return _with_leader(doc, words, _with_coordinated(words, _deed_agent(doc, words, marked, actor, mentions) or target,
                                                      mentions), mentions)


def marked_target(doc: Document, words: list[Token], start: int, actor: _Mention | None,
                  mentions: list[_Mention]) -> _Mention | None:
    """What a protest whose words end before word `start` is against, by its marks, whole."""
    marked = _marked_protest_target(doc, words, start, actor, mentions)
    return None if marked is None else _whole_target(doc, words, marked, actor, mentions)


# words of backing or calling before من and who does it ("مدعومة من"، "بدعوة من"، "بتنظيم من")
_BACKING = frozenset(match_key(w) for w in ("مدعومة", "مدعوم", "مدعومه", "بدعم", "بدعوة", "بتنظيم", "بمشاركة",
                                            "بدعوه", "بقيادة", "يقودها", "تقودها", "ينظمها", "تنظمها"))


def _backer(words: list[Token], side: _Mention) -> bool:
    """Whether a side is named after a word of backing or calling and من ("مدعومة من حزب ...")."""
    x = _word_index(words, side.start)
    if x >= 1 and words[x - 1].key == "من":
        x -= 1
    return x >= 1 and _strip_conjunction(words[x - 1].key) in _BACKING


def _joined_sides(doc: Document, words: list[Token], actor: _Mention | None, target: _Mention | None,
                  mentions: list[_Mention]) -> tuple[_Mention | None, _Mention | None]:
    """Who protests with what is joined to it: the genitive of its noun in construct ("سكان حي
    واكام"), and a side joined to it by و ("مئات الأطباء والممرضين"), which is then no target."""
    if actor is not None and (genitive := _genitive_of(doc, words, actor, mentions)) is not None:
        # "تظاهر سكان حي واكام": the noun after the actor's is its genitive, part of who protests
        if target is not None and target.start < genitive.end and genitive.start < target.end:
            target = None
        actor = _Mention(actor.start, genitive.end, actor.entity, actor.key, actor.sector, actor.protester)
    if actor is not None and target is not None and target.start > actor.end \
            and doc.text[actor.end : target.start].strip() in ("و", "") and doc.text[actor.end : target.start + 1].split() \
            and doc.text[actor.end : target.start + 1].split()[0].startswith("و") and not target.protester:
        # "وشارك في الاحتجاج مئات الأطباء والممرضين": a side joined to who protests protests with them
        actor, target = _Mention(actor.start, target.end, actor.entity, actor.key, actor.sector, actor.protester), None
    return actor, target


def _with_fellows(words: list[Token], actor: _Mention | None, target: _Mention | None,
                  mentions: list[_Mention]) -> _Mention | None:
    """An actor with the people coordinated right after it by و ("وتظاهر الطلاب والأساتذة"):
    who protests, all of them; not forces ("الطلاب والشرطة" clash) nor the target."""
    if actor is None:
        return None
    end = actor.end
    while True:
        x = _word_index(words, end - 1) + 1
        if x >= len(words) or words[x].kind != "word" or words[x].key[:1] != "و":
            break
        nxt = next((m for m in mentions if m.start == words[x].start + 1 and m.entity is None
                    and (m.protester or m.sector in CROWD_SECTORS)), None)
        if nxt is None or (target is not None and nxt.start < target.end and target.start < nxt.end):
            break
        end = nxt.end
    return actor if end == actor.end else _Mention(actor.start, end, actor.entity, actor.key, actor.sector, actor.protester)


def _after_mark(words: list[Token], start: int, actor: _Mention) -> bool:
    """Whether an actor comes after a mark of what the protest is against, between the trigger's
    end (word `start`) and it ("... مطالبة بحماية سكان القرية"، "ضد الحكومة"): the mark's side, not
    the subject. A place mark is passed over: a subject may follow where the protest is ("تظاهر
    أمام السفارة آلاف الطلاب")."""
    if actor.protester or actor.start < words[min(start, len(words) - 1)].start:
        return False
    a = _word_index(words, actor.start)
    return any(_protest_mark(words, x) and _strip_conjunction(words[x].key) not in PLACE_MARKS
               for x in range(start, a))


def _trimmed(words: list[Token], side: _Mention | None, own: bool = False) -> _Mention | None:
    """A two-word unlisted side without a second word that starts what follows it: a mark ("الإيرانيين
    أمام"، "مقرها تضامنا"، "نادي الصحافة للاحتجاج"), a time ("للعولمة أمس"), a verb after و
    ("الصرب وأحرقوا") or of its own ("شخص يرفعون"), or, after who protests, their protest
    ("السائقون إضرابات")."""
    if side is None or side.entity is not None:
        return side
    a, b = _word_index(words, side.start), _word_index(words, side.end - 1)
    if b != a + 1 and not (b == a + 2 and words[a + 1].kind == "word" and _mark_word(words, b)):
        return side
    if b == a + 1 and own and _definite_plural_then_noun(words, a):
        # "مئات السائقين الطريق": a definite plural takes no definite genitive; the word after is the
        # verb's object, not part of who acts
        return _Mention(side.start, words[a].end, side.entity, side.key, side.sector, side.protester)
    if b == a + 1 and _definite_count(words, a) and words[b].key != "من":
        # "نفذها المئات تندد ..."، "المئات أمس": a definite count governs no genitive, it is a side alone
        return _Mention(side.start, words[a].end, side.entity, side.key, side.sector, side.protester)
    last = _strip_conjunction(words[b].key)
    verb = words[b].key[:1] in ("و", "ف") and last.endswith("وا") and len(last) > 4
    # (not a mark of what is protested: "المتظاهرين المناهضين" is one phrase)
    mark = last in PLACE_MARKS or last in SUBJECT_SKIP or (_mark_word(words, b) and not _protest_mark(words, b))
    # "نحو 500 شخص يرفعون ..."، "ينفذ السائقون إضرابات": a verb of the side or the protest it holds
    # (a protest noun after an actor is its protest; after a target it may be the target: "تلك التظاهرة")
    verb = verb or (last[:1] in ("ي", "ت") and last.endswith("ون") and len(last) > 4) or (own and _protest_noun(last))
    # "نتائج الانتخابات شارك فيها": a verb with the protest as a pronoun after it opens a clause of its own
    verb = verb or (b + 1 < len(words) and words[b + 1].key in _PRONOUN_PREPOSITIONS)
    if not (verb or mark or last in SOLIDARITY or last in _ADJUNCT_OPENERS):
        return side
    return _Mention(side.start, words[b - 1].end, side.entity, side.key, side.sector, side.protester)


def whole_words(words: list[Token], side: _Mention | None) -> _Mention | None:
    """A side as the words of the text that name it, with the clitics attached to its first word
    ("للمتظاهرين"، "لإيران"، "والشرطة"): a side's words are the sentence's words, not a piece of one."""
    if side is None:
        return None
    first = words[_word_index(words, side.start)]
    if first.start >= side.start or first.kind != "word":
        return side
    return _Mention(first.start, side.end, side.entity, side.key, side.sector, side.protester)
