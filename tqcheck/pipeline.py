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
from .langs import locale_tag, normalize_lang
from .reader import read_text
from .config import Config
from .errors import UsageError
from .registry import Rule, select_rules


@dataclass
class Options:
    """Everything that changes what a check reports. CLI flags and the API map onto it one to one."""

    source_lang: str | None = None
    target_lang: str = "en"
    #: the target tag with its region ("es-MX", "pt-BR"), derived from ``target_lang`` by :meth:`normalized`
    target_locale: str | None = None
    select: Sequence[str] | str | None = None
    ignore: Sequence[str] | str | None = None
    backtranslate: bool = False
    #: preferred spellings: a file path, a list of terms, a {preferred: [variants]} dict or a Glossary
    glossary: Any = None
    # back-translation (see README "Back-translation")
    bt_model: str | None = None  #: target->source model: Hugging Face id or directory (default: catalogue)
    rt_model: str | None = None  #: source->target model for the round trip (default: catalogue)
    engine: str = "transformers"  #: transformers | ctranslate2
    beam: int = 1
    batch_size: int = 16
    device: str = "cpu"  #: cpu | cuda | auto
    require_backtranslation: bool = False  #: a missing model is an error instead of a warning
    cache_dir: str | None = None
    no_cache: bool = False
    progress: bool = False  #: progress bar on stderr (the CLI turns it on for text output)

    def normalized(self) -> "Options":
        if self.engine not in ("transformers", "ctranslate2"):
            raise UsageError(f"unknown engine {self.engine!r} (use transformers or ctranslate2)")
        if self.device not in ("cpu", "cuda", "auto"):
            raise UsageError(f"unknown device {self.device!r} (use cpu, cuda or auto)")
        if self.beam < 1 or self.batch_size < 1:
            raise UsageError("--beam and --batch-size must be at least 1")
        return replace(
            self,
            source_lang=normalize_lang(self.source_lang, option="source language"),
            target_lang=normalize_lang(self.target_lang, option="target language") or "en",
            target_locale=self.target_locale or locale_tag(self.target_lang),
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
    document: Document | None = field(repr=False, default=None)
    #: segment id -> back-translation, round trip, scores, suspicion (when back-translation ran)
    segment_scores: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)
    #: document-level back-translation score (mean chrF, mean suspicion, mode)
    score: dict[str, Any] | None = None
    #: the back-translation stage's summary for this check (also in Report.summary())
    backtranslation: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def _sources(self) -> dict[int, str]:
        if self.document is None or self.document.source_text is None:
            return {}
        return self.document.source_of_segment

    def to_dict(self) -> dict[str, Any]:
        out = {
            "path": self.path,
            "source_lang": self.source_lang,
            "target_lang": self.target_lang,
            "segments": [
                {**s.to_dict(), **({"source": self._sources.get(s.id)} if self._sources else {}), **self.segment_scores.get(s.id, {})}
                for s in self.segments
            ],
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.score is not None:
            out["score"] = self.score
        return out


@dataclass
class Report:
    documents: list[DocumentReport]
    #: summary of the back-translation stage: engine, models, counts, time; or why it was skipped
    backtranslation: dict[str, Any] | None = None

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
            **({"backtranslation": self.backtranslation} if self.backtranslation is not None else {}),
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


def _place(doc: Document, start: int, end: int) -> dict[str, Any]:
    line, col = doc.position(start)
    end_line, end_col = doc.position(end)
    return {"offset": start, "end_offset": end, "line": line, "col": col, "end_line": end_line, "end_col": end_col,
            "text": doc.display[start:end]}


def _finding(doc: Document, rule: Rule, hit: Hit) -> Finding:
    line, col = doc.position(hit.start)
    end_line, end_col = doc.position(hit.end)
    seg = doc.segment_at(hit.start)
    return Finding(
        rule=rule.code,
        name=rule.name,
        severity=(hit.severity or rule.severity).value,
        message=hit.message,
        text=doc.display[hit.start : hit.end],
        offset=hit.start,
        end_offset=hit.end,
        line=line,
        col=col,
        end_line=end_line,
        end_col=end_col,
        segment=seg.id if seg else None,
        suggestion=hit.suggestion,
        evidence=hit.evidence,
        related=tuple(_place(doc, a, b) for a, b in hit.related),
    )


def run_rules(doc: Document, rules: Iterable[Rule]) -> list[Finding]:
    findings: list[Finding] = []
    for r in rules:
        if r.stage != "heuristic" or (r.needs_source_lang and not doc.source_lang):
            continue
        if doc.profile is None and not r.neutral:
            continue  # no profile for this target language: language-neutral rules only
        findings.extend(_finding(doc, r, h) for h in r.check(doc))
    findings.sort(key=lambda f: (f.offset, f.end_offset, f.rule))
    return findings


def _check_document(text: str, path: str, opts: Options, rules: list[Rule], source_text: str | None = None) -> DocumentReport:
    from . import markdown

    is_markdown = path.lower().endswith((".md", ".markdown"))
    doc = Document(
        text=markdown.prose_mask(text) if is_markdown else text, path=path,
        source_lang=opts.source_lang, target_lang=opts.target_lang, target_locale=opts.target_locale,
        options={"glossary": opts.glossary}, original=text if is_markdown else None,
        source_text=markdown.prose_mask(source_text) if (is_markdown and source_text is not None) else source_text,
    )
    findings = run_rules(doc, rules)
    comments = markdown.suppressions(text) if "tqcheck-" in text else []
    if comments:
        findings = [f for f in findings if not markdown.is_suppressed(f.rule, f.name, f.line, f.end_line, comments)]
    return DocumentReport(path, doc.source_lang, doc.target_lang, doc.segments, findings, text, doc)


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
    rules = select_rules(opts.select, opts.ignore)
    report = _check_document(text, path, opts, rules, source_text)
    if opts.backtranslate:
        report.backtranslation = _backtranslate([report], opts, rules)
    return report


def check(
    paths: str | Path | Sequence[str | Path],
    *,
    settings: Config | None = None,
    exclude: Sequence[str] = (),
    changed_since: str | None = None,
    respect_gitignore: bool = True,
    source: str | Path | None = None,
    executor: Any = None,
    **options: Any,
) -> Report:
    """Check files, directories and globs (``.txt``, ``.md``); options as in :class:`Options`.

    ``settings`` is a loaded configuration file (:mod:`tqcheck.config`): its values apply where
    ``options`` say nothing, and its per-path overrides to the files they match. ``source`` is the
    source text file of a single target file; bilingual files (TSV, PO, XLIFF) carry their own, and
    the configuration's ``pairs`` map target paths to source paths. ``executor`` runs the checks
    elsewhere (:mod:`tqcheck.executors`: ``"ray"`` or an executor object); by default they run here.
    """
    if executor is not None:
        stream = check_stream(paths, settings=settings, exclude=exclude, changed_since=changed_since,
                              respect_gitignore=respect_gitignore, source=source, executor=executor, **options)
        docs = list(stream)
        return Report(docs, stream.backtranslation())
    jobs, groups = plan(paths, settings=settings, exclude=exclude, changed_since=changed_since,
                        respect_gitignore=respect_gitignore, source=source, **options)
    docs: list[DocumentReport] = []
    bt_groups: dict[str, list[DocumentReport]] = {}
    for job in jobs:
        opts, rules = groups[job.group]
        doc = check_job(job, opts, rules)
        docs.append(doc)
        if opts.backtranslate:
            bt_groups.setdefault(job.group, []).append(doc)
    report = Report(docs)
    summaries = []
    for key, group in bt_groups.items():
        opts, rules = groups[key]
        summaries.append(_backtranslate(group, opts, rules))
    if summaries:
        report.backtranslation = _merge_summaries(summaries)
    return report


@dataclass(frozen=True)
class Job:
    """One document to check: where it is, which option group applies, and its source file."""

    index: int
    path: str
    group: str
    source: str | None = None  #: the source text file (not for bilingual files, which carry their own)


def plan(
    paths: str | Path | Sequence[str | Path],
    *,
    settings: Config | None = None,
    exclude: Sequence[str] = (),
    changed_since: str | None = None,
    respect_gitignore: bool = True,
    source: str | Path | None = None,
    **options: Any,
) -> tuple[list[Job], dict[str, tuple[Options, list[Rule]]]]:
    """The files to check, each with its option group, and the groups' options and rules."""
    from .discover import changed_files, expand

    if isinstance(paths, (str, Path)):
        paths = [paths]
    settings = settings or Config()
    config = options.pop("config", None)
    explicit = _options_dict(config) | options
    excludes = list(exclude) + list(settings.values.get("exclude", []))
    only = changed_files(changed_since) if changed_since else None
    files = expand(list(paths), exclude=excludes, exclude_root=settings.root, respect_gitignore=respect_gitignore, only=only)
    memo: dict[str, tuple[Options, list[Rule]]] = {}
    jobs: list[Job] = []
    for i, f in enumerate(files):
        values = {k: v for k, v in settings.for_path(f).items() if k not in ("exclude", "fail_on")} | explicit
        key = repr(sorted(values.items(), key=lambda kv: kv[0]))
        if key not in memo:
            opts = _options(None, **values)
            memo[key] = (opts, select_rules(opts.select, opts.ignore))
        src = _source_path(f, source, settings)
        jobs.append(Job(i, str(f), key, None if src is None else str(src)))
    return jobs, memo


def check_job(job: Job, opts: Options, rules: list[Rule]) -> DocumentReport:
    """Read, segment and check one planned document (heuristic rules; no back-translation)."""
    from .bilingual.formats import SUFFIXES, read_bilingual

    f = Path(job.path)
    if f.suffix.lower() in SUFFIXES:
        text, source_text = read_bilingual(f)
    else:
        text, source_text = read_text(f), (read_text(job.source) if job.source is not None else None)
    return _check_document(text, job.path, opts, rules, source_text)


class Stream:
    """Document reports in input order as they are checked; :meth:`summary` once they are all read.

    Holds only running counts, never the reports, so a run of any size fits in memory.
    """

    def __init__(self, total: int, reports: Iterable[DocumentReport]):
        self.total = total
        self._reports = reports
        self._by_sev: Counter = Counter()
        self._by_rule: Counter = Counter()
        self._documents = 0
        self._summaries: list[dict[str, Any]] = []
        #: applied to each report before it is counted (e.g. dropping baseline findings)
        self.transform: Any = None

    def __iter__(self):
        for doc in self._reports:
            if self.transform is not None:
                self.transform(doc)
            self._documents += 1
            self._by_sev.update(f.severity for f in doc.findings)
            self._by_rule.update(f.rule for f in doc.findings)
            yield doc

    def add_backtranslation(self, summary: dict[str, Any]) -> None:
        self._summaries.append(summary)

    def backtranslation(self) -> dict[str, Any] | None:
        return _merge_summaries(self._summaries) if self._summaries else None

    def worst(self) -> Severity | None:
        ranks = [Severity(s) for s, n in self._by_sev.items() if n]
        return max(ranks, key=lambda s: s.rank) if ranks else None

    def summary(self) -> dict[str, Any]:
        bt = self.backtranslation()
        return {
            "documents": self._documents,
            "findings": sum(self._by_sev.values()),
            "by_severity": {s.value: self._by_sev.get(s.value, 0) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)},
            "by_rule": dict(sorted(self._by_rule.items())),
            **({"backtranslation": bt} if bt is not None else {}),
        }


