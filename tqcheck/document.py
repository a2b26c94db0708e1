"""The document model: text, paragraphs, sentence segments and position arithmetic."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from . import segment as seg
from .patterns import lazy

_WORD = lazy(re, r"\w+(?:['’]\w+)*")


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence. ``offset``/``end_offset`` are 0-based code-point offsets; ``line``/``col`` 1-based."""

    id: int
    paragraph: int
    offset: int
    end_offset: int
    line: int
    col: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "paragraph": self.paragraph,
            "offset": self.offset,
            "end_offset": self.end_offset,
            "line": self.line,
            "col": self.col,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str


@dataclass
class Document:
    """A target-language text with everything rules need, computed once and lazily."""

    text: str
    path: str = "<text>"
    source_lang: str | None = None
    target_lang: str = "en"
    options: dict[str, Any] = field(default_factory=dict)
    #: per-document memo for derived data that several rules share (name mentions, ...)
    cache: dict[str, Any] = field(default_factory=dict, repr=False)
    #: the file as written, when ``text`` is its prose only (Markdown: code, URLs, tags masked);
    #: both have the same length and line breaks, so offsets are shared
    original: str | None = field(default=None, repr=False)

    #: the source text this document was translated from, when given (bilingual checks)
    source_text: str | None = field(default=None, repr=False)
    #: the target's BCP 47 tag with its region when given ("pt-BR"); defaults to ``target_lang``
    target_locale: str | None = None
    #: where the text came from in a bilingual file (PO, XLIFF, TSV): positions are the file's
    locator: Any = field(default=None, repr=False)

    @cached_property
    def profile(self):
        """The target language's :class:`~tqcheck.profile.Profile`, or None (language-neutral rules only)."""
        from .profile import get_profile

        return get_profile(self.target_lang, self.target_locale or self.target_lang)

    @cached_property
    def alignment(self) -> list:
        """Sentence pairs between the source text and this text (empty without a source)."""
        if self.source_text is None:
            return []
        from .bilingual.align import align
        from .segment import Span

        by_para: list[list[Span]] = [[] for _ in self.paragraphs]
        for s in self.segments:
            by_para[s.paragraph - 1].append(Span(s.offset, s.end_offset))
        return align(self.source_text, self.text, self.source_lang, self.target_lang, self.paragraphs, by_para)

    @cached_property
    def source_of_segment(self) -> dict[int, str]:
        """Segment id -> the source text aligned with it (joined when several sentences)."""
        out: dict[int, str] = {}
        starts = {s.offset: s.id for s in self.segments}
        for pair in self.alignment:
            src = " ".join(self.source_text[x.start : x.end] for x in pair.source)
            for t in pair.target:
                sid = starts.get(t.start)
                if sid is not None:
                    out[sid] = src
        return out

    @property
    def display(self) -> str:
        """The text as the user wrote it (for reporting flagged text and segments)."""
        return self.original if self.original is not None else self.text

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer(r"\r\n|\n|\r", self.text))
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based code-point offset (in the file it came from)."""
        if self.locator is not None:
            return self.locator.position(offset)
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def end_position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) just after a span ending (exclusively) at ``offset``."""
        if self.locator is not None:
            return self.locator.end_position(offset)
        return self.position(offset)

    def unit_at(self, offset: int) -> str | None:
        """The translation unit of a bilingual file that ``offset`` is in (None for other files)."""
        return self.locator.unit_at(offset) if self.locator is not None else None

    @cached_property
    def paragraphs(self) -> list[seg.Span]:
        return seg.paragraphs(self.text)

    @cached_property
    def segments(self) -> list[Segment]:
        out: list[Segment] = []
        for p_index, para in enumerate(self.paragraphs, start=1):
            for span in seg.sentences(self.text, para.start, para.end, self.target_lang):
                line, col = self.position(span.start)
                out.append(
                    Segment(len(out) + 1, p_index, span.start, span.end, line, col, self.display[span.start : span.end])
                )
        return out

    @cached_property
    def _segment_starts(self) -> list[int]:
        return [s.offset for s in self.segments]

    def segment_at(self, offset: int) -> Segment | None:
        i = bisect.bisect_right(self._segment_starts, offset) - 1
        if i >= 0 and offset < self.segments[i].end_offset:
            return self.segments[i]
        return None

    @cached_property
    def _word_index(self) -> tuple[list[int], list[int]]:
        spans = [m.span() for m in _WORD.finditer(self.text)]
        return [a for a, _ in spans], [b for _, b in spans]

    @cached_property
    def lower_words(self) -> list[str]:
        """The word tokens of the text, lower-cased, in order (parallel to the word index)."""
        text = self.text
        low = text.lower()
        if len(low) != len(text):  # a few letters lower-case to two characters ("İ")
            low = None
        starts, ends = self._word_index
        if low is not None:
            return [low[a:b] for a, b in zip(starts, ends)]
        return [text[a:b].lower() for a, b in zip(starts, ends)]

    @cached_property
    def word_positions(self) -> dict[str, list[int]]:
        """lower-cased word -> start offsets of its occurrences."""
        out: defaultdict[str, list[int]] = defaultdict(list)
        for word, a in zip(self.lower_words, self._word_index[0]):
            out[word].append(a)
        return dict(out)

    @cached_property
    def distinct_chars(self) -> frozenset[str]:
        return frozenset(self.text)

    def words_in(self, start: int, end: int) -> list[Word]:
        """Word tokens inside [start, end)."""
        starts, ends = self._word_index
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        text = self.text
        return [Word(a, b, text[a:b]) for a, b in zip(starts[lo:hi], ends[lo:hi]) if b <= end]
