#!/usr/bin/env python3
"""Near-duplicate precision / recall on ../shared/data/cover-letter-samples.

Labels are derived from the data by a method independent of HireLens's
shingles: each letter is split into sentences; the words of its own job
(title, company, keyword list) are masked; sentences are normalised to
lower-case word tokens (4 words or more). Two letters for DIFFERENT job
titles "share a stock skeleton" when at least half of the shorter letter's
sentences occur verbatim (after masking) in the other. Pairs for the same
title are left out (same job, not "template reuse across jobs").
Predictions: the near-duplicate-text pairs of `hirelens link --format json`.

    python3 benches/cover_letters_eval.py target/release/hirelens [data dir]
"""
import itertools
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

binary = sys.argv[1]
data = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("HIRELENS_DATA", "../shared/data")
path = os.path.join(data, "cover-letter-samples", "cover_letters.jsonl")
if not os.path.exists(path):
    print(f"skipped: {path} not found")
    sys.exit(0)
rows = [json.loads(l) for l in open(path, encoding="utf-8")]
WORD = re.compile(r"[a-z0-9]+")


def masked_sentences(r):
    job = set()
    for field in ("title", "company", "keywords"):
        job |= set(WORD.findall((r.get(field) or "").lower()))
    job -= {"cover", "letter"}
    out = set()
    for s in re.split(r"[.!?\n]+", r["text"]):
        toks = ["#" if t in job else t for t in WORD.findall(s.lower())]
        if len(toks) >= 4:
            out.add(" ".join(toks))
    return out


sents = [masked_sentences(r) for r in rows]
index = defaultdict(list)
for i, ss in enumerate(sents):
    for s in ss:
        index[s].append(i)
shared = defaultdict(int)
for s, ids in index.items():
    for a, b in itertools.combinations(ids, 2):
        shared[(a, b)] += 1
title = [r["title"] for r in rows]
labels = {p for p, n in shared.items()
          if title[p[0]] != title[p[1]] and n >= 0.5 * min(len(sents[p[0]]), len(sents[p[1]]))}

docs = "\n".join(json.dumps({"kind": "proposal", "id": f"c{i}", "text": r["text"]}) for i, r in enumerate(rows))
out = subprocess.run([binary, "link", "--format", "json"], input=docs.encode(), capture_output=True, check=True)
res = json.loads(out.stdout)
pred = set()
same_title_pred = 0
for p in res["pairs"]:
    if p["kind"] != "near-duplicate-text":
        continue
    a, b = int(p["a"][1:]), int(p["b"][1:])
    a, b = min(a, b), max(a, b)
    if title[a] == title[b]:
        same_title_pred += 1
        continue
    pred.add((a, b))
tp = len(pred & labels)
n_pairs = sum(1 for a, b in itertools.combinations(range(len(rows)), 2) if title[a] != title[b])
print(f"letters {len(rows)}, different-title pairs {n_pairs}, labelled same-skeleton {len(labels)}")
print(f"predicted {len(pred)} (and {same_title_pred} same-title pairs left out), true positives {tp}")
print(f"precision {tp / max(len(pred), 1):.3f}  recall {tp / max(len(labels), 1):.3f}")
for lo in (0.3, 0.7):
    lab = {p for p, n in shared.items()
           if title[p[0]] != title[p[1]] and n >= lo * min(len(sents[p[0]]), len(sents[p[1]]))}
    t = len(pred & lab)
    print(f"  label at {lo:.0%} shared sentences: {len(lab)} pairs, precision {t / max(len(pred), 1):.3f}, recall {t / max(len(lab), 1):.3f}")
