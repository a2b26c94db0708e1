"""TQ21x: doubled words and repeated phrases — typical neural-MT hallucinations and editing slips."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..data import word_list
from ..document import Document
from ..findings import Hit
from ..registry import rule

_DOUBLED = re.compile(r"\b(\w+)([ \t]+)(\1)\b", re.IGNORECASE)


@rule("TQ210", "doubled-word", "warning", "The same word twice in a row (\"the the\").")
def doubled_word(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a word immediately repeated ("the the", "said said"), ignoring case.

    ## Why is this bad?
    Machine translation and hurried post-editing leave doubled words that readers notice at once.
    Words that may correctly repeat ("had had", "that that") are listed in
    `data/<lang>/legit_doubles.txt` and never flagged.

    ## Example
    `The minister said said that talks would resume.`

    Use instead: `The minister said that talks would resume.`
    """
    allowed = word_list(f"{doc.target_lang}/legit_doubles.txt")
    for m in _DOUBLED.finditer(doc.text):
        word = m.group(1)
        if word.lower() in allowed or word.isdigit():
            continue
        yield Hit(
            m.start(1),
            m.end(3),
            f"doubled word \"{word}\"",
            suggestion=m.group(1),
            evidence={"word": word},
        )
