#include "domain/commitment_state.h"

#include <tuple>

namespace tracker {

CommitmentState commitment_state_as_of(const std::vector<CommitmentChange>& changes, std::optional<Day> as_of) {
  const CommitmentChange* latest = nullptr;
  for (const auto& c : changes) {
    if (as_of && c.date > *as_of) continue;
    if (!latest || std::tie(c.date, c.sequence) > std::tie(latest->date, latest->sequence)) latest = &c;
  }
  return latest ? latest->sets : CommitmentState::open;
}

std::optional<CommitmentRefusal> refuse_commitment_change(CommitmentState now, CommitmentState wanted, bool has_reason) {
  if (now == wanted) return CommitmentRefusal::already_in_state;
  if (wanted != CommitmentState::open && !has_reason) return CommitmentRefusal::reason_needed;
  return std::nullopt;
}

}  // namespace tracker
