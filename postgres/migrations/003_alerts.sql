-- The change log, alerts on saved filters and their delivery log (PostgreSQL; the sqlite package has the same tables).
CREATE TABLE changes (
    seq         BIGSERIAL PRIMARY KEY,
    incident_id TEXT NOT NULL,
    doc_id      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    event_ids   TEXT NOT NULL,
    created     BIGINT NOT NULL
);

CREATE TABLE alerts (
    id      BIGSERIAL PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    filter  TEXT NOT NULL,
    webhook TEXT NOT NULL,
    secret  TEXT NOT NULL,
    created BIGINT NOT NULL
);

CREATE TABLE deliveries (
    id          BIGSERIAL PRIMARY KEY,
    alert_id    BIGINT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    seq         BIGINT NOT NULL,
    incident_id TEXT NOT NULL,
    doc_id      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    event_ids   TEXT NOT NULL,
    status      TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT '',
    next_try    BIGINT NOT NULL,
    delivered   BIGINT,
    created     BIGINT NOT NULL,
    UNIQUE (alert_id, incident_id, doc_id)
);
CREATE INDEX deliveries_due ON deliveries (status, next_try);

CREATE TABLE delivery_attempts (
    delivery_id BIGINT NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,
    at          BIGINT NOT NULL,
    status      INTEGER NOT NULL,
    error       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (delivery_id, n)
);

CREATE TABLE cursors (
    name TEXT PRIMARY KEY,
    seq  BIGINT NOT NULL
);
