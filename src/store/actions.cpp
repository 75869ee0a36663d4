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
#include "extract/owner.h"
#include "store/store_internal.h"

namespace tracker {
namespace {

using namespace store;

const char* kActionSelect =
    "SELECT a.id, a.public_id, c.name, c.short_name, a.decision_date, coalesce(i.number, ''), coalesce(i.title, ''), "
    "coalesce(cl.label, ''), cl.text, a.kind, coalesce(cl.reason, ''), coalesce(a.owner, ''), coalesce(a.owner_basis, ''), "
    "coalesce(a.person, ''), coalesce(a.target_body, ''), coalesce(a.due_text, ''), "
    "coalesce(dm.date, a.due_deadline, a.due_month, substr(a.due_from, 1, 7), ''), "
    "CASE WHEN dm.date IS NOT NULL OR a.due_deadline IS NOT NULL THEN 'day' "
    "     WHEN a.due_month IS NOT NULL OR a.due_from IS NOT NULL THEN 'month' ELSE '' END, coalesce(dm.state, ''), a.status, "
    "coalesce(a.response, ''), coalesce(a.response_by, ''), coalesce(a.response_date, ''), coalesce(a.response_reason, ''), "
    "coalesce(a.received_on, ''), d.path, cl.line, coalesce(cl.location, '') "
    "FROM action a JOIN committee c ON c.id = a.committee_id JOIN clause cl ON cl.id = a.clause_id "
    "LEFT JOIN item i ON i.id = cl.item_id LEFT JOIN meeting dm ON dm.id = a.due_meeting_id "
    "JOIN document d ON d.id = cl.document_id ";

// One action's columns from kActionSelect; its owners and events come after, for all rows at once.
ActionView read_action(SQLite::Statement& q, int64_t& row) {
  ActionView v;
  row = q.getColumn(0).getInt64();
  int k = 1;
  v.id = q.getColumn(k++).getString();
  v.committee = q.getColumn(k++).getString();
  v.committee_short = q.getColumn(k++).getString();
  v.decision_date = q.getColumn(k++).getString();
  v.item_number = q.getColumn(k++).getString();
  v.item_title = q.getColumn(k++).getString();
  v.label = q.getColumn(k++).getString();
  v.text = q.getColumn(k++).getString();
  v.kind = q.getColumn(k++).getString();
  v.reason = q.getColumn(k++).getString();
  v.owner = q.getColumn(k++).getString();
  v.owner_basis = q.getColumn(k++).getString();
  v.person = q.getColumn(k++).getString();
  v.target_body = q.getColumn(k++).getString();
  v.due_text = q.getColumn(k++).getString();
  v.due_date = q.getColumn(k++).getString();
  v.due_precision = q.getColumn(k++).getString();
  v.due_meeting_state = q.getColumn(k++).getString();
  v.status = q.getColumn(k++).getString();
  v.response = q.getColumn(k++).getString();
  v.response_by = q.getColumn(k++).getString();
  v.response_date = q.getColumn(k++).getString();
  v.response_reason = q.getColumn(k++).getString();
  v.received_on = q.getColumn(k++).getString();
  v.source_file = q.getColumn(k++).getString();
  v.source_line = q.getColumn(k++).getInt();
  v.source_location = q.getColumn(k++).getString();
  return v;
}

// Owners and events for the actions read. For every action (`all`): one pass over each table
// rather than two queries per action. For a selection (one committee's, the live ones): a
// look-up per action through the (action_id, ...) keys, which reads only their own rows; a
// subquery repeating the selection scanned the actions and the events once more for each table.
void read_event(SQLite::Statement& e, ActionView& v) {
  EventView ev{e.getColumn(1).getString(), e.getColumn(2).getString(), e.getColumn(3).getString(), e.getColumn(4).getString(),
               e.getColumn(5).getString(), std::nullopt};
  if (!e.getColumn(6).isNull()) ev.score = e.getColumn(6).getDouble();
  ev.meeting_committee = e.getColumn(7).getString();
  if (!e.getColumn(8).isNull()) ev.sets = status_from_sql(e.getColumn(8).getText());
  ev.automatic = e.getColumn(9).getInt() != 0;
  ev.sequence = e.getColumn(10).getInt64();
  if (!e.getColumn(11).isNull()) ev.due_before = DueBefore{e.getColumn(11).getString(), e.getColumn(12).getString()};
  ev.transferred_to = e.getColumn(13).getString();
  if (ev.kind == "rescheduled") ++v.reschedule_count;
  if (ev.kind == "chased") ++v.chase_count;
  v.events.push_back(std::move(ev));
}

#define EVENT_COLUMNS                                                                                              \
  "SELECT e.action_id, e.kind, e.date, e.note, e.who, coalesce(m.date, ''), e.score, coalesce(mc.name, ''), "     \
  "e.status, e.auto_key IS NOT NULL, e.id, e.due_before_precision, coalesce(e.due_before, ''), "                  \
  "coalesce(e.transferred_to, '') FROM event e "                                                                 \
  "LEFT JOIN meeting m ON m.id = e.meeting_id LEFT JOIN committee mc ON mc.id = m.committee_id "

void attach_history(const SQLite::Database& db, std::vector<ActionView>& views, const std::vector<int64_t>& rows, bool all) {
  if (views.empty()) return;
  if (!all) {
    SQLite::Statement o(db, "SELECT action_id, name FROM action_owner WHERE action_id = ? ORDER BY name");
    SQLite::Statement e(db, EVENT_COLUMNS "WHERE e.action_id = ? ORDER BY e.date, e.id");
    for (size_t k = 0; k < rows.size(); ++k) {
      o.reset();
      o.bind(1, rows[k]);
      while (o.executeStep()) views[k].owners.push_back(o.getColumn(1).getString());
      e.reset();
      e.bind(1, rows[k]);
      while (e.executeStep()) read_event(e, views[k]);
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
  SQLite::Statement e(db, EVENT_COLUMNS "ORDER BY e.action_id, e.date, e.id");
  while (e.executeStep()) {
    auto at = index.find(e.getColumn(0).getInt64());
    if (at != index.end()) read_event(e, views[at->second]);
  }
}
#undef EVENT_COLUMNS

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

std::vector<ActionView> Store::actions(const ActionFilter& filter) const {
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
    where += " AND (a.status IN (";
    for (size_t k = 0; k < filter.statuses.size(); ++k) {
      where += k ? ", ?" : "?";
      binds.emplace_back(to_sql(filter.statuses[k]));
    }
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
  SQLite::Statement q(impl_->db, std::string(kActionSelect) + "WHERE " + where + " ORDER BY a.decision_date, c.short_name, a.public_id");
  for (size_t k = 0; k < binds.size(); ++k) q.bind(static_cast<int>(k + 1), binds[k]);
  // Into a deque, then moved once into the vector: an ActionView is large, and a growing vector
  // moved every one read so far each time it grew.
  std::deque<ActionView> read;
  std::vector<int64_t> rows;
  while (q.executeStep()) {
    int64_t row = 0;
    read.push_back(read_action(q, row));
    rows.push_back(row);
  }
  std::vector<ActionView> out;
  out.reserve(read.size());
  for (ActionView& v : read) out.push_back(std::move(v));
  read.clear();
  attach_history(impl_->db, out, rows, binds.empty());
  return out;
}

ActionView Store::action(const std::string& id) const {
  SQLite::Statement q(impl_->db, std::string(kActionSelect) + "WHERE a.public_id = ? COLLATE NOCASE");
  q.bind(1, id);
  if (!q.executeStep()) throw StoreError("no action has the ID '" + id + "' (see 'tracker actions')");
  int64_t row = 0;
  std::vector<ActionView> one{read_action(q, row)};
  attach_history(impl_->db, one, {row}, false);
  return std::move(one.front());
}

void Store::update(const std::string& id, const Change& change, const std::optional<Status>& status,
                   const std::optional<std::string>& owner, const std::optional<ActionDue>& due) {
  SQLite::Database& db = impl_->db;
  SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
  const Current a = current(db, id);
  const std::string date = format_day(change.date);
  if (!status && !owner && !due && change.note.empty()) throw ChangeRefused(a.id, {Refusal::nothing_to_change, a.status});
  if (status) throw_if_refused(a.id, refuse_status_change(a.status, *status, !change.note.empty()));
  std::vector<std::string> what;
  if (owner) {
    SQLite::Statement q(db, "SELECT coalesce(owner, '') FROM action WHERE id = ?");
    q.bind(1, a.row);
    q.executeStep();
    const std::string old = q.getColumn(0).getString();
    if (old == *owner) throw ChangeRefused(a.id, {Refusal::same_owner, a.status, std::nullopt, std::nullopt, *owner});
    SQLite::Statement set(db, "UPDATE action SET owner = ?, owner_basis = 'named', owner_by_hand = 1, person = NULL WHERE id = ?");
    set.bind(1, *owner);
    set.bind(2, a.row);
    set.exec();
    SQLite::Statement clear(db, "DELETE FROM action_owner WHERE action_id = ?");  // derived from the owner: rebuilt below
    clear.bind(1, a.row);
    clear.exec();
    for (const std::string& name : split_owner_names(*owner)) {
      SQLite::Statement add(db, "INSERT OR IGNORE INTO action_owner (action_id, name) VALUES (?, ?)");
      add.bind(1, a.row);
      add.bind(2, name);
      add.exec();
    }
    what.push_back("owner '" + old + "' -> '" + *owner + "'");
  }
  bool moved = false;
  std::optional<DueBefore> due_before;
  if (due) {
    SQLite::Statement old(db, "SELECT a.committee_id, coalesce(m.date, ''), CASE WHEN m.date IS NOT NULL THEN 'meeting' "
                              "WHEN a.due_deadline IS NOT NULL THEN 'deadline' WHEN a.due_month IS NOT NULL OR a.due_from IS NOT NULL "
                              "THEN 'month' ELSE 'none' END, coalesce(m.date, a.due_deadline, a.due_month, substr(a.due_from, 1, 7), '') "
                              "FROM action a LEFT JOIN meeting m ON m.id = a.due_meeting_id WHERE a.id = ?");
    old.bind(1, a.row);
    old.executeStep();
    const int64_t committee = old.getColumn(0).getInt64();
    const std::string old_meeting = old.getColumn(1).getString();
    due_before = DueBefore{old.getColumn(2).getString(), old.getColumn(3).getString()};
    std::vector<Day> meetings;
    SQLite::Statement calendar(db, "SELECT date FROM meeting WHERE committee_id = ? AND state <> 'cancelled'");
    calendar.bind(1, committee);
    while (calendar.executeStep())
      if (auto day = parse_iso_day(calendar.getColumn(0).getText())) meetings.push_back(*day);
    throw_if_refused(a.id, refuse_due(a.status, *due, meetings));
    std::optional<std::string> from, month, deadline;
    switch (due->precision) {
      case DuePrecision::meeting_day: from = format_day(due->day); break;
      case DuePrecision::deadline_day: deadline = format_day(due->day); break;
      case DuePrecision::month: month = format_month(due->month()); break;
    }
    const std::string asked = from ? *from : month ? *month : *deadline;
    SQLite::Statement set(db, "UPDATE action SET due_from = ?, due_month = ?, due_deadline = ?, due_text = ?, due_by_hand = 1 WHERE id = ?");
    bind_optional(set, 1, from);
    bind_optional(set, 2, month);
    bind_optional(set, 3, deadline);
    set.bind(4, "set by hand: " + asked);
    set.bind(5, a.row);
    set.exec();
    StatementCache statements(db);
    ActionCache fresh;
    resolve_dues(statements, fresh, committee);
    moved = !old_meeting.empty();
    what.push_back("due " + (old_meeting.empty() ? std::string("(none)") : old_meeting) + " -> " + asked);
  }
  EventKind kind = moved ? EventKind::rescheduled : EventKind::updated;
  if (status) {
    const EventKind change_kind = event_for_status_change(a.status, *status);
    if (change_kind != EventKind::updated) kind = change_kind;
    what.push_back("status " + std::string(to_sql(a.status)) + " -> " + std::string(to_sql(*status)));
  }
  std::string note = change.note;
  for (const auto& w : what) note += (note.empty() ? "" : " (") + w + (change.note.empty() ? "" : ")");
  add_event(db, a.row, {kind, date, note, change.who, std::nullopt, std::nullopt, status, std::nullopt, due_before});
  derive_status(db, a.row);
  t.commit();
}

void Store::chase(const std::string& id, const Change& change) {
  SQLite::Database& db = impl_->db;
  SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
  const Current a = current(db, id);
  throw_if_refused(a.id, refuse_chase(a.status));
  add_event(db, a.row, {EventKind::chased, format_day(change.date), change.note.empty() ? "chased" : change.note, change.who, std::nullopt,
                        std::nullopt, std::nullopt, std::nullopt});
  t.commit();
}

void Store::close(const std::string& id, const Change& change) {
  SQLite::Database& db = impl_->db;
  SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
  const Current a = current(db, id);
  throw_if_refused(a.id, refuse_close(a.status, !change.note.empty()));
  add_event(db, a.row, {EventKind::closed, format_day(change.date), change.note, change.who, std::nullopt, std::nullopt, Status::closed,
                        std::nullopt});
  derive_status(db, a.row);
  t.commit();
}

void Store::transfer(const std::string& id, const std::string& to, const Change& change) {
  SQLite::Database& db = impl_->db;
  SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
  const Current a = current(db, id);
  throw_if_refused(a.id, refuse_transfer(a.status, !to.empty(), !change.note.empty()));
  NewEvent e{EventKind::transferred, format_day(change.date), change.note, change.who, std::nullopt, std::nullopt, Status::transferred, std::nullopt};
  e.transferred_to = to;
  add_event(db, a.row, e);
  derive_status(db, a.row);
  t.commit();
}

void Store::respond(const std::string& id, Response response, const Change& change, const std::optional<std::string>& by) {
  SQLite::Database& db = impl_->db;
  SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
  const Current a = current(db, id);
  throw_if_refused(a.id, refuse_response(a.status, a.recommendation, response, !change.note.empty()));
  SQLite::Statement set(db, "UPDATE action SET response = ?, response_by = ?, response_date = ?, response_reason = ? WHERE id = ?");
  set.bind(1, to_sql(response).data());
  bind_optional(set, 2, by);
  set.bind(3, format_day(change.date));
  bind_text_or_null(set, 4, change.note);
  set.bind(5, a.row);
  set.exec();
  add_event(db, a.row, {EventKind::responded, format_day(change.date),
                        std::string(to_sql(response)) + (by ? " by " + *by : "") + (change.note.empty() ? "" : ": " + change.note),
                        change.who, std::nullopt, std::nullopt, status_after_response(response), std::nullopt});
  derive_status(db, a.row);
  t.commit();
}

std::vector<MatchView> Store::matches(bool all) const {
  std::vector<MatchView> out;
  SQLite::Statement q(impl_->db,
                      std::string("SELECT p.id, a.public_id, cl.text, p.kind, m.date, p.title, p.state, p.score FROM match_proposal p "
                                  "JOIN action a ON a.id = p.action_id JOIN clause cl ON cl.id = a.clause_id JOIN meeting m ON m.id = p.meeting_id ") +
                          (all ? "" : "WHERE p.state = 'proposed' AND a.status IN ('open', 'scheduled') ") + "ORDER BY p.id");
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getString(),
                   q.getColumn(4).getString(), q.getColumn(5).getString(), q.getColumn(6).getString(), q.getColumn(7).getDouble()});
  return out;
}

void Store::decide_match(int id, bool accept, const Change& change) {
  SQLite::Database& db = impl_->db;
  SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement q(db, "SELECT p.action_id, p.meeting_id, m.date, p.title, p.kind, p.score, p.state, a.public_id FROM match_proposal p "
                          "JOIN meeting m ON m.id = p.meeting_id JOIN action a ON a.id = p.action_id WHERE p.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) throw StoreError("no proposed match has the number " + std::to_string(id) + " (see 'tracker matches')");
  if (q.getColumn(6).getString() != "proposed")
    throw StoreError("match " + std::to_string(id) + " was already " + q.getColumn(6).getString());
  const int64_t action = q.getColumn(0).getInt64();
  const std::string meeting_date = q.getColumn(2).getString(), title = q.getColumn(3).getString();
  const EventKind kind = q.getColumn(4).getString() == "delivered" ? EventKind::delivered : EventKind::scheduled;
  const std::string public_id = q.getColumn(7).getString();
  if (accept) throw_if_refused(public_id, refuse_match(current(db, public_id).status));
  SQLite::Statement set(db, "UPDATE match_proposal SET state = ? WHERE id = ?");
  set.bind(1, accept ? "accepted" : "rejected");
  set.bind(2, id);
  set.exec();
  if (accept) {
    const std::string note = (kind == EventKind::delivered ? "considered at the " : "listed for the ") + meeting_date + " meeting: '" + title +
                             "' (match accepted" + (change.note.empty() ? "" : ": " + change.note) + ")";
    add_event(db, action, {kind, format_day(change.date), note, change.who, q.getColumn(1).getInt64(), q.getColumn(5).getDouble(),
                           kind == EventKind::delivered ? Status::delivered : Status::scheduled,
                           std::string(to_sql(kind)) + ":" + meeting_date + ":" + title});
    StatementCache cache(db);
    note_first_match(cache, action, kind, meeting_date);
    derive_status(db, action);
  }
  t.commit();
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
  dump("clauses", "SELECT m.date, cl.clause_key, cl.label, cl.kind, cl.text, cl.reason, d.path, cl.line, cl.in_latest, cl.location FROM clause cl "
                  "JOIN meeting m ON m.id = cl.meeting_id JOIN document d ON d.id = cl.document_id");
  dump("actions", "SELECT a.public_id, a.kind, a.owner, a.owner_basis, a.person, a.target_body, a.due_text, a.due_from, a.due_month, "
                  "a.due_deadline, dm.date, a.status, a.response, a.received_on FROM action a LEFT JOIN meeting dm ON dm.id = a.due_meeting_id");
  dump("owners", "SELECT a.public_id, o.name FROM action_owner o JOIN action a ON a.id = o.action_id");
  dump("events", "SELECT a.public_id, e.date, e.kind, e.note, e.who, m.date, printf('%.3f', e.score), e.status, e.auto_key, e.transferred_to "
                 "FROM event e "
                 "JOIN action a ON a.id = e.action_id LEFT JOIN meeting m ON m.id = e.meeting_id");
  dump("proposals", "SELECT a.public_id, m.date, p.title, p.kind, printf('%.3f', p.score), p.state FROM match_proposal p "
                    "JOIN action a ON a.id = p.action_id JOIN meeting m ON m.id = p.meeting_id");
  dump("commitments", "SELECT m.date, cm.text, cm.line FROM commitment cm JOIN meeting m ON m.id = cm.meeting_id");
  dump("commitment changes", "SELECT m.date, cm.text, e.date, e.kind, e.note, e.who FROM commitment_event e "
                             "JOIN commitment cm ON cm.id = e.commitment_id JOIN meeting m ON m.id = cm.meeting_id");
  dump("people", "SELECT name, role, email, from_date, to_date FROM person");
  return out.str();
}

}  // namespace tracker
