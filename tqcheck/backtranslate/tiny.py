"""Build small random-weight MarianMT models on disk, for tests and speed benchmarks.

No network: the SentencePiece model is trained in memory on the given sentences, the weights are
random, and the result is saved with ``save_pretrained`` exactly as a downloaded opus-mt model is
laid out, so it loads through the same code path as a real model.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

_DEFAULT_SENTENCES = [
    "Russia demands that the administration clarify the fate of the president.",
    "The minister said that talks would resume on Saturday.",
    "Moscow and Caracas signed a strategic partnership treaty last year.",
    "El presidente fue capturado por fuerzas especiales durante una ofensiva militar.",
    "Rusia exige que la administración aclare el destino del presidente venezolano.",
    "The support sent to Caracas has proven symbolic in recent months.",
    "Las defensas de Venezuela fracasaron estrepitosamente al intentar detener los bombardeos.",
    "Numbers such as 2022, 3.5 and 1,000 appear in news text every day.",
]


def build_tiny_marian(
    out_dir: str | Path,
    *,
    sentences: list[str] | None = None,
    vocab_size: int = 256,
    d_model: int = 32,
    layers: int = 1,
    heads: int = 2,
    ffn_dim: int = 64,
    max_positions: int = 1024,
    seed: int = 0,
) -> Path:
    """Write a random MarianMT model and its tokenizer to ``out_dir`` and return the path.

    With ``vocab_size=65001, d_model=512, layers=6, heads=8, ffn_dim=2048`` it has the shape of
    Helsinki-NLP/opus-mt-en-es (weights do not matter for speed measurements).
    """
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    corpus = list(sentences or _DEFAULT_SENTENCES)
    spm_vocab = min(vocab_size - 1, 8000)
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(corpus * 20),
        model_writer=buf,
        vocab_size=spm_vocab,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        bos_id=-1,
        eos_id=1,
        unk_id=0,
        pad_id=-1,
        minloglevel=2,
    )
    (out / "source.spm").write_bytes(buf.getvalue())
    (out / "target.spm").write_bytes(buf.getvalue())
    sp = spm.SentencePieceProcessor(model_proto=buf.getvalue())
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    vocab = {"</s>": 0, "<unk>": 1}
    for piece in pieces:
        vocab.setdefault(piece, len(vocab))
    # pad to the requested size so that large "real-shape" models get their full embedding matrix
    while len(vocab) < vocab_size - 1:
        vocab[f"<extra_{len(vocab)}>"] = len(vocab)
    vocab["<pad>"] = len(vocab)  # opus-mt convention: <pad> is the last id
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(
        vocab=str(out / "vocab.json"), source_spm=str(out / "source.spm"), target_spm=str(out / "target.spm")
    )
    tokenizer.save_pretrained(out)
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        decoder_vocab_size=len(vocab),
        d_model=d_model,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=heads,
        decoder_attention_heads=heads,
        encoder_ffn_dim=ffn_dim,
        decoder_ffn_dim=ffn_dim,
        max_position_embeddings=max_positions,
        pad_token_id=pad,
        eos_token_id=vocab["</s>"],
        decoder_start_token_id=pad,
        forced_eos_token_id=vocab["</s>"],
        share_encoder_decoder_embeddings=True,
        scale_embedding=True,
        activation_function="swish",
        static_position_embeddings=True,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.save_pretrained(out)
    return out
