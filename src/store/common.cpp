#include <sqlite3.h>

#include <algorithm>
#include <vector>

#include "core/errors.h"
#include "core/text.h"
#include "domain/spelling.h"
#include "store/store_internal.h"

namespace tracker::store {

void throw_busy_or(const SQLite::Exception& e, const std::string& context) {
  const int primary = e.getErrorCode() & 0xff;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) throw StoreError("the database is busy (another tracker is writing to it); try again");
  throw StoreError(context + ": " + e.what());
}

std::string column_text(const SQLite::Column& c) { return c.isNull() ? std::string() : c.getString(); }

std::string_view column_view(const SQLite::Column& c) {
  const char* text = c.getText();
  return std::string_view(text, static_cast<size_t>(c.getBytes()));
}

std::optional<Day> stored_optional_day(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return parse_iso_day(column_view(c));
}

Day stored_day(const SQLite::Column& c, const char* what) {
  if (auto d = stored_optional_day(c)) return *d;
  throw StoreError(std::string("the database has ") + what + " whose date is not a day: '" + column_text(c) + "'");
}

MeetingState stored_meeting_state(const SQLite::Column& c) {
  if (auto s = meeting_state_from_sql(column_view(c))) return *s;
  throw StoreError("the database has a meeting whose state is not a tracker's: '" + column_text(c) + "'");
}

void bind_optional(SQLite::Statement& s, int index, const std::optional<std::string>& value) {
  if (value) s.bind(index, *value);
  else s.bind(index);
}

void bind_text_or_null(SQLite::Statement& s, int index, const std::string& value) {
  if (value.empty()) s.bind(index);
  else s.bind(index, value);
}

int64_t committee_id(StatementCache& cache, const std::string& name, const std::string& short_name) {
  SQLite::Database& db = cache.db();
  SQLite::Statement& find = cache("SELECT id FROM committee WHERE name = ?");
  find.bind(1, name);
  if (find.executeStep()) return find.getColumn(0).getInt64();
  // Two committees with the same initials: the later one gets a number.
  std::string candidate = short_name;
  for (int n = 2;; ++n) {
    SQLite::Statement& taken = cache("SELECT 1 FROM committee WHERE short_name = ?");
    taken.bind(1, candidate);
    if (!taken.executeStep()) break;
    candidate = short_name + std::to_string(n);
  }
  SQLite::Statement& add = cache("INSERT INTO committee (name, short_name) VALUES (?, ?)");
  add.bind(1, name);
  add.bind(2, candidate);
  add.exec();
  return db.getLastInsertRowid();
}

std::optional<int64_t> find_committee_id(const SQLite::Database& db, const std::string& name_or_short) {
  SQLite::Statement find(db, "SELECT id FROM committee WHERE name = ? COLLATE NOCASE OR short_name = ? COLLATE NOCASE");
  find.bind(1, name_or_short);
  find.bind(2, name_or_short);
  if (find.executeStep()) return find.getColumn(0).getInt64();
  return std::nullopt;
}

namespace {

// Where we learned of a meeting, most authoritative first: whichever file is imported first,
// the calendar ends up naming the same source.
int source_rank(const std::string& source) {
  static const std::vector<std::string> order = {"minutes", "tracker.toml", "agenda", "next-meeting resolution", "work programme"};
  auto it = std::find(order.begin(), order.end(), source);
  return it == order.end() ? static_cast<int>(order.size()) : static_cast<int>(it - order.begin());
}

}  // namespace

int64_t meeting_id(SQLite::Database& db, int64_t committee, Day date, const std::string& state, const std::string& source,
                   bool* added) {
  StatementCache once(db);
  return meeting_id(once, committee, date, state, source, added);
}

