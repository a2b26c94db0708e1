"""Finding the phrases of a list (multi-word names, loan phrases) in a document, case-insensitively.

One regular expression alternating over a few thousand phrases is tried at every position of the
text, which made it the slowest part of two rules. Here a phrase is looked for only where its first
word stands (the document's word index knows where), so the time goes with the occurrences of those
words. The matches are the ones ``re`` would give for ``(?<!\\w)(?:longest|...|shortest)(?!\\w)``
with ``re.IGNORECASE`` on the text: whole words, left to right, not overlapping, the longest phrase
first where several start at one place (``edge`` adds characters, such as the hyphen, that may not
stand next to a phrase either).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .document import Document
from .patterns import lazy

_RUN = lazy(re, r"\w+")


class PhraseIndex:
    """Lower-case phrases by the first run of word characters they start with."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.by_first: dict[str, list[str]] = {}
        #: phrases that start with a mark ("'s-hertogenbosch"), looked for everywhere (seldom any)
        self.odd: list[str] = []
        for p in {p.lower() for p in phrases if p}:
            m = _RUN.match(p)
            if m is None:
                self.odd.append(p)
            else:
                self.by_first.setdefault(m.group(), []).append(p)
        for group in (*self.by_first.values(), self.odd):
            group.sort(key=lambda p: (-len(p), p))

    def find(self, doc: Document, edge: str = "") -> Iterator[tuple[int, int]]:
        """(start, end) of each phrase in ``doc.text``."""
        text = doc.text
        haystack = text.lower()
        exact = len(haystack) == len(text)  # else a letter lower-cases to two ("İ"): compare piece by piece
        runs = _run_positions(doc)
        starts: list[tuple[int, str | None]] = [(a, first) for first in self.by_first.keys() & runs.keys() for a in runs[first]]
        for p in self.odd:
            if exact:
                i = haystack.find(p)
                while i != -1:
                    starts.append((i, None))
                    i = haystack.find(p, i + 1)
            else:
                starts.extend((m.start(), None) for m in re.finditer(re.escape(p), text, re.IGNORECASE))
        starts.sort(key=lambda s: s[0])
        end, n = 0, len(text)
        for a, first in starts:
            if a < end or (a > 0 and _joins(text[a - 1], edge)):
                continue
            for phrase in self.by_first[first] if first is not None else self.odd:
                b = a + len(phrase)
                found = haystack[a:b] if exact else text[a:b].lower()
                if found == phrase and not (b < n and _joins(text[b], edge)):
                    yield a, b
                    end = b
                    break


def _joins(c: str, edge: str) -> bool:
    """A character of ``\\w`` (as ``re`` reads it) or of ``edge``."""
    return c.isalnum() or c == "_" or c in edge


def _run_positions(doc: Document) -> dict[str, list[int]]:
    """Every run of word characters of the text (lower case) -> its start offsets. The document's
    word index joins runs across an apostrophe ("l'union"): the runs after one start there too."""
    key = "phrases:runs"
    if key not in doc.cache:
        out: dict[str, list[int]] = {}
        for word, where in doc.word_positions.items():
            if "'" not in word and "’" not in word:
                out.setdefault(word, []).extend(where)
                continue
            at = 0
            for part in re.split(r"(['’])", word):
                if part and part not in "'’":
                    out.setdefault(part, []).extend(a + at for a in where)
                at += len(part)
        doc.cache[key] = out
    return doc.cache[key]


@lru_cache(maxsize=64)
def phrase_index(phrases: frozenset[str]) -> PhraseIndex:
    return PhraseIndex(phrases)
