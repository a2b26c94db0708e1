"""Size and build time of the environment a pre-commit hook builds: a new virtual environment with
pip, and `pip install` of a clean copy of this commit (the core install, no extras), from the
package index pip is configured with. Then the seed check runs in it, to show the install works.

    python benchmarks/install_size.py --json

Reports the environment's size on disk (MB, as `du` counts), the seconds `pip install` took, the
size of the bare environment (the interpreter's own pip and setuptools), and the ten largest
installed packages. Needs git (for the clean copy) and the network or a local index for pip.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def size_mb(path: Path) -> float:
    total = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_blocks * 512
    return round(total / 2**20, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--python", default=sys.executable, help="the interpreter the environment is made with")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tqcheck-install-"))
    try:
        copy = work / "src"
        copy.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD"], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(copy)], input=archive, check=True)
        env = work / "env"
        subprocess.run([args.python, "-m", "venv", str(env)], check=True)
        bare = size_mb(env)
        py = env / "bin" / "python"
        started = time.perf_counter()
        subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(copy)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
        site = next(env.glob("lib/python*/site-packages"))
        packages = sorted(((size_mb(p) if p.is_dir() else round(p.stat().st_size / 2**20, 1), p.name) for p in site.iterdir()), reverse=True)
        check = subprocess.run([str(env / "bin" / "tqcheck"), "check", str(copy / "seeds" / "article-es-en.txt"), "--source-lang", "es",
                                "--no-backtranslate", "--format", "json"], capture_output=True, text=True,
                               env={**os.environ, "TQCHECK_CACHE_DIR": str(work / "cache")})
        findings = sum(len(d["findings"]) for d in json.loads(check.stdout)["documents"]) if check.returncode in (0, 1) else None
        result = {
            "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
            "python": subprocess.run([str(py), "-V"], capture_output=True, text=True).stdout.strip(),
            "environment_mb": size_mb(env),
            "bare_environment_mb": bare,
            "pip_install_s": round(seconds, 1),
            "largest_mb": {name: mb for mb, name in packages[:10]},
            "seed_check_exit": check.returncode,
            "seed_check_findings": findings,
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