def check_stream(
    paths: str | Path | Sequence[str | Path],
    *,
    executor: Any = None,
    **kwargs: Any,
) -> Stream:
    """Like :func:`check`, but yields each document's report as it is done (a :class:`Stream`).

    ``executor``: ``None``/``"local"`` (here, back-translating a chunk of documents at a time),
    ``"ray"`` or an executor object from :mod:`tqcheck.executors`.
    """
    from .executors import make_executor

    jobs, groups = plan(paths, **kwargs)
    runner = make_executor(executor)
    stream = Stream(len(jobs), ())
    stream._reports = runner.run(jobs, groups, stream)
    return stream


def _source_path(f: Path, source: str | Path | None, settings: Config) -> Path | None:
    from .bilingual.formats import SUFFIXES

    if f.suffix.lower() in SUFFIXES:
        return None
    if source is not None:
        return Path(source)
    return settings.source_for(f)


def _options_dict(config: Options | dict[str, Any] | None) -> dict[str, Any]:
    if config is None:
        return {}
    if isinstance(config, Options):
        defaults = Options()
        return {k: v for k, v in vars(config).items() if v != getattr(defaults, k)}
    return dict(config)


def _merge_summaries(summaries: list[dict[str, Any]]) -> dict[str, Any]:
    ran = [s for s in summaries if "skipped" not in s]
    if not ran:
        return summaries[0]
    if len(ran) == 1 and len(summaries) == 1:
        return ran[0]
    merged = dict(ran[0])
    merged["models"] = {f"{k}#{i}": v for i, s in enumerate(ran) for k, v in s["models"].items()}
    for k in ("translated", "cached", "seconds"):
        merged[k] = round(sum(s[k] for s in ran), 3)
    skipped = [s["skipped"] for s in summaries if "skipped" in s]
    if skipped:
        merged["skipped_groups"] = skipped
    return merged


