"""The ``tqcheck`` command line: parses options and calls the library pipeline, nothing more."""

from __future__ import annotations

import enum
import gc
import os
import sys
import tempfile
from pathlib import Path
from typing import List, Optional

import typer
import typer.core

from . import __version__
from .errors import TqcheckError, UsageError


class _Command(typer.core.TyperCommand):
    """Usage lines in the usual form: ``tqcheck check [OPTIONS] PATH...`` (typer writes ``{PATH}``)."""

    def collect_usage_pieces(self, ctx):
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = param.metavar or param.name.upper()
                many = param.nargs != 1 and not name.endswith("...")
                piece = name + ("..." if many else "")
                pieces.append(piece if param.required or piece.startswith("[") else f"[{piece}]")
        return pieces


app = typer.Typer(
    name="tqcheck",
    help=(
        "Check translated text for machine-translation artifacts: odd name casing and spellings, "
        "calques, source-language punctuation, untranslated fragments, repetitions, and meaning "
        "drift found by back-translation.\n\n"
        "Start with:  tqcheck check FILE --source-lang es"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(str, enum.Enum):
    text = "text"
    concise = "concise"
    json = "json"
    html = "html"
    github = "github"
    sarif = "sarif"
    jsonl = "jsonl"


class ExecutorName(str, enum.Enum):
    local = "local"
    ray = "ray"


class Device(str, enum.Enum):
    cpu = "cpu"
    cuda = "cuda"
    auto = "auto"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _fail(message: str) -> None:
    typer.echo(f"tqcheck: error: {message}", err=True)
    raise typer.Exit(2)


def _write_output(target: Path, content: str, inputs: list[Path]) -> None:
    """Write atomically; refuse to overwrite one of the inputs."""
    resolved = target.resolve()
    if any(resolved == p.resolve() for p in inputs if p.exists()):
        raise UsageError(f"{target}: refusing to overwrite an input file with the report")
    if target.is_dir():
        raise UsageError(f"{target}: is a directory; give a file name for the report")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, target)
    except OSError as exc:
        raise UsageError(f"{target}: cannot write report ({exc.strerror or exc})") from None


@app.command(cls=_Command)
def check(
    paths: List[str] = typer.Argument(
        ..., help="Files (.md, .txt, .po, .xlf/.xliff, .tsv), directories or globs to check.", show_default=False, metavar="PATH",
    ),
    source_lang: Optional[str] = typer.Option(
        None, "--source-lang", "-s", metavar="LANG", help="Language the text was translated from (ISO 639, e.g. es). Enables source-aware rules and back-translation."
    ),
    target_lang: Optional[str] = typer.Option(
        None, "--target-lang", "-t", metavar="LANG",
        help="Language of the text being checked [default: the configuration's, else detected per file, else en].",
    ),
    source: Optional[Path] = typer.Option(
        None, "--source", metavar="FILE", help="The original the (single) target file was translated from: enables TQ4xx checks."
    ),
    fmt: Format = typer.Option(
        Format.text, "--format", "--output-format", "-f",
        help="Output format: text shows each finding in its line with a caret underline; concise one line per finding.",
    ),
    output: Optional[Path] = typer.Option(
        None, "--output", "-o", metavar="FILE",
        help="Write the report to FILE instead of stdout.",
    ),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 when a finding has this severity or worse [default: warning]."),
    no_backtranslate: bool = typer.Option(False, "--no-backtranslate", help="Skip back-translation (heuristic rules only)."),
    select: Optional[List[str]] = typer.Option(
        None, "--select", metavar="CODES", help="Only these rules: codes, code prefixes or names, comma-separated (e.g. TQ1,TQ210)."
    ),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", metavar="CODES", help="Skip these rules (same syntax as --select)."),
    glossary: Optional[Path] = typer.Option(
        None, "--glossary", "-g", metavar="FILE",
        help="Preferred spellings, one per line ('Kyiv: Kiev, Kiew'); other spellings are flagged (TQ105).",
    ),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", metavar="GLOB", help="Skip files matching GLOB (repeatable)."),
    no_respect_gitignore: bool = typer.Option(
        False, "--no-respect-gitignore", help="Also check the files of a directory that .gitignore excludes.",
    ),
    changed_since: Optional[str] = typer.Option(None, "--changed-since", metavar="REF", help="Only files changed since git REF (e.g. origin/main)."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", metavar="FILE", help="Report and fail only on findings not recorded in FILE."),
    write_baseline: Optional[Path] = typer.Option(None, "--write-baseline", metavar="FILE", help="Record the current findings in FILE and exit 0."),
    config_file: Optional[Path] = typer.Option(
        None, "--config", metavar="FILE",
        help="One configuration file for every file [default: for each file, the nearest tqcheck.toml, .tqcheck.toml or "
        "pyproject.toml [tool.tqcheck] from its directory upwards].",
    ),
    no_config: bool = typer.Option(False, "--no-config", help="Ignore configuration files."),
    bt_model: Optional[str] = typer.Option(
        None, "--bt-model", metavar="ID|DIR", help="Target->source MarianMT model (default: from models/catalogue.toml)."
    ),
    rt_model: Optional[str] = typer.Option(
        None, "--rt-model", metavar="ID|DIR", help="Source->target model for the round trip (default: from the catalogue)."
    ),
    engine: Optional[str] = typer.Option(
        None, "--engine", metavar="NAME",
        help="Back-translation engine: transformers, ctranslate2, bergamot or any registered plug-in [default: transformers].",
    ),
    beam: Optional[int] = typer.Option(None, "--beam", min=1, help="Beam size [default: 1, greedy]."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1, help="Segments per translation batch [default: 16]."),
    device: Optional[Device] = typer.Option(None, "--device", help="Where models run [default: cpu]."),
    require_backtranslation: bool = typer.Option(
        False, "--require-backtranslation", help="Fail (exit 2) when back-translation cannot run."
    ),
    cache_dir: Optional[Path] = typer.Option(
        None, "--cache-dir", metavar="DIR", help="Translation cache and converted models (default: $TQCHECK_CACHE_DIR or ~/.cache/tqcheck)."
    ),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the translation cache."),
    executor: ExecutorName = typer.Option(ExecutorName.local, "--executor", help="Where the checks run: here, or on a Ray cluster (pip install 'tqcheck[ray]')."),
    ray_address: Optional[str] = typer.Option(
        None, "--ray-address", metavar="auto|ADDRESS", help="Join a running Ray cluster (auto, or HOST:PORT) [default: start a local one]."
    ),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Ray tasks or actors at once [default: the cluster's CPUs, GPUs with --device cuda]."),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, metavar="N",
        help="Files checked at once, each in its own process (local executor); same findings, same order [default: the machine's cores; 1: one process].",
    ),
    timeout_per_file: Optional[float] = typer.Option(
        None, "--timeout-per-file", metavar="SECONDS",
        help="Stop checking a file after SECONDS and report it (TQ001 error); 0: no limit [default: 60].",
    ),
) -> None:
    """Check translated documents and report suspect spans.

    Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error
    (also when a file of the run could not be read: it is reported as a TQ000 finding).
    """
    from . import baseline as baselines
    from . import config as configuration
    from .findings import Severity
    from .pipeline import check as run_check
    from .report import FORMATS

    try:
        if config_file is not None and not no_config and not config_file.is_file():
            raise UsageError(f"{config_file}: no such configuration file")
        settings = configuration.load(None if no_config else (config_file or configuration.find()))
        discover = not no_config and config_file is None
        explicit = {
            "source_lang": source_lang,
            "target_lang": target_lang,
            "select": select,
            "ignore": ignore,
            "glossary": str(glossary) if glossary else None,
            "bt_model": bt_model,
            "rt_model": rt_model,
            "engine": engine,
            "beam": beam,
            "batch_size": batch_size,
            "device": device.value if device else None,
            "cache_dir": str(cache_dir) if cache_dir else None,
            "timeout_per_file": timeout_per_file,
        }
        options = {k: v for k, v in explicit.items() if v is not None}
        if no_backtranslate or write_baseline:
            options["backtranslate"] = False
        elif "backtranslate" not in settings.values:
            options["backtranslate"] = True
        if require_backtranslation:
            options["require_backtranslation"] = True
        if no_cache:
            options["no_cache"] = True
        options["progress"] = fmt in (Format.text, Format.concise) and output is None
        if no_respect_gitignore:
            options["respect_gitignore"] = False
        if source is not None and len(paths) != 1:
            raise UsageError("--source goes with exactly one target file")
        runner = None
        if executor is ExecutorName.ray:
            from .executors import make_executor

            runner = make_executor("ray", address=ray_address, workers=workers)
        elif ray_address is not None or workers is not None:
            raise UsageError("--ray-address and --workers go with --executor ray")
        if jobs is not None and runner is not None:
            raise UsageError("--jobs goes with the local executor (with --executor ray, use --workers)")
        if runner is None:
            from .executors.local import default_jobs

            options["jobs"] = jobs or default_jobs()
        if fmt in (Format.jsonl, Format.html) and write_baseline is None:
            from .pipeline import check_stream

            stream = check_stream(paths, settings=settings, discover_config=discover, exclude=exclude or [],
                                  changed_since=changed_since, source=source, executor=runner, **options)
            worst = _streamed(stream, fmt, output, paths, baseline)
            _unreadable_exit(stream.summary()["by_rule"].get("TQ000", 0), stream.total)
            threshold = fail_on.value if fail_on else settings.values.get("fail_on", "warning")
            if threshold != "never" and worst is not None and worst.rank >= Severity(threshold).rank:
                raise typer.Exit(1)
            return
        report = run_check(paths, settings=settings, discover_config=discover, exclude=exclude or [],
                           changed_since=changed_since, source=source, executor=runner, **options)
        unreadable = sum(f.rule == "TQ000" for f in report.findings)
        if write_baseline is not None:
            _write_output(write_baseline, baselines.write(report), [Path(p) for p in paths])
            typer.echo(f"tqcheck: recorded {len(report.findings) - unreadable} findings in {write_baseline}", err=True)
            _unreadable_exit(unreadable, len(report.documents))
            raise typer.Exit(0)
        if baseline is not None:
            dropped = baselines.apply(report, baseline)
            if fmt in (Format.text, Format.concise):
                typer.echo(f"tqcheck: {dropped} findings are in the baseline {baseline}", err=True)
        color = output is None and fmt in (Format.text, Format.concise) and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        rendered = FORMATS[fmt.value](report, color=color)
        if output is not None:
            _write_output(output, rendered, [Path(d.path) for d in report.documents])
            typer.echo(f"tqcheck: wrote {fmt.value} report to {output}", err=True)
        else:
            sys.stdout.write(rendered)
    except TqcheckError as exc:
        _fail(str(exc))
        return
    except KeyboardInterrupt:
        typer.echo("tqcheck: interrupted; the translations made so far are kept in the cache", err=True)
        raise typer.Exit(130)
    _unreadable_exit(unreadable, len(report.documents))
    threshold = fail_on.value if fail_on else settings.values.get("fail_on", "warning")
    worst = report.worst()
    if threshold != "never" and worst is not None and worst.rank >= Severity(threshold).rank:
        raise typer.Exit(1)


def _unreadable_exit(count: int, total: int) -> None:
    """Files of the run that could not be read: one line on stderr and exit status 2 (an input
    error, whatever --fail-on says: a file that was not read was not checked)."""
    if count:
        files = "1 file" if count == 1 else f"{count} files"
        rest = "; the others were checked" if total > count else ""
        typer.echo(f"tqcheck: error: {files} could not be read (TQ000 in the report){rest}", err=True)
        raise typer.Exit(2)


def _streamed(stream, fmt: Format, output: Optional[Path], paths: list[str], baseline: Optional[Path]):
    """Write a stream of document reports (jsonl, or html); return the worst severity reported."""
    from . import baseline as baselines
    from .report.html import HtmlReport
    from .report.jsonl import write_stream

    inputs = [Path(p) for p in paths]
    if baseline is not None:
        counts = baselines.load(baseline)
        stream.transform = lambda doc: baselines.drop(doc, counts)
    if fmt is Format.jsonl:
        if output is None:
            write_stream(stream, sys.stdout)
        else:
            with _output_file(output, inputs) as fh:
                write_stream(stream, fh)
            typer.echo(f"tqcheck: wrote jsonl report to {output}", err=True)
        return stream.worst()
    # every document is in the page (its data only: the page renders a document when it is opened)
    page = HtmlReport().extend(stream).render(stream.summary(), stream.backtranslation())
    if output is None:
        if sys.stdout.isatty():
            typer.echo("tqcheck: writing the HTML report to the terminal; use -o FILE.html to write it to a file", err=True)
        sys.stdout.write(page)
    else:
        _write_output(output, page, inputs)
        typer.echo(f"tqcheck: wrote html report to {output}", err=True)
    return stream.worst()


class _output_file:
    """A report file written as it grows, in a temporary file that replaces ``target`` at the end."""

    def __init__(self, target: Path, inputs: list[Path]):
        self.target, self.inputs = target, inputs

    def __enter__(self):
        resolved = self.target.resolve()
        if any(resolved == p.resolve() for p in self.inputs if p.exists()):
            raise UsageError(f"{self.target}: refusing to overwrite an input file with the report")
        if self.target.is_dir():
            raise UsageError(f"{self.target}: is a directory; give a file name for the report")
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".tmp")
        except OSError as exc:
            raise UsageError(f"{self.target}: cannot write report ({exc.strerror or exc})") from None
        self.fh = os.fdopen(fd, "w", encoding="utf-8")
        return self.fh

    def __exit__(self, kind, exc, tb):
        self.fh.close()
        if kind is not None:
            os.unlink(self.tmp)
            return False
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)
        os.replace(self.tmp, self.target)
        return False


