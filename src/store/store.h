#pragma once
// store: the tracker's durable record in SQLite. Every action with its owner, due meeting,
// status and full history, kept in step with each new set of minutes. Each import and each
// change by hand is one transaction: it lands whole or not at all.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "config/config.h"
#include "core/calendar_date.h"
#include "domain/action.h"
#include "domain/action_due.h"
#include "domain/commitment_state.h"
#include "domain/lifecycle.h"
#include "domain/matching.h"
#include "store/store_input.h"

namespace tracker {

// Something an import did that the person importing is told, one line each: facts only, put
// into words by the command line (cli/cmd_import.cpp).
struct ImportNote {
  enum class Kind {
    clause_changed,        // clause_key: a corrected version changed its words (text: the new ones)
    clause_gone,           // clause_key: not in this version of the minutes, kept and marked (text: its words)
    taken_up,              // clause_key took up an action a person (by_hand) or the council's schedule recorded first: id_before is id_after now
    schedule_row_added,    // the schedule's row at `line` is a new action, id_after (text: its recommendation)
    schedule_row_skipped,  // the schedule's row at `line` was not taken in: its decision date (text, as written; "" when missing) cannot be read
  };
  Kind kind = Kind::clause_changed;
  std::string clause_key, text, id_before, id_after;
  bool by_hand = false;
  int line = 0;
};

struct ImportResult {
  std::string file;
  std::string committee;            // the meeting's committee, as the database names it
  std::optional<Day> meeting;       // the meeting's day; none for a council's schedule on its own
  bool unchanged_file = false;      // the same bytes were imported before: nothing to do
  int actions_added = 0, clauses_added = 0, clauses_changed = 0, clauses_unchanged = 0, clauses_gone = 0;
  int meetings_added = 0, listings_added = 0, commitments_added = 0;
  std::vector<ImportNote> notes;    // what changed, for the person importing
  // The council's own monitoring schedule in the file, row by row: taken in as new actions,
  // matched to actions already tracked (and given what they lacked), or already all there.
  int schedule_rows = 0, schedule_added = 0, schedule_matched = 0, schedule_unchanged = 0, schedule_skipped = 0;
};

struct ActionFilter {
  std::optional<std::string> committee;
  std::optional<Day> decided_by;        // only actions decided on or before this day
  std::vector<Status> statuses;         // their status now (empty: any)
  std::optional<Day> or_changed_after;  // with statuses: also those finished after this day, whose status then may differ
  std::optional<std::string> owner;       // any part of the owner's name, any case
  std::optional<Day> due_before;
  // Only the history up to this day, and of what came after only the events that moved the due
  // or changed the further-action words: what an action was on that day is told by those (the
  // first later one holds the value it replaced). A report for a past day reads much less.
  std::optional<Day> history_until;
};


// An event a change by hand saves: its facts typed, its note only what the person wrote. The
// application layer (app/lifecycle_commands.h) decides it; the store saves it as it is.
struct EventToSave {
  EventKind kind = EventKind::updated;
  Day date;
  std::string note, who;
  std::optional<Status> sets = {};            // the status it sets
  std::optional<Status> status_before = {};
  std::optional<std::string> owner_before = {}, owner_after = {};
  std::optional<RecordedDue> due_before = {}, due_after = {};
  std::string transferred_to = {};
  std::optional<Day> meeting = {};            // a meeting of the action's committee it links to
  std::optional<Day> cancelled_meeting = {};
  std::optional<Response> response = {};
  std::string response_by = {};
  int64_t corrects = 0;
  std::optional<std::string> further = {};    // the further-action words it set ("" cleared them)
  std::string further_before = {};            // and those they replaced
};

// An action whose due a cancelled meeting moved, and the meeting it is due at now (nullopt when
// the calendar has none after it yet).
struct MovedByCancellation {
  std::string action_id;
  std::optional<Day> now_due;
};


struct MeetingView {
  std::string committee;
  Day date;
  MeetingState state = MeetingState::planned;
  std::string source, cancel_reason;
  int actions_due = 0;
  std::optional<Day> cancelled_on = {};  // the day it was cancelled, when a person recorded it (since schema 006)
};

// A commitment closed, dismissed or reopened by a person (since schema 009).
struct CommitmentEventView {
  CommitmentState sets = CommitmentState::open;
  Day date;
  std::string note, who;
  int64_t sequence = 0;
};

// Something an officer said they would do, in the discussion rather than the resolution.
struct CommitmentView {
  std::string committee;
  Day meeting_date;
  std::string item_title, text, source_file;
  int line = 0;
  int64_t number = 0;                         // what 'tracker commitment close N' names it by
  std::vector<CommitmentEventView> history = {};
};

struct MatchView {
  int id = 0;
  std::string action_id, action_text;
  EventKind kind = EventKind::scheduled;  // the event accepting it makes: scheduled (an agenda's listing) or delivered (minutes)
  Day meeting;
  std::string title, state;
  double score = 0;
  std::string meeting_committee = {};  // the committee whose meeting it is
};

// Who made a change by hand, when, and why: every change is an event with these.
struct Change {
  Day date;
  std::string who;
  std::string note;
};

// An action entered by hand (tracker add): what the person gives.
struct HandAction {
  std::string committee;  // its name, short name or another spelling
  Day decided;            // the meeting that decided it
  std::string text;       // what was decided
  std::string item;       // the item's title, or ""
  std::string owner;      // or ""
  std::vector<std::string> owner_names = {};  // the people `owner` stands for (app/hand_changes.h fills them)
  std::optional<ActionDue> due;
};

// A file whose meeting cannot be stored: its committee or its date could not be read. The
// caller says how to give it.
class MeetingNotRead : public StoreError {
 public:
  enum class Missing { committee, date };
  MeetingNotRead(const std::string& file, Missing missing)
      : StoreError(file + (missing == Missing::committee ? ": the committee's name could not be read" : ": the meeting date could not be read")),
        missing_(missing) {}
  Missing missing() const { return missing_; }

