"""Configuration files: ``tqcheck.toml``, ``.tqcheck.toml`` or ``[tool.tqcheck]`` in pyproject.toml.

As in ruff, each checked file gets the configuration nearest to it: the first of these files found
from the file's own directory upwards (a pyproject.toml without ``[tool.tqcheck]`` is passed
over), looking no higher than the top of its git work tree (the directory holding ``.git``). A
file with none above it gets the configuration found the same way from the current directory, if
any. Configurations are not merged: the nearest one is the file's whole configuration. ``--config
FILE`` gives one configuration to every file; ``--no-config`` none. Run-wide settings
(``fail_on``) come from ``--config`` or the configuration of the current directory.

Paths inside a file (glossary, cache_dir, exclude, overrides' paths, pairs) are relative to its
directory. Command-line flags override the file; ``[[tool.tqcheck.overrides]]`` entries
(``paths = [...]`` plus any key) apply to the files their globs match, later entries winning. A
file that is not valid TOML is an error, pyproject.toml included.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import UsageError

#: key -> accepted Python types
KEYS: dict[str, tuple[type, ...]] = {
    "source_lang": (str,),
    "target_lang": (str,),
    "select": (list, str),
    "ignore": (list, str),
    "fail_on": (str,),
    "glossary": (str,),
    "exclude": (list,),
    "bt_model": (str,),
    "rt_model": (str,),
    "engine": (str,),
    "beam": (int,),
    "batch_size": (int,),
    "device": (str,),
    "cache_dir": (str,),
    "backtranslate": (bool,),
}
OVERRIDE_KEYS = set(KEYS) - {"exclude", "fail_on", "cache_dir"}
FAIL_ON = ("error", "warning", "info", "never")


@dataclass
class Config:
    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)
    overrides: list[tuple[list[str], dict[str, Any]]] = field(default_factory=list)
    pairs: list[dict[str, str]] = field(default_factory=list)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def source_for(self, path: Path) -> Path | None:
        """The source file of ``path`` by the ``pairs`` table ("content/en/**" <- "content/es/**")."""
        if not self.pairs:
            return None
        rel = relative(path, self.root)
        for pair in self.pairs:
            tgt, src = pair["target"], pair["source"]
            if "**" in tgt and "**" in src:
                t_prefix, s_prefix = tgt.split("**", 1)[0], src.split("**", 1)[0]
                if rel.startswith(t_prefix) and match(rel, tgt):
                    candidate = self.root / (s_prefix + rel[len(t_prefix):])
                    if candidate.is_file():
                        return candidate
        return None

    def for_path(self, path: Path) -> dict[str, Any]:
        """The settings that apply to ``path``: the file's values, then matching overrides."""
        values = dict(self.values)
        if not self.overrides:
            return values
        rel = relative(path, self.root)
        for globs, extra in self.overrides:
            if any(match(rel, g) for g in globs):
                values.update(extra)
        return values


def relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` as a POSIX string (or as given when outside it)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def match(rel: str, pattern: str) -> bool:
    """Glob match on a relative POSIX path: ``**`` spans directories; a bare name matches anywhere."""
    pattern = pattern.rstrip("/")
    if PurePosixPath(rel).match(pattern) or fnmatch.fnmatch(rel, pattern):
        return True
    if pattern.startswith("**/") and fnmatch.fnmatch(rel, pattern[3:]):
        return True
    if "/" not in pattern:
        return any(fnmatch.fnmatch(part, pattern) for part in PurePosixPath(rel).parts)
    return fnmatch.fnmatch(rel, pattern + "/*") or rel.startswith(pattern.rstrip("*") + "/") and pattern.endswith("/**")


def _in_directory(d: Path) -> Path | None:
    """The configuration file of directory ``d`` itself, if it has one."""
    for name in ("tqcheck.toml", ".tqcheck.toml"):
        if (d / name).is_file():
            return d / name
    pp = d / "pyproject.toml"
    if pp.is_file():
        try:
            import tomllib  # (here: most runs have no configuration file to read)

            data = tomllib.loads(pp.read_text("utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise UsageError(f"{pp}: invalid TOML ({exc})") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{pp}: cannot read ({exc})") from None
        if isinstance(data.get("tool"), dict) and "tqcheck" in data["tool"]:
            return pp
    return None


def find(start: Path | None = None) -> Path | None:
    """The configuration nearest to directory ``start`` (default: the current directory), looking
    upwards no further than the top of its git work tree."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        found = _in_directory(d)
        if found is not None:
            return found
        if (d / ".git").exists():
            return None
    return None


class Finder:
    """The nearest configuration of each file (see the module's documentation), each directory
    looked at and each configuration file read once."""

    def __init__(self, fallback: Config | None = None):
        self.fallback = fallback or Config()
        self._dirs: dict[Path, Config] = {}
        self._loaded: dict[Path, Config] = {}

    def for_file(self, path: Path) -> Config:
        return self.for_directory(path.resolve().parent)

    def for_directory(self, d: Path) -> Config:
        chain: list[Path] = []
        found: Config | None = None
        for here in (d, *d.parents):
            if here in self._dirs:
                found = self._dirs[here]
                break
            chain.append(here)
            cfg_path = _in_directory(here)
            if cfg_path is not None:
                key = cfg_path.resolve()
                if key not in self._loaded:
                    self._loaded[key] = load(cfg_path)
                found = self._loaded[key]
                break
            if (here / ".git").exists():
                break
        if found is None:
            found = self.fallback
        for here in chain:
            self._dirs[here] = found
        return found


def _check(where: str, key: str, value: Any, allowed: set[str]) -> Any:
    if key not in allowed:
        raise UsageError(f"{where}: unknown key {key!r} (known: {', '.join(sorted(allowed))})")
    if not isinstance(value, KEYS[key]) or (isinstance(value, bool) and bool not in KEYS[key]):
        raise UsageError(f"{where}: {key} must be {' or '.join(t.__name__ for t in KEYS[key])}, not {type(value).__name__}")
    if key == "fail_on" and value not in FAIL_ON:
        raise UsageError(f"{where}: fail_on must be one of {', '.join(FAIL_ON)}")
    if key in ("select", "ignore", "exclude") and isinstance(value, list) and not all(isinstance(v, str) for v in value):
        raise UsageError(f"{where}: {key} must be a list of strings")
    return value


def load(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        import tomllib

        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML ({exc})") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("tqcheck", {})
        where = f"{path} [tool.tqcheck]"
    else:
        where = str(path)
    cfg = Config(path=path.resolve())
    for key, value in data.items():
        if key == "overrides":
            if not isinstance(value, list) or not all(isinstance(o, dict) for o in value):
                raise UsageError(f"{where}: overrides must be an array of tables ([[...overrides]])")
            for i, o in enumerate(value, start=1):
                globs = o.get("paths")
                if not isinstance(globs, list) or not globs or not all(isinstance(g, str) for g in globs):
                    raise UsageError(f"{where}: overrides #{i} needs paths = [\"glob\", ...]")
                extra = {k: _check(f"{where} overrides #{i}", k, v, OVERRIDE_KEYS) for k, v in o.items() if k != "paths"}
                cfg.overrides.append((globs, _resolve_paths(extra, cfg.root)))
        elif key == "pairs":
            if not isinstance(value, list) or not all(isinstance(p, dict) and set(p) == {"source", "target"} for p in value):
                raise UsageError(f"{where}: pairs must be an array of tables with source and target globs")
            cfg.pairs = value
        else:
            cfg.values[key] = _check(where, key, value, set(KEYS))
    cfg.values = _resolve_paths(cfg.values, cfg.root)
    return cfg


def _resolve_paths(values: dict[str, Any], root: Path) -> dict[str, Any]:
    out = dict(values)
    for key in ("glossary", "cache_dir"):
        if isinstance(out.get(key), str):
            out[key] = str((root / out[key]).resolve())
    return out
