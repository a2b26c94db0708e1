"""Language-artifact rules on DEMETR, through the Python API.

- critical_id4_codemix (one word put back in the source language or script): share of
  perturbed sentences with a TQ201 finding, per source language;
- minor_id1_repeat2 (last word doubled): share with a TQ210 finding;
- false alarms: share of the unperturbed MT sentences with any finding of any rule (all
  families together), per source language; and, on text the rules were not tuned on, the share
  of WMT MQM TED zh-en segments rated error-free that get any finding.
The source language is given (--source-lang), as a user checking a translation would.

Usage: python benchmarks/language_eval.py [--json] [--show-misses] [--show-false-alarms]
"""

from __future__ import annotations

from collections import Counter, defaultdict

from _data import cli_args, demetr, emit, mqm_clean_targets, rate

import tqcheck


def detection(name: str, rule: str, show: bool) -> dict:
    per_lang: dict[str, Counter] = defaultdict(Counter)
    for it in demetr(name):
        if not it["pert_check"]:
            continue
        found = any(f.rule == rule for f in tqcheck.check_text(it["pert_sent"], source_lang=it["lang"]).findings)
        per_lang[it["lang"]].update(n=1, hit=found)
        if show and not found:
            print(f"MISS {name} {it['lang']}: {it['pert_sent']}")
    total = sum((c for c in per_lang.values()), Counter())
    return {
        "all": rate(total["hit"], total["n"]),
        "per_language": {k: rate(v["hit"], v["n"])["rate"] for k, v in sorted(per_lang.items())},
    }


def false_alarms(show: bool) -> dict:
    per_lang: dict[str, Counter] = defaultdict(Counter)
    rules = Counter()
    for it in demetr("base_id35_reference"):
        found = tqcheck.check_text(it["mt_sent"], source_lang=it["lang"]).findings
        per_lang[it["lang"]].update(n=1, hit=bool(found))
        for f in found:
            rules[f.rule] += 1
            if show:
                print(f"FALSE ALARM {it['lang']} {f.rule} {f.text!r}: {it['mt_sent']}")
    total = sum((c for c in per_lang.values()), Counter())
    return {
        "all": rate(total["hit"], total["n"]),
        "per_language": {k: rate(v["hit"], v["n"])["rate"] for k, v in sorted(per_lang.items())},
        "by_rule": dict(rules.most_common()),
    }


def held_out_false_alarms(show: bool) -> dict:
    """Any finding on MQM TED zh-en segments rated error-free: text the rules were not tuned on."""
    rules = Counter()
    targets = mqm_clean_targets()
    hits = 0
    for t in targets:
        found = tqcheck.check_text(t, source_lang="zh").findings
        hits += bool(found)
        for f in found:
            rules[f.rule] += 1
            if show:
                print(f"FALSE ALARM mqm {f.rule} {f.text!r}: {t}")
    return {"all": rate(hits, len(targets)), "by_rule": dict(rules.most_common())}


def main() -> None:
    args = cli_args(__doc__, "--show-misses", "--show-false-alarms")
    result = {
        "codemix_TQ201": detection("critical_id4_codemix", "TQ201", args.show_misses),
        "repeat2_TQ210": detection("minor_id1_repeat2", "TQ210", args.show_misses),
        "false_alarms_clean_mt_all_rules": false_alarms(args.show_false_alarms),
        "false_alarms_mqm_error_free_all_rules": held_out_false_alarms(args.show_false_alarms),
    }
    emit(result, args.json)


if __name__ == "__main__":
    main()
