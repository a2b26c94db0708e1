"""JSON report, schema 1 (documented in docs/reports.md)."""

from __future__ import annotations

import json

from ..pipeline import Report


def render_json(report: Report, *, color: bool = False) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
