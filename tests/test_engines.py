"""Engines are plug-ins: the entry-point group ``tqcheck.engines``; a wrong name is a usage error."""

import json
import os

from conftest import SEED

PLUGIN = '''
from pathlib import Path
from tqcheck.backtranslate.models import ModelRef


class Reverser:
    """A third-party engine: 'translates' by reversing the order of the words."""

    engine = "reverser"

    def __init__(self, model):
        self.identity = f"{model.identity}|reverser-1.0"

    def translate(self, texts, *, beam=1, batch_size=16, progress=None):
        return [" ".join(reversed(t.split())) for t in texts]


class ReverserEngine:
    name = "reverser"

    def version(self):
        return "1.0"

    def model_for(self, src, tgt, explicit, cache_root):
        return ModelRef(explicit or f"reverse-{src}-{tgt}", Path("."), "r1")

    def load(self, model, *, device, cache_root):
        return Reverser(model)
'''


def _install_plugin(root):
    """A package with an entry point in tqcheck.engines, installed by putting it on PYTHONPATH."""
    (root / "reverser_engine.py").write_text(PLUGIN)
    info = root / "reverser_engine-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: reverser-engine\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[tqcheck.engines]\nreverser = reverser_engine:ReverserEngine\n")
    return {"PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}


def test_a_registered_engine_is_used_by_the_check(cli, tmp_path):
    env = _install_plugin(tmp_path)
    doc = tmp_path / "doc.txt"
    doc.write_text("The talks failed in Geneva.\n")
    proc = cli("check", str(doc), "-s", "es", "--engine", "reverser", "--cache-dir", str(tmp_path / "c"),
               "--format", "json", "--fail-on", "never", "--no-config", env=env)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    (seg,) = report["documents"][0]["segments"]
    assert seg["backtranslation"] == "Geneva. in failed talks The"
    assert seg["roundtrip"] == "The talks failed in Geneva."
    assert report["summary"]["backtranslation"]["engine"] == "reverser"
    # the engine name and version are part of the cache key: a second run is served from the cache
    again = json.loads(cli("check", str(doc), "-s", "es", "--engine", "reverser", "--cache-dir", str(tmp_path / "c"),
                           "--format", "json", "--fail-on", "never", "--no-config", env=env).stdout)
    assert again["summary"]["backtranslation"]["cached"] == 1


def test_an_unknown_engine_is_one_line_listing_the_available_ones(cli, tmp_path):
    env = _install_plugin(tmp_path)
    proc = cli("check", str(SEED), "-s", "es", "--engine", "marian-nmt", env=env)
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.strip().splitlines()
    assert line == "tqcheck: error: unknown engine 'marian-nmt' (available: bergamot, ctranslate2, reverser, transformers)"
    plain = cli("check", str(SEED), "-s", "es", "--engine", "marian-nmt")
    assert plain.returncode == 2 and "(available: bergamot, ctranslate2, transformers)" in plain.stderr


def test_the_built_in_engines_are_declared_as_entry_points():
    import tomllib
    from pathlib import Path

    from tqcheck.backtranslate.engines import BUILTIN

    pyproject = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
    assert pyproject["project"]["entry-points"]["tqcheck.engines"] == BUILTIN
