"""Throughput of all heuristic rules together on an English corpus of at least 1 MB.

The corpus is built from the MT sentences in ../shared/eval (DEMETR's unperturbed MT and the
WMT MQM TED outputs), five sentences to a paragraph, repeated until it reaches --size bytes.
Word lists load before timing (they load once per process); the best of --repeat runs counts.
Usage: python benchmarks/rules_speed.py [--json] [--size BYTES] [--repeat N] [--profile]
"""

from __future__ import annotations

import argparse
import json
import os
import time

from _data import demetr, mqm_clean_targets

import tqcheck


def corpus(size: int) -> str:
    sentences = list(dict.fromkeys([it["mt_sent"].strip() for it in demetr("base_id35_reference")] + mqm_clean_targets()))
    paras = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    text, out = "", []
    while len(text.encode()) < size:
        out.extend(paras)
        text = "\n\n".join(out)
    return text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--size", type=int, default=1_100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    text = corpus(args.size)
    tqcheck.check_text(text[:20000], source_lang="es")  # load word lists and tables
    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("tqcheck.check_text(text, source_lang='es')", globals(), {"text": text}, "/tmp/tqcheck.prof")
        pstats.Stats("/tmp/tqcheck.prof").sort_stats("tottime").print_stats(20)
        return
    best = best_cpu = float("inf")
    findings = 0
    for _ in range(args.repeat):
        t, c = time.perf_counter(), time.process_time()
        report = tqcheck.check_text(text, source_lang="es")
        best = min(best, time.perf_counter() - t)
        best_cpu = min(best_cpu, time.process_time() - c)
        findings = len(report.findings)
    size = len(text.encode("utf-8"))
    # cpu: this process's CPU time, which other processes on a shared machine stretch less than the wall time
    result = {
        "bytes": size, "seconds": round(best, 3), "bytes_per_s": round(size / best),
        "cpu_seconds": round(best_cpu, 3), "bytes_per_cpu_s": round(size / best_cpu), "findings": findings,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
