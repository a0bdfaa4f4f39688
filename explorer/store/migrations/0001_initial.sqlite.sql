-- The schema of Diplograph's first stores (schema 1). IF NOT EXISTS lets a store made before numbered
-- migrations existed take this script as a no-op and be recorded as version 1.
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT, title TEXT, source TEXT, url TEXT, date TEXT,
    date_source TEXT, lang TEXT, text TEXT NOT NULL, added_at TEXT DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, name_ar TEXT, kind TEXT NOT NULL, known INTEGER NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id), entity_id TEXT NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (doc_id, entity_id, start)
);
CREATE TABLE IF NOT EXISTS relations (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id),
    source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL,
    sentence TEXT NOT NULL, sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL,
    date TEXT, confidence REAL NOT NULL, method TEXT, trigger TEXT,
    UNIQUE (doc_id, source, target, type, sent_start)
);
CREATE INDEX IF NOT EXISTS relations_date ON relations(date);
CREATE INDEX IF NOT EXISTS relations_source ON relations(source);
CREATE INDEX IF NOT EXISTS relations_target ON relations(target);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
