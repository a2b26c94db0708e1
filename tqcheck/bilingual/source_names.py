"""The source side of the bilingual name check (TQ402): one aligned source sentence prepared for
look-ups (:class:`SourceSentence`: does it name this place, this name word, this acronym, this
code?), and the names, places, Latin-letter words and katakana words of a source sentence that a
translation lacks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from ..data import word_list
from ..findings import Hit, Severity
from ..lexicon import zipf
from ..names import name_key, one_edit
from ..wordclass import country_names, is_pinyin, ordinary
from .entities import Haystack, Place, key, near_skeleton, places, places_in, skeleton, tokens
from ..patterns import lazy


CAP_WORD = lazy(regex, r"(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}]+(?:-\p{Lu}[\p{L}\p{M}]+)*")


def source_names(src: str, lang: str | None) -> list[str]:
    """Capitalised words of the source that look like names (not sentence-initial common words)."""
    out = []
    for m in CAP_WORD.finditer(src):
        w = m.group()
        before = src[: m.start()].rstrip(" \"'“‘«(")
        at_start = not before or before[-1] in ".!?:"
        if at_start and zipf(w.lower(), lang or "en") >= 3.0:
            continue
        if zipf(w.lower(), lang or "en") >= 4.5:
            continue  # a common word written with a capital (German nouns, titles)
        out.append(w)
    return out


def matches(key: str, keys: set[str]) -> bool:
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


ROMAN_NUMERAL = lazy(re, r"[IVXLC]+")


#: scripts whose romanisation (anyascii) keeps a foreign name recognisable
ALPHABETIC = ("Latn", "Cyrl", "Grek")


class SourceSentence:
    """One aligned source sentence, prepared for name look-ups."""

    def __init__(self, src: str, lang: str | None) -> None:
        from anyascii import anyascii


        self.text = src
        self.lang = lang
        self.hay = Haystack(src, lang if script(lang) == "Deva" else None)
        self.script = script(lang)
        ascii_src = src if src.isascii() else anyascii(src)
        self.ascii = ascii_src
        self.names = source_names(src, lang) if self.script in ALPHABETIC else []
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
            if self.script in SYLLABIC:
                if place.kind in ("country", "continent", "region") or (place.kind == "big-city" and self.script != "Jpan"):
                    return False  # named in Chinese and Japanese by CLDR/GeoNames: its keys and short forms decide
                if self.script == "Jpan" and ROMAJI.fullmatch(word):
                    return True  # a Japanese town in romaji ("Toyama"): its kanji are read otherwise than anyascii's
                # Japanese may write a city in katakana (ナゴヤ): by its sounds
                return self.hay.sounds_close(word)  # a town written by its sounds
            if self.script in ALPHABETIC and place.kind != "country":
                return self.has_name(words[0])  # a person named like a city ("Elizabeth", "Kennedy")
            if self.script in ALPHABETIC:
                return self.hay.sounds_like(word)
            # Devanagari and other scripts: by sound, strictly for the places every language names
            if place.kind in ("country", "big-city", "continent", "region"):
                sk = skeleton(word)  # two consonants must be a whole word's (मक्का "makka" / Mecca)
                return (len(sk) >= 3 and sk in self.hay.window_skeletons) or (len(sk) == 2 and sk in self.hay.window_skeletons.split("|"))
            return self.has_name(words[0])
        generic = word_list(f"{lang}/place_generic_words.txt")
        distinctive = [w for w in words if w.lower() not in generic] or words  # "Christmas" of Christmas Island
        return any(
            len(w) >= 4 and (self.has_name(w) if not ordinary(w.lower(), lang) else w[0].isupper() and self._has_ordinary_word(w))
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
        return self.has_word(word)

    def glossed(self, word: str, min_chars: int = 1) -> bool | None:
        """A Chinese source word (of ``min_chars`` characters or more) has ``word`` in its English
        definitions; None where CC-CEDICT is not installed."""
        from ..bilingual import cedict

        found = cedict.glosses(self.text, min_chars=min_chars)
        return None if found is None else cedict.stem(word) in found

    def has_word(self, word: str) -> bool:
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

        flat = NOT_ALNUM.sub("", anyascii(unicodedata.normalize("NFKC", self.text)).lower())
        return NOT_ALNUM.sub("", code.lower()) in flat

    def has_acronym(self, word: str, lang: str) -> bool:
        """An acronym of the translation stands in the source as it is (or romanised: "РИА" for
        RIA, "ČEZ" for CEZ), or as one of the forms other languages use for it ("ONU" for UN).
        Where the source's script spells acronyms out (Devanagari "एनएसए" for NSA), or a Chinese
        or Japanese source has no Latin acronym at all, the check cannot tell and passes."""
        if word in generic_acronyms(lang):
            return True
        if self.script == "Deva" or (self.script in SYLLABIC and not re.search(r"[A-Z]{2}", self.text)):
            return True
        if word in self.text or word in self.ascii:
            return True
        if self.script in ("Cyrl", "Grek") and regex.search(r"\b[\p{Lu}&&[^\p{Latin}]]{2,}\b", self.text, flags=regex.V1):
            return True  # "МРП": a local acronym the translation may render by an English one
        low = self.text.lower()
        return any(f.lower() in low for f in acronym_forms(lang).get(word, ()))

    def has_name(self, word: str) -> bool:
        """A name word of the translation is in this source: spelled alike or transliterated.
        True too where the source's script cannot tell (Japanese, Korean, Arabic...)."""
        from anyascii import anyascii


        k = key(word)
        if self.hay.has(k) or self.hay.has_compact(k):
            return True
        if any(self.hay.has(f) for f in name_forms().get(word, ())):
            return True  # "Karl II." is Charles II
        if self.script in ALPHABETIC:
            return matches(name_key(anyascii(word)), self.keys) or self.hay.sounds_like(k)
        if self.script == "Deva":
            return self.hay.sounds_like(k, anywhere=True)
        if self.script in ("Hans", "Hant") and self.glossed(word, 2):
            return True  # a source word means it (CC-CEDICT: 普京 "Vladimir Putin")
        if self.script in ("Hans", "Hant") and is_pinyin(k):
            return False  # a Chinese name in pinyin must be in the source's syllables
        if self.script == "Jpan" and ROMAJI.fullmatch(k):
            return True  # a Japanese name ("Otani"): its kanji are read otherwise than anyascii's
        if self.script in ("Hans", "Hant", "Jpan", "Kore"):
            return self.hay.sounds_close(k)  # a foreign name written by its sounds
        return True


