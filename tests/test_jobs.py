"""--jobs: several processes check the files, and the report is the one a single process writes,
byte for byte; the caches stay whole when processes write them at once."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from conftest import ROOT, SEED, run_cli

PO = """\
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\\n"

msgid "El presidente Pedro Sánchez visitó Kiev el 3 de marzo."
msgstr "The president Pedro Sanchez visited Kiev the 3 de marzo."

msgid "Leer más"
msgstr "Leer más"
"""

XLIFF = """<?xml version="1.0"?><xliff version="1.2"><file source-language="de" target-language="en"><body>
<trans-unit id="1"><source>Der Präsident sprach in Berlin.</source><target>The Präsident spoke in Berlin Berlin.</target></trans-unit>
</body></file></xliff>"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Files of every kind the checker reads, with findings in them."""
    d = tmp_path_factory.mktemp("corpus")
    seed = SEED.read_text(encoding="utf-8")
    (d / "seed.txt").write_text(seed, encoding="utf-8")
    paragraphs = [p for p in seed.split("\n") if p.strip()]
    for i, p in enumerate(paragraphs[:12]):
        (d / f"note{i:02d}.md").write_text(f"# Note {i}\n\n{p}\n\nThe the minister said said it. Leer más\n", encoding="utf-8")
    (d / "units.po").write_text(PO, encoding="utf-8")
    (d / "units.xlf").write_text(XLIFF, encoding="utf-8")
    (d / "pairs.tsv").write_text("Hola mundo\tHello world world\nSeguir leyendo\tSeguir leyendo\n", encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    return d


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "github", "sarif"])
def test_jobs_give_the_same_report_byte_for_byte(corpus, fmt):
    one = run_cli("check", str(corpus), "--source-lang", "es", "--no-backtranslate", "--jobs", "1", "--format", fmt)
    two = run_cli("check", str(corpus), "--source-lang", "es", "--no-backtranslate", "--jobs", "2", "--format", fmt)
    assert one.returncode == two.returncode == 1, one.stderr
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    if fmt == "json":
        report = json.loads(one.stdout)
        assert len(report["documents"]) == len(list(corpus.iterdir())) and report["summary"]["findings"] > 20


def test_default_jobs_are_the_machines_cores_and_agree_with_one(corpus):
    default = run_cli("check", str(corpus), "--no-backtranslate", "--format", "json")
    one = run_cli("check", str(corpus), "--no-backtranslate", "--format", "json", "-j", "1")
    assert default.stdout == one.stdout and default.returncode == one.returncode


def test_library_check_with_jobs_matches_one_process(corpus):
    import tqcheck

    one = tqcheck.check([corpus], source_lang="es")
    three = tqcheck.check([corpus], source_lang="es", jobs=3)
    assert [d.to_dict() for d in one.documents] == [d.to_dict() for d in three.documents]
    assert [d.path for d in three.documents] == sorted(d.path for d in three.documents)


def test_an_unreadable_file_among_many_is_reported_the_same_way(corpus, tmp_path):
    for f in corpus.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    (tmp_path / "note05.md").write_bytes(b"\x00\x01binary")
    one = run_cli("check", str(tmp_path), "--no-backtranslate", "--jobs", "1")
    two = run_cli("check", str(tmp_path), "--no-backtranslate", "--jobs", "2")
    assert (one.returncode, one.stdout, one.stderr) == (two.returncode, two.stdout, two.stderr)
    assert "Traceback" not in two.stderr


def test_jobs_go_with_the_local_executor():
    res = run_cli("check", str(SEED), "--executor", "ray", "--jobs", "2", "--no-backtranslate")
    assert res.returncode == 2 and "--jobs goes with the local executor" in res.stderr
    assert "Traceback" not in res.stderr


