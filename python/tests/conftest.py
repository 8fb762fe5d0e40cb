"""Shared helpers: the repository root and the CLI built from this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


def cli_path() -> Path:
    """The `hirelens` binary: $HIRELENS_CLI, else this checkout's debug build (built if missing)."""
    env = os.environ.get("HIRELENS_CLI")
    if env:
        return Path(env)
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip("no cargo to build the CLI with, and HIRELENS_CLI is not set")
    # up to date with this checkout (a no-op when it already is)
    subprocess.run([cargo, "build", "--quiet", "--bin", "hirelens"], cwd=ROOT, check=True)
    return target / "debug" / "hirelens"


@pytest.fixture(scope="session")
def cli() -> Path:
    return cli_path()


def data_dir() -> Path:
    """Real data: $HIRELENS_DATA, else ../shared/data next to the checkout."""
    return Path(os.environ.get("HIRELENS_DATA", ROOT.parent / "shared" / "data"))


def cover_letters(n: int) -> list[dict[str, object]]:
    """The first `n` real cover letters as proposals (read at run time, never
    committed); skips with a message when the data set is absent."""
    import json

    path = data_dir() / "cover-letter-samples" / "cover_letters.jsonl"
    if not path.exists():
        pytest.skip(f"real data absent: {path} not found (set HIRELENS_DATA)")
    docs: list[dict[str, object]] = []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n:
                break
            row = json.loads(line)
            docs.append({"kind": "proposal", "id": f"cl{i}", "text": row["text"]})
    return docs


def plant_contacts(docs: list[dict[str, object]], every: int = 37, mailboxes: int = 7) -> set[str]:
    """Append a fixture e-mail address (ours, not real) to every `every`-th
    document, `mailboxes` addresses in turn, so that unrelated letters share
    identifiers. Returns the addresses."""
    used = set()
    for i in range(0, len(docs), every):
        addr = f"planted.ops{(i // every) % mailboxes}@example.net"
        docs[i]["text"] = f"{docs[i]['text']}\nReach me at {addr} any time."
        used.add(addr)
    return used
