"""The Python results are the CLI's, byte for byte in JSON, on every example."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

import hirelens
from conftest import EXAMPLES

NOW = "2026-06-01T12:00:00Z"


def dumps(v: object) -> str:
    # serde_json's pretty printer: two-space indent, ": ", no ASCII escaping
    return json.dumps(v, indent=2, ensure_ascii=False)


def run(cli: Path, *args: str, stdin: str | None = None) -> str:
    p = subprocess.run([str(cli), *args], input=stdin, capture_output=True, text=True, check=False)
    assert p.returncode in (0, 1), p.stderr
    return p.stdout


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_analyze_equals_cli_check(cli: Path, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = run(cli, "check", str(path), "--format", "json", "--now", NOW)
    as_dict = hirelens.analyze(json.loads(text), {"now": NOW})
    as_text = hirelens.analyze(text, {"now": NOW})
    assert dumps(as_dict) + "\n" == expected
    assert as_text == as_dict
    assert as_dict["kind"] == json.loads(text)["kind"]
    if path.name.startswith("suspicious-"):
        assert as_dict["hints"], "a suspicious example raises hints"


def test_analyze_many_equals_cli_batch(cli: Path, tmp_path: Path) -> None:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps(docs), encoding="utf-8")
    expected = run(cli, "check", str(batch), "--format", "json", "--now", NOW)
    for threads in (1, 3):
        got = hirelens.analyze_many(docs, {"now": NOW}, threads=threads)
        assert dumps(got) + "\n" == expected


def test_min_severity_option_equals_cli(cli: Path) -> None:
    path = EXAMPLES[0]
    expected = run(
        cli, "check", str(path), "--format", "json", "--now", NOW, "--min-severity", "medium"
    )
    got = hirelens.analyze(path.read_text(encoding="utf-8"), {"now": NOW, "min_severity": "medium"})
    assert dumps(got) + "\n" == expected


def test_corpus_equals_cli_link(cli: Path, tmp_path: Path) -> None:
    # every example, plus copies under other names: near-duplicate text and
    # shared identifiers must link, exactly as `hirelens link` links them
    docs = []
    for p in EXAMPLES:
        d = json.loads(p.read_text(encoding="utf-8"))
        docs.append(d)
        copy = json.loads(json.dumps(d))
        copy["id"] = f"{d.get('id', p.stem)}-copy"
        docs.append(copy)
    batch = tmp_path / "link.json"
    batch.write_text(json.dumps(docs), encoding="utf-8")
    expected = run(cli, "link", str(batch), "--format", "json")
    c = hirelens.Corpus(b"hirelens link (one run, nothing stored)")
    ids = c.add_many(docs)
    assert len(ids) == len(docs) == len(c)
    got = {"clusters": c.clusters(), "pairs": c.pairs()}
    assert got["pairs"], "the copies are linked"
    assert dumps(got) + "\n" == expected


def test_rules_and_explain_equal_cli(cli: Path) -> None:
    assert dumps(hirelens.rules()) + "\n" == run(cli, "rules", "--format", "json")
    code = hirelens.rules()[0]["code"]
    assert hirelens.explain(code) == run(cli, "explain", code)
    assert hirelens.explain("HL000") is None


def test_compare_equals_cli(cli: Path) -> None:
    a, b = EXAMPLES[0], EXAMPLES[1]
    expected = run(cli, "compare", str(a), str(b))
    got = hirelens.compare(a.read_text(encoding="utf-8"), json.loads(b.read_text(encoding="utf-8")))
    assert dumps(got) + "\n" == expected
