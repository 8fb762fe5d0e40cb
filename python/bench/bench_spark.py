"""Side by side: hirelens.Corpus (one thread) and hirelens.spark.link (local[N])
on the same documents, one run each. A bench, not a test: it prints numbers.

    cargo run --profile py-release --example linkage_scale -- 20000 --write /tmp/docs.jsonl
    (cd python && maturin develop --release)
    python python/bench/bench_spark.py /tmp/docs.jsonl --master 'local[2]'

Prints, per stage, what a reader needs to extrapolate: documents, join keys,
candidate pairs, links, signature bytes (what the shuffles move), and wall
time; then the pairs each path found and how many of the Corpus's pairs the
Spark path found.

Shuffle bytes are read from Spark's own event log (``--events DIR``: the
stage-completed events' shuffle read/write metrics, summed per bench stage),
peak memory by sampling the RSS of this process and all its descendants (the
JVM and the Python workers) every second. Planted copies: the generator makes
every document ``d{i}`` with ``i % 100 == 99`` a near copy of an earlier one;
a copy counts as found when a near-duplicate pair links it to an earlier
document.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import threading
import time
from typing import Any

import hirelens


class TreeRss:
    """Peak summed RSS of this process and every descendant, sampled each second."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    @staticmethod
    def _tree_rss() -> int:
        children: dict[int, list[int]] = {}
        rss: dict[int, int] = {}
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                with open(f"/proc/{d}/stat", encoding="utf-8") as f:
                    st = f.read().rsplit(")", 1)[1].split()
                ppid, pages = int(st[1]), int(st[21])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d))
            rss[int(d)] = pages * 4096
        total, todo = 0, [os.getpid()]
        while todo:
            p = todo.pop()
            total += rss.get(p, 0)
            todo.extend(children.get(p, []))
        return total

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            self.peak = max(self.peak, self._tree_rss())

    def stop(self) -> int:
        self._stop.set()
        self._t.join()
        return self.peak


def planted_found(pairs: set[tuple[str, str]], n: int) -> tuple[int, int]:
    """Planted copies (d{i}, i % 100 == 99) linked to an earlier document."""
    planted = {f"d{i}" for i in range(99, n, 100)}
    linked = {b for a, b in pairs if b in planted and int(a[1:]) < int(b[1:])}
    return len(linked), len(planted)


