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


# ------------------------------------------------------------------ inputs of the speed and memory benchmarks

DEMETR_FILES = sorted(p.stem for p in (EVAL / "demetr").glob("*.json")) if (EVAL / "demetr").is_dir() else []


def demetr_po(path: Path, *, units: int, lang: str | None = None) -> Path:
    """The first ``units`` of DEMETR's source/MT pairs (files in name order; only source language
    ``lang`` if given) written as a gettext PO file: the source as msgid, the MT as msgstr, and a
    context naming the DEMETR file and item, so that every msgid is unique. No Language header:
    the file says nothing of its languages, as many PO files in the wild."""
    import polib

    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit"}
    for name in DEMETR_FILES:
        for it in demetr(name):
            src, mt = it["src_sent"].strip(), it["pert_sent"].strip()
            if (lang is None or it["lang"] == lang) and src and mt:
                po.append(polib.POEntry(msgctxt=f"{name}:{it['id']}", msgid=src, msgstr=mt))
            if len(po) >= units:
                break
        if len(po) >= units:
            break
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path


def markdown_files(directory: Path, n: int = 1000, seed: int = 3) -> Path:
    """``n`` short Markdown files (a heading and four paragraphs of DEMETR MT sentences each)."""
    import random

    directory.mkdir(parents=True, exist_ok=True)
    sentences = [it["pert_sent"].strip() for name in ("base_id35_reference", "critical_id4_codemix", "minor_id26_misspelled")
                 for it in demetr(name)]
    rng = random.Random(seed)
    for i in range(n):
        picked = rng.sample(sentences, 8)
        body = f"# Note {i}\n\n" + "\n\n".join(" ".join(picked[k : k + 2]) for k in range(0, 8, 2)) + "\n"
        (directory / f"note{i:04d}.md").write_text(body, encoding="utf-8")
    return directory


def real_mt_pages() -> list[tuple[str, str, str | None]]:
    """The real-MT corpus pages as (text, target language, source language or None when the same)."""
    import os

    texts = Path(os.environ.get("TQCHECK_REAL_MT_TEXTS") or ROOT / ".real-mt" / "texts")
    if not texts.is_dir():  # a git worktree beside the main checkout reads the main checkout's copy
        texts = next((p / "main" / ".real-mt" / "texts" for p in ROOT.parents if (p / "main" / ".real-mt" / "texts").is_dir()), texts)
    with (EVAL / "real-mt" / "sources.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for r in rows:
        f = texts / f"{r['file']}.txt"
        if f.is_file():
            src = r["source_lang"] if r["source_lang"] != r["target_lang"] else None
            out.append((f.read_text(encoding="utf-8"), r["target_lang"], src))
    return out
