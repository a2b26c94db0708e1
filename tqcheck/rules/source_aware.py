"""TQ401-TQ405: checks that need the source text — numbers, names, untranslated and unaligned text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..bilingual.align import expected_ratio
from ..bilingual.numbers import CARDINAL_WORDS, equivalent, has_number_words, numbers
from ..document import Document
from ..findings import Hit, Severity
from ..lexicon import capitalized, gazetteer, zipf
from ..names import name_key, one_edit
from ..registry import rule

_CAP_WORD = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}]+(?:-\p{Lu}[\p{L}\p{M}]+)*")


def _pairs(doc: Document):
    """(source text, target start, target end) of each aligned pair with text on both sides."""
    for pair in doc.alignment:
        if pair.source and pair.target:
            src = " ".join(doc.source_text[x.start : x.end] for x in pair.source)
            yield src, pair.target[0].start, pair.target[-1].end


@rule("TQ401", "number-mismatch", "error", "A number that differs between the source and the translation.")
def number_mismatch(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Compares the numbers of each aligned source and target sentence, reading each side with its
    own separators ("3,5" in Spanish is 3.5, "1.000" is 1000), accepting the same digits at another
    scale ("2,3 millones" / "2.3 million") and English number words ("five" for 5, "twenty-one").
    A target number that the source does not have is flagged where it stands; a source number
    missing from the translation is flagged on the sentence.

    ## Why is this bad?
    A changed figure is the most damaging mistranslation there is, and machine translation
    changes figures: dropped digits, swapped separators, numbers from another sentence.

    ## Example
    Source `Murieron 35 personas.`; translation `45 people died.`

    Use instead: `35 people died.`
    """
    if doc.source_text is None:
        return
    text = doc.text
    for src, a, b in _pairs(doc):
        s_nums = [n.value for n in numbers(src, doc.source_lang)]
        t_nums = numbers(text, doc.target_lang, a, b)
        pool = list(s_nums)
        digits = [n for n in t_nums if n.text[0].isdigit()]
        # cardinals first: "triple" or "pair" must not take the 3 or 2 that "three" or "two" needs
        words = sorted((n for n in t_nums if not n.text[0].isdigit()), key=lambda n: n.text.lower() not in CARDINAL_WORDS)

        def take(n, same) -> bool:
            k = next((i for i, v in enumerate(pool) if same(v, n.value)), None)
            if k is None:
                return False
            pool.pop(k)
            return True

        # exact values first (digits, then number words), then the same digits at another scale
        left = [n for n in digits if not take(n, lambda x, y: x == y)]
        unused_words = [n for n in words if not take(n, lambda x, y: x == y)]
        left = [n for n in left if not take(n, equivalent)]
        _hours_and_minutes(left, pool)
        extra = [n for n in left if not n.incidental]
        if has_number_words(doc.source_lang) and pool is not None:
            # a cardinal written out in the translation ("four") must stand in the source too
            extra += [n for n in unused_words if n.text.lower() in CARDINAL_WORDS and not take(n, equivalent)]
            extra.sort(key=lambda n: n.start)
        for n in extra:
            yield Hit(n.start, n.end, f"{n.text} is not in the source ({_fmt(s_nums)})", None, {"source_numbers": s_nums, "number": n.value})
        if pool and not extra:
            # small numbers are often written otherwise (months, "Xth century", "a pair"): not reported
            missing = [v for v in pool if v >= 13 and not any(equivalent(v, w.value) for w in unused_words)]
            if missing:
                yield Hit(a, b, f"number(s) of the source missing here: {_fmt(missing)}", None, {"missing": missing, "source": src}, Severity.WARNING)


def _hours_and_minutes(left: list, pool: list[float]) -> None:
    """"3:40" in the target and "3.40 Uhr" (read as 3.4) in the source are the same time."""
    for n in list(left):
        if n.incidental:
            continue
        nxt = next((m for m in left if m.incidental and m.start == n.end + 1), None)
        if nxt is None:
            continue
        joined = n.value + nxt.value / 100
        k = next((i for i, v in enumerate(pool) if abs(v - joined) < 1e-9), None)
        if k is not None:
            pool.pop(k)
            left.remove(n)


