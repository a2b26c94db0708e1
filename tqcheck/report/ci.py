"""CI formats: GitHub Actions workflow commands and SARIF 2.1.0 for code scanning."""

from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..pipeline import Report

_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, *, color: bool = False) -> str:
    """One ``::warning file=…,line=…::message`` command per finding (see GitHub's workflow commands)."""
    lines = []
    for doc in report.documents:
        for f in doc.findings:
            props = (
                f"file={_prop(doc.path)},line={f.line},endLine={f.end_line},"
                f"col={f.col},endColumn={f.end_col},title={_prop(f.rule + ' ' + f.name)}"
            )
            message = f.message + (f" (suggestion: {f.suggestion})" if f.suggestion else "") + (f" [unit: {f.unit}]" if f.unit else "")
            lines.append(f"::{_GITHUB_LEVEL[f.severity]} {props}::{_data(message)}")
    s = report.summary()
    lines.append(f"tqcheck: {s['findings']} findings in {s['documents']} documents")
    return "\n".join(lines) + "\n"


def render_sarif(report: Report, *, color: bool = False) -> str:
    """A SARIF 2.1.0 log with rule metadata (help text from each rule's documentation)."""
    from ..baseline import fingerprint
    from ..registry import all_rules

    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for doc in report.documents:
        uri = Path(doc.path).as_posix()
        for f in doc.findings:
            result = {
                "ruleId": f.rule,
                "ruleIndex": index.get(f.rule, -1),
                "level": _SARIF_LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": {
                            "startLine": f.line, "startColumn": f.col, "endLine": f.end_line, "endColumn": f.end_col,
                            "charOffset": f.offset, "charLength": f.end_offset - f.offset,
                            "snippet": {"text": f.text},
                        },
                    }
                }],
                "partialFingerprints": {"tqcheck/v1": fingerprint(doc, f)},
            }
            if f.unit is not None:  # the translation unit of a PO or XLIFF file (msgid, unit id)
                result["locations"][0]["logicalLocations"] = [{"name": f.unit, "kind": "element"}]
            if f.suggestion is not None:
                result["fixes"] = [{
                    "description": {"text": f"Replace with \"{f.suggestion}\""},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": uri},
                        "replacements": [{
                            "deletedRegion": {"startLine": f.line, "startColumn": f.col, "endLine": f.end_line, "endColumn": f.end_col},
                            "insertedContent": {"text": f.suggestion},
                        }],
                    }],
                }]
            if f.related:
                result["relatedLocations"] = [{
                    "id": k,
                    "message": {"text": f"also concerned: \"{r['text']}\""},
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": {
                            "startLine": r["line"], "startColumn": r["col"], "endLine": r["end_line"], "endColumn": r["end_col"],
                            "charOffset": r["offset"], "charLength": r["end_offset"] - r["offset"],
                            "snippet": {"text": r["text"]},
                        },
                    },
                } for k, r in enumerate(f.related, start=1)]
            if f.evidence or f.unit is not None:
                result["properties"] = {**({"evidence": f.evidence} if f.evidence else {}), **({"unit": f.unit} if f.unit is not None else {})}
            results.append(result)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "tqcheck",
                "version": __version__,
                "rules": [{
                    "id": r.code,
                    "name": r.name,
                    "shortDescription": {"text": r.summary},
                    "fullDescription": {"text": r.summary},
                    "help": {"text": r.doc, "markdown": r.doc},
                    "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity.value]},
                    "properties": {"family": r.family},
                } for r in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=1) + "\n"
