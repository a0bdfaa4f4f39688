"""Text handling: normalization with an offset map, sentence splitting, tokens."""
