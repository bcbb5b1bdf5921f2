"""A body or a place named with and without its head word is one entity even when the KB knows
only one of the forms; an unlinked short form never joins when two entities carry its name.
Names written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from entity_fixtures import layer  # noqa: F401 - pytest fixture
from marsad.kb import alias_key
from marsad.layers.entities.coref import Cluster
from marsad.layers.entities.head_variants import join_head_variants, join_mistyped_strings, name_core


def joined(clusters: list[Cluster]) -> list[int]:
    """Each cluster's root once the head variants are joined."""
    parent = list(range(len(clusters)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def join(child: int, root: int) -> None:
        parent[find(child)] = find(root)

    join_head_variants(clusters, find, join)
    join_mistyped_strings(clusters, find, join)
    return [find(i) for i in range(len(clusters))]


def cluster(typ: str, *names: str, linked: bool = False) -> Cluster:
    actor = SimpleNamespace(id="kb:" + names[0]) if linked else None
    return Cluster(typ, actor, [SimpleNamespace(key=alias_key(n)) for n in names])


def test_name_core_drops_a_head_the_name_stands_without():
    assert name_core("ORG", alias_key("نادي الهلال")) == alias_key("الهلال")
    assert name_core("ORG", alias_key("النادي الهلال")) == alias_key("الهلال")
    assert name_core("LOC", alias_key("محافظة جدة")) == alias_key("جدة")
    assert name_core("LOC", alias_key("مطار جدة")) == alias_key("مطار جدة")
    assert name_core("PER", alias_key("نادي الهلال")) == alias_key("نادي الهلال")


def test_unlinked_short_form_joins_the_linked_headed_body():
    # "أعلن تنظيم القاعدة مسؤوليته ... وقال مسؤول إن القاعدة تسعى ..."
    roots = joined([cluster("ORG", "تنظيم القاعدة", linked=True), cluster("ORG", "القاعدة")])
    assert roots[0] == roots[1]
    # "سقطت قذائف على محافظة حجة ... وقال شهود إن حجة شهدت نزوحا"
    roots = joined([cluster("LOC", "محافظة حجة", linked=True), cluster("LOC", "حجة")])
    assert roots[0] == roots[1]


def test_two_heads_of_one_body_are_one_entity():
    # "قصفت جماعة الحوثي أحياء ... وقال سكان إن مليشيا الحوثي منعت ..."
    roots = joined([cluster("ORG", "جماعة الحوثي", linked=True), cluster("ORG", "مليشيا الحوثي")])
    assert roots[0] == roots[1]


def test_no_join_when_two_entities_carry_the_name():
    roots = joined([cluster("ORG", "نادي النصر", linked=True), cluster("ORG", "جبهة النصر", linked=True),
                    cluster("ORG", "النصر")])
    assert roots[2] == 2


def test_no_join_across_types_nor_between_two_linked_entities():
    roots = joined([cluster("LOC", "محافظة الرياض", linked=True), cluster("ORG", "الرياض")])
    assert roots == [0, 1]
    roots = joined([cluster("LOC", "منطقة الرياض", linked=True), cluster("LOC", "الرياض", linked=True)])
    assert roots == [0, 1]


def test_a_name_tagged_person_joins_the_company_named_with_its_head():
    # "وقعت شركة فيرانكو عقدا مع الوزارة ... وقالت فيرانكو إن التسليم يبدأ الشهر المقبل"
    roots = joined([cluster("ORG", "شركة فيرانكو"), cluster("PER", "فيرانكو")])
    assert roots[0] == roots[1]


def test_a_string_tagged_place_joins_the_linked_body_of_that_name():
    # "وأدرجت اليونيسكو الموقع ... وقالت اليونيسكو إن الترميم يبدأ قريبا"
    roots = joined([cluster("ORG", "اليونيسكو", linked=True), cluster("LOC", "اليونيسكو")])
    assert roots[0] == roots[1]


def test_a_body_named_after_a_place_stays_a_body():
    # "ذكرت الشرق الأوسط أن المحادثات في منطقة الشرق الأوسط ..." (a paper named after the region)
    roots = joined([cluster("LOC", "الشرق الأوسط", linked=True), cluster("ORG", "الشرق الأوسط")])
    assert roots == [0, 1]
    # a full name of a person is not the company named after him
    roots = joined([cluster("ORG", "شركة برنارد ماركوس"), cluster("PER", "برنارد ماركوس")])
    assert roots == [0, 1]


def test_a_place_is_not_the_body_named_after_it():
    # "ارتفع مؤشر بورصة كوريا ... وقالت حكومة كوريا"
    roots = joined([cluster("ORG", "بورصة كوريا"), cluster("LOC", "كوريا")])
    assert roots == [0, 1]


def test_a_word_of_a_persons_full_name_is_left_to_the_person():
    roots = joined([cluster("ORG", "شركة الراجحي"), cluster("PER", "صالح الراجحي"), cluster("PER", "الراجحي")])
    assert roots[2] != roots[0]


def test_rank_of_a_kb_alias_is_no_part_of_the_name_compared():
    from marsad.layers.entities.coref import without_rank

    assert without_rank(alias_key("الأمير سعود بن فهد بن تركي").split(" ")) == \
        alias_key("سعود بن فهد بن تركي").split(" ")
    assert without_rank(alias_key("الشيخ صباح").split(" ")) == alias_key("الشيخ صباح").split(" ")


def test_lineage_short_form_joins_the_kb_prince_named_with_his_rank(layer):
    from entity_fixtures import analysed

    text = ("افتتح أمير منطقة عسير الأمير فيصل بن خالد بن عبدالعزيز معرض الكتاب في أبها. "
            "وتجول الأمير فيصل بن خالد في أجنحة المعرض واطلع على الإصدارات الجديدة.")
    doc = analysed(layer, text, "2015-08-10")
    holders = [e for e in doc.entities if any("فيصل بن خالد" in m.text for m in e.mentions)]
    assert len(holders) == 1
