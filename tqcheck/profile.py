"""Target-language profiles: what the rules need to know about the language a text is written in.

A profile is data: ``data/<lang>/profile.toml`` (conventions: capitalisation, quotation marks,
spacing, inverted marks) plus the word lists beside it in ``data/<lang>/``. Number separators come
from CLDR (:mod:`tqcheck.cldr`) for the exact locale, so ``es-MX`` and ``pt-BR`` get their own. Rules ask
``doc.profile`` and never assume English; a language without a profile gets ``None`` and only the
language-neutral rules run on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from .data import _read

#: what a language may capitalise beyond sentence starts and proper names
CASING_CLASSES = ("days", "months", "nationalities", "nationality_nouns", "languages", "religions", "nouns", "titles")


@dataclass(frozen=True)
class Profile:
    code: str  #: base ISO 639-1 code ("es")
    locale: str  #: BCP 47 tag as given, region included when known ("es-MX"); = code otherwise
    name: str  #: English name ("Spanish")
    #: which word classes the language capitalises (see CASING_CLASSES; "nationalities" = the adjectives)
    capitalises: frozenset[str]
    #: quotation marks of the language: (opening, closing) pairs, the usual one first
    quotes: tuple[tuple[str, str], ...]
    #: a (no-break) space inside the quotation marks: French « … »
    space_inside_quotes: bool
    #: marks preceded by a (narrow) no-break space: French "; : ! ?"
    space_before: str
    #: questions and exclamations open with ¿ ¡ (Spanish)
    inverted_marks: bool
    #: quote pairs of ``quotes`` used only inside another quotation (French “…” inside « … »)
    inner_quotes: tuple[tuple[str, str], ...] = ()
    #: a comma that follows a quotation goes inside the closing mark (American English: "yes," he said)
    comma_inside_quotes: bool = False
    #: straight quotation marks ("…") are foreign to the language's typography, even alone (French:
    #: 1), or in a text that quotes so this many times (German: 2); 0 where they are the language's own
    straight_quotes_foreign: int = 0
    #: names of organisations, clubs, places and brands go without quotation marks ("Shakhtar beat
    #: Rukh"), where the typography of some source languages quotes them («Шахтар»)
    names_unquoted: bool = False
    #: how the language abbreviates "number" before a numeral ("No.", "n.º", "Nr."), where it does
    #: not write the numero sign № (Russian, Ukrainian, Bulgarian typography)
    numero: str = ""

    def data(self, name: str) -> str:
        """Relative path of one of this language's data files (for ``tqcheck.data.word_list`` etc.)."""
        return f"{self.code}/{name}"

    @cached_property
    def _symbols(self) -> tuple[str, str]:
        from .cldr import number_symbols

        return number_symbols(self.locale) or number_symbols(self.code) or (".", ",")

    @property
    def decimal(self) -> str:
        """Decimal separator of the locale (CLDR): "," for es-ES, "." for es-MX."""
        return self._symbols[0]

    @property
    def group(self) -> str:
        """Thousands separator of the locale (CLDR): "." for es-ES, "," for es-MX, U+202F for fr."""
        return self._symbols[1]

    @property
    def opening_quotes(self) -> frozenset[str]:
        return frozenset(a for a, _ in self.quotes)


def _pairs(values: list[str]) -> tuple[tuple[str, str], ...]:
    out = []
    for v in values:
        if len(v) != 2:
            raise ValueError(f"a quote pair is two characters, got {v!r}")
        out.append((v[0], v[1]))
    return tuple(out)


@lru_cache(maxsize=None)
def _load(code: str) -> dict | None:
    raw = _read(f"{code}/profile.toml")
    if raw is None:
        return None
    import tomllib

    return tomllib.loads(raw)


def profiled_languages() -> list[str]:
    """Codes of every language with a profile, sorted."""
    from importlib import resources

    root = resources.files("tqcheck.data")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("profile.toml").is_file())


def _region(locale: str | None) -> str | None:
    parts = (locale or "").replace("_", "-").split("-")
    return next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)


@lru_cache(maxsize=None)
def get_profile(code: str, locale: str | None = None) -> Profile | None:
    """The profile of base language ``code`` for ``locale`` ("pt-BR"), or None when it has none."""
    raw = _load(code)
    if raw is None:
        return None
    casing = raw.get("casing", {})
    quotes = raw.get("quotes", {})
    punct = raw.get("punctuation", {})
    unknown = set(casing) - set(CASING_CLASSES)
    if unknown:
        raise ValueError(f"{code}/profile.toml: unknown casing class(es) {sorted(unknown)}")
    return Profile(
        code=code,
        locale=locale or code,
        name=raw["name"],
        capitalises=frozenset(k for k, v in casing.items() if v),
        quotes=_pairs(quotes.get("pairs", [])),
        space_inside_quotes=bool(quotes.get("space_inside", False)),
        space_before=punct.get("space_before_by_region", {}).get(_region(locale), punct.get("space_before", "")),
        inverted_marks=bool(punct.get("inverted_marks", False)),
        inner_quotes=_pairs(quotes.get("inner_only", [])),
        comma_inside_quotes=bool(quotes.get("comma_inside", False)),
        straight_quotes_foreign=int(quotes.get("straight_foreign", 0)),  # true: 1
        names_unquoted=bool(quotes.get("names_unquoted", False)),
        numero=str(punct.get("numero", "")),
    )
