"""Which files to check: paths, directories, globs, excludes, .gitignore, --changed-since."""

from __future__ import annotations

import glob
import subprocess
from pathlib import Path

from .config import match, relative
from .errors import InputError, UsageError
from .reader import TEXT_SUFFIXES

_GLOB_CHARS = set("*?[")


def _git(args: list[str], cwd: Path, stdin: str | None = None) -> str | None:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return proc.stdout if proc.returncode in (0, 1) else None


def _ignored_by_git(files: list[Path]) -> set[Path]:
    """The files that .gitignore rules exclude (nothing outside a git work tree)."""
    out: set[Path] = set()
    by_dir: dict[Path, list[Path]] = {}
    for f in files:
        by_dir.setdefault(f.parent, []).append(f)
    roots: dict[str, list[Path]] = {}
    for d, fs in by_dir.items():
        top = _git(["rev-parse", "--show-toplevel"], d)
        if top:
            roots.setdefault(top.strip(), []).extend(fs)
    for top, fs in roots.items():
        listing = "\n".join(str(f.resolve()) for f in fs) + "\n"
        res = _git(["check-ignore", "--stdin"], Path(top), listing)
        if res:
            out.update(Path(line).resolve() for line in res.splitlines() if line)
    return out


def changed_files(ref: str, cwd: Path | None = None) -> set[Path]:
    """Files changed since git ``ref`` (committed, staged, unstaged) and new untracked files."""
    cwd = cwd or Path.cwd()
    top = _git(["rev-parse", "--show-toplevel"], cwd)
    if not top:
        raise UsageError("--changed-since needs a git work tree")
    root = Path(top.strip())
    if _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root) in (None, ""):
        raise UsageError(f"--changed-since: unknown git ref {ref!r}")
    diff = _git(["diff", "--name-only", "--diff-filter=ACMR", ref, "--"], root) or ""
    new = _git(["ls-files", "--others", "--exclude-standard"], root) or ""
    return {(root / line).resolve() for line in (diff + new).splitlines() if line}


def expand(paths: list[str | Path], *, exclude: list[str] = (), exclude_root: Path | None = None,
           respect_gitignore: bool = True, only: set[Path] | None = None) -> list[Path]:
    """Files to check, in a stable order. Directories recurse into the files tqcheck reads
    (TEXT_SUFFIXES), leaving out hidden ones and, unless ``respect_gitignore`` is false, those
    that .gitignore excludes (an error when that leaves none)."""
    root = exclude_root or Path.cwd()
    found: list[Path] = []
    explicit: set[Path] = set()
    for raw in paths:
        s = str(raw)
        if _GLOB_CHARS & set(s) and not Path(s).exists():
            matches = sorted(Path(m) for m in glob.glob(s, recursive=True))
            files = [m for m in matches if m.is_file()]
            for m in matches:
                if m.is_dir():
                    files.extend(_walk(m))
            if not files:
                raise InputError(f"{s}: no files match this pattern")
            found.extend(files)
            continue
        p = Path(s)
        if p.is_dir():
            files = _walk(p)
            if not files and only is None:
                raise InputError(f"{p}: no files to check in this directory ({', '.join(TEXT_SUFFIXES)})")
            found.extend(files)
        elif not p.exists():
            raise InputError(f"{p}: no such file or directory")
        else:
            found.append(p)
            explicit.add(p.resolve())
    seen: set[Path] = set()
    unique = []
    resolved: dict[Path, Path] = {}  # each path resolved once (a thousand files: a tenth of a second)
    for f in found:
        r = resolved[f] = f.resolve()
        if r not in seen:
            seen.add(r)
            unique.append(f)
    if exclude:
        unique = [f for f in unique if not any(match(relative(f, root), pat) for pat in exclude)]
    if respect_gitignore and unique:
        ignored = _ignored_by_git([f for f in unique if resolved[f] not in explicit])
        before = len(unique)
        unique = [f for f in unique if resolved[f] not in ignored]
        if not unique:
            where = ", ".join(str(p) for p in paths)
            raise InputError(
                f"{where}: all {before} files found are ignored by git (.gitignore); "
                "name the files themselves, or pass --no-respect-gitignore to check them"
            )
    if only is not None:
        unique = [f for f in unique if resolved[f] in only]
    return unique


def _walk(d: Path) -> list[Path]:
    return sorted(
        f for f in d.rglob("*")
        if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and not any(part.startswith(".") for part in f.relative_to(d).parts)
    )
