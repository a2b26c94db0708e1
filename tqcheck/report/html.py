"""A self-contained HTML report: inline CSS, JS and SVG, no network. Everything from the input is escaped."""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from typing import Any

from .. import __version__
from ..pipeline import DocumentReport, Report
from ..langs import language_name
from ..registry import all_rules

_SEVERITIES = ("error", "warning", "info")
_RELATED = "~related"  # suffix of a related span's finding id while cutting the text


@lru_cache(maxsize=None)
def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("tqcheck.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, indent=1)
    return env


def _pieces(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Cut text[start:end] at every finding boundary; each piece lists the findings covering it."""
    cuts = {start, end}
    for a, b, _ in spans:
        cuts.update(x for x in (a, b) if start <= x <= end)
    bounds = sorted(cuts)
    out = []
    for a, b in zip(bounds, bounds[1:]):
        ids = [fid for fa, fb, fid in spans if fa < b and a < fb and fb > fa]
        out.append({"text": text[a:b], "ids": ids})
    return out


def _document_view(index: int, doc: DocumentReport) -> dict[str, Any]:
    findings = []
    for i, f in enumerate(doc.findings):
        findings.append({"id": f"d{index}-f{i}", **f.to_dict()})
    by_id = {f["id"]: f for f in findings}
    spans = [(f["offset"], f["end_offset"], f["id"]) for f in findings if f["end_offset"] > f["offset"]]
    # the other places a finding concerns (a name's other spellings) are marked too, as related
    spans += [(r["offset"], r["end_offset"], f["id"] + _RELATED) for f in findings for r in f.get("related", ())
              if r["end_offset"] > r["offset"]]
    zero = [(f["offset"], f["id"]) for f in findings if f["end_offset"] <= f["offset"]]
    paragraphs = []
    anchored: set[str] = set()
    paras = doc.document.paragraphs if doc.document is not None else []
    for p in paras:
        local = [s for s in spans if s[0] < p.end and p.start < s[1]]
        pieces = _pieces(doc.text, p.start, p.end, local)
        for piece in pieces:
            piece["related"] = [i[: -len(_RELATED)] for i in piece["ids"] if i.endswith(_RELATED)]
            piece["ids"] = [i for i in piece["ids"] if not i.endswith(_RELATED)]
            sevs = {by_id[i]["severity"] for i in piece["ids"]}
            piece["severity"] = next((s for s in _SEVERITIES if s in sevs), None)
            piece["rules"] = sorted({by_id[i]["rule"] for i in piece["ids"]})
            piece["anchors"] = [i for i in piece["ids"] if i not in anchored]
            anchored.update(piece["anchors"])
        # the rule codes are shown once, after the last piece of each finding
        for k, piece in enumerate(pieces):
            later = set(pieces[k + 1]["ids"]) if k + 1 < len(pieces) else set()
            piece["ends"] = sorted({by_id[i]["rule"] for i in piece["ids"] if i not in later})
        markers = [fid for off, fid in zero if p.start <= off <= p.end and fid not in anchored]
        anchored.update(markers)
        paragraphs.append({"pieces": pieces, "markers": markers})
    segments = []
    for s in doc.segments:
        extra = doc.segment_scores.get(s.id)
        if extra:
            segments.append({"id": s.id, "text": s.text, "line": s.line, **extra})
    return {
        "index": index,
        "anchor": f"doc-{index}",
        "path": doc.path,
        "source_lang": doc.source_lang,
        "target_lang": doc.target_lang,
        "target_name": language_name(doc.target_lang),
        "source_name": language_name(doc.source_lang) if doc.source_lang else None,
        "score": doc.score,
        "findings": findings,
        "by_id": by_id,
        "paragraphs": paragraphs,
        "segments": segments,
        # the back-translation table: most suspicious first (rule findings and back-translation together)
        "ranked": sorted(segments, key=lambda s: (-s.get("combined", s.get("suspicion", 0.0)), s["id"])),
        "counts": Counter(f["severity"] for f in findings),
    }


def _bars(counter: Counter) -> list[dict[str, Any]]:
    top = max(counter.values(), default=0)
    return [
        {"label": k, "count": v, "width": round(100 * v / top, 1) if top else 0}
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def render_html(report: Report, *, color: bool = False, summary: dict[str, Any] | None = None, full_results: str | None = None) -> str:
    """``summary`` and ``full_results`` (a link to the JSON Lines file) for a big run's report,
    where ``report`` holds only its worst documents."""
    docs = [_document_view(i, d) for i, d in enumerate(report.documents)]
    summary = summary or report.summary()
    rules = {r.code: r for r in all_rules()}
    by_rule = Counter({k: v for k, v in summary["by_rule"].items()})
    used_rules = [
        {"code": code, "name": rules[code].name if code in rules else code, "summary": rules[code].summary if code in rules else "", "count": n}
        for code, n in sorted(by_rule.items())
    ]
    return _env().get_template("report.html.j2").render(
        version=__version__,
        summary=summary,
        documents=docs,
        rules=used_rules,
        severities=_SEVERITIES,
        rule_bars=_bars(by_rule),
        backtranslation=report.backtranslation,
        listed=sum(len(d["findings"]) for d in docs),
        partial={"shown": len(docs), "link": full_results} if full_results else None,
        neutral_note=report.neutral_note(),
    )
