// Actions by hand: list, show, update, chase, close, transfer, respond; proposals to accept or
// reject. Every change is an event with a date, a note and who made it; nothing is deleted, and
// a change that makes no sense (closing a closed action) is refused with the reason.
#include <sqlite3.h>

#include <algorithm>
#include <deque>
#include <sstream>
#include <unordered_map>

#include "core/errors.h"
#include "core/text.h"
#include "domain/spelling.h"
#include "store/store_internal.h"

namespace tracker {
namespace {

using namespace store;

// The statements a report reads tens of thousands of rows with (the actions, their owners and
// events), prepared and read through SQLite's own calls: SQLiteCpp's Column (a shared pointer
// copied per column, a string made per text) was most of the time spent taking some 30 columns of
// each row. An error is SQLiteCpp's exception, with SQLite's code, as from any other statement.
class RowReader {
 public:
  RowReader(const SQLite::Database& db, const std::string& sql) : db_(db.getHandle()) {
    if (const int rc = sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement_, nullptr); rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  ~RowReader() { sqlite3_finalize(statement_); }
  RowReader(const RowReader&) = delete;
  RowReader& operator=(const RowReader&) = delete;

  void bind(int k, const std::string& value) {
    if (const int rc = sqlite3_bind_text(statement_, k, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT); rc != SQLITE_OK)
      throw SQLite::Exception(db_, rc);
  }
  void bind(int k, int64_t value) {
    if (const int rc = sqlite3_bind_int64(statement_, k, value); rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  void reset() { sqlite3_reset(statement_); }  // to run again with new values bound
  bool next() {  // the next row, or false after the last
    const int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SQLite::Exception(db_, rc);
  }

  // The current row's columns.
  bool null(int k) const { return sqlite3_column_type(statement_, k) == SQLITE_NULL; }
  std::string_view text(int k) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(statement_, k));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(statement_, k))) : std::string_view();
  }
  std::string string(int k) const { return std::string(text(k)); }
  std::optional<std::string> optional_string(int k) const { return null(k) ? std::nullopt : std::optional<std::string>(string(k)); }
  int64_t int64(int k) const { return sqlite3_column_int64(statement_, k); }
  double real(int k) const { return sqlite3_column_double(statement_, k); }
  std::optional<Day> day(int k) const { return null(k) ? std::nullopt : parse_iso_day(text(k)); }

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
};

const char* kActionSelect =
    "SELECT a.id, a.public_id, c.name, c.short_name, a.decision_date, coalesce(i.number, ''), coalesce(i.title, cl.item_title, ''), "
    "coalesce(cl.label, ''), cl.text, a.kind, coalesce(cl.reason, ''), coalesce(a.owner, ''), coalesce(a.owner_basis, ''), "
    "coalesce(a.person, ''), coalesce(a.target_body, ''), coalesce(a.due_text, ''), "
    "coalesce(dm.date, a.due_deadline, a.due_month, substr(a.due_from, 1, 7), ''), "
    "CASE WHEN dm.date IS NOT NULL OR a.due_deadline IS NOT NULL THEN 'day' "
    "     WHEN a.due_month IS NOT NULL OR a.due_from IS NOT NULL THEN 'month' ELSE '' END, coalesce(dm.state, ''), a.status, "
    "coalesce(a.response, ''), coalesce(a.response_by, ''), coalesce(a.response_date, ''), coalesce(a.response_reason, ''), "
    "coalesce(a.received_on, ''), coalesce(d.path, ''), cl.line, coalesce(cl.location, ''), CASE WHEN cl.adopted_from IS NOT NULL THEN 'adopted' ELSE a.origin END, coalesce(a.further, '') "
    "FROM action a JOIN committee c ON c.id = a.committee_id JOIN clause cl ON cl.id = a.clause_id "
    "LEFT JOIN item i ON i.id = cl.item_id LEFT JOIN meeting dm ON dm.id = a.due_meeting_id "
    "LEFT JOIN document d ON d.id = cl.document_id ";

// The due from kActionSelect's three columns: its day or month (ISO), 'day' or 'month', and the
// due meeting's state ('' for a deadline).
std::optional<ActionDue> column_due(const RowReader& r, int date, int precision, int state) {
  const std::string_view p = r.text(precision), d = r.text(date);
  if (p == "day") {
    const auto day = parse_iso_day(d);
    if (!day) return std::nullopt;
    if (const auto s = meeting_state_from_sql(r.text(state))) return ActionDue::meeting(*day, *s);
    return ActionDue::deadline(*day);
  }
  if (p == "month" && d.size() == 7) {
    char first[11] = "YYYY-MM-01";
    d.copy(first, 7);
    if (const auto day = parse_iso_day(std::string_view(first, 10))) return ActionDue::in_month(day->year() / day->month());
  }
  return std::nullopt;
}

// One action's columns from kActionSelect; its owners and events come after, for all rows at once.
Action read_action(const RowReader& r, int64_t& row) {
  Action v;
  row = r.int64(0);
  int k = 1;
  v.id = r.string(k++);
  v.committee = r.string(k++);
  v.committee_short = r.string(k++);
  const auto decided = r.day(k++);
  if (!decided) throw StoreError(v.id + " has a decision date that is not a day: '" + r.string(k - 1) + "'");
  v.decision_date = *decided;
  v.item_number = r.string(k++);
  v.item_title = r.string(k++);
  v.label = r.string(k++);
  v.text = r.string(k++);
  const auto kind = clause_kind_named(r.text(k++));
  if (!kind) throw StoreError(v.id + " has a kind that is not a tracker's: '" + r.string(k - 1) + "'");
  v.kind = *kind;
  v.reason = r.string(k++);
  v.owner = r.string(k++);
  v.owner_basis = r.string(k++);
  v.person = r.string(k++);
  v.target_body = r.string(k++);
  v.due_text = r.string(k++);
  v.due = column_due(r, k, k + 1, k + 2);
  k += 3;
  const auto status = status_from_sql(r.text(k++));
  if (!status) throw StoreError(v.id + " has a status that is not a tracker's: '" + r.string(k - 1) + "'");
  v.status = *status;
  v.response = response_from_sql(r.text(k++));
  v.response_by = r.string(k++);
  v.response_date = r.day(k++);
  v.response_reason = r.string(k++);
  v.received_on = r.day(k++);
  v.source_file = r.string(k++);
  v.source_line = static_cast<int>(r.int64(k++));
  v.source_location = r.string(k++);
  v.origin = r.string(k++);
  v.further = r.string(k++);
  return v;
}

// Owners and events for the actions read. For every action (`all`): one pass over each table
// rather than two queries per action. For a selection (one committee's, the live ones): a
// look-up per action through the (action_id, ...) keys, which reads only their own rows; a
// subquery repeating the selection scanned the actions and the events once more for each table.
std::optional<RecordedDue> column_due(const RowReader& r, int precision, int date) {
  if (r.null(precision)) return std::nullopt;
  return recorded_due_from_sql(r.text(precision), r.text(date));
}

// The meetings and documents events link to, each looked up once: joined to each event, they were
// three more look-ups per event row, and a long history's events link to a few thousand of them.
class EventPlaces {
 public:
  struct Meeting {
    std::optional<Day> date;
    std::string committee;
  };
  explicit EventPlaces(const SQLite::Database& db)
      : meeting_(db, "SELECT m.date, c.name FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = ?"),
        document_(db, "SELECT path FROM document WHERE id = ?") {}

