-- The indexes on relations' source, target and date serve no query (views filter the compact relation table,
-- graph/table.py), yet every relation written updated them: with thousands of actors, each batch dirtied a page
-- per actor tail in two of them, and store writes slowed as the store grew (benchmarks/ingest.py --store-only).
DROP INDEX IF EXISTS relations_date;
DROP INDEX IF EXISTS relations_source;
DROP INDEX IF EXISTS relations_target;
