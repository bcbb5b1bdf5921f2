"""List every date marsad gives on a sample of unlabelled SaudiNewsNet articles, for judging by hand.

    PYTHONPATH=src python bench/date_probe.py --n 200 --seed 1 [--skip-seed 0] > probe.txt

Articles are drawn at random (seeded) from every day file except the two a kept-aside set was
drawn from, round-robin over outlets so that each outlet weighs alike. For each article it prints
the dates found (value and the words around them) and then the date-like words no found date
covers (month and weekday names, years, اليوم/أمس/غدا, Hijri months), the places to read for
misses. `--skip-seed` draws a sample disjoint from an earlier one.
"""
from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from pathlib import Path

from marsad.ingest import RawRecord, read_inputs
from marsad.pipeline import Analyzer

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet-NC"
FORBIDDEN = {"2015-08-04.zip", "2015-08-08.zip"}  # a kept-aside set was drawn from these days
CUE = re.compile(
    r"(?<![\w])(?:[وفبل]?(?:ال)?(?:يوم|أمس|امس|غدا|غداً|الغد|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء"
    r"|الخميس|الجمعة|السبت|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر"
    r"|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|محرم|صفر|ربيع|جمادى|رجب|شعبان"
    r"|رمضان|شوال|القعدة|الحجة|العام|عام|الشهر|الأسبوع|الاسبوع)|(?:1[3-4]|19|20)\d\d)(?![\w])")


# words that name or head an agency or outlet: the places to read for a missed citation
OUTLET_CUE = re.compile(
    r"(?<![\w])(?:[وفبل]?(?:ل)?(?:وكالة|الوكالة|صحيفة|الصحيفة|قناة|القناة|موقع|شبكة|إذاعة|تلفزيون|مجلة|واس|رويترز"
    r"|فرانس\s?برس|أ\s?ف\s?ب|الأناضول|سبوتنيك|تاس|العربية|سكاي\s?نيوز|الألمانية|الفرنسية|أسوشيتد|كونا|وام|بنا"
    r"|قنا|سانا|يونا|د\s?ب\s?أ|الجزيرة|بي\s?بي\s?سي|سي\s?إن\s?إن|سي\s?ان\s?ان|نيويورك\s?تايمز|واشنطن\s?بوست"
    r"|الغارديان|التلغراف|إيتار|شينخوا|الشرق\s?الأوسط|الحياة|المصري\s?اليوم|الأهرام)"
    r"|\b(?:AFP|Reuters|CNN|BBC|AP|SPA)\b)(?![\w])")


def sample(n: int, seed: int, skip_seed: int | None) -> list[RawRecord]:
    files = [str(p) for p in sorted(NEWS.glob("*.zip")) if p.name not in FORBIDDEN]
    by_outlet: dict[str, list[RawRecord]] = defaultdict(list)
    for item in read_inputs(files):
        if isinstance(item, RawRecord) and item.body:
            by_outlet[(item.source or "?").lower()].append(item)

    def draw(s: int) -> list[RawRecord]:
        rng = random.Random(s)
        pools = {k: rng.sample(v, len(v)) for k, v in sorted(by_outlet.items())}
        out: list[RawRecord] = []
        i = 0
        while len(out) < n and any(i < len(v) for v in pools.values()):
            for v in pools.values():
                if i < len(v) and len(out) < n:
                    out.append(v[i])
            i += 1
        return out

    chosen = draw(seed)
    if skip_seed is not None:
        taken = {r.origin for r in draw(skip_seed)}  # (records of the zips carry no id)
        pool = {k: [r for r in v if r.origin not in taken] for k, v in by_outlet.items()}
        by_outlet.clear()
        by_outlet.update(pool)
        chosen = draw(seed)
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip-seed", type=int, default=None)
    ap.add_argument("--layer", choices=("dates", "sources"), default="dates")
    args = ap.parse_args()
    analyzer = Analyzer()
    recs = sample(args.n, args.seed, args.skip_seed)
    for doc in analyzer.run(recs):
        if not hasattr(doc, "text"):
            continue
        text = doc.text
        print(f"=== {doc.id} {doc.source} {doc.published} | {doc.title[:90]}")
        if args.layer == "sources":
            cited: list[tuple[int, int]] = []
            for s in doc.sources:
                cited.append((s.start, s.end))
                print(f"  SRC {s.text!r}  …{text[max(0, s.start - 50):s.end + 30]}…".replace("\n", " "))
            for m in OUTLET_CUE.finditer(text):
                if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e in cited):
                    ctx = (text[max(0, m.start() - 50):m.start()] + "<<" + m.group() + ">>"
                           + text[m.end():m.end() + 30]).replace("\n", " ")
                    print(f"  ? {ctx}")
            continue
        covered: list[tuple[int, int]] = []
        for d in doc.dates:
            covered.extend((sp.start, sp.end) for sp in d.all_spans())
            ctx = (text[max(0, d.start - 45):d.start] + "[[" + text[d.start:d.end] + "]]"
                   + text[d.end:d.end + 35]).replace("\n", " ")
            print(f"  D {d.value}\t{ctx}")
        for m in CUE.finditer(text):
            if not any(s <= m.start() < e for s, e in covered):
                ctx = (text[max(0, m.start() - 40):m.start()] + "<<" + m.group() + ">>"
                       + text[m.end():m.end() + 30]).replace("\n", " ")
                print(f"  ? {ctx}")


if __name__ == "__main__":
    main()