 private:
  Missing missing_;
};

// A change that needs a reason was asked for without one (a meeting cancelled).
class ReasonNeeded : public StoreError {
 public:
  using StoreError::StoreError;
};

// A resolution an imported file quotes from an earlier meeting, as the store finds it for
// `tracker adopt` (store/adopt.cpp). Numbered 1, 2, … in the order of QuotesToStore::quotes.
struct QuotedStanding {
  int number = 0;
  std::optional<Day> meeting;  // the day of the meeting that made it: the quote's, or the calendar's one meeting in its month
  std::string tracked_as;      // the action that already tracks it (same committee, meeting and words), or ""
  bool adopted_here = false;   // that action was adopted from this file
  std::string committee;       // the body that made it: the quote's, else the file's; "" when neither says
  std::string cannot = {};     // why it cannot be adopted, or "": app/adopt_quotes.h decides, the store leaves it ""
};

// How a command opens the database. read_only never writes a byte: no journal mode is set and
// no migration is run, so a read-only file or folder can still be read.
enum class StoreAccess { read_only, read_write, create };

// An SQLite error said for a user, told apart by its (extended) result code: damaged, read-only,
// disk full, busy, not a tracker's. `sqlite_message` is only quoted.
std::string describe_database_error(const std::string& path, int sqlite_code, const std::string& sqlite_message);

class Store {
 public:
  // Opens (and, unless read_only, upgrades) the database at `path`. Throws StoreError when it is
  // missing (and not to be created), is newer than this program, is older and opened read-only,
  // or is not a tracker database.
  Store(const std::string& path, StoreAccess access);
  Store(const std::string& path, bool create) : Store(path, create ? StoreAccess::create : StoreAccess::read_write) {}
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // The committees, meeting calendar and people of tracker.toml.
  void sync_config(const Config& config);
  // All or nothing: the file's meeting, items, clauses, actions, commitments and the meetings
  // and listings it announces; then dues and reconciliation. In its own transaction, which a
  // dry run rolls back; or inside an import group (not for a dry run). `minutes`: what
  // app/minutes_to_store.h makes of the file's extraction.
  ImportResult import_minutes(const MinutesToStore& minutes, const std::string& sha256, const Config& config, bool dry_run,
                              const Change& change);

  // An import group: the files of one import command committed together. Committing every file
  // wrote the same index pages to the log once per file, and a savepoint per file kept an undo
  // copy of every page it touched. begin waits for another writer (or says it is busy).
  // A file that fails before writing anything leaves the group as it was. One that fails part
  // way spoils it: the caller rolls the group back and imports its other files again, so that
  // each file is still all or nothing.
  void begin_import_group();
  void commit_import_group();
  void rollback_import_group();
  bool import_group_open() const;
  bool import_group_spoiled() const;

  // The path a file with these bytes was imported from, if one was: an unchanged file needs no work.
  std::optional<std::string> imported_as(const std::string& sha256) const;
  std::unordered_set<std::string> imported_hashes() const;  // of every file imported

  std::vector<Action> actions(const ActionFilter& filter) const;
  Action action(const std::string& id) const;  // throws StoreError for an unknown ID

