-- What "hadath watch" remembers: entries coded (by item link or page URL,
-- with the content hash they had) and each source's poll state.
CREATE TABLE watch_seen (
    key      TEXT PRIMARY KEY,
    hash     TEXT NOT NULL,
    source   TEXT NOT NULL,
    doc_id   TEXT NOT NULL,
    seen     BIGINT NOT NULL
);
CREATE INDEX watch_seen_hash ON watch_seen (hash);

CREATE TABLE watch_sources (
    url           TEXT PRIMARY KEY,
    etag          TEXT NOT NULL,
    last_modified TEXT NOT NULL,
    errors        INTEGER NOT NULL,
    last_error    TEXT NOT NULL,
    polled        BIGINT NOT NULL
);
