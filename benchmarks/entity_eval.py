"""Entity-artifact rules (TQ1xx) on public data: detection against false alarms.

- DEMETR minor_id31_full_lower (MT sentence lower-cased): share of perturbed sentences with a TQ1
  finding, overall and on the sentences whose MT has a capitalised word after the first (a proper
  noun or acronym to lose); against the share of the unperturbed MT sentences with any TQ1 finding.
- DEMETR minor_id32_first_lower (first word lower-cased): the same.
- WMT MQM zh-en: recall of annotated spans (Fluency/Spelling, Fluency/Inconsistency,
  Locale convention/Name format; spans that are just "US" are left out, see the data README):
  a span counts as found when a TQ1 finding overlaps it. Segments are checked one by one, so
  document-level inconsistencies are out of reach here.

Usage: python benchmarks/entity_eval.py [--json] [--show-false-alarms]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from _data import cli_args, demetr, emit, mqm_spans, rate

import tqcheck


def findings(text: str, lang: str | None, select="TQ1"):
    return tqcheck.check_text(text, source_lang=lang, config={"select": select}).findings


def demetr_eval(name: str, show: bool) -> dict:
    items = [it for it in demetr(name) if it["pert_check"]]
    det = det_pn = n_pn = fa = det_tq101_pn = 0
    per_lang: dict[str, Counter] = defaultdict(Counter)
    alarms = Counter()
    for it in items:
        has_pn = bool(re.search(r"\s[A-Z]", it["mt_sent"].strip()))
        pert = findings(it["pert_sent"], it["lang"])
        got = bool(pert)
        det_tq101_pn += has_pn and any(f.rule == "TQ101" for f in pert)
        clean = findings(it["mt_sent"], it["lang"])
        det += got
        fa += bool(clean)
        n_pn += has_pn
        det_pn += got and has_pn
        per_lang[it["lang"]].update(n=1, detected=got, false_alarm=bool(clean))
        for f in clean:
            alarms[(f.rule, f.text)] += 1
            if show:
                print(f"FALSE ALARM {it['lang']} {f.rule} {f.text!r}: {it['mt_sent']}")
    return {
        "detection": rate(det, len(items)),
        "detection_with_proper_noun": rate(det_pn, n_pn),
        "detection_with_proper_noun_by_TQ101_alone": rate(det_tq101_pn, n_pn),
        "false_alarm_clean_mt": rate(fa, len(items)),
        "per_language": {k: dict(v) for k, v in sorted(per_lang.items())},
        "top_false_alarms": [f"{r} {t}" for (r, t), _ in alarms.most_common(10)],
    }


def mqm_eval() -> dict:
    cats = {"Fluency/Spelling", "Fluency/Inconsistency", "Locale convention/Name format"}
    out = {}
    by_cat: dict[str, Counter] = defaultdict(Counter)
    cache: dict[str, list] = {}
    for row in mqm_spans(cats):
        span, target = row["span"], row["target_plain"]
        if span.strip() in ("US", "") or span not in target:
            continue
        start = target.find(span)
        if target not in cache:
            cache[target] = findings(target, "zh")
        found = any(f.offset < start + len(span) and start < f.end_offset for f in cache[target])
        by_cat[row["category"]].update(n=1, found=found)
    for cat, c in sorted(by_cat.items()):
        out[cat] = rate(c["found"], c["n"])
    return out


def main() -> None:
    args = cli_args(__doc__, "--show-false-alarms")
    result = {
        "demetr_full_lower": demetr_eval("minor_id31_full_lower", args.show_false_alarms),
        "demetr_first_lower": demetr_eval("minor_id32_first_lower", False),
        "mqm_span_recall": mqm_eval(),
    }
    emit(result, args.json)


if __name__ == "__main__":
    main()