def _backtranslate(docs: list[DocumentReport], opts: Options, rules: list[Rule], **stage: Any) -> dict[str, Any]:
    """Run the back-translation stage over ``docs`` (in place); return its summary.

    A missing model is a warning on stderr and a skipped stage, unless require_backtranslation.
    """
    import sys

    from .backtranslate.models import ModelUnavailable
    from .backtranslate.run import Segmentwork, require_source_lang, run_stage

    if not opts.source_lang:
        if opts.require_backtranslation:
            require_source_lang(opts.source_lang)
        return {"skipped": "no source language given"}
    work = [
        Segmentwork((d, s.id), s.text, doc.document.source_of_segment.get(s.id) if doc.document is not None and doc.document.source_text is not None else None)
        for d, doc in enumerate(docs)
        for s in doc.segments
    ]
    if not work:
        return {"skipped": "no segments"}
    try:
        outcome = run_stage(work, source_lang=opts.source_lang, target_lang=opts.target_lang, opts=opts, **stage)
    except ModelUnavailable as exc:
        if opts.require_backtranslation:
            raise
        print(f"tqcheck: back-translation skipped: {exc}", file=sys.stderr)
        return {"skipped": str(exc)}
    from . import markdown

    drift = next((r for r in rules if r.code == "TQ301"), None)
    for d, doc in enumerate(docs):
        doc.score = outcome.per_document.get(d)
        comments = markdown.suppressions(doc.text) if "tqcheck-" in doc.text else []
        for seg in doc.segments:
            entry = outcome.per_segment.get((d, seg.id))
            if entry is None:
                continue
            doc.segment_scores[seg.id] = entry
            if drift is not None and doc.document is not None and entry["suspicion"] >= outcome.summary["drift_threshold"]:
                sc = entry["scores"]
                hit = Hit(
                    seg.offset, seg.end_offset,
                    f"meaning may drift: round-trip chrF {sc['chrf']:.0f}, suspicion {entry['suspicion']:.2f}",
                    None, {"backtranslation": entry["backtranslation"], "roundtrip": entry.get("roundtrip"), **sc},
                )
                finding = _finding(doc.document, drift, hit)
                if not (comments and markdown.is_suppressed(finding.rule, finding.name, finding.line, finding.end_line, comments)):
                    doc.findings.append(finding)
        doc.findings.sort(key=lambda f: (f.offset, f.end_offset, f.rule))
    return outcome.summary


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
