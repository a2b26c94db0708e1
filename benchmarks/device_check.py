"""Back-translation on a CUDA device, end to end, against the CPU (run where a GPU exists).

Builds two tiny MarianMT models, back-translates a text with --device cuda and --device cpu
through the library (transformers engine), and reports whether the outputs agree and how long
each took. Exits 1 when CUDA is not available. Usage: python benchmarks/device_check.py
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch  # noqa: E402

import tqcheck  # noqa: E402
from tqcheck.backtranslate.tiny import build_tiny_marian  # noqa: E402


def main() -> None:
    if not torch.cuda.is_available():
        print(json.dumps({"cuda": False}))
        sys.exit(1)
    text = (ROOT / "seeds" / "article-es-en.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        bt = build_tiny_marian(Path(tmp) / "bt", seed=1)
        rt = build_tiny_marian(Path(tmp) / "rt", seed=2)
        out = {"cuda": True, "gpu": torch.cuda.get_device_name(0)}
        results = {}
        for device in ("cuda", "cpu"):
            opts = tqcheck.Options(bt_model=str(bt), rt_model=str(rt), device=device, no_cache=True, select=["TQ301"])
            t = time.perf_counter()
            report = tqcheck.check_text(text, source_lang="es", backtranslate=True, config=opts)
            out[f"{device}_seconds"] = round(time.perf_counter() - t, 2)
            results[device] = [report.segment_scores[s.id]["backtranslation"] for s in report.segments]
            out[f"{device}_translated"] = report.backtranslation["translated"]
        same = sum(a == b for a, b in zip(results["cuda"], results["cpu"]))
        out["segments"] = len(results["cpu"])
        out["identical_backtranslations"] = same
    print(json.dumps(out))


if __name__ == "__main__":
    main()
