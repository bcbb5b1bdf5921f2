"""Sources layer: kinds found on unlabelled articles of many outlets (session 24): the second
name after a dual outlet word that the KB lists with the dual's singular and an adjective of
origin ("وكالتا .. والأنباء الألمانية" is وكالة الأنباء الألمانية, not the paper "الأنباء").

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from source_fixtures import names, run


def test_a_second_name_after_a_dual_keeps_its_adjective_when_the_kb_lists_it_so():
    assert names(run("وقالت وكالتا فرانس برس والأنباء الألمانية إن القتال تجدد.")) == [
        "فرانس برس", "الأنباء الألمانية"]
    assert names(run("وأوردت وكالتا رويترز والأنباء الألمانية أن الجسر انهار.")) == [
        "رويترز", "الأنباء الألمانية"]
    # a second name the KB knows without an adjective keeps its own span
    assert names(run("وأفادت وكالتا الأناضول ودوغان بأن الانفجار وقع قرب الحدود.")) == ["الأناضول", "دوغان"]
    assert names(run("وذكرت صحيفتا واشنطن بوست ونيويورك تايمز أن الإدارة تدرس الخيارات.")) == [
        "واشنطن بوست", "نيويورك تايمز"]


def test_rating_agencies_after_a_dual_are_no_news_outlets():
    assert names(run("وخفضت وكالتا موديز وفيتش التصنيف الائتماني للبلاد.")) == []
