"""JSON Lines, for big runs: one line per document as it is checked (the same object as an entry of
the JSON report's ``documents``), then one last line with the tool, the schema and the summary.
Nothing is held back: a run of any size is written with the memory of one document."""

from __future__ import annotations

import heapq
import json
from typing import IO, Any

from .. import __version__


def document_line(doc) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False) + "\n"


def summary_line(summary: dict[str, Any]) -> str:
    return json.dumps({"tool": {"name": "tqcheck", "version": __version__}, "schema": 1, "summary": summary}, ensure_ascii=False) + "\n"


def suspicion(doc) -> tuple:
    """How suspect a document is, for "the worst documents": its back-translation suspicion, then
    its findings weighted by severity."""
    weights = {"error": 100, "warning": 10, "info": 1}
    bt = (doc.score or {}).get("suspicion") or 0.0
    return (bt, sum(weights.get(f.severity, 0) for f in doc.findings))


def write_stream(stream, out: IO[str], *, keep_worst: int = 0) -> list:
    """Write ``stream`` as JSON Lines to ``out``; return the ``keep_worst`` most suspect documents
    (most suspect first), the only reports kept in memory."""
    worst: list = []
    for n, doc in enumerate(stream):
        out.write(document_line(doc))
        out.flush()
        if keep_worst:
            item = (suspicion(doc), -n, doc)  # ties: the earlier document first
            if len(worst) < keep_worst:
                heapq.heappush(worst, item)
            else:
                heapq.heappushpop(worst, item)
    out.write(summary_line(stream.summary()))
    out.flush()
    return [d for _, _, d in sorted(worst, key=lambda t: (t[0], t[1]), reverse=True)]
