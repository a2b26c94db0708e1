"""Plain-language reasons for a drift finding (TQ301): what the back-translation (or the round trip)
lost or gained against the text it is scored against, in words an editor reads without knowing chrF.

Each reason names the words or numbers concerned: a negation word lost or added, a number missing
or added, a back-translation much shorter or longer, words of the reference it does not have.
"""

from __future__ import annotations

from collections import Counter

import regex

from .scoring import _negation_words
from ..patterns import lazy

_WORD = lazy(regex, r"\p{L}+(?:['’]\p{L}*)?")
_NUMBER = lazy(regex, r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
#: a word at least this long counts as a content word (shorter ones are mostly function words)
_CONTENT = 5
#: words compare by their first letters, so "assinou" and "assinado" are the same word
_STEM = 5
MAX_WORDS = 4


def _negation_tokens(text: str, lang: str) -> Counter | None:
    words = _negation_words().get(lang)
    if words is None:
        return None
    out: Counter = Counter()
    for tok in _WORD.findall(text.lower()):
        tok = tok.replace("’", "'")
        if tok in words:
            out[tok] += 1
        elif lang == "en" and tok.endswith("n't"):
            out["not"] += 1
        elif "'" in tok and tok.split("'")[0] + "'" in words:
            out[tok.split("'")[0] + "'"] += 1
    return out


def _numbers(text: str) -> dict[str, str]:
    """Numbers by their digits (so 12,000 and 12.000 are the same number) -> the form written."""
    out: dict[str, str] = {}
    for m in _NUMBER.finditer(text):
        out.setdefault(regex.sub(r"\D", "", m.group()), m.group().strip())
    return out


def _quoted(words) -> str:
    items = [f"“{w}”" for w in words]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def reasons(reference: str, compared: str, lang: str, mode: str = "source", *, low_overlap: bool = False) -> list[str]:
    """What ``compared`` (a back-translation, or a round trip when ``mode`` is "roundtrip") lost or
    gained against ``reference`` (the source segment, or the target segment), both in ``lang``.

    ``low_overlap``: the two share few characters (a low chrF); then the reference's content words
    missing from ``compared`` are named, or a general reason is given when nothing else is found.
    """
    this = "the round trip" if mode == "roundtrip" else "the back-translation"
    ref_name = "the text" if mode == "roundtrip" else "the source"
    out: list[str] = []
    ref_neg, cmp_neg = _negation_tokens(reference, lang), _negation_tokens(compared, lang)
    if ref_neg is not None and cmp_neg is not None and sum(ref_neg.values()) != sum(cmp_neg.values()):
        lost, added = ref_neg - cmp_neg, cmp_neg - ref_neg
        if sum(ref_neg.values()) > sum(cmp_neg.values()):
            out.append(f"{this} lost {_quoted(sorted(lost))}" if lost else f"{this} has fewer negation words than {ref_name}")
        else:
            out.append(f"{this} adds {_quoted(sorted(added))}" if added else f"{this} has more negation words than {ref_name}")
    ref_num, cmp_num = _numbers(reference), _numbers(compared)
    missing = [ref_num[k] for k in ref_num if k not in cmp_num]
    extra = [cmp_num[k] for k in cmp_num if k not in ref_num]
    if missing:
        noun = "number" if len(missing) == 1 else "numbers"
        verb = "is" if len(missing) == 1 else "are"
        out.append(f"{ref_name}'s {noun} {_quoted(missing)} {verb} missing from {this}")
    if extra:
        out.append(f"{this} has {_quoted(extra)}, which {ref_name} does not")
    ref_words, cmp_words = _WORD.findall(reference), _WORD.findall(compared)
    if ref_words and len(cmp_words) < 0.6 * len(ref_words):
        out.append(f"{this} is much shorter than {ref_name} ({len(cmp_words)} words against {len(ref_words)})")
    elif cmp_words and len(cmp_words) > 1.6 * max(len(ref_words), 1):
        out.append(f"{this} is much longer than {ref_name} ({len(cmp_words)} words against {len(ref_words)})")
    if low_overlap:
        stems = {w.lower()[:_STEM] for w in cmp_words}
        content = list(dict.fromkeys(w for w in ref_words if len(w) >= _CONTENT))
        gone = [w for w in content if w.lower()[:_STEM] not in stems]
        if gone:
            shown = ", ".join(f"“{w}”" for w in gone[:MAX_WORDS]) + ("…" if len(gone) > MAX_WORDS else "")
            if len(gone) == 1:
                out.append(f"{this} does not have {ref_name}'s word {shown}")
            elif 2 * len(gone) >= len(content):
                out.append(f"most words of {ref_name} are missing from {this} ({len(gone)} of {len(content)}: {shown})")
            else:
                out.append(f"words of {ref_name} missing from {this}: {shown}")
        if not out:
            out.append(f"{this} reads differently from {ref_name}")
    return out
