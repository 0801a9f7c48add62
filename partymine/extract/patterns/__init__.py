"""Declarative pattern data of the figure extractor (JSONL/JSON, read by extract.indicators)."""
