"""read -> segment -> detect -> (back-translate -> score) -> report, as one library API.

The CLI is a thin shell over :func:`check` and :func:`check_text`.
"""

from __future__ import annotations

import gc
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
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
from .errors import InputError, OptionError, UsageError
from .registry import RULES, Rule, rule, select_rules


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
    # back-translation (see docs/backtranslation.md)
    bt_model: str | None = None  #: target->source model: Hugging Face id or directory (default: catalogue)
    rt_model: str | None = None  #: source->target model for the round trip (default: catalogue)
    engine: str = "transformers"  #: transformers | ctranslate2 | bergamot | any engine registered as a plug-in
    beam: int = 1
    batch_size: int = 16
    device: str = "cpu"  #: cpu | cuda | auto
    require_backtranslation: bool = False  #: a missing model is an error instead of a warning
    cache_dir: str | None = None
    no_cache: bool = False
    progress: bool = False  #: progress bar on stderr (the CLI turns it on for text output)
    #: seconds one file's heuristic checks may take; past it the file gets a TQ001 error finding
    #: and the run goes on with the next file (0 or None: no limit)
    timeout_per_file: float | None = 60.0
    #: where ``target_lang`` comes from: "option", "config", "default" (English, nothing given), or
    #: "detect": not given; each file's language is detected from its text (English when it cannot be)
    target_from: str = "default"

    def normalized(self) -> "Options":
        if self.engine not in ("transformers", "ctranslate2", "bergamot"):
            from .backtranslate.engines import check_engine_name

            check_engine_name(self.engine)
        if self.device not in ("cpu", "cuda", "auto"):
            raise UsageError(f"unknown device {self.device!r} (use cpu, cuda or auto)")
        if self.beam < 1 or self.batch_size < 1:
            raise UsageError("--beam and --batch-size must be at least 1")
        if self.timeout_per_file is not None and not self.timeout_per_file >= 0:
            raise UsageError("--timeout-per-file must be a number of seconds (0: no limit)")
        source = normalize_lang(self.source_lang, option="source language")
        target = normalize_lang(self.target_lang, option="target language") or "en"
        if source and source.split("-")[0] == target.split("-")[0]:
            source = None  # a text checked against its own language has no source language to leave traces
        return replace(
            self,
            source_lang=source,
            target_lang=target,
            target_locale=self.target_locale or locale_tag(self.target_lang),
            glossary=resolve_glossary(self.glossary),
        )


#: where a document's target language came from (DocumentReport.target_from)
TARGET_FROM = ("option", "config", "file", "detected", "default", "none")


@dataclass
class DocumentReport:
    path: str
    source_lang: str | None
    target_lang: str
    segments: list[Segment]
    findings: list[Finding]
    text: str = field(repr=False, default="")
    document: Document | None = field(repr=False, default=None)
    #: the configuration file that applied to this document (None: none)
    config: str | None = None
    #: where target_lang came from: --target-lang ("option"), the configuration ("config"), the
    #: file's own header ("file": PO Language, XLIFF target-language), "detected" from the text,
    #: "default" (English: not given, not detected), or "none" (a file that could not be read)
    target_from: str = "default"
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
            "target_lang_from": self.target_from,
            "config": display_path(self.config),
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
            **self.languages(),
            **({"backtranslation": self.backtranslation} if self.backtranslation is not None else {}),
        }

    def languages(self) -> dict[str, Any]:
        """The target languages checked; those without a profile, where only language-neutral rules ran."""
        from .profile import get_profile

        targets = sorted({d.target_lang for d in self.documents if d.target_from != "none"})  # not the unread files
        neutral = [t for t in targets if get_profile(t) is None]
        return {"target_languages": targets, **({"language_neutral_only": neutral} if neutral else {})}

    def neutral_note(self) -> str | None:
        """One line saying which target languages got only the language-neutral checks, or None."""
        from .langs import language_name

        neutral = self.languages().get("language_neutral_only")
        if not neutral:
            return None
        names = ", ".join(f"{language_name(t)} ({t})" for t in neutral)
        return f"tqcheck: no language profile for {names}: only language-neutral checks ran."

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


