"""Ingestion: read files of every common format into Documents, extract, store."""
