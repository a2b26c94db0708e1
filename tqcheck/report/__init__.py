"""Report writers. Each takes a :class:`tqcheck.pipeline.Report` and returns a string."""

from .json_report import render_json
from .text import render_text

FORMATS = {"text": render_text, "json": render_json}

__all__ = ["FORMATS", "render_json", "render_text"]