def shuffle_by_group(events_dir: str, app_id: str) -> dict[str, tuple[int, int]]:
    """(shuffle bytes written, shuffle bytes read) per job group, from the event log."""
    path = os.path.join(events_dir, app_id)
    if not os.path.exists(path):
        path += ".inprogress"
    stage_group: dict[int, str] = {}
    out: dict[str, list[int]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                ev = json.loads(line)
            except json.JSONDecodeError:  # a log still being written
                continue
            kind = ev.get("Event")
            if kind == "SparkListenerJobStart":
                group = (ev.get("Properties") or {}).get("spark.jobGroup.id") or "other"
                for sid in ev.get("Stage IDs", []):
                    stage_group.setdefault(sid, group)
            elif kind == "SparkListenerStageCompleted":
                info = ev["Stage Info"]
                acc = {a.get("Name"): a.get("Value") for a in info.get("Accumulables", [])}
                w = int(acc.get("internal.metrics.shuffle.write.bytesWritten") or 0)
                r = int(acc.get("internal.metrics.shuffle.read.localBytesRead") or 0) + int(
                    acc.get("internal.metrics.shuffle.read.remoteBytesRead") or 0
                )
                g = out.setdefault(stage_group.get(info["Stage ID"], "other"), [0, 0])
                g[0] += w
                g[1] += r
    return {k: (v[0], v[1]) for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs", help="JSONL, one document a line (linkage_scale --write)")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--skip-corpus", action="store_true")
    ap.add_argument("--skip-spark", action="store_true", help="only the Corpus and/or MLlib")
    ap.add_argument("--driver-memory", default="2g")
    ap.add_argument("--events", metavar="DIR", help="Spark event log directory (shuffle bytes)")
    ap.add_argument(
        "--mllib",
        type=int,
        default=0,
        metavar="TABLES",
        help="also run Spark MLlib MinHashLSH.approxSimilarityJoin with this many hash tables",
    )
    args = ap.parse_args()
    tree = TreeRss()
    key = b"bench"
    with open(args.docs, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    n = len(lines)
    print(f"documents {n}")

    corpus_pairs: set[tuple[str, str]] = set()
    if not args.skip_corpus:
        t = time.perf_counter()
        c = hirelens.Corpus(key, style=False)
        c.add_many(lines)
        dt = time.perf_counter() - t
        corpus_pairs = {(p["a"], p["b"]) for p in c.pairs() if p["kind"] == "near-duplicate-text"}
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"corpus (1 thread): {dt:.1f} s wall, {n / dt:.0f} docs/s, "
            f"near-duplicate pairs {len(corpus_pairs)}, all pairs {len(c.pairs())}, "
            f"peak RSS of this process {rss:.0f} MB"
        )
        pf, pn = planted_found(corpus_pairs, n)
        print(f"corpus planted copies found {pf}/{pn}")
        del c
    del lines

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    import hirelens.spark as hs

    builder = (
        SparkSession.builder.master(args.master)
        .appName("hirelens-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", str(args.partitions))
        .config("spark.driver.memory", args.driver_memory)
        .config("spark.ui.showConsoleProgress", "false")
    )
    if args.events:
        os.makedirs(args.events, exist_ok=True)
        builder = (
            builder.config("spark.eventLog.enabled", "true")
            .config("spark.eventLog.dir", args.events)
            .config("spark.eventLog.compress", "false")
        )
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    sc.setJobGroup("load", "load")
    raw = spark.read.text(args.docs).where(F.length("value") > 0)
    df = raw.select(
        F.monotonically_increasing_id().alias("seq"),
        F.get_json_object("value", "$.id").alias("id"),
        F.col("value").alias("doc"),
    ).repartition(args.partitions)
    df = df.persist()
    df.count()

    if args.skip_spark:
        if args.mllib:
            sc.setJobGroup("mllib", "mllib")
            mllib(df, args.mllib, corpus_pairs, n)
        app = sc.applicationId
        spark.stop()
        report(args, app, tree)
        return

    t0 = time.perf_counter()
    sc.setJobGroup("sign", "sign")
    res = hs.link(df, key, doc_col="doc", order_col="seq")
    stats = res.signed.select(
        F.count("*").alias("docs"),
        F.sum(F.size("keys")).alias("keys"),
        F.sum(F.length("signature")).alias("sig_bytes"),
    ).first()
    t1 = time.perf_counter()
    sc.setJobGroup("candidates", "candidates")
    cands = res.candidate_pairs.count()
    t2 = time.perf_counter()
    sc.setJobGroup("confirm", "confirm")
    links = res.pairs.count()
    t3 = time.perf_counter()
    sc.setJobGroup("clusters", "clusters")
    clusters = res.clusters.select("cluster").distinct().count()
    t4 = time.perf_counter()
    total = t4 - t0
    assert stats is not None
    print(
        f"spark {args.master}: sign {t1 - t0:.1f} s, candidates {t2 - t1:.1f} s, "
        f"confirm {t3 - t2:.1f} s, clusters {t4 - t3:.1f} s; total {total:.1f} s wall, "
        f"{n / total:.0f} docs/s"
    )
    print(
        f"stages: documents {stats['docs']}, join keys {stats['keys']} "
        f"({stats['keys'] / max(1, stats['docs']):.1f}/doc), candidate pairs {cands} "
        f"({cands / max(1, n):.2f}/doc), links {links}, clusters {clusters}, "
        f"signature bytes {stats['sig_bytes']} ({stats['sig_bytes'] / max(1, n):.0f}/doc)"
    )
    sc.setJobGroup("collect", "collect")
    spark_pairs = {(r.a, r.b) for r in res.pairs.where("kind = 'near-duplicate-text'").collect()}
    pf, pn = planted_found(spark_pairs, n)
    print(f"spark near-duplicate pairs {len(spark_pairs)}, planted copies found {pf}/{pn}")
    if corpus_pairs:
        found = len(corpus_pairs & spark_pairs)
        print(
            f"near-duplicate pairs: corpus {len(corpus_pairs)}, spark {len(spark_pairs)}, "
            f"corpus pairs found by spark {found}/{len(corpus_pairs)}, "
            f"spark pairs not in corpus {len(spark_pairs - corpus_pairs)}"
        )
    if args.mllib:
        sc.setJobGroup("mllib", "mllib")
        mllib(df, args.mllib, corpus_pairs or spark_pairs, n)
    print(json.dumps({"documents": n, "spark_seconds": round(total, 1)}))
    app = sc.applicationId
    spark.stop()  # flushes the event log
    report(args, app, tree)


def report(args: argparse.Namespace, app: str, tree: TreeRss) -> None:
    if args.events:
        for group, (w, r) in shuffle_by_group(args.events, app).items():
            print(f"shuffle {group}: written {w} B ({w / 1e6:.1f} MB), read {r} B")
    print(f"peak RSS, this process + JVM + Python workers: {tree.stop() / 1e9:.2f} GB")


def mllib(df: Any, tables: int, corpus_pairs: set[tuple[str, str]], n: int) -> None:
    """What a Spark user would pick first: word 3-shingles, HashingTF,
    MinHashLSH, approxSimilarityJoin at Jaccard distance < 0.5 (J > 0.5)."""
    from pyspark.ml.feature import HashingTF, MinHashLSH, NGram, RegexTokenizer
    from pyspark.sql import functions as F

    t0 = time.perf_counter()
    texts = df.select("id", F.get_json_object("doc", "$.text").alias("text"))
    words = RegexTokenizer(
        inputCol="text", outputCol="words", pattern="\\W+", toLowercase=True
    ).transform(texts)
    shingles = NGram(n=3, inputCol="words", outputCol="shingles").transform(words)
    feats = (
        HashingTF(inputCol="shingles", outputCol="features", numFeatures=1 << 22, binary=True)
        .transform(shingles)
        .where(F.size("shingles") >= 20)
        .select("id", "features")
        .persist()
    )
    model = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=tables, seed=1).fit(
        feats
    )
    joined = model.approxSimilarityJoin(feats, feats, 0.5, distCol="dist")
    got = {
        (r.a, r.b)
        for r in joined.select(F.col("datasetA.id").alias("a"), F.col("datasetB.id").alias("b"))
        .where(F.col("a") != F.col("b"))
        .collect()
    }
    got = {(a, b) if int(a[1:]) < int(b[1:]) else (b, a) for a, b in got}
    dt = time.perf_counter() - t0
    found = len(corpus_pairs & got) if corpus_pairs else 0
    pf, pn = planted_found(got, n)
    print(
        f"mllib MinHashLSH ({tables} tables, approxSimilarityJoin J > 0.5): {dt:.1f} s wall, "
        f"{n / dt:.0f} docs/s, pairs {len(got)}, reference near-duplicate pairs found "
        f"{found}/{len(corpus_pairs)}, planted copies found {pf}/{pn}"
    )


if __name__ == "__main__":
    main()
