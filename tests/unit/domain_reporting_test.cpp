// Leaving an action out of the schedule and commitments' states: the latest choice on or before a
// day stands, and a change that makes no sense is refused.
#include <doctest/doctest.h>

#include "domain/commitment_state.h"
#include "domain/reporting.h"

using namespace tracker;

namespace {
Day day(const char* iso) { return *parse_iso_day(iso); }
}  // namespace

TEST_CASE("reporting: the latest choice on or before the day stands") {
  CHECK_FALSE(left_out_as_of({}));
  const std::vector<ReportingChoice> choices = {{day("2020-10-14"), 5, true}, {day("2020-11-02"), 9, false}};
  CHECK_FALSE(left_out_as_of(choices, day("2020-10-13")));
  CHECK(left_out_as_of(choices, day("2020-10-14")));
  CHECK(left_out_as_of(choices, day("2020-11-01")));
  CHECK_FALSE(left_out_as_of(choices, day("2020-11-02")));
  CHECK_FALSE(left_out_as_of(choices));
  // Two on one day: the one recorded last, whatever order they are given in.
  const std::vector<ReportingChoice> same_day = {{day("2020-10-14"), 7, false}, {day("2020-10-14"), 6, true}};
  CHECK_FALSE(left_out_as_of(same_day, day("2020-10-14")));
}

TEST_CASE("reporting: leaving out twice, reporting what is reported, or either without a reason is refused") {
  CHECK(refuse_reporting_change(Status::open, true, true, true)->why == Refusal::already_left_out);
  CHECK(refuse_reporting_change(Status::open, false, false, true)->why == Refusal::already_reported);
  CHECK(refuse_reporting_change(Status::scheduled, false, true, false)->why == Refusal::reporting_reason_needed);
  CHECK(refuse_reporting_change(Status::open, true, false, false)->why == Refusal::reporting_reason_needed);
  CHECK_FALSE(refuse_reporting_change(Status::delivered, false, true, true));
  CHECK_FALSE(refuse_reporting_change(Status::open, true, false, true));
}

TEST_CASE("commitments: closed, dismissed and reopened by day") {
  CHECK(commitment_state_as_of({}) == CommitmentState::open);
  const std::vector<CommitmentChange> changes = {{CommitmentState::closed, day("2020-10-05"), 1},
                                                 {CommitmentState::open, day("2021-01-18"), 2},
                                                 {CommitmentState::dismissed, day("2021-01-19"), 3}};
  CHECK(commitment_state_as_of(changes, day("2020-10-04")) == CommitmentState::open);
  CHECK(commitment_state_as_of(changes, day("2020-10-05")) == CommitmentState::closed);
  CHECK(commitment_state_as_of(changes, day("2021-01-18")) == CommitmentState::open);
  CHECK(commitment_state_as_of(changes) == CommitmentState::dismissed);
}

TEST_CASE("commitments: a change to the state it has, or closing without a reason, is refused") {
  CHECK(refuse_commitment_change(CommitmentState::closed, CommitmentState::closed, true) == CommitmentRefusal::already_in_state);
  CHECK(refuse_commitment_change(CommitmentState::open, CommitmentState::open, false) == CommitmentRefusal::already_in_state);
  CHECK(refuse_commitment_change(CommitmentState::open, CommitmentState::dismissed, false) == CommitmentRefusal::reason_needed);
  CHECK_FALSE(refuse_commitment_change(CommitmentState::closed, CommitmentState::open, false));  // reopening needs no reason
  CHECK_FALSE(refuse_commitment_change(CommitmentState::closed, CommitmentState::dismissed, true));
}
