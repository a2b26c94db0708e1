"""Report writers. Each takes a :class:`tqcheck.pipeline.Report` and returns a string."""

from .json_report import render_json
from .text import render_text


def render_html(report, *, color: bool = False) -> str:
    from .html import render_html as _render  # jinja2 is imported only for HTML output

    return _render(report, color=color)


FORMATS = {"text": render_text, "json": render_json, "html": render_html}

__all__ = ["FORMATS", "render_json", "render_text"]
