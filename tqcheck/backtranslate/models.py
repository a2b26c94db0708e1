"""The model catalogue and model resolution: a Hugging Face id (through its cache) or a directory."""

from __future__ import annotations

import hashlib
import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import TqcheckError


class ModelUnavailable(TqcheckError):
    """A model is neither a local directory nor in the Hugging Face cache."""

    def __init__(self, ref: str, fix: str, *, several: bool = False):
        self.ref, self.fix = ref, fix
        what = f"models {ref} are" if several else f"model {ref} is"
        super().__init__(f"{what} not available locally (offline or never pulled); run: {fix}")

    @classmethod
    def all_of(cls, missing: list["ModelUnavailable"]) -> "ModelUnavailable":
        """One error naming every missing model and every command that fixes it."""
        if len(missing) == 1:
            return missing[0]
        return cls(" and ".join(m.ref for m in missing), " && ".join(dict.fromkeys(m.fix for m in missing)), several=True)


@dataclass(frozen=True)
class ModelRef:
    ref: str  #: what the user named: a hub id or a directory
    path: Path  #: local directory with config.json, weights and tokenizer files
    revision: str  #: hub commit, or a content hash of a local directory

    @property
    def identity(self) -> str:
        return f"{self.ref}@{self.revision}"


@lru_cache(maxsize=None)
def _catalogue_file() -> dict[str, dict]:
    from importlib import resources

    return tomllib.loads(resources.files("tqcheck.data").joinpath("catalogue.toml").read_text("utf-8"))


def catalogue(section: str = "pairs") -> dict[str, dict]:
    """The catalogue's pairs for one engine family: "pairs" (MarianMT ids) or "bergamot"."""
    return _catalogue_file().get(section, {})


def catalogue_model(src: str, tgt: str) -> str | None:
    entry = catalogue().get(f"{src}-{tgt}")
    return entry["model"] if entry else None


def cache_dir(override: str | os.PathLike | None = None) -> Path:
    """tqcheck's cache directory: --cache-dir, TQCHECK_CACHE_DIR, $XDG_CACHE_HOME/tqcheck, ~/.cache/tqcheck."""
    if override:
        return Path(override)
    if os.environ.get("TQCHECK_CACHE_DIR"):
        return Path(os.environ["TQCHECK_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tqcheck"


def _dir_revision(path: Path) -> str:
    h = hashlib.sha256()
    for name in sorted(os.listdir(path)):
        f = path / name
        if f.is_file():
            st = f.stat()
            h.update(f"{name}:{st.st_size}:{int(st.st_mtime)}".encode())
    return "dir-" + h.hexdigest()[:16]


def hub_cache() -> Path:
    """The Hugging Face hub cache, found as huggingface_hub finds it (HF_HUB_CACHE, HF_HOME/hub, XDG or ~/.cache)."""
    explicit = os.environ.get("HF_HUB_CACHE") or os.environ.get("HUGGINGFACE_HUB_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get("HF_HOME") or os.path.join(os.environ.get("XDG_CACHE_HOME") or "~/.cache", "huggingface")
    return Path(home).expanduser() / "hub"


def _hub_cache_has(ref: str) -> bool:
    """False when the hub cache holds no snapshot of ``ref`` at all (then the model was never pulled)."""
    return (hub_cache() / ("models--" + ref.replace("/", "--")) / "snapshots").is_dir()


def resolve(ref: str, pull_hint: str) -> ModelRef:
    """Find ``ref`` locally without touching the network; raise ModelUnavailable naming ``pull_hint``."""
    p = Path(ref).expanduser()
    if p.is_dir():
        if not (p / "config.json").is_file():
            raise TqcheckError(f"{p}: not a model directory (no config.json)")
        return ModelRef(ref, p.resolve(), _dir_revision(p))
    if p.exists() or ref.startswith((".", "/", "~")):
        raise TqcheckError(f"{ref}: no such model directory")
    if not _hub_cache_has(ref):
        # never pulled: known without importing huggingface_hub (a tenth of a second on every check)
        raise ModelUnavailable(ref, pull_hint)
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import LocalEntryNotFoundError
    except ImportError:  # pragma: no cover - huggingface_hub comes with transformers
        raise ModelUnavailable(ref, pull_hint) from None
    try:
        local = Path(snapshot_download(ref, local_files_only=True))
    except (LocalEntryNotFoundError, OSError, ValueError):
        raise ModelUnavailable(ref, pull_hint) from None
    except Exception as exc:  # invalid repo id and the like
        if type(exc).__name__ in ("HFValidationError", "RepositoryNotFoundError"):
            raise TqcheckError(f"{ref}: not a model directory nor a valid Hugging Face model id") from None
        raise ModelUnavailable(ref, pull_hint) from None
    return ModelRef(ref, local, local.name)


def pull(ref: str) -> Path:
    """Download ``ref`` into the Hugging Face cache (with a progress bar)."""
    from huggingface_hub import snapshot_download

    return Path(
        snapshot_download(
            ref, allow_patterns=["*.json", "*.spm", "*.txt", "*.model", "*.safetensors", "pytorch_model.bin"]
        )
    )
