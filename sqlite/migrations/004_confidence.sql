-- Each event's confidence as a column of its own, so that queries can ask
-- for a least confidence; events stored before take it from their record.
ALTER TABLE events ADD COLUMN confidence REAL;
UPDATE events SET confidence = json_extract(record, '$.confidence');