  const Meeting& meeting(int64_t id) {
    auto [at, added] = meetings_.try_emplace(id);
    if (added && found(meeting_, id)) at->second = {meeting_.day(0), meeting_.string(1)};
    return at->second;
  }
  const std::string& document_path(int64_t id) {
    auto [at, added] = documents_.try_emplace(id);
    if (added && found(document_, id)) at->second = document_.string(0);
    return at->second;
  }

 private:
  static bool found(RowReader& q, int64_t id) {
    q.reset();
    q.bind(1, id);
    return q.next();
  }
  RowReader meeting_, document_;
  std::unordered_map<int64_t, Meeting> meetings_;
  std::unordered_map<int64_t, std::string> documents_;
};

void read_event(const RowReader& e, EventPlaces& places, Action& v) {
  ActionEvent& ev = v.events.emplace_back();
  const auto kind = event_kind_from_sql(e.text(1));
  if (!kind) throw StoreError(v.id + " has an event whose kind is not a tracker's: '" + e.string(1) + "'");
  ev.kind = *kind;
  const auto when = e.day(2);
  if (!when) throw StoreError(v.id + " has an event whose date is not a day: '" + e.string(2) + "'");
  ev.date = *when;
  ev.note = e.string(3);
  ev.who = e.string(4);
  if (!e.null(5)) {
    const EventPlaces::Meeting& m = places.meeting(e.int64(5));
    ev.meeting = m.date;
    ev.meeting_committee = m.committee;
  }
  if (!e.null(6)) ev.score = e.real(6);
  if (!e.null(7)) ev.taken_from = places.document_path(e.int64(7));
  if (!e.null(8)) ev.sets = status_from_sql(e.text(8));
  ev.automatic = e.int64(9) != 0;
  ev.sequence = e.int64(10);
  ev.due_before = column_due(e, 11, 12);
  ev.transferred_to = e.string(13);
  ev.legacy_note = e.int64(14) != 0;
  ev.owner_before = e.optional_string(15);
  ev.owner_after = e.optional_string(16);
  ev.due_after = column_due(e, 17, 18);
  if (!e.null(19)) ev.status_before = status_from_sql(e.text(19));
  ev.matched_title = e.string(20);
  ev.cancelled_meeting = e.day(21);
  ev.imported_from = e.string(22);
  ev.imported_place = e.string(23);
  ev.reimport_changed = e.string(24);
  if (!e.null(25)) ev.response = response_from_sql(e.text(25));
  ev.response_by = e.string(26);
  ev.corrects = e.int64(27);
  ev.further = e.optional_string(28);
  ev.further_before = e.string(29);
  ev.id_before = e.string(30);
  ev.id_after = e.string(31);
  ev.quoted_in = e.string(32);
  if (ev.kind == EventKind::rescheduled) ++v.reschedule_count;
  if (ev.kind == EventKind::chased) ++v.chase_count;
}

// An action's events in the order they happened: by date, then in the order recorded.
void in_date_order(std::vector<ActionEvent>& events) {
  const auto earlier = [](const ActionEvent& a, const ActionEvent& b) { return a.date != b.date ? a.date < b.date : a.sequence < b.sequence; };
  if (!std::is_sorted(events.begin(), events.end(), earlier)) std::sort(events.begin(), events.end(), earlier);
}

#define EVENT_COLUMNS                                                                                              \
  "e.kind, e.date, e.note, e.who, e.meeting_id, e.score, e.document_id, "                                        \
  "e.status, e.auto_key IS NOT NULL, e.id, e.due_before_precision, coalesce(e.due_before, ''), "                  \
  "coalesce(e.transferred_to, ''), e.legacy_note, e.owner_before, e.owner_after, e.due_after_precision, e.due_after, "  \
  "e.status_before, e.matched_title, e.cancelled_meeting, e.imported_from, e.imported_place, e.reimport_changed, "      \
  "e.response, e.response_by, e.corrects, e.further, coalesce(e.further_before, ''), e.id_before, e.id_after, e.quoted_in "

void attach_history(const SQLite::Database& db, std::vector<Action>& views, const std::vector<int64_t>& rows, bool all,
                    const std::optional<Day>& until = std::nullopt) {
  if (views.empty()) return;
  EventPlaces places(db);
  const std::string later_kept =
      until ? "(e.date <= '" + format_day(*until) + "' OR e.due_before_precision IS NOT NULL OR e.further IS NOT NULL) " : "";
  const auto in_order = [](std::vector<std::string>& owners) {
    if (!std::is_sorted(owners.begin(), owners.end())) std::sort(owners.begin(), owners.end());
  };
  if (!all) {
    // The rows wanted, as one JSON array that json_each turns back into rows, in views' order:
    // each table is then read through its (action_id, ...) key by a join driven by the array,
    // and its `key` is the view's index. A statement run once per action opened its cursors
    // again for each; a subquery repeating the selection read the actions once more for each
    // table; `IN (SELECT value FROM json_each(?))` first copied the array into a b-tree.
    std::string wanted = "[";
    for (size_t k = 0; k < rows.size(); ++k) (wanted += k ? "," : "") += std::to_string(rows[k]);
    wanted += "]";
    RowReader o(db, "SELECT j.key, o.name FROM json_each(?) j CROSS JOIN action_owner o ON o.action_id = j.value");
    o.bind(1, wanted);
    while (o.next()) views.at(static_cast<size_t>(o.int64(0))).owners.push_back(o.string(1));
    // Not ORDER BY e.date, e.id: SQLite's sorter would copy every event's row. They are put in
    // order here, a few per action.
    RowReader e(db, "SELECT j.key, " EVENT_COLUMNS "FROM json_each(?) j CROSS JOIN event e ON e.action_id = j.value " +
                                (until ? "WHERE " + later_kept : ""));
    e.bind(1, wanted);
    while (e.next()) read_event(e, places, views.at(static_cast<size_t>(e.int64(0))));
    for (Action& v : views) {
      in_order(v.owners);
      in_date_order(v.events);
    }
    return;
  }
  std::unordered_map<int64_t, size_t> index;
  index.reserve(rows.size());
  for (size_t k = 0; k < rows.size(); ++k) index.emplace(rows[k], k);
  SQLite::Statement o(db, "SELECT action_id, name FROM action_owner ORDER BY action_id, name");
  while (o.executeStep()) {
    auto at = index.find(o.getColumn(0).getInt64());
    if (at != index.end()) views[at->second].owners.push_back(o.getColumn(1).getString());
  }
  RowReader e(db, "SELECT e.action_id, " EVENT_COLUMNS "FROM event e " + (until ? "WHERE " + later_kept : "") +
                              "ORDER BY e.action_id, e.date, e.id");
  while (e.next()) {
    auto at = index.find(e.int64(0));
    if (at != index.end()) read_event(e, places, views[at->second]);
  }
}
#undef EVENT_COLUMNS

// A proposal's columns: id, action, clause text, kind, meeting day, title, state, score.
MatchView read_match(SQLite::Statement& q) {
  const auto kind = event_kind_from_sql(column_view(q.getColumn(3)));
  if (kind != EventKind::scheduled && kind != EventKind::delivered)
    throw StoreError("the database has a proposed match of a kind that is not a tracker's: '" + q.getColumn(3).getString() + "'");
  return {q.getColumn(0).getInt(), q.getColumn(1).getString(), q.getColumn(2).getString(), *kind,
          stored_day(q.getColumn(4), "a proposed match's meeting"), q.getColumn(5).getString(), q.getColumn(6).getString(),
          q.getColumn(7).getDouble()};
}

struct Current {
  int64_t row;
  std::string id;
  Status status;
  bool recommendation;
};

Current current(const SQLite::Database& db, const std::string& public_id) {
  SQLite::Statement q(db, "SELECT id, public_id, status, kind FROM action WHERE public_id = ? COLLATE NOCASE");
  q.bind(1, public_id);
  if (!q.executeStep()) throw StoreError("no action has the ID '" + public_id + "' (see 'tracker actions')");
  const auto status = status_from_sql(q.getColumn(2).getText());
  if (!status) throw StoreError(q.getColumn(1).getString() + " has a status that is not a tracker's: '" + q.getColumn(2).getString() + "'");
  return {q.getColumn(0).getInt64(), q.getColumn(1).getString(), *status, q.getColumn(3).getString() == "recommendation"};
}

}  // namespace

