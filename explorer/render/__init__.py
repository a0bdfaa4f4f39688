"""Render a view: standalone HTML snapshots and open formats (GraphML, GEXF, JSON, CSV, event tables)."""

from explorer.render.export import FORMATS, export_bytes, export_view, snapshot_filename
from explorer.render.snapshot import read_snapshot, to_html

__all__ = ["FORMATS", "export_bytes", "export_view", "read_snapshot", "snapshot_filename", "to_html"]
