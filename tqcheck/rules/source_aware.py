"""TQ401-TQ405: checks that need the source text — numbers, names, untranslated and unaligned text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..bilingual.align import expected_ratio
from ..bilingual.entities import Haystack, Place, longest_place, places
from ..bilingual.numbers import CARDINAL_WORDS, equivalent, has_number_words, numbers
from ..bilingual.source_names import (
    ROMAN_NUMERAL, SourceSentence, missing_katakana, missing_latin, missing_names, missing_places, script,
)
from ..bilingual.target_names import all_places, name_runs, opens_clause, place_abbreviations
from ..document import Document
from ..findings import Hit, Severity
from ..data import word_list
from ..registry import rule
from ..wordclass import given_name, name_like, name_word, ordinary
from ..patterns import lazy


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
            # small numbers are often written otherwise (months, "Xth century", "a pair"): not reported;
            # nor one that a target number already stands for ("1850s" for "50ern des 19. Jahrhunderts")
            missing = [v for v in pool if v >= 13 and not any(v != n.value and equivalent(v, n.value) for n in t_nums)]
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


@rule("TQ402", "name-mismatch", "warning", "A name of the source that is missing or changed in the translation.", needs_source_lang=True)
def name_mismatch(doc: Document) -> Iterator[Hit]:
    """
    ## What it does
    For each aligned sentence pair, flags a name of the translation that the source does not
    have:
    - a **place** (a country, region or city of the gazetteer) must appear in the source under
      one of its names in another language — GeoNames and CLDR names in 40 languages, compared
      romanised ("Múnich", "Monaco di Baviera", "Мюнхене", "慕尼黑" all name Munich);
    - another **name word** (a capitalised word that is not an ordinary English word, a
      nationality, a day or a month — unless it is part of a person's name: "President
      Conte") must appear in the source spelled alike or transliterated: the keys of TQ103,
      stem-aware since the source may inflect the name ("Rybickiego" / "Rybicki"); a consonant
      skeleton for Cyrillic and Devanagari; pinyin syllables, or the sound, for Chinese; the
      sound of katakana for Japanese (names in romaji are not checked);
    - a name may also stand in the source in the form another language gives it ("Karl" for
      Charles, `name_forms.tsv`);
    - an **acronym** or a **code** ("A4", "Ka-52M") must stand in the source as it is,
      romanised, or as a listed translation ("ONU" for UN); currency codes and generic
      acronyms (TV, BC) pass;
    - from a **Chinese** source, where CC-CEDICT tells what its words mean: a name word that a
      source word means passes (普京 "Vladimir Putin"), and ordinary words written as a name
      ("the Finnish Gulf", "House of God") are flagged when none of them is what a source word
      means, sounds like or is spelled as (months, days, nationalities and a lone capitalised
      word that opens a clause are left alone).

    It also reports, once per sentence and only where no name of the translation was flagged
    (a replaced name gets one finding, on the name): a **country, continent, US state or big
    city of the source** (CLDR's names in the source language, inflected or not; cities those
    of the time-zone cities: "Paryżu") that the translation names neither by an English name, a
    short form, an adjective ("Polish") nor a place whose name holds it (Monaco in "Monaco di
    Baviera"); a **name of a Latin- or Cyrillic-script source** — capitalised and not a
    frequent word of the source language, or an international name ("Nissan"); in German not a
    compound of frequent words — that the translation has neither spelled alike, by sound nor
    by an English cognate ("Antykorupcyjne" / "Anticorruption");
    what the source writes **in Latin letters** that the translation lacks: a name or an
    acronym in a source of another script ("Twitter", "ZMapp"), an acronym in a Latin-script
    source ("FIFA", or its English form: "ONU" is UN); and a **katakana word** of a Japanese
    source that nothing in the translation sounds like ("ブランビーズ" Brumbies).

    ## Why is this bad?
    Machine translation replaces rare names with frequent ones ("Piegza" becomes "Pieczka"),
    swaps one place for another, or hallucinates names; readers cannot notice without the source.

    ## Example
    Source `… dijo Piegza en Múnich.`; translation `… said Pieczka in Berlin.`

    Use instead: `… said Piegza in Munich.`
    """
    if doc.source_text is None:
        return
    lang = doc.target_lang
    table_ = places(lang)
    starts = {s.offset for s in doc.segments}
    for src_text, a, b in _pairs(doc):
        src = _LazySource(src_text, doc.source_lang)
        here = name_runs(doc.text, a, b, starts, lang, doc.source_lang)
        named: list[Place] = []  # places the translation names: their names may hold a country's
        replaced = False
        for men, person in here + [(m, False) for m in place_abbreviations(doc.text, a, b, [m for m, _ in here], table_)]:
            words = [regex.sub(r"['’]s?$", "", t.text) if not t.text.endswith(".") else t.text for t in men.tokens]
            place_hits, flagged, common = _check_mention(doc.text, men, person, words, lang, doc.source_lang, src, named)
            for hit in place_hits:
                replaced = True
                yield hit
            for group in _runs(flagged):
                t0, t1 = men.tokens[group[0]], men.tokens[group[-1]]
                shown = doc.text[t0.start : t1.end]
                replaced = True
                yield Hit(t0.start, t1.end, f"\"{shown}\" does not appear in the source", None, {"source": src_text})
            if common and not flagged and script(doc.source_lang) in ("Hans", "Hant"):
                for group in _runs(common):
                    if len(group) == 1 and opens_clause(doc.text, men.tokens[group[0]].start, starts | {a}):
                        continue  # "…the thing: Nobody knows", "“Go home”": capitalised as a first word
                    content = [words[g] for g in group if name_like(words[g], lang)]
                    if not content or any(src().glossed(w) is not False or src().has_word(w) or src().has_name(w) for w in content):
                        continue  # a word of it means, sounds like or is a word of the source ("Armed Forces": 武装力量)
                    t0, t1 = men.tokens[group[0]], men.tokens[group[-1]]
                    shown = doc.text[t0.start : t1.end]
                    replaced = True
                    yield Hit(t0.start, t1.end, f"\"{shown}\" is written as a name, but no word of the source means it", None, {"source": src_text})
        for m in _CODE.finditer(doc.text, a, b):
            if not src().has_code(m.group()):
                replaced = True
                yield Hit(m.start(), m.end(), f"\"{m.group()}\" does not appear in the source", None, {"source": src_text})
        if replaced:
            continue  # a name put in the place of the source's: one finding, on the name
        target = Haystack(doc.text[a:b])
        yield from missing_places(src(), target, a, b, lang, named)
        missing = missing_names(src(), target, lang, named) + missing_latin(src(), target, lang) + missing_katakana(src(), target, lang)
        if missing:
            shown = ", ".join(dict.fromkeys(missing))
            yield Hit(a, b, f"name(s) of the source missing here: {shown}", None, {"source": src_text, "missing": missing}, Severity.WARNING)


class _LazySource:
    """The aligned source sentence, prepared for look-ups only when a check needs it."""

    def __init__(self, text: str, lang: str | None) -> None:
        self.text, self.lang, self.sentence = text, lang, None

    def __call__(self) -> SourceSentence:
        if self.sentence is None:
            self.sentence = SourceSentence(self.text, self.lang)
        return self.sentence


def _check_mention(text: str, men, person: bool, words: list[str], lang: str, source_lang, src: _LazySource, named: list[Place]):
    """Look one name run of the translation up in the source, word by word: a place must be named
    there (its findings are returned), an acronym or a name word found; ordinary words are set
    apart. Returns (place findings, indexes of words not in the source, indexes of ordinary words)."""
    table_ = places(lang)
    hits: list[Hit] = []
    flagged: list[int] = []
    common: list[int] = []  # ordinary words written as a name ("the Security Police")
    i = 0
    while i < len(words):
        n = longest_place(words[i:], lang)
        if n and table_[" ".join(words[i : i + n]).lower()].kind in ("city", "us-state") and (
            all(w.lower() in word_list(f"{lang}/place_words.txt") for w in words[i : i + n])
            or (n == 1 and given_name(words[i].lower(), lang))
        ):
            n = 0  # "Reading", "Mobile": a town named with an English word, used as the word;
            # "Mary", "Florence": a person's name first (looked up as a name below)
        as_name = False
        if n == 1 and len(words) > 1 and table_[words[i].lower()].kind in ("city", "big-city") and not all_places(words, lang):
            n, as_name = 0, True  # "Vladimir Putin", "John Kennedy": a person named like a city, checked as a name
        if n:
            place = table_[" ".join(words[i : i + n]).lower()]
            named.append(place)
            if not src().has_place(place, words[i : i + n], lang):
                t0, t1 = men.tokens[i], men.tokens[i + n - 1]
                shown = text[t0.start : t1.end]
                hits.append(Hit(t0.start, t1.end, f"the source does not name {shown}", None, {"source": src.text}))
            i += n
            continue
        w = words[i]
        i += 1
        if w.isupper() and len(w) >= 2 and w.isalpha() and not ROMAN_NUMERAL.fullmatch(w):
            if not src().has_acronym(w, lang):
                flagged.append(i - 1)
            continue
        if men.initial or w.isupper() or len(w) < 2:
            continue
        if ordinary(w.lower(), lang) and not as_name and not (person and name_word(w.lower(), lang, source_lang)) and not given_name(w.lower(), lang):
            common.append(i - 1)
            continue  # an ordinary word, a nationality or a day; acronyms are often translated
        if not src().has_name(w):
            flagged.append(i - 1)
    return hits, flagged, common


#: a code of a capital, up to two more letters, and digits: "A4", "DK19", "J3", "Ka-52M", "F-16", "G7"
_CODE = lazy(regex, r"(?<![\p{L}\p{N}-])\p{Lu}[\p{Lu}\p{Ll}]{0,2}-?\d+[\p{Lu}]{0,2}(?![\p{L}\p{N}])")


def _runs(indexes: list[int]) -> list[list[int]]:
    """[1, 2, 4] -> [[1, 2], [4]]"""
    out: list[list[int]] = []
    for i in indexes:
        if out and out[-1][-1] == i - 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


@rule("TQ403", "untranslated-segment", "warning", "A sentence identical to its source: left untranslated.", neutral=True)
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


@rule("TQ404", "length-ratio", "info", "A sentence much shorter or longer than its source.", neutral=True)
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


@rule("TQ405", "unaligned", "warning", "Source text with no translation, or translated text with no source.", neutral=True)
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
