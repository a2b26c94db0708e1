"""TQ401-TQ405: checks that need the source text — numbers, names, untranslated and unaligned text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..bilingual.align import expected_ratio
from ..bilingual.entities import Haystack, Place, key, longest_place, near_skeleton, places, places_in, skeleton, tokens
from ..bilingual.numbers import CARDINAL_WORDS, equivalent, has_number_words, numbers
from ..document import Document
from ..findings import Hit, Severity
from ..data import word_list
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


#: scripts whose romanisation (anyascii) keeps a foreign name recognisable
_ALPHABETIC = ("Latn", "Cyrl", "Grek")


class _Source:
    """One aligned source sentence, prepared for name look-ups."""

    def __init__(self, src: str, lang: str | None) -> None:
        from anyascii import anyascii


        self.text = src
        self.lang = lang
        self.hay = Haystack(src, lang if _script(lang) == "Deva" else None)
        self.script = _script(lang)
        ascii_src = src if src.isascii() else anyascii(src)
        self.ascii = ascii_src
        self.names = _source_names(src, lang) if self.script in _ALPHABETIC else []
        self.keys = {name_key(anyascii(w)) for w in self.names} | {name_key(w) for w in regex.findall(r"[\p{L}\p{M}]+", ascii_src)}

    def has_place(self, place: Place, words: list[str], lang: str) -> bool:
        """The source names the place: one of its names in any language, an abbreviation in the
        source's script, or (for "New Jersey", "Christmas Island") a distinctive word of it."""
        if any(self.hay.has(k) for k in place.keys) or any(f in self.text for f in place.forms):
            return True
        if self.script in ("Hans", "Hant") and any(regex.search(r"\p{Han}", f) for f in place.forms):
            return False  # its Chinese names are listed (俄亥俄 for Ohio, 长江 the Yangtze River): they decide
        if len(words) == 1:
            word = words[0].lower()
            if self.script in _SYLLABIC:
                if place.kind in ("country", "continent", "region") or (place.kind == "big-city" and self.script != "Jpan"):
                    return False  # named in Chinese and Japanese by CLDR/GeoNames: its keys and short forms decide
                if self.script == "Jpan" and _ROMAJI.fullmatch(word):
                    return True  # a Japanese town in romaji ("Toyama"): its kanji are read otherwise than anyascii's
                # Japanese may write a city in katakana (ナゴヤ): by its sounds
                return self.hay.sounds_close(word)  # a town written by its sounds
            if self.script in _ALPHABETIC and place.kind != "country":
                return self.has_name(words[0])  # a person named like a city ("Elizabeth", "Kennedy")
            if self.script in _ALPHABETIC:
                return self.hay.sounds_like(word)
            # Devanagari and other scripts: by sound, strictly for the places every language names
            if place.kind in ("country", "big-city", "continent", "region"):
                sk = skeleton(word)  # two consonants must be a whole word's (मक्का "makka" / Mecca)
                return (len(sk) >= 3 and sk in self.hay.window_skeletons) or (len(sk) == 2 and sk in self.hay.window_skeletons.split("|"))
            return self.has_name(words[0])
        generic = word_list(f"{lang}/place_generic_words.txt")
        distinctive = [w for w in words if w.lower() not in generic] or words  # "Christmas" of Christmas Island
        return any(
            len(w) >= 4 and (self.has_name(w) if not _ordinary(w.lower(), lang) else w[0].isupper() and self._has_ordinary_word(w))
            for w in distinctive
        )

    def _has_ordinary_word(self, word: str) -> bool:
        """An everyday word of a place's name is in the source: as it is ("Nueva Jersey"), or
        where the script writes English words by their sounds, by its sound ("क्रिसमस" Christmas)."""
        if self.script == "Deva":
            sk = skeleton(key(word))
            pieces = self.hay.window_skeletons.split("|")
            # nearly: "Christmas" has a silent t and क्रिसमस "krisms" an n-like m ("krstms" / "krsns")
            return len(sk) >= 3 and (sk in pieces or near_skeleton(sk, pieces))
        return self._has_word(word)

    def glossed(self, word: str, min_chars: int = 1) -> bool | None:
        """A Chinese source word (of ``min_chars`` characters or more) has ``word`` in its English
        definitions; None where CC-CEDICT is not installed."""
        from ..bilingual import cedict

        found = cedict.glosses(self.text, min_chars=min_chars)
        return None if found is None else cedict.stem(word) in found

    def _has_word(self, word: str) -> bool:
        """The source has ``word`` as it is, capital and all ("Nueva Jersey" for New Jersey)."""
        return regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])", self.text) is not None

    def has_code(self, code: str) -> bool:
        """A code of letters and digits ("A4", "DK19", "Ka-52M", "F-16") stands in the source as it
        is, romanised ("МиГ-29"), compared without case, spaces and hyphens. Devanagari sources
        spell codes out, so there the check cannot tell and passes."""
        if self.script == "Deva":
            return True
        import unicodedata

        from anyascii import anyascii

        flat = _NOT_ALNUM.sub("", anyascii(unicodedata.normalize("NFKC", self.text)).lower())
        return _NOT_ALNUM.sub("", code.lower()) in flat

    def has_acronym(self, word: str, lang: str) -> bool:
        """An acronym of the translation stands in the source as it is (or romanised: "РИА" for
        RIA, "ČEZ" for CEZ), or as one of the forms other languages use for it ("ONU" for UN).
        Where the source's script spells acronyms out (Devanagari "एनएसए" for NSA), or a Chinese
        or Japanese source has no Latin acronym at all, the check cannot tell and passes."""
        if word in _generic_acronyms(lang):
            return True
        if self.script == "Deva" or (self.script in _SYLLABIC and not re.search(r"[A-Z]{2}", self.text)):
            return True
        if word in self.text or word in self.ascii:
            return True
        if self.script in ("Cyrl", "Grek") and regex.search(r"\b[\p{Lu}&&[^\p{Latin}]]{2,}\b", self.text, flags=regex.V1):
            return True  # "МРП": a local acronym the translation may render by an English one
        low = self.text.lower()
        return any(f.lower() in low for f in _acronym_forms(lang).get(word, ()))

    def has_name(self, word: str) -> bool:
        """A name word of the translation is in this source: spelled alike or transliterated.
        True too where the source's script cannot tell (Japanese, Korean, Arabic...)."""
        from anyascii import anyascii


        k = key(word)
        if self.hay.has(k) or self.hay.has_compact(k):
            return True
        if any(self.hay.has(f) for f in _name_forms().get(word, ())):
            return True  # "Karl II." is Charles II
        if self.script in _ALPHABETIC:
            return _matches(name_key(anyascii(word)), self.keys) or self.hay.sounds_like(k)
        if self.script == "Deva":
            return self.hay.sounds_like(k, anywhere=True)
        if self.script in ("Hans", "Hant") and self.glossed(word, 2):
            return True  # a source word means it (CC-CEDICT: 普京 "Vladimir Putin")
        if self.script in ("Hans", "Hant") and _is_pinyin(k):
            return False  # a Chinese name in pinyin must be in the source's syllables
        if self.script == "Jpan" and _ROMAJI.fullmatch(k):
            return True  # a Japanese name ("Otani"): its kanji are read otherwise than anyascii's
        if self.script in ("Hans", "Hant", "Jpan", "Kore"):
            return self.hay.sounds_close(k)  # a foreign name written by its sounds
        return True


