#pragma once
// Where an officer's commitment from the discussion stands: open until a person closes it (it
// was done) or dismisses it (it will not be followed up); either can be undone by reopening it.
// The latest change on or before a day stands on that day. Pure functions, no English.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/calendar_date.h"

namespace tracker {

enum class CommitmentState : uint8_t { open, closed, dismissed };

struct CommitmentChange {
  CommitmentState sets = CommitmentState::open;
  Day date;
  int64_t sequence = 0;  // the order they were recorded in, for two on one day
};

CommitmentState commitment_state_as_of(const std::vector<CommitmentChange>& changes, std::optional<Day> as_of = std::nullopt);

enum class CommitmentRefusal : uint8_t {
  already_in_state,  // closing what is closed, dismissing what is dismissed, reopening what is open
  reason_needed,     // closing or dismissing needs a reason
};
std::optional<CommitmentRefusal> refuse_commitment_change(CommitmentState now, CommitmentState wanted, bool has_reason);

}  // namespace tracker
