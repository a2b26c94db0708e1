"""Compare tqcheck's sentence splitter with pysbd on DEMETR's English MT sentences.

Each DEMETR item is one source sentence; its MT is usually one English sentence. We join the MT of
consecutive items with a space and count how many of those joins each splitter finds (recall of
known boundaries), how many extra splits it makes inside items (most are wrong: an item is one
source sentence), and its speed. Usage: python benchmarks/segment_eval.py [--json]
(pysbd is optional: pip install pysbd).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqcheck.segment import sentences  # noqa: E402

DEMETR = ROOT.parent / "shared" / "eval" / "demetr" / "base_id35_reference.json"


def evaluate(split, items: list[str]) -> dict:
    text, bounds = "", set()
    for i, s in enumerate(items):
        if i:
            text += " "
            bounds.add(len(text))
        text += s
    t = time.perf_counter()
    starts = set(split(text))
    dt = time.perf_counter() - t
    found = len(bounds & starts)
    extra = len(starts - bounds - {0})
    return {
        "boundary_recall": round(found / len(bounds), 4),
        "extra_splits_per_100_items": round(100 * extra / len(items), 2),
        "kb_per_s": round(len(text.encode()) / 1000 / dt, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    items = [x["mt_sent"].strip() for x in json.loads(DEMETR.read_text())]
    results = {"tqcheck": evaluate(lambda t: [s.start for s in sentences(t)], items)}
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        results["pysbd"] = evaluate(lambda t: [s.start for s in seg.segment(t)], items)
    except ImportError:
        results["pysbd"] = "not installed (pip install pysbd)"
    print(json.dumps(results, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