def display_path(path: str | None) -> str | None:
    """``path`` relative to the current directory when it is inside it (as a user would type it)."""
    if path is None:
        return None
    try:
        return Path(path).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path


def _place(doc: Document, start: int, end: int) -> dict[str, Any]:
    line, col = doc.position(start)
    end_line, end_col = doc.end_position(end)
    return {"offset": start, "end_offset": end, "line": line, "col": col, "end_line": end_line, "end_col": end_col,
            "text": doc.display[start:end]}


def _finding(doc: Document, rule: Rule, hit: Hit) -> Finding:
    line, col = doc.position(hit.start)
    end_line, end_col = doc.end_position(hit.end)
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
        unit=doc.unit_at(hit.start),
    )


def run_rules(doc: Document, rules: Iterable[Rule], state: dict[str, Any] | None = None) -> list[Finding]:
    """Every heuristic rule's findings, sorted. ``state`` (when given) names the rule running now and
    collects the findings of the rules done, for a report on a file stopped by its time budget."""
    findings: list[Finding] = state.setdefault("findings", []) if state is not None else []
    for r in rules:
        if r.stage != "heuristic" or (r.needs_source_lang and not doc.source_lang):
            continue
        if doc.profile is None and not r.neutral:
            continue  # no profile for this target language: language-neutral rules only
        if state is not None:
            if "deadline" in state:
                state["deadline"].check()
            state["stage"] = f"rule {r.code} {r.name}"
            state["rule"] = r.code
        findings.extend(_finding(doc, r, h) for h in r.check(doc))
    findings.sort(key=lambda f: (f.offset, f.end_offset, f.rule))
    return _inside_foreign_clauses(findings)


#: rules that judge a word as a word of the target language (its case, its spelling): inside a clause
#: already reported as left in another language (TQ201) their findings say nothing more
TARGET_WORD_RULES = frozenset({"TQ101", "TQ102", "TQ106", "TQ215"})


def _inside_foreign_clauses(findings: list[Finding]) -> list[Finding]:
    """Drop a finding of TARGET_WORD_RULES that lies inside a clause of several words reported as
    untranslated ("una" as a lower-cased name inside a Spanish sentence left in an English page)."""
    clauses = [(f.offset, f.end_offset) for f in findings if f.rule == "TQ201" and f.text.count(" ") >= 2]
    if not clauses:
        return findings
    return [f for f in findings if f.rule not in TARGET_WORD_RULES
            or not any(a <= f.offset and f.end_offset <= b for a, b in clauses)]


@rule(
    "TQ001", "file-timeout", "error",
    "A file whose checks ran past --timeout-per-file (default 60 s); the rest of it was not checked.",
    stage="pipeline",
)
def _file_timeout(doc: Document) -> Iterable[Hit]:
    """
    ## What it does
    Reports a file whose heuristic checks took longer than `--timeout-per-file SECONDS` (default
    60; 0 turns the limit off). Checking that file stops where it was — the finding names the
    rule (or the stage: reading, Markdown masking, segmentation) that was running, and keeps the
    findings of the rules that had finished — and the run goes on with the next file. It is
    reported whatever `--select` and `--ignore` say.

    ## Why is this bad?
    A check that does not finish in a pre-commit hook or a CI job blocks everyone; a file that
    takes this long is pathological (tqcheck checks about 1 MB of prose per second) and should be
    looked at, or excluded with `--exclude`.

    ## Example
    A 10 MB minified line in a Markdown file.

    Use instead: exclude generated files, or raise the budget.
    """
    return iter(())


TIMEOUT_RULE = RULES["TQ001"]


