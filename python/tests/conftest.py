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