  // Changes by hand are decided by the application layer (app/lifecycle_commands.h), which
  // reads and saves inside one write transaction: `work` runs in it, and it commits when `work`
  // returns (a throw rolls everything back). The saves below join it, or run in their own.
  void in_write_transaction(const std::function<void()>& work);
  // Plain saves: no lifecycle checks, no wording. save_event keeps the action's status in step
  // with its events and returns the event's sequence.
  int64_t save_event(const std::string& id, const EventToSave& event);
  // `names`: the people the owner stands for ("Chair and Vice-Chair": both).
  void save_owner(const std::string& id, const std::string& owner, const std::vector<std::string>& names);
  // The due asked for, then the committee's due meetings worked out again.
  void save_due(const std::string& id, const ActionDue& due);
  void save_response(const std::string& id, Response response, Day date, const std::optional<std::string>& by, const std::string& reason);
  // Saves an action by hand, origin 'hand', with its created event by change.who; its decision
  // meeting is added to the calendar as held when missing. Returns its ID. Only saves: whether
  // it may be added (its words, its committee, its due) is app/hand_changes.h's question; the
  // committee must be one the database has, by its name or short name.
  std::string add_action(const HandAction& action, const Change& change, const Config& config);
  // Saves (or, with "", clears) the committee's further-action words; the event that says so
  // (EventToSave::further) is the caller's.
  void save_further(const std::string& id, const std::string& words);

  std::vector<MeetingView> meetings(const std::optional<std::string>& committee) const;
  // The same meetings without their actions_due (0): what the reports' calendars need.
  std::vector<MeetingView> calendar(const std::optional<std::string>& committee) const;
  // The full name of the committee called `name_or_short` (any case), if the database has it.
  std::optional<std::string> committee_named(const std::string& name_or_short) const;
  // Adds a meeting to the calendar, then resolves dues and reconciles with [reconcile]'s thresholds.
  void add_meeting(const std::string& committee, Day date, const Change& change, const Config& config);
  // Marks a meeting cancelled (on `on`, for `reason`) and moves every action due there to the
  // committee's next meeting. Whether it may be cancelled (not held, not already) and the events
  // saying so are the caller's (app/lifecycle_commands.h). Throws StoreError for a committee or
  // meeting that is not there.
  std::vector<MovedByCancellation> save_cancellation(const std::string& committee, Day date, const std::string& reason, Day on);

  // Commitments from the narrative of minutes, newest meeting first.
  std::vector<CommitmentView> commitments(const std::optional<std::string>& committee) const;
  std::optional<CommitmentView> commitment(int64_t number) const;  // none for a number that is no commitment
  // Saves a commitment closed, dismissed or reopened, as its own dated event. Only saves:
  // app/commitments.h decides whether the change makes sense. Joins the caller's write
  // transaction (in_write_transaction), or runs in its own.
  void record_commitment_change(int64_t number, CommitmentState sets, const Change& change);

  // The days of `committee`'s meetings whose agenda has been imported (a document imported on or
  // before `as_of` lists items for that meeting as its agenda), in order. An agenda is dated
  // its meeting's day, not the day it was published, so the day of the import is what counts.
  std::vector<Day> meetings_with_agenda(const std::string& committee, Day as_of) const;

  std::vector<MatchView> matches(bool all) const;
  // One proposal, whatever its state (nullopt for a number that is none).
  std::optional<MatchView> match(int id) const;
  // A proposal's new state ("accepted", "rejected"); an accepted one saves `accepted_event`,
  // linked to the proposal's meeting and made once, as reconciliation's own are.
  void save_match_state(int id, const std::string& state, const std::optional<EventToSave>& accepted_event);

  // The resolutions a file with these bytes quotes from earlier meetings (app/minutes_to_store.h:
  // quotes_to_store), and whether each is tracked already. Throws StoreError when the file has not
  // been imported.
  std::vector<QuotedStanding> quoted_standing(const QuotesToStore& quoted, const std::string& sha256) const;
  // Adopts the quoted resolutions numbered `numbers` as actions of the meetings that made them
  // (added to the calendar as held when not there), marked as adopted from the file; returns their
  // IDs. Only saves: which may be adopted is app/adopt_quotes.h's question (each must have its
  // meeting, QuotedStanding::cannot empty). One transaction, or the caller's.
  std::vector<std::string> adopt_quoted(const QuotesToStore& quoted, const std::string& sha256, const std::vector<int>& numbers,
                                        const Config& config, const Change& change);

  // A stable text dump of everything a person or an import recorded, for comparing databases.
  std::string canonical_dump() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// SHA-256 of a file's bytes, as hex: two imports of the same bytes are the same document.
std::string sha256_hex(std::string_view bytes);

}  // namespace tracker
