// The import's memory of each committee's actions. Reading every action of a committee on every
// file was most of an import's time; a command that imports a history reads each committee once.
#include "core/errors.h"
#include "domain/spelling.h"
#include "store/store_internal.h"

namespace tracker::store {

std::vector<ActionState>& ActionCache::of(StatementCache& cache, int64_t committee) {
  auto it = committees_.find(committee);
  if (it == committees_.end()) {
    it = committees_.emplace(committee, std::vector<ActionState>{}).first;
    load(cache, committee, it->second);
  }
  return it->second;
}

void ActionCache::add_new(int64_t committee, std::vector<ActionState> actions) {
  auto it = committees_.find(committee);
  // Not read yet: the first use reads them all, these included.
  if (it == committees_.end()) return;
  for (ActionState& a : actions) it->second.push_back(std::move(a));
}

namespace {

// Whether a person has recorded anything on the action (their events have no auto_key). A macro,
// to be spliced into the two queries' literals.
#define BY_HAND_COLUMN "EXISTS (SELECT 1 FROM event e WHERE e.action_id = a.id AND e.auto_key IS NULL)"
const char* const kAllOfCommittee =
    "SELECT a.id, a.committee_id, coalesce(a.target_body, ''), a.decision_date, a.due_from, a.due_month, a.due_deadline, a.due_meeting_id, dm.date, a.status, "
    "coalesce(a.first_delivered, ''), coalesce(a.first_scheduled, ''), cl.document_id, coalesce(i.words, ''), cl.words, "
    "cl.comes_back, " BY_HAND_COLUMN " FROM action a JOIN clause cl ON cl.id = a.clause_id LEFT JOIN item i ON i.id = cl.item_id "
    "LEFT JOIN meeting dm ON dm.id = a.due_meeting_id "
    "WHERE a.committee_id = ?1";
const char* const kSentToCommittee =
    "SELECT a.id, a.committee_id, coalesce(a.target_body, ''), a.decision_date, a.due_from, a.due_month, a.due_deadline, a.due_meeting_id, "
    "dm.date, a.status, coalesce(a.first_delivered, ''), coalesce(a.first_scheduled, ''), cl.document_id, coalesce(i.words, ''), "
    "cl.words, cl.comes_back, " BY_HAND_COLUMN " FROM committee t JOIN action a ON a.target_body = t.name COLLATE NOCASE "
    "OR a.target_body = t.short_name COLLATE NOCASE JOIN clause cl ON cl.id = a.clause_id LEFT JOIN item i ON i.id = cl.item_id "
    "LEFT JOIN meeting dm ON dm.id = a.due_meeting_id "
    "WHERE t.id = ?1 AND a.committee_id <> ?1 AND a.status IN ('open', 'scheduled', 'delivered')";
#undef BY_HAND_COLUMN

ActionState read_state(SQLite::Statement& q, WordTable& words) {
  auto optional_text = [&](int k) {
    return q.getColumn(k).isNull() ? std::nullopt : std::optional<std::string>(q.getColumn(k).getString());
  };
  ActionState a;
  a.id = q.getColumn(0).getInt64();
  a.committee = q.getColumn(1).getInt64();
  a.target_body = q.getColumn(2).getString();
  a.decision_date = q.getColumn(3).getString();
  a.due_from = optional_text(4);
  a.due_month = optional_text(5);
  a.due_deadline = optional_text(6);
  a.due_meeting = q.getColumn(7).isNull() ? -1 : q.getColumn(7).getInt64();
  a.due_meeting_date = optional_text(8);
  const auto status = status_from_sql(q.getColumn(9).getText());
  if (!status) throw StoreError("the database has an action whose status is not a tracker's: '" + q.getColumn(9).getString() + "'");
  a.status = *status;
  a.first_match[0] = q.getColumn(10).getString();
  a.first_match[1] = q.getColumn(11).getString();
  a.clause_document = q.getColumn(12).getInt64();
  a.origin = words.ids(q.getColumn(13).getText());
  a.clause = words.ids(q.getColumn(14).getText());
  a.comes_back = q.getColumn(15).getInt() != 0;
  a.by_hand = q.getColumn(16).getInt() != 0;
  return a;
}

}  // namespace

std::vector<ActionState> ActionCache::sent_to(StatementCache& cache, int64_t committee) {
  SQLite::Statement& q = cache(kSentToCommittee);
  q.bind(1, committee);
  std::vector<ActionState> out;
  while (q.executeStep()) out.push_back(read_state(q, words_));
  return out;
}

void ActionCache::load(StatementCache& cache, int64_t committee, std::vector<ActionState>& into) {
  SQLite::Statement& q = cache(kAllOfCommittee);
  q.bind(1, committee);
  while (q.executeStep()) {
    into.push_back(read_state(q, words_));
  }
}

void ActionCache::check(SQLite::Database& db) {
  const int64_t version = db.execAndGet("PRAGMA data_version").getInt64();
  if (version != data_version_ || db.getTotalChanges() != total_changes_) clear();
  data_version_ = version;
  total_changes_ = -1;  // until this import commits
}

void ActionCache::committed(SQLite::Database& db) { total_changes_ = db.getTotalChanges(); }

}  // namespace tracker::store
