"""Terminal output: ``path:line:col: CODE severity message``, grouped by file, one summary line."""

from __future__ import annotations

import click

from ..pipeline import Report

_COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def render_text(report: Report, *, color: bool = False) -> str:
    def style(text: str, **kw) -> str:
        return click.style(text, **kw) if color else text

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
            extra = f" (suggestion: \"{f.suggestion}\")" if f.suggestion not in (None, "") else ""
            lines.append(f"{where} {code} {sev} {f.message}{extra}")
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
    lines.append(style(summary, bold=True))
    return "\n".join(lines) + "\n"
