"""TQ301: meaning drift found by back-translation (reported by the back-translation stage)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..document import Document
from ..findings import Hit
from ..registry import rule

#: longest quotation of a segment in a message (the evidence keeps the whole text)
QUOTE_CHARS = 200


@rule(
    "TQ301", "meaning-drift", "warning",
    "A segment whose meaning drifts from the source: the target against a translation of the source, its back-translation against the source (or, without the source, its round trip).",
    needs_source_lang=True, stage="backtranslation", neutral=True,
)
def meaning_drift(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    With the source text (``--source``, bilingual files) two legs score each segment, through
    the engine of ``--engine`` (transformers, ctranslate2, bergamot or a plug-in):

    - forward: the source segment is translated into the target language (the engine's model
      for that direction, ``--rt-model``) and the segment is compared with that translation:
      the cosine of their sentence embeddings (multilingual-e5-small from ``tqcheck[semantic]``
      for any target language; all-MiniLM-L6-v2 for English when only it is installed; chrF
      where no embedding model serves the language) and their negation words;
    - back-translation: the segment is translated back into the source language (``--bt-model``)
      and compared with the source segment (chrF and negation words).

    Each leg's drift is a logistic curve of its score, raised by a lost or added negation; the
    segment's drift puts the two together (noisy-or), and a drift of 0.6 or more is reported.
    With the e5 model the forward leg reports a segment whose similarity to the forward
    translation is below about 0.91 (0.92 gives drift 0.5); with a negation word lost or added
    against the forward translation, below 0.96. The back-translation leg beside it counts only
    where its chrF is below about 18, or with a negation word lost or added against the source
    (0.5 of the way to a finding: with the forward leg's own negation that is a finding). A
    warning; an error when the leg that drives it is gross (similarity below 0.84, chrF below
    30: where unrelated sentences lie on DEMETR).

    Without a model for the forward direction the back-translation leg runs alone with its own
    calibration (reported below chrF 40, an error below 30). Without the source the back-
    translation is translated forward again (a round trip) and scored against the segment (info,
    a hint, below chrF 60; a warning below 40).

    ## Why is this bad?
    A sentence whose meaning changed in translation reads differently from another translation
    of the same source. On DEMETR with the Bergamot en<->pt models (benchmarks/bt_quality.py,
    docs/backtranslation.md) the forward leg's embeddings rank names replaced or removed and
    lost negations well above clean translations; chrF of a back-translation barely does, and a
    round trip alone barely ranks errors above clean sentences, so read its findings as "compare
    this segment with the source".

    When the forward leg drives the finding, the message quotes both: "the source says X; the
    translation says Y", where X is the machine translation of the source into the target
    language. The evidence carries the forward translation, the back-translation (and the round
    trip), each leg's scores (chrF, BLEU, TER, the embedding cosine), each leg's drift, the
    source-target similarity across languages (e5), the negation counts, a word of the
    translation whose opposite the forward translation has instead (`data/antonyms.tsv`: "fell"
    where it says "rose") and the names of the forward translation that the translation lacks.

    ## Example
    Source `O ministro não assinou o acordo.`; translation `The minister signed the agreement.`;
    forward translation `The minister did not sign the agreement.` (a negation word fewer in the
    translation); back-translation `O ministro assinou o acordo.` (chrF 80, but one negation word
    fewer than the source).

    Use instead: `The minister did not sign the agreement.`
    """
    return iter(())


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return "“" + (text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…") + "”"


def forward_message(entry: dict[str, Any], target: str) -> str | None:
    """TQ301's message when the forward leg drives the finding, else None."""
    if entry.get("driver") != "forward" or entry.get("forward") is None:
        return None
    sc = entry.get("forward_scores", {})
    measure = f"similarity {sc['semantic']:.2f}" if sc.get("semantic") is not None else f"chrF {sc.get('chrf', 0):.0f}"
    message = f"meaning may drift: the source says {_quote(entry['forward'])}; the translation says {_quote(target)}"
    n = entry.get("forward_negations")
    if n:
        message += f"; negation words: {n['reference']} in the source's translation, {n['compared']} in the translation"
    opposite = entry.get("forward_opposite")
    if opposite:
        message += f"; \"{opposite['target']}\" where the source's translation says \"{opposite['forward']}\""
    lost = entry.get("forward_names_missing")
    if lost:
        message += "; names missing from the translation: " + ", ".join(f"\"{x}\"" for x in lost[:3])
    return message + f" ({measure} to a machine translation of the source, drift {entry['suspicion']:.2f})"


def forward_evidence(entry: dict[str, Any]) -> dict[str, Any]:
    """The forward leg's part of TQ301's evidence (empty without it)."""
    keys = ("forward", "forward_scores", "forward_negations", "forward_opposite", "forward_names_missing", "legs", "driver", "cross_semantic")
    return {k: entry[k] for k in keys if entry.get(k) is not None}