#: a word made of Japanese syllables in Hepburn romanisation ("masujiro", "kaminarimon", "otani")
_ROMAJI = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|j|ts|f|w|y)?[aiueo]|n(?![aiueoy])|[kstpc](?=[kstpc]))+")


@lru_cache(maxsize=4096)
def _is_pinyin(word: str) -> bool:
    """The word splits into toneless pinyin syllables of two letters or more ("mengqi", "xian")."""
    syllables = word_list("zh/pinyin.txt")

    @lru_cache(maxsize=None)
    def split(i: int) -> bool:
        return i == len(word) or any(word[i:j] in syllables and split(j) for j in range(i + 2, min(len(word), i + 6) + 1))

    return bool(word) and split(0)


def _script(lang: str | None) -> str:
    from ..langs import script_of

    return script_of(lang or "en")


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
        src: _Source | None = None
        here = _name_runs(doc.text, a, b, starts, lang, doc.source_lang)
        named: list[Place] = []  # places the translation names: their names may hold a country's
        replaced = False
        for men, person in here + [(m, False) for m in _place_abbreviations(doc.text, a, b, [m for m, _ in here], table_)]:
            words = [regex.sub(r"['’]s?$", "", t.text) if not t.text.endswith(".") else t.text for t in men.tokens]
            flagged: list[int] = []
            common: list[int] = []  # ordinary words written as a name ("the Security Police")
            i = 0
            while i < len(words):
                n = longest_place(words[i:], lang)
                if n and table_[" ".join(words[i : i + n]).lower()].kind in ("city", "us-state") and (
                    all(w.lower() in word_list(f"{lang}/place_words.txt") for w in words[i : i + n])
                    or (n == 1 and _given_name(words[i].lower(), lang))
                ):
                    n = 0  # "Reading", "Mobile": a town named with an English word, used as the word;
                    # "Mary", "Florence": a person's name first (looked up as a name below)
                as_name = False
                if n == 1 and len(words) > 1 and table_[words[i].lower()].kind in ("city", "big-city") and not _all_places(words, lang):
                    n, as_name = 0, True  # "Vladimir Putin", "John Kennedy": a person named like a city, checked as a name
                if n:
                    place = table_[" ".join(words[i : i + n]).lower()]
                    named.append(place)
                    src = src or _Source(src_text, doc.source_lang)
                    if not src.has_place(place, words[i : i + n], lang):
                        t0, t1 = men.tokens[i], men.tokens[i + n - 1]
                        shown = doc.text[t0.start : t1.end]
                        replaced = True
                        yield Hit(t0.start, t1.end, f"the source does not name {shown}", None, {"source": src_text})
                    i += n
                    continue
                w = words[i]
                i += 1
                if w.isupper() and len(w) >= 2 and w.isalpha() and not _ROMAN_NUMERAL.fullmatch(w):
                    src = src or _Source(src_text, doc.source_lang)
                    if not src.has_acronym(w, lang):
                        flagged.append(i - 1)
                    continue
                if men.initial or w.isupper() or len(w) < 2:
                    continue
                if _ordinary(w.lower(), lang) and not as_name and not (person and _name_word(w.lower(), lang, doc.source_lang)) and not _given_name(w.lower(), lang):
                    common.append(i - 1)
                    continue  # an ordinary word, a nationality or a day; acronyms are often translated
                src = src or _Source(src_text, doc.source_lang)
                if not src.has_name(w):
                    flagged.append(i - 1)
            for group in _runs(flagged):
                t0, t1 = men.tokens[group[0]], men.tokens[group[-1]]
                shown = doc.text[t0.start : t1.end]
                replaced = True
                yield Hit(t0.start, t1.end, f"\"{shown}\" does not appear in the source", None, {"source": src_text})
            if common and not flagged and _script(doc.source_lang) in ("Hans", "Hant"):
                src = src or _Source(src_text, doc.source_lang)
                for group in _runs(common):
                    if len(group) == 1 and _opens_clause(doc.text, men.tokens[group[0]].start, starts | {a}):
                        continue  # "…the thing: Nobody knows", "“Go home”": capitalised as a first word
                    content = [words[g] for g in group if _name_like(words[g], lang)]
                    if not content or any(src.glossed(w) is not False or src._has_word(w) or src.has_name(w) for w in content):
                        continue  # a word of it means, sounds like or is a word of the source ("Armed Forces": 武装力量)
                    t0, t1 = men.tokens[group[0]], men.tokens[group[-1]]
                    shown = doc.text[t0.start : t1.end]
                    replaced = True
                    yield Hit(t0.start, t1.end, f"\"{shown}\" is written as a name, but no word of the source means it", None, {"source": src_text})
        for m in _CODE.finditer(doc.text, a, b):
            src = src or _Source(src_text, doc.source_lang)
            if not src.has_code(m.group()):
                replaced = True
                yield Hit(m.start(), m.end(), f"\"{m.group()}\" does not appear in the source", None, {"source": src_text})
        if replaced:
            continue  # a name put in the place of the source's: one finding, on the name
        src = src or _Source(src_text, doc.source_lang)
        target = Haystack(doc.text[a:b])
        yield from _missing_places(src, target, a, b, lang, named)
        missing = _missing_names(src, target, lang, named) + _missing_latin(src, target, lang) + _missing_katakana(src, target, lang)
        if missing:
            shown = ", ".join(dict.fromkeys(missing))
            yield Hit(a, b, f"name(s) of the source missing here: {shown}", None, {"source": src.text, "missing": missing}, Severity.WARNING)


