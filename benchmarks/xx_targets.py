"""Target languages beyond English: the figures of the "Target languages" table of docs/benchmarks.md.

One JSON line per data set (``--json``), or the Markdown table (``--table``):

- ``real-mt part B`` (from benchmarks/real_mt_eval.py): in-scope labels found per target language
  (es, fr, de, it, pt), on real web pages machine-translated into them; and per rule, TQ207 apart.
- ``real-mt controls``: findings per 1,000 words on the native French and Italian pages.
- ``native sources``: DEMETR's source sentences (FLORES, written by professional translators) in
  de, es, fr, it, and ja, ru, zh, hi for the language-neutral rules: each sentence is checked as
  its own text in its own language, every finding counts as a false alarm; per 1,000 words, per rule.
- ``mqm en-de`` (from benchmarks/clean_eval.py): wmt-mqm-xx German spans found (filtered as that
  README's pitfalls ask) and findings per 1,000 words on the segments no rater marked.

The real-mt texts are rebuilt outside the repository (see real_mt_eval.py): set TQCHECK_REAL_MT_TEXTS.

Usage: python benchmarks/xx_targets.py [--json] [--table] [--sets part_b,native,mqm]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict

from _data import DEMETR_LANGS, demetr, emit_sets

NATIVE_LANGS = ("de", "es", "fr", "it", "ja", "ru", "zh", "hi")
WORD = re.compile(r"\w+(?:['’-]\w+)*")
PART_B_LANGS = ("es", "fr", "de", "it", "pt")


def native_sources() -> dict:
    """False alarms on DEMETR's source sentences (human, native), per language and rule."""
    import tqcheck

    seen: dict[str, set[str]] = defaultdict(set)
    for name in ("base_id35_reference",):
        for item in demetr(name):
            lang = DEMETR_LANGS.get(item["lang_tag"])
            if lang in NATIVE_LANGS:
                seen[lang].add(item["src_sent"])
    per_lang = {}
    for lang in NATIVE_LANGS:
        words, rules, examples = 0, Counter(), []
        for text in sorted(seen[lang]):
            words += len(WORD.findall(text)) if lang not in ("ja", "zh") else len(text)
            for f in tqcheck.check_text(text, target_lang=lang).findings:
                rules[f.rule] += 1
                if len(examples) < 5:
                    examples.append(f"{f.rule} {f.text!r}")
        n = sum(rules.values())
        per_lang[lang] = {
            "texts": len(seen[lang]), "words": words, "findings": n,
            "per_1000_words": round(1000 * n / words, 3) if words else None,
            "tq207": rules.get("TQ207", 0), "per_rule": dict(rules.most_common()), "examples": examples,
        }
    return {"set": "native sources (DEMETR src_sent)", "note": "ja/zh words = characters", "per_lang": per_lang}


def part_b() -> list[dict]:
    try:
        import real_mt_eval
    except ImportError:  # benchmarks/real_mt_eval.py not in this checkout
        return [{"set": "real-mt part B", "skipped": "benchmarks/real_mt_eval.py is missing"}]
    outcome = real_mt_eval.run(real_mt_eval.default_texts_dir())
    results = real_mt_eval.summarize(outcome)
    out = []
    for r in results:
        if r["set"] == "real-mt part B":
            by_lang_rule: dict[str, Counter] = defaultdict(Counter)
            for f in outcome["files"]:
                if f.part == "B":
                    for h in f.hits:
                        by_lang_rule[f.target_lang][h.rule] += 1
            out.append({
                "set": r["set"], "files": r.get("files"), "crashed": r.get("crashed"), "in_scope": r.get("in_scope"),
                "in_scope_per_target_lang": r.get("in_scope_per_target_lang"),
                "in_scope_found_by_rule": r.get("in_scope_found_by_rule"),
                "in_scope_per_category": {k: (v["found"], v["n"]) for k, v in (r.get("in_scope_per_category") or {}).items()},
                "calque": r.get("calque"), "findings_per_lang_rule": {k: dict(v) for k, v in by_lang_rule.items()},
            })
        elif r["set"] == "real-mt controls":
            out.append({k: r.get(k) for k in ("set", "files", "crashed", "words_checked", "false_alarms", "per_1000_words", "per_target_lang", "per_rule")})
    return out


