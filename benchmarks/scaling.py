"""Linear time on pathological input: each input is doubled from --start to --stop units and timed.

Inputs (a unit is a character, a word, a segment, a nesting level...):
  long_token      one token of lower-case letters (the worst case for the glued-words split search)
  base64_token    one token of base64 letters and digits (a data URI in Markdown)
  dotted_token    one token of letter pairs joined by periods (a minified line)
  long_sentence   one sentence of ordinary words without punctuation
  run_on          one sentence that repeats a clause with a capitalised "The" inside, a lower-case
                  name and a doubled word (many findings in one sentence)
  short_segments  many one-word sentences ("Yes. No. ...")
  nested_markdown blockquotes, list items and link brackets nested n levels deep (a .md file)
  punctuation     one line of punctuation marks
  capitals        a run of capitalised and all-capital words
  quotes          a run of quotation marks, straight and curly
  digits          one run of digits with separators

Every heuristic rule runs (``check_text`` with --source-lang es, as a pre-commit hook does; no
back-translation). Each size is timed --repeat times and the best CPU time of the process counts; the ratio of each
doubling is reported where the smaller size took at least --min-ms (below that, fixed costs and
timer noise dominate). A size that takes longer than --cap seconds ends that input's series
(reported as "capped"). The goal is every ratio <= 2.3.
Usage: python benchmarks/scaling.py [--json] [--start 1024] [--stop 65536] [--only NAME,...] [--rules]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time

import tqcheck
from tqcheck.document import Document
from tqcheck.registry import select_rules

WORDS = (
    "the government said on Monday that the minister would travel to the capital next week to meet "
    "officials and discuss prices of energy and food while talks continued in the region"
).split()


def long_token(n: int, rep: int = 0) -> tuple[str, str]:
    rng = random.Random(1 + 100 * rep)  # a new token each repeat: no rule's memo may answer from the last one
    return "A word: " + "".join(rng.choice("etaoinshrdlucmfwypvbgk") for _ in range(n)) + " ends here.\n", "x.txt"


def base64_token(n: int, rep: int = 0) -> tuple[str, str]:
    rng = random.Random(2 + 100 * rep)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "An image: " + "".join(rng.choice(alphabet) for _ in range(n)) + " ends here.\n", "x.md"


def dotted_token(n: int) -> tuple[str, str]:
    return "See " + ".".join(("ab", "Cd", "ef", "Gh")[i % 4] for i in range(n // 3)) + " now.\n", "x.txt"


def long_sentence(n: int) -> tuple[str, str]:
    return "The " + " ".join(WORDS[i % len(WORDS)] for i in range(n)) + "\n", "x.txt"


def run_on(n: int) -> tuple[str, str]:
    words = "The minister said that prices rose in kyiv on monday and the the talks went on".split()
    return " ".join(words[i % len(words)] for i in range(n)) + "\n", "x.txt"


def short_segments(n: int) -> tuple[str, str]:
    return " ".join(("Yes.", "No.", "Maybe.", "Kyiv.")[i % 4] for i in range(n)) + "\n", "x.txt"


def nested_markdown(n: int) -> tuple[str, str]:
    return "Intro.\n\n" + "> " * n + "quoted text\n\n" + "- " * n + "listed text\n\n" + "[" * n + "link" + "](x)" * n + "\n", "x.md"


def punctuation(n: int) -> tuple[str, str]:
    marks = ".,;:!?…-–—()[]{}\"'«»„“”‘’¿¡"
    return "".join(marks[i % len(marks)] for i in range(n)) + "\n", "x.txt"


def capitals(n: int) -> tuple[str, str]:
    caps = ["KYIV", "Madrid", "THE", "President", "UN", "Zelensky", "NATO", "Monday", "A", "I"]
    return " ".join(caps[i % len(caps)] for i in range(n)) + "\n", "x.txt"


def quotes(n: int) -> tuple[str, str]:
    q = "\"“”'‘’«»"
    return "He said " + "".join(q[i % len(q)] for i in range(n)) + " then left.\n", "x.txt"


def digits(n: int) -> tuple[str, str]:
    return "It cost " + "".join("1234567890,."[i % 12] for i in range(n)) + " dollars.\n", "x.txt"


INPUTS = {f.__name__: f for f in (long_token, base64_token, dotted_token, long_sentence, run_on, short_segments, nested_markdown, punctuation, capitals, quotes, digits)}


def _time(make, n: int, repeat: int) -> float:
    """Best CPU time of this process over ``repeat`` runs (CPU, not wall: the development machine is
    shared, and other processes' load stretches wall time but not the work done here). The random
    inputs differ from one repeat to the next, so a memo cannot hide a slow first run."""
    best = float("inf")
    for rep in range(repeat):
        text, path = make(n, rep) if make in (long_token, base64_token) else make(n)
        t = time.process_time()
        tqcheck.check_text(text, source_lang="es", path=path)
        best = min(best, time.process_time() - t)
    return best


def _rule_times(text: str, path: str) -> dict[str, float]:
    """Seconds per rule at one size (which rule a bad ratio comes from)."""
    from tqcheck import markdown

    is_md = path.endswith(".md")
    doc = Document(markdown.prose_mask(text) if is_md else text, path=path, source_lang="es", original=text if is_md else None)
    doc.segments  # noqa: B018 - shared work, not any rule's
    out = {}
    for r in select_rules():
        if r.stage != "heuristic":
            continue
        t = time.perf_counter()
        list(r.check(doc))
        out[r.code] = round(time.perf_counter() - t, 4)
    return dict(sorted(out.items(), key=lambda kv: -kv[1])[:5])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--start", type=int, default=1024)
    ap.add_argument("--stop", type=int, default=65536)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--min-ms", type=float, default=20.0)
    ap.add_argument("--cap", type=float, default=30.0)
    ap.add_argument("--only", default="")
    ap.add_argument("--rules", action="store_true", help="also time each rule at the largest size")
    args = ap.parse_args()
    tqcheck.check_text("Warm up: the minister met Kyiv officials.", source_lang="es")  # word lists, tables
    chosen = [n for n in INPUTS if not args.only or n in args.only.split(",")]
    result: dict = {"load_average_before": [round(x, 2) for x in os.getloadavg()], "inputs": {}}
    worst = 0.0
    for name in chosen:
        sizes, seconds, ratios, capped = [], [], [], False
        n = args.start
        while n <= args.stop:
            t = _time(INPUTS[name], n, args.repeat)
            sizes.append(n)
            seconds.append(round(t, 4))
            if len(seconds) > 1 and seconds[-2] * 1000 >= args.min_ms:
                ratios.append(round(t / seconds[-2], 2))
            if t > args.cap:
                capped = n < args.stop
                break
            n *= 2
        entry = {"sizes": sizes, "seconds": seconds, "ratios": ratios, "max_ratio": max(ratios, default=None)}
        if capped:
            entry["capped"] = True
        if args.rules:
            entry["slowest_rules_at_largest"] = _rule_times(*INPUTS[name](sizes[-1]))
        result["inputs"][name] = entry
        print(json.dumps({name: entry}), file=sys.stderr, flush=True)  # progress, in case a slow input is killed
        worst = max(worst, max(ratios, default=0.0), float("inf") if capped else 0.0)
    result["max_ratio"] = worst if worst != float("inf") else "capped"
    result["goal_met"] = worst <= 2.3
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
