"""Loaders for the public evaluation sets in ../shared/eval (used by path, never copied)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
#: ../shared/eval next to the project (a git worktree one level deeper finds it one level up)
EVAL = next((p / "shared" / "eval" for p in ROOT.parents if (p / "shared" / "eval").is_dir()), ROOT.parent / "shared" / "eval")

#: DEMETR's lang_tag -> ISO 639-1
DEMETR_LANGS = {
    "chinese_simple": "zh", "german": "de", "hindi": "hi", "japanese": "ja", "polish": "pl",
    "russian": "ru", "czech": "cs", "french": "fr", "spanish": "es", "italian": "it",
}


def demetr(name: str) -> list[dict]:
    """Items of one DEMETR file, with ``lang`` (ISO code) added."""
    items = json.loads((EVAL / "demetr" / f"{name}.json").read_text(encoding="utf-8"))
    for it in items:
        it["lang"] = DEMETR_LANGS.get(it["lang_tag"], it["lang_tag"])
    return items


def mqm_spans(categories: set[str]) -> list[dict]:
    """Rows of derived_target_spans_of_interest.tsv in the given categories."""
    path = EVAL / "wmt-mqm" / "derived_target_spans_of_interest.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r for r in rows if r["category"] in categories]


def rate(hits: int, total: int) -> dict:
    return {"n": total, "hits": hits, "rate": round(hits / total, 4) if total else None}


def mqm_clean_targets() -> list[str]:
    """Distinct TED zh-en MT outputs that the MQM rater marked as having no error (held-out text)."""
    path = EVAL / "wmt-mqm" / "derived_ted_zhen_segments_per_rater.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    seen: dict[str, None] = {}
    for r in rows:
        if r["error_categories"].strip() in ("No-error", "") and r["target_plain"].strip():
            seen.setdefault(r["target_plain"].strip(), None)
    return list(seen)


def cli_args(doc: str, *flags: str):
    """Parse ``--json`` and the given boolean flags of a benchmark script."""
    import argparse

    ap = argparse.ArgumentParser(description=doc)
    for flag in ("--json", *flags):
        ap.add_argument(flag, action="store_true")
    return ap.parse_args()


def emit(result: dict, as_json: bool) -> None:
    """Print a benchmark's result: one line with --json, indented otherwise."""
    print(json.dumps(result, indent=None if as_json else 2, ensure_ascii=False))


def emit_sets(results: list[dict], as_json: bool) -> None:
    """Print one result per data set: a JSON line each with --json, else one indented object by set."""
    if as_json:
        for r in results:
            emit(r, True)
    else:
        emit({r["set"]: r for r in results}, False)