std::optional<std::string> Store::imported_as(const std::string& sha256) const {
  SQLite::Statement q(impl_->db, "SELECT path FROM document WHERE sha256 = ?");
  q.bind(1, sha256);
  if (q.executeStep()) return q.getColumn(0).getString();
  return std::nullopt;
}

std::unordered_set<std::string> Store::imported_hashes() const {
  SQLite::Statement q(impl_->db, "SELECT sha256 FROM document");
  std::unordered_set<std::string> out;
  while (q.executeStep()) out.insert(q.getColumn(0).getString());
  return out;
}

namespace {

// One read transaction for a query and its look-ups: without it each statement took and released
// the database's shared lock (fcntl calls) on its own, once per action.
class ReadTransaction {
 public:
  explicit ReadTransaction(SQLite::Database& db) : db_(db) {
    open_ = sqlite3_get_autocommit(db_.getHandle()) != 0;
    if (open_) db_.exec("BEGIN");
  }
  ~ReadTransaction() {
    if (open_) db_.tryExec("COMMIT");
  }
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

 private:
  SQLite::Database& db_;
  bool open_ = false;
};

}  // namespace

std::vector<Action> Store::actions(const ActionFilter& filter) const {
  ReadTransaction reading(impl_->db);
  std::string where = "1 = 1";
  std::vector<std::string> binds;
  if (filter.committee) {
    where += " AND (c.name = ? COLLATE NOCASE OR c.short_name = ? COLLATE NOCASE)";
    binds.push_back(*filter.committee);
    binds.push_back(*filter.committee);
  }
  if (filter.decided_by) {
    where += " AND a.decision_date <= ?";
    binds.push_back(format_day(*filter.decided_by));
  }
  if (!filter.statuses.empty()) {
    // Written out as literals, one term each ("a.status = 'open' OR …"): SQLite uses the partial
    // index of live actions (schema 011) only for a WHERE it can see implies the index's own,
    // which a bound parameter never does. The spellings are the domain's, not a user's text.
    where += " AND ((";
    for (size_t k = 0; k < filter.statuses.size(); ++k)
      ((where += k ? " OR " : "") += "a.status = '") += std::string(to_sql(filter.statuses[k])) + "'";
    where += ")";
    if (filter.or_changed_after) {
      // An action to do on that day and finished since has an event after the day that
      // finished it: found through the partial index event_finished_on (its WHERE, word for word).
      where += " OR a.id IN (SELECT action_id FROM event WHERE date > ? AND (status = 'delivered' OR status = 'closed' "
               "OR status = 'transferred' OR status = 'dropped'))";
      binds.push_back(format_day(*filter.or_changed_after));
    }
    where += ")";
  }
  if (filter.owner) {
    // "Contains, any case" as instr over lower(): the text is a plain string, so % and _ in it
    // match themselves, and a long one is no LIKE pattern too complex to run.
    where += " AND (instr(lower(a.owner), lower(?)) > 0 OR instr(lower(a.person), lower(?)) > 0)";
    binds.push_back(*filter.owner);
    binds.push_back(*filter.owner);
  }
  if (filter.due_before) {
    where += " AND coalesce(dm.date, a.due_deadline, a.due_month || '-01') < ?";
    binds.push_back(format_day(*filter.due_before));
  }
  // Not ORDER BY: SQLite's sorter would copy every row, clause text and all, through a temporary
  // b-tree. The rows are put in order here, by moving each once.
  RowReader q(impl_->db, std::string(kActionSelect) + "WHERE " + where);
  for (size_t k = 0; k < binds.size(); ++k) q.bind(static_cast<int>(k + 1), binds[k]);
  // Into a deque: an Action is large, and a growing vector moved every one read so far each
  // time it grew.
  std::deque<Action> read;
  std::vector<int64_t> read_rows;
  while (q.next()) {
    int64_t row = 0;
    read.push_back(read_action(q, row));
    read_rows.push_back(row);
  }
  std::vector<size_t> order(read.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&read](size_t x, size_t y) {
    const Action &a = read[x], &b = read[y];
    if (a.decision_date != b.decision_date) return a.decision_date < b.decision_date;
    if (a.committee_short != b.committee_short) return a.committee_short < b.committee_short;
    return a.id < b.id;
  });
  std::vector<Action> out;
  std::vector<int64_t> rows;
  out.reserve(read.size());
  rows.reserve(read.size());
  for (size_t k : order) {
    out.push_back(std::move(read[k]));
    rows.push_back(read_rows[k]);
  }
  read.clear();
  attach_history(impl_->db, out, rows, binds.empty(), filter.history_until);
  return out;
}

