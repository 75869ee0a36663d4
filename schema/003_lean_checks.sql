-- 003: cheaper checks on every row written. SQLite checks "x IN ('a', 'b', 'c')" by building a
-- temporary table of the list for each INSERT or UPDATE statement, which cost an import more
-- than writing the row; "x = 'a' OR x = 'b' OR x = 'c'" accepts and refuses exactly the same
-- values with a few comparisons. Only the text of the CHECKs changes, which SQLite's documented
-- way of editing the schema allows without copying the tables (ALTER TABLE, "Making Other
-- Kinds Of Table Schema Changes"); the DROP INDEX below changes the schema version, so every
-- connection reads the new text.
-- The index on event(action_id) goes: UNIQUE (action_id, auto_key) already leads with it.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (state IN (''planned'', ''held'', ''cancelled''))',
  'CHECK (state = ''planned'' OR state = ''held'' OR state = ''cancelled'')')
WHERE type = 'table' AND name = 'meeting';
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (kind IN (''action'', ''recommendation'', ''noting'', ''approval'', ''procedural''))',
  'CHECK (kind = ''action'' OR kind = ''recommendation'' OR kind = ''noting'' OR kind = ''approval'' OR kind = ''procedural'')')
WHERE type = 'table' AND name = 'clause';
UPDATE sqlite_schema SET sql = replace(replace(sql,
  'CHECK (status IN (''open'', ''scheduled'', ''delivered'', ''closed'', ''transferred'', ''dropped''))',
  'CHECK (status = ''open'' OR status = ''scheduled'' OR status = ''delivered'' OR status = ''closed'' OR status = ''transferred'' OR status = ''dropped'')'),
  'CHECK (response IN (''awaiting'', ''accepted'', ''partially accepted'', ''rejected''))',
  'CHECK (response = ''awaiting'' OR response = ''accepted'' OR response = ''partially accepted'' OR response = ''rejected'')')
WHERE type = 'table' AND name = 'action';
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (kind IN (''created'', ''updated'', ''chased'', ''rescheduled'', ''scheduled'', ''delivered'',
                                            ''transferred'', ''closed'', ''reopened'', ''dropped'', ''responded''))',
  'CHECK (kind = ''created'' OR kind = ''updated'' OR kind = ''chased'' OR kind = ''rescheduled'' OR kind = ''scheduled'' OR kind = ''delivered''
                                            OR kind = ''transferred'' OR kind = ''closed'' OR kind = ''reopened'' OR kind = ''dropped'' OR kind = ''responded'')')
WHERE type = 'table' AND name = 'event';
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (state IN (''proposed'', ''accepted'', ''rejected''))',
  'CHECK (state = ''proposed'' OR state = ''accepted'' OR state = ''rejected'')')
WHERE type = 'table' AND name = 'match_proposal';
PRAGMA writable_schema = RESET;  -- off, and this connection reads the schema again
DROP INDEX event_action;
-- A status change moved an action's entry in two indexes. Nothing looks actions up by status
-- alone, and a committee's are found by the committee.
DROP INDEX action_status;
DROP INDEX action_committee;
CREATE INDEX action_committee ON action(committee_id);
