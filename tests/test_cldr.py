"""tqcheck.cldr answers what Babel answers: the core install reads CLDR from tqcheck/data/cldr.zip
(Babel is 36 MB), so a tag must reach the same locale and the same names and symbols as
``babel.Locale.parse`` gives it, and the archive must be what tools/build_cldr.py makes from the
pinned Babel of the `build` extra (installed with `dev`)."""

from __future__ import annotations

import random
import subprocess
import sys

from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global
from babel.dates import get_day_names, get_month_names
from babel.languages import get_official_languages
from babel.numbers import list_currencies

from conftest import ROOT
from tqcheck import cldr

sys.path.insert(0, str(ROOT / "tools"))
import build_cldr  # noqa: E402


def _babel(tag: str) -> Locale | None:
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return None


def _tags() -> list[str]:
    tags = set(localedata.locale_identifiers()) | set(get_global("likely_subtags")) | set(get_global("language_aliases"))
    territories = list(Locale("en").territories)
    for code in ("es", "en", "fr", "de", "it", "pt", "zh", "sr", "ja", "ru", "ar", "nan", "und", "sh", "no", "iw"):
        tags.update(f"{code}-{t}" for t in territories)
        for script in ("Latn", "Cyrl", "Hans", "Hant", "Zzzz"):
            tags.update((f"{code}_{script}", f"{code}-{script}-TW", f"{code}-{script}-RS"))
    rng = random.Random(7)
    codes = build_cldr.bare_codes()
    tags.update(f"{rng.choice(codes)}_{rng.choice(territories)}" for _ in range(2000))
    tags.update(a + b for a in "abcdefghijklmnopqrstuvwxyz" for b in "abcdefghijklmnopqrstuvwxyz")
    tags.update(("", "C", "POSIX", "x-foo", "en-US-u-ca-gregory", "es-419", "zh-TW", "sr-Latn-RS", "de-CH-1996", "123", "e1", "ES_mx"))
    return sorted(tags)


def test_a_tag_reaches_the_locale_babel_gives_it():
    tags = _tags()
    assert len(tags) > 10_000
    wrong = [(t, cldr.resolve(t), str(loc) if loc else None) for t in tags if cldr.resolve(t) != (str(loc) if (loc := _babel(t)) else None)]
    assert wrong == []
    assert cldr.resolve("zh-TW") == "zh_Hant_TW" and cldr.resolve("es-MX") == "es_MX" and cldr.resolve("xx") is None


def test_names_of_every_language_are_babels():
    codes = build_cldr.bare_codes()
    assert len(codes) > 1000
    zones = cldr.zones()[::7]
    for code in codes:
        loc = _babel(code)
        if loc is None:
            assert cldr.territories(code) is None and cldr.months(code) == () and cldr.days(code) == (), code
            continue
        assert list(cldr.territories(code).items()) == list(loc.territories.items()), code  # order too: it decides ties
        assert cldr.months(code) == tuple(get_month_names("wide", locale=loc).values()), code
        assert cldr.days(code) == tuple(get_day_names("wide", locale=loc).values()), code
        for zone in zones:
            expected = (loc.time_zones.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            assert cldr.zone_city(code, zone) == expected, (code, zone)


def test_number_symbols_currency_patterns_and_codes_are_babels():
    for ident in localedata.locale_identifiers():
        loc = Locale.parse(ident)
        symbols = loc.number_symbols.get("latn", loc.number_symbols)
        assert cldr.number_symbols(ident) == (symbols.get("decimal", "."), symbols.get("group", ",")), ident
        assert cldr.currency_first(ident) == loc.currency_formats["standard"].pattern.lstrip("\u200e\u200f").startswith("¤"), ident
    assert cldr.number_symbols("es-ES") == (",", ".") and cldr.number_symbols("es-MX") == (".", ",")
    assert cldr.number_symbols("xx") is None and cldr.currency_first("xx") is None
    assert cldr.currencies() == frozenset(list_currencies())
    assert cldr.language_names_en() == dict(Locale("en").languages)
    zones = {z for lang in ("ru", "zh", "ja") for z in Locale.parse(lang).time_zones if "/" in z and not z.startswith("Etc/")}
    assert set(cldr.zones()) == zones and len(zones) > 300


def test_which_languages_write_decimals_and_currencies_differently_by_country():
    english = Locale("en").territories
    for code in ("es", "de", "fr", "pt", "it", "en", "ar", "nl", "sv", "zh"):
        for what in ("decimal", "currency"):
            seen = set()
            for territory in english:
                if territory.isdigit() or code not in get_official_languages(territory, de_facto=True):
                    continue
                if (ident := cldr.resolve(f"{code}_{territory}")) is not None:
                    seen.add(cldr.number_symbols(ident)[0] if what == "decimal" else cldr.currency_first(ident))
            assert cldr.varies(code, what) == (len(seen) > 1), (code, what)
    assert cldr.varies("es", "decimal") and cldr.varies("de", "currency") and not cldr.varies("ja", "decimal")


def test_the_committed_archive_is_what_the_build_tool_makes():
    assert build_cldr.build() == build_cldr.OUT.read_bytes(), "run python tools/build_cldr.py"
    assert build_cldr.licence() == build_cldr.LICENCE.read_bytes() and b"UNICODE" in build_cldr.LICENCE.read_bytes()


def test_a_run_never_imports_babel():
    code = (
        "import sys, tqcheck\n"
        "for src in ('ja', 'zh', 'ru', 'es'):\n"
        "    tqcheck.check_text('The U.S. and japan signed it in paris on 3.5 March for $50.', source_lang=src,\n"
        "                       target_lang='es-MX', source_text='米国と日本はパリで署名した。')\n"
        "print('babel' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
