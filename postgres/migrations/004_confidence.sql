-- Each event's confidence as a column of its own, so that queries can ask
-- for a least confidence; events stored before take it from their record.
ALTER TABLE events ADD COLUMN confidence DOUBLE PRECISION;
UPDATE events SET confidence = CAST(CAST(record AS jsonb) ->> 'confidence' AS DOUBLE PRECISION);
