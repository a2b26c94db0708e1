"""The Ray executor: documents flow through Ray Data; back-translation runs in an actor pool.

Rules only: each block of documents is read, segmented and checked in a Ray task. With
back-translation: a pool of actors (``map_batches`` with a class), each loading its engines once,
reads, checks and back-translates a batch of documents at a time, so the segments of several
documents share the model's batches (``num_gpus=1`` per actor with ``--device cuda``).

Every batch comes back to the driver in input order as pickled :class:`DocumentReport` objects;
the driver writes the reports and is the only writer of the translation cache: actors read the
SQLite file and return the translations they made, which the driver stores as they arrive, so a
run stopped half-way keeps them. A batch whose actor dies is run again on a restarted actor (Ray
Data's actor pool restarts actors and retries their tasks); only the completed attempt's output
reaches the driver, so no document is lost or counted twice.
"""

from __future__ import annotations

import io
import json
import logging
import math
import os
import pickle
import sqlite3
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import redirect_stderr
from dataclasses import replace
from pathlib import Path

from ..errors import TqcheckError, UsageError
from . import RAY_MISSING
from .local import SummaryTotals
from .local import slim as _slim


def _import_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise UsageError(RAY_MISSING) from None
    return ray


class RayExecutor:
    """``address``: ``None`` starts a local Ray instance for the run (``workers`` CPUs); ``"auto"``
    or ``HOST:PORT`` joins a running cluster. A Ray instance already started in this process is used
    as it is. ``workers``: tasks or actors at once (default: the cluster's CPUs, or GPUs with cuda).
    ``batch``: documents per task or actor call (default: with back-translation a sixteenth of each
    actor's share, at most 16, or 16 with GPUs; for the rules a quarter of each worker's share, from
    32 to 256)."""

    def __init__(self, address: str | None = None, workers: int | None = None, batch: int | None = None, _fault_marker: str | None = None):
        self.ray = _import_ray()
        if workers is not None and workers < 1:
            raise UsageError("--workers must be at least 1")
        self.address = address
        self.workers = workers
        self.batch = batch
        self._fault_marker = _fault_marker

    def _start(self) -> bool:
        ray = self.ray
        if ray.is_initialized():
            return False
        quiet = dict(include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False, configure_logging=True)
        if self.address and self.address != "auto" and "://" not in self.address:
            _reachable(self.address)
        try:
            if self.address:
                ray.init(address=self.address, **quiet)
            else:
                ray.init(num_cpus=self.workers or os.cpu_count() or 1, **quiet)
        except (ConnectionError, ValueError, RuntimeError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise UsageError(f"cannot start or reach Ray at {self.address or 'a local instance'}: {first}") from None
        return True

    def run(self, jobs, groups, stream) -> Iterator:
        from ..backtranslate.cache import TranslationCache
        from ..backtranslate.models import cache_dir

        ray = self.ray
        if not jobs:
            return
        started = self._start()
        caches: dict[str, TranslationCache] = {}
        totals = SummaryTotals()
        seen: set[str] = set()
        try:
            keys = list(groups)
            shipped = {i: replace(groups[k][0], progress=False) for i, k in enumerate(keys)}
            # a translation stored since the run began was made by this run: the same segments count
            # as translated or cached as in one process, however the documents are shared out
            since = time.time()
            bt = any(o.backtranslate for o in shipped.values())
            for i, o in shipped.items():  # the driver creates the cache files the actors read
                if o.backtranslate and not o.no_cache:
                    caches[keys[i]] = TranslationCache(cache_dir(o.cache_dir) / "translations.sqlite3")
            resources = ray.cluster_resources()
            gpu = any(o.backtranslate and (o.device == "cuda" or (o.device == "auto" and resources.get("GPU"))) for o in shipped.values())
            workers = self.workers or max(1, int(resources.get("GPU" if gpu else "CPU", 1)))
            # documents per task. Back-translation: actors balance best with many batches each, 16 or
            # more per actor on CPUs (with batches of 16, two actors over 100 documents were 1.50x one
            # actor, with batches of 4 1.66x); a GPU takes 16 documents at a time. The rules: blocks
            # large enough that Ray's cost per task stays small (2,000 documents in blocks of 32 cost
            # 39% over one process, in 4 blocks a worker 14%), about four to a worker to balance
            if bt:
                batch = self.batch or (16 if gpu else max(1, min(16, math.ceil(len(jobs) / (16 * workers)))))
            else:
                batch = self.batch or min(256, max(32, math.ceil(len(jobs) / (4 * workers))))
            batch = max(1, min(batch, math.ceil(len(jobs) / workers)))
            index = {k: i for i, k in enumerate(keys)}
            rows = [{"index": j.index, "path": j.path, "group": index[j.group], "source": j.source or "", "config": j.config or "",
                     "strict": j.strict} for j in jobs]

            import ray.data

            ctx = ray.data.DataContext.get_current()
            ctx.execution_options.preserve_order = True
            ctx.enable_progress_bars = False
            for name in ("ray.data", "ray"):
                logging.getLogger(name).setLevel(logging.ERROR)
            warnings.filterwarnings("ignore", module=r"ray\.data\..*")
            ds = ray.data.from_items(rows, override_num_blocks=math.ceil(len(rows) / batch))
            if bt:
                ds = ds.map_batches(
                    _CheckActor, fn_constructor_kwargs={"groups": shipped, "since": since, "fault_marker": self._fault_marker},
                    batch_size=batch, batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1, num_gpus=1 if gpu else 0,
                )
            else:
                ds = ds.map_batches(_check_batch, fn_kwargs={"groups": shipped}, batch_size=batch, batch_format="pyarrow", compute=ray.data.TaskPoolStrategy(size=workers), num_cpus=1)
            for row in ds.iter_rows():
                for line in row["stderr"].splitlines():
                    if line not in seen:
                        seen.add(line)
                        print(line, file=sys.stderr)
                if row["error"]:
                    raise TqcheckError(row["error"])
                if row["fresh"]:
                    for g, entries in pickle.loads(row["fresh"]).items():
                        if keys[g] in caches:
                            caches[keys[g]].put_many(entries)
                if row["summary"]:
                    for g, lang, summary in json.loads(row["summary"]):
                        totals.add(f"{keys[g]}\x1f{lang}", summary)
                yield pickle.loads(row["report"])
        finally:
            for c in caches.values():
                c.close()
            for s in totals.merged():
                stream.add_backtranslation(s)
            if started:
                ray.shutdown()


def _reachable(address: str, timeout: float = 10.0) -> None:
    """HOST:PORT answers (Ray itself would keep trying for minutes)."""
    import socket

    host, _, port = address.rpartition(":")
    try:
        with socket.create_connection((host or "127.0.0.1", int(port)), timeout=timeout):
            return
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot reach Ray at {address} ({getattr(exc, 'strerror', None) or exc}); give HOST:PORT of the head node, or auto") from None


def _check_rows(batch, groups) -> tuple[list, list, list]:
    """Check each row's document with the rules: (rows, reports or None, errors)."""
    from ..pipeline import Job, check_job
    from ..registry import select_rules

    rules = {g: select_rules(o.select, o.ignore) for g, o in groups.items()}
    rows = batch.to_pylist()
    reports, errors = [], []
    for r in rows:
        g = r["group"]
        try:
            job = Job(r["index"], r["path"], g, r["source"] or None, r.get("config") or None, bool(r.get("strict")))
            reports.append(check_job(job, groups[g], rules[g]))
            errors.append("")
        except TqcheckError as exc:
            reports.append(None)
            errors.append(str(exc))
    return rows, reports, errors


def _pack(rows, reports, errors, stderr="", summary=None, fresh=None):
    import pyarrow as pa

    n = len(rows)
    return pa.table({
        "index": [r["index"] for r in rows],
        "report": [pickle.dumps(_slim(d), protocol=pickle.HIGHEST_PROTOCOL) if d is not None else b"" for d in reports],
        "error": errors,
        "stderr": [stderr] + [""] * (n - 1),
        "summary": [json.dumps(summary) if summary else ""] + [""] * (n - 1),
        "fresh": [pickle.dumps(fresh) if fresh else b""] + [b""] * (n - 1),
    }, schema=pa.schema([("index", pa.int64()), ("report", pa.binary()), ("error", pa.string()), ("stderr", pa.string()), ("summary", pa.string()), ("fresh", pa.binary())]))


def _check_batch(batch, groups):
    buf = io.StringIO()
    with redirect_stderr(buf):
        rows, reports, errors = _check_rows(batch, groups)
    return _pack(rows, reports, errors, buf.getvalue())


class _CheckActor:
    """One per worker: keeps its engines loaded and reads the translation cache; the rules and
    the back-translation of a batch of documents run here."""

    def __init__(self, groups, since, fault_marker=None):
        from ..backtranslate.models import cache_dir
        from ..registry import select_rules

        self.groups = groups
        self.rules = {g: select_rules(o.select, o.ignore) for g, o in groups.items()}
        self.translators: dict = {}
        self.caches = {g: _ReadCache(None if o.no_cache else cache_dir(o.cache_dir) / "translations.sqlite3", since) for g, o in groups.items()}
        self.fault_marker = fault_marker
        _one_thread_per_cpu()

    def __call__(self, batch):
        from ..pipeline import _backtranslate, options_for

        buf = io.StringIO()
        summaries, fresh = [], {}
        with redirect_stderr(buf):
            rows, reports, errors = _check_rows(batch, self.groups)
            # documents back-translated together: same options, same (detected) target language
            by_group: dict[tuple[int, str], list] = {}
            for r, d in zip(rows, reports):
                if d is not None and d.document is not None and self.groups[r["group"]].backtranslate:
                    by_group.setdefault((r["group"], d.target_lang), []).append(d)
            for (g, lang), docs in by_group.items():
                try:
                    opts = options_for(self.groups[g], docs[0])
                    summary = _backtranslate(docs, opts, self.rules[g], cache=self.caches[g], translators=self.translators)
                except TqcheckError as exc:  # --require-backtranslation and a missing model
                    errors = [e or str(exc) for e in errors]
                    break
                summaries.append([g, lang, summary])
                if self.caches[g].fresh:
                    fresh.setdefault(g, {}).update(self.caches[g].fresh)
                    self.caches[g].fresh = {}
        if self.fault_marker and not os.path.exists(self.fault_marker):  # tests: this actor dies once
            Path(self.fault_marker).write_text(str(os.getpid()))
            import signal

            os.kill(os.getpid(), signal.SIGKILL)
        return _pack(rows, reports, errors, buf.getvalue(), summaries, fresh)


def _one_thread_per_cpu() -> None:
    """The engines use one thread per core of the machine; an actor has one CPU of it."""
    try:
        from ..backtranslate import engines
    except ImportError:
        return
    if hasattr(engines, "_threads"):
        engines._threads = lambda: 1


class _ReadCache:
    """The translation cache as an actor sees it: read from the SQLite file, never written. The
    translations made here are kept for this actor's later batches (``made``) and collected in
    ``fresh`` for the driver to store. What the driver stored since the run began (other actors'
    work) is used too, and counted, like the actor's own, as translated by this run."""

    def __init__(self, path: Path | None, since: float):
        self.since = since
        self.fresh: dict[str, str] = {}
        self.made: dict[str, str] = {}
        self.recent: set[str] = set()
        self.conn = None
        if path is not None and path.exists():
            try:
                self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30, check_same_thread=False)
                self.conn.execute("SELECT count(*) FROM translations").fetchone()
            except sqlite3.DatabaseError as exc:
                print(f"tqcheck: warning: translation cache {path} cannot be read on this worker ({exc}); translating without it", file=sys.stderr)
                self.conn = None

    def get_many(self, keys: list[str]) -> dict[str, str]:
        from ..backtranslate.cache import lookup

        out = {k: self.made[k] for k in keys if k in self.made}
        self.recent = set(out)
        if self.conn is None:
            return out
        rest = [k for k in keys if k not in out]
        try:
            for key, output, created in lookup(self.conn, rest):
                out[key] = output
                if created >= self.since:
                    self.recent.add(key)
        except sqlite3.DatabaseError:
            pass
        return out

    def put_many(self, items: dict[str, str]) -> None:
        self.fresh.update(items)
        self.made.update(items)

    def close(self) -> None:
        pass
