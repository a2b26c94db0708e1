"""TQ210, TQ211: doubled words and repeated phrases — typical neural-MT hallucinations and editing slips."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..data import word_list
from ..document import Document
from ..findings import Hit
from ..registry import rule

_CHUNK = re.compile(r"\S+")
_TRAIL = re.compile(r"[.,;:!?\"”’'»)\]]+$")
_LEAD = re.compile(r"^[\"“‘'«(\[]+")


def _lead(chunk: str) -> str:
    m = _LEAD.match(chunk)
    return m.group() if m else ""


def _closing(trail: str) -> str:
    """Brackets that a trail closes, without sentence punctuation and quotes."""
    return "".join(ch for ch in trail if ch not in ".!?\"”’'»")


def _trail(chunk: str) -> str:
    m = _TRAIL.search(chunk)
    return m.group() if m else ""
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


@rule("TQ210", "doubled-word", "warning", "The same word twice in a row (\"the the\", \"said. said.\").")
def doubled_word(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a word immediately repeated ("the the", "food food.", "2016 2016", "Covid-19 Covid-19"),
    also across a sentence break ("said. said."), ignoring case. Words that may correctly repeat
    inside a sentence ("had had", "that that") are listed in `data/<lang>/legit_doubles.txt`; at
    the end of a sentence only doubled interjections ("bye bye.") are accepted
    (`interjection_doubles.txt`).

    ## Why is this bad?
    Neural machine translation sometimes repeats the last word of a sentence, and hurried
    post-editing leaves doubled words that readers notice at once.

    ## Example
    `The minister said said that talks would resume.`

    Use instead: `The minister said that talks would resume.`
    """
    lang = doc.target_lang
    allowed = word_list(f"{lang}/legit_doubles.txt")
    interjections = word_list(f"{lang}/interjection_doubles.txt")
    text = doc.text
    prev = None
    for m in _CHUNK.finditer(text):
        if prev is not None and text[prev.end() : m.start()] in (" ", "\t"):
            first, second = prev.group(), m.group()
            lead1, lead2 = _lead(first), _lead(second)
            trail1, trail2 = _trail(first), _trail(second)
            core1 = first[len(lead1) : len(first) - len(trail1)]
            core2 = second[len(lead2) : len(second) - len(trail2)]
            same_marks = lead1 == lead2 and _closing(trail1) == _closing(trail2) and not set(trail1) & set(",;:")
            if core1 and same_marks and core1.casefold() == core2.casefold() and any(ch.isalnum() for ch in core1):
                low = core1.lower()
                sentence_end = "." in trail2 or "!" in trail2 or "?" in trail2 or m.end() == len(text)
                if not (low in interjections or (low in allowed and not sentence_end and not trail1)):
                    end = m.end() - len(trail2) + len(trail2.rstrip(".!?\"”’'»"))
                    yield Hit(prev.start(), end, f"doubled word \"{core1}\"", first, {"word": core1})
                    prev = None
                    continue
        prev = m


@rule("TQ211", "repeated-phrase", "warning", "A phrase repeated within a sentence (\"of the price of the price\").")
def repeated_phrase(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a run of two to eight words that is immediately repeated inside a sentence ("in the
    city in the city"). Parallel phrases further apart ("known as the capital of …, regarded as
    the capital of …") are left alone: they are often deliberate.

    ## Why is this bad?
    Repetition loops are a known failure of neural machine translation (the decoder
    "hallucinates" the same phrase again); a reader sees a garbled sentence.

    ## Example
    `Prices rose in the city in the city after the storm.`

    Use instead: `Prices rose in the city after the storm.`
    """
    text = doc.text
    for seg in doc.segments:
        toks = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text, seg.offset, seg.end_offset)]
        # only white space between words counts as "immediately repeated": "faster and faster,
        # and" or "the cost, the cost of labour" are rhetoric, not a decoder loop
        plain = [text[toks[k][1] : toks[k + 1][0]].isspace() for k in range(len(toks) - 1)]
        words = [t[2] for t in toks]
        n_words = len(words)
        i = 0
        while i < n_words:
            hit = None
            for n in range(min(8, (n_words - i) // 2), 1, -1):
                if words[i : i + n] == words[i + n : i + 2 * n] and all(plain[i : i + 2 * n - 1]):
                    hit = n
                    break
            if hit:
                start, end = toks[i + hit][0], toks[i + 2 * hit - 1][1]
                phrase = text[toks[i][0] : toks[i + hit - 1][1]]
                yield Hit(start, end, f"phrase repeated: \"{phrase}\" (delete the second copy)", None, {"phrase": phrase, "words": hit})
                i += 2 * hit
                continue
            i += 1
