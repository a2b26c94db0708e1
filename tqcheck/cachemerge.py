"""``tqcheck cache merge``: add the entries of other translation caches to one cache file.

A cache key is a hash of the model's identity, the engine, the direction, the decoding options and
the text, so equal keys hold the same translation and merging is a union: entries already in the
target are kept, the others are copied.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import UsageError

FILE = "translations.sqlite3"


def _file(path: Path) -> Path:
    return path / FILE if path.is_dir() else path


def merge(target: Path, sources: list[Path]) -> tuple[int, int]:
    """Merge ``sources`` into ``target`` (files, or cache directories); return (added, total)."""
    from .backtranslate.cache import TranslationCache

    target = _file(target)
    files = []
    for s in sources:
        f = _file(s)
        if not f.is_file():
            raise UsageError(f"{s}: no such translation cache")
        if target.exists() and f.resolve() == target.resolve():
            raise UsageError(f"{s}: is the target cache itself")
        files.append(f)
    for f in files:  # check them all before writing anything
        try:
            with sqlite3.connect(f"file:{f}?mode=ro", uri=True) as conn:
                conn.execute("SELECT key, output, created FROM translations LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise UsageError(f"{f}: not a tqcheck translation cache ({exc})") from None
    cache = TranslationCache(target)
    conn = cache.conn
    if conn is None:
        raise UsageError(f"{target}: cannot open the target cache")
    added = 0
    try:
        for f in files:
            conn.execute("ATTACH DATABASE ? AS src", (str(f),))
            try:
                with conn:
                    before = conn.total_changes
                    conn.execute("INSERT OR IGNORE INTO translations (key, output, created) SELECT key, output, created FROM src.translations")
                    added += conn.total_changes - before
            finally:
                conn.execute("DETACH DATABASE src")
        total = conn.execute("SELECT count(*) FROM translations").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise UsageError(f"cannot merge into {target}: {exc}") from None
    finally:
        cache.close()
    return added, total
