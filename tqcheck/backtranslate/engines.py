"""Translation engines behind one small interface; torch, transformers and ctranslate2 are imported here only.

An engine is a plug-in registered under the entry-point group ``tqcheck.engines`` (the built-in
ones are declared in pyproject.toml and also known without it). It is a class or object with:

- ``name`` (str) and ``version()`` (str): both go into the translation cache's key;
- ``model_for(src, tgt, explicit, cache_root) -> ModelRef``: the model for a language pair (or the
  model directory / id the user named), found locally; raises ``ModelUnavailable`` naming the fix;
- ``load(model, *, device, cache_root) -> Translator``: a loaded model that translates batches;
- optional ``catalogue_rows(cache_root)`` for ``tqcheck models list`` and ``pull(src, tgt, cache_root)``
  for ``tqcheck models pull --engine NAME``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from ..errors import TqcheckError
from .models import ModelRef

ENTRY_POINT_GROUP = "tqcheck.engines"
#: the engines tqcheck carries: name -> "module:attribute" (also declared as entry points)
BUILTIN = {
    "transformers": "tqcheck.backtranslate.engines:TransformersEngine",
    "ctranslate2": "tqcheck.backtranslate.engines:CTranslate2Engine",
    "bergamot": "tqcheck.backtranslate.bergamot:BergamotEngine",
}


class Translator(Protocol):
    """Translate a list of texts; ``identity`` names everything that changes the output."""

    engine: str
    identity: str

    def translate(self, texts: list[str], *, beam: int = 1, batch_size: int = 16, progress: Callable[[int], None] | None = None) -> list[str]: ...


def _threads() -> int:
    """Threads (or single-threaded workers) an engine uses on a CPU: ``OMP_NUM_THREADS`` when it
    is set to a positive number, as for other OpenMP programs, else the cores this process may use."""
    wanted = os.environ.get("OMP_NUM_THREADS", "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _quiet_transformers() -> None:
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")


def _tokenizer(model: ModelRef):
    _quiet_transformers()
    from transformers import MarianTokenizer

    return MarianTokenizer.from_pretrained(str(model.path))


def _max_new_tokens(n_input_tokens: int) -> int:
    """Output budget tied to the input: translations are rarely more than 1.5x longer.

    Each sentence gets its own budget: a batch is generated up to its largest budget and every
    output is cut to its own, so a sentence (greedy) comes out the same whatever it is batched
    with, which the translation cache relies on."""
    return min(512, int(n_input_tokens * 1.5) + 10)


def _batches(texts: list[str], batch_size: int) -> list[list[int]]:
    """Indices of non-empty texts in batches of similar length (less padding)."""
    order = sorted((i for i, t in enumerate(texts) if t.strip()), key=lambda i: len(texts[i]))
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]


class TransformersTranslator:
    """MarianMTModel on torch: inference mode, greedy by default, float32, threads = cores."""

    engine = "transformers"

    def __init__(self, model: ModelRef, device: str = "cpu"):
        import torch

        _quiet_transformers()
        from transformers import MarianMTModel

        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        if device == "cuda" and not torch.cuda.is_available():
            raise TqcheckError("--device cuda: no CUDA device is available")
        torch.set_num_threads(_threads())
        self.device = device
        self.tokenizer = _tokenizer(model)
        self.model = MarianMTModel.from_pretrained(str(model.path), dtype=torch.float32).to(device).eval()
        import transformers

        self.identity = f"{model.identity}|transformers-{transformers.__version__}|float32"
        self.max_len = min(512, int(getattr(self.model.config, "max_position_embeddings", 512)))
        self._torch = torch

    def translate(self, texts, *, beam=1, batch_size=16, progress=None):
        out = [""] * len(texts)
        torch = self._torch
        for batch in _batches(texts, batch_size):
            enc = self.tokenizer([texts[i] for i in batch], return_tensors="pt", padding=True, truncation=True, max_length=self.max_len)
            budgets = [min(self.max_len - 1, _max_new_tokens(int(n))) for n in enc["attention_mask"].sum(dim=1)]
            enc = {k: v.to(self.device) for k, v in enc.items()}
            with torch.inference_mode():
                gen = self.model.generate(**enc, num_beams=beam, do_sample=False, max_new_tokens=max(budgets))
            # the start token, then the budget, whose last token generate() makes an end-of-sentence
            # when the model has a forced_eos_token_id (Marian models do)
            forced = self.model.generation_config.forced_eos_token_id is not None
            gen = [row[: b + (not forced)] for row, b in zip(gen.tolist(), budgets)]
            for i, text in zip(batch, self.tokenizer.batch_decode(gen, skip_special_tokens=True)):
                out[i] = text.strip()
            if progress:
                progress(len(batch))
        return out


class CTranslate2Translator:
    """The same MarianMT model converted once to CTranslate2 (int8 on CPU), cached by model identity.

    On a CPU each core runs its own single-threaded worker (``inter_threads`` = cores,
    ``intra_threads`` = 1) and every batch is split into one sub-batch per worker: the decoder's
    matrices are small at each step, and threads that share one step spend much of it waiting for
    each other. The workers share one copy of the weights. Activations are quantised per row, so a
    sentence gets the same translation whichever sub-batch it lands in."""

    engine = "ctranslate2"

    def __init__(self, model: ModelRef, cache_root: Path, device: str = "cpu", compute_type: str | None = None):
        try:
            import ctranslate2
        except ImportError:
            raise TqcheckError("--engine ctranslate2 needs the ctranslate2 package: pip install ctranslate2") from None
        if device == "auto":
            device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        compute_type = compute_type or ("int8" if device == "cpu" else "int8_float16")
        self.tokenizer = _tokenizer(model)
        path = self.converted(model, cache_root, compute_type)
        self.workers = _threads() if device == "cpu" else 1
        threads = dict(inter_threads=self.workers, intra_threads=1) if device == "cpu" else {}
        self.translator = ctranslate2.Translator(str(path), device=device, compute_type=compute_type, **threads)
        self.identity = f"{model.identity}|ctranslate2-{ctranslate2.__version__}|{compute_type}"

    @staticmethod
    def converted(model: ModelRef, cache_root: Path, quantization: str) -> Path:
        """Convert ``model`` once; later runs reuse the conversion (keyed by identity and quantization)."""
        import ctranslate2

        key = hashlib.sha256(f"{model.identity}|{quantization}|{ctranslate2.__version__}".encode()).hexdigest()[:20]
        target = cache_root / "ct2" / key
        if (target / "model.bin").is_file():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
        try:
            _quiet_transformers()
            ctranslate2.converters.TransformersConverter(str(model.path)).convert(str(tmp / "m"), quantization=quantization, force=True)
            try:
                os.replace(tmp / "m", target)
            except OSError:  # another process converted it first
                pass
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return target

    def sub_batch(self, n: int) -> int:
        """Sentences per worker for a batch of ``n``: the batch is shared out evenly."""
        return max(1, -(-n // self.workers))

    def translate(self, texts, *, beam=1, batch_size=16, progress=None):
        out = [""] * len(texts)
        tok = self.tokenizer
        for batch in _batches(texts, batch_size):
            pieces = [tok.convert_ids_to_tokens(tok.encode(texts[i], truncation=True, max_length=512)) for i in batch]
            budgets = [_max_new_tokens(len(p)) for p in pieces]
            results = self.translator.translate_batch(
                pieces, beam_size=beam, max_decoding_length=max(budgets), max_batch_size=self.sub_batch(len(pieces))
            )
            for i, res, b in zip(batch, results, budgets):
                ids = tok.convert_tokens_to_ids(res.hypotheses[0][:b])
                out[i] = tok.decode(ids, skip_special_tokens=True).strip()
            if progress:
                progress(len(batch))
        return out


class MarianEngine:
    """What the two MarianMT engines share: models from the catalogue's Hugging Face ids (found in
    the Hugging Face cache) or a directory saved by ``save_pretrained``."""

    name = "marian"
    catalogue_section = "pairs"

    def model_for(self, src: str, tgt: str, explicit: str | None, cache_root: Path) -> ModelRef:
        from .models import ModelUnavailable, catalogue_model, resolve

        ref = explicit or catalogue_model(src, tgt)
        if ref is None:
            raise ModelUnavailable(f"for {src}->{tgt} (none in the catalogue)", "pass a model id or directory with --bt-model/--rt-model")
        return resolve(ref, f"tqcheck models pull {src} {tgt}")

    def catalogue_rows(self, cache_root: Path) -> list[tuple[str, str, str, str, str]]:
        """(pair, model, licence, size, state) for each catalogue entry."""
        from .models import ModelUnavailable, catalogue, resolve

        rows = []
        for pair, entry in sorted(catalogue().items()):
            try:
                resolve(entry["model"], "")
                state = "available"
            except ModelUnavailable:
                state = "not pulled"
            except TqcheckError as exc:
                state = str(exc)
            rows.append((pair, entry["model"], entry.get("licence", "?"), f"{entry.get('size_mb', '?')} MB", state))
        return rows


class TransformersEngine(MarianEngine):
    name = "transformers"

    def version(self) -> str:
        from importlib.metadata import version

        return f"transformers-{version('transformers')}"

    def load(self, model: ModelRef, *, device: str, cache_root: Path) -> Translator:
        return TransformersTranslator(model, device)


class CTranslate2Engine(MarianEngine):
    name = "ctranslate2"

    def version(self) -> str:
        from importlib.metadata import version

        return f"ctranslate2-{version('ctranslate2')}"

    def load(self, model: ModelRef, *, device: str, cache_root: Path) -> Translator:
        return CTranslate2Translator(model, cache_root, device)


def _entry_points() -> dict:
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def available_engines() -> list[str]:
    """Every engine name: the built-in ones and those other packages register."""
    return sorted(set(BUILTIN) | set(_entry_points()))


def check_engine_name(name: str) -> None:
    """Raise a one-line usage error unless ``name`` is a registered engine (modules not imported)."""
    from ..errors import UsageError

    if name not in BUILTIN and name not in _entry_points():
        raise UsageError(f"unknown engine {name!r} (available: {', '.join(available_engines())})")


def get_engine(name: str):
    """The engine called ``name``: built-in ones from tqcheck itself (so they work whatever the
    installed metadata says), others from their entry point."""
    import importlib

    check_engine_name(name)
    if name in BUILTIN:
        module, _, attr = BUILTIN[name].partition(":")
        obj = getattr(importlib.import_module(module), attr)
    else:
        try:
            obj = _entry_points()[name].load()
        except Exception as exc:  # a broken plug-in: one line, not a traceback
            raise TqcheckError(f"engine {name!r} could not be loaded: {type(exc).__name__}: {exc}") from None
    return obj() if isinstance(obj, type) else obj


def make_translator(model: ModelRef, engine: str, device: str, cache_root: Path) -> Translator:
    return get_engine(engine).load(model, device=device, cache_root=cache_root)
