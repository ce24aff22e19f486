"""Why self-attention: Table 1 of "Attention Is All You Need", measured instead of quoted.

    python -m models.lessons.why_attention      # writes models/results/why_attention.json

Three layers that map n vectors of size d to n vectors of size d: self-attention (one head, with
its Q, K, V and output projections), a GRU, and a 1-D convolution of width k. This times one
forward pass of each against n at fixed d (medians of repeated runs, one thread), counts their
multiply-adds analytically, and says how many steps information needs to travel from one word to
another. Finally, the gradient that reaches each source word from the last output word of a
shipped translation model: through |i − j| recurrent steps in a GRU without attention, one hop
with attention.
"""

from __future__ import annotations

import json
import math
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from models.lessons.from_embeddings import embed, translation_logits
from models.nn import attention as att

D_MODEL = 64  # the representation size d held fixed while n grows; the FLOP crossover is at n = d
KERNEL = 3  # convolution width k
LENGTHS = (8, 16, 32, 64, 128, 256, 512, 1024, 2048)  # n: doubling, so measuring again takes a few seconds
REPEATS = 9  # timed runs per (layer, n); the median is kept
LAYERS = ("attention", "rnn", "conv")
RESULT = Path(__file__).resolve().parent.parent / "results" / "why_attention.json"


def flops(n: int, d: int = D_MODEL, k: int = KERNEL) -> dict[str, int]:
    """Multiply-adds × 2 of one layer's forward pass on n vectors of size d (biases, softmax and
    gate non-linearities left out: they are O(n·d) or O(n²))."""
    return {
        "attention": 4 * 2 * n * d * d + 2 * 2 * n * n * d,  # Q, K, V, output projections; QKᵀ and weights × V
        "rnn": 2 * 2 * n * 3 * d * d,  # a GRU: 3 gates, each an input and a recurrent d × d product per step
        "conv": 2 * n * k * d * d,  # k taps of a d × d product per position
    }


def flop_crossover(d: int = D_MODEL) -> float:
    """The n where self-attention's FLOPs equal the GRU's: 8nd² + 4n²d = 12nd² ⇔ n = d."""
    return float(d)


def sequential_steps(n: int, k: int = KERNEL) -> dict[str, int]:
    """Operations that must run one after another (Table 1's middle column)."""
    return {"attention": 1, "rnn": n, "conv": 1}


def max_path_length(n: int, k: int = KERNEL) -> dict[str, int]:
    """The longest number of layer steps between two positions: 1, n − 1, and ⌈log_k n⌉ for a
    stack of dilated convolutions (Table 1's last column; contiguous kernels need ⌈(n − 1)/(k − 1)⌉)."""
    return {"attention": 1 if n > 1 else 0, "rnn": n - 1, "conv": math.ceil(math.log(n, k)) if n > 1 else 0}


def path_lengths(n: int) -> dict[str, np.ndarray]:
    """Steps from word j to word i `[n, n]`: |i − j| through a recurrence, one attention hop (0 to itself)."""
    i = np.arange(n)
    gru = np.abs(i[:, None] - i[None, :])
    return {"rnn": gru, "attention": np.minimum(gru, 1)}


class SelfAttentionLayer(nn.Module):
    """One head of self-attention with its projections, written with this app's attention function."""

    def __init__(self, d: int):
        super().__init__()
        self.qkv, self.out = nn.Linear(d, 3 * d), nn.Linear(d, d)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        q, k, v = self.qkv(x).chunk(3, dim=-1)  # each [batch, pos, d]
        mask = torch.ones(1, x.shape[1], dtype=torch.bool)
        return self.out(att.scaled_dot_product(q, k, v, mask)[0])


