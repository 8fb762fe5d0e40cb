#!/usr/bin/env python3
"""Peer baseline for the AI-style hint (HL204): TF-IDF + logistic regression.

    python3.11 -m pip install -r scripts/requirements-eval.txt
    python3.11 scripts/eval_baseline.py            # reads ../shared/data or $HIRELENS_DATA

Trains a plain word n-gram TF-IDF + logistic-regression detector on the
development data and reports, next to `cargo run --release --example eval_style`:

1. the flattering number: 5-fold cross-validation inside outfox (grouped by prompt);
2. leave one generator out inside outfox (train on the other two, test on the held-out one);
3. leave one source out: train on two of {outfox, argugpt-vs-fce, hc3plus-si}, test on the third;
4. false-positive rates on human text at a threshold chosen on human text of
   another register (the 97.5th percentile of the cover letters' scores, the
   product's register), per first language in fce-learner-l1, and the worst group.

Evaluation only: nothing here ships, and no data leaves ../shared/data.
"""
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

try:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold
    from sklearn.pipeline import make_pipeline
except ImportError:
    sys.exit("eval_baseline: install the requirements first: python3.11 -m pip install -r scripts/requirements-eval.txt")


def data_dir():
    if os.environ.get("HIRELENS_DATA"):
        return Path(os.environ["HIRELENS_DATA"])
    here = Path(__file__).resolve().parent.parent
    for p in (here / "../shared/data", here / "../../shared/data"):
        if p.is_dir():
            return p
    return None


def read(d, f):
    p = d / f
    if not p.exists():
        print(f"missing {f}: skipped", file=sys.stderr)
        return []
    with open(p, encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


def model():
    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=200_000),
        LogisticRegression(max_iter=2000, C=4.0),
    )


def auc(y, s):
    return roc_auc_score(y, s) if len(set(y)) == 2 else float("nan")


def main():
    d = data_dir()
    if d is None:
        print("eval_baseline: no evaluation data (../shared/data or $HIRELENS_DATA); nothing measured.")
        return
    outfox = read(d, "outfox-student-essays/outfox_valid_test.jsonl")
    hc3 = read(d, "hc3plus-si-en-val/hc3plus_si_en_val.jsonl")
    argu = read(d, "argugpt-machine-essays/argugpt_machine_dev_test_ood.jsonl")
    fce = read(d, "fce-learner-l1/fce_all.jsonl")
    letters = read(d, "cover-letter-samples/cover_letters.jsonl")
    resumes = read(d, "resumes-updatedresumedataset/resumes.jsonl")
    seen, resumes_d = set(), []
    for r in resumes:
        if r["dup_group"] not in seen:
            seen.add(r["dup_group"])
            resumes_d.append(r)

    ox_t = [r["text"] for r in outfox]
    ox_y = [int(r["label"] != "human") for r in outfox]
    ox_g = [r["pair_id"] for r in outfox]
    ox_m = [r["source_model"] for r in outfox]

    print("### TF-IDF + logistic regression baseline\n")
    print("| evaluation | train | test | ROC AUC |\n|---|---|---|---:|")
    # 1. in-distribution CV, grouped by prompt so that paired essays stay together
    scores = np.zeros(len(ox_t))
    for tr, te in GroupKFold(n_splits=5).split(ox_t, ox_y, ox_g):
        m = model().fit([ox_t[i] for i in tr], [ox_y[i] for i in tr])
        scores[te] = m.predict_proba([ox_t[i] for i in te])[:, 1]
    print(f"| in-distribution (flatters) | outfox, 5 folds by prompt | outfox held-out folds | {auc(ox_y, scores):.3f} |")
    # 2. leave one generator out (humans split by prompt so none is seen in training)
    gens = sorted(set(ox_m) - {"human"})
    for g in gens:
        prompts = sorted(set(ox_g))
        test_prompts = set(prompts[::2])
        tr = [i for i in range(len(ox_t)) if ox_m[i] != g and ox_g[i] not in test_prompts]
        te = [i for i in range(len(ox_t)) if ox_m[i] in (g, "human") and ox_g[i] in test_prompts]
        m = model().fit([ox_t[i] for i in tr], [ox_y[i] for i in tr])
        s = m.predict_proba([ox_t[i] for i in te])[:, 1]
        print(f"| leave one generator out | outfox without {g} (half the prompts) | outfox human vs {g} (other prompts) | {auc([ox_y[i] for i in te], s):.3f} |")
    # 3. leave one source out
    sources = {
        "outfox": (ox_t, ox_y),
        "argugpt vs fce": ([r["text"] for r in argu] + [r["text"] for r in fce], [1] * len(argu) + [0] * len(fce)),
        "hc3plus-si": ([r["text"] for r in hc3], [int(r["label"] != "human") for r in hc3]),
    }
    worst = (None, 1.0)
    fitted = {}
    for held in sources:
        tt, ty = [], []
        for k, (t, y) in sources.items():
            if k != held:
                tt += t
                ty += y
        m = model().fit(tt, ty)
        fitted[held] = m
        t, y = sources[held]
        a = auc(y, m.predict_proba(t)[:, 1])
        if a < worst[1]:
            worst = (held, a)
        print(f"| leave one source out | the other two | {held} | {a:.3f} |")
    print(f"\nWorst held-out source: {worst[0]} (ROC AUC {worst[1]:.3f}).\n")

    # 4. false positives at a threshold chosen on cover letters (another register)
    print("### Baseline false positives on human text (threshold = 97.5th percentile of cover-letter scores)\n")
    print("Model trained on outfox + hc3plus-si (argugpt and fce held out, so the learner essays are unseen).\n")
    m = fitted["argugpt vs fce"]
    cl = m.predict_proba([r["text"] for r in letters])[:, 1]
    thr = float(np.percentile(cl, 97.5))
    print(f"Threshold {thr:.3f}.\n")
    print("| set | texts | flagged |\n|---|---:|---:|")

    def rate(name, texts):
        if not texts:
            return 0.0
        s = m.predict_proba(texts)[:, 1]
        k = int((s >= thr).sum())
        print(f"| {name} | {len(texts)} | {k} ({100 * k / len(texts):.2f} %) |")
        return 100 * k / len(texts)

    rate("cover letters (threshold set)", [r["text"] for r in letters])
    rate("résumés (distinct)", [r["text"] for r in resumes_d])
    rate("outfox human", [r["text"] for r in outfox if r["label"] == "human"])
    rate("**fce learners, all L1**", [r["text"] for r in fce])
    by_l1 = defaultdict(list)
    for r in fce:
        by_l1[r["l1"]].append(r["text"])
    wl = (None, -1.0)
    for l1 in sorted(by_l1):
        p = rate(f"fce L1 {l1}", by_l1[l1])
        if len(by_l1[l1]) >= 20 and p > wl[1]:
            wl = (l1, p)
    print(f"\nWorst first-language group (n ≥ 20): {wl[0]} at {wl[1]:.2f} %.\n")
    print("| machine set | texts | flagged |\n|---|---:|---:|")
    rate("argugpt (unseen source)", [r["text"] for r in argu])
    rate("outfox chatgpt (seen in training)", [r["text"] for r in outfox if r["source_model"] == "chatgpt"])


if __name__ == "__main__":
    main()
