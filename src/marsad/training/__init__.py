"""Training of the learned parts other than NER (their data, fitting, and held-out figures)."""
