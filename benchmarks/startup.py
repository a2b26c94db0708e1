"""Whole-process start-up: what a pre-commit hook pays on every call.

Runs ``tqcheck check seeds/article-es-en.txt --source-lang es --no-backtranslate`` and
``tqcheck --help`` as fresh processes, --runs times each (after one unmeasured warm-up run that
builds the word-frequency cache if it is missing), and reports the median wall time and the median
CPU time (user + system, which a busy machine inflates less than the wall time). The load average
of the machine is reported with the figures.
Usage: python benchmarks/startup.py [--json] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = {
    "seed_check": ["check", "seeds/article-es-en.txt", "--source-lang", "es", "--no-backtranslate"],
    "help": ["--help"],
}
# An installed package has its bytecode compiled (pip does it); a development shell that sets
# PYTHONDONTWRITEBYTECODE would make every run recompile tqcheck's modules from source.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"NO_COLOR": "1"}


def _run(args: list[str]) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "tqcheck", *args], cwd=ROOT, capture_output=True, env=ENV)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    result: dict = {"load_average_before": [round(x, 2) for x in os.getloadavg()], "cores": os.cpu_count()}
    for name, cmd in COMMANDS.items():
        _run(cmd)  # warm-up: page cache, .pyc files, the compiled frequency tables
        runs = [_run(cmd) for _ in range(args.runs)]
        result[name] = {
            "median_wall_s": round(statistics.median(r[0] for r in runs), 3),
            "median_cpu_s": round(statistics.median(r[1] for r in runs), 3),
            "walls_s": [round(r[0], 3) for r in runs],
            "exit": sorted({r[2] for r in runs}),
        }
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
