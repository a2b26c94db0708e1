"""TQ301: meaning drift found by back-translation (reported by the back-translation stage)."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..findings import Hit
from ..registry import rule


@rule(
    "TQ301", "meaning-drift", "warning",
    "A segment whose back-translation drifts from the original (low round-trip chrF).",
    needs_source_lang=True, stage="backtranslation", neutral=True,
)
def meaning_drift(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Translates each segment back into the source language with a MarianMT model (and, without
    the source text, forward again: a round trip), scores the result with sacrebleu's chrF,
    BLEU and TER against the original (or against the aligned source), and flags segments whose
    suspicion — a mix of a low absolute chrF and a chrF far below the document's median — is
    0.6 or more. The evidence carries the back-translation, the round trip and the scores.

    ## Why is this bad?
    A segment whose meaning changed in translation often does not survive the way back. Round-
    trip scores are a weak signal on their own (they also punish free but correct
    translations), so treat a finding as "read this segment against the source".

    ## Example
    Original `The talks were postponed until the summit.`; round trip `The conversations
    were moved to the top.` (chrF 31).

    Use instead: check the segment against the source and fix the mistranslation.
    """
    return iter(())
