-- hadath store schema for SQLite. The postgres package has the same
-- tables; only types and the full-text index differ.
CREATE TABLE documents (
    id        TEXT PRIMARY KEY,
    hash      TEXT NOT NULL,
    title     TEXT,
    source    TEXT,
    url       TEXT,
    published TEXT,
    lang      TEXT,
    body      TEXT NOT NULL,
    events    INTEGER NOT NULL,
    ingested  INTEGER NOT NULL
);
CREATE INDEX documents_ingested ON documents (ingested);

CREATE TABLE events (
    n              INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    doc_id         TEXT NOT NULL REFERENCES documents (id),
    type           TEXT NOT NULL,
    method         TEXT,
    modality       TEXT NOT NULL,
    date           TEXT,
    date_hi        TEXT,
    week           TEXT,
    month          TEXT,
    year           TEXT,
    country        TEXT,
    admin1         TEXT,
    place          TEXT,
    precision      TEXT,
    lat            REAL,
    lon            REAL,
    actor          TEXT,
    actor_ar       TEXT,
    actor_country  TEXT,
    actor_sector   TEXT,
    actor_label    TEXT,
    target         TEXT,
    target_ar      TEXT,
    target_country TEXT,
    target_sector  TEXT,
    target_label   TEXT,
    claimed        TEXT,
    claimed_ar     TEXT,
    claimed_label  TEXT,
    killed         INTEGER,
    injured        INTEGER,
    record         TEXT NOT NULL,
    incident_id    TEXT,
    join_why       TEXT,
    join_score     REAL,
    ingested       INTEGER NOT NULL
);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_incident ON events (incident_id, doc_id);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_type_date ON events (type, date);
CREATE INDEX events_country ON events (country, date);

CREATE TABLE incidents (
    id       TEXT PRIMARY KEY,
    type     TEXT NOT NULL,
    modality TEXT NOT NULL,
    date_min TEXT,
    date_max TEXT,
    country  TEXT NOT NULL, -- '' when the place is not known
    prank    INTEGER NOT NULL, -- hadath.PrecisionRank of the place; 9 for none
    lat      REAL,
    lon      REAL,
    reports  INTEGER NOT NULL,
    sources  INTEGER NOT NULL,
    view     TEXT NOT NULL,
    rev      BIGINT NOT NULL -- bumped on every change, for caches of the view
);
CREATE INDEX incidents_match ON incidents (type, country, date_min, modality, date_max, prank, lat, lon, rev, id);

CREATE VIRTUAL TABLE event_search USING fts5 (body, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii');