@rule(
    "TQ000", "unreadable-file", "error",
    "A file that could not be read (not text, not UTF-8/16/32, too large, malformed PO or XLIFF); the run went on without it.",
    stage="pipeline",
)
def _unreadable_file(doc: Document) -> Iterable[Hit]:
    """
    ## What it does
    Reports a file of a run over several files that tqcheck could not read: binary data, text in
    an encoding other than UTF-8 (or UTF-16/UTF-32 with a byte-order mark), a file over 16 MiB, one
    it has no permission to read, a PO or XLIFF file that does not parse, a TSV line without
    exactly two columns. The message says why; the position is where the problem is when it is
    known (the line of an invalid byte, of a TSV or XML error), else line 1. The other files are
    checked and reported as usual, and the exit status is 2 (an input error), whatever
    `--fail-on` says. A single file named on the command line that cannot be read is reported the
    same way as any input error: one line on stderr and exit status 2. It is reported whatever
    `--select` and `--ignore` say, and a baseline never hides it.

    ## Why is this bad?
    A file that was not read was not checked: a folder run that reported nothing about it would
    pass a page nobody looked at.

    ## Example
    A page saved in Latin-1 among UTF-8 pages.

    Use instead: re-save it as UTF-8 (`iconv -f latin1 -t utf-8`), or exclude it with `--exclude`.
    """
    return iter(())


UNREADABLE_RULE = RULES["TQ000"]


@rule(
    "TQ002", "language-mismatch", "info",
    "A file whose text reads as another language than the target language it is checked as.",
    stage="pipeline",
)
def _language_mismatch(doc: Document) -> Iterable[Hit]:
    """
    ## What it does
    When the target language is given (by `--target-lang`, the configuration or the file's own
    header: a PO file's `Language`, an XLIFF file's `target-language`), compares it with the
    language the text is written in, told from its script and from the function words of the
    languages tqcheck has profiles for. When the text clearly is another language (a strong
    detection: many function words, all pointing one way), this note says so, at line 1. The
    file is still checked as the language given.

    When no target language is given, each file's language is detected the same way and used;
    a text too short or too mixed to tell is checked as English, and the report says so.

    ## Why is this bad?
    A text checked as the wrong language gets the wrong rules: French capitalisation, quotation
    marks and spacing judged by English conventions give dozens of false findings, and the real
    problems are missed.

    ## Example
    A French page under a configuration that says `target_lang = "en"`.

    Use instead: `target_lang = "fr"` in a tqcheck.toml beside the French pages.
    """
    return iter(())


MISMATCH_RULE = RULES["TQ002"]


def _unreadable_report(job: "Job", opts: Options, exc: InputError) -> DocumentReport:
    """A file that could not be read: one TQ000 error saying why."""
    line = exc.line or 1
    hit = Finding(
        rule=UNREADABLE_RULE.code, name=UNREADABLE_RULE.name, severity=Severity.ERROR.value,
        message=f"this file could not be read: {exc.reason}",
        text="", offset=0, end_offset=0, line=line, col=1, end_line=line, end_col=1, segment=None, suggestion=None,
        evidence={"reason": exc.reason},
    )
    return DocumentReport(job.path, opts.source_lang, opts.target_lang, [], [hit], "", None, config=job.config, target_from="none")


def _resolve_target(opts: Options, text: str, declared: str | None) -> tuple[Options, str, Any]:
    """The options a document is checked with, where its target language came from, and the
    detection when one was made (to say when a declared language disagrees with the text)."""
    from .language_id import detect

    target_from = opts.target_from
    if target_from == "detect" and declared:
        declared = declared.strip().replace("_", "-")  # gettext writes pt_BR
        try:
            lang = normalize_lang(declared, option="target language")
        except UsageError:
            lang = None
        if lang:
            return replace(opts, target_lang=lang, target_locale=locale_tag(declared) or lang), "file", None
    if target_from != "detect":
        return opts, target_from, None
    found = detect(text)
    if found.lang is None or found.lang == opts.source_lang:
        # not told; or the source language itself: an untranslated page, checked as the default
        return replace(opts, target_lang="en", target_locale="en"), "default", found
    if found.lang == opts.target_lang:
        return opts, "detected", found
    return replace(opts, target_lang=found.lang, target_locale=found.lang), "detected", found