def _missing_names(src: _Source, hay: Haystack, lang: str, named: list[Place] = ()) -> list[str]:
    """Names of a Latin- or Cyrillic-script source (capitalised, not sentence-initial, not a
    frequent word of the source language: Zipf below 3, inflections included) that the
    translation (``hay``) does not have, spelled alike, inflected, by sound or by an English
    cognate; nor one of the names of a place the translation names (``named``: "Gandawie" for
    Ghent). A sentence-initial word counts only when rare (Zipf below 2.5). German capitalises
    its nouns: there a compound whose last part is a frequent word ("Fernseh|schirme") is a
    noun, and a translation may render that part by its cognate ("Hauptdolomit": "main
    dolomite"). Words of the place table are left to the place checks."""
    if src.script not in ("Latn", "Cyrl") or not src.lang:
        return []
    from anyascii import anyascii

    target = hay.text
    t_keys = {name_key(w) for w in regex.findall(r"[\p{L}\p{M}]+", target if target.isascii() else anyascii(target))}
    table_ = places(lang)
    missing = []
    for m in _CAP_WORD.finditer(src.text):
        w = m.group()
        before = src.text[: m.start()].rstrip(" \"'“‘«(„")
        initial = not before or before[-1] in ".!?:;"
        if (initial and zipf(w.lower(), src.lang) >= 2.5 and not _international_name(w.lower(), src.lang)) or len(w) < 3 or w.isupper():
            continue
        low = w.lower()
        if low in table_:
            continue  # a place: the place checks decide
        if (zipf(low, src.lang) >= 3.0 or any(zipf(low[:-d], src.lang) >= 3.0 for d in (1, 2, 3) if len(low) - d >= 5)) and not _international_name(low, src.lang):
            continue  # an ordinary word of the source language, maybe inflected ("Gobierno")
        if _source_demonym(low, src.lang):
            continue  # "Schwedin" (a Swede): named after a country, not a name
        if src.lang in ("de", "lb") and _german_noun(low):
            continue  # a German compound noun: its last part is a word ("Wirtschafts|ministerium")
        k = key(w)
        if _matches(name_key(anyascii(w)), t_keys) or hay.sounds_like(k) or hay.has(k) or _stem_sounds_in(k, hay) or _cognate_in(k, hay):
            continue
        if src.lang in ("de", "lb") and _compound_cognate_in(k, hay):
            continue  # "Hauptdolomit": "main dolomite"
        if any(_inflected_key(k, pk) for p in named for pk in p.keys if " " not in pk):
            continue  # "Gandawie": Ghent, which the translation names
        if any(name in target for name, forms in _name_forms().items() if any(_inflected_key(k, f) for f in forms)):
            continue  # "Karl" is there as Charles
        missing.append(w)
    return missing


