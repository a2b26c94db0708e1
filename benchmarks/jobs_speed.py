"""--jobs: wall time of one check over 1,000 Markdown files with 1, 2 (and all) processes.

``tqcheck check DIR --no-backtranslate --jobs N`` as whole processes, alternately for each N,
--runs times after one unmeasured run each; the median wall time, the median CPU time (of the
process and its workers) and the speed-up of each N over --jobs 1 are reported. The goal on two
cores is a speed-up of at least 1.7 for --jobs 2. The reports of every N are compared: they must
be identical. The load average before and after is printed, and the speed-up the machine allowed
at the end of the run (``machine_headroom_N``: N busy loops one after the other against N at once;
other processes take cores too, and then no check can gain more).

Usage: python benchmarks/jobs_speed.py [--json] [--runs 3] [--files 1000] [--format text]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _data import ROOT, markdown_files

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"NO_COLOR": "1"}


def timed(cmd: list[str]) -> tuple[float, float, bytes]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=ENV, capture_output=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), proc.stdout


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def headroom(processes: int, n: int = 20_000_000) -> float:
    """The speed-up the machine allows right now: a busy loop run ``processes`` times one after
    the other, against the same loops in ``processes`` processes at once (other processes on the
    machine take cores too: with all cores free it is close to ``processes``)."""
    import multiprocessing

    t = time.perf_counter()
    for _ in range(processes):
        _burn(n)
    serial = time.perf_counter() - t
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        pool.map(_burn, [1000] * processes)  # started before timing
        t = time.perf_counter()
        pool.map(_burn, [n] * processes)
        parallel = time.perf_counter() - t
    return round(serial / parallel, 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--format", default="text")
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    counts = sorted({1, 2, cores})
    result: dict = {"load_average_before": [round(x, 2) for x in os.getloadavg()], "cores": cores, "files": args.files}
    with tempfile.TemporaryDirectory(prefix="tqcheck-jobs-") as tmp:
        d = markdown_files(Path(tmp) / "notes", args.files)
        cmds = {n: [sys.executable, "-m", "tqcheck", "check", str(d), "--no-backtranslate", "--format", args.format, "--jobs", str(n)] for n in counts}
        outputs = {n: timed(cmd)[2] for n, cmd in cmds.items()}  # warm-up
        result["identical_reports"] = len(set(outputs.values())) == 1
        samples: dict[int, list] = {n: [] for n in counts}
        for _ in range(args.runs):
            for n, cmd in cmds.items():
                wall, cpu, out = timed(cmd)
                samples[n].append((wall, cpu))
                result["identical_reports"] &= out == outputs[1]
    for n, s in samples.items():
        result[f"jobs_{n}"] = {"median_wall_s": round(statistics.median(w for w, _ in s), 3),
                               "median_cpu_s": round(statistics.median(c for _, c in s), 3),
                               "walls_s": [round(w, 3) for w, _ in s]}
    for n in counts[1:]:
        result[f"speedup_jobs_{n}"] = round(result["jobs_1"]["median_wall_s"] / result[f"jobs_{n}"]["median_wall_s"], 2)
        result[f"machine_headroom_{n}"] = headroom(n)
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
