#pragma once
// Closing, dismissing and reopening an officer's commitment (`tracker commitment close|dismiss|
// reopen N --note WHY`): the domain decides, the store saves.
#include "domain/commitment_state.h"
#include "store/store.h"

namespace tracker {

// A change to a commitment that makes no sense; the command line words it.
class CommitmentChangeRefused : public TrackerError {
 public:
  CommitmentChangeRefused(int64_t number, CommitmentState now, CommitmentState wanted, CommitmentRefusal why)
      : TrackerError("commitment change refused"), number(number), now(now), wanted(wanted), why(why) {}
  int64_t number;
  CommitmentState now, wanted;
  CommitmentRefusal why;
};

// The state the commitment's changes give it at the end of `as_of`.
CommitmentState commitment_state(const CommitmentView& commitment, std::optional<Day> as_of);

// Throws CommitmentChangeRefused, or InputError for an unknown number. Reads and saves in one write transaction.
void change_commitment(Store& store, int64_t number, CommitmentState wanted, const Change& change);

}  // namespace tracker
