"""MiniLM figures: model load time, model-view payload at 32 word pieces, page rerun latency.

python -m bench.bert
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

import viz
from models.inference.minilm import load_minilm
from models.lessons.head_stats import display_attention

APP = Path(__file__).resolve().parent.parent / "app.py"
SENTENCES = [  # each about 30 word pieces with [CLS] and [SEP]
    "The quick brown fox jumps over the lazy dog while the farmer watches from the old wooden fence near the barn.",
    "Students who read the chapter carefully before class usually understand the attention mechanism much faster.",
    "After the storm passed, the children ran outside to splash in the puddles and look for rainbows in the sky.",
    "A transformer layer mixes information between tokens with attention and then transforms each token separately.",
    "My grandmother's recipe for apple pie calls for cinnamon, nutmeg, brown sugar and a surprising amount of butter.",
    "The museum opened a new exhibition about ancient maps, navigation tools and the sailors who first used them.",
]


def main() -> None:
    loads = []
    for _ in range(3):
        start = time.perf_counter()
        runner = load_minilm()
        loads.append(time.perf_counter() - start)
    print(f"model load (hash check + safetensors + tokenizer): median {statistics.median(loads):.2f} s of {len(loads)}")

    words = " ".join(SENTENCES).split()
    n_words = next(n for n in range(1, len(words)) if len(runner.run(" ".join(words[:n])).tokens) >= 32)
    r = runner.run(" ".join(words[:n_words]))
    w = r.attention["encoder.self"]
    w32, labels = display_attention(w, r.tokens, r.words, r.type_ids, False, False)
    fig = viz.heads_grid(w32, labels, labels, highlight=(0, 0), compact=True)
    full = viz.heads_grid(w32, labels, labels, highlight=(0, 0))
    print(
        f"model view, {len(r.tokens)} pieces, 72 heads: {len(fig.to_json()) / 1024:.0f} KB as sent (8-bit), "
        f"{len(full.to_json()) / 1024:.0f} KB with float32 and per-cell hover"
    )

    for tab in range(6):
        at = AppTest.from_file(str(APP), default_timeout=60)
        at.switch_page("pages/bert.py")
        at.run()
        at.session_state["btab"] = at.tabs[tab].label
        at.run()
        label = at.tabs[tab].label
        timings = []
        for i, sentence in enumerate(SENTENCES * 3):
            start = time.perf_counter()
            at.text_input(key="btext").set_value(f"{sentence} ({i})").run()
            timings.append(time.perf_counter() - start)
        ms = sorted(1000 * x for x in timings[2:])
        print(f"rerun, new ~32-piece sentence, tab {label!r}: p50 {statistics.median(ms):.0f} ms, max {ms[-1]:.0f} ms")


if __name__ == "__main__":
    main()
