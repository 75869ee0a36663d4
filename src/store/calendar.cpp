// The committee's meeting calendar and the due meetings it gives actions.
#include <algorithm>
#include <vector>

#include "core/errors.h"
#include "core/text.h"
#include "store/store_internal.h"

namespace tracker {
namespace store {
namespace {

struct MeetingRow {
  int64_t id;
  std::string date, state;
};

std::vector<MeetingRow> calendar_of(StatementCache& cache, int64_t committee) {
  std::vector<MeetingRow> rows;
  SQLite::Statement& q = cache("SELECT id, date, state FROM meeting WHERE committee_id = ? ORDER BY date");
  q.bind(1, committee);
  while (q.executeStep()) rows.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()});
  return rows;
}

// From the meeting at `k` on, the first one that is not cancelled.
std::optional<size_t> first_held_from(const std::vector<MeetingRow>& rows, size_t k) {
  for (; k < rows.size(); ++k)
    if (rows[k].state != "cancelled") return k;
  return std::nullopt;
}

std::string day_plus(const std::string& day, int days) {
  auto d = parse_iso_day(day);
  return d ? format_day(add_days(*d, days)) : day;
}

}  // namespace

void resolve_dues(StatementCache& cache, ActionCache& actions, int64_t committee, const DueScope& scope) {
  if (!scope.everything && scope.first_new_action == INT64_MAX && scope.latest_added.empty()) return;
  const std::vector<MeetingRow> rows = calendar_of(cache, committee);
  static const std::string none;
  for (ActionState& a : actions.of(cache, committee)) {
    if (!a.due_from && !a.due_month) continue;
    const std::string& from = a.due_from ? *a.due_from : none;
    const std::string& month = a.due_month ? *a.due_month : none;
    const std::string& start = a.due_month ? month : from;
    if (!scope.everything && a.id < scope.first_new_action &&
        !(start <= scope.latest_added && (!a.due_meeting_date || *a.due_meeting_date >= scope.earliest_added)))
      continue;
    // The calendar is in date order: the first meeting of the month, or on or after the day.
    const auto k = static_cast<size_t>(
        std::lower_bound(rows.begin(), rows.end(), month.empty() ? from : month,
                         [](const MeetingRow& r, const std::string& d) { return r.date < d; }) -
        rows.begin());
    std::optional<size_t> due;
    if (k < rows.size()) {
      // "in 12 months' time": the first meeting on or after that day, if the calendar has one soon after.
      const bool found = !month.empty() ? rows[k].date.compare(0, 7, month) == 0 : rows[k].date <= day_plus(from, 92);
      if (found) due = first_held_from(rows, k);
    }
    const int64_t due_id = due ? rows[*due].id : -1;
    if (due_id == a.due_meeting) continue;
    SQLite::Statement& set = cache("UPDATE action SET due_meeting_id = ? WHERE id = ?");
    if (due) set.bind(1, due_id);
    else set.bind(1);
    set.bind(2, a.id);
    set.exec();
    a.due_meeting = due_id;
    a.due_meeting_date = due ? std::optional<std::string>(rows[*due].date) : std::nullopt;
    a.window_known = false;
  }
}

std::string initials(const std::string& name) {
  std::string out;
  bool start = true;
  for (size_t i = 0; i < name.size(); ++i) {
    if (is_alpha(name[i]) && start) {
      std::string_view rest(name.data() + i, name.size() - i);
      const bool small = istarts_with(rest, "and ") || istarts_with(rest, "of ") || istarts_with(rest, "the ") || istarts_with(rest, "for ");
      if (!small) out.push_back(static_cast<char>(is_lower(name[i]) ? name[i] - 'a' + 'A' : name[i]));
    }
    start = !is_alpha(name[i]) && name[i] != '\'';
  }
  return out.empty() ? "C" : out;
}

void sync_config_in(StatementCache& cache, ActionCache& actions, const Config& config) {
  for (const auto& c : config.committees) {
    const int64_t committee = committee_id(cache, c.name, c.short_name.empty() ? initials(c.name) : c.short_name);
    // Every change to dues or the calendar resolves dues as it is made: here only the meetings
    // tracker.toml adds can move one.
    DueScope scope = DueScope::nothing_yet();
    for (Day d : c.meetings) {
      bool added = false;
      meeting_id(cache, committee, d, "planned", "tracker.toml", &added);
      if (added) scope.meeting_added(format_day(d));
    }
    resolve_dues(cache, actions, committee, scope);
  }
  // UNIQUE (name, role, from_date) does not catch a person without a start date (NULLs are all
  // different in SQLite), so the row is looked for with IS, which matches NULL to NULL.
  for (const auto& p : config.people) {
    const std::optional<std::string> from = p.from ? std::optional<std::string>(format_day(*p.from)) : std::nullopt;
    SQLite::Statement& known = cache("SELECT 1 FROM person WHERE name = ? AND role = ? AND from_date IS ?");
    known.bind(1, p.name);
    known.bind(2, p.role);
    bind_optional(known, 3, from);
    if (known.executeStep()) continue;
    SQLite::Statement& add = cache("INSERT INTO person (name, role, email, from_date, to_date) VALUES (?, ?, ?, ?, ?)");
    add.bind(1, p.name);
    add.bind(2, p.role);
    bind_text_or_null(add, 3, p.email);
    bind_optional(add, 4, from);
    bind_optional(add, 5, p.to ? std::optional<std::string>(format_day(*p.to)) : std::nullopt);
    add.exec();
  }
}

}  // namespace store

