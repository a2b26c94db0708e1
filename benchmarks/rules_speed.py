"""Throughput of all heuristic rules together on an English corpus of at least 1 MB.

The corpus is built from the MT sentences in ../shared/eval (DEMETR's unperturbed MT and the
WMT MQM TED outputs), five sentences to a paragraph, repeated until it reaches --size bytes.
Word lists load before timing (they load once per process); the best of --repeat runs counts.
Usage: python benchmarks/rules_speed.py [--json] [--size BYTES] [--repeat N] [--profile] [--per-rule]

--per-rule adds the CPU seconds of each rule (of the best run; a rule that first computes something
the document memoises, such as its tokens, pays for the rules after it) and of the rest (reading,
segmenting, sorting and placing the findings).
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


def timed(spent: dict[str, float]) -> None:
    """Wrap every registered rule's check so that its CPU time adds up in ``spent``."""
    from tqcheck.registry import RULES, all_rules

    def wrap(code, fn):
        def check(doc):
            c = time.process_time()
            hits = list(fn(doc))
            spent[code] = spent.get(code, 0.0) + time.process_time() - c
            return hits

        return check

    for r in all_rules():
        object.__setattr__(RULES[r.code], "check", wrap(r.code, r.check))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--size", type=int, default=1_100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--per-rule", action="store_true", help="CPU seconds of each rule")
    args = ap.parse_args()
    text = corpus(args.size)
    tqcheck.check_text(text[:20000], source_lang="es")  # load word lists and tables
    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("tqcheck.check_text(text, source_lang='es')", globals(), {"text": text}, "/tmp/tqcheck.prof")
        pstats.Stats("/tmp/tqcheck.prof").sort_stats("tottime").print_stats(20)
        return
    spent: dict[str, float] = {}
    if args.per_rule:
        timed(spent)
    best = best_cpu = float("inf")
    findings = 0
    per_rule: dict[str, float] = {}
    for _ in range(args.repeat):
        spent.clear()
        t, c = time.perf_counter(), time.process_time()
        report = tqcheck.check_text(text, source_lang="es")
        best = min(best, time.perf_counter() - t)
        if time.process_time() - c < best_cpu:
            best_cpu = time.process_time() - c
            per_rule = dict(spent)
        findings = len(report.findings)
    size = len(text.encode("utf-8"))
    # cpu: this process's CPU time, which other processes on a shared machine stretch less than the wall time
    result = {
        "bytes": size, "seconds": round(best, 3), "bytes_per_s": round(size / best),
        "cpu_seconds": round(best_cpu, 3), "bytes_per_cpu_s": round(size / best_cpu), "findings": findings,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    if args.per_rule:
        top = sorted(per_rule.items(), key=lambda kv: -kv[1])
        result["per_rule_cpu_seconds"] = {k: round(v, 3) for k, v in top} | {"rest": round(best_cpu - sum(per_rule.values()), 3)}
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