class ConvLayer(nn.Conv1d):
    """A 1-D convolution over positions, [batch, pos, d] in and out."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return super().forward(x.transpose(1, 2)).transpose(1, 2)


def layers(d: int = D_MODEL, k: int = KERNEL) -> dict[str, Callable[[torch.Tensor], torch.Tensor]]:
    """The three layers, seeded, each mapping `[1, n, d]` to `[1, n, d]`."""
    torch.manual_seed(0)
    gru = nn.GRU(d, d, batch_first=True)
    return {
        "attention": SelfAttentionLayer(d),
        "rnn": lambda x: gru(x)[0],
        "conv": ConvLayer(d, d, k, padding=k // 2),
    }


@dataclass(frozen=True)
class Timings:
    """Median forward-pass time of each layer against n."""

    d: int
    kernel: int
    lengths: list[int]
    seconds: dict[str, list[float]]  # layer → median seconds per n
    repeats: int
    threads: int
    machine: str

    def crossover(self) -> float | None:
        """The measured n where self-attention becomes slower than the GRU (log-interpolated
        between grid points), or None if it never does on the grid (or is slower everywhere)."""
        ratio = np.log(np.array(self.seconds["attention"]) / np.array(self.seconds["rnn"]))
        for i in range(1, len(ratio)):
            if ratio[i - 1] < 0 <= ratio[i]:
                a, b = math.log(self.lengths[i - 1]), math.log(self.lengths[i])
                return float(math.exp(a + (b - a) * -ratio[i - 1] / (ratio[i] - ratio[i - 1])))
        return None


def _median_seconds(layer, x: torch.Tensor, repeats: int) -> float:
    layer(x)  # warm-up: first calls allocate
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        layer(x)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_layers(
    lengths=LENGTHS, d: int = D_MODEL, repeats: int = REPEATS, on_progress: Callable[[float], None] | None = None
) -> Timings:
    """Median seconds of one forward pass of each layer on `[1, n, d]`, for each n, on one thread."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        nets, seconds = layers(d), {name: [] for name in LAYERS}
        with torch.inference_mode():
            for step, n in enumerate(lengths):
                x = torch.randn(1, n, d)
                for name in LAYERS:
                    seconds[name].append(_median_seconds(nets[name], x, repeats))
                if on_progress:
                    on_progress((step + 1) / len(lengths))
    finally:
        torch.set_num_threads(threads)
    machine = f"{platform.machine()}, torch {torch.__version__}"
    return Timings(d, KERNEL, list(lengths), seconds, repeats, 1, machine)


def last_word_gradients(runner, text: str) -> tuple[list[str], str, np.ndarray]:
    """‖∂ log p(last output word) / ∂ embedding of source word i‖ for every source token i.

    The output is the model's own greedy translation, teacher-forced; the "last output word" is
    the last token before </s> (or </s> for an empty output). Returns (source tokens, that output
    word, norms `[src_pos]`).
    """
    result = runner.run(text)
    src_ids = runner.source_ids(result.src_tokens[:-1])
    out = runner.tgt_vocab.encode(result.tgt_tokens)
    step = len(out) - 2 if len(out) > 1 and result.tgt_tokens[-1] == "</s>" else len(out) - 1
    tgt_in = [runner.tgt_vocab.bos_id] + out[:step]
    x = embed(runner.model, src_ids)[None].requires_grad_(True)  # [1, src_pos, emb]
    with torch.enable_grad():
        logits = translation_logits(runner.model, x, tgt_in)
        (grad,) = torch.autograd.grad(torch.log_softmax(logits[0, step], -1)[out[step]], x)
    return result.src_tokens, result.tgt_tokens[step], grad[0].norm(dim=-1).numpy()


def read_result() -> Timings | None:
    """The stored measurement (models/results/why_attention.json), or None if missing or unreadable."""
    try:
        return Timings(**json.loads(RESULT.read_text()))
    except (OSError, json.JSONDecodeError, TypeError):
        return None


def main() -> None:
    result = time_layers(on_progress=lambda f: print(f"\r{100 * f:.0f}%", end="", file=sys.stderr))
    RESULT.write_text(json.dumps(asdict(result), indent=1) + "\n")
    cross = result.crossover()
    print(f"\nwrote {RESULT}; measured crossover n ≈ {cross and round(cross)}, FLOPs: n = {D_MODEL}", file=sys.stderr)


if __name__ == "__main__":
    main()