void Store::sync_config(const Config& config) {
  store::WriteScope scope(impl_->db);
  store::StatementCache statements(impl_->db);
  store::ActionCache fresh;
  store::sync_config_in(statements, fresh, config);
  statements.reset_all();
  scope.commit();
}

using namespace store;

std::vector<MeetingView> Store::meetings(const std::optional<std::string>& committee) const {
  std::vector<MeetingView> out;
  std::string sql =
      "SELECT c.name, m.date, m.state, m.source, coalesce(m.cancel_reason, ''), coalesce(due.n, 0), coalesce(m.cancelled_on, '') "
      "FROM meeting m JOIN committee c ON c.id = m.committee_id "
      // One pass over the actions for every meeting's count: a count per meeting would scan them all each time.
      "LEFT JOIN (SELECT due_meeting_id AS id, count(*) AS n FROM action GROUP BY due_meeting_id) due ON due.id = m.id";
  if (committee) sql += " WHERE c.name = ?1 COLLATE NOCASE OR c.short_name = ?1 COLLATE NOCASE";
  sql += " ORDER BY c.name, m.date";
  SQLite::Statement q(impl_->db, sql);
  if (committee) q.bind(1, *committee);
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), stored_day(q.getColumn(1), "a meeting"), stored_meeting_state(q.getColumn(2)),
                   q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getInt(), stored_optional_day(q.getColumn(6))});
  return out;
}

std::vector<MeetingView> Store::calendar(const std::optional<std::string>& committee) const {
  // The meetings alone: counting each one's actions (meetings()) reads every action.
  std::string sql =
      "SELECT c.name, m.date, m.state, m.source, coalesce(m.cancel_reason, ''), coalesce(m.cancelled_on, '') "
      "FROM meeting m JOIN committee c ON c.id = m.committee_id";
  if (committee) sql += " WHERE c.name = ?1 COLLATE NOCASE OR c.short_name = ?1 COLLATE NOCASE";
  sql += " ORDER BY c.name, m.date";
  SQLite::Statement q(impl_->db, sql);
  if (committee) q.bind(1, *committee);
  std::vector<MeetingView> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), stored_day(q.getColumn(1), "a meeting"), stored_meeting_state(q.getColumn(2)),
                   q.getColumn(3).getString(), q.getColumn(4).getString(), 0, stored_optional_day(q.getColumn(5))});
  return out;
}

std::optional<std::string> Store::committee_named(const std::string& name_or_short) const {
  SQLite::Statement q(impl_->db, "SELECT name FROM committee WHERE name = ?1 COLLATE NOCASE OR short_name = ?1 COLLATE NOCASE");
  q.bind(1, name_or_short);
  if (q.executeStep()) return q.getColumn(0).getString();
  return std::nullopt;
}

namespace {

int64_t require_committee(const SQLite::Database& db, const std::string& committee) {
  auto id = find_committee_id(db, committee);
  if (!id) throw StoreError("no committee called '" + committee + "' (see 'tracker meeting list')");
  return *id;
}

}  // namespace

void Store::add_meeting(const std::string& committee, Day date, const Change& change, const Config& config) {
  SQLite::Database& db = impl_->db;
  SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
  const int64_t c = require_committee(db, committee);
  bool added = false;
  meeting_id(db, c, date, "planned", "by hand: " + change.who, &added);
  if (!added) throw StoreError("the calendar already has a meeting on " + format_day_long(date));
  StatementCache statements(db);
  ActionCache fresh;
  resolve_dues(statements, fresh, c);
  InsertBatch events = event_batch(), proposals = proposal_batch();
  reconcile(statements, fresh, events, proposals, c, config.match_threshold, config.proposal_threshold, ReconcileScope{true, std::nullopt});
  t.commit();
}

std::vector<MovedByCancellation> Store::save_cancellation(const std::string& committee, Day date, const std::string& reason, Day on) {
  SQLite::Database& db = impl_->db;
  WriteScope t(db);
  const int64_t c = require_committee(db, committee);
  SQLite::Statement find(db, "SELECT id FROM meeting WHERE committee_id = ? AND date = ?");
  find.bind(1, c);
  find.bind(2, format_day(date));
  if (!find.executeStep()) throw StoreError("the calendar has no meeting on " + format_day_long(date));
  const int64_t meeting = find.getColumn(0).getInt64();
  {
    SQLite::Statement set(db, "UPDATE meeting SET state = 'cancelled', cancel_reason = ?, cancelled_on = ? WHERE id = ?");
    bind_text_or_null(set, 1, reason);
    set.bind(2, format_day(on));
    set.bind(3, meeting);
    set.exec();
  }
  std::vector<int64_t> moved;
  {
    SQLite::Statement q(db, "SELECT id FROM action WHERE due_meeting_id = ?");
    q.bind(1, meeting);
    while (q.executeStep()) moved.push_back(q.getColumn(0).getInt64());
  }
  StatementCache statements(db);
  ActionCache fresh;
  resolve_dues(statements, fresh, c);
  statements.reset_all();
  std::vector<MovedByCancellation> out;
  for (int64_t action : moved) {
    SQLite::Statement q(db, "SELECT a.public_id, m.date FROM action a LEFT JOIN meeting m ON m.id = a.due_meeting_id WHERE a.id = ?");
    q.bind(1, action);
    q.executeStep();
    out.push_back({q.getColumn(0).getString(), stored_optional_day(q.getColumn(1))});
  }
  t.commit();
  return out;
}

}  // namespace tracker
