"""Graphs from stored relations: build, views, aggregation, metrics, period comparison."""