def mqm() -> list[dict]:
    try:
        import clean_eval
    except ImportError:
        return [{"set": "mqm en-de", "skipped": "benchmarks/clean_eval.py is missing"}]
    return [_clean_eval_main(clean_eval, name) for name in ("mqm_ende_recall", "mqm_ende_clean")]


def _clean_eval_main(clean_eval, name: str) -> dict:
    """clean_eval.py prints its JSON lines; capture the one of ``name``."""
    import contextlib
    import io
    import json

    buf = io.StringIO()
    argv, sys.argv = sys.argv, ["clean_eval.py", "--json", "--sets", name]
    try:
        with contextlib.redirect_stdout(buf):
            clean_eval.main()
    finally:
        sys.argv = argv
    line = next(ln for ln in buf.getvalue().splitlines() if ln.startswith("{"))
    d = json.loads(line)
    keep = ("set", "targets_checked", "texts", "crashed", "spans", "spans_filtered", "found_by_rule", "words_checked",
            "findings", "per_1000_words", "per_rule")
    out = {k: d[k] for k in keep if k in d}
    if "per_category" in d:
        out["per_category_filtered"] = {k: (v["filtered"]["found"], v["filtered"]["n"]) for k, v in d["per_category"].items()}
    return out


def table(results: list[dict]) -> str:
    by = {r["set"]: r for r in results}
    b = by.get("real-mt part B", {})
    native = by.get("native sources (DEMETR src_sent)", {}).get("per_lang", {})
    controls = (by.get("real-mt controls", {}) or {}).get("per_target_lang") or {}
    rows = ["| target | Part B in-scope labels found | TQ207 findings on the Part B pages | findings / 1,000 words, native controls (real-mt) | "
            "findings / 1,000 words, DEMETR source sentences |", "|---|---|---|---|---|"]
    per_lang = b.get("in_scope_per_target_lang") or {}
    rules = b.get("findings_per_lang_rule") or {}
    for lang in PART_B_LANGS:
        pl = per_lang.get(lang, {})
        c = controls.get(lang)
        nat = native.get(lang)
        ctrl = f"{c['per_1000_words']} ({c['false_alarms']} in {c['words']} words)" if c else "–"
        src = f"{nat['per_1000_words']} ({nat['findings']} in {nat['words']} words; TQ207 {nat['tq207']})" if nat else "–"
        tq207 = rules.get(lang, {}).get("TQ207", 0)
        rows.append(f"| {lang} | {pl.get('found', '–')}/{pl.get('n', '–')} | {tq207} | {ctrl} | {src} |")
    total = b.get("in_scope") or {}
    mqm = by.get("mqm_ende_clean")
    rows_after = [f"\nMQM en→de clean segments: {mqm['per_1000_words']} findings / 1,000 words ({mqm['per_rule']})"] if mqm else []
    rows.append(f"| all | {total.get('found', '–')}/{total.get('n', '–')} = {round(100 * total['recall'], 1) if total.get('recall') is not None else '–'}% | | | |")
    return "\n".join(rows + rows_after)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--table", action="store_true", help="print the Markdown table of docs/benchmarks.md")
    ap.add_argument("--sets", default="part_b,native,mqm")
    args = ap.parse_args(argv)
    sets = set(args.sets.split(","))
    results: list[dict] = []
    if "part_b" in sets:
        results += part_b()
    if "native" in sets:
        results.append(native_sources())
    if "mqm" in sets:
        results += mqm()
    if args.table:
        print(table(results))
        return
    emit_sets(results, args.json)


if __name__ == "__main__":
    sys.exit(main())