def _mismatch(doc: Document, target_from: str, text: str, detection: Any) -> Finding | None:
    """A TQ002 note when the target language given disagrees with the text, else None."""
    from .langs import language_name
    from .language_id import detect, disagreement

    if target_from not in ("option", "config", "file", "default"):
        return None
    detection = detection or detect(text)
    if target_from == "default" and detection.lang != doc.source_lang:
        return None  # nothing declared; only the source language itself is worth a note
    if not disagreement(doc.target_lang, detection):
        return None
    seen, declared = detection.lang, doc.target_lang
    if target_from == "default":
        message = (f"the text reads as {language_name(seen)} ({seen}), the source language: is it translated? "
                   f"(checked as {language_name(declared)} ({declared}), the default)")
    else:
        given = {"option": "--target-lang", "config": "the configuration", "file": "the file's header"}[target_from]
        message = f"the text reads as {language_name(seen)} ({seen}), but it is checked as {language_name(declared)} ({declared}), as {given} says"
    return Finding(
        rule=MISMATCH_RULE.code, name=MISMATCH_RULE.name, severity=MISMATCH_RULE.severity.value,
        message=message,
        text="", offset=0, end_offset=0, line=1, col=1, end_line=1, end_col=1, segment=None, suggestion=None,
        evidence={"target_lang": declared, "from": target_from, **detection.evidence()},
    )


class FileTimeout(Exception):
    """Raised in the main thread when a file's time budget is spent (see :func:`time_budget`)."""


@contextmanager
def time_budget(seconds: float | None):
    """Raise FileTimeout in this block once ``seconds`` have passed.

    How a running rule is interrupted: a rule is pure Python, so the budget is a POSIX interval
    timer (``setitimer``) whose SIGALRM handler raises FileTimeout in the main thread, between two
    bytecodes of whatever runs; the exception unwinds the rule like any error, and the caller
    drops that file's document (its half-built caches die with it). Shared caches stay sound:
    lru_cache stores a value only when its function returns, and the cache files are written to
    a temporary name and renamed. One C call (a regular-expression search) finishes before the
    handler runs. Where there is no SIGALRM (Windows) or off the main thread, the budget is
    checked between rules instead."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield _Deadline(time.monotonic() + seconds if seconds else None)
        return
    armed = [True]

    def on_alarm(signum, frame):
        if armed[0]:
            raise FileTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield _Deadline(None)
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class _Deadline:
    at: float | None

    def check(self) -> None:
        if self.at is not None and time.monotonic() > self.at:
            raise FileTimeout()


def _timeout_report(path: str, opts: Options, state: dict[str, Any]) -> DocumentReport:
    """A file stopped by its time budget: one TQ001 error and the findings of the rules that finished."""
    budget = opts.timeout_per_file
    stage = state.get("stage", "reading")
    hit = Finding(
        rule=TIMEOUT_RULE.code, name=TIMEOUT_RULE.name, severity=Severity.ERROR.value,
        message=f"checking stopped after {budget:g} s (--timeout-per-file) while running {stage}; the rest of this file was not checked",
        text="", offset=0, end_offset=0, line=1, col=1, end_line=1, end_col=1, segment=None, suggestion=None,
        evidence={"seconds": budget, "stage": stage, **({"rule": state["rule"]} if "rule" in state else {})},
    )
    findings = sorted([hit, *state.get("findings", [])], key=lambda f: (f.offset, f.end_offset, f.rule))
    return DocumentReport(path, opts.source_lang, opts.target_lang, [], findings, state.get("text", ""), None)


def _check_document(
    text: str, path: str, opts: Options, rules: list[Rule], source_text: str | None = None, state: dict[str, Any] | None = None,
    locator: Any = None, declared: str | None = None,
) -> DocumentReport:
    with _collector_paused():
        return _check_document_now(text, path, opts, rules, source_text, state, locator, declared)


@contextmanager
def _collector_paused():
    """Checking a file makes many small objects (segments, words, mentions) and hardly any reference
    cycles; Python's cyclic collector would walk the growing heap of them again and again, so the
    time of a big file grew faster than its size (4x the text: 5.6x the time). Paused for one file;
    reference counting still frees everything, and the collector catches up afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_document_now(
    text: str, path: str, opts: Options, rules: list[Rule], source_text: str | None, state: dict[str, Any] | None,
    locator: Any = None, declared: str | None = None,
) -> DocumentReport:
    from . import markdown

    is_markdown = path.lower().endswith((".md", ".markdown"))
    if state is not None:
        state["stage"] = "Markdown masking" if is_markdown else "segmentation"
    prose = markdown.prose_mask(text) if is_markdown else markdown.code_lines_mask(text)
    detecting = opts.target_from == "detect"
    opts, target_from, detection = _resolve_target(opts, prose, declared)
    doc = Document(
        text=prose, path=path,
        source_lang=opts.source_lang, target_lang=opts.target_lang, target_locale=opts.target_locale,
        options={"glossary": opts.glossary}, original=text if prose is not text else None,
        source_text=markdown.prose_mask(source_text) if (is_markdown and source_text is not None) else source_text,
        locator=locator,
    )
    if state is not None:
        state["stage"] = "segmentation"
        doc.segments  # noqa: B018 - segment before the rules, so a budget report can tell them apart
    findings = run_rules(doc, rules, state)
    if MISMATCH_RULE in rules:
        note = _mismatch(doc, target_from if detecting or target_from != "default" else "", prose, detection)
        if note is not None:
            findings.insert(0, note)
    comments = markdown.suppressions(text) if "tqcheck-" in text else []
    if comments:
        findings = [f for f in findings if not markdown.is_suppressed(f.rule, f.name, f.line, f.end_line, comments)]
    return DocumentReport(path, doc.source_lang, doc.target_lang, doc.segments, findings, text, doc, target_from=target_from)


