"""False alarms on clean text that no MT produced or no rater faulted, and German-target span recall (MQM en→de).

Data sets (all read by path from ../shared/eval; one JSON line each with --json):
- ``demetr_refs``: DEMETR's 1,000 human English references (``eng_sent``), each checked as its own text with the
  item's source language. Every finding is a false alarm; reported per rule and per 1,000 words.
- ``mqm_zhen_clean``: TED zh→en MT segments that the MQM rater marked No-error (2,735 distinct), a fixed-seed sample
  of ``--sample`` (default 1,000; ``--full`` for all), source language zh. Findings per 1,000 words, per rule.
- ``mqm_ende_recall``: wmt-mqm-xx en→de spans (TED and WMT23 sxs) in the categories Fluency/Spelling,
  Fluency/Punctuation, Locale convention/*, Accuracy/Untranslated text and Accuracy/Source language fragment.
  A span is found when a finding overlaps it (offsets from ``span_start``, as that README asks). Each distinct target
  is checked once (target de, source en); a fixed-seed sample of ``--targets`` (default 300) of the 602 TED and
  640 sxs targets (``--full`` for all). Per category: ``all`` spans and ``filtered``, which leaves out the one-rater preferences the README's pitfalls
  name (TED spelling "Schwarz…", address "40 Wall Street", a lone straight quote `"` in punctuation, source fragments
  that are a single digit or "&", untranslated "IT").
- ``mqm_ende_clean``: en→de segments no rater marked (derived_clean_segments.ende.tsv), fixed-seed sample of
  ``--sample`` (``--full`` for all 4,512): findings per 1,000 words, per rule. (sxs clean segments are mostly headlines.)

A text whose check raises counts as crashed (reported with the first exception); its spans count as missed and its
words as unchecked.

Usage: python benchmarks/clean_eval.py [--json] [--sets demetr_refs,mqm_zhen_clean,...] [--sample N] [--targets N] [--full]
       [--show N]   (list N example findings per set)
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from collections import Counter, defaultdict

from _data import EVAL, demetr, emit_sets, mqm_clean_targets
from real_mt_eval import check_one, overlaps, tqcheck_checker, word_count

SEED = 13
SETS = ("demetr_refs", "mqm_zhen_clean", "mqm_ende_recall", "mqm_ende_clean")
XX = EVAL / "wmt-mqm-xx"
ENDE_CATEGORIES = ("Fluency/Spelling", "Fluency/Punctuation", "Locale convention/", "Accuracy/Untranslated text",
                   "Accuracy/Source language fragment")


def _read(path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _sample(items: list, n: int | None) -> list:
    if n is None or len(items) <= n:
        return items
    return random.Random(SEED).sample(items, n)


def false_alarms(name: str, texts: list[tuple[str, str, str | None]], total: int, show: int) -> dict:
    """Check (text, target, source) items; every finding is a false alarm."""
    per_rule: Counter = Counter()
    words = crashed = 0
    first_error = None
    examples = []
    for text, tgt, src in texts:
        hits, err = check_one(tqcheck_checker, text, tgt, src)
        if err:
            crashed += 1
            first_error = first_error or err
            continue
        words += word_count(text)
        for h in hits:
            per_rule[h.rule] += 1
            if len(examples) < show:
                examples.append(f"{h.rule} {h.text!r} in: {text[:160]}")
    n = sum(per_rule.values())
    out = {
        "set": name, "texts": len(texts), "of": total, "sampled": len(texts) < total, "seed": SEED,
        "crashed": crashed, "first_error": first_error, "words_checked": words, "findings": n,
        "per_1000_words": round(1000 * n / words, 3) if words else None,
        "per_rule_per_1000_words": {r: round(1000 * c / words, 3) for r, c in per_rule.most_common()} if words else {},
        "per_rule": dict(per_rule.most_common()),
    }
    if show:
        out["examples"] = examples
    return out


def demetr_refs(args) -> dict:
    items = demetr("base_id35_reference")
    seen: dict[str, str] = {}
    for it in items:
        seen.setdefault(it["eng_sent"].strip(), it["lang"])
    texts = [(t, "en", lang) for t, lang in seen.items()]
    return false_alarms("demetr_refs", texts, len(texts), args.show)


def mqm_zhen_clean(args) -> dict:
    all_texts = mqm_clean_targets()
    texts = _sample(all_texts, None if args.full else args.sample)
    return false_alarms("mqm_zhen_clean", [(t, "en", "zh") for t in texts], len(all_texts), args.show)


#: one-rater preferences and noise named in wmt-mqm-xx/README.md "Pitfalls", left out of the ``filtered`` figure
def _noise(row: dict) -> bool:
    cat, span = row["category"], row["span"].strip()
    if cat == "Fluency/Spelling":
        return row["dataset"] == "ted_ende" and span.lower().startswith("schwarz")
    if cat == "Fluency/Punctuation":
        return span == '"'
    if cat == "Locale convention/Address format":
        return span == "40 Wall Street"
    if cat == "Accuracy/Source language fragment":
        return span == "&" or bool(re.fullmatch(r"\d", span))
    if cat == "Accuracy/Untranslated text":
        return span == "IT"
    return False


def mqm_ende_recall(args) -> dict:
    rows = [r for r in _read(XX / "derived_target_spans_of_interest.ende.tsv")
            if r["category"].startswith(ENDE_CATEGORIES) and r["span"]]
    by_target: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        by_target[(r["dataset"], r["target_plain"])].append(r)
    chosen: list[tuple] = []
    for ds in sorted({k[0] for k in by_target}):
        keys = sorted(k for k in by_target if k[0] == ds)
        chosen += _sample(keys, None if args.full else args.targets)
    tally: dict[str, Counter] = defaultdict(Counter)
    crashed = 0
    first_error = None
    found_by: Counter = Counter()
    examples = []
    for key in chosen:
        target = key[1]
        hits, err = check_one(tqcheck_checker, target, "de", "en")
        if err:
            crashed += 1
            first_error = first_error or err
        for r in by_target[key]:
            start = int(r["span_start"])
            end = start + len(r["span"])
            rules = sorted({h.rule for h in hits if overlaps(h, start, end)})
            found_by.update(rules)
            noise = _noise(r)
            c = tally[r["category"]]
            hit = int(bool(rules))
            c.update({"n": 1, "found": hit, f"n_{r['dataset']}": 1, f"found_{r['dataset']}": hit})
            if not noise:
                c.update({"n_filtered": 1, "found_filtered": hit})
            if rules and len(examples) < args.show:
                examples.append(f"{r['category']} {','.join(rules)} {r['span']!r} in: {target[:160]}")

    def rate(found, n):
        return {"n": n, "found": found, "recall": round(found / n, 4) if n else None}

    per_cat = {}
    for cat, c in sorted(tally.items()):
        per_cat[cat] = {
            "all": rate(c["found"], c["n"]),
            "filtered": rate(c["found_filtered"], c["n_filtered"]),
            "by_dataset": {ds: rate(c[f"found_{ds}"], c[f"n_{ds}"]) for ds in ("ted_ende", "generalMT2023_ende_sxs")
                           if c[f"n_{ds}"]},
        }
    n = sum(c["n"] for c in tally.values())
    nf = sum(c["n_filtered"] for c in tally.values())
    out = {
        "set": "mqm_ende_recall", "targets_checked": len(chosen), "of": len(by_target), "sampled": len(chosen) < len(by_target),
        "seed": SEED, "crashed": crashed, "first_error": first_error,
        "spans": rate(sum(c["found"] for c in tally.values()), n),
        "spans_filtered": rate(sum(c["found_filtered"] for c in tally.values()), nf),
        "per_category": per_cat, "found_by_rule": dict(found_by.most_common()),
    }
    if args.show:
        out["examples"] = examples
    return out


def mqm_ende_clean(args) -> dict:
    rows = _read(XX / "derived_clean_segments.ende.tsv")
    rows = _sample(rows, None if args.full else args.sample)
    total = sum(1 for _ in (XX / "derived_clean_segments.ende.tsv").open(encoding="utf-8")) - 1
    return false_alarms("mqm_ende_clean", [(r["target_plain"], "de", "en") for r in rows], total, args.show)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="one JSON line per data set")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated subset of: " + ", ".join(SETS))
    ap.add_argument("--sample", type=int, default=1000, help="texts per sampled set (fixed seed; default 1000)")
    ap.add_argument("--targets", type=int, default=300,
                    help="distinct targets per data set for mqm_ende_recall (fixed seed; default 300)")
    ap.add_argument("--full", action="store_true", help="no sampling")
    ap.add_argument("--show", type=int, default=0, help="list this many example findings per set")
    args = ap.parse_args()
    chosen = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SETS]
    if unknown:
        ap.error(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
    results = [globals()[name](args) for name in chosen]
    emit_sets(results, args.json)


if __name__ == "__main__":
    main()
