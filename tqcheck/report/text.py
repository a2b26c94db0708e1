"""Terminal output, as ruff writes it.

``text`` (the default): for each finding, ``path:line:col: CODE severity message``, then the line
with the flagged text underlined by carets and the suggestion; a long line (a web paragraph of
thousands of characters) is shown as a window around the span, cut ends marked with an ellipsis.
Each document with findings opens with a line naming the language it was checked as and the
configuration that applied; the report ends with the configurations and target languages of
every document and one summary line.

``concise``: one line per finding (``path:line:col: CODE severity message (suggestion: "…")``),
for editors' quickfix lists and grep.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ..pipeline import DocumentReport, Report, display_path
from ..patterns import lazy

_COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}
#: display cells of a code line before it is shown as a window around the span
WIDTH = 100
_LINE_BREAK = lazy(re, r"\r\n|\n|\r")
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


@lru_cache(maxsize=4096)
def _cell(ch: str) -> tuple[str, int]:
    """How one character is shown in a terminal line, and how many cells it takes: controls as
    their visible symbols (never as terminal commands), direction marks dropped. Remembered per
    character: a long report asks for the same few hundred characters hundreds of thousands of times."""
    o = ord(ch)
    if ch == "\t":
        return " ", 1
    if o < 0x20:
        return chr(0x2400 + o), 1
    if o == 0x7F:
        return "\u2421", 1
    if 0x80 <= o < 0xA0 or 0xD800 <= o < 0xE000:
        return "\ufffd", 1
    if ch in _BIDI:
        return "", 0
    if ch in "\u2028\u2029":
        return " ", 1
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf"):
        return ch, 0
    return ch, 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def safe(text: str) -> str:
    """``text`` without characters that a terminal would take as commands."""
    if text.isprintable():
        return text
    return "".join(_cell(ch)[0] if not ch.isprintable() else ch for ch in text)


def snippet(line: str, start: int, end: int, width: int = WIDTH) -> tuple[str, int, int]:
    """(shown line, caret column, caret count) for the span [start, end) of ``line`` (code
    points); a line wider than ``width`` cells becomes a window around the span, "…" where cut."""
    start = max(0, min(start, len(line)))
    end = max(start, min(end, len(line)))
    plain = line.isascii() and line.isprintable()  # one cell a character, shown as it is
    if plain and len(line) <= width:
        return line.rstrip(), start, max(1, end - start)
    if plain:  # a long line of one-cell characters: the window below, counted without a list of cells
        a, b = _window_plain(len(line), start, end, width)
        left, right = "…" if a > 0 else "", "…" if b < len(line) else ""
        shown = left + line[a:b] + right
        return shown.rstrip() if not right else shown, len(left) + start - a, max(1, min(end, b) - start)
    cells = [_cell(ch) for ch in line]
    a, b = 0, len(line)
    if sum(w for _, w in cells) > width:
        a, b = _window(len(line), start, end, width, lambda i: cells[i][1])
    left = "…" if a > 0 else ""
    right = "…" if b < len(line) else ""
    shown = left + "".join(c for c, _ in cells[a:b]) + right
    col = len(left) + sum(w for _, w in cells[a:start])
    count = sum(w for _, w in cells[start:min(end, b)])
    return shown.rstrip() if not right else shown, col, max(1, count)


def _window(n: int, start: int, end: int, width: int, cell) -> tuple[int, int]:
    """[a, b) of a line of ``n`` characters, ``cell(i)`` cells each, to show in ``width`` cells with
    an ellipsis on each side: the span [start, end) first, as much as fits, then context on both
    sides, the left a little less than the right."""
    room = width - 2  # the ellipses
    a = b = start
    used = 0
    while b < end and used + cell(b) <= room:
        used += cell(b)
        b += 1
    grew = True
    while grew:
        grew = False
        if a > 0 and used + cell(a - 1) <= room and (start - a) <= (b - end) + 10:
            a -= 1
            used += cell(a)
            grew = True
        if b < n and used + cell(b) <= room:
            used += cell(b)
            b += 1
            grew = True
        elif a > 0 and used + cell(a - 1) <= room:
            a -= 1
            used += cell(a)
            grew = True
    return a, b


def _window_plain(n: int, start: int, end: int, width: int) -> tuple[int, int]:
    """:func:`_window` for a line of one-cell characters, counted without a call per character."""
    room = width - 2
    b = min(end, start + room)
    a, used = start, b - start
    grew = True
    while grew:
        grew = False
        if a > 0 and used < room and (start - a) <= (b - end) + 10:
            a -= 1
            used += 1
            grew = True
        if b < n and used < room:
            used += 1
            b += 1
            grew = True
        elif a > 0 and used < room:
            a -= 1
            used += 1
            grew = True
    return a, b


class _Lines:
    """The lines of a document's file, found once."""

    def __init__(self, doc: DocumentReport):
        locator = doc.document.locator if doc.document is not None else None
        self.text = locator.file_text if locator is not None else doc.text
        self._starts: list[int] | None = None

    def get(self, number: int) -> str | None:
        if self._starts is None:
            self._starts = [0, *(m.end() for m in _LINE_BREAK.finditer(self.text))]
        if not 1 <= number <= len(self._starts):
            return None
        a = self._starts[number - 1]
        b = self._starts[number] if number < len(self._starts) else len(self.text)
        return _LINE_BREAK.sub("", self.text[a:b])


