"""Type stubs of the native core (``hirelens._native``)."""

from collections.abc import Sequence
from typing import Any, TypeAlias

Document: TypeAlias = dict[str, Any] | str | bytes
"""A document of the v1 JSON contract: a dict, or its JSON text."""

Options: TypeAlias = dict[str, Any]
"""``{"now": "2026-01-01T00:00:00Z", "watchlist": {...}, "min_severity": "low"}``"""

__version__: str

class HireLensError(ValueError):
    """Input HireLens refuses, naming the field."""

    field: str
    """JSON path of the offending field (``employment[2].start``); empty for the whole input."""
    detail: str
    """What is wrong, without the path."""
    document: int | None
    """0-based position of the document in a batch, when the input was a batch."""
    id: str | None
    """The ``id`` of that document, when it had one."""

class CorpusError(ValueError):
    """A corpus blob that cannot be loaded (corrupt, truncated, newer, or the wrong key)."""

def analyze(doc: Document, options: Options | None = None) -> dict[str, Any]:
    """Analyse one document; returns its report (id, kind, score, level, hints, facts)."""

def analyze_many(
    docs: Sequence[Document], options: Options | None = None, threads: int = 1
) -> list[dict[str, Any]]:
    """Analyse documents with the GIL released (on ``threads`` OS threads).

    Fails on the first invalid document; the error names its position and id.
    """

def rules() -> list[dict[str, Any]]:
    """The rule catalog: code, name, family, severity, weight, indicators, docs."""

def explain(code: str) -> str | None:
    """One rule's documentation as Markdown, or None for an unknown code."""

def compare(a: Document, b: Document) -> dict[str, Any]:
    """Pairwise scores of two documents (``hirelens compare A B``)."""

def photo_hash(rgba: bytes, width: int, height: int) -> str:
    """64-bit dHash of RGBA pixels as 16 hex digits, for a profile's ``photo.dhash``."""

def sign(
    docs: Sequence[Document],
    key: bytes | str,
    *,
    ids: Sequence[str | None] | None = None,
    strict: bool = True,
    threads: int = 1,
) -> dict[str, list[Any]]:
    """Signatures for distributed joins, GIL released: columns ``id`` (str),
    ``signature`` (bytes, or None for a refused document), ``keys`` (signed
    64-bit join keys: LSH bands, identifier digests, name skeleton, photo
    pieces) and ``error`` (None, or why a document was refused when
    ``strict`` is false). ``ids`` overrides the documents' own ids.
    No raw text or identifier is in a signature: keyed hashes and offsets only.
    """

def confirm(
    a: Sequence[bytes],
    b: Sequence[bytes],
    *,
    jaccard: float = 0.5,
    containment: float = 0.8,
    threads: int = 1,
) -> dict[str, list[Any]]:
    """Confirm candidate pairs (``a[i]`` earlier than ``b[i]``) with the Corpus's
    rules, GIL released. One row per link: ``pair`` (candidate index), ``a``,
    ``b``, ``kind``, ``similarity``, ``severity``, ``strong``, ``evidence`` (JSON).
    Raises :class:`CorpusError` for a damaged signature or mixed keys.
    """

def signature_info(signature: bytes) -> dict[str, Any]:
    """What a signature holds: id, band_keys, identifiers (kind, keyed digest hex),
    photo, shingles (count), keys."""

class Corpus:
    """The cross-document memory: near-duplicate text, shared identifiers,
    photos, names and writing style across every document added.

    With a ``key`` (bytes the caller keeps) the key is never written by
    :meth:`to_bytes`; without one, a random key is made and stored in the blob.
    """

    def __init__(
        self,
        key: bytes | str | None = None,
        *,
        style: bool = True,
        passages: bool = True,
    ) -> None: ...
    def add(self, doc: Document) -> str:
        """Add a document and link it to everything before; returns its id."""
    def add_many(self, docs: Sequence[Document]) -> list[str]:
        """Add documents in order with the GIL released; returns their ids."""
    def links(self, id: str) -> list[dict[str, Any]]:
        """Links of one document, strongest first."""
    def pairs(self) -> list[dict[str, Any]]:
        """Every link between documents, in the order found."""
    def clusters(self) -> list[dict[str, Any]]:
        """Groups joined by strong links, largest first."""
    def analyze(self, doc: Document, options: Options | None = None) -> dict[str, Any]:
        """Analyse a document, add it, and report its hints with its linkage hints."""
    def __len__(self) -> int: ...
    @property
    def style_topic_share(self) -> float:
        """The share of HL404's style score that discounts shared topic, learnt
        from this corpus's documents under one name: 0 until 20 such pairs of at
        least 150 words a side, at most 0.75 (docs/api.md, "Corpus")."""
    def to_bytes(self) -> bytes:
        """Keyed signatures and digests, never raw text."""
    @staticmethod
    def from_bytes(data: bytes, key: bytes | str | None = None) -> Corpus:
        """Load from :meth:`to_bytes` output (``key`` when the corpus was made with one)."""
