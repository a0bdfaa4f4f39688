"""Diplograph: a knowledge-graph explorer for conflict diplomacy news (Arabic and English)."""

from pathlib import Path

__version__ = "0.1.0"

PACKAGE_DIR = Path(__file__).resolve().parent  # (data files are found from here, compiled modules included)

from explorer import compiled as _compiled  # noqa: E402  (needs PACKAGE_DIR)

_compiled.activate()  # the optional compiled extraction, when it was built from these very sources
