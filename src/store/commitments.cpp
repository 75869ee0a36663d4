// Commitments: what officers said they would do, recorded from the discussion. They are weaker
// than resolutions, so the briefing lists them apart and marks them as such.
#include "store/store_internal.h"

namespace tracker {

std::vector<CommitmentView> Store::commitments(const std::optional<std::string>& committee) const {
  std::string sql =
      "SELECT c.name, m.date, coalesce(i.title, ''), k.text, d.path, k.line FROM commitment k "
      "JOIN meeting m ON m.id = k.meeting_id JOIN committee c ON c.id = m.committee_id "
      "LEFT JOIN item i ON i.id = k.item_id JOIN document d ON d.id = k.document_id";
  if (committee) sql += " WHERE c.name = ?1 COLLATE NOCASE OR c.short_name = ?1 COLLATE NOCASE";
  sql += " ORDER BY m.date DESC, c.name, k.line";
  SQLite::Statement q(impl_->db, sql);
  if (committee) q.bind(1, *committee);
  std::vector<CommitmentView> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getString(),
                   q.getColumn(4).getString(), q.getColumn(5).getInt()});
  return out;
}

}  // namespace tracker
