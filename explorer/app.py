"""Diplograph dashboard: the entry point of a thin Streamlit shell over the pure core.

    streamlit run explorer/app.py          (or: python -m explorer app)

The pages live in explorer/ui/ (one module per tab, the sidebar, the session state and the cached
data); every decision about data lives in the core, which they only call.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # `streamlit run explorer/app.py`: make `import explorer` work from anywhere
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st  # noqa: E402

from explorer.errors import ExplorerError  # noqa: E402
from explorer.ui.page import main  # noqa: E402
from explorer.untrusted import markdown_text  # noqa: E402

try:
    main()
except ExplorerError as e:
    st.error(markdown_text(str(e)))
