"""The executor on this machine, streaming: documents are checked in input order, on ``jobs``
processes at once, and back-translated a chunk at a time, so only one chunk of reports is held in
memory.

With more than one job, this process checks the first document itself (which loads the rules'
word lists, expressions and frequency tables), then a pool of worker processes checks the others
(on Linux forked from this one, so they start with all of that loaded); each worker sends back its
reports, which come out in input order, exactly as one process makes them. Back-translation stays
in this process: its models load once, and it alone writes the translation cache.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace


def default_jobs() -> int:
    """The cores this process may run on."""
    if hasattr(os, "process_cpu_count"):
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


class LocalExecutor:
    def __init__(self, chunk: int = 64, jobs: int = 1):
        self.chunk = chunk
        self.jobs = max(1, int(jobs))

    def run(self, jobs, groups, stream) -> Iterator:
        from ..backtranslate.cache import TranslationCache
        from ..backtranslate.models import cache_dir
        from ..pipeline import _backtranslate, backtranslation_key, options_for

        caches: dict[str, TranslationCache] = {}
        translators: dict = {}
        totals = SummaryTotals()
        try:
            with checked(jobs, groups, self.jobs, progress=_wants_progress(groups)) as reports:
                for start in range(0, len(jobs), self.chunk):
                    part = jobs[start : start + self.chunk]
                    docs = [next(reports) for _ in part]
                    # documents back-translated together: same options, same (detected) target language
                    by_group: dict[str, tuple] = {}
                    for job, doc in zip(part, docs):
                        opts, rules = groups[job.group]
                        if opts.backtranslate and doc.document is not None:
                            key = backtranslation_key(job.group, doc)
                            by_group.setdefault(key, (job.group, options_for(opts, doc), rules, []))[3].append(doc)
                    for key, (group, opts, rules, members) in by_group.items():
                        if totals.stopped(key):  # a missing model: said once, not once per chunk
                            continue
                        if group not in caches:
                            caches[group] = TranslationCache(None if opts.no_cache else cache_dir(opts.cache_dir) / "translations.sqlite3")
                        totals.add(key, _backtranslate(members, opts, rules, cache=caches[group], translators=translators))
                    yield from docs
        finally:
            for c in caches.values():
                c.close()
            for s in totals.merged():
                stream.add_backtranslation(s)


def _wants_progress(groups) -> bool:
    return any(opts.progress for opts, _ in groups.values())


@contextmanager
def checked(jobs, groups, workers: int = 1, progress: bool = False):
    """An iterator of the planned jobs' reports (heuristic rules), in input order, made by up to
    ``workers`` processes; with ``progress``, a bar on stderr (a terminal only) counts documents."""
    from ..pipeline import check_job

    pool = None
    bar = _bar(len(jobs)) if progress and len(jobs) > 1 else None

    def reports():
        nonlocal pool
        for i, job in enumerate(jobs):
            if i == 1 and workers > 1 and len(jobs) > 2:
                # the first document is checked here (loading what the rules need), then forked
                pool = _pool(min(workers, len(jobs) - 1), groups)
                size = max(1, min(16, (len(jobs) - 1) // (8 * workers)))
                for report in pool.imap(_check_in_worker, jobs[1:], chunksize=size):
                    if bar is not None:
                        bar.update(1)
                    yield report
                return
            report = slim(check_job(job, *groups[job.group]))  # as from a worker: the same, lighter
            if bar is not None:
                bar.update(1)
            yield report

    try:
        yield reports()
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        if bar is not None:
            # the bar goes once the documents are done: the report starts on a clean line
            sys.stderr.write("\r\033[K\033[?25h" if os.name != "nt" else "\r" + " " * 70 + "\r")
            sys.stderr.flush()


def _bar(total: int):
    """A progress bar on stderr counting documents; drawn only when stderr is a terminal."""
    if not (hasattr(sys.stderr, "isatty") and sys.stderr.isatty()):
        return None
    import click

    bar = click.progressbar(length=total, label="checking", file=sys.stderr, show_pos=True, show_eta=False, width=30)
    bar.__enter__()
    return bar


def _pool(workers: int, groups):
    import multiprocessing

    # fork where it is safe and cheap (Linux): the workers start with this process's state; the
    # platform's own default elsewhere (spawn on macOS and Windows)
    method = "fork" if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods() else None
    ctx = multiprocessing.get_context(method)
    shipped = {k: replace(opts, progress=False) for k, (opts, _) in groups.items()}
    import gc

    # the objects loaded so far stay out of the workers' garbage collections, which would otherwise
    # write to (and so copy) every page of them
    gc.freeze()
    try:
        return ctx.Pool(workers, initializer=_start_worker, initargs=(shipped,))
    finally:
        gc.unfreeze()


_GROUPS: dict = {}


def _start_worker(shipped) -> None:
    import signal

    from ..registry import select_rules

    # Ctrl-C reaches the whole process group: the parent stops the pool and says so, once
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _GROUPS.clear()
    _GROUPS.update({k: (opts, select_rules(opts.select, opts.ignore)) for k, opts in shipped.items()})


def _check_in_worker(job):
    from .. import patterns
    from ..pipeline import check_job

    report = slim(check_job(job, *_GROUPS[job.group]))
    patterns.flush_some()  # the pool ends its workers without their exit handlers
    return report


def slim(report):
    """The report without the rules' per-document memo: what the reports need, and no more
    (what goes back from another process)."""
    doc = report.document
    if doc is None:
        return report
    light = replace(doc, cache={})  # every field, without the memo and the computed properties
    for name in ("paragraphs", "segments", "line_starts", "source_of_segment", "alignment"):
        if name in doc.__dict__:
            light.__dict__[name] = doc.__dict__[name]
    return replace(report, document=light)


class SummaryTotals:
    """Back-translation summaries of many batches, added up per option group."""

    def __init__(self) -> None:
        self.groups: dict[str, dict] = {}
        self.warned: set[str] = set()

    def add(self, key: str, summary: dict) -> None:
        have = self.groups.get(key)
        if have is None or ("skipped" in have and "skipped" not in summary and have["skipped"] == "no segments"):
            self.groups[key] = dict(summary)
            return
        if "skipped" in have or "skipped" in summary:
            return
        for k in ("translated", "cached"):
            have[k] += summary[k]
        have["seconds"] = round(have["seconds"] + summary["seconds"], 3)

    def stopped(self, key: str) -> bool:
        have = self.groups.get(key)
        return have is not None and "skipped" in have and have["skipped"] != "no segments"

    def merged(self) -> list[dict]:
        return list(self.groups.values())
