"""Finding the matches of a word-start pattern in a long text without trying it at every character.

A pattern that opens with a look-behind ("not after a letter") is tried by the regular-expression
engine at every position of the text: over a 2 MB document that is a tenth of a second or more per
pattern, though it matches a few times. :func:`finditer_from_hints` gives the same matches as
``pattern.finditer(text)``, trying the pattern only at the start of the run of word characters that
holds each match of a cheap ``hint`` (a lower-case letter before a capital, a year after a full
stop): every match of such a pattern begins where a run of ``run`` characters begins, and holds a
match of the hint.

:func:`in_code` and :func:`statement_line` tell a line of program code from prose, for the rules
that must not read a program's words as a language's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from .patterns import cached_compile, lazy


@lru_cache(maxsize=None)
def run_before(run: str) -> regex.Pattern:
    """A pattern that, matched backwards from a position, finds the run of ``run`` characters (a
    character class's body, "\\p{L}\\p{M}\\d'’") that ends there."""
    return cached_compile(regex, f"[{run}]+", regex.REVERSE)


@lru_cache(maxsize=None)
def _forward(body: str) -> regex.Pattern:
    return cached_compile(regex, body)


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


def occurrences(text: str, part: str) -> Iterator[int]:
    """Where ``part`` starts in ``text``, in order (a plain string search: the caller checks what
    stands around it). Faster than a pattern that opens with a look-behind, which is tried everywhere."""
    i = text.find(part)
    while i != -1:
        yield i
        i = text.find(part, i + 1)


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


#: what a line of program code has and prose does not
_CODE_LINE = lazy(re, r"[;{}]\s*$|//|/\*|#define|@\"|\w\(\)|\*const\b|^\s*(?:static|return|import|def|var|let|const)\s"
                      r"|==|!=|\w\([\"'\[]|^\s*(?:if|elif|else|for|while|try|except|with|class)\b[^\n]*:\s*$")
#: an assignment ("total = a + b") makes a short line code; a long one with " = " is prose glossing
#: one thing by another ("8 Liuquan Road, Dongchang District = Via Liuquan 8, Distretto Dongchang")
_ASSIGNMENT = lazy(re, r"\s=\s")
MAX_CODE_LINE_WORDS = 12


def in_code(text: str, pos: int) -> bool:
    """The line that holds ``pos`` reads as a line of program code ("if not lst:", "print(\"Empty\")",
    "total = a + b"), not prose."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : b if b != -1 else len(text)]
    return bool(_CODE_LINE.search(line)) or (_ASSIGNMENT.search(line) is not None and len(line.split()) < MAX_CODE_LINE_WORDS)


#: a line that opens as a statement of a program: an assignment or a keyword ("lst = []", "if not lst:")
_STATEMENT = lazy(re, r"[ \t]*(?:[A-Za-z_][\w.\[\]]*[ \t]*=[ \t]|(?:if|elif|else|for|while|try|except|with|class|def|return|import|print)\b[^\n]*[:)]?[ \t]*$)")


def statement_line(text: str, pos: int) -> bool:
    """The line that starts at ``pos`` opens as a statement of a program ("lst = []", "if not lst:",
    "print(\"Empty\")"): stricter than :func:`in_code`, for a line that prose could also hold."""
    return _STATEMENT.match(text, pos) is not None


#: a date's year or a time of day on a line
_DATE_OR_TIME = lazy(re, r"\d{4}|\d{1,2}:\d{2}")
#: a byline stays within this many characters
MAX_BYLINE_CHARS = 200


def byline(text: str, pos: int, lang: str) -> bool:
    """The line that holds ``pos`` is a page's metadata: it opens with a word of
    data/<lang>/byline_words.txt and holds a date or a time ("posted 29 Sep 2017, 02:10 by David
    Carlisle [ updated 1 Oct 2017, 10:16 ]"). Its casing and spacing are a template's."""
    from .data import word_list

    words = word_list(f"{lang}/byline_words.txt")
    if not words:
        return False
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : b if b != -1 else len(text)].strip()
    if len(line) > MAX_BYLINE_CHARS:
        return False
    low = line.lower()
    return any(low.startswith(w) and not low[len(w) : len(w) + 1].isalpha() for w in words) and _DATE_OR_TIME.search(line) is not None
