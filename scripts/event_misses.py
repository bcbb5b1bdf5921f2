"""List the gold PROTEST / ASSAULT events of arabic_event_gsr that the events layer misses.

For every gold event of `protest_spans.json` and `assault_spans.json` in the **develop** part
(never the held-back third: `marsad.event_eval` keeps the parts), prints the ones whose type is
not found in their sentence, or whose source actor or target no found event overlaps, with the
events marsad found (trigger, actor words, target words) beside the gold spans. The output is for
reading at the terminal: nothing of the sentences goes into the repository.

    PYTHONPATH=src python scripts/event_misses.py --data ../shared/data [--type PROTEST] [--all]

`--all` lists the events that are right too (marked `ok`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from marsad.event_eval import PUBLISHED, TYPES, _found, _in_part, _side_text, _word_keys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--type", choices=TYPES, default=None)
    ap.add_argument("--all", action="store_true", help="list the events found right too")
    args = ap.parse_args()
    from marsad.pipeline import Analyzer

    data = args.data
    if (data / "events" / "arabic-event-gsr-dev").is_dir():
        data = data / "events" / "arabic-event-gsr-dev"
    analyzer = Analyzer(config={"events": {"unnamed": True}})
    for etype in TYPES:
        if args.type and etype != args.type:
            continue
        items = json.loads((data / f"{etype.lower()}_spans.json").read_text(encoding="utf-8"))
        counts = {"events": 0, "missed": 0, "actor": 0, "target": 0}
        for index, item in enumerate(items):
            if not _in_part(index, "develop"):
                continue
            doc = analyzer.analyze(item["text"], published=PUBLISHED)
            found = _found(doc, etype)
            counts["events"] += 1
            marks = []
            if not found:
                marks.append("MISSED")
                counts["missed"] += 1
            for side, key in (("actor", "source_gold"), ("target", "target_gold")):
                gold = _word_keys(item.get(key) or "")
                if gold and not any(_word_keys(_side_text(doc, e, side)) & gold for e in found):
                    marks.append(f"no-{side}")
                    counts[side] += 1
            if not marks and not args.all:
                continue
            print(f"== {etype} #{index} {' '.join(marks) or 'ok'}")
            print(f"   text:   {item['text']}")
            print(f"   gold:   source={item.get('source_gold')!r} verb={item.get('verb_gold')!r}"
                  f" target={item.get('target_gold')!r}")
            for e in doc.events:
                own = "*" if e in found else " "
                print(f"  {own}found: {e.type} {e.mode} trig={e.trigger!r} actor={_side_text(doc, e, 'actor')!r}"
                      f" target={_side_text(doc, e, 'target')!r}")
        print(f"## {etype}: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
