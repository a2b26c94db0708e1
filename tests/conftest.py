import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

# No test may reach a model hub.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

# Under pytest-xdist every worker is a process of its own: each gets its share of the CPUs for the
# engines' threads (tqcheck honours OMP_NUM_THREADS), so that workers do not oversubscribe the cores.
if os.environ.get("PYTEST_XDIST_WORKER_COUNT") and "OMP_NUM_THREADS" not in os.environ:
    _cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    os.environ["OMP_NUM_THREADS"] = str(max(1, _cpus // int(os.environ["PYTEST_XDIST_WORKER_COUNT"])))

#: the test files that take longest, run first so that the workers finish together
SLOWEST_FIRST = ("test_ray.py", "test_backtranslation.py", "test_bergamot.py", "test_readme.py", "test_engines.py")


def pytest_collection_modifyitems(items):
    rank = {name: i for i, name in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: each file keeps its order


ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "article-es-en.txt"


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real ``tqcheck`` command line in a subprocess."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "tqcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=full_env,
        timeout=300,
    )


def shared_dir(tmp_path_factory) -> Path:
    """A temporary directory shared by every worker of this test run (its own under pytest-xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    """Two tiny random MarianMT models (en->es and es->en shapes), built here, never downloaded:
    once per test run, whatever the number of workers."""
    from tqcheck.backtranslate.tiny import build_tiny_marian

    root = shared_dir(tmp_path_factory) / "tiny-models"
    models = root / "tiny-en-es", root / "tiny-es-en"
    with FileLock(str(root) + ".lock"):
        if not (root / "built").is_file():
            shutil.rmtree(root, ignore_errors=True)
            build_tiny_marian(models[0], seed=1)
            build_tiny_marian(models[1], seed=2)
            (root / "built").write_text("")
    return models


def _find_chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def chromium(tmp_path_factory) -> str:
    """Debian's chromium for the browser tests: installed here when it is missing and the tests run
    as root on a machine with apt-get (what ``.ci/run`` and a fresh container have); anything else
    fails with the command that provides it."""
    exe = _find_chromium()
    if exe:
        return exe
    with FileLock(str(shared_dir(tmp_path_factory) / "chromium.lock")):
        exe = _find_chromium()
        if exe:
            return exe
        if shutil.which("apt-get") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
            pytest.fail(
                "the browser tests need Debian's chromium and cannot install it here (that takes root and "
                "apt-get): run 'sudo apt-get install chromium', then the tests again",
                pytrace=False,
            )
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=1200)
            if proc.returncode != 0:
                last = (proc.stderr.strip() or proc.stdout.strip() or "no output").splitlines()[-1]
                pytest.fail(f"installing chromium for the browser tests failed: {' '.join(cmd)}: {last}", pytrace=False)
        exe = _find_chromium()
        if exe is None:
            pytest.fail("apt-get installed chromium, but no chromium command is on PATH", pytrace=False)
        return exe
