"""Side by side: hirelens.Corpus (one thread) and hirelens.spark.link (local[N])
on the same documents, one run each. A bench, not a test: it prints numbers.

    cargo run --profile py-release --example linkage_scale -- 20000 --write /tmp/docs.jsonl
    (cd python && maturin develop --release)
    python python/bench/bench_spark.py /tmp/docs.jsonl --master 'local[2]'

Prints, per stage, what a reader needs to extrapolate: documents, join keys,
candidate pairs, links, signature bytes (what the shuffles move), and wall
time; then the pairs each path found and how many of the Corpus's pairs the
Spark path found.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from typing import Any

import hirelens


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs", help="JSONL, one document a line (linkage_scale --write)")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--skip-corpus", action="store_true")
    ap.add_argument(
        "--mllib",
        type=int,
        default=0,
        metavar="TABLES",
        help="also run Spark MLlib MinHashLSH.approxSimilarityJoin with this many hash tables",
    )
    args = ap.parse_args()
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
        del c

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    import hirelens.spark as hs

    spark = (
        SparkSession.builder.master(args.master)
        .appName("hirelens-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", str(args.partitions))
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    raw = spark.read.text(args.docs).where(F.length("value") > 0)
    df = raw.select(
        F.monotonically_increasing_id().alias("seq"),
        F.get_json_object("value", "$.id").alias("id"),
        F.col("value").alias("doc"),
    ).repartition(args.partitions)
    df = df.persist()
    df.count()

    t0 = time.perf_counter()
    res = hs.link(df, key, doc_col="doc", order_col="seq")
    stats = res.signed.select(
        F.count("*").alias("docs"),
        F.sum(F.size("keys")).alias("keys"),
        F.sum(F.length("signature")).alias("sig_bytes"),
    ).first()
    t1 = time.perf_counter()
    cands = res.candidate_pairs.count()
    t2 = time.perf_counter()
    links = res.pairs.count()
    t3 = time.perf_counter()
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
    spark_pairs = {(r.a, r.b) for r in res.pairs.where("kind = 'near-duplicate-text'").collect()}
    if corpus_pairs:
        found = len(corpus_pairs & spark_pairs)
        print(
            f"near-duplicate pairs: corpus {len(corpus_pairs)}, spark {len(spark_pairs)}, "
            f"corpus pairs found by spark {found}/{len(corpus_pairs)}, "
            f"spark pairs not in corpus {len(spark_pairs - corpus_pairs)}"
        )
    if args.mllib:
        mllib(df, args.mllib, corpus_pairs, n)
    print(json.dumps({"documents": n, "spark_seconds": round(total, 1)}))
    spark.stop()


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
    print(
        f"mllib MinHashLSH ({tables} tables, approxSimilarityJoin J > 0.5): {dt:.1f} s wall, "
        f"{n / dt:.0f} docs/s, pairs {len(got)}, corpus near-duplicate pairs found "
        f"{found}/{len(corpus_pairs)}"
    )


if __name__ == "__main__":
    main()
