"""Report writers. Each takes a :class:`tqcheck.pipeline.Report` and returns a string."""

from .json_report import render_json
from .text import render_concise, render_text


def render_html(report, *, color: bool = False, **big_run) -> str:
    from .html import render_html as _render  # jinja2 is imported only for HTML output

    return _render(report, color=color, **big_run)


def render_github(report, *, color: bool = False) -> str:
    from .ci import render_github as _render

    return _render(report, color=color)


def render_sarif(report, *, color: bool = False) -> str:
    from .ci import render_sarif as _render

    return _render(report, color=color)


def render_jsonl(report, *, color: bool = False) -> str:
    from .jsonl import document_line, summary_line

    return "".join(document_line(d) for d in report.documents) + summary_line(report.summary())


FORMATS = {"text": render_text, "concise": render_concise, "json": render_json, "html": render_html, "github": render_github, "sarif": render_sarif, "jsonl": render_jsonl}

__all__ = ["FORMATS", "render_concise", "render_json", "render_text"]
