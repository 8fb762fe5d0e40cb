"""hirelens.spark on a real local[2] SparkSession: the Corpus's pairs, bounded
buckets, clusters, and no raw identifier outside the partition that read it."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import hirelens
from conftest import cover_letters, plant_contacts

pyspark = pytest.importorskip(
    "pyspark", reason="pyspark not installed (pip install hirelens[spark])"
)
pytest.importorskip("pyarrow", reason="pyarrow not installed (pip install hirelens[spark])")

from pyspark.sql import SparkSession  # noqa: E402

import hirelens.spark as hs  # noqa: E402

KEY = b"the platform's secret"
N = int(os.environ.get("HIRELENS_SPARK_DOCS", "2000"))


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("no Java runtime (java on PATH or JAVA_HOME): Spark cannot start")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    s = (
        SparkSession.builder.master("local[2]")
        .appName("hirelens-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def frame(spark: SparkSession, docs: list[dict[str, Any]]) -> Any:
    rows = [(i, d["id"], d["text"]) for i, d in enumerate(docs)]
    return spark.createDataFrame(rows, "seq long, id string, text string").repartition(3)


def test_same_pairs_as_the_corpus_on_real_letters(spark: SparkSession) -> None:
    docs = cover_letters(N)
    planted = plant_contacts(docs)
    corpus = hirelens.Corpus(KEY, style=False)
    corpus.add_many(docs)
    want = {(p["a"], p["b"], p["kind"]) for p in corpus.pairs()}
    want_score = {(p["a"], p["b"], p["kind"]): p["score"] for p in corpus.pairs()}

    res = hs.link(frame(spark, docs), key=KEY, text_col="text", id_col="id", order_col="seq")
    rows = res.pairs.collect()
    got = {(r.a, r.b, r.kind) for r in rows}
    assert {"near-duplicate-text", "shared-identifier"} <= {k for _, _, k in want}
    assert got == want
    for r in rows:
        assert r.similarity == pytest.approx(want_score[(r.a, r.b, r.kind)], abs=1e-12)
        ev = hs.evidence(r.evidence)
        assert ev["a"] == r.a and ev["kind"] == r.kind

    # clusters: the Corpus's, as sets of members
    spark_clusters: dict[str, set[str]] = {}
    for r in res.clusters.collect():
        spark_clusters.setdefault(r.cluster, set()).add(r.id)
    assert sorted(map(sorted, spark_clusters.values())) == sorted(
        sorted(c["members"]) for c in corpus.clusters()
    )

    # no raw identifier (nor text) in anything that left a partition
    texts = [
        repr(res.signed.collect()),
        repr(res.candidate_pairs.collect()),
        repr(rows),
        repr(res.clusters.collect()),
    ]
    blobs = b"".join(r.signature for r in res.signed.collect() if r.signature)
    for addr in planted:
        assert all(addr not in t for t in texts), addr
        assert addr.encode() not in blobs
    assert "compelled" not in "".join(texts) and b"compelled" not in blobs


def test_boilerplate_shared_by_thousands_is_bounded(spark: SparkSession) -> None:
    # fixture text (ours): one paragraph pasted into every document, a short unique tail
    boiler = (
        "Thank you for taking the time to read this short note about the role you posted on "
        "the board last week, I believe my background in support operations and my steady "
        "habits make me a good match for the team and the work ahead."
    )
    n, bound = 2000, 16
    docs = [
        {"id": f"b{i}", "text": f"{boiler} Reference number {i} from batch {i % 7}."}
        for i in range(n)
    ]
    res = hs.link(frame(spark, docs), key=KEY, order_col="seq", max_bucket=bound)
    keys_per_doc = max(len(r.keys) for r in res.signed.select("keys").collect())
    cands = res.candidate_pairs.count()
    # each document meets at most `bound` earlier members of each of its buckets
    assert cands <= n * bound * keys_per_doc
    assert cands < n * (n - 1) // 2 // 4
    # and the chains still join everyone: one cluster of all n
    sizes = {r.cluster: r.size for r in res.clusters.collect()}
    assert list(sizes.values()) == [n]


def test_connected_components_by_large_and_small_star(spark: SparkSession) -> None:
    # a path, a star, a cycle and an isolated edge, numbered so that the
    # smallest node is far from the others
    edges = [(i, i + 1) for i in range(100, 140)]
    edges += [(200, j) for j in range(201, 230)]
    edges += [(300 + i, 300 + (i + 1) % 12) for i in range(12)]
    edges += [(999, 5)]
    df = spark.createDataFrame(edges, "u long, v long")
    got = {r.node: r.root for r in hs.connected_components(df).collect()}
    want: dict[int, int] = {}
    for i in range(100, 141):
        want[i] = 100
    for j in range(200, 230):
        want[j] = 200
    for i in range(12):
        want[300 + i] = 300
    want[999] = want[5] = 5
    assert got == want


def test_increment_equals_a_full_run(spark: SparkSession) -> None:
    docs = cover_letters(600)
    plant_contacts(docs, every=29)
    full = hs.link(frame(spark, docs), key=KEY, order_col="seq")
    want = {(r.a, r.b, r.kind) for r in full.pairs.collect()}
    first = hs.link(frame(spark, docs[:400]), key=KEY, order_col="seq")
    rows = [(i, d["id"], d["text"]) for i, d in enumerate(docs[400:])]
    later = spark.createDataFrame(rows, "n long, id string, text string")
    step = hs.link_increment(first.signed, later, KEY, pairs=first.pairs, order_col="n")
    old = {(r.a, r.b, r.kind) for r in first.pairs.collect()}
    new = {(r.a, r.b, r.kind) for r in step.pairs.collect()}
    assert new and not (old & new)
    assert old | new == want
    assert step.signed.count() == len(docs)
    whole = {(r.id, r.cluster) for r in full.clusters.collect()}
    assert {(r.id, r.cluster) for r in step.clusters.collect()} == whole
