#pragma once
// store: the tracker's durable record in SQLite. Every action with its owner, due meeting,
// status and full history, kept in step with each new set of minutes. Each import and each
// change by hand is one transaction: it lands whole or not at all.
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "config/config.h"
#include "core/calendar_date.h"
#include "domain/action_due.h"
#include "domain/lifecycle.h"
#include "domain/matching.h"
#include "extract/extraction.h"

namespace tracker {

struct ImportResult {
  std::string file;
  std::string meeting;              // "Improving Lives Select Commission, 22 September 2020"
  bool unchanged_file = false;      // the same bytes were imported before: nothing to do
  int actions_added = 0, clauses_added = 0, clauses_changed = 0, clauses_unchanged = 0, clauses_gone = 0;
  int meetings_added = 0, listings_added = 0, commitments_added = 0;
  std::vector<std::string> notes;   // what changed, one line each, for the person importing
};

struct ActionFilter {
  std::optional<std::string> committee;
  std::optional<Day> decided_by;        // only actions decided on or before this day
  std::vector<Status> statuses;         // their status now (empty: any)
  std::optional<Day> or_changed_after;  // with statuses: also those finished after this day, whose status then may differ
  std::optional<std::string> owner;       // any part of the owner's name, any case
  std::optional<Day> due_before;
};

// The due an event moved an action from: its precision (meeting, month, deadline, none) and its
// day or month (ISO), as ActionView gives a due.
struct DueBefore {
  std::string precision, date;
};

struct EventView {
  std::string kind, date, note, who, meeting;  // meeting: the date of the linked minute or agenda
  std::optional<double> score;
  std::string meeting_committee = {};          // the linked meeting's committee: another one's when the action was sent there
  std::optional<Status> sets = {};             // the status the event set, if it set one
  bool automatic = false;                      // made by the tool, not a person
  int64_t sequence = 0;                        // the order events were recorded in
  std::optional<DueBefore> due_before = {};    // for an event that moved the due
  std::string transferred_to = {};             // for a transfer: where it went (since schema 006; before, in the note)
};

struct ActionView {
  std::string id;               // ILSC-2020-01-50.3
  std::string committee, committee_short;
  std::string decision_date;
  std::string item_number, item_title;
  std::string label, text, kind, reason;
  std::string owner, owner_basis, person, target_body;
  std::vector<std::string> owners;
  std::string due_text, due_date, due_precision;  // due_date: a meeting's or deadline's day, or a month
  std::string due_meeting_state;                  // planned, held, cancelled, or empty
  std::string status;
  std::string response, response_by, response_date, response_reason, received_on;
  std::string source_file;
  int source_line = 0;
  std::string source_location;  // "page 3, line 14", "paragraph 41"; empty for plain text
  int reschedule_count = 0, chase_count = 0;
  std::vector<EventView> events;
};

struct MeetingView {
  std::string committee, date, state, source, cancel_reason;
  int actions_due = 0;
  std::string cancelled_on = {};  // the day it was cancelled, when a person recorded it (since schema 006)
};

// Something an officer said they would do, in the discussion rather than the resolution.
struct CommitmentView {
  std::string committee, meeting_date, item_title, text, source_file;
  int line = 0;
};

struct MatchView {
  int id = 0;
  std::string action_id, action_text, kind, meeting, title, state;
  double score = 0;
};

// Who made a change by hand, when, and why: every change is an event with these.
struct Change {
  Day date;
  std::string who;
  std::string note;
};

// What reconciliation matches a file on (domain/matching.h), worked out from its extraction.
MatchWords match_words(const Extraction& x);

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

// A resolution an imported file quotes from an earlier meeting, as `tracker adopt` lists it
// (store/adopt.cpp). Numbered 1, 2, … in the order of extraction.quoted_resolutions.
struct QuotedStanding {
  int number = 0;
  std::optional<Day> meeting;  // the day of the meeting that made it: the quote's, or the calendar's one meeting in its month
  std::string tracked_as;      // the action that already tracks it (same committee, meeting and words), or ""
  bool adopted_here = false;   // that action was adopted from this file
  std::string cannot;          // why it cannot be adopted ("a noting clause asks nothing later"), or ""
};

struct AdoptResult {
  std::vector<std::string> adopted;  // the new actions' IDs, in order
  std::vector<std::string> notes;    // one line each: what was left and why
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
  // dry run rolls back; or inside an import group (not for a dry run).
  // `words`: match_words(extraction), when the caller has worked it out already. `locations`:
  // where each of extraction.resolutions stands in its document ("page 3, line 14"), or ""
  // where its line says it (read/source_text.h: describe_location).
  ImportResult import_minutes(const Extraction& extraction, const std::string& sha256, const Config& config, bool dry_run,
                              const Change& change, const MatchWords* words = nullptr,
                              const std::vector<std::string>* locations = nullptr);

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

  std::vector<ActionView> actions(const ActionFilter& filter) const;
  ActionView action(const std::string& id) const;  // throws StoreError for an unknown ID

  // The lifecycle's changes by hand. A change domain/lifecycle.h refuses throws ChangeRefused.
  void update(const std::string& id, const Change& change, const std::optional<Status>& status,
              const std::optional<std::string>& owner, const std::optional<ActionDue>& due);
  void chase(const std::string& id, const Change& change);
  void close(const std::string& id, const Change& change);
  void transfer(const std::string& id, const std::string& to, const Change& change);
  void respond(const std::string& id, Response response, const Change& change, const std::optional<std::string>& by);

  std::vector<MeetingView> meetings(const std::optional<std::string>& committee) const;
  // The same meetings without their actions_due (0): what the reports' calendars need.
  std::vector<MeetingView> calendar(const std::optional<std::string>& committee) const;
  // The full name of the committee called `name_or_short` (any case), if the database has it.
  std::optional<std::string> committee_named(const std::string& name_or_short) const;
  // Adds a meeting to the calendar, then resolves dues and reconciles with [reconcile]'s thresholds.
  void add_meeting(const std::string& committee, Day date, const Change& change, const Config& config);
  // Cancels a meeting and moves every action due there to the committee's next meeting.
  std::vector<std::string> cancel_meeting(const std::string& committee, Day date, const Change& change);

  // Commitments from the narrative of minutes, newest meeting first.
  std::vector<CommitmentView> commitments(const std::optional<std::string>& committee) const;

  std::vector<MatchView> matches(bool all) const;
  void decide_match(int id, bool accept, const Change& change);

  // The resolutions `extraction` (of a file with these bytes) quotes from earlier meetings, and
  // whether each is tracked already. Throws StoreError when the file has not been imported.
  std::vector<QuotedStanding> quoted_standing(const Extraction& extraction, const std::string& sha256) const;
  // Adopts quoted resolutions as actions of the meeting that made them (added to the calendar as
  // held when it is not there), marked as adopted from the file: those numbered `numbers`, or,
  // when it is empty, every one that can be and is not tracked yet. One transaction; a number
  // that cannot be adopted refuses the whole change. Adopting again changes nothing.
  AdoptResult adopt_quoted(const Extraction& extraction, const std::string& sha256, const std::vector<int>& numbers,
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