int64_t meeting_id(StatementCache& cache, int64_t committee, Day date, const std::string& state, const std::string& source,
                   bool* added) {
  SQLite::Database& db = cache.db();
  const std::string day = format_day(date);
  SQLite::Statement& find = cache("SELECT id, state, source FROM meeting WHERE committee_id = ? AND date = ?");
  find.bind(1, committee);
  find.bind(2, day);
  if (added) *added = false;
  if (find.executeStep()) {
    const int64_t id = find.getColumn(0).getInt64();
    if (source_rank(source) < source_rank(find.getColumn(2).getString())) {
      SQLite::Statement& better = cache("UPDATE meeting SET source = ? WHERE id = ?");
      better.bind(1, source);
      better.bind(2, id);
      better.exec();
    }
    if (state == "held" && find.getColumn(1).getString() != "held") {
      SQLite::Statement& held = cache("UPDATE meeting SET state = 'held', source = ? WHERE id = ?");
      held.bind(1, source);
      held.bind(2, id);
      held.exec();
    }
    return id;
  }
  SQLite::Statement& add = cache("INSERT INTO meeting (committee_id, date, state, source) VALUES (?, ?, ?, ?)");
  add.bind(1, committee);
  add.bind(2, day);
  add.bind(3, state);
  add.bind(4, source);
  add.exec();
  if (added) *added = true;
  return db.getLastInsertRowid();
}

int64_t action_row(const SQLite::Database& db, const std::string& public_id) {
  SQLite::Statement find(db, "SELECT id FROM action WHERE public_id = ? COLLATE NOCASE");
  find.bind(1, public_id);
  if (find.executeStep()) return find.getColumn(0).getInt64();
  throw StoreError("no action has the ID '" + public_id + "' (see 'tracker actions')");
}

bool add_event(SQLite::Database& db, int64_t action, const NewEvent& e) {
  StatementCache once(db);
  return add_event(once, action, e);
}

