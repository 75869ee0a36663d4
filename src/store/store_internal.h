#pragma once
// Shared by the store's .cpp files only: the SQLite connection and the small steps that several
// operations take (find or add a committee or meeting, add an event, recompute a status).
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include "domain/lifecycle.h"
#include "domain/matching.h"
#include "store/store_input.h"
#include "store/store.h"

namespace tracker {

namespace store {

// Prepared statements kept for the length of one operation: an import runs the same few
// statements for every clause, and preparing them once is most of its speed. An import command
// keeps one for all its files; reset_all() at the end of each file, so that no half-read
// statement holds a read transaction open between them. Resets ignore the error of a failed
// step: SQLite reports it again on reset, which would fail the next file (or, in reset_all
// during the failed file's unwinding, end the program).
class StatementCache {
 public:
  explicit StatementCache(SQLite::Database& db) : db_(db) {}
  // `sql` must be a string literal: its address is the key.
  SQLite::Statement& operator()(const char* sql) {
    auto& slot = statements_[sql];
    if (!slot) {
      slot = std::make_unique<SQLite::Statement>(db_, sql);
    } else {
      slot->tryReset();
      slot->clearBindings();
    }
    return *slot;
  }
  SQLite::Database& db() { return db_; }
  void reset_all() {
    for (auto& [sql, statement] : statements_) statement->tryReset();
  }

 private:
  SQLite::Database& db_;
  std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> statements_;
};

// Joins the write transaction a change by hand runs in (Store::in_write_transaction), or opens
// one of its own when a save is called alone.
class WriteScope {
 public:
  explicit WriteScope(SQLite::Database& db) {
    if (sqlite3_get_autocommit(db.getHandle()) != 0) own_.emplace(db, SQLite::TransactionBehavior::IMMEDIATE);
  }
  void commit() {
    if (own_) own_->commit();
  }

 private:
  std::optional<SQLite::Transaction> own_;
};

// Rows for one table, written by one multi-row INSERT per 32 rows: one statement step instead
// of 32. The rows' values are kept one after another in one vector, and text is moved in rather
// than copied where the caller is done with it: an import adds hundreds of thousands of rows.
class InsertBatch {
 public:
  // monostate: NULL; const char*: text that outlives the batch (a literal).
  using Value = std::variant<std::monostate, int64_t, double, std::string, const char*>;
  // `head`: "INSERT OR IGNORE INTO t (a, b)", without VALUES.
  InsertBatch(std::string head, int columns) : head_(std::move(head)), columns_(static_cast<size_t>(columns)) {}
  // One row: a value for each column, in order.
  template <class... Values>
  void add(Values&&... row) {
    static_assert(sizeof...(Values) > 0);
    if (sizeof...(Values) != columns_) throw std::logic_error(head_ + ": a row of " + std::to_string(sizeof...(Values)) + " values");
    (values_.emplace_back(std::forward<Values>(row)), ...);
  }
  void flush(SQLite::Database& db);
  void clear() { values_.clear(); }

 private:
  static constexpr size_t kMaxRows = 32;
  SQLite::Statement& statement(SQLite::Database& db, size_t rows);
  std::string head_;
  size_t columns_;
  std::vector<Value> values_;  // row after row
  std::unordered_map<size_t, std::unique_ptr<SQLite::Statement>> statements_;
};

// A clause's label as its key writes it: "3(a)" -> "3a".
std::string plain_label(const std::string& label);

// A due as the action table's columns hold it: due at the first meeting after a day (from), at a
// month's meeting (month), or by a day (deadline).
struct DueColumns {
  std::optional<std::string> from, month, deadline;
};
DueColumns due_columns(const std::optional<DueToStore>& due);

// Events and match proposals, written in batches. An event in a batch carries its typed facts
// in matched_title, imported_from, imported_place (the ones an import writes in bulk).
InsertBatch event_batch();
InsertBatch proposal_batch();
// An import's new clauses, actions and their owners, written in batches with the rowids the
// import gives them (max + 1 onwards, as SQLite would), so that nothing reads them back.
InsertBatch clause_batch();
InsertBatch action_batch();
InsertBatch owner_batch();
InsertBatch::Value text_or_null(const std::string& value);            // NULL for ""
InsertBatch::Value optional_text(const std::optional<std::string>& value);  // NULL for none

// What due resolution and reconciliation read of an action. An import command keeps these in
// memory from one file to the next, so that a file does not reload the committee's history.
struct ActionState {
  int64_t id = 0;
  int64_t committee = 0;
  std::string target_body;                        // the body or committee the clause sends it to
  std::string decision_date;
  std::optional<std::string> due_from, due_month, due_deadline;
  int64_t due_meeting = -1;                       // -1: none
  std::optional<std::string> due_meeting_date;
  Status status = Status::open;
  std::string first_match[2];                     // first_delivered, first_scheduled; "" for none
  int64_t clause_document = 0;
  WordIds origin, clause;                         // significant words of its item and its clause
  bool comes_back = false;
  bool by_hand = false;  // has events a person recorded: its status needs the whole history folded
  // Reconciliation's window, compared for every candidate item: worked out once, and again when
  // the due meeting moves (window_known = false).
  bool window_known = false;
  MatchWindow window;
};

// The actions of each committee, read once, then kept in step by the import's own writes (new
// actions, dues, first matches, statuses). It is emptied whenever anything else may have written:
// another connection's commit, a change by hand on this one, a rolled-back or corrected import.
class ActionCache {
 public:
  std::vector<ActionState>& of(StatementCache& cache, int64_t committee);
  // An import's new actions, as it writes them; nothing to do until the committee's are read.
  void add_new(int64_t committee, std::vector<ActionState> actions);
  // The live actions of other committees that their clauses send to `committee` (by its name or
  // short name): those its minutes can deliver. Read each time, not kept.
  std::vector<ActionState> sent_to(StatementCache& cache, int64_t committee);
  WordTable& words() { return words_; }
  void forget(int64_t committee) { committees_.erase(committee); }
  void clear() { committees_.clear(); }
  // At the start of an import's transaction: empties the cache unless the database is as the
  // last committed import left it.
  void check(SQLite::Database& db);
  void committed(SQLite::Database& db);  // at the end of a committed import

