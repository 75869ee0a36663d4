// Actions that no minutes' resolution makes: entered by hand (tracker add), or taken from a row
// of the council's own monitoring schedule; and the committee's further-action words.
#include <set>

#include "core/errors.h"
#include "core/text.h"
#include "domain/spelling.h"
#include "store/store_internal.h"

namespace tracker {
namespace store {

std::pair<int64_t, std::string> add_unminuted_action(StatementCache& cache, const UnminutedAction& a) {
  SQLite::Database& db = cache.db();
  const std::string decided = format_day(a.decided);
  const char letter = std::string_view(a.origin) == "schedule" ? 'S' : 'H';
  // The first number free both as the meeting's clause key and as an ID of that month.
  std::set<std::string> keys, ids;
  {
    SQLite::Statement& q = cache("SELECT clause_key FROM clause WHERE meeting_id = ?");
    q.bind(1, a.meeting);
    while (q.executeStep()) keys.insert(q.getColumn(0).getString());
    SQLite::Statement& p = cache("SELECT public_id FROM action WHERE public_id >= ? AND public_id < ?");
    p.bind(1, a.short_name + "-" + decided.substr(0, 7) + "-");
    p.bind(2, a.short_name + "-" + decided.substr(0, 7) + ".");
    while (p.executeStep()) ids.insert(p.getColumn(0).getString());
  }
  std::string key, public_id;
  for (int n = 1;; ++n) {
    key = letter + std::to_string(n);
    public_id = a.short_name + "-" + decided.substr(0, 7) + "-" + key;
    if (!keys.count(key) && !ids.count(public_id)) break;
  }
  const std::string words = subject_words(a.text, significant_words(a.committee_name));
  SQLite::Statement& clause = cache(
      "INSERT INTO clause (meeting_id, item_id, clause_key, label, text, kind, reason, document_id, line, words, comes_back, item_title) "
      "VALUES (?, NULL, ?, NULL, ?, 'action', NULL, ?, ?, ?, ?, ?)");
  clause.bind(1, a.meeting);
  clause.bind(2, key);
  clause.bind(3, a.text);
  if (a.document) clause.bind(4, *a.document);
  else clause.bind(4);
  clause.bind(5, a.line);
  clause.bind(6, words);
  clause.bind(7, asks_to_come_back(a.text) ? 1 : 0);
  bind_text_or_null(clause, 8, a.item_title);
  clause.exec();
  const int64_t clause_id = db.getLastInsertRowid();
  SQLite::Statement& action = cache(
      "INSERT INTO action (public_id, clause_id, committee_id, decision_date, kind, owner, owner_basis, owner_by_hand, due_text, due_from, "
      "due_month, due_deadline, due_by_hand, status, origin) VALUES (?, ?, ?, ?, 'action', ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)");
  action.bind(1, public_id);
  action.bind(2, clause_id);
  action.bind(3, a.committee);
  action.bind(4, decided);
  bind_text_or_null(action, 5, a.owner);
  if (a.owner.empty()) action.bind(6);
  else action.bind(6, "named");
  action.bind(7, a.by_hand && !a.owner.empty() ? 1 : 0);
  bind_text_or_null(action, 8, a.due_text);
  bind_optional(action, 9, a.due_from);
  bind_optional(action, 10, a.due_month);
  bind_optional(action, 11, a.due_deadline);
  action.bind(12, a.by_hand && (a.due_from || a.due_month || a.due_deadline) ? 1 : 0);
  action.bind(13, a.origin);
  action.exec();
  const int64_t row = db.getLastInsertRowid();
  for (const std::string& name : a.owner_names) {
    SQLite::Statement& owner = cache("INSERT OR IGNORE INTO action_owner (action_id, name) VALUES (?, ?)");
    owner.bind(1, row);
    owner.bind(2, name);
    owner.exec();
  }
  return {row, public_id};
}

int64_t decision_meeting(StatementCache& cache, int64_t committee, Day date, const std::string& source) {
  const int64_t meeting = meeting_id(cache, committee, date, "planned", source);
  SQLite::Statement& held = cache("UPDATE meeting SET state = 'held' WHERE id = ? AND state <> 'held'");
  held.bind(1, meeting);
  held.exec();
  return meeting;
}

}  // namespace store

using namespace store;

std::string Store::add_action(const HandAction& hand, const Change& change, const Config& config) {
  SQLite::Database& db = impl_->db;
  WriteScope scope(db);
  StatementCache cache(db);
  ActionCache fresh;
  UnminutedAction a;
  const auto committee = find_committee_id(db, hand.committee);
  if (!committee) throw StoreError("the database has no committee '" + hand.committee + "'");
  a.committee = *committee;
  {
    SQLite::Statement& q = cache("SELECT name, short_name FROM committee WHERE id = ?");
    q.bind(1, a.committee);
    q.executeStep();
    a.committee_name = q.getColumn(0).getString();
    a.short_name = q.getColumn(1).getString();
  }
  a.decided = hand.decided;
  a.meeting = decision_meeting(cache, a.committee, hand.decided, "by hand: " + change.who);
  a.origin = "hand";
  a.text = std::string(trim(hand.text));
  a.item_title = std::string(trim(hand.item));
  a.owner = std::string(trim(hand.owner));
  a.owner_names = hand.owner_names;
  a.by_hand = true;
  if (hand.due) {
    switch (hand.due->precision) {
      case DuePrecision::meeting_day: a.due_from = format_day(hand.due->day); break;
      case DuePrecision::deadline_day: a.due_deadline = format_day(hand.due->day); break;
      case DuePrecision::month: a.due_month = format_month(hand.due->month()); break;
    }
    a.due_text = "set by hand: " + (a.due_from ? *a.due_from : a.due_month ? *a.due_month : *a.due_deadline);
  }
  const auto [row, public_id] = add_unminuted_action(cache, a);
  add_event(cache, row, {EventKind::created, format_day(change.date), change.note, change.who,
                         a.meeting, std::nullopt, Status::open, std::nullopt});
  resolve_dues(cache, fresh, a.committee);
  InsertBatch events = event_batch(), proposals = proposal_batch();
  reconcile(cache, fresh, events, proposals, a.committee, config.match_threshold, config.proposal_threshold, ReconcileScope{true, std::nullopt});
  cache.reset_all();
  scope.commit();
  impl_->actions.clear();
  return public_id;
}

void Store::save_further(const std::string& id, const std::string& words) {
  SQLite::Database& db = impl_->db;
  WriteScope scope(db);
  SQLite::Statement set(db, "UPDATE action SET further = ? WHERE id = ?");
  bind_text_or_null(set, 1, words);
  set.bind(2, action_row(db, id));
  set.exec();
  scope.commit();
  impl_->actions.clear();
}

}  // namespace tracker
