"""Pathological inputs take time in proportion to their size (issue 17)."""

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