bool add_event(StatementCache& cache, int64_t action, const NewEvent& e) {
  SQLite::Statement& add = cache(
      "INSERT OR IGNORE INTO event (action_id, kind, date, note, who, meeting_id, score, status, auto_key, due_before_precision, due_before, "
      "transferred_to, legacy_note, owner_before, owner_after, due_after_precision, due_after, status_before, matched_title, "
      "cancelled_meeting, imported_from, imported_place, reimport_changed, response, response_by, corrects, document_id, further, "
      "further_before, id_before, id_after, quoted_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  add.bind(1, action);
  add.bind(2, to_sql(e.kind).data());
  add.bind(3, e.date);
  add.bind(4, e.note);
  add.bind(5, e.who);
  if (e.meeting) add.bind(6, *e.meeting);
  else add.bind(6);
  if (e.score) add.bind(7, *e.score);
  else add.bind(7);
  if (e.status) add.bind(8, to_sql(*e.status).data());
  else add.bind(8);
  bind_optional(add, 9, e.auto_key);
  if (e.due_before) {
    add.bind(10, to_sql(e.due_before->precision).data());
    bind_text_or_null(add, 11, to_sql_date(*e.due_before));
  } else {
    add.bind(10);
    add.bind(11);
  }
  bind_text_or_null(add, 12, e.transferred_to);
  bind_optional(add, 13, e.owner_before);
  bind_optional(add, 14, e.owner_after);
  if (e.due_after) {
    add.bind(15, to_sql(e.due_after->precision).data());
    bind_text_or_null(add, 16, to_sql_date(*e.due_after));
  } else {
    add.bind(15);
    add.bind(16);
  }
  if (e.status_before) add.bind(17, to_sql(*e.status_before).data());
  else add.bind(17);
  bind_text_or_null(add, 18, e.matched_title);
  bind_text_or_null(add, 19, e.cancelled_meeting);
  bind_text_or_null(add, 20, e.imported_from);
  bind_text_or_null(add, 21, e.imported_place);
  bind_text_or_null(add, 22, e.reimport_changed);
  if (e.response) add.bind(23, to_sql(*e.response).data());
  else add.bind(23);
  bind_text_or_null(add, 24, e.response_by);
  if (e.corrects) add.bind(25, e.corrects);
  else add.bind(25);
  if (e.document) add.bind(26, *e.document);
  else add.bind(26);
  bind_optional(add, 27, e.further);
  if (e.further) add.bind(28, e.further_before);
  else add.bind(28);
  bind_text_or_null(add, 29, e.id_before);
  bind_text_or_null(add, 30, e.id_after);
  bind_text_or_null(add, 31, e.quoted_in);
  return add.exec() > 0;
}

std::string plain_label(const std::string& label) {
  std::string out;
  for (char c : label)
    if (c != '(' && c != ')') out.push_back(c);
  return out;
}

DueColumns due_columns(const std::optional<DueToStore>& due) {
  DueColumns d;
  if (!due) return d;
  if (due->month) d.month = format_month(*due->month);
  else if (due->meeting_from) d.from = format_day(*due->meeting_from);
  else if (due->deadline) d.deadline = format_day(*due->deadline);
  return d;
}

InsertBatch event_batch() {
  return InsertBatch("INSERT OR IGNORE INTO event (action_id, kind, date, note, who, meeting_id, score, status, auto_key, matched_title, "
                     "imported_from, imported_place, legacy_note)", 13);
}

InsertBatch proposal_batch() {
  return InsertBatch("INSERT OR IGNORE INTO match_proposal (action_id, meeting_id, title, kind, score)", 5);
}

// OR FAIL: a refused row stops the statement and keeps the rows before it, where the default
// (ABORT) undoes the statement alone and so needs an undo copy of every page it touches. The
// import undoes the whole file on any error either way.
InsertBatch clause_batch() {
  return InsertBatch("INSERT OR FAIL INTO clause (id, meeting_id, item_id, clause_key, label, text, kind, reason, document_id, line, words, comes_back, location)", 13);
}

InsertBatch action_batch() {
  return InsertBatch("INSERT OR FAIL INTO action (id, public_id, clause_id, committee_id, decision_date, kind, owner, owner_basis, person, "
                     "target_body, due_text, due_from, due_month, due_deadline, status, response, received_on)", 17);
}

InsertBatch owner_batch() { return InsertBatch("INSERT OR IGNORE INTO action_owner (action_id, name)", 2); }

InsertBatch::Value text_or_null(const std::string& value) {
  return value.empty() ? InsertBatch::Value() : InsertBatch::Value(value);
}

InsertBatch::Value optional_text(const std::optional<std::string>& value) {
  return value ? InsertBatch::Value(*value) : InsertBatch::Value();
}

void add_event(InsertBatch& batch, int64_t action, NewEvent&& e) {
  using V = InsertBatch::Value;
  auto moved_text = [](std::string& text) { return text.empty() ? V() : V(std::move(text)); };
  // The spellings are string literals (domain/spelling.cpp): the batch keeps their address.
  batch.add(action, to_sql(e.kind).data(), std::move(e.date), std::move(e.note), std::move(e.who), e.meeting ? V(*e.meeting) : V(),
            e.score ? V(*e.score) : V(), e.status ? V(to_sql(*e.status).data()) : V(), e.auto_key ? V(std::move(*e.auto_key)) : V(),
            moved_text(e.matched_title), moved_text(e.imported_from), moved_text(e.imported_place), int64_t{0});
}

Status derive_status(SQLite::Database& db, int64_t action) {
  StatementCache once(db);
  return derive_status(once, action);
}

Status derive_status(StatementCache& cache, int64_t action) {
  const Status status = folded_status(cache, action);
  SQLite::Statement& set = cache("UPDATE action SET status = ?1 WHERE id = ?2 AND status <> ?1");
  set.bind(1, to_sql(status).data());
  set.bind(2, action);
  set.exec();
  return status;
}

std::vector<Event> lifecycle_events(StatementCache& cache, int64_t action) {
  std::vector<Event> events;
  SQLite::Statement& q = cache("SELECT date, kind, status, auto_key IS NOT NULL, id FROM event WHERE action_id = ?");
  q.bind(1, action);
  while (q.executeStep()) {
    Event e;
    const auto day = parse_iso_day(q.getColumn(0).getText());
    const auto kind = event_kind_from_sql(q.getColumn(1).getText());
    if (!day || !kind) throw StoreError("the database has an event that is not a tracker's (kind '" + q.getColumn(1).getString() +
                                        "', date '" + q.getColumn(0).getString() + "')");
    e.date = *day;
    e.kind = *kind;
    if (!q.getColumn(2).isNull()) e.sets = status_from_sql(q.getColumn(2).getText());
    e.automatic = q.getColumn(3).getInt() != 0;
    e.sequence = q.getColumn(4).getInt64();
    events.push_back(e);
  }
  return events;
}

Status folded_status(StatementCache& cache, int64_t action) { return status_as_of(lifecycle_events(cache, action)); }

}  // namespace tracker::store
