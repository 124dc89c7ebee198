-- Each event's confidence as a column of its own, so that queries can ask
-- for a least confidence. Events stored before have none: the confidence
-- in their records weighed only the support the text gave, on another
-- scale, and a least confidence leaves them out until they are coded again
-- (hadath ingest --recode).
ALTER TABLE events ADD COLUMN confidence REAL;