#: a word made of Japanese syllables in Hepburn romanisation ("masujiro", "kaminarimon", "otani")
ROMAJI = lazy(re, r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|j|ts|f|w|y)?[aiueo]|n(?![aiueoy])|[kstpc](?=[kstpc]))+")


def script(lang: str | None) -> str:
    from ..langs import script_of

    return script_of(lang or "en")


def missing_names(src: SourceSentence, hay: Haystack, lang: str, named: list[Place] = ()) -> list[str]:
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
    for m in CAP_WORD.finditer(src.text):
        w = m.group()
        before = src.text[: m.start()].rstrip(" \"'“‘«(„")
        initial = not before or before[-1] in ".!?:;"
        if (initial and zipf(w.lower(), src.lang) >= 2.5 and not international_name(w.lower(), src.lang)) or len(w) < 3 or w.isupper():
            continue
        low = w.lower()
        if low in table_:
            continue  # a place: the place checks decide
        if (zipf(low, src.lang) >= 3.0 or any(zipf(low[:-d], src.lang) >= 3.0 for d in (1, 2, 3) if len(low) - d >= 5)) and not international_name(low, src.lang):
            continue  # an ordinary word of the source language, maybe inflected ("Gobierno")
        if source_demonym(low, src.lang):
            continue  # "Schwedin" (a Swede): named after a country, not a name
        if src.lang in ("de", "lb") and german_noun(low):
            continue  # a German compound noun: its last part is a word ("Wirtschafts|ministerium")
        k = key(w)
        if matches(name_key(anyascii(w)), t_keys) or hay.sounds_like(k) or hay.has(k) or stem_sounds_in(k, hay) or cognate_in(k, hay):
            continue
        if src.lang in ("de", "lb") and compound_cognate_in(k, hay):
            continue  # "Hauptdolomit": "main dolomite"
        if any(inflected_key(k, pk) for p in named for pk in p.keys if " " not in pk):
            continue  # "Gandawie": Ghent, which the translation names
        if any(name in target for name, forms in name_forms().items() if any(inflected_key(k, f) for f in forms)):
            continue  # "Karl" is there as Charles
        missing.append(w)
    return missing


