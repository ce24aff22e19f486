"""Running a loaded model on a sentence: one `Runner` base, its runners (seq2seq, Transformer,
MiniLM), beam search, and the result types the app reads."""
