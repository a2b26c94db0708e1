"""Markdown-aware reading: keep the prose, blank out everything else, keep every offset.

``prose_mask`` returns a string of the same length with the same line breaks, in which front
matter, fenced and indented code, HTML blocks and comments become spaces, and inline code, HTML
tags, URLs and link targets become U+FFFC (a character no rule treats as a word, a space or
punctuation). Rules run on the masked text; findings are reported against the original, so lines
and columns are exact. Block structure comes from markdown-it-py; inline spans from patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache
from .patterns import lazy

BLANK = " "
OBJECT = "\ufffc"

_FRONT_MATTER = lazy(re, r"\A(?:---[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)|\+\+\+[ \t]*\r?\n.*?\r?\n\+\+\+[ \t]*(?:\r?\n|\Z))", re.S)
_COMMENT = lazy(re, r"<!--.*?(?:-->|\Z)", re.S)
_INLINE = lazy(re, 
    r"(?P<code>(?P<ticks>`+)(?:(?!(?P=ticks)).)+?(?P=ticks))"  # `code`
    r"|(?P<autolink><(?:https?|ftp|mailto):[^>\s]*>)"  # <https://...>
    r"|(?P<target>(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\))"  # ](url "title")
    r"|(?P<refdef>^[ ]{0,3}\[[^\]]+\]:[ \t]*\S+.*$)"  # [id]: url
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"  # <b>, </div>
    r"|(?P<url>\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?\"'])",  # bare URLs
    re.M,
)


def _blank(chars: list[str], start: int, end: int, fill: str) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = fill


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").disable("inline")  # block structure is all we need


def prose_mask(text: str) -> str:
    """The prose of a Markdown document at its original offsets (see the module docstring)."""
    chars = list(text)
    m = _FRONT_MATTER.match(text)
    if m:
        _blank(chars, 0, m.end(), BLANK)
    for m in _COMMENT.finditer(text):
        _blank(chars, m.start(), m.end(), BLANK)
    masked = "".join(chars)
    line_starts = [0] + [i + 1 for i, ch in enumerate(masked) if ch == "\n"]
    line_starts.append(len(masked) + 1)
    for tok in _parser().parse(masked):
        if tok.type in ("fence", "code_block", "html_block") and tok.map:
            a, b = tok.map
            start = line_starts[a]
            end = min(len(masked), line_starts[min(b, len(line_starts) - 1)] - 1)
            _blank(chars, start, end, BLANK)
    masked = "".join(chars)
    for m in _INLINE.finditer(masked):
        _blank(chars, m.start(), m.end(), OBJECT if not m.group("refdef") else BLANK)
    return "".join(chars)


#: a line of code in plain text, where a tutorial's code block lost its fences: an assignment
#: ("liste = [3, 6, 1]", "js.src = x") or a call alone on its line ("liste.sort()", "print(liste)")
_CODE_LINE = lazy(re, r"(?m)^[ \t]*(?:[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?[ \t]*[-+]?=[ \t]*\S[^\n]*|[A-Za-z_][\w.]*\([^()\n]*\)[ \t]*;?)[ \t]*$")


def code_lines_mask(text: str) -> str:
    """``text`` with its lines of code (see _CODE_LINE) blanked out, offsets and line breaks kept; the
    same string when it has none. Plain text only: Markdown marks its code."""
    if "=" not in text and "(" not in text:
        return text
    chars = None
    for m in _CODE_LINE.finditer(text):
        if chars is None:
            chars = list(text)
        _blank(chars, m.start(), m.end(), OBJECT)  # (not spaces: a blank line would join the lines around it)
    return text if chars is None else "".join(chars)


_SUPPRESS = lazy(re, r"<!--\s*tqcheck-(disable-next-line|disable|enable)\b([^>]*?)-->")


def suppressions(text: str) -> list[tuple[str, int, list[str]]]:
    """(kind, 1-based line of the comment, rule selectors) of each tqcheck-disable/enable comment."""
    out = []
    for m in _SUPPRESS.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        codes = [c for c in re.split(r"[\s,]+", m.group(2).strip()) if c]
        out.append((m.group(1), line, codes))
    return out


def is_suppressed(rule: str, name: str, line: int, end_line: int, comments: list[tuple[str, int, list[str]]]) -> bool:
    """Whether a finding on [line, end_line] is switched off by the comments (markdownlint style)."""

    def matches(codes: list[str]) -> bool:
        return not codes or any(rule.startswith(c.upper()) or c.lower() == name for c in codes)

    off_all = False
    off: dict[str, bool] = {}
    state: list[tuple[int, bool, list[str]]] = []
    for kind, cline, codes in comments:
        if kind == "disable-next-line" and cline + 1 == line and matches(codes):
            return True
        if cline < line:
            if kind in ("disable", "enable"):
                state.append((cline, kind == "disable", codes))
    for _, disabled, codes in state:
        if not codes:
            off_all = disabled
            off.clear()  # "enable"/"disable" without codes applies to every rule
        elif matches(codes):
            off[rule] = disabled
    return off.get(rule, off_all)
