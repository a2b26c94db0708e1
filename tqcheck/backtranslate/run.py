"""The back-translation stage: translate segments (through the cache), score them, report drift.

Round trip (target only): target -> source with the "bt" model, then source -> target with the
"rt" model; the round trip is scored against the original segment. Against the source (aligned
source segments present): target -> source only, scored against the source segment.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import TqcheckError
from .cache import TranslationCache
from .models import ModelRef, ModelUnavailable, cache_dir
from .scoring import DRIFT_THRESHOLD, document_score, drift, negation_mismatch, negations, score


@dataclass
class Segmentwork:
    key: tuple[int, int]  #: (document index, segment id)
    text: str
    source: str | None = None  #: aligned source text, when known
    backtranslation: str | None = None
    roundtrip: str | None = None


@dataclass
class Outcome:
    """What the stage produced, or why it did not run."""

    ran: bool
    skipped: str | None = None
    per_segment: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    per_document: dict[int, dict[str, Any]] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)


def run_stage(work: list[Segmentwork], *, source_lang: str, target_lang: str, opts, cache=None, translators: dict | None = None) -> Outcome:
    """Translate and score ``work``; raises ModelUnavailable when a model is missing.

    ``cache``: a cache object to use (and leave open) instead of opening the SQLite file;
    ``translators``: a dict kept by the caller across calls, so each model is loaded once.
    """
    from .engines import get_engine

    engine = get_engine(opts.engine)
    root = cache_dir(opts.cache_dir)
    started = time.perf_counter()
    round_trip = any(w.source is None for w in work)
    missing: list[ModelUnavailable] = []

    def model(explicit: str | None, src: str, tgt: str) -> ModelRef | None:
        try:
            return engine.model_for(src, tgt, explicit, root)
        except ModelUnavailable as exc:  # look for the other one too: the message names both
            missing.append(exc)
            return None

    bt_ref = model(opts.bt_model, target_lang, source_lang)
    rt_ref = model(opts.rt_model, source_lang, target_lang) if round_trip else None
    if missing:
        raise ModelUnavailable.all_of(missing)
    own_cache = cache is None
    if own_cache:
        cache = TranslationCache(None if opts.no_cache else root / "translations.sqlite3")
    memo = translators if translators is not None else {}

    def load(ref: ModelRef):
        key = (ref.path, ref.identity, opts.engine, opts.device, str(root))
        if key not in memo:
            memo[key] = engine.load(ref, device=opts.device, cache_root=root)
        return memo[key]

    try:
        bt = load(bt_ref)
        decoding = {"beam": opts.beam}
        progress = _progress(len(work) * (2 if round_trip else 1), opts.progress)
        fresh: set[tuple[int, int]] = set()
        outputs = _translate_cached(bt, [w.text for w in work], f"{target_lang}>{source_lang}", decoding, cache, opts, progress)
        for w, (text, was_fresh) in zip(work, outputs):
            w.backtranslation = text
            if was_fresh:
                fresh.add(w.key)
        models = {"backtranslation": bt_ref.identity}
        if round_trip:
            rt = bt if rt_ref.path == bt_ref.path else load(rt_ref)
            back = [w for w in work if w.source is None]
            outputs = _translate_cached(rt, [w.backtranslation or "" for w in back], f"{source_lang}>{target_lang}", decoding, cache, opts, progress)
            for w, (text, was_fresh) in zip(back, outputs):
                w.roundtrip = text
                if was_fresh:
                    fresh.add(w.key)
            models["roundtrip"] = rt_ref.identity
        if progress:
            progress.close()
    finally:
        if own_cache:
            cache.close()

    outcome = Outcome(ran=True)
    by_doc: dict[int, list[Segmentwork]] = {}
    for w in work:
        by_doc.setdefault(w.key[0], []).append(w)
    semantic = _semantic_scorer(opts, source_lang, target_lang, round_trip)
    for d, items in by_doc.items():
        pairs = [(w.roundtrip or "", w.text) if w.source is None else (w.backtranslation or "", w.source) for w in items]
        scored = [score(h, r) for h, r in pairs]
        if semantic is not None:
            cos = semantic.similarity([h for h, _ in pairs], [r for _, r in pairs])
            scored = [replace(s, semantic=c) for s, c in zip(scored, cos)]
        # a round trip is compared in the target language, a back-translation with the source
        mismatch = [negation_mismatch(h, r, target_lang if w.source is None else source_lang) for w, (h, r) in zip(items, pairs)]
        for w, s, neg, (h, r) in zip(items, scored, mismatch, pairs):
            mode = "roundtrip" if w.source is None else "source"
            entry: dict[str, Any] = {"backtranslation": w.backtranslation, "scores": s.to_dict(), "suspicion": drift(s.chrf, mode, neg),
                                     "mode": mode}
            if neg:
                lang = target_lang if w.source is None else source_lang
                entry["negations"] = {"compared": negations(h, lang), "reference": negations(r, lang)}
            if w.source is None:
                entry["roundtrip"] = w.roundtrip
            outcome.per_segment[w.key] = entry
        sus = [outcome.per_segment[w.key]["suspicion"] for w in items]
        outcome.per_document[d] = {
            "chrf": document_score([s.chrf for s in scored]),
            "suspicion": round(sum(sus) / len(sus), 4) if sus else None,
            "mode": "roundtrip" if any(w.source is None for w in items) else "source",
        }
    translated = len(fresh)
    outcome.summary = {
        "engine": opts.engine,
        "models": models,
        "decoding": {"beam": opts.beam},
        "translated": translated,
        "cached": len(work) - translated,
        "seconds": round(time.perf_counter() - started, 3),
        "drift_threshold": DRIFT_THRESHOLD,
        "semantic": semantic is not None,
    }
    return outcome


def _semantic_scorer(opts, source_lang: str, target_lang: str, round_trip: bool):
    """The embedding scorer when it is installed and the compared texts are in its language."""
    from .scoring import SemanticScorer

    compared = target_lang if round_trip else source_lang
    if getattr(opts, "no_semantic", False) or compared != SemanticScorer.LANG:
        return None
    return SemanticScorer.load()


def _translate_cached(translator, texts, direction, decoding, cache, opts, progress):
    """[(output, translated by this run)] for ``texts``, using and filling the cache."""
    keys = [TranslationCache.key(translator.identity, direction, decoding, t) for t in texts]
    hits = cache.get_many(list(dict.fromkeys(keys)))
    recent = cache.recent  # hits this run translated itself (an earlier chunk, another worker)
    todo = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in hits))
    if progress and len(todo) < len(texts):
        progress.update(len(texts) - len(todo))
    done: dict[str, str] = {}
    if todo:
        outs = translator.translate(todo, beam=opts.beam, batch_size=opts.batch_size, progress=progress.update if progress else None)
        done = dict(zip(todo, outs))
        cache.put_many({TranslationCache.key(translator.identity, direction, decoding, t): o for t, o in done.items()})
    return [(hits[k], k in recent) if k in hits else (done[t], True) for t, k in zip(texts, keys)]


def _progress(total: int, enabled: bool):
    if not enabled or total <= 8 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="back-translating", unit="seg", file=sys.stderr, leave=False)


def require_source_lang(source_lang: str | None) -> None:
    if not source_lang:
        raise TqcheckError("back-translation needs --source-lang (the language the text was translated from)")
