"""Regular expressions compiled on first use.

A rule module holds dozens of patterns, and a run uses only those its document's language and text
reach: compiling all of them when the module is imported cost a short check a tenth of its time.
``lazy(re, pattern, flags)`` stands for ``re.compile(pattern, flags)`` (or ``regex.compile``) and
compiles on the first attribute it is asked for; from then on ``search``, ``finditer`` and the rest
are the compiled pattern's own bound methods, so a pattern in a hot loop costs what it did.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any


class LazyPattern:
    """``engine.compile(pattern, flags)``, done when first used (see the module's docstring)."""

    def __init__(self, engine: ModuleType, pattern: Any, flags: int = 0) -> None:
        self._engine = engine
        self._source = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self._engine.compile(self._source, self._flags)
        for attr in dir(compiled):
            if not attr.startswith("_"):
                self.__dict__[attr] = getattr(compiled, attr)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._engine.__name__}, {self._source!r}, {self._flags!r})"


def lazy(engine: ModuleType, pattern: Any, flags: int = 0) -> Any:
    """A pattern of ``engine`` (:mod:`re` or :mod:`regex`) compiled on first use."""
    return LazyPattern(engine, pattern, flags)