KATAKANA_RUN = lazy(regex, r"[\p{Katakana}ー][\p{Katakana}ー・]*[\p{Katakana}ー]")


SMALL_KANA = set("ー・ッャュョァィゥェォ")


def missing_katakana(src: SourceSentence, hay: Haystack, lang: str) -> list[str]:
    """Katakana words of a Japanese source (three kana or more) that nothing in the translation
    sounds like: Japanese writes foreign names, and loanwords, by their sound ("ブランビーズ"
    Brumbies, "オールブラックス" All Blacks), and translations keep the name. Compared by the
    coarse syllabic skeleton against one to three adjacent words of the translation, English
    words as katakana hears them (:func:`katakana_ears`), チ heard as "chi" or
    "ti" (チケット ticket), one edit allowed from four consonants (two from six). Not: places
    (their own check decides), and units and currencies (``ja/katakana_not_names.txt``)."""
    if src.script != "Jpan":
        return []
    from itertools import product

    ears = [katakana_ears(t) for t in hay.tokens]
    windows = {"".join(combo) for n in (1, 2, 3) for i in range(len(ears) - n + 1) for combo in product(*ears[i : i + n])}
    not_names = word_list("ja/katakana_not_names.txt")
    out = []
    for m in KATAKANA_RUN.finditer(src.text):
        run = m.group()
        if sum(c not in SMALL_KANA for c in run) < 3 or run in not_names:
            continue
        romaji = "".join(tokens(run.replace("・", "")))
        if any(p in run for p in katakana_places(lang)):
            continue
        variants = {skeleton(romaji, syllabic=True), skeleton(romaji.replace("chi", "ti"), syllabic=True)}
        if any(heard_in(sk, windows) for sk in variants):
            continue
        out.append(run)
    return out


@lru_cache(maxsize=4096)
def katakana_ears(token: str) -> frozenset[str]:
    """Syllabic skeletons of an English word as katakana may write it: no r after a vowel before
    a consonant or at the end ("tournament" トーナメント), with or without a plural s
    ("monuments" モニュメント, "pants" パンツ), v as b or as a vowel ("virus" ウイルス)."""
    t = regex.sub(r"(?<=[aeiou])r(?![aeiouy])", "", token)
    forms = {t, t.replace("v", "")}
    if len(t) > 4 and t.endswith("s") and not t.endswith("ss"):
        forms |= {f[:-1] for f in forms}
    return frozenset(skeleton(f, syllabic=True) for f in forms)


def heard_in(sk: str, windows: set[str]) -> bool:
    """``sk`` is, starts or is started by one of ``windows``, or is near one (:func:`near_skeleton`)."""
    if len(sk) < 2:
        return True  # too few consonants to tell
    if sk in windows or any(w.startswith(sk) or (len(w) >= 3 and sk.startswith(w)) for w in windows):
        return True
    return near_skeleton(sk, windows)


@lru_cache(maxsize=None)
def katakana_places(lang: str) -> tuple[str, ...]:
    """Japanese names of countries and cities in katakana (CLDR), to leave to the place checks."""
    from ..cldr import territories, zone_city, zones

    names = set((territories("ja") or {}).values()) | {zone_city("ja", z) for z in zones()}
    return tuple(n for n in names if regex.fullmatch(r"[\p{Katakana}ー・]+", n) and len(n) >= 2)


def missing_latin(src: SourceSentence, hay: Haystack, lang: str) -> list[str]:
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
        found = [m.group() for m in LATIN_ACRONYM.finditer(text) if m.group().isascii()]
    else:
        found = [m.group() for m in LATIN_NAME.finditer(text)]
    compact = NOT_ALNUM.sub("", target)
    forms = acronym_forms(lang)
    missing = []
    for w in found:
        if w.lower() in target or NOT_ALNUM.sub("", w.lower()) in compact:
            continue
        if ROMAN_NUMERAL.fullmatch(w) or w in generic_acronyms(lang) or w.lower() in places(lang):
            continue
        if any(en.lower() in target for en, others in forms.items() if w in others):
            continue  # "ONU" translated as "UN"
        missing.append(w)
    return missing


