"""The comparison key every extractor looks its words and names up by (defined with the language data)."""

from __future__ import annotations

from generator.lang.folding import fold

__all__ = ["fold"]
