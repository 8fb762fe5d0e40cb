"""Linkage on Apache Spark: the :class:`hirelens.Corpus`'s pairs, at platform scale.

``pip install hirelens[spark]``. :func:`link` runs on any PySpark DataFrame of
documents and returns DataFrames of pairs and of clusters:

1. **Sign** (``mapInArrow``, the Rust core, one Arrow batch at a time): each
   document becomes its keyed signature (shingle hashes, identifier digests,
   name digests, photo hash, shingle offsets) and its 64-bit join keys
   (LSH band keys, identifier digests, name skeleton, photo pieces). Raw text
   and raw identifiers never leave the partition that read them.
2. **Candidates** (Spark's own join): documents sharing a join key. A bucket
   is walked as the Corpus walks its LSH chains: each document meets at most
   ``max_bucket`` earlier members of the bucket (by document order), so a
   boilerplate sentence shared by a million documents costs
   ``max_bucket`` x a million comparisons, never a million squared. The join
   is on ``(key, block)`` with blocks of ``max_bucket`` ranks, each row
   meeting its own block and the one before.
3. **Confirm** (``mapInArrow``, the Rust core): each candidate pair is
   decided by the Corpus's own rules (exact Jaccard >= 0.5 or containment
   >= 0.8 with the shared passages' offsets, the same identifier, the same
   photo, a name variant).
4. **Clusters**: connected components of the strong links by the
   large-star / small-star method of Kiveris et al., "Connected Components
   in MapReduce and Beyond" (SoCC 2014), in DataFrame operations.

On the same documents (in the same order) and key, the pairs are those of
``hirelens.Corpus(key, style=False)`` - writing-style links (HL404) are not
computed here - as long as no bucket exceeds ``max_bucket`` (4096, the
Corpus's own walk limit) beyond which both bound the work the same way.
Identifier, name and photo buckets are bounded here too; the Corpus links a
document to the 16 most recent sharers of an identifier (so past 16 sharers
this path has more shared-identifier pairs; the clusters are the same) and
compares every member of name and photo buckets. Device and payout-account links (platform logs) are
graded as for a pair of accounts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import hirelens

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa
    from pyspark.sql import DataFrame

__all__ = [
    "LinkResult",
    "candidates",
    "clusters",
    "confirm",
    "connected_components",
    "link",
    "link_increment",
    "sign",
]

#: The Corpus's LSH walk limit (``minhash::MAX_BUCKET_WALK``).
MAX_BUCKET = 4096

SIGNED_SCHEMA = "seq long, id string, signature binary, keys array<long>, error string"
PAIRS_SCHEMA = (
    "a string, b string, kind string, similarity double, severity string, "
    "strong boolean, evidence string, seq_a long, seq_b long"
)


class LinkResult:
    """Everything :func:`link` computed; ``pairs`` and ``clusters`` are the answer.

    ``pairs``: a, b (a the earlier document), kind, similarity, severity, strong,
    evidence (JSON), seq_a, seq_b. ``clusters``: id, cluster (the id of the
    cluster's earliest document), size - computed on first use (connected
    components run Spark jobs). ``signed``: seq, id, signature (keyed hashes),
    keys (join keys), error. ``candidate_pairs``: seq_a, seq_b, the pairs the
    join proposed.
    """

    def __init__(
        self,
        pairs: DataFrame,
        signed: DataFrame,
        candidate_pairs: DataFrame,
        links_for_clusters: DataFrame,
    ) -> None:
        self.pairs = pairs
        self.signed = signed
        self.candidate_pairs = candidate_pairs
        self._links = links_for_clusters
        self._clusters: DataFrame | None = None

    @property
    def clusters(self) -> DataFrame:
        if self._clusters is None:
            self._clusters = clusters(self.signed, self._links)
        return self._clusters

    def __iter__(self) -> Iterator[DataFrame]:
        # `pairs, clusters = link(...)`
        return iter((self.pairs, self.clusters))


def _key_bytes(key: bytes | str) -> bytes:
    k = key.encode("utf-8") if isinstance(key, str) else bytes(key)
    if not k:
        raise ValueError("key: a non-empty key is required (the caller keeps it secret)")
    return k


def sign(
    df: DataFrame,
    key: bytes | str,
    *,
    text_col: str | None = "text",
    id_col: str = "id",
    doc_col: str | None = None,
    order_col: str | None = None,
    kind: str = "proposal",
) -> DataFrame:
    """Signatures and join keys of every document (``mapInArrow``, Rust core).

    A row is a document either as JSON text in ``doc_col`` (the v1 contract),
    or as plain text in ``text_col`` (read as a ``kind`` document with that
    text). ``order_col`` (long) gives the document order, the order in which a
    Corpus would have added them; by default, the DataFrame's own order
    (``monotonically_increasing_id``). Invalid documents are kept with
    ``signature`` null and the reason in ``error``.
    """
    from pyspark.sql import functions as F

    k = _key_bytes(key)
    seq = F.col(order_col).cast("long") if order_col else F.monotonically_increasing_id()
    body = F.col(doc_col) if doc_col else F.col(text_col or "text")
    docs = df.select(seq.alias("seq"), F.col(id_col).cast("string").alias("id"), body.alias("body"))
    as_json = doc_col is not None

    def run(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        import pyarrow as pa

        for batch in batches:
            seqs = batch.column("seq").to_pylist()
            ids = batch.column("id").to_pylist()
            bodies = batch.column("body").to_pylist()
            if as_json:
                docs_: list[Any] = [b if b is not None else "null" for b in bodies]
            else:
                docs_ = [
                    {"kind": kind, "id": i, "text": b if b is not None else ""}
                    for i, b in zip(ids, bodies)
                ]
            out = hirelens.sign(docs_, k, ids=ids, strict=False)
            yield pa.RecordBatch.from_pydict(
                {
                    "seq": pa.array(seqs, pa.int64()),
                    "id": pa.array(out["id"], pa.string()),
                    "signature": pa.array(out["signature"], pa.binary()),
                    "keys": pa.array(out["keys"], pa.list_(pa.int64())),
                    "error": pa.array(out["error"], pa.string()),
                }
            )

    return docs.mapInArrow(run, SIGNED_SCHEMA)


def candidates(signed: DataFrame, *, max_bucket: int = MAX_BUCKET) -> DataFrame:
    """Pairs ``(seq_a, seq_b)``, ``seq_a < seq_b``, that share a join key,
    each document meeting at most ``max_bucket`` earlier members of a bucket."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    if max_bucket < 1:
        raise ValueError("max_bucket: at least 1")
    keys = signed.where(F.col("signature").isNotNull()).select(
        "seq", F.explode("keys").alias("key")
    )
    ranked = keys.withColumn(
        "rank", F.row_number().over(Window.partitionBy("key").orderBy("seq")) - 1
    ).withColumn("block", F.floor(F.col("rank") / max_bucket).cast("long"))
    left = ranked.select("key", "block", F.col("seq").alias("seq_a"), F.col("rank").alias("rank_a"))
    # a later member meets its own block and the one before: every earlier
    # member within max_bucket ranks, no other
    right = ranked.select(
        "key",
        F.explode(F.array(F.col("block"), F.col("block") - 1)).alias("block"),
        F.col("seq").alias("seq_b"),
        F.col("rank").alias("rank_b"),
    )
    joined = left.join(right, ["key", "block"]).where(
        (F.col("rank_a") < F.col("rank_b")) & (F.col("rank_b") - F.col("rank_a") <= max_bucket)
    )
    return joined.select("seq_a", "seq_b").distinct()


