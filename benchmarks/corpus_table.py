"""The README's table of the project's real-MT corpus: each batch's first look and today's figure, by class.

The first look of a batch is its score before any rule was changed for it (recorded in
benchmarks/corpus/firstlook.json when the batch was labelled); today's figure comes from a run of
real_mt_eval.py --corpus over the texts in .corpus/texts. Each cell is "found/labelled first → now";
into-English batches and es/fr/de/it/pt batches have a table each, a column a batch.

Usage: python benchmarks/corpus_table.py [--texts DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import real_mt_eval as rme

FIRST = rme.CORPUS / "firstlook.json"


def cell(first: dict | None, now: dict | None) -> str:
    if not first and not now:
        return ""
    f = f"{first['found']}/{first['n']}" if first else "–"
    n = f"{now['found']}/{now['n']}" if now else "–"
    return f"{f} → {n}"


def _order(batch: str) -> int:
    return int(batch.lstrip("b"))


def table(first: dict, now: dict, side_wanted: str | None = None) -> str:
    """One table: a column a batch (of one side, or all), a row a class, and the controls' findings."""
    side = {b: "into_en" if first[b]["into_en"]["all"]["n"] else "into_es_fr_de_it_pt" for b in first}
    batches = sorted((b for b in first if side_wanted is None or side[b] == side_wanted), key=_order)
    label = (lambda b: b) if side_wanted else (lambda b: f"{b} ({'en' if side[b] == 'into_en' else 'es/fr/de/it/pt'})")
    head = "| class | " + " | ".join(label(b) for b in batches) + " |"
    rows = [head, "|---|" + "---|" * len(batches)]
    for cls in ("all", *rme.CLASSES):
        cells = [cell(first[b][side[b]].get(cls), now.get(b, {}).get(side[b], {}).get(cls)) for b in batches]
        if any(cells):
            name = "**all surface classes**" if cls == "all" else cls
            rows.append(f"| {name} | " + " | ".join(cells) + " |")
    rows.append("| findings on controls (words) | " + " | ".join(
        f"{first[b]['control_findings']} → {now[b]['control_findings']} ({now[b]['control_words']})" if b in now else ""
        for b in batches) + " |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=Path, default=rme.CORPUS_TEXTS)
    args = ap.parse_args()
    first = json.loads(FIRST.read_text(encoding="utf-8"))["first_look"]
    outcome = rme.run(args.texts, data_dir=rme.corpus_batches(set(first)))
    now = {r["set"].replace("corpus ", ""): r for r in rme.summarize_corpus(outcome)}
    print("Into English:\n")
    print(table(first, now, "into_en"))
    print("\nInto Spanish, French, German, Italian and Portuguese:\n")
    print(table(first, now, "into_es_fr_de_it_pt"))


if __name__ == "__main__":
    main()
