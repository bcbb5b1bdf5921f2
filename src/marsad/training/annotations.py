"""Gold annotations kept in the repository without a word of the articles, and rebuilt from them.

The project's own annotations of SaudiNewsNet articles (GOLD.md format: entities, quotes with
speakers, agencies, dates, events) hold Arabic strings copied from the articles (anchors, name
forms, date texts). The article text belongs to its publishers and stays in ../shared/data, so
the repository keeps each such string as the character offsets where it occurs in the article
(`{"at": [start, end]}` over FULL = title + "\\n\\n" + content); English names, values and types
are the annotators' own and stay as they are.

    python3 scripts/gold_offsets.py pack GOLD.jsonl INPUTS.jsonl OUT.offsets.jsonl
    python3 scripts/gold_offsets.py unpack annotations/extra.offsets.jsonl --data ../shared/data --out DIR

(`marsad train speaker --annotations FILE` unpacks the same way, into a temporary folder.)

`unpack` writes DIR/gold/NAME.jsonl and DIR/inputs/NAME.jsonl (an evaluation folder like
shared/eval; copy or link shared/eval/score.py beside them to score it). Record ids name their
article: "snnt-2015-07-21-0011" is record 11 of SaudiNewsNet's 2015-07-21 dump.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

ID = re.compile(r"^snnt?-(\d{4}-\d{2}-\d{2})-(\d+)$")
# fields whose values are Arabic strings taken from the article
STRING_LISTS = {("entities", "ar"), ("agencies", "ar")}


def full_text(record: dict[str, Any]) -> str:
    return f"{record['title']}\n\n{record['text']}"


# one-to-one letter folds (offsets are kept): an alias spelt with or without hamza, ى/ي, ة/ه
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def _offsets(full: str, s: str, where: str) -> Any:
    """Where `s` occurs in the article. A name written without its clitic as the guide asks
    ("الرياض" for "للرياض") keeps its "ال" as `prefix`; a spelling that differs only by hamza or
    final letters points at the article's spelling. A string found nowhere stays as it is (a name
    form, never a sentence of the article)."""
    i = full.find(s)
    if i >= 0:
        return {"at": [i, i + len(s)]}
    if s.startswith("ال") and (i := full.find("لل" + s[2:])) >= 0:
        return {"at": [i + 2, i + len(s)], "prefix": "ال"}
    i = full.translate(FOLD).find(s.translate(FOLD))
    if i >= 0:
        return {"at": [i, i + len(s)]}
    print(f"{where}: {s!r} kept as written (not in the article)", file=sys.stderr)
    return s


def pack_record(gold: dict[str, Any], full: str) -> dict[str, Any]:
    gid = gold["id"]
    out: dict[str, Any] = {"id": gid}
    out["entities"] = [{**e, "ar": [_offsets(full, a, gid) for a in e.get("ar", [])]}
                       for e in gold.get("entities", [])]
    out["agencies"] = [{**a, "ar": [_offsets(full, x, gid) for x in a.get("ar", [])]}
                       for a in gold.get("agencies", [])]
    quotes = []
    for q in gold.get("quotes", []):
        q2 = {**q, "anchor": _offsets(full, q["anchor"], gid)}
        if q.get("speaker"):
            q2["speaker"] = {**q["speaker"], "ar": [_offsets(full, x, gid) for x in q["speaker"].get("ar", [])]}
        quotes.append(q2)
    out["quotes"] = quotes
    out["dates"] = [{**d, "text": _offsets(full, d["text"], gid)} for d in gold.get("dates", [])]
    out["events"] = gold.get("events", [])
    return out


def _text(full: str, ref: Any) -> str:
    if isinstance(ref, str):
        return ref
    start, end = ref["at"]
    return ref.get("prefix", "") + full[start:end]


def unpack_record(packed: dict[str, Any], full: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": packed["id"]}
    out["entities"] = [{**e, "ar": [_text(full, a) for a in e["ar"]]} for e in packed["entities"]]
    quotes = []
    for q in packed["quotes"]:
        q2 = {**q, "anchor": _text(full, q["anchor"])}
        if q.get("speaker"):
            q2["speaker"] = {**q["speaker"], "ar": [_text(full, x) for x in q["speaker"]["ar"]]}
        quotes.append(q2)
    out["quotes"] = quotes
    out["agencies"] = [{**a, "ar": [_text(full, x) for x in a["ar"]]} for a in packed["agencies"]]
    out["dates"] = [{**d, "text": _text(full, d["text"])} for d in packed["dates"]]
    out["events"] = [with_arabic_sides(e, out["entities"]) for e in packed["events"]]
    return out


def with_arabic_sides(event: dict[str, Any], entities: list[dict[str, Any]]) -> dict[str, Any]:
    """An event whose actor and target also carry the Arabic forms of the gold entities of those
    English names, as `actor_ar` / `target_ar`: the shared tune gold is written so (each of its
    sides is exactly that union), and the scorer then accepts a right actor under any of its names
    rather than only under the annotator's romanisation."""
    forms: dict[str, list[str]] = {}
    for entity in entities:
        for name in entity.get("en", []):
            forms.setdefault(name.casefold(), []).extend(entity.get("ar", []))
    out = dict(event)
    for side in ("actor", "target"):
        if f"{side}_ar" not in event:
            arabic = [a for name in event.get(side) or [] for a in forms.get(name.casefold(), [])]
            if arabic:
                out[f"{side}_ar"] = list(dict.fromkeys(arabic))
    return out