def confirm(
    signed: DataFrame,
    pairs: DataFrame,
    *,
    jaccard: float = 0.5,
    containment: float = 0.8,
) -> DataFrame:
    """The links of candidate pairs, by the Corpus's own rules (``mapInArrow``, Rust core)."""
    from pyspark.sql import functions as F

    sig = signed.where(F.col("signature").isNotNull()).select("seq", "signature")
    with_sigs = pairs.join(
        sig.select(F.col("seq").alias("seq_a"), F.col("signature").alias("sig_a")), "seq_a"
    ).join(sig.select(F.col("seq").alias("seq_b"), F.col("signature").alias("sig_b")), "seq_b")

    def run(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        import pyarrow as pa

        for batch in batches:
            seq_a = batch.column("seq_a").to_pylist()
            seq_b = batch.column("seq_b").to_pylist()
            out = hirelens.confirm(
                batch.column("sig_a").to_pylist(),
                batch.column("sig_b").to_pylist(),
                jaccard=jaccard,
                containment=containment,
            )
            idx = out.pop("pair")
            yield pa.RecordBatch.from_pydict(
                {
                    "a": pa.array(out["a"], pa.string()),
                    "b": pa.array(out["b"], pa.string()),
                    "kind": pa.array(out["kind"], pa.string()),
                    "similarity": pa.array(out["similarity"], pa.float64()),
                    "severity": pa.array(out["severity"], pa.string()),
                    "strong": pa.array(out["strong"], pa.bool_()),
                    "evidence": pa.array(out["evidence"], pa.string()),
                    "seq_a": pa.array([seq_a[i] for i in idx], pa.int64()),
                    "seq_b": pa.array([seq_b[i] for i in idx], pa.int64()),
                }
            )

    return with_sigs.select("seq_a", "seq_b", "sig_a", "sig_b").mapInArrow(run, PAIRS_SCHEMA)


def _checkpoint(df: DataFrame) -> DataFrame:
    return df.localCheckpoint(eager=True)


def _fingerprint(edges: DataFrame) -> tuple[int, int]:
    from pyspark.sql import functions as F

    row = edges.agg(
        F.count("*").alias("n"),
        F.coalesce(F.sum(F.xxhash64("u", "v").cast("decimal(38,0)")), F.lit(0)).alias("h"),
    ).first()
    return (0, 0) if row is None else (int(row["n"]), int(row["h"]))


def connected_components(edges: DataFrame, *, max_rounds: int = 64) -> DataFrame:
    """``(node, root)`` for every node of an undirected edge list ``(u, v)``
    (longs), ``root`` the smallest node of its component: large-star and
    small-star rounds until the edge set stops changing."""
    from pyspark.sql import functions as F

    e = _checkpoint(
        edges.where(F.col("u") != F.col("v"))
        .select(F.greatest("u", "v").alias("u"), F.least("u", "v").alias("v"))
        .distinct()
    )
    before = _fingerprint(e)
    for _ in range(max_rounds):
        # large-star: each node links its larger neighbours to its smallest neighbour (or itself)
        both = e.union(e.select(F.col("v").alias("u"), F.col("u").alias("v")))
        m = both.groupBy("u").agg(F.min("v").alias("mv")).select("u", F.least("mv", "u").alias("m"))
        large = (
            both.join(m, "u")
            .where(F.col("v") > F.col("u"))
            .select(F.col("v").alias("u"), F.col("m").alias("v"))
            .distinct()
        )
        # small-star: each node links itself and its smaller neighbours to the smallest of them
        ms = large.groupBy("u").agg(F.min("v").alias("m"))
        small = (
            large.join(ms, "u")
            .select(F.col("v").alias("x"), F.col("m"))
            .union(ms.select(F.col("u").alias("x"), F.col("m")))
            .where(F.col("x") != F.col("m"))
            .select(F.col("x").alias("u"), F.col("m").alias("v"))
            .distinct()
        )
        new = _checkpoint(small)
        # both edge sets are distinct: equal sizes and equal sums of a 64-bit
        # hash of the edges mean no change (one job instead of two set differences)
        now = _fingerprint(new)
        e = new
        if now == before:
            break
        before = now
    else:  # pragma: no cover - O(log² n) rounds suffice (Kiveris et al.)
        raise RuntimeError("connected components did not converge")
    roots = e.select(F.col("v").alias("node")).distinct()
    return e.select(F.col("u").alias("node"), F.col("v").alias("root")).union(
        roots.select("node", F.col("node").alias("root"))
    )


def clusters(signed: DataFrame, pairs: DataFrame) -> DataFrame:
    """``id, cluster, size``: documents joined by strong links, ``cluster``
    the id of the component's earliest document; single documents left out."""
    from pyspark.sql import functions as F

    edges = pairs.where("strong").select(F.col("seq_a").alias("u"), F.col("seq_b").alias("v"))
    cc = connected_components(edges)
    ids = signed.select(F.col("seq").alias("node"), "id")
    named = cc.join(ids, "node").join(
        ids.select(F.col("node").alias("root"), F.col("id").alias("cluster")), "root"
    )
    sizes = named.groupBy("root").agg(F.count("*").alias("size"))
    return named.join(sizes, "root").select("id", "cluster", "size")


def link(
    df: DataFrame,
    key: bytes | str,
    *,
    text_col: str | None = "text",
    id_col: str = "id",
    doc_col: str | None = None,
    order_col: str | None = None,
    kind: str = "proposal",
    max_bucket: int = MAX_BUCKET,
    jaccard: float = 0.5,
    containment: float = 0.8,
) -> LinkResult:
    """Link the documents of a DataFrame: ``pairs, clusters = link(df, key=...)``.

    ``key`` is the platform's secret (bytes or str), as for ``Corpus(key)``:
    identifier digests and shingle hashes are keyed with it. See the module
    documentation for the stages and :func:`sign` for the columns read.
    """
    from pyspark import StorageLevel

    signed = sign(
        df,
        key,
        text_col=text_col,
        id_col=id_col,
        doc_col=doc_col,
        order_col=order_col,
        kind=kind,
    ).persist(StorageLevel.MEMORY_AND_DISK)
    cands = candidates(signed, max_bucket=max_bucket).persist(StorageLevel.MEMORY_AND_DISK)
    pairs = confirm(signed, cands, jaccard=jaccard, containment=containment).persist(
        StorageLevel.MEMORY_AND_DISK
    )
    return LinkResult(pairs=pairs, signed=signed, candidate_pairs=cands, links_for_clusters=pairs)


def evidence(row_evidence: str) -> dict[str, Any]:
    """The evidence column of a pair as a dict (the Corpus's link fields)."""
    v: dict[str, Any] = json.loads(row_evidence)
    return v


def link_increment(
    signed: DataFrame,
    new_docs: DataFrame,
    key: bytes | str,
    *,
    pairs: DataFrame | None = None,
    text_col: str | None = "text",
    id_col: str = "id",
    doc_col: str | None = None,
    order_col: str | None = None,
    kind: str = "proposal",
    max_bucket: int = MAX_BUCKET,
    jaccard: float = 0.5,
    containment: float = 0.8,
) -> LinkResult:
    """New documents against an existing signature table, not a full recompute.

    ``signed`` is a previous run's ``LinkResult.signed`` (e.g. read back from
    Parquet); only ``new_docs`` are analysed and signed, numbered after the
    table's last ``seq`` (in their ``order_col`` order, else their own order).
    The join keys of the whole table are ranked again (8 bytes a key), and
    only candidate pairs with a new document are confirmed. The result's
    ``pairs`` are the new links; ``signed`` is the grown table; ``clusters``
    are over ``pairs`` (the previous run's links) plus the new ones.
    """
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    row = signed.agg(F.max("seq").alias("m")).first()
    start = 0 if row is None or row["m"] is None else int(row["m"]) + 1
    order = F.col(order_col) if order_col else F.monotonically_increasing_id()
    numbered = new_docs.withColumn(
        "_hl_seq", F.row_number().over(Window.orderBy(order)) - 1 + F.lit(start)
    )
    fresh = sign(
        numbered,
        key,
        text_col=text_col,
        id_col=id_col,
        doc_col=doc_col,
        order_col="_hl_seq",
        kind=kind,
    )
    grown = signed.unionByName(fresh).persist(StorageLevel.MEMORY_AND_DISK)
    cands = (
        candidates(grown, max_bucket=max_bucket)
        .where(F.col("seq_b") >= start)
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    new_pairs = confirm(grown, cands, jaccard=jaccard, containment=containment).persist(
        StorageLevel.MEMORY_AND_DISK
    )
    every = new_pairs if pairs is None else pairs.unionByName(new_pairs)
    return LinkResult(
        pairs=new_pairs, signed=grown, candidate_pairs=cands, links_for_clusters=every
    )
