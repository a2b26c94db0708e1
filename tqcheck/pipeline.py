"""read -> segment -> detect -> (back-translate -> score) -> report, as one library API.

The CLI is a thin shell over :func:`check` and :func:`check_text`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import __version__
from .document import Document, Segment
from .findings import Finding, Hit, Severity
from .glossary import resolve as resolve_glossary
from .langs import normalize_lang
from .reader import expand_paths, read_text
from .registry import Rule, select_rules


@dataclass
class Options:
    """Everything that changes what a check reports. CLI flags and the API map onto it one to one."""

    source_lang: str | None = None
    target_lang: str = "en"
    select: Sequence[str] | str | None = None
    ignore: Sequence[str] | str | None = None
    backtranslate: bool = False
    #: preferred spellings: a file path, a list of terms, a {preferred: [variants]} dict or a Glossary
    glossary: Any = None

    def normalized(self) -> "Options":
        return Options(
            source_lang=normalize_lang(self.source_lang, option="source language"),
            target_lang=normalize_lang(self.target_lang, option="target language") or "en",
            select=self.select,
            ignore=self.ignore,
            backtranslate=self.backtranslate,
            glossary=resolve_glossary(self.glossary),
        )


@dataclass
class DocumentReport:
    path: str
    source_lang: str | None
    target_lang: str
    segments: list[Segment]
    findings: list[Finding]
    text: str = field(repr=False, default="")

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "source_lang": self.source_lang,
            "target_lang": self.target_lang,
            "segments": [s.to_dict() for s in self.segments],
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass
class Report:
    documents: list[DocumentReport]

    @property
    def findings(self) -> list[Finding]:
        return [f for d in self.documents for f in d.findings]

    def summary(self) -> dict[str, Any]:
        by_sev = Counter(f.severity for f in self.findings)
        by_rule = Counter(f.rule for f in self.findings)
        return {
            "documents": len(self.documents),
            "findings": len(self.findings),
            "by_severity": {s.value: by_sev.get(s.value, 0) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)},
            "by_rule": dict(sorted(by_rule.items())),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "tool": {"name": "tqcheck", "version": __version__},
            "schema": 1,
            "documents": [d.to_dict() for d in self.documents],
            "summary": self.summary(),
        }

    def worst(self) -> Severity | None:
        ranks = [Severity(f.severity) for f in self.findings]
        return max(ranks, key=lambda s: s.rank) if ranks else None


def _finding(doc: Document, rule: Rule, hit: Hit) -> Finding:
    line, col = doc.position(hit.start)
    end_line, end_col = doc.position(hit.end)
    seg = doc.segment_at(hit.start)
    return Finding(
        rule=rule.code,
        name=rule.name,
        severity=(hit.severity or rule.severity).value,
        message=hit.message,
        text=doc.text[hit.start : hit.end],
        offset=hit.start,
        end_offset=hit.end,
        line=line,
        col=col,
        end_line=end_line,
        end_col=end_col,
        segment=seg.id if seg else None,
        suggestion=hit.suggestion,
        evidence=hit.evidence,
    )


def run_rules(doc: Document, rules: Iterable[Rule]) -> list[Finding]:
    findings: list[Finding] = []
    for r in rules:
        if r.needs_source_lang and not doc.source_lang:
            continue
        findings.extend(_finding(doc, r, h) for h in r.check(doc))
    findings.sort(key=lambda f: (f.offset, f.end_offset, f.rule))
    return findings


def _check_document(text: str, path: str, opts: Options, rules: list[Rule]) -> DocumentReport:
    doc = Document(
        text=text, path=path, source_lang=opts.source_lang, target_lang=opts.target_lang,
        options={"glossary": opts.glossary},
    )
    findings = run_rules(doc, rules)
    return DocumentReport(path, doc.source_lang, doc.target_lang, doc.segments, findings, text)


def check_text(
    text: str,
    *,
    source_lang: str | None = None,
    target_lang: str = "en",
    source_text: str | None = None,
    backtranslate: bool = False,
    config: Options | dict[str, Any] | None = None,
    path: str = "<text>",
) -> DocumentReport:
    """Check one translated text. Heuristic rules only unless ``backtranslate`` is true."""
    opts = _options(config, source_lang=source_lang, target_lang=target_lang, backtranslate=backtranslate)
    return _check_document(text, path, opts, select_rules(opts.select, opts.ignore))


def check(paths: str | Path | Sequence[str | Path], **options: Any) -> Report:
    """Check files and directories (``.txt``, ``.md``); options as in :class:`Options`."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    config = options.pop("config", None)
    opts = _options(config, **options)
    rules = select_rules(opts.select, opts.ignore)
    files = expand_paths(list(paths))
    return Report([_check_document(read_text(p), str(p), opts, rules) for p in files])


def _options(config: Options | dict[str, Any] | None, **overrides: Any) -> Options:
    """Merge ``config`` with explicit keyword options; a keyword left at its default keeps the config's value."""
    base = replace(config) if isinstance(config, Options) else Options(**(config or {}))
    defaults = Options()
    for key, value in overrides.items():
        if not hasattr(base, key):
            raise TypeError(f"unknown option {key!r}")
        if value != getattr(defaults, key):
            setattr(base, key, value)
    return base.normalized()
