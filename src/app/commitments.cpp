#include "app/commitments.h"

namespace tracker {

CommitmentState commitment_state(const CommitmentView& commitment, std::optional<Day> as_of) {
  std::vector<CommitmentChange> changes;
  for (const auto& e : commitment.history)
    changes.push_back({e.sets, e.date, e.sequence});
  return commitment_state_as_of(changes, as_of);
}

void change_commitment(Store& store, int64_t number, CommitmentState wanted, const Change& change) {
  const CommitmentView c = store.commitment(number);
  const CommitmentState now = commitment_state(c, change.date);
  if (auto why = refuse_commitment_change(now, wanted, !change.note.empty())) throw CommitmentChangeRefused(number, now, wanted, *why);
  store.record_commitment_change(number, wanted, change);
}

}  // namespace tracker
