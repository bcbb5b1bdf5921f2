"""Dedup's entity check compares entities by KB id or spelling-proof name key (corpus/name_keys.py)."""

from __future__ import annotations

import json

from marsad.corpus.dedup import conflicts, entity_profile
from marsad.corpus.name_keys import make_key, name_words, same_entity
from marsad.corpus.work import finish
from marsad.document import Document, Entity, Mention
from test_corpus_helpers import build_store, plain_doc


def test_name_words_drop_titles_articles_and_fold_spelling():
    assert name_words("PER", "الشيخ عبدالله بن حمد الغرير") == ("عبدالله", "بن", "حمد", "غرير")
    assert name_words("PER", "عبد الله الغرير") == ("عبدالله", "غرير")
    assert name_words("PER", "الأمير محمد بن سلمان بن عبد العزيز") == name_words("PER", "محمد بن سلمان بن عبدالعزيز")
    assert name_words("PER", "نور الدين زكي") == ("نورالدين", "زكي")
    assert name_words("PER", "أسامة بن") == ("اسامه",)  # a name cut before the father's name
    assert name_words("ORG", "غرفة تجارة دبي") == name_words("ORG", "غرفه تجاره دبى")
    assert name_words("LOC", "المدينة المنورة") == ("مدينه", "منوره")


def per(name: str, kb: str | None = None):
    return make_key(kb, "PER", name)


def test_same_person_whatever_the_spelling():
    full = per("عبدالله بن حمد الغرير")
    for variant in ("عبدالله الغرير", "عبد الله بن حمد", "الغرير", "الشيخ عبد الله الغرير", "وعبدالله الغرير"):
        assert same_entity(full, per(variant)), variant
    assert same_entity(per("نايف صالح البكري"), per("نايف البكري"))
    assert same_entity(per("نايف صالح البكري"), per("نايف صالح"))
    # a rule that finds the father's name but not the family name, or the reverse: no contradiction
    assert same_entity(per("عصام بن عبداللطيف"), per("عصام الملا"))
    assert same_entity(per("عبدالعزيز بن عبدالرحمن آل"), per("عبدالعزيز بن عبدالرحمن آل سعود"))  # cut short
    assert same_entity(per("محمد بن سلمان"), per("ولي ولي العهد الأمير محمد بن سلمان بن عبدالعزيز"))


def test_different_people_stay_different():
    assert not same_entity(per("عبدالله الغرير"), per("عبدالله الفلاسي"))
    assert not same_entity(per("محمد بن سلمان"), per("محمد بن نايف"))
    assert not same_entity(per("محمد بن سالم العتيبي"), per("محمد بن خالد العتيبي"))  # fathers differ
    assert not same_entity(per("خالد العتيبي"), per("سعد العتيبي"))  # one family, two people
    assert not same_entity(per("سعيد الغامدي"), per("سعد الغامدي"))  # given names compared as written
    assert not same_entity(per("عبدالله الغرير"), per("محمد عبدالله الغرير"))  # his son
    assert same_entity(per("تيلور سويفت"), per("المغنية الأمريكية تايلور سويفت"))  # a description the title list lacks
    # KB ids decide when both are linked, unless the names are one spelled two ways
    assert not same_entity(per("محمد بن سلمان", "marsad:per/a"), per("محمد بن نايف", "marsad:per/b"))
    assert not same_entity(per("محمد بن سلمان", "marsad:per/a"), per("محمد بن سلمان بن عبدالعزيز", "marsad:per/b"))
    assert same_entity(per("ديفيد كاميرون", "marsad:per/david-cameron"), per("كاميرون"))