def article(data: Path, record_id: str, dumps: dict[str, list]) -> dict[str, Any]:
    """The input record of a gold id, read from SaudiNewsNet's daily dump."""
    m = ID.match(record_id)
    if m is None:
        raise ValueError(f"{record_id}: not a SaudiNewsNet record id")
    day, index = m.group(1), int(m.group(2))
    if day not in dumps:
        path = data / "news" / "saudinewsnet-NC" / f"{day}.zip"
        with zipfile.ZipFile(path) as z:
            dumps[day] = json.loads(z.read(z.namelist()[0]))
    a = dumps[day][index]
    return {"id": record_id, "title": a["title"], "text": a["content"], "published": day,
            "source": a["source"], "url": a.get("url")}


def unpack_to(packed_path: Path, data: Path, out: Path) -> Path:
    """Rebuild the evaluation folder of a packed annotation file under `out`; returns `out`."""
    name = packed_path.name.split(".")[0]
    (out / "gold").mkdir(parents=True, exist_ok=True)
    (out / "inputs").mkdir(parents=True, exist_ok=True)
    dumps: dict[str, list] = {}
    golds, inputs = [], []
    for line in packed_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            packed = json.loads(line)
            record = article(data, packed["id"], dumps)
            inputs.append(json.dumps(record, ensure_ascii=False))
            golds.append(json.dumps(unpack_record(packed, full_text(record)), ensure_ascii=False))
    (out / "gold" / f"{name}.jsonl").write_text("\n".join(golds) + "\n", encoding="utf-8")
    (out / "inputs" / f"{name}.jsonl").write_text("\n".join(inputs) + "\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pack")
    p.add_argument("gold", type=Path)
    p.add_argument("inputs", type=Path)
    p.add_argument("out", type=Path)
    u = sub.add_parser("unpack")
    u.add_argument("packed", type=Path)
    u.add_argument("--data", type=Path, default=Path("../shared/data"))
    u.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.cmd == "pack":
        inputs = {r["id"]: r for r in map(json.loads, args.inputs.read_text(encoding="utf-8").splitlines()) if r}
        lines = []
        for line in args.gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = json.loads(line)
                lines.append(json.dumps(pack_record(gold, full_text(inputs[gold["id"]])), ensure_ascii=False))
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} records to {args.out}", file=sys.stderr)
        return 0
    unpack_to(args.packed, args.data, args.out)
    name = args.packed.name.split(".")[0]
    print(f"wrote {args.out}/gold/{name}.jsonl and inputs/{name}.jsonl", file=sys.stderr)
    return 0


