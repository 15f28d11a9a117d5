"""The built-in vocabulary: ids editors write once, with Korean and English terms."""
