// An action left out of the monitoring schedule, or put back: an event of its own kind with the
// person's reason. Whether the change makes sense is app/reporting's question, not the store's.
#include "store/store_internal.h"

namespace tracker {

using namespace store;

void Store::record_reporting(const std::string& id, bool left_out, const Change& change) {
  SQLite::Database& db = impl_->db;
  SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
  const int64_t row = action_row(db, id);
  add_event(db, row, {left_out ? EventKind::not_reported : EventKind::reported, format_day(change.date), change.note, change.who,
                      std::nullopt, std::nullopt, std::nullopt, std::nullopt});
  t.commit();
}

std::vector<Day> Store::meetings_with_agenda(const std::string& committee, Day as_of) const {
  SQLite::Statement q(impl_->db,
                      "SELECT DISTINCT m.date FROM listing l JOIN meeting m ON m.id = l.meeting_id JOIN committee c ON c.id = m.committee_id "
                      "JOIN document d ON d.id = l.document_id "
                      "WHERE l.source = 'agenda' AND d.imported_at <= ?2 AND (c.name = ?1 COLLATE NOCASE OR c.short_name = ?1 COLLATE NOCASE) "
                      "ORDER BY m.date");
  q.bind(1, committee);
  q.bind(2, format_day(as_of));
  std::vector<Day> out;
  while (q.executeStep()) out.push_back(stored_day(q.getColumn(0), "a meeting"));
  return out;
}

}  // namespace tracker
