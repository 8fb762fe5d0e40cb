"""Signatures + confirm give the Corpus's pairs (the distributed path's core)."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

import hirelens
from conftest import EXAMPLES, cover_letters, plant_contacts

KEY = b"the platform's secret"


def corpus_pairs(docs: list[dict[str, object]]) -> set[tuple[str, str, str, float]]:
    c = hirelens.Corpus(KEY, style=False)
    c.add_many(docs)
    return {(p["a"], p["b"], p["kind"], round(p["score"], 9)) for p in c.pairs()}


def signature_pairs(docs: list[dict[str, object]]) -> set[tuple[str, str, str, float]]:
    s = hirelens.sign(docs, KEY)
    buckets: dict[int, list[int]] = defaultdict(list)
    for i, keys in enumerate(s["keys"]):
        for k in keys:
            buckets[k].append(i)
    cands = sorted({(a, b) for m in buckets.values() for j, b in enumerate(m) for a in m[:j]})
    sigs = s["signature"]
    out = hirelens.confirm([sigs[a] for a, _ in cands], [sigs[b] for _, b in cands], threads=2)
    return {
        (a, b, k, round(x, 9))
        for a, b, k, x in zip(out["a"], out["b"], out["kind"], out["similarity"])
    }


def test_examples_and_their_copies() -> None:
    docs = []
    for p in EXAMPLES:
        d = json.loads(p.read_text(encoding="utf-8"))
        docs.append(d)
        twin = json.loads(json.dumps(d))
        twin["id"] = f"{d['id']}-twin"
        docs.append(twin)
    want = corpus_pairs(docs)
    assert len(want) >= len(EXAMPLES)
    assert signature_pairs(docs) == want


def test_real_cover_letters() -> None:
    docs = cover_letters(700)
    planted = plant_contacts(docs)
    want = corpus_pairs(docs)
    kinds = {k for _, _, k, _ in want}
    assert {"near-duplicate-text", "shared-identifier"} <= kinds, kinds
    assert signature_pairs(docs) == want
    # nothing raw in a signature
    s = hirelens.sign(docs[:40], KEY)
    blob = b"".join(s["signature"])
    for addr in planted:
        assert addr.encode() not in blob
    assert b"compelled" not in blob


def test_signature_info_and_errors() -> None:
    doc = {"kind": "message", "id": "m", "text": "write to someone.private@example.org " * 3}
    s = hirelens.sign([doc], KEY)
    info = hirelens.signature_info(s["signature"][0])
    assert info["id"] == "m"
    assert [k for k, _ in info["identifiers"]] == ["email"]
    assert info["keys"] == s["keys"][0]
    with pytest.raises(hirelens.CorpusError):
        hirelens.signature_info(s["signature"][0][:-1])
    other = hirelens.sign([doc], b"another key")["signature"][0]
    with pytest.raises(hirelens.CorpusError, match="different keys"):
        hirelens.confirm([s["signature"][0]], [other])
    # a bad document: an error naming it, or a row with the reason
    bad = {"kind": "message", "id": "x", "text": 3}
    with pytest.raises(hirelens.HireLensError) as e:
        hirelens.sign([doc, bad], KEY)
    assert e.value.document == 1 and e.value.field == "text"
    lenient = hirelens.sign([doc, bad], KEY, strict=False)
    assert lenient["signature"][1] is None and "text" in lenient["error"][1]
    with pytest.raises(ValueError):
        hirelens.sign([doc], b"")
