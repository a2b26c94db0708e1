"""Severities, what a rule reports (Hit) and what the user sees (Finding)."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Severity(str, enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls(value.lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None


_RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule function yields: a span of the document and what is wrong with it.

    start, end: 0-based code-point offsets into the document text (end exclusive).
    message: one sentence a user understands without reading the rule's documentation.
    suggestion: replacement text for text[start:end], when one exists.
    evidence: structured facts behind the finding (counts, frequencies, matched entries).
    severity: overrides the rule's default severity for this hit (e.g. weaker evidence).
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    evidence: dict[str, Any] | None = None
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One reported problem. Positions: offsets 0-based, lines/columns 1-based, ends exclusive."""

    rule: str
    name: str
    severity: str
    message: str
    text: str
    offset: int
    end_offset: int
    line: int
    col: int
    end_line: int
    end_col: int
    segment: int | None
    suggestion: str | None = None
    evidence: dict[str, Any] | None = field(default=None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
