"""Positions in the file a document was extracted from (PO, XLIFF, TSV).

A bilingual file becomes a document whose text is its translations, one unit a line; a finding's
offsets are offsets into that text. A :class:`Locator` maps them back to the file: the line of
the ``msgstr`` string or of the ``<target>`` text, and the column inside it, across continuation
strings, escapes (``\\"``, ``&amp;``, ``&#233;``) and inline tags. It also names the unit an offset
belongs to (the PO ``msgid``, the XLIFF unit's ``id``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from .patterns import lazy

_LINE_BREAK = lazy(re, r"\r\n|\n|\r")


class Mapped:
    """A string built piece by piece, each piece knowing where it comes from in the file.

    ``linear(s, at)``: ``s`` is written as it is at file offset ``at``. ``escaped(c, at, width)``:
    the character ``c`` is written as ``width`` characters at ``at`` (an escape, an entity)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        #: (offset in the string, file offset, width): width 0 = linear, else one escape per character
        self.pieces: list[tuple[int, int, int]] = []
        self.length = 0

    def linear(self, s: str, at: int) -> None:
        if s:
            self.pieces.append((self.length, at, 0))
            self.parts.append(s)
            self.length += len(s)

    def escaped(self, s: str, at: int, width: int) -> None:
        for ch in s:
            self.pieces.append((self.length, at, max(width, 1)))
            self.parts.append(ch)
            self.length += 1

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def flattened(self) -> tuple[str, list[tuple[int, int, int]]]:
        """The text on one line (line breaks as spaces, outer white space dropped, as the document
        has it) and its pieces, shifted to match."""
        text = self.text.replace("\r", " ").replace("\n", " ")
        lead = len(text) - len(text.lstrip())
        flat = text.strip()
        out: list[tuple[int, int, int]] = []
        ends = [p[0] for p in self.pieces[1:]] + [self.length]
        for (start, at, width), end in zip(self.pieces, ends):
            if end <= lead or start >= lead + len(flat):
                continue
            if start < lead:  # only a linear piece can straddle the cut (an escape is one character)
                at += lead - start
                start = lead
            out.append((start - lead, at, width))
        return flat, out


@dataclass
class Locator:
    """Offsets of a document's text -> line and column of the file it was read from."""

    #: the file as decoded (for the terminal report's snippets)
    file_text: str = field(repr=False)
    #: document offsets where a piece starts, ascending; the file offset and width of each
    starts: list[int] = field(default_factory=list, repr=False)
    raws: list[int] = field(default_factory=list, repr=False)
    widths: list[int] = field(default_factory=list, repr=False)
    #: document offsets where each unit starts, and the unit's name (None: unnamed)
    unit_starts: list[int] = field(default_factory=list, repr=False)
    units: list[str | None] = field(default_factory=list, repr=False)

    def add_unit(self, offset: int, length: int, name: str | None, pieces: list[tuple[int, int, int]], end_at: int | None) -> None:
        """A unit whose flattened text (``length`` characters) starts at document ``offset``;
        ``end_at`` is the file offset just after its text (where the line break that follows it in
        the document points)."""
        self.unit_starts.append(offset)
        self.units.append(name)
        for start, at, width in pieces:
            self.starts.append(offset + start)
            self.raws.append(at)
            self.widths.append(width)
        if end_at is not None:
            self.starts.append(offset + length)
            self.raws.append(end_at)
            self.widths.append(-1)  # the line break between units: no width in the file

    def _piece(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def file_offset(self, offset: int) -> int:
        """File offset of the character at document ``offset``."""
        i = self._piece(offset)
        if i < 0:
            return self.raws[0] if self.raws else 0
        return self.raws[i] + (offset - self.starts[i] if self.widths[i] == 0 else 0)

    def file_end(self, offset: int) -> int:
        """File offset just after the character before document ``offset`` (an exclusive end)."""
        if offset <= 0:
            return self.file_offset(0)
        i = self._piece(offset - 1)
        if i < 0:
            return self.file_offset(offset)
        width = self.widths[i]
        if width == 0:
            return self.raws[i] + offset - self.starts[i]
        return self.raws[i] + max(width, 0)

    @cached_property
    def line_starts(self) -> list[int]:
        return [0, *(m.end() for m in _LINE_BREAK.finditer(self.file_text))]

    def _line_col(self, at: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, at)
        return line, at - self.line_starts[line - 1] + 1

    def position(self, offset: int) -> tuple[int, int]:
        return self._line_col(self.file_offset(offset))

    def end_position(self, offset: int) -> tuple[int, int]:
        return self._line_col(self.file_end(offset))

    def unit_at(self, offset: int) -> str | None:
        i = bisect.bisect_right(self.unit_starts, offset) - 1
        return self.units[i] if i >= 0 else None
