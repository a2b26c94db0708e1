"""Regular expressions compiled on first use, and kept compiled between runs.

A rule module holds dozens of patterns, and a run uses only those its document's language and text
reach: compiling all of them when the module is imported cost a short check a tenth of its time.
``lazy(re, pattern, flags)`` stands for ``re.compile(pattern, flags)`` (or ``regex.compile``) and
compiles on the first attribute it is asked for; from then on ``search``, ``finditer`` and the rest
are the compiled pattern's own bound methods, so a pattern in a hot loop costs what it did.

Compiling the few hundred patterns a check reaches is still a third of a short run. So
:func:`cached_compile` keeps what the engines compile (the program each engine builds from a pattern:
:mod:`regex`'s own pickled form, and for :mod:`re` the arguments of its internal ``_sre.compile``)
in the user cache, ``<cache>/compiled/patterns-<key>.bin``, and a later process builds the pattern
from it without parsing it again. The key covers tqcheck's, Python's and regex's versions and the
engines' magic numbers; the file is checked by its digest, and anything unreadable or a program an
engine refuses is compiled the ordinary way. New patterns are added to the file when the process
ends (:func:`flush`), and from the workers of a process pool as they go (:func:`flush_some`).
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

#: (engine, pattern, flags) -> the engine's compiled program; None until first loaded
_store: dict[tuple[str, Any, int], tuple] | None = None
_new: dict[tuple[str, Any, int], tuple] = {}
#: the patterns this process has compiled or built, for callers that ask again
_live: dict[tuple[str, Any, int], Any] = {}
_path: Path | None = None
#: past this many patterns (the code and data of several versions), the file keeps only this process's
MAX_KEPT = 5000


def _store_path() -> Path | None:
    import _sre

    import regex

    from . import __version__
    from .compiled import key_of
    from .freqtable import cache_root

    key = key_of(f"{__version__}|{sys.version}|{_sre.MAGIC}|{regex.__version__}")
    try:
        return cache_root() / "compiled" / f"patterns-{key}.bin"
    except (OSError, RuntimeError):  # no home directory
        return None


def _read(path: Path) -> dict:
    from .compiled import read_checked

    data = read_checked(path)
    return marshal.loads(data) if data is not None else {}


def _loaded() -> dict:
    global _store, _path
    if _store is None:
        _store = {}
        try:
            _path = _store_path()
            if _path is not None:
                _store = _read(_path)
        except (OSError, ValueError, EOFError, TypeError, ImportError):
            _store = {}
        atexit.register(flush)
    return _store


def _re_program(pattern: str, flags: int) -> tuple | None:
    """The arguments after the pattern that ``re`` gives ``_sre.compile`` (CPython 3.11 and later)."""
    parser, compiler = getattr(re, "_parser", None), getattr(re, "_compiler", None)
    if parser is None or compiler is None or not isinstance(pattern, str):
        return None
    p = parser.parse(pattern, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    code = [int(op) for op in compiler._code(p, flags)]  # opcodes are int subclasses marshal refuses
    return (int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _build(engine_name: str, pattern: Any, program: tuple) -> Any:
    if engine_name == "re":
        import _sre

        return _sre.compile(pattern, *program)
    from regex import _regex  # type: ignore[attr-defined]

    return _regex.compile(*program)


def cached_compile(engine: ModuleType, pattern: Any, flags: int = 0) -> Any:
    """``engine.compile(pattern, flags)``, built from the cached program where there is one."""
    flags = int(flags)
    key = (engine.__name__, pattern, flags)
    compiled = _live.get(key)
    if compiled is None:
        compiled = _live[key] = _compile(engine, key)
    return compiled


def _compile(engine: ModuleType, key: tuple[str, Any, int]) -> Any:
    _, pattern, flags = key
    program = _loaded().get(key)
    if program is not None:
        try:
            return _build(key[0], pattern, program)
        except Exception:  # a program this engine does not take: compiled again below
            _store.pop(key, None)  # type: ignore[union-attr]
    try:
        if key[0] == "regex":
            compiled = engine.compile(pattern, flags)
            program = compiled._pickled_data
        else:  # parsed once, and built as re.compile builds it
            program = _re_program(pattern, flags)
            compiled = _build("re", pattern, program) if program is not None else engine.compile(pattern, flags)
        if program is not None:
            marshal.dumps(program)  # plain data only, or the file could not be written at all
            _new[key] = _store[key] = program  # type: ignore[index]
        return compiled
    except Exception:  # an engine without these internals, or a program marshal refuses: compiled as usual
        return engine.compile(pattern, flags)


#: a worker process adds its new patterns to the file once it holds this many, or after this long
FLUSH_EVERY_PATTERNS = 16
FLUSH_EVERY_SECONDS = 1.0
_last_flush = 0.0


def flush_some() -> None:
    """:func:`flush`, in a worker process that checks document after document (a process pool ends
    its workers without running their exit handlers): when enough new patterns or enough time has
    gathered, so that a long run writes the file a few times, not once a document."""
    import time

    if _new and (len(_new) >= FLUSH_EVERY_PATTERNS or time.monotonic() - _last_flush >= FLUSH_EVERY_SECONDS):
        flush()


def flush() -> None:
    """Add the patterns compiled since the last flush to the cache file (merged with what other
    processes added meanwhile; written atomically). Cheap when nothing is new."""
    global _last_flush
    import time

    _last_flush = time.monotonic()
    if not _new or _path is None:
        _new.clear()
        return
    from .compiled import write_checked

    try:
        merged = _read(_path)
    except (OSError, ValueError, EOFError, TypeError):
        merged = {}
    merged.update(_new)
    _new.clear()
    if len(merged) > MAX_KEPT:
        merged = {k: v for k, v in merged.items() if k in _live}
    try:
        write_checked(_path, marshal.dumps(merged))
    except (OSError, ValueError):
        pass  # an unwritable cache: compiled again next time


class LazyPattern:
    """``engine.compile(pattern, flags)``, done when first used (see the module's docstring)."""

    def __init__(self, engine: ModuleType, pattern: Any, flags: int = 0) -> None:
        self._engine = engine
        self._source = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = cached_compile(self._engine, self._source, self._flags)
        for attr in dir(compiled):
            if not attr.startswith("_"):
                self.__dict__[attr] = getattr(compiled, attr)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._engine.__name__}, {self._source!r}, {self._flags!r})"


def lazy(engine: ModuleType, pattern: Any, flags: int = 0) -> Any:
    """A pattern of ``engine`` (:mod:`re` or :mod:`regex`) compiled on first use."""
    return LazyPattern(engine, pattern, flags)