Action Store::action(const std::string& id) const {
  RowReader q(impl_->db, std::string(kActionSelect) + "WHERE a.public_id = ? COLLATE NOCASE");
  q.bind(1, id);
  if (!q.next()) throw StoreError("no action has the ID '" + id + "' (see 'tracker actions')");
  int64_t row = 0;
  std::vector<Action> one{read_action(q, row)};
  attach_history(impl_->db, one, {row}, false);
  return std::move(one.front());
}

void Store::in_write_transaction(const std::function<void()>& work) {
  SQLite::Transaction t(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
  work();
  t.commit();
}

int64_t Store::save_event(const std::string& id, const EventToSave& e) {
  SQLite::Database& db = impl_->db;
  WriteScope scope(db);
  const Current a = current(db, id);
  NewEvent n{e.kind, format_day(e.date), e.note, e.who, std::nullopt, std::nullopt, e.sets, std::nullopt, e.due_before};
  if (e.meeting) {
    SQLite::Statement q(db, "SELECT m.id FROM meeting m JOIN action a ON a.committee_id = m.committee_id WHERE a.id = ? AND m.date = ?");
    q.bind(1, a.row);
    q.bind(2, format_day(*e.meeting));
    if (q.executeStep()) n.meeting = q.getColumn(0).getInt64();
  }
  n.transferred_to = e.transferred_to;
  n.owner_before = e.owner_before;
  n.owner_after = e.owner_after;
  n.due_after = e.due_after;
  n.status_before = e.status_before;
  if (e.cancelled_meeting) n.cancelled_meeting = format_day(*e.cancelled_meeting);
  n.response = e.response;
  n.response_by = e.response_by;
  n.corrects = e.corrects;
  n.further = e.further;
  n.further_before = e.further_before;
  add_event(db, a.row, n);
  const int64_t sequence = db.getLastInsertRowid();
  derive_status(db, a.row);
  scope.commit();
  return sequence;
}

void Store::save_owner(const std::string& id, const std::string& owner, const std::vector<std::string>& names) {
  SQLite::Database& db = impl_->db;
  WriteScope scope(db);
  const Current a = current(db, id);
  SQLite::Statement set(db, "UPDATE action SET owner = ?, owner_basis = 'named', owner_by_hand = 1, person = NULL WHERE id = ?");
  set.bind(1, owner);
  set.bind(2, a.row);
  set.exec();
  SQLite::Statement clear(db, "DELETE FROM action_owner WHERE action_id = ?");  // derived from the owner: rebuilt below
  clear.bind(1, a.row);
  clear.exec();
  for (const std::string& name : names) {
    SQLite::Statement add(db, "INSERT OR IGNORE INTO action_owner (action_id, name) VALUES (?, ?)");
    add.bind(1, a.row);
    add.bind(2, name);
    add.exec();
  }
  scope.commit();
}

void Store::save_due(const std::string& id, const ActionDue& due) {
  SQLite::Database& db = impl_->db;
  WriteScope scope(db);
  const Current a = current(db, id);
  std::optional<std::string> from, month, deadline;
  switch (due.precision) {
    case DuePrecision::meeting_day: from = format_day(due.day); break;
    case DuePrecision::deadline_day: deadline = format_day(due.day); break;
    case DuePrecision::month: month = format_month(due.month()); break;
  }
  const std::string asked = from ? *from : month ? *month : *deadline;
  SQLite::Statement set(db, "UPDATE action SET due_from = ?, due_month = ?, due_deadline = ?, due_text = ?, due_by_hand = 1 WHERE id = ?");
  bind_optional(set, 1, from);
  bind_optional(set, 2, month);
  bind_optional(set, 3, deadline);
  set.bind(4, "set by hand: " + asked);
  set.bind(5, a.row);
  set.exec();
  SQLite::Statement committee(db, "SELECT committee_id FROM action WHERE id = ?");
  committee.bind(1, a.row);
  committee.executeStep();
  StatementCache statements(db);
  ActionCache fresh;
  resolve_dues(statements, fresh, committee.getColumn(0).getInt64());
  statements.reset_all();
  scope.commit();
}

void Store::save_response(const std::string& id, Response response, Day date, const std::optional<std::string>& by, const std::string& reason) {
  SQLite::Database& db = impl_->db;
  WriteScope scope(db);
  const Current a = current(db, id);
  SQLite::Statement set(db, "UPDATE action SET response = ?, response_by = ?, response_date = ?, response_reason = ? WHERE id = ?");
  set.bind(1, to_sql(response).data());
  bind_optional(set, 2, by);
  set.bind(3, format_day(date));
  bind_text_or_null(set, 4, reason);
  set.bind(5, a.row);
  set.exec();
  scope.commit();
}

std::vector<MatchView> Store::matches(bool all) const {
  std::vector<MatchView> out;
  SQLite::Statement q(impl_->db,
                      std::string("SELECT p.id, a.public_id, cl.text, p.kind, m.date, p.title, p.state, p.score FROM match_proposal p "
                                  "JOIN action a ON a.id = p.action_id JOIN clause cl ON cl.id = a.clause_id JOIN meeting m ON m.id = p.meeting_id ") +
                          (all ? "" : "WHERE p.state = 'proposed' AND a.status IN ('open', 'scheduled') ") + "ORDER BY p.id");
  while (q.executeStep()) out.push_back(read_match(q));
  return out;
}

std::optional<MatchView> Store::match(int id) const {
  SQLite::Statement q(impl_->db, "SELECT p.id, a.public_id, cl.text, p.kind, m.date, p.title, p.state, p.score, c.name FROM match_proposal p "
                                 "JOIN action a ON a.id = p.action_id JOIN clause cl ON cl.id = a.clause_id JOIN meeting m ON m.id = p.meeting_id "
                                 "JOIN committee c ON c.id = m.committee_id WHERE p.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  MatchView m = read_match(q);
  m.meeting_committee = q.getColumn(8).getString();
  return m;
}

void Store::save_match_state(int id, const std::string& state, const std::optional<EventToSave>& accepted_event) {
  SQLite::Database& db = impl_->db;
  WriteScope scope(db);
  SQLite::Statement q(db, "SELECT p.action_id, p.meeting_id, m.date, p.title, p.kind, p.score FROM match_proposal p "
                          "JOIN meeting m ON m.id = p.meeting_id WHERE p.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) throw StoreError("no proposed match has the number " + std::to_string(id) + " (see 'tracker matches')");
  const int64_t action = q.getColumn(0).getInt64();
  const std::string meeting_date = q.getColumn(2).getString(), title = q.getColumn(3).getString(), kind = q.getColumn(4).getString();
  SQLite::Statement set(db, "UPDATE match_proposal SET state = ? WHERE id = ?");
  set.bind(1, state);
  set.bind(2, id);
  set.exec();
  if (accepted_event) {
    const EventToSave& e = *accepted_event;
    NewEvent n{e.kind, format_day(e.date), e.note, e.who, q.getColumn(1).getInt64(), q.getColumn(5).getDouble(), e.sets,
               kind + ":" + meeting_date + ":" + title};
    n.matched_title = title;
    n.status_before = e.status_before;
    add_event(db, action, n);
    StatementCache cache(db);
    note_first_match(cache, action, kind == "delivered" ? EventKind::delivered : EventKind::scheduled, meeting_date);
    cache.reset_all();
    derive_status(db, action);
  }
  scope.commit();
}

std::string Store::canonical_dump() const {
  std::ostringstream out;
  const SQLite::Database& db = impl_->db;
  auto dump = [&](const char* title, const std::string& sql) {
    out << "## " << title << "\n";
    SQLite::Statement q(db, sql);
    std::vector<std::string> rows;
    while (q.executeStep()) {
      std::string row;
      for (int k = 0; k < q.getColumnCount(); ++k) row += (k ? " | " : "") + column_text(q.getColumn(k));
      rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    for (const auto& r : rows) out << r << "\n";
  };
  dump("committees", "SELECT name, short_name FROM committee");
  dump("meetings", "SELECT c.short_name, m.date, m.state, m.source, m.cancel_reason FROM meeting m JOIN committee c ON c.id = m.committee_id");
  dump("documents", "SELECT path, sha256, meeting_date FROM document");
  dump("items", "SELECT m.date, i.number, i.title, i.line FROM item i JOIN meeting m ON m.id = i.meeting_id");
  dump("listings", "SELECT m.date, l.title, l.source, l.listed_on, l.line FROM listing l JOIN meeting m ON m.id = l.meeting_id");
  dump("clauses", "SELECT m.date, cl.clause_key, cl.label, cl.kind, cl.text, cl.reason, d.path, cl.line, cl.in_latest, cl.location, cl.item_title FROM clause cl "
                  "JOIN meeting m ON m.id = cl.meeting_id LEFT JOIN document d ON d.id = cl.document_id");
  dump("actions", "SELECT a.public_id, a.kind, a.owner, a.owner_basis, a.person, a.target_body, a.due_text, a.due_from, a.due_month, "
                  "a.due_deadline, dm.date, a.status, a.response, a.received_on, a.origin, a.further FROM action a LEFT JOIN meeting dm ON dm.id = a.due_meeting_id");
  dump("owners", "SELECT a.public_id, o.name FROM action_owner o JOIN action a ON a.id = o.action_id");
  dump("events", "SELECT a.public_id, e.date, e.kind, e.note, e.who, m.date, printf('%.3f', e.score), e.status, e.auto_key, e.transferred_to, "
                 "e.owner_before, e.owner_after, e.due_after_precision, e.due_after, e.status_before, e.matched_title, e.cancelled_meeting, "
                 "e.imported_from, e.imported_place, e.reimport_changed, e.response, e.response_by, "
                 "(SELECT c.kind || ' ' || c.date FROM event c WHERE c.id = e.corrects), ed.path, e.further, e.further_before, e.id_before, e.id_after, e.quoted_in "
                 "FROM event e "
                 "JOIN action a ON a.id = e.action_id LEFT JOIN meeting m ON m.id = e.meeting_id LEFT JOIN document ed ON ed.id = e.document_id");
  dump("proposals", "SELECT a.public_id, m.date, p.title, p.kind, printf('%.3f', p.score), p.state FROM match_proposal p "
                    "JOIN action a ON a.id = p.action_id JOIN meeting m ON m.id = p.meeting_id");
  dump("commitments", "SELECT m.date, cm.text, cm.line FROM commitment cm JOIN meeting m ON m.id = cm.meeting_id");
  dump("commitment changes", "SELECT m.date, cm.text, e.date, e.kind, e.note, e.who FROM commitment_event e "
                             "JOIN commitment cm ON cm.id = e.commitment_id JOIN meeting m ON m.id = cm.meeting_id");
  dump("people", "SELECT name, role, email, from_date, to_date FROM person");
  return out.str();
}

}  // namespace tracker