@app.command(cls=_Command)
def rules(
    code: Optional[str] = typer.Argument(None, metavar="[CODE]", help="Show the full documentation of one rule (code or name)."),
) -> None:
    """List every rule (code, name, default severity, summary), or document one."""
    from .registry import all_rules, get_rule

    if code:
        try:
            r = get_rule(code)
        except TqcheckError as exc:
            _fail(str(exc))
            return
        typer.echo(f"{r.code} {r.name} ({r.severity.value}, {r.family})\n\n{r.summary}\n\n{r.doc}")
        return
    rows = all_rules()
    width = max(len(r.name) for r in rows)
    for r in rows:
        typer.echo(f"{r.code}  {r.name:<{width}}  {r.severity.value:<7}  {r.summary}")
    typer.echo("\nDetails: tqcheck rules CODE")


models_app = typer.Typer(help="The MarianMT models used for back-translation.", no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("list", cls=_Command)
def models_list(
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", metavar="DIR", help="tqcheck's cache (pulled Bergamot models)."),
) -> None:
    """Show the catalogue (models/catalogue.toml) per engine and which models are available locally."""
    from .backtranslate.engines import available_engines, get_engine
    from .backtranslate.models import cache_dir as default_cache_dir

    root = default_cache_dir(cache_dir)
    sections: dict[str, list[str]] = {}
    engines = {}
    for name in available_engines():
        try:
            eng = get_engine(name)
        except TqcheckError as exc:
            typer.echo(f"tqcheck: warning: {exc}", err=True)
            continue
        if hasattr(eng, "catalogue_rows"):
            key = getattr(eng, "catalogue_section", name)
            sections.setdefault(key, []).append(name)
            engines.setdefault(key, eng)
    for key, names in sections.items():
        rows = engines[key].catalogue_rows(root)
        if not rows:
            continue
        typer.echo(f"engine {', '.join(names)}:")
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        for r in rows:
            typer.echo("  " + "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
        typer.echo("")
    from .backtranslate import embeddings

    rows = embeddings.catalogue_rows()
    typer.echo("sentence embeddings (meaning drift):")
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for r in rows:
        typer.echo("  " + "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    typer.echo(f"  {embeddings.summary_line()}")
    typer.echo("")
    typer.echo("Download one with: tqcheck models pull [--engine NAME] SRC TGT")


@models_app.command("pull", cls=_Command)
def models_pull(
    src: str = typer.Argument(..., metavar="SRC", help="Source language of the model (e.g. en)."),
    tgt: str = typer.Argument(..., metavar="TGT", help="Target language of the model (e.g. es)."),
    engine: str = typer.Option("transformers", "--engine", metavar="NAME", help="The engine the model is for [default: transformers]."),
    ctranslate2: bool = typer.Option(False, "--ctranslate2", help="Also convert the model for --engine ctranslate2."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", metavar="DIR", help="Where converted and pulled models go."),
) -> None:
    """Download the catalogue's model for SRC->TGT (MarianMT: into the Hugging Face cache)."""
    from .backtranslate.engines import check_engine_name, get_engine
    from .backtranslate.models import cache_dir as default_cache_dir
    from .backtranslate.models import catalogue_model, pull, resolve
    from .langs import normalize_lang

    try:
        s = normalize_lang(src, option="source language")
        t = normalize_lang(tgt, option="target language")
        check_engine_name(engine)
        if engine not in ("transformers", "ctranslate2"):
            eng = get_engine(engine)
            if not hasattr(eng, "pull"):
                raise UsageError(f"engine {engine!r} has no models to pull")
            typer.echo(f"{engine} {s}-{t}: {eng.pull(s, t, default_cache_dir(cache_dir))}")
            return
        from .pipeline import backtranslation_missing

        missing = list(dict.fromkeys(backtranslation_missing() + (backtranslation_missing("ctranslate2") if ctranslate2 else [])))
        if missing:
            raise UsageError(f"back-translation models need {', '.join(missing)}: pip install 'tqcheck[backtranslate]'")
        ref = catalogue_model(s, t)
        if ref is None:
            raise UsageError(f"no model for {s}->{t} in models/catalogue.toml; pass any MarianMT id or directory with --bt-model/--rt-model")
        try:
            path = pull(ref)
        except Exception as exc:  # offline, unknown repo, disk full: one line, no traceback
            raise TqcheckError(f"could not download {ref}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from None
        typer.echo(f"{ref}: {path}")
        if ctranslate2 or engine == "ctranslate2":
            from .backtranslate.engines import CTranslate2Translator

            out = CTranslate2Translator.converted(resolve(ref, ""), default_cache_dir(cache_dir), "int8")
            typer.echo(f"{ref}: converted for CTranslate2 in {out}")
    except TqcheckError as exc:
        _fail(str(exc))


cache_app = typer.Typer(help="The translation cache (translations.sqlite3).", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("merge", cls=_Command)
def cache_merge(
    target: Path = typer.Argument(..., metavar="TARGET", help="Cache file (or cache directory) to merge into; created when missing."),
    sources: List[Path] = typer.Argument(..., metavar="SOURCE...", help="Cache files (or directories) whose translations are added."),
) -> None:
    """Merge translation caches, e.g. the per-node caches of a cluster, into one file.

    Entries already in TARGET are kept; each source's other entries are added."""
    from .cachemerge import merge

    try:
        added, total = merge(target, sources)
    except TqcheckError as exc:
        _fail(str(exc))
        return
    typer.echo(f"tqcheck: added {added} translations; {target} holds {total}")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tqcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """tqcheck: a translation-quality checker."""


def main() -> None:
    # The command is one short process: loading the rules and their data makes a great many
    # long-lived objects, and the cyclic collector's default pace (every 700 new containers) walked
    # them a dozen times, a twentieth of a short check. A larger first generation keeps the
    # collector for the garbage it is for: it still runs, only less often.
    gc.set_threshold(50_000)
    app()
