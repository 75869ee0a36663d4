-- 012: an action a council's schedule or a person recorded before its minutes came in, taken up by
-- a clause of those minutes, changes its ID ("ILSC-2020-09-H1" becomes "ILSC-2020-09-50.3"). The
-- event that says so keeps both IDs here; older versions wrote them into its note in English.
ALTER TABLE event ADD COLUMN id_before TEXT;
ALTER TABLE event ADD COLUMN id_after TEXT;
-- An action adopted from the resolutions an agenda pack quotes (tracker adopt) is created from
-- the pack: its created event names the file and line (imported_from, imported_place, as an
-- import's do) and here the part of the pack that quoted it ("Work programme"), where older
-- versions wrote "adopted from FILE, line N (quoted in PART)" into its note.
ALTER TABLE event ADD COLUMN quoted_in TEXT;
-- (No column is needed for the other note older versions wrote on import, "the minutes imported
-- from X no longer make this an action": it is reimport_changed = 'untracked' with imported_from.)
