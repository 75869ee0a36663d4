#include "domain/reporting.h"

#include <algorithm>
#include <tuple>

namespace tracker {

bool left_out_as_of(std::vector<ReportingChoice> choices, std::optional<Day> as_of) {
  const ReportingChoice* latest = nullptr;
  for (const auto& c : choices) {
    if (as_of && c.date > *as_of) continue;
    if (!latest || std::tie(c.date, c.sequence) > std::tie(latest->date, latest->sequence)) latest = &c;
  }
  return latest && latest->left_out;
}

std::optional<Refused> refuse_reporting_change(Status status, bool left_out_now, bool leave_out, bool has_reason) {
  if (left_out_now == leave_out) return Refused{leave_out ? Refusal::already_left_out : Refusal::already_reported, status};
  if (!has_reason) return Refused{Refusal::reporting_reason_needed, status};
  return std::nullopt;
}

}  // namespace tracker
