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
    related: other spans the finding concerns ((start, end) pairs: the other spellings of a name).
    """

    start: int
    end: int
    message: str
    suggestion: str | None = None
    evidence: dict[str, Any] | None = None
    severity: Severity | None = None
    related: tuple[tuple[int, int], ...] = ()


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
    #: other places the finding concerns (the first 20 of them), each {offset, end_offset, line, col, end_line, end_col, text}
    related: tuple[dict[str, Any], ...] = ()
    #: the translation unit of a bilingual file the finding is in (PO msgid, XLIFF unit id)
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if not self.related:
            del out["related"]  # present only when the rule names other places
        else:
            out["related"] = list(self.related)
        if self.unit is None:
            del out["unit"]  # present only for PO, XLIFF (and named) units
        return out
