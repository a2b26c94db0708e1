"""Language codes: validate and normalise BCP 47 / ISO 639 tags to their base language."""

from __future__ import annotations

from functools import lru_cache

from .errors import UsageError


@lru_cache(maxsize=None)
def _facts() -> dict:
    """What tqcheck needs of langcodes and CLDR about languages, compiled once into the user cache
    (importing langcodes is most of a short run's start-up): ``names`` (code -> English name,
    CLDR: :mod:`tqcheck.cldr`), ``canonical`` (the codes that langcodes validates and
    normalizes to themselves, e.g. "es" but not "spa" or "iw") and ``script`` (the usual script of each
    canonical code)."""
    from .cldr import archive_path
    from .compiled import cached, package_file

    sources = (
        __file__,  # how the facts are derived
        package_file("langcodes", "data_dicts.py"), package_file("langcodes", "__init__.py"),
        str(archive_path()),
        package_file("language_data", "name_data.py"),
    )
    return cached("langs", sources, _compile_facts)


def _compile_facts() -> dict:
    import re

    import langcodes

    from .cldr import language_names_en

    names = language_names_en()
    canonical, script = [], {}
    for code in names:
        if not re.fullmatch(r"[a-z]{2,3}", code):
            continue
        try:
            if langcodes.tag_is_valid(code) and langcodes.Language.get(langcodes.standardize_tag(code, macro=True)).language == code:
                canonical.append(code)
                script[code] = _script_of(code)
        except (ValueError, langcodes.LanguageTagError):
            continue
    return {"names": names, "canonical": sorted(canonical), "script": script}


@lru_cache(maxsize=None)
def _canonical() -> frozenset[str]:
    return frozenset(_facts()["canonical"])


def _language_names() -> dict[str, str]:
    return _facts()["names"]


def normalize_lang(tag: str | None, *, option: str = "language") -> str | None:
    """Return the base ISO 639 code of ``tag`` ("spa" -> "es", "en-US" -> "en").

    Raises UsageError for a tag that is not valid BCP 47 or names no known language.
    """
    if tag is None:
        return None
    raw = tag.strip()
    if raw in _canonical():  # "es": what langcodes would answer, without importing it
        return raw
    import langcodes

    try:
        valid = bool(raw) and langcodes.tag_is_valid(raw)
        # macrolanguages as their usual code ("cmn" -> "zh"); a tag without a language ("x-foo") is "und"
        base = (langcodes.Language.get(langcodes.standardize_tag(raw, macro=True)).language or "und") if valid else None
    except (ValueError, langcodes.LanguageTagError):
        valid, base = False, None
    if not valid or not base:
        raise UsageError(f"unknown {option} code {tag!r}: use an ISO 639 code such as 'en', 'es' or 'pt-BR'")
    return base  # any valid tag runs; one without a profile gets the language-neutral rules


def locale_tag(tag: str | None) -> str | None:
    """The standard form of a valid tag, region kept ("pt_br" -> "pt-BR", "spa" -> "es"); None for None."""
    if tag is None:
        return None
    if tag.strip() in _canonical():  # "en": its own standard form, without importing langcodes
        return tag.strip()
    import langcodes

    try:
        return langcodes.standardize_tag(tag.strip())
    except (ValueError, langcodes.LanguageTagError):
        return None


def language_name(code: str) -> str:
    return _language_names().get(code, code)


@lru_cache(maxsize=None)
def script_of(code: str) -> str:
    """The ISO 15924 script a language is usually written in ("ru" -> "Cyrl", "zh" -> "Hans")."""
    known = _facts()["script"].get(code)
    return known if known is not None else _script_of(code)


def _script_of(code: str) -> str:
    import langcodes

    try:
        return langcodes.Language.get(code).maximize().script or "Latn"
    except (ValueError, langcodes.LanguageTagError):
        return "Latn"


#: source languages written in Cyrillic whose words and names tqcheck reads in romanisation: a word
#: left untranslated and romanised (TQ201), a name in the English romanisation in German or French (TQ107)
CYRILLIC_SOURCES = frozenset({"ru", "uk", "be", "bg", "sr", "mk"})
