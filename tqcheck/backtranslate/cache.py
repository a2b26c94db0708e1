"""A persistent translation cache: SQLite in WAL mode, keyed by model, direction, options and text.

The same file keeps sentence embeddings (table ``embeddings``: float32 vectors keyed by the
embedding model's identity and the text), so a second run embeds nothing either."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import time
from pathlib import Path

SCHEMA = 2  # 2: each sentence has its own output budget (was its batch's longest input)


def _busy(exc: sqlite3.DatabaseError) -> bool:
    """Another connection holds the file: worth waiting for."""
    return isinstance(exc, sqlite3.OperationalError) and any(w in str(exc) for w in ("locked", "busy"))


def _corrupt(exc: sqlite3.DatabaseError) -> bool:
    """Whether the file itself is damaged (not a database, malformed), as opposed to busy or locked."""
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or not isinstance(exc, sqlite3.OperationalError)


def lookup(conn: sqlite3.Connection, keys: list[str], run=lambda step: step(), table: str = "translations",
           columns: str = "key, output, created"):
    """The rows (``columns``, key first) of ``table`` for the cached ``keys``, 500 to a query; ``run``
    runs each query (a retrying wrapper, or as it is)."""
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        sql = f"SELECT {columns} FROM {table} WHERE key IN ({','.join('?' * len(chunk))})"
        yield from run(lambda: conn.execute(sql, chunk).fetchall())


class TranslationCache:
    """``get_many``/``put_many`` over a SQLite file; a corrupt file is set aside and rebuilt; a file
    another run keeps locked past ``timeout`` is left alone and this run goes on without a cache."""

    timeout = 30.0  # seconds to wait for another run that holds the file

    def __init__(self, path: Path | None, since: float | None = None):
        self.path = path
        #: when the run began: an entry written since then was translated by this run, not found in
        #: the cache (so a run counts the same segments as translated however its work is split)
        self.since = time.time() if since is None else since
        #: the keys of the last ``get_many`` answer that were written since the run began
        self.recent: set[str] = set()
        self.conn: sqlite3.Connection | None = None
        if path is not None:
            self.conn = self._open(path)

    @staticmethod
    def key(model: str, direction: str, options: dict, text: str) -> str:
        blob = json.dumps([SCHEMA, model, direction, options, text], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def _open(self, path: Path) -> sqlite3.Connection | None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._retrying(lambda: self._connect(path))
        except sqlite3.DatabaseError as exc:
            if not _corrupt(exc):  # locked by another run for too long, read-only, ...: leave it alone
                print(f"tqcheck: warning: translation cache {path} cannot be used ({exc}); going on without it", file=sys.stderr)
                return None
            aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
            print(f"tqcheck: warning: translation cache {path} is unreadable ({exc}); moved it to {aside.name} and started a new one", file=sys.stderr)
            path.rename(aside)
            for suffix in ("-wal", "-shm"):
                side = path.with_name(path.name + suffix)
                if side.exists():
                    side.unlink()
            return self._connect(path)

    @classmethod
    def _retrying(cls, step):
        """Run ``step``, again while another connection keeps the file busy, for up to ``timeout``
        seconds. SQLite's own busy wait does not cover every case: two runs setting up a new file
        at once (switching it to WAL, creating the table) get "database is locked" at once."""
        deadline = time.monotonic() + cls.timeout
        pause = 0.01
        while True:
            try:
                return step()
            except sqlite3.OperationalError as exc:
                if not _busy(exc) or time.monotonic() + pause > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, timeout=TranslationCache.timeout)
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, output TEXT NOT NULL, created REAL NOT NULL)")
            conn.execute("CREATE TABLE IF NOT EXISTS embeddings (key TEXT PRIMARY KEY, vector BLOB NOT NULL, created REAL NOT NULL)")
            conn.execute("SELECT count(*) FROM translations").fetchone()  # fails on a corrupt file
        except BaseException:
            conn.close()
            raise
        return conn

    def get_many(self, keys: list[str]) -> dict[str, str]:
        self.recent = set()
        if self.conn is None or not keys:
            return {}
        out: dict[str, str] = {}
        try:
            for key, output, created in lookup(self.conn, keys, self._retrying):
                out[key] = output
                if created >= self.since:
                    self.recent.add(key)
        except sqlite3.OperationalError as exc:
            self._give_up(exc)
        return out

    def put_many(self, items: dict[str, str]) -> None:
        self._put("translations", "output", items)

    def get_vectors(self, keys: list[str]) -> dict[str, bytes]:
        """The stored embeddings (float32 bytes) of ``keys`` that the cache has."""
        if self.conn is None or not keys:
            return {}
        out: dict[str, bytes] = {}
        try:
            out.update(lookup(self.conn, keys, self._retrying, "embeddings", "key, vector"))
        except sqlite3.OperationalError as exc:
            self._give_up(exc)
        return out

    def put_vectors(self, items: dict[str, bytes]) -> None:
        self._put("embeddings", "vector", items)

    def _put(self, table: str, column: str, items: dict) -> None:
        """Store ``items`` (key -> value of ``column``) in ``table``, stamped with the time, in one transaction."""
        if self.conn is None or not items:
            return
        conn, now = self.conn, time.time()
        rows = [(k, v, now) for k, v in items.items()]

        def write() -> None:
            with conn:  # one transaction: all of them or, on an error, none
                conn.executemany(f"INSERT OR REPLACE INTO {table} (key, {column}, created) VALUES (?, ?, ?)", rows)

        try:
            self._retrying(write)
        except sqlite3.OperationalError as exc:
            self._give_up(exc)

    def _give_up(self, exc: sqlite3.OperationalError) -> None:
        print(f"tqcheck: warning: translation cache {self.path} cannot be used ({exc}); going on without it", file=sys.stderr)
        self.close()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