def test_progress_bar_counts_documents_on_a_terminal_only(corpus):
    import pty

    cmd = [sys.executable, "-m", "tqcheck", "check", str(corpus), "--no-backtranslate", "--jobs", "2"]
    env = {**os.environ, "NO_COLOR": "1"}
    master, slave = pty.openpty()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=slave, timeout=300)
    os.close(slave)
    drawn = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    os.close(master)
    assert proc.returncode == 1
    n = len(list(corpus.iterdir()))
    assert b"checking" in drawn and f"{n}/{n}".encode() in drawn  # one step per document
    piped = run_cli("check", str(corpus), "--no-backtranslate", "--jobs", "2")
    assert "checking" not in piped.stderr  # not on a pipe or a file
    assert piped.stdout == proc.stdout.decode()


def test_two_processes_writing_the_translation_cache_at_once_lose_nothing(tmp_path):
    """Two runs back-translating at once share one cache file: every entry of both is kept, the
    ones both wrote once, and each run reads the other's entries while writing its own."""
    code = (
        "import sys; from pathlib import Path; from tqcheck.backtranslate.cache import TranslationCache as C\n"
        "c = C(Path(sys.argv[1])); me = sys.argv[2]; seen = 0\n"
        "for i in range(0, 300, 10):\n"
        "    batch = {C.key('m', 'en>es', {}, f'{me}-{j}'): f'{me}{j}' for j in range(i, i + 10)}\n"
        "    batch.update({C.key('m', 'en>es', {}, f'both-{j}'): f'both{j}' for j in range(i, i + 10)})\n"
        "    c.put_many(batch)\n"
        "    seen = max(seen, len(c.get_many([C.key('m', 'en>es', {}, f'{o}-{j}') for o in 'ab' for j in range(300)])))\n"
        "print(seen)\n"
    )
    db = tmp_path / "translations.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db), name], env=env, stdout=subprocess.PIPE, text=True) for name in ("a", "b")]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = dict(conn.execute("SELECT output, count(*) FROM translations GROUP BY output").fetchall())
    assert len(rows) == 900 and set(rows.values()) == {1}  # a-*, b-*, both-*: each once
    assert max(int(o) for o in outs) > 300  # each run saw entries of the other while both wrote


def test_two_processes_building_a_frequency_table_at_once_agree(tmp_path):
    """A first run of two checks at once (a cold cache): both build the table, one file stays, and
    both answer as wordfreq does."""
    code = (
        "import sys; from tqcheck.lexicon import zipf\n"
        "print(zipf('gobierno', 'es'), zipf('España', 'es'), zipf('qqqzzx', 'es'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TQCHECK_CACHE_DIR": str(tmp_path)}
    procs = [subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    import wordfreq

    expected = f"{wordfreq.zipf_frequency('gobierno', 'es')} {wordfreq.zipf_frequency('España', 'es')} 0.0\n"
    assert outs == [expected, expected]
    files = [p.name for p in (tmp_path / "lexicon").iterdir()]
    assert len([f for f in files if f.startswith("zipf-es-")]) == 1 and not [f for f in files if f.endswith(".tmp")]


def test_patterns_that_workers_compile_are_kept_for_the_next_run(tmp_path):
    """A process pool ends its workers without their exit handlers: the workers add what they
    compiled to the pattern cache themselves, so a folder run's next run builds them too."""
    import marshal

    from tqcheck.compiled import read_checked

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.en.txt").write_text("The talks failed in Madrid He said so.\n", encoding="utf-8")
    (docs / "b.fr.txt").write_text("Le président a dit : « nous gagnerons » . Le Lundi 3 Mai, à Paris.\n", encoding="utf-8")
    (docs / "c.fr.txt").write_text("La ministre a dit que la France gagnera le Mardi.\n", encoding="utf-8")

    def kept(cache, *args):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TQCHECK_CACHE_DIR": str(cache)}
        subprocess.run([sys.executable, "-m", "tqcheck", "check", *args, "--no-backtranslate"], cwd=ROOT, env=env, capture_output=True, check=False)
        (path,) = (cache / "compiled").glob("patterns-*.bin")
        return set(marshal.loads(read_checked(path)))

    english_only = kept(tmp_path / "en", str(docs / "a.en.txt"), "--jobs", "1")
    folder = kept(tmp_path / "folder", str(docs), "--jobs", "2")  # the English page here, the French ones in workers
    assert english_only < folder  # the French pages' patterns were kept too
