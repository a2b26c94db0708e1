"""Language codes: validate and normalise BCP 47 / ISO 639 tags to their base language."""

from __future__ import annotations

from functools import lru_cache

from .errors import UsageError


@lru_cache(maxsize=None)
def _language_names() -> dict[str, str]:
    from babel import Locale

    return dict(Locale("en").languages)


def normalize_lang(tag: str | None, *, option: str = "language") -> str | None:
    """Return the base ISO 639 code of ``tag`` ("spa" -> "es", "en-US" -> "en").

    Raises UsageError for a tag that is not valid BCP 47 or names no known language.
    """
    if tag is None:
        return None
    import langcodes

    raw = tag.strip()
    try:
        valid = bool(raw) and langcodes.tag_is_valid(raw)
        base = langcodes.Language.get(raw).language if valid else None
    except (ValueError, langcodes.LanguageTagError):
        valid, base = False, None
    if not valid or not base or base not in _language_names():
        raise UsageError(f"unknown {option} code {tag!r}: use an ISO 639 code such as 'en', 'es' or 'pt-BR'")
    return base


def locale_tag(tag: str | None) -> str | None:
    """The standard form of a valid tag, region kept ("pt_br" -> "pt-BR", "spa" -> "es"); None for None."""
    if tag is None:
        return None
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
    import langcodes

    try:
        return langcodes.Language.get(code).maximize().script or "Latn"
    except (ValueError, langcodes.LanguageTagError):
        return "Latn"
