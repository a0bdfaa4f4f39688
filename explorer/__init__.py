"""Diplograph: a knowledge-graph explorer for conflict diplomacy news (Arabic and English)."""

__version__ = "0.1.0"
