"""The README's table of the project's real-MT corpus: each batch's first look and today's figure, by class.

The first look of a batch is its score before any rule was changed for it (recorded in
benchmarks/corpus/firstlook.json when the batch was labelled); today's figure comes from a run of
real_mt_eval.py --corpus over the texts in .corpus/texts. Each cell is "found/labelled first → now";
into-English batches and es/fr/de/it/pt batches have a table each, a column a batch.

A batch none of whose texts is in DIR has no figure today; with ``--previous FILE`` (a markdown file
holding earlier output of this script, such as the README) its cells are taken from there, as last
measured, and the batch is named in a line under the table.

Usage: python benchmarks/corpus_table.py [--texts DIR] [--previous FILE]
"""

from __future__ import annotations

import argparse
import json
import re
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


def previous_cells(markdown: str) -> dict[tuple[str, str], str]:
    """(batch, row name) -> cell, from the tables of an earlier output of this script."""
    cells: dict[tuple[str, str], str] = {}
    batches: list[str] = []
    for line in markdown.splitlines():
        if not line.startswith("| "):
            batches = [] if not line.startswith("|") else batches
            continue
        parts = [p.strip() for p in line.strip().strip("|").split("|")]
        if parts[0] == "class":
            batches = [re.sub(r" \(.*\)$", "", b) for b in parts[1:]]
        elif batches and len(parts) == len(batches) + 1:
            for b, c in zip(batches, parts[1:]):
                cells[(b, parts[0])] = c
    return cells


def table(first: dict, now: dict, side_wanted: str | None = None, previous: dict | None = None,
          unmeasured: frozenset[str] = frozenset()) -> str:
    """One table: a column a batch (of one side, or all), a row a class, and the controls' findings."""
    side = {b: "into_en" if first[b]["into_en"]["all"]["n"] else "into_es_fr_de_it_pt" for b in first}
    batches = sorted((b for b in first if side_wanted is None or side[b] == side_wanted), key=_order)
    label = (lambda b: b) if side_wanted else (lambda b: f"{b} ({'en' if side[b] == 'into_en' else 'es/fr/de/it/pt'})")
    head = "| class | " + " | ".join(label(b) for b in batches) + " |"
    rows = [head, "|---|" + "---|" * len(batches)]
    previous = previous or {}
    # batches whose translated pages are not all here: their classes' cells as last measured
    kept = [b for b in batches if (b not in now or b in unmeasured) and any(k[0] == b for k in previous)]

    def row(name: str, made: list[str], fresh: bool = False) -> str:
        return f"| {name} | " + " | ".join(previous.get((b, name), "") if b in kept and not fresh else c
                                           for b, c in zip(batches, made)) + " |"

    for cls in ("all", *rme.CLASSES):
        cells = [cell(first[b][side[b]].get(cls), now.get(b, {}).get(side[b], {}).get(cls)) for b in batches]
        name = "**all surface classes**" if cls == "all" else cls
        if any(cells) or any(previous.get((b, name)) for b in kept):
            rows.append(row(name, cells))
    name = "findings on controls (words)"
    rows.append(row(name, [f"{first[b]['control_findings']} → {now[b]['control_findings']} ({now[b]['control_words']})"
                           if b in now else "" for b in batches], fresh=True))
    if kept:
        rows.append(f"\n{_span(kept, batches)}: today's figure for the translated pages as last measured (their texts were not in this "
                    "run); the controls' as measured now.")
    return "\n".join(rows)


def _span(kept: list[str], batches: list[str]) -> str:
    """"b1–b127" for kept batches that follow one another in the table, else their names."""
    at = [batches.index(b) for b in kept]
    if len(kept) > 2 and at == list(range(at[0], at[0] + len(at))):
        return f"{kept[0]}–{kept[-1]}"
    return ", ".join(kept)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=Path, default=rme.CORPUS_TEXTS)
    ap.add_argument("--previous", type=Path, default=None, help="earlier output (e.g. README.md): cells of batches without texts")
    args = ap.parse_args()
    first = json.loads(FIRST.read_text(encoding="utf-8"))["first_look"]
    outcome = rme.run(args.texts, data_dir=rme.corpus_batches(set(first)))
    now = {r["set"].replace("corpus ", ""): r for r in rme.summarize_corpus(outcome)}
    previous = previous_cells(args.previous.read_text(encoding="utf-8")) if args.previous else {}
    batch_of = {src["file"]: folder.name for folder in rme.corpus_batches(set(first))
                for src in rme.read_tsv(folder / "sources.tsv")}
    unmeasured = frozenset(batch_of[f] for f, part in outcome["missing"].items() if part != "controls")
    print("Into English:\n")
    print(table(first, now, "into_en", previous, unmeasured))
    print("\nInto Spanish, French, German, Italian and Portuguese:\n")
    print(table(first, now, "into_es_fr_de_it_pt", previous, unmeasured))


if __name__ == "__main__":
    main()