LATIN_ACRONYM = lazy(regex, r"(?<![\p{L}\p{N}-])\p{Lu}{2,}(?![\p{L}\p{N}]|-\p{L})")


LATIN_NAME = lazy(regex, r"(?<![A-Za-z0-9])[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*")


NOT_ALNUM = lazy(regex, r"[^a-z0-9]")


def international_name(low: str, source_lang: str) -> bool:
    """A name that English text spells alike about as often as the source language does (Zipf 3.5
    or more in English, at least the source's less half a point), yet is no English word:
    "Nissan", "Obama", "Stanley", "Manchester" — not "gobierno" (1.9) nor "liga" (3.5 / 4.7)."""
    from anyascii import anyascii

    latin = low if low.isascii() else regex.sub(r"[^a-z]", "", anyascii(low).lower())  # "путин": Putin; "путь": put
    en = zipf(latin, "en")
    return en >= 3.5 and en >= zipf(low, source_lang) - 0.5 and latin not in word_list("en/ordinary.txt")


def source_demonym(low: str, source_lang: str) -> bool:
    """A word that starts as a country's name in the source language does for its first five
    letters, without being it: a demonym or an adjective ("schwedin", "amerikanerin")."""
    stems = country_stems(source_lang)
    return len(low) >= 5 and low[:5] in stems and low not in stems[low[:5]]


@lru_cache(maxsize=None)
def country_stems(source_lang: str) -> dict[str, frozenset[str]]:
    """First five letters of each one-word country name in ``source_lang`` -> those names."""
    out: dict[str, set[str]] = {}
    for low in country_names(source_lang):
        if " " not in low and len(low) >= 5:
            out.setdefault(low[:5], set()).add(low)
    return {k: frozenset(v) for k, v in out.items()}


def german_noun(low: str) -> bool:
    """A German compound whose last part, perhaps inflected, is a frequent word (Zipf 3 or more):
    "wirtschafts|ministerium", "fernseh|schirme", "blau|helmen"."""
    for i in range(3, len(low) - 3):  # a first part of three letters or more ("Blau|helmen")
        tail = low[i:]
        if any(len(tail) - d >= 4 and zipf(tail[: len(tail) - d] if d else tail, "de") >= 3.0 for d in (0, 1, 2)):
            return True
    return False


def compound_cognate_in(word_key: str, hay: Haystack) -> bool:
    """A word of the translation sounds like the last part of a German compound, for three
    consonants or more ("Hauptdolomit" / "dolomite", "Gletschermoräne" / "moraine")."""
    sk = skeleton(word_key.replace(" ", ""))
    return any(len(t) >= 3 and len(sk) > len(t) and sk.endswith(t) for t in (skeleton(x) for x in hay.tokens))


def inflected_key(word_key: str, place_key: str) -> bool:
    """``word_key`` is ``place_key``, perhaps with its last one or two letters changed by an
    ending ("gandawie" / "gandawa")."""
    if len(place_key) < 4:
        return word_key == place_key
    return any(word_key.startswith(place_key[: len(place_key) - d]) and len(word_key) - len(place_key) <= 3 for d in (0, 1, 2))


def cognate_in(word_key: str, hay: Haystack) -> bool:
    """A word of the translation starts like the source word, consonant for consonant, for four
    consonants or more: an adjective or part of a name translated by its English cognate
    ("Antykorupcyjne" / "Anticorruption", "Центристская" "tsentristskaia" / "Center")."""
    sk = skeleton(word_key.replace(" ", "").replace("ts", "s"))
    return len(sk) >= 4 and any(len(t) >= 3 and (sk.startswith(t) or t.startswith(sk[:4])) for t in (skeleton(x) for x in hay.tokens))


def stem_sounds_in(word_key: str, hay) -> bool:
    """A word of the translation sounds like the start of the inflected source word ("Qatar" and
    "Катаром" "katarom", "Ghent" and "Gandawie" do not)."""

    sk = skeleton(word_key.replace(" ", ""))
    return any(len(t) >= 3 and sk.startswith(t) and len(sk) - len(t) <= 2 for t in hay.skeletons)