def check_text(
    text: str,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    source_text: str | None = None,
    backtranslate: bool = False,
    config: Options | dict[str, Any] | None = None,
    path: str = "<text>",
) -> DocumentReport:
    """Check one translated text (in ``target_lang``, default English: a text's language is detected
    only in file runs). Heuristic rules only unless ``backtranslate`` is true."""
    given = {"target_lang": target_lang, "target_from": "option"} if target_lang is not None else {}
    opts = _options(config, source_lang=source_lang, backtranslate=backtranslate, **given)
    rules = select_rules(opts.select, opts.ignore)
    report = _check_document(text, path, opts, rules, source_text)
    if opts.backtranslate:
        report.backtranslation = _backtranslate([report], opts, rules)
    return report


def check(
    paths: str | Path | Sequence[str | Path],
    *,
    settings: Config | None = None,
    discover_config: bool = False,
    exclude: Sequence[str] = (),
    changed_since: str | None = None,
    respect_gitignore: bool = True,
    source: str | Path | None = None,
    executor: Any = None,
    jobs: int = 1,
    **options: Any,
) -> Report:
    """Check files, directories and globs (``.md``, ``.txt``, ``.po``, ``.xlf``/``.xliff``, ``.tsv``);
    options as in :class:`Options`.

    ``settings`` is a loaded configuration file (:mod:`tqcheck.config`): its values apply where
    ``options`` say nothing, and its per-path overrides to the files they match. With
    ``discover_config``, each file gets the configuration nearest to it instead (as the command
    line does), ``settings`` only where a file has none. ``source`` is the source text file of a
    single target file; bilingual files (TSV, PO, XLIFF) carry their own, and the configuration's
    ``pairs`` map target paths to source paths. ``executor`` runs the checks elsewhere
    (:mod:`tqcheck.executors`: ``"ray"`` or an executor object); by default they run here, on
    ``jobs`` processes at once (each checks whole files; the reports are the same, in the same
    order, whatever the number).

    Without a target language (option or configuration), each file's language is detected from
    its text. A file that cannot be read becomes a TQ000 finding, unless it is the one file
    named, which raises :class:`~tqcheck.errors.InputError`.
    """
    if executor is not None:
        stream = check_stream(paths, settings=settings, discover_config=discover_config, exclude=exclude,
                              changed_since=changed_since, respect_gitignore=respect_gitignore, source=source,
                              executor=executor, **options)
        docs = list(stream)
        return Report(docs, stream.backtranslation())
    from .executors.local import checked

    planned, groups = plan(paths, settings=settings, discover_config=discover_config, exclude=exclude,
                           changed_since=changed_since, respect_gitignore=respect_gitignore, source=source, **options)
    docs: list[DocumentReport] = []
    bt_groups: dict[str, tuple[Options, list[Rule], list[DocumentReport]]] = {}
    with checked(planned, groups, jobs, progress=any(o.progress for o, _ in groups.values())) as reports:
        for job, doc in zip(planned, reports):
            opts, rules = groups[job.group]
            docs.append(doc)
            if opts.backtranslate and doc.document is not None:  # not a file stopped by its time budget or unread
                key = backtranslation_key(job.group, doc)
                bt_groups.setdefault(key, (options_for(opts, doc), rules, []))[2].append(doc)
    report = Report(docs)
    summaries = []
    for opts, rules, group in bt_groups.values():
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
    config: str | None = None  #: the configuration file that applies to it
    #: the one file the run names: when it cannot be read, that is an error, not a TQ000 finding
    strict: bool = False


