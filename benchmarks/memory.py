"""Peak memory (and time) of whole tqcheck processes, without back-translation.

Scenarios, each a fresh process (``--jobs 1``: one process holds everything):
  seed            tqcheck check seeds/article-es-en.txt --source-lang es
  po-LANG         a 20-unit PO file of DEMETR's LANG->English pairs, no --source-lang (as a PO file
                  without a Language header is checked), for each of DEMETR's ten source languages
  po-LANG-source  the same file with --source-lang LANG
  real-mt-43      the 43 pages of the real-MT corpus (five target languages, their source languages
                  from ../shared/eval/real-mt/sources.tsv) checked one after another in one process
  line-1mb        a 1 MB text file of one line (ordinary English words, no punctuation)
  markdown-1000   1,000 short Markdown files in one directory
  real-mt-43-cold real-mt-43 with an empty cache (a first run: the frequency tables it needs are
                  compiled then)

Each scenario runs once unmeasured (to compile the tables it needs into the cache, except the
cold one, which gets an empty cache directory of its own), then --runs times; the peak resident
set size (``ru_maxrss``, of the process and, separately, of any worker it started, such as git),
the median wall time and the median CPU time are reported. The goal is a peak of at most 150 MB
everywhere. On Linux the resident memory at the end is split into the process's own (anonymous)
memory and mapped files (the interpreter and the extension modules: the frequency tables are read
with ``pread``, into the system's page cache, and no longer count in the resident set; when they
were memory-mapped each page read counted, and recent kernels map large pieces of a file at a time).

Usage: python benchmarks/memory.py [--json] [--runs 3] [--only NAME,...]
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

from _data import DEMETR_LANGS, ROOT, demetr_po, markdown_files

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"NO_COLOR": "1"}
SEED = ROOT / "seeds" / "article-es-en.txt"
LINE_WORDS = ("the government said on Monday that the minister would travel to the capital next week to meet "
              "officials and discuss prices of energy and food while talks continued in the region").split()


def _mb(ru_maxrss: int) -> float:
    return round(ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def child(spec: list[str]) -> None:
    """Run one scenario in this process; print its peak memory as JSON on the last line of stderr."""
    kind, *args = spec
    if kind == "cli":
        from tqcheck.cli import app

        sys.argv = ["tqcheck", *args]
        with open(os.devnull, "w") as sink:
            real, sys.stdout = sys.stdout, sink
            try:
                app()
            except SystemExit:
                pass
            finally:
                sys.stdout = real
    elif kind == "pages":
        from _data import real_mt_pages

        import tqcheck

        for text, target, source in real_mt_pages():
            tqcheck.check_text(text, target_lang=target, source_lang=source)
    peak = {"peak_mb": _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
            "workers_peak_mb": _mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)}
    try:  # Linux: at the end, how much of the resident memory is the process's own, how much mapped files
        status = dict(line.split(":", 1) for line in open("/proc/self/status", encoding="ascii"))
        peak["end_anon_mb"] = round(int(status["RssAnon"].split()[0]) / 1024, 1)
        peak["end_file_mb"] = round(int(status["RssFile"].split()[0]) / 1024, 1)
    except (OSError, KeyError, ValueError):
        pass
    print(json.dumps(peak), file=sys.stderr)


def run(spec: list[str], env: dict) -> tuple[float, float, dict]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--child", *spec], cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{spec} failed: {proc.stderr[-800:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), json.loads(proc.stderr.strip().splitlines()[-1])


def scenarios(d: Path) -> dict[str, list[str]]:
    base = ["--no-backtranslate", "--jobs", "1"]
    out = {"seed": ["cli", "check", str(SEED), "--source-lang", "es", *base]}
    for lang in DEMETR_LANGS.values():
        po = demetr_po(d / f"demetr-{lang}.po", units=20, lang=lang)
        out[f"po-{lang}"] = ["cli", "check", str(po), *base]
        out[f"po-{lang}-source"] = ["cli", "check", str(po), "--source-lang", lang, *base]
    out["real-mt-43"] = ["pages"]
    line = d / "line-1mb.txt"
    words, size = [], 0
    while size < 1_000_000:
        w = LINE_WORDS[len(words) % len(LINE_WORDS)]
        words.append(w)
        size += len(w) + 1
    line.write_text(" ".join(words), encoding="utf-8")
    out["line-1mb"] = ["cli", "check", str(line), *base]
    out["markdown-1000"] = ["cli", "check", str(markdown_files(d / "markdown")), *base]
    out["real-mt-43-cold"] = ["pages"]
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", help="comma-separated scenario names")
    args = ap.parse_args()
    result: dict = {"load_average_before": [round(x, 2) for x in os.getloadavg()], "cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="tqcheck-memory-") as tmp:
        d = Path(tmp)
        chosen = scenarios(d)
        if args.only:
            chosen = {k: v for k, v in chosen.items() if k in args.only.split(",")}
        for name, spec in chosen.items():
            samples = []
            for i in range(args.runs + (0 if name.endswith("-cold") else 1)):
                env = ENV
                if name.endswith("-cold"):  # a first run: an empty cache each time
                    env = ENV | {"TQCHECK_CACHE_DIR": str(d / f"cold-cache-{i}")}
                sample = run(spec, env)
                if name.endswith("-cold") or i > 0:
                    samples.append(sample)
            result[name] = {
                "peak_mb": max(s[2]["peak_mb"] for s in samples),
                "workers_peak_mb": max(s[2]["workers_peak_mb"] for s in samples),
                **{k: max(s[2][k] for s in samples) for k in ("end_anon_mb", "end_file_mb") if k in samples[0][2]},
                "median_wall_s": round(statistics.median(s[0] for s in samples), 3),
                "median_cpu_s": round(statistics.median(s[1] for s in samples), 3),
            }
            print(f"{name}: {result[name]}", file=sys.stderr)
    result["max_peak_mb"] = max(v["peak_mb"] for k, v in result.items() if isinstance(v, dict))
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