def test_places_and_bodies_by_kb_or_contained_words():
    assert same_entity(make_key(None, "LOC", "الرياض"), make_key(None, "LOC", "مدينة الرياض"))
    assert same_entity(make_key("marsad:loc/x", "LOC", "الرياض"), make_key(None, "ORG", "الرياض"))  # retyped
    assert not same_entity(make_key(None, "ORG", "جامعة الملك سعود"), make_key(None, "ORG", "جامعة الملك عبدالعزيز"))
    assert not same_entity(make_key(None, "LOC", "جدة"), make_key(None, "PER", "محمد الهاشمي"))
    # one place under two KB ids; a generic head word a copy adds; a hamza before و on either seat
    assert same_entity(make_key("marsad:loc/a", "LOC", "أمريكا الجنوبية"), make_key("marsad:loc/b", "LOC", "أميركا الجنوبية"))
    assert same_entity(make_key(None, "ORG", "قوات التحالف"), make_key("marsad:org/x", "ORG", "التحالف الدولي ضد داعش"))
    assert same_entity(make_key(None, "ORG", "وزارة الشئون البلدية"), make_key(None, "ORG", "وزارة الشؤون البلدية"))
    assert same_entity(per("أبا خليل السوداني"), per("أبو خليل السوداني"))
    assert same_entity(make_key(None, "ORG", "برنامج نون هيومان"), make_key(None, "ORG", "برنامج نونهيومان"))
    assert same_entity(per("هوغو شافيز", "marsad:per/a"), per("هوجو تشافيز", "marsad:per/b"))  # held twice
    # a name typed a person by one record and part of a body's name in the other
    assert same_entity(make_key(None, "PER", "ألو فايز"), make_key(None, "ORG", "فريق ألو فايز"))
    # transliterations: a letter written twice or once, "أميركية" / "أمريكية", a proclitic
    assert same_entity(make_key(None, "ORG", "نادي فلوميننزي"), make_key(None, "PER", "لفلومينزي"))
    assert same_entity(make_key(None, "ORG", "وزارة الزراعة الأميركية"), make_key(None, "ORG", "وزارة الزراعة الأمريكية"))


HOST_BODY = (
    "افتتح {name} رئيس مجلس إدارة غرفة دبي صباح أمس معرض الصناعات الغذائية في دورته الحادية عشرة بمشاركة "
    "أكثر من مئتي شركة من خمس عشرة دولة، وتجول في أجنحة المعرض واطلع على أحدث المنتجات المعروضة. "
    "وقال {short} إن المعرض أصبح منصة رئيسية لعقد الصفقات بين المصنعين والموزعين في المنطقة، "
    "مشيرا إلى أن الدورة المقبلة ستشهد توسعة المساحة المخصصة للشركات الناشئة."
)


def _host_doc(doc_id: str, name: str, short: str, title_name: str, kb: str | None = None) -> Document:
    title = f"{title_name} يفتتح معرض الصناعات الغذائية"
    doc = plain_doc(doc_id, title, HOST_BODY.format(name=name, short=short), "2026-03-02", doc_id)
    person = Entity("e1", "PER", name, None, kb)
    for form in (title_name, name, short):
        start = doc.text.find(form)
        person.mentions.append(Mention(start, start + len(form), form))
    doc.entities = [person]
    return doc


def _entity(doc: Document, etype: str, name: str, kb: str | None) -> Entity:
    start = doc.text.find(name)
    return Entity(f"e{len(doc.entities) + 1}", etype, name, None, kb, [Mention(start, start + len(name), name)])


def _cluster_ids(store) -> dict[str, int]:
    return dict(store.conn.execute("SELECT id, cluster_id FROM documents").fetchall())


def test_wire_copies_with_name_variants_join(tmp_path):
    original = _host_doc("a", "الشيخ عبدالله بن حمد الغرير", "الغرير", "عبدالله الغرير")
    edited = _host_doc("b", "عبدالله الغرير", "الغرير", "عبد الله الغرير")
    # the copies' profiles name the person differently; the first linked him, the second did not
    edited.entities.append(_entity(edited, "ORG", "غرفة دبي", None))
    original.entities.append(_entity(original, "LOC", "دبي", "marsad:loc/dubai"))
    store = build_store(tmp_path / "m.db", [original, edited])
    rows = _cluster_ids(store)
    assert rows["a"] == rows["b"]


