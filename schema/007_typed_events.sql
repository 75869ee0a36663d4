-- 007: an event's facts in columns of their own, so that its note holds only what a person wrote.
-- Older versions wrote the tool's own English into the note ("owner 'X' -> 'Y'", "considered at
-- the … meeting: '…'", "re-imported from …"), which the reports then took apart. Those rows keep
-- their notes and are marked legacy_note = 1 (the default given to every row already there);
-- every event written from now on says 0 and carries its facts here.
ALTER TABLE event ADD COLUMN legacy_note INTEGER NOT NULL DEFAULT 1;
-- An owner set by hand or by corrected minutes: before ('' for nobody) and after.
ALTER TABLE event ADD COLUMN owner_before TEXT;
ALTER TABLE event ADD COLUMN owner_after TEXT;
-- The due an event set (due_before, since 006, is the one it replaced). 'on_or_after': the first
-- meeting on or after the day, as corrected minutes may ask.
ALTER TABLE event ADD COLUMN due_after_precision TEXT
  CHECK (due_after_precision IS NULL OR due_after_precision = 'meeting' OR due_after_precision = 'month'
         OR due_after_precision = 'deadline' OR due_after_precision = 'on_or_after' OR due_after_precision = 'none');
ALTER TABLE event ADD COLUMN due_after TEXT;
-- For a status change: the status it changed from.
ALTER TABLE event ADD COLUMN status_before TEXT
  CHECK (status_before IS NULL OR status_before = 'open' OR status_before = 'scheduled' OR status_before = 'delivered'
         OR status_before = 'closed' OR status_before = 'transferred' OR status_before = 'dropped');
-- For a match (made by the tool or accepted by a person): the title of the item or listing.
ALTER TABLE event ADD COLUMN matched_title TEXT;
-- For a due moved because its meeting was cancelled: that meeting's day.
ALTER TABLE event ADD COLUMN cancelled_meeting TEXT;
-- For an event an import made: the file, where in it (created), and what a corrected version
-- changed ("owner,due,text"; "gone" when the clause is no longer in the minutes).
ALTER TABLE event ADD COLUMN imported_from TEXT;
ALTER TABLE event ADD COLUMN imported_place TEXT;
ALTER TABLE event ADD COLUMN reimport_changed TEXT;
-- For a response: what the body said and who it was.
ALTER TABLE event ADD COLUMN response TEXT
  CHECK (response IS NULL OR response = 'awaiting' OR response = 'accepted' OR response = 'partially accepted' OR response = 'rejected');
ALTER TABLE event ADD COLUMN response_by TEXT;
-- A correction: the event it undoes (a status changed back, a match rejected after it was
-- accepted). The public history shows neither; the internal one shows both.
ALTER TABLE event ADD COLUMN corrects INTEGER REFERENCES event(id) DEFERRABLE INITIALLY DEFERRED;
