-- 006: the world as it was on a day (--as-of). An event that moved an action's due keeps the due
-- it had before, so that a report for an earlier day shows the due of that day; a cancelled
-- meeting keeps the day it was cancelled on, so that before then it is still in the calendar.
-- Events of older versions have NULL here: their moves are not undone for an earlier day (their
-- notes still say what moved, in words).
ALTER TABLE event ADD COLUMN due_before_precision TEXT
  CHECK (due_before_precision IS NULL OR due_before_precision = 'meeting' OR due_before_precision = 'month'
         OR due_before_precision = 'deadline' OR due_before_precision = 'none');
ALTER TABLE event ADD COLUMN due_before TEXT;  -- the meeting's or deadline's day, or the month; NULL for none
ALTER TABLE meeting ADD COLUMN cancelled_on TEXT;
-- Where a transferred action went, as a fact of its own: older versions wrote it into the note
-- ("transferred to X: why"), which the reports then took apart. Those notes still read as before.
ALTER TABLE event ADD COLUMN transferred_to TEXT;
-- A [[person]] without a start date was added again by every command that read tracker.toml
-- (NULLs are all different to UNIQUE): one row of each is kept.
DELETE FROM person WHERE id NOT IN (SELECT min(id) FROM person GROUP BY name, role, from_date);
-- What --as-of needs to find quickly: the actions that were finished (delivered, closed,
-- transferred, dropped) after a day, which may still have been to do on it. Only the events
-- that finish an action are indexed: a report as of today finds none without reading the events.
CREATE INDEX event_finished_on ON event(date)
  WHERE status = 'delivered' OR status = 'closed' OR status = 'transferred' OR status = 'dropped';