def test_same_template_about_different_people_stays_apart(tmp_path):
    one = _host_doc("a", "عبدالله بن حمد الغرير", "الغرير", "عبدالله الغرير")
    other = _host_doc("b", "عبدالله بن سعيد الفلاسي", "الفلاسي", "عبدالله الفلاسي")
    cousin = _host_doc("c", "عبدالله بن خالد الغرير", "الغرير", "عبدالله بن خالد الغرير")
    store = build_store(tmp_path / "m.db", [one, other])
    store.begin()
    store.add(finish(cousin, "raw-c"))
    store.commit()
    rows = _cluster_ids(store)
    assert len({rows["a"], rows["b"], rows["c"]}) == 3


def test_profile_does_not_depend_on_how_a_rule_spelled_the_person():
    # an entity rule that adds or drops the nasab, a title or the article of a person's span
    # must not change which documents conflict
    other = entity_profile([Entity("e1", "PER", "عبدالله الفلاسي", None, None,
                                   [Mention(0, 5, "x"), Mention(9, 14, "x")])], 8)
    spellings = ["عبدالله بن حمد الغرير", "عبدالله الغرير", "الشيخ عبد الله بن حمد الغرير", "الغرير"]
    profiles = [entity_profile([Entity("e1", "PER", s, None, None, [Mention(0, 5, "x"), Mention(9, 14, "x")])], 8)
                for s in spellings]
    for p in profiles:
        assert all(not conflicts(p, q) for q in profiles)
        assert conflicts(p, other)


def test_profiles_of_older_stores_are_read():
    old = json.dumps([["PER:عبدالله بن حمد الغرير"], ["PER:عبدالله بن حمد الغرير", "marsad:loc/dubai"]],
                     ensure_ascii=False)
    new = entity_profile([Entity("e1", "PER", "عبدالله الغرير", None, None, [Mention(0, 5, "x"), Mention(9, 14, "x")]),
                          Entity("e2", "LOC", "سوريا", None, "marsad:loc/syria", [Mention(0, 5, "x")] * 2)], 8)
    assert not conflicts(old, new)  # the new document's Syria is unmatched, but the old one's person is matched
    stranger = entity_profile([Entity("e1", "PER", "سعيد الفلاسي", None, None, [Mention(0, 5, "x")] * 2)], 8)
    assert conflicts(old, stranger)


def _profile_of(*ents: tuple[str, str, str | None]) -> str:
    return entity_profile([Entity(f"e{i}", t, n, None, kb, [Mention(0, 5, "x"), Mention(9, 14, "x")])
                           for i, (t, n, kb) in enumerate(ents)], 8)


def test_only_a_template_swap_vetoes():
    port = ("LOC", "ميناء عدن", None)
    edit_a = _profile_of(port, ("PER", "عبدربه منصور هادي", "marsad:per/hadi"))
    edit_b = _profile_of(port, ("ORG", "قوات الشرعية والمقاومة", None))
    assert not conflicts(edit_a, edit_b)  # one copy names the president, the other a body: an edit
    swap_a = _profile_of(port, ("PER", "خالد بن سعد الحربي", None))
    swap_b = _profile_of(port, ("PER", "فهد بن علي الشمري", None))
    assert conflicts(swap_a, swap_b)
    assert conflicts(_profile_of(("LOC", "النيجر", "marsad:loc/niger")), _profile_of(("ORG", "حكومة جامايكا", None)))


def test_transliterations_match_and_arabic_given_names_do_not():
    from marsad.corpus.name_keys import _same_word

    for a, b in (("انجليس", "انجلوس"), ("تيلور", "تايلور"), ("مارغريت", "مارجريت"), ("يكسيس", "كسيس")):
        assert _same_word(a, b, False), (a, b)
    for a, b in (("سعيد", "سعد"), ("حامد", "حمد"), ("سليمان", "سلمان"), ("عمر", "عمرو"), ("عادل", "عدل")):
        assert not _same_word(a, b, False), (a, b)
    assert same_entity(per("أليكسيس تسيبراس"), per("ألكسيس تسيبراس"))
    assert same_entity(make_key(None, "LOC", "لوس أنجليس"), make_key(None, "LOC", "لوس أنجلوس"))
