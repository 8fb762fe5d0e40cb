"""The Python API: errors that name the field, the corpus, persistence, the GIL."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

import hirelens

TEMPLATE = (
    "I am a senior full stack developer with eight years of experience in React, Node and "
    "AWS. I have read your job post carefully and I can start today. I will deliver clean, "
    "tested code and daily updates until the work is done to your satisfaction."
)


def proposal(id: str, name: str, text: str = TEMPLATE) -> dict[str, object]:
    return {"kind": "proposal", "id": id, "author": {"name": name}, "text": text}


def test_error_names_the_field() -> None:
    with pytest.raises(hirelens.HireLensError) as e:
        hirelens.analyze({"kind": "profile", "id": "p", "employment": [{"start": 12}]})
    assert e.value.field.startswith("employment[0]")
    assert e.value.detail
    assert e.value.document is None
    assert isinstance(e.value, ValueError)


def test_error_names_the_document_in_a_batch() -> None:
    good = proposal("ok", "A B")
    bad = {"kind": "proposal", "id": "bad", "text": 5}
    with pytest.raises(hirelens.HireLensError) as e:
        hirelens.analyze_many([good, bad])
    assert e.value.document == 1
    assert e.value.id == "bad"
    assert e.value.field == "text"
    assert "document 2" in str(e.value)


def test_non_json_python_values_are_refused_with_their_path() -> None:
    with pytest.raises(hirelens.HireLensError) as e:
        hirelens.analyze({"kind": "message", "text": "hi", "extra": {"when": object()}})
    assert e.value.field == "extra.when"
    with pytest.raises(hirelens.HireLensError) as e:
        hirelens.analyze({"kind": "message", "text": float("nan")})
    assert e.value.field == "text"
    with pytest.raises(hirelens.HireLensError) as e:
        hirelens.analyze("{not json")
    assert e.value.field == ""
    with pytest.raises(hirelens.HireLensError) as e:
        hirelens.analyze({"kind": "message", "text": "x"}, {"min_severity": "huge"})
    assert e.value.field.startswith("options.min_severity")


def test_deep_and_oversized_input_is_refused_not_crashed() -> None:
    deep: dict[str, object] = {}
    cur = deep
    for _ in range(200):
        nxt: dict[str, object] = {}
        cur["a"] = nxt
        cur = nxt
    with pytest.raises(hirelens.HireLensError, match="nested"):
        hirelens.analyze({"kind": "message", "text": "x", "x": deep})
    with pytest.raises(hirelens.HireLensError, match="limit"):
        hirelens.analyze({"kind": "message", "text": "x" * (5 * 1024 * 1024)})


def test_lone_surrogates_become_replacement_characters() -> None:
    r = hirelens.analyze({"kind": "message", "id": "s", "text": "hello \ud800 world"})
    assert r["id"] == "s"


def test_corpus_links_pairs_clusters() -> None:
    c = hirelens.Corpus(b"a secret the caller keeps")
    assert c.add(proposal("q1", "Alice Moreau")) == "q1"
    report = c.analyze(proposal("q2", "Brian Okafor"))
    assert any(h["code"] == "HL401" for h in report["hints"])
    assert len(c) == 2
    [pair] = c.pairs()
    assert (pair["a"], pair["b"], pair["kind"]) == ("q1", "q2", "near-duplicate-text")
    assert pair["jaccard"] == 1.0
    assert c.links("q2")[0]["a"] == "q1"
    assert c.links("nobody") == []
    assert c.clusters()[0]["members"] == ["q1", "q2"]


def test_corpus_round_trip_needs_the_key() -> None:
    c = hirelens.Corpus(b"k1")
    c.add_many([proposal("q1", "Alice Moreau"), proposal("q2", "Brian Okafor")])
    blob = c.to_bytes()
    assert b"senior full stack" not in blob
    again = hirelens.Corpus.from_bytes(blob, b"k1")

    # links are recomputed on load: the same pairs, without the live text
    def key(p: dict[str, object]) -> tuple[object, ...]:
        return (p["a"], p["b"], p["kind"], p["score"], p["severity"])

    assert [key(p) for p in again.pairs()] == [key(p) for p in c.pairs()]
    assert again.clusters() == c.clusters()
    with pytest.raises(hirelens.CorpusError):
        hirelens.Corpus.from_bytes(blob, b"another key")
    with pytest.raises(hirelens.CorpusError):
        hirelens.Corpus.from_bytes(blob[:-3], b"k1")
    # a corpus without a caller key keeps its own key in the blob
    own = hirelens.Corpus()
    own.add(proposal("q1", "Alice Moreau"))
    assert len(hirelens.Corpus.from_bytes(own.to_bytes())) == 1


COMMON = [
    "the",
    "project",
    "and",
    "I",
    "will",
    "deliver",
    "a",
    "clean",
    "result",
    "to",
    "your",
    "team",
    "with",
    "care",
    "on",
    "time",
    "for",
    "this",
    "work",
    "we",
    "can",
    "start",
]
M32 = 0xFFFFFFFF


def writer_text(writer: int, text: int) -> str:
    """A synthetic writer (a fixture, not evidence): ten favourite common words
    and its own punctuation in every text, and 30 made-up subject words that
    change from one text to the next (the generator of js/test/writers.mjs)."""

    def rng(seed: int) -> Callable[[], int]:
        x = (seed & M32) or 1

        def nxt() -> int:
            nonlocal x
            x ^= (x << 13) & M32
            x ^= x >> 17
            x ^= (x << 5) & M32
            return x

        return nxt

    habit = rng((writer + 1) * 0x9E3779B1)
    favourite = [COMMON[habit() % len(COMMON)] for _ in range(10)]
    topic = rng((writer * 7 + text + 1) * 0x27D4EB2F)
    subject = ["".join(chr(97 + topic() % 26) for _ in range(6)) for _ in range(30)]
    nxt = rng((((writer + 1) * 0x85EBCA6B) & M32) ^ (((text + 1) * 0xC2B2AE35) & M32))
    every = 2 + writer % 5
    out = []
    for i in range(220):
        r = nxt()
        out.append(favourite[(r >> 8) % 10] if r % 2 == 0 else subject[(r >> 8) % 30])
        if i % 12 == 11:
            out.append([". ", ".  ", "! ", ".\n"][writer % 4])
        elif i % every == every - 1:
            out.append([", ", " - ", "; ", "... ", ": ", " ,"][writer % 6])
        else:
            out.append(" ")
    return "".join(out)


def test_style_topic_share_is_learnt_from_documents_under_one_name() -> None:
    c = hirelens.Corpus(b"k")

    def doc(w: int, t: int) -> dict[str, object]:
        name = f"Writer {w}"
        return {
            "kind": "proposal",
            "id": f"w{w}-{t}",
            "author": {"name": name},
            "text": writer_text(w, t),
        }

    c.add_many([doc(w, 0) for w in range(60)])
    # no two documents under one name yet: nothing learnt
    assert c.style_topic_share == 0.0
    c.add_many([doc(w, 1) for w in range(60)])
    # writers who change subject: part of the score discounts shared topic
    share = c.style_topic_share
    assert 0.25 <= share <= 0.75, share
    assert hirelens.Corpus.from_bytes(c.to_bytes(), b"k").style_topic_share == share


def test_add_many_is_all_or_nothing() -> None:
    c = hirelens.Corpus(b"k")
    with pytest.raises(hirelens.HireLensError) as e:
        c.add_many([proposal("q1", "A B"), {"kind": "proposal", "text": []}])
    assert e.value.document == 1
    assert len(c) == 0


def test_rules_explain_version() -> None:
    codes = [r["code"] for r in hirelens.rules()]
    assert "HL301" in codes and "HL401" in codes
    doc = hirelens.explain("HL301")
    assert doc is not None and "HL301" in doc
    assert hirelens.__version__.count(".") == 2


def test_analyze_many_releases_the_gil() -> None:
    # a Python thread keeps counting while the core analyses a batch
    docs = [proposal(f"p{i}", "Alice Moreau", TEMPLATE * 20) for i in range(300)]
    ticks = 0
    done = threading.Event()

    def count() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            time.sleep(0)

    t = threading.Thread(target=count)
    t.start()
    before = ticks
    hirelens.analyze_many(docs)
    during = ticks - before
    done.set()
    t.join()
    # with the GIL held for the whole batch the counter could not move
    # more than a switch interval or two
    assert during > 50, during


def test_photo_hash() -> None:
    w, h = 9, 8
    rgba = bytes(v for x in range(w * h) for v in (x * 3 % 256, 0, 0, 255))
    assert len(hirelens.photo_hash(rgba, w, h)) == 16
    with pytest.raises(hirelens.HireLensError) as e:
        hirelens.photo_hash(b"\x00" * 3, 9, 8)
    assert e.value.field == "photo"
