-- 010: resolutions adopted from a file that quotes them (an agenda pack's work programme, its
-- "Items pending" table), not from the minutes of the meeting that made them. The clause stands in
-- that meeting with the quoting document as its source; adopted_from names that document, so that
-- importing the meeting's own minutes later does not count the clause as one its minutes dropped,
-- and so that the action is known as adopted (its origin).
ALTER TABLE clause ADD COLUMN adopted_from INTEGER REFERENCES document(id) DEFERRABLE INITIALLY DEFERRED;
