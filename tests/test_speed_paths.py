"""The fast paths of speed changes give what the plain code gives."""

from __future__ import annotations

from marsad.arabic.tokens import Token, tokenize

TEXT = "وقال الرئيسُ عبد الله ١٢٣ مرة... «نعم»، والوزراء 3.5 بالمئة — 2014/12/03 !"


def test_tokenize_matches_token_constructor() -> None:
    for _ in range(2):  # the second pass reads the per-form memo
        toks = tokenize(TEXT)
        assert [t.text for t in toks] == [TEXT[t.start : t.end] for t in toks]
        for t in toks:
            plain = Token(t.start, t.end, t.text, t.kind)
            assert (t.key, t.is_word, t.kind) == (plain.key, plain.is_word, plain.kind)
            assert t.splits == plain.splits and t.stem_start == plain.stem_start
    kinds = {t.text: t.kind for t in tokenize(TEXT)}
    assert kinds["١٢٣"] == "num" and kinds["..."] == "punct" and kinds["الرئيسُ"] == "word"
    assert tokenize(TEXT, 5, 20) == [] or all(t.start >= 5 and t.end <= 20 for t in tokenize(TEXT, 5, 20))


def test_tokenize_interns_texts() -> None:
    a = tokenize("قال الوزير")
    b = tokenize("ثم " + "".join(["قا", "ل"]) + " الوزير")
    assert a[0].text is b[1].text and a[0].key is b[1].key


def test_match_key_memo_gives_the_plain_key() -> None:
    from marsad.arabic import normalize

    words = ["أحمد", "مُحمّد", "الـــوزارة", "٢٠١٤", "Saudi", "مستشفى الملك فهد", "ا" * 40]
    for _ in range(2):
        for w in words:
            plain = normalize._DIACRITICS.sub("", w).translate(normalize._FOLD_TABLE).lower()
            assert normalize.match_key(w) == plain


def test_ranker_document_facts_answer_as_the_finder() -> None:
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speaker_ranker import SpeakerRanker
    from marsad.layers.quotes.speaker_window import DOCUMENT_PREFIXES
    from test_quotes import LAYER, make_doc

    body = ("وقال وزير الخارجية خالد المنصور في بيان للوزارة إن المحادثات مع الوفد ستستأنف. "
            "وأشار التقرير الصادر عن مؤسسة النقد إلى أن النمو تباطأ، بحسب ما أفاد به الوزير.")
    doc = make_doc(body, ents=[("PER", "خالد المنصور", [("خالد المنصور", "name")]),
                               ("ORG", "مؤسسة النقد", [("مؤسسة النقد", "name")]),
                               ("ORG", "الوزارة", [("الوزارة", "name")])])
    finder = SpeakerFinder(doc, LAYER.lex)
    ranker = SpeakerRanker()
    facts = ranker._document_facts(finder)
    assert ranker._document_facts(finder) is facts
    assert facts.document_words == [i for i, t in enumerate(finder.toks)
                                    if t.is_word and finder.lex.has("document", t, DOCUMENT_PREFIXES)]
    assert facts.document_words  # "بيان", "التقرير"
    for r in finder.mentions:
        assert facts.in_pp(r) == finder.in_pp(r)
        assert facts.in_pp(r) == finder.in_pp(r)  # from the memo
    other = SpeakerFinder(doc, LAYER.lex)
    assert ranker._document_facts(other) is not facts


def test_body_start_follows_text_and_title() -> None:
    from marsad.document import Document

    doc = Document(text="عنوان الخبر\n\n\nنص الخبر", title="عنوان الخبر")
    assert doc.body_start == doc.body_start == 14
    doc.title = "عنوان آخر"
    assert doc.body_start == 0
    doc.title, doc.text = "عنوان", "عنوان"
    assert doc.body_start == 5
    doc.text = "عنوان\nنص"
    assert doc.body_start == 6
    assert Document(text="نص فقط").body_start == 0


def test_ranker_entity_facts_follow_the_mentions() -> None:
    from marsad.document import Mention
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speaker_ranker import SpeakerRanker
    from test_quotes import LAYER, make_doc

    doc = make_doc("وقال الوزير خالد المنصور إن المحادثات ستستأنف.", title="المنصور يتحدث",
                   ents=[("PER", "خالد المنصور", [("خالد المنصور", "name"), ("الوزير", "title")])])
    facts = SpeakerRanker()._document_facts(SpeakerFinder(doc, LAYER.lex))
    entity = doc.entities[0]
    values, first = facts.of_entity(entity)
    assert values[:3] == (1.0, 0.0, 0.0) and values[5] == 0.0 and first == doc.text.index("الوزير")
    entity.mentions.insert(0, Mention(0, 7, "المنصور", "name"))  # a mention in the title
    values, first = facts.of_entity(entity)
    assert values[5] == 1.0 and first == 0


def test_quote_memos_answer_as_the_plain_code() -> None:
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speaker_ranker import SpeakerRanker
    from marsad.layers.quotes.speaker_window import SENTENCES_BACK, StatementWindow
    from test_quotes import LAYER, make_doc

    body = ("قال وزير الخارجية خالد المنصور لوكالة الأنباء إن المحادثات ستستأنف. "
            "واستقبل المنصور وفد مؤسسة النقد في مقر الوزارة. وأضاف الوزير أن النمو تباطأ.")
    doc = make_doc(body, ents=[("PER", "خالد المنصور", [("خالد المنصور", "name"), ("المنصور", "name")]),
                               ("ORG", "مؤسسة النقد", [("مؤسسة النقد", "name")]),
                               ("ORG", "الوزارة", [("الوزارة", "name")])])
    finder = SpeakerFinder(doc, LAYER.lex)
    facts = SpeakerRanker()._document_facts(finder)
    assert len(finder.mentions) >= 4 and len(finder.sents) == 3
    for _ in range(2):  # the second pass reads the memos
        for r in finder.mentions:
            first, again = finder.ref(r), finder.ref(r)
            assert first == again == finder._ref(r, True) and first is not again  # callers may change theirs
            assert finder.ref(r, False) == finder._ref(r, False)
            assert finder.in_pp(r) == finder._in_pp(r)
        for si, sent in enumerate(finder.sents):
            start = finder.sents[max(0, si - SENTENCES_BACK)].start
            by_entity: dict[str, list] = {}
            for r in finder.mentions_between(start, sent.end):
                by_entity.setdefault(r.entity.id, []).append(r)
            assert facts.window(si)[0] == by_entity
            assert facts.window(si)[1] == sorted((rs[0].start, eid) for eid, rs in by_entity.items())
            assert facts.sentence_actor(si) == StatementWindow._actor_id(
                facts.subject_actor, finder.mentions_between(sent.start, sent.end))


def test_force_groups_made_once_per_document() -> None:
    from marsad.layers.events.forces_named import _groups_of, doc_groups

    kinds = {"e1": ("ORG", None, "الحوثيين"), "e2": ("PER", None, "خالد")}
    assert _groups_of(kinds) == doc_groups(kinds) and _groups_of(kinds) is _groups_of(kinds)
    other = {"e3": ("ORG", None, "الشيشانيين")}
    assert _groups_of(other) == doc_groups(other) != doc_groups(kinds)
    other["e4"] = ("ORG", None, "الحوثيين")  # a changed dict is asked again
    assert _groups_of(other) == doc_groups(other)
