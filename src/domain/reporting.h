#pragma once
// Which actions the monitoring schedule reports: a person may leave one out ("That the Work
// Programme be updated as discussed" is nothing a committee reports on) and put it back later.
// Each choice is an event; the latest one on or before a day stands on that day. Pure functions,
// no English: the command line words a refusal.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/calendar_date.h"
#include "domain/lifecycle.h"

namespace tracker {

// One choice: left out of the schedule (`update --not-reported`) or reported again (`--reported`).
struct ReportingChoice {
  Day date;
  int64_t sequence = 0;  // the order the choices were recorded in, for two on one day
  bool left_out = false;
};

// Whether the action is left out at the end of `as_of` (of every day, without it): the latest
// choice on or before the day stands; with none, it is reported.
bool left_out_as_of(std::vector<ReportingChoice> choices, std::optional<Day> as_of = std::nullopt);

// Leaving out what is already left out, or reporting what is reported, is refused; either needs a
// reason, which the schedule's reader will ask for.
std::optional<Refused> refuse_reporting_change(Status status, bool left_out_now, bool leave_out, bool has_reason);

}  // namespace tracker