_KATAKANA_RUN = regex.compile(r"[\p{Katakana}ー][\p{Katakana}ー・]*[\p{Katakana}ー]")
_SMALL_KANA = set("ー・ッャュョァィゥェォ")


def _missing_katakana(src: _Source, hay: Haystack, lang: str) -> list[str]:
    """Katakana words of a Japanese source (three kana or more) that nothing in the translation
    sounds like: Japanese writes foreign names, and loanwords, by their sound ("ブランビーズ"
    Brumbies, "オールブラックス" All Blacks), and translations keep the name. Compared by the
    coarse syllabic skeleton against one to three adjacent words of the translation, English
    words as katakana hears them (:func:`_katakana_ears`), チ heard as "chi" or
    "ti" (チケット ticket), one edit allowed from four consonants (two from six). Not: places
    (their own check decides), and units and currencies (``ja/katakana_not_names.txt``)."""
    if src.script != "Jpan":
        return []
    from itertools import product

    ears = [_katakana_ears(t) for t in hay.tokens]
    windows = {"".join(combo) for n in (1, 2, 3) for i in range(len(ears) - n + 1) for combo in product(*ears[i : i + n])}
    not_names = word_list("ja/katakana_not_names.txt")
    out = []
    for m in _KATAKANA_RUN.finditer(src.text):
        run = m.group()
        if sum(c not in _SMALL_KANA for c in run) < 3 or run in not_names:
            continue
        romaji = "".join(tokens(run.replace("・", "")))
        if any(p in run for p in _katakana_places(lang)):
            continue
        variants = {skeleton(romaji, syllabic=True), skeleton(romaji.replace("chi", "ti"), syllabic=True)}
        if any(_heard_in(sk, windows) for sk in variants):
            continue
        out.append(run)
    return out


@lru_cache(maxsize=4096)
def _katakana_ears(token: str) -> frozenset[str]:
    """Syllabic skeletons of an English word as katakana may write it: no r after a vowel before
    a consonant or at the end ("tournament" トーナメント), with or without a plural s
    ("monuments" モニュメント, "pants" パンツ), v as b or as a vowel ("virus" ウイルス)."""
    t = regex.sub(r"(?<=[aeiou])r(?![aeiouy])", "", token)
    forms = {t, t.replace("v", "")}
    if len(t) > 4 and t.endswith("s") and not t.endswith("ss"):
        forms |= {f[:-1] for f in forms}
    return frozenset(skeleton(f, syllabic=True) for f in forms)


def _heard_in(sk: str, windows: set[str]) -> bool:
    """``sk`` is, starts or is started by one of ``windows``, or is near one (:func:`near_skeleton`)."""
    if len(sk) < 2:
        return True  # too few consonants to tell
    if sk in windows or any(w.startswith(sk) or (len(w) >= 3 and sk.startswith(w)) for w in windows):
        return True
    return near_skeleton(sk, windows)


@lru_cache(maxsize=None)
def _katakana_places(lang: str) -> tuple[str, ...]:
    """Japanese names of countries and cities in katakana (CLDR), to leave to the place checks."""
    from babel import Locale

    from ..bilingual.entities import _zone_city, _zone_ids

    ja = Locale.parse("ja")
    names = set(ja.territories.values()) | {_zone_city(ja, z) for z in _zone_ids()}
    return tuple(n for n in names if regex.fullmatch(r"[\p{Katakana}ー・]+", n) and len(n) >= 2)


