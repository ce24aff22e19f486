"""The networks, written by hand so every tensor can be tapped: attention functions, capture taps,
the GRU encoder–decoder, the Transformer, MiniLM's BERT, vocabularies and positional encodings.

Only these modules spell trace names (the dotted places of their taps).
"""
