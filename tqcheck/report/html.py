"""A self-contained HTML report: inline CSS, JS and SVG, no network.

The results are embedded once, as JSON in a ``<script type="application/json">`` block; the page's
script renders the documents table, the all-findings table and each document's text when it is
opened or scrolled to, so a report of thousands of documents loads as fast as a small one.
Everything from the input is escaped: the summary by Jinja's autoescape, the JSON block by
escaping ``<``, ``>``, ``&`` and the line separators, and the script's HTML by its own escaping.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .. import __version__
from ..langs import language_name
from ..pipeline import DocumentReport, Report
from ..registry import all_rules
from ..patterns import lazy

_SEVERITIES = ("error", "warning", "info")
#: above this many documents, the report opens with every document collapsed and clean ones hidden
MANY_DOCUMENTS = 20
_DIGITS = lazy(re, r"(\d+)")


def natural_key(path: str) -> tuple:
    """Sort key putting doc-2 before doc-10 (digit runs compare as numbers, text case-insensitively)."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part.casefold()) for part in _DIGITS.split(path) if part)


@lru_cache(maxsize=None)
def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("tqcheck.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no character of it can end
    the block or open a comment, and the line separators JavaScript once refused are escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


#: where a document's target language came from (DocumentReport.target_from), in words
_TARGET_FROM = {
    "option": "from --target-lang",
    "config": "from the configuration",
    "file": "declared in the file",
    "detected": "detected",
    "default": "by default (not given, not detected)",
}


def _languages(doc: DocumentReport) -> str:
    """'Translated from Spanish (es) into English (en). Target language detected; configuration
    corpus/tqcheck.toml.' (the second sentence where the run says how the document was set up)."""
    target = f"{language_name(doc.target_lang)} ({doc.target_lang})"
    if doc.source_lang:
        line = f"Translated from {language_name(doc.source_lang)} ({doc.source_lang}) into {target}."
    else:
        line = f"Language: {target}."
    setup = []
    how = _TARGET_FROM.get(getattr(doc, "target_from", None) or "")
    if how:
        setup.append(f"target language {how}")
    if hasattr(doc, "config"):
        config = doc.config
        if config:
            try:
                config = Path(config).relative_to(Path.cwd()).as_posix()
            except ValueError:
                pass
        setup.append(f"configuration {config}" if config else "no configuration")
    if setup:
        text = "; ".join(setup)
        line += f" {text[0].upper()}{text[1:]}."
    return line


def _utf16(text: str):
    """Offsets are code points; the page's script counts UTF-16 units, one more for each character
    beyond the Basic Multilingual Plane (emoji, rare CJK) before the offset."""
    if not _ASTRAL.search(text):
        return lambda i: i
    units = [0]
    for ch in text:
        units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return lambda i: units[min(max(i, 0), len(text))]


_ASTRAL = lazy(re, "[\U00010000-\U0010FFFF]")


def _paragraphs(doc: DocumentReport, u) -> list[list[int]]:
    if doc.document is not None:
        spans = doc.document.paragraphs
    else:
        from ..segment import paragraphs

        spans = paragraphs(doc.text)
    return [[u(p.start), u(p.end)] for p in spans]


def _finding(f, u) -> dict[str, Any]:
    out: dict[str, Any] = {"r": f.rule, "s": f.severity, "o": u(f.offset), "e": u(f.end_offset), "l": f.line, "c": f.col,
                           "m": f.message, "x": f.text}
    if f.suggestion is not None:
        out["g"] = f.suggestion
    if f.evidence:
        out["v"] = f.evidence
    if f.related:
        out["rel"] = [[u(r["offset"]), u(r["end_offset"]), r["line"], r["col"]] for r in f.related]
    if f.segment is not None:
        out["sg"] = f.segment
    return out


def document_data(doc: DocumentReport) -> dict[str, Any]:
    """One document as the page's script reads it (short keys: the page embeds thousands of them)."""
    sources = {}
    if doc.document is not None and doc.document.source_text is not None:
        sources = doc.document.source_of_segment
    sentences = {}
    for s in doc.segments:
        extra = doc.segment_scores.get(s.id) or {}
        src = sources.get(s.id)
        if src is None and not extra:
            continue
        row: dict[str, Any] = {}
        if src is not None:
            row["src"] = src
        if extra:
            row["bt"] = extra.get("backtranslation")
            if extra.get("roundtrip") is not None:
                row["rt"] = extra["roundtrip"]
            if extra.get("forward") is not None:
                row["fw"] = extra["forward"]  # the source machine-translated into the target's language
                fs = extra.get("forward_scores") or {}
                # the forward leg's own score: the embedding cosine where one was computed, else chrF
                row["fs"] = fs.get("semantic") if fs.get("semantic") is not None else fs.get("chrf")
                row["fk"] = "semantic" if fs.get("semantic") is not None else "chrf"
            row["sc"] = extra.get("scores", {})
            row["drift"] = extra.get("suspicion")
            row["sus"] = extra.get("combined", extra.get("suspicion"))
            row["mode"] = extra.get("mode", "source")
        sentences[str(s.id)] = row
    counts = Counter(f.severity for f in doc.findings)
    u = _utf16(doc.text)
    out: dict[str, Any] = {
        "p": doc.path,
        "lang": _languages(doc),
        "sl": doc.source_lang,
        "tl": doc.target_lang,
        "sn": language_name(doc.source_lang) if doc.source_lang else None,
        "tn": language_name(doc.target_lang),
        "t": doc.text,
        "pa": _paragraphs(doc, u),
        "sg": [[s.id, u(s.offset), u(s.end_offset), s.line] for s in doc.segments],
        "f": [_finding(f, u) for f in doc.findings],
        "n": [counts.get(s, 0) for s in _SEVERITIES],
    }
    if sentences:
        out["st"] = sentences
    if doc.score:
        out["score"] = doc.score
    return out


class HtmlReport:
    """Builds the page from documents added one at a time; keeps only what the page shows of each
    (text, findings, sentences), not the checked document, so a stream of any length fits."""

    def __init__(self) -> None:
        self.documents: list[dict[str, Any]] = []
        self._names: dict[str, str] = {}

    def add(self, doc: DocumentReport) -> None:
        self.documents.append(document_data(doc))
        for f in doc.findings:
            self._names.setdefault(f.rule, f.name)

    def extend(self, docs: Iterable[DocumentReport]) -> "HtmlReport":
        for d in docs:
            self.add(d)
        return self

    def render(self, summary: dict[str, Any], backtranslation: dict[str, Any] | None = None) -> str:
        registered = {r.code: r for r in all_rules()}
        by_rule = summary.get("by_rule", {})
        rules = {}
        for code in sorted(set(by_rule) | set(self._names)):
            r = registered.get(code)
            rules[code] = {"n": r.name if r else self._names.get(code, code), "s": r.summary if r else ""}
        top = max(by_rule.values(), default=0)
        bars = [
            {"code": code, "name": rules[code]["n"], "summary": rules[code]["s"], "count": n, "width": round(100 * n / top, 1) if top else 0}
            for code, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        docs = sorted(self.documents, key=lambda d: natural_key(d["p"]))
        many = len(docs) > MANY_DOCUMENTS
        data = {
            "docs": docs,
            "rules": rules,
            "many": many,
            "threshold": (backtranslation or {}).get("drift_threshold"),
        }
        neutral = summary.get("language_neutral_only") or []
        neutral_note = (
            "No language profile for " + ", ".join(f"{language_name(t)} ({t})" for t in neutral) + ": only language-neutral checks ran."
            if neutral else None
        )
        return _env().get_template("report.html.j2").render(
            version=__version__,
            summary=summary,
            severities=_SEVERITIES,
            single=docs[0]["p"] if len(docs) == 1 else None,
            rule_bars=bars,
            backtranslation=backtranslation,
            neutral_note=neutral_note,
            data_json=script_json(data),
        )


def render_html(report: Report, *, color: bool = False, summary: dict[str, Any] | None = None) -> str:
    """The HTML report of ``report`` (``summary``: the run's summary, when it is not ``report``'s)."""
    return HtmlReport().extend(report.documents).render(summary or report.summary(), report.backtranslation)
