"""Training the speaker ranker (`marsad train speaker`) from gold articles.

Every gold set under an evaluation folder (`gold/NAME.jsonl` with `inputs/NAME.jsonl`, the
format of `shared/eval/GOLD.md`) is analysed with the ranker switched off; each statement marsad
finds that matches a gold quote (the gold anchor lies in its text) gives one training group: its
candidate speakers, labelled right when their names match the gold speaker's aliases (by the
official scorer's own matching). A conditional logit (softmax over a group's candidates, L2
penalty) is fitted by gradient descent in numpy: deterministic, no training library needed.

What the model may learn from is only structure (GOLD.md: no vocabulary of the articles): the
features of `speaker_ranker.FEATURES`. Outlets can be held out (`--hold-out`) to measure how the
choice generalises to news from outlets it was not trained on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from marsad.gold_eval import gold_sets, load_scorer
from marsad.ingest import read_inputs
from marsad.layers.quotes.speaker_ranker import FEATURES, SpeakerOption

L2 = 0.02
UNNAMED_WEIGHT = 0.5   # a statement of an unnamed source counts this much in fitting: naming nobody
                       # is right for it, but the score (and a reader) lose more by a named
                       # speaker left out than by an unnamed source lent to a name
NOBODY_NAME = "(nobody)"
STEPS = 3000
LEARNING_RATE = 0.05


@dataclass
class Group:
    """One statement: its candidates' features, which are right, which the rules chose."""

    doc_id: str
    outlet: str
    features: np.ndarray          # (candidates, features)
    right: np.ndarray             # bool per candidate
    rule: int | None              # index of the rules' choice
    names: list[str]              # the candidates' spans (for reading errors; never saved)
    statement: str = ""

    @property
    def unnamed(self) -> bool:
        """The gold speaker is nobody: only the "nobody" option (no span) is right."""
        chosen = [n for n, r in zip(self.names, self.right, strict=True) if r]
        return bool(chosen) and all(n == NOBODY_NAME for n in chosen)


def collect(eval_dirs: Iterable[Path], log: Callable[[str], None] = lambda m: None) -> list[Group]:
    """Groups from every gold set of the given evaluation folders."""
    from marsad.layers.quotes.layer import QuoteLayer
    from marsad.layers.registry import available_layers
    from marsad.pipeline import Analyzer

    eval_dirs = list(eval_dirs)
    # the official scorer's matching labels every set (annotation folders rebuilt from offsets
    # have none of their own)
    scorer_dir = next((d for d in eval_dirs if (d / "score.py").exists()), None)
    if scorer_dir is None:
        raise FileNotFoundError("no score.py in any evaluation folder: give shared/eval among them")
    scorer = load_scorer(scorer_dir)
    groups: list[Group] = []
    for eval_dir in eval_dirs:
        for inputs_path, gold_path in gold_sets(eval_dir):
            traced: dict[str, list[tuple[Any, list[SpeakerOption]]]] = {}

            def trace(doc, cand, options, traced=traced) -> None:  # noqa: ANN001
                traced.setdefault(doc.id, []).append((cand, options))

            analyzer = Analyzer([QuoteLayer(speaker_model=False, trace=trace) if name == "quotes" else name
                                 for name in available_layers()])
            outlets = {}
            records = {}
            for doc in analyzer.run(read_inputs([str(inputs_path)])):
                if hasattr(doc, "to_record"):
                    records[doc.id] = json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
                    outlets[doc.id] = doc.source or ""
            golds = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()
                     if line.strip()]
            n_before = len(groups)
            for gold in golds:
                rec = records.get(str(gold["id"]))
                if rec is None:
                    continue
                groups += _label(scorer, gold, rec, traced.get(rec["id"], []), outlets.get(rec["id"], ""))
            log(f"{eval_dir.name}/{gold_path.stem}: {len(golds)} articles, {len(groups) - n_before} statements")
    return groups


def _label(scorer: Any, gold: dict, rec: dict, traced: list, outlet: str) -> list[Group]:
    ent_keys = {e["id"]: scorer.pred_entity_keys(e) for e in rec.get("entities", [])}
    # a quote annotated with no speaker (an unnamed source) teaches the "nobody" option
    gold_quotes = [(scorer.norm(g["anchor"]), g.get("speaker")) for g in gold.get("quotes", []) if g.get("anchor")]
    out = []
    for cand, options in traced:
        if not options:
            continue
        text = scorer.norm(rec["text"][cand.start : cand.end]) if cand.end > cand.start else ""
        speakers = [sp for anchor, sp in gold_quotes if anchor and anchor in text]
        if not speakers:
            continue
        named = speakers[0]
        aliases = scorer.alias_set(named.get("ar", []), named.get("en", [])) if named else set()
        right = []
        for o in options:
            if o.ref is None:
                right.append(named is None)
                continue
            keys = set(ent_keys.get(o.ref.entity, set())) if o.ref.entity else set()
            keys |= scorer.variants(o.ref.text)
            right.append(bool(keys & aliases))
        # the rules' choice: their speaker, or nobody when they named none
        rule = next((i for i, o in enumerate(options) if o.features[FEATURES.index("rule")] > 0),
                    next((i for i, o in enumerate(options) if o.ref is None), None))
        out.append(Group(rec["id"], outlet, np.stack([o.features for o in options]),
                         np.array(right), rule, [o.ref.text if o.ref else NOBODY_NAME for o in options],
                         rec["text"][max(0, cand.pos - 80) : cand.end][:200]))
    return out


