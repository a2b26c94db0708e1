"""Regenerate tqcheck/data/cldr.zip: the CLDR facts tqcheck reads at run time, from Babel.

Build-time only (Babel is 36 MB installed, most of it locales tqcheck never reads; the facts it
needs fit in one small archive, so the core install does without it). Needs the pinned
Babel of the `build` extra:

    pip install -e '.[build]' && python tools/build_cldr.py

What the archive holds (CLDR, under the Unicode licence that Babel ships with it, written beside
the archive as cldr-LICENSE.unicode; the CLDR version is recorded in index.json):
- index.json:
  - ``identifiers``: the locales CLDR has data for ("es", "es_MX", "zh_Hant_TW"), with
    ``aliases`` and ``likely_subtags``, so that tqcheck.cldr.resolve() answers what
    ``babel.Locale.parse`` answers for any tag;
  - ``numbers``: each locale's decimal and group symbols (Latin digits) and whether its currency
    pattern puts the symbol first;
  - ``varies``: the languages whose countries disagree on the decimal mark or on where the
    currency symbol goes (es: "3,5" in Spain, "3.5" in Mexico);
  - ``currencies`` (ISO 4217 codes), ``zones`` (the time zones CLDR names a city for in Russian,
    Chinese or Japanese: about 420 big cities) and ``languages_en`` (English names of languages).
- locale/<identifier>.json, for every locale a bare language code resolves to ("zh" and "sh"
  alike; ``locales`` in index.json names the file of each, as locales with the same data share
  one): ``territories`` (code -> name, in CLDR's order), ``months`` and ``days`` (wide, format
  context) and ``cities`` (time zone -> exemplar city, where the locale names one).

tests/test_cldr.py holds the archive to Babel's answers.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tqcheck" / "data" / "cldr.zip"
#: the Unicode licence of the CLDR data, as Babel ships it; the archive's data go with it
LICENCE = OUT.with_name("cldr-LICENSE.unicode")


def _decimal_group(loc) -> list[str]:
    symbols = loc.number_symbols
    symbols = symbols.get("latn", symbols) if hasattr(symbols, "get") else symbols
    return [symbols.get("decimal", "."), symbols.get("group", ",")]


def _currency_first(loc) -> bool:
    return loc.currency_formats["standard"].pattern.lstrip("\u200e\u200f").startswith("¤")


def bare_codes() -> list[str]:
    """Every bare language code that Babel's Locale.parse might resolve: the languages of its
    locales, of its language aliases and of its likely subtags."""
    from babel import localedata
    from babel.core import get_global

    codes = {i.split("_")[0] for i in localedata.locale_identifiers()}
    codes |= {k for k in get_global("language_aliases") if k.isalpha()}
    codes |= {k for k in get_global("likely_subtags") if k.isalpha()}
    return sorted(codes)


def build() -> bytes:
    import babel
    from babel import Locale, UnknownLocaleError, localedata
    from babel.core import get_global
    from babel.dates import get_day_names, get_month_names
    from babel.languages import get_official_languages
    from babel.numbers import list_currencies

    identifiers = sorted(localedata.locale_identifiers())
    numbers = {}
    for ident in identifiers:
        loc = Locale.parse(ident)
        numbers[ident] = [*_decimal_group(loc), _currency_first(loc)]
    english = Locale("en")
    varies: dict[str, list[str]] = {"decimal": [], "currency": []}
    official = sorted({c for t in english.territories if not t.isdigit() for c in get_official_languages(t, de_facto=True)})
    for code in official:
        seen: dict[str, set] = {"decimal": set(), "currency": set()}
        for territory in english.territories:
            if territory.isdigit() or code not in get_official_languages(territory, de_facto=True):
                continue
            try:
                loc = Locale.parse(f"{code}_{territory}")
            except (ValueError, UnknownLocaleError):
                continue
            seen["decimal"].add(_decimal_group(loc)[0])
            seen["currency"].add(_currency_first(loc))
        for what, values in seen.items():
            if len(values) > 1:
                varies[what].append(code)
    zones = sorted({z for lang in ("ru", "zh", "ja") for z in Locale.parse(lang).time_zones if "/" in z and not z.startswith("Etc/")})
    resolved = set()
    for code in bare_codes():
        try:
            resolved.add(str(Locale.parse(code)))
        except (ValueError, UnknownLocaleError):
            continue
    index = {
        "source": f"CLDR {babel.core.get_cldr_version()} (Unicode licence), via Babel {babel.__version__}",
        "identifiers": identifiers,
        "aliases": {k: dict(get_global(f"{k}_aliases")) for k in ("language", "territory", "script", "variant")},
        "likely_subtags": dict(get_global("likely_subtags")),
        "numbers": numbers,
        "varies": varies,
        "currencies": sorted(list_currencies()),
        "zones": zones,
        "languages_en": dict(english.languages),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        def put(name: str, value) -> None:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # the same bytes for the same data
            info.compress_type = zipfile.ZIP_DEFLATED
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            zf.writestr(info, text, compresslevel=9)

        written: dict[str, str] = {}  # the data of a locale -> the member that holds it ("ml_IN" is "ml"'s)
        index["locales"] = {}
        for ident in sorted(resolved, key=lambda i: (i.count("_"), i)):
            loc = Locale.parse(ident)
            facts = json.dumps({
                "territories": dict(loc.territories.items()),
                "months": list(get_month_names("wide", locale=loc).values()),
                "days": list(get_day_names("wide", locale=loc).values()),
                "cities": {z: c for z in zones if (c := (loc.time_zones.get(z) or {}).get("city"))},
            }, ensure_ascii=False, separators=(",", ":"))
            if facts not in written:
                written[facts] = f"locale/{ident}.json"
                put(written[facts], facts)
            index["locales"][ident] = written[facts]
        put("index.json", index)
    return buf.getvalue()


def licence() -> bytes:
    from importlib import resources

    return resources.files("babel").joinpath("locale-data", "LICENSE.unicode").read_bytes()


def main() -> None:
    data = build()
    OUT.write_bytes(data)
    LICENCE.write_bytes(licence())
    with zipfile.ZipFile(OUT) as zf:
        count = sum(1 for n in zf.namelist() if re.match(r"locale/", n))
    print(f"wrote {OUT} ({len(data) / 1024:.0f} KB, {count} locales)")


if __name__ == "__main__":
    main()
