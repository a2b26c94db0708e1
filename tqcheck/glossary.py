"""User glossaries of preferred spellings ("Kyiv", "Volodymyr Zelensky").

File format (UTF-8): one entry per line, the preferred form first, optionally followed by a colon
and comma-separated variants to flag explicitly:

    # comments and blank lines are ignored
    Kyiv: Kiev, Kiew
    Volodymyr Zelensky
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError
from .names import name_key


@dataclass
class Glossary:
    #: preferred form -> explicit variants
    entries: dict[str, list[str]] = field(default_factory=dict)
    source: str = "<glossary>"

    @classmethod
    def from_terms(cls, terms: list[str] | dict[str, list[str]], source: str = "<glossary>") -> "Glossary":
        if isinstance(terms, dict):
            return cls({k: list(v) for k, v in terms.items()}, source)
        return cls({t: [] for t in terms}, source)

    @classmethod
    def load(cls, path: str | Path) -> "Glossary":
        from .reader import read_text

        p = Path(path)
        entries: dict[str, list[str]] = {}
        for lineno, line in enumerate(read_text(p).splitlines(), start=1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            preferred, _, rest = line.partition(":")
            preferred = " ".join(preferred.split())
            if not preferred:
                raise UsageError(f"{p}:{lineno}: glossary entry has no preferred form")
            variants = [" ".join(v.split()) for v in rest.split(",") if v.strip()]
            entries.setdefault(preferred, []).extend(variants)
        return cls(entries, str(p))

    @property
    def lower_forms(self) -> frozenset[str]:
        return frozenset(p.lower() for p in self.entries)

    def key_index(self) -> dict[tuple[str, ...], str]:
        """Transliteration-aware key of each preferred form and variant -> the preferred form."""
        index: dict[tuple[str, ...], str] = {}
        for preferred, variants in self.entries.items():
            for form in (preferred, *variants):
                index[tuple(name_key(w) for w in form.split())] = preferred
        return index

    def variant_index(self) -> dict[str, str]:
        """lower-cased explicit variant or preferred form -> preferred form."""
        index = {p.lower(): p for p in self.entries}
        for preferred, variants in self.entries.items():
            for v in variants:
                index[v.lower()] = preferred
        return index


def resolve(glossary: "Glossary | str | Path | list[str] | dict | None") -> Glossary | None:
    if glossary is None or isinstance(glossary, Glossary):
        return glossary
    if isinstance(glossary, (str, Path)):
        return Glossary.load(glossary)
    return Glossary.from_terms(glossary)
