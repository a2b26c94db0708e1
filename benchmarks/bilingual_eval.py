"""Source-aware rules (TQ4xx) with the source given, through the Python API.

- DEMETR critical_id10_numbers_replaced: share of perturbed MT sentences with a TQ401 finding;
- DEMETR critical_id9_ne_replaced and critical_id25_ne_removed: share with a TQ402 finding;
- false alarms: share of the unperturbed MT sentences (same items) with any TQ4 finding, and with
  any finding at all (every rule);
- BIG-Bench-Hard salient translation error detection (German -> English): recall of the
  "Numerical Values" and "Named Entities" errors by TQ401 / TQ402;
- held-out false alarms: WMT TED zh-en MQM segments that no rater marked with any error (never
  looked at while tuning) with any TQ4 finding.

Usage: python benchmarks/bilingual_eval.py [--json] [--show]
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict

from _data import EVAL, cli_args, demetr, emit, rate

import tqcheck


def run(text: str, src: str, lang: str, select=None):
    return tqcheck.check_text(text, source_lang=lang, source_text=src, config={"select": select} if select else None).findings


def demetr_eval(name: str, rule: str, show: bool) -> dict:
    per_lang: dict[str, Counter] = defaultdict(Counter)
    for it in demetr(name):
        if not it["pert_check"]:
            continue
        hit = any(f.rule == rule for f in run(it["pert_sent"], it["src_sent"], it["lang"], "TQ4"))
        clean = run(it["mt_sent"], it["src_sent"], it["lang"])
        fa4 = [f for f in clean if f.rule.startswith("TQ4")]
        per_lang[it["lang"]].update(n=1, hit=hit, fa_tq4=bool(fa4), fa_any=bool(clean))
        if show:
            if not hit:
                print(f"MISS {name} {it['lang']}: {it['pert_sent']} || {it['src_sent']}")
            for f in fa4:
                print(f"FALSE ALARM {it['lang']} {f.rule} {f.text!r} {f.message}: {it['mt_sent']} || {it['src_sent']}")
    total = sum(per_lang.values(), Counter())
    return {
        "detection": rate(total["hit"], total["n"]),
        "false_alarm_tq4": rate(total["fa_tq4"], total["n"]),
        "false_alarm_any_rule": rate(total["fa_any"], total["n"]),
        "per_language_detection": {k: rate(v["hit"], v["n"])["rate"] for k, v in sorted(per_lang.items())},
    }


def bbh_eval(show: bool) -> dict:
    data = json.loads((EVAL / "bbh-salient" / "salient_translation_error_detection.json").read_text())
    items = data["examples"] if isinstance(data, dict) and "examples" in data else data
    out: dict[str, Counter] = defaultdict(Counter)
    for it in items:
        m = re.search(r"Source: (.*?)\s*Translation: (.*?)\s*The translation contains an error pertaining to", it["input"], re.S)
        if not m:
            continue
        src, tgt = m.group(1).strip(), m.group(2).strip()
        target = it["target"].strip("() ")
        label = {"A": "Modifiers or Adjectives", "B": "Numerical Values", "C": "Negation or Antonyms", "D": "Named Entities", "E": "Dropped Content", "F": "Facts"}.get(target, target)
        found = run(tgt, src, "de", "TQ4")
        rules = {f.rule for f in found}
        out[label].update(n=1, tq401="TQ401" in rules, tq402="TQ402" in rules, any=bool(found))
        if show and label in ("Numerical Values", "Named Entities"):
            print(f"BBH {label} {sorted(rules)}: {tgt} || {src}")
    return {k: {"n": v["n"], "TQ401": v["tq401"], "TQ402": v["tq402"], "any_TQ4": v["any"]} for k, v in sorted(out.items())}


def mqm_clean_pairs() -> list[tuple[str, str]]:
    """Distinct (source, MT) pairs of the WMT TED zh-en MQM data that no rater marked with any error
    (held out: never looked at while tuning the rules)."""
    import csv

    path = EVAL / "wmt-mqm" / "derived_ted_zhen_segments_per_rater.tsv"
    verdicts: dict[tuple[str, str], set[bool]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["source"].strip() and r["target_plain"].strip():
                verdicts[(r["source"].strip(), r["target_plain"].strip())].add(r["error_categories"].strip() in ("No-error", ""))
    return [k for k, v in verdicts.items() if v == {True}]


def mqm_eval(show: bool) -> dict:
    pairs = mqm_clean_pairs()
    hits = 0
    for src, tgt in pairs:
        found = [f for f in run(tgt, src, "zh") if f.rule.startswith("TQ4")]
        hits += bool(found)
        if show:
            for f in found:
                print(f"MQM FALSE ALARM {f.rule} {f.text!r} {f.message}: {tgt} || {src}")
    return {"false_alarm_tq4": rate(hits, len(pairs))}


def main() -> None:
    args = cli_args(__doc__, "--show")
    result = {
        "numbers_replaced_TQ401": demetr_eval("critical_id10_numbers_replaced", "TQ401", args.show),
        "names_replaced_TQ402": demetr_eval("critical_id9_ne_replaced", "TQ402", args.show),
        "names_removed_TQ402": demetr_eval("critical_id25_ne_removed", "TQ402", args.show),
        "bbh_salient": bbh_eval(args.show),
        "held_out_mqm_ted_zh_en_error_free": mqm_eval(args.show),
    }
    emit(result, args.json)


if __name__ == "__main__":
    main()
