// The meetings whose agenda has been imported: what the reports' choice of an action left out of
// the monitoring schedule (app/reporting.h) and the briefing ask of the store.
#include "store/store_internal.h"

namespace tracker {

using namespace store;

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