def _missing_latin(src: _Source, hay: Haystack, lang: str) -> list[str]:
    """What the source writes in Latin letters and the translation (``hay``) does not have:
    in a source of another script, a capitalised name or an acronym ("Twitter", "查科 (Chaco)",
    "ICE" in Hindi text), which translations keep as they are; in a Latin-script source, an
    acronym ("FIFA", "PALM") or one of its listed English forms ("ONU": UN). Not: Roman
    numerals, generic acronyms (TV, currency codes), places (their own check decides), an
    acronym inside a compound ("US-Dollar", "WM-Punkte": translated with the word). Compared
    case-, space- and hyphen-blind ("Wi-Fi" / "WiFi"), after NFKC (full-width letters)."""
    import unicodedata

    text = unicodedata.normalize("NFKC", src.text)
    target = unicodedata.normalize("NFKC", hay.text).lower()
    if src.script == "Latn":
        found = [m.group() for m in _LATIN_ACRONYM.finditer(text) if m.group().isascii()]
    else:
        found = [m.group() for m in _LATIN_NAME.finditer(text)]
    compact = _NOT_ALNUM.sub("", target)
    forms = _acronym_forms(lang)
    missing = []
    for w in found:
        if w.lower() in target or _NOT_ALNUM.sub("", w.lower()) in compact:
            continue
        if _ROMAN_NUMERAL.fullmatch(w) or w in _generic_acronyms(lang) or w.lower() in places(lang):
            continue
        if any(en.lower() in target for en, others in forms.items() if w in others):
            continue  # "ONU" translated as "UN"
        missing.append(w)
    return missing


#: a code of a capital, up to two more letters, and digits: "A4", "DK19", "J3", "Ka-52M", "F-16", "G7"
_CODE = regex.compile(r"(?<![\p{L}\p{N}-])\p{Lu}[\p{Lu}\p{Ll}]{0,2}-?\d+[\p{Lu}]{0,2}(?![\p{L}\p{N}])")
_LATIN_ACRONYM = regex.compile(r"(?<![\p{L}\p{N}-])\p{Lu}{2,}(?![\p{L}\p{N}]|-\p{L})")
_LATIN_NAME = regex.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*")
_NOT_ALNUM = regex.compile(r"[^a-z0-9]")


def _international_name(low: str, source_lang: str) -> bool:
    """A name that English text spells alike about as often as the source language does (Zipf 3.5
    or more in English, at least the source's less half a point), yet is no English word:
    "Nissan", "Obama", "Stanley", "Manchester" — not "gobierno" (1.9) nor "liga" (3.5 / 4.7)."""
    from anyascii import anyascii

    latin = low if low.isascii() else regex.sub(r"[^a-z]", "", anyascii(low).lower())  # "путин": Putin; "путь": put
    en = zipf(latin, "en")
    return en >= 3.5 and en >= zipf(low, source_lang) - 0.5 and latin not in word_list("en/ordinary.txt")


def _source_demonym(low: str, source_lang: str) -> bool:
    """A word that starts as a country's name in the source language does for its first five
    letters, without being it: a demonym or an adjective ("schwedin", "amerikanerin")."""
    stems = _country_stems(source_lang)
    return len(low) >= 5 and low[:5] in stems and low not in stems[low[:5]]


