"""Transliteration helpers for name rules: Russian Cyrillic romanised as English texts write it
(BGN/PCGN), consonant skeletons, and the spellings other languages give Cyrillic sounds ("Wladimir",
"Poutine", "Lawrow") folded back to the English ones (data/en/source_romanisation.tsv)."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .data import table
from .lexicon import strip_accents

_BGN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_VOWELS = set("аеёиоуыэюяйьъ")


def romanise_russian(name: str) -> set[str]:
    """BGN/PCGN romanisations of a Russian name, with "ye" for е after a vowel or at the start and
    without it ("Николаев" -> {"Nikolaev", "Nikolayev"}); "ий" ends as "iy" or "y"."""
    out = set()
    for ye in (False, True):
        chars = []
        low = name.lower()
        for i, ch in enumerate(low):
            prev = low[i - 1] if i else " "
            if ch == "е" and ye and (prev in _VOWELS or not prev.isalpha()):
                chars.append("ye")
            else:
                chars.append(_BGN.get(ch, ch))
        text = "".join(chars)
        variants = {text}
        if text.endswith("iy"):
            variants.add(text[:-2] + "y")
        for v in variants:
            out.add("-".join(" ".join(w.capitalize() for w in part.split(" ")) for part in v.split("-")))
    return out


def skeleton(word: str) -> str:
    """Consonants of a romanised word, digraphs as one: "Kharkov" -> "krkv"."""
    w = strip_accents(word).lower()
    w = re.sub(r"shch|kh|zh|ch|sh|ts", lambda m: m.group()[0], w)
    return re.sub(r"[^a-z]|[aeiouy]|h", "", w)


def skeleton_distance(a: str, b: str) -> int:
    """Edit distance between the consonant skeletons of two words."""
    x, y = skeleton(a), skeleton(b)
    prev = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        cur = [i]
        for j, cy in enumerate(y, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cx != cy)))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=None)
def _folds() -> dict[str, tuple[tuple[re.Pattern, str], ...]]:
    out: dict[str, list] = {}
    for row in table("en/source_romanisation.tsv", ("lang", "spelling", "english")):
        out.setdefault(row["lang"], []).append((re.compile(row["spelling"]), row["english"]))
    return {k: tuple(v) for k, v in out.items()}


def fold_languages() -> tuple[str, ...]:
    return tuple(_folds())


def english_spellings(word: str, lang: str, limit: int = 64) -> set[str]:
    """Spellings English may give a name that ``lang`` spells ``word``: every combination of the
    language's rules applied or not ("Lawrow" from German -> "Lavrov", "Lawrov", "Lavrow", ...),
    in lower case without diacritics; the word itself is left out."""
    w = word.lower()
    rules = [(p, r) for p, r in _folds().get(lang, ()) if p.search(w)]
    out = set()
    for mask in itertools.islice(itertools.product((False, True), repeat=len(rules)), limit):
        s = w
        for (p, r), on in zip(rules, mask):
            if on:
                s = p.sub(r, s)
        out.add(strip_accents(s))
    out.discard(strip_accents(w))
    return out


@lru_cache(maxsize=None)
def _transcription(lang: str) -> tuple[re.Pattern, dict[str, str], re.Pattern, re.Pattern] | None:
    rows = [r for r in table(f"{lang}/english_transcription.tsv", ("english", "target", "marker")) if r["marker"] != "own"]
    if not rows:
        return None
    # a spelling ending in "$" stands at the end of the word only ("ov$": "Peskov" -> "Peskow")
    mapping = {r["english"].rstrip("$"): r["target"] for r in rows}

    def expression(spelling: str) -> str:
        return re.escape(spelling[:-1]) + "$" if spelling.endswith("$") else re.escape(spelling)

    spellings = sorted((r["english"] for r in rows), key=lambda e: (not e.endswith("$"), -len(e)))
    alternation = "|".join(expression(e) for e in spellings)
    markers = "|".join(expression(r["english"]) for r in rows if r["marker"] == "yes")
    in_context = "|".join(expression(r["english"]) for r in rows if r["marker"] in ("yes", "context"))
    return re.compile(alternation), mapping, re.compile(markers), re.compile(in_context)


@lru_cache(maxsize=None)
def own_transcription(lang: str) -> re.Pattern | None:
    """The spellings of Slavic names in ``lang``'s own transcription (the ``own`` row of
    data/<lang>/english_transcription.tsv: "Lawrow", "Poutine"), as one expression on the
    lower-case word; None for a language without one."""
    rows = [r for r in table(f"{lang}/english_transcription.tsv", ("english", "target", "marker")) if r["marker"] == "own"]
    return re.compile(rows[0]["target"]) if rows else None


def target_transcription(word: str, lang: str, slavic: bool = False) -> str | None:
    """The spelling ``lang`` gives a name that ``word`` writes in the English romanisation of
    Cyrillic ("Mikhailovka" -> "Michailowka" in German), when one of the language's marker spellings
    (kh, zh, -ovka ...: data/<lang>/english_transcription.tsv) shows the English style; else None.
    With ``slavic`` (the name is known to be a Slavic one), the ``context`` rows mark it too: spellings
    other names share ("y" after a consonant: "Volodymyr", but "Rodrygo")."""
    spec = _transcription(lang)
    if spec is None:
        return None
    pattern, mapping, markers, in_context = spec
    low = word.lower()
    if not (in_context if slavic else markers).search(low):
        return None
    out = pattern.sub(lambda m: mapping[m.group()], low)
    return out[:1].upper() + out[1:] if out != low else None
