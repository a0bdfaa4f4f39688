"""Extraction: a plain function `extract(doc, kb) -> Extraction`, the same in one process or on a cluster."""

from explorer.extract.pipeline import extract, extract_text

__all__ = ["extract", "extract_text"]
