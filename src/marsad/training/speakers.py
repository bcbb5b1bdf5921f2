"""Training the speaker ranker (`marsad train speaker`) from gold articles.

Every gold set under an evaluation folder (`gold/NAME.jsonl` with `inputs/NAME.jsonl`, the
format of `shared/eval/GOLD.md`) is analysed with the ranker switched off; each statement marsad
finds that matches a gold quote (the gold anchor lies in its text) gives one training group: its
candidate speakers, labelled right when their names match the gold speaker's aliases (by the
official scorer's own matching). A conditional logit (softmax over a group's candidates, L2
penalty) is fitted by Newton's method in numpy: the exact optimum, no training library needed.
The penalty is chosen among `L2_GRID` by leave-one-outlet-out accuracy (train on every outlet
but one, test on that one; the strongest penalty within one standard error of the best), printed
with the candidate ceiling (the share of statements whose right speaker is among the candidates),
a learning curve and the errors by kind (`speaker_diagnostics`: would more annotation help, which
errors remain). The same inputs give a byte-identical model file.

A model is fitted by one command (the outlets of `HELD_OUT_OUTLETS` are skipped before
analysis: never trained on, never looked at). With `--prior`, the penalty pulls the weights
towards an earlier model's instead of towards zero: the gold articles reward choices that
unlabelled news does not (junk spans the rules read after a verb), so a model that was read by
hand on unlabelled news is moved only as far as leave-one-outlet-out accuracy shows is worth it
(the README says which prior the shipped file has):

    marsad train speaker --data ../shared/data --annotations annotations/extra.offsets.jsonl \
        [--prior PRIOR.json] --out src/marsad/models/speaker_ranker.json

What the model may learn from is only structure (GOLD.md: no vocabulary of the articles): the
features of `speaker_ranker.FEATURES`.
"""

from __future__ import annotations

import json
import math
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from marsad.gold_eval import gold_sets, load_scorer
from marsad.ingest import read_inputs
from marsad.layers.quotes.speaker_ranker import FEATURES, SpeakerOption, resolved_index

L2 = 0.02
UNNAMED_WEIGHT = 0.5   # a statement of an unnamed source counts this much in fitting: naming nobody
                       # is right for it, but the score (and a reader) lose more by a named
                       # speaker left out than by an unnamed source lent to a name
NOBODY_NAME = "(nobody)"
L2_GRID = (0.001, 0.003, 0.01, 0.02, 0.05, 0.1, 0.2)   # penalties tried by leave-one-outlet-out (see `choose_l2`)
MAX_ITERATIONS = 100
TOLERANCE = 1e-10
WEIGHT_DECIMALS = 6


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
    resolves: list[int] | None = None  # per candidate, the one chosen in its place (`resolved_index`)

    def choice(self, w: np.ndarray) -> int:
        """The candidate the ranker with weights `w` gives: the best, or the linked candidate its
        unlinked title stands for."""
        best = int(np.argmax(self.features @ w))
        return self.resolves[best] if self.resolves is not None else best

    @property
    def unnamed(self) -> bool:
        """The gold speaker is nobody: only the "nobody" option (no span) is right."""
        chosen = [n for n, r in zip(self.names, self.right, strict=True) if r]
        return bool(chosen) and all(n == NOBODY_NAME for n in chosen)


def collect(eval_dirs: Iterable[Path], log: Callable[[str], None] = lambda m: None,
            exclude_outlets: frozenset[str] = frozenset(), exclude_ids: frozenset[str] = frozenset()) -> list[Group]:
    """Groups from every gold set of the given evaluation folders. Articles of `exclude_outlets`
    are never analysed: the outlets kept aside are neither trained on nor looked at; nor are the
    articles of `exclude_ids` (a set measured apart)."""
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
            inputs = (r for r in read_inputs([str(inputs_path)])
                      if getattr(r, "source", None) not in exclude_outlets
                      and getattr(r, "id", None) not in exclude_ids)
            for doc in analyzer.run(inputs):
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
            log(f"{eval_dir.name}/{gold_path.stem}: {len(records)} articles read, {len(groups) - n_before} statements")
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
                         rec["text"][max(0, cand.pos - 80) : cand.end][:200],
                         [resolved_index(options, i) for i in range(len(options))]))
    return out