def _fmt(values: list[float]) -> str:
    return ", ".join(f"{v:g}" for v in values) or "none"


def _source_names(src: str, lang: str | None) -> list[str]:
    """Capitalised words of the source that look like names (not sentence-initial common words)."""
    out = []
    for m in _CAP_WORD.finditer(src):
        w = m.group()
        before = src[: m.start()].rstrip(" \"'“‘«(")
        at_start = not before or before[-1] in ".!?:"
        if at_start and zipf(w.lower(), lang or "en") >= 3.0:
            continue
        if zipf(w.lower(), lang or "en") >= 4.5:
            continue  # a common word written with a capital (German nouns, titles)
        out.append(w)
    return out


def _matches(key: str, keys: set[str]) -> bool:
    """Same key, one edit apart, or the same stem (inflected source forms: "Rybickiego" / "Rybicki")."""
    if key in keys:
        return True
    for k in keys:
        short, long_ = (k, key) if len(k) <= len(key) else (key, k)
        if len(short) >= 4 and long_.startswith(short[: max(4, len(short) - 1)]):
            return True
        if len(key) >= 5 and len(k) >= 5 and abs(len(k) - len(key)) <= 1 and one_edit(k, key):
            return True
    return False


@rule("TQ402", "name-mismatch", "warning", "A name of the source that is missing or changed in the translation.", needs_source_lang=True)
def name_mismatch(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    For each aligned sentence pair of a Latin- or Cyrillic-script source, flags a capitalised
    word of the translation (not at a sentence start) that is not in the source — compared
    transliteration-aware (the keys of TQ103, anyascii for Cyrillic) and stem-aware, since
    the source may inflect the name ("Rybickiego" / "Rybicki") — and is not an English word, a
    place or a nationality. Names missing from the translation are not reported: in inflecting
    and German sources too many capitalised words are not names.

    ## Why is this bad?
    Machine translation replaces rare names with frequent ones ("Piegza" becomes "Pieczka") or
    drops them; readers cannot notice without the source.

    ## Example
    Source `… dijo Piegza.`; translation `… said Pieczka.`

    Use instead: `… said Piegza.`
    """
    if doc.source_text is None or doc.source_lang in ("zh", "ja", "ko", "hi", "ar", "he", "th"):
        return
    from anyascii import anyascii

    text = doc.text
    cap, gaz = capitalized(doc.target_lang), gazetteer(doc.target_lang)
    for src, a, b in _pairs(doc):
        src_ascii = src if src.isascii() else anyascii(src)
        src_names = _source_names(src, doc.source_lang)
        src_keys = {name_key(anyascii(w)) for w in src_names} | {name_key(w) for w in regex.findall(r"[\p{L}\p{M}]+", src_ascii)}
        t_keys = set()
        changed = []
        for m in _CAP_WORD.finditer(text, a, b):
            w = m.group()
            t_keys.add(name_key(w))
            low = w.lower()
            before = text[a : m.start()].rstrip(" \"'“‘«(")
            if not before or before[-1] in ".!?:":
                continue  # sentence start: may be an ordinary word
            if low in cap or low in gaz or zipf(low, doc.target_lang) >= 2.5 or w.isupper():
                continue  # an English word (part of a translated name), a place, a nationality
            if not _matches(name_key(anyascii(w)), src_keys):
                changed.append(m)
        for m in changed:
            yield Hit(m.start(), m.end(), f"\"{m.group()}\" does not appear in the source", None, {"source": src, "source_names": src_names})
        # countries: the source must name the same country in its own language ("Alemania" / "Germany")
        names_here = _country_names(doc.target_lang, doc.source_lang)
        if names_here:
            src_words = {name_key(anyascii(w)) for w in regex.findall(r"[\p{L}\p{M}]+", src)}
            for m in _CAP_WORD.finditer(text, a, b):
                forms = names_here.get(m.group())
                if forms and not any(_matches(name_key(anyascii(f)), src_words) for f in forms):
                    yield Hit(m.start(), m.end(), f"the source does not name {m.group()}", None, {"source": src, "expected_in_source": sorted(forms)})


@lru_cache(maxsize=None)
def _country_names(tgt: str, src: str | None) -> dict[str, frozenset[str]]:
    """Target-language country name -> its names in the source language (CLDR via Babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        t, s = Locale.parse(tgt), Locale.parse(src or tgt)
    except (UnknownLocaleError, ValueError):
        return {}
    out: dict[str, frozenset[str]] = {}
    for code, name in t.territories.items():
        if code.isdigit() or " " in name or "(" in name:
            continue
        forms = {name}
        if code in s.territories:
            forms.add(s.territories[code])
        out[name] = frozenset(w for f in forms for w in re.findall(r"[^\W\d_]+", f)[:1])
    return out


@rule("TQ403", "untranslated-segment", "warning", "A sentence identical to its source: left untranslated.")
def untranslated_segment(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Flags a target sentence of three or more words that is identical to its aligned source
    sentence (ignoring case and spacing).

    ## Why is this bad?
    Translation tools leave segments they could not translate in the source language.

    ## Example
    Source `Leer más sobre el acuerdo.`; translation `Leer más sobre el acuerdo.`

    Use instead: `Read more about the agreement.`
    """
    if doc.source_text is None or doc.source_lang == doc.target_lang:
        return
    for src, a, b in _pairs(doc):
        t = doc.text[a:b]
        if len(re.findall(r"[^\W\d_]{2,}", t)) >= 3 and " ".join(t.split()).lower() == " ".join(src.split()).lower():
            yield Hit(a, b, "identical to the source: left untranslated", None, {"source": src})


@rule("TQ404", "length-ratio", "info", "A sentence much shorter or longer than its source.")
def length_ratio(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    Compares the length of each aligned target sentence with its source, allowing for the usual
    ratio of the language pair (about 3 English characters per Chinese or Japanese one), and flags
    sentences of 20 characters or more whose ratio is below 0.45 or above 2.2 times the expected.

    ## Why is this bad?
    A translation much shorter than its source usually lost a clause; a much longer one often
    carries a hallucinated or duplicated passage.

    ## Example
    Source `El ministro dijo que las conversaciones, suspendidas en mayo, se reanudarán el lunes.`;
    translation `The minister spoke.`
    """
    if doc.source_text is None:
        return
    expected = expected_ratio(doc.source_lang, doc.target_lang)
    for src, a, b in _pairs(doc):
        ls, lt = len(src), b - a
        if max(ls * expected, lt) < 20 or ls == 0:
            continue
        r = lt / (ls * expected)
        if r < 0.45 or r > 2.2:
            word = "shorter" if r < 1 else "longer"
            yield Hit(a, b, f"{r:.1f}× the expected length: much {word} than the source", None, {"source": src, "ratio": round(lt / ls, 2)})


@rule("TQ405", "unaligned", "warning", "Source text with no translation, or translated text with no source.")
def unaligned(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    After aligning the source and the translation (paragraphs, then sentences), flags each
    source sentence that has no counterpart — on the target sentence before the gap — and each
    target sentence that has no source.

    ## Why is this bad?
    Whole sentences and paragraphs go missing in translation pipelines (segmentation errors,
    length limits), and extra ones appear (hallucinations, leftovers of an earlier version).

    ## Example
    Source: three sentences; translation: the first and the third.
    """
    if doc.source_text is None:
        return
    last_target = None
    for pair in doc.alignment:
        if pair.target:
            last_target = pair.target[-1]
        if pair.source and not pair.target:
            src = " ".join(doc.source_text[x.start : x.end] for x in pair.source)
            anchor = last_target or (doc.segments[0] if doc.segments else None)
            if anchor is None:
                continue
            a, b = (anchor.start, anchor.end) if hasattr(anchor, "end") else (anchor.offset, anchor.end_offset)
            short = src if len(src) <= 80 else src[:77] + "…"
            yield Hit(a, b, f"the next source sentence has no translation: \"{short}\"", None, {"source": src})
        elif pair.target and not pair.source:
            a, b = pair.target[0].start, pair.target[-1].end
            yield Hit(a, b, "this sentence has no counterpart in the source", None, None)
