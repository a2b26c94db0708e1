"""Per-segment scores with sacrebleu and the drift that turns them into TQ301 findings.

Two legs score a segment that has its source (``--source``, bilingual files):

- the back-translation leg: the target translated back into the source language, scored against
  the source (chrF), and the negation words of the two compared;
- the forward leg: the source translated into the target language with the engine's model for
  that direction, and the target scored against that forward translation: the cosine of their
  sentence embeddings (``embeddings.py``; chrF where no embedding model serves the target
  language), and the negation words of the two compared.

Each leg's drift in [0, 1] = 1 - (1 - low) x (1 - weight x negation), where ``low`` puts the leg's
score on a logistic curve (0.5 at its midpoint, never exactly 0 or 1, so a ranking keeps every
difference) and ``negation`` is 1 when the two compared texts have different numbers of negation
words (tqcheck/data/negation_words.tsv). The segment's drift puts the legs together as a noisy-or:
1 - (1 - back-translation) x (1 - forward); the leg with the larger drift drives the finding.

Without the source the back-translation is translated forward again (a round trip) and scored
against the segment (chrF and negations). A segment with drift >= DRIFT_THRESHOLD gets a TQ301
finding.

Calibrated with benchmarks/bt_quality.py on DEMETR with the Bergamot en<->pt models (goal: at most
3% of unperturbed MT sentences flagged against the source); docs/backtranslation.md has the table:

- both legs: the forward leg's curve per embedding model (``FORWARD``); beside it the back-
  translation's chrF counts only where it is gross (midpoint chrF 20: there the forward leg's
  embeddings are the better judge of meaning, and chrF's noise on good translations only blurs
  the ranking);
- the back-translation leg alone (no model for the forward direction): chrF midpoint 42.5, so the
  threshold falls at chrF 40 (a warning; an error below chrF 30, where every unrelated sentence
  lies);
- a round trip: chrF midpoint 62.5 (a hint, info; a warning below chrF 40).

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
    # the back-translation leg beside the forward leg: only a gross chrF counts
    "backtranslation": {"midpoint": 20.0, "gross": 30.0, "severity": "warning", "gross_severity": "error",
                        "negation_weight": 0.5},
}
#: the forward leg: the target against the forward translation of the source, per score: the
#: cosine of each embedding model (its own scale), or chrF where no model serves the language.
#: ``gross``: below it a finding is an error (where unrelated sentences lie on DEMETR)
FORWARD = {
    "multilingual-e5-small": {"midpoint": 0.92, "steepness": 0.03, "gross": 0.84},
    "all-MiniLM-L6-v2": {"midpoint": 0.60, "steepness": 0.12, "gross": 0.35},
    "chrf": {"midpoint": 25.0, "steepness": 3.0, "gross": 25.0},
}
FORWARD_NEGATION_WEIGHT = 0.5
#: the forward leg: a word of the target whose opposite the forward translation has instead
#: (tqcheck/data/antonyms.tsv), and a name of the forward translation that the target lacks
ANTONYM_WEIGHT = 0.9
MISSING_NAME_WEIGHT = 0.3
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


def _low(value: float, midpoint: float, steepness: float) -> float:
    z = (value - midpoint) / steepness
    return 1.0 / (1.0 + math.exp(min(z, 700.0)))


def drift(chrf: float, mode: str = "source", negation_mismatch: bool = False) -> float:
    """The drift of the back-translation (or round-trip) leg in [0, 1] (see the module docstring)."""
    m = MODES[mode]
    low = _low(chrf, m["midpoint"], STEEPNESS)
    return round(1.0 - (1.0 - low) * (1.0 - m.get("negation_weight", NEGATION_WEIGHT) * bool(negation_mismatch)), 6)


def forward_drift(value: float, scale: str = "chrf", negation_mismatch: bool = False, antonym: bool = False,
                  missing_names: int = 0) -> float:
    """The forward leg's drift in [0, 1]: ``value`` is the cosine of the embedding model ``scale``
    (a key of FORWARD) or, with ``scale`` "chrf", the chrF of the target against the forward translation;
    a negation gained or lost, a word turned into its opposite (``antonym``) and names of the forward
    translation that the target lost (``missing_names``) each raise it."""
    f = FORWARD[scale]
    low = _low(value, f["midpoint"], f["steepness"])
    clean = (1.0 - low) * (1.0 - FORWARD_NEGATION_WEIGHT * bool(negation_mismatch)) * (1.0 - ANTONYM_WEIGHT * bool(antonym)) \
        * (1.0 - MISSING_NAME_WEIGHT * bool(missing_names))
    return round(1.0 - clean, 6)


def combine(*legs: float) -> float:
    """The segment's drift from its legs' (noisy-or)."""
    clean = 1.0
    for d in legs:
        clean *= 1.0 - d
    return round(1.0 - clean, 6)


def forward_severity(value: float, scale: str) -> str:
    """TQ301's severity when the forward leg drives: an error below the scale's gross level."""
    return "error" if value < FORWARD[scale]["gross"] else "warning"


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


@lru_cache(maxsize=None)
def _antonyms(lang: str) -> dict[str, frozenset[str]]:
    """word -> its opposites in ``lang`` (tqcheck/data/antonyms.tsv, both ways)."""
    from ..data import table

    out: dict[str, set[str]] = {}
    for row in table("antonyms.tsv", ("lang", "word", "opposite")):
        if row["lang"] == lang:
            out.setdefault(row["word"], set()).add(row["opposite"])
            out.setdefault(row["opposite"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in out.items()}


def _words(text: str) -> list[str]:
    import regex

    return regex.findall(r"\p{L}+", text.lower())


def antonym_swap(hypothesis: str, reference: str, lang: str) -> tuple[str, str] | None:
    """A word of ``hypothesis`` whose opposite stands in ``reference`` while the word itself does not
    ("fell" in the target where the forward translation says "rose"): (word, opposite), or None."""
    opposites = _antonyms(lang)
    if not opposites:
        return None
    hyp, ref = _words(hypothesis), _words(reference)
    hyp_set, ref_set = set(hyp), set(ref)
    hyp_text, ref_text = " " + " ".join(hyp) + " ", " " + " ".join(ref) + " "
    for word in hyp_set & opposites.keys():
        if word in ref_set:
            continue
        for other in opposites[word]:
            if f" {other} " in ref_text and f" {other} " not in hyp_text:
                return word, other
    return None


def names_missing(hypothesis: str, reference: str) -> list[str]:
    """Capitalised words inside the sentences of ``reference`` (names) that ``hypothesis`` does not
    have in any case: a name the target lost."""
    import regex

    have = set(_words(hypothesis))
    out = []
    for m in regex.finditer(r"(?<=\p{L}[,;:]? )\p{Lu}\p{Ll}{2,}", reference):
        if m.group().lower() not in have:
            out.append(m.group())
    return out


def negation_mismatch(hypothesis: str, reference: str, lang: str) -> bool:
    """Whether two texts in ``lang`` have different numbers of negation words (False without a list)."""
    a, b = negations(hypothesis, lang), negations(reference, lang)
    return a is not None and b is not None and a != b


def document_score(chrfs: list[float]) -> float | None:
    """Mean segment chrF of a document (0-100); None without segments."""
    return round(sum(chrfs) / len(chrfs), 2) if chrfs else None