def _stack(usable: list[Group], unnamed_weight: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every candidate of every group as one row: features, target share, group start rows,
    and each group's weight in the objective."""
    x = np.concatenate([g.features for g in usable])
    target = np.concatenate([g.right / g.right.sum() for g in usable])   # several right ones share
    starts = np.cumsum([0] + [len(g.right) for g in usable[:-1]])
    weight = np.array([unnamed_weight if g.unnamed else 1.0 for g in usable])
    return x, target, starts, weight / weight.sum()


def fit(groups: list[Group], l2: float = L2, unnamed_weight: float = UNNAMED_WEIGHT,
        max_iter: int = MAX_ITERATIONS, prior: np.ndarray | None = None) -> np.ndarray:
    """Weights of the conditional logit on the groups that have a right candidate: the minimum of
    the weighted mean negative log-likelihood plus (l2 / 2)·|w - prior|², found by Newton's method
    with backtracking (the objective is strictly convex, so the result depends on the data alone,
    not on a learning rate or a number of steps). `prior` (zero by default) is where the penalty
    pulls: the weights of a model read on unlabelled news, which the gold articles then move only
    as far as they have evidence for."""
    center = np.zeros(len(FEATURES)) if prior is None else np.asarray(prior, dtype=float)
    usable = [g for g in groups if g.right.any()]
    w = center.copy()
    if not usable:
        return w
    x, target, starts, weight = _stack(usable, unnamed_weight)
    sizes = np.diff(np.append(starts, len(x)))
    row_weight = np.repeat(weight, sizes)

    def probabilities(w: np.ndarray) -> np.ndarray:
        s = x @ w
        s = s - np.repeat(np.maximum.reduceat(s, starts), sizes)
        e = np.exp(s)
        return e / np.repeat(np.add.reduceat(e, starts), sizes)

    def objective(w: np.ndarray) -> float:
        p = probabilities(w)
        nll = -np.sum(row_weight * target * np.log(np.maximum(p, 1e-300)))
        d = w - center
        return float(nll + 0.5 * l2 * d @ d)

    current = objective(w)
    for _ in range(max_iter):
        p = probabilities(w)
        grad = l2 * (w - center) + x.T @ (row_weight * (p - target))
        mean_x = np.add.reduceat(x * p[:, None], starts)            # each group's expected features
        hessian = (x * (row_weight * p)[:, None]).T @ x - (mean_x * weight[:, None]).T @ mean_x
        hessian[np.diag_indices_from(hessian)] += l2
        step = np.linalg.solve(hessian, grad)
        t = 1.0
        while t > 1e-8 and objective(w - t * step) > current - 1e-4 * t * grad @ step:
            t /= 2
        w = w - t * step
        previous, current = current, objective(w)
        if previous - current < TOLERANCE:
            break
    return w


def accuracy(groups: list[Group], w: np.ndarray | None) -> float:
    """Share of statements whose chosen candidate is right (w None: the rules' choice)."""
    if not groups:
        return float("nan")
    if w is None:
        return _rule_hits(groups) / len(groups)
    return sum(bool(g.right[g.choice(w)]) for g in groups) / len(groups)


def _rule_hits(groups: list[Group]) -> int:
    return sum(g.rule is not None and bool(g.right[g.rule]) for g in groups)


def save(w: np.ndarray, path: Path, info: dict[str, Any]) -> None:
    """The model file: fixed key order and decimals, so the same inputs give the same bytes."""
    data = {"model": "conditional logit over speaker candidates (marsad.layers.quotes.speaker_ranker)",
            "features": list(FEATURES), "weights": [_decimal(x) for x in w], **info}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _decimal(x: float) -> float:
    return round(float(x), WEIGHT_DECIMALS) + 0.0   # + 0.0: never "-0.0"


def _share(hits: float, n: int) -> float:
    return round(hits / n, 4) if n else 0.0


def outlet_choices(groups: list[Group], l2: float = L2, fraction: float = 1.0,
                   prior: np.ndarray | None = None) -> list[tuple[Group, int]]:
    """Leave-one-outlet-out: each statement with the candidate chosen by a model trained on the
    other outlets, on `fraction` of their articles (`training_articles`: the learning curve)."""
    chosen = []
    for outlet in sorted({g.outlet for g in groups}):
        train = [g for g in groups if g.outlet != outlet]
        keep = training_articles(train, fraction)
        w = fit([g for g in train if g.doc_id in keep], l2, prior=prior)
        chosen += [(g, g.choice(w)) for g in groups if g.outlet == outlet]
    return chosen


def training_articles(groups: list[Group], fraction: float) -> set[str]:
    """The first `fraction` of the groups' articles in a fixed pseudo-random order (CRC-32 of the
    id: the same articles on every run, and a larger fraction keeps every article of a smaller)."""
    ids = sorted({g.doc_id for g in groups}, key=lambda i: (zlib.crc32(i.encode("utf-8")), i))
    return set(ids[: max(1, round(fraction * len(ids)))]) if ids else set()


def cross_validate(groups: list[Group], l2: float = L2, prior: np.ndarray | None = None) -> dict[str, Any]:
    """Leave-one-outlet-out accuracy (`outlet_choices`). Also on the statements of a named speaker
    alone: those of unnamed sources are optional in the score (GUIDE.md), so that figure is the
    one speaker accuracy follows. `ceiling` is the share of statements whose right speaker is
    among the candidates at all."""
    chosen = outlet_choices(groups, l2, prior=prior)
    named = [g for g in groups if not g.unnamed]
    n, n_named = len(groups), len(named)
    return {"model": _share(sum(bool(g.right[c]) for g, c in chosen), n),
            "rules": _share(_rule_hits(groups), n), "statements": n,
            "model_named": _share(sum(bool(g.right[c]) for g, c in chosen if not g.unnamed), n_named),
            "rules_named": _share(_rule_hits(named), n_named),
            "named_statements": n_named,
            "ceiling": _share(sum(bool(g.right.any()) for g in groups), n),
            "ceiling_named": _share(sum(bool(g.right.any()) for g in named), n_named)}


def choose_l2(groups: list[Group], grid: Iterable[float] = L2_GRID,
              log: Callable[[str], None] = lambda m: None,
              prior: np.ndarray | None = None) -> tuple[float, dict[str, dict[str, Any]]]:
    """The strongest penalty whose leave-one-outlet-out accuracy (all statements and named
    speakers alike) is within one standard error of the best (the "one-standard-error rule":
    differences of a few statements are noise, and a weaker penalty fitted them no better on
    articles kept out of training), and every penalty's figures."""
    results = {}
    for l2 in grid:
        r = results[f"{l2:g}"] = cross_validate(groups, l2, prior)
        log(f"l2 {l2:g}: leave-one-outlet-out {r['model']:.4f}, named speakers {r['model_named']:.4f}")

    def close_to_best(l2: float) -> bool:
        r = results[f"{l2:g}"]
        return all(r[key] >= max(x[key] for x in results.values()) - _standard_error(r[key], r[n])
                   for key, n in (("model", "statements"), ("model_named", "named_statements")))

    return max(l2 for l2 in grid if close_to_best(l2)), results


def _standard_error(share: float, n: int) -> float:
    return math.sqrt(share * (1 - share) / n) if n else 0.0


def train_speaker_model(eval_dirs: list[Path], hold_out: frozenset[str], out: Path, l2: float | None = None,
                        sources: list[str] | None = None, exclude_ids: frozenset[str] = frozenset(),
                        log: Callable[[str], None] = lambda m: None, prior: Path | None = None) -> dict[str, Any]:
    """Collect (the held-out outlets' articles are skipped, never analysed), choose the penalty by
    leave-one-outlet-out accuracy unless `l2` is given, fit on every statement, save.
    Deterministic: the same inputs and code give a byte-identical file. `sources` names the
    training data in the file (as given on the command line, no temporary paths); `exclude_ids`
    are articles left out of training (a gold set to measure the model on apart); `prior` a model
    file whose weights the penalty pulls towards (`fit`), saved by name in the new file."""
    center = None
    if prior is not None:
        from marsad.layers.quotes.speaker_ranker import SpeakerRanker

        center = SpeakerRanker.load(prior).weights
        if center is None:
            raise FileNotFoundError(f"no speaker model at {prior}")
    groups = collect(eval_dirs, log, exclude_outlets=hold_out, exclude_ids=exclude_ids)
    if l2 is None:
        l2, by_l2 = choose_l2(groups, log=log, prior=center)
    else:
        by_l2 = {f"{l2:g}": cross_validate(groups, l2, center)}
    from marsad.training.speaker_diagnostics import describe  # it builds on this module

    diagnostics = describe(groups, l2, center)
    log(f"learning curve (leave-one-outlet-out by share of articles): {diagnostics['learning_curve']}")
    log(f"leave-one-outlet-out errors by kind: {diagnostics['cv_errors']}")
    w = fit(groups, l2, prior=center)
    info: dict[str, Any] = {
        "training_data": sources if sources is not None else [str(d) for d in eval_dirs],
        "trained_on": sorted({g.outlet for g in groups}),
        "outlets_never_read": sorted(hold_out),
        "articles_left_out": len(exclude_ids),
        "statements": len(groups),
        "articles": len({g.doc_id for g in groups}),
        "l2": l2,
        "cross_validated": by_l2[f"{l2:g}"],
        "cross_validated_by_l2": by_l2,
        **diagnostics,
        "training_accuracy": round(accuracy(groups, w), 4),
    }
    if center is not None:
        info["prior_weights"] = {name: _decimal(x) for name, x in zip(FEATURES, center, strict=True)}
    save(w, out, info)
    return info
