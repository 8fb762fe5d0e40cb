"""HireLens for Python: explainable risk hints and linkage across documents.

The Rust core of the CLI and the npm package, as a native extension (abi3,
Python >= 3.9, no Python dependency). Every function takes documents of the
HireLens v1 JSON contract as dicts or JSON text and returns plain dicts and
lists: ``json.dumps(result, indent=2, ensure_ascii=False)`` prints exactly
what ``hirelens check --format json`` prints for the same document.

Hints, never verdicts: each hint says which facts disagree or which request is
unusual, quotes its evidence and gives an innocent explanation.

>>> import hirelens
>>> r = hirelens.analyze({"kind": "message", "id": "m1",
...     "text": "Upwork takes too much fee. Let's continue on Telegram: @fastdev_pro"})
>>> r["hints"][0]["code"]
'HL301'

Linkage at platform scale runs on Apache Spark: see :mod:`hirelens.spark`
(``pip install hirelens[spark]``).
"""

from __future__ import annotations

from hirelens._native import (
    Corpus,
    CorpusError,
    HireLensError,
    __version__,
    analyze,
    analyze_many,
    compare,
    confirm,
    explain,
    photo_hash,
    rules,
    sign,
    signature_info,
)

__all__ = [
    "Corpus",
    "CorpusError",
    "HireLensError",
    "__version__",
    "analyze",
    "analyze_many",
    "compare",
    "confirm",
    "explain",
    "photo_hash",
    "rules",
    "sign",
    "signature_info",
]
