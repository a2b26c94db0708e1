import os
import subprocess
import sys
from pathlib import Path

import pytest

# No test may reach a model hub.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

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


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    """Two tiny random MarianMT models (en->es and es->en shapes), built here, never downloaded."""
    from tqcheck.backtranslate.tiny import build_tiny_marian

    root = tmp_path_factory.mktemp("models")
    return build_tiny_marian(root / "tiny-en-es", seed=1), build_tiny_marian(root / "tiny-es-en", seed=2)
