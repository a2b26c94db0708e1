"""Regenerate the convention word lists of the target-language profiles (tqcheck/data/<lang>/).

Build-time only; tqcheck never needs these sources at run time. Needs babel and wordfreq (in the
project's environment), the hunspell command with Debian's dictionaries, and the i18n-nationality
npm package unpacked somewhere:

    apt-get install hunspell hunspell-de-de hunspell-es hunspell-fr hunspell-it hunspell-pt-pt hunspell-pt-br
    (cd /tmp && npm pack i18n-nationality@1.4.0 && tar xzf i18n-nationality-1.4.0.tgz)
    python tools/build_profiles.py --nationalities /tmp/package/langs

Sources (each generated file names its own in its header):
- CLDR (Unicode licence, via babel): names of weekdays and months, language names, territory
  names, the words of the long compact number formats ("millones"), unit and currency names.
- i18n-nationality 1.4.0 (MIT, widdix GmbH): nationality adjectives for de, es, fr, it.
- The 1990 US Census given names (public domain; data/en/first_names.txt) with those of the
  French and Portuguese dictionaries: which day and month names are also given names ("Julio").
- Hunspell dictionaries packaged by Debian: es, fr, it, pt (MPL-2.0 / LGPL-3 / GPL-3+ tri-licence;
  fr: MPL-2.0, Dicollecte) validate every generated inflection, so that only real words of the
  language are listed, and give the proper nouns that share a spelling with a convention word
  ("Julio", "Domingo"); de_DE (igerman98, GPL-2+, Björn Jacke) is asked yes/no which German
  words of wordfreq are nouns (accepted only with a capital); none of its entries is copied.
- wordfreq (frequencies: Apache-2.0 code, CC BY-SA 4.0 data): keeps the German noun list to
  words that occur.

Outputs per language: days.txt, months.txt, languages.txt, nationalities.txt, magnitudes.txt,
proper_homographs.txt, given_names.txt (fr, pt: the dictionaries mark given names) and
de/nouns.txt. English lists are not touched (tools/build_wordlists.py makes those).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tqcheck" / "data"
LANGS = ("es", "fr", "de", "it", "pt")
#: Debian hunspell dictionaries used for each language (the union of their words)
DICTS = {"es": ("es_ES", "es_MX"), "fr": ("fr",), "de": ("de_DE",), "it": ("it_IT",), "pt": ("pt_PT", "pt_BR")}
#: CLDR locales read for each language (variants add their own month names, magnitudes)
LOCALES = {"es": ("es", "es_MX"), "fr": ("fr", "fr_CA"), "de": ("de", "de_AT"), "it": ("it",), "pt": ("pt", "pt_PT")}
#: inflection endings tried on a nationality or language adjective; hunspell keeps the real words
ENDINGS = {
    "es": [("o", ("o", "a", "os", "as")), ("és", ("és", "esa", "eses", "esas")), ("án", ("án", "ana", "anes", "anas")),
           ("ol", ("ol", "ola", "oles", "olas")), ("í", ("í", "íes", "ís")), ("e", ("e", "es")), ("a", ("a", "as")), ("", ("", "s", "es", "a", "as"))],
    "fr": [("ien", ("ien", "ienne", "iens", "iennes")), ("", ("", "e", "s", "es"))],
    "it": [("o", ("o", "a", "i", "e")), ("e", ("e", "i")), ("a", ("a", "i", "e")), ("", ("",))],
    "pt": [("o", ("o", "a", "os", "as")), ("ês", ("ês", "esa", "eses", "esas")), ("ão", ("ão", "ã", "ães", "ãos", "ões", "ãs")),
           ("e", ("e", "es")), ("a", ("a", "as")), ("", ("", "s", "es"))],
    "de": [("isch", ("isch", "ische", "ischen", "ischer", "isches", "ischem")), ("", ("", "e", "en", "er", "es", "em"))],
}
#: Spanish nationality spellings mapped to Portuguese cognates (each one still has to be a word of the
#: Portuguese dictionaries): i18n-nationality has no Portuguese list
ES_TO_PT = [("eño", "enho"), ("eño", "eiro"), ("ñ", "nh"), ("és", "ês"), ("án", "ão"), ("iense", "ense"), ("ío", "io"), ("", "")]
#: CLDR region codes of continents and their parts: Africa, Americas, North, Central, South and Latin America, Asia, Europe, Oceania
CONTINENTS = ("002", "019", "003", "021", "013", "005", "419", "142", "150", "009")
#: adjective endings tried on territory names ("Chile" -> "chileno", "América" -> "americano", "Amérique" -> "américain")
PLACE_SUFFIXES = {
    "es": ("ano", "ino", "eno", "ense", "iense", "és", "eño", "í", "ático"),
    "it": ("ano", "ino", "ese", "iano", "eno", "atico"),
    "pt": ("ano", "ino", "ense", "ês", "enho", "eiro", "eu", "ático", "eno"),
    "fr": ("ain", "ais", "ois", "ien", "éen", "en", "atique"),
    "de": (),
}
UNITS = ("length-kilometer", "length-meter", "length-centimeter", "length-mile", "mass-kilogram", "mass-gram", "mass-ton",
         "volume-liter", "duration-year", "duration-month", "area-square-kilometer", "area-hectare",
         "temperature-celsius", "digital-gigabyte", "digital-megabyte", "energy-kilowatt-hour", "power-megawatt")
CURRENCIES = ("EUR", "USD", "GBP", "JPY", "CNY", "BRL", "MXN", "CHF")


def hunspell_accepts(words: set[str], dicts: tuple[str, ...]) -> set[str]:
    """The subset of ``words`` that one of the hunspell dictionaries ``dicts`` spells exactly so."""
    ok: set[str] = set()
    payload = "\n".join(sorted(words)) + "\n"
    for d in dicts:
        out = subprocess.run(["hunspell", "-d", d, "-G"], input=payload, capture_output=True, text=True, check=True).stdout
        ok.update(line.strip() for line in out.splitlines() if line.strip())
    return ok & words


def dic_entries(dicts: tuple[str, ...]) -> list[str]:
    """Every line of the hunspell .dic files (stem, flags, morphology) after the count."""
    lines: list[str] = []
    for d in dicts:
        p = Path("/usr/share/hunspell") / f"{d}.dic"
        raw = p.read_bytes().decode("utf-8", errors="replace").splitlines()
        lines.extend(raw[1:])
    return lines


def stem_of(entry: str) -> str:
    return re.split(r"[/\t ]", entry, maxsplit=1)[0]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def inflect(lang: str, base: str) -> set[str]:
    out = {base}
    for ending, forms in ENDINGS[lang]:
        if base.endswith(ending):
            stem = base[: len(base) - len(ending)] if ending else base
            for f in forms:
                out.add(stem + f)
                out.add(strip_accents(stem) + f)  # "inglés" -> "inglesa"
            break
    return {w for w in out if w}


def write(path: Path, header: list[str], items) -> int:
    items = sorted(set(items))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"# {h}\n" for h in header) + "\n".join(items) + "\n", encoding="utf-8")
    return len(items)


def cldr_words(lang: str):
    from babel import Locale
    from wordfreq import zipf_frequency

    days, months, languages, territories = set(), set(), set(), set()
    for code in LOCALES[lang]:
        loc = Locale.parse(code)
        for ctx in ("format", "stand-alone"):
            days.update(v.lower() for v in loc.days[ctx]["wide"].values())
            months.update(v.lower() for v in loc.months[ctx]["wide"].values())
        english = Locale("en").languages
        for k, v in loc.languages.items():
            ze = zipf_frequency(english.get(k, "x y"), "en")
            # the name must not be much commoner in this language than the language is in English: the
            # French "cri" (Cree) and "mari" (Mari) are the ordinary words "cry" and "husband"
            if "_" not in k and " " not in v and "-" not in v and v.isalpha() and ze >= 3.0 and zipf_frequency(v.lower(), lang) <= ze + 1.0:
                languages.add(v.lower())
        # countries, and the continents and their parts (no "world", no UN statistical regions)
        territories.update(v for k, v in loc.territories.items() if not k.isdigit() or k in CONTINENTS)
    return days, months, languages, territories


def magnitudes(lang: str) -> set[str]:
    from babel import Locale
    from babel.numbers import get_currency_name
    from babel.units import format_unit

    out: set[str] = set()
    for code in LOCALES[lang]:
        loc = Locale.parse(code)
        for forms in loc.compact_decimal_formats.get("long", {}).values():
            for pattern in forms.values():
                out.update(m.lower() for m in re.findall(r"[^\W\d_]+(?: [^\W\d_]+)*", str(getattr(pattern, "pattern", pattern))))
        for unit in UNITS:
            for length in ("long", "short"):
                for n in (1, 2.5):
                    try:
                        s = format_unit(n, unit, length=length, locale=loc)
                    except Exception:  # a unit missing from this locale's data
                        continue
                    out.update(w.lower() for w in re.findall(r"[^\W\d_]+", s.replace("\u00a0", " ")))
        for cur in CURRENCIES:
            for count in (1, 2):
                out.update(w.lower() for w in get_currency_name(cur, count=count, locale=loc).split()[:1])
    return {w for w in out if len(w) > 1}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nationalities", required=True, help="the langs/ folder of the i18n-nationality npm package")
    args = ap.parse_args()
    nat_src = Path(args.nationalities)

    def nat_bases(lang: str) -> set[str]:
        p = nat_src / f"{lang}.json"
        if not p.is_file():
            return set()
        vals = json.loads(p.read_text("utf-8"))["nationalities"].values()
        return {v.lower() for v in vals if v.replace("-", "").isalpha() and " " not in v and "-" not in v}


    for lang in LANGS:
        dicts = DICTS[lang]
        days, months, languages, territories = cldr_words(lang)
        entries = dic_entries(dicts)
        stems = {stem_of(e) for e in entries}
        capital_stems = {s for s in stems if s[:1].isupper() and s[1:].islower()}
        # plurals of days ("los lunes", "los sábados"): hunspell keeps the real ones
        days |= hunspell_accepts({d + s for d in days for s in ("s", "es")}, dicts) if lang != "de" else set()
        from wordfreq import zipf_frequency

        def z(w: str) -> float:
            return zipf_frequency(w, lang)

        # only the languages people write about, by the frequency of their English name (Zipf 3 or more:
        # "Russian", not "Cree", whose Spanish name "cree" is also "believes")
        languages = set(languages)
        if lang != "de":
            bases = nat_bases(lang) | languages
            if lang == "pt":
                for b in nat_bases("es"):
                    for a, repl in ES_TO_PT:
                        if a in b:
                            bases.add(b.replace(a, repl))
            # adjectives of territory names: a stem of four letters or more (the name less up to three
            # letters: "Chile" -> "chil", "Amérique" -> "améric") and an adjective ending
            from_places = set()
            for t in territories:
                if " " in t or "-" in t or not t.isalpha():
                    continue
                for name in {t.lower(), strip_accents(t.lower())}:
                    for cut in range(0, 3):
                        stem = name[: len(name) - cut] if cut else name
                        if len(stem) >= 4:
                            from_places.update(stem + suf for suf in PLACE_SUFFIXES[lang])
            # attested words only (Zipf 2 or more): the dictionaries' affixes accept many coinages
            # and no commoner than the places they come from ("soudain" is "sudden", not of Sudan)
            place_zipf = max((z(t.lower()) for t in territories), default=0.0)
            stems_of = {}
            for t in territories:
                for cut in range(0, 3):
                    stems_of.setdefault(strip_accents(t.lower())[: len(t) - cut][:4], []).append(z(t.lower()))
            bases |= {
                w for w in hunspell_accepts(from_places, dicts)
                if len(w) >= 5 and z(w) >= 2.0 and z(w) <= max(stems_of.get(strip_accents(w)[:4], [place_zipf])) + 0.5
            }
            candidates = {f for b in bases for f in inflect(lang, b)}
            nationality = hunspell_accepts(candidates, dicts)
            lang_forms = hunspell_accepts({f for b in languages for f in inflect(lang, b)}, dicts)
        else:
            bases = nat_bases("de") | languages
            candidates = {f for b in bases for f in inflect(lang, b)}
            # German adjectives are lower case: hunspell accepts them so
            nationality = hunspell_accepts(candidates, dicts)
            lang_forms = hunspell_accepts({f for b in languages for f in inflect(lang, b)}, dicts)
        # an inflection much commoner than its base is another word ("nuer" -> "nueras" daughters-in-law)
        base_of = {f: b for b in sorted(bases, key=z) for f in inflect(lang, b)}
        nationality = {w for w in nationality if z(w) <= z(base_of.get(w, w)) + 0.5 or w == base_of.get(w, w)}
        lang_forms = {w for w in lang_forms if z(w) <= z(base_of.get(w, w)) + 0.5 or w == base_of.get(w, w)}
        territory_lower = {t.lower() for t in territories}
        # a form that is also a place ("India", "China", "Jordania") is not a nationality word in a text
        nationality = {w for w in nationality if w not in territory_lower and len(w) > 2}
        lang_forms = {w for w in lang_forms if w not in territory_lower and len(w) > 2}
        given: set[str] = set()
        for e in entries:
            s = stem_of(e)
            if ("po:prn" in e or "SEM=p]" in e or "SEM=p," in e) and s[:1].isupper():
                given.add(s)
        # a day or month is also a name when some language's given-name list has it ("Julio", "Domingo"; the
        # dictionaries' other capitalised entries are events: "Octubre"); nationality and language words
        # when the dictionary lists them capitalised too ("Alemán", "Franco") or they name a place
        names = all_given_names() | given
        proper = {w for w in days | months if w.capitalize() in names} | {
            w for w in nationality | lang_forms if w.capitalize() in capital_stems or w.capitalize() in names or w in territory_lower
        }
        src_cldr = "CLDR (Unicode licence) via babel"
        d = DATA / lang
        n = {}
        n["days"] = write(d / "days.txt", [f"Generated by tools/build_profiles.py from {src_cldr}: weekday names (format and stand-alone, "
                                            f"locales {', '.join(LOCALES[lang])}), lower case; plurals kept where the hunspell dictionary has them."], days)
        n["months"] = write(d / "months.txt", [f"Generated by tools/build_profiles.py from {src_cldr}: month names (format and stand-alone, "
                                                f"locales {', '.join(LOCALES[lang])}), lower case."], months)
        n["languages"] = write(d / "languages.txt", [
            f"Generated by tools/build_profiles.py from {src_cldr}: one-word language names in this language, with the inflections",
            f"that the Debian hunspell dictionaries {', '.join(dicts)} accept; names that are also places are left out."], lang_forms)
        n["nationalities"] = write(d / "nationalities.txt", [
            "Generated by tools/build_profiles.py: nationality adjectives (nouns too where the language uses the same forms),",
            "from i18n-nationality 1.4.0 (MIT, widdix GmbH)" + (" via Spanish cognates" if lang == "pt" else "")
            + f" and {src_cldr} language names, inflected and kept only where the Debian hunspell",
            f"dictionaries {', '.join(dicts)} accept the form; forms that are also places (CLDR territory names) are left out."], nationality)
        n["magnitudes"] = write(d / "magnitudes.txt", [
            f"Generated by tools/build_profiles.py from {src_cldr}: words that follow a number: the long compact number",
            "formats (\"millones\"), unit names (long and short) and currency names."], magnitudes(lang))
        n["proper_homographs"] = write(d / "proper_homographs.txt", [
            "Generated by tools/build_profiles.py: day, month, nationality and language words whose capitalised form is also a",
            f"proper noun (a capitalised entry of the Debian hunspell dictionaries {', '.join(dicts)}, a given name, or a CLDR",
            "territory name): \"Julio\", \"Domingo\". A capital on them is reported only where the context is a date."], proper)
        if given:
            n["given_names"] = write(d / "given_names.txt", [
                "Generated by tools/build_profiles.py: given names marked as such in the Debian hunspell dictionary "
                + ("fr (Dicollecte, MPL-2.0; po:prn)." if lang == "fr" else "pt_PT (MPL-2.0 / LGPL-3 / GPL-3+; SEM=p).")], given)
        if lang == "de":
            n["nouns"] = write_german_nouns(d)
        print(lang, n)


def all_given_names() -> set[str]:
    """Given names of every source the project has: the 1990 US Census list (en/first_names.txt) and
    the hunspell dictionaries that mark given names (fr: po:prn; pt_PT: SEM=p)."""
    out = {line.strip() for line in (DATA / "en" / "first_names.txt").read_text("utf-8").splitlines() if line[:1].isupper()}
    for e in dic_entries(DICTS["fr"]) + dic_entries(("pt_PT",)):
        s = stem_of(e)
        if ("po:prn" in e or "SEM=p]" in e or "SEM=p," in e) and s[:1].isupper():
            out.add(s)
    return out


def write_german_nouns(d: Path) -> int:
    """German words that the de_DE dictionary spells only with a capital (nouns), among the words
    wordfreq knows in German with a Zipf frequency of 2.5 or more."""
    from wordfreq import top_n_list, zipf_frequency

    words = [w for w in top_n_list("de", 200_000) if w.isalpha() and len(w) >= 3 and w.islower() and zipf_frequency(w, "de") >= 2.5]
    lower_ok = hunspell_accepts(set(words), DICTS["de"])
    cap_ok = hunspell_accepts({w.capitalize() for w in words}, DICTS["de"])
    nouns = {w for w in words if w not in lower_ok and w.capitalize() in cap_ok}
    return write(d / "nouns.txt", [
        "Generated by tools/build_profiles.py: German words of wordfreq (CC BY-SA 4.0 data; Zipf frequency 2.5 or more) that",
        "the Debian hunspell dictionary de_DE (igerman98, GPL-2+) accepts only with an initial capital (nouns). The",
        "dictionary is only asked yes/no at build time; none of its entries is copied. Lower case."], nouns)


if __name__ == "__main__":
    main()