def missing_places(src: SourceSentence, hay: Haystack, a: int, b: int, lang: str, named: list[Place]) -> Iterator[Hit]:
    """Countries, regions and continents that the source names and the translation (``hay``,
    text[a:b]) does not:
    not by an English name or short form ("US"), an adjective ("Canadian"), or the source's form,
    nor as part of the name of a place the translation names (Monaco in "Monaco di Baviera",
    Munich)."""

    if not src.lang:
        return
    drop = {"Cyrl": 2, "Latn": 1, "Grek": 1}.get(src.script, 0)
    found = places_in(src.hay, lang, src.lang, capitalised_only=src.script in ALPHABETIC, syllabic=src.script in SYLLABIC, drop=drop)
    if not found:
        return
    from anyascii import anyascii

    target = hay.text
    low = anyascii(target).lower()  # accents aside: "Urumqi" names Ürümqi
    names = english_names(lang)
    for place, i, j in found:
        seen = " " + " ".join(src.hay.tokens[i:j]) + " "
        if j > i and any(seen in f" {k} " and seen.strip() != k for p in named for k in p.keys):
            continue
        forms = names.get(place.name, (place.name.lower(),))
        if any(regex.search(rf"(?<!\w){regex.escape(anyascii(f))}", low) for f in forms):
            continue
        if any(d in target for d in demonyms(lang).get(place.name, ())) or demonym_like(place.name, target, lang):
            continue  # "Polish" for Polska, "Dutch" for Nederland
        if (j > i and hay.has(" ".join(src.hay.tokens[i:j]))) or any(f in target for f in place.forms):
            continue
        yield Hit(a, b, f"the source names {place.name}; the translation does not", None, {"source": src.text, "place": place.name}, Severity.WARNING)


@lru_cache(maxsize=None)
def demonyms(lang: str) -> dict[str, tuple[str, ...]]:
    """Curated adjectives of places whose spelling does not follow the name ("Dutch", "Swiss")."""
    from ..data import table

    return {r["place"]: tuple(r["adjectives"].split("|")) for r in table(f"{lang}/demonyms.tsv", ("place", "adjectives"))}


def demonym_like(place: str, target: str, lang: str) -> bool:
    """A capitalised word with a nationality's ending sharing the place's first three letters
    ("Polish", "Swedish", "Finnish", "Iranian")."""
    head = place[:3].lower()
    return any(
        w.lower().startswith(head) and w.lower().endswith(("ish", "ian", "ans", "an", "ese", "i", "ic"))
        for w in regex.findall(r"\b\p{Lu}\p{Ll}+", target)
    )


@lru_cache(maxsize=None)
def english_names(lang: str) -> dict[str, tuple[str, ...]]:
    """Place -> the lower-case English names that stand for it, with the stem of an adjective
    ("canad" for Canadian, "germa" for German, "chin" for Chinese)."""

    out: dict[str, set[str]] = {}
    for low, place in places(lang).items():
        forms = out.setdefault(place.name, set())
        forms.add(low)
        if " " not in low and len(low) >= 5:
            forms.add(low[: max(4, len(low) - 2)])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


SYLLABIC = ("Hans", "Hant", "Jpan", "Kore")


@lru_cache(maxsize=None)
def generic_acronyms(lang: str) -> frozenset[str]:
    from ..cldr import currencies

    from ..data import _read

    listed = {w.strip() for w in (_read(f"{lang}/generic_acronyms.txt") or "").splitlines() if w.strip() and not w.startswith("#")}
    return frozenset(listed | currencies())


@lru_cache(maxsize=None)
def acronym_forms(lang: str) -> dict[str, tuple[str, ...]]:
    from ..data import table

    return {r["acronym"]: tuple(r["forms"].split("|")) for r in table(f"{lang}/acronym_forms.tsv", ("acronym", "forms"))}


@lru_cache(maxsize=None)
def name_forms(lang: str = "en") -> dict[str, tuple[str, ...]]:
    """English names of people -> the forms other languages give them (``name_forms.tsv``)."""
    from ..data import table

    return {r["name"]: tuple(r["forms"].split("|")) for r in table(f"{lang}/name_forms.tsv", ("name", "forms"))}