@lru_cache(maxsize=None)
def _country_names(lang: str) -> tuple[str, ...]:
    """CLDR's names of countries and territories in ``lang`` (not of regions), lower case."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        return ()
    return tuple(name.lower() for code, name in names.items() if not code.isdigit())


@lru_cache(maxsize=None)
def _country_stems(source_lang: str) -> dict[str, frozenset[str]]:
    """First five letters of each one-word country name in ``source_lang`` -> those names."""
    out: dict[str, set[str]] = {}
    for low in _country_names(source_lang):
        if " " not in low and len(low) >= 5:
            out.setdefault(low[:5], set()).add(low)
    return {k: frozenset(v) for k, v in out.items()}


def _german_noun(low: str) -> bool:
    """A German compound whose last part, perhaps inflected, is a frequent word (Zipf 3 or more):
    "wirtschafts|ministerium", "fernseh|schirme", "blau|helmen"."""
    for i in range(3, len(low) - 3):  # a first part of three letters or more ("Blau|helmen")
        tail = low[i:]
        if any(len(tail) - d >= 4 and zipf(tail[: len(tail) - d] if d else tail, "de") >= 3.0 for d in (0, 1, 2)):
            return True
    return False


def _compound_cognate_in(word_key: str, hay: Haystack) -> bool:
    """A word of the translation sounds like the last part of a German compound, for three
    consonants or more ("Hauptdolomit" / "dolomite", "Gletschermoräne" / "moraine")."""
    sk = skeleton(word_key.replace(" ", ""))
    return any(len(t) >= 3 and len(sk) > len(t) and sk.endswith(t) for t in (skeleton(x) for x in hay.tokens))


def _inflected_key(word_key: str, place_key: str) -> bool:
    """``word_key`` is ``place_key``, perhaps with its last one or two letters changed by an
    ending ("gandawie" / "gandawa")."""
    if len(place_key) < 4:
        return word_key == place_key
    return any(word_key.startswith(place_key[: len(place_key) - d]) and len(word_key) - len(place_key) <= 3 for d in (0, 1, 2))


def _cognate_in(word_key: str, hay: Haystack) -> bool:
    """A word of the translation starts like the source word, consonant for consonant, for four
    consonants or more: an adjective or part of a name translated by its English cognate
    ("Antykorupcyjne" / "Anticorruption", "Центристская" "tsentristskaia" / "Center")."""
    sk = skeleton(word_key.replace(" ", "").replace("ts", "s"))
    return len(sk) >= 4 and any(len(t) >= 3 and (sk.startswith(t) or t.startswith(sk[:4])) for t in (skeleton(x) for x in hay.tokens))


def _stem_sounds_in(word_key: str, hay) -> bool:
    """A word of the translation sounds like the start of the inflected source word ("Qatar" and
    "Катаром" "katarom", "Ghent" and "Gandawie" do not)."""

    sk = skeleton(word_key.replace(" ", ""))
    return any(len(t) >= 3 and sk.startswith(t) and len(sk) - len(t) <= 2 for t in hay.skeletons)


def _missing_places(src: _Source, hay: Haystack, a: int, b: int, lang: str, named: list[Place]) -> Iterator[Hit]:
    """Countries, regions and continents that the source names and the translation (``hay``,
    text[a:b]) does not:
    not by an English name or short form ("US"), an adjective ("Canadian"), or the source's form,
    nor as part of the name of a place the translation names (Monaco in "Monaco di Baviera",
    Munich)."""

    if not src.lang:
        return
    drop = {"Cyrl": 2, "Latn": 1, "Grek": 1}.get(src.script, 0)
    found = places_in(src.hay, lang, src.lang, capitalised_only=src.script in _ALPHABETIC, syllabic=src.script in _SYLLABIC, drop=drop)
    if not found:
        return
    from anyascii import anyascii

    target = hay.text
    low = anyascii(target).lower()  # accents aside: "Urumqi" names Ürümqi
    names = _english_names(lang)
    for place, i, j in found:
        seen = " " + " ".join(src.hay.tokens[i:j]) + " "
        if j > i and any(seen in f" {k} " and seen.strip() != k for p in named for k in p.keys):
            continue
        forms = names.get(place.name, (place.name.lower(),))
        if any(regex.search(rf"(?<!\w){regex.escape(anyascii(f))}", low) for f in forms):
            continue
        if any(d in target for d in _demonyms(lang).get(place.name, ())) or _demonym_like(place.name, target, lang):
            continue  # "Polish" for Polska, "Dutch" for Nederland
        if (j > i and hay.has(" ".join(src.hay.tokens[i:j]))) or any(f in target for f in place.forms):
            continue
        yield Hit(a, b, f"the source names {place.name}; the translation does not", None, {"source": src.text, "place": place.name}, Severity.WARNING)


@lru_cache(maxsize=None)
def _demonyms(lang: str) -> dict[str, tuple[str, ...]]:
    """Curated adjectives of places whose spelling does not follow the name ("Dutch", "Swiss")."""
    from ..data import table

    return {r["place"]: tuple(r["adjectives"].split("|")) for r in table(f"{lang}/demonyms.tsv", ("place", "adjectives"))}


def _demonym_like(place: str, target: str, lang: str) -> bool:
    """A capitalised word with a nationality's ending sharing the place's first three letters
    ("Polish", "Swedish", "Finnish", "Iranian")."""
    head = place[:3].lower()
    return any(
        w.lower().startswith(head) and w.lower().endswith(("ish", "ian", "ans", "an", "ese", "i", "ic"))
        for w in regex.findall(r"\b\p{Lu}\p{Ll}+", target)
    )


@lru_cache(maxsize=None)
def _english_names(lang: str) -> dict[str, tuple[str, ...]]:
    """Place -> the lower-case English names that stand for it, with the stem of an adjective
    ("canad" for Canadian, "germa" for German, "chin" for Chinese)."""

    out: dict[str, set[str]] = {}
    for low, place in places(lang).items():
        forms = out.setdefault(place.name, set())
        forms.add(low)
        if " " not in low and len(low) >= 5:
            forms.add(low[: max(4, len(low) - 2)])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _name_runs(text: str, a: int, b: int, starts: set[int], lang: str, source_lang: str | None = None) -> list[tuple[object, bool]]:
    """Runs of capitalised words between a and b ("Hong Kong's South China Morning Post"), without
    leading titles and function words, each with whether it names a person: it followed a title
    ("President Conte", "Ms Randle") or starts with a given name ("Gary Anderson"), so that its
    words are names even where they are also English words. A one-word run at a sentence start
    that is an ordinary word ("Meanwhile") is marked ``initial``. Unlike the mentions of
    TQ101-TQ103, a common first word stays: "Hong Kong" must be looked up whole."""
    from ..names import _MENTION, _TOKEN, Mention, Token, after_opening, titles

    title_words = titles(lang)
    skip = title_words | word_list(f"{lang}/function_words.txt")
    given = word_list(f"{lang}/first_names.txt")
    out = []
    for m in _MENTION.finditer(text, a, b):
        toks = [Token(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(text, m.start(), m.end())]
        titled = False
        while toks and toks[0].text.lower() in skip:
            titled = titled or toks[0].text.lower() in title_words
            toks.pop(0)
        if not toks:
            continue
        if not titled:  # "the Ms Randle": a title written in lower case before the run
            titled = bool(_TITLE_BEFORE.search(text[max(a, m.start() - 12) : m.start()]))
        first = toks[0]
        at_start = first.start in starts or first.start == a or after_opening(text, first.start, starts | {a})
        initial = at_start and len(toks) == 1 and _ordinary(first.text.lower(), lang)
        first_low = first.text.lower()
        person = (titled and len(toks) <= 3) or (
            len(toks) in (2, 3) and first_low in given and first_low not in places(lang)
            and first_low not in gazetteer(lang)  # "German Navy"
            and not (first_low in capitalized(lang) and first_low.endswith(_ADJECTIVE_ENDINGS))  # "Christian Democrats"
        )
        if source_lang == "zh" and len(toks) in (2, 3) and all(_is_pinyin(t.text.lower()) for t in toks):
            person = True  # "Wang Lei", "Xi Jinping": a Chinese name, even where it spells English words
        out.append((Mention(tuple(toks), initial and not titled), person))
    return out


_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
_SYLLABIC = ("Hans", "Hant", "Jpan", "Kore")


@lru_cache(maxsize=None)
def _generic_acronyms(lang: str) -> frozenset[str]:
    from babel.numbers import list_currencies

    from ..data import _read

    listed = {w.strip() for w in (_read(f"{lang}/generic_acronyms.txt") or "").splitlines() if w.strip() and not w.startswith("#")}
    return frozenset(listed | set(list_currencies()))


@lru_cache(maxsize=None)
def _acronym_forms(lang: str) -> dict[str, tuple[str, ...]]:
    from ..data import table

    return {r["acronym"]: tuple(r["forms"].split("|")) for r in table(f"{lang}/acronym_forms.tsv", ("acronym", "forms"))}


def _opens_clause(text: str, start: int, starts: set[int]) -> bool:
    """The word at ``start`` begins a sentence or a clause that English may capitalise: after a
    colon, a dash, an opening quotation mark or bracket."""
    if start in starts:
        return True
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;—–-\"'“‘«(["


def _name_like(word: str, lang: str) -> bool:
    """An ordinary word that makes a name when capitalised ("Gulf", "House"), not one capitalised
    by convention (a nationality, a month, a day) nor a function word or an abbreviation ("Gov")."""
    low = word.lower()
    return not (
        low in capitalized(lang)
        or (low.endswith("s") and low[:-1] in capitalized(lang))  # "Egyptians"
        or low in word_list(f"{lang}/function_words.txt")
        or low in word_list(f"abbreviations/{lang}.txt")
        or low in _calendar_words(lang)
    )


@lru_cache(maxsize=None)
def _calendar_words(lang: str) -> frozenset[str]:
    from babel.dates import get_day_names, get_month_names

    names = {*get_month_names("wide", locale=lang).values(), *get_day_names("wide", locale=lang).values()}
    return frozenset(n.lower() for n in names)


@lru_cache(maxsize=None)
def _name_forms(lang: str = "en") -> dict[str, tuple[str, ...]]:
    """English names of people -> the forms other languages give them (``name_forms.tsv``)."""
    from ..data import table

    return {r["name"]: tuple(r["forms"].split("|")) for r in table(f"{lang}/name_forms.tsv", ("name", "forms"))}


def _given_name(low: str, lang: str) -> bool:
    """A given name of the census list that is not a frequent word ("Kenneth", not "Will")."""
    return low in word_list(f"{lang}/first_names.txt") and zipf(low, lang) < 4.0 and not low.endswith(_ADJECTIVE_ENDINGS)


def _name_word(low: str, lang: str, source_lang: str | None = None) -> bool:
    """In a person's name, a word that is also an English word is a name when it is a given name
    that is not an English word ("William") or a rare word ("Randle"); "Premier League", "Stock
    Exchange" and "Royal Bafokeng Stadium" do not name people by their common words."""
    if source_lang == "zh" and _is_pinyin(low):
        return True
    return zipf(low, lang) < 4.0 or (low in word_list(f"{lang}/first_names.txt") and low not in word_list(f"{lang}/ordinary.txt"))


