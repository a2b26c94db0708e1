"""Source-target alignment: paragraphs first, then sentences inside aligned paragraphs.

Both levels use a Gale-Church style dynamic programme over lengths (match types 1-1, 1-0, 0-1,
2-1, 1-2), sharpened by anchors: numbers shared by both sides lower the cost of a pairing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..segment import Span, paragraphs, sentences
from ..patterns import lazy

#: prior probabilities of the match types (Gale & Church 1993)
_PRIORS = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089, (2, 2): 0.011}
_VARIANCE = 6.8
_NUMBER = lazy(re, r"\d+")

#: characters of target text per character of source text, by source script family
CJK = {"zh", "ja", "ko"}


def expected_ratio(src: str | None, tgt: str) -> float:
    if src in CJK and tgt not in CJK:
        return 3.2
    if tgt in CJK and src not in CJK:
        return 1 / 3.2
    return 1.0


@dataclass(frozen=True)
class Pair:
    """Aligned spans: ``source`` spans in the source text, ``target`` spans in the target text."""

    source: tuple[Span, ...]
    target: tuple[Span, ...]


def _delta_cost(ls: float, lt: float, ratio: float) -> float:
    if ls == 0 and lt == 0:
        return 0.0
    mean = (ls * ratio + lt) / 2 or 1.0
    delta = (lt - ls * ratio) / math.sqrt(mean * _VARIANCE)
    # two-sided tail probability of a standard normal
    p = max(1e-12, 2 * (1 - 0.5 * (1 + math.erf(abs(delta) / math.sqrt(2)))))
    return -math.log(p)


def _anchor_bonus(src_texts: list[str], tgt_texts: list[str]) -> float:
    ns = set(_NUMBER.findall(" ".join(src_texts)))
    nt = set(_NUMBER.findall(" ".join(tgt_texts)))
    if not ns and not nt:
        return 0.0
    shared = len(ns & nt)
    return -1.5 * shared + 1.0 * len(ns ^ nt) / max(1, len(ns | nt))


def align_lengths(src: list[str], tgt: list[str], ratio: float) -> list[tuple[list[int], list[int]]]:
    """Gale-Church alignment of two lists of texts; returns (source indices, target indices) groups."""
    n, m = len(src), len(tgt)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if cost[i][j] == inf:
                continue
            for (di, dj), prior in _PRIORS.items():
                a, b = i + di, j + dj
                if a > n or b > m:
                    continue
                s_part, t_part = src[i:a], tgt[j:b]
                c = cost[i][j] - math.log(prior)
                if di and dj:  # a deletion or insertion costs its prior only (as in hunalign)
                    c += _delta_cost(sum(map(len, s_part)), sum(map(len, t_part)), ratio) + _anchor_bonus(s_part, t_part)
                if c < cost[a][b]:
                    cost[a][b] = c
                    back[a][b] = (di, dj)
    out = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        out.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    return out[::-1]


def align(source: str, target: str, src_lang: str | None, tgt_lang: str, target_paragraphs: list[Span], target_sentences: list[list[Span]]) -> list[Pair]:
    """Sentence pairs between ``source`` and ``target`` (the target already segmented)."""
    ratio = expected_ratio(src_lang, tgt_lang)
    s_paras = paragraphs(source)
    s_texts = [source[p.start : p.end] for p in s_paras]
    t_texts = [target[p.start : p.end] for p in target_paragraphs]
    if len(s_paras) == len(target_paragraphs):
        para_groups = [([k], [k]) for k in range(len(s_paras))]
    else:
        para_groups = align_lengths(s_texts, t_texts, ratio)
    pairs: list[Pair] = []
    for s_idx, t_idx in para_groups:
        s_sents = [sp for k in s_idx for sp in sentences(source, s_paras[k].start, s_paras[k].end, src_lang or "en")]
        t_sents = [sp for k in t_idx for sp in target_sentences[k]]
        if len(s_sents) == 1 and len(t_sents) == 1:
            groups = [([0], [0])]  # one sentence each: a pair, however different their lengths
        else:
            groups = align_lengths([source[x.start : x.end] for x in s_sents], [target[x.start : x.end] for x in t_sents], ratio)
        for gs, gt in groups:
            pairs.append(Pair(tuple(s_sents[k] for k in gs), tuple(t_sents[k] for k in gt)))
    return pairs
