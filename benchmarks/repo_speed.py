"""A content repository of 1,000 small Markdown files, checked without back-translation.

Builds the repository in a temporary directory (front matter, headings, prose from the MT sentences
of ../shared/eval, code blocks, links), then times the real command line
(`tqcheck check DIR --no-backtranslate --format json`) end to end, process start included, and
the same files through the Python API.

Usage: python benchmarks/repo_speed.py [--json] [--files 1000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _data import demetr

import tqcheck


def build(root: Path, n: int) -> int:
    sentences = [it["mt_sent"].strip() for it in demetr("base_id35_reference")]
    size = 0
    for i in range(n):
        body = " ".join(sentences[(i * 3 + k) % len(sentences)] for k in range(3))
        more = " ".join(sentences[(i * 7 + k) % len(sentences)] for k in range(2))
        text = (
            f"---\ntitle: Page {i}\n---\n# Page {i}\n\n{body}\n\n"
            f"```sh\npip install example-{i}\n```\n\nSee [the guide](https://example.com/{i}) and `code {i}`. {more}\n"
        )
        p = root / f"section{i % 20}" / f"page{i}.md"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        size += len(text.encode())
    return size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--files", type=int, default=1000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "content"
        size = build(root, args.files)
        t = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "tqcheck", "check", str(root), "--no-backtranslate", "--format", "json", "--fail-on", "never"],
            capture_output=True, text=True,
        )
        cli_s = time.perf_counter() - t
        assert proc.returncode == 0, proc.stderr
        report = json.loads(proc.stdout)
        t = time.perf_counter()
        tqcheck.check([root], backtranslate=False)
        api_s = time.perf_counter() - t
    result = {
        "files": args.files,
        "bytes": size,
        "cli_seconds": round(cli_s, 2),
        "api_seconds": round(api_s, 2),
        "findings": report["summary"]["findings"],
    }
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
