"""The back-translation stage: translate segments (through the cache), score them, report drift.

Round trip (target only): target -> source with the "bt" model, then source -> target with the
"rt" model; the round trip is scored against the original segment. Against the source (aligned
source segments present), two legs: the back-translation (target -> source with the "bt" model)
scored against the source segment, and the forward translation (source -> target with the "rt"
model, the engine's model for that direction) against which the target is scored, with sentence
embeddings where a packaged model serves the target language (``embeddings.py``) and chrF.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import TqcheckError
from .cache import TranslationCache
from .models import ModelRef, ModelUnavailable, cache_dir
from .scoring import (
    DRIFT_THRESHOLD, antonym_swap, combine, document_score, drift, forward_drift, forward_severity, names_missing, negation_mismatch,
    negations, score, severity,
)


@dataclass
class Segmentwork:
    key: tuple[int, int]  #: (document index, segment id)
    text: str
    source: str | None = None  #: aligned source text, when known
    backtranslation: str | None = None
    roundtrip: str | None = None
    forward: str | None = None  #: the source translated into the target language


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
    A missing model for the forward leg (source -> target) only skips that leg, with a warning,
    unless a round trip needs the same model.
    """
    from .engines import get_engine

    engine = get_engine(opts.engine)
    root = cache_dir(opts.cache_dir)
    started = time.perf_counter()
    round_trip = any(w.source is None for w in work)
    with_source = [w for w in work if w.source is not None]
    missing: list[ModelUnavailable] = []

    def model(explicit: str | None, src: str, tgt: str) -> ModelRef | None:
        try:
            return engine.model_for(src, tgt, explicit, root)
        except ModelUnavailable as exc:  # look for the other one too: the message names both
            missing.append(exc)
            return None

    bt_ref = model(opts.bt_model, target_lang, source_lang)
    rt_ref = model(opts.rt_model, source_lang, target_lang) if round_trip or with_source else None
    forward_skipped = None
    if missing and not round_trip and bt_ref is not None:  # only the forward leg lacks its model
        forward_skipped = str(missing.pop())
        print(f"tqcheck: warning: the forward leg of back-translation is skipped: {forward_skipped}", file=sys.stderr)
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

    forward = with_source if rt_ref is not None else []
    back = [w for w in work if w.source is None]
    try:
        bt = load(bt_ref)
        decoding = {"beam": opts.beam}
        progress = _progress(len(work) + len(back) + len(forward), opts.progress)
        fresh: set[tuple[int, int]] = set()
        outputs = _translate_cached(bt, [w.text for w in work], f"{target_lang}>{source_lang}", decoding, cache, opts, progress)
        for w, (text, was_fresh) in zip(work, outputs):
            w.backtranslation = text
            if was_fresh:
                fresh.add(w.key)
        models = {"backtranslation": bt_ref.identity}
        if rt_ref is not None:
            rt = bt if rt_ref.path == bt_ref.path else load(rt_ref)
            # one batch for both: the round trips of back-translations and the forward translations of sources
            inputs = [w.backtranslation or "" for w in back] + [w.source or "" for w in forward]
            outputs = _translate_cached(rt, inputs, f"{source_lang}>{target_lang}", decoding, cache, opts, progress)
            for w, (text, was_fresh) in zip(back + forward, outputs):
                if w.source is None:
                    w.roundtrip = text
                else:
                    w.forward = text
                if was_fresh:
                    fresh.add(w.key)
            if back:
                models["roundtrip"] = rt_ref.identity
            if forward:
                models["forward"] = rt_ref.identity
        if progress:
            progress.close()
        semantic = _Semantic(opts, source_lang, target_lang, cache)
        entries = _score(work, source_lang, target_lang, semantic)
    finally:
        if own_cache:
            cache.close()

    outcome = Outcome(ran=True)
    by_doc: dict[int, list[Segmentwork]] = {}
    for w in work:
        by_doc.setdefault(w.key[0], []).append(w)
    for d, items in by_doc.items():
        for w in items:
            outcome.per_segment[w.key] = entries[w.key]
        sus = [entries[w.key]["suspicion"] for w in items]
        outcome.per_document[d] = {
            "chrf": document_score([entries[w.key]["scores"]["chrf"] for w in items]),
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
        "semantic": semantic.target is not None,
    }
    if semantic.models:
        outcome.summary["embeddings"] = semantic.models
    if forward_skipped:
        outcome.summary["forward_skipped"] = forward_skipped
    return outcome


