"""The CLDR facts rules consult: names of territories, months and days, time-zone cities, number
symbols and currency patterns, currency codes, English names of languages.

They are read from ``data/cldr.zip``, which ``tools/build_cldr.py`` generates from Babel (CLDR,
Unicode licence), so the core install does without Babel's 36 MB. A tag reaches the
locale ``babel.Locale.parse`` would give it: the locale itself if CLDR has it ("es_MX"), else by
CLDR's aliases and likely subtags ("zh-TW" -> zh_Hant_TW, "sh" -> sr_Latn, "und" -> en);
``tests/test_cldr.py`` holds every answer here to Babel's.
"""

from __future__ import annotations

import json
from functools import lru_cache


def _member(name: str) -> dict:
    # kept in the compiled cache: opening the archive and parsing its JSON cost a short check more
    # than reading the marshalled value back
    from .compiled import cached

    return cached(f"cldr-{name.removesuffix('.json').replace('/', '-')}", [str(archive_path())], lambda: _read_member(name))


def _read_member(name: str) -> dict:
    # opened for each read (a few per run, each cached): a file kept open would share its offset
    # with the processes a run forks
    import zipfile  # (here: the compiled cache answers most runs)

    with archive_path().open("rb") as fh, zipfile.ZipFile(fh) as zf:
        return json.loads(zf.read(name))


@lru_cache(maxsize=1)
def _index() -> dict:
    return _member("index.json")


@lru_cache(maxsize=1)
def _identifiers() -> frozenset[str]:
    return frozenset(_index()["identifiers"])


def _parse(identifier: str) -> tuple[str, str | None, str | None, str | None] | None:
    """(language, territory, script, variant) of a locale identifier, as Babel's parse_locale
    splits it; None where it would raise."""
    identifier = identifier.partition("@")[0].split(".", 1)[0]
    if not identifier:
        return None
    parts = identifier.split("_")
    lang = parts.pop(0).lower()
    if not lang.isalpha():
        return None
    script = territory = variant = None
    if parts and len(parts[0]) == 4 and parts[0].isalpha():
        script = parts.pop(0).title()
    if parts and ((len(parts[0]) == 2 and parts[0].isalpha()) or (len(parts[0]) == 3 and parts[0].isdigit())):
        territory = parts.pop(0).upper()
    if parts and ((len(parts[0]) == 4 and parts[0][0].isdigit()) or (len(parts[0]) >= 5 and parts[0][0].isalpha())):
        variant = parts.pop().upper()
    if parts:
        return None
    return lang, territory, script, variant


def _identifier(lang: str, territory: str | None, script: str | None, variant: str | None) -> str:
    return "_".join(p for p in (lang, script, territory, variant) if p)


def _known(parts) -> str | None:
    ident = _identifier(*parts)
    return ident if ident in _identifiers() else None


def _known_reducing(parts) -> str | None:
    return _known(parts) or _known((parts[0], parts[1], None, None))


@lru_cache(maxsize=None)
def resolve(tag: str) -> str | None:
    """The CLDR locale whose data ``tag`` ("es-MX", "pt_BR", "zh-TW", "spa") gets, as Babel's
    ``Locale.parse`` resolves it; None where Babel knows no locale for it."""
    if tag.partition(".")[0].upper() in ("C", "POSIX"):
        tag = "en_US_POSIX"
    parts = _parse(tag.replace("-", "_"))
    if parts is None:
        return None
    found = _known(parts)
    if found:
        return found
    index = _index()
    aliases, likely = index["aliases"], index["likely_subtags"]
    language, territory, script, variant = parts
    language = aliases["language"].get(language, language)
    territory = (aliases["territory"].get(territory or "") or [territory])[0]
    script = aliases["script"].get(script or "", script)
    variant = aliases["variant"].get(variant or "", variant)
    territory = None if territory == "ZZ" else territory
    script = None if script == "Zzzz" else script
    subtag = likely.get(_identifier(language, territory, script, variant))
    if subtag is not None and (p := _parse(subtag)) is not None and (found := _known_reducing(p)):
        return found
    subtag = likely.get(language)
    if subtag is not None and (p := _parse(subtag)) is not None:
        return _known_reducing((p[0], territory, p[2], p[3]))
    return None


@lru_cache(maxsize=None)
def _locale_facts(tag: str) -> dict | None:
    ident = resolve(tag)
    member = _index()["locales"].get(ident) if ident else None
    return _member(member) if member else None


def territories(tag: str) -> dict[str, str] | None:
    """Territory code -> name in the language of ``tag`` ("DE" -> "Alemania"; regions by numbers:
    "002" -> "África"), in CLDR's order; None for a tag CLDR has no locale for."""
    facts = _locale_facts(tag)
    return facts["territories"] if facts else None


def months(tag: str) -> tuple[str, ...]:
    """Wide month names (format context), January first; () for a tag CLDR has no locale for."""
    facts = _locale_facts(tag)
    return tuple(facts["months"]) if facts else ()


def days(tag: str) -> tuple[str, ...]:
    """Wide weekday names (format context), Monday first; () for a tag CLDR has no locale for."""
    facts = _locale_facts(tag)
    return tuple(facts["days"]) if facts else ()


def zones() -> tuple[str, ...]:
    """The time zones CLDR names a city for in Russian, Chinese or Japanese ("Europe/Paris")."""
    return tuple(_index()["zones"])


def zone_city(tag: str, zone: str) -> str:
    """CLDR's name of a time zone's city in the language of ``tag`` ("Paryż"), or the zone's own ("Paris")."""
    facts = _locale_facts(tag)
    return (facts["cities"].get(zone) if facts else None) or zone.rsplit("/", 1)[-1].replace("_", " ")


def _numbers(tag: str) -> list | None:
    ident = resolve(tag)
    return _index()["numbers"][ident] if ident else None


def number_symbols(tag: str) -> tuple[str, str] | None:
    """(decimal, group) symbols of the locale with Latin digits ("," and "." for es-ES); None if unknown."""
    n = _numbers(tag)
    return (n[0], n[1]) if n else None


def currency_first(tag: str) -> bool | None:
    """Whether the locale writes the currency symbol before the amount; None if unknown."""
    n = _numbers(tag)
    return n[2] if n else None


def varies(code: str, what: str) -> bool:
    """Whether the countries where ``code`` is official write ``what`` ("decimal" or "currency")
    differently (es-ES 3,5 but es-MX 3.5; de-DE 5 € but de-AT € 5)."""
    return code in _index()["varies"][what]


@lru_cache(maxsize=1)
def currencies() -> frozenset[str]:
    """ISO 4217 currency codes ("USD", "EUR")."""
    return frozenset(_index()["currencies"])


def language_names_en() -> dict[str, str]:
    """Language code -> English name ("es" -> "Spanish")."""
    return dict(_index()["languages_en"])


def archive_path():
    """The archive's path, for the compiled caches that depend on it."""
    from .data import data_file

    return data_file("cldr.zip")
