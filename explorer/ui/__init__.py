"""The dashboard's Streamlit pages: one module per tab, the sidebar, shared state and cached data.

Only this package and explorer/app.py import streamlit (tests/test_layering.py); everything they show
comes from the pure core, which they call and never re-implement.
"""
