"""tqcheck against pofilter (translate-toolkit), side by side, on the same PO files, in one run.

The files: DEMETR's source/MT pairs (../shared/eval/demetr) written as PO, without a Language
header (the tools learn the languages from nowhere): a small file of the first --small-units
(20) Chinese->English pairs, and a large file of the first --large-units (16,000) pairs of the
DEMETR files in name order, all ten source languages (5.5 MB). Each tool runs as a whole process, as a pre-commit hook or a CI job runs it:

- ``pofilter FILE OUT.po`` with its default checks (translate-toolkit, installed by this script
  into its own virtual environment under .bench/pofilter unless --pofilter names one);
- ``tqcheck check FILE --no-backtranslate`` (text report to a file).

Both tools run alternately, --runs times each on the small file and --large-runs times on the
large one (after one unmeasured run each: page cache, .pyc files, tqcheck's compiled tables),
and the median wall time and CPU time (user + system of the process and its children) count.
Ratios are tqcheck / pofilter: below 1.0, tqcheck is faster. The load average before and after
is printed, as other processes on the machine slow both tools.

Usage: python benchmarks/peer_speed.py [--json] [--runs 7] [--large-runs 3] [--pofilter PATH]
       [--small-units 20] [--large-units 16000] [--jobs N]
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

from _data import ROOT, demetr_po

BENCH = ROOT / ".bench"
TT_VERSION = "3.20.4"
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"NO_COLOR": "1"}


def pofilter_command(given: str | None) -> list[str]:
    """The pofilter executable: given, or from .bench/pofilter (created with translate-toolkit)."""
    if given:
        return [given]
    venv = BENCH / "pofilter"
    exe = venv / ("Scripts" if os.name == "nt" else "bin") / "pofilter"
    if not exe.exists():
        print(f"installing translate-toolkit {TT_VERSION} into {venv} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = venv / ("Scripts" if os.name == "nt" else "bin") / "pip"
        subprocess.run([str(pip), "install", "-q", f"translate-toolkit=={TT_VERSION}"], check=True)
    return [str(exe)]


def timed(cmd: list[str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the process and its children, exit status)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), proc.returncode


def compare(po: Path, runs: int, pofilter: list[str], tqcheck_args: list[str], out: Path) -> dict:
    tools = {
        "pofilter": pofilter + [str(po), str(out / "pofilter-out.po")],
        "tqcheck": [sys.executable, "-m", "tqcheck", "check", str(po), "--no-backtranslate", *tqcheck_args,
                    "--output", str(out / "tqcheck-report.txt")],
    }
    for cmd in tools.values():
        timed(cmd)  # warm-up
    samples: dict[str, list[tuple[float, float]]] = {k: [] for k in tools}
    for _ in range(runs):
        for name, cmd in tools.items():  # alternately, so that a busy spell slows both
            wall, cpu, _ = timed(cmd)
            samples[name].append((wall, cpu))
    result = {"file": po.name, "bytes": po.stat().st_size, "units": po.read_text(encoding="utf-8").count("\nmsgid ") - 1}
    for name, s in samples.items():
        result[name] = {"median_wall_s": round(statistics.median(w for w, _ in s), 3),
                        "median_cpu_s": round(statistics.median(c for _, c in s), 3),
                        "walls_s": [round(w, 3) for w, _ in s]}
    result["ratio_wall"] = round(result["tqcheck"]["median_wall_s"] / result["pofilter"]["median_wall_s"], 2)
    result["ratio_cpu"] = round(result["tqcheck"]["median_cpu_s"] / result["pofilter"]["median_cpu_s"], 2)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--runs", type=int, default=7, help="timed runs of each tool on the small file")
    ap.add_argument("--large-runs", type=int, default=3, help="timed runs of each tool on the large file (0: skip it)")
    ap.add_argument("--pofilter", help="a pofilter executable (default: installed into .bench/pofilter)")
    ap.add_argument("--small-units", type=int, default=20)
    ap.add_argument("--large-units", type=int, default=16000)
    ap.add_argument("--jobs", help="tqcheck's --jobs (default: tqcheck's own default)")
    args = ap.parse_args()
    pofilter = pofilter_command(args.pofilter)
    version = subprocess.run(pofilter + ["--version"], capture_output=True, text=True).stdout.strip()
    extra = ["--jobs", args.jobs] if args.jobs else []
    result: dict = {"load_average_before": [round(x, 2) for x in os.getloadavg()], "cores": os.cpu_count(), "pofilter": version}
    with tempfile.TemporaryDirectory(prefix="tqcheck-peer-") as tmp:
        d = Path(tmp)
        small = demetr_po(d / "demetr-zh-en-small.po", units=args.small_units, lang="zh")
        result["small"] = compare(small, args.runs, pofilter, extra, d)
        if args.large_runs > 0:
            large = demetr_po(d / "demetr-large.po", units=args.large_units)
            result["large"] = compare(large, args.large_runs, pofilter, extra, d)
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
