"""Finding the matches of a word-start pattern in a long text without trying it at every character.

A pattern that opens with a look-behind ("not after a letter") is tried by the regular-expression
engine at every position of the text: over a 2 MB document that is a tenth of a second or more per
pattern, though it matches a few times. :func:`finditer_from_hints` gives the same matches as
``pattern.finditer(text)``, trying the pattern only at the start of the run of word characters that
holds each match of a cheap ``hint`` (a lower-case letter before a capital, a year after a full
stop): every match of such a pattern begins where a run of ``run`` characters begins, and holds a
match of the hint.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex


def run_before(run: str) -> regex.Pattern:
    """A pattern that, matched backwards from a position, finds the run of ``run`` characters (a
    character class's body, "\\p{L}\\p{M}\\d'’") that ends there."""
    return regex.compile(f"[{run}]+", regex.REVERSE)


@lru_cache(maxsize=None)
def _forward(body: str) -> regex.Pattern:
    return regex.compile(body)


def runs_from_hints(hint, back: regex.Pattern, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of the characters ``back`` finds (see :func:`run_before`) that ends
    where a match of ``hint`` starts or goes on through it, once a run and in order: a long run is
    walked once, not once for every hint in it."""
    forward = _forward(back.pattern)
    run_start, run_end = -1, -1
    for h in hint.finditer(text):
        end = h.start()
        if run_start <= end <= run_end:
            continue  # in the run just given
        r = back.match(text, 0, end)
        run_start = r.start() if r is not None else end
        f = forward.match(text, run_start)
        run_end = f.end() if f is not None else run_start
        yield run_start, run_end


def finditer_from_hints(pattern, hint, back: regex.Pattern, text: str) -> Iterator:
    """``pattern.finditer(text)``, for a pattern whose matches start at the beginning of a run of the
    characters ``back`` finds (see :func:`run_before`) and contain a match of ``hint`` at or after
    that start. Matches come in order and do not overlap, as ``finditer`` gives them."""
    last = 0
    for start, _ in runs_from_hints(hint, back, text):
        if start < last:
            continue
        m = pattern.match(text, start)
        if m is not None:
            last = m.end() if m.end() > start else start + 1
            yield m