def fit(groups: list[Group], l2: float = L2, steps: int = STEPS, lr: float = LEARNING_RATE,
        unnamed_weight: float = UNNAMED_WEIGHT) -> np.ndarray:
    """Weights of the conditional logit on the groups that have a right candidate (Adam on the
    mean negative log-likelihood plus an L2 penalty; groups padded to one array)."""
    usable = [g for g in groups if g.right.any()]
    w = np.zeros(len(FEATURES))
    if not usable:
        return w
    width = max(len(g.right) for g in usable)
    x = np.zeros((len(usable), width, len(FEATURES)))
    target = np.zeros((len(usable), width))
    pad = np.full((len(usable), width), -np.inf)
    weight = np.array([unnamed_weight if g.unnamed else 1.0 for g in usable])
    weight /= weight.sum()
    for i, g in enumerate(usable):
        n = len(g.right)
        x[i, :n] = g.features
        target[i, :n] = g.right / g.right.sum()   # several right candidates share the mass
        pad[i, :n] = 0.0
    m, v = np.zeros_like(w), np.zeros_like(w)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, steps + 1):
        s = x @ w + pad
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        grad = l2 * w + np.einsum("g,gc,gcf->f", weight, p - target, x)
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        w -= lr * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
    return w


def accuracy(groups: list[Group], w: np.ndarray | None) -> float:
    """Share of statements whose chosen candidate is right (w None: the rules' choice)."""
    if not groups:
        return float("nan")
    ok = 0
    for g in groups:
        if w is None:
            ok += g.rule is not None and bool(g.right[g.rule])
        else:
            ok += bool(g.right[int(np.argmax(g.features @ w))])
    return ok / len(groups)


def save(w: np.ndarray, path: Path, info: dict[str, Any]) -> None:
    data = {"model": "conditional logit over speaker candidates (marsad.layers.quotes.speaker_ranker)",
            "features": list(FEATURES), "weights": [round(float(x), 6) for x in w], **info}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def cross_validate(groups: list[Group], l2: float = L2) -> dict[str, float]:
    """Leave-one-outlet-out: each outlet's statements chosen by a model trained on the others.
    Also on the statements of a named speaker alone: those of unnamed sources are optional in
    the score (GUIDE.md), so that figure is the one speaker accuracy follows."""
    ok = {"model": 0.0, "rules": 0.0, "model_named": 0.0, "rules_named": 0.0}
    for outlet in sorted({g.outlet for g in groups}):
        w = fit([g for g in groups if g.outlet != outlet], l2)
        test = [g for g in groups if g.outlet == outlet]
        named = [g for g in test if not g.unnamed]
        ok["model"] += accuracy(test, w) * len(test)
        ok["rules"] += accuracy(test, None) * len(test)
        if named:
            ok["model_named"] += accuracy(named, w) * len(named)
            ok["rules_named"] += accuracy(named, None) * len(named)
    n, n_named = len(groups) or 1, sum(not g.unnamed for g in groups) or 1
    return {"model": round(ok["model"] / n, 4), "rules": round(ok["rules"] / n, 4), "statements": len(groups),
            "model_named": round(ok["model_named"] / n_named, 4),
            "rules_named": round(ok["rules_named"] / n_named, 4), "named_statements": n_named}


def train_speaker_model(eval_dirs: list[Path], hold_out: frozenset[str], out: Path, l2: float = L2,
                        log: Callable[[str], None] = lambda m: None) -> dict[str, Any]:
    """Collect, fit on every outlet but the held-out ones, measure, save. Deterministic."""
    groups = collect(eval_dirs, log)
    train = [g for g in groups if g.outlet not in hold_out]
    held = [g for g in groups if g.outlet in hold_out]
    w = fit(train, l2)
    info: dict[str, Any] = {
        "trained_on": sorted({g.outlet for g in train}),
        "held_out_outlets": sorted(hold_out),
        "statements": len(train),
        "articles": len({g.doc_id for g in train}),
        "l2": l2, "steps": STEPS,
        "cross_validated": cross_validate(train, l2),
        "held_out": {"model": round(accuracy(held, w), 4), "rules": round(accuracy(held, None), 4),
                     "statements": len(held)},
        "reachable": round(float(np.mean([g.right.any() for g in groups])) if groups else 0.0, 4),
    }
    save(w, out, info)
    return info
