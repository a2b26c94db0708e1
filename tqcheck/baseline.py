"""Baselines: accept today's findings, fail only on new ones.

A finding's fingerprint hashes its path, rule, the flagged text and the sentence around it, all
whitespace-normalised and lower-cased — not its line or column, so edits elsewhere in the file
do not invalidate the baseline. The file counts fingerprints, so a second identical finding in
the same sentence is still new.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .errors import UsageError
from .pipeline import DocumentReport, Report


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def fingerprint(doc: DocumentReport, finding) -> str:
    seg = next((s for s in doc.segments if s.id == finding.segment), None)
    context = seg.text if seg else ""
    blob = "\x1f".join([Path(doc.path).as_posix(), finding.rule, _norm(finding.text), _norm(context)])
    import hashlib

    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


#: never recorded nor hidden by a baseline: a file that could not be read was not checked
NEVER = frozenset({"TQ000"})


def write(report: Report) -> str:
    counts = Counter(fingerprint(d, f) for d in report.documents for f in d.findings if f.rule not in NEVER)
    return json.dumps({"tool": "tqcheck", "baseline": 1, "fingerprints": dict(sorted(counts.items()))}, indent=1) + "\n"


def apply(report: Report, path: Path) -> int:
    """Drop the findings recorded in the baseline file; return how many were dropped."""
    counts = load(path)
    return sum(drop(doc, counts) for doc in report.documents)


def load(path: Path) -> Counter:
    """The fingerprints a baseline file records, with their counts."""
    try:
        data = json.loads(path.read_text("utf-8"))
        counts = Counter(data["fingerprints"])
        if data.get("baseline") != 1:
            raise ValueError("not a tqcheck baseline (version 1)")
    except FileNotFoundError:
        raise UsageError(f"{path}: baseline file not found (create it with --write-baseline)") from None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not a tqcheck baseline file ({exc})") from None
    return counts


def drop(doc, counts: Counter) -> int:
    """Drop one document's findings that ``counts`` records (using them up); return how many."""
    dropped = 0
    kept = []
    for f in doc.findings:
        fp = fingerprint(doc, f)
        if counts[fp] > 0 and f.rule not in NEVER:
            counts[fp] -= 1
            dropped += 1
        else:
            kept.append(f)
    doc.findings = kept
    return dropped
