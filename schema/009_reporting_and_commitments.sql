-- 009: which rows the monitoring schedule shows, and officers' commitments closed by hand.
-- A person can leave an action out of the schedule ("That the Work Programme be updated as
-- discussed" is nothing a committee reports on) and put it back: each is an event of its own
-- kind, dated, with the reason, so a report as of an earlier day shows the row as it was then.
-- The event table's CHECK gains the two kinds by editing its text, as 003 did; the replacement
-- names only the last kind there, so that it still applies after another migration adds kinds.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'kind = ''responded''',
  'kind = ''responded'' OR kind = ''not_reported'' OR kind = ''reported''')
WHERE type = 'table' AND name = 'event';
PRAGMA writable_schema = RESET;
-- A commitment ("an update … would be circulated to members") is kept until a person closes it
-- (done) or dismisses it (not to be followed up), or reopens it: its history, append-only like
-- the actions' events, so that a briefing for an earlier day shows it as it stood then.
CREATE TABLE commitment_event (
  id            INTEGER PRIMARY KEY,
  commitment_id INTEGER NOT NULL REFERENCES commitment(id) DEFERRABLE INITIALLY DEFERRED,
  kind          TEXT NOT NULL CHECK (kind = 'closed' OR kind = 'dismissed' OR kind = 'reopened'),
  date          TEXT NOT NULL,
  note          TEXT NOT NULL,
  who           TEXT NOT NULL
);
CREATE INDEX commitment_event_commitment ON commitment_event(commitment_id);
CREATE TRIGGER commitment_event_is_append_only_update BEFORE UPDATE ON commitment_event
BEGIN SELECT RAISE(ABORT, 'commitment events are a history: they cannot be changed'); END;
CREATE TRIGGER commitment_event_is_append_only_delete BEFORE DELETE ON commitment_event
BEGIN SELECT RAISE(ABORT, 'commitment events are a history: they cannot be deleted'); END;
