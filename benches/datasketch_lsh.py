#!/usr/bin/env python3
"""The same near-duplicate job as examples/linkage_scale.rs, done with the
`datasketch` MinHash LSH (pip install datasketch), for a side-by-side ratio.

Reads the JSONL that `linkage_scale N --write FILE` writes, then for every
document in order: lower-cased word 3-shingles, MinHash (128 permutations,
update_batch), query the LSH index (threshold 0.5), confirm each candidate
by exact Jaccard >= 0.5 or containment >= 0.8 on the shingle sets (as
HireLens does), insert. Timed from the texts in memory (JSON parsing excluded),
as wall-clock and as this process's CPU time (compare the CPU time with
linkage_scale's, which is CPU time too: on a busy machine wall-clock is not).

    python3 benches/datasketch_lsh.py /tmp/docs100000.jsonl
"""
import json
import re
import resource
import sys
import time

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


def main(path):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs.append((d["id"], d["text"]))
    t0 = time.perf_counter()
    c0 = time.process_time()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    sets = {}
    pairs = []
    for doc_id, text in docs:
        words = [w.lower() for w in WORD.findall(text)]
        sh = {" ".join(words[i:i + 3]).encode() for i in range(max(1, len(words) - 2))}
        m = MinHash(num_perm=128)
        m.update_batch(list(sh))
        for other in lsh.query(m):
            o = sets[other]
            inter = len(o & sh)
            j = inter / (len(o) + len(sh) - inter)
            c = inter / min(len(o), len(sh))
            if j >= 0.5 or c >= 0.8:
                pairs.append((other, doc_id))
        lsh.insert(doc_id, m)
        sets[doc_id] = sh
    t = time.perf_counter() - t0
    cpu = time.process_time() - c0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"datasketch documents {len(docs)}  index + all pairs: wall {t:.2f} s, "
          f"CPU {cpu:.2f} s ({cpu * 1e6 / len(docs):.1f} us/doc)  pairs {len(pairs)}  peak RSS {rss:.0f} MB "
          f"(lsh params b={lsh.b} r={lsh.r})")


if __name__ == "__main__":
    main(sys.argv[1])
