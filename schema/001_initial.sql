-- 001: the tracker's record. Dates are ISO text (YYYY-MM-DD); a due month is YYYY-MM.
-- Events are append-only: triggers refuse to change or delete them.

CREATE TABLE committee (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  short_name  TEXT NOT NULL UNIQUE
);

CREATE TABLE document (
  id           INTEGER PRIMARY KEY,
  path         TEXT NOT NULL,
  sha256       TEXT NOT NULL UNIQUE,
  imported_at  TEXT NOT NULL,
  committee_id INTEGER REFERENCES committee(id),
  meeting_date TEXT            -- the meeting whose minutes it holds
);

CREATE TABLE meeting (
  id            INTEGER PRIMARY KEY,
  committee_id  INTEGER NOT NULL REFERENCES committee(id),
  date          TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state IN ('planned', 'held', 'cancelled')),
  source        TEXT NOT NULL,   -- where we learned of it: tracker.toml, minutes, agenda, work programme, by hand
  cancel_reason TEXT,
  UNIQUE (committee_id, date)
);

CREATE TABLE item (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
  number      TEXT NOT NULL DEFAULT '',
  title       TEXT NOT NULL,
  document_id INTEGER NOT NULL REFERENCES document(id),
  line        INTEGER NOT NULL,
  words       TEXT NOT NULL DEFAULT '',   -- the title's significant words, for matching
  UNIQUE (meeting_id, number, title)
);

-- Items a future agenda or a work programme lists: they make an action "scheduled".
CREATE TABLE listing (
  id           INTEGER PRIMARY KEY,
  meeting_id   INTEGER NOT NULL REFERENCES meeting(id),
  title        TEXT NOT NULL,
  source       TEXT NOT NULL,    -- agenda, work programme
  listed_on    TEXT NOT NULL,    -- the date of the agenda or of the work programme's update
  document_id  INTEGER NOT NULL REFERENCES document(id),
  line         INTEGER NOT NULL,
  words        TEXT NOT NULL DEFAULT '',
  UNIQUE (meeting_id, title)
);

CREATE TABLE clause (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
  item_id     INTEGER REFERENCES item(id),
  clause_key  TEXT NOT NULL,     -- stable within the meeting: "50.3", "50.3a", "#4"
  label       TEXT,
  text        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('action', 'recommendation', 'noting', 'approval', 'procedural')),
  reason      TEXT,
  document_id INTEGER NOT NULL REFERENCES document(id),
  line        INTEGER NOT NULL,
  in_latest   INTEGER NOT NULL DEFAULT 1,   -- 0: the latest import of these minutes no longer has it
  words       TEXT NOT NULL DEFAULT '',     -- significant words, for matching
  comes_back  INTEGER NOT NULL DEFAULT 0,   -- asks for its subject to come back to a meeting
  UNIQUE (meeting_id, clause_key)
);

CREATE TABLE action (
  id                INTEGER PRIMARY KEY,
  public_id         TEXT NOT NULL UNIQUE,   -- ILSC-2020-01-50.3
  clause_id         INTEGER NOT NULL UNIQUE REFERENCES clause(id),
  committee_id      INTEGER NOT NULL REFERENCES committee(id),
  decision_date     TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('action', 'recommendation')),
  owner             TEXT,
  owner_basis       TEXT,
  owner_by_hand     INTEGER NOT NULL DEFAULT 0,
  person            TEXT,
  target_body       TEXT,
  due_text          TEXT,
  due_from          TEXT,    -- due at the first meeting on or after this day (a due meeting)
  due_month         TEXT,    -- or at that month's meeting, when only the month is known
  due_deadline      TEXT,    -- or by this day (not a meeting)
  due_by_hand       INTEGER NOT NULL DEFAULT 0,
  due_meeting_id    INTEGER REFERENCES meeting(id),
  status            TEXT NOT NULL CHECK (status IN ('open', 'scheduled', 'delivered', 'closed', 'transferred', 'dropped')),
  response          TEXT CHECK (response IN ('awaiting', 'accepted', 'partially accepted', 'rejected')),
  response_by       TEXT,
  response_date     TEXT,
  response_reason   TEXT,
  received_on       TEXT,    -- when the body received the recommendation: the response clock starts here
  first_scheduled   TEXT,    -- the earliest meeting an agenda or work programme lists it for (kept by reconciliation)
  first_delivered   TEXT     -- the earliest meeting whose minutes took it up
);

CREATE TABLE action_owner (
  action_id INTEGER NOT NULL REFERENCES action(id),
  name      TEXT NOT NULL,
  PRIMARY KEY (action_id, name)
);

CREATE TABLE event (
  id          INTEGER PRIMARY KEY,
  action_id   INTEGER NOT NULL REFERENCES action(id),
  kind        TEXT NOT NULL CHECK (kind IN ('created', 'updated', 'chased', 'rescheduled', 'scheduled', 'delivered',
                                            'transferred', 'closed', 'reopened', 'dropped', 'responded')),
  date        TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  who         TEXT NOT NULL,
  meeting_id  INTEGER REFERENCES meeting(id),  -- the minute or agenda it links to
  score       REAL,                             -- a match's score, for scheduled and delivered
  status      TEXT,                             -- the status this event sets, if it sets one
  auto_key    TEXT,                             -- identifies an event the tool made, so it is made once
  UNIQUE (action_id, auto_key)
);
CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
BEGIN SELECT RAISE(ABORT, 'events are a history: they cannot be changed'); END;
CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
BEGIN SELECT RAISE(ABORT, 'events are a history: they cannot be deleted'); END;

CREATE TABLE match_proposal (
  id          INTEGER PRIMARY KEY,
  action_id   INTEGER NOT NULL REFERENCES action(id),
  meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
  title       TEXT NOT NULL,       -- the item or listing it resembles
  kind        TEXT NOT NULL CHECK (kind IN ('delivered', 'scheduled')),
  score       REAL NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('proposed', 'accepted', 'rejected')) DEFAULT 'proposed',
  UNIQUE (action_id, meeting_id, title, kind)
);

CREATE TABLE person (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL,
  role  TEXT NOT NULL,
  email TEXT,
  from_date TEXT,
  to_date   TEXT,
  UNIQUE (name, role, from_date)
);

CREATE TABLE commitment (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
  item_id     INTEGER REFERENCES item(id),
  text        TEXT NOT NULL,
  document_id INTEGER NOT NULL REFERENCES document(id),
  line        INTEGER NOT NULL,
  UNIQUE (meeting_id, text)
);

CREATE INDEX action_status ON action(status);
CREATE INDEX event_action ON event(action_id);
CREATE INDEX action_committee ON action(committee_id, status);
CREATE INDEX item_document ON item(document_id);
CREATE INDEX listing_document ON listing(document_id);
CREATE INDEX clause_document ON clause(document_id);
CREATE INDEX meeting_committee_date ON meeting(committee_id, date);
