"""Which language a text is written in, from the statistics tqcheck already ships.

Two signals, no model:

* the script of its letters: a text mostly in Hangul is Korean, in kana Japanese, in Han
  characters without kana Chinese, in Cyrillic Russian (Ukrainian with і ї є ґ), in Greek,
  Hebrew, Thai, Devanagari (Hindi) or Arabic letters (Persian with پ چ ژ گ) those languages;
* for Latin script, the function words of each language with a profile
  (``data/<lang>/function_words.txt``: articles, pronouns, prepositions, conjunctions): in running
  text they are a third of the words, and which language's they are is plain. A word that several
  languages share ("de", "la", "en") counts for each a share (1/n), so the words only one
  language has decide between neighbours (Spanish "el", "los", "y"; Portuguese "os", "em", "não").

A text too short or too mixed to tell (fewer than a few function words, no clear winner) is
"not detected": the caller falls back to English and says so.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from .patterns import lazy

#: languages detected by their function words (those with a profile in tqcheck/data)
FUNCTION_WORD_LANGUAGES = ("de", "en", "es", "fr", "it", "pt")
#: characters of text looked at (a page's opening is enough to tell its language)
SAMPLE = 10_000

#: function words a text needs before its language is told
MIN_WORDS = 4
#: log10 likelihood ratio (best language against the next) of a "strong" detection
STRONG = 6.0

_WORD = lazy(re, r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Detection:
    lang: str | None  #: the language, or None when the text does not tell
    script: str  #: the dominant script of its letters (ISO 15924: Latn, Cyrl, Hani, ...)
    #: per language: log10 likelihood of its function words; empty for other scripts
    scores: dict[str, float]
    words: int  #: words looked at
    #: how sure: "strong" (clearly this language), "weak" (likely), "none"
    strength: str = "none"

    def evidence(self) -> dict:
        top = sorted(self.scores.items(), key=lambda kv: -kv[1])[:3]
        return {"detected": self.lang, "script": self.script, "words": self.words, "log_likelihood": {k: round(v, 1) for k, v in top}}


@lru_cache(maxsize=None)
def _function_words() -> dict[str, frozenset[str]]:
    """language -> its function words."""
    from .data import word_list

    return {lang: word_list(f"{lang}/function_words.txt") for lang in FUNCTION_WORD_LANGUAGES}


@lru_cache(maxsize=None)
def _model() -> dict[str, tuple[float, ...]]:
    """word -> log10 P(word | language, the word is one of the function words), per language of
    FUNCTION_WORD_LANGUAGES, from data/function_word_zipf.tsv (a word a language never uses: Zipf 1)."""
    from .data import _read

    rows: dict[str, list[float]] = {}
    header: list[str] = []
    for line in (_read("function_word_zipf.tsv") or "").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header:
            header = cells[1:]
            continue
        rows[cells[0]] = [max(float(z), 1.0) for z in cells[1:]]
    order = [header.index(lang) for lang in FUNCTION_WORD_LANGUAGES]
    totals = [math.log10(sum(10 ** r[i] for r in rows.values())) for i in order]
    return {w: tuple(r[i] - t for i, t in zip(order, totals)) for w, r in rows.items()}


def _script(ch: str) -> str | None:
    o = ord(ch)
    if o < 0x250:
        return "Latn"
    if 0x370 <= o < 0x400:
        return "Grek"
    if 0x400 <= o < 0x530:
        return "Cyrl"
    if 0x590 <= o < 0x600:
        return "Hebr"
    if 0x600 <= o < 0x700 or 0x750 <= o < 0x780 or 0xFB50 <= o < 0xFE00 or 0xFE70 <= o < 0xFF00:
        return "Arab"
    if 0x900 <= o < 0x980:
        return "Deva"
    if 0xE00 <= o < 0xE80:
        return "Thai"
    if 0x1E00 <= o < 0x1F00:
        return "Latn"
    if 0x1F00 <= o < 0x2000:
        return "Grek"
    if 0x3040 <= o < 0x3100 or 0x31F0 <= o < 0x3200 or 0xFF66 <= o < 0xFF9E:
        return "Kana"
    if 0xAC00 <= o < 0xD7B0 or 0x1100 <= o < 0x1200 or 0x3130 <= o < 0x3190:
        return "Hang"
    if 0x4E00 <= o < 0xA000 or 0x3400 <= o < 0x4DC0 or 0x20000 <= o < 0x2FA20 or 0xF900 <= o < 0xFB00:
        return "Hani"
    return None


#: a letter of another script than Latin
_OTHER_LETTER = lazy(re, r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def _scripts(text: str) -> dict[str, int]:
    """Letters per script (of the text's opening, unless it is plainly Latin)."""
    if len(_OTHER_LETTER.findall(text)) < 0.02 * len(text):  # the usual case, without a look at each character
        return {"Latn": 1} if re.search(r"[A-Za-z\u00c0-\u024f]", text) else {}
    counts: dict[str, int] = {}
    for ch in text[:4000]:
        if ch.isalpha():
            s = _script(ch)
            if s is not None:
                counts[s] = counts.get(s, 0) + 1
    return counts


def _by_script(text: str, counts: dict[str, int]) -> tuple[str, str | None]:
    """(dominant script, the language it tells, or None for Latin)."""
    total = sum(counts.values())
    han_kana = counts.get("Hani", 0) + counts.get("Kana", 0)
    if han_kana >= 0.5 * total:
        # Japanese writes kana between its kanji; Chinese has none
        return ("Jpan", "ja") if counts.get("Kana", 0) >= 0.05 * han_kana else ("Hani", "zh")
    script = max(counts, key=counts.get)
    if counts[script] < 0.5 * total or script == "Latn":
        return script, None
    if script == "Cyrl":
        return script, "uk" if re.search(r"[ґєії]", text.lower()) else "ru"
    if script == "Arab":
        return script, "fa" if re.search(r"[پچژگ]", text) else "ar"
    return script, {"Grek": "el", "Hebr": "he", "Deva": "hi", "Thai": "th", "Hang": "ko"}.get(script)


def detect(text: str) -> Detection:
    """The language of ``text`` (see the module's documentation)."""
    sample = unicodedata.normalize("NFC", text[:SAMPLE])
    counts = _scripts(sample)
    if not counts:
        return Detection(None, "Zyyy", {}, 0)
    script, lang = _by_script(sample, counts)
    if script != "Latn":
        return Detection(lang, script, {}, 0, "strong" if lang else "none")
    model = _model()
    own = _function_words()
    loglik = [0.0] * len(FUNCTION_WORD_LANGUAGES)
    hits = dict.fromkeys(FUNCTION_WORD_LANGUAGES, 0)
    tokens = Counter(_WORD.findall(sample.lower()))
    words = sum(tokens.values())
    known = 0
    for w, n in tokens.items():
        probs = model.get(w)
        if probs is None:
            continue
        known += n
        for i, p in enumerate(probs):
            loglik[i] += n * p
        for lang in FUNCTION_WORD_LANGUAGES:
            if w in own[lang]:
                hits[lang] += n
    scores = {lang: round(ll, 2) for lang, ll in zip(FUNCTION_WORD_LANGUAGES, loglik)}
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (best, l1), (_, l2) = ranked[0], ranked[1]
    coverage = hits[best] / words if words else 0.0
    if known < MIN_WORDS or l1 - l2 < 2 or coverage < 0.15:
        return Detection(None, script, scores, words)
    strong = known >= 10 and l1 - l2 >= STRONG and coverage >= 0.2
    return Detection(best, script, scores, words, "strong" if strong else "weak")


def disagreement(declared: str, detection: Detection) -> bool:
    """Whether a text clearly is not in the ``declared`` language (its base code)."""
    from .langs import script_of

    if detection.lang is None or detection.strength != "strong" or detection.lang == declared:
        return False
    if declared in FUNCTION_WORD_LANGUAGES:
        return detection.script != "Latn" or detection.scores[detection.lang] - detection.scores[declared] >= STRONG
    expected = script_of(declared)
    seen = detection.script
    if expected in ("Hans", "Hant", "Hani"):
        expected = "Hani"
    return expected != seen and not (expected == "Jpan" and seen == "Hani") and not (expected == "Kore" and seen == "Hang")