def _language(doc: DocumentReport) -> str:
    from ..langs import language_name

    if doc.target_from == "none":
        return "not read"
    name = f"{language_name(doc.target_lang)} ({doc.target_lang})"
    how = {
        "option": "from --target-lang",
        "config": "from the configuration",
        "file": "declared in the file",
        "detected": "detected",
        "default": "by default (not given, not detected)",
    }.get(doc.target_from, doc.target_from)
    return f"{name}, {how}"


def _config(doc: DocumentReport) -> str:
    return f"configuration {display_path(doc.config)}" if doc.config else "no configuration"


def _settings_lines(report: Report) -> list[str]:
    """Which configurations and target languages the run's documents were checked with."""
    if not report.documents:
        return []
    configs = Counter(display_path(d.config) or "none" for d in report.documents)
    langs = Counter((d.target_lang, d.target_from) for d in report.documents if d.target_from != "none")
    how = {"option": "--target-lang", "config": "configuration", "file": "file header", "detected": "detected", "default": "default"}
    single = len(report.documents) == 1
    cfg = ", ".join(name if single else f"{name} ({_plural(n, 'document')})" for name, n in configs.most_common())
    tgt = ", ".join(
        f"{lang} ({how.get(src, src)})" if single else f"{lang} ({n} {how.get(src, src)})" for (lang, src), n in langs.most_common()
    )
    return [f"Configuration: {cfg}."] + ([f"Target language{'' if len(langs) == 1 else 's'}: {tgt}."] if langs else [])


def _summary(report: Report, lines: list[str], style) -> str:
    s = report.summary()
    sev = s["by_severity"]
    summary = (
        f"{_plural(s['findings'], 'finding')} ({_plural(sev['error'], 'error')}, "
        f"{_plural(sev['warning'], 'warning')}, {sev['info']} info) in {_plural(s['documents'], 'document')}."
    )
    if lines:
        lines.append("")
    note = report.neutral_note()
    if note:
        lines.append(note)
    lines.extend(_settings_lines(report))
    lines.append(style(summary, bold=True))
    return "\n".join(lines) + "\n"


def _styler(color: bool):
    if not color:
        return lambda text, **kw: text
    import click  # only for a coloured report: a pipe or a CI log starts without it

    return click.style


def render_concise(report: Report, *, color: bool = False) -> str:
    style = _styler(color)
    lines: list[str] = []
    for doc in report.documents:
        if not doc.findings:
            continue
        if lines:
            lines.append("")
        for f in doc.findings:
            where = style(f"{doc.path}:{f.line}:{f.col}:", bold=True)
            code = style(f.rule, fg=_COLORS[f.severity], bold=True)
            sev = style(f.severity, fg=_COLORS[f.severity])
            extra = f" (suggestion: \"{safe(f.suggestion)}\")" if f.suggestion not in (None, "") else ""
            lines.append(f"{where} {code} {sev} {safe(f.message)}{extra}")
    return _summary(report, lines, style)


def render_text(report: Report, *, color: bool = False) -> str:
    from ..registry import RULES

    style = _styler(color)
    lines: list[str] = []
    for doc in report.documents:
        if not doc.findings:
            continue
        if lines:
            lines.append("")
        lines.append(style(f"{doc.path}", bold=True, underline=True) + f" — {_language(doc)}; {_config(doc)}")
        source = _Lines(doc)
        for f in doc.findings:
            lines.append("")
            colour = _COLORS[f.severity]
            where = style(f"{doc.path}:{f.line}:{f.col}:", bold=True)
            lines.append(f"{where} {style(f.rule, fg=colour, bold=True)} {style(f.severity, fg=colour)} {safe(f.message)}")
            rule = RULES.get(f.rule)
            line = None if (rule is not None and rule.stage == "pipeline") else source.get(f.line)
            if line is None:
                continue
            end = f.end_col - 1 if f.end_line == f.line else len(line)
            shown, col, count = snippet(line, f.col - 1, end)
            gutter = " " * len(str(f.line))
            bar = style("|", fg="blue", bold=True)
            marker = f"{'^' * count} {f.rule}" + (f" (to line {f.end_line})" if f.end_line > f.line else "")
            lines.append(f"{gutter} {bar}")
            lines.append(f"{style(str(f.line), fg='blue', bold=True)} {bar} {shown}")
            lines.append(f"{gutter} {bar} {' ' * col}{style(marker, fg=colour, bold=True)}")
            lines.append(f"{gutter} {bar}")
            eq = style("=", fg="blue", bold=True)
            if f.suggestion is not None:
                if f.suggestion == "":
                    lines.append(f"{gutter} {eq} suggestion: delete \"{safe(f.text)}\"")
                else:
                    lines.append(f"{gutter} {eq} suggestion: \"{safe(f.suggestion)}\"")
            if f.unit is not None:
                unit = f.unit if len(f.unit) <= 80 else f.unit[:79] + "…"
                lines.append(f"{gutter} {eq} unit: {safe(unit)}")
    return _summary(report, lines, style)
