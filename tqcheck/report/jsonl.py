"""JSON Lines, for big runs: one line per document as it is checked (the same object as an entry of
the JSON report's ``documents``), then one last line with the tool, the schema and the summary.
Nothing is held back: a run of any size is written with the memory of one document."""

from __future__ import annotations

import json
from typing import IO, Any

from .. import __version__


def document_line(doc) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False) + "\n"


def summary_line(summary: dict[str, Any]) -> str:
    return json.dumps({"tool": {"name": "tqcheck", "version": __version__}, "schema": 1, "summary": summary}, ensure_ascii=False) + "\n"


def write_stream(stream, out: IO[str]) -> None:
    """Write ``stream`` as JSON Lines to ``out``, each document as soon as it is checked."""
    for doc in stream:
        out.write(document_line(doc))
        out.flush()
    out.write(summary_line(stream.summary()))
    out.flush()