 private:
  void load(StatementCache& cache, int64_t committee, std::vector<ActionState>& into);
  std::unordered_map<int64_t, std::vector<ActionState>> committees_;
  WordTable words_;  // not emptied with the actions: the ids stay valid
  int64_t data_version_ = -1, total_changes_ = -1;
};

}  // namespace store

struct Store::Impl {
  explicit Impl(const std::string& path, int flags) : db(path, flags), statements(db) {}
  SQLite::Database db;
  store::StatementCache statements;  // an import command's, for all its files
  store::ActionCache actions;
  store::InsertBatch events = store::event_batch(), proposals = store::proposal_batch();
  store::InsertBatch clauses = store::clause_batch(), actions_added = store::action_batch(), owners = store::owner_batch();
  bool import_group = false;  // a transaction is open for several files (Store::begin_import_group)
  bool import_group_spoiled = false;  // a file failed after writing part of itself in the group
};

namespace store {

// The schema's numbered migrations, embedded at build time from schema/*.sql.
struct Migration {
  int version;
  const char* name;
  const char* sql;
};
extern const Migration kMigrations[];
extern const int kMigrationCount;

std::string column_text(const SQLite::Column& c);  // "" for NULL
// A column's text seen in place, without a copy (valid until the statement steps on).
std::string_view column_view(const SQLite::Column& c);
// A day as the database holds it (YYYY-MM-DD), read in place; nullopt for NULL, "" or no day.
std::optional<Day> stored_optional_day(const SQLite::Column& c);
// The same for a day that must be there: throws StoreError naming `what` ("a meeting") otherwise.
Day stored_day(const SQLite::Column& c, const char* what);
MeetingState stored_meeting_state(const SQLite::Column& c);
// A StoreError for an SQLite error: "the database is busy…" when another writer holds it, else
// "<context>: <SQLite's message>".
[[noreturn]] void throw_busy_or(const SQLite::Exception& e, const std::string& context);
void bind_optional(SQLite::Statement& s, int index, const std::optional<std::string>& value);
void bind_text_or_null(SQLite::Statement& s, int index, const std::string& value);

int64_t committee_id(StatementCache& cache, const std::string& name, const std::string& short_name);
std::optional<int64_t> find_committee_id(const SQLite::Database& db, const std::string& name_or_short);
// Adds the meeting when the calendar does not have it; "held" replaces "planned".
int64_t meeting_id(SQLite::Database& db, int64_t committee, Day date, const std::string& state, const std::string& source,
                   bool* added = nullptr);
int64_t meeting_id(StatementCache& cache, int64_t committee, Day date, const std::string& state, const std::string& source,
                   bool* added = nullptr);

int64_t action_row(const SQLite::Database& db, const std::string& public_id);  // throws StoreError
// "Improving Lives Select Commission" -> "ILSC"
std::string initials(const std::string& name);
void sync_config_in(StatementCache& cache, ActionCache& actions, const Config& config);

struct NewEvent {
  EventKind kind;
  std::string date, note, who;
  std::optional<int64_t> meeting;
  std::optional<double> score;
  std::optional<Status> status;         // the status the event sets
  std::optional<std::string> auto_key;  // made by the tool: once only
  std::optional<RecordedDue> due_before = {};  // the due it moved the action from
  std::string transferred_to = {};           // where a transfer sent it
  // The typed facts of schema 007 (store.h: ActionEvent says what each is).
  std::optional<std::string> owner_before = {}, owner_after = {};
  std::optional<RecordedDue> due_after = {};
  std::optional<Status> status_before = {};
  std::string matched_title = {}, cancelled_meeting = {}, imported_from = {}, imported_place = {}, reimport_changed = {};
  std::optional<Response> response = {};
  std::string response_by = {};
  int64_t corrects = 0;
  std::optional<int64_t> document = {};      // the document it was taken from (a schedule row)
  std::optional<std::string> further = {};   // the further-action words it set
  std::string further_before = {};           // and those they replaced
  std::string id_before = {}, id_after = {};  // an ID changed: minutes took up a schedule row's or a person's action
  std::string quoted_in = {};                 // adopted: the part of the file that quoted the resolution
};
// Returns false when an event with the same auto_key is already there.
bool add_event(SQLite::Database& db, int64_t action, const NewEvent& e);
bool add_event(StatementCache& cache, int64_t action, const NewEvent& e);
void add_event(InsertBatch& batch, int64_t action, NewEvent&& e);  // moves the event's text into the batch
// The status is what the events, folded in date order, make of it (domain/lifecycle.h).
Status derive_status(SQLite::Database& db, int64_t action);

// Which actions' due meetings to work out again. Everything, when the calendar or a due changes
// by hand. An import needs only its new actions (ids from `first_new_action` on: rowids only grow)
// and those whose due could fall on a meeting it added: a new meeting D moves an action's due
// only when the action's window starts on or before D and its due meeting, if any, is after D.
struct DueScope {
  bool everything = true;
  int64_t first_new_action = INT64_MAX;
  std::string earliest_added, latest_added;  // the meetings added, as ISO days; empty when none
  static DueScope nothing_yet() {  // an import's, before it adds actions or meetings
    DueScope scope;
    scope.everything = false;
    return scope;
  }
  void meeting_added(const std::string& day) {
    if (earliest_added.empty() || day < earliest_added) earliest_added = day;
    if (latest_added.empty() || day > latest_added) latest_added = day;
  }
};
// Due meetings from the calendar: a month's meeting, or the first after a day; a cancelled
// meeting passes its actions to the next one.
void resolve_dues(StatementCache& cache, ActionCache& actions, int64_t committee, const DueScope& scope = {});
// Which pairs of (action, item or listing) to look at: those with a new action, or with an item
// or listing from a new document. Everything, when the calendar changes by hand.
struct ReconcileScope {
  bool everything = false;
  std::optional<int64_t> document;
};
// Marks actions scheduled or delivered when an agenda, work programme or later minutes take up
// their subject; weaker matches become proposals.
// Its events and proposals are written before it returns.
void reconcile(StatementCache& cache, ActionCache& actions, InsertBatch& events, InsertBatch& proposals, int64_t committee,
               double threshold, double proposal_threshold, const ReconcileScope& scope);
// Keeps the action's earliest scheduled or delivered meeting, which reconciliation compares against.
void note_first_match(StatementCache& cache, int64_t action, EventKind kind, const std::string& meeting_date);
Status derive_status(StatementCache& cache, int64_t action);
// What the events, folded in date order, make of the status, without writing it: reconciliation
// writes it with the action's first matches.
Status folded_status(StatementCache& cache, int64_t action);
// An action's events as the lifecycle reads them.
std::vector<Event> lifecycle_events(StatementCache& cache, int64_t action);

// An action that no minutes' resolution makes: a schedule row's or one entered by hand. Its
// clause stands at the decision meeting with the key S1, S2 … (schedule) or H1, H2 … (by hand),
// and its ID is made the same way ("ILSC-2020-03-S1"). Returns the action's row and ID.
struct UnminutedAction {
  int64_t committee = 0;
  std::string committee_name, short_name;
  Day decided;
  int64_t meeting = 0;            // the decision meeting
  const char* origin = "hand";    // "schedule" or "hand"
  std::string text, item_title, owner;
  std::vector<std::string> owner_names;  // the people `owner` stands for
  std::string due_text;
  std::optional<std::string> due_from, due_month, due_deadline;
  bool by_hand = false;           // owner and due set by a person: kept as such
  std::optional<int64_t> document;
  int line = 0;
};
std::pair<int64_t, std::string> add_unminuted_action(StatementCache& cache, const UnminutedAction& a);
// The meeting that decided such an action: added when missing, and held. Unlike minutes, the
// schedule or person does not become the source the calendar names, so that whichever file
// comes first, the calendar ends up the same.
int64_t decision_meeting(StatementCache& cache, int64_t committee, Day date, const std::string& source);

// The rows of a council's monitoring schedule taken into the tracker (store/schedule_import.cpp):
// each row the action it is (one tracked from minutes, or a new one with origin 'schedule'), and
// each of its entries an event taken from `document`, unless the action has it already.
struct ScheduleSource {
  int64_t committee = 0;
  std::string committee_name, short_name;
  int64_t document = 0;
  std::string path;
  Day updated;  // the day a row's schedule was updated (what undated entries are known by), when the row does not say
};
struct ScheduleOutcome {
  int rows = 0, added = 0, matched = 0, unchanged = 0, skipped = 0;
  int64_t first_new_action = INT64_MAX;
  bool wrote = false;  // any action, event or word changed: the import's cache must read them again
  std::vector<ImportNote> notes;
};
ScheduleOutcome import_schedule_rows(StatementCache& cache, const ScheduleSource& source, const std::vector<ScheduleRowToStore>& rows);

}  // namespace store
}  // namespace tracker
