"""The store of record: SQLite in WAL mode, one writer, many readers."""

from explorer.store.sqlite import Store, default_db_path

__all__ = ["Store", "default_db_path"]