def backtranslation_key(group: str, doc: DocumentReport) -> str:
    """Documents back-translated together: same options, same (detected) target language."""
    return f"{group}\x1f{doc.target_lang}"


def options_for(opts: Options, doc: DocumentReport) -> Options:
    """``opts`` with the target language ``doc`` was checked as (when it was detected)."""
    if doc.target_lang == opts.target_lang or doc.document is None:
        return opts
    return replace(opts, target_lang=doc.target_lang, target_locale=doc.document.target_locale or doc.target_lang)


def plan(
    paths: str | Path | Sequence[str | Path],
    *,
    settings: Config | None = None,
    discover_config: bool = False,
    exclude: Sequence[str] = (),
    changed_since: str | None = None,
    respect_gitignore: bool = True,
    source: str | Path | None = None,
    **options: Any,
) -> tuple[list[Job], dict[str, tuple[Options, list[Rule]]]]:
    """The files to check, each with its option group and configuration, and the groups' options
    and rules."""
    from .config import Finder, match, relative
    from .discover import changed_files, expand

    if isinstance(paths, (str, Path)):
        paths = [paths]
    settings = settings or Config()
    finder = Finder(settings) if discover_config else None
    config = options.pop("config", None)
    explicit = _options_dict(config) | options
    _check_option_names(explicit)
    only = changed_files(changed_since) if changed_since else None
    files = expand(list(paths), exclude=list(exclude), exclude_root=settings.root, respect_gitignore=respect_gitignore, only=only)
    strict = len(paths) == 1 and len(files) == 1 and Path(paths[0]).is_file()
    memo: dict[str, tuple[Options, list[Rule]]] = {}
    jobs: list[Job] = []
    for f in files:
        cfg = finder.for_file(f) if finder is not None else settings
        if any(match(relative(f, cfg.root), pat) for pat in cfg.values.get("exclude", [])):
            continue
        from_config = cfg.for_path(f)
        values = {k: v for k, v in from_config.items() if k not in ("exclude", "fail_on")} | explicit
        if "target_from" not in explicit:
            values["target_from"] = "option" if "target_lang" in explicit else "config" if "target_lang" in from_config else "detect"
        key = repr(sorted(values.items(), key=lambda kv: kv[0]))
        if key not in memo:
            opts = _options(None, **values)
            memo[key] = (opts, select_rules(opts.select, opts.ignore))
        src = _source_path(f, source, cfg)
        jobs.append(Job(len(jobs), str(f), key, None if src is None else str(src),
                        None if cfg.path is None else str(cfg.path), strict))
    return jobs, memo


