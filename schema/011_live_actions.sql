-- 011: the actions still to be done, indexed on their own. Every report starts from them (the
-- monitoring schedule, the weekly check, the briefing) and they are a few in a long history: with
-- 108,000 actions of which 5,600 are open, finding them read every action's row. A partial index
-- holds only those, so an import pays for it only while an action is open. (003 dropped a full
-- index on status, which every import paid for on every action.) The WHERE is the one
-- store/actions.cpp writes, word for word, so that SQLite can use it.
CREATE INDEX action_live ON action(status) WHERE status = 'open' OR status = 'scheduled';