class _Semantic:
    """The embedding models this run uses, through the cache: ``target`` compares texts in the target
    language (the forward leg, a round trip), ``cross`` the source with the target."""

    def __init__(self, opts, source_lang: str, target_lang: str, cache):
        from . import embeddings

        self.target = self.cross = None
        self.models: dict[str, str] = {}
        if getattr(opts, "no_semantic", False):
            return
        model = embeddings.for_language(target_lang)
        if model is not None:
            self.target = embeddings.Vectors(model, cache)
            self.models["target"] = model.identity
        multi = embeddings.cross_lingual() if source_lang != target_lang else None
        if multi is not None:
            self.cross = self.target if self.target is not None and self.target.embedder is multi else embeddings.Vectors(multi, cache)
            self.models["cross"] = multi.identity

    @property
    def scale(self) -> str:
        """The key of scoring.FORWARD for the forward leg's score."""
        return self.target.embedder.name if self.target is not None else "chrf"


def _score(work: list[Segmentwork], source_lang: str, target_lang: str, semantic: _Semantic) -> dict:
    """Each segment's entry: the legs' texts and scores, its drift (``suspicion``), its severity and
    (against the source) the leg that drives it."""
    rt_items = [w for w in work if w.source is None]
    fw_items = [w for w in work if w.source is not None and w.forward is not None]
    src_items = [w for w in work if w.source is not None]
    cos: dict[tuple[str, tuple[int, int]], float] = {}
    if semantic.target is not None:
        pairs = [("roundtrip", w, w.roundtrip or "", w.text) for w in rt_items] + [("forward", w, w.text, w.forward or "") for w in fw_items]
        sims = semantic.target.similarity([p[2] for p in pairs], [p[3] for p in pairs])
        for (leg, w, _, _), c in zip(pairs, sims):
            cos[leg, w.key] = c
    out: dict[tuple[int, int], dict[str, Any]] = {}
    for w in work:
        if w.source is None:  # a round trip, compared in the target language
            s = score(w.roundtrip or "", w.text)
            if ("roundtrip", w.key) in cos:
                s = replace(s, semantic=cos["roundtrip", w.key])
            neg = negation_mismatch(w.roundtrip or "", w.text, target_lang)
            entry: dict[str, Any] = {"backtranslation": w.backtranslation, "scores": s.to_dict(), "suspicion": drift(s.chrf, "roundtrip", neg),
                                     "mode": "roundtrip", "roundtrip": w.roundtrip, "severity": severity(s.chrf, "roundtrip")}
            if neg:
                entry["negations"] = {"compared": negations(w.roundtrip or "", target_lang), "reference": negations(w.text, target_lang)}
            out[w.key] = entry
            continue
        s = score(w.backtranslation or "", w.source)
        neg = negation_mismatch(w.backtranslation or "", w.source, source_lang)
        entry = {"backtranslation": w.backtranslation, "scores": s.to_dict(), "mode": "source"}
        if neg:
            entry["negations"] = {"compared": negations(w.backtranslation or "", source_lang), "reference": negations(w.source, source_lang)}
        if w.forward is None:  # the back-translation leg alone, calibrated on its own
            entry.update(suspicion=drift(s.chrf, "source", neg), severity=severity(s.chrf, "source"), driver="backtranslation")
            out[w.key] = entry
            continue
        f = score(w.text, w.forward)
        scale = "chrf"
        if ("forward", w.key) in cos:
            f = replace(f, semantic=cos["forward", w.key])
            scale = semantic.scale
        value = f.semantic if scale != "chrf" else f.chrf
        fneg = negation_mismatch(w.text, w.forward, target_lang)
        swap = antonym_swap(w.text, w.forward, target_lang)
        lost = names_missing(w.text, w.forward)
        legs = {"backtranslation": drift(s.chrf, "backtranslation", neg),
                "forward": forward_drift(value, scale, fneg, swap is not None, len(lost))}
        driver = max(legs, key=lambda k: legs[k])
        entry.update(
            forward=w.forward, forward_scores=f.to_dict(), legs=legs, driver=driver, suspicion=combine(*legs.values()),
            severity=severity(s.chrf, "backtranslation") if driver == "backtranslation" else forward_severity(value, scale),
        )
        if fneg:
            entry["forward_negations"] = {"compared": negations(w.text, target_lang), "reference": negations(w.forward, target_lang)}
        if swap is not None:
            entry["forward_opposite"] = {"target": swap[0], "forward": swap[1]}
        if lost:
            entry["forward_names_missing"] = lost
        out[w.key] = entry
    # the source against the target across languages: evidence for a drift finding, embedded only
    # where the legs found drift (a third of the embedding work, shown nowhere else)
    flagged = [w for w in src_items if out[w.key]["suspicion"] >= DRIFT_THRESHOLD]
    if semantic.cross is not None and flagged:
        for w, c in zip(flagged, semantic.cross.similarity([w.source or "" for w in flagged], [w.text for w in flagged])):
            out[w.key]["cross_semantic"] = round(c, 4)
    return out


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
