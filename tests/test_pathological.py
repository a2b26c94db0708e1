"""Pathological inputs take time in proportion to their size."""

from __future__ import annotations

import random
import time

import tqcheck


def _codes(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in tqcheck.check_text(text, source_lang="es").findings]


def _cpu(text: str, path: str = "<text>") -> float:
    t = time.process_time()
    tqcheck.check_text(text, source_lang="es", path=path)
    return time.process_time() - t


def test_glued_words_still_found_next_to_a_token_too_long_to_be_a_word():
    rng = random.Random(3)
    blob = "".join(rng.choice("etaoinshrdlucmfwyp") for _ in range(5000))
    found = _codes(f"Pricesrose after the governmentSaid so. Data: {blob} ends.")
    assert ("TQ212", "Pricesrose") in found and ("TQ212", "governmentSaid") in found
    assert not any(text == blob for _, text in found)  # a 5,000-letter run is not a word


def test_long_token_time_grows_linearly():
    rng = random.Random(4)
    small = "A word: " + "".join(rng.choice("etaoinshrdlucmfwyp") for _ in range(20_000)) + " ends.\n"
    large = "A word: " + "".join(rng.choice("etaoinshrdlucmfwyp") for _ in range(80_000)) + " ends.\n"
    _cpu("Warm up: Kyiv.")
    t_small, t_large = min(_cpu(small) for _ in range(2)), min(_cpu(large) for _ in range(2))
    # quadratic work would take 16x as long for 4x the input (it took 158 s at 32,000 letters)
    assert t_large < 8 * max(t_small, 0.01), (t_small, t_large)
    assert t_large < 5.0


def test_camel_case_and_dotted_runs_are_walked_once():
    rng = random.Random(5)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    base64 = "".join(rng.choice(letters) for _ in range(100_000))
    dotted = ".".join(("ab", "Cd", "ef", "Gh")[i % 4] for i in range(30_000))
    for text in (base64, dotted):
        assert _cpu(f"Here: {text} ends.\n") < 5.0
    # the near-miss: a real missing space and a real camel-case glue are still found
    assert ("TQ213", ".The") in _codes("The delegation arrived.The minister spoke.")


def test_deeply_nested_markdown_is_walked_once():
    # a run of 16,000 brackets took 7 s when every bracket started a scan to the run's end (28 s at 32,000)
    n = 16_000
    text = "Intro.\n\n" + "> " * n + "quoted text\n\n" + "[" * n + "link" + "](x)" * n + "\n"
    assert _cpu(text, "x.md") < 5.0


def test_a_hung_rule_is_stopped_by_the_budget_and_the_next_file_is_checked(tmp_path, monkeypatch):
    from dataclasses import replace

    from tqcheck.registry import RULES, all_rules

    all_rules()  # registers every rule

    def hang(doc):
        if "hang" in doc.text:
            while True:  # a pure-Python rule that never returns
                pass
        return iter(())

    monkeypatch.setitem(RULES, "TQ213", replace(RULES["TQ213"], check=hang))
    (tmp_path / "a.txt").write_text("This one will hang here.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The minister said said so.\n", encoding="utf-8")
    t = time.monotonic()
    report = tqcheck.check([tmp_path / "a.txt", tmp_path / "b.txt"], timeout_per_file=0.5)
    assert time.monotonic() - t < 10
    first, second = report.documents
    timeouts = [f for f in first.findings if f.rule == "TQ001"]
    assert len(timeouts) == 1 and timeouts[0].severity == "error"
    assert timeouts[0].evidence["rule"] == "TQ213" and "TQ213 missing-space" in timeouts[0].message
    assert (timeouts[0].line, timeouts[0].col) == (1, 1)
    assert [f.rule for f in second.findings] == ["TQ210"]  # the run went on


def test_timeout_per_file_on_the_command_line(cli, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("The minister said that prices rose in Kyiv on Monday. " * 80_000, encoding="utf-8")  # ~4 MB
    small = tmp_path / "small.txt"
    small.write_text("The minister said said so.\n", encoding="utf-8")
    proc = cli("check", str(big), str(small), "--no-backtranslate", "--timeout-per-file", "1.5", "--format", "json")
    assert proc.returncode == 1, proc.stderr
    import json

    docs = {d["path"]: d for d in json.loads(proc.stdout)["documents"]}
    stopped = [f for f in docs[str(big)]["findings"] if f["rule"] == "TQ001"]
    assert len(stopped) == 1 and stopped[0]["severity"] == "error"
    assert [f["rule"] for f in docs[str(small)]["findings"]] == ["TQ210"]
    bad = cli("check", str(small), "--no-backtranslate", "--timeout-per-file", "-1")
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0 and "--timeout-per-file" in bad.stderr


def test_off_the_main_thread_the_budget_is_checked_between_rules(tmp_path, monkeypatch):
    import threading
    from dataclasses import replace

    from tqcheck.registry import RULES, all_rules

    all_rules()  # registers every rule

    def slow(doc):
        time.sleep(0.5)
        return iter(())

    monkeypatch.setitem(RULES, "TQ102", replace(RULES["TQ102"], check=slow))
    (tmp_path / "a.txt").write_text("A text.\n", encoding="utf-8")
    out = {}
    worker = threading.Thread(target=lambda: out.setdefault("r", tqcheck.check([tmp_path / "a.txt"], timeout_per_file=0.2)))
    worker.start()
    worker.join(30)
    (doc,) = out["r"].documents
    stop = [f for f in doc.findings if f.rule == "TQ001"]
    assert len(stop) == 1 and stop[0].evidence["rule"] == "TQ102"  # stopped after the slow rule, before the next
