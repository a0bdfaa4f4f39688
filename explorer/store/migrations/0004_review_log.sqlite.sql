-- The review log (explorer/review/log.py): append-only decisions, never updated or deleted.
CREATE TABLE review_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL, at TEXT NOT NULL, reviewer TEXT NOT NULL, action TEXT NOT NULL,
    target TEXT NOT NULL, value TEXT NOT NULL DEFAULT '{}', note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_log_target ON review_log(target);
