"""TQ301: meaning drift found by back-translation (reported by the back-translation stage)."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..findings import Hit
from ..registry import rule


@rule(
    "TQ301", "meaning-drift", "warning",
    "A segment whose back-translation drifts from the source (or, without the source, whose round trip drifts).",
    needs_source_lang=True, stage="backtranslation", neutral=True,
)
def meaning_drift(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Translates each segment back into the source language (``--engine`` transformers,
    ctranslate2, bergamot or a plug-in). With the source text (``--source``, bilingual files)
    the back-translation is scored against the aligned source segment; without it the back-
    translation is translated forward again (a round trip) and scored against the segment. The
    drift mixes a low chrF (logistic; 0.5 at chrF 42.5 against the source, 62.5 for a round
    trip) with a mismatch in the number of negation words. A segment with drift 0.6 or more
    (chrF below about 40 against the source, 60 for a round trip, or a lost or added negation)
    is reported. Against the source: a warning, an error below chrF 30 (where every unrelated
    sentence lies on DEMETR). A round trip: info (a hint), a warning below chrF 40.

    ## Why is this bad?
    A sentence whose meaning changed in translation often does not survive the way back. On
    DEMETR with real Marian models (benchmarks/bt_quality.py) the score against the source
    catches unrelated translations and lost or added negations, and little else; a round
    trip alone barely ranks errors above clean sentences, so read its findings as "compare
    this segment with the source". The evidence carries the back-translation, the round trip,
    chrF, BLEU, TER and the negation counts.

    ## Example
    Source `O ministro não assinou o acordo.`; translation `The minister signed the agreement.`;
    back-translation `O ministro assinou o acordo.` (chrF 80, but one negation word fewer).

    Use instead: `The minister did not sign the agreement.`
    """
    return iter(())