def check_job(job: Job, opts: Options, rules: list[Rule]) -> DocumentReport:
    """Read, segment and check one planned document (heuristic rules; no back-translation)."""
    from .bilingual.formats import SUFFIXES, read_bilingual

    f = Path(job.path)
    state: dict[str, Any] = {"stage": "reading"}
    try:
        with time_budget(opts.timeout_per_file) as deadline:
            state["deadline"] = deadline
            locator = declared = None
            if f.suffix.lower() in SUFFIXES:
                both = read_bilingual(f)
                text, source_text, locator, declared = both.text, both.source_text, both.locator, both.target_lang
            else:
                text, source_text = read_text(f), (_read_source(job.source) if job.source is not None else None)
            state["text"] = text
            doc = _check_document(text, job.path, opts, rules, source_text, state, locator, declared)
            deadline.check()
    except FileTimeout:
        doc = _timeout_report(job.path, opts, state)
    except InputError as exc:
        if job.strict:
            raise
        return _unreadable_report(job, opts, exc)
    doc.config = job.config
    return doc


def _read_source(path: str) -> str:
    try:
        return read_text(path)
    except InputError as exc:
        raise InputError(str(exc), reason=f"its source file {path} could not be read: {exc.reason}") from None


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
        self._targets: set[str] = set()
        self._summaries: list[dict[str, Any]] = []
        #: applied to each report before it is counted (e.g. dropping baseline findings)
        self.transform: Any = None

    def __iter__(self):
        for doc in self._reports:
            if self.transform is not None:
                self.transform(doc)
            self._documents += 1
            if doc.target_from != "none":  # not a file that could not be read
                self._targets.add(doc.target_lang)
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
            **self.languages(),
            **({"backtranslation": bt} if bt is not None else {}),
        }

    def languages(self) -> dict[str, Any]:
        from .profile import get_profile

        targets = sorted(self._targets)
        neutral = [t for t in targets if get_profile(t) is None]
        return {"target_languages": targets, **({"language_neutral_only": neutral} if neutral else {})}


def check_stream(
    paths: str | Path | Sequence[str | Path],
    *,
    executor: Any = None,
    jobs: int = 1,
    **kwargs: Any,
) -> Stream:
    """Like :func:`check`, but yields each document's report as it is done (a :class:`Stream`).

    ``executor``: ``None``/``"local"`` (here, on ``jobs`` processes at once, back-translating a
    chunk of documents at a time), ``"ray"`` or an executor object from :mod:`tqcheck.executors`.
    """
    from .executors import make_executor

    planned, groups = plan(paths, **kwargs)
    runner = make_executor(executor, **({"jobs": jobs} if executor in (None, "local") else {}))
    stream = Stream(len(planned), ())
    stream._reports = runner.run(planned, groups, stream)
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


def backtranslation_missing(engine: str = "transformers") -> list[str]:
    """The packages of the ``backtranslate`` extra that ``engine`` needs and this install lacks."""
    from importlib.util import find_spec

    if engine not in ("transformers", "ctranslate2"):  # bergamot and plug-ins say what they need when they load
        return [m for m in ["sacrebleu"] if find_spec(m) is None]
    needed = ["sacrebleu", "sentencepiece", "transformers", "ctranslate2" if engine == "ctranslate2" else "torch"]
    return [m for m in needed if find_spec(m) is None]