@lru_cache(maxsize=None)
def _place_words(lang: str) -> frozenset[str]:
    """The last words of place names ("lanka" of Sri Lanka): an -n after one makes a demonym."""
    return frozenset(name.rsplit(" ", 1)[-1] for name in places(lang))


#: endings of capitalised adjectives that are also given names ("Christian", "Roman", "Irish")
_ADJECTIVE_ENDINGS = ("an", "ian", "ese", "ish", "ic", "ean")


#: lower-case words after which a capitalised word is a person's name ("said coach Flick")
_TITLE_BEFORE = regex.compile(
    r"\b(?:president|minister|coach|striker|midfielder|defender|goalkeeper|singer|actor|actress|author|writer|player)\.? $"
)


_ABBREVIATION = regex.compile(r"(?<![\w.])(?:\p{Lu}\.){2,3}|(?<![\w.])\p{Lu}{2,3}(?!\w)")


def _place_abbreviations(text: str, a: int, b: int, mentions: list, table_: dict) -> list:
    """"U.S.", "US", "UK" between a and b that are not part of a name mention (the mention
    finder drops "US" as the pronoun and splits "U.S.")."""
    from ..names import Mention, Token

    out = []
    for m in _ABBREVIATION.finditer(text, a, b):
        if m.group().lower() in table_ and not any(x.start <= m.start() < x.end for x in mentions):
            out.append(Mention((Token(m.start(), m.end(), m.group()),)))
    return out


