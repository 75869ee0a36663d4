// Commitments: what officers said they would do, recorded from the discussion. They are weaker
// than resolutions, so the briefing lists them apart and marks them as such. A person closes
// one (done) or dismisses it (not to be followed up), or reopens it: each a dated event.
#include "store/store_internal.h"

namespace tracker {
namespace {

using namespace store;

const char* kCommitmentSelect =
    "SELECT c.name, m.date, coalesce(i.title, ''), k.text, d.path, k.line, k.id FROM commitment k "
    "JOIN meeting m ON m.id = k.meeting_id JOIN committee c ON c.id = m.committee_id "
    "LEFT JOIN item i ON i.id = k.item_id JOIN document d ON d.id = k.document_id";

std::string_view state_sql(CommitmentState s) {
  switch (s) {
    case CommitmentState::open: return "reopened";
    case CommitmentState::closed: return "closed";
    case CommitmentState::dismissed: return "dismissed";
  }
  return "reopened";
}

CommitmentState state_from_sql(const std::string& kind) {
  if (kind == "closed") return CommitmentState::closed;
  if (kind == "dismissed") return CommitmentState::dismissed;
  return CommitmentState::open;
}

CommitmentView read_commitment(SQLite::Statement& q) {
  CommitmentView v{q.getColumn(0).getString(), stored_day(q.getColumn(1), "a commitment's meeting"), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getInt()};
  v.number = q.getColumn(6).getInt64();
  return v;
}

void attach_history(const SQLite::Database& db, std::vector<CommitmentView>& list) {
  SQLite::Statement e(db, "SELECT kind, date, note, who, id FROM commitment_event WHERE commitment_id = ? ORDER BY date, id");
  for (auto& v : list) {
    e.reset();
    e.bind(1, v.number);
    while (e.executeStep())
      v.history.push_back({state_from_sql(e.getColumn(0).getString()), stored_day(e.getColumn(1), "a commitment's change"), e.getColumn(2).getString(),
                           e.getColumn(3).getString(), e.getColumn(4).getInt64()});
  }
}

}  // namespace

std::vector<CommitmentView> Store::commitments(const std::optional<std::string>& committee) const {
  std::string sql = kCommitmentSelect;
  if (committee) sql += " WHERE c.name = ?1 COLLATE NOCASE OR c.short_name = ?1 COLLATE NOCASE";
  sql += " ORDER BY m.date DESC, c.name, k.line";
  SQLite::Statement q(impl_->db, sql);
  if (committee) q.bind(1, *committee);
  std::vector<CommitmentView> out;
  while (q.executeStep()) out.push_back(read_commitment(q));
  attach_history(impl_->db, out);
  return out;
}

std::optional<CommitmentView> Store::commitment(int64_t number) const {
  SQLite::Statement q(impl_->db, std::string(kCommitmentSelect) + " WHERE k.id = ?");
  q.bind(1, number);
  if (!q.executeStep()) return std::nullopt;
  std::vector<CommitmentView> one{read_commitment(q)};
  attach_history(impl_->db, one);
  return std::move(one.front());
}

void Store::record_commitment_change(int64_t number, CommitmentState sets, const Change& change) {
  SQLite::Database& db = impl_->db;
  store::WriteScope scope(db);
  SQLite::Statement known(db, "SELECT 1 FROM commitment WHERE id = ?");
  known.bind(1, number);
  if (!known.executeStep()) throw StoreError("the database has no commitment " + std::to_string(number));
  SQLite::Statement add(db, "INSERT INTO commitment_event (commitment_id, kind, date, note, who) VALUES (?, ?, ?, ?, ?)");
  add.bind(1, number);
  add.bind(2, std::string(state_sql(sets)));
  add.bind(3, format_day(change.date));
  add.bind(4, change.note);
  add.bind(5, change.who);
  add.exec();
  scope.commit();
}

}  // namespace tracker