def _backtranslate(docs: list[DocumentReport], opts: Options, rules: list[Rule], **stage: Any) -> dict[str, Any]:
    """Run the back-translation stage over ``docs`` (in place); return its summary.

    A missing model is a warning on stderr and a skipped stage, unless require_backtranslation.
    """
    import sys

    from .backtranslate.models import ModelUnavailable
    from .backtranslate.run import Segmentwork, require_source_lang, run_stage
    from .backtranslate import explain
    from .backtranslate.scoring import MODES, combined_suspicion
    from .backtranslate.scoring import severity as drift_severity
    from .rules import drift as drift_rule

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
    missing = backtranslation_missing(opts.engine)
    if missing:
        reason = f"it needs {', '.join(missing)}: pip install 'tqcheck[backtranslate]'"
        if opts.require_backtranslation:
            raise UsageError(f"back-translation unavailable: {reason}")
        print(f"tqcheck: back-translation skipped: {reason}", file=sys.stderr)
        return {"skipped": reason}
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
            # one suspicion for the segment: the other rules' findings in it and the back-translation
            entry["combined"] = combined_suspicion(entry["suspicion"], [
                f.severity for f in doc.findings
                if not f.rule.startswith("TQ3") and f.offset < seg.end_offset and max(f.end_offset, f.offset + 1) > seg.offset
            ])
            doc.segment_scores[seg.id] = entry
            if drift is not None and doc.document is not None and entry["suspicion"] >= outcome.summary["drift_threshold"]:
                sc = entry["scores"]
                mode = entry.get("mode", "source")
                roundtrip = mode == "roundtrip"
                # the reasons in plain words first, the numbers after them
                why = explain.reasons(
                    seg.text if roundtrip else doc.document.source_of_segment.get(seg.id, ""),
                    (entry.get("roundtrip") if roundtrip else entry["backtranslation"]) or "",
                    doc.target_lang if roundtrip else (doc.source_lang or opts.source_lang),
                    mode,
                    low_overlap=sc["chrf"] < MODES[mode]["midpoint"],
                ) or [f"the {'round trip' if roundtrip else 'back-translation'} reads differently"]
                what = "round-trip chrF" if roundtrip else "chrF against the source"
                message = f"meaning may drift: {'; '.join(why)} ({what} {sc['chrf']:.0f}, drift {entry['suspicion']:.2f})"
                message = drift_rule.forward_message(entry, seg.text) or message
                hit = Hit(
                    seg.offset, seg.end_offset, message,
                    None, {"reasons": why, "backtranslation": entry["backtranslation"], "roundtrip": entry.get("roundtrip"), **sc,
                           **({"negations": entry["negations"]} if entry.get("negations") else {}), **drift_rule.forward_evidence(entry)},
                    Severity(entry.get("severity") or drift_severity(sc["chrf"], mode)),
                )
                finding = _finding(doc.document, drift, hit)
                if not (comments and markdown.is_suppressed(finding.rule, finding.name, finding.line, finding.end_line, comments)):
                    doc.findings.append(finding)
        doc.findings.sort(key=lambda f: (f.offset, f.end_offset, f.rule))
    return outcome.summary


def _check_option_names(values: dict[str, Any], where: str = "option") -> None:
    """An unknown option name is one clear error naming it and the known ones."""
    known = Options.__dataclass_fields__
    unknown = [k for k in values if k not in known]
    if unknown:
        import difflib

        near = difflib.get_close_matches(unknown[0], list(known), n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        raise OptionError(
            f"unknown {where} {unknown[0]!r}{hint}; the options are: {', '.join(sorted(k for k in known if k != 'target_locale'))}"
        )


def _options(config: Options | dict[str, Any] | None, **overrides: Any) -> Options:
    """Merge ``config`` with explicit keyword options; a keyword left at its default keeps the config's value."""
    if isinstance(config, Options):
        base = replace(config)
    elif config is None or isinstance(config, dict):
        _check_option_names(config or {}, "key in the config dict")
        base = Options(**(config or {}))
        if "target_lang" in (config or {}) and "target_from" not in config:
            base.target_from = "option"
    else:
        raise OptionError(f"config must be an Options object or a dict of options, not {type(config).__name__}")
    _check_option_names(overrides)
    defaults = Options()
    for key, value in overrides.items():
        if value != getattr(defaults, key):
            setattr(base, key, value)
    if base.target_from not in ("option", "config", "default", "detect"):
        raise UsageError(f"target_from must be option, config, default or detect, not {base.target_from!r}")
    return base.normalized()