def _common_word(low: str, lang: str) -> bool:
    """A lower-case English word ("reading", "mobile"): frequent, or in the dictionary lists."""
    return zipf(low, lang) >= 5.0 or low in word_list(f"{lang}/ordinary.txt") or low in word_list(f"{lang}/ordinary_extra.txt")


def _ordinary(low: str, lang: str) -> bool:
    """An English word rather than a name: frequent, a dictionary word, or capitalised by
    convention without being a name that translation keeps (days, nationalities)."""
    return (
        _common_word(low, lang)
        or _conventional_capital(low, lang)
        or low in word_list(f"{lang}/function_words.txt")
        or low in word_list(f"abbreviations/{lang}.txt")  # "Gov", "Ltd"
        or (len(low) >= 9 and low.endswith(_DERIVED))
        or (low.endswith("s") and low[:-1] in capitalized(lang))  # "Egyptians"
        or (low.endswith("n") and low[:-1] in _place_words(lang))  # "Lankan", "Korean"
    )


def _conventional_capital(low: str, lang: str) -> bool:
    """A word English capitalises by convention rather than as a name: one that Webster's Second
    spells only with a capital and that reads as a nationality, language or creed ("Polish",
    "Christian", "Olympic"), a day or a month, or is frequent ("God", "Christmas"). The list also
    holds given names ("Piotr", "Sean", "Noam"): those are names."""
    if low in word_list(f"{lang}/conventional_capitals.txt"):
        return True  # "Celsius"
    if low not in capitalized(lang):
        return False
    return low.endswith(_NATIONALITY_ENDINGS) or low in _calendar_words(lang) or zipf(low, lang) >= 4.5 or _country_prefix(low, lang)


def _country_prefix(low: str, lang: str) -> bool:
    """A nationality named like its country's start ("Swede", "Finn", "Turk", "Pole")."""
    if len(low) < 4:
        return False
    head = low[: min(4, len(low) - 1)]
    return any(n.startswith(head) and n != low for n in _country_names(lang))


#: endings of nationalities, languages and creeds ("Polish", "Chinese", "Iraqi", "Catholic", "Marxist")
_NATIONALITY_ENDINGS = ("an", "ian", "ese", "ish", "ic", "ean", "i", "ch", "ist", "ism", "ite")


#: endings of derived English words, not of names ("Hydrometeorological", "Anticorruption")
_DERIVED = ("tion", "sion", "ment", "ness", "ical", "ology", "ity", "ance", "ence", "ship", "ism", "ist", "ing")


def _all_places(words: list[str], lang: str) -> bool:
    """Every word of the mention belongs to a place name or is ordinary ("Rome Airport")."""

    i = 0
    while i < len(words):
        n = longest_place(words[i:], lang)
        if not n and not _ordinary(words[i].lower(), lang):
            return False
        i += max(n, 1)
    return True


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
