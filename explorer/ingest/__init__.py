"""Ingestion: read files of every common format into Documents, extract, store.

- `explorer.ingest.readers`: `read_path`, `read_bytes`, `FieldMap`, `Failure` (formats, encodings, dates);
- `explorer.ingest.run`: `ingest_paths`, `ingest_documents`, `load_parquet`, `IngestReport`;
- `explorer.ingest.progress`: `Progress`, `ProgressPrinter` (the CLI's progress line);
- `explorer.ingest.document`: `make_document` (id = sha256 of the normalized text).

Submodules are imported on use: importing this package stays cheap.
"""
