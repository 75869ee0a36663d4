#include "app/commitments.h"

#include "core/errors.h"

namespace tracker {

CommitmentState commitment_state(const CommitmentView& commitment, std::optional<Day> as_of) {
  std::vector<CommitmentChange> changes;
  for (const auto& e : commitment.history)
    changes.push_back({e.sets, e.date, e.sequence});
  return commitment_state_as_of(changes, as_of);
}

void change_commitment(Store& store, int64_t number, CommitmentState wanted, const Change& change) {
  store.in_write_transaction([&] {
    const std::optional<CommitmentView> c = store.commitment(number);
    if (!c) throw InputError("no commitment has the number " + std::to_string(number) + " (see 'tracker commitment list --all')");
    const CommitmentState now = commitment_state(*c, change.date);
    if (auto why = refuse_commitment_change(now, wanted, !change.note.empty())) throw CommitmentChangeRefused(number, now, wanted, *why);
    store.record_commitment_change(number, wanted, change);
  });
}

}  // namespace tracker
