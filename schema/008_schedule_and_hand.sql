-- 008: actions that do not come from minutes, and the committee's own words.
-- An action is taken from the minutes' resolutions ('minutes'), from a row of the council's own
-- monitoring schedule ('schedule': a table in an agenda pack, a CSV or an Excel export), or
-- entered by a person with 'tracker add' ('hand'). Older actions all came from minutes.
ALTER TABLE action ADD COLUMN origin TEXT NOT NULL DEFAULT 'minutes'
  CHECK (origin = 'minutes' OR origin = 'schedule' OR origin = 'hand');
-- "Further action required by Scrutiny": the committee's own words for what it still wants, set
-- by 'tracker update ID --further' or taken from a schedule row. NULL: none written.
ALTER TABLE action ADD COLUMN further TEXT;
-- An event taken from a document (a schedule row's "Chased 17 June"): which one. NULL for the
-- events a person or the tool recorded.
ALTER TABLE event ADD COLUMN document_id INTEGER REFERENCES document(id) DEFERRABLE INITIALLY DEFERRED;
-- An event that set the further-action words: the words it set ('' when it cleared them) and
-- the words before it (internal: for 'show' and 'dump', not the agenda pack). NULL otherwise.
ALTER TABLE event ADD COLUMN further TEXT;
ALTER TABLE event ADD COLUMN further_before TEXT;
-- A clause that no item of minutes holds (a schedule row, an action entered by hand) keeps its
-- item's title itself: an item row would be taken for a meeting's minutes by reconciliation.
ALTER TABLE clause ADD COLUMN item_title TEXT;
-- An action entered by hand comes from no document: its clause's document may be NULL. Removing
-- a NOT NULL constraint is one of the edits SQLite's documentation allows through the schema's
-- text (ALTER TABLE, "Making Other Kinds Of Table Schema Changes"), as in 003 and 004.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'document_id INTEGER NOT NULL REFERENCES document(id)', 'document_id INTEGER REFERENCES document(id)')
WHERE type = 'table' AND name = 'clause';
PRAGMA writable_schema = RESET;
-- Rebuilding a small index changes the schema version, so that every other connection reads the
-- new text too.
DROP INDEX clause_document;
CREATE INDEX clause_document ON clause(document_id);
-- Each set of minutes looks for the actions a schedule or a person recorded at its meeting, which
-- it may take over: an index of those alone, empty for a tracker fed by minutes only, so that the
-- look-up costs nothing there.
CREATE INDEX action_unminuted ON action(committee_id, decision_date) WHERE origin <> 'minutes';
