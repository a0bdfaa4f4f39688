-- Store writes as fast in a large store as in a small one (issue 13, benchmarks/ingest.py --store-only).
-- Each batch's commit writes every index page the batch dirtied. Keyed by a document's hash, the unique keys of
-- mentions and relations took each new document to a random page of a growing B-tree, and `mentions_entity` had
-- one tail page per actor: the pages written per article grew with the store. Now every document gets a
-- monotonic integer key (`doc_key`, SQLite's rowid), mentions and relations are unique on it (their keys append
-- at the right edge), and an entity keeps its own count of mentions (`mention_count`) instead of an index.
-- `doc_id` (the hash) stays on every row, so readers join documents as before.
ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET mention_count = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id);
CREATE TABLE documents_keyed (
    id TEXT NOT NULL UNIQUE, path TEXT, title TEXT, source TEXT, url TEXT, date TEXT,
    date_source TEXT, lang TEXT, text TEXT NOT NULL, added_at TEXT DEFAULT (datetime('now')),
    date_precision TEXT, doc_key INTEGER PRIMARY KEY
);
INSERT INTO documents_keyed (id, path, title, source, url, date, date_source, lang, text, added_at, date_precision,
                             doc_key)
    SELECT id, path, title, source, url, date, date_source, lang, text, added_at, date_precision, rowid
    FROM documents ORDER BY rowid;
CREATE TABLE mentions_keyed (
    doc_id TEXT NOT NULL REFERENCES documents(id), entity_id TEXT NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, doc_key INTEGER,
    UNIQUE (doc_key, entity_id, start)
);
INSERT INTO mentions_keyed (doc_id, entity_id, start, "end", text, doc_key)
    SELECT m.doc_id, m.entity_id, m.start, m."end", m.text, d.doc_key
    FROM mentions m LEFT JOIN documents_keyed d ON d.id = m.doc_id ORDER BY d.doc_key, m.entity_id, m.start;
CREATE TABLE relations_keyed (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id),
    source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL,
    sentence TEXT NOT NULL, sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL,
    date TEXT, confidence REAL NOT NULL, method TEXT, trigger TEXT, doc_key INTEGER,
    UNIQUE (doc_key, source, target, type, sent_start)
);
INSERT INTO relations_keyed (id, doc_id, source, target, type, sentence, sent_start, sent_end, date, confidence,
                             method, trigger, doc_key)
    SELECT r.id, r.doc_id, r.source, r.target, r.type, r.sentence, r.sent_start, r.sent_end, r.date, r.confidence,
           r.method, r.trigger, d.doc_key
    FROM relations r LEFT JOIN documents_keyed d ON d.id = r.doc_id ORDER BY r.id;
DROP TABLE mentions;
DROP TABLE relations;
DROP TABLE documents;
ALTER TABLE documents_keyed RENAME TO documents;
ALTER TABLE mentions_keyed RENAME TO mentions;
ALTER TABLE relations_keyed RENAME TO relations;
